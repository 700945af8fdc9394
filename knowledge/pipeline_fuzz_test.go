package knowledge

import (
	"io"
	"math"
	"strings"
	"testing"
)

// FuzzPipeline feeds any text to the whole answering pipeline: it must not
// panic, every score must lie in [0, 1], and the reply must keep the
// promises each kind makes.
func FuzzPipeline(f *testing.F) {
	for _, s := range []string{
		"", "👋", "thanks!", "book a deep tissue for friday", "swedish vs rolfing vs deep tissue",
		"what are my health benefits like", "schedule an appointment for a tire check",
		"lost controll of my bladdr", "is dt good for my lumbar", strings.Repeat("my back hurts. ", 150) + "what helps?",
		"<@123> ```code``` `x`", "\xff\xfe", "?.!", "a. b? c! d",
	} {
		f.Add(s)
	}
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{}), Options: ReplyOptions{Tracking: true}}
	f.Fuzz(func(t *testing.T, q string) {
		tr := r.Explain(q)
		rep := tr.Reply
		for _, s := range []float64{rep.Score, tr.Match.Score, tr.Domain.Probability} {
			if math.IsNaN(s) || s < 0 || s > 1 {
				t.Fatalf("%q: score %v outside [0, 1] (trace %+v)", q, s, tr.Decision)
			}
		}
		for _, c := range tr.Match.Suggestions {
			if math.IsNaN(c.Score) || c.Score < 0 || c.Score > 1 {
				t.Fatalf("%q: suggestion score %v", q, c.Score)
			}
		}
		if math.IsNaN(tr.Domain.LogOdds) || math.IsInf(tr.Domain.LogOdds, 0) {
			t.Fatalf("%q: domain log-odds %v", q, tr.Domain.LogOdds)
		}
		switch rep.Kind {
		case ReplyUrgent:
			if rep.Booking != nil || rep.Contact != nil {
				t.Fatalf("%q: urgent reply with a link", q)
			}
		case ReplyCaution:
			if rep.Booking != nil {
				t.Fatalf("%q: caution reply with a booking link", q)
			}
		case ReplyAnswer:
			if rep.Answers() && r.base().Entry(rep.EntryID) == nil {
				t.Fatalf("%q: answer claims unknown entry %q", q, rep.EntryID)
			}
		case ReplyNotSure, ReplyDontKnow, ReplySmallTalk:
		default:
			t.Fatalf("%q: unknown reply kind %q", q, rep.Kind)
		}
		if rep.Body == "" || rep.Title == "" {
			t.Fatalf("%q: empty reply %+v", q, rep)
		}
		if r.Ask(q).Kind != rep.Kind {
			t.Fatalf("%q: Ask and Explain disagree", q)
		}
		tr.WriteExplain(io.Discard, r.Matcher.ExplainWords(tr.Message, tr.Match.Best))
	})
}
