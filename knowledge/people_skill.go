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
// word, or that names no technique or more than one.
func (r Responder) experiencedIn(msg Message, m Match, why bool) (Match, string) {
	if m.Confident || len(m.Named) != 1 || !holdsPeopleNoun(msg) {
		return m, ""
	}
	words := msg.Words
	person := skilledPerson(words)
	if person == "" {
		return m, ""
	}
	technique := m.Named[0]
	rest := make([]string, 0, len(words))
	for _, w := range words {
		if !peopleNouns[w] && r.Matcher.namesEntry(technique, w) {
			continue
		}
		rest = append(rest, w)
	}
	if len(rest) == len(words) {
		return m, ""
	}
	pm := r.Matcher.MatchMessage(newMessageIn(strings.Join(rest, " "), nil, r.Matcher.table()))
	if !pm.Confident || !namedByAlias(pm.Best, person) {
		return m, ""
	}
	if !why {
		return pm, "skilled"
	}
	return pm, fmt.Sprintf("the message asks how skilled the %s are in %s: matched without its name, %s is sure (%.2f)", person, technique.ID, pm.Best.ID, pm.Score)
}

// skilledPerson returns the person noun (see peopleNouns) of words (as
// Message.Words) that stands within skillReach words of a word of skill
// (see skillWords), on either side: "your rmts have experience",
// "experienced are your therapists", "therapists who are trained"; or "".
func skilledPerson(words []string) string {
	for i, w := range words {
		if !peopleNouns[w] {
			continue
		}
		lo, hi := max(0, i-skillReach), min(len(words), i+skillReach+1)
		if slices.ContainsFunc(words[lo:hi], func(x string) bool { return skillWords[x] }) {
			return w
		}
	}
	return ""
}

// skillReach is how many words apart a person noun and a word of skill
// may stand and still say whose skill it is.
const skillReach = 4
