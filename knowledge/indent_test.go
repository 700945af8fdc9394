package knowledge

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// pastedEntry is a whole entry, as staff copy it from another file or from
// the example at the top of synergy.yaml, without indentation.
var pastedEntryLines = []string{
	"- id: hot-stone-massage",
	"  title: Hot Stone Massage",
	"  kind: technique",
	"  aliases: [hot stones, stone massage]",
	"  questions:",
	"    - what is hot stone massage",
	"    - do you do hot stones",
	"    - does hot stone massage help my stiff back",
	"  answer: |",
	"    Smooth heated stones are placed on the body and used to massage it.",
	"  related: [swedish-massage, booking]",
}

// pasteAfter returns the 0-based index after the first line of lines that
// starts with prefix (trimmed of spaces), where a paste would go.
func pasteAfter(t *testing.T, lines []string, prefix string) int {
	t.Helper()
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), prefix) {
			return i + 1
		}
	}
	t.Fatalf("synergy.yaml has no line starting with %q", prefix)
	return 0
}

// TestPastedAtWrongIndent pastes an entry at every wrong indentation at
// several places of a copy of synergy.yaml and checks that the first
// problem reported is on the pasted line or the line right before or after
// it, nothing is reported above it, and the fix speaks of columns or
// indentation. (The YAML library alone names the start of the enclosing
// block, up to 550 lines away.)
func TestPastedAtWrongIndent(t *testing.T) {
	lines := strings.Split(string(DefaultYAML), "\n")
	places := []struct {
		name string
		at   int // 0-based index of the first pasted line
	}{
		{"top comment, the example uncommented in place", pasteAfter(t, lines, "# not know which one is meant")},
		{"between two entries", pasteAfter(t, lines, "- id: back-pain-causes") - 1},
		{"after an entry's last field", pasteAfter(t, lines, "related: [back-pain-causes, techniques")},
		{"in a list of questions", pasteAfter(t, lines, "- does massage actually help back pain")},
		{"in a list of aliases", pasteAfter(t, lines, "- massage for back pain")},
		{"inside an answer", pasteAfter(t, lines, "Massage is more than a short-term")},
		{"before the entries section", pasteAfter(t, lines, "words: [tense, stiffness, knotty")},
		{"end of the file", len(lines)},
	}
	for _, place := range places {
		for _, indent := range []int{0, 1, 3, 4, 5, 6, 7, 8, 10} {
			t.Run(fmt.Sprintf("%s/indent %d", place.name, indent), func(t *testing.T) {
				var out []string
				out = append(out, lines[:place.at]...)
				for _, p := range pastedEntryLines {
					out = append(out, strings.Repeat(" ", indent)+p)
				}
				out = append(out, lines[place.at:]...)
				pasted := place.at + 1 // 1-based line of the paste's "- id:"

				_, err := Parse("kb.yaml", []byte(strings.Join(out, "\n")))
				var ps Problems
				if !errors.As(err, &ps) {
					t.Fatalf("Parse accepted the paste (err %v)", err)
				}
				first := ps[0]
				if first.Line < pasted-1 || first.Line > pasted+1 {
					t.Fatalf("first problem on line %d, want the pasted line %d or one next to it:\n%v", first.Line, pasted, ps)
				}
				if !strings.Contains(first.Fix, "column") && !strings.Contains(first.Fix, "indent") {
					t.Errorf("fix does not speak of the indentation: %v", first)
				}
			})
		}
	}
}
