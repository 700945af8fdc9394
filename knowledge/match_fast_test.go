package knowledge

import (
	"math"
	"slices"
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

// TestLeadMarker checks that each entry's and weight's unit of least
// total, the first on a tie, leads a term's postings.
func TestLeadMarker(t *testing.T) {
	units := []unit{
		{entry: 0, weight: weightName, total: 3},     // 0
		{entry: 0, weight: weightName, total: 2},     // 1: the lighter name
		{entry: 0, weight: weightQuestion, total: 5}, // 2: entry 0's one question
		{entry: 1, weight: weightQuestion, total: 4}, // 3: first of a tie
		{entry: 1, weight: weightQuestion, total: 4}, // 4
		{entry: 2, weight: weightName, total: 1},     // 5: alone
	}
	tests := []struct {
		name  string
		units []int32 // the units holding the term, ascending
		want  []bool
	}{
		{"every unit", []int32{0, 1, 2, 3, 4, 5}, []bool{false, true, true, true, false, true}},
		{"some units", []int32{0, 2, 4}, []bool{true, true, true}},
		{"none", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Term 1's postings, beside term 0's, which hold every unit.
			leads := newLeadMarker(2)
			var other, postings []unitPosting
			for ui := range units {
				other = leads.post(other, 0, int32(ui), &units[ui])
				if slices.Contains(tt.units, int32(ui)) {
					postings = leads.post(postings, 1, int32(ui), &units[ui])
				}
			}
			for i, p := range postings {
				if p.unit != tt.units[i] || p.lead != tt.want[i] {
					t.Errorf("posting %d: unit %d lead %v, want unit %d lead %v", i, p.unit, p.lead, tt.units[i], tt.want[i])
				}
			}
		})
	}
}

// TestAlignedIDs checks which of the vocabulary's rewrite of content words
// keep their ids: those the rewrite left as they were, found from either
// end when it changed the number of words.
func TestAlignedIDs(t *testing.T) {
	tests := []struct {
		name    string
		words   []string
		content []string
		ids     []int32
		want    []int32
	}{
		{"unchanged", []string{"sore", "back"}, []string{"sore", "back"}, []int32{7, 8}, []int32{7, 8}},
		{"one word replaced", []string{"sore", "lower", "back"}, []string{"sore", "lumbar", "back"}, []int32{7, 9, 8}, []int32{7, -1, 8}},
		{"one word made two", []string{"sore", "lower", "back", "today"}, []string{"sore", "lumbar", "today"}, []int32{7, 9, 5}, []int32{7, -1, -1, 5}},
		{"two words made one", []string{"tight", "neck"}, []string{"wound", "up", "neck"}, []int32{3, -1, 4}, []int32{-1, 4}},
		{"a word without an id", []string{"qzx", "lower", "back"}, []string{"qzx", "lumbar"}, []int32{-1, 9}, []int32{-1, -1, -1}},
		{"nothing", nil, nil, nil, []int32{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dst := []int32{42} // what dst held stays
			got := alignedIDs(dst, tt.words, tt.content, tt.ids)
			if got[0] != 42 || !slices.Equal(got[1:], tt.want) {
				t.Errorf("alignedIDs = %v, want [42 %v]", got, tt.want)
			}
		})
	}
}

// TestResolveReadsCachedCorrections checks that a word resolves the same
// the first time, when a misspelt one is corrected, as afterwards, when
// its correction is read from the cache before the steps that cannot read
// it, whether or not the word table holds it; and that only misspelt
// words are cached.
func TestResolveReadsCachedCorrections(t *testing.T) {
	tests := []struct {
		word      string
		corrected bool
	}{
		{"masage", true}, {"tirgger", true}, {"swedsh", true}, {"backache", true},
		{"appt", true}, {"pian", true}, {"qzxv", true},
		{"hurtin", false}, {"massage", false}, {"knots", false}, {"sunday", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			m := NewMatcher(Default(), MatchOptions{})
			want, wantOK := NewMatcher(Default(), MatchOptions{}).resolve(tt.word)
			first, firstOK := m.resolveID(tt.word, m.words.lookup(tt.word))
			if first != want || firstOK != wantOK {
				t.Errorf("resolveID = %v %v, resolve = %v %v", first, firstOK, want, wantOK)
			}
			if _, cached := m.cachedCorrection(tt.word); cached != tt.corrected {
				t.Errorf("cached %v, want %v", cached, tt.corrected)
			}
			if again, againOK := m.resolve(tt.word); again != first || againOK != firstOK {
				t.Errorf("resolve = %v %v the second time, %v %v the first", again, againOK, first, firstOK)
			}
		})
	}
}
