package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
	"github.com/sclondonmassage/synergybot/sqlite"
)

// TestServeStopsWithLockedQuestionLog holds the SQLite log's write lock in
// another connection for the whole run, as another process could: the
// bot still starts and answers, and on stop it gives up on the queued
// writes after its drain deadline, says how many it dropped, and exits well
// within 10 s.
func TestServeStopsWithLockedQuestionLog(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "log.db")
	d, err := sqlite.Open(context.Background(), dbPath, sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
	other, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE; INSERT INTO unanswered (question, first_seen, last_seen) VALUES ('held', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)

	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot lock-test-token"})
	pub, priv := newKeyPair(t)
	addr := freeAddr(t)
	t.Setenv("SYNERGYBOT_DISCORD_TOKEN", "lock-test-token")
	t.Setenv("SYNERGYBOT_DISCORD_API_URL", srv.URL())
	t.Setenv("SYNERGYBOT_DISCORD_PUBLIC_KEY", pub)
	t.Setenv("SYNERGYBOT_STORAGE_URL", "")
	t.Setenv("SYNERGYBOT_STORAGE_PATH", dbPath)
	t.Chdir(dir)

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--gateway=false", "--http", addr}, strings.NewReader(""), io.Discard, &stderr)
	}()
	wait, waitCancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer waitCancel()
	for i := range 5 {
		body := []byte(`{"id":"600000000000000000` + strconv.Itoa(i) + `","application_id":"` + srv.ApplicationID() + `","type":2,"token":"tok","channel_id":"7000000000000000001","guild_id":"8000000000000000001",` +
			`"member":{"user":{"id":"9000000000000000001","username":"member"},"roles":[],"permissions":"0"},` +
			`"data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"how do I fix the brakes on car number ` + strconv.Itoa(i) + `"}]}}`)
		for {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ := http.NewRequestWithContext(wait, "POST", "http://"+addr+"/interactions", bytes.NewReader(body))
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
			start := time.Now()
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				if wait.Err() != nil {
					t.Fatalf("endpoint never answered: %v\nlog:\n%s", err, stderr.String())
				}
				time.Sleep(50 * time.Millisecond)
				continue
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("answer %d: status %d", i, resp.StatusCode)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("answer %d took %v with the log locked", i, took)
			}
			break
		}
	}

	start := time.Now()
	cancel()
	select {
	case code := <-done:
		took := time.Since(start)
		t.Logf("serve stopped %v after the signal, log locked, writes queued", took)
		if code != 0 {
			t.Errorf("serve exited %d:\n%s", code, stderr.String())
		}
		// The endpoint drains first (bot.DefaultHTTPDrain, then no new
		// connections), then the question log gives up after its 4 s.
		if took > 7*time.Second {
			t.Errorf("stop took %v, want the endpoint's 2 s drain, the log's 4 s deadline and a little", took)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("serve did not stop within 10 s with the question log locked\nlog:\n%s", stderr.String())
	}
	log := stderr.String()
	if !strings.Contains(log, "pending writes dropped") {
		t.Errorf("the log does not say writes were dropped:\n%s", log)
	}
	if n := strings.Count(log, "level=ERROR"); n > 1 {
		t.Errorf("%d ERROR lines for one locked database, want them rate-limited:\n%s", n, log)
	}
}
