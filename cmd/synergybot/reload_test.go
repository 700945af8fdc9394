package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
)

// liveWithin is how soon a saved edit must be served: the promise
// to staff, used as a deadline only.
const liveWithin = 2 * time.Second

// syncBuffer is a log sink safe for the watcher's goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex // protects buf
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// reloadFixture is a knowledge base file served by a Live, with a
// reloader whose failures are collected.
type reloadFixture struct {
	path   string
	live   *knowledge.Live
	r      *knowledgeReloader
	logs   *syncBuffer
	errors chan error
}

func newReloadFixture(t *testing.T, watch bool) *reloadFixture {
	t.Helper()
	f := &reloadFixture{
		path:   filepath.Join(t.TempDir(), "kb.yaml"),
		logs:   &syncBuffer{},
		errors: make(chan error, 100),
	}
	f.write(t, knowledge.DefaultYAML)
	cfg := config.Config{Knowledge: config.KnowledgeConfig{Path: f.path, Watch: watch}, Matching: config.MatchingConfig{Threshold: 0.5}}
	first, err := loadKnowledge(cfg, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.live = knowledge.NewLive(first)
	logger := slog.New(slog.NewTextHandler(f.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f.r = newKnowledgeReloader(cfg.Knowledge, f.live, logger, func(err error) { f.errors <- err })
	f.r.debounce = 50 * time.Millisecond
	return f
}

func (f *reloadFixture) write(t *testing.T, data []byte) {
	t.Helper()
	if err := os.WriteFile(f.path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// start runs the reloader until the test ends, with hup as its SIGHUP
// channel, and waits until the file watch is working.
func (f *reloadFixture) start(t *testing.T, hup chan os.Signal) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.r.run(ctx, hup) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run returned %v, want nil", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("run did not return after cancel")
		}
	})
	// The watch is set up in the background: save valid variants (a
	// comment differs) until one goes live.
	stop := time.Now().Add(10 * time.Second)
	for i := 0; time.Now().Before(stop); i++ {
		f.write(t, append(bytes.Clone(knowledge.DefaultYAML), fmt.Sprintf("\n# ping %d\n", i)...))
		if waitUntil(200*time.Millisecond, func() bool { return f.live.Status().Reloads > 0 }) {
			return
		}
	}
	t.Fatal("the watcher never reloaded the file")
}

// waitUntil polls cond until it holds or d has passed.
func waitUntil(d time.Duration, cond func() bool) bool {
	for end := time.Now().Add(d); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}

// edited returns the embedded base with one more entry, so that a reload
// shows as one more entry and a new version.
func edited(id string) []byte {
	return append(bytes.Clone(knowledge.DefaultYAML), fmt.Sprintf(`
  - id: %s
    title: Cupping %s
    kind: technique
    aliases: [cupping %s]
    questions:
      - what is cupping %s
      - do you do cupping %s
      - does cupping %s help back pain
    answer: |
      Cupping %s uses suction cups on the skin.
    related: [booking]
`, id, id, id, id, id, id, id)...)
}

func TestReloadOnSave(t *testing.T) {
	saves := []struct {
		name string
		save func(t *testing.T, f *reloadFixture, data []byte)
	}{
		{"write in place", func(t *testing.T, f *reloadFixture, data []byte) { f.write(t, data) }},
		{"write temp and rename over", func(t *testing.T, f *reloadFixture, data []byte) {
			tmp := f.path + ".swp"
			if err := os.WriteFile(tmp, data, 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(tmp, f.path); err != nil {
				t.Fatal(err)
			}
		}},
		{"delete and recreate", func(t *testing.T, f *reloadFixture, data []byte) {
			if err := os.Remove(f.path); err != nil {
				t.Fatal(err)
			}
			time.Sleep(100 * time.Millisecond) // the deletion is seen on its own
			f.write(t, data)
		}},
	}
	for _, s := range saves {
		t.Run(s.name, func(t *testing.T) {
			f := newReloadFixture(t, true)
			f.start(t, make(chan os.Signal))
			before := f.live.Current()

			s.save(t, f, edited("one"))
			want := knowledge.VersionOf(edited("one"))
			if !waitUntil(liveWithin, func() bool { return f.live.Current().Version == want }) {
				t.Fatalf("version %s not live within %v; serving %s\nlog:\n%s", want, liveWithin, f.live.Current().Version, f.logs)
			}
			cur := f.live.Current()
			if len(cur.Base.Entries) != len(before.Base.Entries)+1 || cur.Base.Entry("one") == nil {
				t.Errorf("live base has %d entries, want %d with the new one", len(cur.Base.Entries), len(before.Base.Entries)+1)
			}
			// The new version is published before its log line is written.
			announced := func() bool {
				return strings.Contains(f.logs.String(), "new version live") && strings.Contains(f.logs.String(), "version="+want)
			}
			if !waitUntil(liveWithin, announced) {
				t.Errorf("no log line announcing version %s:\n%s", want, f.logs)
			}
			if len(f.errors) > 0 {
				t.Errorf("onError called: %v", <-f.errors)
			}
		})
	}
}

func TestReloadBrokenEditKeepsLastGood(t *testing.T) {
	f := newReloadFixture(t, true)
	f.start(t, make(chan os.Signal))
	good := f.live.Current()

	// Misspell the answer field of the added entry: a validation error at
	// a line we can compute.
	broken := strings.Replace(string(edited("two")), "    answer: |\n      Cupping two", "    anwser: |\n      Cupping two", 1)
	line := strings.Count(broken[:strings.Index(broken, "anwser")], "\n") + 1
	f.write(t, []byte(broken))

	var err error
	select {
	case err = <-f.errors:
	case <-time.After(liveWithin):
		t.Fatalf("no reload error reported within %v; log:\n%s", liveWithin, f.logs)
	}
	where := fmt.Sprintf("%s:%d:", f.path, line)
	if !strings.Contains(err.Error(), where) {
		t.Errorf("error does not give the position %s:\n%v", where, err)
	}
	if f.live.Current() != good {
		t.Errorf("serving %s after a broken edit, want the last good %s", f.live.Current().Version, good.Version)
	}
	if !strings.Contains(f.logs.String(), "NOT reloaded") || !strings.Contains(f.logs.String(), where) {
		t.Errorf("log does not report the problem at %s:\n%s", where, f.logs)
	}
	status := f.r.Status()
	if !strings.Contains(status, "NOT loaded") || !strings.Contains(status, where) || !strings.Contains(status, good.Version) {
		t.Errorf("Status() does not show the failure and the served version:\n%s", status)
	}

	// Fixing the file makes it live and clears the failure.
	f.write(t, edited("two"))
	want := knowledge.VersionOf(edited("two"))
	if !waitUntil(liveWithin, func() bool { return f.live.Current().Version == want }) {
		t.Fatalf("fixed version not live within %v", liveWithin)
	}
	if strings.Contains(f.r.Status(), "NOT loaded") {
		t.Errorf("Status() still reports a failure after the fix:\n%s", f.r.Status())
	}
}

func TestReloadTriggersWithoutWatch(t *testing.T) {
	t.Run("SIGHUP", func(t *testing.T) {
		f := newReloadFixture(t, false)
		hup := make(chan os.Signal, 1)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- f.r.run(ctx, hup) }()
		defer func() { cancel(); <-done }()

		f.write(t, edited("three"))
		hup <- syscall.SIGHUP
		want := knowledge.VersionOf(edited("three"))
		if !waitUntil(liveWithin, func() bool { return f.live.Current().Version == want }) {
			t.Fatalf("SIGHUP did not reload within %v; log:\n%s", liveWithin, f.logs)
		}
		// The new version is published before its log line is written.
		if !waitUntil(liveWithin, func() bool { return strings.Contains(f.logs.String(), "trigger=SIGHUP") }) {
			t.Errorf("log does not name the trigger:\n%s", f.logs)
		}
	})

	t.Run("/kb reload", func(t *testing.T) {
		f := newReloadFixture(t, false)
		f.write(t, edited("four"))
		if err := f.r.Reload(context.Background()); err != nil {
			t.Fatal(err)
		}
		if got, want := f.live.Current().Version, knowledge.VersionOf(edited("four")); got != want {
			t.Errorf("version %s after Reload, want %s", got, want)
		}
		f.write(t, []byte("entries: [\n"))
		if err := f.r.Reload(context.Background()); err == nil {
			t.Error("Reload of a broken file returned nil")
		}
		select {
		case <-f.errors:
		default:
			t.Error("onError not called for a failed /kb reload")
		}
		if !strings.Contains(f.r.Status(), "not watched") {
			t.Errorf("Status() does not say the file is not watched:\n%s", f.r.Status())
		}
	})

	t.Run("embedded base", func(t *testing.T) {
		first, err := loadKnowledge(config.Config{Matching: config.MatchingConfig{Threshold: 0.5}}, time.Now())
		if err != nil {
			t.Fatal(err)
		}
		r := newKnowledgeReloader(config.KnowledgeConfig{Watch: true}, knowledge.NewLive(first), nil, nil)
		if err := r.Reload(context.Background()); !errors.Is(err, knowledge.ErrNoFile) {
			t.Errorf("Reload of the embedded base = %v, want knowledge.ErrNoFile", err)
		}
		if s := r.Status(); !strings.Contains(s, knowledge.DefaultSource) || !strings.Contains(s, "built-in") {
			t.Errorf("Status() = %q, want the embedded source explained", s)
		}
	})
}

// TestReloadRealSIGHUP sends the process a real SIGHUP and checks that Run
// handles it (instead of the signal terminating the test binary).
func TestReloadRealSIGHUP(t *testing.T) {
	// A second listener keeps the signal from killing the test binary
	// should it arrive before Run has registered its own, or after Run has
	// stopped listening (the loop below may have sent one more). It stays
	// registered for the rest of the test binary's life; a full channel
	// drops signals without blocking.
	guard := make(chan os.Signal, 10)
	signal.Notify(guard, syscall.SIGHUP)

	f := newReloadFixture(t, false)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f.r.Run(ctx) }()
	defer func() { cancel(); <-done }()

	f.write(t, edited("five"))
	want := knowledge.VersionOf(edited("five"))
	ok := waitUntil(5*time.Second, func() bool {
		if err := syscall.Kill(os.Getpid(), syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		return waitUntil(100*time.Millisecond, func() bool { return f.live.Current().Version == want })
	})
	if !ok {
		t.Fatalf("SIGHUP did not reload; log:\n%s", f.logs)
	}
}

// TestReloadOnPermissionChange checks that a chmod of the knowledge base
// file makes the running bot read it again: staff who restore read
// permission on a file the bot could not read need no restart. (Tests run
// as root read any file, so the unreadable state itself is not shown.)
func TestReloadOnPermissionChange(t *testing.T) {
	f := newReloadFixture(t, true)
	f.start(t, make(chan os.Signal))
	time.Sleep(6 * f.r.debounce) // let start's own saves settle
	before := strings.Count(f.logs.String(), "knowledge base unchanged")
	if err := os.Chmod(f.path, 0o600); err != nil {
		t.Fatal(err)
	}
	if !waitUntil(liveWithin, func() bool { return strings.Count(f.logs.String(), "knowledge base unchanged") > before }) {
		t.Fatalf("chmod did not make the bot read the file again within %v; log:\n%s", liveWithin, f.logs)
	}
}
