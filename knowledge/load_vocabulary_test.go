package knowledge

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// withVocabulary returns the default base's YAML with its vocabulary
// section replaced by section, and the line on which section starts.
func withVocabulary(t *testing.T, section string) ([]byte, int) {
	t.Helper()
	src := string(DefaultYAML)
	start := strings.Index(src, "\nvocabulary:\n")
	end := strings.Index(src, "\nentries:\n")
	if start < 0 || end < start {
		t.Fatal("the default base has no vocabulary section before its entries")
	}
	line := strings.Count(src[:start+1], "\n") + 1
	return []byte(src[:start+1] + section + src[end:]), line
}

func TestVocabularyProblems(t *testing.T) {
	section := `vocabulary:
  - means: lower back
    words: [lumbar, "", low back]
  - means: zebra crossing
    words: [stripes]
  - means: trigger points
    words: [lumbar, trigger points, the]
  - words: [tpt]
  - meens: neck
`
	data, first := withVocabulary(t, section)
	_, err := Parse("kb.yaml", data)
	var ps Problems
	if !errors.As(err, &ps) {
		t.Fatalf("Parse: %v, want Problems", err)
	}
	want := []struct {
		line, col int
		field     string
		message   string
	}{
		{first + 2, 21, "vocabulary[1].words[2]", "empty word"},
		{first + 3, 12, "vocabulary[2].means", `"zebra" is not a word of any entry`},
		{first + 6, 13, "vocabulary[3].words[1]", `"lumbar" is given a meaning twice (first at vocabulary[1].words[1])`},
		{first + 6, 21, "vocabulary[3].words[2]", "is what means already says"},
		{first + 6, 37, "vocabulary[3].words[3]", "holds only small words"},
		{first + 7, 5, "vocabulary[4].means", "means is missing"},
		{first + 8, 5, "vocabulary[5].meens", `unknown field "meens"`},
	}
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%d:%d %s: %s", p.Line, p.Col, p.Field, p.Message))
	}
	for _, w := range want {
		if !slices.ContainsFunc(ps, func(p Problem) bool {
			return p.Line == w.line && p.Col == w.col && p.Field == w.field && strings.Contains(p.Message, w.message)
		}) {
			t.Errorf("no problem %d:%d %s: %s; got:\n%s", w.line, w.col, w.field, w.message, strings.Join(got, "\n"))
		}
	}
	for _, p := range ps {
		if !strings.HasPrefix(p.Error(), fmt.Sprintf("kb.yaml:%d:%d: ", p.Line, p.Col)) {
			t.Errorf("problem %q does not start with FILE:LINE:COL", p.Error())
		}
	}
}

func TestVocabularyRewritesBeforeMatching(t *testing.T) {
	b := Default()
	if len(b.Vocabulary) == 0 {
		t.Fatal("the default base has no vocabulary")
	}
	m := NewMatcher(b, MatchOptions{})
	// The same questions with the base's own words, and with the words
	// the default vocabulary teaches, land on the same entry.
	pairs := [][2]string{
		{"what is trigger point therapy", "what is tp therapy"},
		{"is deep tissue massage good for back pain", "is dt good for backache"},
		{"massage for lower back pain", "massage for lumbar pain"},
		{"can massage help with anxiety", "can massage help when i am on edge"},
	}
	for _, p := range pairs {
		own, taught := m.Match(p[0]), m.Match(p[1])
		if own.Best == nil || taught.Best == nil || own.Best.ID != taught.Best.ID || !taught.Confident {
			t.Errorf("Match(%q) = %v, Match(%q) = %v; want the same confident entry", p[0], own.Best, p[1], taught.Best)
		}
	}
	// Without the vocabulary, the taught words mean nothing.
	bare := *b
	bare.Vocabulary = nil
	if got := NewMatcher(&bare, MatchOptions{}).Match("is dt good for backache"); got.Confident && got.Best.ID == "deep-tissue-massage" {
		t.Error("without a vocabulary, dt is read as deep tissue anyway: the test proves nothing")
	}
}

func TestSynonymRewriteLongestFirst(t *testing.T) {
	x := buildSynonyms([]Synonym{
		{Means: "lower back", Words: []string{"low back", "lumbar"}},
		{Means: "trigger point therapy", Words: []string{"tp therapy"}},
		{Means: "trigger points", Words: []string{"tp"}},
	})
	got := strings.Join(x.rewrite(nil, []string{"tp", "therapy", "low", "back", "tp", "lumbar"}), " ")
	if want := "trigger point therapy lower back trigger points lower back"; got != want {
		t.Errorf("rewrite = %q, want %q", got, want)
	}
}

func TestSelfTestCoversVocabulary(t *testing.T) {
	b := Default()
	if c := SelfTest(NewMatcher(b, MatchOptions{})); len(c) != 0 {
		t.Fatalf("the default base has conflicts: %v", c)
	}
	// A vocabulary word that is an entry's alias would take the name
	// from the entry.
	odd := *b
	odd.Vocabulary = append(slices.Clone(b.Vocabulary), Synonym{Means: "deep tissue massage", Words: []string{"rolf"}})
	got := SelfTest(NewMatcher(&odd, MatchOptions{}))
	if len(got) != 1 || got[0].EntryID != "rolfing" || !strings.Contains(got[0].String(), "is already a name of rolfing") {
		t.Fatalf("SelfTest = %v, want one vocabulary conflict with rolfing", got)
	}
}

// TestSynonymPhraseWithSmallWordsAsWritten checks that a phrase whose small
// words are dropped is read only where a message holds its words as
// written, a verb's object between it and its particle allowed: "wound
// up" is tight, the wound of "a wound on my back" is not.
func TestSynonymPhraseWithSmallWordsAsWritten(t *testing.T) {
	x := buildSynonyms([]Synonym{
		{Means: "tight", Words: []string{"wound up"}},
		{Means: "fix", Words: []string{"sort out"}},
		{Means: "anxiety", Words: []string{"on edge"}},
		{Means: "lower back", Words: []string{"lumbar"}},
	})
	tests := []struct {
		text      string
		want, not string
	}{
		{"my back is all wound up", "tight", "wound"},
		{"a wound on my back", "wound", "tight"},
		{"can a massage sort out my lumbar", "fix", "sort"},
		{"can you sort it out", "fix", "sort"},
		{"will it sort my lower back out", "fix", "sort"},
		{"what sort of massage is best", "sort", "fix"},
		{"it is sort of worn out", "sort", "fix"},
		{"i have been on edge all week", "anxiety", "edge"},
		{"i sat on the edge of the bed", "edge", "anxiety"},
	}
	for _, tt := range tests {
		written := appendWords(nil, Normalize(tt.text))
		got := x.rewriteIn(nil, appendContent(nil, written), written)
		if !slices.Contains(got, tt.want) || tt.not != "" && slices.Contains(got, tt.not) {
			t.Errorf("rewriteIn(%q) = %q, want %q and no %q", tt.text, got, tt.want, tt.not)
		}
	}
	// "the wound was wound up": the first wound stays, the second is tight.
	written := appendWords(nil, Normalize("the wound was wound up"))
	if got := strings.Join(x.rewriteIn(nil, appendContent(nil, written), written), " "); got != "wound tight" {
		t.Errorf("rewriteIn = %q, want %q", got, "wound tight")
	}
	// Without the words as written, a phrase with small words is not read.
	if got := x.rewrite(nil, []string{"wound"}); !slices.Equal(got, []string{"wound"}) {
		t.Errorf("rewrite(wound) = %q, want it unchanged", got)
	}
}

// TestVocabularyPhrasesAsWrittenAreTheirOwn checks that a word and a
// phrase of it with small words may mean different things: each is read
// where it stands, so neither is given a meaning twice.
func TestVocabularyPhrasesAsWrittenAreTheirOwn(t *testing.T) {
	data, _ := withVocabulary(t, `vocabulary:
  - means: tight
    words: [wound up]
  - means: sore
    words: [wound]
`)
	if _, err := Parse("kb.yaml", data); err != nil {
		t.Fatalf("Parse: %v", err)
	}
}

// TestExplainShowsPhrasesAsWritten checks that ask --explain shows what
// the vocabulary read: the default base's "wound up" as tight, a wound
// not.
func TestExplainShowsPhrasesAsWritten(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	words := func(q string) []string {
		var out []string
		for _, w := range m.ExplainWords(NewMessage(q), nil) {
			out = append(out, w.Word)
		}
		return out
	}
	if got := words("my lower back is wound up"); !slices.Contains(got, "tight") || slices.Contains(got, "wound") {
		t.Errorf("explain(wound up) words = %q, want tight", got)
	}
	if got := words("i have a wound on my lower back"); slices.Contains(got, "tight") {
		t.Errorf("explain(a wound) words = %q, want no tight", got)
	}
}

// TestSynonymPhraseTypedWithASlip checks that a phrase of two words or
// more is read with one slip of the keys in one of its words, and that
// nothing else is: two slips, a one-word phrase, another form of a word
// the staff wrote, a real word a letter away, and small words.
func TestSynonymPhraseTypedWithASlip(t *testing.T) {
	x := buildSynonyms([]Synonym{
		{Means: "book online", Words: []string{"booking link"}},
		{Means: "upper back", Words: []string{"shoulder blades"}},
		{Means: "knots", Words: []string{"kinks"}},
		{Means: "tight", Words: []string{"wound up"}},
	})
	tests := []struct {
		text, want string
	}{
		{"send the boking link", "send book online"},        // first word slipped
		{"send the booking lnik", "send book online"},       // a later word slipped
		{"the bookng link", "book online"},                  // a letter left out
		{"sholder blades ache", "upper back ache"},          // first word, letter left out
		{"send the boking lnik", "send boking lnik"},        // two slips: not the phrase
		{"my back has kinkz", "back kinkz"},                 // one word: the matcher's to correct
		{"my shoulder blade aches", "shoulder blade aches"}, // another form, not a slip
		{"send the booking line", "send booking line"},      // "line" is a word of its own
		{"my back is all wund up", "back wund"},             // small words: only as written
	}
	for _, tt := range tests {
		written := appendWords(nil, Normalize(tt.text))
		got := strings.Join(x.rewriteIn(nil, appendContent(nil, written), written), " ")
		if got != tt.want {
			t.Errorf("rewriteIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestIsSlipOf checks the one-slip test the vocabulary reads phrases with.
func TestIsSlipOf(t *testing.T) {
	tests := []struct {
		typed, want string
		minLen      int
		slip        bool
	}{
		{"boking", "booking", 5, true},   // a letter left out
		{"bookinng", "booking", 5, true}, // a letter added
		{"bokoing", "booking", 5, true},  // two letters swapped
		{"lnik", "link", 4, true},
		{"lnik", "link", 5, false},         // too short a word
		{"booking", "booking", 5, false},   // the word itself
		{"vooking", "booking", 5, false},   // a new first letter
		{"bkoing", "booking", 5, false},    // two slips
		{"blade", "blades", 5, false},      // another form of the word
		{"bookingss", "booking", 5, false}, // two letters more
	}
	for _, tt := range tests {
		if got := isSlipOf(tt.typed, tt.want, tt.minLen); got != tt.slip {
			t.Errorf("isSlipOf(%q, %q, %d) = %v, want %v", tt.typed, tt.want, tt.minLen, got, tt.slip)
		}
	}
}

// TestEverydayWordsNotReadAsSlips checks that everyday words a letter away
// from a word of the base mean nothing to it ("staff" is not "stiff",
// "note" is not "knot"), while the base's phrases still read through a
// slip ("boking link" is the booking link).
func TestEverydayWordsNotReadAsSlips(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, w := range []string{"policy", "staff", "note", "lift", "link"} {
		if r, ok := m.resolve(w); ok && r.t[0].conf < 1 {
			t.Errorf("resolve(%q) reads a slip of a base word (conf %.2f)", w, r.t[0].conf)
		}
	}
	for _, q := range []string{"can i get the boking link", "where is the booking lnik"} {
		got := m.rewrite(appendWords(nil, Normalize(q)))
		if !slices.Contains(got, "online") || slices.Contains(got, "long") {
			t.Errorf("rewrite(%q) = %q, want the booking link read as the base's \"book online\"", q, got)
		}
	}
}
