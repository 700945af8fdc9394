package knowledge

import (
	"math/bits"
	"slices"
	"strings"
)

// synonymIndex holds a base's vocabulary (Base.Vocabulary) ready to rewrite
// a message's content words: each word or phrase people use becomes the
// base's own term before retrieval and the domain check read the message.
type synonymIndex struct {
	// byFirst maps the first content word of a phrase to the rules that
	// start with it, longest phrase first.
	byFirst map[string][]synonymRule
	// firstShapes holds the shape (see wordShape) of every key of
	// byFirst, so that most words, which start no phrase, are passed
	// over without a lookup.
	firstShapes shapeSet
	// slipFirsts holds, by the second word of a phrase of two words or
	// more written without small words, the first words of such phrases
	// long enough to be typed with a slip (see isSlipOf), sorted: for a
	// phrase whose first word is misspelt ("boking link"), only the first
	// words of the phrases that go on with the message's next word are
	// worth comparing with it.
	slipFirsts map[string][]string
	// slipStarts holds the slipStart of every phrase that slipFirsts
	// lists (its first word's first letter and its second word), so
	// that a word and the next that start no such phrase, even with a
	// slip, are passed over without a lookup: most pairs, since a slip
	// keeps the first letter.
	slipStarts shapeSet
	// held holds the words the base itself writes (titles, aliases,
	// sample questions, answers), which are never read as a slip of a
	// vocabulary word: "stiff" in "massage for a stiff back" is the
	// base's own word, not "staff" of "massage staff". Nil for a
	// vocabulary built without a base.
	held map[string]bool
	// singles holds, by first letter, the vocabulary's phrases of one
	// word written without small words that are long enough to be typed
	// with a slip (see slippedWord): "lumbr" is "lumbar", which the
	// matcher's own corrections, knowing only the base's words, never
	// reach.
	singles [26][]synonymRule
}

// shapeSet is a set of word shapes.
type shapeSet [1 << shapeBits / 64]uint64

// shapeBits is the size of a word shape in bits.
const shapeBits = 15

// wordShape is a word's length and first and last bytes, five bits each:
// two words of different shapes are different words.
func wordShape(w string) uint32 { return shapeOf(len(w), w[0], w[len(w)-1]) }

// shapeOf is the shape (see wordShape) of a word of n bytes that starts
// with first and ends with last, for a word held as bytes.
func shapeOf(n int, first, last byte) uint32 {
	return uint32(n&31)<<10 | uint32(first&31)<<5 | uint32(last&31)
}

func (s *shapeSet) add(w string) {
	if w != "" {
		sh := wordShape(w)
		s[sh/64] |= 1 << (sh % 64)
	}
}

// addShape adds the shape sh, of shapeBits bits, to s.
func (s *shapeSet) addShape(sh uint32) { s[sh/64] |= 1 << (sh % 64) }

// holdsShape reports whether s holds the shape sh; false means no word
// of that shape was added.
func (s *shapeSet) holdsShape(sh uint32) bool { return s[sh/64]&(1<<(sh%64)) != 0 }

// slipStart is the shape of second (see wordShape) mixed with first, the
// first letter of the word before it, in shapeBits bits: two pairs whose
// slipStarts differ differ in that letter or in the second word.
func slipStart(first byte, second string) uint32 {
	return (wordShape(second) ^ uint32(first&31)*0x421) % (1 << shapeBits)
}

// or adds the shapes of o to s, and returns s.
func (s *shapeSet) or(o *shapeSet) *shapeSet {
	for i := range s {
		s[i] |= o[i]
	}
	return s
}

// mayHold reports whether a word of w's shape is in s; false means w is not.
func (s *shapeSet) mayHold(w string) bool {
	if w == "" {
		return true // no shape: looked up
	}
	sh := wordShape(w)
	return s[sh/64]&(1<<(sh%64)) != 0
}

type synonymRule struct {
	from, to []string // content words, as contentWords gives them
	// written is the phrase's words as a message's words are read
	// (appendWords), small words and all, when it has small words; nil
	// when every word of it carries meaning. Such a rule matches only
	// where a message holds these words in order: "wound up" is tight,
	// the "wound" of "a wound on my back" is not, though both are the
	// content word "wound".
	written []string
	// lead is how many of written's words come before from[0] ("on" in
	// "on edge").
	lead int
	// second is the first byte of from[1] (0 for a phrase of one word),
	// by which ruleAt passes over most phrases without reading their
	// words, which lie elsewhere in memory.
	second byte
	// separable is whether written is a verb and its particle that
	// English may say with the verb's object between them (see
	// separable), worked out once when the rule is built rather than
	// for every message that holds the verb.
	separable bool
}

// writtenWords returns the words b's entries write (titles, aliases, sample
// questions and answers), normalised: see synonymIndex.held.
func writtenWords(b *Base) map[string]bool {
	held := make(map[string]bool, 1024)
	var words []string
	add := func(text string) {
		words = appendWords(words[:0], Normalize(text))
		for _, w := range words {
			held[w] = true
		}
	}
	for i := range b.Entries {
		b.Entries[i].eachText(add)
	}
	return held
}

// eachText calls f with each text of e the base writes: its title, its
// aliases, its sample questions and its answer, in that order.
func (e *Entry) eachText(f func(text string)) {
	f(e.Title)
	for _, a := range e.Aliases {
		f(a)
	}
	for _, q := range e.Questions {
		f(q)
	}
	f(e.Answer)
}

func buildSynonyms(vocab []Synonym) synonymIndex {
	idx := synonymIndex{byFirst: make(map[string][]synonymRule), slipFirsts: make(map[string][]string)}
	for _, v := range vocab {
		to := contentWords(nil, Normalize(v.Means))
		if len(to) == 0 {
			continue
		}
		for _, w := range v.Words {
			from := contentWords(nil, Normalize(w))
			if len(from) == 0 || slices.Equal(from, to) {
				continue
			}
			r := synonymRule{from: from, to: to}
			if len(from) > 1 && from[1] != "" {
				r.second = from[1][0]
			}
			if written := appendWords(nil, Normalize(w)); len(written) != len(from) {
				r.written = written
				r.lead = slices.Index(written, from[0])
				r.separable = separable(written)
			}
			idx.byFirst[from[0]] = append(idx.byFirst[from[0]], r)
		}
	}
	for k, rules := range idx.byFirst {
		slices.SortStableFunc(rules, func(a, b synonymRule) int { return len(b.from) - len(a.from) })
		idx.byFirst[k] = rules
		idx.firstShapes.add(k)
		if len(k) < minSlipWord || !isWord(k) {
			continue
		}
		for _, r := range rules {
			if r.written == nil && len(r.from) > 1 && !slices.Contains(idx.slipFirsts[r.from[1]], k) {
				idx.slipFirsts[r.from[1]] = append(idx.slipFirsts[r.from[1]], k)
			}
		}
	}
	for _, rules := range idx.byFirst {
		for _, r := range rules {
			if k := r.from[0]; len(r.from) == 1 && r.written == nil && len(k) >= minSlipWord && isWord(k) {
				idx.singles[k[0]-'a'] = append(idx.singles[k[0]-'a'], r)
			}
		}
	}
	for c := range idx.singles {
		// The same order on every build.
		slices.SortFunc(idx.singles[c], func(a, b synonymRule) int { return strings.Compare(a.from[0], b.from[0]) })
	}
	for second, keys := range idx.slipFirsts {
		slices.Sort(keys) // the same order on every build
		for _, k := range keys {
			idx.slipStarts.addShape(slipStart(k[0], second))
		}
	}
	return idx
}

// vocabularyKey is what tells a vocabulary phrase apart from others: its
// content words, or, for a phrase with small words, its words as written,
// since it is read only where they stand ("sort" and "sort it out" are two
// phrases). "" when it has no content word.
func vocabularyKey(phrase string) string {
	n := Normalize(phrase)
	content := contentWords(nil, n)
	if len(content) == 0 {
		return ""
	}
	if written := appendWords(nil, n); len(written) != len(content) {
		return strings.Join(written, " ")
	}
	return strings.Join(content, " ")
}

// rewrite appends to dst the content words of words with every phrase of
// the vocabulary replaced by what it means, longest phrase first. Words
// without a rule are copied as they are. A phrase with small words is not
// read: the words it was written in are not known (see rewriteIn).
func (x *synonymIndex) rewrite(dst, words []string) []string {
	return x.rewriteIn(dst, words, nil)
}

// rewriteIn is rewrite for content words read from written, a message's
// words (as Message.Words): a phrase with small words ("wound up", "on
// edge") is read where written holds its words in order.
func (x *synonymIndex) rewriteIn(dst, words, written []string) []string {
	return x.rewriteKnown(dst, words, nil, nil, written)
}

// rewriteKnown is rewriteIn for words whose ids in t are ids (-1 for a
// word outside it; ids nil for none known): the rules a word of the table
// starts are read by its id (wordTable.rulesOf), not looked up by the word.
func (x *synonymIndex) rewriteKnown(dst, words []string, ids []int32, t *wordTable, written []string) []string {
	if len(x.byFirst) == 0 {
		return append(dst, words...)
	}
	var seen occurrences
	for i := 0; i < len(words); {
		var rules []synonymRule
		known := false
		if ids != nil && ids[i] >= 0 {
			rules, known = t.rulesOf(ids[i])
		}
		if !known && x.firstShapes.mayHold(words[i]) {
			rules = x.byFirst[words[i]]
		}
		if r := x.ruleFrom(rules, words, i, written, &seen); r != nil {
			dst = append(dst, r.to...)
			i += len(r.from)
			continue
		}
		dst = append(dst, words[i]) // no phrase starts here
		i++
	}
	return dst
}

// ruleAt returns the longest rule whose phrase starts at words[i], content
// words read from written (see rewriteIn), or, failing that, a phrase of
// two words or more typed with one slip (see slippedRuleAt); nil for none.
// The rule is the index's own, not a copy: most words start no phrase,
// and the caller reads a rule only where one does. seen, when not nil,
// remembers where words were found in written for a caller that reads
// words in order (see occurrences).
func (x *synonymIndex) ruleAt(words []string, i int, written []string, seen *occurrences) *synonymRule {
	var rules []synonymRule
	if x.firstShapes.mayHold(words[i]) {
		rules = x.byFirst[words[i]] // looked up once for both loops
	}
	return x.ruleFrom(rules, words, i, written, seen)
}

// ruleFrom is ruleAt with rules, the rules that start with words[i]
// (byFirst of it), already known.
func (x *synonymIndex) ruleFrom(rules []synonymRule, words []string, i int, written []string, seen *occurrences) *synonymRule {
	if len(rules) > 0 {
		// Where words[i] stands in written, looked for once for all the
		// rules with small words ("sort out", "sort it out", "sort of").
		at, looked := -1, false
		// The rules are read in place, not copied one by one.
		for k := range rules {
			r := &rules[k]
			// Every rule here starts with words[i]: the words after it
			// are compared, a phrase's second word by its first letter
			// first, which tells most phrases apart.
			if i+len(r.from) > len(words) || len(r.from) > 1 && !r.mayGoOnWith(words[i+1]) ||
				!slices.Equal(words[i+1:i+len(r.from)], r.from[1:]) {
				continue
			}
			if r.written == nil {
				return r
			}
			if !looked {
				at, looked = seen.find(words, i, written), true
			}
			if at >= 0 && writtenFrom(*r, at, written) {
				return r
			}
		}
		for k := range rules {
			r := &rules[k]
			// A word and its slip start with the same letter, so the
			// phrases whose second word starts with another are passed
			// over without comparing their words.
			if r.written == nil && len(r.from) > 1 && i+len(r.from) <= len(words) &&
				r.mayGoOnWith(words[i+1]) && x.slipsIn(words[i+1:i+len(r.from)], r.from[1:]) == 1 {
				return r // "booking lnik"
			}
		}
	}
	if !x.maySlipAt(words, i) {
		return nil // most words: no call
	}
	return x.slippedRuleAt(words, i)
}

// maySlipAt is slippedRuleAt's first test, which most words fail: a
// phrase typed with a slip in its first word starts at words[i] only when
// the word is long enough to be a slip and the next word may go on with
// a phrase of the vocabulary whose first word starts with the same
// letter (see slipStarts).
func (x *synonymIndex) maySlipAt(words []string, i int) bool {
	return len(words[i]) >= minSlipWord && i+1 < len(words) && words[i+1] != "" &&
		x.slipStarts.holdsShape(slipStart(words[i][0], words[i+1]))
}

// minSlipWord is the length of the shortest word that the vocabulary reads
// through a slip: a shorter one is too near other words ("lift", "list").
const minSlipWord = 5

// minSlipWordAfter is minSlipWord for a word after a phrase's first one,
// read as written: the phrase's start already says which words follow
// ("booking lnik").
const minSlipWordAfter = 4

// slippedRuleAt returns the longest rule whose phrase of two words or more
// starts at words[i] typed with one slip in its first word ("boking
// link"), every other word of it as written. A one-word phrase is left to
// the matcher's corrections, which know the base's own words ("knotts" is
// "knots", not "knotted"), and phrases with small words are read only as
// written (see synonymRule.written). Nil for none.
func (x *synonymIndex) slippedRuleAt(words []string, i int) *synonymRule {
	w := words[i]
	if !x.maySlipAt(words, i) || !isWord(w) {
		return nil
	}
	for _, k := range x.slipFirsts[words[i+1]] {
		// Most words are a slip of no phrase's first word: the word
		// lists are asked only about those that are.
		if k[0] != w[0] || !isSlipOf(w, k, minSlipWord) || isEnglishWord(w) || x.held[w] {
			continue
		}
		rules := x.byFirst[k]
		for j := range rules {
			if r := &rules[j]; r.written == nil && len(r.from) > 1 && i+len(r.from) <= len(words) &&
				slices.Equal(words[i+1:i+len(r.from)], r.from[1:]) {
				return r
			}
		}
	}
	return nil
}

// slippedWord returns the one-word phrase of the vocabulary that w, a word
// neither the base nor everyday English holds, is typed with one slip of
// (see isSlipOf): "lumbr" for "lumbar", "crnaky" for "cranky". The
// matcher asks only after the base's own words gave no correction, so
// that a slip of a word the base writes is read as that word first.
func (x *synonymIndex) slippedWord(w string) (synonymRule, bool) {
	if len(w) < minSlipWord || !isWord(w) || isEnglishWord(w) || x.held[w] {
		return synonymRule{}, false
	}
	for _, r := range x.singles[w[0]-'a'] {
		if isSlipOf(w, r.from[0], minSlipWord) {
			return r, true
		}
	}
	return synonymRule{}, false
}

// mayGoOnWith reports whether r's phrase, of two words or more, may go on
// with w after its first word, as written or with a slip (see isSlipOf):
// a word and any slip of it start with the same byte.
func (r *synonymRule) mayGoOnWith(w string) bool { return w != "" && w[0] == r.second }

// slipsIn is how many of typed's words are a slip of want's word in the
// same place (see isSlipOf); -1 when a word is neither that word nor a slip
// of it. A word the base writes itself is no slip (see synonymIndex.held),
// nor is a filler, a word of its own: "relaxing kinda" is no "relaxing
// kind".
func (x *synonymIndex) slipsIn(typed, want []string) int {
	n := 0
	for j, w := range typed {
		switch {
		case w == want[j]:
		case isSlipOf(w, want[j], minSlipWordAfter) && !isEnglishWord(w) && !x.held[w] && classOf(w)&classFiller == 0:
			n++
		default:
			return -1
		}
	}
	return n
}

// isEnglishWord reports whether w is a word in its own right, never read as
// a slip of a vocabulary word: an everyday word, or one that general
// requests use (the background): "kinds" is not "kinks".
func isEnglishWord(w string) bool {
	return isEveryday(w) || background.df[stem(w)] >= 2
}

// isSlipOf reports whether typed is want written with one slip of the keys
// (a letter left out, added, changed or two swapped) after the first
// letter, want being at least minLen letters: "boking" for "booking",
// "lnik" for "link". The first letter is kept, as with
// the matcher's own corrections of short words. Another form of the same
// word ("blade" for "blades") is no slip: staff write the forms they mean.
func isSlipOf(typed, want string, minLen int) bool {
	// The cheap tests first: most words are asked about every key with
	// their first letter, and stemming both is the dearest test.
	return len(want) >= minLen && typed != want && typed[0] == want[0] &&
		len(typed)-len(want) <= 1 && len(want)-len(typed) <= 1 && mayBeOneEdit(typed, want) &&
		osa(typed, want, 1) <= 1 && stem(typed) != stem(want)
}

// mayBeOneEdit is false for two words that one edit (a byte left out,
// added, changed, or two swapped) cannot make one of the other: those
// whose sets of bytes differ in more than two. One edit adds a byte to
// the set, takes one away, or both; the sets are compared as bit masks
// (byte%64), which makes the test no stricter. It is a few instructions
// a byte, where osa is a table of them.
func mayBeOneEdit(a, b string) bool {
	return bits.OnesCount64(byteSet(a)^byteSet(b)) <= 2
}

// byteSet returns the set of w's bytes, each as the bit byte%64.
func byteSet(w string) uint64 {
	var s uint64
	for i := 0; i < len(w); i++ {
		s |= 1 << (w[i] & 63)
	}
	return s
}

// readsAt reports whether the vocabulary reads written[i], a word of a
// message (as Message.Words), as a meaning of its own: the word is a
// phrase of the vocabulary, or its one word besides small words that
// stand around it as written ("root" in "what is the root of back pain"
// when staff map "root of" to "cause", but not "wound" in "a wound on my
// back" when they map "wound up" to "tight"). A small word is never read.
func (x *synonymIndex) readsAt(written []string, i int) bool {
	if len(x.byFirst) == 0 {
		return false
	}
	// The content word that written[i] is, by its occurrence (as
	// writtenAt counts).
	k := 0
	for _, w := range written[:i] {
		if w == written[i] {
			k++
		}
	}
	words := appendContent(nil, written)
	c := -1
	for j, w := range words {
		if w == written[i] {
			if k == 0 {
				c = j
				break
			}
			k--
		}
	}
	if c < 0 {
		return false
	}
	for _, r := range x.byFirst[words[c]] {
		if len(r.from) == 1 && (r.written == nil || writtenAt(r, words, c, written)) {
			return true
		}
	}
	return false
}

// readsIn reports whether the vocabulary reads a phrase among
// written[start:end], words of a message (as Message.Words): a phrase
// whose content words are all there, its small words standing where they
// are written, inside the span or around it ("my back is killing me").
func (x *synonymIndex) readsIn(written []string, start, end int) bool {
	if len(x.byFirst) == 0 {
		return false
	}
	var words []string
	var owner []int // the word of written each content word was read from
	for i := range written[:end] {
		n := len(words)
		words = appendContent(words, written[i:i+1])
		if written[i] == "not" && knotWithoutK(written, i) {
			words = append(words[:n], "knot")
		}
		for range words[n:] {
			owner = append(owner, i)
		}
	}
	var seen occurrences
	for c := range words {
		if owner[c] < start {
			continue
		}
		if r := x.ruleAt(words, c, written, &seen); r != nil && c+len(r.from) <= len(words) {
			return true
		}
	}
	return false
}

// readsFrom reports whether the vocabulary reads a phrase of two words or
// more that starts with written[i], a content word of a message (as
// Message.Words), its small words standing where they are written: staff
// who map "effects of massage" to "benefits of massage" have taught
// "effects" in "the effects of massage", though the word alone is
// unknown. A word read alone is readsAt's.
func (x *synonymIndex) readsFrom(written []string, i int) bool {
	if len(x.byFirst) == 0 || i >= len(written) {
		return false
	}
	words := appendContent(nil, written[:i])
	c := len(words)
	words = appendContent(words, written[i:])
	if c >= len(words) || words[c] != written[i] {
		return false // a small word, or one the reading changes
	}
	r := x.ruleAt(words, c, written, nil)
	return r != nil && len(r.from) > 1
}

// writtenAt reports whether written holds r's phrase, small words and
// all, where words[i], a content word read from it, stands. Content words
// are written's words in order without the small ones, so the k-th
// occurrence of a word among words is its k-th among written (a word that
// shorthand expands to, or a slip read as another, can only make it miss).
func writtenAt(r synonymRule, words []string, i int, written []string) bool {
	j := occurrenceIn(words, i, written)
	return j >= 0 && writtenFrom(r, j, written)
}

// occurrenceIn returns the index in written of words[i], a content word
// read from it: its k-th occurrence there when it is the k-th among words
// (see writtenAt), or -1 when written holds it fewer times.
func occurrenceIn(words []string, i int, written []string) int {
	k := 0
	for _, w := range words[:i] {
		if w == words[i] {
			k++
		}
	}
	return nextOccurrence(written, words[i], 0, k)
}

// occurrences remembers, for a few words, where occurrenceIn last found
// each in written, so that a caller reading content words in order finds
// a word's next occurrence from its last instead of counting from the
// start: a paste's tenth "deep" is found in one step, not ten. The zero
// value remembers nothing; a nil *occurrences is occurrenceIn.
type occurrences struct {
	// at holds each word with the index i among words it was last asked
	// at and its index j in written (-1 when written holds too few).
	at [4]struct {
		word string
		i, j int
	}
	used int // how many of at are filled; the next to replace is used % len(at)
}

// find is occurrenceIn(words, i, written), read on from where words[i]
// was last found when it was found at an earlier index of words.
func (o *occurrences) find(words []string, i int, written []string) int {
	if o == nil {
		return occurrenceIn(words, i, written)
	}
	w := words[i]
	for n := range min(o.used, len(o.at)) {
		e := &o.at[n]
		if e.word != w || e.i > i {
			continue
		}
		if e.i < i && e.j >= 0 {
			// Written holds w once more for words[e.i] and for each
			// w between it and words[i].
			k := 0
			for _, x := range words[e.i+1 : i] {
				if x == w {
					k++
				}
			}
			e.j = nextOccurrence(written, w, e.j+1, k)
		}
		e.i = i
		return e.j
	}
	j := occurrenceIn(words, i, written)
	e := &o.at[o.used%len(o.at)]
	e.word, e.i, e.j = w, i, j
	o.used++
	return j
}

// nextOccurrence returns the index of w in written from index from on,
// k occurrences of it passed over, or -1.
func nextOccurrence(written []string, w string, from, k int) int {
	for j := from; j < len(written); j++ {
		if written[j] != w {
			continue
		}
		if k == 0 {
			return j
		}
		k--
	}
	return -1
}

// writtenFrom reports whether written holds r's phrase, small words and
// all, where its first content word stands at written[j].
func writtenFrom(r synonymRule, j int, written []string) bool {
	start := j - r.lead
	if start < 0 {
		return false
	}
	if start+len(r.written) <= len(written) && slices.Equal(written[start:start+len(r.written)], r.written) {
		return true
	}
	return interruptedAt(r.written, written[start:]) || r.separable && separatedAt(r.written, written[start:])
}

// interruptedAt reports whether text starts with phrase said with an
// adverb of emphasis inside it, as English puts one before a verb or
// after an auxiliary ("who would i actually be seeing", "who will i
// really see"): the adverb only colours the phrase. One such word is
// allowed, after the phrase's first word and before its last.
func interruptedAt(phrase, text []string) bool {
	n := len(phrase)
	if n < 2 || len(text) < n+1 || text[0] != phrase[0] {
		return false
	}
	for k := 1; k < n; k++ {
		if text[k] == phrase[k] {
			continue
		}
		return emphasisAdverb(text[k]) && slices.Equal(text[k+1:n+1], phrase[k:])
	}
	return false
}

// emphasisAdverb reports whether w is an adverb that only stresses what
// it stands in ("actually", "really"). Compared as strings, not looked
// up: it is asked only where a phrase's words were found but not in a row.
func emphasisAdverb(w string) bool {
	switch w {
	case "actually", "really", "just", "even", "ever", "still", "honestly", "literally", "basically", "definitely", "probably", "usually":
		return true
	}
	return false
}

// separable reports whether phrase, as written, ends in a verb and its
// particle ("sort out", "mess up"), which separatedAt may find said
// with the verb's object between them.
func separable(phrase []string) bool {
	n := len(phrase)
	return n >= 2 && phrasalParticles[phrase[n-1]] && !stopwords[phrase[n-2]]
}

// separatedAt reports whether text starts with phrase, a verb and its
// particle ("sort out", "mess up"), said with the verb's object between
// them, as English puts it: a pronoun ("sort it out") or a possessive and
// a word or two ("mess my back up", "sort my lower back out").
func separatedAt(phrase, text []string) bool {
	n := len(phrase)
	if !separable(phrase) || len(text) < n+1 || !slices.Equal(text[:n-1], phrase[:n-1]) {
		return false
	}
	gap := text[n-1:]
	switch {
	case phrasalObjects[gap[0]]:
		return gap[1] == phrase[n-1]
	case phrasalOwners[gap[0]]:
		for k := 2; k <= 3 && k < len(gap); k++ {
			if stopwords[gap[k-1]] {
				return false
			}
			if gap[k] == phrase[n-1] {
				return true
			}
		}
	}
	return false
}

// phrasalParticles end a verb that takes them ("sort out", "mess up"),
// phrasalObjects and phrasalOwners start the object that may stand
// between the two (see separatedAt).
var (
	phrasalParticles = setOf("up out down off")
	phrasalObjects   = setOf("it this that them me him her us you yall someone somebody")
	phrasalOwners    = setOf("my his her their our your the")
)

// rewrite is the content words of a message's words (as Message.Words),
// vocabulary applied.
func (m *Matcher) rewrite(words []string) []string {
	return m.synonyms.rewriteIn(nil, appendContent(nil, words), words)
}
