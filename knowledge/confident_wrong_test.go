package knowledge

import "testing"

// TestConfidentWrongClasses checks the pipeline on sentences written for
// the classes of confident wrong answers of issue 12's chat sets, none of
// them from an evaluation set: a question about something else that shares
// the base's words must not be answered, and a question about the base's
// own thing beside it, worded alike, must still be.
func TestConfidentWrongClasses(t *testing.T) {
	r := defaultResponder(t)
	tests := []understandingCase{
		// Whom a request to get in touch reaches is the noun after the
		// verb, even when a clause describes that noun: the clause
		// ("who never calls back") is no part of whom is reached.
		{"reached person", "how do I contact a plumber who never calls back", ""},
		{"reached person", "what's the best way to reach a tenant who ignores texts", ""},
		{"reached person", "how can I call my brother who lives overseas", ""},
		{"contact", "how do I contact the clinic", "contact"},
		{"contact", "how can I reach you guys", "contact"},
		// A technique's full name before a noun the base does not hold
		// names that noun's kind: a deep tissue biopsy is a medical test,
		// a deep tissue bruise an injury. The name before the base's own
		// words, or before a verb, is still the technique.
		{"name qualifies", "what happens during a deep tissue biopsy", ""},
		{"name qualifies", "will a deep tissue bruise on my thigh fade by the weekend", ""},
		{"name qualifies", "is a trigger point injection the same as a cortisone shot", ""},
		{"technique", "is a deep tissue massage painful", "deep-tissue-massage"},
		{"technique", "is the trigger point release painful", "trigger-point-therapy"},
		{"technique", "would a deep tissue hurt", "deep-tissue-massage"},
		// "opening" is a free slot alone; before a word of hours it
		// asks for the hours the clinic keeps, which the base does not
		// give, slipped ("ours") or not.
		{"opening hours", "when are your opening hours on a friday", ""},
		{"opening hours", "opening times this saturday?", ""},
		{"opening hours", "wat r ur opening ours", ""},
		{"booking", "do you have any openings next week", "booking"},
		{"booking", "any opening tomorrow for a massage", "booking"},
		// Booking as the subject of a question of effect asks what the
		// booked massages would do; a request to book still books.
		{"booked effect", "would booking a massage each month do anything for my stiff lower back", "massage-for-back-pain"},
		{"booked effect", "will scheduling regular massages help my sore back", "massage-for-back-pain"},
		{"booking", "would you book me in for a massage on monday", "booking"},
		{"booking", "could i book a massage for this week", "booking"},
		// A technique named in the story around a question is no
		// comparison with the one the question names; a question that
		// names two, or refers back to the story's, still compares.
		{"story names", "my aunt swears by swedish massage, what is rolfing though", "rolfing"},
		{"story names", "I tried a swedish massage at a resort and felt nothing. Tell me about trigger point therapy.", "trigger-point-therapy"},
		{"story names", "my gym buddy gets rolfing done every month, what is myofascial therapy", "myofascial-therapy"},
		{"compare", "rolfing or myofascial therapy for a stiff back?", "rolfing"},
		{"compare", "my partner loves swedish massage. how does it compare with deep tissue?", "swedish-massage"},
		// Many techniques named with a question of which is best ask
		// what the overview of techniques answers; a pair asked which
		// is better, or many asked how they differ, still compare.
		{"which of many", "i keep reading about rolfing, swedish, deep tissue and myofascial. which one works best for back pain", "techniques"},
		{"which of many", "between swedish, deep tissue, trigger point therapy and rolfing what would you recommend for back pain", "techniques"},
		{"which of many", "out of swedish, deep tissue, rolfing and trigger point therapy, which is best for a sore back", "techniques"},
		{"compare", "which is better for my back, rolfing or deep tissue", "rolfing"},
		// A refused intensity of pressure asks for the light pressure
		// wanted, not for the deep techniques the refused words name;
		// an intensity wanted, or a technique's name, keeps its sense.
		{"refused pressure", "which massage is good if i do not want hard pressure", "myofascial-therapy"},
		{"refused pressure", "what massage would suit me if i can not stand firm pressure", "myofascial-therapy"},
		{"pressure", "i love really hard pressure, which massage is that", "deep-tissue-massage"},
		{"pressure", "does a deep pressure massage hurt afterwards", "deep-tissue-massage"},
		// A booking of the asker's with another business ("my expedia
		// booking", "the hotel reservation") is that business's, and a
		// site named by a word of booking ("booking.com") is another
		// business; the clinic's own booking is still the clinic's.
		{"other booking", "my expedia booking was cancelled, who should I contact", ""},
		{"other booking", "who do I call about my hotel reservation", ""},
		{"other booking", "booking.com charged me twice for one night, how do I get a refund", ""},
		{"other booking", "my reservation on airbnb.com vanished, who do I talk to", ""},
		{"source", "i read on webmd.com that massage helps back pain, is that right", "massage-for-back-pain"},
		{"booking", "can I make a booking for a massage next tuesday", "booking"},
		{"booking", "is online booking available for massages", "booking"},
		{"contact", "can i email you a question before booking", "contact"},
		// A massage device is a thing to buy or use at home, however the
		// base's words qualify it; the clinic's massage, or a chair the
		// asker sits in, is not a device.
		{"device", "are those handheld back massagers any good", ""},
		{"device", "which massage gun is best for sore shoulders", ""},
		{"device", "would a massage chair help my lower back", ""},
		{"massage", "will a massage help my lower back", "massage-for-back-pain"},
		{"massage", "what is swedish massage like", "swedish-massage"},
		// A question whose subject is the clinic's people asks about
		// them, not for the overview of techniques its other words
		// match; the people as the owner of what is asked, or a named
		// technique, keep the question's own answer.
		{"people asked", "are your rmts trained in lots of different massage styles", "therapists"},
		{"people asked", "do the therapists there know more than one kind of massage", "therapists"},
		{"techniques", "what types of massage do your therapists offer", "techniques"},
		{"techniques", "of all the styles you offer, which suits a bad back best", "techniques"},
		// A trigger point put in a game or a program fires events; one
		// in the body, even after a game, is the base's.
		{"game sense", "can you place a trigger point inside the level editor of my game", ""},
		{"game sense", "my trigger point on the map won't fire when the player walks in", ""},
		{"trigger points", "what are the trigger points in my upper back", "trigger-points"},
		{"trigger points", "my trigger points act up after a basketball game, what are they", "trigger-points"},
		// Whether knots cause pain is a question about knots, which
		// their entry answers surer than the entry on causes; a cause
		// with no entry of its own is the causes entry's.
		{"named cause", "do knots cause back aches", "trigger-points"},
		{"named cause", "are knots a big cause of back pain", "trigger-points"},
		{"named cause", "how likely are knots to cause back pain", "trigger-points"},
		{"causes", "can bad posture cause back pain", "back-pain-causes"},
		{"causes", "can anxiety cause back pain", "back-pain-causes"},
		{"causes", "what causes lower back pain", "back-pain-causes"},
		// A word the question sets aside ("besides relaxing") brings
		// nothing to it, not even by a phrase of the vocabulary it
		// starts ("relaxing ... massage" reads as Swedish massage).
		{"set aside", "besides relaxing me, how does massage help my health", "massage-benefits"},
		{"set aside", "aside from relaxing you, what can massage do for your health", "massage-benefits"},
		{"swedish", "what does a relaxing massage do for the body", "swedish-massage"},
		// A kind described after "the" ("the gentle soothing kind") is
		// one the asker has in mind, not a choice to make: the overview
		// of choices gives way to the kind described. "the best kind"
		// and "which kind" still choose.
		{"described kind", "my grandma only wants the gentle soothing kind, will it do anything for her back", "swedish-massage"},
		{"described kind", "she loves the relaxing spa kind, is that good for a bad back", "swedish-massage"},
		{"choice", "what is the best kind of massage for my back", "techniques"},
		{"choice", "what kind of massage should i get", "techniques"},
	}
	checkUnderstanding(t, r, tests)
}
