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
