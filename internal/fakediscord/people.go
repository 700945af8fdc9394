package fakediscord

// Builders for what people do: members with permissions, button clicks and
// menu choices, "Apps" menu commands on a message, a user-installed app,
// and members who write in quick succession.

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"
)

// AdminPermissions are the permissions of a server's owner or admin in an
// interaction's member object: Administrator and Manage Server.
const AdminPermissions = discordgo.PermissionAdministrator | discordgo.PermissionManageGuild

// SetPermissions makes interactions built afterwards for userID in guildID
// carry perms as the member's permissions, as Discord computes them for the
// channel. SetPermissions(g, u, AdminPermissions) makes u an admin of g:
// with Options.Guilds listing two guilds, that is an admin of the other
// server.
func (s *Server) SetPermissions(guildID, userID string, perms int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.permissions[guildID+"/"+userID] = perms
}

// UserInstall turns i into an interaction through the user's own install of
// the app (authorizing_integration_owners names only the user), as when a
// member adds the app to their account and uses it in a server that never
// invited the bot.
func UserInstall(i *discordgo.Interaction) *discordgo.Interaction {
	i.AuthorizingIntegrationOwners = map[discordgo.ApplicationIntegrationType]string{
		discordgo.ApplicationIntegrationUserInstall: userOf(i),
	}
	return i
}

func userOf(i *discordgo.Interaction) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// MessageCommand builds the interaction of a message context-menu command
// (right-click a message, Apps, name) on target, as NewInteraction does:
// Discord sends the target message in data.resolved, content included,
// whatever the bot's intents.
func (s *Server) MessageCommand(guildID, channelID, userID, name string, target *discordgo.Message) *discordgo.Interaction {
	data := discordgo.ApplicationCommandInteractionData{
		Name:        name,
		CommandType: discordgo.MessageApplicationCommand,
		TargetID:    target.ID,
		Resolved: &discordgo.ApplicationCommandInteractionDataResolved{
			Messages: map[string]*discordgo.Message{target.ID: target},
		},
	}
	s.mu.Lock()
	data.ID = s.commandIDs["/"+name]
	if data.ID == "" {
		data.ID = s.newIDLocked()
	}
	s.mu.Unlock()
	return s.NewInteraction(discordgo.InteractionApplicationCommand, data, guildID, channelID, userID)
}

// Click builds a click by userID on the button customID of msg (a message
// the fake stored, or one a test built). Answered with type 6 or 7, its
// @original is msg, as on Discord.
func (s *Server) Click(guildID, channelID, userID string, msg *discordgo.Message, customID string) *discordgo.Interaction {
	return s.component(guildID, channelID, userID, msg, discordgo.MessageComponentInteractionData{
		CustomID: customID, ComponentType: discordgo.ButtonComponent,
	})
}

// Choose builds a choice by userID of values in the string select menu
// customID of msg, like Click.
func (s *Server) Choose(guildID, channelID, userID string, msg *discordgo.Message, customID string, values ...string) *discordgo.Interaction {
	return s.component(guildID, channelID, userID, msg, discordgo.MessageComponentInteractionData{
		CustomID: customID, ComponentType: discordgo.SelectMenuComponent, Values: values,
	})
}

func (s *Server) component(guildID, channelID, userID string, msg *discordgo.Message, data discordgo.MessageComponentInteractionData) *discordgo.Interaction {
	i := s.NewInteraction(discordgo.InteractionMessageComponent, data, guildID, channelID, userID)
	i.Message = msg
	if msg != nil {
		s.mu.Lock()
		s.interactionLocked(i.Token).componentMessageID = msg.ID
		s.mu.Unlock()
	}
	return i
}

// Conversation builds messages from one member in one channel, one per
// content, ready for DispatchMessages: a question and its follow-ups.
func (s *Server) Conversation(guildID, channelID, userID string, contents ...string) []*discordgo.Message {
	msgs := make([]*discordgo.Message, len(contents))
	for i, c := range contents {
		msgs[i] = s.UserMessage(guildID, channelID, userID, c)
	}
	return msgs
}

// Flood builds n messages of the same content from one member, as someone
// holding down Enter (or a script) sends them.
func (s *Server) Flood(guildID, channelID, userID, content string, n int) []*discordgo.Message {
	contents := make([]string, n)
	for i := range contents {
		contents[i] = content
	}
	return s.Conversation(guildID, channelID, userID, contents...)
}

// DispatchMessages sends each message as MESSAGE_CREATE, every apart (zero:
// back to back), stopping early when ctx ends or a dispatch fails.
func (s *Server) DispatchMessages(ctx context.Context, every time.Duration, msgs ...*discordgo.Message) error {
	for i, m := range msgs {
		if i > 0 && every > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(every):
			}
		}
		if err := s.Dispatch("MESSAGE_CREATE", m); err != nil {
			return err
		}
	}
	return nil
}
