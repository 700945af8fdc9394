package knowledge

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestScreen checks the behaviours the screen is built for, one mechanism
// per group of cases: rules per red-flag group, the two levels, negation
// scopes, time, who, typos, buried symptoms and cautions.
func TestScreen(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		q         string
		level     SafetyLevel
		group     string // or situation, for cautions
		recognise string // part of Recognised, when given
	}{
		// Rules over concepts: a symptom with its site, or a sign alone.
		{"numb around my groin and now i have bladder trouble", SafetyEmergency, groupCaudaEquina, "numbness around the groin or buttocks with new bladder trouble"},
		{"both my legs feel weak and my back is bad", SafetyEmergency, groupCaudaEquina, "weakness in both legs"},
		{"my right foot drags when i walk", SafetyEmergency, groupNeuroDeficit, ""},
		{"chest pressure that goes into my back", SafetyEmergency, groupHeartLung, "chest pain or pressure"},
		{"a ripping pain through my back and belly", SafetyEmergency, groupAorta, ""},
		{"my calf is swollen and warm", SafetyDoctor, groupClot, "a swollen calf"},
		{"back pain with a fever since yesterday", SafetyDoctor, groupInfection, "a fever or chills"},
		{"I have osteoporosis and I sneezed, now my back hurts", SafetyDoctor, groupFracture, ""},
		{"losing weight without trying and my back aches at night", SafetyDoctor, groupCancer, ""},
		// Emergency wins over see-a-doctor when both are present.
		{"my calf is swollen and red and I am short of breath", SafetyEmergency, groupClot, ""},
		// Who: a relative counts the same as the asker.
		{"my dad can't feel his legs and his back hurts", SafetyEmergency, groupCaudaEquina, ""},
		{"my grandma fell and now she can't stand up", SafetyEmergency, groupFracture, ""},
		// Typos, slang and contractions.
		{"numbnes in my grion", SafetyEmergency, groupCaudaEquina, ""},
		{"cnt feel my legz", SafetyEmergency, groupCaudaEquina, ""},
		{"i cant pee and my back kills", SafetyEmergency, groupCaudaEquina, ""},
		{"pee'd myself this morning", SafetyEmergency, groupCaudaEquina, ""},
		{"incontinance since last night", SafetyEmergency, groupCaudaEquina, ""},
		// Buried in a long message or a booking request.
		{strings.Repeat("my lower back has been tight from work and I sit a lot. ", 30) + "also since today I wet myself. which massage should I book?", SafetyEmergency, groupCaudaEquina, ""},
		// Negation scopes.
		{"no numbness, no bladder problems, just stiff", SafetyNone, "", ""},
		{"never had a fever or chills, only a sore back", SafetyNone, "", ""},
		// What only sounds like a symptom, denied after it or told in a game.
		{"heard a ripping sound, my leggings split when I squatted, back is tight", SafetyNone, "", ""},
		{"the concert gave me chills and my shoulders ache from dancing", SafetyNone, "", ""},
		{"I got run over by a truck in GTA last night, my neck hurts from the couch", SafetyNone, "", ""},
		{"my sister has to inject insulin and her lower back is sore after moving house", SafetyNone, "", ""},
		{"my grandad is 91 and very healthy, can he book a relaxation massage?", SafetyNone, "", ""},
		{"had a bladder infection years ago, all cleared; now just stiff from driving, Swedish or hot stone?", SafetyNone, "", ""},
		// The same concepts, told as they are, still fire.
		{"my brother injects heroin and his back has been sore for a week", SafetyDoctor, groupInfection, ""},
		{"the tingling in my foot has crept up past my ankle since yesterday", SafetyEmergency, groupNeuroDeficit, ""},
		{"my grandma is 90 and frail, can she get a massage?", SafetyCaution, "age", ""},
		// Words after a report that only sound like a denial deny nothing.
		{"my son's legs are numb and he can't pee, none of us know what to do", SafetyEmergency, groupCaudaEquina, ""},
		{"my wife has chest pain going into her back, nobody here knows first aid", SafetyEmergency, groupHeartLung, ""},
		{"dad fell off the ladder an hour ago and his back hurts, neither of us can drive", SafetyEmergency, groupFracture, ""},
		{"my son's legs are numb and he can't pee, none of us have a clue what to do", SafetyEmergency, groupCaudaEquina, ""},
		{"chest pain into my back right now, just asking generally what to do", SafetyEmergency, groupHeartLung, ""},
		{"my groin has been numb to this day since the fall last week", SafetyEmergency, groupCaudaEquina, ""},
		// "not better" negates nothing after it; a sick person who can barely move is very unwell.
		{"resting makes my back worse, not better, and I have dropped 8 kg without trying", SafetyDoctor, groupCancer, ""},
		{"high fever, so sick he can barely move and his back is in agony", SafetyEmergency, groupInfection, ""},
		{"came off a jump on my mountain bike an hour ago and my back hurts", SafetyEmergency, groupFracture, ""},
		// Figures of speech: going to the gym, legs that go weak at a sight.
		{"gonna hit the gym hard tonight, my lower back is a little sore from yesterday", SafetyNone, "", ""},
		// "chill" alone is slang for relaxed; chills (plural) are a fever sign.
		{"is the swedish one the chill option for my back", SafetyNone, "", ""},
		{"i want something chill, my back is just tight from work", SafetyNone, "", ""},
		{"got the chills and my lower back is killing me", SafetyDoctor, groupInfection, "a fever or chills"},
		{"both my legs went to jelly when I saw the bill, lol, my back is tight", SafetyNone, "", ""},
		{"a car hit me in the crosswalk this morning and my back hurts", SafetyEmergency, groupFracture, ""},
		{"i don't feel any numbness in my groin", SafetyNone, "", ""},
		{"without any chest pain, just tight shoulders", SafetyNone, "", ""},
		{"no fever but both my legs are numb", SafetyEmergency, groupCaudaEquina, ""},
		{"the tingling in my feet went away after an hour", SafetyNone, "", ""},
		{"i have no idea why but i can't feel my legs", SafetyEmergency, groupCaudaEquina, ""},
		// Time: long ago is an old injury, recent is current.
		{"a car crash ten years ago and it still aches in the cold", SafetyNone, "", ""},
		{"fell off a ladder in 2012, back still stiff", SafetyNone, "", ""},
		{"fell off a ladder an hour ago and my back hurts", SafetyEmergency, groupFracture, ""},
		// General questions about warning signs.
		{"what are the warning signs of cauda equina, like saddle numbness?", SafetyNone, "", ""},
		// Near misses.
		{"my foot falls asleep when I sit cross-legged", SafetyNone, "", ""},
		{"legs are sore after leg day", SafetyNone, "", ""},
		{"my back is stiff after a day at my desk", SafetyNone, "", ""},
		{"I warm up my calves before running", SafetyNone, "", ""},
		// Words of an accident in their everyday senses, and beside pain.
		{"my laptop crashed and I lost my booking email", SafetyNone, "", ""},
		{"my plans fell through, can I book for saturday", SafetyNone, "", ""},
		{"that idea was thrown around at work", SafetyNone, "", ""},
		{"struck by how good my last deep tissue was", SafetyNone, "", ""},
		{"crashed my bike an hour ago and my back really hurts", SafetyEmergency, groupFracture, ""},
		{"I crashed my car an hour ago, can I get a massage", SafetyEmergency, groupFracture, ""},
		// A leak when coughing, as after childbirth, is not new; a
		// bladder lost after a sneeze is.
		{"i leak a bit when i cough, ever since childbirth", SafetyNone, "", ""},
		{"I sneezed and then lost control of my bladder", SafetyEmergency, groupCaudaEquina, ""},
		// Cautions: a massage question with the asker's own situation.
		{"is deep tissue ok while on a blood thinner", SafetyCaution, "blood-thinners", ""},
		{"can I get a massage at 30 weeks pregnant", SafetyCaution, "pregnancy", ""},
		{"had a discectomy three weeks ago, is massage safe", SafetyCaution, "surgery", ""},
		{"could massage replace my blood pressure pills", SafetyCaution, "medication", ""},
		{"can my 10 year old get a massage", SafetyCaution, "age", ""},
		// Ordinary questions with health words are not cautions.
		{"can massage help anxiety", SafetyNone, "", ""},
		{"does massage lower blood pressure", SafetyNone, "", ""},
		{"what is deep tissue massage", SafetyNone, "", ""},
		// A situation named in passing makes a caution only with a question
		// whether massage is safe or may be had; one that plainly needs a
		// health history makes one with any massage question.
		{"my son plays rugby, which massage helps athletes recover", SafetyNone, "", ""},
		{"my son has scoliosis, can he get a sports massage", SafetyCaution, "spine-condition", ""},
		{"can my 12 year old nephew's friend's son get a massage", SafetyCaution, "age", ""},
		{"my teenage daughter has back pain from her backpack, any massage for that", SafetyCaution, "age", ""},
		// A child told about on the way, with the massage asked for the
		// asker; the asker naming themself someone's grown child.
		{"my toddler threw up all night so i barely slept, i want a massage for my sore back", SafetyNone, "", ""},
		{"my teenage daughter has back pain, book her in and a massage for me too", SafetyCaution, "age", ""},
		{"she has a sore back from painting the fence, im her daughter booking for her, is monday ok", SafetyNone, "", ""},
		// Pregnancy as a topic, not anyone's, makes a caution only with a
		// question whether massage is safe.
		{"how does pregnancy change your posture and back, any massage tips for a newsletter", SafetyNone, "", ""},
		{"do your therapists have special cushions for pregnant women? curious", SafetyNone, "", ""},
		{"is massage ok in pregnancy", SafetyCaution, "pregnancy", ""},
		{"my pregnancy back ache is awful, which massage helps", SafetyCaution, "pregnancy", ""},
		{"i bruise easily, what does a swedish massage feel like", SafetyNone, "", ""},
		{"i bruise easily, is firm pressure ok", SafetyCaution, "blood-thinners", ""},
		{"i'm 25 weeks pregnant, which massage helps a sore back", SafetyCaution, "pregnancy", ""},
		{"got a tattoo two years ago, fully healed, can you massage over it", SafetyNone, "", ""},
		{"okay so my shoulders are tight, what is trigger point therapy", SafetyNone, "", ""},
		// A denial after the symptoms, a question about a term, an event of
		// nobody, and "it's fine now" look back or make a name only talked about.
		{"would numbness in the groin be a reason to cancel? i don't have it, just wondering", SafetyNone, "", ""},
		{"what's cauda equina syndrome, my physio mentioned it", SafetyNone, "", ""},
		{"i think i have cauda equina, my groin went numb today", SafetyEmergency, groupCaudaEquina, ""},
		{"is massage ok for back pain after a car accident in general", SafetyNone, "", ""},
		{"after a car accident this morning my back hurts, is massage ok", SafetyEmergency, groupFracture, ""},
		// With a person named, an event of a class of people is still nobody's.
		{"do your rmts see clients after car accidents? my coworker asked me", SafetyNone, "", ""},
		{"do you see clients after car crashes, my back has hurt since my crash this morning", SafetyEmergency, groupFracture, ""},
		{"my knee gave way once on the stairs but it's been fine since", SafetyNone, "", ""},
		{"my groin is numb but my back is fine now", SafetyEmergency, groupCaudaEquina, ""},
		// A condition's name counts only when someone claims it.
		{"my neighbour had an aortic aneurysm once, what were his symptoms", SafetyNone, "", ""},
		{"i think i have a dvt, my leg is sore", SafetyDoctor, groupClot, ""},
		// Lay words of this round: reflexives, letting go, a height in feet.
		{"my dad wet himself this morning and his back is bad", SafetyEmergency, groupCaudaEquina, ""},
		{"fell about twelve feet off scaffolding today", SafetyEmergency, groupFracture, ""},
		{"my back pain is worse lying down, never eases, and i've been feeling rotten", SafetyDoctor, groupCancer, ""},
		{"my back is worse at night after a long shift lifting boxes", SafetyNone, "", ""},
		// Scopes: a negation is not used up by list words and sites, a
		// new negation opens its own scope, a negated phrase that stepped
		// over a symptom negates it, "can't tell if" is no negation.
		{"never had any bowel or bladder issues, just tight", SafetyNone, "", ""},
		{"he can't get it up and can't feel anything down there", SafetyEmergency, groupCaudaEquina, ""},
		{"no fever, feeling fine, just stiff", SafetyNone, "", ""},
		{"i'm not short of breath, my upper back is just stiff", SafetyNone, "", ""},
		{"i can't control my bladder since this morning", SafetyEmergency, groupCaudaEquina, ""},
		{"i can't tell if i've wet myself and my back is worse", SafetyEmergency, groupCaudaEquina, ""},
		// A conditional covers its whole clause; a general cue a message
		// with no person in it; childhood is the past.
		{"what if someone's back pain came with a fever, would you see them", SafetyNone, "", ""},
		{"is numbness in the groin ever an emergency?", SafetyNone, "", ""},
		{"peed the bed as a kid, unrelated, my back is stiff", SafetyNone, "", ""},
		{"walked away from the car crash this morning but my back is killing me", SafetyEmergency, groupFracture, ""},
		// Cold sweats are a fever's with "hot and", the heart's with chest
		// pressure; a monitored brain aneurysm is a caution.
		{"hot and cold sweats and a sore back for two days", SafetyDoctor, groupInfection, ""},
		{"pressure in my chest into my back and i feel sick to my stomach, probably a pulled muscle", SafetyEmergency, groupHeartLung, ""},
		{"my heart pounds when i run and my back is sore", SafetyNone, "", ""},
		{"my aunt has a brain aneurysm her doctors monitor, is a massage ok", SafetyCaution, "nerve-vascular", ""},
		// Lay words and misspellings by concept.
		{"my bladdar leaks since yesterday", SafetyEmergency, groupCaudaEquina, ""},
		{"sudden teering pain through my back", SafetyEmergency, groupAorta, ""},
		{"the pins and needles have crept up past my knee", SafetyEmergency, groupNeuroDeficit, ""},
		{"my mum's cancer has spread to her bones and her back hurts", SafetyDoctor, groupCancer, ""},
		{"can my 4 month old have a baby massage", SafetyCaution, "age", ""},
		{"a 3 week old bruise on my shin, can i get a massage", SafetyNone, "", ""},
		// Names and figures of speech are no symptom; the symptom itself,
		// told beside them, still is.
		{"spring fever is here, my shoulders are tight from raking", SafetyNone, "", ""},
		{"I have hay fever and a real fever of 39 with my back pain", SafetyDoctor, groupInfection, ""},
		{"my chest is tight with excitement before my wedding, which massage relaxes", SafetyNone, "", ""},
		{"my chest is tight because I'm nervous, which massage relaxes", SafetyEmergency, groupHeartLung, ""},
		{"my 85 year old grandpa fell for a scam call and he is upset, would a massage help him relax", SafetyCaution, "age", ""},
		{"I fell for the second time today and can't get up", SafetyEmergency, groupFracture, ""},
		{"my legs went numb and I can't pee lol jk they're just tired from hiking", SafetyNone, "", ""},
		// A denial after, with "of those": not any "neither".
		{"I read that back pain with a fever can be an infection, is that true? I have neither of those", SafetyNone, "", ""},
		{"my legs are numb and I can't pee, I have neither a car nor a ride, what do I do", SafetyEmergency, groupCaudaEquina, ""},
		// A site right after a negation is negated; a length of massage is no age.
		{"no chest trouble at all, just a sore back from moving boxes", SafetyNone, "", ""},
		{"no cough, but my chest hurts into my back", SafetyEmergency, groupHeartLung, ""},
		{"can I book a 90 minute deep tissue for my tight back", SafetyNone, "", ""},
		// A resolution counts words, not small words; "it passed" ends the
		// whole episode; an old infection is dated.
		{"my toes tingle a bit when I get up after kneeling and it goes away quickly", SafetyNone, "", ""},
		{"the tingling in my toes is spreading quickly up my leg", SafetyEmergency, groupNeuroDeficit, ""},
		{"I was sweating and shivering for a day with the flu but it passed, can I book a massage", SafetyNone, "", ""},
		{"had a kidney infection in like 2016, my back is just tight from the gym", SafetyNone, "", ""},
		{"had a kidney infection last week and my back hurts", SafetyDoctor, groupInfection, ""},
		// An event told as past, then "now", is past; "this morning" after it dates it still.
		{"as a teenager I fell off a roof. now I am 50 and my back is stiff from desk work", SafetyNone, "", ""},
		{"years ago I broke my back and I fell off a ladder this morning, it really hurts", SafetyEmergency, groupFracture, ""},
		// Caution's exceptions: the pregnancy massage asked for as a service,
		// curiosity about nobody's situation, a returning client, a
		// permission the asker asks for themself beside a child named.
		{"I'm 25 weeks pregnant, how much is a prenatal massage and do you have evening slots?", SafetyNone, "", ""},
		{"I'm 25 weeks pregnant, is a prenatal massage safe in the third trimester?", SafetyCaution, "pregnancy", ""},
		{"my coworker has osteoporosis, is massage risky for that in general? not for me, just curious", SafetyNone, "", ""},
		{"my mum has osteoporosis, is deep tissue safe for her?", SafetyCaution, "osteoporosis", ""},
		{"my dad is on warfarin, he just wants to rebook his usual appointment with the same therapist", SafetyNone, "", ""},
		{"my kids finally went back to school so I can come in for a massage", SafetyNone, "", ""},
		{"my 3 year old has a tummy ache at night, can I book her a massage", SafetyCaution, "age", ""},
		// Strength said to be going, numbness climbing a leg, shorthand.
		{"since this morning my legs have no force and my back aches", SafetyEmergency, groupCaudaEquina, ""},
		{"the tingling is going up my leg a bit more every day", SafetyEmergency, groupNeuroDeficit, ""},
		{"the tingling goes down my leg when i sit too long", SafetyNone, "", ""},
		{"hx of breast ca, new back pn for 2 wks", SafetyDoctor, groupCancer, ""},
		{"out of nowhere a pain in my back as if torn and i nearly lost consciousness", SafetyEmergency, groupAorta, ""},
		// A booking request is no question about warning signs, and the
		// asker's own "I said I was fine" is no doctor's assessment.
		{"looking to book for my knots, been getting chest tightness into my left arm", SafetyEmergency, groupHeartLung, ""},
		{"what should i look for, is numbness serious?", SafetyNone, "", ""},
		{"a car hit me yesterday, i said i was fine but now my back is agony", SafetyEmergency, groupFracture, ""},
		// How far along a pregnancy is, and weeks that count from something else.
		{"my partner is 30 weeks, can she have a massage", SafetyCaution, "pregnancy", ""},
		{"i am 6 weeks post op, can i have a massage", SafetyCaution, "surgery", ""},
		{"the wait is 3 weeks, can i book a massage", SafetyNone, "", ""},
		// Lying face down on the table, a kitchen accident, nodes taken out.
		{"i'm on chemo, is it okay to lie face down for a massage", SafetyCaution, "cancer", ""},
		{"burnt my hand in a kitchen accident last week, can they massage around it", SafetyCaution, "skin", ""},
		{"had my lymph nodes removed, can the therapist work on that arm", SafetyCaution, "cancer", ""},
		{"had an acl reconstruction in june, can an rmt work on my leg", SafetyCaution, "surgery", ""},
		// Levels: trousers are no panting; an accident called minor, then
		// told as a real crash, is the crash; seen, and worse since.
		{"my pants are loose and i'm not dieting, my back hurts all the time", SafetyDoctor, groupCancer, ""},
		{"they called it a fender bender but the car was totalled on friday and my back hurts", SafetyEmergency, groupFracture, ""},
		{"only a fender bender on friday, my neck is a bit stiff", SafetyNone, "", ""},
		{"car crash on sunday, the er said it was bruising but my back is worse now", SafetyEmergency, groupFracture, ""},
		// A question whether a massage may be had on a medicine; a pain that
		// won't quit.
		{"i take gabapentin every day, can i get a deep tissue massage", SafetyCaution, "medication", ""},
		{"i take ibuprofen sometimes, can massage help my back", SafetyNone, "", ""},
		{"i'm 64 and my back pain won't quit, i lost weight too", SafetyDoctor, groupCancer, ""},
		// Lay words of the cancer and cauda equina groups.
		{"my clothes are too big on me now and my back aches every night", SafetyDoctor, groupCancer, ""},
		{"i have pain in the back in the night since one month, i am tired always", SafetyDoctor, groupCancer, ""},
		{"breast ca survivor, new lbp", SafetyDoctor, groupCancer, ""},
		{"i can't tell if i've peed since this morning and my back hurts", SafetyEmergency, groupCaudaEquina, ""},
		// Pain into the left arm with feeling sick is the heart's; after
		// the gym it is a strain.
		{"ache in my upper back going down my left arm and i feel sick, 61", SafetyEmergency, groupHeartLung, ""},
		{"my left shoulder aches after the gym and i feel sick from the protein shake", SafetyNone, "", ""},
		// A heavy sweat with a fever is the fever's (see a doctor today);
		// with chest or tearing pain it is a cold sweat's (an emergency).
		{"fever since sunday and i'm sweating buckets at night, my back aches", SafetyDoctor, groupInfection, ""},
		{"pressure in my chest and i'm sweating buckets", SafetyEmergency, groupHeartLung, ""},
		// Slang and chat spellings of the cauda equina, clot, infection and
		// fracture groups.
		{"my vag feels numb since my back went", SafetyEmergency, groupCaudaEquina, ""},
		{"since yesterday i can't hold it in, my back is bad", SafetyEmergency, groupCaudaEquina, ""},
		{"my calf swole up on one side and hurts to touch", SafetyDoctor, groupClot, ""},
		{"a pain shoots up my back when i lift, and i shot up out of bed", SafetyNone, "", ""},
		{"i shoot up and my back has been killing me since friday", SafetyDoctor, groupInfection, ""},
		{"my son fell off the monkey bars today and his back hurts", SafetyEmergency, groupFracture, ""},
		{"my leg has turned blue and it is swollen", SafetyDoctor, groupClot, ""},
		// The asker and the tense between a negation and what it denies
		// do not use its window up; a symptom still counts past it.
		{"i don't think i have ever had numbness in my legs", SafetyNone, "", ""},
		{"can't say we have had any trouble with the bladder, only stiff hips", SafetyNone, "", ""},
		{"i have not had a fever but both my legs have gone numb since this morning", SafetyEmergency, groupCaudaEquina, ""},
		// Numbness that ends once the sender moves is a pressed nerve;
		// "it passes" ends what came before, but not when only hoped for
		// or when it passes down a leg.
		{"my seat area goes numb on long bike rides, fine once i stand on the pedals", SafetyNone, "", ""},
		{"both feet tingle in ski boots and it's better as soon as i unbuckle them", SafetyNone, "", ""},
		{"both my legs get tingly at my desk, it passes", SafetyNone, "", ""},
		{"both legs are numb since this morning, should i wait till it passes", SafetyEmergency, groupCaudaEquina, ""},
		// Something dropped on a foot is no dropped foot; weather is no
		// warm leg, even told as "from the heat".
		{"dropped a kettlebell on my foot last night and my lower back is stiff", SafetyNone, "", ""},
		{"my foot drops and drags since yesterday", SafetyEmergency, groupNeuroDeficit, ""},
		{"my ankle is swollen from the heat, is deep tissue ok for my back", SafetyNone, "", ""},
		{"my calf is swollen and hot to the touch", SafetyDoctor, groupClot, ""},
		// A "no" that answers opens a clause of its own; a denial after it
		// still says so.
		{"well no, the car was totalled and my back is killing me", SafetyEmergency, groupFracture, ""},
		{"no, my legs aren't numb, they're just stiff", SafetyNone, "", ""},
		{"no numbness in my legs, just a stiff back", SafetyNone, "", ""},
		{"numbness in my groin and it passes down into both legs", SafetyEmergency, groupCaudaEquina, ""},
		// A fever that a thing gives or a machine has is a figure of speech.
		{"this deadline is giving me a fever, can i book a massage friday", SafetyNone, "", ""},
		{"my computer has a fever again lol, any massage openings today", SafetyNone, "", ""},
		{"a fever and chills since last night and my back aches", SafetyDoctor, groupInfection, ""},
		// A known condition with nothing new, told with a booking, is an
		// ordinary booking; asked whether massage is safe, still a caution.
		{"my stenosis is the same as always, nothing new, can i rebook my usual hour", SafetyNone, "", ""},
		{"my stenosis is the same as always, is deep tissue safe for it", SafetyCaution, "spine-condition", ""},
		// School named short dates an old knock.
		{"got hit hard in hs hockey, now my low back is just stiff from my desk job", SafetyNone, "", ""},
		// A site said to be well holds no pain told elsewhere; said well
		// but for something, it stays.
		{"my chest feels fine, the ache is between my shoulder blades after swimming", SafetyNone, "", ""},
		{"my chest feels fine until i climb stairs, then the pain comes", SafetyEmergency, groupHeartLung, ""},
		// Clinical shorthand: "neg for" denies like "negative for".
		{"neg for saddle numbness, neg for leg weakness per my gp, just tight", SafetyNone, "", ""},
		// A case supposed and then owned up to as only supposed.
		{"say i crashed my bike on the trail and hurt my back, could i still get a massage? not planning to lol", SafetyNone, "", ""},
		// "A bad sign" asked with nobody named is a general question; with
		// the sender's own symptoms it is theirs.
		{"is a fever with back pain a bad sign?", SafetyNone, "", ""},
		{"i have a fever with my back pain, is that a bad sign?", SafetyDoctor, groupInfection, ""},
		// A thing named after a site is no site; the site named again is.
		{"we hauled a chest freezer up the stairs and my back hurts", SafetyNone, "", ""},
		{"we hauled a chest freezer up the stairs and now my chest hurts and my left arm is numb", SafetyEmergency, groupHeartLung, ""},
		// A myth asked about, said to be nobody's: no caution.
		{"my aunt read that massage spreads cancer, is that a myth? none of us have it", SafetyNone, "", ""},
		{"i have cancer, is it a myth that massage spreads it? is it safe for me", SafetyCaution, "cancer", ""},
		// A plan that crashed and burned is no crash and no burn.
		{"my diet crashed and burned this week lol, anyway can i book a hot stone massage", SafetyNone, "", ""},
		// "People confuse X with Y" is no confusion of the mind; a person
		// confused is, with a fever an emergency.
		{"my dad is suddenly confused with a fever and back pain", SafetyEmergency, groupInfection, ""},
		// What the clinic asks every client, and material made for others,
		// are general questions; a report beside them is still one.
		{"why do therapists ask about osteoporosis before a massage?", SafetyNone, "", ""},
		{"making a handout for our gym on saddle numbness and when to see a doctor", SafetyNone, "", ""},
		{"my calf is swollen and hot, do you screen for clots before a leg massage?", SafetyDoctor, groupClot, ""},
		{"in class today my legs both went numb and my back is killing me", SafetyEmergency, groupCaudaEquina, ""},
		// Numbness that ends after the sender moves is a pressed nerve;
		// numbness still there after it is not ended.
		{"both my legs were tingly on the bus home but fine after I got up and walked", SafetyNone, "", ""},
		{"my legs went numb and are still numb after I walked around, back is killing me", SafetyEmergency, groupCaudaEquina, ""},
		// A runner's stitch is no surgical one.
		{"side stitch on every run lately, can massage help", SafetyNone, "", ""},
		{"had surgery on my belly two weeks ago and the stitches in my side are sore, can i get a massage", SafetyCaution, "surgery", ""},
		// Shivers that cold weather or music explains are no fever; with a
		// temperature, or a cause taken back, they are.
		{"waited 40 minutes at the bus stop in the snow, shivering the whole time, now my shoulders are tight", SafetyNone, "", ""},
		{"that new playlist, chills every time, and my back is sore from dancing to it", SafetyNone, "", ""},
		{"shivering in the snow and a temperature of 39 since last night, my back aches", SafetyDoctor, groupInfection, ""},
		{"chills and back pain since yesterday, it's cold out but this is different", SafetyDoctor, groupInfection, ""},
		// The wind that blows is no breath lost; being winded is.
		{"the wind today was wild and my upper back is sore", SafetyNone, "", ""},
		{"got winded on the stairs and my chest feels tight", SafetyEmergency, groupHeartLung, ""},
		// Someone else's situation, with a massage asked for the asker
		// alone, is no caution; asked for them, or shared, it is.
		{"my sister is pregnant with twins, anyway can you book me for a deep tissue friday", SafetyNone, "", ""},
		{"my sister is pregnant, can you book her in for a massage", SafetyCaution, "pregnancy", ""},
		{"my friend has osteoporosis and so do I, can you book me in", SafetyCaution, "osteoporosis", ""},
		// "yr" is a year; a diagnosis dated so dates nothing after it.
		{"my grandpa had a heart attack last yr and now he golfs every day. whats good for tight calves", SafetyNone, "", ""},
		{"osteopenia diagnosed last yr, coughed hard and now a sharp pain in my back", SafetyDoctor, groupFracture, ""},
		// A thing that falls, or a child tackling in play, is no accident
		// of the person; a fall told word by word is still one.
		{"my laptop fell down the stairs and still works, my shoulders are sore from the move though", SafetyNone, "", ""},
		{"carrying a box i fell down the stairs, back is killing me", SafetyEmergency, groupFracture, ""},
		{"my dog tackled me at the park and my arms are sore now", SafetyNone, "", ""},
		// A situation ruled out by a scan is none; "does that rule out"
		// asks whether a massage is ruled out, and a "but" keeps it.
		{"had a bulging disc scare last month but the mri came back clear, just a strained muscle, can i book deep tissue", SafetyNone, "", ""},
		{"spondylolisthesis grade 1, does that rule out rolfing", SafetyCaution, "spine-condition", ""},
		{"they thought it was a herniated disc, mri came back clear but it still hurts, is deep tissue ok", SafetyCaution, "spine-condition", ""},
		// A question about a term after the name ("..., what's that?")
		// makes it only talked about, unless someone claims it.
		{"someone on my team mentioned foot drop, whats that", SafetyNone, "", ""},
		{"my doctor thinks it could be cauda equina, what is that?", SafetyEmergency, groupCaudaEquina, ""},
		// A swollen leg with chest pain or breathlessness is the clot's:
		// the reply names the leg, not only the chest.
		{"her leg puffed up on one side after the flight and now she gets winded with a stabbing pain in the chest", SafetyEmergency, groupClot, "swollen or red leg"},
		// A fever during cancer treatment is named an infection.
		{"i'm having chemo and since last night i've been shivering with a temperature, lower back aches", SafetyDoctor, groupInfection, "fever"},
		// Concept families: the blades alone, a chest squeezed, a rough
		// figure of weight lost, numbness reaching higher, worse at every
		// session, pain even at rest.
		{"my husband is clammy and nauseous with an ache between the blades", SafetyEmergency, groupHeartLung, ""},
		{"a clenched feeling in my chest that runs into my jaw, and i'm sweating", SafetyEmergency, groupHeartLung, ""},
		{"dropped around 8 kilos since spring, not dieting, and my lower back aches", SafetyDoctor, groupCancer, ""},
		{"tingling in my toes on monday, by now it's up to my shin, back sore", SafetyEmergency, groupNeuroDeficit, ""},
		{"my knee gives way during drills and it gets weaker every session, back is stiff", SafetyEmergency, groupNeuroDeficit, ""},
		{"the ache in my spine won't settle, not even lying down, for weeks now", SafetyDoctor, groupCancer, ""},
		// Laughter ends a clause the punctuation dropped: no phrase steps
		// over it, while a phrase before or after it still counts.
		{"hot yoga broke me lol knee and hips ache, gentle massage?", SafetyNone, "", ""},
		{"that bootcamp broke me lmao ribs to ankles all sore, sports massage?", SafetyNone, "", ""},
		{"i broke my wrist lol, is massage safe with the cast on", SafetyCaution, "osteoporosis", ""},
		{"lol my back is fine but i cant feel my legs since this morning", SafetyEmergency, groupCaudaEquina, ""},
		// A speed word right after a relief times the relief, no spreading;
		// spreading said in words of its own still counts.
		{"my fingers and foot went numb in the car, feeling came back quick once i got out", SafetyNone, "", ""},
		{"pins and needles in my foot from kneeling, wore off fast, book a swedish", SafetyNone, "", ""},
		{"the numbness in my foot came back quickly and now it's spreading up my leg", SafetyEmergency, groupNeuroDeficit, ""},
		{"my leg is going numb quickly since this morning, back aches", SafetyEmergency, groupNeuroDeficit, ""},
		// An accident supposed for a day to come has not happened; one told
		// with a visit tomorrow, or a symptom still there tomorrow, has.
		{"if i get run over by a bus tomorrow can my sister use my gift card", SafetyNone, "", ""},
		{"if i got rear ended tomorrow would my insurance cover massage", SafetyNone, "", ""},
		{"if i got rear ended this morning can i still come tomorrow, my neck is killing me", SafetyEmergency, groupFracture, ""},
		{"i fell off a ladder, if my back still hurts tomorrow should i come in", SafetyEmergency, groupFracture, ""},
		// Something that stopped or went away after an accident undoes no
		// accident: only a symptom resolves.
		{"a cyclist ran into me and stopped, now my back is throbbing", SafetyEmergency, groupFracture, ""},
		{"the van swerved into me and the driver stopped; my back is killing me", SafetyEmergency, groupFracture, ""},
		// More families: a leak told as a noun, the genitals as "balls"
		// (not the balls of the feet), an ankle that flops, both feet
		// catching, a back splitting open, difficult to breathe, worst in
		// bed, a stranded person on the ground, not a bedridden one.
		{"noticed some urine leakage since yesterday along with the low back ache", SafetyEmergency, groupCaudaEquina, ""},
		{"my balls have gone numb and my lower back is awful", SafetyEmergency, groupCaudaEquina, ""},
		{"the balls of my feet go numb in my running shoes, my back is tight", SafetyNone, "", ""},
		{"his ankle flaps when he walks since saturday, and his back aches", SafetyEmergency, groupNeuroDeficit, ""},
		{"my feet keep catching on the stairs since monday and my back hurts", SafetyEmergency, groupNeuroDeficit, ""},
		{"my dad is 80 and says his back is splitting open, he is pale", SafetyEmergency, groupAorta, ""},
		{"ache between my shoulder blades and difficult to breathe this evening", SafetyEmergency, groupHeartLung, ""},
		{"back sore since i got home from my trip, which massage is best", SafetyNone, "", ""},
		// "Or not" is a choice, no denial of what follows it.
		{"the ache is the same whether i walk or not, there even lying down, nothing eases it", SafetyDoctor, groupCancer, ""},
		// A general-sounding ask after symptoms given a recent span is a
		// report told without "I".
		{"chills and shaking every night, back pain, 9 days now. what treatment would you suggest", SafetyDoctor, groupInfection, ""},
		{"what would a fever with back pain mean?", SafetyNone, "", ""},
		// A warm calf days later is no warm day.
		{"my calf went hard and puffy after a cramp and it's still hot 3 days on, can you knead it", SafetyDoctor, groupClot, ""},
		// A joke owned up to takes back the quip just before it, not the
		// report before that.
		{"cant feel my legs after the race lol joke, just tired, which massage", SafetyNone, "", ""},
		{"i cant feel my legs no joke and my back hurts", SafetyEmergency, groupCaudaEquina, ""},
		// A leak from laughing is stress incontinence, no new bladder trouble.
		{"i laughed so hard at the movie i peed a bit, anyway do you do gift cards", SafetyNone, "", ""},
		{"i peed myself and i cant feel my groin, back hurts", SafetyEmergency, groupCaudaEquina, ""},
		{"my right foot has been dragging and slapping the floor since tuesday, and getting worse, and my back hurts since i wrestled a bear lol jk i slept badly", SafetyEmergency, groupNeuroDeficit, ""},
		{"chest pains from this group chat lol jk, just tight shoulders", SafetyNone, "", ""},
		// "Since" an event dated recent after it starts what is told now;
		// "since" an old one puts it in the past.
		{"since my grandma fell in the kitchen on sunday she has had a bad pain in her lower back, she is 86", SafetyDoctor, groupFracture, ""},
		{"ever since my fall off the ladder in 2015 my back aches in the cold", SafetyNone, "", ""},
		// A date right after a condition dates the diagnosis, not the
		// strain told after it.
		{"osteopenia diagnosed in 2021. bent down to tie my shoe and felt something give, sharp pain low in my back", SafetyDoctor, groupFracture, ""},
		// Checked only at the roadside is no assessment; a scan after is.
		{"got t-boned at a junction yesterday, the paramedics checked me and said i was ok, now my neck and back hurt", SafetyEmergency, groupFracture, "checked only at the scene"},
		{"rear ended on the highway this afternoon, ambulance crew said nothing serious, didn't go to the hospital, back is stiff", SafetyEmergency, groupFracture, ""},
		{"car accident last night, paramedics checked me, then the er did an xray and its fine, massage ok?", SafetyNone, "", ""},
		// Weeks of night pain nothing eases, whatever treatment is asked for.
		{"my back aches worse at night in bed, nothing helps it, been 7 weeks, is a sports massage a good idea", SafetyDoctor, groupCancer, "pain at night that never eases"},
		{"my back has woken me every night since leg day and nothing helps, 5 weeks now", SafetyDoctor, groupCancer, "not eased for weeks"},
		// A treatment named after a sport is no exercise; a race run is.
		{"did a 5k this morning and my calves are wobbly, sports massage tomorrow?", SafetyNone, "", ""},
		{"my right leg suddenly went weak, can i get a sports massage for it", SafetyEmergency, groupNeuroDeficit, "a leg or foot getting weak"},
		// One leg weak and numb, or weak all of a sudden, whatever explains it.
		{"my left leg went weak and numb while sitting at my desk this afternoon and it's not getting better", SafetyEmergency, groupNeuroDeficit, ""},
		{"my foot fell asleep sitting cross legged and felt weak for a minute, then it was fine", SafetyNone, "", ""},
		// Caution families: trying for a baby, MS by its initials, walking
		// aids, a graze; the initials and a scrape said of another are not.
		{"we're doing ivf and I have an embryo transfer next week, is a massage ok before it", SafetyCaution, "pregnancy", ""},
		{"my ms has been flaring, is massage safe for me", SafetyCaution, "nerve-vascular", ""},
		{"how many ms does the bot take to answer lol", SafetyNone, "", ""},
		{"my dad walks with a cane now, can he still get a full body massage", SafetyCaution, "age", ""},
		{"there's a graze on my shoulder blade from a fall off my bike, should the therapist avoid it", SafetyCaution, "skin", ""},
		{"my kid scraped his knee, anyway can i book a massage for me", SafetyNone, "", ""},
		// Weight shed without trying, and lay words for a fall.
		{"my trousers are hanging off me lately and my back aches all the time", SafetyDoctor, groupCancer, ""},
		{"been shedding weight on keto, any massage for sore lower back", SafetyNone, "", ""},
		{"my grandad had a tumble in the garden and now his back hurts a lot, he's 90", SafetyDoctor, groupFracture, ""},
		{"slipped on black ice this morning and came down hard on my tailbone, it really hurts to sit", SafetyDoctor, groupFracture, ""},
		{"the stock market took a tumble and so did my mood lol, need a massage", SafetyNone, "", ""},
		// Retention and the saddle area in lay words.
		{"i've not been able to go for a wee since last night and my back hurts", SafetyEmergency, groupCaudaEquina, ""},
		{"down below feels numb since yesterday and my lower back is agony", SafetyEmergency, groupCaudaEquina, ""},
		{"i went for a wee before my massage last time, is there a toilet at the clinic", SafetyNone, "", ""},
		{"is there parking down below the clinic", SafetyNone, "", ""},
		// A clinician's benign finding after a check clears what was told
		// before it; a symptom, a worsening or a "but" after it does not.
		{"my leg puffed up after the long drive so my gp sent me for a scan, it found no clot. back rub ok?", SafetyNone, "", ""},
		{"fell off my bike on sunday, the walk in clinic did an xray and said nothing broken, just bruised", SafetyNone, "", ""},
		{"had a tight chest last month, the cardiologist ran an ecg and said my heart is fine, now i want a massage", SafetyNone, "", ""},
		{"my calf went red and sore, the doctor said it was just a pulled muscle, but now it is swollen and hot", SafetyDoctor, groupClot, ""},
		{"saw my doctor for back pain, he said it was a strained muscle, now i can't feel my groin and can't pee", SafetyEmergency, groupCaudaEquina, ""},
		{"my ankle swelled up, the ultrasound showed no clot, and since then my calf got worse and hot", SafetyDoctor, groupClot, ""},
		{"the ER found no fracture after my crash yesterday but my legs have gone numb since", SafetyEmergency, groupCaudaEquina, ""},
		{"I have osteoporosis and my doctor said massage is fine, but is deep tissue safe?", SafetyCaution, "osteoporosis", ""},
		{"my calf is swollen, is massage ok? my gp is away", SafetyDoctor, groupClot, ""},
		{"i feel a pulse in my tummy when lying flat, my gp says it is harmless in slim people", SafetyNone, "", ""},
		{"i feel a pulse in my tummy when lying flat, my gp said that is not normal", SafetyEmergency, groupAorta, ""},
		{"fever and chills, the walk in clinic said it wasn't just a cold", SafetyDoctor, groupInfection, ""},
		{"they did a scan, normal aorta, so can i book a back massage", SafetyNone, "", ""},
		// An infection that is long over, a chest sore from pull-ups.
		{"had a kidney infection in the winter, long gone now, just want a back massage", SafetyNone, "", ""},
		{"had a kidney infection last week and my back hurts", SafetyDoctor, groupInfection, ""},
		{"did way too many pull ups, my chest and upper back are sore", SafetyNone, "", ""},
		// A decade after "the" dates what is near it; "in his 80s" is an age.
		{"my aunt had a stroke in the 70s and recovered, i just want a neck massage", SafetyNone, "", ""},
		{"my grandma broke her hip in the 90s, anyway do you do couples massage", SafetyNone, "", ""},
		{"my dad is in his 80s and fell this morning, now he cannot stand", SafetyEmergency, groupFracture, ""},
		// Growing up together is long ago; "when we were driving" is not.
		{"my sister had a fever and a stiff back when we were kids, she's fine. can i book", SafetyNone, "", ""},
		{"my legs went numb when we were driving home and now i can't pee", SafetyEmergency, groupCaudaEquina, ""},
		// A craze called a fever, and the "age" of a body part, are figures.
		{"the whole office has world cup fever, my shoulders are tight from yelling", SafetyNone, "", ""},
		{"a fever since yesterday and my back hurts", SafetyDoctor, groupInfection, ""},
		{"honestly my back is 90 years old after this week, swedish or deep tissue?", SafetyNone, "", ""},
		{"my neck is 85 at this point lol, can i book a massage", SafetyNone, "", ""},
		{"my nan is 92, can she come in for a gentle massage?", SafetyCaution, "age", ""},
		// A question about a policy, or what "they" say of a kind of case,
		// is general; a person named anywhere makes it a report, since a
		// red flag is often told without a pronoun.
		{"why do they say a hot red calf is a warning sign? curious", SafetyNone, "", ""},
		{"what is your policy on clients with a fever?", SafetyNone, "", ""},
		{"do you turn people away with chest pain or numb legs?", SafetyNone, "", ""},
		{"they say my calf is swollen and hot, is that a warning sign", SafetyDoctor, groupClot, ""},
		{"numb legs and cant pee, is that a warning sign? im 45", SafetyEmergency, groupCaudaEquina, ""},
		{"woke up numb around the groin and bum. what does that mean? i'm scared", SafetyEmergency, groupCaudaEquina, ""},
		// Not checked at all is no assessment; "nobody hurt" is said word
		// after word, not read across "nobody ... back hurts".
		{"a truck hit my car this morning, never got checked, my neck and back are killing me", SafetyEmergency, groupFracture, ""},
		{"knocked off my scooter by a van, seen by no one, and my back really hurts", SafetyEmergency, groupFracture, ""},
		{"small fender bender last month, nobody was hurt, just want a relaxing massage", SafetyNone, "", ""},
		// Cautions said in other words: MS by its letters, a pressure too
		// low, a drug one hopes not to need, and when massage is safe.
		{"got diagnosed with ms in the spring, is a full body massage ok for me", SafetyCaution, "nerve-vascular", ""},
		{"the ms before the name on my booking is wrong, can you fix it", SafetyNone, "", ""},
		{"i'm on amlodipine, could a massage make my blood pressure too low?", SafetyCaution, "medication", ""},
		{"if i get regular massages will i not need my immunosuppressants anymore", SafetyCaution, "medication", ""},
		{"had a hip replacement in june, when is massage safe after it", SafetyCaution, "surgery", ""},
		{"when is back pain a warning sign of something serious", SafetyNone, "", ""},
		// How past massages went is told, not asked: "was fine with it".
		{"i have a bulging disc, known for years, my last two massages were fine, rebook me with the same therapist", SafetyNone, "", ""},
		{"i have a bulging disc, is deep tissue ok for it?", SafetyCaution, "spine-condition", ""},
		// Roofing shingles, and a feeling that wears off, are no symptom.
		{"spent the weekend laying shingles on the garage roof, is deep tissue or swedish better for my back", SafetyNone, "", ""},
		{"I have shingles on my lower back, can I still get a massage?", SafetyCaution, "skin", ""},
		{"does the relaxed feeling after a massage wear off in a week or last", SafetyNone, "", ""},
		{"feeling off for a week, night sweats and my back aches", SafetyDoctor, groupInfection, ""},
		// A holiday or season as the start of pain worse in bed is months of
		// it; a stiff back since the summer, with no night pain, is not.
		{"since easter my back is worst lying in bed, so i doze in the recliner", SafetyDoctor, groupCancer, ""},
		{"lower back stiff since the summer from gardening, which massage?", SafetyNone, "", ""},
		// Someone else's past situation, with the massage asked for the
		// asker's own body or the asker coming for themself.
		{"my aunt had a blood clot in her leg years ago, she's fine now. could massage loosen my shoulders?", SafetyNone, "", ""},
		{"my brother had back surgery ages ago and he's fine. i'm here for a deep tissue for my neck", SafetyNone, "", ""},
		{"my sister had a blood clot years ago, could massage help her legs now?", SafetyCaution, "nerve-vascular", ""},
		{"my aunt had a blood clot in her leg years ago, could massage help my aunt now?", SafetyCaution, "nerve-vascular", ""},
		// A general question whose only words about the asker come after
		// it, disclaiming it, stays general; a detail about the asker with
		// no disclaimer makes it a report.
		{"what does numbness in the groin usually mean? im a student, for a class", SafetyNone, "", ""},
		{"is chest pain going into the back ever serious in general? nothing wrong with me", SafetyNone, "", ""},
		{"is numbness in the groin ever serious in general? i have it now", SafetyEmergency, groupCaudaEquina, ""},
		{"my groin is numb, is that ever serious in general? not me tho", SafetyEmergency, groupCaudaEquina, ""},
		{"who should avoid deep tissue, like people with osteoporosis? not for me", SafetyNone, "", ""},
		{"with my osteoporosis, who should avoid deep tissue?", SafetyCaution, "osteoporosis", ""},
		// Jokes on oneself and legs gone to jelly from a climb are figures;
		// the same words told as a real event, or legs that still will
		// not hold, count.
		{"my teenagers are giving me chest pains this week haha, do you sell gift cards", SafetyNone, "", ""},
		{"nearly got chest pain at the prices on your menu lol, any deals?", SafetyNone, "", ""},
		{"broke my back laughing at the dog chasing his tail, anyway swedish or deep tissue?", SafetyNone, "", ""},
		{"both legs are jelly after flights of stairs up to my flat, can i book a leg massage", SafetyNone, "", ""},
		{"chest pain from climbing the stairs and it spreads into my back", SafetyEmergency, groupHeartLung, ""},
		{"broke my back falling off a roof, is massage ok", SafetyEmergency, groupFracture, ""},
		{"legs like jelly after the stairs and now both wont hold me up", SafetyEmergency, groupCaudaEquina, ""},
		// Chills after a menopausal hot flush, and a cold sweat of worry,
		// have their cause told; a temperature, or a cold sweat with an
		// aching arm while waiting for a bus, still counts.
		{"perimenopausal, i get hot flushes then chills at night, my neck is stiff. swedish?", SafetyNone, "", ""},
		{"hot flushes from menopause but also a temperature of 39 and my back aches", SafetyDoctor, groupInfection, ""},
		{"woke in a cold sweat worrying about my thesis, my shoulders ache, book me in", SafetyNone, "", ""},
		{"broke out in a cold sweat waiting for the bus, my left arm aches", SafetyEmergency, groupHeartLung, ""},
		// The asker as the one who reads or studies ("we read about")
		// asks in general; a person told of with the symptom still reports.
		{"we read about cauda equina, what does numbness in both legs mean", SafetyNone, "", ""},
		{"my legs are numb and i cant pee, i read about it, what does it mean", SafetyEmergency, groupCaudaEquina, ""},
		// A massage asked about as too intense is no severe pain; pain told
		// as too intense still is.
		{"old healed fracture in my spine, i have osteoporosis, would deep tissue be too intense", SafetyCaution, "osteoporosis", ""},
		{"the pain right on my spine is too intense to bear since the fall", SafetyDoctor, groupFracture, ""},
		// A condition said to be managed, with no question whether massage
		// is safe, is an ordinary booking; asked whether it is safe, a caution.
		{"my scoliosis is controlled, can i book a 60 minute swedish", SafetyNone, "", ""},
		{"grandpa's osteoporosis is managed, can he come in for a light swedish on saturday", SafetyNone, "", ""},
		{"my osteoporosis is managed, is deep tissue safe for me?", SafetyCaution, "osteoporosis", ""},
		// Someone else's story told in the past, dated far from its
		// symptom or followed by the asker saying they are well and asking
		// for themself or in general, is not the asker's red flag.
		{"my uncle had crushing chest pain that turned out to be his heart, it was back in 2015. I'm fine, just want a deep tissue for my shoulders", SafetyNone, "", ""},
		{"my best mate broke his back falling off a roof, this was like a decade ago. not me lol, I just want a massage for my tight neck", SafetyNone, "", ""},
		{"my grandma lost loads of weight before her diagnosis, years back. I'm healthy, can I book a relaxation massage for me", SafetyNone, "", ""},
		{"my nephew crashed his bike into a wall at the skatepark, I'm fine, just want my regular massage", SafetyNone, "", ""},
		{"my aunt had a clot in her calf once, ages ago, it was treated. i'm fine myself, can i book a leg massage for me", SafetyNone, "", ""},
		{"my sister had a heart attack that began as jaw pain, is that common? i feel fine, just wondering", SafetyNone, "", ""},
		// The same stories told as now, asked about for their owner, or
		// the asker's own, still fire.
		{"my dad had chest pain this morning going into his arm, I'm fine, can I still come in for my massage", SafetyEmergency, groupHeartLung, ""},
		{"my husband fell off the roof and he can't move his legs, i'm fine, book me in", SafetyEmergency, groupFracture, ""},
		{"my mum had a heart attack years ago and now she has chest pain again, can she get a massage", SafetyEmergency, groupHeartLung, ""},
		{"my brother crashed his motorbike an hour ago and hurt his back, I'm fine, is a massage ok for me", SafetyEmergency, groupFracture, ""},
		{"me and my brother were rear ended yesterday, my back hurts", SafetyEmergency, groupFracture, ""},
		{"my wife had a fever and chills since yesterday with back pain, i'm fine, book me in", SafetyDoctor, groupInfection, ""},
		{"my son fell down the stairs, can he get a massage for his back", SafetyEmergency, groupFracture, ""},
		{"my friend had a heart attack years ago; now i have chest pain going into my back myself", SafetyEmergency, groupHeartLung, ""},
		{"my husband had chest pain and collapsed, im ok, can i book for myself", SafetyEmergency, groupHeartLung, ""},
		{"my dad had cancer years ago and he lost a lot of weight", SafetyDoctor, groupCancer, ""},
		{"my mum had a clot in her calf in 2018 and now it's swollen and red again", SafetyDoctor, groupClot, ""},
		// "Last month" dates an accident, and an accident named again after
		// one told as past ("after the accident", "a crash like this") is
		// the same one: old, with ongoing ordinary pain, it is no emergency.
		{"my car got t-boned last month and my shoulders have been tight since, would massage help?", SafetyNone, "", ""},
		{"had a fender bender in june, the car is fine, can massage help my neck after the accident", SafetyNone, "", ""},
		{"was rear ended back in april, still a bit stiff. does massage help with stiffness after a crash like that?", SafetyNone, "", ""},
		// Symptoms since last month are told as they are, and a new
		// accident, or new red flags after an old one, still fire.
		{"i have been numb in my groin since last month", SafetyEmergency, groupCaudaEquina, ""},
		{"my calf has been swollen and red since last month", SafetyDoctor, groupClot, ""},
		{"lost 8kg without trying since last month and my back aches at night", SafetyDoctor, groupCancer, ""},
		{"crashed my car in march and after the crash this morning my back is killing me", SafetyEmergency, groupFracture, ""},
		{"was in a car accident in 2019. got hit by a truck an hour ago and my back hurts", SafetyEmergency, groupFracture, ""},
		{"rear ended last month and now i cant feel my legs", SafetyEmergency, groupCaudaEquina, ""},
		{"wrecked my car in 2017. yesterday a van hit me and now my back hurts", SafetyEmergency, groupFracture, ""},
		{"as a teenager i fell off a horse; now i am 50 and my back is just stiff", SafetyNone, "", ""},
		// A question about a condition's name asks about the term, and the
		// situation of the same words is only talked about with it; one
		// claimed for someone or told of the asker stays a caution.
		{"what's the difference between a pulled calf and a dvt? asking after a tiktok", SafetyNone, "", ""},
		{"I'm a nursing student studying blood clots, do rmts learn about them?", SafetyNone, "", ""},
		{"whats safe for a blood clot patient like me", SafetyCaution, "nerve-vascular", ""},
		{"I had a dvt last year, is massage safe for my legs now?", SafetyCaution, "nerve-vascular", ""},
		// A question with "if" answered by a bare denial asks nothing of
		// now; what is told outside it, or a denial that goes on, counts.
		{"the physio asked if I ever had numbness in my groin and I haven't, just tight hips. book me in?", SafetyNone, "", ""},
		{"would it change anything if I had a blood clot in my calf once? I didn't, just curious", SafetyNone, "", ""},
		{"the doctor asked if I had numbness and I do, both legs", SafetyEmergency, groupCaudaEquina, ""},
		{"my groin has been numb since monday. the nurse asked if I had a fever and I don't", SafetyEmergency, groupCaudaEquina, ""},
		{"she asked if my legs were ok and i have not been able to pee since last night", SafetyEmergency, groupCaudaEquina, ""},
		// Chest pain of today stays chest pain though it passed; one long
		// ago that passed, or denied, does not.
		{"I had chest pain going into my arm an hour ago but it's fine now", SafetyEmergency, groupHeartLung, ""},
		{"had a tight chest this morning, it passed, can i still come in", SafetyEmergency, groupHeartLung, ""},
		{"had chest pain years ago, it's gone now, can i book a back massage", SafetyNone, "", ""},
		{"no chest pain today, just a stiff upper back", SafetyNone, "", ""},
		// A hypothetical's scope runs over a list to its end, sites and
		// all, but never into a report of the asker's own after it.
		{"we're writing a leaflet for our running club and want to list symptoms like numbness and bowel problems that need a doctor", SafetyNone, "", ""},
		{"what are the warning signs? i have numbness in my groin", SafetyEmergency, groupCaudaEquina, ""},
		{"are there any red flags to know? since yesterday i have numbness and bladder problems", SafetyEmergency, groupCaudaEquina, ""},
		{"what symptoms mean someone shouldn't get a massage, like numbness or fever?", SafetyNone, "", ""},
		// Pain "on the spine itself" is tenderness there; "a problem with
		// the spine itself" names no pain on it.
		{"is stiffness usually the muscles or the spine itself?", SafetyNone, "", ""},
		{"it hurts right on the spine itself when i press", SafetyDoctor, groupFracture, ""},
		// "Today" right after a lesson dates the lesson; a symptom dated
		// after it is a report.
		{"we covered red flags in first aid class today, what does saddle numbness actually mean?", SafetyNone, "", ""},
		{"we learned about red flags in first aid class today. my groin has been numb since yesterday, what does that mean", SafetyEmergency, groupCaudaEquina, ""},
		// "Crashed" as sleep is no accident; with a vehicle, a road or a
		// time of now it is one.
		{"totally crashed on the sofa after the wedding, slept till noon, my lower back is stiff", SafetyNone, "", ""},
		{"crashed my bike and slept badly, back is sore", SafetyEmergency, groupFracture, ""},
		{"i crashed an hour ago and my back hurts, in bed now", SafetyEmergency, groupFracture, ""},
		// A laugh and a "not" that name the phrase again take it back; one
		// that goes on to something else takes nothing back.
		{"my car crashed lol not my car, my gaming pc. anyway neck is stiff, book a massage?", SafetyNone, "", ""},
		{"my car crashed, my gaming pc. anyway neck is stiff, book a massage?", SafetyEmergency, groupFracture, ""},
		{"my legs went numb lol not joking, cant pee either", SafetyEmergency, groupCaudaEquina, ""},
		{"my car crashed lol, not the first time, back hurts", SafetyEmergency, groupFracture, ""},
		{"", SafetyNone, "", ""},
	}
	for _, tt := range tests {
		name := tt.q
		if len(name) > 60 {
			name = name[len(name)-60:]
		}
		t.Run(name, func(t *testing.T) {
			v := checkScreen(t, m, tt.q, tt.level, tt.group)
			if !strings.Contains(v.Recognised, tt.recognise) {
				t.Errorf("Recognised = %q, want it to contain %q", v.Recognised, tt.recognise)
			}
			if v.Fires() != (tt.level != SafetyNone) {
				t.Errorf("Fires() = %v at level %s", v.Fires(), v.Level)
			}
			if v.Reason == "" {
				t.Error("no reason given")
			}
		})
	}
}

// TestScreenNearMissClasses checks classes of near misses, each told in
// a way no earlier rule read, with the emergencies that share their words
// and must still fire.
func TestScreenNearMissClasses(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		name, q string
		level   SafetyLevel
		group   string // or situation, for cautions
	}{
		// Someone else's story dated long ago, or of one who has died, is
		// theirs: a year however written, a time opening the words that
		// name them, a name after a title, the sites of their story, and
		// their being well today.
		{"year after was, owner well", "my uncle had a heart attack that started as jaw pain, that was 2008. he is fine and I just want a massage for my shoulders", SafetyNone, ""},
		{"owner well, then a new pain", "my dad had a heart attack years ago, he is fine but today he has chest pain again", SafetyEmergency, groupHeartLung},
		{"year, then now", "my dad had a heart attack in 1999 and now he has chest pain again", SafetyEmergency, groupHeartLung},
		{"title and name", "when i was little my neighbour mr jones had a foot drop from his back and used a cane. my back is just stiff from gardening", SafetyNone, ""},
		{"title and name, now", "my neighbour mr singh collapsed with chest pain an hour ago", SafetyEmergency, groupHeartLung},
		{"late owner", "my late aunt had night sweats and lost weight before her diagnosis. my back is sore from the move", SafetyNone, ""},
		{"late owner's kin, now", "my late husband's brother fell off a ladder this morning and can't move his legs", SafetyEmergency, groupNeuroDeficit},
		{"grandpa, late", "my late grandpa had a fever and back pain before they found the infection. I'm sore from moving boxes", SafetyNone, ""},
		{"asker's own year", "in 2015 I had cancer and now I've lost 10kg without trying and my back aches at night", SafetyDoctor, groupCancer},
		{"a model year is no date", "my 2010 civic got rear ended an hour ago and my neck and back hurt, cant feel my legs", SafetyEmergency, groupCaudaEquina},
		{"no symptoms of something else", "I have no symptoms of a cold but my calf is swollen and hot", SafetyDoctor, groupClot},
		// What massage would prevent is only asked about.
		{"preventing clots", "is massage good for preventing blood clots on long flights", SafetyNone, ""},
		{"preventing a disc", "is deep tissue good for preventing a herniated disc", SafetyNone, ""},
		{"prevent, then a deficit", "I'm trying to prevent a fall but my legs are suddenly weak and I can't pee", SafetyEmergency, groupCaudaEquina},
		// A bone broken years ago, or a disc healed long ago, asks no
		// caution; a break still mending, one with fragile bones, or a
		// condition still flaring does.
		{"break in a year", "snapped my collarbone playing rugby in 2011, can I get a shoulder massage", SafetyNone, ""},
		{"break as a teenager", "cracked a rib as a teenager, is deep tissue on my back ok", SafetyNone, ""},
		{"disc long gone", "bulging disc back in 2010, long gone, is rolfing ok", SafetyNone, ""},
		{"break still in a cast", "broke my wrist three weeks ago, still in a cast, can i get a back massage", SafetyCaution, "osteoporosis"},
		{"old break, fragile bones", "fractured my ankle years ago and I have osteopenia, is massage safe", SafetyCaution, "osteoporosis"},
		{"disc still flaring", "bulging disc diagnosed in 2019, still flares up, is rolfing safe", SafetyCaution, "spine-condition"},
		{"old break, new fall", "broke my hip in 2010, fell again this morning and can't stand up", SafetyDoctor, groupFracture},
		// A limb asleep from a position held, told over in moments, or
		// ended by taking the boots off; one still weak, or with a new
		// sign after, is not.
		{"asleep, then fine", "sat cross legged at the concert and couldn't stand for a sec, legs numb, then fine after", SafetyNone, ""},
		{"boots loosened", "feet go numb when i lace my hiking boots too tight, goes away after i loosen them", SafetyNone, ""},
		{"asleep, still weak", "sitting at my desk and my leg went numb and weak for a minute, still can't walk properly", SafetyEmergency, groupNeuroDeficit},
		{"asleep, then the bladder", "sat on the toilet and both legs went numb for a minute, then fine, but now I can't pee", SafetyEmergency, groupCaudaEquina},
		{"asleep, then dragging", "after sitting on the couch my leg went numb and I've been dragging my foot since", SafetyEmergency, groupNeuroDeficit},
		// A figure of speech: a feeling likened to an accident, an age
		// felt, a cancer of a thing, tiredness in an idiom, a board that
		// is a thing. The accident, the age, the cancer that are real
		// still count.
		{"likened to being run over", "feel like my spine got run over by a truck this week, sore all over", SafetyNone, ""},
		{"run over, then likened", "got hit by a car this morning, feels like my back is on fire", SafetyEmergency, groupFracture},
		{"likened tearing", "feels like something tore in my back and I'm dizzy, im 70", SafetyEmergency, groupAorta},
		{"an age felt", "feeling 80 years old after moving house, book me in", SafetyNone, ""},
		{"an age felt, plain", "i feel 95 years old lol, can i get a massage", SafetyNone, ""},
		{"an age had", "my mum is 90 years old and feeling frail, can she have a massage", SafetyCaution, "age"},
		{"a cancer of a thing", "this commute is a cancer on my life, book me a swedish", SafetyNone, ""},
		{"a cancer had", "i'm on chemo for breast cancer, is massage ok", SafetyCaution, "cancer"},
		{"bone tired", "i'm bone tired from caring for my wife all month, can i book a massage for me", SafetyNone, ""},
		{"tired with signs", "tired all the time, losing weight without trying, back pain at night", SafetyDoctor, groupCancer},
		{"an ironing board", "my shoulders are flat as an ironing board and sore, massage?", SafetyNone, ""},
		{"a diving board fall", "fell off a diving board this morning and landed on my back, can't feel my legs", SafetyEmergency, groupCaudaEquina},
		// A question of people in general, and what people say massage
		// does, ask about what they name; the asker's own, someone's now,
		// or what people say of one's body still count.
		{"a thing people worry about", "is bladder trouble with back pain a thing people should worry about? my back is just normal sore", SafetyNone, ""},
		{"people worry, mine", "is numbness in my groin something people should worry about?", SafetyEmergency, groupCaudaEquina},
		{"in general, dad now", "can chest pain going into the back be serious in general? my dad has it right now", SafetyEmergency, groupHeartLung},
		{"people worry, started today", "is sudden weakness in both legs something people should worry about? started an hour ago", SafetyEmergency, groupCaudaEquina},
		{"people say massage", "ppl say massage helps after an injury like a car accident, is that why people go?", SafetyNone, ""},
		{"people say of my calf", "people say my calf looks swollen and it's hot and red since the flight", SafetyDoctor, groupClot},
		{"a desk job, better booking", "desk job, since yesterday I suddenly can't lift my right leg for a minute at a time, would I be better booking 90 minutes", SafetyEmergency, groupNeuroDeficit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkScreen(t, m, tt.q, tt.level, tt.group)
		})
	}
}

// TestScreenCautionClasses checks ways a caution situation is told that
// no earlier reading took, with the near cases that must stay as they are.
func TestScreenCautionClasses(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		name, q   string
		level     SafetyLevel
		situation string
	}{
		// A person's own body part before "for" is no test: "a line in
		// her arm for her chemo"; "screened her for" still is one.
		{"a line for chemo", "my mum has a line in her arm for her chemotherapy, can she have a back massage", SafetyCaution, "cancer"},
		{"screened her for", "the doctor screened her for cancer and it was clear, is massage ok for her back", SafetyNone, ""},
		// Weeks of a pregnancy after "at", with the person named.
		{"at 34 weeks", "is massage safe for her at 34 wks, her back aches", SafetyCaution, "pregnancy"},
		{"weeks post op", "my knee scar at 8 weeks post op, can they massage near it", SafetyCaution, "surgery"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkScreen(t, m, tt.q, tt.level, tt.situation)
		})
	}
}

// TestScreenRecallClasses checks the emergencies that are told the hard
// ways (understated, in lay words, in fragments), each class with near
// misses that must stay quiet.
func TestScreenRecallClasses(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		name, q string
		level   SafetyLevel
		group   string
	}{
		// A major accident that left pain or a mark is a red flag whatever
		// the sender makes of it; a minor mechanism, a clinician's look, no
		// pain at all or years since keep it quiet.
		{"hit, only bruised", "got hit by a van crossing the road this morning, think it's only bruised but my lower back aches", SafetyEmergency, groupFracture},
		{"walked away, sore", "came off my motorbike last night, walked away fine but now my back is really sore", SafetyEmergency, groupFracture},
		{"weeks ago, unscratched, ache", "came off my bike two weeks ago, walked away without a scratch, but my back has ached since", SafetyDoctor, groupFracture},
		{"minor mechanism", "minor fender bender yesterday, just bruised my knee, my back is a bit stiff", SafetyNone, ""},
		{"years ago", "was in a car accident years ago, walked away fine, my back just gets stiff at my desk", SafetyNone, ""},
		{"checked by the ER", "the ER checked me after the car accident this morning, just bruised, can i book for next week", SafetyNone, ""},
		{"nobody hurt, no pain", "car accident yesterday, nobody was hurt, can i still keep my appointment", SafetyNone, ""},
		// Someone else's accident told harmless is no red flag for the
		// asker's own ache; their pain after it still is.
		{"friend walked away", "my friend was in a car accident last night, she walked away fine thank god. anyway my shoulders ache from stress", SafetyNone, ""},
		{"a guy unhurt", "i watched a guy fall off a ladder at work today, he was unhurt. my own back is sore from lifting", SafetyNone, ""},
		{"son bruised, mine sore", "my son fell off the trampoline yesterday, just bruised, he's fine. can i book a massage for me, my back is sore", SafetyNone, ""},
		{"son hit, his back", "my son was hit by a car this morning, he says he's fine but his back is killing him", SafetyEmergency, groupFracture},
		{"three clauses", "came off my mountain bike at speed yesterday, landed on my back, reckon it's only a bruise but it really hurts to breathe", SafetyEmergency, groupFracture},
		{"something tore", "felt something tear in my back when i stood up and now i feel clammy and sick, i'm 66", SafetyEmergency, groupAorta},
		{"torn at the gym", "felt something tear in my calf at the gym, it's sore", SafetyNone, ""},
		// Lay words for a deficit: the foot told as the object, a calf
		// measured in times, a bed wet for the first time in years.
		{"dropping my foot", "i keep dropping my right foot when i walk upstairs, back is sore", SafetyEmergency, groupNeuroDeficit},
		{"dropped on my foot", "dropped a tin of beans on my foot, and my back aches", SafetyNone, ""},
		{"calf 2x", "one calf looks 2x the size of the other since my flight, and it aches", SafetyDoctor, groupClot},
		{"calves grown by cycling", "my calves are twice the size they were before i started cycling lol, back stiff", SafetyNone, ""},
		{"first since childhood", "my dad wet the bed last night, hasn't happened since he was a kid, and his back is bad", SafetyEmergency, groupCaudaEquina},
		{"once, not since", "leaked a bit when i sneezed last month, has not happened since, back is stiff", SafetyNone, ""},
		{"peeing feels weird", "since my back went on monday peeing feels weird, like it won't start", SafetyEmergency, groupCaudaEquina},
		{"lost control of my poo", "lost control of my poo this morning and my back is bad", SafetyEmergency, groupCaudaEquina},
		{"grey and sweaty", "my grandad went grey n sweaty with bad back n belly pain, hes 79", SafetyEmergency, groupAorta},
		{"hair gone grey", "my hair went grey in my 50s and my back aches lol", SafetyNone, ""},
		// A cluster told in fragments: jaw and back aching with feeling
		// sick; night pain, feeling unwell "generally" and weight loss.
		{"jaw, back, sick", "my jaw and lower back both ache and i feel sick, came on after lunch", SafetyEmergency, groupHeartLung},
		{"jaw after the dentist", "had a wisdom tooth out, jaw hurts and i feel sick from the painkillers", SafetyNone, ""},
		{"jaw with the flu", "i feel sick with the flu and my jaw and neck ache", SafetyNone, ""},
		{"unwell generally", "back aching at night, feeling unwell generally, and the weight keeps dropping off", SafetyDoctor, groupCancer},
		{"generally, asked", "is weight loss with back pain generally something to worry about?", SafetyNone, ""},
		// The group named: the picture a message's signs make together,
		// each with the case its rule still names.
		{"buttock down one leg", "numbness started in my left buttock two days ago and keeps creeping further down to my calf", SafetyEmergency, groupNeuroDeficit},
		{"saddle spreading", "my bum and both inner thighs are numb and it's spreading", SafetyEmergency, groupCaudaEquina},
		{"went from bum to ankle", "the tingling went from my bum to my ankle over three days and my back aches", SafetyEmergency, groupNeuroDeficit},
		{"numbness left the leg", "the numbness i had went from my leg after stretching, back tight", SafetyNone, ""},
		{"went numb from sitting", "my leg went numb from sitting on the loo too long, fine now, book me in", SafetyNone, ""},
		{"on my feet all day", "i'm a nurse, on my feet all day, back aches and pain shoots down sometimes", SafetyNone, ""},
		{"foot drop on my feet", "keep tripping over my toes this week, my foot won't lift, pain shooting down, on my feet all day at work", SafetyEmergency, groupNeuroDeficit},
		{"both legs weaker", "both legs have been getting weaker and weaker since the weekend, back aches", SafetyEmergency, groupNeuroDeficit},
		{"both legs weak", "both legs went weak an hour ago and my back hurts", SafetyEmergency, groupCaudaEquina},
		{"weak legs after a hit", "took a hard tackle at hockey tonight, now both legs feel weak and my back hurts", SafetyEmergency, groupFracture},
		{"tender spine, fever", "fever since yesterday and my spine is really tender when i press on it", SafetyDoctor, groupInfection},
		{"tender spine", "my spine is really tender when i press on it since yesterday", SafetyDoctor, groupFracture},
		{"swollen leg, no weight", "my left calf is swollen and red and i can't put weight on that leg", SafetyDoctor, groupClot},
		{"no weight", "i can't put any weight on my leg since this morning, back aches", SafetyDoctor, groupFracture},
		{"bedbound, swollen leg", "my dad's leg is swollen and warm after a week in bed with his back", SafetyDoctor, groupClot},
		{"clammy, chest", "my nan is clammy and grey with pain in her chest and back", SafetyEmergency, groupHeartLung},
		{"clammy, belly", "my nan is clammy and grey with sudden pain in her back and belly", SafetyEmergency, groupAorta},
		{"weight and sweats", "lost a lot of weight without trying and i get night sweats, back aches", SafetyDoctor, groupCancer},
		{"weight and night sweats", "back ache + night sweats + lost weight, 61", SafetyDoctor, groupCancer},
		{"fever after a uti, weight", "had a uti last week, now a fever and i've lost a bit of weight, back aches", SafetyDoctor, groupInfection},
		{"swollen leg, blood coughed", "my calf is swollen and hot and i coughed up some blood this morning", SafetyEmergency, groupClot},
		// Words another concept's phrase holds: a leg that won't hold, a
		// pain that hits, a flight climbed, trousers that fall.
		{"leg won't hold", "my leg won't hold me up since this morning and my back hurts", SafetyEmergency, groupNeuroDeficit},
		{"can't hold it in", "can't hold it in anymore, keep leaking, back is bad", SafetyEmergency, groupCaudaEquina},
		{"hit with a pain", "got hit with a sudden severe pain in my back and belly, im 67", SafetyEmergency, groupAorta},
		{"flight climbed", "out of breath climbing a flight of stairs and my upper back hurts", SafetyEmergency, groupHeartLung},
		{"flight fallen", "fell down a whole flight of stairs this morning and my back is killing me", SafetyEmergency, groupFracture},
		{"trousers falling off", "my jeans keep falling off me and my back aches every night, im 60", SafetyDoctor, groupCancer},
		// The level: a fever's own sweat is no faint; dizziness, shaking
		// that won't stop or fragile bones that can't move are urgent.
		{"fever, night sweat", "running a fever and sweaty at night, back aches", SafetyDoctor, groupInfection},
		{"fever, dizzy", "fever and i feel dizzy and faint, back pain", SafetyEmergency, groupInfection},
		{"fever, rigors", "shivering uncontrollably with a fever and back pain", SafetyEmergency, groupInfection},
		{"wt loss", "wt loss for no reason and my back aches", SafetyDoctor, groupCancer},
		{"fragile bones, can't move", "i have osteoporosis and bent down to tie my shoe, heard a crack and now i can't move", SafetyEmergency, groupFracture},
		{"fragile bones, sore", "i have osteoporosis and pulled my back lifting, it's sore", SafetyDoctor, groupFracture},
		// Pain right on the spine with a history of cancer is the
		// cancer's group; with a fever the infection's; alone a fracture's.
		{"spine tender, cancer history", "had prostate cancer a few years ago and now my spine is tender to touch, constant ache", SafetyDoctor, groupCancer},
		{"spine tender, survivor", "breast cancer survivor, my spine has been tender to the touch for two weeks and it's constant", SafetyDoctor, groupCancer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := m.Screen(NewMessage(tt.q))
			if v.Level != tt.level || v.Group != tt.group {
				t.Errorf("Screen(%q) = %s %s, want %s %s\n%s", tt.q, v.Level, v.Group, tt.level, tt.group, v)
			}
		})
	}
}

// TestNamingGroup checks which fired rule names the group: the first at
// the highest level, passing over one that yields to a group also fired
// at that level.
func TestNamingGroup(t *testing.T) {
	rule := func(group string, level SafetyLevel, yields ...string) *compiledRule {
		return &compiledRule{ruleDef: ruleDef{group: group, level: level, yields: yields}}
	}
	aorta := rule(groupAorta, SafetyEmergency, groupHeartLung)
	heart := rule(groupHeartLung, SafetyEmergency)
	tests := []struct {
		name  string
		fired []*compiledRule
		want  string
	}{
		{"first at the level", []*compiledRule{rule(groupCancer, SafetyDoctor), heart, rule(groupFracture, SafetyEmergency)}, groupHeartLung},
		{"yields to a group fired", []*compiledRule{aorta, heart}, groupHeartLung},
		{"nothing to yield to", []*compiledRule{aorta, rule(groupFracture, SafetyEmergency)}, groupAorta},
		{"yields only at its level", []*compiledRule{aorta, rule(groupHeartLung, SafetyDoctor)}, groupAorta},
		{"all yield", []*compiledRule{aorta, rule(groupHeartLung, SafetyEmergency, groupAorta)}, groupAorta},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := namingGroup(tt.fired, SafetyEmergency); got != tt.want {
				t.Errorf("namingGroup = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestRulesYieldToGroups checks that every group a rule yields to is a
// red-flag group other than its own.
func TestRulesYieldToGroups(t *testing.T) {
	for _, r := range builtinRules {
		for _, g := range r.yields {
			if _, ok := RedFlagGroups[g]; !ok || g == r.group {
				t.Errorf("rule %q of %s yields to %q: want another red-flag group", r.plain, r.group, g)
			}
		}
	}
}

// TestScreenExplain checks that the explanation names what was counted,
// what a negation dropped and the reason.
func TestScreenExplain(t *testing.T) {
	m := newDefaultMatcher(t)
	v := m.Screen(NewMessage("no fever but my groin is numb"))
	text := v.String()
	for _, want := range []string{
		"safety: level emergency, group cauda-equina",
		"recognised: numbness around the groin or buttocks",
		`saddle-site "groin"`,
		`fever "fever" negated by "no"`,
		"reason: fired: cauda-equina/emergency: numbness + saddle-site",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("explanation lacks %q:\n%s", want, text)
		}
	}
}

// TestScreenStaffExtensions checks that words the staff add to a concept or
// a group take effect, and that the built-in screen still applies.
func TestScreenStaffExtensions(t *testing.T) {
	b := Default()
	b.Safety.Concepts = map[string][]string{"saddle-site": {"taco"}}
	b.Safety.Groups = map[string][]string{groupHeartLung: {"elephant on me"}, "pregnancy": {"with child"}}
	b.Safety.Phrases = []string{"purple toes"}
	m := NewMatcher(b, MatchOptions{})
	tests := []struct {
		q     string
		level SafetyLevel
		group string
	}{
		{"my taco is numb", SafetyEmergency, groupCaudaEquina},
		{"feels like an elephant on me", SafetyEmergency, groupHeartLung},
		{"i am with child, is massage ok", SafetyCaution, "pregnancy"},
		{"purple toes and back pain", SafetyEmergency, groupWarningSign},
		{"numb groin", SafetyEmergency, groupCaudaEquina}, // built-in still there
	}
	for _, tt := range tests {
		checkScreen(t, m, tt.q, tt.level, tt.group)
	}
}

// TestStaffWordsNeverQuietTheScreen checks the other half of the staff
// contract: words added to a concept that keeps the screen from firing (a
// denial, the past, a managed condition) are refused by validation and,
// should a base reach the screen without it, never take effect.
func TestStaffWordsNeverQuietTheScreen(t *testing.T) {
	b := Default()
	b.Safety.Concepts = map[string][]string{"managed": {"please"}, "denial-after": {"help"}, "past": {"today"}, "stress-leak": {"pee"}}
	m := NewMatcher(b, MatchOptions{})
	for _, q := range []string{
		"my legs went numb and I can't pee today, please help",
		"my groin is numb and I can't pee, please help",
	} {
		if v := m.Screen(NewMessage(q)); v.Level != SafetyEmergency {
			t.Errorf("Screen(%q) with staff words on quieting concepts = %s, want emergency\n%s", q, v.Level, v)
		}
	}
	for id := range b.Safety.Concepts {
		if extendable, builtin := SafetyConceptExtendable(id); extendable || !builtin {
			t.Errorf("SafetyConceptExtendable(%q) = %v, %v, want false, true", id, extendable, builtin)
		}
		if slices.Contains(SafetyConceptIDs(), id) {
			t.Errorf("SafetyConceptIDs() lists the quieting concept %q", id)
		}
	}
	if extendable, builtin := SafetyConceptExtendable("numbness"); !extendable || !builtin {
		t.Errorf(`SafetyConceptExtendable("numbness") = %v, %v, want true, true`, extendable, builtin)
	}
}

// TestEveryCueClassified makes each cue concept's role a decision: a new
// cue must be listed as quieting (staff may not extend it) or raising.
func TestEveryCueClassified(t *testing.T) {
	quiet, raise := setOf(quietingCues), setOf(raisingCues)
	kinds := map[string]conceptKind{}
	for _, c := range builtinConcepts {
		kinds[c.id] = c.kind
		if c.kind == kindCue && quiet[c.id] == raise[c.id] {
			t.Errorf("cue %q is in %s of quietingCues and raisingCues, want exactly one", c.id, map[bool]string{true: "both", false: "neither"}[quiet[c.id]])
		}
	}
	for _, list := range []map[string]bool{quiet, raise} {
		for id := range list {
			if _, ok := kinds[id]; !ok {
				t.Errorf("%q is listed as a cue but is no built-in concept", id)
			}
		}
	}
}

// TestSafetyReplies checks what each level says and links to.
func TestSafetyReplies(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		q, title, says string
		kind           ReplyKind
		level          SafetyLevel
		contact        bool
	}{
		{"numb groin and i peed myself", "Please get medical help now", "911", ReplyUrgent, SafetyEmergency, false},
		{"my calf is swollen and hot", "Please see a doctor today", "doctor today", ReplyUrgent, SafetyDoctor, false},
		{"is it safe to get a massage while pregnant", "Ask your doctor or our therapists first", "health history", ReplyCaution, SafetyCaution, true},
	}
	for _, tt := range tests {
		got := r.Ask(tt.q)
		if got.Kind != tt.kind || got.Level != tt.level || got.Title != tt.title {
			t.Errorf("Ask(%q) = %s %s %q, want %s %s %q", tt.q, got.Kind, got.Level, got.Title, tt.kind, tt.level, tt.title)
		}
		if !strings.Contains(got.Body, tt.says) || !strings.Contains(got.Body, "Health811") && tt.kind == ReplyUrgent {
			t.Errorf("Ask(%q) body does not say %q and Health811:\n%s", tt.q, tt.says, got.Body)
		}
		if got.Kind == ReplyUrgent && !strings.Contains(got.Body, "You mentioned "+got.Recognised) {
			t.Errorf("Ask(%q) body does not name what was recognised (%q):\n%s", tt.q, got.Recognised, got.Body)
		}
		if got.Booking != nil || strings.Contains(strings.ToLower(got.Body), "book") {
			t.Errorf("Ask(%q) carries a booking link or pitch", tt.q)
		}
		if (got.Contact != nil) != tt.contact {
			t.Errorf("Ask(%q) contact = %v, want %v", tt.q, got.Contact, tt.contact)
		}
		if got.EntryID != "" || got.Related != nil {
			t.Errorf("Ask(%q) points at an entry: %q %v", tt.q, got.EntryID, got.Related)
		}
	}
}

// TestSafetyMessagesFromBase checks that the base's messages replace the
// built-in ones.
func TestSafetyMessagesFromBase(t *testing.T) {
	b := Default()
	b.Safety.Message = "Call 911 now, please."
	b.Safety.DoctorMessage = "See your doctor today."
	b.Safety.CautionMessage = "Ask your doctor first."
	r := Responder{Matcher: NewMatcher(b, MatchOptions{})}
	for q, want := range map[string]string{
		"chest pain":                   "Call 911 now, please.",
		"my calf is swollen":           "See your doctor today.",
		"is massage safe in pregnancy": "Ask your doctor first.",
	} {
		if got := r.Ask(q).Body; !strings.Contains(got, want) {
			t.Errorf("Ask(%q) body = %q, want it to contain %q", q, got, want)
		}
	}
}

// TestStaffDocsNameEveryID checks that docs/staff.md lists every concept,
// group and situation id staff may extend, so the documentation keeps up
// with the lexicon.
func TestStaffDocsNameEveryID(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "docs", "staff.md"))
	if err != nil {
		t.Fatalf("read staff docs: %v", err)
	}
	doc := string(data)
	for _, id := range append(SafetyConceptIDs(), SafetyGroupIDs()...) {
		if !strings.Contains(doc, "`"+id+"`") {
			t.Errorf("docs/staff.md does not name the safety id %q", id)
		}
	}
}

// TestLexiconHasNoOneLetterPhrase: Normalize folds a run of one letter
// ("ddd", "sooo") into one, so a phrase that normalises to a single letter
// would fire on any message holding that letter alone ("is it ok with d").
func TestLexiconHasNoOneLetterPhrase(t *testing.T) {
	for _, defs := range [][]conceptDef{builtinConcepts, builtinSituations} {
		for _, d := range defs {
			for _, p := range d.words {
				if w := strings.Fields(Normalize(strings.TrimPrefix(p, "="))); len(w) == 1 && len(w[0]) == 1 {
					t.Errorf("concept %s: phrase %q normalises to the one letter %q", d.id, p, w[0])
				}
			}
		}
	}
	if v := NewMatcher(Default(), MatchOptions{}).Screen(NewMessage("is massage ok with d")); v.Fires() {
		t.Errorf(`Screen("is massage ok with d") fired: %s %s`, v.Level, v.Situation)
	}
}

// TestScreenNearMissReadings checks, one class of near miss at a time,
// the reading that keeps it quiet, each with counter-cases told the same
// way that must still fire: a denial list covers each of its items past
// the site it names; a figure of speech takes its body site with it; a
// doctor's finding closes what it names but not a new red flag after it;
// a test for a condition is no diagnosis; the teller's own "I'm fine now"
// ends the story before it; someone else's past condition is not the
// asker's when the asker then speaks of themself; an age given as when it
// happened dates an injury; the burn and the chest of a worked muscle are
// its ache, and so is a tender spot beside the spine; a child carried is
// no child to be massaged; a thing that "had a heart attack" is a figure
// of speech.
func TestScreenNearMissReadings(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenLevelCase{
		{"denial list", "i have no tingling in my bum or any problem peeing, my back is just stiff", SafetyNone},
		{"denial list", "never had numbness in my legs or weakness, only a sore neck", SafetyNone},
		{"denial list", "no swelling in my calf or redness, just tight from cycling", SafetyNone},
		{"denial list", "there is no tingling in my saddle area and no trouble with my bowels", SafetyNone},
		{"denial list, then a report", "no tingling in my bum, my legs are weak since this morning", SafetyEmergency},
		{"denial list, then a report", "no numbness in my groin and my legs have gone weak", SafetyEmergency},
		{"denial list, then a report", "no numbness in my feet but my calf is hot and swollen", SafetyDoctor},
		{"denial list, then a report", "i dont have tingling down there and i cant pee since last night", SafetyEmergency},
		{"denial list over a time phrase", "no fever in the last week or night sweats", SafetyNone},
		{"denial list over a time phrase", "haven't had chills for the past few days or any fever, lower back is tight", SafetyNone},
		{"denial list over a time phrase", "no numbness since monday or trouble peeing, just a stiff back", SafetyNone},
		{"denial list over a time phrase, then a report", "no fever last week but now night sweats and back pain", SafetyDoctor},
		{"denial list over a time phrase, then a report", "no fever this morning and now chills and back pain", SafetyDoctor},
		{"denial list over a time phrase, then a report", "no fever last week and i have night sweats", SafetyDoctor},
		{"denial list over a time phrase, then a report", "no numbness yesterday, today i cant pee", SafetyEmergency},

		{"figure of speech", "my landlord gives me chest pain, anyway my shoulders are tight", SafetyNone},
		{"figure of speech", "my kids give me chest pains haha, my neck is stiff", SafetyNone},
		{"a thing as the subject", "my laptop had a heart attack this morning lol, anyway my neck is stiff", SafetyNone},
		{"a thing as the subject", "my printer basically had a stroke, shoulders tight from fixing it", SafetyNone},
		{"standing up too fast", "bit woozy getting up too quickly from the couch, fine after a sec, lower back stiff", SafetyNone},
		{"standing up too fast, with the heart's signs", "chest pressure into my back, dizzy getting up too fast", SafetyEmergency},
		{"a condition nearly had", "i nearly had a heart attack at the price of parking, my neck is tight", SafetyNone},
		{"a symptom nearly had", "i almost passed out with chest pain going into my back", SafetyEmergency},
		{"a vehicle carries its driver", "my car crashed into a pole this morning and my back hurts", SafetyEmergency},
		{"figure of speech, then a report", "my boss gives me chest pain, and now my left arm aches and i'm sweating with real chest pressure", SafetyEmergency},

		{"doctor cleared", "had chest tightness so i saw a cardiologist, he said my heart is perfect, now my upper back aches", SafetyNone},
		{"doctor cleared", "my calf was swollen, the hospital did an ultrasound, all clear, my back is still sore", SafetyNone},
		{"doctor cleared, then a new red flag", "my calf was swollen, the hospital did an ultrasound, all clear, but since then i can't pee", SafetyEmergency},
		{"doctor cleared, then a new red flag", "the doctor said my heart is perfect but now my chest is crushing and my arm is numb", SafetyEmergency},

		{"tested for", "my gp tested me for cancer after a scare, all good, my lower back aches from gardening", SafetyNone},
		{"tested for, then found", "they screened me for cancer and it was positive, and now my back hurts", SafetyDoctor},
		{"tested for, symptom told", "waiting on tests for cancer, i've lost a lot of weight without trying and my back aches", SafetyDoctor},

		{"someone else's past", "my aunt had lung cancer years ago, she's well now. i have a stiff lower back from painting, what helps", SafetyNone},
		{"someone else's past", "when i was a teen my dad had a stroke and his arm went weak. for me it's just tight traps, what massage", SafetyNone},
		{"someone else's past", "my brother had a clot in his lung five years ago. my shoulders are tight from my desk, can i book", SafetyNone},
		{"someone else's condition, undated", "my grandpa had bowel cancer. i sit all day and my shoulders ache, what helps", SafetyNone},
		{"someone else's condition, told with symptoms", "my grandpa had bowel cancer and now his back hurts at night", SafetyDoctor},
		{"someone else's past, told as now", "my aunt had lung cancer years ago, i'm worried because she has new back pain now", SafetyDoctor},
		{"someone else's past, told as now", "as a kid my brother broke his back, now his legs are numb", SafetyEmergency},
		{"someone else's past, asked for", "my brother had a clot in his lung five years ago, can he get a deep tissue massage?", SafetyCaution},
		{"someone else's event, undated, beside the asker's pain", "my back hurts, my mom was in a car accident", SafetyNone},
		{"someone else's event, undated, beside the asker's pain", "my lower back aches, my brother crashed his bike, what massage helps", SafetyNone},
		{"someone else's event, undated, beside the asker's pain", "my uncle was rear ended. i have back pain from my desk job, what helps", SafetyNone},
		{"someone else's event, told as now", "my mom fell, she can't get up", SafetyEmergency},
		{"someone else's event, told as now", "my son was hit by a car this morning, his back is killing him", SafetyEmergency},
		{"someone else's event, told with their pain", "my dad was in a car accident and now his back hurts", SafetyEmergency},
		{"someone else's event, with a collapse", "my back hurts, my mom fell and she can't move", SafetyEmergency},
		{"someone else's event, the asker in it", "my wife was in a car accident with me, my back hurts", SafetyEmergency},
		{"someone else's event, the asker in it", "my husband crashed the car, i was in it too and my back hurts", SafetyEmergency},

		{"a hard blow in sport", "took a cricket bat to the lower back in the nets, it really hurts", SafetyEmergency},
		{"a hard blow in sport", "got flattened by a defenceman at hockey last night and my back is killing me", SafetyEmergency},
		{"an ordinary knock", "bumped my back on the door frame, bit sore", SafetyNone},
		{"an ordinary knock", "my toddler whacked me with a pillow, back is tight from carrying him", SafetyNone},
		{"old injury, age then", "came off my bike at 14, i'm 40 now and my back is always a bit stiff", SafetyNone},
		{"old injury, age then", "was hit by a car at the age of 8, lower back tight these days, which massage", SafetyNone},
		{"injury, time of day", "my son fell from a tree at 5 and his back hurts", SafetyEmergency},
		{"injury, time of day", "i was hit by a car at 12 today, im 35", SafetyEmergency},

		{"exercise soreness", "a dull burn in my low back after squats, is massage ok", SafetyNone},
		{"exercise soreness", "my chest muscles are sore from bench press, can massage help", SafetyNone},
		{"exercise soreness", "pecs and shoulder muscles wrecked after push ups, sore to touch", SafetyNone},
		{"exercise soreness", "stiff from bed rest after spraining my ankle, swedish?", SafetyNone},
		{"a real burn", "i burned my back on the stove, is massage ok", SafetyCaution},
		{"chest, with the heart's companions", "my chest muscles feel tight and i'm short of breath", SafetyEmergency},
		{"chest, with the heart's companions", "my chest muscles feel crushed and i'm sweating", SafetyEmergency},
		{"chest, told as pain", "chest pain spreading to my arm after the gym", SafetyEmergency},
		{"a cancer history in shorthand", "hx of ca, now new low back pain", SafetyDoctor},
		{"a cancer history in shorthand", "ca survivor, my back has ached for a month", SafetyDoctor},
		{"ca is also a place", "moved here from ca last year, my back is stiff from the drive", SafetyNone},
		{"pain at rest", "history of breast cancer and new back pain that doesn't get better with rest", SafetyDoctor},

		{"beside the spine", "tender knot just right of my spine, hurts when pressed, what is it", SafetyNone},
		{"beside the spine", "the muscles either side of my spine are sore to touch after rowing", SafetyNone},
		{"on the spine", "it hurts right on my spine when i press it, after a fall", SafetyDoctor},
		{"on the spine", "pressing on my spine hurts like crazy, im 80 with osteoporosis", SafetyDoctor},

		{"water passed unnoticed", "been peeing without noticing since yesterday and my low back aches", SafetyEmergency},
		{"water passed unnoticed", "leaking urine without feeling it, back sore", SafetyEmergency},
		{"water passed as ever", "i can pee without any pain, just a stiff back", SafetyNone},
		{"a change in peeing explained", "peeing feels kind of different after three espressos, neck tight", SafetyNone},
		{"a change in peeing explained", "pee feels strange since the hangover, lower back aches", SafetyNone},
		{"a change in peeing explained, a doctor's matter", "peeing feels off, my gp put me on antibiotics for a bladder infection, back aches", SafetyDoctor},
		{"a change in peeing, nothing explains it", "peeing feels strange since monday and my lower back hurts", SafetyEmergency},
		{"control lost, whatever the drink", "wet myself after a couple of beers and my back is killing me", SafetyEmergency},
		{"the urge not felt", "i can't tell when i need to go anymore, lower back sore", SafetyEmergency},

		{"someone known from a place, their story", "a guy at my office got cauda equina and had surgery, scary. my back is only stiff", SafetyNone},
		{"someone known from a place, their story", "a lady from our church had a dvt years ago, freaked me out, my neck is tight", SafetyNone},
		{"someone known from a place, their story", "someone in my class broke their spine once, i just want a relaxing massage", SafetyNone},
		{"someone known from a place, then the asker's own", "a guy at my gym got cauda equina, and now i cant control my bladder", SafetyEmergency},
		{"someone known from a place, then the asker's own", "a woman from my work had a dvt years ago, my calf is swollen and hot since yesterday", SafetyDoctor},

		{"a child carried", "sore from lifting my toddler all day, massage?", SafetyNone},
		{"a child to be massaged", "can you massage my baby, she has colic", SafetyCaution},

		{"resolved by the teller", "had a fever over the weekend, i'm fine now, just want a relaxing massage", SafetyNone},
		{"resolved by the teller", "caught a bug with a fever and chills, all over it now, shoulders tight", SafetyNone},
		{"resolved by the teller", "ran a temperature for a day after my booster, i'm totally fine now, can i book?", SafetyNone},
		{"resolved, then a new red flag", "ran a temperature yesterday, i'm totally fine now but my calf is swollen and hot", SafetyDoctor},
		{"resolved, then a new red flag", "had a fever over the weekend, i'm fine now, but since today my legs are numb", SafetyEmergency},
		{"resolved, then a new red flag", "the fever went away but now i can't feel my groin", SafetyEmergency},
	}
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.q, func(t *testing.T) {
			checkScreenLevel(t, m, tt.q, tt.level)
		})
	}
}

// checkScreen screens q and fails t unless the verdict has the level and,
// for a caution, the situation or, otherwise, the group wanted. It returns
// the verdict for further checks.
func checkScreen(t *testing.T, m *Matcher, q string, level SafetyLevel, want string) SafetyVerdict {
	t.Helper()
	v := m.Screen(NewMessage(q))
	got := v.Group
	if v.Level == SafetyCaution {
		got = v.Situation
	}
	if v.Level != level || got != want {
		t.Errorf("Screen(%q) = %s %s, want %s %s\n%s", q, v.Level, got, level, want, v)
	}
	return v
}

// screenLevelCase is a message of a class of readings and the level the
// screen must give it: SafetyNone for quiet; doctor also takes emergency.
type screenLevelCase struct {
	class string
	q     string
	level SafetyLevel
}

// checkScreenLevel fails t unless m screens q at level; a message that
// needs a doctor today may also be read as an emergency, the safer side.
func checkScreenLevel(t *testing.T, m *Matcher, q string, level SafetyLevel) {
	t.Helper()
	v := m.Screen(NewMessage(q))
	if got := v.Level; got != level && !(level == SafetyDoctor && got == SafetyEmergency) {
		t.Fatalf("level %s, want %s\n%s", got, level, v)
	}
}

// TestScreenClearedAndGeneralReadings checks the fifteenth round's
// readings, each with the emergency that shares its words and must still
// fire: a clinician's finding in lay words ("nothing sinister"), the
// organ found well taking the symptom phrase that starts in it, a
// recovery ending the whole story, an infection said to be over, a
// clinician's go-ahead for massage; questions whether a thing could
// happen to anyone, how two things are told apart, what the clinic asks
// about and whether something is a big deal; a site asked about ("is
// that normal?") rather than said well; tripping told with how often.
func TestScreenClearedAndGeneralReadings(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []screenLevelCase{
		{"finding in lay words", "the gp looked into my chills and said nothing sinister, just a virus going round. neck is stiff", SafetyNone},
		{"finding in lay words, then a new sign", "the gp said my chills were nothing sinister, but now i have a fever again and my back aches", SafetyDoctor},
		{"when it aches is no new sign", "my gp checked my night sweats, nothing concerning, massage may help me sleep", SafetyNone},
		{"organ found well", "the cardiologist says my heart is fine, the ache under my shoulder blade is from my posture", SafetyNone},
		{"organ found well, then a new sign", "the cardiologist says my heart is fine but since tonight my chest is crushing and i'm sweating", SafetyEmergency},
		{"recovered", "my chills and sore back were checked at the clinic, a bad cold, fully recovered since", SafetyNone},
		{"recovered, then a new sign", "had chills last week, fully recovered, but now my left calf is swollen and hot", SafetyDoctor},
		{"infection said over", "my son had a uti, the doctor gave antibiotics, all good now, his back aches from hockey", SafetyNone},
		{"infection still on", "my son had a uti last week and now his back aches", SafetyDoctor},
		{"go-ahead for massage", "my oncologist said massage is fine for me, treatment ended years ago", SafetyNone},
		{"go-ahead, then asked", "my surgeon said massage is fine, but is deep tissue safe over the disc?", SafetyCaution},
		{"a child's event the asker sat at", "my back gets stiff on those bleachers at my daughter's games, massage?", SafetyNone},
		{"a child's event the asker sat at", "legs go to sleep on the benches at my son's recital, would a massage help?", SafetyNone},
		{"a child's event, the child massaged", "after my kid's soccer match he has a bruised shin, can you massage him?", SafetyCaution},
		{"a child's event, the child massaged", "can you massage my 8 year old, she's sore after her games", SafetyCaution},
		{"a leg workout in gym words", "after a heavy leg session my legs feel weak and wobbly, should i still get a massage", SafetyNone},
		{"a leg workout in gym words", "hit legs on monday and both legs are so weak i can barely do stairs, massage?", SafetyNone},
		{"a leg workout, then the nerves' signs", "after leg day my legs are numb and i can't pee", SafetyEmergency},
		{"a leg workout, then the nerves' signs", "after a leg session yesterday both my legs went numb and weak and it's spreading", SafetyEmergency},
		{"an accident named old", "my old car wreck still makes my back ache when it rains", SafetyNone},
		{"an accident named old", "that old collision on the motorway still stiffens my neck in winter", SafetyNone},
		{"an accident named old, then a new one", "my old car wreck aches, and today i was in another car wreck and my back is killing me", SafetyEmergency},
		{"an age, then an accident today", "i am 80 years old car wreck this morning back is agony", SafetyEmergency},
		{"a fever for a thing, a craving", "honestly i have a fever for your hot stone massage, any slots friday", SafetyNone},
		{"a fever for a thing, a craving", "got a fever for deep tissue lately, neck is tight", SafetyNone},
		{"a fever of another kind", "a different kind of fever this week, wedding fever! my shoulders are tight from planning", SafetyNone},
		{"a fever for a time", "had a fever for the past two days and my back aches", SafetyDoctor},
		{"a craving, then a real fever", "i have a fever for your massage and also a real fever of 39 since last night with back pain", SafetyDoctor},
		{"a risk of massage asked out of curiosity", "could a massage trigger a disc herniation? just curious", SafetyNone},
		{"a risk of massage asked out of curiosity", "can massage spread cancer? asking out of curiosity", SafetyNone},
		{"a risk of massage, the asker's own", "can massage cause my herniated disc to slip more? just curious", SafetyCaution},
		{"a risk of massage, the asker's own", "i had breast cancer, can massage spread cancer? just curious", SafetyCaution},
		{"a risk of massage, the asker's own", "i have a dvt in my calf, can massage cause the clot to move? just curious", SafetyDoctor},
		{"a risk of massage asked, not out of curiosity", "can deep tissue cause a dvt?", SafetyCaution},
		{"a student's own course", "is numbness in the groin from a disc an emergency? it's for my physio exam", SafetyNone},
		{"a student's own course", "does back pain with weight loss mean cancer? asking for my anatomy class", SafetyNone},
		{"a student's own course", "is chest pain spreading to the back serious? for a quiz in our first aid course", SafetyNone},
		{"a student's own course, and a body told of", "my calf is hot and swollen, is that dvt? asking for my class", SafetyDoctor},
		{"a student's own course, and a symptom told as now", "does numbness in the groin mean cauda equina? i have it right now, asking for my class", SafetyEmergency},
		{"go-ahead in other words", "my surgeon signed off on massage after my spinal fusion, what's gentlest?", SafetyNone},
		{"go-ahead in other words", "my doctor okayed massage after my knee surgery, what style do you suggest", SafetyNone},
		{"go-ahead in other words", "got the ok from my surgeon for massage after my shoulder operation, which technique", SafetyNone},
		{"go-ahead whose ok is told", "my doctor said massage is ok after my knee surgery, what style do you suggest", SafetyNone},
		{"go-ahead whose ok is told, then asked", "my surgeon said massage is ok, but is deep tissue safe over the screws in my back?", SafetyCaution},
		{"no go-ahead, asked", "is massage ok after my knee surgery?", SafetyCaution},
		{"no go-ahead, asked", "my knee surgery was in june, which massage is safe for me", SafetyCaution},
		{"go-ahead, then a red flag", "my surgeon signed off on massage but since yesterday my calf is swollen and hot", SafetyDoctor},
		{"a sick note is no go-ahead", "my gp signed me off work after my back surgery, can i get a massage?", SafetyCaution},
		{"no go-ahead, asked", "got back surgery in may, is it ok to book a massage?", SafetyCaution},

		// A buttock or the backs of the thighs pressed by a seat, a wallet
		// or a long ride, feet numb from crouching, the lower arm when
		// lying on one side: nerves pressed by a position, no deficit.
		// Without the position, or with the toilet, it still fires.
		{"pressed by a seat", "after an hour in the car my backside goes numb until i get out and walk", SafetyNone},
		{"pressed by a wallet", "sitting on my fat wallet makes one buttock tingle", SafetyNone},
		{"pressed by a chair's edge", "the edge of my office chair makes the backs of my thighs go tingly", SafetyNone},
		{"crouching", "crouching to weed the garden makes both my feet numb for a bit", SafetyNone},
		{"the lower arm", "when i lie on my side to read my bottom arm goes all pins and needles", SafetyNone},
		{"saddle numb, no position", "my backside and inner thighs have gone numb since this morning", SafetyEmergency},
		{"saddle numb after a ride, and the toilet", "after the car ride my groin is numb and i can't pee", SafetyEmergency},
		{"bottom as the buttock", "my bottom has been numb for two days", SafetyEmergency},
		{"could anyone have it", "can a person have a blood clot in the leg without any swelling? asking for a quiz", SafetyNone},
		{"could anyone have it, mine now", "i have chest pressure going into my jaw right now, could someone have a heart attack at 30?", SafetyEmergency},
		{"telling two things apart", "how can you tell a pulled calf muscle from a blood clot?", SafetyNone},
		{"what the clinic asks", "do therapists ask about blood thinners before a session?", SafetyNone},
		{"a big deal", "is night sweating with a backache a big deal? not me, only curious", SafetyNone},
		{"a big deal, mine", "i have a fever and my back is killing me, is that a big deal?", SafetyDoctor},

		{"a site asked about", "since yesterday i can't feel it when i wipe, is that normal?", SafetyEmergency},
		{"a site said well", "my calf is fine, it's the hamstring that's tight after running", SafetyNone},
		{"tripping, counted", "my mum stumbled three times today for no reason and her back aches", SafetyEmergency},

		// Someone else's story: what it does to the teller today is no
		// sign of theirs told as now; one who has died is no one to be
		// massaged; a date between the person and the verb still opens
		// their story.
		{"the story on the teller", "ages ago my friend's dad had bone cancer that began as hip pain. that still worries me. my hip is just sore from running", SafetyNone},
		{"the story on the teller, then told as now", "ages ago my friend's dad had bone cancer, he is with me today and his hip pain is back and worse at night", SafetyDoctor},
		{"one who has died", "my late grandpa had a clot in his leg, does massage help with the stress of grieving?", SafetyNone},
		{"one who is alive", "my grandpa has varicose veins in his legs, can massage help him?", SafetyCaution},
		{"date before the verb", "a neighbour, about twelve years ago, had a spinal infection after an operation. it made me wary, is massage safe for a healthy person?", SafetyNone},
		{"date before the verb, then now", "my brother, about ten years ago, broke his back in a crash. now his legs are numb", SafetyEmergency},

		// Real words a letter from a lexicon word are read as themselves;
		// the lexicon word misspelt is still read as it.
		{"a real word, not a typo", "legs numb from sitting on the floor at my kid's recital", SafetyNone},
		{"a real word, not a typo", "came straight from the station, is deep tissue ok today?", SafetyNone},
		{"the typo still read", "my calf is sweling and red since the flight", SafetyDoctor},
		{"the typo still read", "numbnes around my rectl area since this morning", SafetyEmergency},

		// A swelling that went down the next day is over, a fall down the
		// stairs is not; a symptom that went away and came back is not
		// over; a disc a scan found fine asks no caution.
		{"went down the next day", "my ankle and calf were puffy after the long drive but it went down the next morning", SafetyNone},
		{"went down the stairs", "my nan went down the stairs on her back an hour ago and can't get up", SafetyDoctor},
		{"went away, came back", "the numbness between my legs went away yesterday but now it's back", SafetyEmergency},
		{"went away, back to normal", "the pins and needles in my foot went away and i'm back to normal, neck is tight", SafetyNone},
		{"a disc found fine", "had a scan last month, the disc is fine, it's a muscle, is deep tissue safe?", SafetyNone},
		{"a disc found bulging", "had a scan last month, the disc is bulging, is deep tissue safe?", SafetyCaution},

		// A "they" of a class of people names no one; someone else's named
		// condition is theirs when the asker then speaks of themself; an
		// owner said well today ends their story, unless a "but" takes it
		// back; an in-law owns a story like any relative.
		{"they of a class", "do you turn clients away if they have night sweats?", SafetyNone},
		{"they of one client", "my client says they have night sweats and back pain, what do i do", SafetyDoctor},
		{"someone else's named condition", "my cousin's husband got a dvt after a flight, it scared me, my legs are just tired", SafetyNone},
		{"someone else's named condition, now", "my cousin got a dvt after a flight and she is short of breath right now", SafetyDoctor},
		{"owner well today", "my mother in law had a heart attack in her 60s, she is 85 now and doing great, i want a massage", SafetyNone},
		{"owner well, but", "my dad had chest pain into his arm, he is fine now but sweating", SafetyEmergency},
		{"owner well, then a new sign", "my mother in law had a fall, she is fine now but since this morning she can't feel her legs", SafetyEmergency},

		// A clinician's go-ahead told in its order is no question; a
		// condition found old and stable asks nothing; out of breath from
		// laughing, a drill of a sport and a bite's red swelling are no
		// red flags, while the same words without them are.
		{"go-ahead told", "my oncologist checked me, massage is totally fine for me now", SafetyNone},
		{"go-ahead asked", "is massage totally fine for me with lymphoma?", SafetyCaution},
		{"old and stable", "the surgeon said my fusion is old and stable, book me a back massage", SafetyNone},
		{"breath from laughing", "my dog lay on my chest and now i cant breathe because i'm laughing so much", SafetyNone},
		{"breath lost", "my chest hurts and i can't breathe properly since this morning", SafetyEmergency},
		{"a drill", "my son's rugby team ran a tackling drill, what helps sore legs after sport", SafetyNone},
		{"a bite's swelling", "a spider bite on my leg is red and swollen, itchy, can the rmt work around it", SafetyNone},
		{"a leg's swelling", "my left leg is red and swollen since the flight, can the rmt work around it", SafetyDoctor},
		{"a thigh tender, warm and red", "there's a hard spot in my thigh that's tender to touch, warm and reddish, back aches too", SafetyDoctor},
		{"a thigh tender after the gym", "my thigh is tender and red after leg day at the gym", SafetyNone},
		{"a spine that makes one flinch", "touching one spot on my spine made me flinch since i slipped on the stairs", SafetyDoctor},
		{"a chest clutched", "my husband is clutching his chest and sweating buckets", SafetyEmergency},

		// An idiom naming a body part takes the part with it; a check that
		// found everything well clears what came before it; tight boots
		// explain tingling feet; a go-ahead joined to the condition named.
		{"an idiom", "commuting is a pain in the butt, my legs go numb on the bus seat", SafetyNone},
		{"the part itself", "my butt has gone numb since the fall this morning", SafetyEmergency},
		{"everything found well", "had a full workup at the hospital after the chest pain, everything came back fine, upper back tight", SafetyNone},
		{"everything found well, then a new sign", "hospital checked my heart, everything was fine, but now my chest is crushing again", SafetyEmergency},
		{"tight boots", "my physio says the tingling in both feet is from my tight work boots", SafetyNone},
		{"a go-ahead joined", "my rheumatologist says my osteoporosis is mild and massage is fine", SafetyNone},

		// A decade dates what is told in it; an event word inside a
		// condition's name is no event; the heart ruled out after a check
		// clears the chest pain told before it.
		{"a decade", "back in the 1980s i was thrown from a motorbike and broke my pelvis, these days just stiff in the mornings", SafetyNone},
		{"a decade, then now", "in the 1980s i broke my pelvis, and an hour ago i was hit by a car and my back hurts", SafetyEmergency},
		{"a name's event word", "had a slipped disc in my forties, i'm 72 now and only a little stiff", SafetyNone},
		{"a slip told", "my nan is 84 and slipped on the wet floor this morning, her back hurts", SafetyDoctor},
		{"the heart ruled out", "the er ran tests after my chest pain, it was not my heart, just reflux, shoulders tense", SafetyNone},
		{"the heart ruled out, then new", "the er said it was not my heart, but since tonight the chest pain spreads into my jaw", SafetyEmergency},
		{"the heart doubted, unchecked", "chest pain going into my arm but i don't think it's my heart", SafetyEmergency},
		// Balance lost once, with its cause, is no pattern; lost again and
		// again it is.
		{"balance lost once", "lost my balance on the tram when it braked lol, back fine", SafetyNone},
		{"balance lost again", "my mum lost her balance three times today and her back is aching", SafetyEmergency},
		// A child travelled to or visited is no child to be massaged; one
		// massaged still is.
		{"a child travelled to", "stiff neck after the long drive to my son's place, massage?", SafetyNone},
		{"a child massaged", "can i give a massage to my newborn son?", SafetyCaution},
		// An age group asked about in general is nobody's age; a child
		// named with it is someone's.
		{"an age group in general", "random question, is deep tissue ok for teenagers in general?", SafetyNone},
		{"an age group, a child named", "is deep tissue ok for teenagers in general? my son is 14", SafetyCaution},
		// A denial's list goes on over its tense repeated after "or"; after
		// "and" a report may begin.
		{"denial list, tense repeated", "i haven't lost any weight or had night sweats, just a stiff back", SafetyNone},
		{"denial, then a report after and", "no numbness and i have had trouble peeing since monday", SafetyEmergency},
		// A list "A, B or C" after a denial is denied whole, the commas
		// gone; "no pain, numbness in my groin" lists nothing.
		{"a denied list ending in or", "my calf isn't warm, red or puffy, it's just a cramp from running", SafetyNone},
		{"no list after the denial", "no pain, numbness around my groin since this morning", SafetyEmergency},
		// A kind of client asked about as a therapist asks, and whether a
		// thing is an emergency in general; one's own still counts.
		{"a kind of client", "would you massage a client with a fever and a sore back?", SafetyNone},
		{"an emergency in general", "is numbness in the saddle area an emergency?", SafetyNone},
		{"an emergency, one's own", "both my legs are numb, is that an emergency?", SafetyEmergency},
		// A limb asleep from a position held, told as lasting a moment, is
		// over; still weak after, or weak again now, it is not.
		{"asleep for a moment", "my foot fell asleep on the toilet and i couldn't walk for a sec lol", SafetyNone},
		{"asleep, still not walking", "my foot fell asleep on the toilet, couldn't walk for a sec and still can't stand on it", SafetyDoctor},
		// A subjectless "totally fine now" after a time ends the story
		// before it; "my back is totally fine now" speaks of the back, and
		// a sign after it still counts.
		{"fine now after a time", "got a fever and chills on sunday, totally fine now, neck is stiff", SafetyNone},
		{"fine now, then a sign", "numb groin this morning, totally fine now but i cant pee", SafetyEmergency},
		// Findings in other words: a negative result, a specialist's
		// check, the condition named "not" it, a scare that is over; a sign
		// after them still counts.
		{"a negative result", "scared it was a clot so they did an ultrasound, it was negative, calf sore from hiking", SafetyNone},
		{"a specialist's check", "the neurologist said the pins and needles in both feet are nothing to worry about", SafetyNone},
		{"not the condition", "my gp said the chills are from the vaccine, not an infection, back a bit stiff", SafetyNone},
		{"not the condition, then a sign", "my gp said it was not an infection, but since last night i have a high fever and my back is agony", SafetyDoctor},
		{"a scare over", "my cardiologist cleared me after the chest pain scare, upper back is knotted", SafetyNone},
		// A symptom read as two phrases over the same words is resolved
		// whole when its resolution comes right after it; another sign
		// still there keeps the episode going.
		{"both readings resolved", "my chest pain went away after i burped lol, it was gas", SafetyNone},
		{"resolved, another sign still there", "chest pain went away but i'm still sweaty and short of breath", SafetyEmergency},
		{"resolved, only stiff still", "the numbness went away, still a bit stiff though", SafetyNone},
		// "Couldn't" tells what could not be done and asks nothing; a
		// recent operation with a massage asked about still asks.
		{"could not, told", "couldn't bend for a week after my hernia surgery years ago, all healed", SafetyNone},
		{"recent surgery, asked", "had hernia surgery last week, can't wait, when can i get a massage?", SafetyCaution},
		// Patients as a class are nobody's condition; a medicine one used
		// to take is no longer taken; one taken now still asks.
		{"patients as a class", "my husband is an orderly on the cancer ward and wants a relaxing massage, is saturday free?", SafetyNone},
		{"a medicine no longer taken", "i used to be on blood pressure pills years back, can i get a hot stone massage", SafetyNone},
		{"a medicine taken now", "i'm on blood pressure pills, can i get a hot stone massage", SafetyCaution},
		// Night work is no night pain; pain that wakes one at night still is.
		{"night work", "so tired after my night shift, shoulders tight", SafetyNone},
		{"night pain", "over 60, my lower back aches every night and wakes me up", SafetyDoctor},
		// "I don't have one" after a question denies what it asked about;
		// someone else's "doesn't have one" does not.
		{"denied after, one", "would a fever stop me getting a massage? i don't have one, just planning ahead", SafetyNone},
		{"someone else's denial", "i have a fever, does that stop a massage? my husband doesn't have one", SafetyDoctor},
	}
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.q, func(t *testing.T) {
			checkScreenLevel(t, m, tt.q, tt.level)
		})
	}
}
