package bot

import (
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestNewSession(t *testing.T) {
	tests := []struct {
		name, token, apiURL string
		wantToken           string
		wantErr             string
	}{
		{name: "bare token gets the Bot prefix", token: "abc.def", wantToken: "Bot abc.def"},
		{name: "prefixed token kept", token: "Bot abc.def", apiURL: "http://127.0.0.1:1/", wantToken: "Bot abc.def"},
		{name: "empty token", token: "  ", wantErr: "empty bot token"},
		{name: "bad api url", token: "abc", apiURL: "ftp://example.com/", wantErr: "discord api url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewSession(tt.token, tt.apiURL)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s.Token != tt.wantToken || s.Identify.Token != tt.wantToken {
				t.Errorf("token = %q / %q, want %q", s.Token, s.Identify.Token, tt.wantToken)
			}
			if !s.ShouldReconnectOnError || !s.ShouldRetryOnRateLimit {
				t.Error("reconnect or rate-limit retry switched off")
			}
		})
	}
}

func TestInviteURLMatchesTheDocs(t *testing.T) {
	const documented = 274877991936 // docs/operations.md, Discord setup
	if InvitePermissions != documented {
		t.Errorf("InvitePermissions = %d, the setup guide says %d", InvitePermissions, documented)
	}
	u, err := url.Parse(InviteURL("123"))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if q.Get("client_id") != "123" || q.Get("scope") != "bot applications.commands" || q.Get("permissions") != strconv.Itoa(documented) {
		t.Errorf("invite URL %s has the wrong query", u)
	}
	doc, err := os.ReadFile("../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(doc), "permissions="+strconv.Itoa(documented)) {
		t.Error("the setup guide's invite link does not carry the permissions integer")
	}
}
