package fakediscord

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// interactionState is what the fake knows about one interaction, keyed by
// its token: where it came from, whether it was answered, and the messages
// its webhook token may touch.
type interactionState struct {
	id         string
	channelID  string
	acked      bool
	originalID string          // the @original message, once there is one
	messageIDs map[string]bool // @original and follow-ups
	// componentMessageID is the message a button or select menu was on;
	// for a click answered with type 6 or 7 it is the @original message.
	componentMessageID string
}

// interactionLocked returns the state for token, creating it if the
// interaction was not dispatched through the fake. The caller holds s.mu.
func (s *Server) interactionLocked(token string) *interactionState {
	st, ok := s.interactions[token]
	if !ok {
		st = &interactionState{messageIDs: map[string]bool{}}
		s.interactions[token] = st
	}
	return st
}

// rememberInteractionLocked records an INTERACTION_CREATE the fake sends,
// so that answers can be checked against it. The caller holds s.mu.
func (s *Server) rememberInteractionLocked(raw []byte) {
	var i struct {
		ID        string `json:"id"`
		Token     string `json:"token"`
		ChannelID string `json:"channel_id"`
		Message   *struct {
			ID string `json:"id"`
		} `json:"message"`
	}
	if json.Unmarshal(raw, &i) != nil || i.Token == "" {
		return
	}
	st := s.interactionLocked(i.Token)
	st.id, st.channelID = i.ID, i.ChannelID
	if i.Message != nil {
		st.componentMessageID = i.Message.ID
	}
}

// Interaction callback types Discord accepts.
var callbackTypes = map[int]bool{1: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true, 10: true, 12: true}

// postCallback answers POST /interactions/{id}/{token}/callback like
// Discord: 204 once per interaction, 400 "already acknowledged" after that,
// 404 when the ID does not belong to the token, and Discord's form errors
// for an unknown type, an empty message or more than 25 autocomplete
// choices. Types 4 and 5 create the @original message.
func (s *Server) postCallback(req *Request, p map[string]string) (int, any) {
	st := s.interactionLocked(p["token"])
	if st.id != "" && st.id != p["interaction"] {
		return http.StatusNotFound, apiError(10062, "Unknown interaction")
	}
	st.id = p["interaction"]
	if st.acked {
		return http.StatusBadRequest, apiError(40060, "Interaction has already been acknowledged.")
	}
	var body struct {
		Type int            `json:"type"`
		Data map[string]any `json:"data"`
	}
	if err := req.JSON(&body); err != nil {
		return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON.")
	}
	if !callbackTypes[body.Type] {
		return invalidForm("type", "BASE_TYPE_CHOICES", fmt.Sprintf("Value must be one of %v.", []int{1, 4, 5, 6, 7, 8, 9, 10, 12}))
	}
	if body.Data == nil {
		body.Data = map[string]any{}
	}
	switch body.Type {
	case 4:
		if status, answer, ok := checkMessage(body.Data, req, true); !ok {
			return status, answer
		}
	case 8:
		if choices, _ := body.Data["choices"].([]any); len(choices) > 25 {
			return invalidForm("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		}
	}
	st.acked = true
	if (body.Type == 6 || body.Type == 7) && st.componentMessageID != "" {
		// An update's @original is the message the component was on.
		st.originalID = st.componentMessageID
		st.messageIDs[st.originalID] = true
		if msg := s.messages[st.originalID]; msg != nil && body.Type == 7 {
			mergeMessage(msg, body.Data)
		}
	}
	if body.Type == 4 || body.Type == 5 {
		id := s.newIDLocked()
		msg := map[string]any{
			"id":               id,
			"channel_id":       st.channelID,
			"author":           s.botUser(),
			"webhook_id":       s.opts.ApplicationID,
			"application_id":   s.opts.ApplicationID,
			"content":          "",
			"embeds":           []any{},
			"components":       []any{},
			"type":             20, // chat input command reply
			"timestamp":        time.Now().UTC().Format(time.RFC3339Nano),
			"edited_timestamp": nil,
		}
		if body.Type == 4 {
			mergeMessage(msg, body.Data)
		} else if flags, ok := body.Data["flags"]; ok {
			msg["flags"] = flags // a deferred answer may be ephemeral
		}
		s.messages[id] = msg
		st.originalID = id
		st.messageIDs[id] = true
	}
	return http.StatusNoContent, nil
}

// webhookLocked checks a /webhooks/{app}/{token} path: the application must
// be the bot's (an interaction without application_id produces an empty
// one) and the token must belong to an answered interaction. The caller
// holds s.mu.
func (s *Server) webhookLocked(p map[string]string) (*interactionState, int, any) {
	if s.failWebhooks || p["app"] != s.opts.ApplicationID {
		return nil, http.StatusNotFound, apiError(10015, "Unknown Webhook")
	}
	st, ok := s.interactions[p["token"]]
	if !ok || !st.acked {
		return nil, http.StatusNotFound, apiError(10015, "Unknown Webhook")
	}
	return st, 0, nil
}

// webhookMessageIDLocked resolves "@original" or a message ID under an
// interaction token; ok is false for messages the token does not own.
func webhookMessageID(st *interactionState, id string) (string, bool) {
	if id == "@original" {
		id = st.originalID
	}
	return id, id != "" && st.messageIDs[id]
}

func (s *Server) postFollowup(req *Request, p map[string]string) (int, any) {
	st, status, answer := s.webhookLocked(p)
	if st == nil {
		return status, answer
	}
	status, answer = s.newMessageLocked(req, st.channelID, map[string]any{
		"webhook_id":     s.opts.ApplicationID,
		"application_id": s.opts.ApplicationID,
	})
	if status != http.StatusOK {
		return status, answer
	}
	st.messageIDs[answer.(map[string]any)["id"].(string)] = true
	if req.Query.Get("wait") != "true" {
		return http.StatusNoContent, nil
	}
	return status, answer
}

// webhookMessageLocked resolves the webhook and message of p (the message
// may be @original). It answers like Discord when either is unknown;
// existing also requires the message to be stored (not deleted).
func (s *Server) webhookMessageLocked(p map[string]string, existing bool) (st *interactionState, id string, status int, answer any) {
	st, status, answer = s.webhookLocked(p)
	if st == nil {
		return nil, "", status, answer
	}
	id, ok := webhookMessageID(st, p["message"])
	if !ok || existing && s.messages[id] == nil {
		return nil, "", http.StatusNotFound, apiError(10008, "Unknown Message")
	}
	return st, id, 0, nil
}

func (s *Server) getWebhookMessage(_ *Request, p map[string]string) (int, any) {
	st, id, status, answer := s.webhookMessageLocked(p, true)
	if st == nil {
		return status, answer
	}
	return http.StatusOK, s.messages[id]
}

func (s *Server) patchWebhookMessage(req *Request, p map[string]string) (int, any) {
	st, id, status, answer := s.webhookMessageLocked(p, false)
	if st == nil {
		return status, answer
	}
	return s.editMessageLocked(req, id)
}

func (s *Server) deleteWebhookMessage(_ *Request, p map[string]string) (int, any) {
	st, id, status, answer := s.webhookMessageLocked(p, true)
	if st == nil {
		return status, answer
	}
	delete(s.messages, id)
	delete(st.messageIDs, id)
	if st.originalID == id {
		st.originalID = ""
	}
	return http.StatusNoContent, nil
}

// FailWebhooks makes every interaction webhook request (follow-ups, and
// edits and deletes of interaction responses, under /webhooks/) answer 404
// Unknown Webhook while on is true, as Discord does for an expired or
// unknown interaction token. A bot that retries those requests keeps
// failing until its deadline: the case a stop-time test needs. Interaction
// callbacks still work.
func (s *Server) FailWebhooks(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failWebhooks = on
}

// UserMessage builds a message from a (non-bot) user, with a fresh ID and
// the current time, ready for Dispatch("MESSAGE_CREATE", m). An empty
// guildID makes it a direct message.
func (s *Server) UserMessage(guildID, channelID, userID, content string) *discordgo.Message {
	s.mu.Lock()
	id := s.newIDLocked()
	s.mu.Unlock()
	m := &discordgo.Message{
		ID:        id,
		ChannelID: channelID,
		GuildID:   guildID,
		Content:   content,
		Timestamp: time.Now().UTC(),
		Author:    &discordgo.User{ID: userID, Username: "user" + userID},
		Type:      discordgo.MessageTypeDefault,
	}
	if guildID != "" {
		m.Member = &discordgo.Member{Roles: []string{}}
	}
	return m
}

// NewInteraction builds an interaction of type typ carrying data, from
// userID in channelID of guildID (empty: a DM, so User is set instead of
// Member), with a fresh ID and token and the fake's application ID, ready
// for Dispatch("INTERACTION_CREATE", i). data is, for example, a
// discordgo.ApplicationCommandInteractionData. The fake remembers the
// interaction, so answers to it are checked as Discord would check them;
// the bot can answer it over REST without it ever being dispatched.
func (s *Server) NewInteraction(typ discordgo.InteractionType, data discordgo.InteractionData, guildID, channelID, userID string) *discordgo.Interaction {
	s.mu.Lock()
	id := s.newIDLocked()
	s.mu.Unlock()
	user := &discordgo.User{ID: userID, Username: "user" + userID}
	i := &discordgo.Interaction{
		ID:        id,
		AppID:     s.opts.ApplicationID,
		Type:      typ,
		Data:      data,
		GuildID:   guildID,
		ChannelID: channelID,
		Token:     "interaction-token-" + id,
		Version:   1,
		Locale:    discordgo.EnglishGB,
	}
	// authorizing_integration_owners: the app as installed in the guild,
	// as when the bot was invited there; in a DM with the bot, "0", as
	// Discord sends for a guild install. UserInstall makes it a user install.
	if guildID != "" {
		i.Member = &discordgo.Member{User: user, GuildID: guildID, Roles: []string{}}
		i.Context = discordgo.InteractionContextGuild
		i.AuthorizingIntegrationOwners = map[discordgo.ApplicationIntegrationType]string{discordgo.ApplicationIntegrationGuildInstall: guildID}
	} else {
		i.User = user
		i.Context = discordgo.InteractionContextBotDM
		i.AuthorizingIntegrationOwners = map[discordgo.ApplicationIntegrationType]string{discordgo.ApplicationIntegrationGuildInstall: "0"}
	}
	s.mu.Lock()
	st := s.interactionLocked(i.Token)
	st.id, st.channelID = i.ID, channelID
	if guildID != "" {
		if perms, ok := s.permissions[guildID+"/"+userID]; ok {
			i.Member.Permissions = perms
		}
	}
	s.mu.Unlock()
	return i
}

// SlashCommand builds an application command interaction for the command
// name with options, as NewInteraction does. The command ID is the one the
// fake gave name in a bulk overwrite, if any.
func (s *Server) SlashCommand(guildID, channelID, userID, name string, options ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return s.commandInteraction(discordgo.InteractionApplicationCommand, guildID, channelID, userID, name, options)
}

// Autocomplete builds an autocomplete interaction for the command name; mark
// the option being typed with Focused: true.
func (s *Server) Autocomplete(guildID, channelID, userID, name string, options ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return s.commandInteraction(discordgo.InteractionApplicationCommandAutocomplete, guildID, channelID, userID, name, options)
}

// commandInteraction builds a command or autocomplete interaction.
func (s *Server) commandInteraction(typ discordgo.InteractionType, guildID, channelID, userID, name string, options []*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	data := discordgo.ApplicationCommandInteractionData{
		Name:        name,
		CommandType: discordgo.ChatApplicationCommand,
		Options:     options,
	}
	s.mu.Lock()
	data.ID = s.commandIDs[guildID+"/"+name]
	if data.ID == "" {
		data.ID = s.commandIDs["/"+name]
	}
	if data.ID == "" {
		data.ID = s.newIDLocked()
	}
	s.mu.Unlock()
	return s.NewInteraction(typ, data, guildID, channelID, userID)
}
