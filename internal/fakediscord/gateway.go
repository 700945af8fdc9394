package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Gateway close codes a test is likely to send with CloseWithCode; see
// https://discord.com/developers/docs/topics/opcodes-and-status-codes.
const (
	CloseUnknownError         = 4000
	CloseAuthenticationFailed = 4004
	CloseInvalidSeq           = 4007
	CloseSessionTimedOut      = 4009
	CloseInvalidShard         = 4010
	CloseShardingRequired     = 4011
	CloseInvalidAPIVersion    = 4012
	CloseInvalidIntents       = 4013
	CloseDisallowedIntents    = 4014
)

// sessionEnding holds the close codes after which Discord does not accept
// a RESUME of the session: the client must identify again, or (for 4004
// and 4010 to 4014) not reconnect at all.
var sessionEnding = map[int]bool{
	CloseAuthenticationFailed: true, CloseInvalidSeq: true, CloseSessionTimedOut: true,
	CloseInvalidShard: true, CloseShardingRequired: true, CloseInvalidAPIVersion: true,
	CloseInvalidIntents: true, CloseDisallowedIntents: true,
}

// ErrNotConnected is returned by Dispatch and the other senders when no
// client has finished IDENTIFY or RESUME.
var ErrNotConnected = errors.New("fakediscord: no gateway client is connected")

// Identify is the payload of a gateway IDENTIFY (op 2) a client sent. It
// is not discordgo.Identify because discordgo cannot decode its own
// IDENTIFY: it sends presence.game.created_at as a time string but reads it
// back as a number.
type Identify struct {
	Token          string            `json:"token"`
	Intents        discordgo.Intent  `json:"intents"`
	Shard          *[2]int           `json:"shard"`
	Compress       bool              `json:"compress"`
	LargeThreshold int               `json:"large_threshold"`
	Properties     map[string]string `json:"properties"`
	Presence       json.RawMessage   `json:"presence"`
}

// Resume is the payload of a gateway RESUME (op 6) a client sent.
type Resume struct {
	Token     string `json:"token"`
	SessionID string `json:"session_id"`
	Seq       int64  `json:"seq"`
}

// Frame is one gateway payload a client sent, in the order received.
type Frame struct {
	Op   int             // opcode: 1 heartbeat, 2 identify, 3 presence, 6 resume, ...
	Data json.RawMessage // the "d" field
}

// closeFrame is a close code and reason to send.
type closeFrame struct {
	code   int
	reason string
}

// gwConn is one gateway websocket connection.
type gwConn struct {
	ws      *websocket.Conn
	writeMu chan struct{} // a one-slot lock serialising writes and guarding seq
	seq     int64         // last sequence number sent; guarded by writeMu

	// Guarded by Server.mu.
	sessionID string
	ready     bool // READY or RESUMED sent: dispatches may go out
	closing   bool // close frame sent: nothing more goes out
}

// lock and unlock take and release the write lock.
func (c *gwConn) lock()   { c.writeMu <- struct{}{} }
func (c *gwConn) unlock() { <-c.writeMu }

// writeLocked sends one gateway payload; the caller holds the write lock.
// Dispatches (op 0) get the next sequence number.
func (c *gwConn) writeLocked(op int, eventType string, data any) error {
	frame := map[string]any{"op": op, "d": data, "s": nil, "t": nil}
	if op == 0 {
		c.seq++
		frame["s"] = c.seq
		frame["t"] = eventType
	}
	b, err := json.Marshal(frame)
	if err != nil {
		return fmt.Errorf("fakediscord: marshal op %d %s: %w", op, eventType, err)
	}
	c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if err := c.ws.WriteMessage(websocket.TextMessage, b); err != nil {
		return fmt.Errorf("fakediscord: send op %d %s: %w", op, eventType, err)
	}
	return nil
}

// write takes the write lock and sends one payload.
func (c *gwConn) write(op int, eventType string, data any) error {
	c.lock()
	defer c.unlock()
	return c.writeLocked(op, eventType, data)
}

// serveGateway upgrades to a websocket, says HELLO and runs the read loop
// until the connection ends.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "server closed", http.StatusServiceUnavailable)
		return
	}
	s.readers.Add(1)
	s.mu.Unlock()
	defer s.readers.Done()

	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered the client
	}
	c := &gwConn{ws: ws, writeMu: make(chan struct{}, 1)}
	ws.SetReadLimit(1 << 20)

	s.mu.Lock()
	s.conns[c] = struct{}{}
	s.dials = append(s.dials, r.URL.RequestURI())
	s.notifyLocked()
	s.mu.Unlock()

	defer func() {
		ws.Close()
		s.mu.Lock()
		delete(s.conns, c)
		s.notifyLocked()
		s.mu.Unlock()
	}()

	if err := c.write(10, "", map[string]any{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()}); err != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				s.mu.Lock()
				s.closes = append(s.closes, ce.Code)
				s.notifyLocked()
				s.mu.Unlock()
			}
			return
		}
		s.handleFrame(c, msg)
	}
}

// handleFrame acts on one payload from a client.
func (s *Server) handleFrame(c *gwConn, msg []byte) {
	var in struct {
		Op int             `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if err := json.Unmarshal(msg, &in); err != nil {
		s.closeConn(c, closeFrame{4002, "Error while decoding payload."})
		return
	}
	s.mu.Lock()
	s.frames = append(s.frames, Frame{Op: in.Op, Data: in.D})
	closing := c.closing
	if in.Op == 1 {
		s.heartbeats++
	}
	s.notifyLocked()
	s.mu.Unlock()
	if closing {
		return // after our close frame, only read until the client hangs up
	}

	switch in.Op {
	case 1: // heartbeat
		c.write(11, "", nil)
	case 2: // identify
		var id Identify
		if err := json.Unmarshal(in.D, &id); err != nil {
			s.closeConn(c, closeFrame{4002, "Error while decoding payload."})
			return
		}
		s.identify(c, id)
	case 6: // resume
		var res Resume
		if err := json.Unmarshal(in.D, &res); err != nil {
			s.closeConn(c, closeFrame{4002, "Error while decoding payload."})
			return
		}
		s.resume(c, res)
	}
}

// identify records an IDENTIFY and answers READY, or closes the connection
// for a wrong token (4004) or when RejectIdentify asked for it.
func (s *Server) identify(c *gwConn, id Identify) {
	s.mu.Lock()
	s.identifies = append(s.identifies, id)
	reject := s.reject
	if reject == nil && id.Token != s.opts.Token {
		reject = &closeFrame{CloseAuthenticationFailed, "Authentication failed."}
	}
	var sessionID string
	if reject == nil {
		sessionID = "fake-session-" + s.newIDLocked()
		s.sessions[sessionID] = true
	}
	s.notifyLocked()
	s.mu.Unlock()
	if reject != nil {
		s.closeConn(c, *reject)
		return
	}

	guilds := make([]map[string]any, 0, len(s.opts.Guilds))
	for _, g := range s.opts.Guilds {
		guilds = append(guilds, map[string]any{"id": g, "unavailable": true})
	}
	ready := map[string]any{
		"v":                  9,
		"session_id":         sessionID,
		"resume_gateway_url": s.GatewayURL(),
		"user":               s.botUser(),
		"application":        map[string]any{"id": s.opts.ApplicationID, "flags": 0},
		"guilds":             guilds,
		"private_channels":   []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	// Mark the connection ready before READY goes out, holding the write
	// lock so no dispatch can overtake it: a client that has read READY
	// must be able to receive the next Dispatch.
	c.lock()
	defer c.unlock()
	s.mu.Lock()
	c.sessionID, c.ready = sessionID, true
	s.notifyLocked()
	s.mu.Unlock()
	c.seq = 0
	c.writeLocked(0, "READY", ready)
}

// sentEvent is a dispatch as sent on a session, kept for replay.
type sentEvent struct {
	seq       int64
	eventType string
	data      json.RawMessage
}

// maxReplay bounds how many dispatches a session keeps for replay.
const maxReplay = 256

// dispatchTo sends one event to c and keeps it for replay. It is kept even
// when the write fails: that is exactly the event a resuming client missed.
func (s *Server) dispatchTo(c *gwConn, eventType string, data json.RawMessage) error {
	c.lock()
	defer c.unlock()
	err := c.writeLocked(0, eventType, data)
	s.mu.Lock()
	defer s.mu.Unlock()
	sent := s.sent[c.sessionID]
	// Two connections of one session (a dropped one not yet noticed, and
	// its successor) number the same event alike: keep it once.
	if c.sessionID != "" && (len(sent) == 0 || sent[len(sent)-1].seq < c.seq) {
		if len(sent) == maxReplay {
			sent = sent[1:]
		}
		s.sent[c.sessionID] = append(sent, sentEvent{seq: c.seq, eventType: eventType, data: data})
	}
	return err
}

// resume records a RESUME, replays the dispatches the client missed (those
// after the sequence number it names) and answers RESUMED. An
// unknown or ended session gets op 9 INVALID_SESSION (d: false), and a
// wrong token close code 4004, as on Discord.
func (s *Server) resume(c *gwConn, res Resume) {
	s.mu.Lock()
	s.resumes = append(s.resumes, res)
	known := s.sessions[res.SessionID]
	s.notifyLocked()
	s.mu.Unlock()
	if res.Token != s.opts.Token {
		s.closeConn(c, closeFrame{CloseAuthenticationFailed, "Authentication failed."})
		return
	}
	if !known {
		c.write(9, "", false)
		return
	}
	c.lock() // as in identify: ready first, under the write lock
	defer c.unlock()
	s.mu.Lock()
	c.sessionID, c.ready = res.SessionID, true
	var missed []sentEvent
	for _, ev := range s.sent[res.SessionID] {
		if ev.seq > res.Seq {
			missed = append(missed, ev)
		}
	}
	s.notifyLocked()
	s.mu.Unlock()
	c.seq = res.Seq
	for _, ev := range missed {
		c.seq = ev.seq - 1 // writeLocked numbers it ev.seq again
		c.writeLocked(0, ev.eventType, ev.data)
	}
	c.writeLocked(0, "RESUMED", map[string]any{})
}

// closeConn sends a close frame and stops all other sending on c. The read
// loop keeps reading until the client hangs up (so the client reads the
// close frame rather than a reset), for at most five seconds. A
// session-ending code also forgets the session, so a later RESUME is
// refused.
func (s *Server) closeConn(c *gwConn, f closeFrame) {
	s.mu.Lock()
	c.closing, c.ready = true, false
	if sessionEnding[f.code] && c.sessionID != "" {
		delete(s.sessions, c.sessionID)
	}
	s.notifyLocked()
	s.mu.Unlock()
	c.lock()
	defer c.unlock()
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(f.code, f.reason), time.Now().Add(5*time.Second))
	c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
}

// openConns returns the connections that may receive dispatches.
func (s *Server) openConns() []*gwConn {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*gwConn
	for c := range s.conns {
		if c.ready && !c.closing {
			out = append(out, c)
		}
	}
	return out
}

// Dispatch sends the event eventType (such as "MESSAGE_CREATE" or
// "INTERACTION_CREATE") with data, marshalled to JSON, to every connected
// client, with the next sequence number of each connection. discordgo
// structs marshal to the JSON Discord sends. It returns ErrNotConnected
// when no client has completed IDENTIFY or RESUME.
func (s *Server) Dispatch(eventType string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("fakediscord: dispatch %s: %w", eventType, err)
	}
	if eventType == "INTERACTION_CREATE" {
		s.mu.Lock()
		s.rememberInteractionLocked(raw)
		s.mu.Unlock()
	}
	return s.sendAll(func(c *gwConn) error { return s.dispatchTo(c, eventType, raw) })
}

// sendAll calls send for every connected client and joins the errors.
func (s *Server) sendAll(send func(*gwConn) error) error {
	conns := s.openConns()
	if len(conns) == 0 {
		return ErrNotConnected
	}
	var errs []error
	for _, c := range conns {
		errs = append(errs, send(c))
	}
	return errors.Join(errs...)
}

// SendReconnect sends op 7 RECONNECT to every connected client. discordgo
// answers by closing with 1012, waiting about a second, reconnecting and
// sending RESUME.
func (s *Server) SendReconnect() error {
	return s.sendAll(func(c *gwConn) error { return c.write(7, "", nil) })
}

// InvalidateSession sends op 9 INVALID_SESSION with d = resumable to every
// connected client; unless resumable, the sessions are also forgotten.
// discordgo answers either way with a new IDENTIFY on the same connection.
func (s *Server) InvalidateSession(resumable bool) error {
	return s.sendAll(func(c *gwConn) error {
		s.mu.Lock()
		c.ready = false
		if !resumable {
			delete(s.sessions, c.sessionID)
		}
		s.mu.Unlock()
		return c.write(9, "", resumable)
	})
}

// CloseWithCode sends every connected client a close frame with code and
// reason, such as CloseDisallowedIntents (4014) or CloseAuthenticationFailed
// (4004). Codes after which Discord refuses RESUME also end the session, so
// a client that tries to resume gets INVALID_SESSION. It returns
// ErrNotConnected when no client is connected.
func (s *Server) CloseWithCode(code int, reason string) error {
	return s.sendAll(func(c *gwConn) error {
		s.closeConn(c, closeFrame{code, reason})
		return nil
	})
}

// RejectIdentify makes every later IDENTIFY be answered with a close frame
// carrying code and reason instead of READY, the way Discord answers 4014
// when a privileged intent is not enabled. Code 0 turns rejection off.
func (s *Server) RejectIdentify(code int, reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reject = nil
	if code != 0 {
		s.reject = &closeFrame{code, reason}
	}
}

// DropConnections cuts every gateway connection without a close frame, like
// a network failure. discordgo then reconnects and resumes.
func (s *Server) DropConnections() {
	s.mu.Lock()
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.UnderlyingConn().Close()
	}
}

// Identifies returns every IDENTIFY payload received, in order.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// Resumes returns every RESUME payload received, in order.
func (s *Server) Resumes() []Resume {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Resume(nil), s.resumes...)
}

// Frames returns every gateway payload clients sent, heartbeats included.
func (s *Server) Frames() []Frame {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Frame(nil), s.frames...)
}

// GatewayDials returns the request URI of every gateway connection, such as
// "/gateway/?v=9&encoding=json", in order.
func (s *Server) GatewayDials() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.dials...)
}

// Heartbeats returns how many heartbeats (op 1) clients have sent.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeats
}

// WaitHeartbeats waits until clients have sent at least n heartbeats in
// all (see Options.HeartbeatInterval to make them frequent).
func (s *Server) WaitHeartbeats(ctx context.Context, n int) error {
	return s.waitFor(ctx, fmt.Sprintf("%d heartbeats", n), func() bool { return s.heartbeats >= n })
}

// Connected returns how many clients have completed IDENTIFY or RESUME and
// not been closed since.
func (s *Server) Connected() int { return len(s.openConns()) }

// WaitConnected waits until at least one client has completed IDENTIFY or
// RESUME and is still connected.
func (s *Server) WaitConnected(ctx context.Context) error {
	return s.waitFor(ctx, "gateway connection", func() bool {
		for c := range s.conns {
			if c.ready && !c.closing {
				return true
			}
		}
		return false
	})
}

// WaitDisconnected waits until no gateway connection is open at all.
func (s *Server) WaitDisconnected(ctx context.Context) error {
	return s.waitFor(ctx, "gateway disconnect", func() bool { return len(s.conns) == 0 })
}

// WaitIdentify returns the earliest IDENTIFY not returned by an earlier
// call, waiting for one to arrive if needed.
func (s *Server) WaitIdentify(ctx context.Context) (Identify, error) {
	var got Identify
	err := s.waitFor(ctx, "IDENTIFY", func() bool {
		if s.takenIdent < len(s.identifies) {
			got = s.identifies[s.takenIdent]
			s.takenIdent++
			return true
		}
		return false
	})
	return got, err
}

// WaitResume returns the earliest RESUME not returned by an earlier call,
// waiting for one to arrive if needed.
func (s *Server) WaitResume(ctx context.Context) (Resume, error) {
	var got Resume
	err := s.waitFor(ctx, "RESUME", func() bool {
		if s.takenResume < len(s.resumes) {
			got = s.resumes[s.takenResume]
			s.takenResume++
			return true
		}
		return false
	})
	return got, err
}

// WaitClientClose returns the earliest close code a client sent (1000 from
// discordgo's Close, 1012 when it reconnects on request) not returned by an
// earlier call, waiting for one if needed.
func (s *Server) WaitClientClose(ctx context.Context) (int, error) {
	var got int
	err := s.waitFor(ctx, "client close frame", func() bool {
		if s.takenClose < len(s.closes) {
			got = s.closes[s.takenClose]
			s.takenClose++
			return true
		}
		return false
	})
	return got, err
}
