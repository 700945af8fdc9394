package knowledge

import "strings"

// storyTechniques returns the techniques a long message's story names, as
// techniquesIn finds them by their titles; when no title is there, the
// techniques whose alias the message holds word for word (Match.Named of
// the whole message, from whole, worked out at most once): "my physio keeps
// going on about fascia ... is that something you do?" asks about the
// technique the story named by an alias as much as by its title. A name
// the vocabulary made ("pampering" read as swedish massage) is a word of
// the asker's, not the technique's, and names none; nor does a story
// whose asking sentences (focus, as Message.Words) want some other kind
// ("is there a different type") than the one it tells of.
func storyTechniques(m *Matcher, normalized string, focus []string, whole func() Match) []*Entry {
	if named := techniquesIn(m, normalized); len(named) > 0 {
		return named
	}
	if asksForOther(focus) {
		return nil
	}
	text := " " + normalized + " "
	var out []*Entry
	for _, e := range whole().Named {
		if aliasIn(e, text) {
			out = append(out, e)
		}
	}
	return out
}

// aliasIn reports whether text (normalised, a space at each end) holds one
// of e's aliases word for word.
func aliasIn(e *Entry, text string) bool {
	for _, a := range e.Aliases {
		if n := Normalize(a); n != "" && strings.Contains(text, " "+n+" ") {
			return true
		}
	}
	return false
}

// otherKinds ask for a kind other than one already named: "a different
// type", "another one", "something else", "instead".
var otherKinds = setOf("different another other else instead alternative alternatives")

// asksForOther reports whether words (as Message.Words) ask for another
// kind than one named (otherKinds).
func asksForOther(words []string) bool {
	for _, w := range words {
		if otherKinds[w] {
			return true
		}
	}
	return false
}
