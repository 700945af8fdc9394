package bot

import (
	"context"
	"fmt"
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

func TestRateLimit(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.MessageBurst, c.MessageEvery = 3, 10*time.Second })
	dm := func(user, id string) *discordgo.MessageSend {
		send, _ := b.MessageReply(context.Background(), &discordgo.Message{ID: id, ChannelID: "dm-" + user, Author: &discordgo.User{ID: user}, Content: answeredQ})
		return send
	}
	const (
		answer  = "answer"
		slow    = "slow down"
		silence = "silence"
	)
	steps := []struct {
		name    string
		advance time.Duration
		user    string
		want    string
	}{
		{"first question", 0, askerID, answer},
		{"a follow-up a second later", time.Second, askerID, answer},
		{"and another", time.Second, askerID, answer},
		{"over the limit: told once", 100 * time.Millisecond, askerID, slow},
		{"still over: silent", 100 * time.Millisecond, askerID, silence},
		{"another member is not limited", 0, otherID, answer},
		{"a token back after MessageEvery", 10 * time.Second, askerID, answer},
		{"over again: told again", 0, askerID, slow},
	}
	for i, s := range steps {
		b.clock.Advance(s.advance)
		send := dm(s.user, "m"+string(rune('a'+i)))
		got := silence
		switch {
		case send != nil && send.Content == slowDown:
			got = slow
		case send != nil && len(send.Embeds) == 1:
			got = answer
		}
		if got != s.want {
			t.Errorf("%s: got %s, want %s", s.name, got, s.want)
		}
		if send != nil && (send.Reference == nil || send.Reference.MessageID != "m"+string(rune('a'+i))) {
			t.Errorf("%s: not sent as a reply to the message", s.name)
		}
	}
	if !strings.Contains(b.logs.String(), "rate limited: told the member to slow down") {
		t.Errorf("the slow-down is not logged:\n%s", b.logs)
	}
}

func TestRateLimitDefaults(t *testing.T) {
	b := newTestBot(t, nil)
	replies := 0
	slowDowns := 0
	for i := range 20 { // twenty questions in two seconds
		b.clock.Advance(100 * time.Millisecond)
		send, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: fmt.Sprint(i), ChannelID: "dm", Author: &discordgo.User{ID: askerID}, Content: answeredQ})
		switch {
		case ok && send.Content == slowDown:
			slowDowns++
		case ok:
			replies++
		}
	}
	if replies != DefaultMessageBurst || slowDowns != 1 {
		t.Errorf("a flood of 20 got %d answers and %d slow-downs, want %d and 1", replies, slowDowns, DefaultMessageBurst)
	}
}

func TestSilentChannelMessagesDoNotUseTheLimit(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.MessageBurst, c.MessageEvery = 1, time.Hour })
	in := func(content string) bool {
		_, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m", GuildID: guildID, ChannelID: channelID, Author: &discordgo.User{ID: askerID}, Content: content})
		return ok
	}
	if in(unknownQ) {
		t.Fatal("answered an unknown question in a listed channel")
	}
	if !in(answeredQ) {
		t.Error("a silent message used up the member's limit")
	}
}

func TestNoRateLimitWhenNegative(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.MessageBurst = -1 })
	for i := range 30 {
		send, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m", ChannelID: "dm", Author: &discordgo.User{ID: askerID}, Content: answeredQ})
		if !ok || send.Content == slowDown {
			t.Fatalf("message %d not answered with the limit off", i)
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
