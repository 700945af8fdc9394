package knowledge

// Table tests of the readings that quiet near misses: jokes and figures of
// speech (safety_humour.go), questions about cases in general and denied
// lists (safety_general.go, safety_scope.go). Each class has examples that
// must stay quiet and examples, close to them, that must still alarm.

import "testing"

// TestScreenFiguresOfSpeech: a symptom that a thing, a stretch of time or
// a bodyless group is said to have is a figure of speech (a thing's only
// when the message laughs); a body part, a person or the asker keeps it
// told, however the message laughs.
func TestScreenFiguresOfSpeech(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		// A thing has it, and the message laughs.
		{"my old printer caught a fever this morning 😂 anyway can i book a neck massage", SafetyNone},
		{"the rent increase is giving me chest pain lol, shoulders tense too", SafetyNone},
		{"my group project gives me chest pains haha, any slots friday", SafetyNone},
		{"our kitchen renovation had a heart attack 🙃 back is sore from painting", SafetyNone},
		// A stretch of time or a bodyless group, laugh or not.
		{"this whole month has been a car crash and my neck is stiff", SafetyNone},
		{"friday afternoon is giving me chills, i need a hot stone", SafetyNone},
		{"monday mornings give me a fever, my back is sore from the commute, book me in", SafetyNone},
		{"the stock market is having a heart attack, my shoulders are tight from watching it", SafetyNone},
		// The same figure with no laugh, of a thing: still read as told.
		{"the rent increase is giving me chest pain and my left arm is numb", SafetyEmergency},
		// A body part, a person or the asker, however it laughs.
		{"lol my legs are numb and i cant pee", SafetyEmergency},
		{"my chest is crushing 😂 and my left arm feels heavy", SafetyEmergency},
		{"haha my husband has a fever and his back is agony", SafetyDoctor},
		{"he's got a fever and a sore back lol, can we book him in", SafetyDoctor},
		{"my back has been killing me for days and i use needles lol", SafetyDoctor},
		{"leg keeps giving way since this morning 😳 and my back hurts", SafetyEmergency},
		// Can't without a thing, laughing: a habit, no inability.
		{"honestly can't poop without my podcast lol, back's stiff from the loo though", SafetyNone},
		{"i cant pee without scrolling my phone haha, sat too long and my back aches", SafetyNone},
		// Without an effort or a pain, or with a numb groin: still told.
		{"i cant pee without straining lol and both legs are numb", SafetyEmergency},
		{"cant pee without my phone lol but my groin has gone numb since this morning", SafetyEmergency},
		// A fear or pain emoji makes no joke of a thing's words.
		{"the pressure at work is giving me chest pain 😰 and my jaw aches", SafetyEmergency},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenNegatedLists: a denial reaches over a list of any length that
// ends in "or" and one more item, and over the places the denied symptom
// would go to; a "no" said in answer to a question whether one has a
// symptom denies it. A list with no "or", or an answer followed by a
// report, keeps what is told.
func TestScreenNegatedLists(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"i haven't had fever, weight loss, night pain or numbness, just a stiff lower back", SafetyNone},
		{"no chills, weight loss, pain at night or tingling, my back is only tight", SafetyNone},
		{"my calf isn't warm, red, tender or swollen, just tight from running", SafetyNone},
		{"the gp asked if i had numbness in my groin and i said no, only a sore back", SafetyNone},
		{"physio asked whether my bladder was ok, told her no problems there, just stiff", SafetyNone},
		// The places a denied symptom would be felt in are denied with it.
		{"no pain going to my arm or jaw, just a sore upper back after painting", SafetyNone},
		{"no pain spreading into my jaw or left arm, only tight shoulders", SafetyNone},
		// No lead to it: a site told on its own.
		{"no fever but crushing chest pain going into my left arm", SafetyEmergency},
		// No "or": the last item is told.
		{"no fever, numbness in my groin since this morning", SafetyEmergency},
		// The answer, then a report of its own.
		{"the nurse asked if i had numbness in the groin, i said no but now i cant pee", SafetyEmergency},
		{"no fever or chills, but my legs are numb and i wet myself", SafetyEmergency},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenAskedInGeneral: a symptom inside a question that names no one
// as having it, and asks why or how, whether it is ever or always so, or
// of a kind of people, reports nothing; the same question beside a report
// of the asker's or someone's body, or a time of now, still alarms.
func TestScreenAskedInGeneral(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"out of interest, is sudden weakness in both legs always a stroke?", SafetyNone},
		{"why would numb legs and bladder trouble go together? came up in my anatomy revision", SafetyNone},
		{"can fever and chills ever come from the spine itself?", SafetyNone},
		{"is it normal for pregnant women to get numb legs or is that a worry", SafetyNone},
		{"does a swollen calf usually mean a clot? im a first year physio student", SafetyNone},
		{"how would anybody know a crushing chest pain was the heart and not a muscle", SafetyNone},
		// Asked of indirectly, or by someone who only asks.
		{"my flatmate asked me if numbness in both legs is always a slipped disc", SafetyNone},
		{"been wondering whether a hot swollen calf is usually a clot or just a strain", SafetyNone},
		// Someone's body, the asker's, or now.
		{"my flatmate asked me if i should worry, both my legs are numb, is that always serious", SafetyEmergency},
		{"my sister said she can't feel her legs, is that ever serious?", SafetyEmergency},
		{"is sudden weakness in both legs always a stroke? my dad has it", SafetyEmergency},
		{"can fever and back pain ever be serious? i have a fever of 39 and my back is agony", SafetyDoctor},
		{"does numbness in both legs usually mean something bad? it started this morning", SafetyEmergency},
		{"why would both my legs go numb and my bladder stop working", SafetyEmergency},
		{"is losing bladder control with back pain always serious? because i have that", SafetyEmergency},
		// A question about a kind of case that asks no reason, quantifier
		// or kind of people is not made general here.
		{"is crushing chest pain down the left arm serious", SafetyEmergency},
		// A situation is asked about all the same: "can you massage a
		// toddler" is a caution.
		{"is massage ok for a little one? my four year old's calves feel stiff", SafetyCaution},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenExamplesOfAKind: symptoms named as examples of a kind ("things
// like", "symptoms such as", "..., that kind of thing") are only asked
// about, and so are those of a question framed just before its opener
// ("medically speaking, is ...") or doubting what a thing is ("is that
// really an emergency"); examples the asker is told to have still count.
func TestScreenExamplesOfAKind(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"are therapists trained to notice stuff like crushing chest pain in a client?", SafetyNone},
		{"what do you do if a client mentions something like numbness in both legs", SafetyNone},
		{"which signs mean go to a&e? fever, weight loss, night pain, that kind of thing?", SafetyNone},
		{"out of curiosity, why is weakness in both legs said to be more serious than in one?", SafetyNone},
		{"is losing bladder control with back pain really an emergency? it's in our first aid booklet", SafetyNone},
		// The asker has the kind; a list told as the asker's.
		{"i have something like numbness in both legs and can't pee", SafetyEmergency},
		{"my legs are numb and i cant pee, that kind of thing, is it bad", SafetyEmergency},
		{"my calf is really swollen and hot since the flight", SafetyDoctor},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenMindsAndPositions: a quality of the mind has no body ("my
// patience is running a fever"), and a limb numbed by kneeling, by legs
// crossed or by an awkward position, for a moment or "a bit", is a limb
// asleep, as one numbed by sitting is.
func TestScreenMindsAndPositions(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"my sanity is having a heart attack with these twins, shoulders are in knots", SafetyNone},
		{"my motivation caught a fever and died this week, need a relaxing massage", SafetyNone},
		{"sat with my legs crossed through a long lecture and both legs went numb, fine after a minute", SafetyNone},
		{"knelt to weed the garden and both legs went numb for a minute, then fine", SafetyNone},
		{"sat in an awkward position on the sofa and my leg went numb and wobbly for a minute", SafetyNone},
		{"crouched under the desk fixing cables, legs were numb and weak for a bit after, fine now", SafetyNone},
		// Told of the asker's body, or numb and not over.
		{"my husband is having a heart attack, chest pain and sweating", SafetyEmergency},
		{"knelt down this morning and both legs went numb and they still are, cant pee", SafetyEmergency},
		{"crouched to lift a box and my leg has been numb and weak for a bit, still dragging it", SafetyEmergency},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenToldThenAsked: a symptom told first, outside any question, and
// then asked about with a word pointing back ("is that a warning sign?")
// is the sender's own case, whatever general cue the question holds; a
// symptom inside the question itself is still asked in general.
func TestScreenToldThenAsked(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"both legs numb and i can't pee properly, is that a red flag?", SafetyEmergency},
		{"numb groin, cant pee. is this an emergency", SafetyEmergency},
		{"hot swollen red calf after a long coach trip, is that a sign of a clot", SafetyDoctor},
		{"calf swollen, red and warm, what does that mean", SafetyDoctor},
		// Inside the question: asked in general.
		{"does numbness in your legs always mean a trapped nerve, or is that a myth? just curious", SafetyNone},
		{"what are the warning signs of cauda equina? just curious", SafetyNone},
	}
	checkScreenCases(t, m, tests)
}

// TestScreenAgeLikened: an age the asker is only likened to ("basically
// 90", "like a 90 year old") is no age had; one told, even roughly ("I'm
// like 70"), still is.
func TestScreenAgeLikened(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenCase{
		{"after the move i'm practically 85 years old lol, which massage for stiffness?", SafetyNone},
		{"walking like an 80 year old after leg day haha, can i book a sports massage", SafetyNone},
		{"i'm like 75 and slipped in the bath, my hip hurts so bad i can't stand", SafetyEmergency},
		{"i'm 88, is a deep tissue massage safe for me", SafetyCaution},
	}
	checkScreenCases(t, m, tests)
}

// screenCase is a message and the level the screen must give it exactly.
type screenCase struct {
	q     string
	level SafetyLevel
}

// checkScreenCases screens each case's message with m and fails t for
// every one read at another level than it wants, with the screen's reason.
func checkScreenCases(t *testing.T, m *Matcher, tests []screenCase) {
	t.Helper()
	for _, tt := range tests {
		v := m.Screen(NewMessage(tt.q))
		if v.Level != tt.level {
			t.Errorf("%q: got %s, want %s (%s)", tt.q, v.Level, tt.level, v.Reason)
		}
	}
}
