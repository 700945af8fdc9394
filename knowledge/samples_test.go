package knowledge

import "testing"

// TestSampleQuestionsAnswerTheirEntry checks that every sample question in
// the default base, written by staff to teach the matcher one entry, gets
// that entry's answer through the whole pipeline (safety, small talk,
// intent, domain check, decision). A sample question the pipeline refuses
// or sends elsewhere is a stage contradicting the base it was built from.
//
// safetyTakes are the sample questions the safety screen answers first
// today (an accident reads as a red flag); the safety work owns that
// reading, and the test says so rather than hiding them.
func TestSampleQuestionsAnswerTheirEntry(t *testing.T) {
	safetyTakes := map[string]bool{
		"should I try massage for my sore back after an accident": true,
		"would massage therapy help my back after an accident":    true,
	}
	b := Default()
	r := Responder{Matcher: NewMatcher(b, MatchOptions{})}
	for _, e := range b.Entries {
		for _, q := range e.Questions {
			t.Run(e.ID+"/"+q, func(t *testing.T) {
				got := r.Ask(q)
				if safetyTakes[q] && (got.Kind == ReplyUrgent || got.Kind == ReplyCaution) {
					t.Skipf("the safety screen answers %q first (%s)", q, got.Kind)
				}
				if got.Kind != ReplyAnswer || got.EntryID != e.ID {
					t.Errorf("Ask(%q) = %s %q %.2f, want answer %q", q, got.Kind, got.EntryID, got.Score, e.ID)
				}
			})
		}
	}
}
