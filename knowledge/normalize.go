package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize turns a Discord message into plain lowercase words separated by
// single spaces, the form the matcher reads. It removes what carries no
// meaning for matching and undoes the habits of chat:
//
//   - code blocks, URLs, mentions (<@123>, <@!123>, <#123>, <@&123>,
//     @everyone, @here), custom emoji (<:name:id>, <a:name:id>) and emoji
//     typed as shortcodes (":pray:"); inline code keeps its text, since
//     members quote names that way;
//   - Markdown and all other punctuation, curly quotes and accents
//     ("café" becomes "cafe");
//   - contractions: "what's" becomes "what is", "can't" becomes "can not",
//     "back's" becomes "back";
//   - letters (not digits: "1999") repeated three times or more: "sooo" becomes "so", "heeelp"
//     becomes "help".
//
// Digits are kept. The result is empty when nothing wordlike is left.
func Normalize(s string) string {
	if f := textBytes(s); f&byteMarkup == 0 {
		// Nothing to strip (most messages): the same pass told whether
		// s is plain ASCII.
		if f&byteNotPlain == 0 {
			return asciiNormalized(s)
		}
		return normalizeText(s)
	}
	s = stripDiscord(s)
	if out, ok := normalizeASCII(s); ok {
		return out
	}
	return normalizeText(s)
}

// The kinds of byte that textBytes reports: one that may start Discord
// markup (see hasDiscordMarkup), and one that plainASCII refuses.
const (
	byteMarkup   = 1 << iota // ` < @ : / ~
	byteNotPlain             // ` and every byte of a multi-byte rune
)

// byteKinds holds the kinds of every byte value.
var byteKinds = func() (out [256]uint8) {
	for _, c := range []byte("`<@:/~") {
		out[c] |= byteMarkup
	}
	out['`'] |= byteNotPlain
	for c := utf8.RuneSelf; c < 256; c++ {
		out[c] |= byteNotPlain
	}
	return out
}()

// textBytes returns the kinds of byte s holds, in one pass over it: for a
// short message, cheaper than hasDiscordMarkup's pass per byte value
// followed by plainASCII's.
func textBytes(s string) uint8 {
	var f uint8
	for i := 0; i < len(s); i++ {
		f |= byteKinds[s[i]]
	}
	return f
}

// normalizeASCII is Normalize's second half for the usual message: ASCII
// without backticks, so without accents. It does in one pass and one
// allocation what normalizeText does in two: lowercase the letters, keep
// letters and digits, make runs of anything else one space, a letter
// repeated three times or more one letter, and expand the contractions
// ("what's"). ok is false, and nothing done, for any other text.
func normalizeASCII(s string) (out string, ok bool) {
	if !plainASCII(s) {
		return "", false
	}
	return asciiNormalized(s), true
}

// asciiNormalized is normalizeASCII(s) for s that is plainASCII.
func asciiNormalized(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	writeASCII(&b, s)
	return b.String()
}

// plainASCII reports whether s is ASCII without backticks, the text
// normalizeASCII reads.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '`' {
			return false
		}
	}
	return true
}

// writeASCII writes normalizeASCII(s) to b, for s that is plainASCII;
// every word after a space when b holds text already.
func writeASCII(b *strings.Builder, s string) {
	// quote is the index of the next apostrophe at or after the word
	// being read, or -1 for none: most text has none, and its words are
	// read once.
	quote := strings.IndexByte(s, '\'')
	for i := 0; i < len(s); {
		if !isASCIIAlnum(s[i]) && s[i] != '\'' {
			i++
			continue
		}
		if quote >= 0 && quote < i {
			if quote = strings.IndexByte(s[i:], '\''); quote >= 0 {
				quote += i
			}
		}
		if quote >= 0 {
			// A word with an apostrophe is a contraction ("what's"),
			// or quoted: as normalizeText reads it.
			end := i
			for end < len(s) && (isASCIIAlnum(s[end]) || s[end] == '\'') {
				end++
			}
			if quote < end {
				writeContraction(b, strings.ToLower(s[i:end]))
				i = end
				continue
			}
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if end, ok := plainWordEnd(s, i); ok {
			// Most words are already lowercase without a letter run:
			// copied whole.
			b.WriteString(s[i:end])
			i = end
			continue
		}
		if end := i + len(tripleA); end <= len(s) && strings.EqualFold(s[i:end], tripleA) && (end == len(s) || !isASCIIAlnum(s[end]) && s[end] != '\'') {
			b.WriteString(tripleASpoken)
			i = end
			continue
		}
		// One word, run by run of the same lowercased character.
		for i < len(s) && isASCIIAlnum(s[i]) {
			c := lowerASCIIByte(s[i])
			j := i + 1
			for j < len(s) && lowerASCIIByte(s[j]) == c {
				j++
			}
			n := j - i
			if n >= 3 && c >= 'a' && c <= 'z' {
				n = 1 // collapseRuns
			}
			for range n {
				b.WriteByte(c)
			}
			i = j
		}
	}
}

// plainWordEnd returns the end of the word of letters and digits that
// starts at s[i], and whether writeASCII writes it as it is: no capital
// letter and no character three times in a row (collapseRuns).
func plainWordEnd(s string, i int) (int, bool) {
	var prev, prev2 byte
	j := i
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			return j, false
		default:
			return j, true
		}
		if c == prev && c == prev2 && c >= 'a' {
			return j, false
		}
		prev2, prev = prev, c
	}
	return j, true
}

// writeContraction writes to b the words of w, a lowercase word with
// apostrophes: its contraction expanded, the apostrophes dropped and runs
// of a letter collapsed, each word after a space when b holds text.
func writeContraction(b *strings.Builder, w string) {
	for _, part := range expandContraction(w) {
		part = collapseRuns(strings.ReplaceAll(part, "'", ""))
		if part == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part)
	}
}

// writeNormalized writes Normalize(s) to b, after a space when both b and
// it hold text: the sentences of a message written one after the other
// make Normalize of each joined by single spaces, with no string of its
// own for each.
func writeNormalized(b *strings.Builder, s string) {
	if f := textBytes(s); f&byteMarkup == 0 {
		// Nothing to strip, as Normalize reads it.
		if f&byteNotPlain == 0 {
			writeASCII(b, s)
			return
		}
	} else if s = stripDiscord(s); plainASCII(s) {
		writeASCII(b, s)
		return
	}
	if n := normalizeText(s); n != "" {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(n)
	}
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func lowerASCIIByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// normalizeText is Normalize's second half for any text, once Discord's
// markup is stripped.
func normalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	// Apostrophes survive this pass (as ') so contractions can be expanded
	// word by word; every other non-letter, non-digit becomes a space.
	for i, r := range s {
		switch {
		case r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' || r == '´':
			b.WriteByte('\'')
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
			default:
				b.WriteByte(' ')
			}
		case unicode.Is(unicode.Mn, r):
			// A combining accent typed or pasted on its own ("e" followed
			// by U+0301) is dropped like a precomposed one.
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			foldLetter(&b, r, s[i:])
		default:
			b.WriteByte(' ')
		}
	}
	var out strings.Builder
	out.Grow(b.Len())
	for w := range strings.FieldsSeq(b.String()) {
		if !strings.Contains(w, "'") {
			if w == tripleA {
				w = tripleASpoken
			}
			w = collapseRuns(w)
			if out.Len() > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(w)
			continue
		}
		writeContraction(&out, w)
	}
	return out.String()
}

// hasDiscordMarkup reports whether s holds any byte that can start what
// stripDiscord removes: strings.ContainsAny(s, "`<@:/"), written as one
// IndexByte per byte, which is vectorised, since every message and every
// sentence of a long one goes through it.
func hasDiscordMarkup(s string) bool {
	return strings.IndexByte(s, '`') >= 0 || strings.IndexByte(s, '<') >= 0 || strings.IndexByte(s, '@') >= 0 ||
		strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, '~') >= 0
}

// maxQuotedBlock is the longest fenced block, in bytes, that stripDiscord
// reads as words quoted rather than pasted (see quotedProse).
const maxQuotedBlock = 60

// quotedProse reports whether the text of a fenced block is a few words
// of prose: two words or more, at most maxQuotedBlock bytes, of letters,
// spaces, apostrophes and hyphens only, on one line.
func quotedProse(block string) bool {
	if len(block) > maxQuotedBlock || strings.Count(strings.TrimSpace(block), " ") == 0 {
		return false
	}
	for _, r := range block {
		if !unicode.IsLetter(r) && r != ' ' && r != '\'' && r != '-' {
			return false
		}
	}
	return true
}

// stripDiscord blanks out the parts of a Discord message that are not prose:
// fenced code, URLs, mentions, channel links, custom emoji, emoji
// shortcodes, @everyone/@here and struck-out text; inline code keeps its
// text. Each becomes
// a space so the words around stay apart.
func stripDiscord(s string) string {
	if !hasDiscordMarkup(s) {
		return s
	}
	// The text is copied only once something is blanked out, and then a
	// run at a time: most bytes start nothing stripDiscord removes.
	var b strings.Builder
	copied := 0 // s[:copied] is in b
	blank := func(from, to int) {
		if copied == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[copied:from])
		b.WriteByte(' ')
		copied = to
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '`' && c != '<' && c != '@' && c != ':' && c != '~' && c|0x20 != 'h' && c|0x20 != 'w' {
			i++ // starts neither code, a mention, @everyone, a shortcode, struck-out text nor a URL
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "~~") && strings.Index(rest[2:], "~~") > 0:
			// Struck-out text is what the member took back: "~~swedish~~
			// myofascial therapy?" asks about myofascial therapy.
			next := i + 2 + strings.Index(rest[2:], "~~") + 2
			blank(i, next)
			i = next
		case strings.HasPrefix(rest, "```"):
			// A fenced block runs to the next fence, or to the end.
			next := len(s)
			end := strings.Index(rest[3:], "```")
			if end >= 0 {
				next = i + 3 + end + 3
			}
			if end > 0 && quotedProse(rest[3:3+end]) {
				// A few words of prose on one line are quoted, as inline
				// code is ("```knots in my upper back``` how do i get
				// rid of these"); a paste runs over lines or holds code
				// ("```panic: nil map```").
				blank(i, i+3)
				blank(next-3, next)
			} else {
				blank(i, next)
			}
			i = next
		case c == '`':
			// Inline code keeps its text: members quote the name of a
			// thing that way ("explain `trigger point therapy`"). Both
			// backticks become spaces; a lone one is only punctuation.
			end := strings.IndexByte(rest[1:], '`')
			blank(i, i+1)
			if end < 0 {
				i++
				continue
			}
			closing := i + 1 + end
			blank(closing, closing+1)
			i = closing + 1
		case c == ':' && (i == 0 || !isWordByte(s[i-1])) && shortcodeLen(rest) > 0:
			// An emoji typed as its name (":pray:") is an emoji, not a word.
			n := shortcodeLen(rest)
			blank(i, i+n)
			i += n
		case c == '<':
			if n := discordTokenLen(rest); n > 0 {
				blank(i, i+n)
				i += n
			} else {
				i++
			}
		case c == '@' && (hasWordPrefix(rest[1:], "everyone") || hasWordPrefix(rest[1:], "here") ||
			(i == 0 || !isWordByte(s[i-1])) && len(rest) > 1 && isWordByte(rest[1])):
			// @everyone, @here, and a name typed after "@" ("hey
			// @SynergyBot what's rolfing"): whom the message is for,
			// not what it asks. An e-mail address ("me@example.com")
			// has a word before its "@" and stays.
			n := 1 + len(firstWord(rest[1:]))
			blank(i, i+n)
			i += n
		case hasURLPrefix(rest):
			n := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == ')' })
			if n < 0 {
				n = len(rest)
			}
			blank(i, i+n)
			i += n
		default:
			i++
		}
	}
	if copied == 0 {
		return s // nothing blanked out
	}
	b.WriteString(s[copied:])
	return b.String()
}

// shortcodeLen returns the length of the emoji shortcode (":pray:",
// ":+1:", ":thumbsup_tone2:") at the start of s, or 0 if there is none: a
// colon, two or more lowercase letters, digits, "_", "+" or "-" with a
// letter or "+" among them, a colon, and no word straight after it, so that
// times ("10:30:00") and "q:what" stay text.
func shortcodeLen(s string) int {
	letter := false
	for j := 1; j < len(s) && j < 64; j++ {
		c := s[j]
		switch {
		case c >= 'a' && c <= 'z', c == '+':
			letter = true
		case c >= '0' && c <= '9', c == '_', c == '-':
		case c == ':' && j >= 3 && letter && (j+1 == len(s) || !isWordByte(s[j+1])):
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// discordTokenLen returns the length of the mention, channel link, role
// mention, custom emoji or <url> at the start of s, or 0 if there is none.
func discordTokenLen(s string) int {
	end := strings.IndexByte(s, '>')
	if end < 0 || end > 200 {
		return 0
	}
	inner := s[1:end]
	switch {
	case strings.HasPrefix(inner, "@!"), strings.HasPrefix(inner, "@&"):
		inner = inner[2:]
	case strings.HasPrefix(inner, "@"), strings.HasPrefix(inner, "#"):
		inner = inner[1:]
	case strings.HasPrefix(inner, ":"), strings.HasPrefix(inner, "a:"):
		// <:name:id> or <a:name:id>
		parts := strings.Split(inner, ":")
		if len(parts) == 3 && isDigits(parts[2]) {
			return end + 1
		}
		return 0
	case hasURLPrefix(inner):
		return end + 1
	default:
		return 0
	}
	if isDigits(inner) {
		return end + 1
	}
	return 0
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func hasURLPrefix(s string) bool {
	// stripDiscord asks at every byte of a message: most bytes start
	// neither "http" nor "www".
	if s == "" || s[0]|0x20 != 'h' && s[0]|0x20 != 'w' {
		return false
	}
	return hasFoldPrefix(s, "http://") || hasFoldPrefix(s, "https://") || hasFoldPrefix(s, "www.")
}

func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// hasWordPrefix reports whether s starts with word followed by a non-letter.
func hasWordPrefix(s, word string) bool {
	return hasFoldPrefix(s, word) && (len(s) == len(word) || !isASCIILetter(s[len(word)]))
}

func firstWord(s string) string {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return s[:i]
		}
	}
	return s
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// tripleA, a word of its own, is the abbreviation of an abdominal aortic
// aneurysm ("my uncle has a AAA"), which collapseRuns would fold to "a":
// it is written as people say it, tripleASpoken. A longer run ("aaaa") is
// a cry, and collapses.
const (
	tripleA       = "aaa"
	tripleASpoken = "triple a"
)

// collapseRuns shortens every run of three or more equal letters to one:
// people stretch words for emphasis ("sooo", "heeelp"), never spell them so.
// Double letters are left alone: they are how words are spelled. Digits
// are left alone too: "1999" and "2000" are written so.
func collapseRuns(w string) string {
	run := false
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] && (w[i] < '0' || w[i] > '9') {
			run = true
			break
		}
	}
	if !run {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		j := i
		for j < len(w) && w[j] == w[i] {
			j++
		}
		if j-i >= 3 && (w[i] < '0' || w[i] > '9') {
			b = append(b, w[i])
		} else {
			b = append(b, w[i:j]...)
		}
		i = j
	}
	return string(b)
}

// contractions maps the contracted words whose expansion is not regular.
var contractions = map[string][]string{
	"can't": {"can", "not"}, "cant": {"can", "not"}, "won't": {"will", "not"},
	"shan't": {"shall", "not"}, "ain't": {"is", "not"}, "i'm": {"i", "am"},
	"let's": {"let", "us"}, "y'all": {"you", "all"},
}

// isSuffixes are the words whose 's means "is" or "has" rather than a
// possessive; after other words ("back's", "clinic's") the 's is dropped.
var isSuffixes = map[string]bool{
	"it": true, "that": true, "what": true, "where": true, "who": true, "how": true,
	"there": true, "here": true, "he": true, "she": true, "when": true, "why": true,
}

// expandContraction splits a contracted word into its parts: "what's" into
// "what is", "didn't" into "did not", "you're" into "you are".
func expandContraction(w string) []string {
	if !strings.Contains(w, "'") {
		return []string{w}
	}
	w = strings.Trim(w, "'")
	if parts, ok := contractions[w]; ok {
		return parts
	}
	for _, sfx := range []struct{ suffix, word string }{
		{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'d", "would"}, {"'m", "am"},
	} {
		if stem, ok := strings.CutSuffix(w, sfx.suffix); ok && stem != "" {
			return []string{stem, sfx.word}
		}
	}
	if stem, ok := strings.CutSuffix(w, "'s"); ok && stem != "" {
		if isSuffixes[stem] {
			return []string{stem, "is"}
		}
		return []string{stem}
	}
	return []string{strings.ReplaceAll(w, "'", "")}
}

// foldLetter writes the plain lowercase form of the letter or digit r,
// which starts s, to b. Accents are removed by decomposing the letter (NFKD:
// "ǎ" is "a" and a caron, "ﬁ" is "f" and "i", a fullwidth "Ａ" is "A") and
// dropping the combining marks, so every accent Unicode knows folds without
// a table of its own. Only letters that do not decompose are looked up in
// undecomposable. Letters of other scripts keep their base letter, lowercased.
func foldLetter(b *strings.Builder, r rune, s string) {
	d := norm.NFKD.PropertiesString(s).Decomposition()
	if d == nil {
		writeFolded(b, unicode.ToLower(r))
		return
	}
	for len(d) > 0 {
		c, n := utf8.DecodeRune(d)
		d = d[n:]
		switch {
		case c >= 'A' && c <= 'Z':
			b.WriteByte(byte(c) + 'a' - 'A')
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteByte(byte(c))
		case unicode.Is(unicode.Mn, c):
			// the accent itself
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			writeFolded(b, unicode.ToLower(c))
		case unicode.IsSpace(c):
			// A ligature of words (Arabic presentation forms) keeps
			// them apart.
			b.WriteByte(' ')
		default:
			// Punctuation inside a letter ("ŀ" is "l" and a middle
			// dot) is part of its spelling, not a word break.
		}
	}
}

// writeFolded writes the lowercase letter r, which does not decompose, to b:
// its ASCII spelling when it is in undecomposable, else itself.
func writeFolded(b *strings.Builder, r rune) {
	if f, ok := undecomposable[r]; ok {
		b.WriteString(f)
		return
	}
	b.WriteRune(r)
}

// undecomposable maps the lowercase Latin letters that Unicode does not
// decompose into a base letter and an accent (a stroke, a ligature, a
// letter of its own) to the ASCII letters people type instead.
var undecomposable = map[rune]string{
	'ø': "o", 'ł': "l", 'đ': "d", 'ð': "d", 'ħ': "h", 'ŧ': "t", 'ı': "i", 'ȷ': "j",
	'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ƒ': "f", 'ĸ': "k",
	'ŋ': "n", 'ɨ': "i", 'ʉ': "u", 'ƀ': "b", 'ɇ': "e", 'ɉ': "j", 'ɍ': "r", 'ɏ': "y",
	'ƶ': "z", 'ȥ': "z",
}
