package bot

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
)

// Tests of the HTTP interactions endpoint, over real HTTP on 127.0.0.1.

// httpClock is the fixed "now" of the endpoint in most tests.
var httpClock = time.Date(2025, 6, 7, 8, 9, 10, 0, time.UTC)

// httpKeys is the application's key pair, as Discord holds it.
type httpKeys struct {
	pub  ed25519.PublicKey
	priv ed25519.PrivateKey
}

func newHTTPKeys(t testing.TB) httpKeys {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatalf("generate key: %v", err)
	}
	return httpKeys{pub, priv}
}

// sign returns the X-Signature-Ed25519 header Discord would send for body
// at the unix time stamp.
func (k httpKeys) sign(stamp string, body []byte) string {
	return hex.EncodeToString(ed25519.Sign(k.priv, append([]byte(stamp), body...)))
}

// httpEndpoint is a Bot's HTTP endpoint running on 127.0.0.1.
type httpEndpoint struct {
	handler *HTTPHandler
	srv     *httptest.Server
	keys    httpKeys
}

// startHTTPEndpoint serves b's endpoint with a fresh key pair and the fixed
// clock httpClock (a zero now means the real clock).
func startHTTPEndpoint(t testing.TB, b *Bot, now time.Time) *httpEndpoint {
	t.Helper()
	keys := newHTTPKeys(t)
	opts := HTTPOptions{}
	if !now.IsZero() {
		opts.Now = func() time.Time { return now }
	}
	h, err := NewHTTPHandler(b, keys.pub, opts)
	if err != nil {
		t.Fatalf("NewHTTPHandler: %v", err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		srv.Close()
		h.Wait()
	})
	return &httpEndpoint{handler: h, srv: srv, keys: keys}
}

// httpReply is what the endpoint answered.
type httpReply struct {
	status      int
	contentType string
	body        []byte
}

// do sends req and reads the whole answer.
func (e *httpEndpoint) do(t testing.TB, req *http.Request) httpReply {
	t.Helper()
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", req.Method, req.URL.Path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read answer: %v", err)
	}
	return httpReply{resp.StatusCode, resp.Header.Get("Content-Type"), body}
}

// signedRequest is a POST of body to path, signed by keys at time at.
func (e *httpEndpoint) signedRequest(t testing.TB, path string, body []byte, at time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.srv.URL+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	stamp := strconv.FormatInt(at.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", e.keys.sign(stamp, body))
	return req
}

// post sends i, signed, to /interactions and fails unless it gets 200 with
// a JSON body, which it returns.
func (e *httpEndpoint) post(t testing.TB, i *discordgo.Interaction, at time.Time) []byte {
	t.Helper()
	raw, err := json.Marshal(i)
	if err != nil {
		t.Fatalf("marshal interaction: %v", err)
	}
	r := e.do(t, e.signedRequest(t, "/interactions", raw, at))
	if r.status != http.StatusOK || r.contentType != "application/json" {
		t.Fatalf("got %d %q %s, want 200 application/json", r.status, r.contentType, r.body)
	}
	return r.body
}

func readHTTPFixture(t testing.TB, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "http", name))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestParsePublicKey(t *testing.T) {
	keys := newHTTPKeys(t)
	good := hex.EncodeToString(keys.pub)
	tests := []struct {
		name    string
		in      string
		wantErr string // empty: no error
	}{
		{"lower case", good, ""},
		{"upper case", strings.ToUpper(good), ""},
		{"spaces around", "  " + good + "\n", ""},
		{"empty", "", "discord public key is empty"},
		{"not hex", "zz" + good[2:], "is not hex"},
		{"odd length", good[1:], "is not hex"},
		{"too short", good[:62], "has 62 hex digits, want 64"},
		{"too long", good + "00", "has 66 hex digits, want 64"},
		{"a bot token by mistake", "MTE0NjA5ODc2NTQzMjEwOTg3Ng.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB", "is not hex"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePublicKey(tt.in)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("ParsePublicKey: %v", err)
				}
				if !got.Equal(keys.pub) {
					t.Errorf("got %x, want %x", got, keys.pub)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
			}
			if !strings.Contains(err.Error(), "developer portal") {
				t.Errorf("error %q does not say where the key is found", err)
			}
			if len(tt.in) > 8 && strings.Contains(err.Error(), tt.in) {
				t.Errorf("error repeats the value: %v", err)
			}
		})
	}
}

func TestNewHTTPHandlerRefusesBadArguments(t *testing.T) {
	b := newTestBot(t, nil)
	keys := newHTTPKeys(t)
	if _, err := NewHTTPHandler(nil, keys.pub, HTTPOptions{}); err == nil {
		t.Error("a nil bot was accepted")
	}
	if _, err := NewHTTPHandler(b.Bot, keys.pub[:31], HTTPOptions{}); err == nil {
		t.Error("a 31-byte key was accepted (ed25519.Verify would panic on it)")
	}
}

// TestHTTPRefusesUnverifiedRequests sends an /ask that records a gap (a
// question the bot does not know) in many broken ways: none may reach the
// bot.
func TestHTTPRefusesUnverifiedRequests(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	other := newHTTPKeys(t)
	body, err := json.Marshal(slash(member(askerID, 0), "ask", strOpt("question", unknownQ)))
	if err != nil {
		t.Fatal(err)
	}
	stampAt := func(d time.Duration) string { return strconv.FormatInt(httpClock.Add(d).Unix(), 10) }
	now := stampAt(0)

	// big is a well-formed interaction padded with spaces to size bytes.
	big := func(size int) []byte {
		return append(bytes.Clone(body), bytes.Repeat([]byte(" "), size-len(body))...)
	}

	tests := []struct {
		name string
		// body is sent; stamp and sig are the headers ("-" leaves one out).
		body       []byte
		stamp, sig string
		want       int
	}{
		{"tampered body", bytes.Replace(body, []byte("ask"), []byte("asK"), 1), now, e.keys.sign(now, body), http.StatusUnauthorized},
		{"signed by another key", body, now, other.sign(now, body), http.StatusUnauthorized},
		{"signature for another timestamp", body, stampAt(time.Second), e.keys.sign(now, body), http.StatusUnauthorized},
		{"stale timestamp", body, stampAt(-MaxSignatureAge - time.Second), e.keys.sign(stampAt(-MaxSignatureAge-time.Second), body), http.StatusUnauthorized},
		{"future timestamp", body, stampAt(MaxSignatureAge + time.Second), e.keys.sign(stampAt(MaxSignatureAge+time.Second), body), http.StatusUnauthorized},
		{"timestamp not a number", body, "yesterday", e.keys.sign("yesterday", body), http.StatusUnauthorized},
		{"timestamp in milliseconds", body, strconv.FormatInt(httpClock.UnixMilli(), 10), e.keys.sign(strconv.FormatInt(httpClock.UnixMilli(), 10), body), http.StatusUnauthorized},
		{"missing signature", body, now, "-", http.StatusUnauthorized},
		{"missing timestamp", body, "-", e.keys.sign("", body), http.StatusUnauthorized},
		{"missing both", body, "-", "-", http.StatusUnauthorized},
		{"signature not hex", body, now, "xyz" + e.keys.sign(now, body)[3:], http.StatusUnauthorized},
		{"signature cut short", body, now, e.keys.sign(now, body)[:126], http.StatusUnauthorized},
		{"signature too long", body, now, e.keys.sign(now, body) + "00", http.StatusUnauthorized},
		{"empty body", nil, now, e.keys.sign(now, nil), http.StatusBadRequest},
		{"body one byte over 64 KiB", big(MaxInteractionBody + 1), now, e.keys.sign(now, big(MaxInteractionBody+1)), http.StatusRequestEntityTooLarge},
		{"body of 1 MiB", big(1 << 20), now, e.keys.sign(now, big(1<<20)), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, e.srv.URL+"/interactions", bytes.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.stamp != "-" {
				req.Header.Set("X-Signature-Timestamp", tt.stamp)
			}
			if tt.sig != "-" {
				req.Header.Set("X-Signature-Ed25519", tt.sig)
			}
			if got := e.do(t, req).status; got != tt.want {
				t.Errorf("status = %d, want %d", got, tt.want)
			}
		})
	}
	if n := len(b.fakes.gaps); n != 0 {
		t.Errorf("%d refused requests reached the bot (gaps recorded)", n)
	}

	// The same request, correctly signed, does reach it: the refusals
	// above were for the reasons named.
	t.Run("control: valid", func(t *testing.T) {
		for _, d := range []time.Duration{0, -MaxSignatureAge + time.Second, MaxSignatureAge - time.Second} {
			e.post(t, slash(member(askerID, 0), "ask", strOpt("question", unknownQ)), httpClock.Add(d))
		}
		if n := len(b.fakes.gaps); n != 3 {
			t.Errorf("%d gaps recorded, want 3", n)
		}
	})
	t.Run("control: exactly 64 KiB", func(t *testing.T) {
		r := e.do(t, e.signedRequest(t, "/interactions", big(MaxInteractionBody), httpClock))
		if r.status != http.StatusOK {
			t.Errorf("status = %d (%s), want 200", r.status, r.body)
		}
	})
	if strings.Contains(b.logs.String(), unknownQ) {
		t.Errorf("logs hold the question text:\n%s", b.logs)
	}
}

func TestHTTPPing(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	for _, path := range []string{"/interactions", "/"} {
		t.Run(path, func(t *testing.T) {
			r := e.do(t, e.signedRequest(t, path, readHTTPFixture(t, "ping.json"), httpClock))
			if r.status != http.StatusOK || r.contentType != "application/json" || string(r.body) != `{"type":1}` {
				t.Errorf("got %d %q %s, want 200 application/json {\"type\":1}", r.status, r.contentType, r.body)
			}
		})
	}
	// Discord also checks that a PING with a bad signature is refused
	// before it accepts the endpoint URL.
	t.Run("bad signature", func(t *testing.T) {
		req := e.signedRequest(t, "/interactions", readHTTPFixture(t, "ping.json"), httpClock)
		req.Header.Set("X-Signature-Ed25519", strings.Repeat("00", ed25519.SignatureSize))
		if r := e.do(t, req); r.status != http.StatusUnauthorized {
			t.Errorf("status = %d, want 401", r.status)
		}
	})
}

func TestHTTPRoutes(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	tests := []struct {
		method, path string
		want         int
		wantBody     string
	}{
		{"GET", "/healthz", http.StatusOK, "ok\n"},
		{"HEAD", "/healthz", http.StatusOK, ""},
		{"POST", "/healthz", http.StatusMethodNotAllowed, ""},
		{"GET", "/interactions", http.StatusMethodNotAllowed, ""},
		{"PUT", "/interactions", http.StatusMethodNotAllowed, ""},
		{"GET", "/", http.StatusMethodNotAllowed, ""},
		{"POST", "/other", http.StatusNotFound, ""},
		{"POST", "/interactions/", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, e.srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			r := e.do(t, req)
			if r.status != tt.want {
				t.Errorf("status = %d, want %d", r.status, tt.want)
			}
			if tt.wantBody != "" && string(r.body) != tt.wantBody {
				t.Errorf("body = %q, want %q", r.body, tt.wantBody)
			}
		})
	}
}

func TestHTTPRefusesWhatTheBotCannotAnswer(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	tests := []struct {
		name string
		body []byte
		want int
	}{
		{"modal submit", readHTTPFixture(t, "modal_submit.json"), http.StatusBadRequest},
		{"not JSON", []byte("type=1"), http.StatusBadRequest},
		{"JSON but not an object", []byte(`[1]`), http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if r := e.do(t, e.signedRequest(t, "/interactions", tt.body, httpClock)); r.status != tt.want {
				t.Errorf("status = %d (%s), want %d", r.status, r.body, tt.want)
			}
		})
	}
}

// TestHTTPAnswersAsTheHandlerDoes checks that the HTTP body is the
// handler's Answer.Response, byte for byte, as discordgo would send it
// over REST in gateway mode.
func TestHTTPAnswersAsTheHandlerDoes(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	asker := member(askerID, 0)
	staff := member(otherID, 0, staffRole)
	answered := interact(t, b.Bot, slash(asker, "ask", strOpt("question", answeredQ))).Response
	answer := &discordgo.Message{ID: "m1", Embeds: answered.Data.Embeds}
	autocomplete := slash(asker, "technique", &discordgo.ApplicationCommandInteractionDataOption{
		Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "deep", Focused: true})
	autocomplete.Type = discordgo.InteractionApplicationCommandAutocomplete

	// Interactions are built in Go, or read from a recorded payload:
	// discordgo cannot marshal a message's components, so a click that
	// needs them (Helpful keeps every row but the votes) comes from JSON.
	tests := []struct {
		name     string
		i        *discordgo.Interaction
		fixture  string
		wantType discordgo.InteractionResponseType
	}{
		{"ask", slash(asker, "ask", strOpt("question", answeredQ)), "", 4},
		{"ask private", slash(asker, "ask", strOpt("question", answeredQ), boolOpt("private", true)), "", 4},
		{"ask unknown", slash(asker, "ask", strOpt("question", unknownQ)), "", 4},
		{"ask urgent", slash(asker, "ask", strOpt("question", urgentQ)), "", 4},
		{"recorded ask payload", nil, "ask.json", 4},
		{"recorded helpful click", nil, "click_helpful.json", 7},
		{"technique", slash(asker, "technique", strOpt("name", "rolfing")), "", 4},
		{"techniques", slash(asker, "techniques"), "", 4},
		{"book", slash(asker, "book"), "", 4},
		{"help", slash(asker, "help"), "", 4},
		{"autocomplete", autocomplete, "", 8},
		{"topic button", click(otherID, "topic:swedish-massage", answer), "", 4},
		{"not helpful", click(askerID, "fb:down:trigger-point-therapy:"+askerID, answer), "", 7},
		{"vote by someone else", click(otherID, "fb:down:trigger-point-therapy:"+askerID, answer), "", 4},
		{"kb status, staff", slash(staff, "kb", subOpt("status")), "", 4},
		{"kb status, not staff", slash(asker, "kb", subOpt("status")), "", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			i := tt.i
			var raw []byte
			var err error
			if tt.fixture != "" {
				raw = readHTTPFixture(t, tt.fixture)
				i = &discordgo.Interaction{}
				if err := json.Unmarshal(raw, i); err != nil {
					t.Fatal(err)
				}
			} else if raw, err = json.Marshal(i); err != nil {
				t.Fatal(err)
			}
			r := e.do(t, e.signedRequest(t, "/interactions", raw, httpClock))
			if r.status != http.StatusOK || r.contentType != "application/json" {
				t.Fatalf("got %d %q %s, want 200 application/json", r.status, r.contentType, r.body)
			}
			got := r.body
			want, err := json.Marshal(interact(t, b.Bot, i).Response)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("HTTP body differs from the handler's answer:\nhttp:    %s\nhandler: %s", got, want)
			}
			var resp sentResponse
			if err := json.Unmarshal(got, &resp); err != nil {
				t.Fatalf("decode %s: %v", got, err)
			}
			if resp.Type != int(tt.wantType) {
				t.Errorf("type = %d, want %d", resp.Type, tt.wantType)
			}
			if resp.Type != 8 {
				checkNoMentionsSent(t, resp.Data)
			}
			if tt.fixture == "click_helpful.json" {
				// The rows came through from Discord's JSON: only the
				// votes are gone.
				if ids, urls := resp.Data.customIDs(), resp.Data.urls(); !slices.Equal(ids, []string{"topic:myofascial-therapy"}) || len(urls) != 1 {
					t.Errorf("after Helpful: buttons %v and links %v, want the topic and the booking link kept", ids, urls)
				}
			}
		})
	}
}

// TestHTTPMatchesGatewayMode sends the same interactions to one bot over
// the fake Discord's gateway and over HTTP, and compares the callback body
// the bot POSTed to the fake with the HTTP response body.
func TestHTTPMatchesGatewayMode(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	rb := startBot(t, srv, "test-token", nil)
	if err := srv.WaitConnected(waitCtx(t)); err != nil {
		t.Fatal(err)
	}
	e := startHTTPEndpoint(t, rb.Bot, time.Time{})

	autocomplete := srv.NewInteraction(discordgo.InteractionApplicationCommandAutocomplete, discordgo.ApplicationCommandInteractionData{
		Name: "technique", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "trig", Focused: true},
		},
	}, guildID, channelID, "6003")
	topic := srv.NewInteraction(discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
		CustomID: "topic:swedish-massage", ComponentType: discordgo.ButtonComponent,
	}, guildID, channelID, "6004")
	vote := srv.NewInteraction(discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
		CustomID: "fb:down:trigger-point-therapy:6005", ComponentType: discordgo.ButtonComponent,
	}, guildID, channelID, "6005")

	for _, tt := range []struct {
		name string
		i    *discordgo.Interaction
	}{
		{"ask", srv.SlashCommand(guildID, channelID, "6001", "ask", strOpt("question", answeredQ))},
		{"ask in a DM", srv.SlashCommand("", "dm-6002", "6002", "ask", strOpt("question", notSureQ))},
		{"autocomplete", autocomplete},
		{"topic button", topic},
		{"not helpful", vote},
		{"book", srv.SlashCommand(guildID, channelID, "6006", "book")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, req := rb.interactAndWait(t, tt.i)
			if req.Status != http.StatusNoContent {
				t.Fatalf("the fake answered the gateway callback with %d: %s", req.Status, req.Body)
			}
			got := e.post(t, tt.i, time.Now())
			if !bytes.Equal(got, req.Body) {
				t.Errorf("HTTP body differs from the gateway callback:\nhttp:    %s\ngateway: %s", got, req.Body)
			}
		})
	}
}

// reloadGate is a Staff whose Reload reports that it ran, and makes
// version 0123abcd live.
type reloadGate struct {
	*fakes
	ran chan struct{}
}

func (g *reloadGate) Reload(ctx context.Context) error {
	g.fakes.reloadTo = "0123abcd"
	err := g.fakes.Reload(ctx)
	close(g.ran)
	return err
}

// TestHTTPDeferredFollowup plays Discord for a /kb reload: the endpoint
// acknowledges in the HTTP response, then edits the original response
// through the REST API. The fake only knows the interaction once "Discord"
// (this test) has taken the acknowledgement, so the first edit gets 404
// and must be retried.
func TestHTTPDeferredFollowup(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	s, err := NewSession("test-token", srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	gate := &reloadGate{fakes: &fakes{status: fileStatus()}, ran: make(chan struct{})}
	b := newTestBot(t, func(c *Config) { c.Staff = gate })
	b.Bot.session = s
	e := startHTTPEndpoint(t, b.Bot, time.Time{})
	ctx := waitCtx(t)

	i := srv.SlashCommand(guildID, channelID, "7001", "kb", subOpt("reload"))
	i.Member.Roles = []string{staffRole}
	ack := e.post(t, i, time.Now())
	var resp sentResponse
	if err := json.Unmarshal(ack, &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || resp.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
		t.Fatalf("acknowledgement %s, want a deferred ephemeral one (type 5)", ack)
	}

	select {
	case <-gate.ran:
	case <-ctx.Done():
		t.Fatal("the reload never ran")
	}
	editPath := "/webhooks/" + srv.ApplicationID() + "/" + i.Token + "/messages/@original"
	first, err := srv.WaitRequest(ctx, fakediscord.Route("PATCH", editPath))
	if err != nil {
		t.Fatal(err)
	}
	if first.Status != http.StatusNotFound {
		t.Fatalf("first edit before the acknowledgement reached the fake: %d, want 404", first.Status)
	}

	// Discord takes the acknowledgement from the HTTP response.
	cb, err := http.NewRequest(http.MethodPost, "https://discord.com/api/v9/interactions/"+i.ID+"/"+i.Token+"/callback", bytes.NewReader(ack))
	if err != nil {
		t.Fatal(err)
	}
	cb.Header.Set("Content-Type", "application/json")
	cbResp, err := srv.Client().Do(cb)
	if err != nil {
		t.Fatal(err)
	}
	cbResp.Body.Close()
	if cbResp.StatusCode != http.StatusNoContent {
		t.Fatalf("the fake refused the acknowledgement: %d", cbResp.StatusCode)
	}

	var edit fakediscord.Request
	for edit.Status != http.StatusOK {
		if edit, err = srv.WaitRequest(ctx, fakediscord.Route("PATCH", editPath)); err != nil {
			t.Fatalf("no successful edit after the acknowledgement: %v", err)
		}
	}
	var body sentBody
	if err := edit.JSON(&body); err != nil {
		t.Fatal(err)
	}
	if want := "Reloaded. Serving version 0123abcd (13 entries)"; !strings.HasPrefix(body.Content, want) {
		t.Errorf("edit content = %q, want it to start with %q", body.Content, want)
	}
	checkNoMentionsSent(t, body)
}

func TestHTTPDeferredWithoutSessionIsLogged(t *testing.T) {
	b := newTestBot(t, nil)
	e := startHTTPEndpoint(t, b.Bot, httpClock)
	i := slash(member(otherID, 0, staffRole), "kb", subOpt("reload"))
	var resp sentResponse
	if err := json.Unmarshal(e.post(t, i, httpClock), &resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Errorf("type = %d, want 5", resp.Type)
	}
	e.handler.Wait()
	if !strings.Contains(b.logs.String(), "no Discord session") {
		t.Errorf("the lost follow-up was not logged:\n%s", b.logs)
	}
}

func TestHTTPServeStopsWithTheContext(t *testing.T) {
	b := newTestBot(t, nil)
	keys := newHTTPKeys(t)
	h, err := NewHTTPHandler(b.Bot, keys.pub, HTTPOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.Serve(ctx, ln) }()

	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("healthz = %d, want 200", resp.StatusCode)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve = %v, want nil after the context ended", err)
		}
	case <-waitCtx(t).Done():
		t.Fatal("Serve did not return after the context ended")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/healthz"); err == nil {
		t.Error("still serving after Serve returned")
	}

	// A port that is taken is an error, not a hang.
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	if err := h.ListenAndServe(context.Background(), taken.Addr().String()); err == nil || errors.Is(err, http.ErrServerClosed) {
		t.Errorf("ListenAndServe on a taken port = %v, want a listen error", err)
	}
}
