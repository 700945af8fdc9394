package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
)

func (a *app) newKBCommand() *cobra.Command {
	kb := &cobra.Command{
		Use:   "kb",
		Short: "Work with the knowledge base: validate, list, test, gaps",
	}
	kb.AddCommand(a.newKBValidateCommand(), a.newKBListCommand(), a.newKBTestCommand(), a.newKBGapsCommand(), a.newKBEvalCommand())
	kb.AddCommand(a.newKBTeachCommand())
	kb.AddCommand(a.newKBSchemaCommand())
	return kb
}

// loadBase loads the knowledge base at path, else the configured one, else
// the embedded one.
func loadBase(cfg config.Config, path string) (*knowledge.Base, error) {
	if path == "" {
		path = cfg.Knowledge.Path
	}
	return knowledge.LoadLimited(path, readLimits(cfg.Knowledge))
}

func (a *app) newKBValidateCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a knowledge base file and list every problem with its line",
		Long: `Validate checks a knowledge base file (or, without FILE, the configured
one, or the embedded default) and either prints a one-line summary and exits 0,
or prints every problem as FILE:LINE:COL: field: what is wrong (how to fix)
and exits 1. --json prints {"ok", "source", "entries", "techniques",
"problems": [{"file", "line", "col", "field", "message", "fix"}]} on
standard output instead, with the same exit status.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var path string
			if len(args) == 1 {
				path = args[0]
			}
			cfg, err := a.config()
			if err != nil {
				return err
			}
			b, err := loadBase(cfg, path)
			if asJSON {
				source := path
				if source == "" {
					source = cfg.Knowledge.Path
				}
				if err := writeJSON(a.stdout, newValidateReport(source, b, err)); err != nil {
					return err
				}
				if err != nil {
					return exitError{code: 1}
				}
				return nil
			}
			if err != nil {
				fmt.Fprintln(a.stderr, err)
				return exitError{code: 1}
			}
			fmt.Fprintf(a.stdout, "ok: %s: %d entries, %d techniques\n",
				b.Source, len(b.Entries), len(b.Techniques()))
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}

// listedEntry is one row of `kb list --json`.
type listedEntry struct {
	ID      string         `json:"id"`
	Kind    knowledge.Kind `json:"kind"`
	Title   string         `json:"title"`
	Aliases []string       `json:"aliases"`
}

func (a *app) newKBListCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the entries of the knowledge base (id, kind, title)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			b, err := loadBase(cfg, "")
			if err != nil {
				return err
			}
			if asJSON {
				rows := make([]listedEntry, 0, len(b.Entries))
				for _, e := range b.Entries {
					aliases := e.Aliases
					if aliases == nil {
						aliases = []string{}
					}
					rows = append(rows, listedEntry{ID: e.ID, Kind: e.Kind, Title: e.Title, Aliases: aliases})
				}
				return writeJSON(a.stdout, rows)
			}
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tKIND\tTITLE")
			for _, e := range b.Entries {
				fmt.Fprintf(w, "%s\t%s\t%s\n", e.ID, e.Kind, e.Title)
			}
			return w.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array of {id, kind, title, aliases}")
	return cmd
}

func (a *app) newKBTestCommand() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "test [FILE]",
		Short: "Run every sample question through the matcher and report conflicts",
		Long: `Test asks the matcher each entry's sample questions and reports any that
land on another entry or below the confidence threshold, so staff catch
conflicts before they go live. Exit 1 when there is a conflict. --json
prints {"ok", "source", "entries", "questions", "conflicts": [{"entry_id",
"question", "got_id", "score", "message"}]} instead.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			var path string
			if len(args) == 1 {
				path = args[0]
			}
			b, err := loadBase(cfg, path)
			if err != nil {
				fmt.Fprintln(a.stderr, err)
				return exitError{code: 1}
			}
			m := knowledge.NewMatcher(b, knowledge.MatchOptions{Threshold: cfg.Matching.Threshold})
			conflicts := knowledge.SelfTest(m)
			report := newSelfTestReport(b, conflicts)
			if asJSON {
				if err := writeJSON(a.stdout, report); err != nil {
					return err
				}
			} else {
				for _, c := range conflicts {
					fmt.Fprintln(a.stdout, c)
				}
				if report.OK {
					fmt.Fprintf(a.stdout, "ok: all %d sample questions of %d entries land on their own entry\n", report.Questions, report.Entries)
				} else {
					fmt.Fprintf(a.stdout, "FAIL: %d of %d sample questions do not land on their own entry\n", len(conflicts), report.Questions)
				}
			}
			if !report.OK {
				return exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as JSON")
	return cmd
}
