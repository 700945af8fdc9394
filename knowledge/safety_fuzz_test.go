package knowledge

import (
	"strings"
	"testing"
)

// FuzzScreen feeds the safety screen any text: it must not panic, and its
// verdict must be consistent (a level it knows, a group for urgent levels
// and a situation for cautions, what it recognised whenever it fires) and
// its reply must never carry a booking link; the brief screen Ask runs
// must agree with it.
func FuzzScreen(f *testing.F) {
	for _, seed := range []string{
		"", "no", "not not not", "can't", "numb", "numb groin", "no numbness or weakness or",
		"what are the warning signs of", "fell off a ladder in 2012", "my 78 year old mum fell",
		"i am 70", "in 9999", "0 year old", "999 yo", "legzzzz", "z", "zzzz", "cnt feel my legz",
		"went away", "away", "better", "all better", "but but but", "pee'd", "=legs",
		strings.Repeat("numb ", 300), strings.Repeat("no ", 300) + "fever",
		"is it safe while pregnant", "stop taking my meds", "\u00e9\u00e9 numbness \u2019s",
	} {
		f.Add(seed)
	}
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{})}
	f.Fuzz(func(t *testing.T, q string) {
		v := r.Matcher.Screen(NewMessage(q))
		switch v.Level {
		case SafetyNone:
			if v.Group != "" || v.Situation != "" || v.Recognised != "" {
				t.Errorf("Screen(%q) fires nothing but names %q %q %q", q, v.Group, v.Situation, v.Recognised)
			}
		case SafetyDoctor, SafetyEmergency:
			if v.Group == "" || v.Situation != "" || v.Recognised == "" {
				t.Errorf("Screen(%q) = %s without a group or what it recognised: %+v", q, v.Level, v)
			}
		case SafetyCaution:
			if v.Situation == "" || v.Group != "" || v.Recognised == "" {
				t.Errorf("Screen(%q) = caution without a situation: %+v", q, v)
			}
		default:
			t.Errorf("Screen(%q) level %q", q, v.Level)
		}
		if len(v.Explain()) < 2 || v.Reason == "" {
			t.Errorf("Screen(%q) explains nothing", q)
		}
		// The brief screen Ask runs stops early; its verdict is the same.
		if b := r.Matcher.screenBrief(NewMessage(q)); b.Level != v.Level || b.Group != v.Group || b.Situation != v.Situation || b.Recognised != v.Recognised {
			t.Errorf("screenBrief(%q) = %+v, Screen gives %+v", q, b, v)
		}
		if reply := r.Ask(q); (reply.Kind == ReplyUrgent || reply.Kind == ReplyCaution) && reply.Booking != nil {
			t.Errorf("Ask(%q) = %s with a booking link", q, reply.Kind)
		}
	})
}
