package knowledge

import (
	"bufio"
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// This file measures the bot on labelled questions: what staff run with
// `synergybot kb eval` and what the tests hold the matcher to.

// EvalCase is one labelled question: what a member types, and which entries
// may answer it. Expect holds only "none" when the right behaviour is no
// confident answer (out of scope, small talk, an emergency).
type EvalCase struct {
	Q      string   `yaml:"q" json:"q"`
	Expect []string `yaml:"expect" json:"expect"`
	Kind   string   `yaml:"kind" json:"kind"`
	// Where is FILE:LINE of the case, for reports.
	Where string `yaml:"-" json:"where"`
}

// InScope reports whether some entry is expected to answer the case.
func (c EvalCase) InScope() bool {
	return !(len(c.Expect) == 0 || len(c.Expect) == 1 && c.Expect[0] == "none")
}

// ParseEvalCases reads labelled questions from data, named name. Two layouts
// are read:
//
//   - YAML with a top-level "cases:" list of {q, expect: [ids] or [none],
//     kind}; "want: id" is read as "expect: [id]";
//   - a .tsv file of "question<TAB>label" lines (the CLINC150 layout),
//     every line out of scope, with kind "out-of-scope".
func ParseEvalCases(name string, data []byte) ([]EvalCase, error) {
	if strings.EqualFold(filepath.Ext(name), ".tsv") {
		return parseEvalTSV(name, data)
	}
	// The cases are under "cases:", or (as question writers often hand
	// them over) the list is the whole document.
	var doc struct {
		Cases []yaml.Node `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if lerr := yaml.Unmarshal(data, &doc.Cases); lerr != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	if len(doc.Cases) == 0 {
		return nil, fmt.Errorf("%s: no cases (the file needs a top-level \"cases:\" list of {q, expect, kind})", name)
	}
	out := make([]EvalCase, 0, len(doc.Cases))
	for _, n := range doc.Cases {
		var c struct {
			EvalCase `yaml:",inline"`
			Want     string `yaml:"want"`
		}
		if err := n.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d:%d: %w", name, n.Line, n.Column, err)
		}
		ec := c.EvalCase
		if c.Want != "" {
			ec.Expect = append(ec.Expect, c.Want)
		}
		ec.Where = fmt.Sprintf("%s:%d", name, n.Line)
		if strings.TrimSpace(ec.Q) == "" {
			return nil, fmt.Errorf("%s:%d:%d: q: the case has no question (add q: \"what a member would type\")", name, n.Line, n.Column)
		}
		if len(ec.Expect) == 0 {
			return nil, fmt.Errorf("%s:%d:%d: expect: the case expects nothing (list the entry ids that answer it, or [none])", name, n.Line, n.Column)
		}
		if ec.Kind == "" {
			ec.Kind = "unlabelled"
		}
		out = append(out, ec)
	}
	return out, nil
}

func parseEvalTSV(name string, data []byte) ([]EvalCase, error) {
	var out []EvalCase
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for line := 1; sc.Scan(); line++ {
		q, _, _ := strings.Cut(sc.Text(), "\t")
		if strings.TrimSpace(q) == "" {
			continue
		}
		out = append(out, EvalCase{Q: q, Expect: []string{"none"}, Kind: "out-of-scope", Where: fmt.Sprintf("%s:%d", name, line)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no questions (one question a line, optionally a tab and a label)", name)
	}
	return out, nil
}

// EvalOutcome is what the bot made of one case.
type EvalOutcome struct {
	Case EvalCase `json:"case"`
	// Got is the id of the entry the bot answered with, or "none".
	Got   string    `json:"got"`
	Reply ReplyKind `json:"reply"`
	Score float64   `json:"score"`
	// Right: an expected entry answered an in-scope case, or no answer was
	// given to an out-of-scope one.
	Right bool `json:"right"`
}

// EvalTally counts the right outcomes of one kind of case.
type EvalTally struct {
	Cases int `json:"cases"`
	Right int `json:"right"`
}

// Confusion is one way the bot went wrong, with how often.
type Confusion struct {
	Expect string `json:"expect"` // the expected ids, joined with "|"
	Got    string `json:"got"`    // what the bot gave: an id, or a reply kind
	Count  int    `json:"count"`
}

// EvalReport sums up how the bot did on labelled cases. The three figures
// staff watch are InScopeTop1, Abstention and ConfidentWrong.
type EvalReport struct {
	Cases          int `json:"cases"`
	InScope        int `json:"in_scope"`
	InScopeRight   int `json:"in_scope_right"`
	OutOfScope     int `json:"out_of_scope"`
	Abstained      int `json:"abstained"`
	ConfidentWrong int `json:"confident_wrong"`
	// ByKind tallies the cases by their kind label.
	ByKind map[string]*EvalTally `json:"by_kind"`
	// Confusions are the wrong outcomes grouped, most frequent first.
	Confusions []Confusion `json:"confusions"`
	// Outcomes are every case's outcome, in input order.
	Outcomes []EvalOutcome `json:"-"`
}

// InScopeTop1 is the share of in-scope cases answered with an expected entry.
func (r EvalReport) InScopeTop1() float64 { return share(r.InScopeRight, r.InScope) }

// Abstention is the share of out-of-scope cases given no answer.
func (r EvalReport) Abstention() float64 { return share(r.Abstained, r.OutOfScope) }

// WrongRate is the share of all cases answered with an entry not expected.
func (r EvalReport) WrongRate() float64 { return share(r.ConfidentWrong, r.Cases) }

func share(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Evaluate asks r every case and scores the replies. A reply counts as an
// answer when it claims an entry (see Reply.Answers): answers, comparisons
// and booking replies; not-sure, don't-know, urgent and small talk do not.
func Evaluate(r Responder, cases []EvalCase) EvalReport {
	rep := EvalReport{ByKind: map[string]*EvalTally{}, Outcomes: make([]EvalOutcome, 0, len(cases))}
	confusions := map[[2]string]int{}
	for _, c := range cases {
		reply := r.Ask(c.Q)
		o := EvalOutcome{Case: c, Got: "none", Reply: reply.Kind, Score: reply.Score}
		answered := reply.Answers()
		if answered {
			o.Got = reply.EntryID
		}
		inScope := c.InScope()
		switch {
		case inScope:
			// A case that lists none beside entries ("partial") may be
			// answered with one of them or not at all.
			rep.InScope++
			o.Right = answered && slices.Contains(c.Expect, o.Got) || !answered && slices.Contains(c.Expect, "none")
			if o.Right {
				rep.InScopeRight++
			}
		default:
			rep.OutOfScope++
			o.Right = !answered
			if o.Right {
				rep.Abstained++
			}
		}
		rep.Cases++
		if answered && !slices.Contains(c.Expect, o.Got) {
			rep.ConfidentWrong++
		}
		t := rep.ByKind[c.Kind]
		if t == nil {
			t = &EvalTally{}
			rep.ByKind[c.Kind] = t
		}
		t.Cases++
		if o.Right {
			t.Right++
		} else {
			got := o.Got
			if !answered {
				got = string(reply.Kind)
			}
			confusions[[2]string{strings.Join(c.Expect, "|"), got}]++
		}
		rep.Outcomes = append(rep.Outcomes, o)
	}
	for k, n := range confusions {
		rep.Confusions = append(rep.Confusions, Confusion{Expect: k[0], Got: k[1], Count: n})
	}
	sort.Slice(rep.Confusions, func(i, j int) bool {
		a, b := rep.Confusions[i], rep.Confusions[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Expect != b.Expect {
			return a.Expect < b.Expect
		}
		return a.Got < b.Got
	})
	return rep
}

// Kinds returns the kind labels of the report, sorted.
func (r EvalReport) Kinds() []string {
	out := make([]string, 0, len(r.ByKind))
	for k := range r.ByKind {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
