package config

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// WriteYAML prints cfg as YAML in the layout of config.yaml, secrets masked,
// with a comment after each value that is not the default saying where it
// came from. The output, without the token line, is a valid config file
// that gives the same configuration.
func WriteYAML(w io.Writer, cfg Config) error {
	if cfg.File != "" {
		fmt.Fprintf(w, "# effective configuration: defaults < %s < environment < flags\n", cfg.File)
	} else {
		fmt.Fprintln(w, "# effective configuration: defaults < environment < flags (no config file)")
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	var section *yaml.Node
	lastSection := ""
	for _, s := range settings {
		if s.deprecated {
			continue
		}
		name, key, _ := strings.Cut(s.key, ".")
		if name != lastSection {
			section = &yaml.Node{Kind: yaml.MappingNode}
			root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: name}, section)
			lastSection = name
		}
		value, err := valueNode(s, &cfg)
		if err != nil {
			return fmt.Errorf("config %s: %w", s.key, err)
		}
		if src := sourceNote(s, cfg); src != "" {
			value.LineComment = src
		}
		section.Content = append(section.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, value)
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("print config: %w", err)
	}
	return enc.Close()
}

// sourceNote is the comment WriteYAML puts after a value: where it came
// from, or nothing for a plain default.
func sourceNote(s setting, cfg Config) string {
	if src := cfg.sources[s.key]; src != "" {
		return "from " + src
	}
	switch {
	case s.key == "discord.token" && cfg.Discord.Token != "":
		return "from discord.token_file"
	case s.computed:
		return "default for this user"
	}
	return ""
}

// Setting is one key of the `synergybot config --json` report.
type Setting struct {
	Key string `json:"key"`
	// Value is the effective value, secrets masked; durations as text
	// ("3s"), lists as arrays.
	Value any `json:"value"`
	// Source is where it came from: "default", a flag, an environment
	// variable or FILE:LINE.
	Source string `json:"source"`
	Env    string `json:"env"`
	Flag   string `json:"flag,omitempty"`
}

// Report is what `synergybot config --json` prints.
type Report struct {
	File     string    `json:"file"`
	Settings []Setting `json:"settings"`
}

// WriteJSON prints cfg as a Report, secrets masked as in WriteYAML.
func WriteJSON(w io.Writer, cfg Config) error {
	r := Report{File: cfg.File, Settings: []Setting{}}
	for _, s := range settings {
		if s.deprecated {
			continue
		}
		src := cfg.sources[s.key]
		if src == "" {
			src = "default"
		}
		st := Setting{Key: s.key, Value: shown(s, &cfg), Source: src, Env: envName(s.key)}
		if s.flag != "" {
			st.Flag = "--" + s.flag
		}
		r.Settings = append(r.Settings, st)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// shown is s's value in cfg as the reports show it: secrets masked,
// durations as text.
func shown(s setting, cfg *Config) any {
	switch p := s.field(cfg).(type) {
	case *string:
		if s.secret {
			return mask(s.key, *p)
		}
		return *p
	case *time.Duration:
		return p.String()
	case *[]string:
		return *p
	case *bool:
		return *p
	case *int:
		return *p
	case *float64:
		return *p
	}
	panic(fmt.Sprintf("config: no report for %s", s.key))
}

// mask hides a secret value: "(not set)" when empty; storage.url, a URL
// or a keyword/value connection string, keeps all but its password (in
// the user part, or as a password= parameter or keyword, replaced by
// "xxxxx"), so operators can still check the host; anything else, a URL
// that does not parse included, is "***".
func mask(key, v string) string {
	switch {
	case v == "" && key == "storage.url":
		return "" // a valid value: no database server
	case v == "":
		return "(not set)"
	case key == "storage.url":
		return maskURL(v)
	}
	return "***"
}

// maskURL returns raw with any password replaced by "xxxxx", or "***" when
// raw is neither a URL nor a keyword/value connection string.
func maskURL(raw string) string {
	if settings, ok := parseKeywordDSN(raw); ok {
		for i := len(settings) - 1; i >= 0; i-- {
			if s := settings[i]; s.key == "password" {
				raw = raw[:s.start] + "xxxxx" + raw[s.end:]
			}
		}
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return "***"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	if q := u.Query(); q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// valueNode returns the YAML node for one setting's value in cfg.
func valueNode(s setting, cfg *Config) (*yaml.Node, error) {
	v := shown(s, cfg)
	if list, ok := v.([]string); ok {
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, item := range list {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: item, Style: yaml.DoubleQuotedStyle})
		}
		return n, nil
	}
	n := &yaml.Node{}
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	return n, nil
}

// Key describes one configuration key, for documentation and its tests.
type Key struct {
	Name  string // "knowledge.path"
	Env   string // "SYNERGYBOT_KNOWLEDGE_PATH"
	Flag  string // "--knowledge", or ""
	Usage string
	// Default is the default as text; for a computed default, how it is
	// computed.
	Default string
	// InFile is false for keys the config file must not hold (the token).
	InFile bool
}

// Keys lists every configuration key in the order of config.yaml.
func Keys() []Key {
	keys := make([]Key, 0, len(settings))
	for _, s := range settings {
		if s.deprecated {
			continue
		}
		k := Key{Name: s.key, Env: envName(s.key), Usage: s.usage, InFile: !s.notInFile}
		if s.flag != "" {
			k.Flag = "--" + s.flag
		}
		switch d := s.def.(type) {
		case time.Duration:
			k.Default = d.String()
		case []string:
			k.Default = "[]"
		default:
			k.Default = fmt.Sprint(d)
		}
		if s.key == "storage.path" {
			k.Default = "$XDG_STATE_HOME/synergybot/synergybot.db (else ~/.local/state/...)"
		}
		keys = append(keys, k)
	}
	return keys
}
