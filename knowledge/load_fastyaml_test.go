package knowledge

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameTree reports where two node trees first differ in anything the
// decoder reads (comments aside), or "" when they do not.
func sameTree(path string, a, b *yaml.Node) string {
	if a == nil || b == nil {
		if a != b {
			return fmt.Sprintf("%s: one tree has no node", path)
		}
		return ""
	}
	describe := func(n *yaml.Node) string {
		return fmt.Sprintf("kind %d tag %q style %d value %q anchor %q at %d:%d with %d children",
			n.Kind, n.Tag, n.Style, n.Value, n.Anchor, n.Line, n.Column, len(n.Content))
	}
	if da, db := describe(a), describe(b); da != db {
		return fmt.Sprintf("%s: fast %s, library %s", path, da, db)
	}
	for i := range a.Content {
		if d := sameTree(fmt.Sprintf("%s/%d", path, i), a.Content[i], b.Content[i]); d != "" {
			return d
		}
	}
	return ""
}

// checkFastYAML fails when parseFast reads data into a tree other than the
// library's, and returns whether it read data at all.
func checkFastYAML(t *testing.T, name string, data []byte) bool {
	t.Helper()
	fast, ok := parseFast(data)
	if !ok {
		return false
	}
	lib, libOK := parseWhole(data)
	if !libOK {
		t.Fatalf("%s: parseFast read a file the library refuses:\n%s", name, data)
	}
	if d := sameTree("doc", fast, lib); d != "" {
		t.Fatalf("%s: parseFast and the library differ at %s\nfile:\n%s", name, d, data)
	}
	return true
}

// fastYAMLFiles are the test's files: the default base, a generated one
// and the loader's fixtures (testdata/load), valid and not. Only knowledge
// base files: the question sets are not read, since a failure prints the
// file and some of them are held out.
func fastYAMLFiles(t testing.TB) map[string][]byte {
	files := map[string][]byte{"default": DefaultYAML, "generated": baseWith(30, "")}
	paths, err := filepath.Glob(filepath.Join("testdata", "load", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files[path] = data
	}
	return files
}

func TestFastYAMLMatchesLibrary(t *testing.T) {
	read := 0
	for name, data := range fastYAMLFiles(t) {
		if checkFastYAML(t, name, data) {
			read++
		}
	}
	// The default base and the generated one are what every reload reads:
	// if the fast parser gives them up, reloads are slow again.
	for _, name := range []string{"default", "generated"} {
		if _, ok := parseFast(fastYAMLFiles(t)[name]); !ok {
			t.Errorf("parseFast does not read the %s base", name)
		}
	}
	t.Logf("parseFast read %d files", read)
}

// fastYAMLShapes are the forms at the edges of what parseFast reads, and
// whether it reads them.
var fastYAMLShapes = []struct {
	yaml string
	fast bool // parseFast reads it
}{
	{"a: b\n", true},
	{"# c\n\na:\nb: x\n", true},
	{"a:\n  b:\nc: x\n", true},
	{"a:\n  b:", true},
	{"a: |\n  x\n\n  y\n\n\nb: c", true},
	{"a: |-\n  x\n  y\n", true},
	{"a: |\n  x\n  y", true},
	{"a: |\n    x\n  y\n", false},
	{"a: |\n\n  x\n", false},
	{"a: |\n  x\n     \n  y\n", false},
	{"a: |+\n  x\n", false},
	{"a: >\n  x\n", false},
	{"a:\n- x\n- y\nb: [a, 'b', \"c\"]\n", true},
	{"a: []\n", true},
	{"a: [x, ]\n", false},
	{"a: [x,\n  y]\n", false},
	{"- a: \n  b: c\n", true},
	{"- a:\n- b\n", true},
	{"é: [ x ,y ] # c\n", true},
	{"a: é x\nb: 'it''s' # c\nc: \"say \\\"hi\\\"\"\n", true},
	{"a: \"x\\ty\"\n", false},
	{"a: b: c\n", false},
	{"a: b\n  c\n", false},
	{"a: b\n  # c\n", false},
	{"a: true\nb: ~\nc: yes\nd: null\n", true},
	{"a: 12\n", false},
	{"a: 30 minute massage\nb: 2024-01-02 10:00:00\n", false},
	{"a: 30 minute massage\nb: .5 hours\n", true},
	{"a: &x b\nc: *x\n", false},
	{"a: !!str b\n", false},
	{"a:\tb\n", false},
	{"a: b\r\n", false},
	{"---\na: b\n", false},
	{"a: b\n---\nc: d\n", false},
	{"  a: b\n", false},
	{"a: b\nc\n", false},
	{"a: C# and x#y\n", true},
	{"a: https://example.com/x?y=1#z\n", true},
	{"entries:\n  # note\n  - id: x\n    questions:\n      - a\n    answer: |\n      one\n      two\n    # after\n  - id: y\n", true},
	{"a:\n  - - x\n", false},
	{"a:\n  -\n    b: c\n", true},
	{"a:\n  -\n  - b\n", false},
	{"a :  b  \n", true},
	{"<<: x\n", false},
	{"a: {b: c}\n", false},
	{"\n\n", false},
	{"", false},
	{"a: # c\nb: x\n", true},
	{"a: # c\n  - x\n", true},
	{"a:   \n  b: [x, \"y, z\", 'w'] # c\n", true},
	{"a:\n  b: |\n   x\n  c: y\n", true},
	{"- |\n  x\n- |-\n   y\n", true},
	{"a:\n- |\n x\n", true},
	{"a: ['x''y', \"a\\\\b\"]\n", true},
	{"a: [x] y\n", false},
	{"a: \"x\n  y\"\n", false},
	{"a: b\n\n  c: d\n", false},
	{"a:\n  b: c\n d: e\n", false},
	{"true: x\nyes: no\n", true},
	{"a: 1x\n", false},
	{"a: |\n  x\n    y\n  z  \n", true},
	{"a: |\n  x\n# c\n  y\n", false},
	{"a: | # c\n  x\n", true},
	{"a: |#c\n  x\n", false},
	{"-   a: x\n    b: y\n-  [x]\n", true},
	{"a: x\u00a0y\n", true},
	{"a: b\nb:\u00a0c\n", false},
	{"\ufeffa: b\n", false},
}

// TestFastYAMLShapes checks that each of fastYAMLShapes is either left to
// the library or read as the library reads it.
func TestFastYAMLShapes(t *testing.T) {
	for _, tt := range fastYAMLShapes {
		if got := checkFastYAML(t, fmt.Sprintf("%q", tt.yaml), []byte(tt.yaml)); got != tt.fast {
			t.Errorf("parseFast(%q) read it: %v, want %v", tt.yaml, got, tt.fast)
		}
	}
}

// FuzzFastYAML checks that whatever parseFast reads, it reads as the
// library does.
func FuzzFastYAML(f *testing.F) {
	for _, data := range fastYAMLFiles(f) {
		f.Add(data)
	}
	for _, tt := range fastYAMLShapes {
		f.Add([]byte(tt.yaml))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFastYAML(t, "fuzz", data)
	})
}

// BenchmarkParseYAML10k compares the fast parser with the library on a
// 10,000-entry file.
func BenchmarkParseYAML10k(b *testing.B) {
	data := baseWith(10_000, "")
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		cpu := threadCPU()
		for b.Loop() {
			if _, ok := parseFast(data); !ok {
				b.Fatal("not read")
			}
		}
		reportCPU(b, cpu)
	})
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		cpu := threadCPU()
		for b.Loop() {
			if _, ok := parseWhole(data); !ok {
				b.Fatal("not read")
			}
		}
		reportCPU(b, cpu)
	})
}
