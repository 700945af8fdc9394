package knowledge

import (
	"strings"
	"testing"
)

// TestOccurrencesFind checks that occurrences, asked in order of the
// content words, finds each where occurrenceIn does: after a repeated word,
// after more words than it remembers, and where written holds a word fewer
// times than the content words do (a word shorthand expanded to).
func TestOccurrencesFind(t *testing.T) {
	tests := []struct {
		name           string
		words, written string
	}{
		{"no repeats", "deep tissue knots", "is deep tissue good for knots"},
		{"repeats", "deep deep good deep good", "deep and deep is good or deep so good"},
		{"more words than remembered", "a b c d e f a b c d e f a", "a b c d e f x a b c d e f y a"},
		{"fewer in written", "good good good", "good is good"},
		{"none in written", "knot knot", "not not"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words, written := strings.Fields(tt.words), strings.Fields(tt.written)
			var seen occurrences
			for i := range words {
				want := occurrenceIn(words, i, written)
				if got := seen.find(words, i, written); got != want {
					t.Errorf("find(%d, %q) = %d, want %d", i, words[i], got, want)
				}
				if got := seen.find(words, i, written); got != want {
					t.Errorf("find(%d, %q) asked again = %d, want %d", i, words[i], got, want)
				}
			}
		})
	}
}

// TestMayBeOneEdit checks that the byte-set test before osa never refuses
// a pair that one edit makes (every deletion, insertion, substitution and
// swap of some words), and refuses pairs that differ in more.
func TestMayBeOneEdit(t *testing.T) {
	for _, w := range []string{"booking", "link", "massage", "a1b2", "zz"} {
		var edits []string
		for i := 0; i <= len(w); i++ {
			if i < len(w) {
				edits = append(edits, w[:i]+w[i+1:]) // deletion
				if i+1 < len(w) {
					edits = append(edits, w[:i]+string(w[i+1])+string(w[i])+w[i+2:]) // swap
				}
			}
			for _, c := range "aqz09" {
				edits = append(edits, w[:i]+string(c)+w[i:]) // insertion
				if i < len(w) {
					edits = append(edits, w[:i]+string(c)+w[i+1:]) // substitution
				}
			}
		}
		for _, e := range edits {
			if osa(e, w, 1) <= 1 && !mayBeOneEdit(e, w) {
				t.Errorf("mayBeOneEdit(%q, %q) = false, want true: one edit apart", e, w)
			}
		}
	}
	for _, tt := range []struct{ a, b string }{{"booking", "bxyzing"}, {"link", "lamp"}} {
		if mayBeOneEdit(tt.a, tt.b) {
			t.Errorf("mayBeOneEdit(%q, %q) = true, want false", tt.a, tt.b)
		}
	}
}
