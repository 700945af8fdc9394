package knowledge

import "testing"

// TestScreenNumbLeftArm: a left arm gone numb together with a sweat,
// sickness or breathlessness is the heart's picture without chest pain,
// the asker's or someone's, and even after an earlier episode they got
// over; an arm slept on, a workout or a numb arm alone is not.
func TestScreenNumbLeftArm(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"left arm has gone numb and i'm cold and clammy, feel like throwing up", SafetyEmergency},
		{"my mum says her left arm feels numb and she's sweating a lot, she's 70", SafetyEmergency},
		{"my dad got over a heart scare in 2020 but tonight his left arm is numb and he's drenched in sweat", SafetyEmergency},
		{"numb left arm, short of breath, sweaty. what do i do", SafetyEmergency},
		// Explained, or numb alone.
		{"my left arm goes numb if i sleep on it, then i wake up hot and sweaty", SafetyNone},
		{"left arm numb and sweating buckets after bench press day", SafetyNone},
		{"my left arm tingles when i type all day, would massage help", SafetyNone},
	})
}
