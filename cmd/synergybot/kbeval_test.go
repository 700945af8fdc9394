package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalFixture writes a small labelled file: two answerable questions, one
// out of scope, one that only an urgent reply answers.
func evalFixture(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "mine.yaml")
	data := `cases:
  - q: "what is rolfing"
    expect: [rolfing]
    kind: keyword
  - q: "can I book a deep tissue massage for friday"
    expect: [booking]
    kind: booking
  - q: "who won the hockey game last night"
    expect: [none]
    kind: out-of-scope
  - q: "my back hurts and I lost control of my bladder"
    expect: [none]
    kind: red-flag
`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestKBEvalText(t *testing.T) {
	path := evalFixture(t)
	out, errOut, code := runCLI(t, "", "kb", "eval", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{path + ": 4 cases", "in-scope top-1   100.0% (2/2)", "abstention       100.0% (2/2)", "confident wrong    0.0% (0/4)", "red-flag"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestKBEvalThresholdsAndJSON(t *testing.T) {
	path := evalFixture(t)
	// Make one case wrong: rolfing is not what answers it.
	data := strings.Replace(string(mustRead(t, path)), "expect: [rolfing]", "expect: [swedish-massage]", 1)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "kb", "eval", "--json", "--failures", "--min-in", "0.9", "--max-wrong", "0.1", path)
	if code != 1 {
		t.Fatalf("exit %d, want 1 for a file below --min-in; stderr %s", code, errOut)
	}
	if !strings.Contains(errOut, "below --min-in") || !strings.Contains(errOut, "above --max-wrong") {
		t.Errorf("stderr does not say which thresholds failed:\n%s", errOut)
	}
	var got evalFile
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Cases != 4 || got.InScopeTop1 != 0.5 || got.ConfidentWrong != 0.25 || len(got.Failures) != 1 || got.Failures[0].Got != "rolfing" {
		t.Errorf("report %+v", got)
	}
	if len(got.Report.Confusions) != 1 || got.Report.Confusions[0].Expect != "swedish-massage" || got.Report.Confusions[0].Got != "rolfing" {
		t.Errorf("confusions %+v", got.Report.Confusions)
	}
}

func TestKBEvalTSVAndBadFile(t *testing.T) {
	dir := t.TempDir()
	tsv := filepath.Join(dir, "oos.tsv")
	if err := os.WriteFile(tsv, []byte("what is the capital of peru\tfacts\nset an alarm for 7\talarm\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runCLI(t, "", "kb", "eval", "--min-abstain", "1", tsv)
	if code != 0 || !strings.Contains(out, "abstention       100.0% (2/2)") {
		t.Fatalf("exit %d, stdout:\n%s\nstderr %s", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("cases:\n  - q: \"hello\"\n    kind: chitchat\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(t, "", "kb", "eval", bad); code != 1 || !strings.Contains(errOut, bad+":2:") {
		t.Errorf("exit %d, stderr %q: want 1 and a FILE:LINE error", code, errOut)
	}
}

func TestAskExplain(t *testing.T) {
	out, errOut, code := runCLI(t, "", "ask", "--explain", "is dt good for my lumbar pain")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"2 safety", "5 retrieval", "deep", "6 domain", "7 decision", "8 reply"} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain output lacks %q:\n%s", want, out)
		}
	}
}
