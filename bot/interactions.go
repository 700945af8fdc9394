package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// ErrUnsupportedInteraction is returned by Interaction for interaction
// types the bot does not handle (modal submits, unknown types).
var ErrUnsupportedInteraction = errors.New("unsupported interaction type")

// Answer is the bot's answer to one interaction.
type Answer struct {
	// Response is sent at once, within Discord's three seconds.
	Response *discordgo.InteractionResponse
	// Followup, when not nil, is slow work to do after Response (a
	// deferred acknowledgement) has been sent. The edit it returns
	// replaces the original response (PATCH .../messages/@original).
	Followup func(ctx context.Context) *discordgo.WebhookEdit
}

// Commands are the bot's slash commands, registered with one bulk
// overwrite so that registering is idempotent.
func Commands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	no := false
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	maxQuestion := 500
	return []*discordgo.ApplicationCommand{
		{
			Name:        "ask",
			Description: "Ask a question about massage or back pain",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "question", Description: "Your question, in your own words", Required: true, MaxLength: maxQuestion},
				{Type: discordgo.ApplicationCommandOptionBoolean, Name: "private", Description: "Show the answer only to you"},
			},
		},
		{
			Name:        "technique",
			Description: "Explain one massage technique",
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "The technique (start typing)", Required: true, Autocomplete: true},
			},
		},
		{Name: "techniques", Description: "List the massage techniques we offer"},
		{Name: "book", Description: "Book a massage"},
		{Name: "help", Description: "What this bot can answer"},
		{
			Name:                     "kb",
			Description:              "Staff: manage the knowledge base",
			DefaultMemberPermissions: &manageGuild,
			DMPermission:             &no,
			Contexts:                 &guildOnly,
			Options: []*discordgo.ApplicationCommandOption{
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "status", Description: "Which version of the knowledge base is live"},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "reload", Description: "Reload the knowledge base file now"},
				{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "gaps", Description: "What members asked that the bot could not answer"},
			},
		},
	}
}

// Interaction answers one interaction: a slash command, an autocomplete
// request, a button click, or a ping (HTTP mode). It does not send
// anything; the caller sends Answer.Response and then runs
// Answer.Followup, if any. It returns ErrUnsupportedInteraction for other
// interaction types.
func (b *Bot) Interaction(ctx context.Context, i *discordgo.Interaction) (Answer, error) {
	switch i.Type {
	case discordgo.InteractionPing:
		return Answer{Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}}, nil
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			return Answer{}, fmt.Errorf("interaction %s: command without command data (%T)", i.ID, i.Data)
		}
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			return b.autocomplete(data), nil
		}
		return b.command(ctx, i, data), nil
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return Answer{}, fmt.Errorf("interaction %s: click without component data (%T)", i.ID, i.Data)
		}
		return b.component(ctx, i, data.CustomID), nil
	default:
		return Answer{}, fmt.Errorf("interaction %s: %w (%d)", i.ID, ErrUnsupportedInteraction, i.Type)
	}
}

// command answers a slash command.
func (b *Bot) command(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) Answer {
	r := b.cfg.Responder()
	asker := interactionUserID(i)
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "command", data.Name)

	var reply knowledge.Reply
	private := false
	switch data.Name {
	case "ask":
		question := strings.TrimSpace(stringOption(data.Options, "question"))
		private = boolOption(data.Options, "private")
		reply = r.Ask(question)
		b.recordGap(ctx, question, reply, knowledge.SourceSlash)
		b.rememberQuestion(reply.EntryID, asker, question, knowledge.SourceSlash)
		log.Debug("question", "len", utf8.RuneCountInString(question))
	case "technique":
		name := stringOption(data.Options, "name")
		var ok bool
		if reply, ok = r.Technique(name); !ok {
			reply = r.Ask(name)
			b.recordGap(ctx, name, reply, knowledge.SourceSlash)
		}
		b.rememberQuestion(reply.EntryID, asker, name, knowledge.SourceSlash)
	case "techniques":
		reply = r.Techniques()
	case "book":
		reply = r.Book()
	case "help":
		reply = r.Help()
	case "kb":
		return b.kb(i, data)
	default:
		log.Warn("unknown command")
		return Answer{Response: message("I don't know that command. Try /help.", true)}
	}
	log.Info("reply", "kind", reply.Kind, "entry", reply.EntryID, "score", reply.Score)
	return Answer{Response: replyResponse(discordgo.InteractionResponseChannelMessageWithSource, render(reply, asker), private)}
}

// kb serves the staff commands. Discord hides /kb from members without
// Manage Server, but that default can be changed per server, so the bot
// checks again.
func (b *Bot) kb(i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) Answer {
	sub := ""
	if len(data.Options) > 0 {
		sub = data.Options[0].Name
	}
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "command", "kb "+sub, "user", interactionUserID(i))
	if !b.isStaff(i.Member) {
		log.Info("refused: not staff")
		return Answer{Response: message("Only clinic staff can use /kb.", true)}
	}
	if b.cfg.Staff == nil {
		return Answer{Response: message("Knowledge base management is not available on this bot.", true)}
	}
	switch sub {
	case "status":
		log.Info("kb status")
		return Answer{Response: message(b.cfg.Staff.Status(), true)}
	case "reload":
		log.Info("kb reload")
		return deferredPrivate(func(ctx context.Context) string {
			if err := b.cfg.Staff.Reload(ctx); err != nil {
				log.Warn("kb reload failed", "err", err)
				return "Reload failed; still serving the previous version.\n" + err.Error()
			}
			return "Reloaded. " + b.cfg.Staff.Status()
		})
	case "gaps":
		log.Info("kb gaps")
		return deferredPrivate(func(ctx context.Context) string {
			text, err := b.cfg.Staff.Gaps(ctx)
			if err != nil {
				log.Warn("kb gaps failed", "err", err)
				return "Could not read the question log: " + err.Error()
			}
			return text
		})
	default:
		return Answer{Response: message("Use /kb status, /kb reload or /kb gaps.", true)}
	}
}

// deferredPrivate acknowledges an interaction at once with a private
// "thinking" message, then replaces it with what work returns: for staff
// work that may take longer than Discord's 3 seconds.
func deferredPrivate(work func(ctx context.Context) string) Answer {
	return Answer{
		Response: &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
		},
		Followup: func(ctx context.Context) *discordgo.WebhookEdit {
			text := cut(work(ctx), maxContent)
			return &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}
		},
	}
}

// isStaff reports whether a member may use /kb: one of the staff roles or,
// when none are configured, the Manage Server (or Administrator)
// permission. Outside a server (m is nil) nobody is staff.
func (b *Bot) isStaff(m *discordgo.Member) bool {
	if m == nil {
		return false
	}
	if len(b.staffRoles) > 0 {
		for _, role := range m.Roles {
			if b.staffRoles[role] {
				return true
			}
		}
		return false
	}
	return m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// autocomplete offers up to 25 techniques, best match first, for what the
// member has typed so far in /technique name.
func (b *Bot) autocomplete(data discordgo.ApplicationCommandInteractionData) Answer {
	typed := ""
	for _, o := range data.Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	base := b.cfg.Responder().Matcher.Base()
	choices := []*discordgo.ApplicationCommandOptionChoice{}
	for _, e := range base.FindTechniques(typed, maxChoices) {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: cut(e.Title, maxChoiceName), Value: e.ID})
	}
	return Answer{Response: &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}}
}

// component answers a button click.
func (b *Bot) component(ctx context.Context, i *discordgo.Interaction, id string) Answer {
	clicker := interactionUserID(i)
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "button", buttonKind(id))
	switch {
	case strings.HasPrefix(id, topicPrefix):
		reply, ok := b.cfg.Responder().Topic(strings.TrimPrefix(id, topicPrefix))
		if !ok {
			log.Info("unknown topic")
			return Answer{Response: message("That topic is no longer in the knowledge base. Try /help.", true)}
		}
		log.Info("reply", "kind", reply.Kind, "entry", reply.EntryID, "score", reply.Score)
		b.rememberQuestion(reply.EntryID, clicker, "", knowledge.SourceButton)
		// The answer goes to whoever clicked, and only to them: a click
		// under someone else's answer should not fill the channel.
		return Answer{Response: replyResponse(discordgo.InteractionResponseChannelMessageWithSource, render(reply, clicker), true)}
	case strings.HasPrefix(id, "fb:"):
		return b.feedback(ctx, i, id, clicker)
	default:
		log.Warn("unknown button")
		return Answer{Response: message("That button no longer works. Try /help.", true)}
	}
}

// feedback handles "Helpful" and "Not helpful". Only the asker may vote;
// "Not helpful" replaces the answer with an offer to contact the clinic.
func (b *Bot) feedback(ctx context.Context, i *discordgo.Interaction, customID, clicker string) Answer {
	helpful := strings.HasPrefix(customID, helpfulPrefix)
	rest := strings.TrimPrefix(strings.TrimPrefix(customID, helpfulPrefix), unhelpfulPrefix)
	entryID, askerID, ok := strings.Cut(rest, ":")
	if !ok || entryID == "" || askerID == "" {
		return Answer{Response: message("That button no longer works.", true)}
	}
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "entry", entryID, "helpful", helpful)
	if clicker != askerID {
		log.Info("refused vote from another member")
		return Answer{Response: message("Only the person who asked can rate this answer.", true)}
	}
	asked := b.recalledQuestion(ctx, entryID, askerID)
	if b.cfg.Feedback != nil {
		v := knowledge.Vote{EntryID: entryID, Helpful: helpful, Question: asked.question, Source: asked.source}
		if err := b.cfg.Feedback.RecordFeedback(ctx, v); err != nil {
			log.Warn("record feedback", "err", err)
		}
	}
	log.Info("feedback")
	if !helpful {
		reply := b.cfg.Responder().NotHelpful()
		return Answer{Response: replyResponse(discordgo.InteractionResponseUpdateMessage, render(reply, ""), false)}
	}
	// Helpful: keep the answer, take the voting buttons away.
	if i.Message == nil {
		return Answer{Response: message("Thanks for letting us know!", true)}
	}
	var rows []discordgo.MessageComponent
	for _, c := range i.Message.Components {
		if !isFeedbackRow(c) {
			rows = append(rows, c)
		}
	}
	embeds := i.Message.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	return Answer{Response: &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{
			Content:         i.Message.Content,
			Embeds:          embeds,
			Components:      nonNil(rows),
			AllowedMentions: noMentions(),
		},
	}}
}

// replyResponse is an interaction response of type t showing v.
func replyResponse(t discordgo.InteractionResponseType, v view, ephemeral bool) *discordgo.InteractionResponse {
	data := &discordgo.InteractionResponseData{
		Embeds:          v.Embeds,
		Components:      nonNil(v.Components),
		AllowedMentions: noMentions(),
	}
	if ephemeral {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: t, Data: data}
}

// message is a plain text interaction response.
func message(text string, ephemeral bool) *discordgo.InteractionResponse {
	r := replyResponse(discordgo.InteractionResponseChannelMessageWithSource, view{}, ephemeral)
	r.Data.Content = cut(text, maxContent)
	return r
}

// nonNil makes an empty component list explicit, so that an update clears
// the old buttons instead of sending null.
func nonNil(cs []discordgo.MessageComponent) []discordgo.MessageComponent {
	if cs == nil {
		return []discordgo.MessageComponent{}
	}
	return cs
}

// interactionUserID is who triggered an interaction: the member in a
// server, the user in a DM.
func interactionUserID(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// buttonKind names a button for logs without its ids.
func buttonKind(customID string) string {
	switch {
	case strings.HasPrefix(customID, topicPrefix):
		return "topic"
	case strings.HasPrefix(customID, helpfulPrefix):
		return "helpful"
	case strings.HasPrefix(customID, unhelpfulPrefix):
		return "not-helpful"
	}
	return "unknown"
}

func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o.Name == name {
			s, _ := o.Value.(string)
			return s
		}
	}
	return ""
}

func boolOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	for _, o := range opts {
		if o.Name == name {
			v, _ := o.Value.(bool)
			return v
		}
	}
	return false
}
