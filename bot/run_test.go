package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
)

// Integration tests: the real discordgo session, made by NewSession, runs
// against the fake Discord on 127.0.0.1; each assertion is on what the bot
// sent.

// waitCtx is a generous deadline for waits, never a timing assertion.
func waitCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// runningBot is a bot connected to a fake Discord.
type runningBot struct {
	*testBot
	srv    *fakediscord.Server
	cancel context.CancelFunc
	done   chan error // receives Run's result
}

// startBot runs a bot against srv until the test ends.
func startBot(t *testing.T, srv *fakediscord.Server, token string, edit func(*Config)) *runningBot {
	t.Helper()
	s, err := NewSession(token, srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	s.LogLevel = -1 // discordgo logs through the standard logger; keep output clean
	tb := newTestBot(t, func(c *Config) {
		c.UserID = "" // Run learns it from GET /users/@me
		if edit != nil {
			edit(c)
		}
	})
	if tb.Bot, err = New(s, tb.cfg); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	rb := &runningBot{testBot: tb, srv: srv, cancel: cancel, done: make(chan error, 1)}
	go func() { rb.done <- tb.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		<-rb.done
	})
	return rb
}

// sentResponse is an interaction response or message as the bot sent it.
// (discordgo's own types cannot decode components.)
type sentResponse struct {
	Type int      `json:"type"`
	Data sentBody `json:"data"`
}

type sentBody struct {
	Content    string                    `json:"content"`
	Flags      int                       `json:"flags"`
	Embeds     []*discordgo.MessageEmbed `json:"embeds"`
	Components []struct {
		Components []struct {
			Label    string `json:"label"`
			Style    int    `json:"style"`
			CustomID string `json:"custom_id"`
			URL      string `json:"url"`
		} `json:"components"`
	} `json:"components"`
	AllowedMentions *struct {
		Parse *[]string `json:"parse"`
	} `json:"allowed_mentions"`
	Choices          []discordgo.ApplicationCommandOptionChoice `json:"choices"`
	MessageReference *discordgo.MessageReference                `json:"message_reference"`
}

func (b sentBody) title() string {
	if len(b.Embeds) == 0 {
		return ""
	}
	return b.Embeds[0].Title
}

func (b sentBody) customIDs() []string {
	var ids []string
	for _, row := range b.Components {
		for _, c := range row.Components {
			if c.CustomID != "" {
				ids = append(ids, c.CustomID)
			}
		}
	}
	return ids
}

func (b sentBody) urls() []string {
	var urls []string
	for _, row := range b.Components {
		for _, c := range row.Components {
			if c.URL != "" {
				urls = append(urls, c.URL)
			}
		}
	}
	return urls
}

// checkNoMentionsSent fails unless the body said allowed_mentions.parse = [].
func checkNoMentionsSent(t *testing.T, b sentBody) {
	t.Helper()
	if b.AllowedMentions == nil || b.AllowedMentions.Parse == nil || len(*b.AllowedMentions.Parse) != 0 {
		t.Errorf("allowed_mentions.parse is not [] in what the bot sent")
	}
}

// interactAndWait dispatches i and returns the callback the bot posted.
func (rb *runningBot) interactAndWait(t *testing.T, i *discordgo.Interaction) (sentResponse, fakediscord.Request) {
	t.Helper()
	ctx := waitCtx(t)
	if err := rb.srv.Dispatch("INTERACTION_CREATE", i); err != nil {
		t.Fatalf("dispatch: %v", err)
	}
	req, err := rb.srv.WaitRequest(ctx, fakediscord.Route("POST", "/interactions/"+i.ID+"/"+i.Token+"/callback"))
	if err != nil {
		t.Fatalf("no interaction response: %v", err)
	}
	var got sentResponse
	if err := req.JSON(&got); err != nil {
		t.Fatalf("decode response %s: %v", req.Body, err)
	}
	return got, req
}

// messageAndWait dispatches m and returns the message the bot posted in
// m's channel.
func (rb *runningBot) messageAndWait(t *testing.T, m *discordgo.Message) (sentBody, fakediscord.Request) {
	t.Helper()
	ctx := waitCtx(t)
	if err := rb.srv.Dispatch("MESSAGE_CREATE", m); err != nil {
		t.Fatalf("dispatch: %v", err)
	}
	req, err := rb.srv.WaitRequest(ctx, fakediscord.Route("POST", "/channels/"+m.ChannelID+"/messages"))
	if err != nil {
		t.Fatalf("no reply: %v", err)
	}
	var got sentBody
	if err := req.JSON(&got); err != nil {
		t.Fatalf("decode message %s: %v", req.Body, err)
	}
	return got, req
}

// TestAgainstFakeDiscord shares one connected bot across subtests, in order:
// connecting costs a second on each close.
func TestAgainstFakeDiscord(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{guildID}})
	rb := startBot(t, srv, "test-token", func(c *Config) {
		c.MessageContent = true
	})
	ctx := waitCtx(t)
	botUser := srv.BotUserID()
	mention := "<@" + botUser + ">"

	t.Run("connect and identify", func(t *testing.T) {
		id, err := srv.WaitIdentify(ctx)
		if err != nil {
			t.Fatal(err)
		}
		want := Intents(true)
		if id.Intents != want {
			t.Errorf("IDENTIFY intents = %d, want %d (guilds, guild messages, DMs, message content)", id.Intents, want)
		}
		if id.Token != fakediscord.DefaultToken {
			t.Errorf("IDENTIFY token = %q, want %q", id.Token, fakediscord.DefaultToken)
		}
		reqs := srv.Requests()
		if len(reqs) == 0 || reqs[0].Method != "GET" || reqs[0].Path != "/users/@me" {
			t.Errorf("first request = %+v, want the token check GET /users/@me", reqs[0])
		}
	})

	t.Run("command registration", func(t *testing.T) {
		type sentCommand struct {
			Name                     string `json:"name"`
			Type                     int    `json:"type"`
			DefaultMemberPermissions string `json:"default_member_permissions"`
			Contexts                 []int  `json:"contexts"`
			IntegrationTypes         []int  `json:"integration_types"`
			DMPermission             *bool  `json:"dm_permission"`
		}
		registered := func(path string) []sentCommand {
			t.Helper()
			req, err := srv.WaitRequest(ctx, fakediscord.Route("PUT", path))
			if err != nil {
				t.Fatal(err)
			}
			if req.Status != 200 {
				t.Fatalf("PUT %s answered %d: %s", path, req.Status, req.Body)
			}
			var cmds []sentCommand
			if err := req.JSON(&cmds); err != nil {
				t.Fatal(err)
			}
			return cmds
		}
		var names []string
		for _, c := range registered("/applications/" + srv.ApplicationID() + "/commands") {
			names = append(names, c.Name)
			if !slices.Equal(c.Contexts, []int{0, 1, 2}) || !slices.Equal(c.IntegrationTypes, []int{0, 1}) || c.DMPermission != nil {
				t.Errorf("global %q: contexts %v integration_types %v dm_permission %v, want [0 1 2], [0 1], none", c.Name, c.Contexts, c.IntegrationTypes, c.DMPermission)
			}
		}
		if want := []string{"ask", "technique", "techniques", "book", "help", AskSynergy}; !slices.Equal(names, want) {
			t.Errorf("registered globally %v, want %v", names, want)
		}
		staff := registered("/applications/" + srv.ApplicationID() + "/guilds/" + guildID + "/commands")
		if len(staff) != 1 || staff[0].Name != "kb" {
			t.Fatalf("registered in the clinic's server %+v, want only kb", staff)
		}
		kb := staff[0]
		if kb.DefaultMemberPermissions != fmt.Sprint(discordgo.PermissionManageGuild) || !slices.Equal(kb.Contexts, []int{0}) || !slices.Equal(kb.IntegrationTypes, []int{0}) {
			t.Errorf("/kb = %+v, want Manage Server, contexts [0], integration_types [0]", kb)
		}
		if got := srv.Commands(""); len(got) != 6 {
			t.Errorf("the fake holds %d global commands, want 6", len(got))
		}
		// Registration happens once Open succeeded: the bot is connected.
		if err := srv.WaitConnected(ctx); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("/ask", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5001", "ask", strOpt("question", "@everyone "+answeredQ)))
		if got.Type != 4 || got.Data.title() != "Trigger Point Therapy" {
			t.Errorf("got type %d title %q, want 4 and the answer", got.Type, got.Data.title())
		}
		if !slices.Contains(got.Data.customIDs(), "fb:down:trigger-point-therapy:5001") {
			t.Errorf("buttons %v lack Not helpful for the asker", got.Data.customIDs())
		}
		checkNoMentionsSent(t, got.Data)
	})

	t.Run("/ask private", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5002", "ask", strOpt("question", answeredQ), boolOpt("private", true)))
		if got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("flags = %d, want ephemeral", got.Data.Flags)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		i := srv.NewInteraction(discordgo.InteractionApplicationCommandAutocomplete, discordgo.ApplicationCommandInteractionData{
			Name: "technique", Options: []*discordgo.ApplicationCommandInteractionDataOption{
				{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "trig", Focused: true},
			},
		}, guildID, channelID, "5003")
		got, _ := rb.interactAndWait(t, i)
		if got.Type != 8 || len(got.Data.Choices) == 0 || got.Data.Choices[0].Value != "trigger-point-therapy" {
			t.Errorf("got type %d choices %+v, want 8 with trigger-point-therapy first", got.Type, got.Data.Choices)
		}
	})

	t.Run("/technique", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5004", "technique", strOpt("name", "rolfing")))
		if got.Data.title() != "Rolfing" {
			t.Errorf("title = %q, want Rolfing", got.Data.title())
		}
		checkNoMentionsSent(t, got.Data)
	})

	t.Run("/techniques buttons", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5005", "techniques"))
		ids := got.Data.customIDs()
		if !slices.Contains(ids, "topic:rolfing") || !slices.Contains(ids, "topic:swedish-massage") {
			t.Fatalf("buttons = %v, want one per technique", ids)
		}
		// Clicking one answers.
		click := srv.NewInteraction(discordgo.InteractionMessageComponent, discordgo.MessageComponentInteractionData{
			CustomID: "topic:swedish-massage", ComponentType: discordgo.ButtonComponent,
		}, guildID, channelID, "5005")
		resp, _ := rb.interactAndWait(t, click)
		if resp.Data.title() != "Swedish Massage" {
			t.Errorf("click answered %q, want Swedish Massage", resp.Data.title())
		}
		checkNoMentionsSent(t, resp.Data)
	})

	t.Run("/book", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5006", "book"))
		urls := got.Data.urls()
		if len(urls) == 0 || !strings.HasPrefix(urls[0], bookingURL) {
			t.Errorf("link buttons = %v, want the booking page first", urls)
		}
	})

	t.Run("/kb status from a non-staff member", func(t *testing.T) {
		got, _ := rb.interactAndWait(t, srv.SlashCommand(guildID, channelID, "5007", "kb", subOpt("status")))
		if !strings.Contains(got.Data.Content, "Only clinic staff") || got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("got %q flags %d, want an ephemeral refusal", got.Data.Content, got.Data.Flags)
		}
	})

	t.Run("/kb reload from staff", func(t *testing.T) {
		rb.fakes.mu.Lock()
		rb.fakes.reloadTo = "feedbeef0001"
		rb.fakes.mu.Unlock()
		i := srv.SlashCommand(guildID, channelID, "5008", "kb", subOpt("reload"))
		i.Member.Roles = []string{staffRole}
		got, _ := rb.interactAndWait(t, i)
		if got.Type != 5 || got.Data.Flags&int(discordgo.MessageFlagsEphemeral) == 0 {
			t.Errorf("got type %d flags %d, want a deferred ephemeral acknowledgement", got.Type, got.Data.Flags)
		}
		edit, err := srv.WaitRequest(ctx, fakediscord.Route("PATCH", "/webhooks/"+srv.ApplicationID()+"/"+i.Token+"/messages/@original"))
		if err != nil {
			t.Fatal(err)
		}
		var body sentBody
		if err := edit.JSON(&body); err != nil {
			t.Fatal(err)
		}
		if edit.Status != 200 || !strings.HasPrefix(body.Content, "Reloaded. Serving version feedbeef0001") {
			t.Errorf("edit %d %q, want 200 and the reload result", edit.Status, body.Content)
		}
		checkNoMentionsSent(t, body)
		if rb.fakes.reloads != 1 {
			t.Errorf("reloads = %d, want 1", rb.fakes.reloads)
		}
	})

	t.Run("mention reply", func(t *testing.T) {
		m := srv.UserMessage(guildID, otherChan, "5009", mention+" "+answeredQ)
		m.Mentions = []*discordgo.User{{ID: botUser}}
		got, req := rb.messageAndWait(t, m)
		if got.title() != "Trigger Point Therapy" {
			t.Errorf("title = %q", got.title())
		}
		if got.MessageReference == nil || got.MessageReference.MessageID != m.ID {
			t.Errorf("message_reference = %+v, want a reply to %s", got.MessageReference, m.ID)
		}
		if req.Status != 200 {
			t.Errorf("the fake answered %d: %s", req.Status, req.Body)
		}
		checkNoMentionsSent(t, got)
	})

	t.Run("DM", func(t *testing.T) {
		got, _ := rb.messageAndWait(t, srv.UserMessage("", "dm-5010", "5010", unknownQ))
		if got.title() != "I don't know that one" {
			t.Errorf("title = %q, want the don't-know reply", got.title())
		}
	})

	t.Run("bot messages ignored", func(t *testing.T) {
		m := srv.UserMessage("", "dm-5011", "5011", answeredQ)
		m.Author.Bot = true
		if err := srv.Dispatch("MESSAGE_CREATE", m); err != nil {
			t.Fatal(err)
		}
		// A human's message in the same channel after it is answered, and
		// is the first message the bot sends there.
		human := srv.UserMessage("", "dm-5011", "5012", answeredQ)
		_, req := rb.messageAndWait(t, human)
		var body sentBody
		req.JSON(&body)
		if body.MessageReference == nil || body.MessageReference.MessageID != human.ID {
			t.Errorf("first reply in the channel answers %+v, want the human's %s", body.MessageReference, human.ID)
		}
	})

	t.Run("@everyone never pinged", func(t *testing.T) {
		m := srv.UserMessage("", "dm-5013", "5013", "@everyone @here "+answeredQ)
		m.MentionEveryone = true
		_, req := rb.messageAndWait(t, m)
		if !strings.Contains(string(req.Body), `"allowed_mentions":{"parse":[]`) {
			t.Errorf("body lacks \"allowed_mentions\":{\"parse\":[]: %s", req.Body)
		}
	})

	t.Run("429 on send, then a retry", func(t *testing.T) {
		srv.RateLimitNext("POST", "/channels/dm-5014/messages", 50*time.Millisecond, false, 1)
		m := srv.UserMessage("", "dm-5014", "5014", answeredQ)
		first, req1 := rb.messageAndWait(t, m)
		req2, err := srv.WaitRequest(ctx, fakediscord.Route("POST", "/channels/dm-5014/messages"))
		if err != nil {
			t.Fatalf("no retry after 429: %v", err)
		}
		if req1.Status != 429 || req2.Status != 200 {
			t.Errorf("statuses %d then %d, want 429 then 200", req1.Status, req2.Status)
		}
		if string(req1.Body) != string(req2.Body) || first.title() == "" {
			t.Error("the retry sent a different message")
		}
	})

	t.Run("RECONNECT, RESUME, then a further answer", func(t *testing.T) {
		if err := srv.SendReconnect(); err != nil {
			t.Fatal(err)
		}
		code, err := srv.WaitClientClose(ctx)
		if err != nil || code != 1012 {
			t.Fatalf("client close = %d, %v; want 1012", code, err)
		}
		res, err := srv.WaitResume(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if res.SessionID == "" || res.Seq == 0 {
			t.Errorf("RESUME = %+v, want the session id and last sequence", res)
		}
		if err := srv.WaitConnected(ctx); err != nil {
			t.Fatal(err)
		}
		got, _ := rb.messageAndWait(t, srv.UserMessage("", "dm-5015", "5015", answeredQ))
		if got.title() != "Trigger Point Therapy" {
			t.Errorf("after resuming, answered %q", got.title())
		}
	})

	t.Run("clean shutdown", func(t *testing.T) {
		start := time.Now()
		rb.cancel()
		select {
		case err := <-rb.done:
			if err != nil {
				t.Errorf("Run returned %v, want nil", err)
			}
			rb.done <- nil // for the cleanup
		case <-time.After(5 * time.Second):
			t.Fatal("Run did not return within 5 seconds of the context ending")
		}
		code, err := srv.WaitClientClose(ctx)
		if err != nil || code != 1000 {
			t.Errorf("client close = %d, %v; want 1000", code, err)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("shutdown took %v", took)
		}
	})
}

// TestRunRetriesUnreachableGateway starts the bot while Discord answers
// GET /gateway with 503: Run keeps trying, connects once Discord is back,
// and logs each failed attempt without the token.
func TestRunRetriesUnreachableGateway(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	srv.FailNext("GET", "/gateway", 503, 3)
	rb := startBot(t, srv, "test-token", func(c *Config) { c.ConnectRetry = 5 * time.Millisecond })
	ctx := waitCtx(t)
	if _, err := srv.WaitRequest(ctx, fakediscord.RoutePrefix("PUT", "/applications/")); err != nil {
		t.Fatalf("the bot never registered its commands after the outage: %v", err)
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFY, want 1", n)
	}
	logs := rb.logs.String()
	if n := strings.Count(logs, "cannot connect to the discord gateway; retrying"); n != 3 {
		t.Errorf("%d retry lines in the log, want 3:\n%s", n, logs)
	}
	if strings.Contains(logs, "test-token") {
		t.Error("the log prints the token")
	}
	select {
	case err := <-rb.done:
		rb.done <- err
		t.Fatalf("Run returned %v while connected", err)
	default:
	}
}

// TestRunStopsRetryingWhenCancelled ends the context while the gateway is
// unreachable: Run returns nil at once instead of waiting out its retries.
func TestRunStopsRetryingWhenCancelled(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	srv.FailNext("GET", "/gateway", 503, 1000)
	rb := startBot(t, srv, "test-token", func(c *Config) { c.ConnectRetry = time.Hour })
	ctx := waitCtx(t)
	if _, err := srv.WaitRequest(ctx, fakediscord.Route("GET", "/gateway")); err != nil {
		t.Fatal(err)
	}
	rb.cancel()
	select {
	case err := <-rb.done:
		rb.done <- err
		if err != nil {
			t.Errorf("Run = %v, want nil after the context ended", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run kept waiting to retry after the context ended")
	}
	if len(srv.GatewayDials()) != 0 {
		t.Error("dialled a gateway Discord never gave")
	}
}

func TestRunStopsOnDisallowedIntents(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	srv.RejectIdentify(fakediscord.CloseDisallowedIntents, "Disallowed intent(s).")
	rb := startBot(t, srv, "test-token", func(c *Config) { c.MessageContent = true })
	select {
	case err := <-rb.done:
		rb.done <- err
		if !errors.Is(err, ErrDisallowedIntents) {
			t.Fatalf("Run = %v, want ErrDisallowedIntents", err)
		}
		if !strings.Contains(err.Error(), "enable the Message Content intent in the developer portal or set discord.message_content: false") {
			t.Errorf("error %q lacks the fix", err)
		}
	case <-waitCtx(t).Done():
		t.Fatal("Run kept going after close 4014")
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFY attempts, want 1 (no retry loop)", n)
	}
}

func TestRunStopsOnBadToken(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	rb := startBot(t, srv, "wrong-token", nil)
	select {
	case err := <-rb.done:
		rb.done <- err
		if !errors.Is(err, ErrBadToken) || !strings.Contains(err.Error(), "SYNERGYBOT_DISCORD_TOKEN") {
			t.Fatalf("Run = %v, want ErrBadToken naming SYNERGYBOT_DISCORD_TOKEN", err)
		}
		if strings.Contains(err.Error(), "wrong-token") {
			t.Errorf("the error prints the token: %v", err)
		}
	case <-waitCtx(t).Done():
		t.Fatal("Run kept going with a bad token")
	}
	if len(srv.GatewayDials()) != 0 {
		t.Error("dialled the gateway with a token REST refused")
	}
}

func TestRunStopsWhenTokenRevokedWhileConnected(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	rb := startBot(t, srv, "test-token", nil)
	ctx := waitCtx(t)
	if _, err := srv.WaitRequest(ctx, fakediscord.RoutePrefix("PUT", "/applications/")); err != nil {
		t.Fatal(err)
	}
	// The token is reset in the portal: REST answers 401 and the gateway
	// closes with 4004.
	srv.FailNext("GET", "/users/@me", 401, 100)
	srv.RejectIdentify(fakediscord.CloseAuthenticationFailed, "Authentication failed.")
	if err := srv.CloseWithCode(fakediscord.CloseAuthenticationFailed, "Authentication failed."); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-rb.done:
		rb.done <- err
		if !errors.Is(err, ErrBadToken) {
			t.Fatalf("Run = %v, want ErrBadToken", err)
		}
	case <-ctx.Done():
		t.Fatal("Run kept going after the token was revoked")
	}
}
