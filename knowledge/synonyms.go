package knowledge

import "slices"

// synonymIndex holds a base's vocabulary (Base.Vocabulary) ready to rewrite
// a message's content words: each word or phrase people use becomes the
// base's own term before retrieval and the domain check read the message.
type synonymIndex struct {
	// byFirst maps the first content word of a phrase to the rules that
	// start with it, longest phrase first.
	byFirst map[string][]synonymRule
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
