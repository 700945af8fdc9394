package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

func (a *app) newConfigCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration (secrets masked) and where each value comes from",
		Long: `Config loads the configuration exactly as the bot would and prints it as
YAML, in the layout of config.yaml, with the token masked. A comment after a
value says where it came from when it is not the default: a flag, an
environment variable (SYNERGYBOT_...), or the config file and line.

Precedence, highest first: flags, environment, config file (--config FILE,
SYNERGYBOT_CONFIG, or ./config.yaml when present), defaults. An invalid
configuration is reported with every problem and exit status 1.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			return writeConfig(a.stdout, cfg)
		},
	}
}

// writeConfig prints cfg as YAML in the layout of config.yaml, secrets
// masked: "***" when set, "(not set)" when not.
func writeConfig(w io.Writer, cfg Config) error {
	if cfg.File != "" {
		fmt.Fprintf(w, "# effective configuration: defaults < %s < environment < flags\n", cfg.File)
	} else {
		fmt.Fprintln(w, "# effective configuration: defaults < environment < flags (no config file)")
	}
	root := &yaml.Node{Kind: yaml.MappingNode}
	var section *yaml.Node
	lastSection := ""
	for _, s := range settings {
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
		if src := cfg.sources[s.key]; src != "" {
			value.LineComment = "from " + src
		}
		if s.key == "discord.token" && cfg.Discord.Token != "" && cfg.sources[s.key] == "" {
			value.LineComment = "from discord.token_file"
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

// valueNode returns the YAML node for one setting's value in cfg.
func valueNode(s setting, cfg *Config) (*yaml.Node, error) {
	var v any
	switch p := s.field(cfg).(type) {
	case *string:
		v = *p
		if s.mask != nil {
			v = s.mask(*p)
		}
		if s.secret {
			v = "(not set)"
			if *p != "" {
				v = "***"
			}
		}
	case *time.Duration:
		v = p.String()
	case *[]string:
		n := &yaml.Node{Kind: yaml.SequenceNode, Style: yaml.FlowStyle}
		for _, item := range *p {
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: item, Style: yaml.DoubleQuotedStyle})
		}
		return n, nil
	default:
		v = p
	}
	n := &yaml.Node{}
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	return n, nil
}
