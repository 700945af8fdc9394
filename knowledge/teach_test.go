package knowledge

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// writeTemp writes data to a knowledge file in a new temporary directory and
// returns its path.
func writeTemp(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kb.yaml")
	if err := os.WriteFile(path, data, 0o640); err != nil {
		t.Fatal(err)
	}
	return path
}

// addedLine returns the one line that after has in addition to before, and
// its 0-based index, failing t unless after is exactly before with one line
// inserted.
func addedLine(t *testing.T, before, after string) (string, int) {
	t.Helper()
	b, a := strings.SplitAfter(before, "\n"), strings.SplitAfter(after, "\n")
	if len(a) != len(b)+1 {
		t.Fatalf("the edit changed %d lines into %d, want exactly one added line", len(b), len(a))
	}
	i := 0
	for i < len(b) && b[i] == a[i] {
		i++
	}
	if !slices.Equal(b[i:], a[i+1:]) {
		t.Fatalf("lines after the added line %d differ", i+1)
	}
	return a[i], i
}

// lastQuestionLine returns the 0-based index of the line holding the last
// sample question of entry id in data.
func lastQuestionLine(t *testing.T, data []byte, id string) int {
	t.Helper()
	b, err := Parse("kb.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	qs := b.Entry(id).Questions
	last := qs[len(qs)-1]
	lines := strings.Split(string(data), "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) == "- "+last {
			return i
		}
	}
	t.Fatalf("last question %q of %s not found", last, id)
	return 0
}

func TestTeachFileAddsOneLine(t *testing.T) {
	path := writeTemp(t, DefaultYAML)
	q := "how long does a rolfing series take"
	if err := TeachFile(path, "rolfing", "  how long does a   rolfing series take "); err != nil {
		t.Fatalf("TeachFile: %v", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	line, at := addedLine(t, string(DefaultYAML), string(after))
	if want := "      - " + q + "\n"; line != want {
		t.Errorf("added line %q, want %q", line, want)
	}
	if want := lastQuestionLine(t, DefaultYAML, "rolfing") + 1; at != want {
		t.Errorf("added at line %d, want %d, right after the last question", at+1, want+1)
	}

	b, err := LoadFile(path)
	if err != nil {
		t.Fatalf("taught file does not load: %v", err)
	}
	if qs := b.Entry("rolfing").Questions; qs[len(qs)-1] != q {
		t.Errorf("last question of rolfing = %q, want %q", qs[len(qs)-1], q)
	}
	if got := NewMatcher(b, MatchOptions{}).Match(q); got.Best == nil || got.Best.ID != "rolfing" || !got.Confident {
		t.Errorf("taught question matches %+v, want rolfing, confident", got)
	}

	bak, err := os.ReadFile(path + ".bak")
	if err != nil {
		t.Fatalf("no backup: %v", err)
	}
	if string(bak) != string(DefaultYAML) {
		t.Error("backup is not the previous version")
	}
	for _, p := range []string{path, path + ".bak"} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != 0o640 {
			t.Errorf("%s: mode %v (err %v), want the original 0640", p, info.Mode().Perm(), err)
		}
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 2 {
		t.Errorf("directory holds %d files, want the file and its backup (no temporary files left)", len(entries))
	}
}

func TestTeachFileRefused(t *testing.T) {
	tests := []struct {
		name, entry, question string
		reason                string // must occur in the Reason
	}{
		{"unknown entry", "rolfin", "how long does rolfing take", `no entry has the id "rolfin"; did you mean rolfing?`},
		{"empty", "rolfing", "   ", "the question is empty"},
		{"no words", "rolfing", "👍 🔥 !!", "has no words the bot can match"},
		{"too long", "rolfing", strings.Repeat("rolfing ", 40), "sample questions are at most 300"},
		{"duplicate", "rolfing", "What is ROLFING?", "is already a sample question of rolfing"},
		{"another entry's question", "rolfing", "what is your phone number", "is already a sample question of contact"},
		{"another entry's alias", "rolfing", "Book a massage!", "is an alias of booking"},
		{"lands elsewhere", "rolfing", "where do I book", "would land on booking"},
		{"weak match", "rolfing", "how do I book an appointment online", "only weakly"},
		{"placeholder", "rolfing", "question goes here about rolfing", "would not be valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, DefaultYAML)
			err := TeachFile(path, tt.entry, tt.question)
			var refused *TeachRefused
			if !errors.As(err, &refused) {
				t.Fatalf("TeachFile error = %v (%T), want *TeachRefused", err, err)
			}
			if !strings.Contains(refused.Reason, tt.reason) {
				t.Errorf("reason %q, want it to contain %q", refused.Reason, tt.reason)
			}
			if data, err := os.ReadFile(path); err != nil || string(data) != string(DefaultYAML) {
				t.Errorf("file changed by a refused teach (err %v)", err)
			}
			if _, err := os.Stat(path + ".bak"); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("backup written by a refused teach: %v", err)
			}
		})
	}
}

// TestTeachFileThreshold checks that the threshold the base is served with
// decides whether the question lands: one the default accepts is refused
// with a threshold above its score.
func TestTeachFileThreshold(t *testing.T) {
	path := writeTemp(t, DefaultYAML)
	q := "how long does a rolfing series take"
	err := TeachFileWithOptions(path, "rolfing", q, MatchOptions{Threshold: 0.999})
	var refused *TeachRefused
	if !errors.As(err, &refused) || !strings.Contains(refused.Reason, "only weakly") {
		t.Fatalf("TeachFileWithOptions with threshold 0.999 = %v, want a refusal for a weak match", err)
	}
	if err := TeachFileWithOptions(path, "rolfing", q, MatchOptions{}); err != nil {
		t.Fatalf("with the default threshold: %v", err)
	}
}

func TestTeachFileEmbeddedBase(t *testing.T) {
	err := TeachFile("", "rolfing", "how long does a rolfing series take")
	var refused *TeachRefused
	if !errors.As(err, &refused) || !strings.Contains(refused.Reason, "knowledge.path") {
		t.Fatalf("TeachFile(\"\") = %v, want a refusal naming knowledge.path", err)
	}
}

func TestTeachFileInvalidFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "load", "kind.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, data)
	err = TeachFile(path, "rolfing", "how long does a rolfing series take")
	var refused *TeachRefused
	if !errors.As(err, &refused) || !strings.Contains(refused.Reason, "problem(s) already") {
		t.Fatalf("TeachFile on an invalid file = %v, want a refusal to fix it first", err)
	}
}

func TestTeachFileNotRegular(t *testing.T) {
	err := TeachFile(t.TempDir(), "rolfing", "how long does a rolfing series take")
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("TeachFile on a directory = %v, want not a regular file", err)
	}
}

// TestTeachFileSymlink checks that teaching through a symbolic link edits
// the file it points to and keeps the link.
func TestTeachFileSymlink(t *testing.T) {
	target := writeTemp(t, DefaultYAML)
	link := filepath.Join(t.TempDir(), "kb.yaml")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := TeachFile(link, "rolfing", "how long does a rolfing series take"); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("link replaced: %v %v", info, err)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	addedLine(t, string(DefaultYAML), string(data))
	if _, err := os.Stat(target + ".bak"); err != nil {
		t.Errorf("no backup beside the target: %v", err)
	}
}

// TestTeachFileConcurrent teaches two questions at once; both must end up in
// the file.
func TestTeachFileConcurrent(t *testing.T) {
	path := writeTemp(t, DefaultYAML)
	questions := map[string]string{
		"rolfing": "how long does a rolfing series take",
		"contact": "what is the email of the clinic",
		"booking": "can I book a massage for tomorrow morning",
	}
	var wg sync.WaitGroup
	errs := make(chan error, len(questions))
	for id, q := range questions {
		wg.Go(func() { errs <- TeachFile(path, id, q) })
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("TeachFile: %v", err)
		}
	}
	b, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for id, q := range questions {
		if !slices.Contains(b.Entry(id).Questions, q) {
			t.Errorf("%s lost the question %q", id, q)
		}
	}
}

// TestInsertQuestionLayout checks the text edit on layouts the default file
// does not have: CRLF line endings, no final line ending, a question
// continued on the next line, deeper indentation, comments, and a question
// that YAML must read in quotes.
func TestInsertQuestionLayout(t *testing.T) {
	tests := []struct {
		name, in, question, want string
	}{
		{
			"last line without line ending",
			"entries:\n  - id: a\n    questions:\n      - one\n      - two",
			"three", "entries:\n  - id: a\n    questions:\n      - one\n      - two\n      - three\n",
		},
		{
			"crlf",
			"entries:\r\n  - id: a\r\n    questions:\r\n      - one\r\n    answer: x\r\n",
			"two", "entries:\r\n  - id: a\r\n    questions:\r\n      - one\r\n      - two\r\n    answer: x\r\n",
		},
		{
			"continued question and comments",
			"entries:\n  - id: a\n    questions:\n    # the usual ones\n    - one\n    - a long question\n      continued here\n\n    # what we say\n    answer: x\n",
			"two", "entries:\n  - id: a\n    questions:\n    # the usual ones\n    - one\n    - a long question\n      continued here\n    - two\n\n    # what we say\n    answer: x\n",
		},
		{
			"block of text as last question",
			"entries:\n- id: a\n  questions:\n  - one\n  - |\n    two\n\n    lines\n  answer: x\n",
			"three", "entries:\n- id: a\n  questions:\n  - one\n  - |\n    two\n\n    lines\n  - three\n  answer: x\n",
		},
		{
			"needs quotes",
			"entries:\n  - id: a\n    questions:\n      - one # first\n",
			`massage: does it help? #1 "tip"`, "entries:\n  - id: a\n    questions:\n      - one # first\n      - \"massage: does it help? #1 \\\"tip\\\"\"\n",
		},
		{
			"second entry",
			"entries:\n  - id: a\n    questions:\n      - one\n  - id: b\n    questions:\n      - uno\n",
			"dos", "entries:\n  - id: a\n    questions:\n      - one\n  - id: b\n    questions:\n      - uno\n      - dos\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id := "a"
			if tt.name == "second entry" {
				id = "b"
			}
			got, err := insertQuestion([]byte(tt.in), id, tt.question)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestInsertQuestionFlow(t *testing.T) {
	tests := []struct{ name, in, question, want string }{
		{"plain", "entries:\n  - id: a\n    questions: [one, two]\n", "three",
			"entries:\n  - id: a\n    questions: [one, two, three]\n"},
		{"quoted last and spaces", "entries:\n  - id: a\n    questions: [ one, 'it''s, two' ]  # c\n", "x: y",
			"entries:\n  - id: a\n    questions: [ one, 'it''s, two', \"x: y\" ]  # c\n"},
		{"double quoted and trailing comma", "entries:\n  - id: a\n    questions: [\"a \\\" ]\", b\", ]\n", "c",
			"entries:\n  - id: a\n    questions: [\"a \\\" ]\", b\", c, ]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := insertQuestion([]byte(tt.in), "a", tt.question)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestInsertQuestionFlowSeveralLinesRefused(t *testing.T) {
	_, err := insertQuestion([]byte("entries:\n  - id: a\n    questions: [one,\n      two]\n"), "a", "three")
	var refused *TeachRefused
	if !errors.As(err, &refused) || !strings.Contains(refused.Reason, "[brackets] over several lines") {
		t.Fatalf("err = %v, want a refusal about [brackets]", err)
	}
}

func TestQuoteQuestion(t *testing.T) {
	for _, q := range []string{
		"does massage help", "massage: does it help", "#1 tip", "yes", "123", "- dash", "it's fine", `say "hi"`,
		"[bracket] start", "ends with colon:", "a # comment", "null", "tab\there", "ünïcödé ok",
	} {
		got := quoteQuestion(q)
		var items []string
		if err := yaml.Unmarshal([]byte("- "+got+"\n"), &items); err != nil || len(items) != 1 || items[0] != q {
			t.Errorf("quoteQuestion(%q) = %q, reads back as %q (err %v)", q, got, items, err)
		}
	}
	if got := quoteQuestion("does massage help"); got != "does massage help" {
		t.Errorf("plain question quoted: %q", got)
	}
}

// FuzzInsertQuestion checks that whatever the question, the edit either is
// refused or adds exactly that question after the last one, as one added
// line (questions one per line) or within the one line (in brackets), and
// changes nothing else the file says.
func FuzzInsertQuestion(f *testing.F) {
	for _, q := range []string{"does massage help", "massage: does it help?", "#1", "- x", "'quoted'", `"dq"`, "a\\b", "[x]", "yes", "|", ">", "&a", "*a", "!tag", "%", "@", "`", "x #y", "ünï", "a, b", "]"} {
		f.Add(q, false)
		f.Add(q, true)
	}
	block := []byte("entries:\n  - id: a\n    questions:\n      - one\n      - two # note\n    answer: x\n")
	flow := []byte("entries:\n  - id: a\n    questions: [one, 'two']  # note\n    answer: x\n")
	f.Fuzz(func(t *testing.T, q string, inBrackets bool) {
		q = strings.Join(strings.Fields(q), " ")
		if q == "" {
			return
		}
		in := block
		if inBrackets {
			in = flow
		}
		out, err := insertQuestion(in, "a", q)
		if err != nil {
			return
		}
		before, after := strings.Split(string(in), "\n"), strings.Split(string(out), "\n")
		if inBrackets {
			changed := 0
			for i := range min(len(before), len(after)) {
				if before[i] != after[i] {
					changed++
				}
			}
			if len(before) != len(after) || changed != 1 {
				t.Fatalf("the edit changed %d lines and the count from %d to %d, want one line changed", changed, len(before), len(after))
			}
		} else if line, _ := addedLine(t, string(in), string(out)); !strings.HasPrefix(line, "      - ") {
			t.Fatalf("added line %q is not indented like the others", line)
		}
		var doc struct {
			Entries []struct {
				Questions []string `yaml:"questions"`
				Answer    string   `yaml:"answer"`
			} `yaml:"entries"`
		}
		if err := yaml.Unmarshal(out, &doc); err != nil {
			t.Fatalf("edited file is not YAML: %v\n%s", err, out)
		}
		if len(doc.Entries) != 1 || !slices.Equal(doc.Entries[0].Questions, []string{"one", "two", q}) || doc.Entries[0].Answer != "x" {
			t.Fatalf("edited file reads %+v, want questions one, two, %q\n%s", doc.Entries, q, out)
		}
	})
}

// TestTeachFileCRLF teaches a file saved with Windows line endings: the
// added line has them too.
func TestTeachFileCRLF(t *testing.T) {
	crlf := strings.ReplaceAll(string(DefaultYAML), "\n", "\r\n")
	path := writeTemp(t, []byte(crlf))
	if err := TeachFile(path, "rolfing", "how long does a rolfing series take"); err != nil {
		t.Fatal(err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if line, _ := addedLine(t, crlf, string(after)); line != "      - how long does a rolfing series take\r\n" {
		t.Errorf("added line %q, want it with CRLF", line)
	}
}
