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
