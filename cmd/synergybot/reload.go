package main

// Live knowledge: the first load, and the reloads that follow an edit of
// the knowledge base file. Three triggers lead to the same reload: the file
// being saved (when knowledge.watch is on), SIGHUP, and /kb reload in
// Discord. Whatever triggered it, a file with errors is not served: the
// last good version stays live, every problem is logged with its file and
// line, and onError is told (the bot posts it to discord.staff_channel).

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/watch"
)

// loadKnowledge builds the first snapshot: the configured file, or the
// embedded knowledge base when knowledge.path is empty.
func loadKnowledge(cfg config.Config, now time.Time) (*knowledge.Snapshot, error) {
	return knowledge.LoadSnapshot(cfg.Knowledge.Path,
		knowledge.MatchOptions{Threshold: cfg.Matching.Threshold}, readLimits(cfg.Knowledge), now)
}

// readLimits are the configured limits on reading the knowledge base file.
func readLimits(cfg config.KnowledgeConfig) knowledge.ReadLimits {
	return knowledge.ReadLimits{MaxBytes: int64(cfg.MaxBytes), Timeout: cfg.ReadTimeout}
}

// knowledgeReloader reloads the served knowledge base from its file. It
// implements bot.Staff (Reload and Status), so /kb reload and /kb status go
// through it too.
type knowledgeReloader struct {
	cfg     config.KnowledgeConfig
	live    *knowledge.Live
	logger  *slog.Logger
	onError func(error)
	// debounce is passed to watch.File; zero means watch.DefaultDebounce.
	debounce time.Duration
}

// newKnowledgeReloader returns a reloader for the base in cfg.Path, served
// by live. onError, if not nil, is called with the error of every failed
// reload (after it has been logged); it must not block for long.
func newKnowledgeReloader(cfg config.KnowledgeConfig, live *knowledge.Live, logger *slog.Logger, onError func(error)) *knowledgeReloader {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &knowledgeReloader{cfg: cfg, live: live, logger: logger, onError: onError}
}

// Run reloads on every save of the file (when watching) and on SIGHUP until
// ctx is done, then returns nil. It handles SIGHUP even when there is no
// file to reload, so that the signal never terminates the bot. A watch that
// fails is logged; SIGHUP and /kb reload keep working without it.
func (r *knowledgeReloader) Run(ctx context.Context) error {
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	return r.run(ctx, hup)
}

// run is Run with the SIGHUP channel given, for tests.
func (r *knowledgeReloader) run(ctx context.Context, hup <-chan os.Signal) error {
	watchDone := make(chan struct{})
	if r.cfg.Path != "" && r.cfg.Watch {
		go func() {
			defer close(watchDone)
			err := watch.File(ctx, r.cfg.Path, r.debounce, r.logger, func() { _ = r.reload("file saved") })
			if err != nil {
				r.logger.Error("knowledge base file is no longer watched; reload with SIGHUP or /kb reload", "file", r.cfg.Path, "err", err)
			}
		}()
		r.logger.Info("watching the knowledge base file", "file", r.cfg.Path)
	} else {
		close(watchDone)
	}

	for {
		select {
		case <-ctx.Done():
			<-watchDone
			return nil
		case <-hup:
			if err := r.reload("SIGHUP"); errors.Is(err, knowledge.ErrNoFile) {
				r.logger.Info("SIGHUP: nothing to reload", "reason", err)
			}
		}
	}
}

// Reload re-reads the knowledge base file now, for /kb reload. It returns
// the reload's error: the file's problems when it is invalid (the previous
// version is still served), or an error when no file is configured.
func (r *knowledgeReloader) Reload(ctx context.Context) error {
	return r.reload("/kb reload")
}

// reload re-reads the file and publishes it when valid; trigger says why,
// for the log. A failure is logged, one record per problem, and passed to
// onError.
func (r *knowledgeReloader) reload(trigger string) error {
	before := r.live.Current()
	start := time.Now()
	snap, changed, err := r.live.Reload()
	if errors.Is(err, knowledge.ErrNoFile) {
		return err
	}
	if err != nil {
		lines := problemLines(err)
		r.logger.Error("knowledge base NOT reloaded; still serving the last good version",
			"file", r.cfg.Path, "trigger", trigger, "serving", before.Version, "problems", len(lines))
		for _, line := range lines {
			r.logger.Error("knowledge base problem", "file", r.cfg.Path, "problem", line)
		}
		if r.onError != nil {
			r.onError(err)
		}
		return err
	}
	if !changed {
		r.logger.Info("knowledge base unchanged", "file", r.cfg.Path, "trigger", trigger, "version", snap.Version)
		return nil
	}
	r.logger.Info("knowledge base reloaded; new version live",
		"file", r.cfg.Path, "trigger", trigger, "version", snap.Version, "previous", before.Version,
		"entries", len(snap.Base.Entries), "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// problemLines lists an error's problems, one per line: each problem of a
// knowledge.Problems (FILE:LINE:COL: ...), or the error itself for any
// other failure (a file that cannot be read).
func problemLines(err error) []string {
	var ps knowledge.Problems
	if !errors.As(err, &ps) {
		return []string{err.Error()}
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return lines
}

// maxStatusProblems bounds how many problems Status lists, to keep the
// message short enough for Discord.
const maxStatusProblems = 5

// Status describes the version being served and, when the last reload
// failed, why the file on disk is not live; for /kb status.
func (r *knowledgeReloader) Status() string {
	s := r.live.Status()
	var b strings.Builder
	fmt.Fprintf(&b, "Serving version %s (%d entries) from %s, loaded %s.",
		s.Version, s.Entries, s.Source, s.LoadedAt.Format("2006-01-02 15:04:05 MST"))
	switch {
	case r.cfg.Path == "":
		b.WriteString(" This is the built-in knowledge base; set knowledge.path to serve a file staff can edit.")
	case r.cfg.Watch:
		b.WriteString(" Saving the file reloads it.")
	default:
		b.WriteString(" The file is not watched: use /kb reload after saving it.")
	}
	if f := s.LastFailure; f != nil {
		lines := problemLines(f.Err)
		fmt.Fprintf(&b, "\nThe last edit was NOT loaded (%s): %d problem(s).", f.At.Format("15:04:05"), len(lines))
		for i, line := range lines {
			if i == maxStatusProblems {
				fmt.Fprintf(&b, "\n… and %d more: run `synergybot kb validate` to see them all.", len(lines)-i)
				break
			}
			b.WriteString("\n- " + line)
		}
	}
	return b.String()
}
