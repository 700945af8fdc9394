package knowledge

import "testing"

// TestChatRegisterClasses checks the pipeline on sentences written for the
// classes of failure of issue 12 that come from how people type in chat:
// slang and colour words, everyday words that look like a slip of a base
// word, and long messages whose story is around one asking sentence. None
// is from an evaluation set. Each class has sentences that must now reach
// their entry and sentences that must still not be answered.
func TestChatRegisterClasses(t *testing.T) {
	r := defaultResponder(t)
	tests := []understandingCase{
		// Everyday words a letter or two from a base word are the words
		// they are: a buddy is not "bad", care is not a "car", a pal is
		// not "pain", an MRI is not a migraine, looking is not booking.
		{"everyday", "my gym buddy swears a rubdown sorts out back knots, true?", "trigger-point-therapy"},
		{"everyday", "my pal keeps saying massage is only pampering, does it help a sore back", "massage-for-back-pain"},
		{"everyday", "how do i take care of my car battery in winter", ""},
		{"everyday", "where can i get an mri scan done quickly", ""},
		{"everyday", "looking for a good pizza place near the clinic", ""},
		// Judgements of massage as a luxury, and chat's verdict words
		// ("vibes", "spill"), are colour around the question.
		{"colour", "is a massage just a pamper or does it really fix a stiff back", "massage-for-back-pain"},
		{"colour", "trigger point therapy: real results or only vibes", "trigger-point-therapy"},
		{"colour", "spill the details, what good does massage do", "massage-benefits"},
		{"colour", "what are the vibes at the new bar downtown", ""},
		{"colour", "best luxury hotel for a weekend away", ""},
		// Slang names for a session.
		{"slang", "can i get a deep tissue sesh this week", "booking"},
		{"slang", "how long is a sesh usually", ""},
		// "Hit up" reaches someone, as "hit you up" does; dropping the
		// clinic's number asks for it.
		{"slang", "whats the best way to hit up the clinic", "contact"},
		{"slang", "yo drop the clinic number so i can call", "contact"},
		{"slang", "should i hit up the gym after a massage", ""},
		// The object may stand inside the phrasal verb ("hit yall up",
		// "hit someone up"), as "it" does in "sort it out".
		{"slang", "how can i hit someone up there", "contact"},
		{"slang", "how do i hit yall up", "contact"},
		// "Your number", asked of the clinic, is its phone number.
		{"contact", "what's your number, i'd rather phone", "contact"},
		{"contact", "where do i find your number", "contact"},
		{"contact", "what's your favourite number", ""},
		// Ruining a back hurts it, like wrecking it does.
		{"slang", "sitting all day is ruining my lower back, what causes that", "back-pain-causes"},
		// A request to set up an appointment or a session books one; to
		// set up a thing that is no treatment books nothing.
		{"booking", "how would i set up a session with one of your rmts", "booking"},
		{"booking", "can i set up an appointment for next tuesday", "booking"},
		{"booking", "is there a page where i can set up a massage", "booking"},
		{"booking", "i want to set up a massage for saturday", "booking"},
		{"booking", "i want to set up a party for saturday", ""},
		{"booking", "how do i set up a new router at home", ""},
		{"booking", "how do i set up a trigger in my spreadsheet", ""},
		// What has happened lately is when, not what, a message asks.
		{"when", "why has my back been aching so much recently", "back-pain-causes"},
		{"when", "what movies are showing lately", ""},
		// "Who's right?" asks to settle a disagreement that the rest of
		// the message tells; it asks nothing foreign.
		{"verdict", "my brother says massage is a waste of money and my wife swears by it. who's right, does it actually help a bad back?", "massage-for-back-pain"},
		{"verdict", "who is right about the election polls", ""},
		// The muscles by the spine are the back's muscles.
		{"lay words", "why do my spinal muscles hurt", "back-pain-causes"},
		{"lay words", "my spine muscles ache every day, what causes it", "back-pain-causes"},
		{"lay words", "what causes sore spinal muscles", "back-pain-causes"},
		{"lay words", "what muscles hold up the spine of a book", ""},
		// A frame that asks to be shown how ("walk me through", "talk
		// me through") is a way of asking, as "how do i" is.
		{"frame", "could you walk me through booking a first appointment", "booking"},
		{"frame", "can someone talk me through what rolfing is", "rolfing"},
		{"frame", "please run me through how trigger point therapy works", "trigger-point-therapy"},
		{"frame", "walk me through changing a flat tire", ""},
		// The people who treat, before a verb of treating, are who would
		// treat: what they would treat is what is asked. A question about
		// the people themselves is still about them.
		{"treater", "my shoulders are full of knots, can your therapists work on those", "trigger-point-therapy"},
		{"treater", "can your rmts treat lower back pain", "massage-for-back-pain"},
		{"treater", "are your rmts properly registered", "therapists"},
		{"treater", "do your therapists do house calls", ""},
		{"frame", "can you talk me through filing my taxes", ""},
	}
	checkUnderstanding(t, r, tests)
}

// TestStoryAskingSentence checks that a long message's question opened
// with a word that links it to the story ("so", "ok but", "anyway") is
// read as its asking sentence, and that a story's ordinary words (sacks
// of flour) do not alarm the safety screen, while a hard hit does.
func TestStoryAskingSentence(t *testing.T) {
	for _, tt := range []struct {
		sentence string
		asks     bool
	}{
		{"so does massage help with that or what", true},
		{"ok but how do i book one", true},
		{"anyway what is myofascial release", true},
		{"so i went to the gym after work", false},
		{"and then my back seized up on the stairs", false},
		{"ok so my shoulders are tight", false},
	} {
		if got := asks(tt.sentence, Normalize(tt.sentence)); got != tt.asks {
			t.Errorf("asks(%q) = %v, want %v", tt.sentence, got, tt.asks)
		}
	}
	r := defaultResponder(t)
	for _, tt := range []struct {
		q      string
		urgent bool
	}{
		{"I deliver feed to farms and carry heavy sacks of grain off the truck all morning. My lower back is stiff and sore by lunch most days. Would a massage help a back like that?", false},
		{"unloaded sacks of cement all weekend and my back is sore, can i come in", false},
		{"got sacked hard in football last night, now my back is killing me and both legs feel numb", true},
		{"I was sacked by a linebacker yesterday and since then I can't move my back without sharp pain", true},
	} {
		got := r.Ask(tt.q)
		if (got.Kind == ReplyUrgent) != tt.urgent {
			t.Errorf("Ask(%q) = %s, want urgent %v", tt.q, got.Kind, tt.urgent)
		}
	}
}

// TestTreaterSubjectAt checks which words are read as the people who
// would treat, before a verb of treating, and which are not.
func TestTreaterSubjectAt(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want string // the people word, "" for none
	}{
		{"would your therapists fix them", "therapists"},
		{"is that something rmts treat", "rmts"},
		{"can the rmt work on my neck", "rmt"},
		{"are your rmts registered", ""},
		{"how many therapists do you have", ""},
		{"do the therapists speak french", ""},
	} {
		msg := NewMessage(tt.q)
		got := ""
		if i := treaterSubjectAt(msg.Words, msg.wordFacts()); i >= 0 {
			got = msg.Words[i]
		}
		if got != tt.want {
			t.Errorf("treaterSubjectAt(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestStoryChildNotMassaged checks the screen on a story that names a
// child only as the one the asker carries or coaches, or opens with "ok"
// before announcing the story: the massage asked about is the asker's.
// A child the question asks for, or a question whether massage is safe,
// still makes a caution.
func TestStoryChildNotMassaged(t *testing.T) {
	r := defaultResponder(t)
	for _, tt := range []struct {
		q       string
		caution bool
	}{
		{"ok backstory: i help run my son's hockey team and stand in the cold rink for hours, my lower back gets really stiff afterwards. would massage loosen it up?", false},
		{"okay long story, my shoulders have been tight since i started a desk job, what is trigger point therapy?", false},
		{"three little ones at home and I'm always carrying the kids around, my back is wrecked. my mum keeps saying book a massage. does it actually help?", false},
		{"my back is sore from carrying my toddler around, can i book her in for a massage too", true},
		{"carrying my newborn all day hurts my back, is it safe for me to get a massage", true},
		{"ok quick question, my 8 year old has back pain, can she get a massage?", true},
	} {
		got := r.Ask(tt.q)
		if (got.Kind == ReplyCaution) != tt.caution {
			t.Errorf("Ask(%q) = %s, want caution %v", tt.q, got.Kind, tt.caution)
		}
	}
}
