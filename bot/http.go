package bot

// Discord's HTTP interactions endpoint: instead of receiving interactions
// over the gateway, Discord POSTs each one to a URL set in the developer
// portal and takes the interaction response from the HTTP response body.
// The answer comes from the same Bot.Interaction the gateway uses, so both
// modes give the same reply to the same interaction.
//
// Every request is checked before anything else is done with it: the body
// is at most 64 KiB, the Ed25519 signature in X-Signature-Ed25519 over
// X-Signature-Timestamp + body verifies against the application's public
// key, and the timestamp is within five minutes of now.
//
// The handler keeps nothing between requests, so replicas can sit behind a
// load balancer. (The Bot's own memory of recent questions, used only to
// add the question's text to a vote, is per process: a vote that reaches
// another replica is still recorded, without the text.)

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Limits of the HTTP interactions endpoint.
const (
	// MaxInteractionBody is the largest request body accepted; Discord's
	// interactions are a few KiB.
	MaxInteractionBody = 64 << 10
	// MaxSignatureAge is how far the signed timestamp may be from now,
	// either way, before a request is refused as a replay (or a clock that
	// is badly wrong).
	MaxSignatureAge = 5 * time.Minute
)

const (
	// httpAnswerTimeout bounds Bot.Interaction for one request: Discord
	// gives up on an answer after three seconds.
	httpAnswerTimeout = 2500 * time.Millisecond
	// httpFollowupTimeout bounds the slow work after a deferred answer and
	// the edit that reports it, while the endpoint is not shutting down
	// (then the shutdown deadline bounds it). The interaction token is
	// valid for 15 minutes; a reload that takes longer than this has gone
	// wrong.
	httpFollowupTimeout = time.Minute
)

// Defaults of HTTPOptions' shutdown timings. Together they stay well under
// the 10 s in which serve must stop after SIGTERM.
const (
	// DefaultHTTPDrain is how long the endpoint keeps serving, with
	// /healthz answering 503, after shutdown starts: long enough for a load
	// balancer that polls every second to stop sending requests.
	DefaultHTTPDrain = 2 * time.Second
	// DefaultHTTPGrace is how long requests and follow-ups still running
	// after the drain may take before they are cut off.
	DefaultHTTPGrace = 3 * time.Second
)

// ParsePublicKey decodes an application's public key as shown in the
// developer portal (General Information > Public Key): 64 hex digits. The
// errors say what is wrong without repeating the value.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("discord public key is empty: copy PUBLIC KEY from the developer portal (your application > General Information) into discord.public_key")
	}
	raw, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("discord public key is not hex (%w): it must be the 64 hex digits shown as PUBLIC KEY in the developer portal", err)
	}
	if len(raw) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("discord public key has %d hex digits, want %d: copy the whole PUBLIC KEY from the developer portal", len(s), 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(raw), nil
}

// HTTPOptions tunes an HTTPHandler. The zero value is right for
// production.
type HTTPOptions struct {
	// Now is the clock the signature timestamp is checked against; nil
	// means time.Now.
	Now func() time.Time
	// Logger receives the endpoint's logs; nil means the bot's logger.
	Logger *slog.Logger
	// Drain is how long Serve keeps answering once its context ends, with
	// /healthz answering 503 so that load balancers stop sending requests;
	// zero means DefaultHTTPDrain, a negative value none.
	Drain time.Duration
	// Grace is how long requests and deferred follow-ups still running
	// after the drain may take; then they are cancelled. Zero means
	// DefaultHTTPGrace.
	Grace time.Duration
}

// HTTPHandler serves Discord's HTTP interactions endpoint for a Bot:
//
//	POST /interactions  (and POST /)  a signed interaction; the answer
//	GET  /healthz                     200 "ok", for load balancers; 503
//	                                  "draining" once shutdown has started
//
// It is safe for concurrent use. Make one with NewHTTPHandler.
type HTTPHandler struct {
	bot          *Bot
	key          ed25519.PublicKey
	now          func() time.Time
	log          *slog.Logger
	mux          *http.ServeMux
	drain, grace time.Duration

	// draining is set once Serve's context has ended: /healthz answers 503.
	draining atomic.Bool
	// followupCtx is the parent of every follow-up's context; Serve
	// cancels it at the shutdown deadline (cancelFollowups), so that no
	// follow-up outlives shutdown.
	followupCtx     context.Context
	cancelFollowups context.CancelFunc
	// followups counts deferred follow-ups still running, so that Serve
	// can wait for them before it returns.
	followups sync.WaitGroup
}

// NewHTTPHandler returns the interactions endpoint for b, trusting requests
// signed by publicKey (see ParsePublicKey). Deferred answers (/kb reload)
// are completed through b's session, so b needs one for them; everything
// else is answered in the HTTP response. It returns an error for a nil bot
// or a key of the wrong size.
func NewHTTPHandler(b *Bot, publicKey ed25519.PublicKey, opts HTTPOptions) (*HTTPHandler, error) {
	if b == nil {
		return nil, errors.New("http interactions: nil bot")
	}
	if len(publicKey) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("http interactions: public key has %d bytes, want %d", len(publicKey), ed25519.PublicKeySize)
	}
	h := &HTTPHandler{bot: b, key: publicKey, now: opts.Now, log: opts.Logger, mux: http.NewServeMux(), drain: opts.Drain, grace: opts.Grace}
	if h.now == nil {
		h.now = time.Now
	}
	if h.log == nil {
		h.log = b.log
	}
	switch {
	case h.drain == 0:
		h.drain = DefaultHTTPDrain
	case h.drain < 0:
		h.drain = 0
	}
	if h.grace <= 0 {
		h.grace = DefaultHTTPGrace
	}
	h.followupCtx, h.cancelFollowups = context.WithCancel(context.Background())
	h.mux.HandleFunc("POST /interactions", h.serveInteraction)
	h.mux.HandleFunc("POST /{$}", h.serveInteraction)
	h.mux.HandleFunc("GET /healthz", h.serveHealth)
	return h, nil
}

// serveHealth answers load balancers: 200 while serving, 503 once shutdown
// has started, so that they send new interactions to another replica.
func (h *HTTPHandler) serveHealth(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if h.draining.Load() {
		w.WriteHeader(http.StatusServiceUnavailable)
		io.WriteString(w, "draining\n")
		return
	}
	io.WriteString(w, "ok\n")
}

// ServeHTTP routes a request. Other methods on the endpoint's paths get
// 405, other paths 404.
func (h *HTTPHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.mux.ServeHTTP(w, r)
}

// serveInteraction checks one request, answers the interaction in the
// response and, for a deferred answer, starts the follow-up.
func (h *HTTPHandler) serveInteraction(w http.ResponseWriter, r *http.Request) {
	body, status, why := h.verify(w, r)
	if status != http.StatusOK {
		h.log.Info("interaction refused", "status", status, "reason", why, "remote", r.RemoteAddr)
		http.Error(w, http.StatusText(status), status)
		return
	}

	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		h.log.Warn("interaction refused", "status", http.StatusBadRequest, "reason", "invalid JSON", "err", err)
		http.Error(w, "invalid interaction JSON", http.StatusBadRequest)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), httpAnswerTimeout)
	defer cancel()
	ans, err := h.bot.Interaction(ctx, &i)
	if err != nil || ans.Response == nil {
		h.log.Warn("interaction not handled", "type", int(i.Type), "guild", i.GuildID, "channel", i.ChannelID, "err", err)
		http.Error(w, "interaction not handled", http.StatusBadRequest)
		return
	}
	// json.Marshal, as discordgo sends the same response over REST, so the
	// bytes match the gateway mode's. (Files would need a multipart body;
	// the bot sends none.)
	out, err := json.Marshal(ans.Response)
	if err != nil {
		h.log.Error("encode interaction response", "type", int(i.Type), "err", err)
		http.Error(w, "cannot encode the answer", http.StatusInternalServerError)
		return
	}
	// A follow-up is counted before the acknowledgement leaves, so that
	// whoever has seen the acknowledgement and then calls Wait waits for
	// the follow-up too.
	if ans.Followup != nil {
		h.followups.Add(1)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(out)))
	if _, err := w.Write(out); err != nil {
		h.log.Warn("write interaction response", "type", int(i.Type), "err", err)
		if ans.Followup != nil {
			h.followups.Done()
		}
		return
	}
	h.log.Debug("interaction answered", "type", int(i.Type), "response", int(ans.Response.Type), "guild", i.GuildID, "channel", i.ChannelID)
	if ans.Followup == nil {
		return
	}
	if f, ok := w.(http.Flusher); ok {
		f.Flush() // Discord must have the acknowledgement before the edit
	}
	go func() {
		defer h.followups.Done()
		h.followup(&i, ans.Followup)
	}()
}

// verify reads the body of r and checks its size, signature and timestamp.
// It returns the body and 200, or the status to refuse with and why (for
// the log; never secret).
func (h *HTTPHandler) verify(w http.ResponseWriter, r *http.Request) (body []byte, status int, why string) {
	sigHex := r.Header.Get("X-Signature-Ed25519")
	stamp := r.Header.Get("X-Signature-Timestamp")
	if sigHex == "" || stamp == "" {
		return nil, http.StatusUnauthorized, "missing signature headers"
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, http.StatusUnauthorized, "malformed signature"
	}
	sent, err := strconv.ParseInt(stamp, 10, 64)
	if err != nil {
		return nil, http.StatusUnauthorized, "malformed timestamp"
	}

	body, err = io.ReadAll(http.MaxBytesReader(w, r.Body, MaxInteractionBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, http.StatusRequestEntityTooLarge, "body over 64 KiB"
		}
		return nil, http.StatusBadRequest, "cannot read body"
	}

	msg := make([]byte, 0, len(stamp)+len(body))
	msg = append(append(msg, stamp...), body...)
	if !ed25519.Verify(h.key, msg, sig) {
		return nil, http.StatusUnauthorized, "bad signature"
	}
	if age := h.now().Sub(time.Unix(sent, 0)); age > MaxSignatureAge || age < -MaxSignatureAge {
		return nil, http.StatusUnauthorized, "timestamp too far from now"
	}
	return body, http.StatusOK, ""
}

// followup runs a deferred answer's slow work and edits the original
// response with its result, through the bot's session, as the gateway
// mode does after it has acknowledged.
//
// Discord may still be processing the acknowledgement when the work is
// quick, and answers the edit with 404 until it has; so a 404 is retried
// with a growing pause until the follow-up's deadline.
func (h *HTTPHandler) followup(i *discordgo.Interaction, work func(context.Context) *discordgo.WebhookEdit) {
	defer h.bot.recoverPanic("interaction follow-up")
	log := h.log.With("guild", i.GuildID, "channel", i.ChannelID)
	s := h.bot.session
	if s == nil {
		log.Error("cannot finish a deferred answer: the bot has no Discord session (is discord.token set?)")
		return
	}
	ctx, cancel := context.WithTimeout(h.followupCtx, httpFollowupTimeout)
	defer cancel()
	edit := work(ctx)
	if edit == nil {
		return // nothing to show (the follow-up deleted the message)
	}
	pause := 250 * time.Millisecond
	for {
		_, err := s.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx))
		if err == nil {
			return
		}
		re, ok := errors.AsType[*discordgo.RESTError](err)
		if !ok || re.Response == nil || re.Response.StatusCode != http.StatusNotFound {
			log.Error("edit interaction response", "err", restError(err))
			return
		}
		select {
		case <-ctx.Done():
			log.Error("edit interaction response: Discord kept answering 404 until the deadline", "err", err)
			return
		case <-time.After(pause):
		}
		pause = min(2*pause, 2*time.Second)
	}
}

// Serve answers interactions on ln until ctx ends, then shuts down in
// bounded time and returns nil:
//
//  1. for the drain (HTTPOptions.Drain) it keeps answering, with /healthz
//     saying 503, so that load balancers move away;
//  2. it stops accepting requests and gives those in flight, and deferred
//     follow-ups, the grace (HTTPOptions.Grace) to finish;
//  3. at that deadline it cancels the follow-ups still running and closes
//     the connections left.
//
// It returns the server's error when it stops for another reason. The
// server's timeouts keep slow or idle clients from holding connections.
// Serve is meant to be called once per HTTPHandler: after it returns, the
// handler's follow-ups are cancelled for good.
func (h *HTTPHandler) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(h.log.Handler(), slog.LevelWarn),
	}
	h.log.Info("http interactions endpoint listening", "addr", ln.Addr().String())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	select {
	case err := <-served:
		h.cancelFollowups()
		return fmt.Errorf("http interactions endpoint: %w", err)
	case <-ctx.Done():
	}
	start := time.Now()
	deadline := start.Add(h.drain + h.grace)
	h.draining.Store(true)
	h.log.Info("http interactions endpoint draining", "drain", h.drain, "grace", h.grace)
	stopFollowups := time.AfterFunc(time.Until(deadline), h.cancelFollowups)
	defer stopFollowups.Stop()
	drained := time.NewTimer(h.drain)
	select {
	case <-drained.C:
	case err := <-served:
		drained.Stop()
		h.cancelFollowups()
		h.Wait()
		return fmt.Errorf("http interactions endpoint: %w", err)
	}

	shutCtx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		h.log.Warn("http interactions endpoint: requests still running at the shutdown deadline were cut off", "err", err)
		srv.Close()
	}
	<-served // http.ErrServerClosed once Shutdown has begun
	h.Wait() // follow-ups end by the deadline: their context is cancelled then
	h.cancelFollowups()
	h.log.Info("http interactions endpoint stopped", "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// ListenAndServe listens on the TCP address addr (such as ":8080") and
// calls Serve.
func (h *HTTPHandler) ListenAndServe(ctx context.Context, addr string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("http interactions endpoint: %w", err)
	}
	return h.Serve(ctx, ln)
}

// Wait blocks until every deferred follow-up started so far has finished
// (each is bounded by a one-minute deadline, and by the shutdown deadline
// once Serve is shutting down). Serve calls it on shutdown.
func (h *HTTPHandler) Wait() { h.followups.Wait() }
