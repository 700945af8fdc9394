package knowledge

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseFast reads a file written in the plain shape a knowledge base file
// takes into the node tree the YAML library would build for it, about five
// times faster: a 10,000-entry file is most of a reload's time in the
// library's scanner, which copies every character one at a time and
// allocates each node on its own.
//
// The shape is: blocks of "key: value" lines and "- " items indented with
// spaces; values that are plain text on one line, quoted text on one line
// ("..." with \" and \\ only, '...'), lists in [brackets] on one line, or
// literal blocks ("|" or "|-"); comments. Anything else (a tab, a "\r",
// folded ">" text, an anchor, a tag, text that goes on over several lines,
// a number, a "---" line, ...) gives ok false, and parseYAML lets the
// library read the file, so that a file gives the same tree either way, or
// the library's own syntax error. TestFastYAMLMatchesLibrary and
// FuzzFastYAML compare the two trees on every test file and on mutations
// of them.
//
// Comments are not kept: the decoder never reads them. Plain and quoted
// values are cut from one copy of the file's text, so the base keeps that
// copy (the size of the file) rather than a string for each value.
func parseFast(data []byte) (doc *yaml.Node, ok bool) {
	if !fastReadable(data) {
		return nil, false
	}
	p := &fastParser{text: string(data)}
	p.splitLines()
	defer func() {
		if r := recover(); r != nil {
			if r != errNotFast {
				panic(r)
			}
			doc, ok = nil, false
		}
	}()
	return p.document(), true
}

// errNotFast is what fastParser panics with when the file is outside the
// shape it reads; parseFast recovers it and reports ok false.
var errNotFast = &struct{ string }{"not in the shape parseFast reads"}

// fastReadable reports whether data has none of the characters that the
// fast parser leaves to the library: tabs, carriage returns, control
// characters, a byte order mark, line and paragraph separators, characters
// the library refuses, and text that is not UTF-8.
func fastReadable(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		if c >= 0x20 && c < 0x7F || c == '\n' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return false // tab, "\r", other control characters, DEL
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError, r < 0xA0, r == 0x2028, r == 0x2029, r == 0xFEFF, r >= 0xFFFE && r <= 0xFFFF:
			return false
		}
		i += size
	}
	return true
}

// fastParser is the state of parseFast: the file's text, its lines, and
// the line being read.
type fastParser struct {
	text  string
	lines []fastLine
	// at is the index in lines of the next line to read that is neither
	// blank nor a comment, or len(lines).
	at int
	// nodes and content are slabs that nodes and their Content are cut
	// from, so that a file's hundreds of thousands of nodes take a few
	// hundred allocations; stack holds the children of the collections
	// being read until each is complete.
	nodes   []yaml.Node
	content []*yaml.Node
	stack   []*yaml.Node
}

// fastLine is one line of the file.
type fastLine struct {
	start, end int  // the line's text is text[start:end], without its "\n"
	indent     int  // how many spaces it starts with
	skip       bool // blank, or only a comment
	newline    bool // ends with "\n" (false only for a last line without one)
}

// slabSize is how many nodes, or Content pointers, one allocation holds.
const slabSize = 4096

func (p *fastParser) splitLines() {
	p.lines = make([]fastLine, 0, strings.Count(p.text, "\n")+1)
	for start := 0; start < len(p.text); {
		end := strings.IndexByte(p.text[start:], '\n')
		newline := end >= 0
		if newline {
			end += start
		} else {
			end = len(p.text)
		}
		l := fastLine{start: start, end: end, newline: newline}
		s := p.text[start:end]
		l.indent = len(s) - len(strings.TrimLeft(s, " "))
		l.skip = l.indent == len(s) || s[l.indent] == '#'
		p.lines = append(p.lines, l)
		start = end + 1
	}
}

// notFast abandons the fast parse.
func notFast() { panic(errNotFast) }

// node returns a new node of the kind, tag and style given, at byte offset
// col of line li.
func (p *fastParser) node(kind yaml.Kind, tag string, style yaml.Style, li, col int) *yaml.Node {
	if len(p.nodes) == 0 {
		p.nodes = make([]yaml.Node, slabSize)
	}
	n := &p.nodes[0]
	p.nodes = p.nodes[1:]
	// The slab is zeroed: setting fields one by one spares copying a
	// whole node.
	n.Kind, n.Tag, n.Style = kind, tag, style
	n.Line, n.Column = li+1, p.column(p.lines[li], col)
	return n
}

// column is the 1-based column of byte offset col of line l, counted in
// characters as the library counts it.
func (p *fastParser) column(l fastLine, col int) int {
	prefix := p.text[l.start : l.start+col]
	for i := 0; i < len(prefix); i++ {
		if prefix[i] >= utf8.RuneSelf {
			return utf8.RuneCountInString(prefix) + 1
		}
	}
	return col + 1
}

// finish sets the Content of n to the children pushed on the stack since
// mark.
func (p *fastParser) finish(n *yaml.Node, mark int) {
	kids := p.stack[mark:]
	if len(kids) > 0 {
		if len(kids) > len(p.content) {
			p.content = make([]*yaml.Node, max(slabSize, len(kids)))
		}
		n.Content = p.content[:len(kids):len(kids)]
		p.content = p.content[len(kids):]
		copy(n.Content, kids)
	}
	p.stack = p.stack[:mark]
}

// skipToContent moves at to the first line from li on that is neither
// blank nor a comment.
func (p *fastParser) skipToContent(li int) {
	for li < len(p.lines) && p.lines[li].skip {
		li++
	}
	p.at = li
}

// rest is line li from byte offset col.
func (p *fastParser) rest(li, col int) string {
	l := p.lines[li]
	return p.text[l.start+col : l.end]
}

func (p *fastParser) document() *yaml.Node {
	p.skipToContent(0)
	if p.at == len(p.lines) || p.lines[p.at].indent != 0 {
		notFast() // empty, or indented as a whole: left to the library
	}
	for _, l := range p.lines {
		s := p.text[l.start:l.end]
		if strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...") || strings.HasPrefix(s, "%") {
			notFast() // document markers and directives
		}
	}
	root := p.block(p.at, 0)
	if p.at != len(p.lines) {
		notFast()
	}
	doc := &yaml.Node{Kind: yaml.DocumentNode, Line: root.Line, Column: root.Column, Content: []*yaml.Node{root}}
	return doc
}

// block reads the block node that starts at byte offset col of line li: a
// list of "- " items, a block of "key: value" fields, or nothing else.
func (p *fastParser) block(li, col int) *yaml.Node {
	s := p.rest(li, col)
	switch {
	case isItem(s):
		return p.sequence(li, col)
	case keyEnd(s) >= 0:
		return p.mapping(li, col)
	}
	notFast() // text alone on its lines
	return nil
}

// isItem reports whether s starts with a list item's "-".
func isItem(s string) bool {
	return len(s) > 0 && s[0] == '-' && (len(s) == 1 || s[1] == ' ')
}

// keyEnd returns the offset of the colon that ends the plain key s starts
// with ("key:" then a space or the end of the line), or -1.
func keyEnd(s string) int {
	if s == "" || isIndicator(s[0]) {
		return -1
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':':
			if i+1 == len(s) || s[i+1] == ' ' {
				return i
			}
		case '#':
			if s[i-1] == ' ' {
				return -1 // a comment before any colon
			}
		}
	}
	return -1
}

// isIndicator reports whether a value starting with c is something other
// than plain text, or plain text the fast parser leaves to the library
// ("-x", "?x", ":x"). A space is one too: callers pass a value without
// the spaces before it, so one found there is a parser's slip, refused.
func isIndicator(c byte) bool {
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@` ", c) >= 0
}

// sequence reads the list of "- " items whose dashes are at byte offset
// col, the first on line li.
func (p *fastParser) sequence(li, col int) *yaml.Node {
	n := p.node(yaml.SequenceNode, "!!seq", 0, li, col)
	mark := len(p.stack)
	for {
		s := p.rest(li, col+1)
		value := col + 1 + len(s) - len(strings.TrimLeft(s, " "))
		rest := p.rest(li, value)
		var item *yaml.Node
		switch {
		case rest == "" || rest[0] == '#':
			p.skipToContent(li + 1)
			if p.at == len(p.lines) || p.lines[p.at].indent <= col {
				notFast() // an empty item
			}
			item = p.block(p.at, p.lines[p.at].indent)
		case isItem(rest):
			notFast() // a list inside a list on one line
		case keyEnd(rest) >= 0:
			item = p.mapping(li, value)
		default:
			item = p.inline(li, value, col)
		}
		p.stack = append(p.stack, item)
		if p.at == len(p.lines) {
			break
		}
		next := p.lines[p.at]
		if next.indent > col {
			notFast()
		}
		if next.indent < col || !isItem(p.rest(p.at, col)) {
			break
		}
		li = p.at
	}
	p.finish(n, mark)
	return n
}

// mapping reads the block of "key: value" fields whose keys are at byte
// offset col, the first on line li.
func (p *fastParser) mapping(li, col int) *yaml.Node {
	n := p.node(yaml.MappingNode, "!!map", 0, li, col)
	mark := len(p.stack)
	for {
		s := p.rest(li, col)
		colon := keyEnd(s)
		if colon < 0 || colon > 1000 {
			notFast() // not a field, or a key the library finds too long
		}
		key := p.plain(li, col, strings.TrimRight(s[:colon], " "))
		s = s[colon+1:]
		value := col + colon + 1 + len(s) - len(strings.TrimLeft(s, " "))
		rest := p.rest(li, value)
		var val *yaml.Node
		if rest == "" || rest[0] == '#' {
			p.skipToContent(li + 1)
			switch {
			case p.at < len(p.lines) && p.lines[p.at].indent > col:
				val = p.block(p.at, p.lines[p.at].indent)
			case p.at < len(p.lines) && p.lines[p.at].indent == col && isItem(p.rest(p.at, col)):
				val = p.sequence(p.at, col)
			default:
				// Nothing: the library places the empty value just
				// after the colon.
				val = p.node(yaml.ScalarNode, "!!null", 0, li, col+colon+1)
			}
		} else {
			val = p.inline(li, value, col)
		}
		p.stack = append(p.stack, key, val)
		if p.at == len(p.lines) {
			break
		}
		next := p.lines[p.at]
		if next.indent < col {
			break
		}
		if next.indent > col || keyEnd(p.rest(p.at, col)) < 0 {
			notFast()
		}
		li = p.at
	}
	p.finish(n, mark)
	return n
}

// inline reads the value that starts at byte offset col of line li, in a
// block indented by indent: text, quoted text, a [list] or a literal
// block. It leaves at on the next line to read, which must not be indented
// further than the block (the library would read it as more of the value).
func (p *fastParser) inline(li, col, indent int) *yaml.Node {
	s := p.rest(li, col)
	var n *yaml.Node
	var end int // offset in s after the value
	switch s[0] {
	case '"', '\'':
		var value string
		value, end = quoted(s)
		style := yaml.DoubleQuotedStyle
		if s[0] == '\'' {
			style = yaml.SingleQuotedStyle
		}
		n = p.node(yaml.ScalarNode, "!!str", style, li, col)
		n.Value = value
	case '[':
		n, end = p.flowList(li, col)
	case '|':
		return p.literal(li, col, indent)
	default:
		if isIndicator(s[0]) {
			notFast()
		}
		end = len(s)
		for i := 1; i < len(s); i++ {
			if s[i] == ':' && (i+1 == len(s) || s[i+1] == ' ') {
				notFast() // "key: a: b", a syntax error
			}
			if s[i] == '#' && s[i-1] == ' ' {
				end = i
				break
			}
		}
		n = p.plain(li, col, strings.TrimRight(s[:end], " "))
		end = len(strings.TrimRight(s[:end], " "))
	}
	p.lineEnd(s[end:])
	p.afterValue(li+1, indent)
	return n
}

// lineEnd checks that what follows a value on its line is spaces and a
// comment at most.
func (p *fastParser) lineEnd(s string) {
	t := strings.TrimLeft(s, " ")
	if t != "" && (t[0] != '#' || len(t) == len(s)) {
		notFast()
	}
}

// afterValue moves at to the first line from li on to read after a value
// of a block indented by indent, making sure that no line goes on with the
// value.
func (p *fastParser) afterValue(li, indent int) {
	for li < len(p.lines) && p.lines[li].indent == p.lines[li].end-p.lines[li].start {
		li++ // blank
	}
	if li < len(p.lines) && p.lines[li].indent > indent {
		notFast()
	}
	p.skipToContent(li)
}

// plain returns the node of the plain text s found at byte offset col of
// line li, tagged as the library tags it.
func (p *fastParser) plain(li, col int, s string) *yaml.Node {
	tag := "!!str"
	switch s {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		tag = "!!bool"
	case "~", "null", "Null", "NULL":
		tag = "!!null"
	case "<<":
		notFast()
	default:
		if c := s[0]; (c == '+' || c == '.' || '0' <= c && c <= '9') && !wordsNotDate(s) {
			notFast() // may be a number or a date
		}
	}
	n := p.node(yaml.ScalarNode, tag, 0, li, col)
	n.Value = s
	return n
}

// wordsNotDate reports whether s, which starts like a number, is text to
// the library all the same: it has a space, which no number has, and does
// not start with the "2006-" of a date, the one form with a space the
// library reads as other than text ("30 minute massage").
func wordsNotDate(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	return digits != 4 || digits == len(s) || s[digits] != '-'
}

// quoted reads the quoted text s starts with, closed on the same line, and
// returns its value and the offset after the closing quote.
func quoted(s string) (string, int) {
	q := s[0]
	var b *strings.Builder
	from := 1 // start of the text not yet copied to b
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case q == '"' && c == '\\':
			if i+1 == len(s) || s[i+1] != '"' && s[i+1] != '\\' {
				notFast() // other escapes are left to the library
			}
			if b == nil {
				b = &strings.Builder{}
			}
			b.WriteString(s[from:i])
			b.WriteByte(s[i+1])
			i++
			from = i + 1
		case c == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			if b == nil {
				b = &strings.Builder{}
			}
			b.WriteString(s[from : i+1])
			i++
			from = i + 1
		case c == q:
			if b == nil {
				return s[1:i], i + 1
			}
			b.WriteString(s[from:i])
			return b.String(), i + 1
		}
	}
	notFast() // goes on over the next line
	return "", 0
}

// flowList reads the list in brackets that starts at byte offset col of
// line li and ends on that line, and returns it with the offset in the
// rest of the line after its "]".
func (p *fastParser) flowList(li, col int) (*yaml.Node, int) {
	n := p.node(yaml.SequenceNode, "!!seq", yaml.FlowStyle, li, col)
	s := p.rest(li, col)
	mark := len(p.stack)
	i := 1
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			notFast() // goes on over the next line
		}
		if s[i] == ']' && len(p.stack) == mark {
			i++
			break
		}
		var item *yaml.Node
		switch c := s[i]; {
		case c == '"' || c == '\'':
			value, end := quoted(s[i:])
			style := yaml.DoubleQuotedStyle
			if c == '\'' {
				style = yaml.SingleQuotedStyle
			}
			item = p.node(yaml.ScalarNode, "!!str", style, li, col+i)
			item.Value = value
			i += end
		case isIndicator(c):
			notFast()
		default:
			end := i
			for end < len(s) && s[end] != ',' && s[end] != ']' {
				switch s[end] {
				case '[', '{', '}', ':', '#', '?':
					notFast()
				}
				end++
			}
			item = p.plain(li, col+i, strings.TrimRight(s[i:end], " "))
			i = end
		}
		p.stack = append(p.stack, item)
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			notFast()
		}
		if s[i] == ']' {
			i++
			break
		}
		if s[i] != ',' {
			notFast()
		}
		i++
		if t := strings.TrimLeft(s[i:], " "); t == "" || t[0] == ']' || t[0] == ',' {
			notFast() // an empty item
		}
	}
	p.finish(n, mark)
	return n, i
}

// literal reads the literal block ("|" or "|-") whose "|" is at byte
// offset col of line li, in a block indented by indent. Its lines are
// those below indented further than the block, by as many spaces as the
// first; blank lines between them are kept, those after them dropped.
func (p *fastParser) literal(li, col, indent int) *yaml.Node {
	n := p.node(yaml.ScalarNode, "!!str", yaml.LiteralStyle, li, col)
	header := p.rest(li, col+1)
	strip := strings.HasPrefix(header, "-")
	if strip {
		header = header[1:]
	}
	if header != "" && header[0] != ' ' {
		notFast() // "|+", "|2", ...
	}
	p.lineEnd(header)

	first := li + 1
	if first == len(p.lines) || p.lines[first].indent == p.lines[first].end-p.lines[first].start ||
		p.lines[first].indent <= indent {
		notFast() // empty, or starting with a blank line
	}
	textIndent := p.lines[first].indent
	last, size := first, 0
	j := first
	for ; j < len(p.lines); j++ {
		l := p.lines[j]
		width := l.end - l.start
		if l.indent == width { // blank
			if width > textIndent {
				notFast() // spaces beyond the text's indentation
			}
			continue
		}
		if l.indent < textIndent {
			break
		}
		last = j
		size += width - textIndent + 1
	}
	var b strings.Builder
	b.Grow(size + (last - first))
	for k := first; k <= last; k++ {
		l := p.lines[k]
		if l.indent != l.end-l.start {
			b.WriteString(p.text[l.start+textIndent : l.end])
		}
		if k < last || p.lines[last].newline && !strip {
			b.WriteByte('\n')
		}
	}
	n.Value = b.String()
	p.afterValue(j, indent)
	return n
}
