// Package fakediscord is a small Discord look-alike for tests: a REST API
// under /api/v9/ (and /api/v10/) and a gateway websocket at /gateway, both on
// 127.0.0.1, that the real discordgo client can be pointed at.
//
// Point a session at it by giving discordgo the fake's HTTP client, which
// rewrites https://discord.com/ to the fake (see package discordurl); the
// gateway address then comes from the fake's GET /gateway:
//
//	srv := fakediscord.New(t)
//	s, _ := discordgo.New(fakediscord.DefaultToken)
//	s.Client = srv.Client()
//	err := s.Open()
//
// The fake records every REST request and every gateway IDENTIFY and RESUME,
// lets a test push events (Dispatch), reconnect requests and close codes to
// connected clients, and injects REST failures such as 429 and 401, or
// interaction webhooks that keep failing (FailWebhooks). It builds what
// people do (people.go): members with permissions in one of several guilds
// (SetPermissions, AdminPermissions), a user-installed app (UserInstall),
// clicks and menu choices (Click, Choose), "Apps" commands on a message
// (MessageCommand), and members who follow up or flood (Conversation,
// Flood, DispatchMessages). It keeps
// just enough state (messages it created, interaction responses, registered
// commands) to answer follow-up calls the way Discord does, including
// Discord's errors for common mistakes: an empty message, content over 2000
// characters, answering an interaction twice, editing an original response
// before acknowledging, or a webhook URL without the application ID.
//
// Close the discordgo session before the test ends: discordgo reconnects
// forever on its own, and would keep trying after the fake has gone.
package fakediscord

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/sclondonmassage/synergybot/internal/discordurl"
)

// Defaults for Options fields left empty. DefaultToken is what a test passes
// to discordgo.New; the "Bot " prefix is part of it, as discordgo sends it.
const (
	DefaultToken             = "Bot test-token"
	DefaultBotUserID         = "1100000000000000001"
	DefaultBotUsername       = "synergybot"
	DefaultHeartbeatInterval = 41250 * time.Millisecond
)

// Options configures a Server. The zero value is usable: every empty field
// takes the default named on it.
type Options struct {
	// Token is the only Authorization header value (and gateway token) the
	// fake accepts; anything else gets 401 over REST and close code 4004 on
	// the gateway. Default DefaultToken.
	Token string
	// BotUserID and BotUsername describe the bot user in READY and
	// GET /users/@me. Defaults DefaultBotUserID and DefaultBotUsername.
	BotUserID   string
	BotUsername string
	// ApplicationID is the bot's application, sent in READY and required in
	// /applications/{id}/... and /webhooks/{id}/... paths. Default BotUserID,
	// as on Discord.
	ApplicationID string
	// HeartbeatInterval is announced in HELLO. Default DefaultHeartbeatInterval.
	HeartbeatInterval time.Duration
	// Shards is the shard count GET /gateway/bot recommends. Default 1.
	Shards int
	// Guilds are the guild IDs READY lists (as unavailable, like Discord).
	Guilds []string
}

// withDefaults returns o with every empty field set to its default.
func (o Options) withDefaults() Options {
	if o.Token == "" {
		o.Token = DefaultToken
	}
	if o.BotUserID == "" {
		o.BotUserID = DefaultBotUserID
	}
	if o.BotUsername == "" {
		o.BotUsername = DefaultBotUsername
	}
	if o.ApplicationID == "" {
		o.ApplicationID = o.BotUserID
	}
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = DefaultHeartbeatInterval
	}
	if o.Shards <= 0 {
		o.Shards = 1
	}
	return o
}

// Server is a running fake Discord. Its methods are safe for concurrent use.
type Server struct {
	opts     Options
	http     *httptest.Server
	base     *url.URL
	client   *http.Client
	upgrader websocket.Upgrader
	readers  sync.WaitGroup // gateway read loops, waited for by Close

	mu      sync.Mutex    // protects every field below
	changed chan struct{} // closed and replaced whenever recorded state changes
	closed  bool
	lastID  uint64

	// REST
	requests     []Request
	takenReq     []bool // takenReq[i]: requests[i] was returned by WaitRequest
	failures     []*failure
	commands     map[string][]map[string]any // by guild ID; "" is global
	commandIDs   map[string]string           // guild ID + "/" + name -> stable ID
	messages     map[string]map[string]any   // by message ID
	channels     map[string]map[string]any   // configured with SetChannel
	members      map[string]map[string]any   // by guild ID + "/" + user ID
	interactions map[string]*interactionState
	permissions  map[string]int64 // by guild ID + "/" + user ID, see SetPermissions
	failWebhooks bool             // see FailWebhooks

	// Gateway
	conns    map[*gwConn]struct{}
	sessions map[string]bool // session IDs a RESUME may name
	// sent keeps each session's recent dispatches, so that a RESUME gets
	// the events its client missed, as Discord replays them.
	sent        map[string][]sentEvent
	reject      *closeFrame // answer IDENTIFY with this close, if set
	dials       []string
	identifies  []Identify
	takenIdent  int // identifies[:takenIdent] were returned by WaitIdentify
	resumes     []Resume
	takenResume int
	closes      []int // close codes the clients sent
	takenClose  int
	frames      []Frame
	heartbeats  int
}

// New starts a Server with default Options and stops it when the test ends.
func New(t testing.TB) *Server {
	return NewWithOptions(t, Options{})
}

// NewWithOptions starts a Server configured by opts on 127.0.0.1 and
// registers Close with t.Cleanup.
func NewWithOptions(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{
		opts:         opts.withDefaults(),
		changed:      make(chan struct{}),
		commands:     map[string][]map[string]any{},
		commandIDs:   map[string]string{},
		messages:     map[string]map[string]any{},
		channels:     map[string]map[string]any{},
		members:      map[string]map[string]any{},
		interactions: map[string]*interactionState{},
		permissions:  map[string]int64{},
		conns:        map[*gwConn]struct{}{},
		sessions:     map[string]bool{},
		sent:         map[string][]sentEvent{},
		upgrader:     websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }},
	}
	s.http = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	base, err := discordurl.Parse(s.http.URL)
	if err != nil {
		s.http.Close()
		t.Fatalf("fakediscord: %v", err)
	}
	s.base = base
	s.client = &http.Client{
		Transport: discordurl.Transport(base, s.http.Client().Transport),
		Timeout:   10 * time.Second,
	}
	t.Cleanup(s.Close)
	return s
}

// Close drops every gateway connection and stops the server. It is safe to
// call more than once; New already arranges a call at the end of the test.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.notifyLocked()
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
	s.readers.Wait()
	s.http.Close()
}

// URL returns the server's base URL, such as "http://127.0.0.1:PORT/"; the
// REST API is below it at api/v9/. This is what the bot's discord.api_url
// setting would hold.
func (s *Server) URL() string { return s.base.String() }

// GatewayURL returns the websocket address GET /gateway hands out,
// "ws://127.0.0.1:PORT/gateway".
func (s *Server) GatewayURL() string { return "ws://" + s.base.Host + "/gateway" }

// Client returns an HTTP client whose requests for https://discord.com/ go
// to this server instead. Assign it to discordgo.Session.Client.
func (s *Server) Client() *http.Client { return s.client }

// Transport returns the rewriting RoundTripper inside Client, for code that
// builds its own http.Client.
func (s *Server) Transport() http.RoundTripper { return s.client.Transport }

// ApplicationID returns the application ID the fake uses (Options.ApplicationID
// or its default).
func (s *Server) ApplicationID() string { return s.opts.ApplicationID }

// BotUserID returns the bot's user ID the fake uses.
func (s *Server) BotUserID() string { return s.opts.BotUserID }

// notifyLocked wakes every waiter. The caller holds s.mu.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor calls found with s.mu held until it reports true, the server
// closes, or ctx ends. what names the awaited thing in the error.
func (s *Server) waitFor(ctx context.Context, what string, found func() bool) error {
	for {
		s.mu.Lock()
		ok, closed, ch := found(), s.closed, s.changed
		s.mu.Unlock()
		switch {
		case ok:
			return nil
		case closed:
			return fmt.Errorf("fakediscord: wait for %s: server closed", what)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: wait for %s: %w", what, ctx.Err())
		case <-ch:
		}
	}
}

// newIDLocked returns a fresh snowflake-shaped ID. The caller holds s.mu.
func (s *Server) newIDLocked() string {
	s.lastID++
	return fmt.Sprintf("%d", uint64(1300000000000000000)+s.lastID)
}

// botUser is the bot's user object as Discord sends it.
func (s *Server) botUser() map[string]any {
	return map[string]any{
		"id":            s.opts.BotUserID,
		"username":      s.opts.BotUsername,
		"discriminator": "0",
		"global_name":   nil,
		"avatar":        nil,
		"bot":           true,
	}
}

// trimAPIPrefix splits "/api/v9/users/@me" into "v9" and "/users/@me". ok
// is false for paths outside the supported API versions.
func trimAPIPrefix(path string) (version, rest string, ok bool) {
	for _, v := range []string{"v9", "v10"} {
		prefix := "/api/" + v + "/"
		if strings.HasPrefix(path, prefix) {
			return v, "/" + strings.TrimPrefix(path, prefix), true
		}
	}
	return "", path, false
}
