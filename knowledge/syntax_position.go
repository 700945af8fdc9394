package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// breakLine returns the 1-based line where the YAML structure of the file
// made of lines breaks: the first line such that the file cut after it
// already fails with exactly the error whole (the library's message with
// its line). Cutting a file at a line end closes every open block, so a
// cut before the break parses, and every cut from the break on meets the
// same error.
//
// read is how many lines the library had read when it failed: the break is
// there or a line or two above (the library reads a little ahead), so the
// search walks up from read, then halves what is left, parsing the file a
// few times, and only when it is broken.
func breakLine(lines []string, whole string, read int) (int, bool) {
	sameError := func(n int) bool {
		err := parseAll(strings.Join(lines[:n], "\n"))
		return err != nil && err.Error() == whole
	}
	hi := min(max(read, 1), len(lines)) // the cut after hi lines fails the same way
	if !sameError(hi) {
		hi = len(lines)
		if !sameError(hi) {
			return 0, false
		}
	}
	const walk = 4
	for range walk {
		if hi == 1 || !sameError(hi-1) {
			return hi, true
		}
		hi--
	}
	lo := 0 // the cut after lo lines parses, or fails otherwise
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if sameError(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

// lineReader hands data to the YAML library one line per Read at most, so
// that when the library fails, linesRead tells how far it had got.
type lineReader struct {
	data []byte
	pos  int // bytes handed out
}

func (r *lineReader) Read(p []byte) (int, error) {
	if r.pos >= len(r.data) {
		return 0, io.EOF
	}
	rest := r.data[r.pos:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	n := copy(p, rest)
	r.pos += n
	return n, nil
}

// linesRead is how many lines Read has handed out, in whole or in part.
func (r *lineReader) linesRead() int {
	n := bytes.Count(r.data[:r.pos], []byte("\n"))
	if r.pos > 0 && r.data[r.pos-1] != '\n' {
		n++
	}
	return n
}

// parseAll parses every document in text and returns the first error.
func parseAll(text string) error {
	dec := yaml.NewDecoder(strings.NewReader(text))
	for {
		var n yaml.Node
		err := dec.Decode(&n)
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// indentHint explains a broken line (where the YAML library said msg) that
// does not start in the same column as the nearest line above it that
// starts the same way (the same field, or the same "- field:" list item, or
// else any "- " item when the line is one): the commonest cause, an entry
// or a field pasted at the wrong indentation. ok is false when the line
// lines up, or nothing above it starts the same way.
func indentHint(lines []string, line int, msg string) (string, bool) {
	text := lines[line-1]
	trimmed := strings.TrimLeft(text, " ")
	col := len(text) - len(trimmed) + 1
	lead := lineLead(trimmed)
	if lead == "" {
		return "", false
	}
	for i := line - 2; i >= 0; i-- {
		above := strings.TrimLeft(lines[i], " ")
		if lineLead(above) != lead {
			continue
		}
		aboveCol := len(lines[i]) - len(above) + 1
		if aboveCol == col {
			return "", false
		}
		what := fmt.Sprintf("%q", strings.TrimSpace(lead))
		if lead == "- " {
			what = `the list item ("- ")`
		}
		hint := fmt.Sprintf("check the indentation: this line starts in column %d, but %s on line %d starts in column %d; "+
			"lines of the same block must start in the same column, so move this line (and any lines pasted with it) to column %d",
			col, what, i+1, aboveCol, aboveCol)
		if strings.Contains(msg, "mapping values are not allowed") {
			hint += "; or, if the line is right, put its text in quotes: it contains \": \""
		}
		return hint, true
	}
	return "", false
}

// lineLead is how a line starts, for comparing its indentation with the
// lines above: "- id:" for a list item that opens with a field, "title:"
// for a field, "- " for another list item, "" for anything else (text,
// comments, blank lines).
func lineLead(trimmed string) string {
	item := strings.HasPrefix(trimmed, "- ") || trimmed == "-"
	rest := trimmed
	if item {
		rest = strings.TrimLeft(trimmed[1:], " ")
	}
	if key, _, ok := strings.Cut(rest, ":"); ok && key != "" && isFieldName(key) {
		if item {
			return "- " + key + ":"
		}
		return key + ":"
	}
	if item {
		return "- "
	}
	return ""
}

// isFieldName reports whether s looks like a field name: letters, digits
// and underscores.
func isFieldName(s string) bool {
	return !strings.ContainsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_')
	})
}

// strayStart handles a break at a section line ("clinic:" in column 1)
// when the file's first content line, above it, is indented or a "- "
// item: lines that belong to no section, such as the example entry of the
// file's top comment uncommented where it stands. The break is where the
// section starts, but the lines to move are the stray ones, so the problem
// is placed on the first of them, with how to fix it.
func strayStart(lines []string, brk int) (int, string, bool) {
	if brk > len(lines) {
		return 0, "", false
	}
	if l := lines[brk-1]; strings.HasPrefix(l, " ") || strings.HasPrefix(l, "-") || lineLead(l) == "" {
		return 0, "", false // the break is not a section in column 1
	}
	for i := 0; i < brk-1; i++ {
		trimmed := strings.TrimLeft(lines[i], " ")
		if trimmed == "" || strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "%") || trimmed == "---" {
			continue
		}
		if len(trimmed) == len(lines[i]) && !strings.HasPrefix(trimmed, "-") {
			return 0, "", false // the file starts with a section
		}
		last := brk - 1
		for last > i+1 && (strings.TrimSpace(lines[last-1]) == "" || strings.HasPrefix(strings.TrimSpace(lines[last-1]), "#")) {
			last--
		}
		return i + 1, fmt.Sprintf("the lines from here to line %d come before the section %s on line %d and belong to no section; "+
			"sections start in column 1 and everything else goes inside one, so move these lines where they belong "+
			"(an entry goes under entries:, its \"- id:\" in the same column as the other entries')",
			last, strings.TrimSpace(lines[brk-1]), brk), true
	}
	return 0, "", false
}
