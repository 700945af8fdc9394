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

// A sample is a fenced ```console block in the docs (indented or not, as in
// a list item) whose first line is a command, "$ synergybot ARGS" (or
// "$ go run ./cmd/synergybot ARGS"), and whose other lines are what the
// command prints, standard output and error together. In a chat sample,
// each line that starts with the prompt "you> " carries what the person
// typed; the test types it.
//
// Each sample runs in an empty directory, so that no config.yaml of the
// developer's leaks in, holding the files a sample may name: kb.yaml, a
// copy of the default knowledge base as staff start from it, and every
// file of docs/examples/. The home directory is shown as /home/you.
var consoleBlock = regexp.MustCompile("(?ms)^( *)```console\n(.*?)^ *```\n")

func TestDocSamples(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	docs, _ := filepath.Glob(filepath.Join(root, "docs", "*.md"))
	docs = append([]string{filepath.Join(root, "README.md")}, docs...)
	examples := filepath.Join(root, "docs", "examples")
	defaultBase := filepath.Join(root, "knowledge", "synergy.yaml")
	for _, doc := range docs {
		data, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		samples := 0
		updated := consoleBlock.ReplaceAllStringFunc(string(data), func(block string) string {
			m := consoleBlock.FindStringSubmatch(block)
			indent, body := m[1], unindent(m[2], m[1])
			steps, ok := sampleSteps(body)
			if !ok {
				return block // a shell session, not a synergybot sample
			}
			samples++
			var got strings.Builder
			t.Run(filepath.Base(doc)+"/"+steps[0].command, func(t *testing.T) {
				dir, home := sampleDir(t, examples, defaultBase)
				for _, st := range steps {
					got.WriteString(st.command + "\n" + runSample(t, dir, home, st.args, chatInputs(st.output)))
				}
			})
			if got.String() != body {
				if *updateDocs {
					return reindent("```console\n"+got.String()+"```\n", indent)
				}
				t.Errorf("%s: the sample of %q differs from what the program prints; run go test ./cmd/synergybot -run TestDocSamples -update-docs and review the diff.\n--- docs\n%s--- program\n%s",
					filepath.Base(doc), steps[0].command, body, got.String())
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

// sampleStep is one command of a sample and what the docs show it
// printing.
type sampleStep struct {
	command, output string
	args            []string
}

// sampleSteps splits a sample into its commands: each line that is a
// synergybot command starts a step, so that one sample can show, say, a
// chat and then kb gaps over what it recorded. ok is false when the block
// does not start with a synergybot command.
func sampleSteps(body string) (steps []sampleStep, ok bool) {
	for _, line := range strings.SplitAfter(body, "\n") {
		if args, isCommand := sampleArgs(strings.TrimSuffix(line, "\n")); isCommand {
			steps = append(steps, sampleStep{command: strings.TrimSuffix(line, "\n"), args: args})
			continue
		}
		if len(steps) == 0 {
			return nil, false
		}
		steps[len(steps)-1].output += line
	}
	return steps, len(steps) > 0
}

// sampleDir makes the directory a sample runs in, holding docs/examples
// and kb.yaml, with a home directory of its own for the question log that
// chat keeps by default. The steps of one sample share it.
func sampleDir(t *testing.T, examples, defaultBase string) (dir, home string) {
	t.Helper()
	dir = t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(examples)); err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	base, err := os.ReadFile(defaultBase)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "kb.yaml"), base, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("NO_COLOR", "1")
	// The person's home, where chat keeps its question log, is shown as
	// /home/you.
	home = filepath.Join(dir, "home", "you")
	t.Setenv("HOME", home)
	t.Setenv("XDG_STATE_HOME", "")
	return dir, home
}

// runSample runs synergybot with args in dir, typing inputs, and returns
// what it printed. Through a pipe, chat echoes what was typed after its
// prompt, so a transcript reads as in a terminal.
func runSample(t *testing.T, dir, home string, args, inputs []string) string {
	t.Helper()
	var out bytes.Buffer
	stdin := strings.Join(inputs, "\n")
	if len(inputs) > 0 {
		stdin += "\n"
	}
	run(context.Background(), args, strings.NewReader(stdin), &out, &out)
	got := strings.ReplaceAll(out.String(), home, "/home/you")
	got = strings.ReplaceAll(got, dir+string(filepath.Separator), "")
	if got != "" && !strings.HasSuffix(got, "\n") {
		got += "\n"
	}
	return got
}

// unindent removes prefix from the start of every line of s that has it.
func unindent(s, prefix string) string {
	if prefix == "" {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimPrefix(l, prefix)
	}
	return strings.Join(lines, "")
}

// reindent puts prefix before every non-empty line of s.
func reindent(s, prefix string) string {
	if prefix == "" {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if l != "" && l != "\n" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "")
}
