package knowledge

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wantProblem is one expected problem: its exact place and field, and a
// piece of its message.
type wantProblem struct {
	line, col int
	field     string
	message   string // must occur in Problem.Message
}

// TestLoadFileBroken loads each broken file in testdata/load and checks that
// every problem in it, and nothing else, is reported at the right place.
func TestLoadFileBroken(t *testing.T) {
	tests := []struct {
		file string
		want []wantProblem
	}{
		{"syntax.yaml", []wantProblem{
			{33, 5, "", "YAML syntax error: mapping values are not allowed"},
		}},
		{"tabs.yaml", []wantProblem{
			{33, 1, "", "a tab is used for indentation"},
		}},
		{"tabs-in-text.yaml", []wantProblem{
			{44, 5, "", "YAML syntax error: mapping values are not allowed"},
		}},
		{"unknown-field.yaml", []wantProblem{
			{6, 3, "clinic.Website", `unknown field "Website"`},
			{39, 5, "entries[2] (rolfing).anwser", `unknown field "anwser"`},
			{45, 5, "entries[3] (booking).colour", `unknown field "colour"`},
		}},
		{"missing-required.yaml", []wantProblem{
			{3, 3, "clinic.website", "website is missing"},
			{3, 8, "clinic.name", "name is empty"},
			{31, 5, "entries[2] (rolfing).title", "title is missing"},
			{37, 13, "entries[2] (rolfing).answer", "answer is empty"},
		}},
		{"wrong-type.yaml", []wantProblem{
			{10, 3, "safety", "expected safety (a block of fields: message, doctor_message, caution_message, crisis_message, phrases, concepts, groups), found a list"},
			{16, 14, "entries[1] (deep-tissue-massage).aliases", `expected a list, found the text "deep tissue"`},
			{26, 9, "entries[1] (deep-tissue-massage).links[1]", "expected a link"},
			{30, 7, "entries[2] (rolfing).title", "expected text, found a list"},
		}},
		{"id-malformed.yaml", []wantProblem{
			{31, 9, "entries[2].id", `id "Rolfing Massage" is not a valid id`},
			{41, 9, "entries[3].id", `id "-booking" is not a valid id`},
		}},
		{"id-duplicate.yaml", []wantProblem{
			{42, 9, "entries[3] (rolfing).id", `id "rolfing" is already used by the entry on line 32`},
		}},
		{"kind.yaml", []wantProblem{
			{34, 11, "entries[2] (rolfing).kind", `kind "Techniqe" is not one of technique, topic, action`},
			{44, 11, "entries[3] (booking).kind", `kind "faq" is not one of`},
		}},
		{"few-questions.yaml", []wantProblem{
			{36, 7, "entries[2] (rolfing).questions", "has only 1 sample question(s), at least 3 are needed"},
			{40, 5, "entries[3] (booking).questions", "the sample questions are missing"},
		}},
		{"related.yaml", []wantProblem{
			{26, 15, "entries[1] (deep-tissue-massage).related[1]", `no entry has the id "rolfin"`},
			{26, 32, "entries[1] (deep-tissue-massage).related[3]", `"deep-tissue-massage" is this entry's own id`},
			{26, 53, "entries[1] (deep-tissue-massage).related[4]", `no entry has the id "massage"`},
		}},
		{"shared-phrase.yaml", []wantProblem{
			{36, 9, "entries[2] (rolfing).questions[1]", "is also a sample question of the entry deep-tissue-massage (line 21)"},
			{45, 15, "entries[3] (booking).aliases[1]", "is also an alias of the entry deep-tissue-massage (line 19)"},
		}},
		{"url.yaml", []wantProblem{
			{4, 16, "clinic.booking_url", `"clinic.example/book" is not a full web address`},
			{5, 16, "clinic.contact_url", `"mailto:hello@clinic.example" is not a full web address`},
			{6, 12, "clinic.website", `"https://clinic example/" is not a full web address`},
			{27, 13, "entries[1] (deep-tissue-massage).source", `"ftp://clinic.example/deep-tissue" is not`},
			{30, 14, "entries[1] (deep-tissue-massage).links[1].url", `"https:///services" is not`},
		}},
		{"too-long.yaml", []wantProblem{
			{33, 12, "entries[2] (rolfing).title", "the title is 257 characters long, more than the 256"},
			{50, 13, "entries[3] (booking).answer", "the answer is 4097 characters long, more than the 4096"},
		}},
		{"safety.yaml", []wantProblem{
			{12, 7, "safety.phrases[2]", "empty warning sign"},
		}},
		{"safety-weaken.yaml", []wantProblem{
			{10, 12, "safety.message", `message does not mention "911"`},
			{11, 3, "safety.disable", `"disable" would weaken the safety screen`},
			{13, 5, "safety.concepts.numbness", "the list for numbness is empty"},
			{14, 14, "safety.concepts.bladder", "would turn off a built-in part of the safety screen"},
			{15, 5, "safety.concepts.numbnes", `there is no built-in concept "numbnes"`},
			{16, 5, "safety.concepts.managed", "managed is a concept that keeps the safety screen from firing"},
			{18, 17, "safety.groups.pregnancy[1]", `"not my" has no word the safety screen can recognise`},
			{20, 19, "safety.crisis_message", `crisis_message does not mention "988"`},
		}},
		{"entries-empty.yaml", []wantProblem{
			{15, 10, "entries", "there are no entries"},
		}},
		{"entries-missing.yaml", []wantProblem{
			{2, 1, "clinic", "the clinic section is missing"},
			{2, 1, "entries", "the entries section is missing"},
		}},
		{"empty.yaml", []wantProblem{
			{1, 1, "", "the file is empty"},
		}},
		{"not-mapping.yaml", []wantProblem{
			{2, 1, "", "it starts with a list"},
		}},
		{"duplicate-field.yaml", []wantProblem{
			{35, 5, "entries[2] (rolfing).title", "title appears twice in an entry (first on line 33)"},
		}},
		{"alias.yaml", []wantProblem{
			{50, 13, "entries[3] (booking).answer", "*note refers to another part of the file"},
		}},
		{"multi-document.yaml", []wantProblem{
			{51, 1, "", "more than one YAML document"},
		}},
		{"id-too-long.yaml", []wantProblem{
			{9, 9, "entries[1] (what-to-expect-at-your-first-massage-appointment-and-how-to-prepa).id", "the id is 65 characters long, more than the 64 allowed"},
		}},
		{"placeholder.yaml", []wantProblem{
			{18, 13, "entries[1] (hot-stone-massage).answer", `answer still holds placeholder text: "Write the explanation here"`},
			{22, 12, "entries[2] (cupping).title", `title still holds placeholder text: "TODO"`},
			{27, 9, "entries[2] (cupping).questions[3]", `questions[3] still holds placeholder text: "question goes here"`},
			{28, 13, "entries[2] (cupping).answer", `answer still holds placeholder text: "..."`},
		}},
		{"invalid-utf8.yaml", []wantProblem{
			{10, 29, "", "the byte 0xE9 here is not UTF-8 text"},
			{13, 21, "", "the byte 0xE9 here is not UTF-8 text"},
		}},
		{"nul.yaml", []wantProblem{
			{4, 29, "", "a NUL character (byte 0x00) is here"},
			{7, 18, "", "the invisible control character U+0001 is here"},
		}},
		{"paste-column-1.yaml", []wantProblem{
			{609, 1, "", "YAML syntax error: did not find expected key"},
		}},
		{"paste-too-deep.yaml", []wantProblem{
			{160, 5, "", "YAML syntax error: did not find expected key"},
		}},
		{"paste-in-answer.yaml", []wantProblem{
			{153, 1, "entries[1] (massage-for-back-pain).answer", `the answer contains the line "- id: hot-stone-massage"`},
		}},
		{"paste-example-uncommented.yaml", []wantProblem{
			{44, 4, "", "YAML syntax error"},
		}},
		{"several.yaml", []wantProblem{
			{3, 3, "clinic.website", "website is missing"},
			{4, 16, "clinic.booking_url", "is not a full web address"},
			{9, 5, "entries[1] (rolfing).title", "title is missing"},
			{10, 11, "entries[1] (rolfing).kind", `kind "techniqe" is not one of`},
			{12, 7, "entries[1] (rolfing).questions", "has only 1 sample question(s)"},
			{13, 5, "entries[1] (rolfing).anwser", `unknown field "anwser"`},
			{14, 15, "entries[1] (rolfing).related[1]", "is this entry's own id"},
			{14, 24, "entries[1] (rolfing).related[2]", `no entry has the id "deep-tisue"`},
			{20, 9, "entries[2] (deep-tissue).questions[1]", "is also a sample question of the entry rolfing (line 12)"},
			{24, 4, "entries[3]", "expected an entry (a block of fields: id, title, kind, ...), found nothing"},
			{25, 5, "entries[4].title", "title is missing"},
			{25, 5, "entries[4].kind", "kind is missing"},
			{25, 5, "entries[4].questions", "the sample questions are missing"},
			{25, 5, "entries[4].answer", "answer is missing"},
			{25, 9, "entries[4].id", `id "Deep Tissue" is not a valid id`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", "load", tt.file)
			b, err := LoadFile(path)
			if b != nil {
				t.Errorf("LoadFile(%s) returned a base, want nil", path)
			}
			var got Problems
			if !errors.As(err, &got) {
				t.Fatalf("LoadFile(%s) error = %v (%T), want Problems", path, err, err)
			}
			for i := range max(len(got), len(tt.want)) {
				switch {
				case i >= len(got):
					t.Errorf("missing problem %d: %+v", i, tt.want[i])
					continue
				case i >= len(tt.want):
					t.Errorf("unexpected problem %d: %v", i, got[i])
					continue
				}
				g, w := got[i], tt.want[i]
				if g.File != path || g.Line != w.line || g.Col != w.col || g.Field != w.field ||
					!strings.Contains(g.Message, w.message) {
					t.Errorf("problem %d:\n got %s:%d:%d field %q message %q\nwant %s:%d:%d field %q message containing %q",
						i, g.File, g.Line, g.Col, g.Field, g.Message, path, w.line, w.col, w.field, w.message)
				}
				if g.Fix == "" {
					t.Errorf("problem %d has no fix: %v", i, g)
				}
			}
		})
	}
}

// TestProblemFixes checks the suggestions that make a fix useful: the
// closest field name, id or kind, a slug for a malformed id, spaces for tabs.
func TestProblemFixes(t *testing.T) {
	tests := []struct {
		file, field, fix string
	}{
		{"unknown-field.yaml", "entries[2] (rolfing).anwser", "did you mean answer?"},
		{"unknown-field.yaml", "clinic.Website", "did you mean website?"},
		{"related.yaml", "entries[1] (deep-tissue-massage).related[1]", "did you mean rolfing?"},
		{"kind.yaml", "entries[2] (rolfing).kind", "did you mean technique?"},
		{"id-malformed.yaml", "entries[2].id", "for example rolfing-massage"},
		{"tabs.yaml", "", "use spaces, not tabs"},
		{"syntax.yaml", "", `must be put in quotes`},
		{"paste-column-1.yaml", "", `this line starts in column 1, but "- id:" on line 573 starts in column 3`},
		{"paste-too-deep.yaml", "", `this line starts in column 5, but "- id:" on line 120 starts in column 3`},
		{"paste-example-uncommented.yaml", "", "the lines from here to line 59 come before the section clinic: on line 64"},
		{"paste-in-answer.yaml", "entries[1] (massage-for-back-pain).answer", `so that "- id:" starts in the same column as the other entries'`},
		{"id-too-long.yaml", "entries[1] (what-to-expect-at-your-first-massage-appointment-and-how-to-prepa).id", "shorten the id"},
		{"placeholder.yaml", "entries[1] (hot-stone-massage).answer", "replace it with the real text"},
		{"invalid-utf8.yaml", "", "save the file as UTF-8"},
		{"nul.yaml", "", "delete it"},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.field, func(t *testing.T) {
			_, err := LoadFile(filepath.Join("testdata", "load", tt.file))
			var ps Problems
			if !errors.As(err, &ps) {
				t.Fatalf("error = %v, want Problems", err)
			}
			i := slices.IndexFunc(ps, func(p Problem) bool { return p.Field == tt.field })
			if i < 0 {
				t.Fatalf("no problem with field %q in:\n%v", tt.field, ps)
			}
			if !strings.Contains(ps[i].Fix, tt.fix) {
				t.Errorf("fix = %q, want it to contain %q", ps[i].Fix, tt.fix)
			}
		})
	}
}

// TestProblemError checks the one-line form tools and people read.
func TestProblemError(t *testing.T) {
	ps := Problems{
		{File: "kb.yaml", Line: 3, Col: 5, Field: "entries[1] (rolfing).anwser", Message: `unknown field "anwser"`, Fix: "did you mean answer?"},
		{File: "kb.yaml", Line: 1, Col: 1, Message: "the file is empty"},
	}
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"with field and fix", ps[0], `kb.yaml:3:5: entries[1] (rolfing).anwser: unknown field "anwser" (did you mean answer?)`},
		{"without field or fix", ps[1], "kb.yaml:1:1: the file is empty"},
		{"one per line", ps, `kb.yaml:3:5: entries[1] (rolfing).anwser: unknown field "anwser" (did you mean answer?)` + "\nkb.yaml:1:1: the file is empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLoadFileValid loads the good files and checks what they decode to.
func TestLoadFileValid(t *testing.T) {
	t.Run("valid.yaml", func(t *testing.T) {
		b, err := LoadFile(filepath.Join("testdata", "load", "valid.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := entryIDs(b), []string{"deep-tissue-massage", "rolfing", "booking"}; !slices.Equal(got, want) {
			t.Errorf("ids = %v, want %v", got, want)
		}
		e := b.Entry("deep-tissue-massage")
		if e == nil {
			t.Fatal(`Entry("deep-tissue-massage") = nil`)
		}
		if got, want := e.Answer, "Deep tissue massage uses **intense pressure**.\n"; got != want {
			t.Errorf("answer = %q, want %q", got, want)
		}
		if got, want := e.Links, []Link{{Label: "Our services", URL: "https://clinic.example/services"}}; !slices.Equal(got, want) {
			t.Errorf("links = %v, want %v", got, want)
		}
		if got, want := b.Safety.Phrases, []string{"numb groin", "chest pain"}; !slices.Equal(got, want) {
			t.Errorf("phrases = %v, want %v", got, want)
		}
		if b.Entry("booking").Aliases != nil {
			t.Errorf("empty aliases = %v, want nil", b.Entry("booking").Aliases)
		}
		if b.Entry("nope") != nil {
			t.Error(`Entry("nope") != nil`)
		}
	})
	t.Run("valid-minimal.yaml", func(t *testing.T) {
		path := filepath.Join("testdata", "load", "valid-minimal.yaml")
		b, err := LoadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if b.Source != path {
			t.Errorf("source = %q, want %q", b.Source, path)
		}
		if b.Clinic.Name != "2024" || b.Clinic.Disclaimer != "yes" {
			t.Errorf("clinic = %+v, want name 2024 and disclaimer yes kept as text", b.Clinic)
		}
		if got, want := b.Entry("hours").Answer, "Monday to Friday, 9 to 5.\n"; got != want {
			t.Errorf("answer = %q, want %q", got, want)
		}
	})
}

// TestDefault checks the knowledge base that ships in the binary.
func TestDefault(t *testing.T) {
	b := Default()
	want := []string{
		"massage-for-back-pain", "back-pain-causes", "massage-benefits", "techniques",
		"swedish-massage", "myofascial-therapy", "deep-tissue-massage", "rolfing",
		"trigger-point-therapy", "trigger-points", "therapists", "booking", "contact",
	}
	if got := entryIDs(b); !slices.Equal(got, want) {
		t.Errorf("ids = %v, want %v", got, want)
	}
	for _, id := range want {
		if e := b.Entry(id); e == nil || e.ID != id {
			t.Errorf("Entry(%q) = %v", id, e)
		}
	}
	if b.Source != DefaultSource {
		t.Errorf("source = %q, want %q", b.Source, DefaultSource)
	}
}

// TestLoadFileReadError checks that a file that cannot be read is named in
// the error, which still wraps the os error.
func TestLoadFileReadError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing.yaml")
	_, err := LoadFile(path)
	if err == nil {
		t.Fatal("LoadFile of a missing file: no error")
	}
	if want := "load " + path + ": "; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("error = %q, want prefix %q", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error = %v, want it to wrap fs.ErrNotExist", err)
	}
}

// TestLoadFileTempCopy checks that a file written at run time is read from
// disk and named by its path in problems.
func TestLoadFileTempCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	data := strings.Replace(string(DefaultYAML), "kind: action", "kind: acton", 1)
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadFile(path)
	var ps Problems
	if !errors.As(err, &ps) || len(ps) != 1 {
		t.Fatalf("error = %v, want exactly one problem", err)
	}
	if want := path + ":"; !strings.HasPrefix(ps[0].Error(), want) || !strings.Contains(ps[0].Fix, "did you mean action?") {
		t.Errorf("problem = %v, want it at %s and suggesting action", ps[0], path)
	}
}

func entryIDs(b *Base) []string {
	ids := make([]string, len(b.Entries))
	for i, e := range b.Entries {
		ids[i] = e.ID
	}
	return ids
}

// FuzzLoad checks that Parse never panics, that every problem has a place,
// and that a base it accepts keeps the promises the rest of the bot relies
// on.
func FuzzLoad(f *testing.F) {
	f.Add(DefaultYAML)
	files, err := filepath.Glob(filepath.Join("testdata", "load", "*.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("fuzz.yaml", data)
		if err != nil {
			var ps Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error %v (%T) is not a non-empty Problems", err, err)
			}
			for _, p := range ps {
				if p.File != "fuzz.yaml" || p.Line < 1 || p.Col < 1 || p.Message == "" {
					t.Fatalf("problem without a place or message: %#v", p)
				}
			}
			if b != nil {
				t.Fatal("Parse returned both a base and an error")
			}
			return
		}
		checkConsistent(t, b)
	})
}

// checkConsistent fails t unless b keeps every rule Parse enforces.
func checkConsistent(t *testing.T, b *Base) {
	t.Helper()
	if len(b.Entries) == 0 || len(b.byID) != len(b.Entries) {
		t.Fatalf("%d entries, %d in byID", len(b.Entries), len(b.byID))
	}
	if b.Clinic.Name == "" || b.Clinic.BookingURL == "" || b.Clinic.ContactURL == "" ||
		b.Clinic.Website == "" || b.Clinic.Disclaimer == "" {
		t.Fatalf("clinic with an empty field: %+v", b.Clinic)
	}
	if len(b.Safety.Phrases) > 0 && b.Safety.Message == "" {
		t.Fatal("safety phrases without a message")
	}
	for i := range b.Entries {
		e := &b.Entries[i]
		if b.Entry(e.ID) != e {
			t.Fatalf("Entry(%q) is not entry %d", e.ID, i)
		}
		if !validID.MatchString(e.ID) || e.Title == "" || e.Answer == "" || len(e.Questions) < MinQuestions {
			t.Fatalf("entry %d breaks a rule: %+v", i, e)
		}
		if e.Kind != KindTechnique && e.Kind != KindTopic && e.Kind != KindAction {
			t.Fatalf("entry %q has kind %q", e.ID, e.Kind)
		}
		for _, r := range e.Related {
			if r == e.ID || b.Entry(r) == nil {
				t.Fatalf("entry %q relates to %q", e.ID, r)
			}
		}
	}
}

// TestSuggest checks which typos get a "did you mean" and which do not.
func TestSuggest(t *testing.T) {
	ids := []string{"deep-tissue-massage", "rolfing", "booking"}
	tests := []struct {
		word       string
		candidates []string
		want       string // "" for no suggestion
	}{
		{"anwser", entryFields, "answer"},
		{"titel", entryFields, "title"},
		{"question", entryFields, "questions"},
		{"Website", clinicFields, "website"},
		{"bookingurl", clinicFields, "booking_url"},
		{"colour", entryFields, ""},
		{"<<", entryFields, ""},
		{"", entryFields, ""},
		{"rolfin", ids, "rolfing"},
		{"massage", ids, "deep-tissue-massage"},
		{"swedish", ids, ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			got, ok := suggest(tt.word, tt.candidates)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("suggest(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
			}
		})
	}
}

// TestNoPlaceholder checks which texts count as placeholders left from a
// template, and that ordinary answers that happen to share words do not.
func TestNoPlaceholder(t *testing.T) {
	tests := []struct {
		text        string
		placeholder bool
	}{
		{"Write the explanation here, in your own words.", true},
		{"write your answer here", true},
		{"Answer goes here", true},
		{"- question here", true},
		{"Lorem ipsum dolor sit amet", true},
		{"TODO: ask Sam for the prices", true},
		{"We will add this soon (tbd)", true},
		{"...", true},
		{"xxx", true},
		{"Send us a text here: 519-555-0100", false},
		{"Write a review here once you have had your massage", false},
		{"Book here, or call us", false},
		{"Describe it in your words when you book", false},
		{"Prices are listed on the booking page...", false},
		{"Is it... painful?", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := newDecoder("t.yaml")
			d.pos["entries[1].answer"] = filePos{3, 4}
			d.noPlaceholder("entries[1].answer", tt.text)
			if got := len(d.problems) > 0; got != tt.placeholder {
				t.Errorf("noPlaceholder(%q) reported %v, want placeholder=%v", tt.text, d.problems, tt.placeholder)
			}
			if tt.placeholder && len(d.problems) == 1 && (d.problems[0].Line != 3 || d.problems[0].Field != "entries[1].answer") {
				t.Errorf("problem %v not at the field", d.problems[0])
			}
		})
	}
}

// TestEntryPath checks that entryPath builds the field path problems name
// an entry by: its place counted from 1, and its id when it has one.
func TestEntryPath(t *testing.T) {
	long := strings.Repeat("deep-tissue-", 6) + "massage"
	tests := []struct {
		i    int
		id   string
		want string
	}{
		{0, "", "entries[1]"},
		{2, "rolfing", "entries[3] (rolfing)"},
		{9999, "gen-zqa", "entries[10000] (gen-zqa)"},
		{41, long, "entries[42] (" + long + ")"},
	}
	for _, tt := range tests {
		if got := entryPath(tt.i, tt.id); got != tt.want {
			t.Errorf("entryPath(%d, %q) = %q, want %q", tt.i, tt.id, got, tt.want)
		}
	}
}
