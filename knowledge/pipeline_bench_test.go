package knowledge

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// realisticQuestions returns n questions drawn from the labelled sets, with
// one in a hundred a long paste of about 2,000 characters, as people send.
func realisticQuestions(tb testing.TB, n int) []string {
	tb.Helper()
	var pool []string
	for _, f := range []string{"questions.yaml", "questions_holdout.yaml", "questions_unseen.yaml", "questions_blind.yaml", "chat-questions.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", f))
		if err != nil {
			tb.Fatal(err)
		}
		cases, err := ParseEvalCases(f, data)
		if err != nil {
			tb.Fatal(err)
		}
		for _, c := range cases {
			pool = append(pool, c.Q)
		}
	}
	out := make([]string, 0, n)
	for i := 0; len(out) < n; i++ {
		if i%100 == 99 {
			var sb strings.Builder
			for j := i; sb.Len() < 2000; j += 7 {
				sb.WriteString(pool[j%len(pool)])
				sb.WriteString(". ")
			}
			out = append(out, sb.String()[:2000])
			continue
		}
		out = append(out, pool[i%len(pool)])
	}
	return out
}

// BenchmarkAsk is the whole pipeline, as `ask --json` runs it, on 10,000
// realistic questions; it reports the thread CPU of the 2,000-character
// pastes among them alone, the p50 and p99 of one question, and of
// Match alone, for questions up to 1,000 characters, and the pipeline's
// average without the safety screen. The pipeline's cpu-ns/op is the
// benchmark thread's CPU time per question, which other processes on a
// shared machine do not inflate (the garbage collector's background
// workers, on other threads, are not in it).
func BenchmarkAsk(b *testing.B) {
	qs := realisticQuestions(b, 10000)
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{}), Options: ReplyOptions{Tracking: true, Medium: "cli"}}
	b.Run("pipeline", func(b *testing.B) {
		b.ReportAllocs()
		cpu := threadCPU()
		for i := 0; b.Loop(); i++ {
			r.Ask(qs[i%len(qs)])
		}
		reportCPU(b, cpu)
	})
	// The pastes alone, one question in a hundred, whose cost is a share
	// of the pipeline's average out of proportion to their number.
	b.Run("pastes", func(b *testing.B) {
		var pastes []string
		for _, q := range qs {
			if len(q) > 1000 {
				pastes = append(pastes, q)
			}
		}
		b.ReportAllocs()
		cpu := threadCPU()
		for i := 0; b.Loop(); i++ {
			r.Ask(pastes[i%len(pastes)])
		}
		reportCPU(b, cpu)
	})
	// Retrieval and the domain stage alone (stages 4 to 6), on messages
	// normalised beforehand for the matcher (with their words' ids in its
	// word table), as Ask runs them once the screen and small talk have
	// let a message through: a change to either stage is seen here
	// without the noise of the others.
	b.Run("retrieve-and-domain", func(b *testing.B) {
		msgs := make([]Message, len(qs))
		for i, q := range qs {
			msgs[i] = newMessageIn(q, nil, r.Matcher.table())
		}
		b.ReportAllocs()
		cpu := threadCPU()
		for i := 0; b.Loop(); i++ {
			s := r.Matcher.scratch.Get().(*scratch)
			msg := msgs[i%len(msgs)]
			in, _ := r.retrieve(s, msg)
			r.domain(s, msg, in, false)
			s.release()
			r.Matcher.scratch.Put(s)
		}
		reportCPU(b, cpu)
	})
	// How the time splits: the same questions are screened alone (with
	// their normalisation), and the screen's time is taken off the
	// pipeline's.
	b.Run("pipeline-excluding-screen", func(b *testing.B) {
		var ask, screen time.Duration
		n := 0
		for b.Loop() {
			t0 := time.Now()
			for _, q := range qs {
				r.Ask(q)
			}
			t1 := time.Now()
			for _, q := range qs {
				r.Matcher.Screen(NewMessage(q))
			}
			ask, screen = ask+t1.Sub(t0), screen+time.Since(t1)
			n += len(qs)
		}
		b.ReportMetric(float64((ask-screen).Nanoseconds())/float64(n), "ns/question")
		b.ReportMetric(float64(screen.Nanoseconds())/float64(n), "screen-ns/question")
	})
	percentiles := func(b *testing.B, f func(string)) {
		var d []time.Duration
		for _, q := range qs {
			if len(q) > 1000 {
				continue
			}
			t0 := time.Now()
			f(q)
			d = append(d, time.Since(t0))
		}
		slices.Sort(d)
		b.ReportMetric(float64(d[len(d)/2].Nanoseconds()), "p50-ns")
		b.ReportMetric(float64(d[len(d)*99/100].Nanoseconds()), "p99-ns")
	}
	b.Run("pipeline-percentiles", func(b *testing.B) {
		for b.Loop() {
			percentiles(b, func(q string) { r.Ask(q) })
		}
	})
	b.Run("match-percentiles", func(b *testing.B) {
		for b.Loop() {
			percentiles(b, func(q string) { r.Matcher.Match(q) })
		}
	})
}
