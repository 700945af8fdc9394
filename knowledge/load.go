package knowledge

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"go.yaml.in/yaml/v3"
)

// DefaultYAML is the knowledge base that ships inside the binary, drawn from
// Synergy Massage's article "Fix Back Pain With Massage".
//
//go:embed synergy.yaml
var DefaultYAML []byte

// DefaultSource names the embedded base in errors and status output.
const DefaultSource = "embedded:synergy.yaml"

// Default parses the embedded knowledge base. It panics if that base is
// invalid, which a test guarantees never ships.
func Default() *Base {
	b, err := Parse(DefaultSource, DefaultYAML)
	if err != nil {
		panic(fmt.Sprintf("embedded knowledge base is invalid: %v", err))
	}
	return b
}

// Load reads and validates the knowledge base at path, with the default
// ReadLimits; an empty path means the embedded base (DefaultYAML). It is the
// one way to load a base: every command and the server go through it (or
// through LoadLimited and LoadSnapshot, which share its reading).
//
// A file that cannot be read gives an error "load PATH: ..." that wraps the
// cause (an os error, ErrNotRegular, ErrTooLarge or ErrReadTimeout); a file
// that can be read but is not a valid knowledge base gives Problems.
func Load(path string) (*Base, error) { return LoadLimited(path, ReadLimits{}) }

// LoadLimited is Load with limits on reading the file.
func LoadLimited(path string, limits ReadLimits) (*Base, error) {
	if path == "" {
		return Parse(DefaultSource, DefaultYAML)
	}
	data, err := ReadFile(path, limits)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// LoadFile is Load for a path that names a file.
//
// Deprecated: use Load, which also loads the embedded base.
func LoadFile(path string) (*Base, error) { return Load(path) }

// Defaults for ReadLimits fields left zero.
const (
	// DefaultMaxBytes is the largest knowledge base file read: 8 MiB, some
	// hundred times the size of a large clinic's base, and small enough
	// that a wrong path (a log file, a disk image) is refused at once.
	DefaultMaxBytes = 8 << 20
	// DefaultReadTimeout bounds one read of the file. A local file of
	// DefaultMaxBytes reads in milliseconds; a read that takes seconds is
	// a hung network mount.
	DefaultReadTimeout = 2 * time.Second
)

// ReadLimits bound reading a knowledge base file, so that a wrong or stuck
// file can never stop the program. The zero value means the defaults.
type ReadLimits struct {
	// MaxBytes is the largest file accepted; zero means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds one read; zero means DefaultReadTimeout.
	Timeout time.Duration
}

func (l ReadLimits) withDefaults() ReadLimits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultReadTimeout
	}
	return l
}

// Errors ReadFile wraps, for errors.Is.
var (
	// ErrNotRegular: the path is a named pipe, a device, a socket or a
	// directory. Reading those can block forever or never end.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge: the file is bigger than ReadLimits.MaxBytes.
	ErrTooLarge = errors.New("file too large")
	// ErrReadTimeout: the read took longer than ReadLimits.Timeout and was
	// abandoned, or an earlier abandoned read of the same file has still
	// not returned.
	ErrReadTimeout = errors.New("read timed out")
)

// stuckReads holds the paths whose last read was abandoned at its deadline
// and has not returned yet (path -> time.Time it started). A new read of such
// a path fails at once instead of piling up blocked goroutines.
var stuckReads sync.Map

// ReadFile reads a knowledge base file: the one place the program reads
// one. It refuses anything but a regular file (opening with O_NONBLOCK, so
// that opening a named pipe cannot block, then checking with fstat), refuses
// files over limits.MaxBytes, and gives up after limits.Timeout: a read
// stuck in the kernel (a hung network mount) is abandoned and reported, and
// the path is refused until that read returns. Every error starts "load
// PATH: " and wraps its cause.
func ReadFile(path string, limits ReadLimits) ([]byte, error) {
	limits = limits.withDefaults()
	if since, stuck := stuckReads.Load(path); stuck {
		return nil, fmt.Errorf("load %s: %w: an earlier read, started %s ago, has still not returned (is the file on a network mount that hangs?)",
			path, ErrReadTimeout, time.Since(since.(time.Time)).Round(time.Second))
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	start := time.Now()
	read := readContent
	go func() {
		data, err := read(path, limits.MaxBytes)
		done <- result{data, err}
	}()
	timer := time.NewTimer(limits.Timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, fmt.Errorf("load %s: %w", path, r.err)
		}
		return r.data, nil
	case <-timer.C:
		stuckReads.Store(path, start)
		go func() {
			<-done
			stuckReads.Delete(path)
		}()
		return nil, fmt.Errorf("load %s: %w after %s and was abandoned (is the file on a network mount that hangs?)", path, ErrReadTimeout, limits.Timeout)
	}
}

// readContent is readRegular; tests replace it with a read that hangs.
var readContent = readRegular

// readRegular opens path without blocking, checks that it is a regular file
// of at most maxBytes, and reads it.
func readRegular(path string, maxBytes int64) ([]byte, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%w (it is %s); knowledge.path must name an ordinary YAML file", ErrNotRegular, describeMode(info.Mode()))
	}
	if info.Size() > maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, over the limit of %d (knowledge.max_bytes); is knowledge.path the right file?", ErrTooLarge, info.Size(), maxBytes)
	}
	// The file may grow between fstat and read: read one byte more than
	// allowed to notice.
	data, err := io.ReadAll(io.LimitReader(f, maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > maxBytes {
		return nil, fmt.Errorf("%w: over the limit of %d bytes (knowledge.max_bytes); is knowledge.path the right file?", ErrTooLarge, maxBytes)
	}
	return data, nil
}

// describeMode names a kind of file that is not regular, for errors.
func describeMode(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m.IsDir():
		return "a directory"
	}
	return "a special file (mode " + m.String() + ")"
}

// Parse decodes and validates a knowledge base; source names it in errors
// (a file path, or DefaultSource).
//
// It returns either a complete Base or, when anything is wrong, a nil Base
// and a Problems error listing every problem found, sorted by position.
// Only a YAML syntax error stops the checks early, since nothing after it
// can be read reliably.
func Parse(source string, data []byte) (*Base, error) {
	b, d, err := decodeBase(source, data)
	if err != nil {
		return nil, err
	}
	return d.checked(b)
}

// decodeBase is Parse's first half: it parses and decodes data into a
// base that is not validated yet. It returns the YAML syntax problems that
// stop all checks as err; otherwise the base (nil when the file is empty
// or not made of sections) and the decoder, holding the problems found so
// far, for checked.
func decodeBase(source string, data []byte) (*Base, *decoder, error) {
	doc, problems := parseYAML(source, data)
	if len(problems) > 0 {
		return nil, nil, problems
	}
	d := newDecoder(source)
	return d.document(doc), d, nil
}

// checked is Parse's second half: it validates b, which d decoded, and
// returns it ready to use, or nil and every problem found.
func (d *decoder) checked(b *Base) (*Base, error) {
	if b != nil {
		d.validate(b)
	}
	if len(d.problems) > 0 {
		d.problems.sort()
		return nil, d.problems
	}
	b.byID = make(map[string]int, len(b.Entries))
	for i, e := range b.Entries {
		b.byID[e.ID] = i
	}
	return b, nil
}

// Problem is one thing wrong with a knowledge base file, said so that the
// staff member who edits the file can find and fix it.
//
// Field is the path of the offending field: section and field names joined
// by dots, with list positions counted from 1 in brackets, and an entry's id
// in parentheses once it is known to be valid, as in "clinic.booking_url",
// "entries[3] (rolfing).answer" or "entries[3] (rolfing).questions[2]".
// Field is empty for problems with the file as a whole (a YAML syntax error,
// an empty file).
type Problem struct {
	File      string
	Line, Col int // 1-based position of the offending node
	Field     string
	Message   string // what is wrong
	Fix       string // how to fix it, for someone who is not a programmer
}

// Error formats the problem as "FILE:LINE:COL: field: what is wrong (how to
// fix)", the form editors and terminals recognise as a position.
func (p Problem) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: ", p.File, p.Line, p.Col)
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Fix != "" {
		b.WriteString(" (")
		b.WriteString(p.Fix)
		b.WriteString(")")
	}
	return b.String()
}

// Problems is every problem found in one knowledge base file, in file
// order. It is the error Parse and LoadFile return for an invalid file; use
// errors.As to get at the individual problems.
type Problems []Problem

// Error lists the problems one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// sort orders the problems by position, keeping the order of problems found
// at the same place.
func (ps Problems) sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}

// parseYAML parses data into a node tree. It returns the document node (nil
// for an empty file) or the syntax problems that stop all further checks.
func parseYAML(source string, data []byte) (*yaml.Node, Problems) {
	if problems := unreadableText(source, data); len(problems) > 0 {
		return nil, problems
	}
	// A file in the usual shape is read by parseFast, several times
	// faster than the library and to the same tree. The library reads a
	// whole buffer at a time twice as fast as a line at a time, so any
	// other file is read whole first. Only when that fails is it read
	// again a line at a time, to know how far the library got.
	if doc, ok := parseFast(data); ok {
		return doc, nil
	}
	if doc, ok := parseWhole(data); ok {
		return doc, nil
	}
	in := &lineReader{data: data}
	dec := yaml.NewDecoder(in)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil // no document at all: reported as an empty file
		}
		return nil, syntaxProblems(source, data, err, in.linesRead())
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
		return &doc, nil
	case err != nil:
		return nil, syntaxProblems(source, data, err, in.linesRead())
	default:
		return nil, Problems{{
			File: source, Line: max(next.Line, 1), Col: max(next.Column, 1),
			Message: "the file holds more than one YAML document",
			Fix:     `remove the "---" line and everything after it, or merge the two parts`,
		}}
	}
}

// parseWhole parses data, which must hold exactly one document, in one
// go. ok is false when it holds none, several or a syntax error: parseYAML
// then reads it a line at a time to report that.
func parseWhole(data []byte) (doc *yaml.Node, ok bool) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var first, next yaml.Node
	if dec.Decode(&first) != nil {
		return nil, false
	}
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, false
	}
	return &first, true
}

// yamlErrorLine matches the position the YAML library puts in its messages.
var yamlErrorLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxProblems turns a YAML syntax error into problems. The YAML library
// gives a line but no column, so the column is that of the line's first
// character. Tabs in indentation are the commonest cause, and the library
// names the line before the tab or the start of the enclosing block, so
// every line indented with a tab is reported exactly instead; the library's
// own error is kept only when it is too far above a tab to be caused by it
// (a tab inside a block of text can be legitimate).
//
// The library also names the start of the block it was reading rather than
// the line that broke it (an entry pasted at the wrong indentation on line
// 608 is reported on line 61, where the file's sections start), so the line
// is found again with breakLine, and an indentation hint is added when the
// line does not line up with the same field above it.
//
// read is how many lines the library had read when it failed, where
// breakLine starts looking.
func syntaxProblems(source string, data []byte, err error, read int) Problems {
	lines := strings.Split(string(data), "\n")

	line, msg := 1, strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlErrorLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		line = max(line, 1)
		msg = m[2]
	}
	if l, ok := breakLine(lines, err.Error(), read); ok {
		line = l
	}
	col := 1
	fix := syntaxFix(msg)
	if first, hint, ok := strayStart(lines, line); ok {
		line, fix = first, hint
	}
	if line <= len(lines) {
		l := lines[line-1]
		col = len(l) - len(strings.TrimLeft(l, " ")) + 1
		if hint, ok := indentHint(lines, line, msg); ok && fix == syntaxFix(msg) {
			fix = hint
		}
	}

	var problems Problems
	explained := false
	for _, tab := range indentTabs(lines) {
		problems = append(problems, Problem{
			File: source, Line: tab.line, Col: tab.col,
			Message: "a tab is used for indentation",
			Fix:     "use spaces, not tabs: replace the tab at the start of this line with spaces so it lines up with the lines around it",
		})
		if line <= tab.line && tab.line-line <= maxTabErrorDistance {
			explained = true
		}
	}
	if !explained {
		problems = append(problems, Problem{
			File: source, Line: line, Col: col,
			Message: "YAML syntax error: " + msg,
			Fix:     fix,
		})
		problems.sort()
	}
	return problems
}

// blockTextStart matches a line that opens a block of text ("answer: |",
// "- >-"), whose more indented lines below may hold tabs.
var blockTextStart = regexp.MustCompile(`(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$`)

// indentTabs returns the position of every tab in the indentation of lines,
// skipping the content of blocks of text, where a tab after the indentation
// is part of the text.
func indentTabs(lines []string) []filePos {
	var tabs []filePos
	inText, textIndent := false, 0
	for i, l := range lines {
		spaces := len(l) - len(strings.TrimLeft(l, " "))
		if inText {
			if strings.TrimSpace(l) == "" || spaces > textIndent {
				continue
			}
			inText = false
		}
		indent := l[:len(l)-len(strings.TrimLeft(l, " \t"))]
		if col := strings.IndexByte(indent, '\t'); col >= 0 {
			tabs = append(tabs, filePos{i + 1, col + 1})
		}
		if blockTextStart.MatchString(l) {
			inText, textIndent = true, spaces
		}
	}
	return tabs
}

// maxTabErrorDistance is how many lines above a tab the YAML library may
// place the error that the tab causes.
const maxTabErrorDistance = 3

// syntaxFix explains the YAML library's commonest messages in plain words.
func syntaxFix(msg string) string {
	switch {
	case strings.Contains(msg, "mapping values are not allowed"):
		return `a text that contains ": " must be put in quotes, like title: "Massage: does it help?"; otherwise check the indentation of this line`
	case strings.Contains(msg, "did not find expected key"),
		strings.Contains(msg, "did not find expected '-' indicator"),
		strings.Contains(msg, "did not find expected <document start>"):
		return "check the indentation here and on the next lines: fields of the same block must start in the same column, list items with \"- \" too"
	case strings.Contains(msg, "did not find expected ',' or"):
		return "a list in [brackets] or a block in {braces} is not closed, or an item in it contains a comma; close it or put that item in quotes"
	case strings.Contains(msg, "unexpected end of stream"), strings.Contains(msg, "found unexpected end"):
		return "a quote is opened but never closed; add the closing quote"
	case strings.Contains(msg, "cannot start any token"):
		return "a text starts with a character YAML reserves (such as @, ` or %); put the text in quotes"
	case strings.Contains(msg, "unknown anchor"):
		return `"*" at the start of a text has a special meaning; put the text in quotes`
	default:
		return "check the indentation, quotes and colons on this line and the line before"
	}
}

// filePos is where a node starts in the file, 1-based.
type filePos struct{ line, col int }

func nodePos(n *yaml.Node) filePos { return filePos{n.Line, n.Column} }

// decoder turns a YAML node tree into a Base, recording every problem it
// meets instead of stopping at the first, and where each field was found so
// that validate can point at it.
type decoder struct {
	file     string
	problems Problems
	// pos holds the position of every field value decoded outside the
	// entries, by field path (see Problem.Field). Positions inside the
	// entries are found in entryList when asked for (see posOf): a large
	// file has hundreds of thousands of them and needs very few.
	pos map[string]filePos
	// entryList is the node of the entries section, or nil.
	entryList *yaml.Node
	// bad marks field paths whose value had the wrong type and was already
	// reported, so that validate does not also call them empty.
	bad map[string]bool
	// typo marks field paths that are missing but were reported as an
	// unknown field with this name as the likely intent ("anwser").
	typo map[string]bool
	// entryPaths holds the field path of each decoded entry, by index in
	// Base.Entries.
	entryPaths []string
	// literal marks field paths whose text is a literal block ("|"),
	// where line i of the text is line i+1 below the field in the file.
	literal map[string]bool
}

func newDecoder(file string) *decoder {
	return &decoder{file: file, pos: map[string]filePos{}, bad: map[string]bool{}, typo: map[string]bool{}, literal: map[string]bool{}}
}

// report records a problem at p.
func (d *decoder) report(p filePos, field, message, fix string) {
	d.problems = append(d.problems, Problem{
		File: d.file, Line: p.line, Col: p.col, Field: field, Message: message, Fix: fix,
	})
}

// at returns the position of a field, or of its closest parent that was
// found: a missing field is reported where its section starts.
func (d *decoder) at(field string) filePos {
	for {
		if p, ok := d.posOf(field); ok {
			return p
		}
		if field == "" {
			return filePos{1, 1}
		}
		field = parentPath(field)
	}
}

// record notes where the value of a field path is. Fields inside the
// entries are not noted: posOf finds them in the entries' nodes.
func (d *decoder) record(path string, n *yaml.Node) {
	if strings.HasPrefix(path, entriesPrefix) {
		return
	}
	d.pos[path] = nodePos(n)
}

// entriesPrefix starts the field path of every entry and of its fields.
const entriesPrefix = "entries["

// posOf returns where the value of a field path is, and whether it was
// decoded.
func (d *decoder) posOf(path string) (filePos, bool) {
	if p, ok := d.pos[path]; ok {
		return p, true
	}
	if n := d.entryNode(path); n != nil {
		return nodePos(n), true
	}
	return filePos{}, false
}

// decoded reports whether the value of a field path was decoded.
func (d *decoder) decoded(path string) bool {
	_, ok := d.posOf(path)
	return ok
}

// isLiteral reports whether the text at a field path is a literal block
// ("|"), where line i of the text is line i+1 below the field in the file.
func (d *decoder) isLiteral(path string) bool {
	if d.literal[path] {
		return true
	}
	n := d.entryNode(path)
	return n != nil && n.Kind == yaml.ScalarNode && !isNull(n) && n.Style&yaml.LiteralStyle != 0
}

// entryNode returns the node that the decoder read for a field path inside
// the entries, exactly those whose position it would have noted: an entry
// "entries[3] (rolfing)" (the id in parentheses when the entry has a valid
// one), a known field of an entry that is a block of fields
// ("entries[3] (rolfing).answer", the first of repeated ones), an item of
// a list field ("...questions[2]") and a known field of a link
// ("...links[1].url"). It returns nil for any other path.
func (d *decoder) entryNode(path string) *yaml.Node {
	rest, ok := strings.CutPrefix(path, entriesPrefix)
	if !ok || d.entryList == nil || d.entryList.Kind != yaml.SequenceNode {
		return nil
	}
	item, rest, ok := listItem(d.entryList, rest)
	if !ok {
		return nil
	}
	if id := entryID(item); id != "" {
		if rest, ok = strings.CutPrefix(rest, " ("+id+")"); !ok {
			return nil
		}
	}
	if rest == "" {
		return item
	}
	field, rest, ok := fieldStep(rest)
	if !ok || !slices.Contains(entryFields, field) {
		return nil
	}
	val := decodedValue(item, field)
	if val == nil || rest == "" {
		return val
	}
	if !slices.Contains(entryLists, field) || val.Kind != yaml.SequenceNode || rest[0] != '[' {
		return nil
	}
	elem, rest, ok := listItem(val, rest[1:])
	if !ok || rest == "" {
		return elem
	}
	sub, rest, ok := fieldStep(rest)
	if !ok || rest != "" || field != "links" || !slices.Contains(linkFields, sub) {
		return nil
	}
	return decodedValue(elem, sub)
}

// entryLists are the fields of an entry whose items have field paths.
var entryLists = []string{"aliases", "questions", "related", "links"}

// listItem reads "N]" at the start of rest, the 1-based position of an item
// of the list node n, and returns the item and what follows.
func listItem(n *yaml.Node, rest string) (*yaml.Node, string, bool) {
	end := strings.IndexByte(rest, ']')
	if end < 0 {
		return nil, "", false
	}
	i, err := strconv.Atoi(rest[:end])
	if err != nil || i < 1 || i > len(n.Content) {
		return nil, "", false
	}
	return n.Content[i-1], rest[end+1:], true
}

// fieldStep reads ".name" at the start of rest and returns the name and
// what follows it.
func fieldStep(rest string) (name, after string, ok bool) {
	rest, ok = strings.CutPrefix(rest, ".")
	if !ok {
		return "", "", false
	}
	if end := strings.IndexAny(rest, ".[ "); end >= 0 {
		return rest[:end], rest[end:], true
	}
	return rest, "", true
}

// decodedValue returns the value of the field key of the block n that
// fields decodes: the first with that name, or nil.
func decodedValue(n *yaml.Node, key string) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i]; k.Kind == yaml.ScalarNode && k.Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// parentPath strips the last step from a field path:
// "entries[2] (rolfing).title" -> "entries[2] (rolfing)" -> "entries" -> "".
func parentPath(field string) string {
	i := max(strings.LastIndexByte(field, '.'), strings.LastIndexByte(field, '['), 0)
	return field[:i]
}

// joinPath appends a field name to a path.
func joinPath(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// indexPath appends a list position (counted from 0 in i, shown from 1).
func indexPath(path string, i int) string {
	return path + "[" + strconv.Itoa(i+1) + "]"
}

// The fields each kind of block may hold, in the order the file documents
// them. Unknown fields are reported with the closest of these.
var (
	topFields    = []string{"clinic", "safety", "entries", "vocabulary"}
	clinicFields = []string{"name", "booking_url", "contact_url", "website", "disclaimer"}
	safetyFields = []string{"message", "doctor_message", "caution_message", "crisis_message", "phrases", "concepts", "groups"}
	entryFields  = []string{"id", "title", "kind", "aliases", "questions", "answer", "related", "source", "links"}
	linkFields   = []string{"label", "url"}
)

// block is one kind of block of "name: value" fields in the file.
type block struct {
	what   string   // how messages name it: "an entry"
	fields []string // the fields it may hold
}

// blocks is the one table of the fields the loader accepts, by the name of
// each block's definition in synergy.schema.json ("file" is the schema's
// top level). The decoder reads every block through it (see fields), and
// TestSchemaMatchesLoader checks the schema against it both ways, so the
// two cannot drift. A new section is one line here, its field list above,
// its decoding in document and its definition in the schema.
var blocks = map[string]block{
	"file":    {"the file", topFields},
	"clinic":  {"clinic", clinicFields},
	"safety":  {"safety", safetyFields},
	"entry":   {"an entry", entryFields},
	"link":    {"a link", linkFields},
	"synonym": {"a vocabulary item", synonymFields},
}

// document decodes the whole file. It returns nil when the file is empty or
// is not a block of sections, since nothing more can be checked then.
func (d *decoder) document(doc *yaml.Node) *Base {
	if doc == nil || len(doc.Content) == 0 || isNull(doc.Content[0]) {
		d.report(filePos{1, 1}, "", "the file is empty",
			"a knowledge base needs the sections clinic:, safety: and entries:; start from a copy of the default knowledge base")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		d.report(nodePos(root), "", "the file must be made of sections (clinic:, safety:, entries:) but it starts with "+describeNode(root),
			"start the file with the line \"clinic:\" at the very left, followed by the sections safety: and entries:")
		return nil
	}
	b := &Base{Source: d.file}
	d.fields("", root, "file", func(key string, val *yaml.Node) {
		switch key {
		case "clinic":
			b.Clinic = d.clinic(val)
		case "safety":
			b.Safety = d.safety(val)
		case "entries":
			d.entryList = val
			b.Entries = d.entries(val)
		case "vocabulary":
			b.Vocabulary = d.vocabulary(val)
		}
	})
	return b
}

func (d *decoder) clinic(n *yaml.Node) Clinic {
	var c Clinic
	d.fields("clinic", n, "clinic", func(key string, val *yaml.Node) {
		path := joinPath("clinic", key)
		switch key {
		case "name":
			c.Name = d.text(path, val)
		case "booking_url":
			c.BookingURL = d.text(path, val)
		case "contact_url":
			c.ContactURL = d.text(path, val)
		case "website":
			c.Website = d.text(path, val)
		case "disclaimer":
			c.Disclaimer = d.text(path, val)
		}
	})
	return c
}

func (d *decoder) safety(n *yaml.Node) Safety {
	var s Safety
	d.fields("safety", d.withoutRemovals("safety", n), "safety", func(key string, val *yaml.Node) {
		path := joinPath("safety", key)
		switch key {
		case "message":
			s.Message = d.text(path, val)
		case "doctor_message":
			s.DoctorMessage = d.text(path, val)
		case "caution_message":
			s.CautionMessage = d.text(path, val)
		case "crisis_message":
			s.CrisisMessage = d.text(path, val)
		case "phrases":
			s.Phrases = d.texts(path, val)
		case "concepts":
			s.Concepts = d.phraseMap(path, val)
		case "groups":
			s.Groups = d.phraseMap(path, val)
		}
	})
	return s
}

// removalFields are field names a staff member might use to turn off or
// remove part of the built-in safety screen. They are refused with a
// message that says why, rather than as unknown fields.
var removalFields = []string{"remove", "removed", "disable", "disabled", "off", "exclude", "excluded", "except",
	"ignore", "skip", "without", "replace", "override", "only", "builtin", "built_in", "defaults", "drop", "delete", "unless", "not"}

// withoutRemovals reports every field of the mapping n whose name asks to
// remove or turn off built-in safety rules, and returns n without them.
func (d *decoder) withoutRemovals(path string, n *yaml.Node) *yaml.Node {
	if n.Kind != yaml.MappingNode {
		return n
	}
	out := *n
	out.Content = nil
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind == yaml.ScalarNode && slices.Contains(removalFields, strings.ToLower(k.Value)) {
			d.report(nodePos(k), joinPath(path, k.Value), fmt.Sprintf("%q would weaken the safety screen, which is not allowed", k.Value),
				"the built-in warning signs and rules always apply and cannot be removed or turned off; remove this field. You can add words with concepts: and groups:, and change the messages")
			continue
		}
		out.Content = append(out.Content, n.Content[i], n.Content[i+1])
	}
	return &out
}

// phraseMap decodes a block of "id: [phrase, ...]" lines (safety.concepts,
// safety.groups). Which ids are allowed is checked by validate.
func (d *decoder) phraseMap(path string, n *yaml.Node) map[string][]string {
	d.pos[path] = nodePos(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		d.wrongType(path, n, "a block of lines such as numbness: [pins and needles]")
		return nil
	}
	out := map[string][]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.report(nodePos(k), path, "a name here must be a plain word, found "+describeNode(k),
				"write the id of a concept or group, a colon and the list of words, like numbness: [pins and needles]")
			continue
		}
		field := joinPath(path, k.Value)
		d.pos[field] = nodePos(k)
		if _, dup := out[k.Value]; dup {
			d.report(nodePos(k), field, fmt.Sprintf("%s appears twice in %s", k.Value, path),
				"keep one line for it and put all its words in that list")
			continue
		}
		if v.Kind == yaml.ScalarNode && !isNull(v) {
			switch strings.ToLower(strings.TrimSpace(v.Value)) {
			case "off", "false", "no", "none", "disabled", "disable", "remove", "removed", "[]":
				d.bad[field] = true
				d.report(nodePos(v), field, fmt.Sprintf("%s: %s would turn off a built-in part of the safety screen, which is not allowed", k.Value, v.Value),
					"the built-in words and rules always apply; list words to add, like "+k.Value+": [my own words], or remove this line")
				continue
			}
		}
		out[k.Value] = d.texts(field, v)
		d.pos[field] = nodePos(k) // problems with the id point at its name
		if d.bad[field] {
			continue
		}
		if _, ok := d.pos[field]; ok && (isNull(v) || len(v.Content) == 0 && v.Kind == yaml.SequenceNode) {
			d.bad[field] = true
			d.report(nodePos(k), field, fmt.Sprintf("the list for %s is empty", k.Value),
				"an empty list adds nothing and cannot remove the built-in words, which always apply; list the words to add, or remove this line")
		}
	}
	return out
}

// entries decodes the list of entries. Items that are not blocks of fields
// are reported and left out.
func (d *decoder) entries(n *yaml.Node) []Entry {
	if !d.list("entries", n) || len(n.Content) == 0 {
		if !d.bad["entries"] {
			d.report(nodePos(n), "entries", "there are no entries",
				`add at least one entry below entries:, each starting with "- id:"`)
		}
		return nil
	}
	out := make([]Entry, 0, len(n.Content))
	for i, item := range n.Content {
		path := entryPath(i, entryID(item))
		if item.Kind != yaml.MappingNode {
			d.record(path, item)
			d.wrongType(path, item, "an entry (a block of fields: id, title, kind, ...)")
			continue
		}
		out = append(out, d.entry(path, item))
		d.entryPaths = append(d.entryPaths, path)
	}
	return out
}

// entryPath is the field path of the entry at index i of the list, with
// its id when it has a valid one ("entries[3] (rolfing)"), made in one
// allocation: a large file has thousands.
func entryPath(i int, id string) string {
	var buf [64]byte
	b := strconv.AppendInt(append(buf[:0], entriesPrefix...), int64(i+1), 10)
	b = append(b, ']')
	if id != "" {
		b = append(append(append(b, " ("...), id...), ')')
	}
	return string(b)
}

// entryID returns the id of an entry node when it is a well-formed slug, so
// that problems can name the entry; "" otherwise.
func entryID(n *yaml.Node) string {
	if n.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "id" && v.Kind == yaml.ScalarNode && isValidID(v.Value) {
			return v.Value
		}
	}
	return ""
}

func (d *decoder) entry(path string, n *yaml.Node) Entry {
	var e Entry
	d.fields(path, n, "entry", func(key string, val *yaml.Node) {
		switch key {
		case "id":
			e.ID = d.entryText(path, key, val)
		case "title":
			e.Title = d.entryText(path, key, val)
		case "kind":
			e.Kind = Kind(d.entryText(path, key, val))
		case "aliases":
			e.Aliases = d.entryTexts(path, key, val)
		case "questions":
			e.Questions = d.entryTexts(path, key, val)
		case "answer":
			e.Answer = d.entryText(path, key, val)
		case "related":
			e.Related = d.entryTexts(path, key, val)
		case "source":
			e.Source = d.entryText(path, key, val)
		case "links":
			e.Links = d.links(joinPath(path, key), val)
		}
	})
	return e
}

// entryText is text for the field key of the entry at path. Positions
// inside the entries are not recorded (see record), so a plain text needs
// no field path: it is built only for a value text must report.
func (d *decoder) entryText(path, key string, n *yaml.Node) string {
	if n.Kind == yaml.ScalarNode && !isNull(n) {
		return n.Value
	}
	return d.text(joinPath(path, key), n)
}

// entryTexts is texts for the field key of the entry at path, building
// field paths, like entryText, only for a list texts must report on.
func (d *decoder) entryTexts(path, key string, n *yaml.Node) []string {
	if n.Kind != yaml.SequenceNode {
		return d.texts(joinPath(path, key), n)
	}
	out := make([]string, len(n.Content))
	for i, item := range n.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) {
			return d.texts(joinPath(path, key), n)
		}
		out[i] = item.Value
	}
	return out
}

// links decodes an entry's links. Every item keeps its place, so that
// Links[i] is at field path links[i+1] even when an item is malformed.
func (d *decoder) links(path string, n *yaml.Node) []Link {
	if !d.list(path, n) {
		return nil
	}
	out := make([]Link, len(n.Content))
	for i, item := range n.Content {
		lpath := indexPath(path, i)
		d.fields(lpath, item, "link", func(key string, val *yaml.Node) {
			switch key {
			case "label":
				out[i].Label = d.text(joinPath(lpath, key), val)
			case "url":
				out[i].URL = d.text(joinPath(lpath, key), val)
			}
		})
	}
	return out
}

// fields walks a block of "key: value" fields of the kind kind (a key of
// blocks), reporting unknown and repeated keys, and calls each for every
// known key with its value.
func (d *decoder) fields(path string, n *yaml.Node, kind string, each func(key string, val *yaml.Node)) {
	b, ok := blocks[kind]
	if !ok {
		panic("knowledge: no block " + kind + " in the field table") // a programming error, caught by every test
	}
	what, known := b.what, b.fields
	d.record(path, n)
	if n.Kind != yaml.MappingNode {
		if isNull(n) {
			// An empty block: its required fields are reported missing.
			return
		}
		d.wrongType(path, n, what+" (a block of fields: "+strings.Join(known, ", ")+")")
		return
	}
	// The keys decoded so far with their lines: a block has a handful,
	// and a large file thousands of blocks, so a list beats a map.
	type seenKey struct {
		key  string
		line int
	}
	var seenBuf [16]seenKey
	seen := seenBuf[:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.report(nodePos(k), path, "a field name must be a plain word, found "+describeNode(k),
				"write the field as name: value, with one of: "+strings.Join(known, ", "))
			continue
		}
		key := k.Value
		if !slices.Contains(known, key) {
			fix := "the fields allowed here are: " + strings.Join(known, ", ")
			if s, ok := suggest(key, known); ok {
				fix = fmt.Sprintf("did you mean %s? %s", s, fix)
				d.typo[joinPath(path, s)] = true
			}
			d.report(nodePos(k), joinPath(path, key), fmt.Sprintf("unknown field %q", key), fix)
			continue
		}
		if j := slices.IndexFunc(seen, func(s seenKey) bool { return s.key == key }); j >= 0 {
			d.report(nodePos(k), joinPath(path, key), fmt.Sprintf("%s appears twice in %s (first on line %d)", key, what, seen[j].line),
				"keep only one of the two lines and remove the other")
			continue
		}
		seen = append(seen, seenKey{key, k.Line})
		each(key, v)
	}
}

// text decodes a single text value; an empty value ("title:" or "~") gives "".
func (d *decoder) text(path string, n *yaml.Node) string {
	d.record(path, n)
	switch {
	case isNull(n):
		return ""
	case n.Kind == yaml.ScalarNode:
		if n.Style&yaml.LiteralStyle != 0 && !strings.HasPrefix(path, entriesPrefix) {
			d.literal[path] = true // inside the entries, isLiteral reads the node
		}
		return n.Value
	default:
		d.wrongType(path, n, "text")
		return ""
	}
}

// texts decodes a list of texts; an empty value gives nil. Items keep their
// place, so that the item at field path path[i+1] is element i.
func (d *decoder) texts(path string, n *yaml.Node) []string {
	if !d.list(path, n) {
		return nil
	}
	out := make([]string, len(n.Content))
	for i, item := range n.Content {
		out[i] = d.text(indexPath(path, i), item)
	}
	return out
}

// list records where a list is and reports whether n is a list with items
// to decode. An empty value is an empty list, not an error.
func (d *decoder) list(path string, n *yaml.Node) bool {
	d.record(path, n)
	if isNull(n) {
		return false
	}
	if n.Kind != yaml.SequenceNode {
		d.wrongType(path, n, "a list")
		return false
	}
	return true
}

// wrongType reports a value of the wrong kind, with a fix that fits what was
// expected.
func (d *decoder) wrongType(path string, n *yaml.Node, want string) {
	d.bad[path] = true
	if n.Kind == yaml.AliasNode {
		d.report(nodePos(n), path, "*"+n.Value+" refers to another part of the file, which a knowledge base does not allow",
			"write the value out in full here instead of the *name")
		return
	}
	var fix string
	switch {
	case want == "text" && n.Kind == yaml.MappingNode && looksLikeEntry(n):
		fix = `this looks like an entry pasted at the wrong indentation: move its "- id:" line and the lines pasted with it so that "- id:" starts in the same column as the other entries' "- id:" under entries:`
	case want == "text" && n.Kind == yaml.MappingNode:
		fix = `write the text on the same line, after the colon; if it contains ": ", put the whole text in quotes`
	case want == "text":
		fix = `write a single text after the colon, not a list of items starting with "- "`
	case want == "a list":
		fix = `put each item on its own line below, indented and starting with "- ", or write them in brackets: [first, second]`
	default:
		fix = "put the fields on their own lines below, indented by two more spaces"
	}
	d.report(nodePos(n), path, fmt.Sprintf("expected %s, found %s", want, describeNode(n)), fix)
}

// looksLikeEntry reports whether the block of fields n has an entry's id
// or its sample questions, the sign of an entry pasted too far right.
func looksLikeEntry(n *yaml.Node) bool {
	return mappingValue(n, "id") != nil || mappingValue(n, "questions") != nil
}

// isNull reports whether n is an empty value ("key:" with nothing after
// it, "~" or "null").
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describeNode names what a node is, for messages.
func describeNode(n *yaml.Node) string {
	switch {
	case isNull(n):
		return "nothing"
	case n.Kind == yaml.ScalarNode:
		return fmt.Sprintf("the text %q", clip(n.Value, 40))
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.MappingNode:
		return "a block of fields"
	case n.Kind == yaml.AliasNode:
		return "a reference (*" + n.Value + ")"
	default:
		return "something else"
	}
}

// clip shortens s to at most n runes, marking the cut with "...".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "..."
}
