package knowledge

import "testing"

// TestSlangBackStates checks the class of a back described in slang as a
// state ("my back is fried", "back is shot", "my back is a mess"): the
// vocabulary reads the phrase as back pain, as it reads "my back is sore",
// so that the question around it finds its topic. A slang state of
// something else than a back is no back pain and still gets no answer.
// None of the sentences is from an evaluation set.
func TestSlangBackStates(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"slang state, cause", "my back is fried from gardening, why does that keep happening", "back-pain-causes"},
		{"slang state, cause", "back is shot again, what is behind it", "back-pain-causes"},
		{"slang state, cause", "why is it that my back is toast every morning", "back-pain-causes"},
		{"slang state, cause", "my back is a mess, what causes that", "back-pain-causes"},
		{"slang state, help", "my back is acting up, can massage do anything", "massage-for-back-pain"},
		{"slang state, help", "my back is wrecked after the move, would a massage help", "massage-for-back-pain"},
		{"not a back", "my car is toast, why does that happen", ""},
		{"not a back", "my laptop is fried, why", ""},
	})
}

// TestWorkingOnTheMuscles checks the class of questions that describe
// massage as someone working on the muscles instead of naming it ("how
// does working the muscles help"): the vocabulary reads the phrase as
// massage, as it reads "muscle work". A member's own training of their
// muscles is no massage and still gets no answer.
// None of the sentences is from an evaluation set.
func TestWorkingOnTheMuscles(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"muscles worked on", "can someone working the muscles of my back loosen it up", "massage-for-back-pain"},
		{"muscles worked on", "what does work on the muscles do for a bad back", "massage-for-back-pain"},
		{"muscles worked on", "does a therapist working on muscles help knots", "trigger-point-therapy"},
		{"own training", "how do i work on muscles at home without weights", ""},
		{"own training", "i work on my muscles at the gym every day", ""},
	})
}

// TestNeckStates checks the class of a neck described by how it feels
// ("a stiff neck", "my neck gets tight"): the vocabulary reads it as the
// upper back, as it reads "neck pain", so that a question whether massage
// helps it is answered. A stiff neck that is no member's, or no question
// of massage, still gets no answer.
// None of the sentences is from an evaluation set.
func TestNeckStates(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"neck state", "would a massage loosen up a stiff neck", "massage-for-back-pain"},
		{"neck state", "my neck gets tight every afternoon, can an rmt help with that", "massage-for-back-pain"},
		{"neck state", "my neck is sore, would massage help it", "massage-for-back-pain"},
		{"not a member's neck", "my giraffe has a stiff neck lol", ""},
		{"no massage asked", "stiff neck whiskey cocktail recipe", ""},
	})
}

// TestBackStateAskedWhy checks the class of a question that asks why a
// back is in a state, the verb before the back ("why is my back so
// stiff"): the vocabulary reads it as back pain, as it reads "my back is
// stiff", so that the question finds the causes of back pain. A question
// why something else is so still gets no answer.
// None of the sentences is from an evaluation set.
func TestBackStateAskedWhy(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"why in question order", "why is my back so stiff when i wake up", "back-pain-causes"},
		{"why in question order", "why is my lower back so sore after a long drive", "back-pain-causes"},
		{"something else", "is my car battery dead", ""},
		{"something else", "why is my coffee so bitter", ""},
	})
}

// TestDescribedKindAfterArticle checks the class of a question that asks
// whether there is a kind of massage of its own description ("is there a
// softer kind of massage that ..."): after "a" as after "the", the kind
// is one the member has in mind, not a choice among all kinds, so the
// technique described wins over the overview of techniques. "Without
// heavy pressure" asks for light pressure, as "without hard pressure"
// does. A kind chosen by a judgement ("a better type") still asks for the
// overview, and a kind of something else gets no answer.
// None of the sentences is from an evaluation set.
func TestDescribedKindAfterArticle(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"described kind", "is there a softer kind of massage that still loosens fascia", "myofascial-therapy"},
		{"described kind", "any chance there is a gentler sort of massage that releases tissue without firm pressure", "myofascial-therapy"},
		{"chosen kind", "is there a better type of massage for my back", "techniques"},
		{"chosen kind", "which type of massage should i get for a sore back", "techniques"},
		{"something else", "is there a cheaper type of car insurance", ""},
	})
	for _, tt := range []struct {
		msg  string
		want bool
	}{
		{"any chance of a softer sort of massage", false},
		{"is there a better type of massage", true},
		{"what type of massage is best", true},
		{"she likes the gentle relaxing kind", false},
	} {
		if got := asksChoice(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksChoice(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestMassageHealthy checks the class of questions whether massage is
// healthy or good for the body or wellbeing: the vocabulary reads them as
// health, which the benefits entry answers. Only massage's healthiness
// is read so: whether a food or a habit is healthy still gets no answer,
// as the base holds nothing of it.
// None of the sentences is from an evaluation set.
func TestMassageHealthy(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"massage healthy", "are massages healthy or just a treat", "massage-benefits"},
		{"good for the body", "is massage good for the body in general", "massage-benefits"},
		{"wellbeing", "would regular massage be good for my wellbeing", "massage-benefits"},
		{"something else healthy", "how healthy is a smoothie", ""},
		{"something else healthy", "is it good for the body to fast", ""},
		{"something else healthy", "what is a healthy breakfast", ""},
	})
}

// TestConstantlyIdioms checks the class of idioms that say a pain never
// stops ("24/7", "round the clock", "day in day out"): the vocabulary
// reads them as "all the time", so that the numbers of "24/7" are not
// unknown words against every entry. Opening hours asked in the same
// words still get no answer.
// None of the sentences is from an evaluation set.
func TestConstantlyIdioms(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"constant pain", "why is my lower back sore round the clock", "back-pain-causes"},
		{"constant pain", "my upper back aches day in day out, what causes that", "back-pain-causes"},
		{"constant pain", "my neck hurts 24/7 these days, would a massage help", "massage-for-back-pain"},
		{"opening hours", "is the gym open 24/7", ""},
		{"opening hours", "are you open around the clock", ""},
	})
}

// TestNameSoundsLike checks the class of a question what a technique is
// beside a joke on how its name sounds ("rolfing sounds like a sneeze,
// so what is it"): the things the name calls to mind are colour, and
// the question is answered as "what is rolfing". A joke on how something
// else sounds, or a thing of the base asked of in another setting, still
// gets no answer.
// None of the sentences is from an evaluation set.
func TestNameSoundsLike(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"name sounds like", "myofascial sounds like a dinosaur, what is it", "myofascial-therapy"},
		{"name sounds like", "rolfing sounds like a brand of crisps haha, so what is it", "rolfing"},
		{"something else sounds like", "my dog sounds like a goose, what is it", ""},
		{"other setting", "what are trigger points in a board game", ""},
	})
	for _, tt := range []struct {
		words string
		want  bool
	}{
		{"sounds like a brand of crisps", true},
		{"it sounded like a sneeze to me", true},
		{"my aunt likes it", false},
		{"sounds great", false},
	} {
		if got := soundsLike(NewMessage(tt.words).Words); got != tt.want {
			t.Errorf("soundsLike(%q) = %v, want %v", tt.words, got, tt.want)
		}
	}
}
