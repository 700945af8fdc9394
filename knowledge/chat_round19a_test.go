package knowledge

import "testing"

// TestStoryNamesTechniqueByAlias checks the class of a long message whose
// story names a technique by one of its aliases ("fascia", "mfr") rather
// than its title, then asks about it with "that" or "it" ("is that
// something you offer?"): the question is about the technique the story
// named, as it is when the story names the title. A story that asks for
// some other kind than the one it names is left to the matcher, and one
// whose name came only from the vocabulary ("pampering") names nothing.
// None of the sentences is from an evaluation set.
func TestStoryNamesTechniqueByAlias(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"alias named, that asked", "My pilates coach goes on and on about fascia being glued down and how it has to be let go. I have no clue what she is getting at, but my shoulders feel locked. Is that something your clinic does?", "myofascial-therapy"},
		{"alias named, it asked", "A friend of mine swears by mfr for her stiff hips and says it changed everything for her after years of trying. Do your RMTs offer it?", "myofascial-therapy"},
	})
	m := r.Matcher
	for _, tc := range []struct {
		name, text, focus string
		want              string
	}{
		{"title named", "she had rolfing last week. is that something you do", "is that something you do", "rolfing"},
		{"alias named", "my physio talked about fascia a lot. is that something you do", "is that something you do", "myofascial-therapy"},
		{"other kind asked", "my physio talked about fascia a lot. is there a different kind you do", "is there a different kind you do", ""},
		{"vocabulary only", "i had a pampering one at a hotel. is that any use", "is that any use", ""},
	} {
		msg := NewMessage(tc.text)
		whole := func() Match { return m.Match(tc.text) }
		got := storyTechniques(m, msg.Normalized, NewMessage(tc.focus).Words, whole)
		id := ""
		if len(got) == 1 {
			id = got[0].ID
		}
		if id != tc.want {
			t.Errorf("%s: storyTechniques(%q) = %q, want %q", tc.name, tc.text, id, tc.want)
		}
	}
}

// TestIndefiniteDescription checks two classes of a question that asks for
// a technique by describing it: an indefinite head before "where" ("is
// there a kind where the therapist leans in with an elbow"), and the name
// asked with a modal ("what would that be called", "what might it be
// called"). Both describe as "the one where" and "what is it called" do.
// "a massage that helps" is no description: it asks whether one helps.
// None of the sentences is from an evaluation set.
func TestIndefiniteDescription(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"is there a kind where the therapist leans in with an elbow", true},
		{"i heard of a style where they glide slowly with oil", true},
		{"someone works deep under the surface, what might it be called", true},
		{"long gentle strokes with oil, what would this be called", true},
		{"is there a massage that helps a stiff neck", false},
		{"where would i park", false},
		{"what would that be like", false},
	} {
		if got := describes(NewMessage(tc.text).Words); got != tc.want {
			t.Errorf("describes(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"indefinite head, where", "is there a massage where the rmt holds pressure on a knot until it lets go", "trigger-point-therapy"},
		{"modal name asked", "a therapist who uses knuckles to free up bound fascia, what might that be called", "myofascial-therapy"},
	})
}

// TestKnotsWithoutK checks the class of "knots" typed without its silent
// k as a plural ("nots"): the vocabulary reads it as knots, as it reads
// "nott" and "notts", so that a question about them finds its topic.
// None of the sentences is from an evaluation set.
func TestKnotsWithoutK(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"nots", "what are these nots in my lower back", "trigger-points"},
		{"nots", "i got nots all over my shoulders, why", "trigger-points"},
	})
}

// TestMovingHome checks the class of "move" in the sense of moving home
// in a story ("since we moved flats", "helped my cousin move"): it is the
// story's event, not the body's movement that myofascial work is about,
// so it weighs for no entry. Moving easier is still that movement.
// None of the sentences is from an evaluation set.
func TestMovingHome(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"my back has ached since we moved flats", true},
		{"i helped my cousin move last week", true},
		{"we just moved here from out west", true},
		{"moving furniture all day", true},
		{"after a session my hips move so much easier", false},
		{"i can barely move my neck", false},
		{"could you move tuesday's slot to later", false},
	} {
		words := NewMessage(tc.text).Words
		got := false
		for i := range words {
			got = got || relocated(words, i)
		}
		if got != tc.want {
			t.Errorf("relocated in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"moving home", "my back has been sore since we moved apartments, would a massage help", "massage-for-back-pain"},
		{"body movement", "my hips are locked, will fascia release let them move without that stiffness", "myofascial-therapy"},
	})
}

// TestPressMakesElsewhereHurt checks the class of a press on one place
// that makes another place of the asker's hurt ("prodding my hip makes my
// knee throb"): pain felt away from the spot pressed is referred pain,
// which the trigger points entry explains, though the place it is felt
// is no word of the base. A press that makes a place feel better, and a
// pain made by something other than a press, are not read so.
// None of the sentences is from an evaluation set.
func TestPressMakesElsewhereHurt(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"prodding my hip makes my knee throb", true},
		{"when i squeeze the top of my shoulder it makes my fingers tingle", true},
		{"pressing that knot makes my whole back feel looser", false},
		{"typing all day makes my wrist hurt", false},
		{"pushing the cart makes me tired", false},
	} {
		words := NewMessage(tc.text).Words
		got := false
		for i := range words {
			got = got || referredAt(words, i)
		}
		if got != tc.want {
			t.Errorf("referredAt in %q = %v, want %v", tc.text, got, tc.want)
		}
	}
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"pressed here, hurts there", "how come prodding a spot near my spine makes my hip ache", "trigger-points"},
	})
}

// TestSportsInjuries checks the class of injuries from sport named in
// lay words ("a hockey season's sport injuries", "athletic injuries"):
// the vocabulary reads them as the muscle soreness of training the base
// speaks of, so that a question whether massage or the therapists deal
// with them is answered. A sports injury that is no question of massage
// still gets no answer.
// None of the sentences is from an evaluation set.
func TestSportsInjuries(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"sport injuries, people", "are any of your rmts experienced with athletic injuries", "therapists"},
		{"sport injuries, help", "does massage do anything for sport injuries after a hockey season", "massage-benefits"},
		{"no massage asked", "sports injury insurance claim form", ""},
	})
}

// TestMuscleOrBones checks the class of a cause asked in lay anatomy,
// often with one side ruled out: "a muscle thing" or "a muscle issue" is
// the base's muscle problem, and the back's bones ("the vertebrae", "my
// backbone") are its spine, so "the scans say my vertebrae are fine, so
// is it a muscular issue" asks what causes back pain.
// None of the sentences is from an evaluation set.
func TestMuscleOrBones(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"bones ruled out", "my vertebrae are fine on the scan, so is the pain in my back a muscular issue", "back-pain-causes"},
		{"which of two", "could my achy lower back come from my backbone rather than a muscle issue", "back-pain-causes"},
	})
}

// TestRightPersonToSee checks the class of asking how to find the right
// person at the clinic, or the right person to see or to treat a trouble
// ("which is the right person to see for a cranky neck"): the vocabulary
// reads it as choosing a therapist, as it reads "the right therapist".
// The right person for a job elsewhere is no therapist.
// None of the sentences is from an evaluation set.
func TestRightPersonToSee(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"right person at the clinic", "everyone says it depends on the rmt, so how would i land on the right person at your clinic", "therapists"},
		{"right person to see", "which would be the right person to see for a cranky neck", "therapists"},
		{"another job", "how do i choose the right person to run my bakery", ""},
		{"another job", "who is the right person to see about a parking ticket", ""},
	})
}
