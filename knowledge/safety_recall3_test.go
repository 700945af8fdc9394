package knowledge

import "testing"

// TestScreenCausesDatedApart checks that a position or a workout told at
// the start of a story does not explain numbness or weakness dated anew
// later in it, while a cause told with the symptom, or dated with it,
// still quiets the screen.
func TestScreenCausesDatedApart(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"we drove up to the cottage on saturday, eight hours in the car, unpacked, slept badly. this morning both my legs are numb and so is my bottom", SafetyEmergency},
		{"i stack shelves on nights and lift all shift, it wears me out. tonight my right leg suddenly went weak and it's still like that", SafetyEmergency},
		{"been sitting at my desk for a fortnight on a big project, back is stiff. today my left foot is weak and keeps catching", SafetyEmergency},
		// Near misses: the cause told with the symptom, or dated with it.
		{"sat cross legged all through the retreat this morning and both legs went numb, fine after a stretch", SafetyNone},
		{"after squats and lunges today my legs feel weak and wobbly, normal for leg day?", SafetyNone},
		{"my legs were numb for a bit after the long drive this afternoon, they woke up when i walked", SafetyNone},
	})
}

// TestScreenTermClaimed checks that a condition's name the sender says is
// what they have ("that's what this is") is a report, while a question
// about the term stays only talked about.
func TestScreenTermClaimed(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"cauda equina? my cousin the nurse says that's what this is. numb between my legs and cant feel the toilet paper", SafetyEmergency},
		{"foot drop, the physio handout says thats what this is, my foot slaps the floor when i walk", SafetyEmergency},
		// Near misses: the term only asked about.
		{"is that what foot drop is? the thing where your foot slaps? just wondering", SafetyNone},
		{"what is cauda equina and why is it on your intake form", SafetyNone},
	})
}

// TestScreenGuessTakenBack checks that a cause the sender only supposed
// and then took back with "but" no longer explains the symptom, and that
// the words for feeling run down are no run; a cause told as fact still
// quiets the screen.
func TestScreenGuessTakenBack(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"i thought the weight coming off was my new workout plan, but the kilos keep going and my back aches every night", SafetyDoctor},
		{"i figured it was my old mattress, but the back ache at night never lets up, a month now", SafetyDoctor},
		{"back sore for weeks, shed a few kilos, feeling run down lately", SafetyDoctor},
		// Near misses: the cause told as it is.
		{"lost a few kilos since i started the gym, back is a bit sore from deadlifts", SafetyNone},
		{"i thought massage was only for athletes but my office back could use one", SafetyNone},
	})
}

// TestScreenCautionLayWords checks the lay words of three cautions (a
// bruising tendency, a great age or an age asked about, a medicine that
// might clash with massage), and that the same words stay quiet where
// they name no one's situation.
func TestScreenCautionLayWords(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"i get random bruises all over my shins, would a firm massage be a bad idea", SafetyCaution},
		{"my legs bruise from nothing lately, is deep tissue risky for me", SafetyCaution},
		{"my grandad is in his mid 80s, is a full hour too much for him", SafetyCaution},
		{"my 10 year old does gymnastics, is sports massage ok for his age", SafetyCaution},
		{"will massage interact with the muscle relaxants i take at night", SafetyCaution},
		// Near misses of the same words.
		{"the doctor says my joints are good for my age, can i book a deep tissue", SafetyNone},
		{"my knee has been grand for ages, is deep tissue ok for my calves", SafetyNone},
		{"back in the mid 80s i took up rowing, is a hot stone massage ok", SafetyNone},
		{"i bruised my shin on the coffee table, anyway what does swedish involve", SafetyNone},
	})
}

// TestScreenAskingForSelf checks that a question put as if of anyone is
// the asker's own when they say they ask for themselves, and stays
// general when asked for someone else or with no such words.
func TestScreenAskingForSelf(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"would hot stones be risky if you have thin bones? i'm asking for me btw", SafetyCaution},
		{"what if you have a numb bum and can't feel yourself wipe, can you still get massage? asking for myself", SafetyEmergency},
		// Near misses: asked for another, or in general.
		{"would hot stones be risky if you have thin bones? asking for a friend", SafetyNone},
		{"can you still get massage if you have a numb bum, hypothetically", SafetyNone},
	})
}

// TestScreenNightSweatsAsFever checks that a heavy sweat told at night is
// the fever's (the infection's group, seen today), while a heavy sweat
// with a sudden tearing pain is still the aorta's emergency.
func TestScreenNightSweatsAsFever(t *testing.T) {
	m := newDefaultMatcher(t)
	v := m.Screen(NewMessage("i inject sometimes and my lower back is in awful pain, plus sweating buckets at night this week"))
	if v.Level != SafetyDoctor || v.Group != groupInfection {
		t.Errorf("night sweats with injecting: got %s/%s, want doctor/infection (%s)", v.Level, v.Group, v.Reason)
	}
	checkScreenCases(t, m, []screenCase{
		{"ripping pain through to my back out of nowhere and i'm sweating buckets", SafetyEmergency},
	})
}

// TestScreenNearMissFigures34 checks two near-miss classes: a task or a
// bill said to do to the body what an illness does ("the rent knocked the
// wind out of me"), and shivers put down to the cold a clause or two
// earlier; a real breathlessness or a fever's other signs still fire.
func TestScreenNearMissFigures34(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"the finals knocked the wind out of me, my shoulders are in knots", SafetyNone},
		{"out in the cold waiting on my lift, fingers went numb, warmed up fine, upper back sore from shivering", SafetyNone},
		// Counter-cases that must still fire.
		{"out of breath walking to the car and a crushing ache in my chest", SafetyEmergency},
		{"shivering and a temperature of 39 since yesterday, mid back pain in the cold weather", SafetyDoctor},
	})
}

// TestScreenOldEvents checks that an accident called old, with its sport
// between, is long past, while an old vehicle in a crash today, or an old
// man's fall, is told as it happened.
func TestScreenOldEvents(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"an old lacrosse collision gave me a grumpy lower back that never fully settled, is cupping any good", SafetyNone},
		{"old skiing fall, my knee clicks on stairs, which massage helps", SafetyNone},
		// Counter-cases that must still fire.
		{"my old van crashed on the motorway an hour ago and my neck really hurts", SafetyEmergency},
		{"my old truck flipped off the road today and my back is agony", SafetyEmergency},
		{"my old man fell off the ladder this afternoon and his back hurts bad", SafetyEmergency},
	})
}

// TestScreenCrashedVehicles checks that a crash told by a vehicle other
// than a car is major trauma, while a vehicle that only broke down, or a
// crash long ago, stays quiet.
func TestScreenCrashedVehicles(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"the minibus i was on had a bus crash on the ring road this morning, my lower back is throbbing", SafetyEmergency},
		{"crashed my pickup into a ditch last night, back feels wrong", SafetyEmergency},
		// Near misses of the same words.
		{"my van broke down on the motorway and i sat in the cold for hours, stiff back now", SafetyNone},
		{"had a truck accident back in 2009, fully recovered, looking for a relaxing massage", SafetyNone},
	})
}
