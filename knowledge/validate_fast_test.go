package knowledge

import (
	"strings"
	"testing"
)

// placeholderSamples are texts near and far from the placeholder patterns,
// in several cases and spacings.
var placeholderSamples = []string{
	"Write the explanation here, in your own words.",
	"WRITE YOUR ANSWER  HERE", "write an\ttitle here", "Write the text of it all down right here",
	"Answer goes here", "- question here", "  The description HERE", "answer\there",
	"Lorem ipsum dolor sit amet", "LOREM IPSUM", "TODO: ask Sam for the prices",
	"We will add this soon (tbd)", "fixme", "PlaceHolder", "...", "xxx", "XXXXXXXXXX",
	"  ??  ", "\t--\n", "…", " … ", "..........", "...........", "Send us a text here: 519-555-0100",
	"Write a review here once you have had your massage", "Book here, or call us",
	"Describe it in your words when you book", "Is it... painful?", "",
	"in your own words", "In Your Own Words", "to do", "tbd.", "x", "\v..\v",
	"Is this still a Placeholder for now", "We wrote it all down right HeRe for you",
	"hh ee rr ee, words of our own", "LoReM and more text after it", "a long text with Todo inside",
	"FIXME later on please", "   short one   ", "Ünïcode text that is long enough",
}

// TestPlaceholderMayMatch checks that the cheap tests in front of the
// placeholder patterns (mayHoldPlaceholder, then each one's mayMatch) never
// skip a text a pattern matches, so that skipping changes nothing but the
// time taken.
func TestPlaceholderMayMatch(t *testing.T) {
	for _, s := range placeholderSamples {
		checkPlaceholderMayMatch(t, s)
	}
}

// FuzzPlaceholderMayMatch is TestPlaceholderMayMatch on any text.
func FuzzPlaceholderMayMatch(f *testing.F) {
	for _, s := range placeholderSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlaceholderMayMatch(t, s) })
}

func checkPlaceholderMayMatch(t *testing.T, s string) {
	t.Helper()
	if !mayHoldPlaceholder(s) {
		for i, p := range placeholders {
			if p.re.MatchString(s) {
				t.Errorf("placeholder %d matches %q but mayHoldPlaceholder says none can", i, s)
			}
		}
	}
	lower, ascii := lowerASCII(s)
	if !ascii {
		return // every pattern is tried
	}
	for i, p := range placeholders {
		if p.re.MatchString(s) && !p.mayMatch(lower, s) {
			t.Errorf("placeholder %d matches %q but mayMatch says it cannot", i, s)
		}
	}
}

// TestPhraseKeyFastPath checks that phraseKey's shortcut for text that is
// already folded gives what folding gives.
func TestPhraseKeyFastPath(t *testing.T) {
	for _, s := range append(placeholderSamples, "deep tissue", " deep tissue", "deep  tissue", "deep tissue ", "Deep tissue", "déep tissue", "deep\u00a0tissue", "a", " ") {
		want := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		if got := phraseKey(s); got != want {
			t.Errorf("phraseKey(%q) = %q, want %q", s, got, want)
		}
	}
}

// idSamples are ids, valid and not, for TestIsValidID.
var idSamples = []string{"", "a", "-", "a-", "-a", "a-b", "a--b", "deep-tissue-massage", "Deep", "a_b", "a b", "0-9", "é", "a-b-", "ab-cd-ef-1", "a\n"}

// TestIsValidID checks the written-out id check against the expression.
func TestIsValidID(t *testing.T) {
	for _, s := range idSamples {
		checkIsValidID(t, s)
	}
}

// FuzzIsValidID is TestIsValidID on any text.
func FuzzIsValidID(f *testing.F) {
	for _, s := range idSamples {
		f.Add(s)
	}
	f.Fuzz(checkIsValidID)
}

func checkIsValidID(t *testing.T, s string) {
	if got, want := isValidID(s), validID.MatchString(s); got != want {
		t.Errorf("isValidID(%q) = %v, validID says %v", s, got, want)
	}
}
