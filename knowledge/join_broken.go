package knowledge

// joinBroken returns words (content words, as analyze reads them, with
// their ids in the word table) with each pair of neighbours that is one
// word of the base broken by a space read as that word: "rolf ing",
// "thera pists", "swed ish". A pair is joined only when one of its words
// is unknown to the base, the two are letters only, and together they
// are a word of a title, alias or sample question as written, long
// enough not to be chance: "sore back" and "deep tissue" are two words
// the base knows, and "therapist able" is no word though its stem is.
// The joined word takes no id (it was not written). Most messages break
// no word, and words is then returned as it is, with nothing allocated.
func (m *Matcher) joinBroken(words []string, ids []int32) ([]string, []int32) {
	var buf [2 * maxJoined]byte
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if n := len(a) + len(b); n < minJoined || n > 2*maxJoined || !isWord(a) || !isWord(b) {
			continue
		}
		if m.knownContent(a, ids, i) && m.knownContent(b, ids, i+1) {
			continue
		}
		joined := append(append(buf[:0], a...), b...)
		if !m.keyWord(joined) || isEnglishWord(a) && isEnglishWord(b) {
			continue
		}
		words[i] = string(joined)
		words = append(words[:i+1], words[i+2:]...)
		if i+1 < len(ids) {
			ids[i] = -1
			ids = append(ids[:i+1], ids[i+2:]...)
		}
	}
	return words, ids
}

// minJoined and maxJoined bound the length of a word joinBroken makes:
// a shorter one may join by chance, and no word of the base is longer.
const (
	minJoined = 7
	maxJoined = 16
)

// keyWord reports whether w, as written, is a content word of a title,
// alias or sample question of the base.
func (m *Matcher) keyWord(w []byte) bool {
	if len(w) == 0 || !m.vocab.keyShapes.holdsShape(shapeOf(len(w), w[0], w[len(w)-1])) {
		return false // of no key word's shape
	}
	i, ok := m.vocab.exact[string(w)]
	return ok && m.vocab.term[i] >= 0 && m.vocab.key[i]
}

// knownContent reports whether w, the i-th of words whose ids in the word
// table are ids, is known to the base: read from the table when it holds
// w, else from the base's words as written. A word of neither, whose stem
// alone the base may hold, counts as unknown: joinBroken then also asks
// whether it joins its neighbour into a word of the base.
func (m *Matcher) knownContent(w string, ids []int32, i int) bool {
	if i < len(ids) && ids[i] >= 0 {
		return m.words.words[ids[i]].stemTerm >= 0
	}
	j, ok := m.vocab.exact[w]
	return ok && m.vocab.term[j] >= 0
}
