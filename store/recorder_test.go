package store_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
	"github.com/sclondonmassage/synergybot/store"
)

// deadline bounds every wait in these tests; it only fires when something
// is broken, so it is generous.
const deadline = 10 * time.Second

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// syncBuffer is a log sink safe for the writer goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex // guards buf
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

// gateStore wraps a real store: while gated, every unanswered write says
// which question it holds and waits for release; fail makes writes fail
// with the given error instead.
type gateStore struct {
	store.Store
	entered chan string
	release chan struct{}
	gated   atomic.Bool
	fail    atomic.Pointer[error]
}

func newGate(t *testing.T) (*gateStore, *sqlite.DB) {
	t.Helper()
	d, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"), sqlite.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return &gateStore{Store: d, entered: make(chan string, 100), release: make(chan struct{})}, d
}

func (g *gateStore) RecordUnanswered(ctx context.Context, q knowledge.Unanswered) error {
	if g.gated.Load() {
		g.entered <- q.Question
		select {
		case <-g.release:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	if err := g.fail.Load(); err != nil {
		return *err
	}
	return g.Store.RecordUnanswered(ctx, q)
}

func (g *gateStore) Ping(ctx context.Context) error {
	if err := g.fail.Load(); err != nil {
		return *err
	}
	return g.Store.Ping(ctx)
}

func (g *gateStore) Close() error { return nil } // the test's cleanup closes the DB

func (g *gateStore) waitEntered(t *testing.T) string {
	t.Helper()
	select {
	case q := <-g.entered:
		return q
	case <-time.After(deadline):
		t.Fatal("the writer never started a write")
		return ""
	}
}

func opener(s store.Store) store.Opener {
	return func(context.Context) (store.Store, error) { return s, nil }
}

func closeRecorder(t *testing.T, r *store.Recorder) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	if err := r.Close(ctx); err != nil {
		t.Fatal(err)
	}
}

func questions(t *testing.T, d *sqlite.DB) []string {
	t.Helper()
	rows, err := d.Unanswered(context.Background(), time.Time{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, r.Question)
	}
	return out
}

func ask(q string) knowledge.Unanswered { return knowledge.Unanswered{Question: q} }

func TestRecorderDropsOldestWhenFull(t *testing.T) {
	gate, d := newGate(t)
	gate.gated.Store(true)
	r := store.NewRecorder(opener(gate), store.RecorderOptions{QueueSize: 2, Logger: quiet})
	r.Unanswered(ask("held question"))
	if got := gate.waitEntered(t); got != "held question" {
		t.Fatalf("writer holds %q", got)
	}
	for _, q := range []string{"first queued", "second queued", "third queued", "fourth queued"} {
		r.Unanswered(ask(q)) // never blocks, though the writer is stuck
	}
	if got := r.Status().Dropped; got != 2 {
		t.Errorf("dropped %d, want 2 (the two oldest queued)", got)
	}
	gate.gated.Store(false)
	close(gate.release)
	closeRecorder(t, r)
	got := strings.Join(questions(t, d), ",")
	for _, want := range []string{"held question", "third queued", "fourth queued"} {
		if !strings.Contains(got, want) {
			t.Errorf("stored %q, missing %q", got, want)
		}
	}
	if strings.Contains(got, "first queued") || strings.Contains(got, "second queued") {
		t.Errorf("stored %q, which holds a dropped write", got)
	}
}

func TestRecorderSkipsQuestionsWithNothingToKeep(t *testing.T) {
	gate, d := newGate(t)
	var logs syncBuffer
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	r.Unanswered(ask("😀🙏"))
	r.Unanswered(ask("   "))
	r.Unanswered(ask("does massage help"))
	closeRecorder(t, r)
	st := r.Status()
	if st.Skipped != 2 || st.Failed != 0 {
		t.Errorf("status %+v, want 2 skipped and 0 failed", st)
	}
	if got := questions(t, d); len(got) != 1 {
		t.Errorf("stored %q, want only the real question", got)
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("skipped questions were logged as errors:\n%s", logs.String())
	}
}

func TestRecorderRateLimitsRepeatedErrors(t *testing.T) {
	gate, _ := newGate(t)
	refused := errors.New("constraint failed")
	gate.fail.Store(&refused)
	var logs syncBuffer
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	for i := range 50 {
		r.Unanswered(ask(fmt.Sprintf("question %d", i)))
	}
	closeRecorder(t, r)
	if got := r.Status().Failed; got != 50 {
		t.Errorf("failed %d, want 50", got)
	}
	out := logs.String()
	if n := strings.Count(out, `msg="question log: write failed"`); n != 2 {
		t.Errorf("logged %d write-failed lines, want 2 (the first, then one with the count):\n%s", n, out)
	}
	if !strings.Contains(out, "repeated=49") {
		t.Errorf("the log does not give the count of repeats:\n%s", out)
	}
}

func TestRecorderRetriesOpenInBackground(t *testing.T) {
	gate, d := newGate(t)
	var attempts atomic.Int32
	r := store.NewRecorder(func(context.Context) (store.Store, error) {
		if attempts.Add(1) < 3 {
			return nil, fmt.Errorf("open: %w: database is locked", store.ErrUnavailable)
		}
		return gate, nil
	}, store.RecorderOptions{Logger: quiet, RetryMin: 10 * time.Millisecond})
	if st := r.Status(); st.State != store.StateConnecting && st.State != store.StateReady {
		t.Errorf("state at start %q", st.State)
	}
	r.Unanswered(ask("asked while the file was locked"))
	waitFor(t, func() bool { return r.Status().State == store.StateReady })
	closeRecorder(t, r)
	if got := questions(t, d); len(got) != 1 {
		t.Errorf("stored %q, want the question asked while locked", got)
	}
	if n := attempts.Load(); n != 3 {
		t.Errorf("opened %d times, want 3", n)
	}
}

func TestRecorderKeepsWriteWhileUnavailable(t *testing.T) {
	gate, d := newGate(t)
	down := fmt.Errorf("write: %w: connection refused", store.ErrUnavailable)
	gate.fail.Store(&down)
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: quiet, RetryMin: 5 * time.Millisecond, RetryMax: 20 * time.Millisecond, QueueSize: 3})
	for i := range 6 {
		r.Unanswered(ask(fmt.Sprintf("question %d", i)))
	}
	waitFor(t, func() bool { return r.Status().State == store.StateUnavailable })
	st := r.Status()
	if !strings.Contains(st.LastError, "connection refused") || st.Failed != 0 {
		t.Errorf("status while down %+v, want the error shown and nothing counted failed", st)
	}
	gate.fail.Store(nil)
	waitFor(t, func() bool { return r.Status().State == store.StateReady })
	closeRecorder(t, r)
	st = r.Status()
	got := questions(t, d)
	if uint64(len(got))+st.Dropped != 6 || st.Dropped == 0 {
		t.Errorf("stored %d, dropped %d of 6; want every write either stored or counted dropped, some dropped", len(got), st.Dropped)
	}
	if !strings.Contains(strings.Join(got, ","), "question 5") {
		t.Errorf("stored %q, want the newest kept", got)
	}
}

func TestRecorderCloseHasADeadline(t *testing.T) {
	gate, _ := newGate(t)
	gate.gated.Store(true) // a write that never finishes on its own
	var logs syncBuffer
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	for i := range 10 {
		r.Unanswered(ask(fmt.Sprintf("question %d", i)))
	}
	gate.waitEntered(t)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := r.Close(ctx)
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "dropped") {
		t.Errorf("Close = %v, want an error saying writes were dropped", err)
	}
	if took > time.Second {
		t.Errorf("Close took %v with a 200ms deadline", took)
	}
	waitFor(t, func() bool { return r.Status().Dropped == 10 })
	if !strings.Contains(logs.String(), "shutdown deadline") {
		t.Errorf("no log line about the deadline:\n%s", logs.String())
	}
}

func TestRecorderAfterCloseAndNil(t *testing.T) {
	gate, d := newGate(t)
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: quiet})
	closeRecorder(t, r)
	closeRecorder(t, r) // twice is fine
	r.Unanswered(ask("too late"))
	if got := r.Status().Dropped; got != 1 {
		t.Errorf("dropped %d after Close, want 1", got)
	}
	if got := questions(t, d); len(got) != 0 {
		t.Errorf("stored %q after Close", got)
	}

	var none *store.Recorder
	none.Unanswered(ask("q"))
	none.Feedback(knowledge.Vote{EntryID: "e"})
	none.RememberAsked("e", "1", knowledge.Asked{Question: "q"})
	if _, ok := none.Recall(context.Background(), "e", "1"); ok || none.Reader() != nil || none.Status().Backend != "" {
		t.Error("a nil Recorder is not empty")
	}
	if err := none.Close(context.Background()); err != nil {
		t.Error(err)
	}
}

func TestRecorderPrunesPeriodically(t *testing.T) {
	gate, d := newGate(t)
	old := knowledge.Unanswered{Question: "an old question", At: time.Now().Add(-200 * 24 * time.Hour)}
	if err := d.RecordUnanswered(context.Background(), old); err != nil {
		t.Fatal(err)
	}
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: quiet, PruneEvery: 10 * time.Millisecond})
	waitFor(t, func() bool { return len(questions(t, d)) == 0 })
	closeRecorder(t, r)
}

func TestRecorderConcurrentSendersAndClose(t *testing.T) {
	gate, d := newGate(t)
	r := store.NewRecorder(opener(gate), store.RecorderOptions{Logger: quiet, QueueSize: 8})
	var wg sync.WaitGroup
	const senders, each = 8, 50
	for s := range senders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				r.Unanswered(ask(fmt.Sprintf("sender %d question %d", s, i)))
				r.Feedback(knowledge.Vote{EntryID: "e", Helpful: true})
			}
		}()
	}
	go func() {
		time.Sleep(5 * time.Millisecond)
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		defer cancel()
		r.Close(ctx)
	}()
	wg.Wait()
	closeRecorder(t, r)
	st := r.Status()
	stored := uint64(len(questions(t, d)))
	fb, err := d.Feedback(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	votes := uint64(0)
	if len(fb) == 1 {
		votes = uint64(fb[0].Helpful)
	}
	if stored+votes+st.Dropped+st.Failed != 2*senders*each {
		t.Errorf("stored %d + %d votes, dropped %d, failed %d: want %d in all", stored, votes, st.Dropped, st.Failed, 2*senders*each)
	}
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	end := time.Now().Add(deadline)
	for !cond() {
		if time.Now().After(end) {
			t.Fatal("condition never became true")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// readOnlyLocked fails every write as unavailable while reads (Ping) work,
// as a SQLite file locked by another writer does, and counts the attempts.
type readOnlyLocked struct {
	store.Store
	attempts atomic.Int32
}

func (s *readOnlyLocked) RecordUnanswered(context.Context, knowledge.Unanswered) error {
	s.attempts.Add(1)
	return fmt.Errorf("record: %w: database is locked", store.ErrUnavailable)
}

func (s *readOnlyLocked) Close() error { return nil }

func TestRecorderBacksOffWhenOnlyWritesFail(t *testing.T) {
	_, d := newGate(t)
	locked := &readOnlyLocked{Store: d}
	r := store.NewRecorder(opener(locked), store.RecorderOptions{Logger: quiet, RetryMin: 50 * time.Millisecond, RetryMax: time.Second})
	r.Unanswered(ask("a question the locked file cannot take"))
	time.Sleep(400 * time.Millisecond)
	// 0, 50, 150, 350 ms: four attempts at most, not a spin.
	if n := locked.attempts.Load(); n < 2 || n > 5 {
		t.Errorf("%d write attempts in 400 ms with 50 ms backoff doubling, want 2 to 5", n)
	}
	if st := r.Status(); st.State != store.StateUnavailable || !strings.Contains(st.LastError, "locked") {
		t.Errorf("status %+v, want unavailable with the lock error", st)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if err := r.Close(ctx); err == nil {
		t.Error("Close = nil, want the dropped write reported")
	}
}
