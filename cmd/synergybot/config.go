package main

// STUB: configuration loading (viper) is being written; this file fixes the
// shape of Config so the rest of cmd compiles.

import (
	"time"

	"github.com/spf13/pflag"
)

// Config is the effective configuration, after defaults, config file,
// environment and flags have been merged.
type Config struct {
	Discord   DiscordConfig
	Knowledge KnowledgeConfig
	Matching  MatchingConfig
	Replies   RepliesConfig
	Storage   StorageConfig
	Log       LogConfig
}

// DiscordConfig is how the bot connects to Discord.
type DiscordConfig struct {
	Token          string // secret: never printed
	TokenFile      string
	APIURL         string
	PublicKey      string
	GuildID        string
	Channels       []string
	StaffRoles     []string
	StaffChannel   string
	MessageContent bool
	Cooldown       time.Duration
	ShardID        int
	ShardCount     string // a number, or "auto"
}

// KnowledgeConfig says which knowledge base to serve.
type KnowledgeConfig struct {
	Path  string // empty: the embedded default
	Watch bool
}

// MatchingConfig tunes the matcher.
type MatchingConfig struct {
	Threshold float64
}

// RepliesConfig tunes what replies carry.
type RepliesConfig struct {
	Tracking bool // utm_source / utm_campaign on booking links
}

// StorageConfig is where unanswered questions are recorded.
type StorageConfig struct {
	Path          string
	RetentionDays int
}

// LogConfig configures log/slog.
type LogConfig struct {
	Level  string
	Format string
}

func addConfigFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (default ./config.yaml when present)")
}

func loadConfig(fs *pflag.FlagSet) (Config, error) {
	return Config{
		Discord:  DiscordConfig{APIURL: "https://discord.com/", Cooldown: 3 * time.Second},
		Matching: MatchingConfig{Threshold: 0},
		Replies:  RepliesConfig{Tracking: true},
		Log:      LogConfig{Level: "info", Format: "text"},
	}, nil
}
