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
