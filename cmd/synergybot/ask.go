package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/chat"
	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
)

// newResponder builds the responder for the configured knowledge base.
// medium is the utm_source of its booking links.
func newResponder(cfg config.Config, medium string) (knowledge.Responder, error) {
	b, err := loadBase(cfg, "")
	if err != nil {
		return knowledge.Responder{}, err
	}
	m := knowledge.NewMatcher(b, knowledge.MatchOptions{Threshold: cfg.Matching.Threshold})
	return knowledge.Responder{
		Matcher: m,
		Options: knowledge.ReplyOptions{Tracking: cfg.Replies.Tracking, Medium: medium},
	}, nil
}

// askResult is one line of `ask --json`.
type askResult struct {
	Question    string              `json:"question"`
	Answered    bool                `json:"answered"`
	Kind        knowledge.ReplyKind `json:"kind"`
	ID          string              `json:"id"`
	Title       string              `json:"title"`
	Score       float64             `json:"score"`
	Suggestions []string            `json:"suggestions"`
	// Level and Group are the safety screen's verdict on urgent replies
	// ("emergency" or "doctor", and the red-flag group); Situation names
	// the medical situation of a caution reply.
	Level     knowledge.SafetyLevel `json:"level,omitempty"`
	Group     string                `json:"group,omitempty"`
	Situation string                `json:"situation,omitempty"`
	// Recognised says in plain words what the safety screen recognised.
	Recognised string `json:"recognised,omitempty"`
	// Explain holds the safety screen's explanation, with --explain.
	Explain []string `json:"explain,omitempty"`
	Reply   string   `json:"reply,omitempty"`
}

func (a *app) newAskCommand() *cobra.Command {
	var asJSON, withReply, explain bool
	cmd := &cobra.Command{
		Use:   "ask [QUESTION...]",
		Short: "Answer one question, or one per line from standard input",
		Long: `Ask answers the question given as arguments or, with none, each line of
standard input in order. --json prints one JSON object per line:
{"question", "answered", "kind", "id", "title", "score", "suggestions"}, and
for the safety screen's replies "level" and "group" (kind "urgent": level
"emergency" or "doctor") or "situation" (kind "caution"), with "recognised".
answered is true only when the bot would give an answer (kind "answer").
--explain prints what every stage of answering found: what the safety
screen recognised (concepts, negations, the group and level), small talk,
intent, the words matched and where, the domain check, and why the bot
answered or abstained; with --json the same lines are in "explain".`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			r, err := newResponder(cfg, "cli")
			if err != nil {
				return err
			}
			out := bufio.NewWriter(a.stdout)
			defer out.Flush()
			answer := func(q string) error {
				t := r.Explain(q)
				res := describe(t)
				if explain {
					var b strings.Builder
					t.WriteExplain(&b, r.Matcher.ExplainWords(t.Message, t.Match.Best))
					res.Explain = strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
				}
				if asJSON {
					if withReply {
						res.Reply = chat.Render(t.Reply, chat.Plain)
					}
					b, err := json.Marshal(res)
					if err != nil {
						return err
					}
					out.Write(append(b, '\n'))
				} else {
					writeAskText(out, res)
					for _, line := range res.Explain {
						fmt.Fprintln(out, "  "+line)
					}
					if withReply {
						fmt.Fprintln(out, chat.Render(t.Reply, chat.Plain))
					}
				}
				return out.Flush()
			}
			if len(args) > 0 {
				return answer(strings.Join(args, " "))
			}
			return eachLine(a.stdin, answer)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per question")
	cmd.Flags().BoolVar(&withReply, "reply", false, "print the rendered reply text too")
	cmd.Flags().BoolVar(&explain, "explain", false, "print every stage of answering")
	return cmd
}

// describe sums up the outcome of answering one question, computed once.
func describe(t knowledge.Trace) askResult {
	reply, m := t.Reply, t.Match
	res := askResult{
		Question:    t.Message.Text,
		Answered:    reply.Kind == knowledge.ReplyAnswer,
		Kind:        reply.Kind,
		Score:       round2(m.Score),
		Suggestions: []string{},
		Level:       reply.Level,
		Group:       reply.Group,
		Situation:   reply.Situation,
		Recognised:  reply.Recognised,
	}
	if res.Answered {
		res.ID, res.Title = reply.EntryID, reply.Title
		for _, c := range m.Suggestions {
			res.Suggestions = append(res.Suggestions, c.Entry.ID)
		}
	} else {
		for _, t := range reply.Suggestions {
			res.Suggestions = append(res.Suggestions, t.ID)
		}
	}
	return res
}

func writeAskText(w io.Writer, res askResult) {
	switch {
	case res.Answered:
		fmt.Fprintf(w, "%s\t%s (%.2f)\n", res.Question, res.ID, res.Score)
	case len(res.Suggestions) > 0:
		fmt.Fprintf(w, "%s\t%s: %s? (%.2f)\n", res.Question, res.Kind, strings.Join(res.Suggestions, ", "), res.Score)
	default:
		fmt.Fprintf(w, "%s\t%s\n", res.Question, res.Kind)
	}
}

// eachLine calls fn for each non-empty line of r, in order. Lines may be up
// to 1 MiB long.
func eachLine(r io.Reader, fn func(string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if err := fn(line); err != nil {
			return err
		}
	}
	return sc.Err()
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }
