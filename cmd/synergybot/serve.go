package main

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/bot"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
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
can sit behind a load balancer. See "Discord setup" and "Running it in production" in README.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			return serve(cmd.Context(), cfg, modes, slog.New(cfg.Log.Handler(a.stderr)))
		},
	}
	cmd.Flags().StringVar(&modes.HTTPAddr, "http", "", "also serve the HTTP interactions endpoint on this address, e.g. :8080")
	cmd.Flags().BoolVar(&modes.Gateway, "gateway", true, "connect to the gateway (chat messages); false needs --http")
	return cmd
}

// serve wires the configuration into a running bot and runs it until ctx
// ends.
func serve(ctx context.Context, cfg Config, modes serveModes, logger *slog.Logger) error {
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
		return err
	}

	ctx, stop := context.WithCancel(ctx)
	defer stop()
	reloader := newKnowledgeReloader(cfg.Knowledge, live, logger, bot.StaffNotifier(ctx, session, cfg.Discord.StaffChannel, logger))
	reloaded := make(chan struct{})
	go func() {
		defer close(reloaded)
		reloader.Run(ctx)
	}()
	defer func() { stop(); <-reloaded }()

	log := openQuestionLog(ctx, cfg.Storage, logger)
	defer log.Close()

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
		Staff:          staffDesk{reloader: reloader, log: log},
		Gaps:           log,
		Feedback:       log,
		Logger:         logger,
	})
	if err != nil {
		return err
	}
	return runModes(ctx, b, modes, publicKey, logger)
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

// questionLog records unanswered questions and votes in the SQLite log
// through a bounded queue, so that a reply never waits for the disk. A
// questionLog with a nil recorder records nothing.
type questionLog struct {
	db       *sqlite.DB
	recorder *sqlite.Recorder
}

// openQuestionLog opens storage.path. When it is empty, or the file is
// corrupt or locked, the bot answers without recording: answering matters
// more than the log.
func openQuestionLog(ctx context.Context, cfg StorageConfig, logger *slog.Logger) questionLog {
	if cfg.Path == "" {
		return questionLog{}
	}
	db, err := sqlite.Open(ctx, cfg.Path, sqlite.Options{Retention: time.Duration(cfg.RetentionDays) * 24 * time.Hour})
	if err != nil {
		logger.Warn("question log unavailable; not recording unanswered questions or feedback", "err", err)
		return questionLog{}
	}
	return questionLog{db: db, recorder: sqlite.NewRecorder(db, sqlite.RecorderOptions{Logger: logger})}
}

func (q questionLog) RecordUnanswered(_ context.Context, question string, reply knowledge.Reply, source string) error {
	q.recorder.Unanswered(sqlite.Unanswered{
		Question: knowledge.Normalize(question), BestID: reply.EntryID, Score: reply.Score, Source: source,
	})
	return nil
}

func (q questionLog) RecordFeedback(_ context.Context, v bot.Vote) error {
	q.recorder.Feedback(sqlite.Vote{
		EntryID: v.EntryID, Helpful: v.Helpful, Question: knowledge.Normalize(v.Question), Source: v.Source,
	})
	return nil
}

// Close writes what is pending, then closes the database.
func (q questionLog) Close() {
	if q.db == nil {
		return
	}
	q.recorder.Close()
	q.db.Close()
}

// staffDesk serves /kb: reload and status from the knowledge reloader,
// with the question log's health added to the status.
type staffDesk struct {
	reloader *knowledgeReloader
	log      questionLog
}

func (s staffDesk) Reload(ctx context.Context) error { return s.reloader.Reload(ctx) }

// gapWindow is how far back /kb gaps and /kb teach look.
const gapWindow = 7 * 24 * time.Hour

// Gaps lists the most asked unanswered questions of the last week.
func (s staffDesk) Gaps(ctx context.Context) (bot.GapReport, error) {
	if s.log.db == nil {
		return bot.GapReport{}, bot.ErrQuestionLogOff
	}
	gaps, err := s.log.db.Gaps(ctx, sqlite.GapQuery{Since: time.Now().Add(-gapWindow), Limit: 25})
	if err != nil {
		return bot.GapReport{}, err
	}
	report := bot.GapReport{Window: gapWindow}
	for _, g := range gaps {
		report.Gaps = append(report.Gaps, bot.Gap{Count: g.Count, Examples: g.Examples, NearestID: g.NearestID, NearestScore: g.NearestScore})
	}
	return report, nil
}

func (s staffDesk) Status(context.Context) bot.StaffStatus {
	st := bot.StaffStatus{
		Knowledge: s.reloader.live.Status(),
		File:      s.reloader.cfg.Path,
		Watched:   s.reloader.cfg.Watch,
	}
	if s.log.recorder != nil {
		st.QuestionLog = bot.QuestionLogStatus{On: true, Path: s.log.db.Path(), Dropped: s.log.recorder.Dropped(), Failed: s.log.recorder.Failed()}
	}
	return st
}

// Teach is not wired yet: knowledge.TeachFile (engineer "loader") is not
// merged. The lead replaces this with a call to it.
func (s staffDesk) Teach(context.Context, string, string, string) error {
	return errors.New("teaching from Discord is not available in this build yet; edit the knowledge file and add the question to the entry's questions")
}
