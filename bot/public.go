package bot

// Public replies and what people can do with them: "Ask Synergy" on any
// message (answered privately, with a button to post the answer as a reply
// to that message), and the "Delete" button on the bot's public replies.

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Custom id prefixes of the buttons in this file.
const (
	deletePrefix = "del:"  // del:<asker id>
	postPrefix   = "post:" // post:<entry id>:<message id>:<author id>, ids in base 36
)

// withDelete adds a "Delete" button for askerID (and staff) to a public
// reply: in the feedback row when there is room, else in a row of its own,
// giving up the last row of topics if all five rows are taken.
func withDelete(v view, askerID string) view {
	if askerID == "" {
		return v
	}
	del := discordgo.Button{Label: "Delete", Style: discordgo.SecondaryButton, CustomID: deletePrefix + askerID}
	rows := append([]discordgo.MessageComponent(nil), v.Components...)
	if n := len(rows); n > 0 && isFeedbackRow(rows[n-1]) {
		if r, ok := rows[n-1].(discordgo.ActionsRow); ok && len(r.Components) < maxButtonsInRow {
			r.Components = append(append([]discordgo.MessageComponent(nil), r.Components...), del)
			rows[n-1] = r
			v.Components = rows
			return v
		}
	}
	if len(rows) == maxRows {
		rows = rows[:maxRows-1]
	}
	v.Components = append(rows, row([]discordgo.Button{del}))
	return v
}

// withoutFeedback removes the "Helpful" and "Not helpful" buttons from
// rows, keeping the rest (the Delete button, links, topics) and dropping
// rows left empty.
func withoutFeedback(rows []discordgo.MessageComponent) []discordgo.MessageComponent {
	var out []discordgo.MessageComponent
	for _, c := range rows {
		if !isFeedbackRow(c) {
			out = append(out, c)
			continue
		}
		var kept []discordgo.MessageComponent
		for _, b := range rowComponents(c) {
			if !strings.HasPrefix(componentCustomID(b), "fb:") {
				kept = append(kept, b)
			}
		}
		if len(kept) > 0 {
			out = append(out, discordgo.ActionsRow{Components: kept})
		}
	}
	return out
}

// rowComponents are the components of an action row (value or pointer).
func rowComponents(c discordgo.MessageComponent) []discordgo.MessageComponent {
	switch r := c.(type) {
	case discordgo.ActionsRow:
		return r.Components
	case *discordgo.ActionsRow:
		return r.Components
	}
	return nil
}

// componentCustomID is a button's custom id; empty for other components.
func componentCustomID(c discordgo.MessageComponent) string {
	switch b := c.(type) {
	case discordgo.Button:
		return b.CustomID
	case *discordgo.Button:
		return b.CustomID
	}
	return ""
}

// askAboutMessage answers "Ask Synergy" on a message: the message's text is
// the question. Discord sends the target message with the interaction, so
// this needs no Message Content intent. The answer is shown only to whoever
// asked, with a button to post it as a reply to the message.
func (b *Bot) askAboutMessage(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) Answer {
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "command", AskSynergy)
	var target *discordgo.Message
	if data.Resolved != nil {
		target = data.Resolved.Messages[data.TargetID]
	}
	if target == nil {
		log.Warn("context menu without its target message")
		return Answer{Response: message("I could not see that message. Try again, or use /ask.", true)}
	}
	question := strings.TrimSpace(b.stripMention(target.Content))
	if question == "" {
		return Answer{Response: message("That message has no text for me to answer. Use /ask with the question instead.", true)}
	}
	reply := b.cfg.Responder().Ask(question)
	b.recordGap(ctx, question, reply, knowledge.SourceMenu)
	log.Info("reply", "kind", reply.Kind, "entry", reply.EntryID, "score", reply.Score)

	v := render(reply, "")
	if post := postButton(reply, target); post != nil {
		// A vote by the message's author on the posted answer then says
		// what was asked.
		b.rememberQuestion(reply.EntryID, target.Author.ID, question, knowledge.SourceMenu)
		if len(v.Components) == maxRows {
			v.Components = v.Components[:maxRows-1]
		}
		v.Components = append(v.Components, row([]discordgo.Button{*post}))
	}
	return Answer{Response: replyResponse(discordgo.InteractionResponseChannelMessageWithSource, v, true)}
}

// postButton is "Post as a reply" for an answer about an entry; nil for
// other replies (their text cannot be rebuilt from a button) or when the
// ids do not fit a custom id.
func postButton(r knowledge.Reply, target *discordgo.Message) *discordgo.Button {
	if r.Kind != knowledge.ReplyAnswer || r.EntryID == "" || target.Author == nil {
		return nil
	}
	msg, ok1 := packSnowflake(target.ID)
	author, ok2 := packSnowflake(target.Author.ID)
	id := postPrefix + r.EntryID + ":" + msg + ":" + author
	if !ok1 || !ok2 || len(id) > maxCustomID {
		return nil
	}
	return &discordgo.Button{Label: "Post as a reply", Style: discordgo.PrimaryButton, CustomID: id}
}

// postReply posts the answer publicly as a reply to the message it was
// asked about, with feedback and Delete buttons for that message's author,
// then turns the private answer into a short confirmation.
func (b *Bot) postReply(i *discordgo.Interaction, rest string) Answer {
	parts := strings.Split(rest, ":")
	var msgID, authorID string
	ok := len(parts) == 3
	if ok {
		var ok1, ok2 bool
		msgID, ok1 = unpackSnowflake(parts[1])
		authorID, ok2 = unpackSnowflake(parts[2])
		ok = ok1 && ok2
	}
	if !ok {
		return Answer{Response: message("That button no longer works.", true)}
	}
	reply, found := b.cfg.Responder().Topic(parts[0])
	if !found {
		return Answer{Response: message("That topic is no longer in the knowledge base.", true)}
	}
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "button", "post", "entry", reply.EntryID, "user", interactionUserID(i))
	v := withDelete(render(reply, authorID), authorID)
	no := false
	send := &discordgo.MessageSend{
		Embeds:          v.Embeds,
		Components:      v.Components,
		AllowedMentions: noMentions(),
		Reference:       &discordgo.MessageReference{MessageID: msgID, ChannelID: i.ChannelID, GuildID: i.GuildID, FailIfNotExists: &no},
	}
	channelID, session := i.ChannelID, b.session
	return deferredUpdate(func(ctx context.Context) *discordgo.WebhookEdit {
		if session == nil {
			log.Error("cannot post an answer: the bot has no Discord session")
			return textEdit("I could not post it: the bot is not connected to Discord.")
		}
		if _, err := session.ChannelMessageSendComplex(channelID, send, discordgo.WithContext(ctx)); err != nil {
			log.Warn("post answer as a reply", "err", restError(err))
			return textEdit("I could not post it here (the bot may not be in this server, or may not be allowed to send messages in this channel).")
		}
		log.Info("posted an answer as a reply")
		return textEdit("Posted.")
	})
}

// deleteReply takes a public reply down for the member who asked, clinic
// staff, or anyone allowed to manage messages in the channel; others are
// refused privately.
func (b *Bot) deleteReply(i *discordgo.Interaction, askerID string) Answer {
	clicker := interactionUserID(i)
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "button", "delete", "user", clicker)
	manages := i.Member != nil && i.Member.Permissions&(discordgo.PermissionManageMessages|discordgo.PermissionAdministrator) != 0
	if clicker == "" || (clicker != askerID && !manages && !b.isClinicStaff(i)) {
		log.Info("refused delete from another member")
		return Answer{Response: message("Only the person who asked, or staff, can delete this answer.", true)}
	}
	session := b.session
	var channelID, messageID string
	if i.Message != nil {
		channelID, messageID = i.Message.ChannelID, i.Message.ID
	}
	if channelID == "" {
		channelID = i.ChannelID
	}
	return deferredUpdate(func(ctx context.Context) *discordgo.WebhookEdit {
		if session == nil {
			log.Error("cannot delete an answer: the bot has no Discord session")
			return nil
		}
		// The click's own webhook can delete the message it is on wherever
		// the app is installed; a channel delete is the fallback.
		err := session.InteractionResponseDelete(i, discordgo.WithContext(ctx))
		if err != nil && messageID != "" {
			err = session.ChannelMessageDelete(channelID, messageID, discordgo.WithContext(ctx))
		}
		if err != nil {
			log.Warn("delete answer", "err", restError(err))
			return nil
		}
		log.Info("deleted an answer", "by_asker", clicker == askerID)
		return nil
	})
}

// packSnowflake writes a Discord id in base 36, so that a custom id holds
// two of them besides an entry id of up to 64 characters.
func packSnowflake(id string) (string, bool) {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return "", false
	}
	return strconv.FormatUint(n, 36), true
}

func unpackSnowflake(s string) (string, bool) {
	n, err := strconv.ParseUint(s, 36, 64)
	if err != nil {
		return "", false
	}
	return fmt.Sprint(n), true
}
