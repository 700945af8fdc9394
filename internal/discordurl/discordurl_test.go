package discordurl

import (
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// roundTripFunc adapts a function to http.RoundTripper, so a test can see the
// request the rewriter hands on without any network.
type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		raw     string
		want    string
		wantErr string
	}{
		{name: "discord default", raw: "https://discord.com/", want: "https://discord.com/"},
		{name: "adds trailing slash", raw: "http://127.0.0.1:8080", want: "http://127.0.0.1:8080/"},
		{name: "keeps path prefix", raw: "http://proxy.local/discord", want: "http://proxy.local/discord/"},
		{name: "bad scheme", raw: "ftp://example.com/", wantErr: "scheme"},
		{name: "no host", raw: "http:///path", wantErr: "host is missing"},
		{name: "no scheme", raw: "discord.com", wantErr: "scheme"},
		{name: "query", raw: "http://example.com/?x=1", wantErr: "query"},
		{name: "user info", raw: "http://u:p@example.com/", wantErr: "user info"},
		{name: "unparseable", raw: "http://[::1", wantErr: "discord api url"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.raw)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Parse(%q) error = %v, want one containing %q", tt.raw, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.raw, err)
			}
			if got.String() != tt.want {
				t.Errorf("Parse(%q) = %q, want %q", tt.raw, got, tt.want)
			}
		})
	}
}

func TestTransportRewrites(t *testing.T) {
	tests := []struct {
		name string
		base string
		in   string
		want string
	}{
		{name: "api call to local server", base: "http://127.0.0.1:8080/", in: "https://discord.com/api/v9/users/@me", want: "http://127.0.0.1:8080/api/v9/users/@me"},
		{name: "keeps query", base: "http://127.0.0.1:8080/", in: "https://discord.com/api/v9/webhooks/1/tok?wait=true", want: "http://127.0.0.1:8080/api/v9/webhooks/1/tok?wait=true"},
		{name: "base path prefix", base: "https://proxy.local/discord/", in: "https://discord.com/api/v9/gateway", want: "https://proxy.local/discord/api/v9/gateway"},
		{name: "escaped path survives", base: "http://127.0.0.1:8080/p/", in: "https://discord.com/api/v9/channels/1/messages/2/reactions/a%2Fb/@me", want: "http://127.0.0.1:8080/p/api/v9/channels/1/messages/2/reactions/a%2Fb/@me"},
		{name: "host match ignores case", base: "http://127.0.0.1:8080/", in: "https://Discord.com/api/v9/gateway", want: "http://127.0.0.1:8080/api/v9/gateway"},
		{name: "cdn untouched", base: "http://127.0.0.1:8080/", in: "https://cdn.discordapp.com/avatars/1/2.png", want: "https://cdn.discordapp.com/avatars/1/2.png"},
		{name: "plain http discord untouched", base: "http://127.0.0.1:8080/", in: "http://discord.com/api/v9/gateway", want: "http://discord.com/api/v9/gateway"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, err := Parse(tt.base)
			if err != nil {
				t.Fatal(err)
			}
			var sent *http.Request
			rt := Transport(base, roundTripFunc(func(r *http.Request) (*http.Response, error) {
				sent = r
				return &http.Response{StatusCode: http.StatusNoContent, Body: http.NoBody, Request: r}, nil
			}))
			req, err := http.NewRequest(http.MethodPost, tt.in, strings.NewReader(`{"a":1}`))
			if err != nil {
				t.Fatal(err)
			}
			req.Header.Set("Authorization", "Bot x")
			resp, err := rt.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if got := sent.URL.String(); got != tt.want {
				t.Errorf("sent to %q, want %q", got, tt.want)
			}
			if got := sent.Header.Get("Authorization"); got != "Bot x" {
				t.Errorf("Authorization = %q, want it kept", got)
			}
			if got := req.URL.String(); got != tt.in {
				t.Errorf("caller's request URL changed to %q, want %q", got, tt.in)
			}
			if sent != req && sent.Host != "" {
				t.Errorf("rewritten request Host = %q, want empty so the new URL's host is sent", sent.Host)
			}
			body, _ := io.ReadAll(sent.Body)
			if string(body) != `{"a":1}` {
				t.Errorf("body = %q, want it forwarded", body)
			}
		})
	}
}

func TestTransportPassThrough(t *testing.T) {
	next := roundTripFunc(func(r *http.Request) (*http.Response, error) { return nil, nil })
	tests := []struct {
		name string
		base string
	}{
		{name: "nil base", base: ""},
		{name: "discord itself", base: Default},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, _ := Parse(tt.base)
			if tt.base == "" {
				base = nil
			}
			rt := Transport(base, next)
			if _, ok := rt.(roundTripFunc); !ok {
				t.Errorf("Transport(%v) = %T, want next returned unchanged", base, rt)
			}
		})
	}
	if rt := Transport(nil, nil); rt != http.DefaultTransport {
		t.Errorf("Transport(nil, nil) = %T, want http.DefaultTransport", rt)
	}
}

// TestTransportReachesLoopbackServer sends a real request over 127.0.0.1 and
// checks the server saw the rewritten path and its own Host header.
func TestTransportReachesLoopbackServer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.Host+" "+r.URL.Path)
	}))
	defer srv.Close()
	base, err := Parse(srv.URL + "/prefix")
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: Transport(base, srv.Client().Transport)}
	resp, err := client.Get("https://discord.com/api/v9/gateway")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	want := base.Host + " /prefix/api/v9/gateway"
	if string(got) != want {
		t.Errorf("server saw %q, want %q", got, want)
	}
}

// TestTransportNamesDialledHost checks that a request to an unreachable
// base URL fails with an error naming that URL, not discord.com.
func TestTransportNamesDialledHost(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	base, err := Parse("http://" + addr + "/")
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: Transport(base, nil)}
	_, err = client.Get("https://discord.com/api/v9/users/@me")
	var de *DialError
	if !errors.As(err, &de) || de.URL != "http://"+addr+"/api/v9/users/@me" {
		t.Fatalf("err = %v, want a DialError naming http://%s/api/v9/users/@me", err, addr)
	}
	if !strings.Contains(err.Error(), "sent to http://"+addr+"/api/v9/users/@me (discord.api_url)") {
		t.Errorf("error does not name the dialled URL: %v", err)
	}
	var op *net.OpError
	if !errors.As(err, &op) {
		t.Errorf("error does not wrap the dial error: %v", err)
	}
}
