package knowledge

import (
	"strings"
	"testing"
)

// TestBookingPhraseCues checks that every booking phrase holds one of
// bookingCues, so that bookingPhrase's shortcut stays on (a phrase added
// without a cue needs one added to bookingCues), and that the shortcut
// finds what a plain pass over every phrase finds.
func TestBookingPhraseCues(t *testing.T) {
	if !bookingPhrasesCued {
		t.Fatal("a phrase of bookingPhrases holds none of bookingCues: add a part of it to bookingCues")
	}
	plain := func(text string) string {
		for _, p := range bookingPhrases {
			if strings.Contains(text, p) {
				return p
			}
		}
		return ""
	}
	texts := []string{"", "can you fit me in tomorrow", "sign up", "i would like to come in for a massage",
		"could i swing by for a chat", "squeeze in a session", "my pain a lot", "welcome in for", "rain or shine"}
	for _, p := range bookingPhrases {
		texts = append(texts, p, "please "+p+" friday", strings.ReplaceAll(p, " ", "  "))
	}
	for _, q := range realisticQuestions(t, 2000) {
		texts = append(texts, Normalize(q))
	}
	for _, text := range texts {
		if got, want := bookingPhrase(text), plain(text); got != want {
			t.Errorf("bookingPhrase(%q) = %q, a pass over every phrase gives %q", text, got, want)
		}
	}
}
