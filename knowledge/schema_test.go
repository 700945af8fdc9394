package knowledge

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// schemaDoc is SchemaJSON decoded as plain JSON values.
func schemaDoc(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(SchemaJSON, &doc); err != nil {
		t.Fatalf("%s is not JSON: %v", SchemaFile, err)
	}
	return doc
}

// schemaObject returns the object schema of a block of the field table:
// the top level for "file", else the definition of that name.
func schemaObject(doc map[string]any, name string) (map[string]any, bool) {
	if name == "file" {
		return doc, true
	}
	defs, _ := doc["definitions"].(map[string]any)
	obj, ok := defs[name].(map[string]any)
	return obj, ok
}

// TestSchemaMatchesLoader checks that the schema's blocks and their fields
// are exactly the loader's table of fields (blocks), both ways: every field
// the loader accepts is in the schema, every field in the schema is
// accepted, and every block the schema describes is one the loader reads.
func TestSchemaMatchesLoader(t *testing.T) {
	doc := schemaDoc(t)
	for name, b := range blocks {
		obj, ok := schemaObject(doc, name)
		if !ok {
			t.Errorf("the loader reads the block %q but the schema has no definitions.%s", name, name)
			continue
		}
		props, _ := obj["properties"].(map[string]any)
		var inSchema []string
		for field := range props {
			inSchema = append(inSchema, field)
		}
		slices.Sort(inSchema)
		accepted := slices.Sorted(slices.Values(b.fields))
		if !slices.Equal(inSchema, accepted) {
			t.Errorf("block %s: schema fields %v, loader fields %v", name, inSchema, accepted)
		}
		if obj["additionalProperties"] != false {
			t.Errorf("block %s: the schema must refuse unknown fields (additionalProperties: false), as the loader does", name)
		}
		required, _ := obj["required"].([]any)
		for _, r := range required {
			if !slices.Contains(b.fields, r.(string)) {
				t.Errorf("block %s: the schema requires %v, which the loader does not know", name, r)
			}
		}
	}
	defs, _ := doc["definitions"].(map[string]any)
	for name, def := range defs {
		if _, hasFields := def.(map[string]any)["properties"]; hasFields {
			if _, ok := blocks[name]; !ok {
				t.Errorf("the schema describes a block definitions.%s that the loader does not read", name)
			}
		}
	}
}

// yamlToJSON converts a YAML document to the JSON an editor's YAML
// language server checks against the schema: mappings become objects,
// scalars keep the type YAML gives them (number, boolean, null, else text),
// references are followed.
func yamlToJSON(t *testing.T, data []byte) ([]byte, error) {
	t.Helper()
	if err := parseAll(string(data)); err != nil {
		return nil, err // an error in any document, as an editor shows it
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		return []byte("null"), nil
	}
	var value func(n *yaml.Node) any
	value = func(n *yaml.Node) any {
		switch n.Kind {
		case yaml.AliasNode:
			return value(n.Alias)
		case yaml.MappingNode:
			m := map[string]any{}
			for i := 0; i+1 < len(n.Content); i += 2 {
				m[n.Content[i].Value] = value(n.Content[i+1])
			}
			return m
		case yaml.SequenceNode:
			l := []any{}
			for _, item := range n.Content {
				l = append(l, value(item))
			}
			return l
		}
		switch n.Tag {
		case "!!null":
			return nil
		case "!!bool":
			return strings.EqualFold(n.Value, "true")
		case "!!int":
			if i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
				return i
			}
		case "!!float":
			if f, err := strconv.ParseFloat(n.Value, 64); err == nil {
				return f
			}
		}
		return n.Value
	}
	return json.Marshal(value(doc.Content[0]))
}

// compileSchema compiles SchemaJSON as draft-07.
func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(SchemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	if err := c.AddResource(SchemaFile, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(SchemaFile)
	if err != nil {
		t.Fatalf("%s does not compile: %v", SchemaFile, err)
	}
	return s
}

// TestSchemaValidatesFixtures checks the schema against the loader on every
// fixture: files the loader accepts pass, files it refuses for their shape
// fail, and the rest are files the schema cannot judge, each for a stated
// reason. A new fixture must be put in one of the groups.
func TestSchemaValidatesFixtures(t *testing.T) {
	schema := compileSchema(t)
	const (
		valid      = "valid"
		structural = "refused for its shape: the schema must refuse it too"
		notYAML    = "not readable as YAML: an editor flags it as a syntax error"
		beyond     = "refused for what a schema cannot express"
	)
	groups := map[string]string{
		"valid.yaml": valid, "valid-minimal.yaml": valid,

		"unknown-field.yaml": structural, "missing-required.yaml": structural, "wrong-type.yaml": structural,
		"id-malformed.yaml": structural, "id-too-long.yaml": structural, "kind.yaml": structural,
		"few-questions.yaml": structural, "url.yaml": structural, "too-long.yaml": structural,
		"safety.yaml": structural, "safety-weaken.yaml": structural, "entries-empty.yaml": structural, "entries-missing.yaml": structural,
		"empty.yaml": structural, "not-mapping.yaml": structural, "placeholder.yaml": structural,
		"several.yaml": structural,

		"syntax.yaml": notYAML, "tabs.yaml": notYAML, "tabs-in-text.yaml": notYAML,
		"multi-document.yaml": notYAML, "invalid-utf8.yaml": notYAML, "nul.yaml": notYAML,
		"paste-column-1.yaml": notYAML, "paste-too-deep.yaml": notYAML, "paste-example-uncommented.yaml": notYAML,

		"duplicate-field.yaml": beyond, // YAML itself forbids it; the language server flags it apart from the schema
		"alias.yaml":           beyond, // the schema sees the value the reference stands for
		"id-duplicate.yaml":    beyond, // uniqueness of a field across items
		"related.yaml":         beyond, // ids that must name other entries
		"shared-phrase.yaml":   beyond, // phrases compared across entries
		"paste-in-answer.yaml": beyond, // an entry inside a text is still text
	}
	files, err := filepath.Glob(filepath.Join("testdata", "load", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "synergy.yaml")
	groups["synergy.yaml"] = valid
	for _, file := range files {
		name := filepath.Base(file)
		t.Run(name, func(t *testing.T) {
			group, ok := groups[name]
			if !ok {
				t.Fatalf("fixture %s is in no group of this test; add it", name)
			}
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			_, loadErr := Parse(name, data)
			if (loadErr == nil) != (group == valid) {
				t.Fatalf("loader: %v; the fixture is in the group %q", loadErr, group)
			}
			js, err := yamlToJSON(t, data)
			if group == notYAML {
				if err == nil && !bytes.Contains(data, []byte("\n---")) {
					t.Errorf("the YAML library reads %s, which is in the group %q", name, group)
				}
				return
			}
			if err != nil {
				t.Fatalf("not YAML: %v", err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
			if err != nil {
				t.Fatal(err)
			}
			schemaErr := schema.Validate(v)
			switch group {
			case valid, beyond:
				if schemaErr != nil {
					t.Errorf("the schema refuses a file it should pass: %v", schemaErr)
				}
			case structural:
				var ve *jsonschema.ValidationError
				if !errors.As(schemaErr, &ve) {
					t.Errorf("the schema passes a file the loader refuses for its shape:\n%v", loadErr)
				}
			}
		})
	}
}

// TestSchemaRefusesEachProblem checks the schema on one small change at a
// time to a valid file, so that each rule the loader enforces on the shape
// is also in the schema, not only some of them.
func TestSchemaRefusesEachProblem(t *testing.T) {
	schema := compileSchema(t)
	base, err := os.ReadFile(filepath.Join("testdata", "load", "valid-minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, old, new string }{
		{"unknown top field", "entries:\n", "colour: red\nentries:\n"},
		{"unknown entry field", "    kind: topic\n", "    kind: topic\n    anwser: x\n"},
		{"missing clinic field", "  website: 'https://clinic.example/'\n", ""},
		{"empty clinic field", "  name: 2024\n", "  name: \"  \"\n"},
		{"bad url", "http://clinic.example\n", "clinic.example\n"},
		{"bad id", "- id: hours", "- id: Opening Hours"},
		{"long id", "- id: hours", "- id: " + strings.Repeat("a", 65)},
		{"bad kind", "kind: topic", "kind: faq"},
		{"two questions", "[when are you open, what are your hours, are you open on sunday]", "[when are you open, what are your hours]"},
		{"list for text", "    title: Opening hours\n", "    title:\n      - Opening hours\n"},
		{"text for list", "    questions: [when are you open, what are your hours, are you open on sunday]",
			"    questions: when are you open"},
		{"placeholder answer", "    answer: >\n      Monday to Friday,\n      9 to 5.", "    answer: Write the explanation here, in your own words."},
		{"emergency message without 911", "entries:\n", "safety:\n  message: Please rest and see how it goes.\nentries:\n"},
		{"safety concept emptied", "entries:\n", "safety:\n  concepts:\n    numbness: []\nentries:\n"},
		{"placeholder disclaimer", "  disclaimer: yes\n", "  disclaimer: TODO\n"},
		{"link without url", "    kind: topic\n", "    kind: topic\n    links:\n      - label: More\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(base, []byte(tt.old)) {
				t.Fatalf("fixture has no %q", tt.old)
			}
			data := bytes.Replace(base, []byte(tt.old), []byte(tt.new), 1)
			if _, err := Parse("t.yaml", data); err == nil {
				t.Fatal("the loader accepts the changed file; the test is wrong")
			}
			js, err := yamlToJSON(t, data)
			if err != nil {
				t.Fatal(err)
			}
			v, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
			if err != nil {
				t.Fatal(err)
			}
			if schema.Validate(v) == nil {
				t.Errorf("the schema passes it")
			}
		})
	}
}

// TestDefaultNamesSchema checks that the default knowledge base tells the
// YAML language server where its schema is, and that the schema is there.
func TestDefaultNamesSchema(t *testing.T) {
	first, _, _ := strings.Cut(string(DefaultYAML), "\n")
	if want := "# yaml-language-server: $schema=" + SchemaFile; first != want {
		t.Errorf("first line of synergy.yaml = %q, want %q", first, want)
	}
	data, err := os.ReadFile(SchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, SchemaJSON) {
		t.Error("the embedded schema is not the file beside synergy.yaml")
	}
}
