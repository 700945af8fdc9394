package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKBTeach(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	original := mustRead(t, "../../knowledge/synergy.yaml")
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}

	out, errOut, code := runCLI(t, "", "kb", "teach", path, "--entry", "rolfing", "how", "long", "does", "a", "rolfing", "series", "take")
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if want := `taught: rolfing now has the sample question "how long does a rolfing series take"`; !strings.HasPrefix(out, want) {
		t.Errorf("stdout %q, want it to start with %q", out, want)
	}
	after := mustRead(t, path)
	if got, want := strings.Count(string(after), "\n"), strings.Count(string(original), "\n")+1; got != want {
		t.Errorf("file has %d lines, want %d (one added)", got, want)
	}
	if !strings.Contains(string(after), "\n      - how long does a rolfing series take\n") {
		t.Error("the question is not in the file as a list item")
	}

	// The same question again is refused, and the file stays as it is.
	out, errOut, code = runCLI(t, "", "kb", "teach", path, "--entry", "rolfing", "How long does a rolfing series take?")
	if code != 1 || out != "" {
		t.Fatalf("second teach: exit %d, stdout %q; want exit 1 and nothing on stdout", code, out)
	}
	if !strings.HasPrefix(errOut, "not taught: ") || !strings.Contains(errOut, "already a sample question of rolfing") {
		t.Errorf("stderr %q, want the reason", errOut)
	}
	if string(mustRead(t, path)) != string(after) {
		t.Error("a refused teach changed the file")
	}
}

func TestKBTeachNeedsEntry(t *testing.T) {
	_, errOut, code := runCLI(t, "", "kb", "teach", "kb.yaml", "a question")
	if code != 1 || !strings.Contains(errOut, `"entry" not set`) {
		t.Errorf("exit %d, stderr %q; want exit 1 and the missing flag named", code, errOut)
	}
}
