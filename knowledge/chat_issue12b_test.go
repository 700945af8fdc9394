package knowledge

import "testing"

// TestRangeOfKinds checks the class of questions that ask for a range, a
// variety or a selection of kinds of massage: the vocabulary reads the
// quantity as "different", so they ask which kinds there are, as "the
// different kinds of massage" does, where "range" alone was an attribute
// the base did not hold. A range of something else stays another thing.
// None of the sentences is from an evaluation set.
func TestRangeOfKinds(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"range", "is there a decent range of massage styles at your clinic", "techniques"},
		{"variety", "what variety of techniques can i pick from", "techniques"},
		{"selection", "how big is your selection of massage types", "techniques"},
		{"mix", "can i get a mix of techniques in one visit for my back", "techniques"},
		{"motion", "will massage give me back my range of motion", "myofascial-therapy"},
		{"other thing", "do you stock a variety of herbal teas", ""},
	})
}

// TestSkilledPerson checks which messages say that the clinic's people
// are skilled in something, the person word and the skill word close on
// either side.
func TestSkilledPerson(t *testing.T) {
	tests := []struct {
		msg, want string
	}{
		{"have the rmts there got any experience doing rolfing", "rmts"},
		{"how well trained is the therapist in deep tissue", "therapist"},
		{"is there a therapist on staff trained for trigger point work", "therapist"},
		{"deep tissue near my shoulder blade hurts", ""},
		{"i am an experienced runner with a sore back, what would a therapist suggest", ""},
	}
	for _, tt := range tests {
		if got, _ := skilledPerson(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("skilledPerson(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestExperiencedIn checks the class of questions how experienced the
// clinic's people are in a technique they name: the people's entry is
// answered, where the technique's name split the match. A question about
// the technique alone still gets the technique.
func TestExperiencedIn(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"skill after", "have your rmts got much experience with deep tissue work", "therapists"},
		{"skill before", "how experienced are the rmts with deep tissue work", "therapists"},
		{"who clause", "got any therapists who are skilled in rolfing", "therapists"},
		{"clientele", "are any of your rmts trained in treating golfers", "therapists"},
		{"clientele", "does one of your therapists specialise in desk workers with neck strain", "therapists"},
		{"technique alone", "is rolfing any good for a stiff upper back", "rolfing"},
	})
}

// TestPeopleGroupsAreStory checks the class of questions that say whom a
// trouble happens to by their work or sport: the group counts for no
// entry, so the question is matched on what it asks. A group asked about
// for itself is still no question of the base.
func TestPeopleGroupsAreStory(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"work", "how come so many truckers get back pain", "back-pain-causes"},
		{"sport", "why do golfers get so many knots in their upper back", "trigger-points"},
		{"group alone", "are you hiring plumbers", ""},
	})
}

// TestLowMoodIsABenefit checks the class of questions whether massage
// helps a low mood in the members' words: the vocabulary reads them as
// the anxiety the benefits entry names, as it reads mood and mental
// health. Words of self-harm still go to the crisis line first.
func TestLowMoodIsABenefit(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"depression", "is getting massaged good for someone with depression", "massage-benefits"},
		{"feeling low", "been feeling low all winter, would regular massage lift that", "massage-benefits"},
		{"the blues", "can a massage chase away the blues", "massage-benefits"},
	})
	if got := r.Ask("so depressed lately i keep thinking about ending my life"); got.Kind != ReplyUrgent {
		t.Errorf("self-harm with a low mood: got %s, want the urgent reply", got.Kind)
	}
}

// TestGoodForYouWithColourAfter checks that a question whether massage
// is good for you still asks for its benefits with chat colour after it,
// while a thing named after it is what it is good for.
func TestGoodForYouWithColourAfter(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"are massages really good for you tho", true},
		{"is a massage good for you lol", true},
		{"is massage good for you honestly", true},
		{"my calves would love it, is rubbing good for the calves", false},
		{"is massage good for you and your dog", true},
		{"is massage good for you horses", false},
	}
	for _, tt := range tests {
		if got := asksWhatGoodFor(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksWhatGoodFor(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestInjuryIsAnAccident checks the class of questions whether massage
// helps a back hurt in an injury: the vocabulary reads "injury" as the
// accident the back-pain entry speaks of. An injury in another business
// (a claim, a lawyer) is still not the base's.
func TestInjuryIsAnAccident(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"injury", "would massage do my back good after a skiing injury last winter", "massage-for-back-pain"},
		{"injuries", "is massage worth it for back injuries that never fully healed", "massage-for-back-pain"},
		{"other business", "which lawyer handles injury claims in ontario", ""},
	})
}

// TestJoinBroken checks the class of a base word broken in two by a
// space: the pair reads as the word when one half is unknown and the two
// together are a word of the base's names or sample questions; two words
// the base knows, or two everyday words, stay apart.
func TestJoinBroken(t *testing.T) {
	m := defaultResponder(t).Matcher
	tests := []struct {
		msg, want string
	}{
		{"tell me about rolf ing please", "rolf ing"},
		{"my masseuse said myofas cial", "myofas cial"},
		{"is swed ish any good", "swed ish"},
		{"do you have thera pists on sundays", "thera pists"},
		{"my lower back is sore", ""},
		{"the therapist able to see me", ""},
	}
	for _, tt := range tests {
		content := appendContent(nil, NewMessage(tt.msg).Words)
		joined, _ := m.joinBroken(append([]string(nil), content...), nil)
		got := ""
		if len(joined) < len(content) {
			for i := range joined {
				if joined[i] != content[i] {
					got = content[i] + " " + content[i+1]
					break
				}
			}
		}
		if got != tt.want {
			t.Errorf("joinBroken(%q) joined %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestBrokenNameAnswered checks that a technique's name broken by a space
// is answered as the name.
func TestBrokenNameAnswered(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"broken name", "how does rolf ing work on a stiff back", "rolfing"},
		{"broken name", "are all of your thera pists registered", "therapists"},
	})
}
