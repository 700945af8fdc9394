package knowledge

import "testing"

// checkUnderstanding asks r each question of tests: one with an entry
// must get the answer of that entry, one without must get no answer.
func checkUnderstanding(t *testing.T, r Responder, tests []understandingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.q, func(t *testing.T) {
			got := r.Ask(tt.q)
			if tt.want == "" {
				if got.Kind == ReplyAnswer {
					t.Errorf("Ask(%q) answered %s (%.2f), want no answer", tt.q, got.EntryID, got.Score)
				}
				return
			}
			if got.Kind != ReplyAnswer || got.EntryID != tt.want {
				t.Errorf("Ask(%q) = %s %s (%.2f), want the answer %s", tt.q, got.Kind, got.EntryID, got.Score, tt.want)
			}
		})
	}
}

// TestOwnSideWeighed checks the eighteenth round's class of comparisons
// that weigh the base's own thing against a rival for a purpose the base
// holds: the base answers for its side. A rival as subject, a subject the
// base does not hold, or a comparison with no purpose of the base's still
// gets no answer. None of the sentences is from an evaluation set.
func TestOwnSideWeighed(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"own side", "is rolfing gentler than a chiropractor adjustment for a stiff back", "rolfing"},
		{"own side", "can deep tissue loosen my back quicker than stretching", "deep-tissue-massage"},
		{"own side", "is trigger point therapy safer than cortisone shots for knots in my back", "trigger-point-therapy"},
		{"rival as subject", "is yoga better than massage for a stiff back", ""},
		{"rival as subject", "are cortisone shots better than massage for back pain", ""},
		{"rival as subject", "is a heating pad better than massage for back pain", ""},
		{"rival as subject", "is a chiropractor better than an rmt for my neck", ""},
		{"no purpose", "is massage better than acupuncture", ""},
		{"no purpose", "is massage better than a heating pad", ""},
		{"foreign subject", "are trigger point injections better than massage for back pain", ""},
	})
}
