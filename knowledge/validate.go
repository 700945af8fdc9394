package knowledge

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// validID is the form of an entry id: a lowercase slug such as
// "deep-tissue-massage".
var validID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// isValidID is validID.MatchString without the expression: a check made
// twice per entry of a 10,000-entry file is worth writing out.
func isValidID(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && s[i+1] != '-': // s[i+1] exists: s does not end in '-'
		default:
			return false
		}
	}
	return true
}

// MinQuestions is the fewest sample questions an entry may have: fewer give
// the matcher too little to learn from.
const MinQuestions = 3

// validate checks the rules of a decoded base that the shape of the YAML
// alone does not: required fields, ids, kinds, links between entries,
// addresses and lengths. Problems point at positions the decoder recorded.
func (d *decoder) validate(b *Base) {
	hasClinic := d.decoded("clinic")
	switch {
	case hasClinic && !d.bad["clinic"]:
		d.validateClinic(b.Clinic)
	case !hasClinic && !d.typo["clinic"]:
		d.report(d.at(""), "clinic", "the clinic section is missing",
			"add a clinic: section with name, booking_url, contact_url, website and disclaimer")
	}

	if !d.bad["safety"] {
		d.validateSafety(b.Safety)
	}

	d.validateVocabulary(b)

	hasEntries := d.decoded("entries")
	switch {
	case hasEntries:
		d.validateEntries(b.Entries)
	case !d.typo["entries"]:
		d.report(d.at(""), "entries", "the entries section is missing",
			"add an entries: section with at least one entry; copy the example at the top of the default knowledge base")
	}
}

// validateClinic requires every clinic field, and web addresses that work.
func (d *decoder) validateClinic(c Clinic) {
	d.required("clinic.name", c.Name, "the clinic's name")
	d.requiredURL("clinic.booking_url", c.BookingURL, "the address of the page where people book")
	d.requiredURL("clinic.contact_url", c.ContactURL, "the address of the page with contact details")
	d.requiredURL("clinic.website", c.Website, "the address of the clinic's home page")
	d.required("clinic.disclaimer", c.Disclaimer, "one short line shown under every health answer")
	d.noPlaceholder("clinic.name", c.Name)
	d.noPlaceholder("clinic.disclaimer", c.Disclaimer)
}

// validateSafety checks what the staff changed in the safety screen: the
// messages may be rewritten but must still say what matters (911 for an
// emergency, a doctor otherwise), and words may be added only to concepts
// and groups that exist. Nothing here can remove a built-in rule.
func (d *decoder) validateSafety(s Safety) {
	d.safetyMessage("safety.message", s.Message, "the emergency message must tell people to call 911 or go to the emergency department", "911")
	d.safetyMessage("safety.doctor_message", s.DoctorMessage, "this message must tell people to see a doctor today", "doctor")
	d.safetyMessage("safety.caution_message", s.CautionMessage, "this message must tell people to ask their doctor or one of the clinic's therapists", "doctor")
	d.safetyMessage("safety.crisis_message", s.CrisisMessage, "the crisis message must give the Suicide Crisis Helpline, 9-8-8, and 911 for immediate danger", "988", "911")
	for i, p := range s.Phrases {
		path := indexPath("safety.phrases", i)
		d.nonEmptyItem(path, p, "warning sign")
		d.recognisable(path, p)
	}
	d.quietingConcepts(s.Concepts)
	d.safetyLists("safety.concepts", s.Concepts, SafetyConceptIDs(), "concept")
	d.safetyLists("safety.groups", s.Groups, SafetyGroupIDs(), "red-flag group or caution situation")
}

// quietingConcepts reports every built-in concept in safety.concepts that
// can keep the screen from firing (a denial, the past, a harmless
// explanation): words added to one could hide a real emergency, so staff
// may not extend it. The line is then left out of the other checks.
func (d *decoder) quietingConcepts(concepts map[string][]string) {
	ids := make([]string, 0, len(concepts))
	for id := range concepts {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		field := joinPath("safety.concepts", id)
		if extendable, builtin := SafetyConceptExtendable(id); !builtin || extendable || d.bad[field] {
			continue
		}
		d.bad[field] = true
		d.report(d.at(field), field, fmt.Sprintf("%s is a concept that keeps the safety screen from firing (a denial, the past or a harmless explanation); words added to it could hide a real emergency, which is not allowed", id),
			"remove this line; to catch more warning signs, add words to a symptom, body site or event concept, or phrases to a group (see docs/staff.md)")
	}
}

// safetyMessage checks a safety message that the file sets: not empty, and
// still naming all it must (must, compared ignoring case and the dashes
// of a number written "9-8-8").
func (d *decoder) safetyMessage(path, value, why string, must ...string) {
	if !d.decoded(path) || d.bad[path] {
		return // not set: the built-in message is used
	}
	name := path[strings.LastIndexByte(path, '.')+1:]
	switch {
	case strings.TrimSpace(value) == "":
		d.report(d.at(path), path, name+" is empty",
			fmt.Sprintf("write the message after %q, or remove the line to use the built-in one", name+":"))
	default:
		text := strings.ReplaceAll(strings.ToLower(value), "-", "")
		for _, m := range must {
			if !strings.Contains(text, m) {
				d.report(d.at(path), path, fmt.Sprintf("%s does not mention %q", name, m), why+"; put it back in the text")
				return
			}
		}
	}
}

// safetyLists checks safety.concepts or safety.groups: known ids, and
// phrases the screen can recognise.
func (d *decoder) safetyLists(path string, lists map[string][]string, ids []string, what string) {
	names := make([]string, 0, len(lists))
	for id := range lists {
		names = append(names, id)
	}
	slices.Sort(names)
	for _, id := range names {
		field := joinPath(path, id)
		if d.bad[field] {
			continue
		}
		if !slices.Contains(ids, id) {
			fix := "use one of: " + strings.Join(ids, ", ")
			if s, ok := suggest(id, ids); ok {
				fix = "did you mean " + s + "? " + fix
			}
			d.report(d.at(field), field, fmt.Sprintf("there is no built-in %s %q", what, id), fix)
			continue
		}
		for i, p := range lists[id] {
			item := indexPath(field, i)
			d.nonEmptyItem(item, p, "word or phrase")
			d.recognisable(item, p)
		}
	}
}

// recognisable reports a non-empty phrase made only of words the safety
// screen steps over (my, the, no, not): it would never match anything.
func (d *decoder) recognisable(path, phrase string) {
	if d.bad[path] || strings.TrimSpace(phrase) == "" || SafetyPhraseUsable(phrase) {
		return
	}
	d.report(d.at(path), path, fmt.Sprintf("%q has no word the safety screen can recognise", phrase),
		"write the words people use for the sign itself, such as \"numb bum\"; small words like my, the, no and not alone match nothing")
}

// validateEntries checks each entry, unique ids, and what entries say about
// each other (related ids, shared phrases).
func (d *decoder) validateEntries(entries []Entry) {
	firstID := map[string]int{} // id -> index of the first entry with it
	var ids []string            // the same ids in file order, for suggestions
	for i, e := range entries {
		path := d.entryPaths[i]
		// The id's field path is built only for an id with a problem:
		// a large file has thousands of good ones.
		if isBlank(e.ID) || !isValidID(e.ID) || len(e.ID) > MaxIDLen {
			idPath := joinPath(path, "id")
			switch {
			case d.required(idPath, e.ID, "a short lowercase name with dashes, unique in the file, such as deep-tissue-massage"):
				// Missing or empty: reported.
			case !isValidID(e.ID):
				fix := "use only lowercase letters, digits and single dashes between words"
				if s := suggestID(e.ID); s != "" {
					fix += ", for example " + s
				}
				d.report(d.at(idPath), idPath, fmt.Sprintf("id %q is not a valid id", e.ID), fix)
			}
			if n := utf8.RuneCountInString(e.ID); n > MaxIDLen {
				d.report(d.at(idPath), idPath,
					fmt.Sprintf("the id is %d characters long, more than the %d allowed", n, MaxIDLen),
					"shorten the id to a few words, such as deep-tissue-massage: Discord's buttons and menus carry it and refuse long ones")
			}
		}
		if j, dup := firstID[e.ID]; dup && e.ID != "" {
			idPath := joinPath(path, "id")
			d.report(d.at(idPath), idPath,
				fmt.Sprintf("id %q is already used by the entry on line %d", e.ID, d.at(joinPath(d.entryPaths[j], "id")).line),
				"give each entry its own id, or merge the two entries into one")
		} else if e.ID != "" {
			firstID[e.ID] = i
			ids = append(ids, e.ID)
		}

		d.validateEntry(path, e)
	}

	for i, e := range entries {
		d.validateRelated(d.entryPaths[i], e, firstID, ids)
	}
	d.validateSharedPhrases(entries)
}

// requiredWithin reports a text field that is missing or empty (as
// required does) or longer than max characters, the most Discord shows.
func (d *decoder) requiredWithin(path, value, what, name string, max int, fix string) {
	if d.required(path, value, what) {
		return
	}
	if n := utf8.RuneCountInString(value); n > max {
		d.report(d.at(path), path,
			fmt.Sprintf("the %s is %d characters long, more than the %d Discord shows", name, n, max), fix)
	}
}

// validateEntry checks the fields of one entry on their own. A field's
// path is built only when its value may have a problem: a large file has
// tens of thousands of good fields. (A field with a value never had the
// wrong type: its bad mark goes with an empty value.)
func (d *decoder) validateEntry(path string, e Entry) {
	if mayBeOver(e.Title, MaxTitleLen) {
		d.requiredWithin(joinPath(path, "title"), e.Title, "the heading people see", "title", MaxTitleLen,
			"shorten the title")
	}

	kinds := []string{string(KindTechnique), string(KindTopic), string(KindAction)}
	if isBlank(string(e.Kind)) || !slices.Contains(kinds, string(e.Kind)) {
		kindPath := joinPath(path, "kind")
		if !d.required(kindPath, string(e.Kind), "technique, topic or action") && !slices.Contains(kinds, string(e.Kind)) {
			fix := "write technique, topic or action"
			if s, ok := suggest(string(e.Kind), kinds); ok {
				fix = "did you mean " + s + "? " + fix
			}
			d.report(d.at(kindPath), kindPath, fmt.Sprintf("kind %q is not one of technique, topic, action", e.Kind), fix)
		}
	}

	for i, a := range e.Aliases {
		if isBlank(a) {
			d.nonEmptyItem(indexPath(joinPath(path, "aliases"), i), a, "alias")
		}
	}

	for i, q := range e.Questions {
		if isBlank(q) {
			d.nonEmptyItem(indexPath(joinPath(path, "questions"), i), q, "question")
		}
	}
	// Enough questions were decoded, so the field was found and had the
	// right type: nothing to report.
	if len(e.Questions) < MinQuestions {
		qPath := joinPath(path, "questions")
		if !d.bad[qPath] {
			switch found := d.decoded(qPath); {
			case !found && d.typo[qPath]:
				// Reported as a misspelt field already.
			case !found:
				d.report(d.at(qPath), qPath, "the sample questions are missing",
					fmt.Sprintf("add questions: with at least %d sample questions, written the way people ask, each on its own line starting with \"- \"", MinQuestions))
			default:
				d.report(d.at(qPath), qPath,
					fmt.Sprintf("has only %d sample question(s), at least %d are needed", len(e.Questions), MinQuestions),
					"add more sample questions, written the way people ask, each on its own line starting with \"- \"")
			}
		}
	}

	if mayBeOver(e.Answer, MaxAnswerLen) {
		d.requiredWithin(joinPath(path, "answer"), e.Answer, "the explanation people get", "answer", MaxAnswerLen,
			"shorten the answer, or split it into two entries that name each other in related")
	}

	if mayHoldPastedEntry(e.Answer) {
		d.noPastedEntry(joinPath(path, "answer"), e.Answer)
	}
	if placeholderIn(e.Title) != "" {
		d.noPlaceholder(joinPath(path, "title"), e.Title)
	}
	if placeholderIn(e.Answer) != "" {
		d.noPlaceholder(joinPath(path, "answer"), e.Answer)
	}
	for i, q := range e.Questions {
		if placeholderIn(q) != "" {
			d.noPlaceholder(indexPath(joinPath(path, "questions"), i), q)
		}
	}

	for i, r := range e.Related {
		if isBlank(r) {
			d.nonEmptyItem(indexPath(joinPath(path, "related"), i), r, "related id")
		}
	}

	if e.Source != "" {
		d.checkURL(joinPath(path, "source"), e.Source)
	}
	if len(e.Links) > 0 {
		lPath := joinPath(path, "links")
		for i, l := range e.Links {
			p := indexPath(lPath, i)
			if d.bad[p] {
				continue
			}
			d.required(joinPath(p, "label"), l.Label, "the text people see for the link")
			d.requiredURL(joinPath(p, "url"), l.URL, "the full address of the link")
		}
	}
}

// mayBeOver reports whether requiredWithin may find a problem with value:
// it is empty, or may have more than max characters.
func mayBeOver(value string, max int) bool {
	return isBlank(value) || len(value) > max && utf8.RuneCountInString(value) > max
}

// validateRelated checks that every related id names another entry. firstID
// maps each id to its entry; ids lists them in file order for suggestions.
func (d *decoder) validateRelated(path string, e Entry, firstID map[string]int, ids []string) {
	for i, r := range e.Related {
		_, ok := firstID[r]
		if isBlank(r) || ok && r != e.ID {
			continue // reported already, or fine
		}
		p := indexPath(joinPath(path, "related"), i)
		switch {
		case d.bad[p]:
			// reported already
		case r == e.ID:
			d.report(d.at(p), p, fmt.Sprintf("%q is this entry's own id", r),
				"remove it: related lists other entries to suggest alongside this one")
		default:
			fix := "related must name the id of another entry"
			if s, ok := suggest(r, ids); ok {
				fix = "did you mean " + s + "? " + fix
			}
			d.report(d.at(p), p, fmt.Sprintf("no entry has the id %q", r), fix)
		}
	}
}

// validateSharedPhrases reports an alias or sample question that also
// belongs to another entry: the matcher could not tell which one is meant.
// Phrases are compared ignoring case and repeated spaces.
func (d *decoder) validateSharedPhrases(entries []Entry) {
	// owner is the first phrase with a key. Its field path and line are
	// worked out only when another entry repeats it, which is rare.
	type owner struct {
		entry, item int
		field       string // "aliases" or "questions"
		what        string // "an alias" or "a sample question"
	}
	n := 0
	for _, e := range entries {
		n += len(e.Aliases) + len(e.Questions)
	}
	seen := make(map[string]owner, n)
	check := func(i int, field, what string, phrases []string) {
		for j, s := range phrases {
			key := phraseKey(s)
			if key == "" {
				continue
			}
			first, dup := seen[key]
			switch {
			case !dup:
				seen[key] = owner{i, j, field, what}
			case first.entry != i:
				other := entries[first.entry].ID
				if other == "" {
					other = d.entryPaths[first.entry]
				}
				p := indexPath(joinPath(d.entryPaths[i], field), j)
				line := d.at(indexPath(joinPath(d.entryPaths[first.entry], first.field), first.item)).line
				d.report(d.at(p), p,
					fmt.Sprintf("%q is also %s of the entry %s (line %d)", s, first.what, other, line),
					"keep it in only one of the two entries, so the bot knows which one is meant")
			}
		}
	}
	for i, e := range entries {
		check(i, "aliases", "an alias", e.Aliases)
		check(i, "questions", "a sample question", e.Questions)
	}
}

// required reports a missing or empty field and says whether it did. A
// field whose value had the wrong type, or that is missing because its name
// was misspelt, counts as reported. describe says
// what belongs in the field, for the fix.
func (d *decoder) required(path, value, describe string) bool {
	if d.bad[path] {
		return true
	}
	if strings.TrimSpace(value) != "" {
		return false
	}
	name := path[strings.LastIndexByte(path, '.')+1:]
	found := d.decoded(path)
	switch {
	case found:
		d.report(d.at(path), path, name+" is empty", fmt.Sprintf("write %s after %q", describe, name+":"))
	case d.typo[path]:
		// Reported as a misspelt field already ("did you mean answer?").
	default:
		d.report(d.at(path), path, name+" is missing", fmt.Sprintf("add a line %q with %s", name+": ...", describe))
	}
	return true
}

// requiredURL is required for a web address, which must also be valid.
func (d *decoder) requiredURL(path, value, describe string) {
	if !d.required(path, value, describe+", starting with https://") {
		d.checkURL(path, value)
	}
}

// checkURL reports a value that is not an absolute http(s) address with a
// host, the only kind Discord accepts in a link button or embed.
func (d *decoder) checkURL(path, value string) {
	if d.bad[path] {
		return
	}
	u, err := url.Parse(value)
	if err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" && u.Hostname() != "" &&
		!strings.ContainsAny(value, " \t\n") {
		return
	}
	d.report(d.at(path), path, fmt.Sprintf("%q is not a full web address", clip(value, 80)),
		"write the whole address as it shows in the browser, starting with https://, such as https://www.sclondonmassage.ca/")
}

// placeholders match the template text that must be replaced before an
// entry goes live: the example entry's answer ("Write the explanation here,
// in your own words"), and the usual marks of unfinished text. They are
// tried in order; the first that matches is the one reported.
//
// Each comes with mayMatch, a cheap test that is false only for text the
// expression cannot match, so that a 10,000-entry file is not run through
// six backtracking expressions field by field. For ASCII text the test
// looks for the words the expression cannot match without, in the text
// lowercased once (ASCII letters fold only to ASCII under (?i)); text with
// other characters always goes to the expression, since (?i) folds some of
// them to ASCII letters (the Kelvin sign to k).
var placeholders = []struct {
	re       *regexp.Regexp
	mayMatch func(lowerASCII, value string) bool
}{
	{regexp.MustCompile(`(?i)\bwrite (the|your|an?) (explanation|answer|text|title|question|description)\b[\w ]{0,30}\bhere\b`),
		func(l, _ string) bool { return strings.Contains(l, "write ") && strings.Contains(l, "here") }},
	{regexp.MustCompile(`(?i)\bin your own words\b`),
		func(l, _ string) bool { return strings.Contains(l, "in your own words") }},
	{regexp.MustCompile(`(?i)^\W*((the|your) )?(answer|explanation|text|title|question|description) (goes )?here\b`),
		func(l, _ string) bool { return strings.Contains(l, " here") }},
	{regexp.MustCompile(`(?i)\blorem ipsum\b`),
		func(l, _ string) bool { return strings.Contains(l, "lorem ipsum") }},
	{regexp.MustCompile(`(?i)\b(todo|tbd|fixme|placeholder)\b`),
		func(l, _ string) bool {
			return strings.Contains(l, "todo") || strings.Contains(l, "tbd") || strings.Contains(l, "fixme") || strings.Contains(l, "placeholder")
		}},
	// Anchored at both ends around at most ten marks (or one "…"): the
	// text without its surrounding spaces is at most 10 bytes long.
	{regexp.MustCompile(`^\s*(\.{2,10}|…|\?{2,10}|-{2,10}|(?i:x{2,10}))\s*$`),
		func(_, v string) bool { return len(strings.TrimSpace(v)) <= 10 }},
}

// noPlaceholder reports a field whose text is still a placeholder.
func (d *decoder) noPlaceholder(path, value string) {
	if d.bad[path] {
		return
	}
	if m := placeholderIn(value); m != "" {
		name := path[strings.LastIndexByte(path, '.')+1:]
		d.report(d.at(path), path,
			fmt.Sprintf("%s still holds placeholder text: %q", name, clip(strings.TrimSpace(m), 60)),
			"replace it with the real text people should see; the example entry at the top of the file only shows the layout")
	}
}

// placeholderIn returns the placeholder text in value that the first
// matching pattern finds, or "".
func placeholderIn(value string) string {
	if !mayHoldPlaceholder(value) {
		return "" // the usual case: no pattern's words, nothing lowercased
	}
	lower, ascii := lowerASCII(value)
	for _, p := range placeholders {
		if ascii && !p.mayMatch(lower, value) {
			continue
		}
		if m := p.re.FindString(value); m != "" {
			return m
		}
	}
	return ""
}

// mayHoldPlaceholder is false only for text that no placeholder pattern
// can match: ASCII text longer than ten characters (spaces aside) without
// any of the words every pattern but the last needs ("here", "own words",
// "lorem", "todo", "tbd", "fixme", "placeholder"), in any case. It reads
// the text once, where the patterns' mayMatch tests read it several times
// after lowercasing a copy.
func mayHoldPlaceholder(value string) bool {
	if len(strings.TrimSpace(value)) <= 10 {
		return true
	}
	for i := 0; i < len(value); i++ {
		c := value[i]
		if c >= utf8.RuneSelf {
			return true // left to the patterns (see placeholders)
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		words := placeholderWords[c]
		for _, w := range words {
			if len(value)-i >= len(w) && strings.EqualFold(value[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// placeholderWords holds, by their first letter, the words of
// mayHoldPlaceholder.
var placeholderWords = [utf8.RuneSelf][]string{
	'h': {"here"}, 'o': {"own words"}, 'l': {"lorem"}, 't': {"todo", "tbd"}, 'f': {"fixme"}, 'p': {"placeholder"},
}

// lowerASCII returns s with ASCII letters lowercased, and whether s is
// ASCII only. It allocates only when s has an uppercase letter.
func lowerASCII(s string) (string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return "", false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return s, true
	}
	return strings.ToLower(s), true
}

// pastedEntry matches the first line of an entry ("- id: rolfing") inside
// a text.
var pastedEntry = regexp.MustCompile(`(?m)^[ \t]*- id: *[a-z0-9-]+[ \t]*$`)

// noPastedEntry reports a text that holds the first line of an entry: an
// entry pasted below a block of text, indented as far as the text, becomes
// part of it without any YAML error. The problem is placed on the pasted
// line when the text is a literal block, else on the field.
func (d *decoder) noPastedEntry(path, value string) {
	if !mayHoldPastedEntry(value) {
		return // the expression cannot match: spare it the text
	}
	loc := pastedEntry.FindStringIndex(value)
	if loc == nil || d.bad[path] {
		return
	}
	at := d.at(path)
	if d.isLiteral(path) {
		at = filePos{at.line + 1 + strings.Count(value[:loc[0]], "\n"), 1}
	}
	line := strings.TrimSpace(value[loc[0]:loc[1]])
	name := path[strings.LastIndexByte(path, '.')+1:]
	d.report(at, path, fmt.Sprintf("the %s contains the line %q, the start of an entry", name, line),
		`an entry pasted here is indented as far as the text above it, so it became part of that text; move its "- id:" line and the lines pasted with it left, so that "- id:" starts in the same column as the other entries' "- id:"`)
}

// mayHoldPastedEntry is false for text in which pastedEntry cannot match.
func mayHoldPastedEntry(value string) bool { return strings.Contains(value, "- id:") }

// isBlank reports whether a list item is empty, the only case where
// nonEmptyItem needs the item's field path: a file's thousands of
// non-empty items are spared building it.
func isBlank(value string) bool { return strings.TrimSpace(value) == "" }

// nonEmptyItem reports an empty item of a list.
func (d *decoder) nonEmptyItem(path, value, what string) {
	if d.bad[path] || strings.TrimSpace(value) != "" {
		return
	}
	d.report(d.at(path), path, "empty "+what, "write the "+what+" after the \"- \", or remove the line")
}

// phraseKey folds a phrase for comparison: lowercase, spaces trimmed and
// collapsed.
func phraseKey(s string) string {
	if isPhraseKey(s) {
		return s // the usual case: nothing to fold, nothing allocated
	}
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// isPhraseKey reports whether s is its own phraseKey: ASCII without
// uppercase letters or whitespace other than single spaces between words.
func isPhraseKey(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

// suggestID suggests an id for s: lowercase letters and digits, other runs of
// characters turned into single dashes.
func suggestID(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// suggest returns the candidate most like word, if one is close enough to
// be a likely typo: about one letter in three off, ignoring case, or else
// containing the word ("deep-tissue-massage" for "massage").
func suggest(word string, candidates []string) (string, bool) {
	w := strings.ToLower(word)
	if w == "" {
		return "", false
	}
	best, bestDist := "", -1
	bestContaining, containingDist := "", -1
	for _, c := range candidates {
		dist := levenshtein.ComputeDistance(w, c)
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
		if utf8.RuneCountInString(w) >= 3 && strings.Contains(c, w) && (containingDist < 0 || dist < containingDist) {
			bestContaining, containingDist = c, dist
		}
	}
	switch {
	case bestDist >= 0 && bestDist < utf8.RuneCountInString(w) && bestDist <= max(1, (utf8.RuneCountInString(best)+1)/3):
		return best, true
	case containingDist >= 0:
		return bestContaining, true
	default:
		return "", false
	}
}
