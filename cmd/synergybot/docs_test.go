package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// updateDocs rewrites the sample outputs in the docs from the program:
//
//	go test ./cmd/synergybot -run TestDocSamples -update-docs
var updateDocs = flag.Bool("update-docs", false, "rewrite the sample outputs in README.md and docs/*.md")

// A sample is a fenced ```console block in the docs whose first line is a
// command, "$ synergybot ARGS" (or "$ go run ./cmd/synergybot ARGS"), and
// whose other lines are what the command prints, standard output and error
// together. In a chat sample, each line that starts with the prompt "you> "
// carries what the person typed; the test types it.
//
// Files a sample names are taken from docs/examples/, copied into the
// empty directory where the command runs, so that no config.yaml of the
// developer's leaks in.
var consoleBlock = regexp.MustCompile("(?ms)^```console\n(.*?)^```\n")

func TestDocSamples(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	docs = append([]string{filepath.Join(root, "README.md")}, docs...)
	examples := filepath.Join(root, "docs", "examples")
	for _, doc := range docs {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		samples := 0
		updated := consoleBlock.ReplaceAllStringFunc(string(data), func(block string) string {
			body := consoleBlock.FindStringSubmatch(block)[1]
			command, want, _ := strings.Cut(body, "\n")
			args, ok := sampleArgs(command)
			if !ok {
				return block // a shell session, not a synergybot sample
			}
			samples++
			var got string
			t.Run(filepath.Base(doc)+"/"+command, func(t *testing.T) {
				got = runSample(t, examples, args, chatInputs(want))
			})
			if got != want {
				if *updateDocs {
					return "```console\n" + command + "\n" + got + "```\n"
				}
				t.Errorf("%s: the sample of %q differs from what the program prints; run go test ./cmd/synergybot -run TestDocSamples -update-docs and review the diff.\n--- docs\n%s--- program\n%s",
					filepath.Base(doc), command, want, got)
			}
			return block
		})
		if *updateDocs && updated != string(data) {
			if err := os.WriteFile(doc, []byte(updated), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: %d samples", filepath.Base(doc), samples)
	}
}

// sampleArgs splits a sample's command line into synergybot's arguments.
// Arguments may be quoted with '…' or "…".
func sampleArgs(command string) ([]string, bool) {
	var rest string
	var found bool
	for _, prefix := range []string{"$ synergybot", "$ go run ./cmd/synergybot"} {
		if r, ok := strings.CutPrefix(command, prefix); ok && (r == "" || r[0] == ' ') {
			rest, found = r, true
			break
		}
	}
	if !found {
		return nil, false
	}
	var args []string
	var cur strings.Builder
	var quote rune
	inArg := false
	for _, r := range rest {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			cur.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inArg = r, true
		case r == ' ':
			if inArg {
				args = append(args, cur.String())
				cur.Reset()
				inArg = false
			}
		default:
			cur.WriteRune(r)
			inArg = true
		}
	}
	if inArg {
		args = append(args, cur.String())
	}
	return args, true
}

// chatPrompt is what `synergybot chat` prints before reading a line.
const chatPrompt = "you> "

// chatInputs returns what the person typed in a chat sample, one line per
// prompt.
func chatInputs(transcript string) []string {
	var in []string
	for line := range strings.SplitSeq(transcript, "\n") {
		if typed, ok := strings.CutPrefix(line, chatPrompt); ok {
			in = append(in, typed)
		}
	}
	return in
}

// runSample runs synergybot with args in a directory holding docs/examples,
// typing inputs, and returns what it printed. Through a pipe, chat echoes
// what was typed after its prompt, so a transcript reads as in a terminal.
func runSample(t *testing.T, examples string, args, inputs []string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(examples)); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("NO_COLOR", "1")
	var out bytes.Buffer
	stdin := strings.Join(inputs, "\n")
	if len(inputs) > 0 {
		stdin += "\n"
	}
	run(context.Background(), args, strings.NewReader(stdin), &out, &out)
	got := strings.ReplaceAll(out.String(), dir+string(filepath.Separator), "")
	if !strings.HasSuffix(got, "\n") {
		got += "\n"
	}
	return got
}
