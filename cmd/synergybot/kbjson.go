package main

import (
	"encoding/json"
	"errors"
	"io"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// The JSON reports of `kb validate --json` and `kb test --json`. Keys are
// snake_case, like the configuration's and the other commands' JSON.

// validateReport is what `kb validate --json` prints.
type validateReport struct {
	OK         bool            `json:"ok"`
	Source     string          `json:"source"`
	Entries    int             `json:"entries"`
	Techniques int             `json:"techniques"`
	Problems   []problemReport `json:"problems"`
}

// problemReport is one problem of a knowledge base file. A file that cannot
// be read at all gives one problem with only file and message.
type problemReport struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"col,omitempty"`
	Field   string `json:"field,omitempty"`
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// newValidateReport describes the outcome of loading source: b when it
// loaded, else err.
func newValidateReport(source string, b *knowledge.Base, err error) validateReport {
	r := validateReport{Source: source, Problems: []problemReport{}}
	if err == nil {
		r.OK, r.Source = true, b.Source
		r.Entries, r.Techniques = len(b.Entries), len(b.Techniques())
		return r
	}
	var ps knowledge.Problems
	if !errors.As(err, &ps) {
		r.Problems = append(r.Problems, problemReport{File: source, Message: err.Error()})
		return r
	}
	for _, p := range ps {
		r.Problems = append(r.Problems, problemReport{File: p.File, Line: p.Line, Col: p.Col, Field: p.Field, Message: p.Message, Fix: p.Fix})
	}
	return r
}

// selfTestReport is what `kb test --json` prints.
type selfTestReport struct {
	OK        bool             `json:"ok"`
	Source    string           `json:"source"`
	Entries   int              `json:"entries"`
	Questions int              `json:"questions"`
	Conflicts []conflictReport `json:"conflicts"`
}

// conflictReport is one sample question that does not land on its entry.
type conflictReport struct {
	EntryID  string  `json:"entry_id"`
	Question string  `json:"question"`
	GotID    string  `json:"got_id"` // "" when it matches nothing
	Score    float64 `json:"score"`
	Message  string  `json:"message"`
}

func newSelfTestReport(b *knowledge.Base, conflicts []knowledge.Conflict) selfTestReport {
	r := selfTestReport{OK: len(conflicts) == 0, Source: b.Source, Entries: len(b.Entries), Conflicts: []conflictReport{}}
	for _, e := range b.Entries {
		r.Questions += len(e.Questions)
	}
	for _, c := range conflicts {
		cr := conflictReport{EntryID: c.EntryID, Question: c.Question, Score: round2(c.Got.Score), Message: c.String()}
		if c.Got.Best != nil {
			cr.GotID = c.Got.Best.ID
		}
		r.Conflicts = append(r.Conflicts, cr)
	}
	return r
}

// writeJSON prints v indented, as every --json report is.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
