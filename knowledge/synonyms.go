package knowledge

import "slices"

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
}

// shapeSet is a set of word shapes.
type shapeSet [1 << shapeBits / 64]uint64

// shapeBits is the size of a word shape in bits.
const shapeBits = 15

// wordShape is a word's length and first and last bytes, five bits each:
// two words of different shapes are different words.
func wordShape(w string) uint32 {
	return uint32(len(w)&31)<<10 | uint32(w[0]&31)<<5 | uint32(w[len(w)-1]&31)
}

func (s *shapeSet) add(w string) {
	if w != "" {
		sh := wordShape(w)
		s[sh/64] |= 1 << (sh % 64)
	}
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
}

func buildSynonyms(vocab []Synonym) synonymIndex {
	idx := synonymIndex{byFirst: make(map[string][]synonymRule)}
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
			idx.byFirst[from[0]] = append(idx.byFirst[from[0]], synonymRule{from: from, to: to})
		}
	}
	for k, rules := range idx.byFirst {
		slices.SortStableFunc(rules, func(a, b synonymRule) int { return len(b.from) - len(a.from) })
		idx.byFirst[k] = rules
		idx.firstShapes.add(k)
	}
	return idx
}

// rewrite appends to dst the content words of words with every phrase of
// the vocabulary replaced by what it means, longest phrase first. Words
// without a rule are copied as they are.
func (x *synonymIndex) rewrite(dst, words []string) []string {
	if len(x.byFirst) == 0 {
		return append(dst, words...)
	}
	for i := 0; i < len(words); {
		if !x.firstShapes.mayHold(words[i]) {
			dst = append(dst, words[i]) // starts no phrase
			i++
			continue
		}
		matched := false
		for _, r := range x.byFirst[words[i]] {
			if i+len(r.from) <= len(words) && slices.Equal(words[i:i+len(r.from)], r.from) {
				dst = append(dst, r.to...)
				i += len(r.from)
				matched = true
				break
			}
		}
		if !matched {
			dst = append(dst, words[i])
			i++
		}
	}
	return dst
}

// rewrite is the content words of a message, vocabulary applied.
func (m *Matcher) rewrite(words []string) []string {
	return m.synonyms.rewrite(nil, words)
}
