package knowledge

// Table tests of the eighteenth round's near-miss readings: each class has
// messages that must stay quiet and messages of the same shape that must
// still alarm.

import "testing"

// TestScreenOthersStoriesOpenedAndEnded: someone else's story opened with
// their body or symptom (the "'s" of "my uncle's hip pain" gone), told of
// a step-relative, a twin or a flatmate, or a reflexive "himself" in it,
// is theirs; it is over when they are said to be free of the illness,
// to have beaten it, to be back to normal, when only their age is told
// today, or when a "now" ends a resolution or opens the asker's own
// turn. A story told as going on now, or a red flag of the asker's own,
// still alarms.
func TestScreenOthersStoriesOpenedAndEnded(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		// Opened with the owner's body or symptom.
		{"my uncle's night sweats were a lymphoma, treated in 2019, he's clear. my lats are tight from rowing", SafetyNone},
		{"my stepmum's back pain at night was a tumour, treated years ago, she's in remission. my neck is stiff from the laptop", SafetyNone},
		{"my uncle's night sweats started last night and his back is agony, can he come in", SafetyDoctor},
		{"my stepmum's back pain at night is a tumour, she's losing weight fast, can she still get a massage", SafetyDoctor},
		// Free of the illness, beaten, back to normal, an age today.
		{"my aunt dropped a lot of weight during chemo in 2015, she's cancer free now. my hips ache from cycling", SafetyNone},
		{"my granddad lost loads of weight from a bowel cancer in the 80s, he beat it and is 91 now. can i get him a voucher", SafetyNone},
		{"my housemate lost a ton of weight during her lymphoma treatment, she is in remission now and running normally again. i sit all day and my shoulders ache", SafetyNone},
		{"my aunt is cancer free but has lost a lot of weight this month and has night pain, can she book", SafetyDoctor},
		{"my granddad is 91 and has lost loads of weight since last week with pain at night, can he book", SafetyDoctor},
		// A "now" ending a resolution or opening the asker's turn.
		{"my sister had a numb bum from a slipped disc back in 2021, surgery, all fine now. i just have stiff traps, hot stone?", SafetyNone},
		{"my husband had a hot swollen calf after his knee op, a clot, treated 4 years ago. now we both fancy a couples massage", SafetyNone},
		{"my husband has a hot swollen calf after his knee op last week, now we are both worried, can he have a massage", SafetyDoctor},
		// The owner's own reflexive ("wet himself") and a step-relative.
		{"my stepdad went down hard skiing in 2010, broke his hip, he's totally fine now. my calves are tight from running", SafetyNone},
		{"my stepdad fell down the stairs this morning and can't get up, he wet himself", SafetyEmergency},
		// The asker's own red flag after someone else's healed story.
		{"my flatmate's calf swelling was a clot years ago, she's fine now. i can't feel my groin and i can't pee since this morning", SafetyEmergency},
	})
}

// TestScreenFeversCraved: a fever "for" a thing is a craving, and a fever
// told just before the craze or craving that names it again is that
// figure; a fever for a stretch of time, for no reason, or named again
// as a fever, still alarms with the back pain told.
func TestScreenFeversCraved(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"the whole office has a fever for the new padel courts, my lower back aches from the first game", SafetyNone},
		{"i caught a fever... a fever for more karaoke 🎤 what does a hot stone session involve?", SafetyNone},
		{"caught a fever... disco fever 🪩 too much dancing, lower back is sore", SafetyNone},
		{"i've had a fever for the past four days and my lower back is killing me", SafetyDoctor},
		{"running a fever for like 3 days, my back aches", SafetyDoctor},
		{"i keep getting a fever for no reason and my spine hurts", SafetyDoctor},
		{"caught a fever... a proper high fever, and my back is in agony", SafetyDoctor},
		{"had a fever for a while now with a sore back, can i book", SafetyDoctor},
	})
}

// TestScreenAskerOnlyAsks: a general question stays general when the
// asker's own words only say that they wonder, write or might one day
// need to know ("now i'm curious", "a story i'm writing", "before i ever
// need it"), or own the place they write for ("for my office"). A symptom
// of the asker's body, one told as now, or a report of their own after
// the curiosity still alarms.
func TestScreenAskerOnlyAsks(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"can a clot behind the knee travel to the lungs and cause breathlessness? saw a podcast about it and now i'm curious", SafetyNone},
		{"for a novel i'm writing, my character gets a tearing pain in her back and collapses. what would the paramedics think?", SafetyNone},
		{"putting together a first aid leaflet for my club: can numbness in the groin with no bladder control be serious?", SafetyNone},
		{"which signs mean go straight to a and e, like numb legs or losing bladder control? asking before i ever need it", SafetyNone},
		// The asker's own body, a symptom told as now, a report after.
		{"i'm curious, my groin has gone numb and i can't pee, is that serious?", SafetyEmergency},
		{"putting together a leaflet for my club and my chest is crushing right now, spreading to my arm", SafetyEmergency},
		{"for a novel i'm writing, but honestly i have a tearing pain in my back right now and feel faint", SafetyEmergency},
		{"can a clot cause breathlessness? now i'm curious because my calf is swollen and hot", SafetyEmergency},
	})
}

// TestScreenFindingsTold: a clinician's finding clears what it was of
// ("cleared me of any break"), the remainder it names with "just" or
// "only" ("no clot, just a pulled muscle") is no new sign, and an ache
// told after it with a trailing "though" does not outdate it. A turn, a
// word of worse, or a new sign after the finding still alarms.
func TestScreenFindingsTold(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"came off my mountain bike at speed, the er doctor and a ct scan cleared me of any break, only heavy bruising. is sports massage ok yet?", SafetyNone},
		{"my gp said the sweats at night were my thyroid meds and nothing serious, my shoulders are knotted though", SafetyNone},
		{"came off my mountain bike at speed, the er doctor and a ct scan cleared me of any break, but now my legs are going numb", SafetyEmergency},
		{"my gp said the sweats at night were nothing serious, though now i have a fever and my back is agony", SafetyDoctor},
		{"came off my mountain bike at speed yesterday, the doctor said no break, just bruising, but i can't feel my feet", SafetyEmergency},
		{"my gp said the sweats at night were nothing serious, my back is much worse though and i've lost weight", SafetyDoctor},
	})
}

// TestScreenSpellEndedByTime: a resolution told with the time by which it
// was over ("gone by morning", "passed by the next day") ends all of the
// spell told before it, not only its last symptom. A spell back again, or
// one still going on, alarms.
func TestScreenSpellEndedByTime(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"got the shivers and night sweats after my flu jab in october, gone by the next day. my traps are tight from the desk", SafetyNone},
		{"ran a fever with a sore back after my piercing last summer, passed by morning and all healed. can hot stone help tension?", SafetyNone},
		{"got the shivers and night sweats after my flu jab, gone by the next day but back again tonight and my back is agony", SafetyDoctor},
		{"ran a fever with a sore back after my piercing, passed by morning, but now it's back and worse", SafetyDoctor},
		{"got the shivers and night sweats since yesterday with a sore back, hoping it's gone by morning", SafetyDoctor},
	})
}

// TestScreenCarriedIsTheAskersTurn: the one the asker carries or lifts
// ("sore from lifting her") keeps the end of the message the asker's own
// turn, so someone else's healed story before it is theirs; that person
// told of again as the subject of a symptom, or asked about for a massage,
// still counts.
func TestScreenCarriedIsTheAskersTurn(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my daughter fell off a trampoline and broke her ankle last spring, fully mended. separate thing: my shoulders ache from lifting her, what would an rmt suggest?", SafetyNone},
		{"my daughter fell off a trampoline and broke her ankle last spring, mended. my shoulders ache from lifting her and now she has a fever and a stiff neck", SafetyDoctor},
		{"my aunt had a kidney infection during her chemo in 2018, she's been clear for years. my neck aches from carrying her twins about, what massage helps?", SafetyNone},
		{"my aunt had chemo in 2018 and is clear. my neck aches from carrying her twins and her youngest has a high fever and a stiff neck, should he see someone?", SafetyDoctor},
	})
}

// TestScreenChillsOfAColdHome: shivers put down to a home without heating
// ("the boiler's broken", "hasn't fixed the heating") are explained, like
// cold weather, and a night in with a film is no chill; a temperature or
// another sign of a fever still alarms.
func TestScreenChillsOfAColdHome(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"our boiler packed in on monday so i've been shivering under blankets, now my neck is stiff", SafetyNone},
		{"the letting agent still hasn't fixed the heating 🥶 shivering all evening and my shoulders are tense", SafetyNone},
		{"big netflix and chill weekend planned, but my lower back is sore from the sofa, any slots monday?", SafetyNone},
		{"our boiler packed in and i've been shivering, but now i've a temperature of 39 and my back is in agony", SafetyDoctor},
		{"the agent still hasn't fixed the heating, i'm shivering with a high fever and my spine hurts", SafetyDoctor},
	})
}

// TestScreenGeneralQuestionNoMassage: a general question that names no
// massage and no one ("do older people with osteoporosis need checking
// more carefully for a break?") asks nothing of anyone's massage and
// gets no caution; the same with a massage asked about, or with the
// asker's own situation, is still a caution.
func TestScreenGeneralQuestionNoMassage(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"is it right that pensioners with osteoporosis need to be watched more carefully for a break? a quiz question", SafetyNone},
		{"are diabetics more at risk of skin infections in general? reading up for a nursing essay", SafetyNone},
		{"is deep tissue massage a risk for pensioners with osteoporosis in general?", SafetyCaution},
		{"i have osteoporosis, is it a risk for me in general?", SafetyCaution},
	})
}

// TestScreenPronounStoryFromItsOwner: a story told of "he" or "she"
// ("..., she recovered") starts at the person named before the pronoun
// when nothing between is told as now, and their age is no age of the
// asker's own strain told after it. Told as now, or the owner's own new
// strain, it still alarms.
func TestScreenPronounStoryFromItsOwner(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my granddad on steroids for his lungs cracked a rib sneezing one winter, he recovered. i'm 30 and my back aches from moving house, which massage?", SafetyNone},
		{"my granddad on steroids for his lungs cracked a rib sneezing yesterday, he's in agony, can you help", SafetyDoctor},
		{"my mum has crushing chest pain right now and her left arm is numb, she had a clot years ago", SafetyEmergency},
		{"my nan on steroids for years cracked a rib sneezing in 2019, she recovered. she's 88 and hurt her back lifting a bag this morning", SafetyDoctor},
	})
}

// TestScreenStoryOnce: someone else's story told as happening "once",
// the asker then speaking of themself, is over; "once a week", "once he
// stands up", a story told as now, or one asked about for its owner
// still alarms.
func TestScreenStoryOnce(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my old boss lost control of his bladder from a disc thing once, he said surgery sorted it. anyway i'd like a hot stone", SafetyNone},
		{"my old boss loses control of his bladder once a week lately and his legs are numb. i'd like a hot stone", SafetyEmergency},
		{"my old boss lost control of his bladder once and now his legs are numb, can i book him in", SafetyEmergency},
		{"my husband lost control of his bladder once he got up this morning, his legs are numb, i'm frightened", SafetyEmergency},
	})
}

// TestScreenPregnancyLongOverAndCrashingOut: a pregnancy told in the past
// in a message that dates something long ago is long over, and "crash
// out" (fall asleep, lose one's temper) is no crash. A pregnancy now or
// weeks back, and a car crashed, still count.
func TestScreenPregnancyLongOverAndCrashingOut(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"when i was pregnant i got sciatica, but that settled years ago. my lads are 7 and 9 now and my neck aches from the school run. massage?", SafetyNone},
		{"i'm so wiped i could crash out on your table 😴 do you have anything saturday?", SafetyNone},
		{"i was pregnant years ago and now i'm pregnant again at 14 weeks, is a massage ok?", SafetyCaution},
		{"when i was pregnant last month i had a c section, is deep tissue ok now?", SafetyCaution},
		{"crashed my car on the motorway an hour ago, neck is agony", SafetyEmergency},
	})
}

// TestScreenInjuryOfAWholePerson: an injury a person as a whole is said
// to be ("a fracture of a human being", "a train wreck of a human") is a
// figure, like one of the mind; a person's body part keeps it told.
func TestScreenInjuryOfAWholePerson(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"after three night shifts i'm a fracture of a human, which massage is most relaxing?", SafetyNone},
		{"can a human fracture their spine from a fall? my dad fell down the stairs yesterday and his back is agony", SafetyEmergency},
	})
}

// TestScreenWhatPeopleDescribe: what people say or describe of a
// condition ("people talk about a tearing pain with aneurysms") is only
// talked about; the asker's own body after it still alarms.
func TestScreenWhatPeopleDescribe(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"people describe a throbbing lump in the belly with aortic aneurysms, what makes it throb?", SafetyNone},
		{"people talk about a dvt making the calf hot and swollen, mine has been hot and swollen since sunday", SafetyDoctor},
		{"people mention numb legs with a slipped disc, my legs are numb and i can't pee", SafetyEmergency},
	})
}
