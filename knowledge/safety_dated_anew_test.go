package knowledge

import "testing"

// TestScreenDateOfASituationToldAnew checks that a date told with a
// situation opened by a subject of its own ("she had a stroke years
// ago") is that situation's, and does not put the fall or the symptom
// told before it in the past; a date with no new subject between still
// dates the whole story.
func TestScreenDateOfASituationToldAnew(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"my grandad slipped off the back step and can't get up off the patio, he had heart surgery ten years ago", SafetyEmergency},
		{"my neighbour fell off her ladder and can't move her legs, she had a hip replacement back in 2015", SafetyEmergency},
		// Near misses: the date with no new subject before it.
		{"my grandad slipped off the back step and couldn't get up, that was ten years ago and he's been fine", SafetyNone},
		{"my neighbour fell off her ladder years ago and broke her wrist, it healed fine", SafetyNone},
	})
}
