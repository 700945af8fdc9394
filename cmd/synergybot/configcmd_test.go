package main

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/sclondonmassage/synergybot/internal/config"
)

// TestConfigCommand runs `synergybot config` through cobra, so that the
// persistent flags reach config.Load as they do on the command line.
func TestConfigCommand(t *testing.T) {
	const token = "MTAxNTk2.GhIjKl.secret-token-value"
	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		wantOut  []string
		wantErr  string
		wantCode int
	}{
		{"flags and env", []string{"config", "--threshold", "0.7", "--log-format", "json"}, map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token},
			[]string{"threshold: 0.7 # from --threshold", "format: json # from --log-format", "token: '***' # from SYNERGYBOT_DISCORD_TOKEN", "(no config file)"}, "", 0},
		{"invalid", []string{"config", "--api-url", token}, map[string]string{"SYNERGYBOT_DISCORD_TOKEN": token},
			nil, `--api-url: discord.api_url: "***" is not an absolute http(s) URL`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			clearConfigEnv(t)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var out, errOut bytes.Buffer
			root := newRootCommand(strings.NewReader(""), &out, &errOut)
			root.SetArgs(tt.args)
			err := root.Execute()
			if (err != nil) != (tt.wantCode != 0) {
				t.Fatalf("err = %v, want failure: %v", err, tt.wantCode != 0)
			}
			for _, w := range tt.wantOut {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output does not contain %q:\n%s", w, out.String())
				}
			}
			if err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want it to contain %q", err, tt.wantErr)
			}
			for _, s := range []string{out.String(), errOut.String(), fmt.Sprint(err)} {
				if strings.Contains(s, "secret-token") {
					t.Errorf("the token was shown:\n%s", s)
				}
			}
		})
	}
}

// clearConfigEnv unsets every SYNERGYBOT_ variable for the test (empty counts
// as unset) and points the state directory at a temporary one, so that the
// developer's environment and home never leak in or get written to.
func clearConfigEnv(t *testing.T) {
	t.Helper()
	for _, k := range config.Keys() {
		t.Setenv(k.Env, "")
	}
	t.Setenv("SYNERGYBOT_CONFIG", "")
	t.Setenv("XDG_STATE_HOME", t.TempDir())
}
