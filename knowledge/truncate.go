package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Truncate shortens text to at most max runes, cutting at the end of a
// sentence when one ends in the second half of the allowed length, else at
// a word boundary, never inside a word. It reports whether it cut. Adapters
// add their own "Read more" link after a cut text.
func Truncate(text string, max int) (string, bool) {
	if max <= 0 {
		return "", text != ""
	}
	if utf8.RuneCountInString(text) <= max {
		return text, false
	}
	// Room for the ellipsis that marks a cut made inside a sentence.
	runes := []rune(text)
	window := string(runes[:max])

	if end := lastSentenceEnd(window); end >= len(window)/2 {
		return strings.TrimRightFunc(window[:end], unicode.IsSpace), true
	}
	cut := string(runes[:max-1])
	if i := strings.LastIndexFunc(cut, unicode.IsSpace); i > 0 {
		cut = cut[:i]
	} else {
		// One enormous word: there is no boundary, so cut it as a last resort.
		cut = string(runes[:max-1])
	}
	return strings.TrimRightFunc(cut, unicode.IsSpace) + "…", true
}

// lastSentenceEnd returns the byte index just past the last sentence end in
// s (a '.', '!' or '?' followed by space, or a paragraph break), or -1.
func lastSentenceEnd(s string) int {
	end := -1
	for i := 0; i < len(s)-1; i++ {
		switch s[i] {
		case '.', '!', '?':
			if s[i+1] == ' ' || s[i+1] == '\n' {
				end = i + 1
			}
		case '\n':
			if s[i+1] == '\n' {
				end = i
			}
		}
	}
	if n := len(s); n > 0 && strings.ContainsRune(".!?", rune(s[n-1])) {
		end = n
	}
	return end
}
