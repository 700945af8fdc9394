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
	// replaces the original response (PATCH .../messages/@original); nil
	// means no edit.
	Followup func(ctx context.Context) *discordgo.WebhookEdit
}

// AskSynergy is the name of the message context-menu command (right-click
// a message, Apps, "Ask Synergy").
const AskSynergy = "Ask Synergy"

// PublicCommands are the commands for everyone, registered globally with
// one bulk overwrite (so registering is idempotent). They work wherever the
// app is: installed in a server or by a member to their account
// (integration_types 0 and 1), in servers, in DMs with the bot and in
// private channels (contexts 0, 1 and 2).
func PublicCommands() []*discordgo.ApplicationCommand {
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall}
	everywhere := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel}
	maxQuestion := 500
	cmds := []*discordgo.ApplicationCommand{
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
		{Name: AskSynergy, Type: discordgo.MessageApplicationCommand},
	}
	for _, c := range cmds {
		c.IntegrationTypes = &installs
		c.Contexts = &everywhere
	}
	return cmds
}

// StaffCommands are the staff commands, registered in the clinic's server
// only (Config.GuildID): /kb, hidden by default from members without
// Manage Server, usable only in that server (context 0) through the app's
// installation there (integration type 0). The bot checks all of this again
// when /kb is used.
func StaffCommands() []*discordgo.ApplicationCommand {
	manageGuild := int64(discordgo.PermissionManageGuild)
	guildInstall := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return []*discordgo.ApplicationCommand{{
		Name:                     "kb",
		Description:              "Staff: manage the knowledge base",
		DefaultMemberPermissions: &manageGuild,
		IntegrationTypes:         &guildInstall,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "status", Description: "Which version of the knowledge base is live"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "reload", Description: "Reload the knowledge base file now"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "gaps", Description: "What members asked that the bot could not answer"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "teach", Description: "Add an unanswered question to the entry that answers it"},
		},
	}}
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
		if data.CommandType == discordgo.MessageApplicationCommand {
			return b.askAboutMessage(ctx, i, data), nil
		}
		return b.command(ctx, i, data), nil
	case discordgo.InteractionMessageComponent:
		data, ok := i.Data.(discordgo.MessageComponentInteractionData)
		if !ok {
			return Answer{}, fmt.Errorf("interaction %s: click without component data (%T)", i.ID, i.Data)
		}
		return b.component(ctx, i, data), nil
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
		return b.kb(ctx, i, data)
	default:
		log.Warn("unknown command")
		return Answer{Response: message("I don't know that command. Try /help.", true)}
	}
	log.Info("reply", "kind", reply.Kind, "entry", reply.EntryID, "score", reply.Score)
	v := render(reply, asker)
	if !private {
		v = withDelete(v, asker)
	}
	return Answer{Response: replyResponse(discordgo.InteractionResponseChannelMessageWithSource, v, private)}
}

// deferredPrivate acknowledges an interaction at once with a private
// "thinking" message, then replaces it with what work returns: for staff
// work that may take longer than Discord's 3 seconds.
func deferredPrivate(work func(ctx context.Context) string) Answer {
	return deferredPrivateEdit(func(ctx context.Context) *discordgo.WebhookEdit {
		text := cut(work(ctx), maxContent)
		return &discordgo.WebhookEdit{Content: &text, AllowedMentions: noMentions()}
	})
}

// deferredPrivateEdit is deferredPrivate for work that returns a whole
// edit (with components, as /kb teach's menus).
func deferredPrivateEdit(work func(ctx context.Context) *discordgo.WebhookEdit) Answer {
	return Answer{
		Response: &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral, AllowedMentions: noMentions()},
		},
		Followup: work,
	}
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

// component answers a button click or a choice in a select menu.
func (b *Bot) component(ctx context.Context, i *discordgo.Interaction, data discordgo.MessageComponentInteractionData) Answer {
	id := data.CustomID
	clicker := interactionUserID(i)
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "button", buttonKind(id))
	switch {
	case id == teachQuestionID || strings.HasPrefix(id, teachEntryPrefix):
		return b.teachComponent(i, data)
	case strings.HasPrefix(id, deletePrefix):
		return b.deleteReply(i, strings.TrimPrefix(id, deletePrefix))
	case strings.HasPrefix(id, postPrefix):
		return b.postReply(i, strings.TrimPrefix(id, postPrefix))
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
		v := render(reply, "")
		if i.Message != nil && i.Message.Flags&discordgo.MessageFlagsEphemeral == 0 {
			v = withDelete(v, askerID) // the answer was public: so is this
		}
		return Answer{Response: replyResponse(discordgo.InteractionResponseUpdateMessage, v, false)}
	}
	// Helpful: keep the answer, take the voting buttons away.
	if i.Message == nil {
		return Answer{Response: message("Thanks for letting us know!", true)}
	}
	rows := withoutFeedback(i.Message.Components)
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
	case strings.HasPrefix(customID, deletePrefix):
		return "delete"
	case strings.HasPrefix(customID, postPrefix):
		return "post"
	case strings.HasPrefix(customID, "teach:"):
		return "teach"
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
