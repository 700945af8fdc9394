package fakediscord

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Request is one REST request the fake received, with the status it answered.
type Request struct {
	Seq     int    // 1 for the first request the server saw, then 2, 3, ...
	Method  string // "GET", "POST", ...
	Path    string // below the API version: "/channels/123/messages"
	Version string // "v9" or "v10"; empty when the path had neither
	Query   url.Values
	Header  http.Header
	Body    []byte
	Status  int // the status code the fake answered with
}

// JSON decodes the request's JSON body into v. For a multipart body (a
// message with files) it decodes the payload_json part.
func (r Request) JSON(v any) error {
	body, err := r.jsonBody()
	if err != nil {
		return fmt.Errorf("%s %s: %w", r.Method, r.Path, err)
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%s %s: decode body: %w", r.Method, r.Path, err)
	}
	return nil
}

// jsonBody returns the JSON part of the body: the body itself, or the
// payload_json field of a multipart form.
func (r Request) jsonBody() ([]byte, error) {
	mediaType, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") {
		return r.Body, nil
	}
	mr := multipart.NewReader(bytes.NewReader(r.Body), params["boundary"])
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			return nil, errors.New("multipart body has no payload_json part")
		}
		if err != nil {
			return nil, fmt.Errorf("read multipart body: %w", err)
		}
		if part.FormName() == "payload_json" {
			return io.ReadAll(part)
		}
	}
}

// Route returns a matcher for requests with exactly this method and path
// (below the API version, e.g. "/channels/1/messages"). An empty method
// matches any method.
func Route(method, path string) func(Request) bool {
	return func(r Request) bool {
		return (method == "" || r.Method == method) && r.Path == path
	}
}

// RoutePrefix returns a matcher for requests with this method whose path
// starts with prefix. An empty method matches any method.
func RoutePrefix(method, prefix string) func(Request) bool {
	return func(r Request) bool {
		return (method == "" || r.Method == method) && strings.HasPrefix(r.Path, prefix)
	}
}

// Requests returns a copy of every REST request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequest waits until a request matching match has arrived (its answer
// is decided and recorded in Status) and returns the earliest such request
// that no earlier WaitRequest call has returned. So two calls with the same
// matcher return two different requests, in arrival order. It fails when
// ctx ends first.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var got Request
	err := s.waitFor(ctx, "request", func() bool {
		for i, r := range s.requests {
			if !s.takenReq[i] && match(r) {
				s.takenReq[i] = true
				got = r
				return true
			}
		}
		return false
	})
	return got, err
}

// failure is a canned error answer for the next few matching requests.
type failure struct {
	method, prefix string
	status         int
	header         http.Header
	body           any
	remaining      int
}

// FailNext makes the next n requests whose method is method (any, if empty)
// and whose path (below the API version) starts with pathPrefix fail with
// status and Discord's body for it: 429 is a per-route rate limit with
// retry_after 0.05 s (see RateLimitNext), 401 is {"message": "401:
// Unauthorized", "code": 0}, and so on. Failures are checked before
// authentication and routing, in the order they were added.
func (s *Server) FailNext(method, pathPrefix string, status, n int) {
	if status == http.StatusTooManyRequests {
		s.RateLimitNext(method, pathPrefix, 50*time.Millisecond, false, n)
		return
	}
	s.addFailure(&failure{method: method, prefix: pathPrefix, status: status, body: errorBody(status), remaining: n})
}

// RateLimitNext makes the next n matching requests (as FailNext) answer 429
// with Discord's body and headers: retry_after in seconds, X-RateLimit-*
// headers that discordgo parses, and X-RateLimit-Global when global is set.
// discordgo sleeps retry_after and retries on its own.
func (s *Server) RateLimitNext(method, pathPrefix string, retryAfter time.Duration, global bool, n int) {
	secs := retryAfter.Seconds()
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(retryAfter).UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", fmt.Sprintf("%.3f", secs))
	h.Set("X-RateLimit-Bucket", "fake-bucket")
	h.Set("X-RateLimit-Scope", "user")
	if global {
		h.Set("X-RateLimit-Global", "true")
		h.Set("X-RateLimit-Scope", "global")
	}
	body := map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": global}
	s.addFailure(&failure{method: method, prefix: pathPrefix, status: http.StatusTooManyRequests, header: h, body: body, remaining: n})
}

// addFailure queues f.
func (s *Server) addFailure(f *failure) {
	if f.remaining <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, f)
}

// takeFailureLocked returns the first queued failure matching r and uses up
// one of its repetitions, or nil. The caller holds s.mu.
func (s *Server) takeFailureLocked(r *Request) *failure {
	for i, f := range s.failures {
		if (f.method == "" || f.method == r.Method) && strings.HasPrefix(r.Path, f.prefix) {
			f.remaining--
			if f.remaining == 0 {
				s.failures = append(s.failures[:i], s.failures[i+1:]...)
			}
			return f
		}
	}
	return nil
}

// errorBody is Discord's JSON error body for a bare status code.
func errorBody(status int) map[string]any {
	switch status {
	case http.StatusUnauthorized:
		return apiError(0, "401: Unauthorized")
	case http.StatusForbidden:
		return apiError(50013, "Missing Permissions")
	case http.StatusNotFound:
		return apiError(0, "404: Not Found")
	case http.StatusMethodNotAllowed:
		return apiError(0, "405: Method Not Allowed")
	}
	return apiError(0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
}

// apiError is Discord's {"message", "code"} error object.
func apiError(code int, message string) map[string]any {
	return map[string]any{"message": message, "code": code}
}

// invalidForm is Discord's 400 "Invalid Form Body" answer for one field.
func invalidForm(field, code, message string) (int, any) {
	body := apiError(50035, "Invalid Form Body")
	body["errors"] = map[string]any{field: map[string]any{"_errors": []any{map[string]any{"code": code, "message": message}}}}
	return http.StatusBadRequest, body
}

// SetChannel makes GET /channels/{id} answer with ch (as JSON). Channels not
// set are answered as a guild text channel named "general".
func (s *Server) SetChannel(ch *discordgo.Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[ch.ID] = toMap(ch)
}

// SetMember makes GET /guilds/{guildID}/members/{m.User.ID} answer with m.
// Members not set are answered with no roles.
func (s *Server) SetMember(guildID string, m *discordgo.Member) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.members[guildID+"/"+m.User.ID] = toMap(m)
}

// Commands returns the commands last registered by bulk overwrite, for the
// guild guildID or, with "", globally. The result is JSON-decoded from what
// the fake answered, IDs included.
func (s *Server) Commands(guildID string) []*discordgo.ApplicationCommand {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*discordgo.ApplicationCommand
	fromMap(s.commands[guildID], &out)
	return out
}

// Message returns the stored state of a message the fake created (through a
// channel send, an interaction response or a follow-up), after any edits.
// ok is false for unknown or deleted messages.
func (s *Server) Message(id string) (m *discordgo.Message, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	raw, ok := s.messages[id]
	if !ok {
		return nil, false
	}
	fromMap(raw, &m)
	return m, true
}

// toMap turns a JSON-marshalable value into a generic JSON object.
func toMap(v any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("fakediscord: marshal %T: %v", v, err))
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		panic(fmt.Sprintf("fakediscord: %T is not a JSON object: %v", v, err))
	}
	return m
}

// fromMap decodes generic JSON into out, which the fake itself produced.
func fromMap(v any, out any) {
	b, err := json.Marshal(v)
	if err == nil {
		err = json.Unmarshal(b, out)
	}
	if err != nil {
		panic(fmt.Sprintf("fakediscord: decode %T: %v", out, err))
	}
}

// serveHTTP is the root handler: the gateway websocket, or a REST call.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || strings.HasPrefix(r.URL.Path, "/gateway/") {
		s.serveGateway(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 25<<20))
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	version, path, ok := trimAPIPrefix(r.URL.Path)
	req := Request{
		Method:  r.Method,
		Path:    path,
		Version: version,
		Query:   r.URL.Query(),
		Header:  r.Header.Clone(),
		Body:    body,
	}

	s.mu.Lock()
	status, header, answer := s.answerLocked(&req, ok)
	var out []byte
	if answer != nil {
		// Marshal under the lock: answer may be stored state that a later
		// request changes.
		out, err = json.Marshal(answer)
		if err != nil {
			status, out = http.StatusInternalServerError, []byte(`{"message":"fakediscord: marshal answer","code":0}`)
		}
	}
	req.Status = status
	req.Seq = len(s.requests) + 1
	s.requests = append(s.requests, req)
	s.takenReq = append(s.takenReq, false)
	s.notifyLocked()
	s.mu.Unlock()

	for k, v := range header {
		w.Header()[k] = v
	}
	if out != nil {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(status)
	w.Write(out)
}

// answerLocked decides the answer to req: an injected failure, a routing or
// authentication error, or the route's own answer. known is false when the
// path is outside /api/v9/ and /api/v10/. The caller holds s.mu.
func (s *Server) answerLocked(req *Request, known bool) (int, http.Header, any) {
	if f := s.takeFailureLocked(req); f != nil {
		return f.status, f.header, f.body
	}
	if !known {
		return http.StatusNotFound, nil, errorBody(http.StatusNotFound)
	}
	rt, params, methodOK := findRoute(req.Method, req.Path)
	if rt == nil {
		if !methodOK {
			return http.StatusMethodNotAllowed, nil, errorBody(http.StatusMethodNotAllowed)
		}
		return http.StatusNotFound, nil, errorBody(http.StatusNotFound)
	}
	if !rt.public && req.Header.Get("Authorization") != s.opts.Token {
		return http.StatusUnauthorized, nil, errorBody(http.StatusUnauthorized)
	}
	status, answer := rt.handle(s, req, params)
	return status, rateLimitHeaders(req.Path), answer
}

// rateLimitHeaders are the headers of a successful answer: plenty of
// requests left, so discordgo never waits.
func rateLimitHeaders(path string) http.Header {
	h := http.Header{}
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "4")
	h.Set("X-RateLimit-Reset", fmt.Sprintf("%.3f", float64(time.Now().Add(time.Second).UnixMilli())/1000))
	h.Set("X-RateLimit-Reset-After", "1.000")
	h.Set("X-RateLimit-Bucket", fmt.Sprintf("fake-%x", len(path)))
	return h
}

// route is one REST endpoint: segments of its pattern ("{name}" captures a
// segment), whether it needs no Authorization header, and its handler.
type route struct {
	method  string
	pattern string
	public  bool
	handle  func(s *Server, req *Request, p map[string]string) (status int, answer any)
}

// routes is every endpoint the fake answers. Handlers run with s.mu held.
var routes = []route{
	{method: "GET", pattern: "/gateway", public: true, handle: (*Server).getGateway},
	{method: "GET", pattern: "/gateway/bot", handle: (*Server).getGatewayBot},
	{method: "GET", pattern: "/users/@me", handle: (*Server).getMe},
	{method: "GET", pattern: "/applications/@me", handle: (*Server).getApplication},
	{method: "GET", pattern: "/applications/{app}/commands", handle: (*Server).getCommands},
	{method: "PUT", pattern: "/applications/{app}/commands", handle: (*Server).putCommands},
	{method: "GET", pattern: "/applications/{app}/guilds/{guild}/commands", handle: (*Server).getCommands},
	{method: "PUT", pattern: "/applications/{app}/guilds/{guild}/commands", handle: (*Server).putCommands},
	{method: "GET", pattern: "/channels/{channel}", handle: (*Server).getChannel},
	{method: "POST", pattern: "/channels/{channel}/messages", handle: (*Server).postMessage},
	{method: "PATCH", pattern: "/channels/{channel}/messages/{message}", handle: (*Server).patchMessage},
	{method: "DELETE", pattern: "/channels/{channel}/messages/{message}", handle: (*Server).deleteMessage},
	{method: "POST", pattern: "/channels/{channel}/typing", handle: noContent},
	{method: "GET", pattern: "/guilds/{guild}/members/{user}", handle: (*Server).getMember},
	{method: "POST", pattern: "/interactions/{interaction}/{token}/callback", public: true, handle: (*Server).postCallback},
	{method: "POST", pattern: "/webhooks/{app}/{token}", public: true, handle: (*Server).postFollowup},
	{method: "GET", pattern: "/webhooks/{app}/{token}/messages/{message}", public: true, handle: (*Server).getWebhookMessage},
	{method: "PATCH", pattern: "/webhooks/{app}/{token}/messages/{message}", public: true, handle: (*Server).patchWebhookMessage},
	{method: "DELETE", pattern: "/webhooks/{app}/{token}/messages/{message}", public: true, handle: (*Server).deleteWebhookMessage},
}

// findRoute returns the route for method and path with its captured
// segments. When no route matches, methodOK reports whether that is only
// because of the method (405 rather than 404).
func findRoute(method, path string) (rt *route, params map[string]string, methodOK bool) {
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	methodOK = true
	for i := range routes {
		p, ok := matchPattern(routes[i].pattern, segs)
		if !ok {
			continue
		}
		if routes[i].method == method {
			return &routes[i], p, true
		}
		methodOK = false
	}
	return nil, nil, methodOK
}

// matchPattern matches path segments against a route pattern. Empty
// segments (from "//") match a capture, so handlers can answer them as
// Discord would instead of the router hiding them.
func matchPattern(pattern string, segs []string) (map[string]string, bool) {
	want := strings.Split(strings.TrimPrefix(pattern, "/"), "/")
	if len(want) != len(segs) {
		return nil, false
	}
	params := map[string]string{}
	for i, w := range want {
		if strings.HasPrefix(w, "{") {
			params[strings.Trim(w, "{}")] = segs[i]
			continue
		}
		if w != segs[i] {
			return nil, false
		}
	}
	return params, true
}

// OriginalMessage returns the @original message of the interaction with
// this token (its response, or for an answered click the message clicked),
// as stored after any edits. ok is false when there is none.
func (s *Server) OriginalMessage(token string) (m *discordgo.Message, ok bool) {
	s.mu.Lock()
	st, known := s.interactions[token]
	var id string
	if known {
		id = st.originalID
	}
	s.mu.Unlock()
	if id == "" {
		return nil, false
	}
	return s.Message(id)
}

// ChannelMessages returns the stored messages of a channel (not deleted),
// oldest first.
func (s *Server) ChannelMessages(channelID string) []*discordgo.Message {
	s.mu.Lock()
	var raws []map[string]any
	for _, raw := range s.messages {
		if raw["channel_id"] == channelID {
			raws = append(raws, raw)
		}
	}
	var out []*discordgo.Message
	fromMap(raws, &out)
	s.mu.Unlock()
	slices.SortFunc(out, func(a, b *discordgo.Message) int {
		if c := cmp.Compare(len(a.ID), len(b.ID)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}
