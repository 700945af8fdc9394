package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sclondonmassage/synergybot/bot"
	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/postgres"
	"github.com/sclondonmassage/synergybot/sqlite"
	"github.com/sclondonmassage/synergybot/store"
)

// questionLogDrain is how long shutdown waits for pending question-log
// writes before dropping them, well inside the 10 s a stop may take.
const questionLogDrain = 4 * time.Second

// storageOpener returns the opener of the question log that storage.url
// (PostgreSQL) or, when it is empty, storage.path (SQLite) names, with the
// back end's name and where it is for logs and status. readOnly opens it
// for staff reports. ok is false when neither is set.
func storageOpener(cfg config.StorageConfig, readOnly bool) (open store.Opener, backend, where string, ok bool) {
	retention := time.Duration(cfg.RetentionDays) * 24 * time.Hour
	switch {
	case cfg.URL != "": // a postgres:// URL or keyword/value string, validated by config
		return func(ctx context.Context) (store.Store, error) {
			return postgres.Open(ctx, cfg.URL, postgres.Options{Retention: retention, ReadOnly: readOnly})
		}, "postgres", postgres.Describe(cfg.URL), true
	case cfg.Path != "":
		return func(ctx context.Context) (store.Store, error) {
			if !readOnly && cfg.Path == config.DefaultStoragePath() {
				// The default lives under the user's state directory,
				// which may not exist yet.
				if err := os.MkdirAll(filepath.Dir(cfg.Path), 0o700); err != nil {
					return nil, err
				}
			}
			return sqlite.Open(ctx, cfg.Path, sqlite.Options{Retention: retention, ReadOnly: readOnly})
		}, "sqlite", cfg.Path, true
	}
	return nil, "", "", false
}

// openStorageForReading opens the question log for a staff report such as
// `kb gaps`. The caller closes it.
func openStorageForReading(ctx context.Context, cfg config.StorageConfig) (store.Store, error) {
	open, _, where, ok := storageOpener(cfg, true)
	if !ok {
		return nil, errors.New("no question log is configured (storage.url and storage.path are empty), so no questions are recorded; set storage.path (SQLite) or storage.url (PostgreSQL)")
	}
	s, err := open(ctx)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no question log at %s yet: the bot creates it when it first runs with this storage.path (is it the same file the bot writes?): %w", where, err)
	}
	return s, err
}

// storageWhere names the configured log without secrets, for reports.
func storageWhere(cfg config.StorageConfig) string {
	_, backend, where, _ := storageOpener(cfg, true)
	return strings.TrimSpace(backend + " " + where)
}

// questionLog records unanswered questions and votes through a
// store.Recorder, so that a reply never waits for the database. A
// questionLog with a nil recorder records nothing.
type questionLog struct {
	recorder *store.Recorder
}

// openQuestionLog starts recording to the configured log. The database is
// opened in the background, and retried with backoff while it is locked or
// unreachable: answering matters more than the log.
func openQuestionLog(_ context.Context, cfg config.StorageConfig, logger *slog.Logger) questionLog {
	open, backend, where, ok := storageOpener(cfg, false)
	if !ok {
		logger.Info("question log off (storage.path and storage.url are empty)")
		return questionLog{}
	}
	logger.Info("question log", "backend", backend, "where", where)
	return questionLog{recorder: store.NewRecorder(open, store.RecorderOptions{Backend: backend, Where: where, Logger: logger})}
}

// RecordUnanswered queues question (redacted before it is stored).
func (q questionLog) RecordUnanswered(_ context.Context, question string, reply knowledge.Reply, source knowledge.Source) error {
	q.recorder.Unanswered(knowledge.Unanswered{Question: question, BestID: reply.EntryID, Score: reply.Score, Source: source})
	return nil
}

// RecordFeedback queues a vote.
func (q questionLog) RecordFeedback(_ context.Context, v knowledge.Vote) error {
	q.recorder.Feedback(v)
	return nil
}

// asked is the question log as the bot's memory of the questions behind
// answers, shared by every replica on the same database; nil when off.
func (q questionLog) asked() bot.AskedQuestions {
	if q.recorder == nil {
		return nil
	}
	return q.recorder
}

// Close writes what is pending within questionLogDrain, then closes the
// database; what is left is dropped and logged with its count.
func (q questionLog) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), questionLogDrain)
	defer cancel()
	q.recorder.Close(ctx) // the Recorder logs what it dropped
}
