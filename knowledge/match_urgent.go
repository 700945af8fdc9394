package knowledge

import "strings"

// safetyIndex holds the base's warning-sign phrases, ready to be found in a
// message despite typos and words in between.
type safetyIndex struct {
	phrases []safetyPhrase
}

type safetyPhrase struct {
	text  string
	words []safetyWord
}

// safetyWord is one meaningful word of a phrase, kept in the forms that a
// message's word is compared with.
type safetyWord struct {
	word, stem, doubled string
}

// safetyStop are the words that a warning sign does not need: "lost control
// of my bladder" is the same sign as "lost control bladder". Negations are
// kept, since "cannot walk" is not "walk".
var safetyStop = setOf(`a an the my i me of off from to in on at is am are was were be been
	with and or by it this that so very really can could`)

// safetyExpand rewrites words whose meaning hides a negation.
var safetyExpand = map[string][]string{
	"cannot": {"not"}, "cant": {"not"}, "unable": {"not"}, "couldnt": {"not"},
	"wont": {"not"}, "dont": {"not"}, "didnt": {"not"},
}

// safetyWindow is how many words beyond the phrase's own may lie between
// its first and last word in a message.
const safetyWindow = 3

// maxSafetyWords bounds the work for very long messages.
const maxSafetyWords = 200

func buildSafety(phrases []string) safetyIndex {
	var idx safetyIndex
	for _, p := range phrases {
		words := safetyWords(nil, Normalize(p))
		if len(words) == 0 {
			continue
		}
		sp := safetyPhrase{text: p}
		for _, w := range words {
			sp.words = append(sp.words, safetyWord{word: w, stem: stem(w), doubled: dedouble(w)})
		}
		idx.phrases = append(idx.phrases, sp)
	}
	return idx
}

// safetyWords appends the meaningful words of a normalized text to dst.
func safetyWords(dst []string, normalized string) []string {
	for _, w := range strings.Fields(normalized) {
		if exp, ok := safetyExpand[w]; ok {
			dst = append(dst, exp...)
			continue
		}
		if !safetyStop[w] {
			dst = append(dst, w)
		}
	}
	return dst
}

// Urgent reports whether question describes an emergency warning sign from
// the base's safety phrases, and which phrase matched. Every meaningful word
// of the phrase must appear in the message, in any order, close together,
// each possibly misspelt: "lost controll of my bladdr" matches "lost control
// of my bladder", "back pain and a high fevr" matches "high fever".
func (m *Matcher) Urgent(question string) (phrase string, ok bool) {
	if len(m.safety.phrases) == 0 {
		return "", false
	}
	words := safetyWords(nil, Normalize(question))
	if len(words) > maxSafetyWords {
		words = words[:maxSafetyWords]
	}
	if len(words) == 0 {
		return "", false
	}
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = stem(w)
	}
	for _, p := range m.safety.phrases {
		if p.foundIn(words, stems) {
			return p.text, true
		}
	}
	return "", false
}

// foundIn reports whether every word of the phrase matches a word of the
// message within a window of len(phrase)+safetyWindow words.
func (p *safetyPhrase) foundIn(words, stems []string) bool {
	span := len(p.words) + safetyWindow
	for start := range words {
		// A window must begin with one of the phrase's words.
		first := false
		for _, sw := range p.words {
			if sw.matches(words[start], stems[start]) {
				first = true
				break
			}
		}
		if !first {
			continue
		}
		end := min(start+span, len(words))
		all := true
		for _, sw := range p.words {
			found := false
			for i := start; i < end; i++ {
				if sw.matches(words[i], stems[i]) {
					found = true
					break
				}
			}
			if !found {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// matches reports whether a message word is this phrase word, allowing for
// inflection and typos. Typos are only allowed in words of five letters or
// more that start with the same letter, and as a swap of two letters in
// four-letter words: "week" must not read as "weak", nor "never" as "fever".
func (sw safetyWord) matches(w, st string) bool {
	if w == sw.word || st == sw.stem {
		return true
	}
	if len(w) < 4 || w[0] != sw.word[0] {
		return false
	}
	if dedouble(w) == sw.doubled {
		return true
	}
	switch n := len(sw.word); {
	case n == 4:
		return len(w) == 4 && osa(w, sw.word, 1) == 1 && sameLetters(w, sw.word)
	case n >= 5:
		return osa(w, sw.word, maxTypos(n)) <= maxTypos(n) || osa(st, sw.stem, 1) <= 1 && len(sw.stem) >= 5
	}
	return false
}

// sameLetters reports whether a and b are anagrams (a swap, not a change).
func sameLetters(a, b string) bool {
	var counts [256]int
	for i := 0; i < len(a); i++ {
		counts[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		counts[b[i]]--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}
