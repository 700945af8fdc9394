package knowledge

import "testing"

// TestScreenProbeClasses checks a tearing told as something felt inside
// the back or spine, with no word for pain beside it, and the near cases
// of "tearing" and "ripping" that are no tearing pain and must stay quiet.
func TestScreenProbeClasses(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		name, q string
		level   SafetyLevel
		group   string
	}{
		{"tearing inside the back", "it is like something keeps tearing inside her lower back since lunch", SafetyEmergency, groupAorta},
		{"ripping inside, third person", "my husband says there's a ripping inside his back that woke him up", SafetyEmergency, groupAorta},
		{"tearing in the spine", "out of nowhere a tearing in my spine and i feel dizzy", SafetyEmergency, groupAorta},
		// Near cases: tears of grief, tearing things down, ripping weeds.
		{"tearing up with grief", "i keep tearing up inside since the funeral, my shoulders are tense", SafetyNone, ""},
		{"ripping weeds out back", "spent the day ripping weeds in the back yard, could i book a relaxing massage", SafetyNone, ""},
		{"a torn shirt", "ripped my shirt in the back at the gym, lol, anyway how much is 60 minutes", SafetyNone, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkScreen(t, m, tt.q, tt.level, tt.group)
		})
	}
}
