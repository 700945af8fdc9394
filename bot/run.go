package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Errors that stop the bot for good, because retrying cannot fix them.
var (
	// ErrBadToken means Discord refused the bot token (HTTP 401, or
	// gateway close 4004).
	ErrBadToken = errors.New("discord refused the bot token: check SYNERGYBOT_DISCORD_TOKEN or discord.token_file (Developer Portal > your application > Bot > Reset Token)")
	// ErrDisallowedIntents means the bot asked for a privileged intent that
	// is not enabled for the application (gateway close 4014).
	ErrDisallowedIntents = errors.New("discord refused the gateway intents: enable the Message Content intent in the developer portal or set discord.message_content: false")
)

// sendTimeout bounds each REST call a handler makes, including discordgo's
// waits and retries after HTTP 429.
const sendTimeout = 15 * time.Second

// Run connects to Discord, registers the slash commands and answers events
// until ctx ends, then closes the gateway and returns nil.
//
// Before connecting it checks the token with GET /users/@me, so a bad
// token fails at once with ErrBadToken instead of a reconnect loop. It
// returns ErrDisallowedIntents when the gateway refuses the intents, and
// ErrBadToken when the token stops working while connected (discordgo
// reconnects after other failures by itself). When the gateway cannot be
// reached at first, Run keeps trying, with a growing wait, until it can or
// ctx ends. Run must be called once.
func (b *Bot) Run(ctx context.Context) error {
	s := b.session
	if s == nil {
		return errors.New("bot: Run needs a session")
	}
	me, err := s.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("check bot token: %w", restError(err))
	}
	if b.cfg.UserID == "" {
		b.cfg.UserID = me.ID
	}
	log := b.log.With("bot", me.Username, "bot_id", me.ID)

	// fatal receives the first error that must stop the bot.
	fatal := make(chan error, 1)
	for _, remove := range []func(){
		s.AddHandler(b.onInteraction),
		s.AddHandler(b.onMessage),
		s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) {
			log.Info("gateway ready", "guilds", len(r.Guilds))
		}),
		s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
			log.Info("gateway resumed")
		}),
		s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
			b.checkTokenAfterDisconnect(fatal)
		}),
	} {
		defer remove()
	}

	if connected, err := b.openGateway(ctx, log); !connected {
		return err
	}
	err = b.register(ctx, me.ID)
	if err == nil {
		log.Info("connected", "guild_only", b.cfg.GuildID != "", "message_content", b.cfg.MessageContent)
		select {
		case <-ctx.Done():
			log.Info("shutting down")
		case err = <-fatal:
		}
	}
	close(b.closing)
	if cerr := s.Close(); cerr != nil {
		log.Warn("close gateway", "err", cerr)
	}
	// Close waits about a second: handlers still running have had that
	// much grace. Now their requests are cancelled.
	b.stopHandlers()
	return err
}

// openGateway connects the session to the gateway. A failure that may pass
// (Discord unreachable or answering 5xx, a dropped handshake) is logged
// and retried after a wait that doubles from Config.ConnectRetry up to
// maxConnectRetry, so that a bot started during an outage connects when it
// ends instead of exiting; a refused token or intents, which no retry
// mends, ends it at once with the error. It reports whether it connected:
// false with a nil error means ctx ended first.
func (b *Bot) openGateway(ctx context.Context, log *slog.Logger) (connected bool, err error) {
	wait := b.cfg.ConnectRetry
	if wait <= 0 {
		wait = DefaultConnectRetry
	}
	for attempt := 1; ; attempt++ {
		err := b.session.Open()
		if err == nil {
			return true, nil
		}
		err = gatewayError(err)
		if errors.Is(err, ErrBadToken) || errors.Is(err, ErrDisallowedIntents) {
			return false, fmt.Errorf("connect to the discord gateway: %w", err)
		}
		log.Warn("cannot connect to the discord gateway; retrying", "attempt", attempt, "retry_in", wait, "err", err)
		timer := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			timer.Stop()
			log.Info("shutting down before the gateway connected")
			return false, nil
		case <-timer.C:
		}
		wait = min(2*wait, maxConnectRetry)
	}
}

// DefaultConnectRetry is the first wait before Run tries the gateway
// again after a failed connection; maxConnectRetry is the longest.
const (
	DefaultConnectRetry = 2 * time.Second
	maxConnectRetry     = time.Minute
)

// RegisterCommands checks the token and registers the slash commands
// without connecting to the gateway, for a process that serves only the
// HTTP interactions endpoint. Run registers them itself.
func (b *Bot) RegisterCommands(ctx context.Context) error {
	if b.session == nil {
		return errors.New("bot: RegisterCommands needs a session")
	}
	me, err := b.session.User("@me", discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("check bot token: %w", restError(err))
	}
	return b.register(ctx, me.ID)
}

// register overwrites the application's global commands with
// PublicCommands() and, in the clinic's server, its guild commands with
// StaffCommands(). Without a clinic server /kb is not registered at all,
// and the log says so.
func (b *Bot) register(ctx context.Context, fallbackAppID string) error {
	appID := fallbackAppID
	if st := b.session.State; st != nil {
		st.RLock()
		if st.Application != nil && st.Application.ID != "" {
			appID = st.Application.ID
		}
		st.RUnlock()
	}
	cmds, err := b.session.ApplicationCommandBulkOverwrite(appID, "", PublicCommands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register the public commands: %w", restError(err))
	}
	b.log.Info("registered the public commands", "count", len(cmds), "invite", InviteURL(appID))
	if b.cfg.GuildID == "" {
		b.log.Warn("/kb is disabled: set discord.guild_id to the clinic's server id to register the staff commands there")
		return nil
	}
	staff, err := b.session.ApplicationCommandBulkOverwrite(appID, b.cfg.GuildID, StaffCommands(), discordgo.WithContext(ctx))
	if err != nil {
		return fmt.Errorf("register /kb in the clinic's server %s (is the bot in it?): %w", b.cfg.GuildID, restError(err))
	}
	b.log.Info("registered the staff commands in the clinic's server", "count", len(staff), "guild", b.cfg.GuildID)
	return nil
}

// checkTokenAfterDisconnect asks Discord whether the token still works after
// the gateway dropped. discordgo reconnects on its own, forever; a revoked
// token (gateway close 4004) would make that a silent loop, so a 401 here
// stops the bot instead.
func (b *Bot) checkTokenAfterDisconnect(fatal chan<- error) {
	select {
	case <-b.closing:
		return // our own Close
	default:
	}
	ctx, cancel := context.WithTimeout(context.Background(), sendTimeout)
	defer cancel()
	if _, err := b.session.User("@me", discordgo.WithContext(ctx)); errors.Is(restError(err), ErrBadToken) {
		select {
		case fatal <- fmt.Errorf("after a gateway disconnect: %w", ErrBadToken):
		default:
		}
	}
}

// onInteraction answers an interaction received over the gateway.
func (b *Bot) onInteraction(s *discordgo.Session, ic *discordgo.InteractionCreate) {
	defer b.recoverPanic("interaction")
	i := ic.Interaction
	ctx, cancel := context.WithTimeout(b.handlers, sendTimeout)
	defer cancel()
	ans, err := b.Interaction(ctx, i)
	if err != nil {
		b.log.Warn("interaction not handled", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
		return
	}
	if err := s.InteractionRespond(i, ans.Response, discordgo.WithContext(ctx)); err != nil {
		b.log.Error("send interaction response", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
		return
	}
	if ans.Followup == nil {
		return
	}
	edit := ans.Followup(ctx)
	if edit == nil {
		return // the follow-up had nothing to show (it deleted the message)
	}
	if _, err := s.InteractionResponseEdit(i, edit, discordgo.WithContext(ctx)); err != nil {
		b.log.Error("edit interaction response", "guild", i.GuildID, "channel", i.ChannelID, "err", err)
	}
}

// onMessage answers a message received over the gateway, when it should.
func (b *Bot) onMessage(s *discordgo.Session, mc *discordgo.MessageCreate) {
	defer b.recoverPanic("message")
	ctx, cancel := context.WithTimeout(b.handlers, sendTimeout)
	defer cancel()
	reply, ok := b.MessageReply(ctx, mc.Message)
	if !ok {
		return
	}
	if _, err := s.ChannelMessageSendComplex(mc.ChannelID, reply, discordgo.WithContext(ctx)); err != nil {
		b.log.Error("send message", "guild", mc.GuildID, "channel", mc.ChannelID, "err", err)
	}
}

// recoverPanic logs a panic in a handler instead of letting it end the
// process: one bad event must not take the bot down for everyone.
func (b *Bot) recoverPanic(event string) {
	if p := recover(); p != nil {
		b.log.Error("handler panicked", "event", event, "panic", p, "stack", string(debug.Stack()))
	}
}

// restError turns a REST 401 into ErrBadToken, keeping other errors.
func restError(err error) error {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized {
		return fmt.Errorf("%w (HTTP 401)", ErrBadToken)
	}
	return err
}

// Gateway close codes that retrying cannot fix.
const (
	closeAuthenticationFailed = 4004
	closeInvalidIntents       = 4013
	closeDisallowedIntents    = 4014
)

// gatewayError turns the gateway's close codes for a bad token and for
// intents into ErrBadToken and ErrDisallowedIntents.
func gatewayError(err error) error {
	var ce *websocket.CloseError
	if !errors.As(err, &ce) {
		return err
	}
	switch ce.Code {
	case closeAuthenticationFailed:
		return fmt.Errorf("%w (gateway close %d)", ErrBadToken, ce.Code)
	case closeDisallowedIntents, closeInvalidIntents:
		return fmt.Errorf("%w (gateway close %d)", ErrDisallowedIntents, ce.Code)
	}
	return err
}
