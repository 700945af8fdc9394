package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// testContext is a generous deadline for waits, never a timing assertion.
func testContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newSession returns a real discordgo session pointed at srv, not yet open,
// that is closed when the test ends (before the fake stops).
func newSession(t *testing.T, srv *Server, token string) *discordgo.Session {
	t.Helper()
	s, err := discordgo.New(token)
	if err != nil {
		t.Fatal(err)
	}
	s.Client = srv.Client()
	s.LogLevel = -1 // discordgo logs with the standard logger; keep test output clean
	t.Cleanup(func() { closeSession(s) })
	return s
}

// closeSession closes s for good. discordgo's heartbeat goroutine, if it
// has not yet sent its first heartbeat when Close runs, fails to write on
// the closed connection and reconnects (a RESUME) on its own, so turning
// off reconnection first is the only reliable way to stop a session. The
// field is written only once: discordgo reads it without a lock, and a
// second write after Close would race with that read.
func closeSession(s *discordgo.Session) error {
	if s.ShouldReconnectOnError {
		s.ShouldReconnectOnError = false
	}
	return s.Close()
}

// openSession is newSession followed by a successful Open.
func openSession(t *testing.T, srv *Server) *discordgo.Session {
	t.Helper()
	s := newSession(t, srv, DefaultToken)
	if err := s.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s
}

// restError unwraps a discordgo REST error, failing the test if err is not one.
func restError(t *testing.T, err error) *discordgo.RESTError {
	t.Helper()
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		t.Fatalf("error = %v (%T), want *discordgo.RESTError", err, err)
	}
	return re
}

func TestOpenIdentifiesAndReady(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		intents    discordgo.Intent
		shard      [2]int // ShardID, ShardCount; count 1 sends no shard
		wantShard  *[2]int
		wantReadyV int
	}{
		{name: "message content intent", intents: discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages | discordgo.IntentMessageContent, shard: [2]int{0, 1}},
		{name: "default intents, shard 1 of 2", intents: discordgo.IntentsAllWithoutPrivileged, shard: [2]int{1, 2}, wantShard: &[2]int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := NewWithOptions(t, Options{Guilds: []string{"900"}})
			ctx := testContext(t)
			s := newSession(t, srv, DefaultToken)
			s.Identify.Intents = tt.intents
			s.ShardID, s.ShardCount = tt.shard[0], tt.shard[1]
			readyc := make(chan *discordgo.Ready, 1)
			s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { readyc <- r })
			if err := s.Open(); err != nil {
				t.Fatalf("Open: %v", err)
			}

			id, err := srv.WaitIdentify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if id.Token != DefaultToken {
				t.Errorf("IDENTIFY token = %q, want %q", id.Token, DefaultToken)
			}
			if id.Intents != tt.intents {
				t.Errorf("IDENTIFY intents = %d, want %d", id.Intents, tt.intents)
			}
			if !id.Compress {
				t.Errorf("IDENTIFY compress = false, want discordgo's default true")
			}
			if (id.Shard == nil) != (tt.wantShard == nil) || (id.Shard != nil && *id.Shard != *tt.wantShard) {
				t.Errorf("IDENTIFY shard = %v, want %v", id.Shard, tt.wantShard)
			}

			if got := srv.GatewayDials(); len(got) != 1 || got[0] != "/gateway/?v=9&encoding=json" {
				t.Errorf("gateway dials = %q, want one to /gateway/?v=9&encoding=json", got)
			}
			reqs := srv.Requests()
			if len(reqs) == 0 || reqs[0].Method != "GET" || reqs[0].Path != "/gateway" || reqs[0].Version != "v9" {
				t.Errorf("first REST request = %+v, want GET /gateway under v9", reqs)
			}

			select {
			case r := <-readyc:
				if r.User == nil || r.User.ID != DefaultBotUserID || !r.User.Bot {
					t.Errorf("READY user = %+v, want bot %s", r.User, DefaultBotUserID)
				}
				if r.Application == nil || r.Application.ID != DefaultBotUserID {
					t.Errorf("READY application = %+v, want ID %s", r.Application, DefaultBotUserID)
				}
				if !strings.HasPrefix(r.SessionID, "fake-session-") {
					t.Errorf("READY session_id = %q", r.SessionID)
				}
				if len(r.Guilds) != 1 || r.Guilds[0].ID != "900" {
					t.Errorf("READY guilds = %v, want [900]", r.Guilds)
				}
			case <-ctx.Done():
				t.Fatal("no READY handler call")
			}
			if s.State.User == nil || s.State.User.ID != DefaultBotUserID {
				t.Errorf("state user = %+v, want the bot", s.State.User)
			}
		})
	}
}

func TestDispatchReachesHandlers(t *testing.T) {
	t.Parallel()
	srv := New(t)
	ctx := testContext(t)
	s := newSession(t, srv, DefaultToken)
	msgs := make(chan *discordgo.MessageCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { msgs <- m })
	inters := make(chan *discordgo.InteractionCreate, 1)
	s.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { inters <- i })

	if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("900", "800", "700", "hi")); !errors.Is(err, ErrNotConnected) {
		t.Errorf("Dispatch before Open = %v, want ErrNotConnected", err)
	}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}

	sent := srv.UserMessage("900", "800", "700", "does massage help back pain?")
	if err := srv.Dispatch("MESSAGE_CREATE", sent); err != nil {
		t.Fatal(err)
	}
	select {
	case m := <-msgs:
		if m.Content != sent.Content || m.ID != sent.ID || m.ChannelID != "800" || m.GuildID != "900" {
			t.Errorf("handler got %+v, want %+v", m.Message, sent)
		}
		if m.Author == nil || m.Author.ID != "700" || m.Author.Bot {
			t.Errorf("author = %+v, want non-bot user 700", m.Author)
		}
	case <-ctx.Done():
		t.Fatal("MESSAGE_CREATE never reached the handler")
	}

	opt := &discordgo.ApplicationCommandInteractionDataOption{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "sciatica"}
	in := srv.SlashCommand("900", "800", "700", "ask", opt)
	if err := srv.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	select {
	case i := <-inters:
		if i.Type != discordgo.InteractionApplicationCommand || i.AppID != srv.ApplicationID() || i.Token != in.Token {
			t.Errorf("interaction = type %v app %q token %q, want command for app %q token %q", i.Type, i.AppID, i.Token, srv.ApplicationID(), in.Token)
		}
		data := i.ApplicationCommandData()
		if data.Name != "ask" || len(data.Options) != 1 || data.Options[0].StringValue() != "sciatica" {
			t.Errorf("command data = %+v, want ask question=sciatica", data)
		}
		if i.Member == nil || i.Member.User == nil || i.Member.User.ID != "700" {
			t.Errorf("member = %+v, want user 700", i.Member)
		}
	case <-ctx.Done():
		t.Fatal("INTERACTION_CREATE never reached the handler")
	}
}

func TestInteractionAnswers(t *testing.T) {
	t.Parallel()
	srv := New(t)
	s := newSession(t, srv, DefaultToken) // REST only: no gateway needed

	in := srv.SlashCommand("900", "800", "700", "ask")

	// Editing before answering: Discord knows no webhook for the token yet.
	_, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: ptr("too early")})
	if re := restError(t, err); re.Message == nil || re.Message.Code != 10015 {
		t.Errorf("edit before answer: %v, want Unknown Webhook (10015)", err)
	}

	err = s.InteractionRespond(in, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "Massage can help.", Flags: discordgo.MessageFlagsEphemeral},
	})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	err = s.InteractionRespond(in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	if re := restError(t, err); re.Message == nil || re.Message.Code != 40060 {
		t.Errorf("second answer: %v, want already acknowledged (40060)", err)
	}

	edited, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: ptr("Massage can help, edited.")})
	if err != nil {
		t.Fatalf("InteractionResponseEdit: %v", err)
	}
	if edited.Content != "Massage can help, edited." || edited.ChannelID != "800" || edited.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("edited original = %+v", edited)
	}

	follow, err := s.FollowupMessageCreate(in, true, &discordgo.WebhookParams{Content: "Book at ..."})
	if err != nil {
		t.Fatalf("FollowupMessageCreate: %v", err)
	}
	if follow.ID == "" || follow.ID == edited.ID || follow.WebhookID != srv.ApplicationID() {
		t.Errorf("follow-up = %+v, want a new message from the app webhook", follow)
	}
	if stored, ok := srv.Message(follow.ID); !ok || stored.Content != "Book at ..." {
		t.Errorf("stored follow-up = %+v, %v", stored, ok)
	}
	if err := s.InteractionResponseDelete(in); err != nil {
		t.Fatalf("InteractionResponseDelete: %v", err)
	}
	if _, err := s.InteractionResponse(in); err == nil {
		t.Error("GET @original after delete succeeded, want Unknown Message")
	}

	callback, err := srv.WaitRequest(testContext(t), RoutePrefix("POST", "/interactions/"+in.ID+"/"))
	if err != nil {
		t.Fatal(err)
	}
	var body discordgo.InteractionResponse
	if err := callback.JSON(&body); err != nil {
		t.Fatal(err)
	}
	if callback.Status != http.StatusNoContent || body.Data == nil || body.Data.Content != "Massage can help." {
		t.Errorf("callback status %d body %+v, want 204 with the answer", callback.Status, body.Data)
	}
}

func TestInteractionMistakesDiscordRejects(t *testing.T) {
	t.Parallel()
	choices := func(n int) []*discordgo.ApplicationCommandOptionChoice {
		out := make([]*discordgo.ApplicationCommandOptionChoice, n)
		for i := range out {
			out[i] = &discordgo.ApplicationCommandOptionChoice{Name: "c", Value: "c"}
		}
		return out
	}
	autocomplete := func(n int) *discordgo.InteractionResponse {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: choices(n)}}
	}
	deferred := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	tests := []struct {
		name         string
		autocomplete bool
		noAppID      bool
		resp         *discordgo.InteractionResponse
		edit         bool // also edit @original after answering
		wantCode     int  // Discord error code of the first failing call; 0: none fails
	}{
		{name: "empty message", resp: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{}}, wantCode: 50006},
		{name: "25 autocomplete choices", autocomplete: true, resp: autocomplete(25)},
		{name: "26 autocomplete choices", autocomplete: true, resp: autocomplete(26), wantCode: 50035},
		{name: "deferred then edit", resp: deferred, edit: true},
		{name: "edit without application_id", noAppID: true, resp: deferred, edit: true, wantCode: 10015},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := New(t)
			s := newSession(t, srv, DefaultToken)
			in := srv.SlashCommand("900", "800", "700", "ask")
			if tt.autocomplete {
				in = srv.Autocomplete("900", "800", "700", "ask", &discordgo.ApplicationCommandInteractionDataOption{Name: "question", Type: discordgo.ApplicationCommandOptionString, Value: "sci", Focused: true})
			}
			if tt.noAppID {
				in.AppID = ""
			}
			err := s.InteractionRespond(in, tt.resp)
			if err == nil && tt.edit {
				_, err = s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: ptr("done")})
			}
			if tt.wantCode == 0 {
				if err != nil {
					t.Fatalf("got %v, want success", err)
				}
				return
			}
			re := restError(t, err)
			if re.Message == nil || re.Message.Code != tt.wantCode {
				t.Errorf("error = %v, want Discord code %d", err, tt.wantCode)
			}
		})
	}
}

func TestREST(t *testing.T) {
	t.Parallel()
	srv := New(t)
	s := newSession(t, srv, DefaultToken)

	t.Run("users/@me", func(t *testing.T) {
		u, err := s.User("@me")
		if err != nil || u.ID != DefaultBotUserID || !u.Bot {
			t.Errorf("User(@me) = %+v, %v; want the bot", u, err)
		}
	})

	t.Run("send, edit, delete", func(t *testing.T) {
		m, err := s.ChannelMessageSendComplex("800", &discordgo.MessageSend{
			Content:         "hello",
			AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
			Reference:       &discordgo.MessageReference{MessageID: "555", ChannelID: "800"},
		})
		if err != nil {
			t.Fatal(err)
		}
		if m.ID == "" || m.Content != "hello" || m.ChannelID != "800" || m.Author == nil || m.Author.ID != DefaultBotUserID || m.Type != discordgo.MessageTypeReply {
			t.Errorf("sent message = %+v", m)
		}
		req, err := srv.WaitRequest(testContext(t), Route("POST", "/channels/800/messages"))
		if err != nil {
			t.Fatal(err)
		}
		if got := req.Header.Get("Authorization"); got != DefaultToken {
			t.Errorf("Authorization = %q, want %q", got, DefaultToken)
		}
		var body map[string]any
		if err := req.JSON(&body); err != nil {
			t.Fatal(err)
		}
		if am, _ := body["allowed_mentions"].(map[string]any); am == nil || am["parse"] == nil {
			t.Errorf("allowed_mentions = %v, want an explicit empty parse list", body["allowed_mentions"])
		}

		edited, err := s.ChannelMessageEdit("800", m.ID, "hello again")
		if err != nil || edited.Content != "hello again" || edited.EditedTimestamp == nil {
			t.Errorf("edit = %+v, %v", edited, err)
		}
		if err := s.ChannelMessageDelete("800", m.ID); err != nil {
			t.Errorf("delete: %v", err)
		}
		if _, ok := srv.Message(m.ID); ok {
			t.Error("message still stored after delete")
		}
		err = s.ChannelMessageDelete("800", m.ID)
		if re := restError(t, err); re.Response.StatusCode != http.StatusNotFound || re.Message.Code != 10008 {
			t.Errorf("second delete: %v, want 404 Unknown Message", err)
		}
	})

	t.Run("files go as multipart", func(t *testing.T) {
		_, err := s.ChannelMessageSendComplex("801", &discordgo.MessageSend{
			Files: []*discordgo.File{{Name: "a.txt", ContentType: "text/plain", Reader: strings.NewReader("x")}},
		})
		if err != nil {
			t.Fatalf("send with only a file: %v", err)
		}
		req, err := srv.WaitRequest(testContext(t), Route("POST", "/channels/801/messages"))
		if err != nil {
			t.Fatal(err)
		}
		var body map[string]any
		if err := req.JSON(&body); err != nil {
			t.Fatalf("payload_json: %v", err)
		}
	})

	t.Run("invalid messages", func(t *testing.T) {
		for _, tc := range []struct {
			content string
			code    int
		}{
			{content: "", code: 50006},
			{content: strings.Repeat("é", 2001), code: 50035},
		} {
			_, err := s.ChannelMessageSend("800", tc.content)
			if re := restError(t, err); re.Response.StatusCode != http.StatusBadRequest || re.Message.Code != tc.code {
				t.Errorf("send %d runes: %v, want 400 code %d", len([]rune(tc.content)), err, tc.code)
			}
		}
		if _, err := s.ChannelMessageSend("800", strings.Repeat("é", 2000)); err != nil {
			t.Errorf("send 2000 runes: %v, want success", err)
		}
	})

	t.Run("command bulk overwrite", func(t *testing.T) {
		cmds := []*discordgo.ApplicationCommand{
			{Name: "ask", Description: "Ask about massage"},
			{Name: "topics", Description: "List topics"},
		}
		for _, guild := range []string{"", "900"} {
			first, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), guild, cmds)
			if err != nil {
				t.Fatalf("overwrite (guild %q): %v", guild, err)
			}
			again, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), guild, cmds[:1])
			if err != nil {
				t.Fatal(err)
			}
			if len(first) != 2 || first[0].ID == "" || first[0].GuildID != guild || len(again) != 1 || again[0].ID != first[0].ID {
				t.Errorf("guild %q: first %+v then %+v, want IDs kept per name", guild, first, again)
			}
			if got := srv.Commands(guild); len(got) != 1 || got[0].Name != "ask" {
				t.Errorf("Commands(%q) = %+v, want just ask", guild, got)
			}
		}
		_, err := s.ApplicationCommandBulkOverwrite(srv.ApplicationID(), "", []*discordgo.ApplicationCommand{{Name: "Ask Me", Description: "x"}})
		if re := restError(t, err); re.Message.Code != 50035 {
			t.Errorf("invalid name: %v, want Invalid Form Body", err)
		}
		_, err = s.ApplicationCommandBulkOverwrite("42", "", cmds)
		if re := restError(t, err); re.Response.StatusCode != http.StatusForbidden {
			t.Errorf("other application: %v, want 403", err)
		}
	})

	t.Run("channel and member", func(t *testing.T) {
		srv.SetChannel(&discordgo.Channel{ID: "802", Type: discordgo.ChannelTypeDM})
		if ch, err := s.Channel("802"); err != nil || ch.Type != discordgo.ChannelTypeDM {
			t.Errorf("Channel(802) = %+v, %v; want the DM set", ch, err)
		}
		if ch, err := s.Channel("803"); err != nil || ch.Type != discordgo.ChannelTypeGuildText {
			t.Errorf("Channel(803) = %+v, %v; want a default text channel", ch, err)
		}
		srv.SetMember("900", &discordgo.Member{User: &discordgo.User{ID: "701"}, Roles: []string{"staff"}})
		if m, err := s.GuildMember("900", "701"); err != nil || len(m.Roles) != 1 || m.Roles[0] != "staff" {
			t.Errorf("GuildMember = %+v, %v; want role staff", m, err)
		}
	})

	t.Run("unknown route is 404 and recorded", func(t *testing.T) {
		_, err := s.Request("GET", discordgo.EndpointAPI+"nowhere/1", nil)
		if re := restError(t, err); re.Response.StatusCode != http.StatusNotFound {
			t.Errorf("err = %v, want 404", err)
		}
		if _, err := srv.WaitRequest(testContext(t), Route("GET", "/nowhere/1")); err != nil {
			t.Error(err)
		}
	})
}

func TestWrongTokenIsUnauthorized(t *testing.T) {
	t.Parallel()
	srv := New(t)
	s := newSession(t, srv, "Bot wrong-token")

	_, err := s.User("@me")
	re := restError(t, err)
	if re.Response.StatusCode != http.StatusUnauthorized || re.Message == nil || re.Message.Message != "401: Unauthorized" {
		t.Errorf("REST with wrong token: %v, want 401 Unauthorized", err)
	}

	err = s.Open()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != CloseAuthenticationFailed {
		t.Fatalf("Open with wrong token = %v, want close 4004", err)
	}
}

func TestInjectedFailures(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		inject     func(srv *Server)
		wantErr    bool
		wantStatus []int // statuses of the POSTs the fake saw, in order
	}{
		{name: "429 then retry", inject: func(srv *Server) { srv.FailNext("POST", "/channels/", http.StatusTooManyRequests, 1) }, wantStatus: []int{429, 200}},
		{name: "global 429 twice", inject: func(srv *Server) { srv.RateLimitNext("", "/channels/800", 20*time.Millisecond, true, 2) }, wantStatus: []int{429, 429, 200}},
		{name: "502 retried", inject: func(srv *Server) { srv.FailNext("POST", "/channels/800/messages", http.StatusBadGateway, 2) }, wantStatus: []int{502, 502, 200}},
		{name: "403 not retried", inject: func(srv *Server) { srv.FailNext("POST", "", http.StatusForbidden, 1) }, wantErr: true, wantStatus: []int{403}},
		{name: "other route unaffected", inject: func(srv *Server) { srv.FailNext("POST", "/channels/999", http.StatusInternalServerError, 1) }, wantStatus: []int{200}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := New(t)
			s := newSession(t, srv, DefaultToken)
			limited := make(chan *discordgo.RateLimit, 4)
			s.AddHandler(func(_ *discordgo.Session, rl *discordgo.RateLimit) { limited <- rl })
			tt.inject(srv)

			_, err := s.ChannelMessageSend("800", "hi")
			if (err != nil) != tt.wantErr {
				t.Fatalf("send error = %v, want error %v", err, tt.wantErr)
			}
			var got []int
			for _, r := range srv.Requests() {
				if r.Method == "POST" {
					got = append(got, r.Status)
				}
			}
			if len(got) != len(tt.wantStatus) {
				t.Fatalf("statuses = %v, want %v", got, tt.wantStatus)
			}
			for i := range got {
				if got[i] != tt.wantStatus[i] {
					t.Errorf("statuses = %v, want %v", got, tt.wantStatus)
				}
			}
			if tt.wantStatus[0] == 429 {
				select {
				case rl := <-limited:
					if rl.RetryAfter <= 0 || rl.Message != "You are being rate limited." {
						t.Errorf("RateLimit event = %+v", rl.TooManyRequests)
					}
				case <-testContext(t).Done():
					t.Error("no RateLimit event")
				}
			}
		})
	}
}

func TestReconnectAndDropResume(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		interrupt func(srv *Server) error
		wantClose int // close code discordgo sends on the old connection; 0 = none seen
	}{
		{name: "op 7 reconnect", interrupt: (*Server).SendReconnect, wantClose: websocket.CloseServiceRestart},
		{name: "dropped connection", interrupt: func(srv *Server) error { srv.DropConnections(); return nil }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := New(t)
			ctx := testContext(t)
			s := newSession(t, srv, DefaultToken)
			msgs := make(chan *discordgo.MessageCreate, 2)
			s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { msgs <- m })
			ready := make(chan string, 1)
			s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { ready <- r.SessionID })
			if err := s.Open(); err != nil {
				t.Fatal(err)
			}
			sessionID := <-ready
			if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("900", "800", "700", "one")); err != nil {
				t.Fatal(err)
			}
			<-msgs // READY was seq 1, this is seq 2
			// discordgo's heartbeat goroutine writes its first heartbeat
			// as it starts; if the old connection is already closed by
			// then, it reconnects a second time and drops the resumed
			// connection (see closeSession). Interrupt once it has sent.
			if err := srv.WaitHeartbeats(ctx, 1); err != nil {
				t.Fatal(err)
			}

			if err := tt.interrupt(srv); err != nil {
				t.Fatal(err)
			}
			if tt.wantClose != 0 {
				code, err := srv.WaitClientClose(ctx)
				if err != nil || code != tt.wantClose {
					t.Errorf("client close = %d, %v; want %d", code, err, tt.wantClose)
				}
			}
			res, err := srv.WaitResume(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if res.SessionID != sessionID || res.Seq != 2 || res.Token != DefaultToken {
				t.Errorf("RESUME = %+v, want session %s seq 2", res, sessionID)
			}
			if err := srv.WaitConnected(ctx); err != nil {
				t.Fatal(err)
			}
			if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("900", "800", "700", "two")); err != nil {
				t.Fatal(err)
			}
			select {
			case m := <-msgs:
				if m.Content != "two" {
					t.Errorf("after resume got %q, want two", m.Content)
				}
			case <-ctx.Done():
				t.Fatal("no event after resume")
			}
			if n := len(srv.Identifies()); n != 1 {
				t.Errorf("%d IDENTIFYs, want 1 (resumed, not re-identified)", n)
			}
		})
	}
}

// TestFatalCloseCodes records what discordgo v0.29.0 does with the close
// codes that mean "do not reconnect": Open returns the *websocket.CloseError
// when the rejection answers its IDENTIFY, but once a session is running
// discordgo hides the code and reconnects forever.
func TestFatalCloseCodes(t *testing.T) {
	t.Parallel()

	t.Run("rejected identify fails Open", func(t *testing.T) {
		t.Parallel()
		srv := New(t)
		srv.RejectIdentify(CloseDisallowedIntents, "Disallowed intent(s).")
		s := newSession(t, srv, DefaultToken)
		s.Identify.Intents |= discordgo.IntentMessageContent
		err := s.Open()
		var ce *websocket.CloseError
		if !errors.As(err, &ce) || ce.Code != CloseDisallowedIntents || ce.Text != "Disallowed intent(s)." {
			t.Fatalf("Open = %v, want close 4014", err)
		}
		if err := srv.WaitDisconnected(testContext(t)); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("mid-session close loops on resume and identify", func(t *testing.T) {
		if testing.Short() {
			t.Skip("takes four seconds or more: each discordgo reconnect sleeps one")
		}
		// In this loop discordgo's own goroutines race: a stale heartbeat
		// goroutine and the new session's both fail, Close and reconnect,
		// and Open writes s.gateway while the other reads it (wsapi.go
		// lines 83 and 302 in v0.29.0). That is discordgo's bug, not the
		// fake's, and the race detector fails the test now and then for it;
		// .ci/run runs this test again without -race.
		if raceEnabled {
			t.Skip("discordgo races with itself in its reconnect loop; run without -race (.ci/run does)")
		}
		t.Parallel()
		srv := New(t)
		// Not testContext's 15 seconds: each lap of the loop costs at
		// least the one-second sleep in discordgo's CloseWithCode, and a
		// stale heartbeat goroutine that fails its first write on a
		// closed connection closes the new one too, adding laps at
		// random (runs take 4 to 12 seconds, and once took more than 15
		// on CI). The deadline is there to end a hang, not to time
		// discordgo.
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		// Not newSession: during this loop stale discordgo heartbeat
		// goroutines call Close and reconnect at any moment, reading
		// ShouldReconnectOnError without a lock, so closeSession's write
		// would be a data race. Close only; a reconnect that outlives the
		// test dies with the fake.
		s, err := discordgo.New(DefaultToken)
		if err != nil {
			t.Fatal(err)
		}
		s.Client = srv.Client()
		s.LogLevel = -1
		if err := s.Open(); err != nil {
			t.Fatal(err)
		}
		if _, err := srv.WaitIdentify(ctx); err != nil {
			t.Fatal(err)
		}
		srv.RejectIdentify(CloseDisallowedIntents, "Disallowed intent(s).")
		if err := srv.CloseWithCode(CloseDisallowedIntents, "Disallowed intent(s)."); err != nil {
			t.Fatal(err)
		}
		// discordgo closes, reconnects, RESUMEs the ended session, gets
		// INVALID_SESSION, IDENTIFYs, is closed with 4014 again: twice
		// round the loop shows it does not stop by itself.
		for round := 1; round <= 2; round++ {
			if _, err := srv.WaitResume(ctx); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
			if _, err := srv.WaitIdentify(ctx); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		srv.RejectIdentify(0, "")
		if err := srv.WaitConnected(ctx); err != nil {
			t.Fatalf("after lifting the rejection: %v", err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	})
}

func TestCloseIsClean(t *testing.T) {
	t.Parallel()
	srv := New(t)
	ctx := testContext(t)
	s := openSession(t, srv)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	if err := closeSession(s); err != nil {
		t.Fatal(err)
	}
	if code, err := srv.WaitClientClose(ctx); err != nil || code != websocket.CloseNormalClosure {
		t.Errorf("client close = %d, %v; want 1000", code, err)
	}
	if err := srv.WaitDisconnected(ctx); err != nil {
		t.Fatal(err)
	}
	if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("900", "800", "700", "late")); !errors.Is(err, ErrNotConnected) {
		t.Errorf("Dispatch after Close = %v, want ErrNotConnected; resumes %+v identifies %d dials %v", err, srv.Resumes(), len(srv.Identifies()), srv.GatewayDials())
	}
}

// TestHeartbeatsAreAcked runs heartbeats fast: discordgo reconnects when
// five intervals pass without an ack, so ten heartbeats on one connection
// show the fake acks them.
func TestHeartbeatsAreAcked(t *testing.T) {
	t.Parallel()
	// discordgo reconnects when no ACK came for five intervals: eight
	// heartbeats would see a missing ACK, and 100 ms intervals leave half a
	// second of slack for a loaded machine (20 ms, 100 ms of slack, was
	// seen to reconnect under -race at a load of 13).
	srv := NewWithOptions(t, Options{HeartbeatInterval: 100 * time.Millisecond})
	openSession(t, srv)
	if err := srv.WaitHeartbeats(testContext(t), 8); err != nil {
		t.Fatal(err)
	}
	if n, dials := len(srv.Identifies()), len(srv.GatewayDials()); n != 1 || dials != 1 {
		t.Errorf("%d IDENTIFYs over %d connections, want 1 and 1", n, dials)
	}
}

func TestWaitRequestReturnsEachRequestOnce(t *testing.T) {
	t.Parallel()
	srv := New(t)
	client := srv.Client()
	for _, path := range []string{"api/v9/users/@me", "api/v10/users/@me", "elsewhere"} {
		req, err := http.NewRequest("GET", "https://discord.com/"+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Authorization", DefaultToken)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	ctx := testContext(t)
	me := Route("GET", "/users/@me")
	first, err := srv.WaitRequest(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	second, err := srv.WaitRequest(ctx, me)
	if err != nil {
		t.Fatal(err)
	}
	if first.Seq != 1 || first.Version != "v9" || second.Seq != 2 || second.Version != "v10" || second.Status != http.StatusOK {
		t.Errorf("got %d/%s then %d/%s (status %d), want 1/v9 then 2/v10 answered 200", first.Seq, first.Version, second.Seq, second.Version, second.Status)
	}
	other, err := srv.WaitRequest(ctx, Route("GET", "/elsewhere"))
	if err != nil || other.Status != http.StatusNotFound {
		t.Errorf("non-API path: %+v, %v; want recorded with 404", other, err)
	}
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := srv.WaitRequest(short, me); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("third wait = %v, want deadline exceeded", err)
	}
}

func ptr[T any](v T) *T { return &v }

// TestResumeReplaysMissedEvents speaks the gateway protocol by hand to
// check that a RESUME gets the dispatches after the sequence number it
// names, in order and with their numbers, before RESUMED, as on Discord.
func TestResumeReplaysMissedEvents(t *testing.T) {
	t.Parallel()
	srv := New(t)
	type frame struct {
		Op int             `json:"op"`
		S  int64           `json:"s"`
		T  string          `json:"t"`
		D  json.RawMessage `json:"d"`
	}
	dial := func() *websocket.Conn {
		t.Helper()
		ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL(), nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ws.Close() })
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		var hello frame
		if err := ws.ReadJSON(&hello); err != nil || hello.Op != 10 {
			t.Fatalf("HELLO = %+v, %v", hello, err)
		}
		return ws
	}
	read := func(ws *websocket.Conn) frame {
		t.Helper()
		var f frame
		if err := ws.ReadJSON(&f); err != nil {
			t.Fatal(err)
		}
		return f
	}

	first := dial()
	first.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": DefaultToken, "intents": 0}})
	ready := read(first)
	var r struct {
		SessionID string `json:"session_id"`
	}
	if err := json.Unmarshal(ready.D, &r); err != nil || ready.T != "READY" || ready.S != 1 {
		t.Fatalf("READY = %+v, %v", ready, err)
	}
	for _, text := range []string{"a", "b"} {
		if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("900", "800", "700", text)); err != nil {
			t.Fatal(err)
		}
	}
	// The client reads only READY, then its connection is lost.
	first.Close()

	second := dial()
	second.WriteJSON(map[string]any{"op": 6, "d": map[string]any{"token": DefaultToken, "session_id": r.SessionID, "seq": 1}})
	var got []string
	for {
		f := read(second)
		got = append(got, fmt.Sprintf("%d %s", f.S, f.T))
		if f.T == "RESUMED" {
			break
		}
	}
	want := []string{"2 MESSAGE_CREATE", "3 MESSAGE_CREATE", "4 RESUMED"}
	if !slices.Equal(got, want) {
		t.Errorf("after RESUME seq 1 got %v, want %v", got, want)
	}
}
