package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// evalFile is the report of `kb eval --json` for one file.
type evalFile struct {
	File           string                  `json:"file"`
	Cases          int                     `json:"cases"`
	InScopeTop1    float64                 `json:"in_scope_top1"`
	Abstention     float64                 `json:"abstention"`
	ConfidentWrong float64                 `json:"confident_wrong"`
	Report         knowledge.EvalReport    `json:"report"`
	Failures       []knowledge.EvalOutcome `json:"failures,omitempty"`
}

func (a *app) newKBEvalCommand() *cobra.Command {
	var (
		asJSON, showFailures        bool
		minIn, minAbstain, maxWrong float64
		knowledgePath               string
	)
	cmd := &cobra.Command{
		Use:   "eval FILE...",
		Short: "Score the bot on labelled question files",
		Long: `Eval asks the bot every question of each FILE and prints, per file, the
in-scope top-1 accuracy (the share of answerable questions answered with an
expected entry), the abstention (the share of out-of-scope questions given no
answer), the confident-wrong rate (the share of all questions answered with an
entry not expected), the same per kind of question, and the confusions.

A FILE is YAML with a top-level "cases:" list of {q, expect: [ids] or [none],
kind}, or a .tsv file of "question<TAB>label" lines that are all out of scope.
--min-in, --min-abstain and --max-wrong (fractions, 0.95 for 95%) make eval
exit 1 when any file misses them; --json prints one JSON object per file.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			b, err := loadBase(cfg, knowledgePath)
			if err != nil {
				fmt.Fprintln(a.stderr, err)
				return exitError{code: 1}
			}
			r := knowledge.Responder{
				Matcher: knowledge.NewMatcher(b, knowledge.MatchOptions{Threshold: cfg.Matching.Threshold}),
				Options: knowledge.ReplyOptions{Tracking: cfg.Replies.Tracking, Medium: "cli"},
			}
			failed := false
			for _, path := range args {
				data, err := os.ReadFile(path)
				if err != nil {
					return fmt.Errorf("kb eval: %w", err)
				}
				cases, err := knowledge.ParseEvalCases(path, data)
				if err != nil {
					fmt.Fprintln(a.stderr, err)
					return exitError{code: 1}
				}
				rep := knowledge.Evaluate(r, cases)
				if asJSON {
					if err := writeEvalJSON(a.stdout, path, rep, showFailures); err != nil {
						return err
					}
				} else {
					writeEvalText(a.stdout, path, rep, showFailures)
				}
				for _, miss := range evalMisses(rep, minIn, minAbstain, maxWrong) {
					failed = true
					fmt.Fprintf(a.stderr, "%s: %s\n", path, miss)
				}
			}
			if failed {
				return exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per file")
	cmd.Flags().BoolVar(&showFailures, "failures", false, "list every case the bot got wrong")
	cmd.Flags().Float64Var(&minIn, "min-in", 0, "exit 1 if in-scope top-1 is below this fraction")
	cmd.Flags().Float64Var(&minAbstain, "min-abstain", 0, "exit 1 if abstention is below this fraction")
	cmd.Flags().Float64Var(&maxWrong, "max-wrong", 1, "exit 1 if the confident-wrong rate is above this fraction")
	cmd.Flags().StringVar(&knowledgePath, "knowledge", "", "knowledge base file (default: the configured one)")
	return cmd
}

// evalMisses lists the thresholds that rep misses, for the exit status.
func evalMisses(rep knowledge.EvalReport, minIn, minAbstain, maxWrong float64) []string {
	var out []string
	if rep.InScope > 0 && rep.InScopeTop1() < minIn {
		out = append(out, fmt.Sprintf("in-scope top-1 %.1f%% is below --min-in %.1f%%", 100*rep.InScopeTop1(), 100*minIn))
	}
	if rep.OutOfScope > 0 && rep.Abstention() < minAbstain {
		out = append(out, fmt.Sprintf("abstention %.1f%% is below --min-abstain %.1f%%", 100*rep.Abstention(), 100*minAbstain))
	}
	if rep.WrongRate() > maxWrong {
		out = append(out, fmt.Sprintf("confident wrong %.1f%% is above --max-wrong %.1f%%", 100*rep.WrongRate(), 100*maxWrong))
	}
	return out
}

func writeEvalText(w io.Writer, path string, rep knowledge.EvalReport, failures bool) {
	fmt.Fprintf(w, "%s: %d cases\n", path, rep.Cases)
	fmt.Fprintf(w, "  in-scope top-1   %5.1f%% (%d/%d)\n", 100*rep.InScopeTop1(), rep.InScopeRight, rep.InScope)
	fmt.Fprintf(w, "  abstention       %5.1f%% (%d/%d)\n", 100*rep.Abstention(), rep.Abstained, rep.OutOfScope)
	fmt.Fprintf(w, "  confident wrong  %5.1f%% (%d/%d)\n", 100*rep.WrongRate(), rep.ConfidentWrong, rep.Cases)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  kind\tright\tcases\t")
	for _, k := range rep.Kinds() {
		t := rep.ByKind[k]
		fmt.Fprintf(tw, "  %s\t%5.1f%%\t%d/%d\t\n", k, 100*float64(t.Right)/float64(t.Cases), t.Right, t.Cases)
	}
	tw.Flush()
	if len(rep.Confusions) > 0 {
		fmt.Fprintln(w, "  confusions (expected -> got):")
		for i, c := range rep.Confusions {
			if i == 15 && !failures {
				fmt.Fprintf(w, "    ... %d more (--failures lists every case)\n", len(rep.Confusions)-i)
				break
			}
			fmt.Fprintf(w, "    %4d  %s -> %s\n", c.Count, c.Expect, c.Got)
		}
	}
	if failures {
		fmt.Fprintln(w, "  failures:")
		for _, o := range rep.Outcomes {
			if !o.Right {
				fmt.Fprintf(w, "    %s [%s] %q: expect %v, got %s %s %.2f\n", o.Case.Where, o.Case.Kind, o.Case.Q, o.Case.Expect, o.Reply, o.Got, o.Score)
			}
		}
	}
}

func writeEvalJSON(w io.Writer, path string, rep knowledge.EvalReport, failures bool) error {
	out := evalFile{
		File:           path,
		Cases:          rep.Cases,
		InScopeTop1:    rep.InScopeTop1(),
		Abstention:     rep.Abstention(),
		ConfidentWrong: rep.WrongRate(),
		Report:         rep,
	}
	if failures {
		for _, o := range rep.Outcomes {
			if !o.Right {
				out.Failures = append(out.Failures, o)
			}
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}
