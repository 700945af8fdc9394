package knowledge

import "strings"

// ownerAuxiliaries, after a technique's name, ask what a subject does
// with it: "which trigger points does the market test", "what deep
// tissue do the pros get".
var ownerAuxiliaries = setOf("does do did will would can could")

// maxOwnerWords is how many words of the subject after the auxiliary are
// read.
const maxOwnerWords = 3

// foreignSubjectOfName returns the first word the base does not hold of
// the subject that a question puts right after a name of two words or
// more and an auxiliary, past a determiner ("what trigger points does
// the bond market bounce off"): the name is then what that subject does
// or has, in its own sense, and the subject is what the message asks
// about. A subject of people ("does my therapist work on") or of the
// base's own words ("does a session cover") leaves the name its sense.
// named, words and classes are foreignAfterName's.
func (m *Matcher) foreignSubjectOfName(named uint64, words []string, classes []wordClass) string {
	for _, end := range m.namesIn(named, words, nameOrPluralAt) {
		if end+2 >= len(words) || !ownerAuxiliaries[words[end]] {
			continue
		}
		j := end + 1
		if classes[j]&classDeterminer == 0 {
			continue // "does it", "do you": no subject of its own
		}
		j++
		for k := j; k < len(words) && k-j < maxOwnerWords && topical(classes[k]); k++ {
			w := words[k]
			if classes[k]&classPeople != 0 || storyPeople[w] {
				break
			}
			if len(w) >= 3 && !m.knownThing(words, classes, w) {
				return w
			}
		}
	}
	return ""
}

// nameOrPluralAt is nameAt that also takes the name's last word with a
// plural s ("trigger points" for "trigger point").
func nameOrPluralAt(words []string, i int, key string) (int, bool) {
	if end, ok := nameAt(words, i, key); ok {
		return end, true
	}
	rest := strings.TrimSpace(key)
	if i >= len(words) || !strings.HasPrefix(rest, words[i]) {
		return 0, false
	}
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if i >= len(words) || words[i] != w && (rest != "" || words[i] != w+"s") {
			return 0, false
		}
		i++
	}
	return i, true
}
