package postgres

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
	"github.com/sclondonmassage/synergybot/store/storetest"
)

// URLVar names the environment variable with the URL of a throw-away
// PostgreSQL database for tests; .ci/run starts one and sets it.
const URLVar = "SYNERGYBOT_TEST_POSTGRES_URL"

// TestMain skips the package with one line when no database is given
// locally, and fails when CI should have given one.
func TestMain(m *testing.M) {
	if os.Getenv(URLVar) == "" {
		if os.Getenv("CI") == "true" {
			fmt.Fprintf(os.Stderr, "postgres: %s is not set, but CI=true: .ci/run should have started a cluster\n", URLVar)
			os.Exit(1)
		}
		fmt.Printf("postgres: tests skipped: set %s=postgres://USER@127.0.0.1:PORT/postgres (or run .ci/run) to run them\n", URLVar)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// freshSchema creates an empty schema for one test and returns a URL whose
// connections use it; the schema is dropped when the test ends.
func freshSchema(t testing.TB) string {
	t.Helper()
	base := os.Getenv(URLVar)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to %s: %v", URLVar, err)
	}
	defer conn.Close(ctx)
	b := make([]byte, 6)
	rand.Read(b)
	schema := "t_" + hex.EncodeToString(b)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Error(err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Error(err)
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

func openURL(t testing.TB, u string, opts Options) *DB {
	t.Helper()
	if opts.Now == nil {
		opts.Now = func() time.Time { return storetest.T0 }
	}
	d, err := Open(context.Background(), u, opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T, opts storetest.Options) store.Store {
			return openURL(t, freshSchema(t), Options{Retention: opts.Retention, MaxAsked: opts.MaxAsked})
		},
		OpenShared: func(t *testing.T) (store.Store, store.Store) {
			u := freshSchema(t)
			return openURL(t, u, Options{}), openURL(t, u, Options{})
		},
	})
}

// TestReplicasMigrateAtOnce starts several replicas on an empty database
// together: the advisory lock lets one migrate while the others wait, and
// all end up at the current version.
func TestReplicasMigrateAtOnce(t *testing.T) {
	u := freshSchema(t)
	const replicas = 6
	var wg sync.WaitGroup
	errs := make(chan error, replicas)
	dbs := make(chan *DB, replicas)
	for range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := Open(context.Background(), u, Options{})
			if err != nil {
				errs <- err
				return
			}
			dbs <- d
		}()
	}
	wg.Wait()
	close(errs)
	close(dbs)
	for err := range errs {
		t.Errorf("a replica failed to start: %v", err)
	}
	for d := range dbs {
		v, err := schemaVersion(context.Background(), d.pool)
		if err != nil || v != len(migrations) {
			t.Errorf("schema version %d (%v), want %d", v, err, len(migrations))
		}
		d.Close()
	}
}

func TestReadOnlyNeedsCurrentSchema(t *testing.T) {
	u := freshSchema(t)
	if d, err := Open(context.Background(), u, Options{ReadOnly: true}); err == nil {
		d.Close()
		t.Fatal("read-only Open of an empty database succeeded; want an error saying to start the bot once")
	} else if !strings.Contains(err.Error(), "schema version 0") {
		t.Errorf("read-only Open: %v", err)
	}
	w := openURL(t, u, Options{})
	if err := w.RecordUnanswered(context.Background(), knowledge.Unanswered{Question: "do you do couples massage"}); err != nil {
		t.Fatal(err)
	}
	r := openURL(t, u, Options{ReadOnly: true})
	rows, err := r.Unanswered(context.Background(), time.Time{}, 0)
	if err != nil || len(rows) != 1 {
		t.Errorf("read-only read = %+v, %v", rows, err)
	}
}

func TestNewerSchemaIsRefused(t *testing.T) {
	u := freshSchema(t)
	d := openURL(t, u, Options{})
	if _, err := d.pool.Exec(context.Background(), `UPDATE synergybot_schema SET version = 99`); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), u, Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: %v, want an error saying it is newer", err)
	}
}

// TestUnreachableIsUnavailableAndHidesPassword points at a port nothing
// listens on, with a password in the URL.
func TestUnreachableIsUnavailableAndHidesPassword(t *testing.T) {
	const secret = "s3cr3t-Pa55"
	for _, u := range []string{
		"postgres://bot:" + secret + "@127.0.0.1:1/log?connect_timeout=2",
		"host=127.0.0.1 port=1 user=bot password=" + secret + " dbname=log connect_timeout=2",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		start := time.Now()
		_, err := Open(ctx, u, Options{})
		cancel()
		if err == nil {
			t.Fatal("Open of an unreachable server succeeded")
		}
		if !errors.Is(err, store.ErrUnavailable) {
			t.Errorf("Open: %v, want it marked store.ErrUnavailable so that it is retried", err)
		}
		if strings.Contains(err.Error(), secret) {
			t.Errorf("the error shows the password: %v", err)
		}
		if took := time.Since(start); took > 5*time.Second {
			t.Errorf("Open took %v to fail", took)
		}
		t.Logf("Open: %v", err)
	}
	for _, bad := range []string{"postgres://bot:" + secret + "@[::1", "postgres://bot:" + secret + "@host:notaport/db"} {
		_, err := Open(context.Background(), bad, Options{})
		if err == nil || strings.Contains(err.Error(), secret) || !strings.Contains(err.Error(), "storage.url") {
			t.Errorf("Open(bad URL) = %v; want a storage.url error without the password", err)
		}
	}
	if got := Describe("postgres://bot:" + secret + "@db.example:6432/synergy?sslmode=require"); got != "db.example:6432/synergy" {
		t.Errorf("Describe = %q", got)
	}
}

// TestKeywordValueString opens the test database by libpq's keyword/value
// form instead of a URL, as an operator may write storage.url, and uses
// it: the same schema, the same rows.
func TestKeywordValueString(t *testing.T) {
	u, err := url.Parse(freshSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	kv := []string{"host=" + u.Hostname(), "dbname=" + strings.TrimPrefix(u.Path, "/")}
	if p := u.Port(); p != "" {
		kv = append(kv, "port="+p)
	}
	if name := u.User.Username(); name != "" {
		kv = append(kv, "user="+name)
	}
	if pw, ok := u.User.Password(); ok {
		kv = append(kv, "password='"+strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(pw)+"'")
	}
	for key, vals := range u.Query() {
		kv = append(kv, key+"="+vals[0])
	}
	d := openURL(t, strings.Join(kv, " "), Options{})
	if want := u.Host + u.Path; d.Where() != want {
		t.Errorf("Where = %q, want %q", d.Where(), want)
	}
	ctx := context.Background()
	if err := d.RecordUnanswered(ctx, knowledge.Unanswered{Question: "do you take walk-ins"}); err != nil {
		t.Fatal(err)
	}
	rows, err := d.Unanswered(ctx, time.Time{}, 0)
	if err != nil || len(rows) != 1 {
		t.Fatalf("Unanswered = %v, %v; want the one question", rows, err)
	}
}

// TestRecorderRidesOutAnOutage runs a Recorder against a TCP proxy in
// front of the server, cuts the proxy, and restores it: the bot never
// waits, writes made during the outage are kept (queue room allowing), and
// the state goes unavailable and back to ready.
func TestRecorderRidesOutAnOutage(t *testing.T) {
	u := freshSchema(t)
	proxy := newProxy(t, u)
	d := openURL(t, u, Options{})
	r := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
		return Open(ctx, proxy.url, Options{})
	}, store.RecorderOptions{Backend: "postgres", RetryMin: 20 * time.Millisecond, RetryMax: 100 * time.Millisecond, WriteTimeout: 2 * time.Second})
	r.Unanswered(knowledge.Unanswered{Question: "before the outage"})
	waitFor(t, func() bool { n, _ := d.Unanswered(context.Background(), time.Time{}, 0); return len(n) == 1 })

	proxy.cut()
	start := time.Now()
	r.Unanswered(knowledge.Unanswered{Question: "during the outage"})
	if took := time.Since(start); took > 50*time.Millisecond {
		t.Errorf("recording waited %v during the outage", took)
	}
	waitFor(t, func() bool { return r.Status().State == store.StateUnavailable })
	proxy.restore()
	waitFor(t, func() bool { return r.Status().State == store.StateReady })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := r.Close(ctx); err != nil {
		t.Fatal(err)
	}
	rows, err := d.Unanswered(context.Background(), time.Time{}, 0)
	if err != nil || len(rows) != 2 {
		t.Errorf("stored %+v, %v; want both questions", rows, err)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	end := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(end) {
			t.Fatal("condition never became true")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCloseWithServerGoneStaysBounded queues writes while the server is
// unreachable and stops: Close returns soon after its deadline, counting
// every write as dropped, and nothing shows the password.
func TestCloseWithServerGoneStaysBounded(t *testing.T) {
	u := freshSchema(t)
	proxy := newProxy(t, u)
	proxy.cut()
	r := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
		return Open(ctx, proxy.url, Options{})
	}, store.RecorderOptions{Backend: "postgres", RetryMin: 50 * time.Millisecond})
	for i := range 20 {
		r.Unanswered(knowledge.Unanswered{Question: fmt.Sprintf("question %d while the server is gone", i)})
	}
	waitFor(t, func() bool { return r.Status().LastError != "" })
	if st := r.Status(); st.State != store.StateConnecting {
		t.Errorf("state %q while never connected, want %q", st.State, store.StateConnecting)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start := time.Now()
	err := r.Close(ctx)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Close took %v with a 1 s deadline", took)
	}
	if err == nil {
		t.Error("Close = nil, want an error saying writes were dropped")
	}
	waitFor(t, func() bool { return r.Status().Dropped == 20 })
}

// TestPasswordNeverLogged runs a Recorder against an unreachable server
// with a password in the URL and in PGPASSWORD, and reads everything it
// logs and reports.
func TestPasswordNeverLogged(t *testing.T) {
	const inURL, inEnv = "url-Secret-9", "env-Secret-7"
	t.Setenv("PGPASSWORD", inEnv)
	var logs bytes.Buffer
	var mu sync.Mutex
	logger := slog.New(slog.NewTextHandler(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return logs.Write(p)
	}), &slog.HandlerOptions{Level: slog.LevelDebug}))
	for _, u := range []string{"postgres://bot:" + inURL + "@127.0.0.1:1/log", "postgres://bot@127.0.0.1:1/log"} {
		r := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
			return Open(ctx, u, Options{})
		}, store.RecorderOptions{Backend: "postgres", Where: Describe(u), Logger: logger, RetryMin: 10 * time.Millisecond})
		r.Unanswered(knowledge.Unanswered{Question: "is it safe"})
		waitFor(t, func() bool { return r.Status().LastError != "" })
		st := r.Status()
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		r.Close(ctx)
		cancel()
		mu.Lock()
		out := logs.String() + fmt.Sprintf("%+v", st)
		mu.Unlock()
		for _, secret := range []string{inURL, inEnv} {
			if strings.Contains(out, secret) {
				t.Errorf("the password %q shows in logs or status:\n%s", secret, out)
			}
		}
		if !strings.Contains(out, "127.0.0.1:1/log") {
			t.Errorf("the logs do not say which database:\n%s", out)
		}
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
