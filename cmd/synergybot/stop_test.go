//go:build unix

package main

// Stop-time tests: `synergybot serve` runs as a child process (this test
// binary re-executed as main, see TestMain) against the fake Discord, is
// put in a bad state, and is sent real signals. Each test reports how long
// the process took to end; every case must end within maxStopTime.

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
	"github.com/sclondonmassage/synergybot/knowledge"
)

// maxStopTime is the promise to operators: SIGTERM ends serve within 10 s,
// whatever is stuck.
const maxStopTime = 10 * time.Second

// serveProcess is a `synergybot serve` child process.
type serveProcess struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	exited chan struct{} // closed when the process has ended
	code   int           // exit code, valid once exited is closed
}

// startServe starts `synergybot serve args...` with env (on top of a clean
// SYNERGYBOT_ environment) and waits until it has registered its commands
// with srv.
func startServe(t *testing.T, srv *fakediscord.Server, env map[string]string, args ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"serve"}, args...)...)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "SYNERGYBOT_TEST_AS_MAIN=1", "XDG_STATE_HOME="+t.TempDir())
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "SYNERGYBOT_") && !strings.HasPrefix(kv, "SYNERGYBOT_TEST_AS_MAIN=") {
			k, _, _ := strings.Cut(kv, "=")
			cmd.Env = append(cmd.Env, k+"=")
		}
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	p := &serveProcess{cmd: cmd, stderr: &syncBuffer{}, exited: make(chan struct{})}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(p.exited)
		err := cmd.Wait()
		var ee *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &ee):
			p.code = ee.ExitCode()
		default:
			p.code = -1
		}
	}()
	t.Cleanup(func() {
		select {
		case <-p.exited:
		default:
			_ = cmd.Process.Kill()
			<-p.exited
		}
	})
	wait, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool {
		return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
	}); err != nil {
		t.Fatalf("serve never registered its commands: %v\nlog:\n%s", err, p.stderr)
	}
	if !waitUntil(15*time.Second, func() bool {
		log := p.stderr.String()
		return strings.Contains(log, "msg=connected") || strings.Contains(log, "endpoint listening")
	}) {
		t.Fatalf("serve never said it was serving:\n%s", p.stderr)
	}
	return p
}

// signal sends sig to the process.
func (p *serveProcess) signal(t *testing.T, sig os.Signal) {
	t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
}

// stop sends SIGTERM and returns how long the process took to end and its
// exit code, failing the test beyond maxStopTime.
func (p *serveProcess) stop(t *testing.T) (time.Duration, int) {
	t.Helper()
	start := time.Now()
	p.signal(t, syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(maxStopTime + 5*time.Second):
		t.Fatalf("serve still running %v after SIGTERM\nlog:\n%s", time.Since(start), p.stderr)
	}
	took := time.Since(start)
	t.Logf("stop time after SIGTERM: %v (exit %d)", took.Round(time.Millisecond), p.code)
	if took > maxStopTime {
		t.Errorf("serve took %v to stop after SIGTERM, want at most %v\nlog:\n%s", took, maxStopTime, p.stderr)
	}
	return took, p.code
}

// waitLog waits until the process's log contains want.
func (p *serveProcess) waitLog(t *testing.T, want string) {
	t.Helper()
	if !waitUntil(15*time.Second, func() bool { return strings.Contains(p.stderr.String(), want) }) {
		t.Fatalf("log never said %q:\n%s", want, p.stderr)
	}
}

func baseEnv(srv *fakediscord.Server) map[string]string {
	return map[string]string{
		"SYNERGYBOT_DISCORD_TOKEN":            "stop-test-token",
		"SYNERGYBOT_DISCORD_API_URL":          srv.URL(),
		"SYNERGYBOT_DISCORD_RATE_LIMIT_BURST": "-1",
		"SYNERGYBOT_STORAGE_PATH":             "",
	}
}

// TestStopDuringStartUp sends SIGTERM as soon as the commands are being
// registered: a stop during start-up is a clean stop too.
func TestStopDuringStartUp(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "SYNERGYBOT_TEST_AS_MAIN=1", "XDG_STATE_HOME="+t.TempDir())
	for k, v := range baseEnv(srv) {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	wait, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool { return r.Path == "/users/@me" }); err != nil {
		cmd.Process.Kill()
		t.Fatal(err)
	}
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	t.Logf("SIGTERM during start-up: stopped in %v (%v)", time.Since(start).Round(time.Millisecond), err)
	if err != nil {
		t.Errorf("exit %v after SIGTERM during start-up, want 0\nlog:\n%s", err, stderr.String())
	}
	if d := time.Since(start); d > maxStopTime {
		t.Errorf("took %v to stop, want at most %v", d, maxStopTime)
	}
}

// TestStopStuckInStartUp holds the start-up on a request that never gets
// an answer (GET /gateway/bot, asked for discord.shard_count: auto) and
// sends SIGTERM: the request carries the run's context, so the signal ends
// it and the stop is clean, well within the promise.
func TestStopStuckInStartUp(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	target, err := url.Parse(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	asked := make(chan struct{}, 1)
	hang := make(chan struct{})
	api := startHTTP(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/gateway/bot") {
			select {
			case asked <- struct{}{}:
			default:
			}
			select {
			case <-r.Context().Done():
			case <-hang:
			}
			return
		}
		proxy.ServeHTTP(w, r)
	}), func() { close(hang) })
	cmd := exec.Command(os.Args[0], "serve")
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(), "SYNERGYBOT_TEST_AS_MAIN=1", "XDG_STATE_HOME="+t.TempDir())
	env := baseEnv(srv)
	env["SYNERGYBOT_DISCORD_API_URL"] = api
	env["SYNERGYBOT_DISCORD_SHARD_COUNT"] = "auto"
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	select {
	case <-asked:
	case <-time.After(30 * time.Second):
		t.Fatalf("serve never asked for /gateway/bot\nlog:\n%s", stderr.String())
	}
	start := time.Now()
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	took := time.Since(start)
	t.Logf("SIGTERM while stuck in start-up: stopped in %v (%v)", took.Round(time.Millisecond), err)
	// The request carries the run's context, so the signal cancels it:
	// a clean stop, long before the hard stop.
	if err != nil {
		t.Errorf("exit %v, want 0\nlog:\n%s", err, stderr.String())
	}
	if took > maxStopTime {
		t.Errorf("took %v to stop, want at most %v", took, maxStopTime)
	}
}

// TestStopCleanly is the baseline: nothing stuck, SIGTERM, exit 0.
func TestStopCleanly(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	p := startServe(t, srv, baseEnv(srv))
	if _, code := p.stop(t); code != exitOK {
		t.Errorf("exit %d after a clean SIGTERM, want %d\nlog:\n%s", code, exitOK, p.stderr)
	}
	if !strings.Contains(p.stderr.String(), "msg=stopped") {
		t.Errorf("no log line saying it stopped:\n%s", p.stderr)
	}
}

// TestStopFIFOKnowledgeFile swaps a named pipe in for the knowledge base
// file while serve watches it: the reload is refused at once (not a
// regular file), SIGHUP does not hang either, the old version keeps
// answering, and SIGTERM still stops the process.
func TestStopFIFOKnowledgeFile(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	kb := filepath.Join(t.TempDir(), "kb.yaml")
	if err := os.WriteFile(kb, knowledge.DefaultYAML, 0o644); err != nil {
		t.Fatal(err)
	}
	env := baseEnv(srv)
	env["SYNERGYBOT_KNOWLEDGE_PATH"] = kb
	p := startServe(t, srv, env)
	p.waitLog(t, "watching the knowledge base file")

	if err := os.Remove(kb); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(kb, 0o644); err != nil {
		t.Fatal(err)
	}
	p.waitLog(t, "not a regular file (it is a named pipe (FIFO))")
	p.signal(t, syscall.SIGHUP)
	p.waitLog(t, "trigger=SIGHUP")
	dmAnswered(t, srv, "what is rolfing?", "Rolfing")

	if _, code := p.stop(t); code != exitOK {
		t.Errorf("exit %d, want %d\nlog:\n%s", code, exitOK, p.stderr)
	}
}

// TestStopLockedDatabase locks the question log's database from outside,
// queues writes (unanswered questions), then sends SIGTERM: each write
// would wait out the busy timeout, and the drain must not hold the process
// beyond the shutdown deadline.
func TestStopLockedDatabase(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	dbPath := filepath.Join(t.TempDir(), "log.db")
	env := baseEnv(srv)
	env["SYNERGYBOT_STORAGE_PATH"] = dbPath
	p := startServe(t, srv, env)

	db, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// The bot opens and migrates the database in the background: take the
	// lock once it has let go.
	var lockErr error
	if !waitUntil(5*time.Second, func() bool {
		_, lockErr = conn.ExecContext(context.Background(), "BEGIN EXCLUSIVE")
		return lockErr == nil
	}) {
		t.Fatalf("lock the database: %v", lockErr)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")

	for _, q := range []string{"how do i fix the brakes on my car", "what is the capital of peru", "recommend a pizza topping",
		"how tall is mount everest", "who won the football yesterday", "can you fix my laptop"} {
		dmAnswered(t, srv, q, "")
	}
	took, code := p.stop(t)
	log := p.stderr.String()
	// The question log's drain has a deadline of its own, inside serve's:
	// the stop is clean, and the log says how many writes were dropped.
	if code != exitOK {
		t.Errorf("exit %d, want %d\nlog:\n%s", code, exitOK, log)
	}
	if !strings.Contains(log, "pending writes dropped") {
		t.Errorf("the log does not say that pending writes were dropped:\n%s", log)
	}
	t.Logf("locked database, 6 writes queued: stopped in %v, exit %d", took.Round(time.Millisecond), code)
	if testing.Verbose() {
		t.Log(log)
	}
}

// TestStopFollowupsFailing serves the HTTP interactions endpoint in front
// of a Discord whose webhook endpoints (where deferred follow-ups are sent)
// never answer, starts deferred /kb reload follow-ups, and sends SIGTERM.
func TestStopFollowupsFailing(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	const guildID = "8000000000000000001"
	api := hangingWebhooks(t, srv)
	env := baseEnv(srv)
	env["SYNERGYBOT_DISCORD_API_URL"] = api
	env["SYNERGYBOT_DISCORD_GUILD_ID"] = guildID
	pub, priv := newKeyPair(t)
	env["SYNERGYBOT_DISCORD_PUBLIC_KEY"] = pub
	addr := freeAddr(t)
	p := startServe(t, srv, env, "--gateway=false", "--http", addr)

	for i := range 3 {
		body := `{"id":"600000000000000000` + string(rune('1'+i)) + `","application_id":"` + srv.ApplicationID() + `","type":2,"token":"tok` + string(rune('a'+i)) + `",` +
			`"channel_id":"7000000000000000001","guild_id":"` + guildID + `","authorizing_integration_owners":{"0":"` + guildID + `"},"context":0,` +
			`"member":{"user":{"id":"9000000000000000001","username":"admin"},"roles":[],"permissions":"8"},` +
			`"data":{"id":"1","name":"kb","type":1,"options":[{"name":"reload","type":1}]}}`
		resp := postSigned(t, addr, priv, body)
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Body, `"type":5`) {
			t.Fatalf("/kb reload = %d %s, want 200 and a deferred answer (type 5)\nlog:\n%s", resp.StatusCode, resp.Body, p.stderr)
		}
	}
	// The follow-ups are now waiting on webhooks that never answer.
	if !waitUntil(5*time.Second, func() bool { return webhookCalls.Load() >= 1 }) {
		t.Fatalf("no follow-up reached the webhook endpoint\nlog:\n%s", p.stderr)
	}
	took, code := p.stop(t)
	t.Logf("3 follow-ups hanging: stopped in %v, exit %d", took.Round(time.Millisecond), code)
	if code != exitOK && code != exitStuck {
		t.Errorf("exit %d, want %d or %d\nlog:\n%s", code, exitOK, exitStuck, p.stderr)
	}
}

// TestStopSecondSignal checks that a second SIGTERM ends the process at
// once, with exit code 128+15, while the first one's shutdown is held up by
// follow-ups that never finish.
func TestStopSecondSignal(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot stop-test-token"})
	const guildID = "8000000000000000001"
	env := baseEnv(srv)
	env["SYNERGYBOT_DISCORD_API_URL"] = hangingWebhooks(t, srv)
	env["SYNERGYBOT_DISCORD_GUILD_ID"] = guildID
	pub, priv := newKeyPair(t)
	env["SYNERGYBOT_DISCORD_PUBLIC_KEY"] = pub
	addr := freeAddr(t)
	p := startServe(t, srv, env, "--gateway=false", "--http", addr)
	body := `{"id":"6000000000000000009","application_id":"` + srv.ApplicationID() + `","type":2,"token":"tokz",` +
		`"channel_id":"7000000000000000001","guild_id":"` + guildID + `","authorizing_integration_owners":{"0":"` + guildID + `"},"context":0,` +
		`"member":{"user":{"id":"9000000000000000001","username":"admin"},"roles":[],"permissions":"8"},` +
		`"data":{"id":"1","name":"kb","type":1,"options":[{"name":"reload","type":1}]}}`
	postSigned(t, addr, priv, body)

	p.signal(t, syscall.SIGTERM)
	p.waitLog(t, "shutting down")
	start := time.Now()
	p.signal(t, syscall.SIGTERM)
	select {
	case <-p.exited:
	case <-time.After(5 * time.Second):
		t.Fatalf("still running 5s after a second SIGTERM\nlog:\n%s", p.stderr)
	}
	took := time.Since(start)
	t.Logf("second SIGTERM: ended in %v, exit %d", took.Round(time.Millisecond), p.code)
	if took > time.Second {
		t.Errorf("a second SIGTERM took %v to end the process, want at once", took)
	}
	if want := exitSignalBase + int(syscall.SIGTERM); p.code != want {
		t.Errorf("exit %d after a second SIGTERM, want %d\nlog:\n%s", p.code, want, p.stderr)
	}
}

// dmAnswered sends a DM and waits for the reply; when want is not empty,
// the reply must contain it.
func dmAnswered(t *testing.T, srv *fakediscord.Server, text, want string) {
	t.Helper()
	const channel = "4000000000000000001"
	before := len(srv.Requests())
	if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("", channel, "5000000000000000001", text)); err != nil {
		t.Fatal(err)
	}
	wait, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	req, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool {
		return r.Method == "POST" && r.Path == "/channels/"+channel+"/messages" && r.Seq > before
	})
	if err != nil {
		t.Fatalf("no reply to %q: %v", text, err)
	}
	if want != "" && !strings.Contains(string(req.Body), want) {
		t.Errorf("reply to %q lacks %q: %s", text, want, req.Body)
	}
}

// hangingWebhooks puts a proxy in front of srv that passes every request
// through except those to /webhooks/ (interaction follow-ups), which it
// holds until the client gives up: a Discord whose follow-ups keep failing.
// It returns the proxy's URL, to use as discord.api_url.
func hangingWebhooks(t *testing.T, srv *fakediscord.Server) string {
	t.Helper()
	target, err := url.Parse(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	hang := make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "/webhooks/") {
			webhookCalls.Add(1)
			select {
			case <-r.Context().Done():
			case <-hang:
			}
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
			return
		}
		proxy.ServeHTTP(w, r)
	})
	return startHTTP(t, h, func() { close(hang) })
}

// webhookCalls counts requests hangingWebhooks held.
var webhookCalls atomic.Int64

// startHTTP serves h on a loopback listener until the test ends (calling
// release first, to let held requests go) and returns its URL.
func startHTTP(t *testing.T, h http.Handler, release func()) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &http.Server{Handler: h}
	go s.Serve(ln)
	t.Cleanup(func() {
		release()
		s.Close()
	})
	return "http://" + ln.Addr().String() + "/"
}

// newKeyPair makes an application key pair: the public key in hex, as
// discord.public_key takes it, and the private key to sign requests.
func newKeyPair(t *testing.T) (string, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(pub), priv
}

// freeAddr returns a loopback address nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// signedResponse is the answer to postSigned.
type signedResponse struct {
	StatusCode int
	Body       string
}

// postSigned posts an interaction to the endpoint at addr, signed as
// Discord signs them, retrying until the endpoint listens.
func postSigned(t *testing.T, addr string, priv ed25519.PrivateKey, body string) signedResponse {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", "http://"+addr+"/interactions", bytes.NewReader([]byte(body)))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return signedResponse{resp.StatusCode, string(b)}
		}
		if time.Now().After(deadline) {
			t.Fatalf("interactions endpoint never answered: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
