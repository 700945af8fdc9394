package config

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated parts of docs/operations.md")

// operationsDoc is the operator's guide; parts of it are generated from the
// settings table, so that the guide and the program cannot drift apart.
const operationsDoc = "../../docs/operations.md"

// TestOperationsDocConfigReference checks that docs/operations.md holds the
// configuration reference and a `synergybot config` sample exactly as the
// program produces them. Run `go test ./internal/config -run
// TestOperationsDoc -update` after changing a setting.
func TestOperationsDocConfigReference(t *testing.T) {
	docPath, err := filepath.Abs(operationsDoc) // load changes directory
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(docPath)
	if err != nil {
		t.Fatal(err)
	}
	sample := sampleConfigOutput(t)
	got := string(doc)
	for _, part := range []struct{ name, want string }{
		{"config-keys", referenceTable()},
		{"config-sample", "```console\n$ SYNERGYBOT_DISCORD_TOKEN=... synergybot config --config /etc/synergybot/config.yaml\n" + sample + "```\n"},
	} {
		next, err := replaceGenerated(got, part.name, part.want)
		if err != nil {
			t.Fatal(err)
		}
		if next != got && !*update {
			t.Errorf("docs/operations.md: the %s part is out of date; run go test ./internal/config -run TestOperationsDoc -update", part.name)
		}
		got = next
	}
	if *update {
		if err := os.WriteFile(docPath, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// referenceTable is the Markdown table of every key.
func referenceTable() string {
	var b strings.Builder
	b.WriteString("| Key | Environment variable | Flag | Default | What it does |\n|---|---|---|---|---|\n")
	for _, k := range Keys() {
		flag := k.Flag
		if flag != "" {
			flag = "`" + flag + "`"
		}
		def := "`" + k.Default + "`"
		if k.Default == "" {
			def = `""`
		}
		usage := k.Usage
		if !k.InFile {
			usage += " (never in the config file)"
		}
		fmt.Fprintf(&b, "| `%s` | `%s` | %s | %s | %s |\n", k.Name, k.Env, flag, def, strings.ReplaceAll(usage, "|", `\|`))
	}
	return b.String()
}

// sampleConfigOutput is `synergybot config` for a small config file, with
// the token in the environment, as an operator would see it.
func sampleConfigOutput(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(file, []byte("discord:\n  guild_id: \"123456789012345678\"\n  staff_roles: [\"223456789012345678\"]\nknowledge:\n  path: /etc/synergybot/synergy.yaml\nstorage:\n  path: /var/lib/synergybot/synergybot.db\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := load(t, configCase{
		flags: []string{"--config", file},
		env:   map[string]string{"SYNERGYBOT_DISCORD_TOKEN": "MTAxNTk2.GhIjKl.sample", "SYNERGYBOT_LOG_FORMAT": "json"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteYAML(&out, cfg); err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(out.String(), file, "/etc/synergybot/config.yaml")
}

// replaceGenerated replaces what lies between the markers of part name in
// doc with content.
func replaceGenerated(doc, name, content string) (string, error) {
	begin := "<!-- BEGIN " + name + " (generated: go test ./internal/config -update) -->\n"
	end := "<!-- END " + name + " -->"
	i := strings.Index(doc, begin)
	j := strings.Index(doc, end)
	if i < 0 || j < i {
		return "", fmt.Errorf("docs/operations.md lacks the markers %q ... %q", strings.TrimSpace(begin), end)
	}
	return doc[:i+len(begin)] + content + doc[j:], nil
}
