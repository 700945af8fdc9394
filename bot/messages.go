package bot

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// MessageReply decides whether and how to answer a message, and returns the
// reply to send to m.ChannelID (ok is false to stay silent).
//
// The bot always answers direct messages and messages that mention it,
// with a not-sure or don't-know reply when it has nothing better. In the
// configured channels it answers other messages only when confident (an
// answer, or urgent-care advice) and stays silent otherwise. It ignores
// bots, itself and webhooks, and answers each member at most once per
// cooldown. Deciding to reply starts that member's cooldown.
func (b *Bot) MessageReply(ctx context.Context, m *discordgo.Message) (reply *discordgo.MessageSend, ok bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || m.Author.ID == b.cfg.UserID {
		return nil, false
	}
	mentioned := b.mentions(m)
	var source string
	switch {
	case m.GuildID == "":
		source = SourceDM
	case mentioned:
		source = SourceMention
	case b.channels[m.ChannelID]:
		source = SourceChannel
	default:
		return nil, false
	}
	log := b.log.With("guild", m.GuildID, "channel", m.ChannelID, "source", source)

	question := strings.TrimSpace(b.stripMention(m.Content))
	r := b.cfg.Responder()
	var answer knowledge.Reply
	if question == "" {
		if source == SourceChannel {
			// Without the Message Content intent, messages that do not
			// mention the bot arrive empty: nothing to answer.
			return nil, false
		}
		answer = r.Help()
	} else {
		answer = r.Ask(question)
	}
	if source == SourceChannel && !speaksUnasked(answer.Kind) {
		log.Debug("silent: not confident", "kind", answer.Kind, "score", answer.Score)
		return nil, false
	}
	if !b.startCooldown(m.Author.ID) {
		log.Debug("silent: cooldown")
		return nil, false
	}
	b.recordGap(ctx, question, answer, source)
	b.rememberQuestion(answer.EntryID, m.Author.ID, question, source)
	log.Info("reply", "kind", answer.Kind, "entry", answer.EntryID, "score", answer.Score)
	log.Debug("question", "len", utf8.RuneCountInString(question))

	v := render(answer, m.Author.ID)
	no := false
	return &discordgo.MessageSend{
		Embeds:          v.Embeds,
		Components:      v.Components,
		AllowedMentions: noMentions(),
		Reference: &discordgo.MessageReference{
			MessageID:       m.ID,
			ChannelID:       m.ChannelID,
			GuildID:         m.GuildID,
			FailIfNotExists: &no,
		},
	}, true
}

// mentions reports whether m mentions the bot (not a role or @everyone).
func (b *Bot) mentions(m *discordgo.Message) bool {
	if b.cfg.UserID == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == b.cfg.UserID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+b.cfg.UserID+">") || strings.Contains(m.Content, "<@!"+b.cfg.UserID+">")
}

// stripMention removes the bot's mention, in both of its forms, from text.
func (b *Bot) stripMention(text string) string {
	if b.cfg.UserID == "" {
		return text
	}
	text = strings.ReplaceAll(text, "<@"+b.cfg.UserID+">", " ")
	text = strings.ReplaceAll(text, "<@!"+b.cfg.UserID+">", " ")
	return strings.Join(strings.Fields(text), " ")
}

// startCooldown reports whether userID may get a reply now and, if so,
// starts their cooldown. It stops floods, and two bots answering each
// other in a loop.
func (b *Bot) startCooldown(userID string) bool {
	if b.cfg.Cooldown <= 0 {
		return true
	}
	now := b.now()
	b.mu.Lock()
	defer b.mu.Unlock()
	if last, ok := b.lastReply[userID]; ok && now.Sub(last) < b.cfg.Cooldown {
		return false
	}
	b.lastReply[userID] = now
	if len(b.lastReply) > 10000 {
		for id, t := range b.lastReply {
			if now.Sub(t) >= b.cfg.Cooldown {
				delete(b.lastReply, id)
			}
		}
	}
	return true
}

// speaksUnasked reports whether a reply of this kind is sent in a configured
// channel even when the bot was not mentioned: confident answers, and the
// safety screen's urgent-care and caution replies, which someone who
// describes a warning sign or asks whether massage is safe for them must
// get.
func speaksUnasked(kind knowledge.ReplyKind) bool {
	return kind == knowledge.ReplyAnswer || kind == knowledge.ReplyUrgent || kind == knowledge.ReplyCaution
}
