package knowledge

import "testing"

// TestOwnSideWeighed checks the eighteenth round's class of comparisons
// that weigh the base's own thing against a rival for a purpose the base
// holds: the base answers for its side. A rival as subject, a subject the
// base does not hold, or a comparison with no purpose of the base's still
// gets no answer. None of the sentences is from an evaluation set.
func TestOwnSideWeighed(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"own side", "is rolfing gentler than a chiropractor adjustment for a stiff back", "rolfing"},
		{"own side", "can deep tissue loosen my back quicker than stretching", "deep-tissue-massage"},
		{"own side", "is trigger point therapy safer than cortisone shots for knots in my back", "trigger-point-therapy"},
		{"rival as subject", "is yoga better than massage for a stiff back", ""},
		{"rival as subject", "are cortisone shots better than massage for back pain", ""},
		{"rival as subject", "is a heating pad better than massage for back pain", ""},
		{"rival as subject", "is a chiropractor better than an rmt for my neck", ""},
		{"no purpose", "is massage better than acupuncture", ""},
		{"no purpose", "is massage better than a heating pad", ""},
		{"foreign subject", "do cortisone injections beat massage for a sore lower back", ""},
	})
}

// TestKeepsOnlyReporting checks which messages use "keep" only to say how
// often someone says something, which tells nothing of the topic.
func TestKeepsOnlyReporting(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"my uncle keeps saying it is all in my head", true},
		{"my trainer kept mentioning fascia to me", true},
		{"she keeps nagging me to book", true},
		{"why do i keep getting back pain", false},
		{"my back keeps seizing up", false},
		{"my dad keeps telling me to rest, why do i keep getting knots", false},
		{"what should i keep in mind before a massage", false},
		{"will massage do anything for a bad back", false},
	}
	for _, tt := range tests {
		if got := keepsOnlyReporting(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("keepsOnlyReporting(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestReportedSpeechKeeps checks the eighteenth round's class of stories
// in which someone keeps saying something: "keep" then counts for no
// entry, so a pain that keeps coming back does not draw the question to
// the causes of back pain, while a pain that keeps coming back still does.
// None of the sentences is from an evaluation set.
func TestReportedSpeechKeeps(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"reported", "my uncle keeps saying it is all in my head. does massage do anything for back aches?", "massage-for-back-pain"},
		{"reported", "my trainer keeps mentioning myofascial release, what is it", "myofascial-therapy"},
		{"reported", "my mum keeps nagging me to sort out my posture, what causes back pain anyway", "back-pain-causes"},
		{"recurring", "why does my back keep hurting after work", "back-pain-causes"},
		{"recurring", "my coworker keeps telling me her back pain went away, why do i keep getting it", "back-pain-causes"},
		{"off topic", "my partner keeps asking me about the weather tomorrow", ""},
	})
}

// TestPeopleSkillAsked checks which messages ask how skilled the clinic's
// people are in something, and which person noun is their subject.
func TestPeopleSkillAsked(t *testing.T) {
	tests := []struct {
		msg, want string
	}{
		{"are your rmts trained in trigger point therapy", "rmts"},
		{"do any of your therapists specialise in myofascial work", "therapists"},
		{"ur rmts any good at swedish", "rmts"},
		{"do your therapists do swedish massage", ""},
		{"is deep tissue good at loosening knots", ""},
		{"what experience do you need to become a therapist", ""},
	}
	for _, tt := range tests {
		if got := peopleSkillAsked(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("peopleSkillAsked(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestPeopleSkillClass checks the eighteenth round's class of questions
// about the clinic's people's skill in a technique they name: the people
// are what is asked about, so the therapists' entry answers, while a
// question of whether they offer a technique, or about the technique
// itself, keeps the technique. None of the sentences is from an
// evaluation set.
func TestPeopleSkillClass(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"skill", "are your rmts trained in trigger point therapy", "therapists"},
		{"skill", "your therapists experienced with myofascial release?", "therapists"},
		{"offer", "do your therapists do swedish massage", "swedish-massage"},
		{"technique", "is deep tissue good at loosening knots", "deep-tissue-massage"},
		{"off topic", "are your accountants trained in payroll", ""},
	})
}

// TestFeltAllTheWay checks the eighteenth round's class of lay words for
// referred pain: pressing one place and feeling it "all the way down" or
// "right down" another is what the trigger points entry explains, while
// the same words of a place or a sound ask nothing of the base. None of
// the sentences is from an evaluation set.
func TestFeltAllTheWay(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"referred", "pressing a sore bit near my spine, i feel it all the way down into my hip, what's happening", "trigger-points"},
		{"referred", "my wife pushed on my upper back and i could feel it all the way up my neck, why is that", "trigger-points"},
		{"other sense", "i can feel it all the way down the hallway when the heater is on", ""},
		{"other sense", "the bass is so loud i feel it all the way down the street", ""},
	})
}

// TestMoodIsABenefit checks the eighteenth round's class of questions
// whether massage helps the mind: a mood and mental health read as
// anxiety, which the benefits entry speaks of, while a mood that asks
// nothing of massage gets no answer. None of the sentences is from an
// evaluation set.
func TestMoodIsABenefit(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"mood", "does massage lift your mood", "massage-benefits"},
		{"mood", "is massage good for your mental health", "massage-benefits"},
		{"other", "what music is good for a bad mood", ""},
		{"other", "my mood swings are driving my partner crazy", ""},
	})
}

// TestCloseNamedCause checks the eighteenth round's class of questions
// whether a thing the base has an entry for is a common cause of pain:
// the causes entry ranks first on "common" and "cause", but the thing
// asked about, a close rival named by its alias, is answered. A question
// of the causes themselves keeps the causes entry. None of the sentences
// is from an evaluation set.
func TestCloseNamedCause(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"named cause", "are knots a common cause of pain", "trigger-points"},
		{"named cause", "how common is it for knots to cause pain", "trigger-points"},
		{"causes", "what is the most common cause of back pain", "back-pain-causes"},
		{"causes", "is a muscle imbalance or a knot the usual cause of back pain", "back-pain-causes"},
	})
}

// TestAsksWhatNamedIsReferringBack checks the closing "what is it" that
// refers back to the thing a story named before it, read as "what is X"
// when the words around the name are colour.
func TestAsksWhatNamedIsReferringBack(t *testing.T) {
	m := defaultResponder(t).Matcher
	tests := []struct {
		msg, want string
	}{
		{"deep tissue changed my whole life, my roommate says. fine, what is it", "what is deep tissue"},
		{"my cousin swears by rolfing lol what is it", "what is rolfing"},
		{"trigger points in a video game, what is it", ""},
		{"my bank account changed my life. what is it", ""},
		{"rolfing, what is that like", ""},
	}
	for _, tt := range tests {
		got, ok := m.asksWhatNamedIs(NewMessage(tt.msg).Words)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("asksWhatNamedIs(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestWhatIsItAfterStory checks the eighteenth round's class of stories
// that name a technique and close by asking what it is: the question is
// judged as asking what that technique is, though the story speaks of the
// asker's own life. None of the sentences is from an evaluation set.
func TestWhatIsItAfterStory(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"refers back", "deep tissue changed my whole life, my roommate says. fine, what is it", "deep-tissue-massage"},
		{"refers back", "my dog loves rolfing. what is it", "rolfing"},
		{"other sense", "my bank account changed my life. what is it", ""},
		{"other sense", "trigger points in a video game. what are they", ""},
	})
}

// TestPeopleOnlyReport checks which messages name people only as those
// who say something.
func TestPeopleOnlyReport(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"why do people say rolfing is intense", true},
		{"people swear by deep tissue", true},
		{"why do so many people book massages", false},
		{"people say it helps, but why do people book it so often", false},
		{"is deep tissue any good", false},
	}
	for _, tt := range tests {
		if got := peopleOnlyReport(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("peopleOnlyReport(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestWhyPeopleSay checks the eighteenth round's class of questions why
// people say something of a technique: the people are who say it, so the
// technique is answered, while a question why people get massages keeps
// the benefits. None of the sentences is from an evaluation set.
func TestWhyPeopleSay(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"people say", "why do people say deep tissue hurts so much", "deep-tissue-massage"},
		{"people say", "why do people say rolfing is intense", "rolfing"},
		{"people do", "why do so many people book massages", "massage-benefits"},
		{"people do", "why do people keep getting back pain", "back-pain-causes"},
		{"other", "why do people say the weather in london is bad", ""},
	})
}
