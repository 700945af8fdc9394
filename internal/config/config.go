// Package config is synergybot's configuration: every setting, where it can
// come from, and how it is checked. The table `settings` below is the single
// list of keys; defaults, environment variables, flags, the unknown-key
// check and the `synergybot config` report are all driven by it.
//
// Precedence, highest first: flags set on the command line, environment
// variables (SYNERGYBOT_ + the key in capitals with "." as "_"), the config
// file (--config FILE, SYNERGYBOT_CONFIG, or ./config.yaml when present),
// then the defaults. Viper merges the layers (that is its job); this package
// then converts and validates each value itself, so that every error names
// the key and where the bad value came from (file and line, variable or
// flag).
//
// Only cmd/synergybot reads configuration; it hands plain values to the
// packages it wires, which know nothing of this one.
package config

import (
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/agnivade/levenshtein"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"

	"github.com/sclondonmassage/synergybot/knowledge"
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

	// File is the config file that was read, as named on the command line
	// or "config.yaml"; empty when there was none.
	File string

	// sources says where each key's value came from ("--threshold",
	// "SYNERGYBOT_LOG_LEVEL", "config.yaml:12"); keys left at their
	// default are absent.
	sources map[string]string
}

// Source says where key's value came from: a flag ("--threshold"), an
// environment variable ("SYNERGYBOT_LOG_LEVEL"), the config file and line
// ("config.yaml:12"), or "" when it is the default.
func (c Config) Source(key string) string { return c.sources[key] }

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
	// RateLimitBurst replies in a row per member, then one every
	// RateLimitEvery; a burst of -1 turns the limit off.
	RateLimitBurst int
	RateLimitEvery time.Duration
	// Cooldown is the deprecated key the rate limit replaced, kept so that
	// configurations written for it still load: set to 0s, it turns the
	// rate limit off, as it turned the cooldown off.
	Cooldown   time.Duration
	ShardID    int
	ShardCount string // a number, or "auto"
}

// KnowledgeConfig says which knowledge base to serve, and the limits on
// reading its file.
type KnowledgeConfig struct {
	Path  string // empty: the embedded default
	Watch bool
	// MaxBytes is the largest file accepted; a bigger one is refused.
	MaxBytes int
	// ReadTimeout bounds one read of the file; a read that takes longer
	// (a hung network mount) is abandoned and reported.
	ReadTimeout time.Duration
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
	// Path is the SQLite file; empty turns recording off. Its default is
	// DefaultStoragePath.
	Path string
	// URL names a database server instead of a file (a secret: it may
	// hold a password, which `synergybot config` masks).
	URL           string
	RetentionDays int
}

// LogConfig configures log/slog.
type LogConfig struct {
	Level  string // debug, info, warn or error
	Format string // text or json
}

// Handler returns the slog handler the configuration asks for, writing to w.
// The level and format have been validated by Load.
func (c LogConfig) Handler(w io.Writer) slog.Handler {
	var level slog.Level
	_ = level.UnmarshalText([]byte(c.Level)) // validated; info if not
	opts := &slog.HandlerOptions{Level: level}
	if c.Format == "json" {
		return slog.NewJSONHandler(w, opts)
	}
	return slog.NewTextHandler(w, opts)
}

// envPrefix starts every environment variable synergybot reads.
const envPrefix = "SYNERGYBOT"

// defaultConfigFile is read when present and no other file is named.
const defaultConfigFile = "config.yaml"

// setting is one configuration key.
type setting struct {
	key string // "section.name", as in the file
	// def is the default, of the field's Go type.
	def any
	// flag is the command-line flag that sets the key, if any.
	flag  string
	usage string
	// secret values are masked in `synergybot config`; notInFile keys are
	// refused in the config file (they may come from the environment only);
	// deprecated keys are still read but neither printed nor documented as
	// keys of their own.
	secret, notInFile, deprecated bool
	// path values that are relative and come from the file (or are the
	// default) are taken relative to the config file's directory.
	path bool
	// computed keys have a default that depends on the machine (see
	// defaultValue); the example config.yaml may leave them out.
	computed bool
	// field returns a pointer to the key's field in c.
	field func(c *Config) any
}

// settings lists every key, in the order of config.yaml.
var settings = []setting{
	{key: "discord.token", def: "", secret: true, notInFile: true,
		usage: "bot token; from the environment only",
		field: func(c *Config) any { return &c.Discord.Token }},
	{key: "discord.token_file", def: "", path: true,
		usage: "file holding the bot token",
		field: func(c *Config) any { return &c.Discord.TokenFile }},
	{key: "discord.api_url", def: "https://discord.com/", flag: "api-url",
		usage: "base URL of the Discord API",
		field: func(c *Config) any { return &c.Discord.APIURL }},
	{key: "discord.public_key", def: "",
		usage: "application public key (hex), for the interactions endpoint",
		field: func(c *Config) any { return &c.Discord.PublicKey }},
	{key: "discord.guild_id", def: "", flag: "guild-id",
		usage: "the clinic's server: /kb is registered and works only there; empty turns /kb off (public commands are always global)",
		field: func(c *Config) any { return &c.Discord.GuildID }},
	{key: "discord.channels", def: []string{},
		usage: "channel IDs where the bot answers plain messages",
		field: func(c *Config) any { return &c.Discord.Channels }},
	{key: "discord.staff_roles", def: []string{},
		usage: "role IDs allowed to use staff commands",
		field: func(c *Config) any { return &c.Discord.StaffRoles }},
	{key: "discord.staff_channel", def: "",
		usage: "channel ID for staff notices (e.g. a broken knowledge base)",
		field: func(c *Config) any { return &c.Discord.StaffChannel }},
	{key: "discord.message_content", def: false,
		usage: "request the privileged message content intent",
		field: func(c *Config) any { return &c.Discord.MessageContent }},
	{key: "discord.rate_limit_burst", def: 5,
		usage: "replies one member may get in a row before the rate limit; -1 turns it off",
		field: func(c *Config) any { return &c.Discord.RateLimitBurst }},
	{key: "discord.cooldown", def: time.Duration(0), deprecated: true,
		usage: "deprecated, replaced by rate_limit_burst and rate_limit_every: 0s (set) turns the rate limit off, other values are ignored",
		field: func(c *Config) any { return &c.Discord.Cooldown }},
	{key: "discord.rate_limit_every", def: 4 * time.Second,
		usage: "after a burst, one more reply per member every this long",
		field: func(c *Config) any { return &c.Discord.RateLimitEvery }},
	{key: "discord.shard_id", def: 0,
		usage: "this process's shard",
		field: func(c *Config) any { return &c.Discord.ShardID }},
	{key: "discord.shard_count", def: "1",
		usage: `number of shards, or "auto"`,
		field: func(c *Config) any { return &c.Discord.ShardCount }},
	{key: "knowledge.path", def: "", flag: "knowledge", path: true,
		usage: "knowledge base YAML file; empty for the embedded one",
		field: func(c *Config) any { return &c.Knowledge.Path }},
	{key: "knowledge.watch", def: true,
		usage: "reload the knowledge base when its file changes",
		field: func(c *Config) any { return &c.Knowledge.Watch }},
	{key: "knowledge.max_bytes", def: 8 << 20,
		usage: "largest knowledge base file accepted, in bytes",
		field: func(c *Config) any { return &c.Knowledge.MaxBytes }},
	{key: "knowledge.read_timeout", def: 2 * time.Second,
		usage: "longest one read of the knowledge base file may take",
		field: func(c *Config) any { return &c.Knowledge.ReadTimeout }},
	{key: "matching.threshold", def: knowledge.DefaultThreshold, flag: "threshold",
		usage: "confidence needed to answer, above 0 and at most 1",
		field: func(c *Config) any { return &c.Matching.Threshold }},
	{key: "replies.tracking", def: true,
		usage: "add utm parameters to booking links",
		field: func(c *Config) any { return &c.Replies.Tracking }},
	{key: "storage.path", def: "", path: true, computed: true,
		usage: `SQLite file for unanswered questions; "" turns recording off (default: under the user's state directory)`,
		field: func(c *Config) any { return &c.Storage.Path }},
	{key: "storage.url", def: "", secret: true,
		usage: "database server URL for unanswered questions, instead of storage.path",
		field: func(c *Config) any { return &c.Storage.URL }},
	{key: "storage.retention_days", def: 90,
		usage: "days unanswered questions are kept",
		field: func(c *Config) any { return &c.Storage.RetentionDays }},
	{key: "log.level", def: "info", flag: "log-level",
		usage: "log level: debug, info, warn or error",
		field: func(c *Config) any { return &c.Log.Level }},
	{key: "log.format", def: "text", flag: "log-format",
		usage: "log format: text or json",
		field: func(c *Config) any { return &c.Log.Format }},
}

// envName returns the environment variable for key.
func envName(key string) string {
	return envPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// AddFlags adds the flags that select and override configuration to fs:
// --config, plus one flag for each setting that has one. Load reads them
// back from the same flag set.
func AddFlags(fs *pflag.FlagSet) {
	fs.String("config", "", "config file (default ./config.yaml when present; env "+envPrefix+"_CONFIG)")
	for _, s := range settings {
		if s.flag == "" {
			continue
		}
		usage := s.usage + " (" + s.key + ")"
		switch def := s.def.(type) {
		case float64:
			fs.Float64(s.flag, def, usage)
		case string:
			fs.String(s.flag, def, usage)
		default:
			panic(fmt.Sprintf("setting %s: no flag type for %T", s.key, def))
		}
	}
}

// Load merges defaults, the config file, the environment and the flags in
// fs that were set (fs may be nil), and checks the result. The error is an
// *Error listing every problem found, one per line, each naming the key and
// where its value came from; it never contains the token or a password.
func Load(fs *pflag.FlagSet) (Config, error) {
	l := &loader{flags: fs, v: viper.New()}
	return l.load()
}

// loader holds the state of one Load call.
type loader struct {
	flags *pflag.FlagSet
	v     *viper.Viper
	// file is the config file read ("" for none); lines maps the keys it
	// sets to their line.
	file  string
	lines map[string]int
	// problems found so far, and the keys they are about; see problem.
	problems []string
	reported map[string]bool
}

func (l *loader) load() (Config, error) {
	l.v.SetEnvPrefix(envPrefix)
	l.v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	for _, s := range settings {
		l.v.SetDefault(s.key, defaultValue(s))
		// Every key is bound explicitly: viper's AutomaticEnv would miss
		// keys that nothing else mentions.
		if err := l.v.BindEnv(s.key); err != nil {
			return Config{}, fmt.Errorf("config: bind %s: %w", s.key, err)
		}
		if s.flag == "" || l.flags == nil {
			continue
		}
		if f := l.flags.Lookup(s.flag); f != nil {
			// Viper takes a bound flag's value only when it was set.
			if err := l.v.BindPFlag(s.key, f); err != nil {
				return Config{}, fmt.Errorf("config: bind --%s: %w", s.flag, err)
			}
		}
	}

	// Problems in the file are collected with the others, so that one
	// run reports everything; unknown keys are left out of the merge.
	if err := l.readFile(); err != nil {
		return Config{}, err
	}

	cfg := Config{File: l.file, sources: map[string]string{}}
	for _, s := range settings {
		src := l.source(s)
		if src != "" {
			cfg.sources[s.key] = src
		}
		if err := convert(s.field(&cfg), l.v.Get(s.key)); err != nil {
			l.problem(s.key, err.Error())
			continue
		}
		if s.path && (src == "" || strings.HasPrefix(src, l.file+":")) {
			l.relativeToFile(s.field(&cfg).(*string))
		}
	}
	l.readToken(&cfg.Discord)
	l.validate(&cfg)
	if len(l.problems) > 0 {
		return Config{}, l.err(cfg.Discord.Token, cfg.Storage.URL)
	}
	return cfg, nil
}

// defaultValue is s's default; for a computed key, the value for this
// machine and user.
func defaultValue(s setting) any {
	if s.key == "storage.path" {
		return DefaultStoragePath()
	}
	return s.def
}

// DefaultStoragePath is where unanswered questions are recorded when
// storage.path is not set: synergybot/synergybot.db under the user's state
// directory ($XDG_STATE_HOME, else ~/.local/state), so that no command
// leaves a database in whatever directory it was run from. It is "" (no
// recording) when neither is known.
func DefaultStoragePath() string {
	dir := os.Getenv("XDG_STATE_HOME")
	if !filepath.IsAbs(dir) { // the XDG spec says to ignore relative ones
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return ""
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "synergybot", "synergybot.db")
}

// readFile finds the config file, checks its keys and merges it into viper.
// A missing ./config.yaml is fine; a missing named file is an error.
func (l *loader) readFile() error {
	name, named := "", false
	if l.flags != nil {
		if f := l.flags.Lookup("config"); f != nil && f.Changed {
			name, named = f.Value.String(), true
		}
	}
	if !named {
		if env := os.Getenv(envPrefix + "_CONFIG"); env != "" {
			name, named = env, true
		}
	}
	if !named {
		name = defaultConfigFile
	}
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) && !named {
		return nil
	}
	if err != nil {
		return fmt.Errorf("config: %w", err)
	}
	l.file = name
	m := l.parseFile(data)
	return l.v.MergeConfigMap(m)
}

// parseFile reads the YAML config file into the nested map viper merges,
// recording each key's line and reporting unknown, duplicate and refused
// keys. Null values are left out, so that their default applies.
func (l *loader) parseFile(data []byte) map[string]any {
	l.lines = map[string]int{}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		l.problems = append(l.problems, fmt.Sprintf("%s: %v", l.file, err))
		return nil
	}
	if len(doc.Content) == 0 {
		return nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		l.problems = append(l.problems, fmt.Sprintf("%s:%d: the file must be a mapping of sections (discord:, knowledge:, ...)", l.file, root.Line))
		return nil
	}
	out := map[string]any{}
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		section := k.Value
		at := fmt.Sprintf("%s:%d", l.file, k.Line)
		switch {
		case seen[section]:
			l.problems = append(l.problems, fmt.Sprintf("%s: %s appears twice; merge the two", at, section))
			continue
		case !isSection(section):
			l.problems = append(l.problems, fmt.Sprintf("%s: unknown key %q%s", at, section, suggest(section)))
			continue
		}
		seen[section] = true
		if v.Tag == "!!null" {
			continue
		}
		if v.Kind != yaml.MappingNode {
			l.problems = append(l.problems, fmt.Sprintf("%s: %s: must hold settings indented below it, like \"  name: value\"", at, section))
			continue
		}
		values := map[string]any{}
		for j := 0; j+1 < len(v.Content); j += 2 {
			kk, vv := v.Content[j], v.Content[j+1]
			key := section + "." + kk.Value
			at := fmt.Sprintf("%s:%d", l.file, kk.Line)
			s, known := lookupSetting(key)
			switch {
			case seen[key]:
				l.problems = append(l.problems, fmt.Sprintf("%s: %s appears twice; keep one", at, key))
				continue
			case !known:
				l.problems = append(l.problems, fmt.Sprintf("%s: unknown key %q%s", at, key, suggest(key)))
				continue
			case s.notInFile:
				// Never echo the value: it is the token.
				l.problems = append(l.problems, fmt.Sprintf("%s: %s: the token must not be written in a config file; set %s or put it alone in a file named by discord.token_file",
					at, key, envName(key)))
				continue
			}
			seen[key] = true
			if vv.Tag == "!!null" {
				continue
			}
			var value any
			if err := vv.Decode(&value); err != nil {
				l.problems = append(l.problems, fmt.Sprintf("%s: %s: %v", at, key, err))
				continue
			}
			values[kk.Value] = value
			l.lines[key] = kk.Line
		}
		out[section] = values
	}
	return out
}

// isSection reports whether name is a top-level section of the file.
func isSection(name string) bool {
	for _, s := range settings {
		if strings.HasPrefix(s.key, name+".") {
			return true
		}
	}
	return false
}

func lookupSetting(key string) (setting, bool) {
	for _, s := range settings {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}

// suggest returns " (did you mean KEY?)" for the known key or section
// closest to an unknown one, or "" when none is close.
func suggest(unknown string) string {
	var candidates []string
	for _, s := range settings {
		if s.notInFile {
			continue
		}
		candidates = append(candidates, s.key)
		if section, _, _ := strings.Cut(s.key, "."); !slices.Contains(candidates, section) {
			candidates = append(candidates, section)
		}
	}
	// The right name in the wrong section: discord.threshold.
	if _, name, ok := strings.Cut(unknown, "."); ok {
		for _, c := range candidates {
			if strings.HasSuffix(c, "."+name) {
				return " (did you mean " + c + "?)"
			}
		}
	}
	best, bestDist := "", 4 // at most 3 edits away
	for _, c := range candidates {
		if strings.Count(c, ".") != strings.Count(unknown, ".") {
			continue
		}
		if d := levenshtein.ComputeDistance(strings.ToLower(unknown), c); d < bestDist {
			best, bestDist = c, d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + best + "?)"
}

// source returns where viper took key's value from, following viper's own
// precedence: "--flag", the environment variable's name, "FILE:LINE", or ""
// for the default.
func (l *loader) source(s setting) string {
	if s.flag != "" && l.flags != nil {
		if f := l.flags.Lookup(s.flag); f != nil && f.Changed {
			return "--" + s.flag
		}
	}
	if v, ok := os.LookupEnv(envName(s.key)); ok && v != "" { // viper skips empty ones
		return envName(s.key)
	}
	if line, ok := l.lines[s.key]; ok {
		return fmt.Sprintf("%s:%d", l.file, line)
	}
	return ""
}

// problem records what is wrong with key's value, prefixed with where the
// value came from.
func (l *loader) problem(key, msg string) {
	// One problem per key: a value that did not parse is not also reported
	// as out of range.
	if l.reported[key] {
		return
	}
	if l.reported == nil {
		l.reported = map[string]bool{}
	}
	l.reported[key] = true
	s, _ := lookupSetting(key)
	p := key + ": " + msg
	if src := l.source(s); src != "" {
		p = src + ": " + p
	}
	l.problems = append(l.problems, p)
}

// err returns the problems as one error, with every occurrence of the token
// and of the storage URL's password masked, in case they were given as some
// other key's value.
func (l *loader) err(token, storageURL string) error {
	problems := slices.Clone(l.problems)
	secrets := map[string]string{}
	if len(token) >= 8 {
		secrets[token] = "***"
	}
	if pw := storagePassword(storageURL); pw != "" {
		secrets[pw] = "xxxxx"
	}
	for i := range problems {
		for secret, mask := range secrets {
			problems[i] = strings.ReplaceAll(problems[i], secret, mask)
		}
	}
	return &Error{Problems: problems}
}

// Error is what Load returns for an invalid configuration: every problem
// found, each naming where the value came from and the key. Callers that
// want the problems one by one use errors.As.
type Error struct {
	// Problems are the messages, one per problem, in the order found.
	Problems []string
}

// Error lists the problems, one per line after the first.
func (e *Error) Error() string {
	if len(e.Problems) == 1 {
		return "config: " + e.Problems[0]
	}
	return fmt.Sprintf("config: %d problems:\n  %s", len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// relativeToFile makes a relative path from the config file relative to the
// file's directory, so that the file means the same wherever it is run from.
func (l *loader) relativeToFile(p *string) {
	if l.file == "" || *p == "" || filepath.IsAbs(*p) {
		return
	}
	*p = filepath.Join(filepath.Dir(l.file), *p)
}

// readToken reads the token from discord.token_file when the environment
// did not give one. The token from the environment wins.
func (l *loader) readToken(d *DiscordConfig) {
	d.Token = strings.TrimSpace(d.Token)
	if d.Token != "" || d.TokenFile == "" {
		return
	}
	data, err := os.ReadFile(d.TokenFile)
	if err != nil {
		l.problem("discord.token_file", err.Error())
		return
	}
	d.Token = strings.TrimSpace(string(data))
	if d.Token == "" {
		l.problem("discord.token_file", fmt.Sprintf("%s is empty; put the bot token in it", d.TokenFile))
	}
}

// validate checks values that have the right type but may be out of range.
func (l *loader) validate(c *Config) {
	d := &c.Discord
	if strings.ContainsAny(d.Token, " \t\r\n") {
		l.problem("discord.token", `contains spaces; give the token alone, without "Bot "`)
	}
	if u, err := url.Parse(d.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		l.problem("discord.api_url", fmt.Sprintf("%q is not an absolute http(s) URL (like https://discord.com/)", d.APIURL))
	}
	if d.PublicKey != "" {
		if b, err := hex.DecodeString(d.PublicKey); err != nil || len(b) != 32 {
			l.problem("discord.public_key", "must be the 64 hex digits shown as PUBLIC KEY in the Discord developer portal")
		}
	}
	l.checkID("discord.guild_id", d.GuildID)
	l.checkID("discord.staff_channel", d.StaffChannel)
	for i, id := range d.Channels {
		l.checkID(fmt.Sprintf("discord.channels[%d]", i+1), id)
	}
	for i, id := range d.StaffRoles {
		l.checkID(fmt.Sprintf("discord.staff_roles[%d]", i+1), id)
	}
	if d.RateLimitBurst == 0 || d.RateLimitBurst < -1 {
		l.problem("discord.rate_limit_burst", fmt.Sprintf("%d is not a number of replies; use 1 or more, like 5, or -1 to turn the limit off", d.RateLimitBurst))
	}
	if s, _ := lookupSetting("discord.cooldown"); l.source(s) != "" && d.Cooldown == 0 {
		d.RateLimitBurst = -1
	}
	if d.RateLimitEvery <= 0 {
		l.problem("discord.rate_limit_every", fmt.Sprintf("%s is not a positive duration, like 4s", d.RateLimitEvery))
	}
	if d.ShardID < 0 {
		l.problem("discord.shard_id", fmt.Sprintf("%d is negative", d.ShardID))
	}
	if d.ShardCount != "auto" {
		n, err := strconv.Atoi(d.ShardCount)
		switch {
		case err != nil || n < 1:
			l.problem("discord.shard_count", fmt.Sprintf("%q is not a number of shards (1 or more) or \"auto\"", d.ShardCount))
		case d.ShardID >= n:
			l.problem("discord.shard_id", fmt.Sprintf("%d is not below discord.shard_count (%d); shards count from 0", d.ShardID, n))
		}
	}

	if t := c.Matching.Threshold; math.IsNaN(t) || t <= 0 || t > 1 {
		l.problem("matching.threshold", fmt.Sprintf("%v is out of range; use a number above 0 and at most 1, like %v", t, knowledge.DefaultThreshold))
	}
	if c.Knowledge.MaxBytes < 1 {
		l.problem("knowledge.max_bytes", fmt.Sprintf("%d is not a size in bytes (1 or more, like %d for 8 MiB)", c.Knowledge.MaxBytes, 8<<20))
	}
	if c.Knowledge.ReadTimeout <= 0 {
		l.problem("knowledge.read_timeout", fmt.Sprintf("%s is not a positive duration, like 2s", c.Knowledge.ReadTimeout))
	}
	if c.Storage.URL != "" {
		if _, ok := parseKeywordDSN(c.Storage.URL); !ok && !isPostgresURL(c.Storage.URL) {
			l.problem("storage.url", "is neither a postgres:// URL nor a keyword/value connection string; write postgres://user@host:5432/dbname or host=host dbname=dbname user=user, or leave it empty to use the SQLite file storage.path")
		}
	}
	if c.Storage.RetentionDays < 1 {
		l.problem("storage.retention_days", fmt.Sprintf("%d is not a number of days (1 or more)", c.Storage.RetentionDays))
	}
	c.Log.Level = strings.ToLower(c.Log.Level)
	if !slices.Contains([]string{"debug", "info", "warn", "error"}, c.Log.Level) {
		l.problem("log.level", fmt.Sprintf("%q is not a level; use debug, info, warn or error", c.Log.Level))
	}
	c.Log.Format = strings.ToLower(c.Log.Format)
	if !slices.Contains([]string{"text", "json"}, c.Log.Format) {
		l.problem("log.format", fmt.Sprintf("%q is not a format; use text or json", c.Log.Format))
	}
}

// checkID reports id unless it is empty or a Discord ID (a snowflake: only
// digits). key may carry a list position ("discord.channels[2]").
func (l *loader) checkID(key, id string) {
	if id == "" {
		return
	}
	if _, err := strconv.ParseUint(id, 10, 64); err != nil {
		base, _, _ := strings.Cut(key, "[")
		s, _ := lookupSetting(base)
		p := fmt.Sprintf("%s: %q is not a Discord ID (turn on Developer Mode in Discord, then right-click it and Copy ID)", key, id)
		if src := l.source(s); src != "" {
			p = src + ": " + p
		}
		l.problems = append(l.problems, p)
	}
}

// convert stores raw, a value as viper returns it from any layer (a YAML
// value, an environment string, a flag's value or a default), into dst,
// a pointer to a Config field. Its errors quote the value but not the key.
func convert(dst, raw any) error {
	switch p := dst.(type) {
	case *string:
		s, err := toString(raw)
		*p = s
		return err
	case *bool:
		switch v := raw.(type) {
		case bool:
			*p = v
			return nil
		case string:
			switch strings.ToLower(strings.TrimSpace(v)) {
			case "true", "yes", "on", "1":
				*p = true
				return nil
			case "false", "no", "off", "0":
				*p = false
				return nil
			}
		}
		return fmt.Errorf("%s is not true or false", show(raw))
	case *int:
		switch v := raw.(type) {
		case int:
			*p = v
			return nil
		case float64:
			if v == math.Trunc(v) && math.Abs(v) < math.MaxInt32 {
				*p = int(v)
				return nil
			}
		case string:
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
				*p = n
				return nil
			}
		}
		return fmt.Errorf("%s is not a whole number", show(raw))
	case *float64:
		switch v := raw.(type) {
		case float64:
			*p = v
			return nil
		case int:
			*p = float64(v)
			return nil
		case string:
			if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
				*p = f
				return nil
			}
		}
		return fmt.Errorf("%s is not a number", show(raw))
	case *time.Duration:
		switch v := raw.(type) {
		case time.Duration:
			*p = v
			return nil
		case string:
			if d, err := time.ParseDuration(strings.TrimSpace(v)); err == nil {
				*p = d
				return nil
			}
		}
		return fmt.Errorf("%s is not a duration (write it with a unit, like 3s, 500ms or 1m)", show(raw))
	case *[]string:
		list, err := toList(raw)
		*p = list
		return err
	}
	panic(fmt.Sprintf("convert: unsupported field type %T", dst))
}

// toString accepts text, and numbers (IDs written without quotes).
func toString(raw any) (string, error) {
	switch v := raw.(type) {
	case string:
		return strings.TrimSpace(v), nil
	case int:
		return strconv.Itoa(v), nil
	case uint64:
		return strconv.FormatUint(v, 10), nil
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), nil
	case []any, []string, map[string]any:
		return "", fmt.Errorf("%s is a list or a mapping; give a single value", show(raw))
	}
	return "", fmt.Errorf("%s is not text", show(raw))
}

// toList accepts a YAML list, a flag's list, or a comma-separated string
// (from the environment). Blank items are dropped.
func toList(raw any) ([]string, error) {
	var items []string
	switch v := raw.(type) {
	case []string:
		items = v
	case string:
		items = strings.Split(v, ",")
	case []any:
		for i, item := range v {
			s, err := toString(item)
			if err != nil {
				return nil, fmt.Errorf("item %d: %w", i+1, err)
			}
			items = append(items, s)
		}
	case int, uint64:
		s, _ := toString(v)
		items = []string{s}
	default:
		return nil, fmt.Errorf("%s is not a list", show(raw))
	}
	out := []string{}
	for _, s := range items {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out, nil
}

// show formats a value for an error message.
func show(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}
