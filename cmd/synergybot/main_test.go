package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestMain runs the tests with the state directory in a temporary one, so
// that no test writes to the developer's home. Started with
// SYNERGYBOT_TEST_AS_MAIN=1, the test binary is synergybot itself (main with
// the rest of its arguments), for tests that send real signals to a child
// process.
func TestMain(m *testing.M) {
	if os.Getenv("SYNERGYBOT_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	dir, err := os.MkdirTemp("", "synergybot-state-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_STATE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCLI runs synergybot with args and stdin, in a temporary directory so
// that no ./config.yaml of the developer's leaks in.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

func TestKBValidateEmbedded(t *testing.T) {
	out, errOut, code := runCLI(t, "", "kb", "validate")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if !strings.HasPrefix(out, "ok: embedded:synergy.yaml: 13 entries, 5 techniques") {
		t.Errorf("summary = %q", out)
	}
}

func TestKBValidateBrokenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.yaml")
	broken := strings.Replace(string(mustRead(t, "../../knowledge/synergy.yaml")), "    answer: |\n      Swedish", "    anwser: |\n      Swedish", 1)
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "kb", "validate", path)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stdout %q", code, out)
	}
	if !strings.Contains(errOut, path+":") || !strings.Contains(errOut, "anwser") {
		t.Errorf("stderr does not name the file and the bad field:\n%s", errOut)
	}
}

func TestKBListJSON(t *testing.T) {
	out, errOut, code := runCLI(t, "", "kb", "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var rows []listedEntry
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, out)
	}
	got := map[string]bool{}
	for _, r := range rows {
		got[r.ID] = true
		if r.Title == "" || r.Kind == "" || r.Aliases == nil {
			t.Errorf("row %+v lacks a field", r)
		}
	}
	for _, id := range []string{"massage-for-back-pain", "back-pain-causes", "massage-benefits", "techniques",
		"swedish-massage", "myofascial-therapy", "deep-tissue-massage", "rolfing", "trigger-point-therapy",
		"trigger-points", "therapists", "booking", "contact"} {
		if !got[id] {
			t.Errorf("kb list --json lacks %q", id)
		}
	}
}

func TestAskJSONFromStdin(t *testing.T) {
	in := "what is rolfing\n\nwhat is the capital of peru\nlost control of my bladder and my back hurts\nhello\n"
	out, errOut, code := runCLI(t, in, "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []struct {
		kind     string
		answered bool
		id       string
	}{
		{"answer", true, "rolfing"},
		{"dont-know", false, ""},
		{"urgent", false, ""},
		{"small-talk", false, ""},
	}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d (blank lines skipped):\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		var res askResult
		if err := json.Unmarshal([]byte(lines[i]), &res); err != nil {
			t.Fatalf("line %d not JSON: %v", i, err)
		}
		if string(res.Kind) != w.kind || res.Answered != w.answered || res.ID != w.id {
			t.Errorf("line %d = %+v, want kind %s answered %v id %q", i, res, w.kind, w.answered, w.id)
		}
		if res.Score < 0 || res.Score > 1 || res.Suggestions == nil {
			t.Errorf("line %d: score %v suggestions %v", i, res.Score, res.Suggestions)
		}
	}
}

func TestAskManyLines(t *testing.T) {
	qs := []string{"what is rolfing", "swedsh", "tirgger point thing", "how much is a session", "deep tissue??"}
	var in strings.Builder
	for i := 0; i < 10000; i++ {
		in.WriteString(qs[i%len(qs)])
		in.WriteByte('\n')
	}
	out, errOut, code := runCLI(t, in.String(), "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 10000 {
		t.Fatalf("got %d lines, want 10000", len(lines))
	}
	var last askResult
	if err := json.Unmarshal([]byte(lines[9999]), &last); err != nil || last.Question != qs[9999%len(qs)] {
		t.Errorf("last line %q out of order or broken (%v)", lines[9999], err)
	}
}

func TestAskWithReply(t *testing.T) {
	out, _, code := runCLI(t, "", "ask", "--reply", "what", "are", "trigger", "points")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "trigger-points") || !strings.Contains(out, "refer pain far from their source") {
		t.Errorf("ask --reply output lacks the id or the answer:\n%s", out)
	}
}

// TestChatThroughPipe drives `synergybot chat` through an OS pipe, the way
// `echo ... | synergybot chat` does, and checks the transcript.
func TestChatThroughPipe(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		defer w.Close()
		w.WriteString("hello\nwhat is trigger point therapy\n/technique sweedish\n/book\nmy back hurts and i lost control of my bladder\nwhat's a swedish meatball\n/quit\nnever read\n")
	}()
	t.Chdir(t.TempDir())
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"chat"}, r, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	transcript := out.String()
	if strings.Contains(transcript, "\x1b[") {
		t.Error("colour codes in output that is not a terminal")
	}
	wantInOrder := []string{
		"you> hello", "example",
		"you> what is trigger point therapy", "Trigger Point Therapy", "Book a massage: https://www.sclondonmassage.ca/?utm_campaign=trigger-point-therapy",
		"you> /technique sweedish", "Swedish Massage", "kneading and friction",
		"you> /book", "Book a massage",
		"you> my back hurts and i lost control of my bladder", "911",
		"you> what's a swedish meatball",
		"you> /quit", "Bye!",
	}
	pos := 0
	for _, want := range wantInOrder {
		i := strings.Index(transcript[pos:], want)
		if i < 0 {
			t.Fatalf("transcript lacks %q after position %d:\n%s", want, pos, transcript)
		}
		pos += i + len(want)
	}
	if strings.Contains(transcript, "never read") {
		t.Error("chat went on after /quit")
	}
	urgent := transcript[strings.Index(transcript, "lost control of my bladder"):strings.Index(transcript, "swedish meatball")]
	if strings.Contains(urgent, "Book a massage") {
		t.Errorf("urgent reply carries a booking link:\n%s", urgent)
	}
	meatball := transcript[strings.Index(transcript, "swedish meatball"):strings.Index(transcript, "you> /quit")]
	if strings.Contains(meatball, "kneading") {
		t.Errorf("off-topic question answered with Swedish massage:\n%s", meatball)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestVersion checks that `version` and `--version` print the same line,
// with the Go version this test binary was built with.
func TestVersion(t *testing.T) {
	out, _, code := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "synergybot ") || !strings.Contains(out, runtime.Version()) {
		t.Errorf("version: exit %d, %q; want synergybot ... %s", code, out, runtime.Version())
	}
	flag, _, code := runCLI(t, "", "--version")
	if code != 0 || flag != out {
		t.Errorf("--version: exit %d, %q; want %q", code, flag, out)
	}
}

func TestKBValidateJSON(t *testing.T) {
	synergy := mustRead(t, "../../knowledge/synergy.yaml")
	out, _, code := runCLI(t, "", "kb", "validate", "--json")
	var ok validateReport
	if err := json.Unmarshal([]byte(out), &ok); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if !ok.OK || ok.Source != "embedded:synergy.yaml" || ok.Entries != 13 || ok.Techniques != 5 || ok.Problems == nil {
		t.Errorf("embedded base report = %+v", ok)
	}

	dir := t.TempDir()
	path := filepath.Join(dir, "kb.yaml")
	broken := strings.Replace(string(synergy), "    answer: |\n      Swedish", "    anwser: |\n      Swedish", 1)
	line := strings.Count(broken[:strings.Index(broken, "anwser")], "\n") + 1
	if err := os.WriteFile(path, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, "", "kb", "validate", "--json", path)
	var bad validateReport
	if err := json.Unmarshal([]byte(out), &bad); err != nil || code != 1 {
		t.Fatalf("exit %d (want 1), %v:\n%s", code, err, out)
	}
	found := false
	for _, p := range bad.Problems {
		if p.File == path && p.Line == line && p.Col > 0 && strings.Contains(p.Message+p.Field, "anwser") {
			found = true
		}
	}
	if bad.OK || !found {
		t.Errorf("broken file report = %+v, want a problem at %s:%d naming anwser", bad, path, line)
	}
	for _, key := range []string{`"ok"`, `"problems"`, `"line"`, `"col"`, `"message"`} {
		if !strings.Contains(out, key) {
			t.Errorf("JSON lacks the snake_case key %s:\n%s", key, out)
		}
	}

	out, _, code = runCLI(t, "", "kb", "validate", "--json", filepath.Join(dir, "missing.yaml"))
	if err := json.Unmarshal([]byte(out), &bad); err != nil || code != 1 || len(bad.Problems) != 1 || !strings.Contains(bad.Problems[0].Message, "no such file") {
		t.Errorf("missing file: exit %d, %+v (%v)", code, bad, err)
	}
}

func TestKBTestJSON(t *testing.T) {
	out, _, code := runCLI(t, "", "kb", "test", "--json")
	var r selfTestReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if (code == 0) != r.OK || r.Entries != 13 || r.Questions == 0 || r.Conflicts == nil || len(r.Conflicts) > 0 != !r.OK {
		t.Errorf("exit %d, report %+v", code, r)
	}
	if !strings.Contains(out, `"conflicts"`) || !strings.Contains(out, `"questions"`) {
		t.Errorf("JSON lacks its keys:\n%s", out)
	}

	// An entry with a sample question about booking: a conflict.
	path := filepath.Join(t.TempDir(), "kb.yaml")
	kb := strings.Replace(string(edited("cupping")), "      - what is cupping cupping\n", "      - what is cupping cupping\n      - can i book a session online\n", 1)
	if err := os.WriteFile(path, []byte(kb), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code = runCLI(t, "", "kb", "test", "--json", path)
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var got *conflictReport
	for i, c := range r.Conflicts {
		if c.Question == "can i book a session online" {
			got = &r.Conflicts[i]
		}
	}
	if code != 1 || r.OK || got == nil || got.EntryID != "cupping" || got.GotID != "booking" || got.Message == "" {
		t.Errorf("exit %d, report %+v; want exit 1 and the cupping question landing on booking", code, r)
	}
}
