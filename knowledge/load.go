package knowledge

import (
	_ "embed"
	"fmt"
	"os"

	"go.yaml.in/yaml/v3"
)

// DefaultYAML is the knowledge base that ships inside the binary, drawn from
// Synergy Massage's article "Fix Back Pain With Massage".
//
//go:embed synergy.yaml
var DefaultYAML []byte

// DefaultSource names the embedded base in errors and status output.
const DefaultSource = "embedded:synergy.yaml"

// Default parses the embedded knowledge base. It panics if that base is
// invalid, which a test guarantees never ships.
func Default() *Base {
	b, err := Parse(DefaultSource, DefaultYAML)
	if err != nil {
		panic(fmt.Sprintf("embedded knowledge base is invalid: %v", err))
	}
	return b
}

// LoadFile reads and validates the knowledge base at path.
func LoadFile(path string) (*Base, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return Parse(path, data)
}

// Parse decodes and validates a knowledge base. source names it in errors.
// TEMPORARY minimal version: strict validation is being written.
func Parse(source string, data []byte) (*Base, error) {
	var doc struct {
		Clinic  Clinic  `yaml:"clinic"`
		Safety  Safety  `yaml:"safety"`
		Entries []Entry `yaml:"entries"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	b := &Base{Source: source, Clinic: doc.Clinic, Safety: doc.Safety, Entries: doc.Entries, byID: map[string]int{}}
	for i, e := range b.Entries {
		b.byID[e.ID] = i
	}
	return b, nil
}
