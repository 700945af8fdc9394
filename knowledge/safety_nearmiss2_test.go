package knowledge

// Table tests of the second round of near-miss readings: each class has
// messages that must stay quiet and at least as many, of the same shape,
// that must still alarm.

import "testing"

// screenLevelTests runs the screen on each message and fails where its
// level is not the one wanted.
func screenLevelTests(t *testing.T, tests []struct {
	q     string
	level SafetyLevel
}) {
	t.Helper()
	m := newDefaultMatcher(t)
	for _, tt := range tests {
		if v := m.Screen(NewMessage(tt.q)); v.Level != tt.level {
			t.Errorf("%q: got %s, want %s (%s)", tt.q, v.Level, tt.level, v.Reason)
		}
	}
}

// TestScreenOthersWellInOtherWords: someone else's story is over when
// they are said to be well in any of the words people use for it ("all
// better", "clear since", "in remission", "has recovered", "back to
// normal"). A story told as going on now, or the asker's own red flag
// after it, still alarms.
func TestScreenOthersWellInOtherWords(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my aunt had a lump removed from her bowel in 2016 and lost a lot of weight, she's been clear ever since. my shoulders ache from typing", SafetyNone},
		{"my uncle had a high fever and a sore back from a kidney bug, he's all better. i'm stiff from decorating", SafetyNone},
		{"my grandad had a swollen calf from a clot, he is back to normal. my neck is tight from driving", SafetyNone},
		{"my neighbour had a fever and an aching back from a kidney infection, she has recovered. my traps are tight from the gym", SafetyNone},
		// The story goes on now, or the asker tells a red flag of their own.
		{"my aunt lost a lot of weight and has pain at night, she's not better at all, can she book a massage", SafetyDoctor},
		{"my uncle had a kidney bug, he's all better. i've had a high fever since last night and my back is agony", SafetyDoctor},
		{"my grandad had a clot, he is back to normal. my own calf is swollen, hot and red since yesterday", SafetyDoctor},
		{"my neighbour had a kidney infection, she has recovered. now i have a fever and chills and my lower back is killing me", SafetyDoctor},
		{"my aunt had bowel cancer in 2016, she's been clear since. i've lost a stone without trying and my back hurts every night", SafetyDoctor},
	})
}

// TestScreenHarmlessFindings: a check named and its result told in the
// words people use ("bloods normal", "x-ray normal", "the repeat test was
// clean", "no infection", "my bones are fine") or a common, harmless cause
// named as the finding ("it was covid", "it's menopause", "low b12") clears
// what was told before it. A red flag told after the finding, a "but now",
// or a finding denied ("it was not the flu") still alarms.
func TestScreenHarmlessFindings(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"went to the walk-in with a fever and an aching back, they tested me and it was covid. my shoulders are tight from the sofa", SafetyNone},
		{"the gp tested me after back pain and burning when peeing, it was a uti, the repeat test was clean, now my back's just stiff from digging", SafetyNone},
		{"i have osteopenia and a cough strained my back, the doctor sent me for an x-ray, x-ray normal. can massage help", SafetyNone},
		{"bone density scan last month, my doctor says my bones are fine, is a firm massage ok", SafetyNone},
		{"the rheumatologist looked into my night sweats, bloods normal, its menopause. my neck is stiff", SafetyNone},
		{"the nurse checked me over for a temperature and a bad back, no infection, my back is sore from the move", SafetyNone},
		// A red flag after the finding, or the finding denied.
		{"gp said it was just the flu, but since yesterday my legs are numb and i can't pee", SafetyEmergency},
		{"tested positive for covid last week, now my chest is crushing and my left arm is numb", SafetyEmergency},
		{"bloodwork normal in may, now i'm losing weight without trying and my back hurts every night", SafetyDoctor},
		{"x-ray normal after the fall, but today my back pain is much worse and my legs feel weak", SafetyEmergency},
		{"the doctor said it was not the flu, i have a high fever and my back is agony", SafetyDoctor},
		{"no infection on the first test, but now i've got a fever of 39 and my spine is tender", SafetyDoctor},
		{"the doctor said it was low b12, but now both legs are numb and my bladder is leaking", SafetyEmergency},
		{"doctor said my bones are fine, since then i fell down the stairs and can't move my back", SafetyDoctor},
		{"the nurse said no infection, since then i have had a fever and chills and my back is killing me", SafetyDoctor},
	})
}

// TestScreenNormalSince: a brief symptom said to be normal or ok since,
// or gone "and never since", is over. A "but now", a symptom still told,
// or another red flag after it still alarms.
func TestScreenNormalSince(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my left leg went weak for a second when i jumped off the sofa this morning, totally normal since. lower back a bit stiff", SafetyNone},
		{"my right leg buckled once on the stairs yesterday, been normal since, my back is just tight", SafetyNone},
		// A red flag after it, or the symptom told as going on.
		{"my left leg went weak an hour ago, normal since, but now my arm is numb and my face feels droopy", SafetyEmergency},
		{"my foot tingled after yoga, normal since. but i can't control my bladder today and my groin is numb", SafetyEmergency},
		{"my legs went numb last night and my bladder leaked, normal since then but my groin is still numb now", SafetyEmergency},
	})
}

// TestScreenPaddlingAndDrills: arms, shoulders and chest sore after
// paddling, rowing or a class's burpees are worked muscles. Chest pain
// crushing, going into the arm, or with breathlessness, sweat or sickness
// after the same still alarms.
func TestScreenPaddlingAndDrills(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"did a burpee challenge at bootcamp, now my chest and back ache whenever i twist. massage this week?", SafetyNone},
		{"went kayaking for five hours, shoulders and arms sore and i'm tired today, nothing else", SafetyNone},
		// The heart's signs after the same.
		{"after kayaking my chest is crushing and i'm sweating and can't breathe", SafetyEmergency},
		{"did burpees this morning and now have crushing chest pain going into my left arm and i feel sick", SafetyEmergency},
		{"rowed for an hour and now my chest hurts, i'm short of breath and feel faint", SafetyEmergency},
	})
}

// TestScreenBreaksOfALifeStage: a break dated by a stage of life ("in my
// twenties", "in my thirties") and said healed is long mended, as one "years ago"
// is. Fragile bones, a break still mending or a fresh fall still ask for
// caution or alarm, and a stage of life said as an age today ("I'm in my
// forties") dates nothing.
func TestScreenBreaksOfALifeStage(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"cracked a vertebra mountain biking in my twenties, all mended, i'm 50 now and a bit stiff. is deep tissue ok?", SafetyNone},
		{"broke a vertebra snowboarding in my thirties, healed up, is a firm massage ok?", SafetyNone},
		// Fragile bones, still mending, or a new fall.
		{"fractured my spine in my twenties and it never healed properly, now i have osteoporosis, is deep tissue ok?", SafetyCaution},
		{"broke my back in college and it's still healing after a second op, is a massage safe?", SafetyCaution},
		{"cracked a vertebra in my twenties, fell down the stairs this morning and now i can't stand up", SafetyEmergency},
		// A stage of life said as an age today dates nothing.
		{"i am in my forties and my calf is swollen, hot and red", SafetyDoctor},
		{"i'm in my twenties and my calf is swollen, hot and red", SafetyDoctor},
		{"i'm in my thirties, lost a lot of weight without trying and my back hurts every night", SafetyDoctor},
	})
}

// TestScreenKindsOfPeopleAsked: a question about what a kind of people
// can suffer ("can someone with osteoporosis break a rib from a hug?"),
// their body included ("... fracture their spine"), reports no one's
// condition when it asks nothing of massage. Whether massage is safe for
// such a person, the asker saying they are one, or a person named with a
// red flag still asks for caution or alarms.
func TestScreenKindsOfPeopleAsked(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"can someone with osteoporosis break a rib from a hug? sounds crazy", SafetyNone},
		{"can people with brittle bones really fracture their spine from a sneeze? wild if true", SafetyNone},
		// Massage asked of, the asker one of them, or someone's red flag.
		{"is massage safe for someone with osteoporosis? asking for my mum", SafetyCaution},
		{"i am someone with osteoporosis, can i get deep tissue?", SafetyCaution},
		{"can someone with a pacemaker get a hot stone massage?", SafetyCaution},
		{"can someone help, my sister fell off a ladder and now she can't feel her legs", SafetyEmergency},
		{"do people usually get their calf this swollen, hot and red? mine is since yesterday", SafetyDoctor},
	})
}

// TestScreenOthersStoriesToldOtherwise: someone else's story opened with
// "used to", ended with "he recovered" or "she's home and fine now", is
// over. A "but now", a red flag told as today, or a story of now still
// alarms.
func TestScreenOthersStoriesToldOtherwise(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my uncle used to inject heroin and got a back infection, he's been healthy for ages. i just have a sore back from lifting", SafetyNone},
		{"my dad had a fever and a really stiff back from a kidney infection, he recovered. i'm sore from shovelling", SafetyNone},
		{"my neighbour had chest pain in the car park last month and an ambulance came, he's home and fine now. my back aches from stress", SafetyNone},
		// Told as now, or back.
		{"my aunt used to inject and now she has a fever and her back is agony", SafetyDoctor},
		{"my dad had a fever and a stiff back, he recovered, but now he has a fever again and his back is agony", SafetyDoctor},
		{"my mum got a hot swollen calf, she healed up but today the other calf is swollen and red", SafetyDoctor},
		{"my neighbour had chest pain an hour ago, he's home and not fine, he is sweating and grey", SafetyEmergency},
	})
}

// TestScreenGymMachinesAndSmallChildren: legs like jelly after a gym
// machine are worked muscles, and a toddler or a baby wetting is no loss
// of control. A numb groin after the same machine, or a child's legs
// that cannot move, still alarm.
func TestScreenGymMachinesAndSmallChildren(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my legs were like jelly after the stairmaster, wobbly for an hour, back is sore", SafetyNone},
		{"my toddler wet himself at the park, i'm sore from carrying him home", SafetyNone},
		{"the baby peed all over me during the change lol, my back aches from bending", SafetyNone},
		// A red flag with the same words.
		{"my legs went weak on the treadmill and now i can't feel my groin and can't pee", SafetyEmergency},
		{"my toddler fell down the stairs and now can't move his legs", SafetyEmergency},
		{"my son wet himself and his legs are numb after a fall", SafetyEmergency},
	})
}

// TestScreenPregnancyLongAgo: a pregnancy or a birth dated years back is
// over, the weeks after it too, and asks no caution. One weeks or a month
// back (the weeks after a birth), or a pregnancy now, still does.
func TestScreenPregnancyLongAgo(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"i was pregnant 3 years ago, now my back aches from carrying my kid, can i book deep tissue", SafetyNone},
		{"had a c-section 6 years ago, is deep tissue ok now", SafetyNone},
		// Weeks back, or now.
		{"gave birth 3 weeks ago, is deep tissue ok now", SafetyCaution},
		{"had a c-section last month, can i get a back massage", SafetyCaution},
		{"i was pregnant years ago and now i'm pregnant again, 12 weeks, is massage safe", SafetyCaution},
	})
}

// TestScreenTriviaAndWonder: a question framed as trivia, a quiz, a
// newsletter or wonder ("just wondering", "sounds wild") asks about cases
// in general, and a condition named in it asks for no caution when no
// massage is asked of. A symptom told as the asker's or someone's, or a
// question whether massage is safe, still alarms or asks for caution.
func TestScreenTriviaAndWonder(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"pub quiz question: can a blood clot in the leg travel to the lungs?", SafetyNone},
		{"can a fever with back pain mean a spine infection? just wondering", SafetyNone},
		// Someone's symptom, or massage asked of.
		{"i am on warfarin, is deep tissue safe for me? just wondering", SafetyCaution},
		{"i am 6 months pregnant, can i get a back massage? fun fact i am craving pickles", SafetyCaution},
		{"my legs went numb and i can't pee since this morning, just wondering if that's bad", SafetyEmergency},
		{"is that legit? my calf has been swollen, red and hot since yesterday", SafetyDoctor},
		{"trivia aside, my dad collapsed with chest pain and is sweating", SafetyEmergency},
	})
}

// TestScreenCompanionsOnly: an older relative or one with a condition who
// only comes along (to wait in reception, as company) asks no caution. A
// massage for them, or a question whether it is safe, still does.
func TestScreenCompanionsOnly(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my nan is 90, can she come with me and sit in the waiting room?", SafetyNone},
		{"my grandad has a pacemaker, he's only coming as my driver and company, can he sit in reception?", SafetyNone},
		// A massage for them, or its safety asked.
		{"my nan is 90 and frail, can she have a massage while i sit in the waiting room?", SafetyCaution},
		{"my grandad has a pacemaker, is it safe for him to get a massage? he'd wait in the lobby first", SafetyCaution},
		{"i'm 7 months pregnant, can my husband wait in the lobby while i have my massage?", SafetyCaution},
	})
}

// TestScreenGiftsOfAMassage: buying a gift card or voucher for someone
// with a condition asks nothing of the massage's safety; their therapist
// takes their history when they book. Asking whether it is safe for them
// still asks for caution.
func TestScreenGiftsOfAMassage(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my aunt had a mastectomy years ago and loves spa days, can i get her a gift card for a massage", SafetyNone},
		{"my grandad is 85 and loves a good massage, do you do gift certificates?", SafetyNone},
		// Its safety asked.
		{"my sister is 30 weeks pregnant, is it safe to gift her a deep tissue massage?", SafetyCaution},
		{"can i buy a gift card for my mum? she's on chemo, is massage ok for her", SafetyCaution},
		{"is a voucher for hot stone ok for my dad? he's on warfarin and bruises easily", SafetyCaution},
	})
}

// TestScreenOthersSituationOwnMassage: someone else's situation, then the
// asker speaking of their own massage ("i want a massage for my own
// back", "i just want to book myself"), asks no caution. An asker who
// says they have it too ("so do i", "i have it too", "i am too") still
// asks.
func TestScreenOthersSituationOwnMassage(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my wife is pregnant and i want a massage for my own back, can i book", SafetyNone},
		{"my mum is on warfarin, i just want to book myself a hot stone massage", SafetyNone},
		// The asker has it too.
		{"my friend has scoliosis and so do i, can i book a massage for my back", SafetyCaution},
		{"my mum is on warfarin and i am too, can i book myself a deep tissue", SafetyCaution},
		{"my dad has osteoporosis and i have it too, book me in for deep tissue", SafetyCaution},
	})
}

// TestScreenOneDoseForAMinorAilment: a single painkiller taken for a
// headache, cramps or a hangover is no decision about a medicine and
// asks no caution. A medicine taken every day, a decision to stop one,
// or a blood thinner named with it still asks; a red flag after it
// alarms.
func TestScreenOneDoseForAMinorAilment(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"i took an advil this morning for a headache, can i still come in", SafetyNone},
		{"had some paracetamol for a hangover, is it ok to get a massage later", SafetyNone},
		// Taken now, a decision, a thinner, or a red flag.
		{"i take ibuprofen every day for my back, can i get deep tissue", SafetyCaution},
		{"i took an advil for a headache, should i stop my blood pressure pills before the massage", SafetyCaution},
		{"i am on warfarin and took an advil for a headache, is deep tissue ok", SafetyCaution},
		{"took ibuprofen for a headache and now my legs are numb and i can't pee", SafetyEmergency},
	})
}

// TestScreenTapsAndBalls: a bump told as barely one ("barely a tap", "at
// walking pace, not even a dent") is a minor accident, and being hit by
// a ball or a pillow in play is no blow of an accident. A hard crash, a
// numb groin after the tap, or a hit with a red flag still alarms.
func TestScreenTapsAndBalls(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"got rear ended in a parking lot at 5 km/h, barely a tap, neck a bit stiff next day", SafetyNone},
		{"someone reversed into my car at walking pace, not even a dent, shoulders tense", SafetyNone},
		{"i got hit by a ball at dodgeball, lol, shoulders tight", SafetyNone},
		{"my kid hit me with a pillow in a pillow fight haha, neck is stiff from the sofa", SafetyNone},
		// A hard crash, or a red flag after the tap or the hit.
		{"got rear ended hard on the motorway, the car is wrecked and my neck is agony", SafetyEmergency},
		{"it was barely a tap but now my legs are numb and i can't feel my groin", SafetyEmergency},
		{"got hit by a ball in the spine at cricket, now i can't move and my legs are numb", SafetyEmergency},
		{"got hit by a car while cycling, my back is agony", SafetyEmergency},
	})
}

// TestScreenPainsOfTheMind: a symptom or an injury told of a quality of
// the mind right after it ("a tearing pain in my soul", "fractured my
// pride") is a figure of speech. A body part told with the same words,
// or a red flag besides, still alarms.
func TestScreenPainsOfTheMind(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"the concert ticket prices gave me a tearing pain in my soul, anyway do you do hot stone", SafetyNone},
		{"tripped on stage and fractured my pride 🙈 upper back is tight from the show", SafetyNone},
		// The body's, or a red flag besides.
		{"tearing pain in my back going through to my chest, my soul hurts", SafetyEmergency},
		{"crushing chest pain in my chest and my spirit is low, left arm numb", SafetyEmergency},
		{"a tearing pain in my soul and a real tearing pain through my back into my belly since lunch", SafetyEmergency},
	})
}

// TestScreenNoHistoryOf: "no history of" denies what it is of ("no
// history of blood clots, just want a leg massage"). A history told, or a
// symptom told after the denial, still asks for caution or alarms.
func TestScreenNoHistoryOf(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"no history of blood clots, no recent surgery, just want a firm leg massage", SafetyNone},
		// A history told, or a symptom after the denial.
		{"history of blood clots, is deep tissue ok on my legs", SafetyCaution},
		{"i have a history of clots and no other issues, can i get a leg massage", SafetyCaution},
		{"no history of clots but my calf is swollen, hot and red since yesterday", SafetyDoctor},
	})
}

// TestScreenDeniedKindOfPain: a denial of a kind of pain ("no spreading
// pain", "no shooting pain") denies the pain it names, and the places it
// would go to. A pain told after another word, or a red flag after a
// "but", still alarms.
func TestScreenDeniedKindOfPain(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"no spreading pain to the jaw, only an achy upper back from rowing", SafetyNone},
		// Told after another word, or after a "but".
		{"no radiating pain but crushing chest pain and my left arm is numb", SafetyEmergency},
		{"no fever, pain in my chest and left arm and i'm sweating", SafetyEmergency},
		{"no shooting pain, but i can't feel my groin and i can't pee", SafetyEmergency},
	})
}

// TestScreenDiscTroubleFreeYearsOn: a disc trouble years back that gives
// "no symptoms now" is healed and asks no caution. One that gave no
// problems "until last week", flared again, or is had now still asks.
func TestScreenDiscTroubleFreeYearsOn(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"had a bulging disc 8 years ago, no symptoms now, just tight hamstrings, can i have a firm massage", SafetyNone},
		// Trouble again, or a disc now.
		{"bulging disc in 2015, no problems until last week, is massage ok?", SafetyCaution},
		{"herniated disc 5 years ago, no issues but it flared up again yesterday, is deep tissue safe", SafetyCaution},
		{"i have a herniated disc, no symptoms now, is deep tissue ok", SafetyCaution},
	})
}
