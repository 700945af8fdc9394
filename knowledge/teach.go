package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// TeachRefused is the error TeachFile returns when it will not make the
// change. Reason is written for the staff member who asked: what is wrong
// and what to do instead. The file is left as it was.
type TeachRefused struct {
	Reason string
}

// Error returns the reason, marked as a refusal.
func (e *TeachRefused) Error() string { return "not taught: " + e.Reason }

// refuse builds a TeachRefused with a formatted reason.
func refuse(format string, args ...any) error {
	return &TeachRefused{Reason: fmt.Sprintf(format, args...)}
}

// MaxTeachQuestionLen is the longest question TeachFile adds: sample
// questions are written the way people ask, in a sentence or two.
const MaxTeachQuestionLen = 300

// maxTeachFileSize is the largest knowledge file TeachFile reads; a bigger
// one is not a knowledge base staff edit by hand.
const maxTeachFileSize = 8 << 20

// teachMu serialises TeachFile in this process, so that two staff members
// teaching at the same moment cannot both edit the same version of the file
// and lose one of the two questions. It protects the read, check and
// rename of the knowledge file.
var teachMu sync.Mutex

// TeachFile adds question to the questions of entry entryID in the knowledge file
// at path, keeping comments and layout, after validating the result and checking
// with SelfTest that the question lands on that entry. It writes atomically and
// keeps the previous version as path+".bak". It returns a *TeachRefused error
// (with a Reason for staff) when the question would land elsewhere or the result
// is invalid.
//
// The edit is one added line: the question, as a new "- " item after the
// entry's last sample question, with the same indentation. The question's
// spaces are tidied (trimmed and collapsed) and it is quoted only when YAML
// needs it. SelfTest uses the default threshold (TeachFileWithOptions takes
// another). A refusal also covers: the
// built-in base (path ""), a file that is invalid already, an unknown entry,
// a question that is empty, too long or already a sample question, questions
// written in [brackets] over several lines, and a question that would make
// other sample questions land elsewhere. Questions in [brackets] on one
// line get the question added before the "]", which changes that one line.
// When path is a symbolic link, the file it points to is edited and the
// backup is kept beside that file.
func TeachFile(path, entryID, question string) error {
	return TeachFileWithOptions(path, entryID, question, MatchOptions{})
}

// TeachFileWithOptions is TeachFile with the matcher options the base is
// served with, so that "lands on that entry" uses the configured threshold
// as kb test does.
func TeachFileWithOptions(path, entryID, question string, opts MatchOptions) error {
	if path == "" {
		return refuse("the bot is serving its built-in knowledge base, which cannot be edited; " +
			"copy knowledge/synergy.yaml to a file the bot can write (such as /etc/synergybot/kb.yaml), " +
			"set knowledge.path in config.yaml (or SYNERGYBOT_KNOWLEDGE_PATH) to that file, restart the bot and teach again")
	}
	q := strings.Join(strings.Fields(question), " ")
	switch {
	case q == "":
		return refuse("the question is empty")
	case utf8.RuneCountInString(q) > MaxTeachQuestionLen:
		return refuse("the question is %d characters long; sample questions are at most %d, so shorten it to the words that matter",
			utf8.RuneCountInString(q), MaxTeachQuestionLen)
	case Normalize(q) == "":
		return refuse("the question %q has no words the bot can match (only emoji, links or punctuation)", q)
	}

	teachMu.Lock()
	defer teachMu.Unlock()

	file, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("teach %s: %w", path, err)
	}
	data, info, err := readKnowledgeFile(file)
	if err != nil {
		return fmt.Errorf("teach %s: %w", path, err)
	}
	before, err := Parse(path, data)
	if err != nil {
		var ps Problems
		if errors.As(err, &ps) {
			return refuse("the knowledge file has %d problem(s) already; fix them first (synergybot kb validate %s shows them all): %v",
				len(ps), path, ps[0])
		}
		return fmt.Errorf("teach %s: %w", path, err)
	}
	entry := before.Entry(entryID)
	if entry == nil {
		ids := make([]string, len(before.Entries))
		for i, e := range before.Entries {
			ids[i] = e.ID
		}
		reason := fmt.Sprintf("no entry has the id %q", entryID)
		if s, ok := suggest(entryID, ids); ok {
			reason += "; did you mean " + s + "?"
		}
		return &TeachRefused{Reason: reason}
	}
	if err := checkNotKnown(before, entryID, q); err != nil {
		return err
	}

	edited, err := insertQuestion(data, entryID, q)
	if err != nil {
		return err
	}
	after, err := Parse(path, edited)
	if err != nil {
		var ps Problems
		if errors.As(err, &ps) && len(ps) > 1 {
			return refuse("the file would not be valid with this question (%d problems), first: %v", len(ps), ps[0])
		}
		return refuse("the file would not be valid with this question: %v", err)
	}
	if e, want := after.Entry(entryID), append(slices.Clone(entry.Questions), q); e == nil || !slices.Equal(e.Questions, want) {
		// insertQuestion's layout analysis went wrong; never write that.
		return refuse("the question could not be added to %s without changing other lines; add it by hand", entryID)
	}
	if err := checkLandsOnEntry(before, after, entryID, q, opts); err != nil {
		return err
	}
	return replaceFile(file, data, edited, info)
}

// readKnowledgeFile reads the regular file at path, at most
// maxTeachFileSize bytes, and returns it with its mode and owner.
func readKnowledgeFile(path string) ([]byte, os.FileInfo, error) {
	// Checked before opening: opening a FIFO blocks until someone writes.
	if info, err := os.Stat(path); err != nil {
		return nil, nil, err
	} else if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%s is not a regular file", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxTeachFileSize+1))
	if err != nil {
		return nil, nil, err
	}
	if len(data) > maxTeachFileSize {
		return nil, nil, fmt.Errorf("%s is larger than %d MiB", path, maxTeachFileSize>>20)
	}
	return data, info, nil
}

// checkNotKnown refuses a question that is already a sample question (or an
// alias) of any entry, compared as the matcher reads them.
func checkNotKnown(b *Base, entryID, q string) error {
	nq := Normalize(q)
	for _, e := range b.Entries {
		for _, known := range e.Questions {
			if Normalize(known) != nq {
				continue
			}
			if e.ID == entryID {
				return refuse("%q is already a sample question of %s (as %q)", q, e.ID, known)
			}
			return refuse("%q is already a sample question of %s (as %q), so it cannot also teach %s; if it belongs here, move it by editing the file",
				q, e.ID, known, entryID)
		}
		for _, alias := range e.Aliases {
			if Normalize(alias) == nq && e.ID != entryID {
				return refuse("%q is an alias of %s, so it cannot teach %s", q, e.ID, entryID)
			}
		}
	}
	return nil
}

// checkLandsOnEntry runs SelfTest on the base with the question (after) and
// refuses when the question does not land on its entry, or when it makes a
// sample question that landed on its own entry before (in before) land
// elsewhere.
func checkLandsOnEntry(before, after *Base, entryID, q string, opts MatchOptions) error {
	type key struct{ entry, question string }
	failed := map[key]bool{}
	for _, c := range SelfTest(NewMatcher(before, opts)) {
		failed[key{c.EntryID, c.Question}] = true
	}
	var broken []Conflict
	for _, c := range SelfTest(NewMatcher(after, opts)) {
		if c.EntryID == entryID && c.Question == q {
			switch {
			case c.Got.Best == nil:
				return refuse("with this question the bot would still not answer it: it matches nothing; reword it closer to how %s is described, or add an alias", entryID)
			case c.Got.Best.ID != entryID:
				return refuse("the question would land on %s (%s), not on %s; make it more specific, or teach it to %s",
					c.Got.Best.ID, c.Got.Best.Title, entryID, c.Got.Best.ID)
			default:
				return refuse("the question would match %s only weakly (score %.2f, below the threshold); reword it with the words the entry uses", entryID, c.Got.Score)
			}
		}
		if !failed[key{c.EntryID, c.Question}] {
			broken = append(broken, c)
		}
	}
	if len(broken) > 0 {
		lines := make([]string, 0, 3)
		for _, c := range broken[:min(len(broken), 3)] {
			lines = append(lines, c.String())
		}
		return refuse("the question would make %d other sample question(s) land elsewhere: %s", len(broken), strings.Join(lines, "; "))
	}
	return nil
}

// insertQuestion returns data with q added as the last item of the
// questions of entry entryID, as one new line below the last item with the
// same indentation and line ending, so that every other byte of the file,
// comments included, stays as it was.
func insertQuestion(data []byte, entryID, q string) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	if strings.IndexFunc(q, func(r rune) bool { return r == utf8.RuneError || !unicode.IsGraphic(r) && r != ' ' }) >= 0 {
		return nil, refuse("the question holds characters that are not text (control characters or broken bytes); retype it")
	}
	questions := findQuestions(&doc, entryID)
	if questions == nil || len(questions.Content) == 0 {
		return nil, refuse("the entry %s has no list of questions to add to", entryID)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	if questions.Style&yaml.FlowStyle != 0 {
		return insertFlowQuestion(lines, questions, entryID, q)
	}

	last := questions.Content[len(questions.Content)-1]
	itemLine := string(bytes.TrimRight(lines[last.Line-1], "\r\n"))
	prefix, ok := itemPrefix(itemLine, last.Column)
	if !ok {
		return nil, refuse("the last question of %s (line %d) does not start its own line with \"- \"; add the question by hand", entryID, last.Line)
	}
	end := itemEnd(lines, last.Line, strings.IndexByte(prefix, '-'))

	eol := []byte("\n")
	if bytes.HasSuffix(lines[last.Line-1], []byte("\r\n")) {
		eol = []byte("\r\n")
	}
	if !bytes.HasSuffix(lines[end-1], []byte("\n")) {
		lines[end-1] = append(slices.Clip(lines[end-1]), eol...) // the last line of the file had no line ending
	}
	added := append([]byte(prefix+quoteQuestion(q)), eol...)
	out := make([]byte, 0, len(data)+len(added)+len(eol))
	for _, l := range lines[:end] {
		out = append(out, l...)
	}
	out = append(out, added...)
	for _, l := range lines[end:] {
		out = append(out, l...)
	}
	return out, nil
}

// insertFlowQuestion adds q at the end of questions written in brackets on
// one line ("questions: [one, two]"), changing only that line.
func insertFlowQuestion(lines [][]byte, questions *yaml.Node, entryID, q string) ([]byte, error) {
	last := questions.Content[len(questions.Content)-1]
	refused := refuse("the questions of %s are written in [brackets] over several lines; write them one per line, each starting with \"- \", to teach from here", entryID)
	if last.Line != questions.Line || last.Kind != yaml.ScalarNode {
		return nil, refused
	}
	line := []rune(string(lines[last.Line-1]))
	end, ok := scalarEnd(line, last.Column-1, last.Style)
	if !ok {
		return nil, refused
	}
	closing := end
	for closing < len(line) && (line[closing] == ' ' || line[closing] == ',') {
		closing++
	}
	if closing >= len(line) || line[closing] != ']' {
		return nil, refused
	}
	edited := string(line[:end]) + ", " + quoteFlowQuestion(q) + string(line[end:])
	lines[last.Line-1] = []byte(edited)
	return bytes.Join(lines, nil), nil
}

// scalarEnd returns the index just past the scalar that starts at index
// start of line, written in the given style inside brackets.
func scalarEnd(line []rune, start int, style yaml.Style) (int, bool) {
	if start < 0 || start >= len(line) {
		return 0, false
	}
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		for i := start + 1; i < len(line); i++ {
			switch line[i] {
			case '\\':
				i++
			case '"':
				return i + 1, true
			}
		}
		return 0, false
	case style&yaml.SingleQuotedStyle != 0:
		for i := start + 1; i < len(line); i++ {
			if line[i] == '\'' {
				if i+1 < len(line) && line[i+1] == '\'' {
					i++
					continue
				}
				return i + 1, true
			}
		}
		return 0, false
	default:
		i := start
		for i < len(line) && line[i] != ',' && line[i] != ']' {
			i++
		}
		for i > start && line[i-1] == ' ' {
			i--
		}
		return i, true
	}
}

// quoteFlowQuestion writes q as an item of a list in brackets: as it is
// when YAML reads it back there as the same text, else in double quotes.
func quoteFlowQuestion(q string) string {
	if readsBackAs("[x, "+q+"]\n", q, 2) {
		return q
	}
	return strconv.Quote(q)
}

// findQuestions returns the value node of the questions field of the entry
// with id entryID, or nil.
func findQuestions(doc *yaml.Node, entryID string) *yaml.Node {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	entries := mappingValue(doc.Content[0], "entries")
	if entries == nil || entries.Kind != yaml.SequenceNode {
		return nil
	}
	for _, e := range entries.Content {
		if id := mappingValue(e, "id"); id != nil && id.Kind == yaml.ScalarNode && id.Value == entryID {
			if q := mappingValue(e, "questions"); q != nil && q.Kind == yaml.SequenceNode {
				return q
			}
			return nil
		}
	}
	return nil
}

// mappingValue returns the value of key in the mapping n, or nil.
func mappingValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// itemPrefix returns what comes before the value of a list item on its line
// ("      - "), given the value's 1-based column in characters, when that is
// only spaces, one dash and spaces.
func itemPrefix(line string, col int) (string, bool) {
	runes := []rune(line)
	if col < 1 || col > len(runes)+1 {
		return "", false
	}
	prefix := string(runes[:col-1])
	trimmed := strings.TrimLeft(prefix, " ")
	if !strings.HasPrefix(trimmed, "-") || strings.TrimLeft(trimmed[1:], " ") != "" || len(trimmed) < 2 {
		return "", false
	}
	return prefix, true
}

// itemEnd returns the 1-based number of the last line of the list item that
// starts on line start, whose dash is at byte dash of its line: the item
// runs on over lines indented further than the dash (a long question
// continued on the next line, a block of text), skipping blank lines that
// such lines follow.
func itemEnd(lines [][]byte, start, dash int) int {
	end := start
	for i := start; i < len(lines); i++ {
		l := strings.TrimRight(string(lines[i]), "\r\n")
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(l)-len(strings.TrimLeft(l, " ")) <= dash {
			break
		}
		end = i + 1
	}
	return end
}

// quoteQuestion writes q as a YAML list item value: as it is when YAML reads
// it back as the same text, else in double quotes.
func quoteQuestion(q string) string {
	if readsBackAs("- "+q+"\n", q, 1) {
		return q
	}
	return strconv.Quote(q)
}

// readsBackAs reports whether the YAML list text has exactly items items,
// the last of them q as plain text.
func readsBackAs(text, q string, items int) bool {
	var n yaml.Node
	if err := yaml.Unmarshal([]byte(text), &n); err != nil || len(n.Content) != 1 {
		return false
	}
	seq := n.Content[0]
	if seq.Kind != yaml.SequenceNode || len(seq.Content) != items {
		return false
	}
	v := seq.Content[items-1]
	return v.Kind == yaml.ScalarNode && v.Tag == "!!str" && v.Style&^yaml.FlowStyle == 0 && v.Value == q
}

// replaceFile writes edited to path in place of old, atomically: a
// temporary file in the same directory, synced and renamed over path, so a
// reader (the file watcher) sees either version whole. old is kept first as
// path+".bak", written the same way. It refuses when the file no longer
// holds old, which means someone else changed it meanwhile.
func replaceFile(path string, old, edited []byte, info os.FileInfo) error {
	now, _, err := readKnowledgeFile(path)
	if err != nil {
		return fmt.Errorf("teach %s: %w", path, err)
	}
	if !bytes.Equal(now, old) {
		return refuse("the knowledge file changed while the question was being checked; try again")
	}
	if err := writeAtomic(path+".bak", old, info); err != nil {
		return fmt.Errorf("teach %s: keep backup: %w", path, err)
	}
	if err := writeAtomic(path, edited, info); err != nil {
		return fmt.Errorf("teach %s: %w", path, err)
	}
	return nil
}

// writeAtomic replaces the file at path with data through a temporary file
// in the same directory, synced before the rename and the directory after.
// The new file gets the mode of like, and its owner where the system lets
// this process give it (so staff who own the file can still edit it).
func writeAtomic(path string, data []byte, like os.FileInfo) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(like.Mode().Perm()); err != nil {
		return err
	}
	keepOwner(tmp, like)
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, derr := os.Open(dir); derr == nil {
		d.Sync() // best effort: the rename is done either way
		d.Close()
	}
	return nil
}
