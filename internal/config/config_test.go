package config

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
	"go.yaml.in/yaml/v3"
)

// configCase is one way of running Load: a config.yaml in the working
// directory (when file is not empty), other files there, environment
// variables and flags.
type configCase struct {
	file  string
	files map[string]string // name: content
	env   map[string]string
	flags []string
}

// loadIn runs Load for c in a fresh temporary working directory, with
// every SYNERGYBOT_ variable cleared first, and returns the directory too.
func loadIn(t *testing.T, c configCase) (Config, string, error) {
	t.Helper()
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv(envPrefix+"_CONFIG", "")
	t.Setenv("XDG_STATE_HOME", filepath.Join(dir, "state"))
	for _, s := range settings {
		t.Setenv(envName(s.key), "") // empty counts as unset
	}
	for k, v := range c.env {
		t.Setenv(k, v)
	}
	if c.file != "" {
		if err := os.WriteFile(defaultConfigFile, []byte(c.file), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for name, content := range c.files {
		if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	fs := pflag.NewFlagSet("synergybot", pflag.ContinueOnError)
	AddFlags(fs)
	if err := fs.Parse(c.flags); err != nil {
		t.Fatalf("flags %v: %v", c.flags, err)
	}
	cfg, err := Load(fs)
	return cfg, dir, err
}

func load(t *testing.T, c configCase) (Config, error) {
	t.Helper()
	cfg, _, err := loadIn(t, c)
	return cfg, err
}

// defaultConfig is what Load returns with no file, variable or flag.
func defaultConfig() Config {
	return Config{
		Discord: DiscordConfig{
			APIURL:         "https://discord.com/",
			Channels:       []string{},
			StaffRoles:     []string{},
			RateLimitBurst: 5,
			RateLimitEvery: 4 * time.Second,
			ShardCount:     "1",
		},
		Knowledge: KnowledgeConfig{Watch: true, MaxBytes: 8 << 20, ReadTimeout: 2 * time.Second},
		Matching:  MatchingConfig{Threshold: 0.5},
		Replies:   RepliesConfig{Tracking: true},
		Storage:   StorageConfig{Path: DefaultStoragePath(), RetentionDays: 90},
		Log:       LogConfig{Level: "info", Format: "text"},
	}
}

// withoutMeta drops what Load adds besides the settings.
func withoutMeta(c Config) Config {
	c.File, c.sources = "", nil
	return c
}

func TestConfigDefaults(t *testing.T) {
	cfg, err := load(t, configCase{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := withoutMeta(cfg), defaultConfig(); !reflect.DeepEqual(got, want) {
		t.Errorf("defaults:\ngot  %+v\nwant %+v", got, want)
	}
	if cfg.File != "" || len(cfg.sources) != 0 {
		t.Errorf("File = %q, sources = %v; want none without a file", cfg.File, cfg.sources)
	}
}

func TestConfigPrecedence(t *testing.T) {
	const file = "matching:\n  threshold: 0.6\nknowledge:\n  path: /file/kb.yaml\nlog:\n  level: warn\n"
	env := map[string]string{
		"SYNERGYBOT_MATCHING_THRESHOLD": "0.7",
		"SYNERGYBOT_KNOWLEDGE_PATH":     "/env/kb.yaml",
	}
	tests := []struct {
		name          string
		c             configCase
		wantThreshold float64
		wantPath      string
		wantLevel     string
		wantSource    string // of matching.threshold
	}{
		{"default", configCase{}, 0.5, "", "info", ""},
		{"file over default", configCase{file: file}, 0.6, "/file/kb.yaml", "warn", "config.yaml:2"},
		{"env over file", configCase{file: file, env: env}, 0.7, "/env/kb.yaml", "warn", "SYNERGYBOT_MATCHING_THRESHOLD"},
		{"flag over env", configCase{file: file, env: env, flags: []string{"--threshold", "0.8", "--knowledge", "/flag/kb.yaml", "--log-level", "debug"}},
			0.8, "/flag/kb.yaml", "debug", "--threshold"},
		{"flag not given leaves env", configCase{file: file, env: env, flags: []string{"--log-level", "error"}}, 0.7, "/env/kb.yaml", "error", "SYNERGYBOT_MATCHING_THRESHOLD"},
		{"flag over default", configCase{flags: []string{"--threshold=0.9"}}, 0.9, "", "info", "--threshold"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Matching.Threshold != tt.wantThreshold || cfg.Knowledge.Path != tt.wantPath || cfg.Log.Level != tt.wantLevel {
				t.Errorf("threshold, path, level = %v, %q, %q; want %v, %q, %q",
					cfg.Matching.Threshold, cfg.Knowledge.Path, cfg.Log.Level, tt.wantThreshold, tt.wantPath, tt.wantLevel)
			}
			if got := cfg.sources["matching.threshold"]; got != tt.wantSource {
				t.Errorf("source of matching.threshold = %q, want %q", got, tt.wantSource)
			}
		})
	}
}

func TestConfigValues(t *testing.T) {
	tests := []struct {
		name  string
		c     configCase
		check func(c Config) (got, want any)
	}{
		{"env lists are comma-separated", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_STAFF_ROLES": " 111, 222,,333 "}},
			func(c Config) (any, any) { return c.Discord.StaffRoles, []string{"111", "222", "333"} }},
		{"env list replaces the file's", configCase{file: "discord:\n  channels: [\"1\", \"2\"]\n", env: map[string]string{"SYNERGYBOT_DISCORD_CHANNELS": "3"}},
			func(c Config) (any, any) { return c.Discord.Channels, []string{"3"} }},
		{"file lists, IDs without quotes", configCase{file: "discord:\n  channels:\n    - 123456789012345678\n    - \"223456789012345678\"\n"},
			func(c Config) (any, any) {
				return c.Discord.Channels, []string{"123456789012345678", "223456789012345678"}
			}},
		{"numeric guild id", configCase{file: "discord:\n  guild_id: 123456789012345678\n"},
			func(c Config) (any, any) { return c.Discord.GuildID, "123456789012345678" }},
		{"env bool", configCase{env: map[string]string{"SYNERGYBOT_REPLIES_TRACKING": "no", "SYNERGYBOT_DISCORD_MESSAGE_CONTENT": "true"}},
			func(c Config) (any, any) {
				return [2]bool{c.Replies.Tracking, c.Discord.MessageContent}, [2]bool{false, true}
			}},
		{"env duration", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_RATE_LIMIT_EVERY": "1m30s"}},
			func(c Config) (any, any) { return c.Discord.RateLimitEvery, 90 * time.Second }},
		{"env int", configCase{env: map[string]string{"SYNERGYBOT_STORAGE_RETENTION_DAYS": "30"}},
			func(c Config) (any, any) { return c.Storage.RetentionDays, 30 }},
		{"shard count auto", configCase{file: "discord:\n  shard_count: auto\n  shard_id: 3\n"},
			func(c Config) (any, any) { return c.Discord.ShardCount + "/" + "3", "auto/3" }},
		{"shard count number", configCase{file: "discord:\n  shard_count: 4\n"},
			func(c Config) (any, any) { return c.Discord.ShardCount, "4" }},
		{"api url flag", configCase{flags: []string{"--api-url", "http://127.0.0.1:8080/"}},
			func(c Config) (any, any) { return c.Discord.APIURL, "http://127.0.0.1:8080/" }},
		{"guild id flag", configCase{flags: []string{"--guild-id", "42"}},
			func(c Config) (any, any) { return c.Discord.GuildID, "42" }},
		{"log format flag, any case", configCase{flags: []string{"--log-format", "JSON"}},
			func(c Config) (any, any) { return c.Log.Format, "json" }},
		{"null value keeps the default", configCase{file: "discord:\n  rate_limit_every:\nlog:\n"},
			func(c Config) (any, any) { return c.Discord.RateLimitEvery, 4 * time.Second }},
		{"empty file", configCase{file: "# nothing yet\n"},
			func(c Config) (any, any) { return withoutMeta(c), defaultConfig() }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := tt.check(cfg); !reflect.DeepEqual(got, want) {
				t.Errorf("got %#v, want %#v", got, want)
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		c    configCase
		want []string // substrings of the error
	}{
		{"misspelt key", configCase{file: "discord:\n  api_url: https://discord.com/\n  chanels: [\"1\"]\n"},
			[]string{`config.yaml:3: unknown key "discord.chanels" (did you mean discord.channels?)`}},
		{"key in the wrong section", configCase{file: "discord:\n  threshold: 0.7\n"},
			[]string{`config.yaml:2: unknown key "discord.threshold" (did you mean matching.threshold?)`}},
		{"misspelt section", configCase{file: "loging:\n  level: info\n"},
			[]string{`config.yaml:1: unknown key "loging" (did you mean log?)`}},
		{"unknown key far from any", configCase{file: "discord:\n  favourite_colour: blue\n"},
			[]string{`config.yaml:2: unknown key "discord.favourite_colour"`}},
		{"duration", configCase{file: "discord:\n  rate_limit_every: abc\n"},
			[]string{`config.yaml:2: discord.rate_limit_every: "abc" is not a duration`}},
		{"duration without unit", configCase{file: "discord:\n  rate_limit_every: 3\n"},
			[]string{`config.yaml:2: discord.rate_limit_every: 3 is not a duration`}},
		{"bool", configCase{file: "discord:\n  message_content: maybe\n"},
			[]string{`config.yaml:2: discord.message_content: "maybe" is not true or false`}},
		{"int", configCase{file: "storage:\n  retention_days: 1.5\n"},
			[]string{`config.yaml:2: storage.retention_days: 1.5 is not a whole number`}},
		{"list given a mapping", configCase{file: "discord:\n  channels:\n    general: 1\n"},
			[]string{`config.yaml:2: discord.channels: map[general:1] is not a list`}},
		{"text given a list", configCase{file: "log:\n  level: [info]\n"},
			[]string{`config.yaml:2: log.level: [info] is a list or a mapping`}},
		{"env number", configCase{env: map[string]string{"SYNERGYBOT_MATCHING_THRESHOLD": "abc"}},
			[]string{`SYNERGYBOT_MATCHING_THRESHOLD: matching.threshold: "abc" is not a number`}},
		{"threshold range from a flag", configCase{flags: []string{"--threshold", "0"}},
			[]string{`--threshold: matching.threshold: 0 is out of range`}},
		{"threshold above 1", configCase{file: "matching:\n  threshold: 1.5\n"},
			[]string{`config.yaml:2: matching.threshold: 1.5 is out of range`}},
		{"log level and format", configCase{flags: []string{"--log-level", "loud"}, env: map[string]string{"SYNERGYBOT_LOG_FORMAT": "xml"}},
			[]string{"2 problems", `--log-level: log.level: "loud" is not a level`, `SYNERGYBOT_LOG_FORMAT: log.format: "xml" is not a format`}},
		{"api url not absolute", configCase{flags: []string{"--api-url", "discord.com"}},
			[]string{`--api-url: discord.api_url: "discord.com" is not an absolute http(s) URL`}},
		{"api url not http", configCase{file: "discord:\n  api_url: ftp://discord.com/\n"},
			[]string{`config.yaml:2: discord.api_url: "ftp://discord.com/" is not an absolute http(s) URL`}},
		{"shard count", configCase{file: "discord:\n  shard_count: two\n"},
			[]string{`discord.shard_count: "two" is not a number of shards`}},
		{"shard id too high", configCase{file: "discord:\n  shard_id: 2\n  shard_count: 2\n"},
			[]string{`config.yaml:2: discord.shard_id: 2 is not below discord.shard_count (2)`}},
		{"guild id", configCase{flags: []string{"--guild-id", "my server"}},
			[]string{`--guild-id: discord.guild_id: "my server" is not a Discord ID`}},
		{"channel id in a list", configCase{file: "discord:\n  channels: [\"1\", general]\n"},
			[]string{`config.yaml:2: discord.channels[2]: "general" is not a Discord ID`}},
		{"public key", configCase{file: "discord:\n  public_key: abc\n"},
			[]string{`discord.public_key: must be the 64 hex digits`}},
		{"retention", configCase{file: "storage:\n  retention_days: 0\n"},
			[]string{`storage.retention_days: 0 is not a number of days`}},
		{"duplicate key", configCase{file: "log:\n  level: info\n  level: debug\n"},
			[]string{`config.yaml:3: log.level appears twice`}},
		{"section not a mapping", configCase{file: "discord: yes\n"},
			[]string{`config.yaml:1: discord: must hold settings indented below it`}},
		{"yaml syntax", configCase{file: "discord:\n  api_url: [\n"},
			[]string{`config.yaml: yaml: line`}},
		{"missing named config file", configCase{flags: []string{"--config", "missing.yaml"}},
			[]string{`missing.yaml`, `no such file`}},
		{"token in the file", configCase{file: "discord:\n  token: abc.def.ghi\n"},
			[]string{`config.yaml:2: discord.token: the token must not be written in a config file; set SYNERGYBOT_DISCORD_TOKEN or put it alone in a file named by discord.token_file`}},
		{"missing token file", configCase{file: "discord:\n  token_file: secret/token\n"},
			[]string{`config.yaml:2: discord.token_file: open secret/token: no such file`}},
		{"every problem at once", configCase{file: "discord:\n  chanels: []\n  rate_limit_every: x\nmatching:\n  threshold: 2\n"},
			[]string{"3 problems", "discord.chanels", "discord.rate_limit_every", "matching.threshold"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.c)
			if err == nil {
				t.Fatalf("Load succeeded, want an error containing %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not contain %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestConfigToken(t *testing.T) {
	const token = "MTAxNTk2.GhIjKl.secret-token-value"
	tests := []struct {
		name string
		c    configCase
		want string
	}{
		{"from the environment", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token}}, token},
		{"from token_file, trimmed", configCase{file: "discord:\n  token_file: token\n", files: map[string]string{"token": "  " + token + "\n"}}, token},
		{"token_file from the environment", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN_FILE": "token"}, files: map[string]string{"token": token}}, token},
		{"environment wins over token_file", configCase{file: "discord:\n  token_file: token\n", env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token}, files: map[string]string{"token": "other"}}, token},
		{"none", configCase{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Discord.Token != tt.want {
				t.Errorf("token = %q, want %q", cfg.Discord.Token, tt.want)
			}
		})
	}

	t.Run("empty token file", func(t *testing.T) {
		_, err := load(t, configCase{file: "discord:\n  token_file: token\n", files: map[string]string{"token": " \n"}})
		if err == nil || !strings.Contains(err.Error(), "config.yaml:2: discord.token_file: token is empty") {
			t.Errorf("err = %v, want one saying the token file is empty", err)
		}
	})
}

// TestConfigTokenNeverShown checks that the token appears neither in the
// output of `synergybot config` nor in any error.
func TestConfigTokenNeverShown(t *testing.T) {
	const token = "MTAxNTk2.GhIjKl.secret-token-value"
	withToken := map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token}

	t.Run("config output", func(t *testing.T) {
		cfg, err := load(t, configCase{env: withToken})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := WriteYAML(&out, cfg); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), token) || strings.Contains(out.String(), "secret-token") {
			t.Errorf("config output shows the token:\n%s", out.String())
		}
		if !strings.Contains(out.String(), `token: '***' # from SYNERGYBOT_DISCORD_TOKEN`) {
			t.Errorf("config output does not show the token as set and masked:\n%s", out.String())
		}
	})

	t.Run("config output without token", func(t *testing.T) {
		cfg, err := load(t, configCase{})
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := WriteYAML(&out, cfg); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "token: (not set)") {
			t.Errorf("config output does not say the token is not set:\n%s", out.String())
		}
	})

	errorCases := []struct {
		name string
		c    configCase
	}{
		{"token given as another key's value", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token, "SYNERGYBOT_DISCORD_RATE_LIMIT_EVERY": token}}},
		{"token with a space", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN": "Bot " + token}}},
		{"token in the file", configCase{file: "discord:\n  token: " + token + "\n"}},
		{"token in the file under a wrong name", configCase{file: "discord:\n  tokn: " + token + "\n"}},
	}
	for _, tt := range errorCases {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.c)
			if err == nil {
				t.Fatal("Load succeeded, want an error")
			}
			if strings.Contains(err.Error(), "secret-token") {
				t.Errorf("error shows the token:\n%v", err)
			}
		})
	}
}

func TestConfigRelativePaths(t *testing.T) {
	dir := t.TempDir()
	confDir := filepath.Join(dir, "conf")
	if err := os.Mkdir(confDir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(confDir, "bot.yaml")
	if err := os.WriteFile(file, []byte("knowledge:\n  path: kb.yaml\nstorage:\n  path: bot.db\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                string
		c                   configCase
		wantKB, wantStorage string
	}{
		{"from the file: next to the file", configCase{flags: []string{"--config", file}},
			filepath.Join(confDir, "kb.yaml"), filepath.Join(confDir, "bot.db")},
		{"from a flag: from the working directory", configCase{flags: []string{"--config", file, "--knowledge", "other.yaml"}},
			"other.yaml", filepath.Join(confDir, "bot.db")},
		{"from the environment: from the working directory", configCase{env: map[string]string{"SYNERGYBOT_CONFIG": file, "SYNERGYBOT_STORAGE_PATH": "data/bot.db"}},
			filepath.Join(confDir, "kb.yaml"), "data/bot.db"},
		{"absolute paths unchanged", configCase{env: map[string]string{"SYNERGYBOT_CONFIG": file, "SYNERGYBOT_KNOWLEDGE_PATH": "/srv/kb.yaml"}},
			"/srv/kb.yaml", filepath.Join(confDir, "bot.db")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Knowledge.Path != tt.wantKB || cfg.Storage.Path != tt.wantStorage {
				t.Errorf("knowledge.path, storage.path = %q, %q; want %q, %q", cfg.Knowledge.Path, cfg.Storage.Path, tt.wantKB, tt.wantStorage)
			}
			if cfg.File != file {
				t.Errorf("File = %q, want %q", cfg.File, file)
			}
		})
	}
}

// TestConfigExampleFile checks that the top-level config.yaml names every
// setting (except the token) with its default value.
func TestConfigExampleFile(t *testing.T) {
	example, err := filepath.Abs("../../config.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := load(t, configCase{flags: []string{"--config", example}})
	if err != nil {
		t.Fatalf("config.yaml does not load: %v", err)
	}
	want := defaultConfig()
	if got := withoutMeta(cfg); !reflect.DeepEqual(got, want) {
		t.Errorf("config.yaml does not hold the defaults:\ngot  %+v\nwant %+v", got, want)
	}
	for _, s := range settings {
		if s.notInFile || s.computed || s.deprecated {
			continue
		}
		if !strings.HasPrefix(cfg.sources[s.key], example+":") {
			t.Errorf("config.yaml does not set %s", s.key)
		}
	}
}

// TestConfigOutputRoundTrip checks that `synergybot config` prints valid
// YAML that, read back as a config file, gives the same configuration.
func TestConfigOutputRoundTrip(t *testing.T) {
	cfg, err := load(t, configCase{
		file: "discord:\n  channels: [\"1\", \"2\"]\n  rate_limit_every: 1m\n  guild_id: 42\nknowledge:\n  path: /srv/kb.yaml\n  watch: false\n",
		env:  map[string]string{"SYNERGYBOT_MATCHING_THRESHOLD": "0.65", "SYNERGYBOT_DISCORD_TOKEN": "abcdefgh.ijkl"},
	})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteYAML(&out, cfg); err != nil {
		t.Fatal(err)
	}
	var doc map[string]map[string]any
	if err := yaml.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("output is not YAML: %v\n%s", err, out.String())
	}
	if got := out.String(); !strings.Contains(got, "threshold: 0.65 # from SYNERGYBOT_MATCHING_THRESHOLD") ||
		!strings.Contains(got, "rate_limit_every: 1m0s # from config.yaml:3") {
		t.Errorf("output does not say where values come from:\n%s", got)
	}

	// Read the output back, without the token line (refused in files).
	var lines []string
	for _, line := range strings.Split(out.String(), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "token:") {
			lines = append(lines, line)
		}
	}
	again, err := load(t, configCase{file: strings.Join(lines, "\n")})
	if err != nil {
		t.Fatalf("output does not load as a config file: %v\n%s", err, out.String())
	}
	want := withoutMeta(cfg)
	want.Discord.Token = ""
	if got := withoutMeta(again); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\ngot  %+v\nwant %+v", got, want)
	}
}

// TestConfigStorageURLMasked checks that the password of storage.url never
// shows, in the YAML or JSON report or in an error, while the rest of the
// URL does.
func TestConfigStorageURLMasked(t *testing.T) {
	const u = "postgres://bot:s3cret-pw@db.internal:5432/synergy"
	cfg, err := load(t, configCase{env: map[string]string{"SYNERGYBOT_STORAGE_URL": u}})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Storage.URL != u {
		t.Fatalf("storage.url = %q, want %q", cfg.Storage.URL, u)
	}
	var y, j bytes.Buffer
	if err := WriteYAML(&y, cfg); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&j, cfg); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"yaml": y.String(), "json": j.String()} {
		if strings.Contains(out, "s3cret-pw") {
			t.Errorf("%s report shows the password:\n%s", name, out)
		}
		if !strings.Contains(out, "postgres://bot:xxxxx@db.internal:5432/synergy") {
			t.Errorf("%s report does not show the URL with its password masked:\n%s", name, out)
		}
	}
	_, err = load(t, configCase{env: map[string]string{"SYNERGYBOT_STORAGE_URL": u, "SYNERGYBOT_LOG_LEVEL": "s3cret-pw"}})
	if err == nil || strings.Contains(err.Error(), "s3cret-pw") || !strings.Contains(err.Error(), "xxxxx") {
		t.Errorf("error = %v, want it with the password masked as xxxxx", err)
	}
}

// TestConfigStorageKeywordValue checks that storage.url also takes libpq's
// keyword/value form, masked the same way, and still refuses what is
// neither form.
func TestConfigStorageKeywordValue(t *testing.T) {
	const dsn = "host=db.internal port=5432 dbname=synergy user=bot password='s3cret pw'"
	cfg, err := load(t, configCase{env: map[string]string{"SYNERGYBOT_STORAGE_URL": dsn}})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Storage.URL != dsn {
		t.Fatalf("storage.url = %q, want %q", cfg.Storage.URL, dsn)
	}
	var y bytes.Buffer
	if err := WriteYAML(&y, cfg); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(y.String(), "s3cret") || !strings.Contains(y.String(), "host=db.internal port=5432 dbname=synergy user=bot password=xxxxx") {
		t.Errorf("report does not show the string with its password masked:\n%s", y.String())
	}
	_, err = load(t, configCase{env: map[string]string{"SYNERGYBOT_STORAGE_URL": dsn, "SYNERGYBOT_LOG_LEVEL": "s3cret pw"}})
	if err == nil || strings.Contains(err.Error(), "s3cret pw") || !strings.Contains(err.Error(), "xxxxx") {
		t.Errorf("error = %v, want it with the password masked as xxxxx", err)
	}
	for _, bad := range []string{"mysql://bot@db/log", "db.internal:5432", "host=db password='unterminated"} {
		_, err := load(t, configCase{env: map[string]string{"SYNERGYBOT_STORAGE_URL": bad}})
		if err == nil || !strings.Contains(err.Error(), "storage.url: is neither a postgres:// URL nor a keyword/value connection string") {
			t.Errorf("storage.url %q: error = %v, want it refused with the two forms named", bad, err)
		}
	}
}

func TestConfigKnowledgeLimits(t *testing.T) {
	cfg, err := load(t, configCase{file: "knowledge:\n  max_bytes: 1000\n  read_timeout: 500ms\n"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Knowledge.MaxBytes != 1000 || cfg.Knowledge.ReadTimeout != 500*time.Millisecond {
		t.Errorf("max_bytes, read_timeout = %d, %v; want 1000, 500ms", cfg.Knowledge.MaxBytes, cfg.Knowledge.ReadTimeout)
	}
	_, err = load(t, configCase{file: "knowledge:\n  max_bytes: 0\n  read_timeout: 0s\n"})
	for _, want := range []string{"config.yaml:2: knowledge.max_bytes: 0 is not a size in bytes", "config.yaml:3: knowledge.read_timeout: 0s is not a positive duration"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v, want it to contain %q", err, want)
		}
	}
}

// TestConfigDefaultStoragePath checks that the default database lives under
// the user's state directory, never in the working directory.
func TestConfigDefaultStoragePath(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct{ xdg, want string }{
		{"/srv/state", "/srv/state/synergybot/synergybot.db"},
		{"", filepath.Join(home, ".local", "state", "synergybot", "synergybot.db")},
		{"relative/state", filepath.Join(home, ".local", "state", "synergybot", "synergybot.db")},
	}
	for _, tt := range tests {
		t.Setenv("XDG_STATE_HOME", tt.xdg)
		if got := DefaultStoragePath(); got != tt.want {
			t.Errorf("XDG_STATE_HOME=%q: DefaultStoragePath() = %q, want %q", tt.xdg, got, tt.want)
		}
	}
}

func TestConfigJSON(t *testing.T) {
	cfg, err := load(t, configCase{file: "matching:\n  threshold: 0.6\n", env: map[string]string{"SYNERGYBOT_DISCORD_TOKEN": "abcdefgh.ijkl"}})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := WriteJSON(&out, cfg); err != nil {
		t.Fatal(err)
	}
	var r Report
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	byKey := map[string]Setting{}
	for _, s := range r.Settings {
		byKey[s.Key] = s
	}
	if want := len(Keys()); len(byKey) != want {
		t.Errorf("%d settings in the report, want %d", len(byKey), want)
	}
	if _, ok := byKey["discord.cooldown"]; ok {
		t.Error("the report shows the deprecated discord.cooldown")
	}
	if s := byKey["matching.threshold"]; s.Value != 0.6 || s.Source != "config.yaml:2" || s.Env != "SYNERGYBOT_MATCHING_THRESHOLD" || s.Flag != "--threshold" {
		t.Errorf("matching.threshold = %+v", s)
	}
	if s := byKey["discord.token"]; s.Value != "***" || s.Source != "SYNERGYBOT_DISCORD_TOKEN" {
		t.Errorf("discord.token = %+v, want masked", s)
	}
	if s := byKey["discord.rate_limit_every"]; s.Value != "4s" || s.Source != "default" {
		t.Errorf("discord.rate_limit_every = %+v, want 4s from the default", s)
	}
	// snake_case keys, like the configuration's own.
	if !strings.Contains(out.String(), `"settings"`) || strings.ContainsAny(strings.Split(out.String(), ":")[0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		t.Errorf("keys are not snake_case:\n%s", out.String())
	}
}

// TestMaskStorageURL checks that no password of storage.url is ever shown.
func TestMaskStorageURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"postgres://bot:hunter2@db:5432/log?sslmode=require", "postgres://bot:xxxxx@db:5432/log?sslmode=require"},
		{"postgres://bot@db/log", "postgres://bot@db/log"},
		{"postgresql://db/log?password=hunter2&sslmode=disable", "postgresql://db/log?password=xxxxx&sslmode=disable"},
		{"postgres://bot:hunter2@[::1", "***"},
		{"host=db dbname=log user=bot password=hunter2 sslmode=require", "host=db dbname=log user=bot password=xxxxx sslmode=require"},
		{"host=db password = 'hunter2 \\' x' user=bot", "host=db password = xxxxx user=bot"},
		{"host=db dbname=log", "host=db dbname=log"},
		{"hunter2", "***"},
		{"host=db password='hunter2", "***"},
	}
	for _, tt := range tests {
		got := mask("storage.url", tt.in)
		if strings.Contains(got, "hunter2") {
			t.Errorf("mask(%q) = %q shows the password", tt.in, got)
		}
		if got != tt.want {
			t.Errorf("mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestDeprecatedCooldown checks that a configuration written for the
// cooldown the rate limit replaced still loads, and that "0s", which
// turned the cooldown off, turns the rate limit off.
func TestDeprecatedCooldown(t *testing.T) {
	tests := []struct {
		name  string
		c     configCase
		burst int
	}{
		{"not set", configCase{}, 5},
		{"0s in the environment", configCase{env: map[string]string{"SYNERGYBOT_DISCORD_COOLDOWN": "0s"}}, -1},
		{"0s in the file", configCase{file: "discord:\n  cooldown: 0s\n"}, -1},
		{"3s in the file", configCase{file: "discord:\n  cooldown: 3s\n"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg, err := load(t, tt.c)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Discord.RateLimitBurst != tt.burst {
				t.Errorf("rate_limit_burst = %d, want %d", cfg.Discord.RateLimitBurst, tt.burst)
			}
		})
	}
}
