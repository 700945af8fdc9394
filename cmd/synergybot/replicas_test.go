package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sclondonmassage/synergybot/internal/fakediscord"
	"github.com/sclondonmassage/synergybot/knowledge"
)

// postgresURLVar names the throw-away database the PostgreSQL tests use;
// .ci/run starts one and sets it.
const postgresURLVar = "SYNERGYBOT_TEST_POSTGRES_URL"

// postgresSchema returns a URL on a fresh schema of the test database, or
// skips (fails under CI=true) when there is none.
func postgresSchema(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresURLVar)
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set, but CI=true: .ci/run should have started a PostgreSQL cluster", postgresURLVar)
		}
		t.Skipf("needs PostgreSQL: set %s=postgres://USER@127.0.0.1:PORT/postgres (or run .ci/run)", postgresURLVar)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", postgresURLVar, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "e2e_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if conn, err := pgx.Connect(ctx, base); err == nil {
			conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE")
			conn.Close(ctx)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// TestReplicasShareThePostgresLog runs two `serve --gateway=false --http`
// replicas against one PostgreSQL database, as behind a load balancer:
// each records the question it could not answer, `kb gaps` lists both, and
// a "Not helpful" vote taken by the replica that did not answer still
// lands with its question.
func TestReplicasShareThePostgresLog(t *testing.T) {
	dbURL := postgresSchema(t)
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "Bot replica-test-token"})
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("SYNERGYBOT_DISCORD_TOKEN", "replica-test-token")
	t.Setenv("SYNERGYBOT_DISCORD_API_URL", srv.URL())
	t.Setenv("SYNERGYBOT_DISCORD_PUBLIC_KEY", hex.EncodeToString(pub))
	t.Setenv("SYNERGYBOT_STORAGE_URL", dbURL)
	t.Chdir(t.TempDir())

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	type replica struct {
		addr   string
		stderr *syncBuffer
		done   chan int
	}
	var replicas [2]replica
	for i := range replicas {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		r := replica{addr: ln.Addr().String(), stderr: &syncBuffer{}, done: make(chan int, 1)}
		ln.Close()
		go func() {
			r.done <- run(ctx, []string{"serve", "--gateway=false", "--http", r.addr}, strings.NewReader(""), io.Discard, r.stderr)
		}()
		replicas[i] = r
	}

	wait, waitCancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer waitCancel()
	// post sends a signed interaction to replica i, retrying until its
	// endpoint listens, and returns the decoded response.
	post := func(i int, body string) map[string]any {
		t.Helper()
		for {
			ts := strconv.FormatInt(time.Now().Unix(), 10)
			req, _ := http.NewRequestWithContext(wait, "POST", "http://"+replicas[i].addr+"/interactions", bytes.NewReader([]byte(body)))
			req.Header.Set("X-Signature-Timestamp", ts)
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				if wait.Err() != nil {
					t.Fatalf("replica %d never answered: %v\nlog:\n%s", i, err, replicas[i].stderr.String())
				}
				time.Sleep(50 * time.Millisecond)
				continue
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("replica %d: POST /interactions = %d %s", i, resp.StatusCode, got)
			}
			var out map[string]any
			if err := json.Unmarshal(got, &out); err != nil {
				t.Fatal(err)
			}
			return out
		}
	}
	member := func(id string) string {
		return `"member":{"user":{"id":"` + id + `","username":"member"},"roles":[],"permissions":"0"}`
	}
	ask := func(i int, id, asker, question string) map[string]any {
		return post(i, `{"id":"`+id+`","application_id":"`+srv.ApplicationID()+`","type":2,"token":"tok`+id+`","channel_id":"7000000000000000001","guild_id":"8000000000000000001",`+
			member(asker)+`,"data":{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"`+question+`"}]}}`)
	}

	ask(0, "6000000000000000001", "9000000000000000001", "how do I fix the brakes on my car")
	ask(1, "6000000000000000002", "9000000000000000002", "can you recommend a pizza place downtown")

	// Replica 0 answers; the asker's "Not helpful" reaches replica 1.
	const asker = "9000000000000000003"
	answer := ask(0, "6000000000000000003", asker, "what is rolfing")
	data, _ := answer["data"].(map[string]any)
	customID := ""
	for _, row := range asSlice(data["components"]) {
		for _, c := range asSlice(row.(map[string]any)["components"]) {
			if id, _ := c.(map[string]any)["custom_id"].(string); strings.HasPrefix(id, "fb:down:") {
				customID = id
			}
		}
	}
	if customID == "" {
		t.Fatalf("the answer has no Not helpful button: %v", answer)
	}
	message, _ := json.Marshal(map[string]any{"id": "1500000000000000001", "channel_id": "7000000000000000001", "type": 20,
		"embeds": data["embeds"], "components": data["components"]})
	// The answering replica stores the question in the background; give
	// it a moment, as a member reading the answer would.
	time.Sleep(500 * time.Millisecond)
	post(1, `{"id":"6000000000000000004","application_id":"`+srv.ApplicationID()+`","type":3,"token":"tok4","channel_id":"7000000000000000001","guild_id":"8000000000000000001",`+
		member(asker)+`,"message":`+string(message)+`,"data":{"custom_id":"`+customID+`","component_type":2}}`)

	start := time.Now()
	cancel()
	for i, r := range replicas {
		select {
		case code := <-r.done:
			if code != 0 {
				t.Fatalf("replica %d exited %d:\n%s", i, code, r.stderr.String())
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("replica %d did not stop within 10 s", i)
		}
	}
	t.Logf("both replicas stopped in %v", time.Since(start))
	for i, r := range replicas {
		if strings.Contains(r.stderr.String(), "replica-test-token") {
			t.Errorf("replica %d logged the token", i)
		}
	}

	out, errOut, code := runCLI(t, "", "kb", "gaps", "--json")
	if code != 0 {
		t.Fatalf("kb gaps exited %d: %s", code, errOut)
	}
	var report struct {
		Gaps []struct {
			Count    int      `json:"count"`
			Examples []string `json:"examples"`
		} `json:"gaps"`
		LeastHelpful []struct {
			EntryID    string   `json:"entry_id"`
			NotHelpful int      `json:"not_helpful"`
			Questions  []string `json:"questions"`
		} `json:"least_helpful"`
	}
	if err := json.Unmarshal([]byte(out), &report); err != nil {
		t.Fatalf("kb gaps --json: %v\n%s", err, out)
	}
	var examples []string
	for _, g := range report.Gaps {
		examples = append(examples, g.Examples...)
	}
	joined := strings.Join(examples, " | ")
	for _, want := range []string{knowledge.LogText("how do I fix the brakes on my car"), knowledge.LogText("can you recommend a pizza place downtown")} {
		if !strings.Contains(joined, want) {
			t.Errorf("kb gaps shows %q, missing %q", joined, want)
		}
	}
	if len(report.LeastHelpful) != 1 || report.LeastHelpful[0].EntryID != "rolfing" ||
		fmt.Sprint(report.LeastHelpful[0].Questions) != "[what is rolfing]" {
		t.Errorf("least helpful = %+v, want rolfing with the question asked on the other replica", report.LeastHelpful)
	}
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}
