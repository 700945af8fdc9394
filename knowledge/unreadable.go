package knowledge

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// maxUnreadable is how many unreadable characters are reported one by one;
// a file saved in the wrong encoding can have thousands.
const maxUnreadable = 10

// unreadableText reports the bytes of data that the YAML library refuses to
// read: bytes that are not UTF-8, NUL and other control characters. The
// library names none of them with a line, so each is reported here at its
// real line and column (columns count characters, as in every other
// problem), at most one per line and maxUnreadable in all.
//
// A file that starts with a UTF-16 byte order mark is left to the library,
// which reads UTF-16.
func unreadableText(source string, data []byte) Problems {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return nil
	}
	var problems Problems
	lines := 0 // lines with a problem, including those not reported
	line, col := 1, 1
	lineReported := false
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c <= 0x7E || c == '\t' || c == '\r' {
			// Printable ASCII, the bulk of any file: nothing to decode.
			i++
			col++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == '\n' {
			line, col, lineReported = line+1, 1, false
			i += size
			continue
		}
		if i == 0 && r == '\uFEFF' {
			i += size // a UTF-8 byte order mark is allowed at the start
			continue
		}
		if msg, fix := unreadable(r, size, data[i]); msg != "" && !lineReported {
			lineReported = true
			lines++
			if lines <= maxUnreadable {
				problems = append(problems, Problem{File: source, Line: line, Col: col, Message: msg, Fix: fix})
			}
		}
		i += size
		col++
	}
	if lines > maxUnreadable {
		last := problems[len(problems)-1]
		problems = append(problems, Problem{
			File: source, Line: last.Line, Col: last.Col,
			Message: fmt.Sprintf("and %d more lines with characters that cannot be read", lines-maxUnreadable),
			Fix:     "save the file as UTF-8 text; if your editor shows the whole file garbled, it was saved as UTF-16 or in an old encoding",
		})
	}
	return problems
}

// unreadable says what is wrong with the character r, of size bytes
// starting with the byte first, and how to fix it; "" when YAML may hold it.
// The allowed characters are those of the YAML specification, which the
// library enforces: tab, newline, carriage return, printable ASCII, NEL and
// the rest of Unicode apart from the other control characters, surrogates
// and U+FFFE, U+FFFF.
func unreadable(r rune, size int, first byte) (msg, fix string) {
	switch {
	case r == utf8.RuneError && size == 1:
		return fmt.Sprintf("the byte 0x%02X here is not UTF-8 text", first),
			"save the file as UTF-8 (in your editor's Save As or Encoding menu) and retype the character here; it is usually an accented letter or a curly quote saved in an older encoding"
	case r == 0:
		return "a NUL character (byte 0x00) is here",
			"delete it: text files never contain it; if there are many, the file was saved as UTF-16, so save it as UTF-8"
	case r == '\t', r == '\n', r == '\r', r >= 0x20 && r <= 0x7E, r == 0x85,
		r >= 0xA0 && r <= 0xD7FF, r >= 0xE000 && r <= 0xFFFD, r >= 0x10000 && r <= 0x10FFFF:
		return "", ""
	default:
		return fmt.Sprintf("the invisible control character U+%04X is here", r),
			"delete it: YAML does not allow control characters; it often comes from copying text out of another program"
	}
}
