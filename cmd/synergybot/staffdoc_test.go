package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStaffDocSamples runs the commands whose output docs/staff.md shows
// and checks that the guide shows exactly what they print, so the guide and
// the program cannot drift apart. The guide's file is
// /etc/synergybot/kb.yaml; here it is a copy of the file named in each case.
func TestStaffDocSamples(t *testing.T) {
	doc := string(mustRead(t, "../../docs/staff.md"))
	const docPath = "/etc/synergybot/kb.yaml"
	tests := []struct {
		file string // copied to the knowledge file before the command
		args []string
	}{
		{"../../knowledge/synergy.yaml", []string{"kb", "teach", docPath, "--entry", "rolfing", "how long does a rolfing series take"}},
		{"../../knowledge/synergy.yaml", []string{"kb", "teach", docPath, "--entry", "rolfing", "where do I book"}},
		{"../../knowledge/testdata/load/paste-column-1.yaml", []string{"kb", "validate", docPath}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kb.yaml")
			if err := os.WriteFile(path, mustRead(t, tt.file), 0o644); err != nil {
				t.Fatal(err)
			}
			args := make([]string, len(tt.args))
			shown := make([]string, len(tt.args))
			for i, a := range tt.args {
				args[i] = strings.ReplaceAll(a, docPath, path)
				shown[i] = a
				if strings.Contains(a, " ") {
					shown[i] = `"` + a + `"`
				}
			}
			var out, errOut bytes.Buffer
			t.Chdir(t.TempDir())
			run(context.Background(), args, strings.NewReader(""), &out, &errOut)
			printed := strings.ReplaceAll(out.String()+errOut.String(), path, docPath)
			sample := "$ synergybot " + strings.Join(shown, " ") + "\n" + printed
			if !strings.Contains(doc, sample) && !strings.Contains(doc, indent(sample, "  ")) {
				t.Errorf("docs/staff.md does not show this command with its output:\n%s", sample)
			}
		})
	}
}

// indent prefixes every non-empty line of s with prefix, as a sample inside
// a list item is.
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
