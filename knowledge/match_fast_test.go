package knowledge

import (
	"math"
	"testing"
)

// TestScoreUnitsFastLoop checks scoreUnits' loop for the default
// parameters, which scores only the units that hold two of the question's
// terms and the leads (see unitPosting), against scoreUnitsWith, the loop
// for any parameters, which looks at every unit: both must leave every
// entry the same best score, to the bit, on the labelled questions and on
// a generated base's.
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

// TestMarkLeads checks that each entry's and weight's unit of least
// total, the first on a tie, leads its postings.
func TestMarkLeads(t *testing.T) {
	units := []unit{
		{entry: 0, weight: weightName, total: 3},     // 0
		{entry: 0, weight: weightName, total: 2},     // 1: the lighter name
		{entry: 0, weight: weightQuestion, total: 5}, // 2: entry 0's one question
		{entry: 1, weight: weightQuestion, total: 4}, // 3: first of a tie
		{entry: 1, weight: weightQuestion, total: 4}, // 4
		{entry: 2, weight: weightName, total: 1},     // 5: alone
	}
	tests := []struct {
		name     string
		postings []int32 // units, ascending
		want     []bool
	}{
		{"every unit", []int32{0, 1, 2, 3, 4, 5}, []bool{false, true, true, true, false, true}},
		{"some units", []int32{0, 2, 4}, []bool{true, true, true}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			postings := make([]unitPosting, len(tt.postings))
			for i, u := range tt.postings {
				postings[i] = unitPosting{unit: u, entry: units[u].entry}
			}
			markLeads(postings, units)
			for i, p := range postings {
				if p.lead != tt.want[i] {
					t.Errorf("unit %d: lead %v, want %v", p.unit, p.lead, tt.want[i])
				}
			}
		})
	}
}
