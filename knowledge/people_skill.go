package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// experiencedIn is part of stage 7: a question how experienced, trained
// or skilled the clinic's people are in one technique it names ("do your
// rmts have experience with deep tissue", "how experienced are your
// therapists at rolfing", "do you have therapists trained in trigger
// point therapy") splits its match between the people and the technique,
// whose name is only what the skill is in, and neither is sure. The
// message is then matched again without the technique's name; when that
// match is sure of the people's entry, it is the match. A sure match is
// left as it is, so is a message whose skill word is far from its person
// word, or that names more than one technique.
//
// A message that names no technique asks the same of a kind of client or
// trouble the base may not hold ("do any of your rmts specialise in
// sports injuries", "experience treating athletes"): what the skill is
// in, the words after the word of skill, is left out instead, when the
// people's entry was already among the match's entries.
func (r Responder) experiencedIn(msg Message, m Match, why bool) (Match, string) {
	if m.Confident || m.Best == nil || len(m.Named) > 1 || !holdsPeopleNoun(msg) {
		return m, ""
	}
	words := msg.Words
	person, skill := skilledPerson(words)
	if person == "" {
		return m, ""
	}
	var rest []string
	what := "what they are skilled in"
	if len(m.Named) == 1 {
		technique := m.Named[0]
		what = technique.ID
		for _, w := range words {
			if !peopleNouns[w] && r.Matcher.namesEntry(technique, w) {
				continue
			}
			rest = append(rest, w)
		}
	} else if skill+1 < len(words) && amongMatched(m, person) {
		rest = words[:skill+1]
	}
	if len(rest) == 0 || len(rest) == len(words) {
		return m, ""
	}
	pm := r.Matcher.MatchMessage(newMessageIn(strings.Join(rest, " "), nil, r.Matcher.table()))
	if !pm.Confident || !namedByAlias(pm.Best, person) {
		return m, ""
	}
	if !why {
		return pm, "skilled"
	}
	return pm, fmt.Sprintf("the message asks how skilled the %s are in %s: matched without it, %s is sure (%.2f)", person, what, pm.Best.ID, pm.Score)
}

// amongMatched reports whether the entry that person, a person noun,
// names is m's best entry or one of its suggestions.
func amongMatched(m Match, person string) bool {
	return namedByAlias(m.Best, person) || slices.ContainsFunc(m.Suggestions, func(c Candidate) bool { return namedByAlias(c.Entry, person) })
}

// skilledPerson returns the person noun (see peopleNouns) of words (as
// Message.Words) that stands within skillReach words of a word of skill
// (see skillWords), on either side, and the index of that word: "your
// rmts have experience", "experienced are your therapists", "therapists
// who are trained"; or "" and -1.
func skilledPerson(words []string) (string, int) {
	for i, w := range words {
		if !peopleNouns[w] {
			continue
		}
		lo, hi := max(0, i-skillReach), min(len(words), i+skillReach+1)
		if k := slices.IndexFunc(words[lo:hi], func(x string) bool { return skillWords[x] }); k >= 0 {
			return w, lo + k
		}
	}
	return "", -1
}

// skillReach is how many words apart a person noun and a word of skill
// may stand and still say whose skill it is.
const skillReach = 4
