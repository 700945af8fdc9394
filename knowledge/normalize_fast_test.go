package knowledge

import "testing"

// normalizeSamples are messages for the ASCII shortcut of Normalize, with
// the cases it must hand on to the general path (apostrophes, backticks,
// accents) among them.
var normalizeSamples = []string{
	"", " ", "Hello", "HELLO there!!", "is deep tisue good for my lower back??", "sooo gooood",
	"AAa aAA", "1112223", "what's up", "don`t", "café", "a--b__c", "  lead and trail  ",
	"<@123> hi @everyone see https://example.com/x?y=1 `code` ```block```", "x\ty\nz",
	"Mmmmassage", "b2b 24/7 100%", "e\u0301", "BOOK A DEEP TISSUE FOR FRIDAY",
}

// TestNormalizeASCIIAgrees checks that Normalize's shortcut for plain ASCII
// gives what the general path gives, and declines the rest.
func TestNormalizeASCIIAgrees(t *testing.T) {
	for _, s := range normalizeSamples {
		checkNormalizeASCII(t, s)
	}
}

// FuzzNormalizeASCII is TestNormalizeASCIIAgrees on any text.
func FuzzNormalizeASCII(f *testing.F) {
	for _, s := range normalizeSamples {
		f.Add(s)
	}
	f.Fuzz(checkNormalizeASCII)
}

func checkNormalizeASCII(t *testing.T, s string) {
	stripped := stripDiscord(s)
	got, ok := normalizeASCII(stripped)
	if !ok {
		return
	}
	if want := normalizeText(stripped); got != want {
		t.Errorf("normalizeASCII(%q) = %q, normalizeText gives %q", stripped, got, want)
	}
}

// TestHasURLPrefixShortcut checks hasURLPrefix's first-byte shortcut
// against the three prefix tests alone, at every position of the samples.
func TestHasURLPrefixShortcut(t *testing.T) {
	samples := append(normalizeSamples, "see HTTPS://x.y and Www.z", "hTtP://a", "wWw.", "http:/", "ｈttp://")
	for _, s := range samples {
		for i := range len(s) + 1 {
			rest := s[i:]
			want := hasFoldPrefix(rest, "http://") || hasFoldPrefix(rest, "https://") || hasFoldPrefix(rest, "www.")
			if got := hasURLPrefix(rest); got != want {
				t.Errorf("hasURLPrefix(%q) = %v, want %v", rest, got, want)
			}
		}
	}
}
