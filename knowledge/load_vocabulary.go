package knowledge

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// This file reads and checks the vocabulary: section of a knowledge base,
// the words people use mapped to the base's own terms:
//
//	vocabulary:
//	  - means: lower back
//	    words: [lumbar, low back, lumbar spine]
//
// Before a message is matched, each of words found in it is read as means.

// synonymFields are the fields of one vocabulary item.
var synonymFields = []string{"means", "words"}

// vocabulary decodes the vocabulary: list. Items that are not blocks of
// fields are reported and left out.
func (d *decoder) vocabulary(n *yaml.Node) []Synonym {
	const path = "vocabulary"
	if !d.list(path, n) {
		return nil
	}
	out := make([]Synonym, 0, len(n.Content))
	for i, item := range n.Content {
		ip := indexPath(path, i)
		var s Synonym
		d.fields(ip, item, "synonym", func(key string, val *yaml.Node) {
			fp := joinPath(ip, key)
			switch key {
			case "means":
				s.Means = d.text(fp, val)
			case "words":
				s.Words = d.texts(fp, val)
			}
		})
		out = append(out, s)
	}
	return out
}

// validateVocabulary checks that each item says what it means in words the
// base holds, lists at least one word, and that no word is given two
// meanings.
func (d *decoder) validateVocabulary(b *Base) {
	if d.bad["vocabulary"] {
		return
	}
	known := baseWords(b, b.Vocabulary)
	firstAt := map[string]string{} // word -> the path that gave it a meaning
	for i, s := range b.Vocabulary {
		ip := indexPath("vocabulary", i)
		if d.bad[ip] {
			continue
		}
		if !d.required(joinPath(ip, "means"), s.Means, "the base's own term, as its titles, aliases or answers write it") {
			for _, w := range contentWords(nil, Normalize(s.Means)) {
				if !known[stem(w)] {
					d.report(d.at(joinPath(ip, "means")), joinPath(ip, "means"),
						fmt.Sprintf("%q is not a word of any entry, so %q would mean nothing to the matcher", w, s.Means),
						"write means with words that appear in an entry's title, aliases, questions or answer")
					break
				}
			}
		}
		wp := joinPath(ip, "words")
		if len(s.Words) == 0 && !d.bad[wp] {
			d.report(d.at(wp), wp, "no words to read as "+fmt.Sprintf("%q", s.Means),
				`list what people say instead, such as words: [lumbar, low back]`)
		}
		for j, w := range s.Words {
			p := indexPath(wp, j)
			d.nonEmptyItem(p, w, "word")
			key := vocabularyKey(w)
			switch {
			case strings.TrimSpace(w) == "" || d.bad[p]:
			case key == "":
				d.report(d.at(p), p, fmt.Sprintf("%q holds only small words (the, my, is) that the matcher ignores", w),
					"write the word or phrase that carries the meaning, or remove the line")
			case strings.Join(contentWords(nil, Normalize(w)), " ") == strings.Join(contentWords(nil, Normalize(s.Means)), " "):
				d.report(d.at(p), p, fmt.Sprintf("%q is what means already says", w), "remove the line")
			default:
				if first, dup := firstAt[key]; dup {
					d.report(d.at(p), p, fmt.Sprintf("%q is given a meaning twice (first at %s)", w, first),
						"keep the word in one vocabulary item only")
				} else {
					firstAt[key] = p
				}
			}
		}
	}
}

// baseWords returns the stems of the words of every entry that the means
// of vocab use, read until all of them are found.
func baseWords(b *Base, vocab []Synonym) map[string]bool {
	want := map[string]bool{}
	for _, s := range vocab {
		for _, w := range contentWords(nil, Normalize(s.Means)) {
			want[stem(w)] = false
		}
	}
	missing := len(want)
	var words []string
	look := func(text string) {
		words = contentWords(words[:0], Normalize(text))
		for _, w := range words {
			if found, ok := want[stem(w)]; ok && !found {
				want[stem(w)] = true
				missing--
			}
		}
	}
	for i := 0; i < len(b.Entries) && missing > 0; i++ {
		b.Entries[i].eachText(look)
	}
	return want
}
