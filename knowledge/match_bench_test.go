package knowledge

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// generateBase builds a synthetic base of n entries whose words follow a
// Zipf law over a vocabulary that grows with n, like a real base would, with
// the default base's entries mixed in. It returns the base and questions
// asked of it (some with typos).
func generateBase(n int, seed uint64) (*Base, []string) {
	r := rand.New(rand.NewPCG(seed, 42))
	syll := []string{"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "pa", "gri", "sto", "mar", "fen", "qui", "bel", "tor", "zan"}
	vocabSize := 2000 + 3*n
	pool := make([]string, vocabSize)
	seen := map[string]bool{}
	for i := range pool {
		for {
			var sb strings.Builder
			for range 2 + r.IntN(3) {
				sb.WriteString(syll[r.IntN(len(syll))])
			}
			if w := sb.String(); !seen[w] {
				seen[w] = true
				pool[i] = w
				break
			}
		}
	}
	zipf := rand.NewZipf(r, 1.1, 2, uint64(vocabSize-1))
	words := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = pool[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	def := Default()
	b := &Base{Source: "generated", Clinic: def.Clinic, Safety: def.Safety}
	b.Entries = append(b.Entries, def.Entries...)
	var questions []string
	for i := len(b.Entries); i < n; i++ {
		e := Entry{
			ID:      fmt.Sprintf("entry-%d", i),
			Title:   words(2 + r.IntN(2)),
			Kind:    KindTopic,
			Aliases: []string{words(2), words(1), words(3)},
			Answer:  words(40 + r.IntN(40)),
		}
		for range 4 {
			e.Questions = append(e.Questions, "what is the "+words(3+r.IntN(4))+" for my back")
		}
		b.Entries = append(b.Entries, e)
		if len(questions) < 200 {
			q := []byte(e.Questions[0])
			if j := 12 + r.IntN(len(q)-14); q[j] != ' ' && q[j+1] != ' ' {
				q[j], q[j+1] = q[j+1], q[j] // a swapped pair of letters
			}
			questions = append(questions, string(q))
		}
	}
	return b, questions
}

func BenchmarkMatch(b *testing.B) {
	cases := loadEvalCases(b, "questions.yaml")
	var real []string
	for _, c := range cases {
		real = append(real, c.Q)
	}
	b.Run("default", func(b *testing.B) {
		m := NewMatcher(Default(), MatchOptions{})
		b.ReportAllocs()
		b.ResetTimer()
		cpu := threadCPU()
		for i := 0; b.Loop(); i++ {
			m.Match(real[i%len(real)])
		}
		reportCPU(b, cpu)
	})
	for _, n := range []int{1000, 10000} {
		base, generated := generateBase(n, 1)
		qs := append(append([]string{}, real...), generated...)
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			m := NewMatcher(base, MatchOptions{})
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				m.Match(qs[i%len(qs)])
			}
		})
	}
}

func BenchmarkNewMatcher(b *testing.B) {
	base, _ := generateBase(10000, 1)
	b.Run("entries=10000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			NewMatcher(base, MatchOptions{})
		}
	})
}

// TestGeneratedBaseMatches checks that the generated bases used by the
// benchmarks are searchable: questions with a typo find their entry.
func TestGeneratedBaseMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1,000-entry base")
	}
	base, qs := generateBase(1000, 1)
	m := NewMatcher(base, MatchOptions{})
	found := 0
	for i, q := range qs {
		want := fmt.Sprintf("entry-%d", i+len(Default().Entries))
		if got := m.Match(q); got.Best != nil && got.Best.ID == want {
			found++
		}
	}
	if found*10 < len(qs)*8 {
		t.Errorf("found %d of %d generated questions, want at least 80%%", found, len(qs))
	}
}

// TestInsertTopKeepsTheBest checks insertTop against sorting all the
// candidates and keeping the first k, on random ranks with ties.
func TestInsertTopKeepsTheBest(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for trial := range 2000 {
		k := 1 + r.IntN(keepCandidates)
		n := r.IntN(3 * keepCandidates)
		var top, all []candidate
		for e := range n {
			c := candidate{entry: int32(e), rank: float64(r.IntN(6))}
			top = insertTop(top, c, k)
			all = append(all, c)
		}
		slices.SortFunc(all, func(a, b candidate) int {
			if a.before(b) {
				return -1
			}
			return 1
		})
		if want := all[:min(k, len(all))]; !slices.Equal(top, want) {
			t.Fatalf("trial %d: insertTop kept %v, want %v", trial, top, want)
		}
	}
}
