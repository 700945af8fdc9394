package bot

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

func TestMessageReply(t *testing.T) {
	human := &discordgo.User{ID: askerID, Username: "asker"}
	self := &discordgo.User{ID: botID, Username: "synergybot", Bot: true}
	tests := []struct {
		name      string
		msg       discordgo.Message
		wantReply bool
		wantTitle string
		wantGap   *gap
	}{
		{
			name:      "mention with a question",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: "<@" + botID + "> " + answeredQ, Mentions: []*discordgo.User{self}},
			wantReply: true, wantTitle: "Trigger Point Therapy",
		},
		{
			name:      "nickname mention form",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: "<@!" + botID + ">   " + answeredQ},
			wantReply: true, wantTitle: "Trigger Point Therapy",
		},
		{
			name:      "mention it does not know, answered anyway",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: unknownQ + " <@" + botID + ">", Mentions: []*discordgo.User{self}},
			wantReply: true, wantTitle: "I don't know that one",
			wantGap: &gap{unknownQ, knowledge.ReplyDontKnow, knowledge.SourceMention},
		},
		{
			name:      "bare mention gets help",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: "<@" + botID + ">", Mentions: []*discordgo.User{self}},
			wantReply: true, wantTitle: "Synergy Massage assistant",
		},
		{
			name:      "direct message not sure, answered anyway",
			msg:       discordgo.Message{ChannelID: "dm1", Author: human, Content: notSureQ},
			wantReply: true, wantTitle: "Not sure what you mean",
			wantGap: &gap{notSureQ, knowledge.ReplyNotSure, knowledge.SourceDM},
		},
		{
			name:      "listed channel, confident",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: answeredQ},
			wantReply: true, wantTitle: "Trigger Point Therapy",
		},
		{
			name:      "listed channel, urgent",
			msg:       discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: urgentQ},
			wantReply: true, wantTitle: "Please get medical help now",
		},
		{name: "listed channel, not sure: silent", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: notSureQ}},
		{name: "listed channel, unknown: silent", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: unknownQ}},
		{name: "listed channel, small talk: silent", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: "hi there!"}},
		{name: "listed channel, no content intent: silent", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: human, Content: ""}},
		{name: "other channel: silent", msg: discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: answeredQ}},
		{name: "role mention is not a mention", msg: discordgo.Message{GuildID: guildID, ChannelID: otherChan, Author: human, Content: "<@&" + botID + "> " + answeredQ, MentionRoles: []string{botID}}},
		{name: "another bot", msg: discordgo.Message{ChannelID: "dm1", Author: &discordgo.User{ID: "777", Bot: true}, Content: answeredQ}},
		{name: "itself", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: self, Content: answeredQ}},
		{name: "itself without the bot flag", msg: discordgo.Message{ChannelID: "dm1", Author: &discordgo.User{ID: botID}, Content: answeredQ}},
		{name: "webhook", msg: discordgo.Message{GuildID: guildID, ChannelID: channelID, Author: &discordgo.User{ID: "888"}, WebhookID: "888", Content: "<@" + botID + "> " + answeredQ, Mentions: []*discordgo.User{self}}},
		{name: "no author", msg: discordgo.Message{ChannelID: "dm1", Content: answeredQ}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			m := tt.msg
			m.ID = "m1"
			send, ok := b.MessageReply(context.Background(), &m)
			if ok != tt.wantReply {
				title := ""
				if send != nil {
					title = send.Embeds[0].Title
				}
				t.Fatalf("replied = %v (%q), want %v", ok, title, tt.wantReply)
			}
			if !ok {
				if len(b.fakes.gaps) != 0 {
					t.Errorf("silent, yet recorded gaps %+v", b.fakes.gaps)
				}
				return
			}
			if got := send.Embeds[0].Title; got != tt.wantTitle {
				t.Errorf("title = %q, want %q", got, tt.wantTitle)
			}
			if send.Reference == nil || send.Reference.MessageID != "m1" || send.Reference.ChannelID != m.ChannelID {
				t.Errorf("reference = %+v, want a reply to m1 in %s", send.Reference, m.ChannelID)
			}
			if send.Content != "" && len(send.Content) > maxContent {
				t.Errorf("content over %d characters", maxContent)
			}
			checkNoMentions(t, send)
			checkEmbeds(t, send.Embeds)
			buttons(t, send.Components)
			switch {
			case tt.wantGap == nil && len(b.fakes.gaps) != 0:
				t.Errorf("recorded gaps %+v, want none", b.fakes.gaps)
			case tt.wantGap != nil && (len(b.fakes.gaps) != 1 || b.fakes.gaps[0] != *tt.wantGap):
				t.Errorf("gaps = %+v, want [%+v]", b.fakes.gaps, *tt.wantGap)
			}
		})
	}
}

// TestMentionStrippedBeforeAsking checks the question the bot asks does not
// contain its own mention: a recorded gap shows exactly what was asked.
func TestMentionStrippedBeforeAsking(t *testing.T) {
	b := newTestBot(t, nil)
	m := &discordgo.Message{ID: "m1", GuildID: guildID, ChannelID: otherChan, Author: &discordgo.User{ID: askerID},
		Content: "<@" + botID + ">  " + unknownQ + " <@!" + botID + ">"}
	if _, ok := b.MessageReply(context.Background(), m); !ok {
		t.Fatal("no reply to a mention")
	}
	if len(b.fakes.gaps) != 1 || b.fakes.gaps[0].question != unknownQ {
		t.Errorf("asked %+v, want the text without mentions", b.fakes.gaps)
	}
}

func TestEveryoneNeverPinged(t *testing.T) {
	b := newTestBot(t, nil)
	m := &discordgo.Message{ID: "m1", ChannelID: "dm1", Author: &discordgo.User{ID: askerID}, Content: "@everyone @here <@&400> " + answeredQ, MentionEveryone: true}
	send, ok := b.MessageReply(context.Background(), m)
	if !ok {
		t.Fatal("no reply")
	}
	checkNoMentions(t, send)
	if send.AllowedMentions.RepliedUser {
		t.Error("the reply pings the asker")
	}
}

func TestCooldown(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.Cooldown = 10 * time.Second })
	dm := func(user, id string) bool {
		_, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: id, ChannelID: "dm-" + user, Author: &discordgo.User{ID: user}, Content: answeredQ})
		return ok
	}
	steps := []struct {
		name    string
		advance time.Duration
		user    string
		want    bool
	}{
		{"first message", 0, askerID, true},
		{"flood right after", time.Second, askerID, false},
		{"another member is not limited", 0, otherID, true},
		{"still cooling down", 8 * time.Second, askerID, false},
		{"cooldown over", time.Second, askerID, true},
		{"cooldown restarted by that reply", 5 * time.Second, askerID, false},
	}
	for i, s := range steps {
		b.clock.Advance(s.advance)
		if got := dm(s.user, "m"+string(rune('a'+i))); got != s.want {
			t.Errorf("%s: replied = %v, want %v", s.name, got, s.want)
		}
	}
}

func TestSilentChannelMessagesDoNotStartCooldown(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.Cooldown = time.Hour })
	in := func(content string) bool {
		_, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m", GuildID: guildID, ChannelID: channelID, Author: &discordgo.User{ID: askerID}, Content: content})
		return ok
	}
	if in(unknownQ) {
		t.Fatal("answered an unknown question in a listed channel")
	}
	if !in(answeredQ) {
		t.Error("a silent message started the cooldown")
	}
}

func TestNoCooldownWhenZero(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.Cooldown = 0 })
	for i := range 3 {
		if _, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m", ChannelID: "dm", Author: &discordgo.User{ID: askerID}, Content: answeredQ}); !ok {
			t.Fatalf("message %d not answered with cooldown 0", i)
		}
	}
}

func TestPanicInHandlerIsRecovered(t *testing.T) {
	b := newTestBot(t, func(c *Config) {
		c.Responder = func() knowledge.Responder { panic("boom") }
	})
	// A nil session: the handler must not get as far as sending.
	b.onMessage(nil, &discordgo.MessageCreate{Message: &discordgo.Message{ID: "m", ChannelID: "dm", Author: &discordgo.User{ID: askerID}, Content: "hi"}})
	b.onInteraction(nil, &discordgo.InteractionCreate{Interaction: slash(member(askerID, 0), "help")})
	logs := b.logs.String()
	if strings.Count(logs, "handler panicked") != 2 || !strings.Contains(logs, "boom") {
		t.Errorf("logs do not show two recovered panics:\n%s", logs)
	}
}

func TestLogsHoldNoMessageText(t *testing.T) {
	b := newTestBot(t, nil)
	secret := "my private question about rolfing"
	b.MessageReply(context.Background(), &discordgo.Message{ID: "m", ChannelID: "dm", Author: &discordgo.User{ID: askerID}, Content: secret})
	interact(t, b.Bot, slash(member(askerID, 0), "ask", strOpt("question", secret)))
	if strings.Contains(b.logs.String(), secret) {
		t.Errorf("logs contain the message text:\n%s", b.logs.String())
	}
	if !strings.Contains(b.logs.String(), "len=") {
		t.Errorf("debug logs lack the text length:\n%s", b.logs.String())
	}
}
