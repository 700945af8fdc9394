package main

import (
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/knowledge"
)

func (a *app) newKBCommand() *cobra.Command {
	kb := &cobra.Command{
		Use:   "kb",
		Short: "Work with the knowledge base: validate, list, test, gaps",
	}
	kb.AddCommand(a.newKBValidateCommand(), a.newKBListCommand(), a.newKBTestCommand(), a.newKBGapsCommand(), a.newKBEvalCommand())
	return kb
}

// loadBase loads the knowledge base at path, else the configured one, else
// the embedded one.
func loadBase(cfg Config, path string) (*knowledge.Base, error) {
	if path == "" {
		path = cfg.Knowledge.Path
	}
	if path == "" {
		return knowledge.Parse(knowledge.DefaultSource, knowledge.DefaultYAML)
	}
	return knowledge.LoadFile(path)
}

func (a *app) newKBValidateCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "validate [FILE]",
		Short: "Check a knowledge base file and list every problem with its line",
		Long: `Validate checks a knowledge base file (or, without FILE, the configured
one, or the embedded default) and either prints a one-line summary and exits 0,
or prints every problem as FILE:LINE:COL: field: what is wrong (how to fix)
and exits 1.`,
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
			if err != nil {
				fmt.Fprintln(a.stderr, err)
				return exitError{code: 1}
			}
			fmt.Fprintf(a.stdout, "ok: %s: %d entries, %d techniques\n",
				b.Source, len(b.Entries), len(b.Techniques()))
			return nil
		},
	}
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
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(rows)
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
	return &cobra.Command{
		Use:   "test [FILE]",
		Short: "Run every sample question through the matcher and report conflicts",
		Long: `Test asks the matcher each entry's sample questions and reports any that
land on another entry or below the confidence threshold, so staff catch
conflicts before they go live. Exit 1 when there is a conflict.`,
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
			for _, c := range conflicts {
				fmt.Fprintln(a.stdout, c)
			}
			total := 0
			for _, e := range b.Entries {
				total += len(e.Questions)
			}
			if len(conflicts) > 0 {
				fmt.Fprintf(a.stdout, "FAIL: %d of %d sample questions do not land on their own entry\n", len(conflicts), total)
				return exitError{code: 1}
			}
			fmt.Fprintf(a.stdout, "ok: all %d sample questions of %d entries land on their own entry\n", total, len(b.Entries))
			return nil
		},
	}
}
