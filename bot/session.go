package bot

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/internal/discordurl"
)

// restTimeout bounds one REST request, as discordgo's own default does.
const restTimeout = 20 * time.Second

// NewSession makes a discordgo session for a bot token (with or without the
// "Bot " prefix). Every REST request goes to apiURL instead of
// https://discord.com/ (empty means Discord itself); the gateway address
// comes from GET /gateway there, so it follows too. discordgo's reconnect,
// resume and rate-limit retries stay on.
func NewSession(token, apiURL string) (*discordgo.Session, error) {
	token = strings.TrimSpace(token)
	if token == "" || token == "Bot" {
		return nil, errors.New("discord session: empty bot token")
	}
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	if apiURL == "" {
		apiURL = discordurl.Default
	}
	base, err := discordurl.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = &http.Client{Timeout: restTimeout, Transport: discordurl.Transport(base, nil)}
	return s, nil
}

// InvitePermissions are the permissions the bot asks for when invited:
// View Channels, Send Messages, Send Messages in Threads, Embed Links and
// Read Message History (274877991936). It needs nothing else.
const InvitePermissions = discordgo.PermissionViewChannel |
	discordgo.PermissionSendMessages |
	discordgo.PermissionSendMessagesInThreads |
	discordgo.PermissionEmbedLinks |
	discordgo.PermissionReadMessageHistory

// InviteURL is the address a server admin opens to add the bot, with the
// scopes bot and applications.commands and InvitePermissions.
func InviteURL(appID string) string {
	q := url.Values{}
	q.Set("client_id", appID)
	q.Set("scope", "bot applications.commands")
	q.Set("permissions", strconv.FormatInt(InvitePermissions, 10))
	return "https://discord.com/oauth2/authorize?" + q.Encode()
}
