package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
)

// gapsReport is what `kb gaps --json` prints.
type gapsReport struct {
	Since      time.Time                 `json:"since"`
	Gaps       []knowledge.Gap           `json:"gaps"`
	Unhelpful  []knowledge.EntryFeedback `json:"least_helpful"`
	Database   string                    `json:"database"`
	Generated  time.Time                 `json:"generated"`
	TotalAsked int                       `json:"total_asked"`
}

func (a *app) newKBGapsCommand() *cobra.Command {
	var (
		since  string
		limit  int
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "gaps",
		Short: "Show what members asked that the bot could not answer",
		Long: `Gaps lists the questions the bot could not answer confidently, grouped by
similar text, most asked first, each with the nearest entry: add an alias to
that entry when it was the right topic, or write a new entry when none was.
It also lists the entries people marked "Not helpful" most often.
It reads the question log: storage.url (PostgreSQL, shared by every
replica) or storage.path (SQLite); the bot may keep running meanwhile.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			window, err := parseSince(since)
			if err != nil {
				return err
			}
			now := time.Now()
			from := now.Add(-window)
			db, err := openStorageForReading(cmd.Context(), cfg.Storage)
			if err != nil {
				return err
			}
			defer db.Close()
			gaps, err := store.Gaps(cmd.Context(), db, store.GapQuery{Since: from, Limit: limit})
			if err != nil {
				return err
			}
			feedback, err := db.Feedback(cmd.Context(), from)
			if err != nil {
				return err
			}
			var unhelpful []knowledge.EntryFeedback
			for _, f := range feedback {
				if f.NotHelpful > 0 {
					unhelpful = append(unhelpful, f)
				}
			}
			if asJSON {
				r := gapsReport{Since: from, Gaps: gaps, Unhelpful: unhelpful, Database: storageWhere(cfg.Storage), Generated: now}
				for _, g := range gaps {
					r.TotalAsked += g.Count
				}
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(r)
			}
			printGaps(a, gaps, unhelpful, since)
			return nil
		},
	}
	cmd.Flags().StringVar(&since, "since", "7d", "how far back to look: 7d, 36h, 90d")
	cmd.Flags().IntVar(&limit, "limit", 20, "show at most this many groups")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func printGaps(a *app, gaps []knowledge.Gap, unhelpful []knowledge.EntryFeedback, since string) {
	if len(gaps) == 0 {
		fmt.Fprintf(a.stdout, "No unanswered questions in the last %s.\n", since)
	} else {
		fmt.Fprintf(a.stdout, "Unanswered questions, last %s (most asked first):\n", since)
		w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ASKED\tNEAREST ENTRY\tSCORE\tEXAMPLES")
		for _, g := range gaps {
			nearest := g.NearestID
			if nearest == "" {
				nearest = "(none)"
			}
			fmt.Fprintf(w, "%d\t%s\t%.2f\t%s\n", g.Count, nearest, g.NearestScore, strings.Join(g.Examples, " | "))
		}
		w.Flush()
	}
	if len(unhelpful) > 0 {
		fmt.Fprintln(a.stdout, "\nLeast helpful entries:")
		w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(w, "ENTRY\tHELPFUL\tNOT HELPFUL\tRECENT QUESTIONS")
		for _, f := range unhelpful {
			fmt.Fprintf(w, "%s\t%d\t%d\t%s\n", f.EntryID, f.Helpful, f.NotHelpful, strings.Join(f.Questions, " | "))
		}
		w.Flush()
	}
}

// parseSince reads a look-back window: Go durations ("36h") plus days ("7d").
func parseSince(s string) (time.Duration, error) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(days)
		if err != nil || n <= 0 {
			return 0, fmt.Errorf("--since %q: want a number of days such as 7d", s)
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("--since %q: want a duration such as 7d or 36h", s)
	}
	return d, nil
}
