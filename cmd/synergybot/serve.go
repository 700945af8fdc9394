package main

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/bot"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
)

func (a *app) newServeCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "serve",
		Short: "Run the Discord bot until interrupted (Ctrl-C, SIGTERM)",
		Long: `Serve connects to Discord with the bot token from SYNERGYBOT_DISCORD_TOKEN
(or the file named by discord.token_file), registers the slash commands and
answers until it receives SIGINT or SIGTERM. See docs/discord-setup.md.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			return serve(cmd.Context(), cfg, slog.New(cfg.Log.Handler(a.stderr)))
		},
	}
}

// serve wires the configuration into a running bot and runs it until ctx
// ends.
func serve(ctx context.Context, cfg Config, logger *slog.Logger) error {
	if cfg.Discord.Token == "" {
		return errors.New("no Discord bot token: set SYNERGYBOT_DISCORD_TOKEN, or discord.token_file to a file holding it")
	}
	snap, err := loadKnowledge(cfg, time.Now())
	if err != nil {
		return err
	}
	live := knowledge.NewLive(snap)
	logger.Info("knowledge base loaded", "source", snap.Source, "version", snap.Version, "entries", len(snap.Base.Entries))
	// TODO(lead): onError could post refused edits to discord.staff_channel.
	reloader := newKnowledgeReloader(cfg.Knowledge, live, logger, nil)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	reloaded := make(chan struct{})
	go func() {
		defer close(reloaded)
		reloader.Run(ctx)
	}()
	defer func() { stop(); <-reloaded }()

	bcfg := bot.Config{
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
		Cooldown:       cfg.Discord.Cooldown,
		Staff:          reloader,
		Logger:         logger,
	}
	if cfg.Storage.Path != "" {
		db, err := sqlite.Open(ctx, cfg.Storage.Path, sqlite.Options{Retention: time.Duration(cfg.Storage.RetentionDays) * 24 * time.Hour})
		if err != nil {
			// Answering matters more than recording: carry on without.
			logger.Warn("question log unavailable; not recording unanswered questions or feedback", "err", err)
		} else {
			defer db.Close()
			bcfg.Gaps, bcfg.Feedback = questionLog{db}, questionLog{db}
		}
	}

	session, err := bot.NewSession(cfg.Discord.Token, cfg.Discord.APIURL)
	if err != nil {
		return err
	}
	b, err := bot.New(session, bcfg)
	if err != nil {
		return err
	}
	return b.Run(ctx)
}

// questionLog records unanswered questions and votes in the SQLite log.
type questionLog struct{ db *sqlite.DB }

func (q questionLog) RecordUnanswered(ctx context.Context, question string, reply knowledge.Reply, source string) error {
	return q.db.RecordUnanswered(ctx, sqlite.Unanswered{
		Question: knowledge.Normalize(question), BestID: reply.EntryID, Score: reply.Score, Source: source,
	})
}

func (q questionLog) RecordFeedback(ctx context.Context, v bot.Vote) error {
	return q.db.RecordFeedback(ctx, sqlite.Vote{
		EntryID: v.EntryID, Helpful: v.Helpful, Question: knowledge.Normalize(v.Question), Source: v.Source,
	})
}
