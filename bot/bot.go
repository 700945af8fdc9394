// Package bot is the Discord adapter: it turns Discord events (slash
// commands, the "Ask Synergy" message command, button clicks, select
// menus, autocomplete, messages) into questions for the knowledge base and
// renders the replies as embeds with buttons.
//
// Files: interactions.go (commands and clicks), messages.go (mentions,
// DMs, channels, threads), public.go (Ask Synergy, Delete), staff.go (/kb,
// only in the clinic's server), render.go (embeds and buttons), limits.go
// (per-member rate limit), run.go (the gateway), http.go (the HTTP
// interactions endpoint), wiring.go (what serve sets up around a Bot).
//
// The interesting part of every handler is a plain function from an event
// value to a reply value (Bot.Interaction, Bot.MessageReply), testable
// without a network and shared by the gateway (Bot.Run) and an HTTP
// interactions endpoint. Sending is a separate step.
package bot

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Recorder keeps the questions the bot could not answer confidently (a
// "not sure" or "don't know" reply), so staff can see what to add.
type Recorder interface {
	RecordUnanswered(ctx context.Context, question string, reply knowledge.Reply, source knowledge.Source) error
}

// Feedback keeps votes on answers. A vote's Question is what was asked,
// when the bot still remembers it; empty otherwise (after a restart, or
// for a topic button).
type Feedback interface {
	RecordFeedback(ctx context.Context, v knowledge.Vote) error
}

// AskedQuestions keeps the question behind each answer where every replica
// can find it (the shared question log), for a short time, so that a vote
// that reaches another replica still says what was asked. Remember must
// not block; Recall must return within a short deadline of its own.
type AskedQuestions interface {
	RememberAsked(entryID, askerID string, a knowledge.Asked)
	Recall(ctx context.Context, entryID, askerID string) (knowledge.Asked, bool)
}

// Config is what a Bot needs besides its session. Only Responder is
// required; every other zero value is a safe default.
type Config struct {
	// Responder returns the responder for the knowledge base being served.
	// It is called once per event, so a reloaded base takes effect at once.
	Responder func() knowledge.Responder

	// UserID is the bot's own user id. Run fills it in from GET /users/@me
	// when empty; handlers need it to ignore their own messages and to see
	// mentions.
	UserID string
	// GuildID is the clinic's server: /kb is registered there and works
	// only there. Empty turns /kb off. The public commands are registered
	// globally either way.
	GuildID string
	// Channels are channel ids where the bot answers messages that do not
	// mention it, but only when confident. Threads and forum posts count
	// as their parent channel.
	Channels []string
	// StaffRoles are role ids allowed to use /kb. When empty, members with
	// the Manage Server permission are staff.
	StaffRoles []string
	// MessageContent requests the privileged Message Content intent, needed
	// to read messages in Channels that do not mention the bot.
	MessageContent bool
	// MessageBurst and MessageEvery limit how fast one member gets replies
	// to messages (mentions, DMs, channel messages), as a token bucket: up
	// to MessageBurst replies in a row, then one more every MessageEvery.
	// Past the limit the member gets one short "slow down" reply, then
	// silence until the bucket refills. Zero means DefaultMessageBurst and
	// DefaultMessageEvery; a negative MessageBurst turns the limit off.
	// Slash commands are not limited (Discord limits them).
	MessageBurst int
	MessageEvery time.Duration
	// ConnectRetry is how long Run waits before trying the gateway again
	// when it cannot connect; the wait doubles after each failure, up to a
	// minute. Zero means DefaultConnectRetry.
	ConnectRetry time.Duration

	// Staff serves /kb; nil makes /kb say that it is not available.
	Staff Staff
	// Gaps records unanswered questions; nil discards them.
	Gaps Recorder
	// Feedback records votes; nil discards them.
	Feedback Feedback
	// Asked shares the questions behind answers between replicas, for
	// votes; nil keeps them in this process only.
	Asked AskedQuestions

	// Logger receives the bot's logs; nil means slog.Default().
	Logger *slog.Logger
	// Now is the clock used by the rate limit; nil means time.Now.
	Now func() time.Time
}

// Defaults of Config.MessageBurst and Config.MessageEvery: five replies in
// a row, then one every four seconds (15 a minute). A conversation, with
// follow-ups seconds apart, never meets the limit; a flood does at once.
const (
	DefaultMessageBurst = 5
	DefaultMessageEvery = 4 * time.Second
)

// Bot answers Discord events from the knowledge base. Make one with New.
// Its handlers are safe for concurrent use.
type Bot struct {
	session *discordgo.Session
	cfg     Config
	log     *slog.Logger
	now     func() time.Time

	channels   map[string]bool
	staffRoles map[string]bool

	// limits is the per-member rate limit of message replies.
	limits *memberLimits
	// parents resolves threads to their parent channel, with a cache.
	parents *parentCache

	// mu protects asked.
	mu sync.Mutex
	// asked remembers recent questions by answer, for feedback.
	asked recentQuestions

	// closing is set when Run is shutting down, so that the disconnect
	// that Close itself causes is not mistaken for a lost token.
	closing chan struct{}
	// handlers is the parent context of the gateway handlers' work;
	// Run cancels it (stopHandlers) once the gateway is closed, so that no
	// handler outlives shutdown.
	handlers     context.Context
	stopHandlers context.CancelFunc
}

// New makes a bot that uses session to talk to Discord. session may be nil
// for a bot whose handlers are only called directly (tests, an HTTP
// endpoint that sends by itself); Run needs one. New sets the session's
// gateway intents from cfg. It returns an error when cfg.Responder is nil.
func New(session *discordgo.Session, cfg Config) (*Bot, error) {
	if cfg.Responder == nil {
		return nil, errors.New("bot: Config.Responder is nil")
	}
	b := &Bot{
		session:    session,
		cfg:        cfg,
		log:        cfg.Logger,
		now:        cfg.Now,
		channels:   setOf(cfg.Channels),
		staffRoles: setOf(cfg.StaffRoles),
		asked:      newRecentQuestions(1024),
		closing:    make(chan struct{}),
	}
	if b.log == nil {
		b.log = slog.Default()
	}
	if b.now == nil {
		b.now = time.Now
	}
	b.limits = newMemberLimits(cfg.MessageBurst, cfg.MessageEvery)
	b.parents = newParentCache(b.lookUpParent, b.now)
	b.handlers, b.stopHandlers = context.WithCancel(context.Background())
	if session != nil {
		session.Identify.Intents = Intents(cfg.MessageContent)
		routeLibraryLogs(session, b.log)
	}
	return b, nil
}

// Intents are the gateway intents the bot needs: guilds (for interactions
// and channel data), guild messages and direct messages, plus the
// privileged message content only when asked for.
func Intents(messageContent bool) discordgo.Intent {
	i := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if messageContent {
		i |= discordgo.IntentMessageContent
	}
	return i
}

func setOf(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		if id != "" {
			m[id] = true
		}
	}
	return m
}

// recordGap hands a not-sure or don't-know reply to the gap recorder.
func (b *Bot) recordGap(ctx context.Context, question string, reply knowledge.Reply, source knowledge.Source) {
	if b.cfg.Gaps == nil || question == "" {
		return
	}
	if reply.Kind != knowledge.ReplyNotSure && reply.Kind != knowledge.ReplyDontKnow {
		return
	}
	if err := b.cfg.Gaps.RecordUnanswered(ctx, question, reply, source); err != nil {
		b.log.Warn("record unanswered question", "source", source, "err", err)
	}
}

// rememberQuestion keeps the question that led to an answer for askerID,
// so that a later vote on it can say what was asked.
func (b *Bot) rememberQuestion(entryID, askerID, question string, source knowledge.Source) {
	if entryID == "" || askerID == "" {
		return
	}
	b.mu.Lock()
	b.asked.put(entryID+":"+askerID, askedQuestion{question: question, source: source})
	b.mu.Unlock()
	if b.cfg.Asked != nil && question != "" {
		b.cfg.Asked.RememberAsked(entryID, askerID, knowledge.Asked{Question: question, Source: source})
	}
}

// recalledQuestion returns the question behind the answer of entryID to
// askerID: from this process's memory, or else from Config.Asked, where
// another replica may have put it.
func (b *Bot) recalledQuestion(ctx context.Context, entryID, askerID string) askedQuestion {
	b.mu.Lock()
	q := b.asked.get(entryID + ":" + askerID)
	b.mu.Unlock()
	if q.question == "" && b.cfg.Asked != nil {
		if a, ok := b.cfg.Asked.Recall(ctx, entryID, askerID); ok {
			return askedQuestion{question: a.Question, source: a.Source}
		}
	}
	return q
}

// askedQuestion is a question as remembered for feedback.
type askedQuestion struct {
	question string
	source   knowledge.Source
}

// recentQuestions is a fixed-size memory of questions: when full, the
// oldest is forgotten. It is not safe for concurrent use.
type recentQuestions struct {
	byKey map[string]askedQuestion
	order []string // keys, oldest first
	max   int
}

func newRecentQuestions(max int) recentQuestions {
	return recentQuestions{byKey: make(map[string]askedQuestion), max: max}
}

func (r *recentQuestions) put(key string, q askedQuestion) {
	if _, ok := r.byKey[key]; !ok {
		if len(r.order) == r.max {
			delete(r.byKey, r.order[0])
			r.order = r.order[1:]
		}
		r.order = append(r.order, key)
	}
	r.byKey[key] = q
}

func (r *recentQuestions) get(key string) askedQuestion { return r.byKey[key] }
