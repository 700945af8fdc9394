package bot

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/sclondonmassage/synergybot/knowledge"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
)

// End-to-end tests of issues 13 and 14: the real discordgo session against
// the fake Discord, one scenario each.

const otherGuild = "101" // a server that added the bot, not the clinic's

// refusedEphemerally fails unless got is an ephemeral message saying want.
func refusedEphemerally(t *testing.T, got sentResponse, want string) {
	t.Helper()
	if got.Type != 4 || got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || !strings.Contains(got.Data.Content, want) {
		t.Errorf("got type %d flags %d %q, want an ephemeral message saying %q", got.Type, got.Data.Flags, got.Data.Content, want)
	}
}

func TestKBOnlyInTheClinicServer(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID, otherGuild}})
	// No staff roles: Manage Server makes staff, so an admin of another
	// server would pass the member check alone.
	rb := startBot(t, srv, "test-token", func(c *Config) { c.StaffRoles = nil })
	if _, err := srv.WaitRequest(waitCtx(t), fakediscord.RoutePrefix("PUT", "/applications/"+srv.ApplicationID()+"/guilds/")); err != nil {
		t.Fatal(err)
	}
	const otherAdmin, clinicAdmin = "6001", "6002"
	srv.SetPermissions(otherGuild, otherAdmin, fakediscord.AdminPermissions)
	srv.SetPermissions(guildID, clinicAdmin, fakediscord.AdminPermissions)

	e := startHTTPEndpoint(t, rb.Bot, time.Time{})
	tests := []struct {
		name string
		i    func() *discordgo.Interaction
		want string
	}{
		{"admin of another server", func() *discordgo.Interaction {
			return srv.SlashCommand(otherGuild, "811", otherAdmin, "kb", subOpt("gaps"))
		}, "only in the clinic's own server"},
		{"clinic admin through their own install of the app", func() *discordgo.Interaction {
			return fakediscord.UserInstall(srv.SlashCommand(guildID, channelID, clinicAdmin, "kb", subOpt("gaps")))
		}, "only through the bot installed in the clinic's server"},
		{"in a DM", func() *discordgo.Interaction {
			return srv.SlashCommand("", "dm-6003", clinicAdmin, "kb", subOpt("status"))
		}, "only in the clinic's own server"},
		{"a member of the clinic's server", func() *discordgo.Interaction {
			return srv.SlashCommand(guildID, channelID, "6004", "kb", subOpt("reload"))
		}, "Only clinic staff"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" (gateway)", func(t *testing.T) {
			got, _ := rb.interactAndWait(t, tt.i())
			refusedEphemerally(t, got, tt.want)
		})
		t.Run(tt.name+" (HTTP)", func(t *testing.T) {
			var got sentResponse
			if err := json.Unmarshal(e.post(t, tt.i(), time.Now()), &got); err != nil {
				t.Fatal(err)
			}
			refusedEphemerally(t, got, tt.want)
		})
	}
	if rb.fakes.reloads != 0 {
		t.Errorf("%d reloads by people who are not clinic staff", rb.fakes.reloads)
	}
	if n := strings.Count(rb.logs.String(), "kb refused"); n != 2*len(tests) {
		t.Errorf("%d refusals logged, want %d:\n%s", n, 2*len(tests), rb.logs)
	}

	t.Run("clinic admin in the clinic's server", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, clinicAdmin, "kb", subOpt("status")))
		if !strings.HasPrefix(got.Data.Content, "Serving version abc123def456") || got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("got %q flags %d, want the status, ephemeral", got.Data.Content, got.Data.Flags)
		}
	})
}

func TestKBDisabledWithoutAGuild(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	rb := startBot(t, srv, "test-token", func(c *Config) { c.GuildID = "" })
	ctx := waitCtx(t)
	if _, err := srv.WaitRequest(ctx, fakediscord.Route("PUT", "/applications/"+srv.ApplicationID()+"/commands")); err != nil {
		t.Fatal(err)
	}
	i := srv.SlashCommand(guildID, channelID, "6101", "kb", subOpt("status"))
	i.Member.Roles = []string{staffRole}
	got, _ := rb.interactAndWait(t, i)
	refusedEphemerally(t, got, "discord.guild_id")
	for _, r := range srv.Requests() {
		if strings.Contains(r.Path, "/guilds/") {
			t.Errorf("registered commands in a guild without discord.guild_id: %s %s", r.Method, r.Path)
		}
	}
	// The bot logs after the fake has answered the registration: wait.
	waitLog(t, rb.logs, "/kb is disabled: set discord.guild_id")
}

// repliesIn counts the bot's replies to messages in channelID so far: the
// answers (embeds) and the slow-down notes.
func repliesIn(srv *fakediscord.Server, channelID string) (answers, slowDowns int) {
	for _, r := range srv.Requests() {
		if r.Method != "POST" || r.Path != "/channels/"+channelID+"/messages" || r.Status != 200 {
			continue
		}
		var body sentBody
		if r.JSON(&body) != nil {
			continue
		}
		switch {
		case body.Content == slowDown:
			slowDowns++
		case len(body.Embeds) > 0:
			answers++
		}
	}
	return answers, slowDowns
}

func TestFollowUpsAreAnsweredAndFloodsSlowedDown(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	rb := startBot(t, srv, "test-token", func(c *Config) { c.Now = nil }) // the real clock
	ctx := waitCtx(t)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}

	t.Run("a follow-up a second later", func(t *testing.T) {
		msgs := srv.Conversation("", "dm-6201", "6201", answeredQ, "and does it hurt?")
		if err := srv.DispatchMessages(ctx, time.Second, msgs...); err != nil {
			t.Fatal(err)
		}
		for range msgs {
			if _, err := srv.WaitRequest(ctx, fakediscord.Route("POST", "/channels/dm-6201/messages")); err != nil {
				t.Fatalf("a message was not answered: %v", err)
			}
		}
		if answers, slow := repliesIn(srv, "dm-6201"); answers != 2 || slow != 0 {
			t.Errorf("%d answers and %d slow-downs, want both questions answered", answers, slow)
		}
	})

	t.Run("twenty in two seconds", func(t *testing.T) {
		flood := srv.Flood("", "dm-6202", "6202", answeredQ, 20)
		if err := srv.DispatchMessages(ctx, 100*time.Millisecond, flood...); err != nil {
			t.Fatal(err)
		}
		// The bucket refills by one every 4 s, so in 2 s at most one token
		// comes back: 5 or 6 answers, then one slow-down.
		for range DefaultMessageBurst + 1 {
			if _, err := srv.WaitRequest(ctx, fakediscord.Route("POST", "/channels/dm-6202/messages")); err != nil {
				t.Fatalf("fewer replies than the burst and a slow-down: %v", err)
			}
		}
		time.Sleep(500 * time.Millisecond) // let any extra reply arrive
		answers, slow := repliesIn(srv, "dm-6202")
		if answers < DefaultMessageBurst || answers > DefaultMessageBurst+1 || slow != 1 {
			t.Errorf("the flood got %d answers and %d slow-downs, want %d or %d and exactly 1", answers, slow, DefaultMessageBurst, DefaultMessageBurst+1)
		}
		if !strings.Contains(rb.logs.String(), "rate limited: told the member to slow down") {
			t.Errorf("the slow-down is not logged:\n%s", rb.logs)
		}
	})
}

// TestHTTPShutdownDrainsAndStopsFollowups: once Serve's context ends,
// /healthz says 503 while requests are still answered, and a follow-up
// whose edits keep failing is cut off at the shutdown deadline.
func TestHTTPShutdownDrainsAndStopsFollowups(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	s, err := NewSession("test-token", srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	b := newTestBot(t, nil)
	b.Bot.session = s
	keys := newHTTPKeys(t)
	const drain, grace = 400 * time.Millisecond, 600 * time.Millisecond
	h, err := NewHTTPHandler(b.Bot, keys.pub, HTTPOptions{Drain: drain, Grace: grace})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- h.Serve(ctx, ln) }()
	e := &httpEndpoint{handler: h, keys: keys}

	health := func() int {
		resp, err := http.Get(base + "/healthz")
		if err != nil {
			return 0
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if got := health(); got != http.StatusOK {
		t.Fatalf("healthz = %d before shutdown, want 200", got)
	}

	srv.FailWebhooks(true)
	i := srv.SlashCommand(guildID, channelID, "6301", "kb", subOpt("reload"))
	i.Member.Roles = []string{staffRole}
	raw, _ := json.Marshal(i)
	req := e.signedRequestTo(t, base+"/interactions", raw, time.Now())
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("the deferred /kb reload got %d", resp.StatusCode)
	}
	// The follow-up is now retrying edits that Discord answers with 404.
	if _, err := srv.WaitRequest(waitCtx(t), fakediscord.RoutePrefix("PATCH", "/webhooks/")); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	cancel()
	time.Sleep(drain / 4)
	if got := health(); got != http.StatusServiceUnavailable {
		t.Errorf("healthz = %d while draining, want 503", got)
	}
	var stopped time.Duration
	select {
	case err := <-done:
		stopped = time.Since(start)
		if err != nil {
			t.Errorf("Serve = %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not stop within 10 s with a follow-up stuck retrying")
	}
	t.Logf("stopped %v after the context ended (drain %v + grace %v)", stopped.Round(time.Millisecond), drain, grace)
	if stopped < drain || stopped > drain+grace+time.Second {
		t.Errorf("stopped after %v, want between the drain %v and drain+grace+1s", stopped, drain)
	}
	if !strings.Contains(b.logs.String(), "edit interaction response") {
		t.Errorf("the follow-up cut off at the deadline is not logged:\n%s", b.logs)
	}
}

// signedRequestTo is signedRequest for a full URL.
func (e *httpEndpoint) signedRequestTo(t testing.TB, url string, body []byte, at time.Time) *http.Request {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	stamp := strconv.FormatInt(at.Unix(), 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", e.keys.sign(stamp, body))
	return req
}

// TestLibraryLogsAreJSON: with a JSON logger, discordgo's own lines (here
// about a dropped gateway connection) come out as JSON records too.
func TestLibraryLogsAreJSON(t *testing.T) {
	srv := fakediscord.New(t)
	var out syncWriter
	out.w = &bytes.Buffer{}
	startBot(t, srv, "test-token", func(c *Config) {
		c.Logger = slog.New(slog.NewJSONHandler(&out, &slog.HandlerOptions{Level: slog.LevelDebug}))
	})
	// discordgo logs a connection broken while it listens, then
	// reconnects. A drop that lands while Open is still waiting for the
	// gateway's hello fails Run instead, so drop only once the bot says it
	// is connected, and again until the library has spoken.
	waitLog(t, &out, `"msg":"connected"`)
	ctx := waitCtx(t)
	for !strings.Contains(out.String(), `"lib":"discordgo"`) {
		srv.DropConnections()
		select {
		case <-ctx.Done():
			t.Fatalf("the log never said %q:\n%s", `"lib":"discordgo"`, out.String())
		case <-time.After(500 * time.Millisecond):
		}
	}
	text := out.String()
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Errorf("not a JSON record: %s", sc.Text())
		}
	}
}

// waitLog waits until the log holds want, failing the test after the
// usual generous deadline.
func waitLog(t *testing.T, log *syncWriter, want string) {
	t.Helper()
	ctx := waitCtx(t)
	for !strings.Contains(log.String(), want) {
		select {
		case <-ctx.Done():
			t.Fatalf("the log never said %q:\n%s", want, log)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// original is the @original message of an interaction as the fake stores
// it, failing the test when there is none.
func original(t *testing.T, srv *fakediscord.Server, i *discordgo.Interaction) *discordgo.Message {
	t.Helper()
	m, ok := srv.OriginalMessage(i.Token)
	if !ok {
		t.Fatalf("interaction %s has no @original message", i.ID)
	}
	return m
}

// waitEdit waits for the next edit of i's @original and decodes it.
func waitEdit(t *testing.T, srv *fakediscord.Server, i *discordgo.Interaction) rawMessage {
	t.Helper()
	req, err := srv.WaitRequest(waitCtx(t), fakediscord.Route("PATCH", "/webhooks/"+srv.ApplicationID()+"/"+i.Token+"/messages/@original"))
	if err != nil {
		t.Fatalf("no edit of the original response: %v", err)
	}
	if req.Status != 200 {
		t.Fatalf("the fake refused the edit: %d %s", req.Status, req.Body)
	}
	var m rawMessage
	if err := req.JSON(&m); err != nil {
		t.Fatal(err)
	}
	return m
}

// rawMessage is a message body with its components as sent, select menus
// included.
type rawMessage struct {
	Content    string `json:"content"`
	Components []struct {
		Components []struct {
			Type     int    `json:"type"`
			CustomID string `json:"custom_id"`
			Label    string `json:"label"`
			Options  []struct {
				Label string `json:"label"`
				Value string `json:"value"`
			} `json:"options"`
		} `json:"components"`
	} `json:"components"`
}

// menu returns the select menu of m, failing the test when there is none.
func (m rawMessage) menu(t *testing.T) (customID string, values []string) {
	t.Helper()
	for _, row := range m.Components {
		for _, c := range row.Components {
			if c.Type == int(discordgo.SelectMenuComponent) {
				for _, o := range c.Options {
					values = append(values, o.Value)
				}
				return c.CustomID, values
			}
		}
	}
	t.Fatalf("no select menu in %+v", m)
	return "", nil
}

func TestAskSynergyOnAMessage(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	rb := startBot(t, srv, "test-token", nil) // no Message Content intent
	ctx := waitCtx(t)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	const author, helper = "6401", "6402"
	target := srv.UserMessage(guildID, channelID, author, answeredQ)

	menu := srv.MessageCommand(guildID, channelID, helper, AskSynergy, target)
	got, _ := rb.interactAndWait(t, menu)
	if got.Type != 4 || got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 || got.Data.title() != "Trigger Point Therapy" {
		t.Fatalf("got type %d flags %d title %q, want the answer, ephemeral", got.Type, got.Data.Flags, got.Data.title())
	}
	var post string
	for _, id := range got.Data.customIDs() {
		if strings.HasPrefix(id, postPrefix) {
			post = id
		}
	}
	if post == "" {
		t.Fatalf("no post button among %v", got.Data.customIDs())
	}

	click := srv.Click(guildID, channelID, helper, original(t, srv, menu), post)
	ack, _ := rb.interactAndWait(t, click)
	if ack.Type != int(discordgo.InteractionResponseDeferredMessageUpdate) {
		t.Errorf("the click was answered with type %d, want 6", ack.Type)
	}
	req, err := srv.WaitRequest(ctx, fakediscord.Route("POST", "/channels/"+channelID+"/messages"))
	if err != nil {
		t.Fatalf("the answer was not posted: %v", err)
	}
	var posted sentBody
	if err := req.JSON(&posted); err != nil {
		t.Fatal(err)
	}
	if req.Status != 200 || posted.title() != "Trigger Point Therapy" || posted.MessageReference == nil || posted.MessageReference.MessageID != target.ID {
		t.Errorf("posted %d %q as a reply to %+v, want the answer replying to %s", req.Status, posted.title(), posted.MessageReference, target.ID)
	}
	ids := posted.customIDs()
	if !slices.Contains(ids, "fb:up:trigger-point-therapy:"+author) || !slices.Contains(ids, deletePrefix+author) {
		t.Errorf("posted buttons %v, want feedback and Delete for the message's author %s", ids, author)
	}
	checkNoMentionsSent(t, posted)
	if edit := waitEdit(t, srv, click); edit.Content != "Posted." || len(edit.Components) != 0 {
		t.Errorf("the private answer became %+v, want \"Posted.\" without buttons", edit)
	}

	t.Run("the author votes on the posted answer", func(t *testing.T) {
		msgs := srv.ChannelMessages(channelID)
		postedMsg := msgs[len(msgs)-1]
		rb.interactAndWait(t, srv.Click(guildID, channelID, author, postedMsg, "fb:up:trigger-point-therapy:"+author))
		rb.fakes.mu.Lock()
		defer rb.fakes.mu.Unlock()
		want := knowledge.Vote{EntryID: "trigger-point-therapy", Helpful: true, Question: answeredQ, Source: knowledge.SourceMenu}
		if len(rb.fakes.votes) != 1 || rb.fakes.votes[0] != want {
			t.Errorf("votes = %+v, want %+v", rb.fakes.votes, want)
		}
	})

	t.Run("a message without text", func(t *testing.T) {
		empty := srv.UserMessage(guildID, channelID, author, "")
		got, _ := rb.interactAndWait(t, srv.MessageCommand(guildID, channelID, helper, AskSynergy, empty))
		refusedEphemerally(t, got, "no text")
	})
}

func TestDeleteButton(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	rb := startBot(t, srv, "test-token", func(c *Config) { c.MessageContent = true })
	ctx := waitCtx(t)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	const asker, stranger, staffer = "6501", "6502", "6503"
	ask := func() *discordgo.Message {
		t.Helper()
		m := srv.UserMessage(guildID, otherChan, asker, "<@"+srv.BotUserID()+"> "+answeredQ)
		m.Mentions = []*discordgo.User{{ID: srv.BotUserID()}}
		got, _ := rb.messageAndWait(t, m)
		if !slices.Contains(got.customIDs(), deletePrefix+asker) {
			t.Fatalf("reply buttons %v lack Delete for the asker", got.customIDs())
		}
		msgs := srv.ChannelMessages(otherChan)
		return msgs[len(msgs)-1]
	}

	reply := ask()
	got, _ := rb.interactAndWait(t, srv.Click(guildID, otherChan, stranger, reply, deletePrefix+asker))
	refusedEphemerally(t, got, "Only the person who asked, or staff")
	if _, ok := srv.Message(reply.ID); !ok {
		t.Fatal("another member's click deleted the reply")
	}

	for _, who := range []string{asker, staffer} {
		t.Run("by "+who, func(t *testing.T) {
			reply := reply
			if who == staffer {
				reply = ask()
			}
			click := srv.Click(guildID, otherChan, who, reply, deletePrefix+asker)
			if who == staffer {
				click.Member.Roles = []string{staffRole}
			}
			ack, _ := rb.interactAndWait(t, click)
			if ack.Type != int(discordgo.InteractionResponseDeferredMessageUpdate) {
				t.Errorf("answered with type %d, want 6", ack.Type)
			}
			req, err := srv.WaitRequest(ctx, fakediscord.RoutePrefix("DELETE", "/webhooks/"))
			if err != nil {
				t.Fatal(err)
			}
			if req.Status != http.StatusNoContent {
				t.Errorf("delete answered %d", req.Status)
			}
			if _, ok := srv.Message(reply.ID); ok {
				t.Error("the reply is still there")
			}
		})
	}
}

func TestThreadsAndForumPostsCountAsTheirParent(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	const forum, forumPost, thread, strayThread = "7400", "7401", "7301", "7302"
	srv.SetChannel(&discordgo.Channel{ID: forum, GuildID: guildID, Type: discordgo.ChannelTypeGuildForum, Name: "ask-us"})
	srv.SetChannel(&discordgo.Channel{ID: forumPost, GuildID: guildID, Type: discordgo.ChannelTypeGuildPublicThread, ParentID: forum, Name: "sore back"})
	srv.SetChannel(&discordgo.Channel{ID: thread, GuildID: guildID, Type: discordgo.ChannelTypeGuildPublicThread, ParentID: channelID, Name: "a thread"})
	srv.SetChannel(&discordgo.Channel{ID: strayThread, GuildID: guildID, Type: discordgo.ChannelTypeGuildPublicThread, ParentID: otherChan, Name: "elsewhere"})
	rb := startBot(t, srv, "test-token", func(c *Config) {
		c.MessageContent = true
		c.Channels = []string{channelID, forum}
	})
	ctx := waitCtx(t)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	for i, ch := range []string{thread, forumPost, thread} {
		got, _ := rb.messageAndWait(t, srv.UserMessage(guildID, ch, "660"+string(rune('1'+i)), answeredQ))
		if got.title() != "Trigger Point Therapy" {
			t.Errorf("in %s: answered %q", ch, got.title())
		}
	}
	lookups := 0
	for _, r := range srv.Requests() {
		if r.Method == "GET" && r.Path == "/channels/"+thread {
			lookups++
		}
	}
	if lookups != 1 {
		t.Errorf("looked up the thread's parent %d times for two messages, want 1 (cached)", lookups)
	}

	// A thread under a channel that is not configured stays silent; the
	// next message, in a configured thread, is the first answer after it.
	if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage(guildID, strayThread, "6610", answeredQ)); err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitRequest(ctx, fakediscord.Route("GET", "/channels/"+strayThread)); err != nil {
		t.Fatal(err)
	}
	rb.messageAndWait(t, srv.UserMessage(guildID, thread, "6611", answeredQ))
	if n := len(srv.ChannelMessages(strayThread)); n != 0 {
		t.Errorf("answered %d messages in a thread outside the configured channels", n)
	}
}

func TestKBTeachInDiscord(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	rb := startBot(t, srv, "test-token", nil)
	ctx := waitCtx(t)
	if err := srv.WaitConnected(ctx); err != nil {
		t.Fatal(err)
	}
	const staffer = "6701"
	teach := srv.SlashCommand(guildID, channelID, staffer, "kb", subOpt("teach"))
	teach.Member.Roles = []string{staffRole}
	ack, _ := rb.interactAndWait(t, teach)
	if ack.Type != 5 || ack.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
		t.Fatalf("/kb teach answered type %d flags %d, want a deferred ephemeral answer", ack.Type, ack.Data.Flags)
	}
	step1 := waitEdit(t, srv, teach)
	id, values := step1.menu(t)
	if id != teachQuestionID || len(values) != 2 || values[0] != questionKey("how much is a session") {
		t.Fatalf("step 1 menu %s %v, want the two gaps, most asked first", id, values)
	}

	pick := srv.Choose(guildID, channelID, staffer, original(t, srv, teach), id, values[0])
	pick.Member.Roles = []string{staffRole}
	if ack, _ := rb.interactAndWait(t, pick); ack.Type != int(discordgo.InteractionResponseDeferredMessageUpdate) {
		t.Errorf("the question choice was answered with type %d, want 6", ack.Type)
	}
	step2 := waitEdit(t, srv, pick)
	id, entries := step2.menu(t)
	if id != teachEntryPrefix+values[0] || len(entries) == 0 || len(entries) > maxSelectOptions || !slices.Contains(entries, "trigger-point-therapy") {
		t.Fatalf("step 2 menu %s %v, want the entries", id, entries)
	}
	if !strings.Contains(step2.Content, "how much is a session") {
		t.Errorf("step 2 does not show the question: %q", step2.Content)
	}

	entry := srv.Choose(guildID, channelID, staffer, original(t, srv, pick), id, "trigger-point-therapy")
	entry.Member.Roles = []string{staffRole}
	rb.interactAndWait(t, entry)
	done := waitEdit(t, srv, entry)
	if !strings.HasPrefix(done.Content, "Added “how much is a session” to the questions of trigger-point-therapy") || len(done.Components) != 0 {
		t.Errorf("last step = %+v, want the question added and no menu", done)
	}
	rb.fakes.mu.Lock()
	taughtNow := slices.Clone(rb.fakes.taught)
	rb.fakes.mu.Unlock()
	if want := []taught{{staffer, "trigger-point-therapy", "how much is a session"}}; !slices.Equal(taughtNow, want) {
		t.Errorf("Teach calls = %v, want %v", taughtNow, want)
	}
	if logs := rb.logs.String(); !strings.Contains(logs, "kb teach: question added") || !strings.Contains(logs, "user="+staffer) {
		t.Errorf("the change is not logged with the staff member's id:\n%s", logs)
	}

	t.Run("a member's choice is refused", func(t *testing.T) {
		sneaky := srv.Choose(guildID, channelID, "6702", original(t, srv, pick), id, "rolfing")
		got, _ := rb.interactAndWait(t, sneaky)
		refusedEphemerally(t, got, "Only clinic staff")
	})

	t.Run("built-in base", func(t *testing.T) {
		rb.fakes.mu.Lock()
		rb.fakes.status.File = ""
		rb.fakes.mu.Unlock()
		i := srv.SlashCommand(guildID, channelID, staffer, "kb", subOpt("teach"))
		i.Member.Roles = []string{staffRole}
		rb.interactAndWait(t, i)
		if edit := waitEdit(t, srv, i); !strings.Contains(edit.Content, "knowledge.path") || len(edit.Components) != 0 {
			t.Errorf("on the built-in base: %+v, want a refusal naming knowledge.path", edit)
		}
	})
}
