package knowledge

import (
	"fmt"
	"slices"
	"testing"
)

// looReport sums up a leave-one-out run: each held-out phrasing is asked of
// a matcher built without it.
type looReport struct {
	total, correct, wrong int
	failures              []string
}

func (r looReport) accuracy() float64  { return ratio(r.correct, r.total) }
func (r looReport) wrongRate() float64 { return ratio(r.wrong, r.total) }

// leaveOneOut asks, for every entry and every phrasing that pick returns
// for it, a matcher built from a copy of b without that phrasing. drop
// removes the k-th phrasing from a copy of the entry. It measures how the
// matcher does on questions it has never seen that are still known to be
// about one entry: the sample questions and aliases staff wrote.
func leaveOneOut(b *Base, pick func(*Entry) []string, drop func(e *Entry, k int)) looReport {
	var r looReport
	for i := range b.Entries {
		for k, q := range pick(&b.Entries[i]) {
			entries := slices.Clone(b.Entries)
			e := entries[i]
			e.Aliases = slices.Clone(e.Aliases)
			e.Questions = slices.Clone(e.Questions)
			drop(&e, k)
			entries[i] = e
			m := NewMatcher(&Base{Source: b.Source, Clinic: b.Clinic, Safety: b.Safety, Entries: entries}, MatchOptions{})
			got := m.Match(q)
			r.total++
			switch {
			case got.Confident && got.Best.ID == e.ID:
				r.correct++
				continue
			case got.Confident:
				r.wrong++
			}
			gotID := "none"
			if got.Best != nil {
				gotID = got.Best.ID
			}
			r.failures = append(r.failures, fmt.Sprintf("%q: want %s, got %s %.2f confident=%v",
				q, e.ID, gotID, got.Score, got.Confident))
		}
	}
	return r
}

// TestLeaveOneOut measures generalisation without any labelled set: every
// sample question (and every alias) of the default base is asked of a
// matcher that never saw it. It fails below the floors.
func TestLeaveOneOut(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a matcher per sample question")
	}
	b := Default()
	tests := []struct {
		name        string
		pick        func(*Entry) []string
		drop        func(*Entry, int)
		minAccuracy float64
		maxWrong    float64
	}{
		{
			name: "questions",
			pick: func(e *Entry) []string { return e.Questions },
			drop: func(e *Entry, k int) { e.Questions = slices.Delete(e.Questions, k, k+1) },
			// Measured 80.8% correct, 4.8% wrong (71.7% / 7.1% before the
			// base gained sample questions): most misses are
			// related entries told apart only by a removed phrasing.
			minAccuracy: 0.78,
			maxWrong:    0.06,
		},
		{
			name: "aliases",
			pick: func(e *Entry) []string { return e.Aliases },
			drop: func(e *Entry, k int) { e.Aliases = slices.Delete(e.Aliases, k, k+1) },
			// Measured 74.6% correct, 0% wrong; many aliases are single
			// words found nowhere else in the base ("mfr", "reserve").
			minAccuracy: 0.72,
			maxWrong:    0.02,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := leaveOneOut(b, tt.pick, tt.drop)
			t.Logf("leave-one-out %s: confident correct %.1f%% (%d/%d), confident wrong %.1f%% (%d/%d)",
				tt.name, 100*r.accuracy(), r.correct, r.total, 100*r.wrongRate(), r.wrong, r.total)
			for _, f := range r.failures {
				t.Logf("  MISS %s", f)
			}
			if got := r.accuracy(); got < tt.minAccuracy {
				t.Errorf("confident correct %.3f, want >= %.3f", got, tt.minAccuracy)
			}
			if got := r.wrongRate(); got > tt.maxWrong {
				t.Errorf("confident wrong %.3f, want <= %.3f", got, tt.maxWrong)
			}
		})
	}
}
