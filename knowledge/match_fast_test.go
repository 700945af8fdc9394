package knowledge

import (
	"math"
	"testing"
)

// TestScoreUnitsFastLoop checks scoreUnits' loop for the default
// parameters, which scores every unit, against scoreUnitsWith, the loop
// for any parameters, which skips the units that cannot raise their
// entry's best: both must leave every entry the same best score, to the
// bit, on the labelled questions and on a generated base's.
func TestScoreUnitsFastLoop(t *testing.T) {
	generated, genQuestions := generateBase(300, 3)
	var labelled []string
	for _, c := range loadEvalCases(t, "questions.yaml") {
		labelled = append(labelled, c.Q)
	}
	tests := []struct {
		name      string
		base      *Base
		questions []string
	}{
		{"default base", Default(), labelled},
		{"generated base", generated, append(genQuestions, labelled...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewMatcher(tt.base, MatchOptions{})
			s := m.scratch.Get().(*scratch)
			defer m.scratch.Put(s)
			compared := 0
			for _, q := range tt.questions {
				m.matchWith(s, newMessageIn(q, nil, m.table()))
				known := 0.0
				for _, qt := range s.query {
					known += float64(m.terms[qt.id].weight)
				}
				fast := bestAfter(s, func() { m.scoreUnits(s, known) })
				general := bestAfter(s, func() { m.scoreUnitsWith(s, known) })
				for i, e := range s.touched {
					if math.Float32bits(fast[i]) != math.Float32bits(general[i]) {
						t.Errorf("%q: entry %d best %v, want %v", q, e, fast[i], general[i])
					}
					compared++
				}
			}
			if compared == 0 {
				t.Fatal("no entry compared")
			}
		})
	}
}

// bestAfter clears s.best of the touched entries, runs score and returns
// the touched entries' best scores, in s.touched's order.
func bestAfter(s *scratch, score func()) []float32 {
	for _, e := range s.touched {
		s.best[e] = 0
	}
	s.named = s.named[:0]
	score()
	out := make([]float32, len(s.touched))
	for i, e := range s.touched {
		out[i] = s.best[e]
	}
	return out
}
