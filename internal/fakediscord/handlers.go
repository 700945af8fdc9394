package fakediscord

// The REST handlers: each runs with s.mu held and returns the status and
// the JSON answer (nil for no body).

import (
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"
)

// noContent answers 204 with no body.
func noContent(*Server, *Request, map[string]string) (int, any) { return http.StatusNoContent, nil }

func (s *Server) getGateway(*Request, map[string]string) (int, any) {
	return http.StatusOK, map[string]any{"url": s.GatewayURL()}
}

func (s *Server) getGatewayBot(*Request, map[string]string) (int, any) {
	return http.StatusOK, map[string]any{
		"url":    s.GatewayURL(),
		"shards": s.opts.Shards,
		"session_start_limit": map[string]any{
			"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1,
		},
	}
}

func (s *Server) getMe(*Request, map[string]string) (int, any) {
	return http.StatusOK, s.botUser()
}

func (s *Server) getApplication(*Request, map[string]string) (int, any) {
	return http.StatusOK, map[string]any{"id": s.opts.ApplicationID, "name": s.opts.BotUsername, "bot": s.botUser()}
}

// checkApp answers 403 Missing Access, as Discord does, when a path names
// an application other than the bot's own.
func (s *Server) checkApp(p map[string]string) (int, any, bool) {
	if p["app"] != s.opts.ApplicationID {
		return http.StatusForbidden, apiError(50001, "Missing Access"), false
	}
	return 0, nil, true
}

func (s *Server) getCommands(_ *Request, p map[string]string) (int, any) {
	if status, body, ok := s.checkApp(p); !ok {
		return status, body
	}
	cmds := s.commands[p["guild"]]
	if cmds == nil {
		cmds = []map[string]any{}
	}
	return http.StatusOK, cmds
}

// putCommands is the bulk overwrite: it validates the commands like Discord
// (names, descriptions, option counts), gives each a stable ID per name and
// answers with the stored list.
func (s *Server) putCommands(req *Request, p map[string]string) (int, any) {
	if status, body, ok := s.checkApp(p); !ok {
		return status, body
	}
	var cmds []map[string]any
	if err := req.JSON(&cmds); err != nil {
		return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON.")
	}
	guild := p["guild"]
	seen := map[string]bool{}
	for i, c := range cmds {
		name, _ := c["name"].(string)
		field := fmt.Sprintf("%d.name", i)
		if seen[name] {
			return invalidForm(field, "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique")
		}
		seen[name] = true
		if status, body, ok := checkCommand(fmt.Sprint(i), c, true); !ok {
			return status, body
		}
		key := guild + "/" + name
		if s.commandIDs[key] == "" {
			s.commandIDs[key] = s.newIDLocked()
		}
		c["id"] = s.commandIDs[key]
		c["application_id"] = s.opts.ApplicationID
		c["version"] = s.newIDLocked()
		if guild != "" {
			c["guild_id"] = guild
		}
		if _, ok := c["type"]; !ok {
			c["type"] = 1
		}
	}
	if cmds == nil {
		cmds = []map[string]any{}
	}
	s.commands[guild] = cmds
	return http.StatusOK, cmds
}

// checkCommand applies Discord's basic rules to a command (top) or one of
// its options: a name of 1 to 32 characters, lowercase and without spaces
// for chat-input commands and options, a description of 1 to 100 characters
// for those too, and at most 25 options and 25 choices.
func checkCommand(field string, c map[string]any, top bool) (int, any, bool) {
	chatInput := true
	if t, ok := c["type"].(float64); top && ok && t != 1 {
		chatInput = false // user and message commands: free-form name, no description
	}
	name, _ := c["name"].(string)
	if n := utf8.RuneCountInString(name); n < 1 || n > 32 || (chatInput && (strings.ToLower(name) != name || strings.ContainsAny(name, " \t"))) {
		status, body := invalidForm(field+".name", "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
		return status, body, false
	}
	if chatInput {
		desc, _ := c["description"].(string)
		if n := utf8.RuneCountInString(desc); n < 1 || n > 100 {
			status, body := invalidForm(field+".description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.")
			return status, body, false
		}
	}
	options, _ := c["options"].([]any)
	if len(options) > 25 {
		status, body := invalidForm(field+".options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		return status, body, false
	}
	if choices, _ := c["choices"].([]any); len(choices) > 25 {
		status, body := invalidForm(field+".choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		return status, body, false
	}
	for i, o := range options {
		om, _ := o.(map[string]any)
		if status, body, ok := checkCommand(fmt.Sprintf("%s.options.%d", field, i), om, false); !ok {
			return status, body, false
		}
	}
	return 0, nil, true
}

func (s *Server) getChannel(_ *Request, p map[string]string) (int, any) {
	if ch, ok := s.channels[p["channel"]]; ok {
		return http.StatusOK, ch
	}
	ch := map[string]any{"id": p["channel"], "type": 0, "name": "general"}
	if len(s.opts.Guilds) > 0 {
		ch["guild_id"] = s.opts.Guilds[0]
	}
	return http.StatusOK, ch
}

func (s *Server) getMember(_ *Request, p map[string]string) (int, any) {
	if m, ok := s.members[p["guild"]+"/"+p["user"]]; ok {
		return http.StatusOK, m
	}
	return http.StatusOK, map[string]any{
		"user":      map[string]any{"id": p["user"], "username": "user" + p["user"], "discriminator": "0"},
		"roles":     []any{},
		"joined_at": "2024-01-01T00:00:00.000000+00:00",
	}
}

// newMessageLocked validates a message body like Discord (not empty,
// content at most 2000 characters) and stores it as a new message in
// channelID. The caller holds s.mu.
func (s *Server) newMessageLocked(req *Request, channelID string, extra map[string]any) (int, any) {
	var body map[string]any
	if err := req.JSON(&body); err != nil {
		return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON.")
	}
	if status, answer, ok := checkMessage(body, req, true); !ok {
		return status, answer
	}
	id := s.newIDLocked()
	msg := map[string]any{
		"id":               id,
		"channel_id":       channelID,
		"author":           s.botUser(),
		"content":          "",
		"embeds":           []any{},
		"components":       []any{},
		"attachments":      []any{},
		"mentions":         []any{},
		"mention_roles":    []any{},
		"pinned":           false,
		"tts":              false,
		"type":             0,
		"timestamp":        time.Now().UTC().Format(time.RFC3339Nano),
		"edited_timestamp": nil,
	}
	mergeMessage(msg, body)
	if _, ok := body["message_reference"]; ok {
		msg["type"] = 19 // reply
	}
	for k, v := range extra {
		msg[k] = v
	}
	s.messages[id] = msg
	return http.StatusOK, msg
}

// checkMessage rejects what Discord rejects: content over 2000 characters
// and, when creating, a message with nothing to show.
func checkMessage(body map[string]any, req *Request, creating bool) (int, any, bool) {
	content, _ := body["content"].(string)
	if utf8.RuneCountInString(content) > 2000 {
		status, answer := invalidForm("content", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.")
		return status, answer, false
	}
	if !creating {
		return 0, nil, true
	}
	embeds, _ := body["embeds"].([]any)
	components, _ := body["components"].([]any)
	stickers, _ := body["sticker_ids"].([]any)
	hasFiles := strings.HasPrefix(req.Header.Get("Content-Type"), "multipart/")
	if strings.TrimSpace(content) == "" && len(embeds) == 0 && len(components) == 0 && len(stickers) == 0 && !hasFiles && body["poll"] == nil {
		return http.StatusBadRequest, apiError(50006, "Cannot send an empty message"), false
	}
	return 0, nil, true
}

// mergeMessage copies the fields of a create or edit body into a stored
// message, leaving out request-only fields.
func mergeMessage(msg, body map[string]any) {
	for k, v := range body {
		switch k {
		case "allowed_mentions", "nonce", "enforce_nonce", "sticker_ids", "payload_json", "attachments":
			continue
		}
		msg[k] = v
	}
}

func (s *Server) postMessage(req *Request, p map[string]string) (int, any) {
	return s.newMessageLocked(req, p["channel"], nil)
}

// editMessageLocked applies an edit body to a stored message.
func (s *Server) editMessageLocked(req *Request, id string) (int, any) {
	msg, ok := s.messages[id]
	if !ok {
		return http.StatusNotFound, apiError(10008, "Unknown Message")
	}
	var body map[string]any
	if err := req.JSON(&body); err != nil {
		return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON.")
	}
	if status, answer, ok := checkMessage(body, req, false); !ok {
		return status, answer
	}
	mergeMessage(msg, body)
	msg["edited_timestamp"] = time.Now().UTC().Format(time.RFC3339Nano)
	return http.StatusOK, msg
}

func (s *Server) patchMessage(req *Request, p map[string]string) (int, any) {
	if msg, ok := s.messages[p["message"]]; ok && msg["channel_id"] != p["channel"] {
		return http.StatusNotFound, apiError(10008, "Unknown Message")
	}
	return s.editMessageLocked(req, p["message"])
}

func (s *Server) deleteMessage(_ *Request, p map[string]string) (int, any) {
	msg, ok := s.messages[p["message"]]
	if !ok || msg["channel_id"] != p["channel"] {
		return http.StatusNotFound, apiError(10008, "Unknown Message")
	}
	delete(s.messages, p["message"])
	return http.StatusNoContent, nil
}
