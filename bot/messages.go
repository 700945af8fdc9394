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
// configured channels (and their threads and forum posts) it answers other
// messages only when confident (an answer, or urgent-care advice) and stays
// silent otherwise. It ignores bots, itself and webhooks. Replies to each
// member are rate limited (Config.MessageBurst): the first message over the
// limit gets a short "slow down" reply, the next ones none until the limit
// refills. Public replies carry a Delete button for the member.
func (b *Bot) MessageReply(ctx context.Context, m *discordgo.Message) (reply *discordgo.MessageSend, ok bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || m.Author.ID == b.cfg.UserID {
		return nil, false
	}
	mentioned := b.mentions(m)
	var source knowledge.Source
	switch {
	case m.GuildID == "":
		source = knowledge.SourceDM
	case mentioned:
		source = knowledge.SourceMention
	case strings.TrimSpace(m.Content) != "" && b.inChannels(ctx, m.ChannelID):
		source = knowledge.SourceChannel
	default:
		return nil, false
	}
	log := b.log.With("guild", m.GuildID, "channel", m.ChannelID, "source", source)

	question := strings.TrimSpace(b.stripMention(m.Content))
	r := b.cfg.Responder()
	var answer knowledge.Reply
	if question == "" {
		if source == knowledge.SourceChannel {
			// Without the Message Content intent, messages that do not
			// mention the bot arrive empty: nothing to answer.
			return nil, false
		}
		answer = r.Help()
	} else {
		answer = r.Ask(question)
	}
	if source == knowledge.SourceChannel && !speaksUnasked(answer.Kind) {
		log.Debug("silent: not confident", "kind", answer.Kind, "score", answer.Score)
		return nil, false
	}
	no := false
	ref := &discordgo.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &no}
	switch b.limits.take(m.Author.ID, b.now()) {
	case limitSlowDown:
		log.Info("rate limited: told the member to slow down", "user", m.Author.ID)
		return &discordgo.MessageSend{Content: slowDown, AllowedMentions: noMentions(), Reference: ref}, true
	case limitSilent:
		log.Debug("rate limited: silent, the member was told", "user", m.Author.ID)
		return nil, false
	}
	b.recordGap(ctx, question, answer, source)
	b.rememberQuestion(answer.EntryID, m.Author.ID, question, source)
	log.Info("reply", "kind", answer.Kind, "entry", answer.EntryID, "score", answer.Score)
	log.Debug("question", "len", utf8.RuneCountInString(question))

	v := withDelete(render(answer, m.Author.ID), m.Author.ID)
	return &discordgo.MessageSend{
		Embeds:          v.Embeds,
		Components:      v.Components,
		AllowedMentions: noMentions(),
		Reference:       ref,
	}, true
}

// slowDown is the one reply a member gets when they go over the rate limit.
const slowDown = "You're sending questions faster than I can answer them. Give me a few seconds, then ask again."

// inChannels reports whether a message in channelID counts as one in
// Config.Channels: the channel itself, or a thread or forum post under it.
func (b *Bot) inChannels(ctx context.Context, channelID string) bool {
	if len(b.channels) == 0 {
		return false
	}
	if b.channels[channelID] {
		return true
	}
	parent := b.parents.parent(ctx, channelID)
	return parent != "" && b.channels[parent]
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

// speaksUnasked reports whether a reply of this kind is sent in a configured
// channel even when the bot was not mentioned: confident answers, and the
// safety screen's urgent-care and caution replies, which someone who
// describes a warning sign or asks whether massage is safe for them must
// get.
func speaksUnasked(kind knowledge.ReplyKind) bool {
	return kind == knowledge.ReplyAnswer || kind == knowledge.ReplyUrgent || kind == knowledge.ReplyCaution
}
