package config

import (
	"net/url"
	"strings"
)

// storage.url takes either form libpq (and pgx) accept: a URL,
// postgres://user:password@host:5432/dbname?sslmode=verify-full, or a
// keyword/value string, host=db.internal dbname=synergy user=bot
// password='s3 cret'. The helpers here tell them apart and find the
// password in either, so that it can be masked wherever the value shows.

// isPostgresURL reports whether raw is a postgres:// or postgresql:// URL.
func isPostgresURL(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql")
}

// keywordSetting is one keyword=value pair of a keyword/value connection
// string: the keyword, the value as libpq reads it (quotes and escapes
// removed), and the offsets of the value as written, quotes included.
type keywordSetting struct {
	key, value string
	start, end int
}

// parseKeywordDSN splits a libpq keyword/value connection string into its
// settings, following libpq's rules: spaces may surround "=", a value may
// be single-quoted, and a backslash escapes the next character. It
// reports false for anything else, a URL included.
func parseKeywordDSN(raw string) ([]keywordSetting, bool) {
	var out []keywordSetting
	i := 0
	skipSpace := func() {
		for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\n' || raw[i] == '\r') {
			i++
		}
	}
	for {
		skipSpace()
		if i == len(raw) {
			return out, len(out) > 0
		}
		k := i
		for i < len(raw) && (raw[i] == '_' || 'a' <= raw[i] && raw[i] <= 'z' || 'A' <= raw[i] && raw[i] <= 'Z' || '0' <= raw[i] && raw[i] <= '9') {
			i++
		}
		key := raw[k:i]
		skipSpace()
		if key == "" || i == len(raw) || raw[i] != '=' {
			return nil, false
		}
		i++
		skipSpace()
		start := i
		var value strings.Builder
		if i < len(raw) && raw[i] == '\'' {
			i++
			for ; i < len(raw) && raw[i] != '\''; i++ {
				if raw[i] == '\\' && i+1 < len(raw) {
					i++
				}
				value.WriteByte(raw[i])
			}
			if i == len(raw) {
				return nil, false // unterminated quote
			}
			i++
		} else {
			for ; i < len(raw) && raw[i] != ' ' && raw[i] != '\t' && raw[i] != '\n' && raw[i] != '\r'; i++ {
				if raw[i] == '\\' && i+1 < len(raw) {
					i++
				}
				value.WriteByte(raw[i])
			}
		}
		out = append(out, keywordSetting{key: key, value: value.String(), start: start, end: i})
	}
}

// storagePassword returns the password written in raw, in either form, or
// "" when there is none.
func storagePassword(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Scheme != "" {
		if pw, ok := u.User.Password(); ok {
			return pw
		}
		return u.Query().Get("password")
	}
	settings, _ := parseKeywordDSN(raw)
	for _, s := range settings {
		if s.key == "password" {
			return s.value
		}
	}
	return ""
}
