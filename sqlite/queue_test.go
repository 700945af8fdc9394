package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// deadline bounds every wait in these tests; it only fires when something
// is broken, so it is generous.
const deadline = 10 * time.Second

// quiet is a logger for tests that do not look at logs.
var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

// gateStore holds every unanswered write until release is closed, and says
// which question each write is holding, so a test can fill the queue while
// the writer is known to be busy.
type gateStore struct {
	Store
	entered chan string
	release chan struct{}
}

func newGateStore(s Store) *gateStore {
	return &gateStore{Store: s, entered: make(chan string, 100), release: make(chan struct{})}
}

func (g *gateStore) RecordUnanswered(ctx context.Context, q Unanswered) error {
	g.entered <- q.Question
	<-g.release
	return g.Store.RecordUnanswered(ctx, q)
}

// waitEntered returns the question the writer is now holding.
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

// questions returns the recorded questions, sorted.
func questions(t *testing.T, d *DB) []string {
	t.Helper()
	var out []string
	for _, r := range readRows(t, d) {
		out = append(out, r.Question)
	}
	return out
}

func TestRecorderDropsOldestWhenFull(t *testing.T) {
	d := openTest(t, Options{})
	gate := newGateStore(d)
	r := NewRecorder(gate, RecorderOptions{QueueSize: 4, Logger: quiet, Now: clockAt(t0)})

	r.Unanswered(Unanswered{Question: "q0"})
	if got := gate.waitEntered(t); got != "q0" {
		t.Fatalf("writer holds %q, want q0", got)
	}
	// The writer is stuck on q0: q1..q4 fill the queue, q5 and q6 push out
	// the two oldest. None of these calls may block.
	for i := 1; i <= 6; i++ {
		r.Unanswered(Unanswered{Question: fmt.Sprintf("q%d", i)})
	}
	if got := r.Dropped(); got != 2 {
		t.Errorf("Dropped: got %d, want 2", got)
	}

	close(gate.release)
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	want := []string{"q0", "q3", "q4", "q5", "q6"}
	if got := questions(t, d); !reflect.DeepEqual(got, want) {
		t.Errorf("recorded: got %q, want %q (q1 and q2 dropped)", got, want)
	}
	if got := r.Failed(); got != 0 {
		t.Errorf("Failed: got %d, want 0", got)
	}
}

func TestRecorderWritesInOrderAndDrainsOnClose(t *testing.T) {
	d := openTest(t, Options{})
	r := NewRecorder(d, RecorderOptions{QueueSize: 64, Logger: quiet, Now: clockAt(t0)})
	for i := range 20 {
		r.Unanswered(Unanswered{Question: "does it hurt", BestID: fmt.Sprintf("guess-%d", i), Source: SourceChat})
	}
	r.Feedback(Vote{EntryID: "cupping", Question: "does cupping hurt"})
	r.Feedback(Vote{EntryID: "cupping", Helpful: true})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}

	rows := readRows(t, d)
	if len(rows) != 1 || rows[0].Count != 20 || rows[0].BestID != "guess-19" || !rows[0].First.Equal(t0) {
		t.Errorf("after Close: got %+v, want one row asked 20 times, last guess guess-19, stamped %v", rows, t0)
	}
	fb, err := d.Feedback(context.Background(), time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []EntryFeedback{{"cupping", 1, 1, []string{"does cupping hurt"}}}; !reflect.DeepEqual(fb, want) {
		t.Errorf("feedback: got %+v, want %+v", fb, want)
	}
	if r.Dropped() != 0 || r.Failed() != 0 {
		t.Errorf("Dropped %d, Failed %d: want 0, 0", r.Dropped(), r.Failed())
	}
}

func TestRecorderCountsAndLogsFailures(t *testing.T) {
	d := openTest(t, Options{})
	d.Close() // every write now fails, as on a disk that went away
	var logs bytes.Buffer
	r := NewRecorder(d, RecorderOptions{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	r.Unanswered(Unanswered{Question: "q"})
	r.Feedback(Vote{EntryID: "e"})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if got := r.Failed(); got != 2 {
		t.Errorf("Failed: got %d, want 2", got)
	}
	if got := strings.Count(logs.String(), "write failed"); got != 2 {
		t.Errorf("logged %d failures, want 2; logs:\n%s", got, logs.String())
	}
	if strings.Contains(logs.String(), `"q"`) {
		t.Errorf("the log repeats question text:\n%s", logs.String())
	}
}

func TestRecorderAfterClose(t *testing.T) {
	d := openTest(t, Options{})
	r := NewRecorder(d, RecorderOptions{Logger: quiet})
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	r.Unanswered(Unanswered{Question: "too late"})
	r.Feedback(Vote{EntryID: "e"})
	if got := r.Dropped(); got != 2 {
		t.Errorf("Dropped after Close: got %d, want 2", got)
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if got := countRows(t, d, "unanswered"); got != 0 {
		t.Errorf("rows written after Close: %d", got)
	}
}

func TestNilRecorderRecordsNothing(t *testing.T) {
	var r *Recorder
	r.Unanswered(Unanswered{Question: "q"})
	r.Feedback(Vote{EntryID: "e"})
	if r.Dropped() != 0 || r.Failed() != 0 {
		t.Errorf("nil Recorder: Dropped %d, Failed %d, want 0, 0", r.Dropped(), r.Failed())
	}
	if err := r.Close(); err != nil {
		t.Errorf("nil Recorder Close: %v", err)
	}
}

// pruneStore reports each Prune call.
type pruneStore struct {
	Store
	pruned chan time.Time
}

func (p *pruneStore) Prune(ctx context.Context, now time.Time) (int64, error) {
	select {
	case p.pruned <- now:
	default:
	}
	return p.Store.Prune(ctx, now)
}

func TestRecorderPrunesPeriodically(t *testing.T) {
	d := openTest(t, Options{})
	if err := d.RecordUnanswered(context.Background(), Unanswered{Question: "old", At: t0.Add(-100 * day)}); err != nil {
		t.Fatal(err)
	}
	ps := &pruneStore{Store: d, pruned: make(chan time.Time, 1)}
	r := NewRecorder(ps, RecorderOptions{PruneEvery: time.Millisecond, Logger: quiet, Now: clockAt(t0)})
	defer r.Close()
	select {
	case now := <-ps.pruned:
		if !now.Equal(t0) {
			t.Errorf("Prune called with %v, want the recorder's clock %v", now, t0)
		}
	case <-time.After(deadline):
		t.Fatal("the recorder never pruned")
	}
	r.Close() // the prune in progress has finished
	if got := countRows(t, d, "unanswered"); got != 0 {
		t.Errorf("rows after periodic prune: got %d, want 0", got)
	}
}

func TestRecorderConcurrentSendersAndClose(t *testing.T) {
	d := openTest(t, Options{})
	r := NewRecorder(d, RecorderOptions{QueueSize: 8, Logger: quiet, Now: clockAt(t0)})
	const senders, each = 8, 100
	var wg sync.WaitGroup
	started := make(chan struct{}, senders)
	for s := range senders {
		wg.Go(func() {
			started <- struct{}{}
			for i := range each {
				r.Unanswered(Unanswered{Question: fmt.Sprintf("s%d q%d", s, i%10)})
			}
		})
	}
	for range senders {
		<-started
	}
	// Close while the senders are still going: nothing may panic, and
	// every call is either written or counted as dropped.
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	written := 0
	for _, row := range readRows(t, d) {
		written += row.Count
	}
	if got := uint64(written) + r.Dropped(); got != senders*each {
		t.Errorf("written %d + dropped %d = %d, want %d", written, r.Dropped(), got, senders*each)
	}
}
