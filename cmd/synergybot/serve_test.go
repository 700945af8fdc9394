package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/internal/fakediscord"
	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
	"github.com/sclondonmassage/synergybot/store"
)

// TestServeEndToEnd runs `synergybot serve` as an operator would, configured
// only through the environment, against a fake Discord on 127.0.0.1: shard
// settings reach IDENTIFY, a DM is answered, an unanswered question is
// recorded, a broken knowledge edit is reported to the staff channel while
// the old version keeps answering, and SIGTERM (ctx) stops it cleanly.
func TestServeEndToEnd(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot serve-test-token", Shards: 2})
	dir := t.TempDir()
	kbPath := filepath.Join(dir, "kb.yaml")
	if err := os.WriteFile(kbPath, knowledge.DefaultYAML, 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "log.db")
	const staffChannel = "3000000000000000001"
	for k, v := range map[string]string{
		"SYNERGYBOT_DISCORD_TOKEN":            "serve-test-token",
		"SYNERGYBOT_DISCORD_API_URL":          srv.URL(),
		"SYNERGYBOT_DISCORD_SHARD_ID":         "1",
		"SYNERGYBOT_DISCORD_SHARD_COUNT":      "auto",
		"SYNERGYBOT_DISCORD_STAFF_CHANNEL":    staffChannel,
		"SYNERGYBOT_DISCORD_RATE_LIMIT_BURST": "-1",
		"SYNERGYBOT_KNOWLEDGE_PATH":           kbPath,
		"SYNERGYBOT_KNOWLEDGE_WATCH":          "true",
		"SYNERGYBOT_STORAGE_PATH":             dbPath,
	} {
		t.Setenv(k, v)
	}
	t.Chdir(dir)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() { done <- run(ctx, []string{"serve"}, strings.NewReader(""), &stdout, &stderr) }()

	wait, waitCancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer waitCancel()
	if _, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool {
		return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
	}); err != nil {
		t.Fatalf("commands never registered: %v\nlog:\n%s", err, stderr.String())
	}
	ids := srv.Identifies()
	if len(ids) != 1 || ids[0].Shard == nil || *ids[0].Shard != [2]int{1, 2} {
		t.Fatalf("IDENTIFY shard = %+v, want [1 2] (shard_id 1, shard_count auto with 2 recommended)", ids)
	}
	if strings.Contains(stderr.String(), "serve-test-token") {
		t.Error("the token appears in the log")
	}

	dm := func(text string) map[string]any {
		t.Helper()
		const channel = "4000000000000000001"
		before := len(srv.Requests())
		if err := srv.Dispatch("MESSAGE_CREATE", srv.UserMessage("", channel, "5000000000000000001", text)); err != nil {
			t.Fatal(err)
		}
		req, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool {
			return r.Method == "POST" && r.Path == "/channels/"+channel+"/messages" && r.Seq > before
		})
		if err != nil {
			t.Fatalf("no reply to %q: %v", text, err)
		}
		var body map[string]any
		if err := json.Unmarshal(req.Body, &body); err != nil {
			t.Fatal(err)
		}
		return body
	}
	if got := dm("what is rolfing?"); !strings.Contains(mustJSON(t, got), "Rolfing") {
		t.Errorf("DM reply does not answer about rolfing: %s", mustJSON(t, got))
	}
	dm("how do i fix the brakes on my car")

	// A broken edit: the staff channel hears about it, with the line.
	// The watch is set up in the background after start-up, so an edit
	// made at once may come before it: save again until it is seen.
	broken := strings.Replace(string(knowledge.DefaultYAML), "  - id: rolfing\n", "  - id: Rolfing!\n", 1)
	var req fakediscord.Request
	var err error
	for {
		if err := os.WriteFile(kbPath, []byte(broken), 0o644); err != nil {
			t.Fatal(err)
		}
		try, cancelTry := context.WithTimeout(wait, time.Second)
		req, err = srv.WaitRequest(try, func(r fakediscord.Request) bool {
			return r.Method == "POST" && r.Path == "/channels/"+staffChannel+"/messages"
		})
		cancelTry()
		if err == nil {
			break
		}
		if wait.Err() != nil {
			t.Fatalf("broken edit never reported to the staff channel: %v\nlog:\n%s", err, stderr.String())
		}
	}
	if !strings.Contains(string(req.Body), "kb.yaml:") || !strings.Contains(string(req.Body), "Rolfing!") {
		t.Errorf("staff report does not name the file, line and bad value: %s", req.Body)
	}
	// The last good version still answers.
	if got := dm("what is rolfing?"); !strings.Contains(mustJSON(t, got), "Rolfing") {
		t.Errorf("after a broken edit the bot no longer answers from the last good version: %s", mustJSON(t, got))
	}

	start := time.Now()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d:\n%s", code, stderr.String())
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("shutdown took %v, want under 5s", d)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}

	db, err := sqlite.Open(context.Background(), dbPath, sqlite.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	gaps, err := store.Gaps(context.Background(), db, store.GapQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gaps) != 1 || !strings.Contains(gaps[0].Examples[0], "brakes") {
		t.Errorf("gaps = %+v, want the one unanswered question about brakes", gaps)
	}
}

func TestServeNeedsToken(t *testing.T) {
	t.Setenv("SYNERGYBOT_DISCORD_TOKEN", "")
	_, errOut, code := runCLI(t, "", "serve")
	if code != 1 || !strings.Contains(errOut, "SYNERGYBOT_DISCORD_TOKEN") {
		t.Errorf("exit %d, stderr %q; want 1 and a hint naming SYNERGYBOT_DISCORD_TOKEN", code, errOut)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestServeHTTPOnly runs `serve --gateway=false --http ADDR`, a replica that
// answers Discord's signed HTTP interactions and never dials the gateway.
func TestServeHTTPOnly(t *testing.T) {
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot serve-test-token"})
	pub, priv := newKeyPair(t)
	addr := freeAddr(t)
	t.Setenv("SYNERGYBOT_DISCORD_TOKEN", "serve-test-token")
	t.Setenv("SYNERGYBOT_DISCORD_API_URL", srv.URL())
	t.Setenv("SYNERGYBOT_DISCORD_PUBLIC_KEY", pub)
	t.Setenv("SYNERGYBOT_STORAGE_PATH", "")
	t.Chdir(t.TempDir())

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--gateway=false", "--http", addr}, strings.NewReader(""), io.Discard, &stderr)
	}()

	wait, waitCancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer waitCancel()
	if _, err := srv.WaitRequest(wait, func(r fakediscord.Request) bool {
		return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands")
	}); err != nil {
		t.Fatalf("commands never registered: %v\nlog:\n%s", err, stderr.String())
	}

	body := []byte(`{"id":"6000000000000000001","application_id":"` + srv.ApplicationID() + `","type":2,"token":"tok","channel_id":"7000000000000000001","guild_id":"8000000000000000001",` +
		`"member":{"user":{"id":"9000000000000000001","username":"member"},"roles":[],"permissions":"0"},` +
		`"data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"what is rolfing"}]}}`)
	var resp *http.Response
	var err error
	for {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequestWithContext(wait, "POST", "http://"+addr+"/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
		resp, err = http.DefaultClient.Do(req)
		if err == nil {
			break
		}
		if wait.Err() != nil {
			t.Fatalf("endpoint never answered: %v\nlog:\n%s", err, stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(got), "Rolfing") {
		t.Errorf("POST /interactions = %d %s, want 200 with the rolfing answer", resp.StatusCode, got)
	}
	if n := len(srv.Identifies()); n != 0 {
		t.Errorf("%d gateway IDENTIFYs with --gateway=false, want none", n)
	}

	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("serve exited %d:\n%s", code, stderr.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
}

// TestServeUnreachableAPINamesHost points discord.api_url at a port nobody
// listens on: serve fails at once, naming that address rather than
// discord.com as the one it could not reach.
func TestServeUnreachableAPINamesHost(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	clearConfigEnv(t)
	t.Setenv("SYNERGYBOT_DISCORD_TOKEN", "serve-test-token")
	t.Setenv("SYNERGYBOT_DISCORD_API_URL", "http://"+addr+"/")
	t.Setenv("SYNERGYBOT_STORAGE_PATH", "")
	_, errOut, code := runCLI(t, "", "serve")
	if code != exitFailed || !strings.Contains(errOut, "sent to http://"+addr+"/api/v9/users/@me (discord.api_url)") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit %d and an error naming http://%s", code, errOut, exitFailed, addr)
	}
}

// TestQuestionLogDefaultPath checks that the default question log is
// created under the state directory, which need not exist yet, and
// nowhere else.
func TestQuestionLogDefaultPath(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state")
	t.Setenv("XDG_STATE_HOME", state)
	cwd := t.TempDir()
	t.Chdir(cwd)
	path := config.DefaultStoragePath()
	if want := filepath.Join(state, "synergybot", "synergybot.db"); path != want {
		t.Fatalf("DefaultStoragePath() = %q, want %q", path, want)
	}
	log := openQuestionLog(context.Background(), config.StorageConfig{Path: path, RetentionDays: 90}, slog.New(slog.DiscardHandler))
	if log.recorder == nil {
		t.Fatal("no question log at the default path")
	}
	log.RecordUnanswered(context.Background(), "do you do hot stone massage", knowledge.Reply{Kind: knowledge.ReplyDontKnow}, knowledge.SourceChat)
	log.Close() // drains the write, so the database exists
	if _, err := os.Stat(path); err != nil {
		t.Errorf("default database not created: %v", err)
	}
	if entries, _ := os.ReadDir(cwd); len(entries) != 0 {
		t.Errorf("files created in the working directory: %v", entries)
	}
}
