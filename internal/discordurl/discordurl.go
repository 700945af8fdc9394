// Package discordurl points a Discord client at a base URL other than
// https://discord.com/.
//
// discordgo builds every REST endpoint once, at package init, from the fixed
// string "https://discord.com/", so the only way to send its traffic elsewhere
// (a local fake in tests, a proxy in production) is an http.RoundTripper that
// rewrites each outgoing request. The gateway needs no rewriting: its address
// comes from GET /gateway, which the rewritten client asks the other server.
package discordurl

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// Default is Discord's own base URL, the one discordgo has built in.
const Default = "https://discord.com/"

// discordHost is the host whose requests Transport rewrites.
const discordHost = "discord.com"

// Parse checks that raw is a usable base URL (http or https, a host, no query
// or fragment) and returns it with a trailing slash on its path, so that
// "http://127.0.0.1:8080" and "http://127.0.0.1:8080/" mean the same thing.
func Parse(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("discord api url %q: %w", raw, err)
	}
	var problems []error
	if u.Scheme != "http" && u.Scheme != "https" {
		problems = append(problems, fmt.Errorf("scheme %q is not http or https", u.Scheme))
	}
	if u.Host == "" {
		problems = append(problems, errors.New("host is missing"))
	}
	if u.RawQuery != "" || u.Fragment != "" {
		problems = append(problems, errors.New("query and fragment are not allowed"))
	}
	if u.User != nil {
		problems = append(problems, errors.New("user info is not allowed"))
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("discord api url %q: %w", raw, errors.Join(problems...))
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	return u, nil
}

// Transport returns a RoundTripper that sends every request aimed at
// https://discord.com/ to base instead, keeping the request's path below
// base's path: with base http://127.0.0.1:8080/fake/, a request for
// https://discord.com/api/v9/users/@me goes to
// http://127.0.0.1:8080/fake/api/v9/users/@me. Requests for other hosts (the
// CDN, for example) pass through unchanged.
//
// next does the actual sending; nil means http.DefaultTransport. When base is
// nil or is Discord itself, Transport returns next unchanged. The returned
// RoundTripper never modifies the caller's request; it sends a copy.
func Transport(base *url.URL, next http.RoundTripper) http.RoundTripper {
	if next == nil {
		next = http.DefaultTransport
	}
	if base == nil || (base.Scheme == "https" && strings.EqualFold(base.Host, discordHost) && strings.Trim(base.Path, "/") == "") {
		return next
	}
	return &rewriter{base: base, next: next}
}

// rewriter is the RoundTripper Transport returns when a rewrite is needed.
type rewriter struct {
	base *url.URL
	next http.RoundTripper
}

// RoundTrip rewrites req's scheme, host and path if it targets discord.com,
// then hands it to the next RoundTripper.
func (rw *rewriter) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Scheme != "https" || !strings.EqualFold(req.URL.Host, discordHost) {
		return rw.next.RoundTrip(req)
	}
	out := req.Clone(req.Context())
	u := *req.URL
	u.Scheme = rw.base.Scheme
	u.Host = rw.base.Host
	prefix := strings.TrimSuffix(rw.base.Path, "/")
	u.Path = prefix + req.URL.Path
	if req.URL.RawPath != "" {
		u.RawPath = strings.TrimSuffix(rw.base.EscapedPath(), "/") + req.URL.RawPath
	}
	out.URL = &u
	out.Host = "" // send the Host header of the new URL, not "discord.com"
	resp, err := rw.next.RoundTrip(out)
	if err != nil {
		// http.Client names the URL it was asked for (discord.com); say
		// where the request really went, or an unreachable stand-in would
		// read as Discord being down.
		return nil, &DialError{URL: u.Redacted(), Err: err}
	}
	return resp, nil
}

// DialError is a request Transport sent somewhere other than discord.com
// that failed before any response: it names the URL actually dialled.
type DialError struct {
	URL string // where the request went, from the configured base URL
	Err error
}

func (e *DialError) Error() string {
	return "sent to " + e.URL + " (discord.api_url): " + e.Err.Error()
}

func (e *DialError) Unwrap() error { return e.Err }
