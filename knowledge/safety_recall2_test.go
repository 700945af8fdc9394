package knowledge

import "testing"

// TestScreenArmWeakening checks that a hand or arm weaker and weaker is a
// progressive deficit, and that a grip tired by training, an arm slept
// on, a denial or a question stays quiet.
func TestScreenArmWeakening(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"i keep dropping things more and more this month and the back of my neck aches", SafetyEmergency},
		{"my mum's grip is going in her left hand, her neck has been sore for weeks", SafetyEmergency},
		{"neck pain and my grip getting weaker each week, cant open jars", SafetyEmergency},
		{"hands getting clumsier, fumbling with buttons, stiff neck", SafetyEmergency},
		{"losing strength in my right arm bit by bit, neck is killing me", SafetyEmergency},
		// Near misses of the same words.
		{"my grip is going on the pull up bar after a long gym session", SafetyNone},
		{"no weakness, my grip is fine and i am not dropping things, just a stiff neck", SafetyNone},
		{"can a weak grip come from neck tension in general?", SafetyNone},
		{"dropping things because my hands are cold, can i book a neck massage", SafetyNone},
		{"since my shoulder was operated on i cant raise my arm and it is getting worse", SafetyNone},
	})
}

// TestScreenWoundInfected checks that a surgical wound that weeps or
// oozes, with back pain, is the infection's red flag, while a healed
// scar or a question about massaging near stitches stays quiet.
func TestScreenWoundInfected(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"two weeks after my back op the incision is oozing and the pain is getting worse", SafetyDoctor},
		{"my husband's stitches are leaking pus since the discectomy and his back aches", SafetyDoctor},
		{"since the fusion my scar is weeping a bit and my lower back hurts more", SafetyDoctor},
		// Near misses of the same words.
		{"the wound from my op healed well, no oozing, can i have a back massage", SafetyCaution},
		{"my eyes were weeping at the end of the film and my back is sore", SafetyNone},
	})
}

// TestScreenShoulderBladesHeart checks that pain between the shoulder
// blades with a sweat or a racing heart is the heart's, and that a
// workout or a fever's sweats stay out of it.
func TestScreenShoulderBladesHeart(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"my dad is sweating buckets with an ache between his shoulder blades", SafetyEmergency},
		{"aching between my shoulder blades and my heart is pounding since lunch", SafetyEmergency},
		{"pain in my upper back, palpitations, feel off", SafetyEmergency},
		// Near misses of the same words.
		{"sweating after the gym and my upper back is tight from rows", SafetyNone},
		{"no palpitations and no sweating, just a knot between my shoulder blades", SafetyNone},
		// An infection's sweats are the infection's, not the heart's.
		{"had a kidney infection last week, still get sweats and my mid back aches", SafetyDoctor},
	})
}

// TestScreenStairFalls checks that a fall down the stairs told without
// "fell" is major trauma, while walking down the stairs, an old fall or a
// general question stays quiet.
func TestScreenStairFalls(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"my husband slipped down the stairs at work an hour ago and his back is agony", SafetyEmergency},
		{"tripped down a flight of steps tonight, lower back really painful", SafetyEmergency},
		{"my son went tumbling down the stairs and now says his spine hurts", SafetyEmergency},
		{"got shoved down the stairs at a party last night, my back is really painful", SafetyEmergency},
		{"toppled off the ladder clearing the gutters, lower back agony", SafetyEmergency},
		// Near misses of the same words.
		{"my back aches when i walk down the stairs", SafetyNone},
		{"slipped down the stairs as a kid, no problems since, back just tight from work", SafetyNone},
		{"is it safe to get a massage after you tumbled off a horse years ago?", SafetyNone},
	})
}

// TestScreenShallowBreathing checks that breathing fast and shallow is
// breathlessness with pain, and that it stays quiet when long over or
// denied.
func TestScreenShallowBreathing(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"mid back pain and my breathing is shallow since this morning", SafetyEmergency},
		{"my mum is breathing really fast and her chest aches", SafetyEmergency},
		{"his lips are going blue and his upper back hurts", SafetyEmergency},
		// Near misses of the same words.
		{"shallow breathing all last winter with a cold, long over, now my lower back is tight", SafetyNone},
		{"no shallow breathing or chest pain, just a stiff lower back", SafetyNone},
		{"my lips went blue in the cold lake last summer, back was fine", SafetyNone},
	})
}

// TestScreenSwollenLegFar checks that a swollen leg's warmth or redness
// counts when how far the swelling goes and since when come between, and
// that a sunburn or a denial stays quiet.
func TestScreenSwollenLegFar(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"my leg has been swollen from the foot right up past the knee since the long drive, and it feels hot", SafetyDoctor},
		// Near misses of the same words.
		{"my leg got sunburnt at the beach and was swollen for a day, red and hot, all fine now", SafetyNone},
		{"no swelling in either leg since the flight, not red or warm, just a tight lower back", SafetyNone},
	})
}

// TestScreenLayInfections checks the lay names of an infection, of a
// medicine that weakens the immune system and of a bare temperature, with
// near misses of the same words that stay quiet.
func TestScreenLayInfections(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"there's a boil on my lower back that's red and angry and my whole back aches now", SafetyDoctor},
		{"cellulitis in my leg last week and today my back is really sore", SafetyDoctor},
		{"been on humira for my crohns and now a new ache low in my back", SafetyDoctor},
		{"my daughter has a sudden backache and temperature since lunch", SafetyDoctor},
		// Near misses of the same words.
		{"it's boiling hot in the office and my back is stiff", SafetyNone},
		{"no boils and no cellulitis, my back is just tight from the desk", SafetyNone},
		{"what temperature are the hot stones in a hot stone massage", SafetyNone},
	})
}

// TestScreenRolledVehicle checks that a vehicle rolled or flipped, and a
// child's drop off the play equipment, are major trauma, and that a
// rolled ankle or a general question stays quiet.
func TestScreenRolledVehicle(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"flipped my atv on the trail this afternoon and my lower back hurts bad", SafetyEmergency},
		{"the tractor rolled over with my uncle on it, he says his back is very sore", SafetyEmergency},
		{"my boy slipped off the monkey bars and landed on his back, crying that it hurts", SafetyEmergency},
		// Near misses of the same words.
		{"rolled my ankle on a run and my calf is a bit tight", SafetyNone},
		{"is it normal for the back to be sore after driving a tractor all day?", SafetyNone},
	})
}

// TestScreenTrippingOverNothing checks that tripping the sender says
// nothing caused is a deficit even with a workout told elsewhere, and
// that tripping over a thing, an unsteady older person or a denial stays
// quiet.
func TestScreenTrippingOverNothing(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"keep tripping over nothing this week, i play hockey twice a week but this is new", SafetyEmergency},
		{"my brother stumbled several times on nothing at the gym today, his back has been sore", SafetyEmergency},
		// Near misses of the same words.
		{"tripped over the dog's lead twice on my run, back a bit sore", SafetyNone},
		{"not tripping over anything, no weakness, just a sore back from hockey", SafetyNone},
	})
}

// TestScreenLegGivingWay checks that a leg that keeps giving way is a
// deficit whatever position the person was in, that "she went down" is a
// fall that resolves nothing, and that a swelling that went down, a
// workout or a long-past buckle stays quiet.
func TestScreenLegGivingWay(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"sat at the computer all morning and now my right knee keeps buckling when i stand", SafetyEmergency},
		{"my uncle's leg kept giving out on the walk home and he went down twice, his lower back aches", SafetyEmergency},
		// Near misses of the same words.
		{"the swelling in my calf went down after a day, it's fine now", SafetyNone},
		{"she had a swollen ankle but it went down overnight, her back is stiff", SafetyNone},
		{"legs keep giving out during my squats at the gym, normal after leg day?", SafetyNone},
		{"my knee kept buckling years ago before the acl surgery, all good now, back just stiff", SafetyNone},
	})
}

// TestScreenFootWontLift checks the lay words of a foot whose front or
// toes will not come up, with near misses of the same words.
func TestScreenFootWontLift(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"since saturday i can't pull my toes up on the right and my back aches", SafetyEmergency},
		{"my wife's foot won't come up at the front since monday, sciatica too", SafetyEmergency},
		{"i cant walk on my heels on the left side anymore", SafetyEmergency},
		// Near misses of the same words.
		{"can you walk on your heels after a massage?", SafetyNone},
		{"i could not walk on my heels as a kid, fine now", SafetyNone},
	})
}

// TestScreenSymptomBack checks that a symptom dated in the past and told
// to be back is today's, and that a person back at work, a time "back
// then" or a worse back with an old symptom stays quiet.
func TestScreenSymptomBack(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"tingling in my groin a few years ago, it came back this week and i can't feel the toilet paper", SafetyEmergency},
		{"my dad had a numb saddle area in 2020 after a disc, and it's back again since sunday", SafetyEmergency},
		// Near misses of the same words.
		{"had numbness in my bum in 2018 after a fall, she's back at work now and so am i, back just stiff", SafetyNone},
		{"had sciatica in both legs last year, my back is worse now from work", SafetyNone},
		{"numb legs years ago, back in 2019, fine since", SafetyNone},
	})
}

// TestScreenWontGo checks that pain that "won't go" or "won't shift" is
// persistence, whose "not" denies nothing told after it, and that a plan
// not to go somewhere or a real denial stays quiet.
func TestScreenWontGo(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"an ache in my calf that won't go, and the leg looks puffy since the weekend", SafetyDoctor},
		{"sore calf that just won't shift and it's swollen round the ankle", SafetyDoctor},
		// Near misses of the same words.
		{"i won't go to the gym today, my calf is not swollen, back a bit stiff", SafetyNone},
		{"my back pain won't stop me booking, no swelling anywhere", SafetyNone},
	})
}

// TestScreenUrineWord checks that "urine" is read as "pee", as "urinate"
// is, so that bladder trouble told with it counts, that pee which won't
// stop coming is bladder trouble, and that a urine sample, a denial or a
// need to pee stays quiet.
func TestScreenUrineWord(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"since friday my dad can't hold his urine and his lower back hurts a lot", SafetyEmergency},
		{"i leak urine without feeling it since my back went", SafetyEmergency},
		{"since the disc flared my pee just won't stop dribbling", SafetyEmergency},
		{"his pee keeps coming out when he doesn't mean it to, back very sore", SafetyEmergency},
		// Near misses of the same words.
		{"can i have a massage after giving a urine sample", SafetyNone},
		{"no trouble with urine or bowels, just a stiff back", SafetyNone},
		{"i need to pee and it will not stop raining, back stiff from the drive", SafetyNone},
	})
}
