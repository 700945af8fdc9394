package knowledge

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// evalCase is one labelled question of testdata/questions*.yaml.
type evalCase struct {
	Q    string `yaml:"q"`
	Want string `yaml:"want"`
	Kind string `yaml:"kind"`
}

func loadEvalCases(t testing.TB, name string) []evalCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read eval set: %v", err)
	}
	var doc struct {
		Cases []evalCase `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc.Cases
}

// evalReport sums up how the matcher did on a labelled set.
type evalReport struct {
	inScope, inScopeOK    int // want is an entry; OK when Best==want and Confident
	outScope, abstained   int // want is none; OK when not Confident
	confidentWrong, total int // Confident and Best != want, over all cases
	byKind                map[string][2]int
	failures              []string
}

func (r evalReport) accuracy() float64   { return ratio(r.inScopeOK, r.inScope) }
func (r evalReport) abstention() float64 { return ratio(r.abstained, r.outScope) }
func (r evalReport) wrongRate() float64  { return ratio(r.confidentWrong, r.total) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func runEval(m *Matcher, cases []evalCase) evalReport {
	r := evalReport{byKind: map[string][2]int{}}
	for _, c := range cases {
		got := m.Match(c.Q)
		gotID := "none"
		if got.Best != nil {
			gotID = got.Best.ID
		}
		var ok bool
		if c.Want == "none" {
			r.outScope++
			ok = !got.Confident
			if ok {
				r.abstained++
			}
		} else {
			r.inScope++
			ok = got.Confident && gotID == c.Want
			if ok {
				r.inScopeOK++
			}
		}
		r.total++
		if got.Confident && gotID != c.Want {
			r.confidentWrong++
		}
		k := r.byKind[c.Kind]
		k[1]++
		if ok {
			k[0]++
		}
		r.byKind[c.Kind] = k
		if !ok {
			var sugg []string
			for _, s := range got.Suggestions {
				sugg = append(sugg, fmt.Sprintf("%s %.2f", s.Entry.ID, s.Score))
			}
			r.failures = append(r.failures, fmt.Sprintf("%-9s %q: want %s, got %s %.2f confident=%v [%s]",
				c.Kind, c.Q, c.Want, gotID, got.Score, got.Confident, strings.Join(sugg, ", ")))
		}
	}
	return r
}

// log writes the summary of r and its score per kind; with failures, also
// every failed case. Only the development set's failures are ever printed:
// the held-out sets are judged by their summaries alone, so that nobody
// tunes the matcher to their sentences.
func (r evalReport) log(t *testing.T, name string, failures bool) {
	t.Logf("%s: in-scope top-1 %.1f%% (%d/%d), abstention %.1f%% (%d/%d), confident wrong %.1f%% (%d/%d)",
		name, 100*r.accuracy(), r.inScopeOK, r.inScope, 100*r.abstention(), r.abstained, r.outScope,
		100*r.wrongRate(), r.confidentWrong, r.total)
	kinds := make([]string, 0, len(r.byKind))
	for k := range r.byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		v := r.byKind[k]
		t.Logf("  %-10s %5.1f%% (%d/%d)", k, 100*ratio(v[0], v[1]), v[0], v[1])
	}
	if !failures {
		return
	}
	for _, f := range r.failures {
		t.Logf("  FAIL %s", f)
	}
}

// TestEval measures the matcher on labelled questions written the way people
// type on Discord, and fails when it falls below the floors.
func TestEval(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		file                       string
		minAccuracy, minAbstention float64
		maxConfidentWrong          float64
	}{
		// Floors are what the matcher reaches minus a small margin; raise
		// them as it improves, never lower them to let a change through.
		// The targets are 95% / 95% / 2%. Measured (in-scope top-1 /
		// abstention / confident wrong) after the knowledge base gained
		// sample questions written without seeing any of these sets:
		// development 96.3 / 100 / 0.4; held out 92.5 / 100 / 1.7; unseen
		// 95.5 / 100 / 1.7; blind 93.3 / 95.0 / 2.3. The blind set (130
		// cases) was written from the article alone, by someone who saw
		// neither the knowledge base nor the matcher: it is the fairest
		// guess of how the bot does on new questions. Only the development
		// set's failures are printed (see log), so the others stay unseen.
		{"questions.yaml", 0.95, 0.98, 0.01},
		{"questions_holdout.yaml", 0.90, 0.97, 0.025},
		{"questions_unseen.yaml", 0.93, 0.97, 0.025},
		{"questions_blind.yaml", 0.91, 0.93, 0.03},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			r := runEval(m, loadEvalCases(t, tt.file))
			r.log(t, tt.file, tt.file == "questions.yaml")
			if got := r.accuracy(); got < tt.minAccuracy {
				t.Errorf("in-scope top-1 accuracy %.3f, want >= %.3f", got, tt.minAccuracy)
			}
			if got := r.abstention(); got < tt.minAbstention {
				t.Errorf("abstention on out-of-scope %.3f, want >= %.3f", got, tt.minAbstention)
			}
			if got := r.wrongRate(); got > tt.maxConfidentWrong {
				t.Errorf("confident wrong answers %.3f, want <= %.3f", got, tt.maxConfidentWrong)
			}
		})
	}
}

// TestEvalCoverage checks that the labelled set stays as broad as promised:
// every entry asked about at least 8 ways, plenty of questions to refuse.
func TestEvalCoverage(t *testing.T) {
	b := Default()
	cases := loadEvalCases(t, "questions.yaml")
	perID := map[string]int{}
	kinds := map[string]bool{"exact": true, "paraphrase": true, "typo": true, "slang": true, "long": true, "offtopic": true, "chitchat": true}
	for _, c := range cases {
		if c.Want != "none" && b.Entry(c.Want) == nil {
			t.Errorf("case %q wants unknown entry %q", c.Q, c.Want)
		}
		if !kinds[c.Kind] {
			t.Errorf("case %q has unknown kind %q", c.Q, c.Kind)
		}
		perID[c.Want]++
	}
	if len(cases) < 220 {
		t.Errorf("got %d cases, want at least 220", len(cases))
	}
	if perID["none"] < 70 {
		t.Errorf("got %d out-of-scope cases, want at least 70", perID["none"])
	}
	for _, e := range b.Entries {
		if perID[e.ID] < 8 {
			t.Errorf("entry %s has %d cases, want at least 8", e.ID, perID[e.ID])
		}
	}
}
