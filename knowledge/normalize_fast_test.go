package knowledge

import (
	"strings"
	"testing"
	"unicode"
)

// normalizeSamples are messages for the ASCII shortcut of Normalize, with
// the cases it must hand on to the general path (backticks, accents) and
// the contractions and quotes it reads itself among them.
var normalizeSamples = []string{
	"", " ", "Hello", "HELLO there!!", "is deep tisue good for my lower back??", "sooo gooood",
	"AAa aAA", "1112223", "what's up", "don`t", "café", "a--b__c", "  lead and trail  ",
	"<@123> hi @everyone see https://example.com/x?y=1 `code` ```block```", "x\ty\nz",
	"Mmmmassage", "b2b 24/7 100%", "e\u0301", "BOOK A DEEP TISSUE FOR FRIDAY",
	"I'M SOOO SORE, CAN'T SLEEP", "'quoted' words", "my back's killing me", "it's '", "y'all'd've", "o'clock's",
	"sooo'ss", "'s", "shouldn't've?", "my AAA.", "aaa's", "AAA1 aaa-aaa", "aaaa",
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
	// textBytes's one pass tells what hasDiscordMarkup and plainASCII do.
	if got, want := textBytes(s)&byteMarkup != 0, hasDiscordMarkup(s); got != want {
		t.Errorf("textBytes(%q) says markup %v, hasDiscordMarkup %v", s, got, want)
	}
	if got, want := textBytes(s)&byteNotPlain == 0, plainASCII(s); got != want {
		t.Errorf("textBytes(%q) says plain %v, plainASCII %v", s, got, want)
	}
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

// TestStripDiscordAgrees checks stripDiscord, which copies the text a run
// at a time and only when it blanks something out, against the plain
// byte-by-byte version it replaced, at every cut of the samples.
func TestStripDiscordAgrees(t *testing.T) {
	samples := append(normalizeSamples, "see HTTPS://x.y and Www.z", "hTtP://a", "wWw.", "http:/", "ｈttp://",
		"<:smile:123> <a:wave:45> <#9> <@&7> <@!8> <https://x.y> <nope>", "@here: @everyone, @hereby", "hey @SynergyBot hi, me@x.ca @ 5 @7up", "~~no~~ yes ~~ ~~~~ ~~a~~~", "``` open", "`a` `b", "a:b/c",
		"go to www.example.com", "```a```b```c", "hey :pray: :pray:", "10:30:00 q:what :+1:", "``c", "say `trigger point therapy` pls")
	for _, s := range samples {
		for i := range len(s) + 1 {
			checkStripDiscord(t, s[i:])
			checkStripDiscord(t, s[:i])
		}
	}
}

// FuzzStripDiscord is TestStripDiscordAgrees on any text.
func FuzzStripDiscord(f *testing.F) {
	for _, s := range normalizeSamples {
		f.Add(s)
	}
	f.Fuzz(checkStripDiscord)
}

func checkStripDiscord(t *testing.T, s string) {
	if got, want := stripDiscord(s), stripDiscordByteByByte(s); got != want {
		t.Errorf("stripDiscord(%q) = %q, the byte-by-byte version gives %q", s, got, want)
	}
}

// stripDiscordByteByByte is stripDiscord as it was before it copied runs:
// the reference it must agree with.
func stripDiscordByteByByte(s string) string {
	if !strings.ContainsAny(s, "`<@:/~") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "~~") && strings.Index(rest[2:], "~~") > 0:
			// Struck-out text is taken back.
			i += 2 + strings.Index(rest[2:], "~~") + 2
			b.WriteByte(' ')
		case strings.HasPrefix(rest, "```"):
			// A fenced block runs to the next fence, or to the end.
			end := strings.Index(rest[3:], "```")
			if end < 0 {
				i = len(s)
			} else {
				i += 3 + end + 3
			}
			b.WriteByte(' ')
		case rest[0] == '`':
			// Inline code keeps its text: members quote the name of a
			// thing that way ("explain `trigger point therapy`").
			end := strings.IndexByte(rest[1:], '`')
			b.WriteByte(' ')
			if end < 0 {
				i++ // a lone backtick is only punctuation
			} else {
				b.WriteString(rest[1 : 1+end])
				b.WriteByte(' ')
				i += 1 + end + 1
			}
		case rest[0] == ':' && (i == 0 || !isWordByte(s[i-1])) && shortcodeLen(rest) > 0:
			// An emoji typed as its name (":pray:") is an emoji, not a word.
			i += shortcodeLen(rest)
			b.WriteByte(' ')
		case rest[0] == '<':
			if n := discordTokenLen(rest); n > 0 {
				i += n
				b.WriteByte(' ')
			} else {
				b.WriteByte('<')
				i++
			}
		case rest[0] == '@' && (hasWordPrefix(rest[1:], "everyone") || hasWordPrefix(rest[1:], "here") ||
			(i == 0 || !isWordByte(s[i-1])) && len(rest) > 1 && isWordByte(rest[1])):
			i += 1 + len(firstWord(rest[1:]))
			b.WriteByte(' ')
		case hasURLPrefix(rest):
			n := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == ')' })
			if n < 0 {
				n = len(rest)
			}
			i += n
			b.WriteByte(' ')
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// TestLongMessageNormalizedAgrees checks that NewMessage, which normalises
// a long message's sentences into one text, gives each sentence's
// Normalize joined by single spaces, empty ones left out.
func TestLongMessageNormalizedAgrees(t *testing.T) {
	long := strings.Repeat("I'm sooo sore. Café au lait?! `code` and <@123> ... ", 6)
	for _, s := range append(normalizeSamples, long, long+strings.Join(normalizeSamples, ". ")) {
		checkLongMessageNormalized(t, strings.Repeat(s+"\n", longMessage/(len(s)+1)+1))
	}
}

// FuzzLongMessageNormalized is TestLongMessageNormalizedAgrees on any text.
func FuzzLongMessageNormalized(f *testing.F) {
	for _, s := range normalizeSamples {
		f.Add(s + ". " + s + "? " + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkLongMessageNormalized(t, strings.Repeat(s+" ", longMessage/(len(s)+1)+1))
	})
}

func checkLongMessageNormalized(t *testing.T, text string) {
	var want []string
	for _, s := range splitSentences(stripDiscord(text)) {
		if n := Normalize(s); n != "" {
			want = append(want, n)
		}
	}
	if got := NewMessage(text).Normalized; got != strings.Join(want, " ") {
		t.Errorf("NewMessage(%q).Normalized = %q, want %q", text, got, strings.Join(want, " "))
	}
}

// stemByList is stemWith as it was written before its suffix lists were
// guarded by their last letters: the reference TestStemShortcut checks
// stemWith against.
func stemByList(w string, restoreE bool) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	for _, sfx := range []string{"ly", "ness", "ful", "ment"} {
		if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 4 {
			w = s
		}
	}
	for _, sfx := range []string{"ibility", "ability", "ible", "able"} {
		if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 3 {
			w = s
			break
		}
	}
	for _, sfx := range []string{"ing", "ed"} {
		if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 3 && hasVowel(s) {
			w = s
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && !strings.ContainsRune("lsz", rune(w[n-1])) {
				w = w[:n-1]
			} else if restoreE && n == 3 && !isVowel(w[0]) && isVowel(w[1]) && !isVowel(w[2]) && !strings.ContainsRune("wxy", rune(w[2])) {
				w += "e"
			}
			break
		}
	}
	if len(w) > 4 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

// TestStemShortcut checks stemWith against stemByList on every everyday
// word, every word of the default base and words made to end in each
// suffix.
func TestStemShortcut(t *testing.T) {
	words := NewMatcher(Default(), MatchOptions{}).vocab.words
	for w := range everyday {
		words = append(words, w)
	}
	for _, sfx := range []string{"sses", "ies", "s", "ly", "ness", "ful", "ment", "ibility", "ability", "ible", "able", "ing", "ed", "e", "fully", "ments", "nessly", "edly", "ingly", "ables"} {
		for _, root := range []string{"", "a", "ab", "abc", "knot", "knott", "com", "mak", "press", "tre", "sto", "ableness"} {
			words = append(words, root+sfx)
		}
	}
	for _, w := range words {
		checkStem(t, w)
	}
}

// FuzzStem is TestStemShortcut on any word.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"knotted", "coming", "treatments", "flexibility", "massages"} {
		f.Add(w)
	}
	f.Fuzz(checkStem)
}

func checkStem(t *testing.T, w string) {
	for _, restoreE := range []bool{true, false} {
		if got, want := stemWith(w, restoreE), stemByList(w, restoreE); got != want {
			t.Errorf("stemWith(%q, %v) = %q, stemByList gives %q", w, restoreE, got, want)
		}
	}
}
