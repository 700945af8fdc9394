package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/bot"
	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
)

// serveModes says which of Discord's two ways in the bot serves.
type serveModes struct {
	// HTTPAddr is where the HTTP interactions endpoint listens; empty: off.
	HTTPAddr string
	// Gateway connects to the gateway for chat messages (and interactions).
	Gateway bool
}

func (a *app) newServeCommand() *cobra.Command {
	modes := serveModes{Gateway: true}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Run the Discord bot until interrupted (Ctrl-C, SIGTERM)",
		Long: `Serve connects to Discord with the bot token from SYNERGYBOT_DISCORD_TOKEN
(or the file named by discord.token_file), registers the slash commands and
answers until it receives SIGINT or SIGTERM. With --http it also serves
Discord's HTTP interactions endpoint (signed with discord.public_key); with
--gateway=false it serves only that endpoint, so that any number of replicas
can sit behind a load balancer.

The first SIGINT/SIGTERM stops it within 8 s (exit 0, or 2 when something
had to be abandoned at that deadline); a second one stops it at once (exit
130 or 143). See "Discord setup" in README.md and docs/operations.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			logger := slog.New(cfg.Log.Handler(a.stderr))
			setProcessLogger(logger)
			return serve(cmd.Context(), cfg, modes, logger)
		},
	}
	cmd.Flags().StringVar(&modes.HTTPAddr, "http", "", "also serve the HTTP interactions endpoint on this address, e.g. :8080")
	cmd.Flags().BoolVar(&modes.Gateway, "gateway", true, "connect to the gateway (chat messages); false needs --http")
	return cmd
}

// serve wires the configuration into a running bot and runs it until ctx
// ends.
func serve(ctx context.Context, cfg config.Config, modes serveModes, logger *slog.Logger) error {
	if cfg.Discord.Token == "" {
		return errors.New("no Discord bot token: set SYNERGYBOT_DISCORD_TOKEN, or discord.token_file to a file holding it")
	}
	if !modes.Gateway && modes.HTTPAddr == "" {
		return errors.New("--gateway=false leaves nothing to serve: add --http ADDR")
	}
	var publicKey ed25519.PublicKey
	if modes.HTTPAddr != "" {
		key, err := bot.ParsePublicKey(cfg.Discord.PublicKey)
		if err != nil {
			return fmt.Errorf("--http needs discord.public_key (SYNERGYBOT_DISCORD_PUBLIC_KEY, from the developer portal's General Information page): %w", err)
		}
		publicKey = key
	}
	snap, err := loadKnowledge(cfg, time.Now())
	if err != nil {
		return err
	}
	live := knowledge.NewLive(snap)
	logger.Info("knowledge base loaded", "source", snap.Source, "version", snap.Version, "entries", len(snap.Base.Entries))

	session, err := bot.NewSession(cfg.Discord.Token, cfg.Discord.APIURL)
	if err != nil {
		return err
	}
	if err := bot.ConfigureShards(ctx, session, cfg.Discord.ShardID, cfg.Discord.ShardCount); err != nil {
		if ctx.Err() != nil {
			return nil // stopped by a signal during start-up: a clean stop
		}
		return err
	}

	// Everything below runs under runCtx, which ends when ctx does (the
	// first SIGINT or SIGTERM) or when a part fails; then shutDown stops
	// every part within one deadline.
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	reloader := newKnowledgeReloader(cfg.Knowledge, live, logger, bot.StaffNotifier(runCtx, session, cfg.Discord.StaffChannel, logger))
	reloaded := make(chan struct{})
	go func() {
		defer close(reloaded)
		reloader.Run(runCtx)
	}()

	log := openQuestionLog(runCtx, cfg.Storage, logger)

	b, err := bot.New(session, bot.Config{
		Responder: func() knowledge.Responder {
			return knowledge.Responder{
				Matcher: live.Current().Matcher,
				Options: knowledge.ReplyOptions{Tracking: cfg.Replies.Tracking, Medium: "discord"},
			}
		},
		GuildID:        cfg.Discord.GuildID,
		Channels:       cfg.Discord.Channels,
		StaffRoles:     cfg.Discord.StaffRoles,
		MessageContent: cfg.Discord.MessageContent,
		MessageBurst:   cfg.Discord.RateLimitBurst,
		MessageEvery:   cfg.Discord.RateLimitEvery,
		Staff:          staffDesk{reloader: reloader, log: log, threshold: cfg.Matching.Threshold},
		Gaps:           log,
		Feedback:       log,
		Asked:          log.asked(),
		Logger:         logger,
	})
	if err != nil {
		stopRun()
		<-reloaded
		log.Close()
		return err
	}
	served := make(chan struct{})
	var serveErr error
	go func() {
		defer close(served)
		serveErr = runModes(runCtx, b, modes, publicKey, logger)
	}()
	select {
	case <-ctx.Done():
	case <-served: // a part failed on its own (a revoked token, a port in use)
	}
	err = shutDown(stopRun, shutdownBudget, logger, []stoppingPart{
		{"discord gateway and http endpoint", func() <-chan struct{} { return served }},
		{"knowledge reloader", func() <-chan struct{} { return reloaded }},
		// Last, so that the answers still in flight have queued their writes.
		{"question log", func() <-chan struct{} { return inBackground(log.Close) }},
	}, func() error {
		if ctx.Err() != nil && errors.Is(serveErr, context.Canceled) {
			return nil // stopped by a signal during start-up: a clean stop
		}
		return serveErr
	})
	if log.recorder != nil && errors.Is(err, errShutdownDeadline) {
		// The log's own drain did not finish: writes still queued are lost
		// with the process; these are the ones known to be lost already.
		st := log.recorder.Status()
		logger.Warn("question log: not every question was recorded", "dropped", st.Dropped, "failed", st.Failed, "drained", false)
	}
	return err
}

// shutdownBudget is how long serve gives the whole shutdown, from the first
// SIGINT/SIGTERM to returning: Discord close, HTTP drain, follow-ups and the
// question log's drain all share it. main's hard stop (hardStopAfter) ends
// the process a little later should anything outside serve be stuck, so
// that SIGTERM always ends it within 10 s.
const shutdownBudget = 8 * time.Second

// stoppingPart is one part of the server being shut down: stopped is
// called when shutDown reaches the part and returns a channel closed once
// the part has stopped.
type stoppingPart struct {
	name    string
	stopped func() <-chan struct{}
}

// inBackground runs fn in a goroutine and returns a channel closed when it
// has returned, so that a call that hangs (closing a locked database) can
// be waited for with a deadline.
func inBackground(fn func()) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	return done
}

// errShutdownDeadline is serve's error when some part did not stop within
// shutdownBudget; main maps it to exit code exitStuck.
var errShutdownDeadline = errors.New("shutdown deadline passed")

// shutDown cancels the running parts with stop, then waits for each part
// in order, all of them within one deadline of budget. A part still running
// at the deadline is logged and abandoned (the process is about to end).
// It returns result() when every part stopped, or errShutdownDeadline.
func shutDown(stop context.CancelFunc, budget time.Duration, logger *slog.Logger, parts []stoppingPart, result func() error) error {
	start := time.Now()
	logger.Info("shutting down", "deadline", budget)
	stop()
	deadline := time.NewTimer(budget)
	defer deadline.Stop()
	var stuck []string
	for _, p := range parts {
		done := p.stopped()
		if len(stuck) > 0 {
			// The deadline has passed: check without waiting.
			select {
			case <-done:
			default:
				stuck = append(stuck, p.name)
			}
			continue
		}
		select {
		case <-done:
		case <-deadline.C:
			stuck = append(stuck, p.name)
		}
	}
	took := time.Since(start).Round(time.Millisecond)
	if len(stuck) > 0 {
		logger.Error("shutdown deadline passed; abandoning what is still running", "took", took, "still_running", stuck)
		return fmt.Errorf("%w after %s: %s still running", errShutdownDeadline, budget, strings.Join(stuck, ", "))
	}
	err := result()
	logger.Info("stopped", "took", took)
	return err
}

// runModes runs the gateway, the HTTP endpoint or both until ctx ends or
// one of them fails, which stops the other.
func runModes(ctx context.Context, b *bot.Bot, modes serveModes, publicKey ed25519.PublicKey, logger *slog.Logger) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	errs := make(chan error, 2)
	running := 0
	if modes.HTTPAddr != "" {
		h, err := bot.NewHTTPHandler(b, publicKey, bot.HTTPOptions{Logger: logger})
		if err != nil {
			return err
		}
		if !modes.Gateway {
			if err := b.RegisterCommands(ctx); err != nil {
				return err
			}
		}
		running++
		go func() { errs <- h.ListenAndServe(ctx, modes.HTTPAddr) }()
		logger.Info("serving HTTP interactions", "addr", modes.HTTPAddr)
	}
	if modes.Gateway {
		running++
		go func() { errs <- b.Run(ctx) }()
	}
	var first error
	for ; running > 0; running-- {
		if err := <-errs; err != nil && first == nil {
			first = err
			stop()
		}
	}
	return first
}

// staffDesk serves /kb: reload, status and teaching from the knowledge
// reloader and the knowledge file, gaps and the log's health from the
// question log.
type staffDesk struct {
	reloader  *knowledgeReloader
	log       questionLog
	threshold float64 // matching.threshold, which a taught question must reach
}

func (s staffDesk) Reload(ctx context.Context) error { return s.reloader.Reload(ctx) }

// gapWindow is how far back /kb gaps and /kb teach look.
const gapWindow = 7 * 24 * time.Hour

// Gaps lists the most asked unanswered questions of the last week, enough
// of them for /kb teach's menu.
func (s staffDesk) Gaps(ctx context.Context) (bot.GapReport, error) {
	if s.log.recorder == nil {
		return bot.GapReport{}, bot.ErrQuestionLogOff
	}
	reader := s.log.recorder.Reader()
	if reader == nil {
		return bot.GapReport{}, errors.New("the question log is not reachable right now (see /kb status); try again later")
	}
	gaps, err := store.Gaps(ctx, reader, store.GapQuery{Since: time.Now().Add(-gapWindow), Limit: 25})
	if err != nil {
		return bot.GapReport{}, err
	}
	return bot.GapReport{Window: gapWindow, Gaps: gaps}, nil
}

func (s staffDesk) Status(context.Context) bot.StaffStatus {
	st := bot.StaffStatus{
		Knowledge: s.reloader.live.Status(),
		File:      s.reloader.cfg.Path,
		Watched:   s.reloader.cfg.Watch,
	}
	if s.log.recorder != nil {
		q := s.log.recorder.Status()
		st.QuestionLog = bot.QuestionLogStatus{On: true, Backend: q.Backend, Where: q.Where, State: string(q.State),
			Since: q.Since, LastError: q.LastError, Dropped: q.Dropped, Failed: q.Failed}
	}
	return st
}

// Teach adds question to entry entryID in the knowledge file, checked as
// kb teach checks it; the file watcher (or /kb reload) then makes it live.
// bot logs who taught what.
func (s staffDesk) Teach(_ context.Context, _, entryID, question string) error {
	return knowledge.TeachFileWithOptions(s.reloader.cfg.Path, entryID, question, knowledge.MatchOptions{Threshold: s.threshold})
}
