package knowledge

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// The placeholders Redact writes in place of personal data.
const (
	RedactedEmail    = "[email]"
	RedactedPhone    = "[phone]"
	RedactedID       = "[id]"
	RedactedPostcode = "[postcode]"
	RedactedAddress  = "[address]"
	RedactedName     = "[name]"
)

// redaction is one kind of personal data: a pattern and what replaces it.
// replace may use $1-style references to keep words around the data.
type redaction struct {
	pattern *regexp.Regexp
	replace string
}

// streetSuffixes are the street types that make "NUMBER words SUFFIX" an
// address whatever the case. Suffixes that are also common words ("way",
// "place", "court", "park") count only after capitalised names, below.
const streetSuffixes = `street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|crescent|cres|crt|ct|parkway|pkwy|highway|hwy|terrace|terr|pl|sq|trl|cir|concession|sideroad`

// redactions run in order: a later pattern sees the placeholders of the
// earlier ones, never the data. Longer, more specific forms come first, so
// an address's house number is not taken for an id, nor a health card's
// digits for a phone number.
var redactions = []redaction{
	// Emails, also written out ("jo at gmail dot com").
	{regexp.MustCompile(`(?i)[a-z0-9._%+'-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`), RedactedEmail},
	{regexp.MustCompile(`(?i)\b[a-z0-9._%+-]+\s*(?:\(at\)|\[at\]|\sat\s)\s*[a-z0-9-]+\s*(?:\(dot\)|\[dot\]|\sdot\s)\s*(?:com|ca|net|org|edu|info|co)\b`), RedactedEmail},
	// Street addresses: "1151 Richmond St N", "42 Wharncliffe Road South",
	// "12 Maple Court", then unit numbers and post boxes.
	{regexp.MustCompile(`(?i)\b\d{1,6}[a-z]?(?:\s+[a-z0-9.'-]+){1,4}?\s+(?:` + streetSuffixes + `)\b\.?(?:\s+(?:n|s|e|w|north|south|east|west)\b\.?)?`), RedactedAddress},
	{regexp.MustCompile(`\b\d{1,6}[A-Za-z]?(?:\s+[A-Z][a-zA-Z'-]+){1,3}\s+(?:Way|Place|Court|Circle|Park|Row|Line|Gate|Square|Trail|Close|Grove|Heights|Mews)\b`), RedactedAddress},
	{regexp.MustCompile(`(?i)\b(?:apt|apartment|unit|suite|ste)\.?\s*#?\s*\d+[a-z]?\b`), RedactedAddress},
	{regexp.MustCompile(`(?i)\bp\.?\s?o\.?\s+box\s+\d+\b`), RedactedAddress},
	// Postal codes: Canadian (N6A 1B2, n6a1b2), British (SW1A 1AA, written
	// in capitals), and US ZIP codes after a state or the word "zip".
	{regexp.MustCompile(`(?i)\b[a-z]\d[a-z][\s-]?\d[a-z]\d\b`), RedactedPostcode},
	{regexp.MustCompile(`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`), RedactedPostcode},
	{regexp.MustCompile(`\b\d{5}-\d{4}\b`), RedactedPostcode},
	{regexp.MustCompile(`\b([A-Z]{2}\s+)\d{5}\b`), "${1}" + RedactedPostcode},
	{regexp.MustCompile(`(?i)(\bzip(?:\s*code)?[:\s]+)\d{5}\b`), "${1}" + RedactedPostcode},
	// Health cards: Ontario's 10 digits as 4-3-3 with an optional two-letter
	// version code ("1234-567-890-AB"); then ids that mix letters and
	// digits (passport, licence).
	{regexp.MustCompile(`\b\d{4}[\s-]?\d{3}[\s-]?\d{3}(?:[\s-]?[A-Za-z]{2})?\b`), RedactedID},
	{regexp.MustCompile(`\b[A-Za-z]{1,3}-?\d{6,}\b`), RedactedID},
	{regexp.MustCompile(`(?i)\b[a-z]\d{4}[\s-]\d{5}[\s-]\d{5}\b`), RedactedID},
	// Phone numbers: North American with or without +1 and brackets,
	// international (+44 20 7946 0958), and local 555-1234.
	{regexp.MustCompile(`(?:\+?\b1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b`), RedactedPhone},
	{regexp.MustCompile(`\+\d(?:[\s.()-]{0,2}\d){7,14}\b`), RedactedPhone},
	{regexp.MustCompile(`\b\d{3}[\s.-]\d{4}\b`), RedactedPhone},
	// Any other run of seven or more digits (SIN, card, member numbers),
	// single spaces or dashes allowed between them.
	{regexp.MustCompile(`\b\d(?:[\s-]?\d){6,}\b`), RedactedID},
	// A name given outright: "my name is Jo Smith".
	{regexp.MustCompile(`\b((?i:my name is|my name's|i am called|name:))\s+[A-Za-z][A-Za-z'-]*(?:\s+[A-Z][a-zA-Z'-]+)?`), "${1} " + RedactedName},
}

// Redact replaces the personal data in s that a member may type into a
// question (emails, phone numbers, health-card and other long id numbers,
// postal codes, street addresses, and a name given as "my name is ...")
// with placeholders such as "[email]". Everything else is kept as it was.
//
// It is what keeps the question log free of personal data, so it errs
// towards redacting: a long number that is not an id becomes "[id]" too.
// Names in other phrasings cannot be told from words and are kept; the
// log holds no user id, so a name alone identifies no account.
func Redact(s string) string {
	for _, r := range redactions {
		s = r.pattern.ReplaceAllString(s, r.replace)
	}
	return s
}

// placeholder matches the placeholders Redact writes.
var placeholder = regexp.MustCompile(`\[(?:email|phone|id|postcode|address|name)\]`)

// MaxLogTextLen is the most runes of a question that the log keeps;
// longer text is cut at a word, so a pasted essay cannot bloat the log.
const MaxLogTextLen = 500

// LogText is the form in which a question is kept in the question log:
// Discord's mentions, code and links out, then Redact, on the text as
// typed (an email needs its "@"), then
// Normalize around the placeholders (so "Does it HURT?" and "does it hurt"
// count as one question), a second Redact for digits that normalising
// brought together, and a cut at MaxLogTextLen runes.
//
// It returns "" when nothing but placeholders or nothing wordlike is left
// (a message of emoji only): such a question tells staff nothing and is
// not stored. LogText(LogText(s)) == LogText(s).
func LogText(s string) string {
	s = stripDiscord(s)
	// Normalising can bring digits together that Redact then catches, so
	// repeat until nothing changes; two rounds are enough in practice.
	for range 4 {
		next := normalizeAround(Redact(s))
		if next == s {
			break
		}
		s = next
	}
	s = cutAtWord(s, MaxLogTextLen)
	if strings.TrimSpace(placeholder.ReplaceAllString(s, "")) == "" {
		return ""
	}
	return s
}

// normalizeAround normalises the text between placeholders, leaving the
// placeholders as words of their own.
func normalizeAround(s string) string {
	var parts []string
	add := func(text string) {
		if n := Normalize(text); n != "" {
			parts = append(parts, n)
		}
	}
	last := 0
	for _, loc := range placeholder.FindAllStringIndex(s, -1) {
		add(s[last:loc[0]])
		parts = append(parts, s[loc[0]:loc[1]])
		last = loc[1]
	}
	add(s[last:])
	return strings.Join(parts, " ")
}

// cutAtWord cuts s to at most n runes, at the last space before the limit
// when there is one, so that no placeholder is cut in half.
func cutAtWord(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			s = s[:k]
			break
		}
		i++
	}
	if sp := strings.LastIndexByte(s, ' '); sp > 0 {
		s = s[:sp]
	}
	return strings.TrimSpace(s)
}
