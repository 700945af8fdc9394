package knowledge

import (
	"math"
	"testing"
)

// FuzzMatch feeds any text to the matcher: it must not panic, and its
// answer must keep its promises.
func FuzzMatch(f *testing.F) {
	for _, s := range []string{
		"", "deep tissue", "tirgger point thing", "<@123> ```code``` `x`", "<a:x:1><:y:2>",
		"sooooooooooooooo", "what's can't back's", "ｄｅｅｐ ｔｉｓｓｕｅ", "\xff\xfe", "a'b'c'", "'s",
		"https://", "<@!", "lost controll of my bladdr",
	} {
		f.Add(s)
	}
	m := NewMatcher(Default(), MatchOptions{})
	f.Fuzz(func(t *testing.T, q string) {
		got := m.Match(q)
		if math.IsNaN(got.Score) || got.Score < 0 || got.Score > 1 {
			t.Errorf("Match(%q).Score = %v, want in [0, 1]", q, got.Score)
		}
		if len(got.Suggestions) > 3 {
			t.Errorf("Match(%q) has %d suggestions, want at most 3", q, len(got.Suggestions))
		}
		if got.Confident && got.Best == nil {
			t.Errorf("Match(%q) is confident without a best entry", q)
		}
		for _, s := range got.Suggestions {
			if s.Entry == nil || s.Entry == got.Best || math.IsNaN(s.Score) || s.Score < 0 || s.Score > 1 {
				t.Errorf("Match(%q) has a bad suggestion %+v", q, s)
			}
		}
		if v := m.Screen(NewMessage(q)); v.Fires() && v.Recognised == "" {
			t.Errorf("Screen(%q) fires without saying what it recognised", q)
		}
		Normalize(q)
	})
}
