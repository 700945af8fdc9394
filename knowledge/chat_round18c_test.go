package knowledge

import "testing"

// TestDoseTypedForDoes checks the class of "does" typed with its letters
// swapped right after a question word of how or why: "dose" there is the
// auxiliary, no dose of a medicine, so the screen reads no medicine and
// the question is answered. A dose asked after "what", or "of" after it,
// stays a medicine's dose.
// None of the sentences is from an evaluation set.
func TestDoseTypedForDoes(t *testing.T) {
	tests := []struct {
		q    string
		i    int
		want bool
	}{
		{"why dose my neck ache", 1, true},
		{"how dose it work", 1, true},
		{"when dose the pain usually ease", 1, true},
		{"what dose should i take", 1, false},
		{"how dose of ibuprofen", 1, false},
		{"my dose is too high", 1, false},
		{"why dose", 1, false},
	}
	for _, tt := range tests {
		words := NewMessage(tt.q).Words
		if got := doseAsDoes(words, tt.i); got != tt.want {
			t.Errorf("doseAsDoes(%q, %d) = %v, want %v", tt.q, tt.i, got, tt.want)
		}
	}
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"how dose a massage loosen a stiff back when i always tense up", SafetyNone},
		{"why dose my shoulder ache when i should skip my meds", SafetyCaution},
		{"should i skip a dose of my blood pressure pills before a massage", SafetyCaution},
	})
}

// TestDroppedSilentE checks the class of an everyday word typed without
// its silent final e ("tim" for "time"), which no word of the base is a
// slip of: it is read as the word, not as unknown. A short word that is a
// slip of a base word is still read as that word.
// None of the sentences is from an evaluation set.
func TestDroppedSilentE(t *testing.T) {
	for _, tt := range []struct {
		w, want string
		ok      bool
	}{
		{"tim", "time", true},
		{"hom", "home", true},
		{"the", "", false},
		{"xqz", "", false},
		{"time", "", false},
	} {
		got, ok := droppedE(tt.w)
		if got != tt.want || ok != tt.ok {
			t.Errorf("droppedE(%q) = %q, %v, want %q, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"dropped e", "how come my lower back aches all the tim", "back-pain-causes"},
		{"slip of a base word", "wat causes bak ache", "back-pain-causes"},
	})
}

// TestPeopleSkilledInATrouble checks the class of a question whose subject
// is the clinic's people and which asks how skilled they are with a
// trouble rather than a technique ("are your rmts trained for stiff
// necks"): it asks about the people, as the same question of a technique
// does, and the entry on the therapists answers it.
// None of the sentences is from an evaluation set.
func TestPeopleSkilledInATrouble(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"skill in a trouble", "are your therapists experienced with knotted shoulders", "therapists"},
		{"skill in a trouble", "do your rmts have training for a stiff lower back", "therapists"},
		{"skill in a trouble", "are the massage therapists qualified to treat neck tension", "therapists"},
		{"no people asked", "can massage treat a stiff lower back", "massage-for-back-pain"},
	})
}

// TestWalkingIntoIsNoInability checks the class of not wanting to walk
// into something ("I'd rather not walk into a session blind"): a wish
// about going into a thing, no leg that fails, so the screen stays quiet.
// Not being able to walk still alarms.
// None of the sentences is from an evaluation set.
func TestWalkingIntoIsNoInability(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"i don't want to walk into my first deep tissue session clueless", SafetyNone},
		{"dont wanna walk into an appointment without knowing what rolfing is", SafetyNone},
		{"since the fall i can't walk and my lower back is agony", SafetyDoctor},
	})
}

// TestDomainReadsSubjectAfterSmallWords checks the class of a long story
// that uses many different small words before it names its subject: the
// small words have a budget of their own in the domain check, so the
// subject's words are still weighed and the message is about the domain.
// None of the sentences is from an evaluation set.
func TestDomainReadsSubjectAfterSmallWords(t *testing.T) {
	m := newDefaultMatcher(t)
	for _, tt := range []struct {
		q  string
		in bool
	}{
		{"so i was there and then we had to go but it is not like they were going to be with us when he did what she said about it, " +
			"because if you are in or out of this then all of our plans for that are over as we can only do so much before our own time is up, " +
			"and here my knots and trigger points ache by my shoulder blades", true},
		{"so i was there and then we had to go but it is not like they were going to be with us when he did what she said about it, " +
			"because if you are in or out of this then all of our plans for that are over as we can only do so much before our own time is up, " +
			"and here the mortgage broker wants my tax forms", false},
	} {
		msg := NewMessage(tt.q)
		if d := m.Domain(msg, m.readIntent(msg), false); d.In != tt.in {
			t.Errorf("Domain(%.40q...).In = %v (log-odds %.2f), want %v", tt.q, d.In, d.LogOdds, tt.in)
		}
	}
}

// TestForSpanOfTime checks the class of a thing followed by "for" and a
// stretch of time ("hunched over the laptop for hours"): what someone did
// that long, not a thing wanted for a purpose, so it is no foreign topic
// of the message. A thing wanted for a purpose still is one.
// None of the sentences is from an evaluation set.
func TestForSpanOfTime(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"on the sofa for hours", true},
		{"at the bench for a few weeks", true},
		{"at the till for 3 hours", true},
		{"on the tablet for like two months", true},
		{"a cushion for neck pain", false},
		{"a gift for my mom", false},
	} {
		words := NewMessage(tt.q).Words
		i := -1
		for k, w := range words {
			if w == "for" {
				i = k
			}
		}
		if got := forSpan(words, i); got != tt.want {
			t.Errorf("forSpan(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"span of time", "I was gaming on the couch for hours last night and there is a lump in my upper back that hurts when pressed, what is it", "trigger-points"},
		{"thing wanted", "what is the best cushion for a stiff lower back", ""},
	})
}

// TestWhatIsGoingOnInTheBody checks the class of a question that asks
// what goes on or happens in the body or the back when it hurts: the
// vocabulary reads it as asking the cause, as it reads "what is behind
// it". A wish to understand framing the question ("i'd like to
// understand") is colour, as "i'm curious" is. What happens during a
// massage is no cause of pain.
// None of the sentences is from an evaluation set.
func TestWhatIsGoingOnInTheBody(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"going on inside", "what is going on in my body when my lower back aches every evening", "back-pain-causes"},
		{"going on inside", "i'd like to understand what is happening in my back when it aches", "back-pain-causes"},
		{"understand as colour", "help me understand how rolfing works", "rolfing"},
		{"not a cause", "i don't understand my phone bill", ""},
	})
}

// TestSlangOfCalmBestAndBasic checks the vocabulary's readings of chat
// phrasings of this round: being chilled out or wound down is calming
// anxiety, what "hits the hardest" is what works best, the basic or
// classic kind of massage is Swedish, and a hard or tough workout is still
// a workout, after which sore muscles are the benefits' topic, no hard
// pressure. None of the sentences is from an evaluation set.
func TestSlangOfCalmBestAndBasic(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"calming", "my job has me on edge lately, would a massage help me unwind", "massage-benefits"},
		{"calming", "does a massage actually chill you out when you're stressed", "massage-benefits"},
		{"best", "for knots in my traps which style hits hardest", "techniques"},
		{"basic kind", "what is the standard kind of massage most spas do", "swedish-massage"},
		{"hard workout", "is a massage good after a tough workout when my legs are sore", "massage-benefits"},
		{"no massage", "how do i unwind after a long day at the office", ""},
	})
}

// TestNameOfAForeignSubject checks the class of a technique's name asked
// as what a subject outside the base does or has, right after the name
// and an auxiliary ("which trigger points does a crypto chart bounce
// off"): the subject is what the message is about, and it gets no answer.
// A subject of people or of the base's own words leaves the name its
// sense.
// None of the sentences is from an evaluation set.
func TestNameOfAForeignSubject(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"foreign subject", "which trigger points does a crypto chart bounce off", ""},
		{"foreign subject", "what trigger points do the bond traders watch this quarter", ""},
		{"own subject", "what trigger points does my rmt usually press on", "trigger-points"},
		{"own subject", "which trigger points do the muscles of my upper back get", "trigger-points"},
	})
	for _, tt := range []struct {
		q    string
		end  int
		want bool
	}{
		{"trigger points does", 2, true},
		{"trigger point does", 2, true},
		{"trigger pointy does", 0, false},
	} {
		end, ok := nameOrPluralAt(NewMessage(tt.q).Words, 0, " trigger point ")
		if ok != tt.want || ok && end != tt.end {
			t.Errorf("nameOrPluralAt(%q) = %d, %v, want %d, %v", tt.q, end, ok, tt.end, tt.want)
		}
	}
}

// TestWoundUpIsNoWound checks the class of "wound up" as tense or as
// ended up ("I'm all wound up", "we wound up staying late"): no wound of
// the skin, so a question of massage around it gets no caution. The
// asker's own wound still does.
// None of the sentences is from an evaluation set.
func TestWoundUpIsNoWound(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"i get so wound up before exams, is a massage a good idea", SafetyNone},
		{"we wound up staying late at the office and now my shoulders ache, can i come in", SafetyNone},
		{"my wound from the surgery is still open, can i still get a massage", SafetyCaution},
	})
}
