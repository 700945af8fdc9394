package sqlite

import (
	"context"
	"log/slog"
	"math/bits"
	"sync"
	"sync/atomic"
	"time"
)

// Store is what a Recorder writes to. *DB implements it; tests wrap it to
// hold the writer still.
type Store interface {
	RecordUnanswered(ctx context.Context, q Unanswered) error
	RecordFeedback(ctx context.Context, v Vote) error
	Prune(ctx context.Context, now time.Time) (int64, error)
}

// RecorderOptions tune NewRecorder. The zero value is ready to use.
type RecorderOptions struct {
	// QueueSize is how many writes may wait; zero means 256.
	QueueSize int
	// PruneEvery is how often the writer deletes old rows; zero means one
	// hour, a negative value never.
	PruneEvery time.Duration
	// WriteTimeout bounds one write; zero means 10 seconds.
	WriteTimeout time.Duration
	// Logger receives write errors; nil means slog.Default().
	Logger *slog.Logger
	// Now stamps writes that carry no time; nil means time.Now.
	Now func() time.Time
}

// Recorder records unanswered questions and feedback without ever making the
// caller wait: each call puts a write on a bounded queue that one goroutine
// drains into the Store. When the queue is full, the oldest pending write is
// dropped to make room, and counted (Dropped), because a recent question is
// worth more to staff than an old one. Write errors are logged and counted
// (Failed), never returned to the caller, who is busy answering someone.
//
// A nil *Recorder is valid and records nothing: that is what a caller uses
// when no log is configured.
type Recorder struct {
	store        Store
	queue        chan write
	log          *slog.Logger
	now          func() time.Time
	writeTimeout time.Duration
	pruneEvery   time.Duration

	// mu guards closed, and queue against being closed while a send is in
	// progress: senders hold it for reading, Close for writing.
	mu     sync.RWMutex
	closed bool

	dropped atomic.Uint64
	failed  atomic.Uint64
	done    chan struct{} // closed when the writer goroutine has returned
}

// write is one pending write: an unanswered question or a vote.
type write struct {
	isVote     bool
	unanswered Unanswered
	vote       Vote
}

// NewRecorder starts a Recorder writing to store. The caller must Close it
// to flush pending writes; the Recorder does not close the store.
func NewRecorder(store Store, opts RecorderOptions) *Recorder {
	if opts.QueueSize <= 0 {
		opts.QueueSize = 256
	}
	if opts.PruneEvery == 0 {
		opts.PruneEvery = time.Hour
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 10 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	r := &Recorder{
		store:        store,
		queue:        make(chan write, opts.QueueSize),
		log:          opts.Logger,
		now:          opts.Now,
		writeTimeout: opts.WriteTimeout,
		pruneEvery:   opts.PruneEvery,
		done:         make(chan struct{}),
	}
	go r.run()
	return r
}

// Unanswered records q without waiting. A zero q.At is stamped now, so the
// log shows when the question was asked rather than when it was written.
func (r *Recorder) Unanswered(q Unanswered) {
	if r == nil {
		return
	}
	if q.At.IsZero() {
		q.At = r.now()
	}
	r.enqueue(write{unanswered: q})
}

// Feedback records v without waiting. A zero v.At is stamped now.
func (r *Recorder) Feedback(v Vote) {
	if r == nil {
		return
	}
	if v.At.IsZero() {
		v.At = r.now()
	}
	r.enqueue(write{isVote: true, vote: v})
}

// Dropped returns how many writes were thrown away: the oldest pending ones
// when the queue was full, and any made after Close. A status command shows
// it; a nil Recorder reports 0.
func (r *Recorder) Dropped() uint64 {
	if r == nil {
		return 0
	}
	return r.dropped.Load()
}

// Failed returns how many writes the store rejected (each is also logged).
func (r *Recorder) Failed() uint64 {
	if r == nil {
		return 0
	}
	return r.failed.Load()
}

// Close stops accepting writes, waits for the pending ones to be written,
// and stops the writer. It is safe to call more than once and on nil.
// It does not close the store.
func (r *Recorder) Close() error {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	if !r.closed {
		r.closed = true
		close(r.queue)
	}
	r.mu.Unlock()
	<-r.done
	return nil
}

// enqueue puts w on the queue, dropping the oldest pending write while the
// queue is full. It never blocks: the read lock is only contended by Close.
func (r *Recorder) enqueue(w write) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.closed {
		r.countDrop()
		return
	}
	for {
		select {
		case r.queue <- w:
			return
		default:
		}
		// Full: take the oldest out. The writer may have taken it first, in
		// which case there is room now and nothing was lost.
		select {
		case <-r.queue:
			r.countDrop()
		default:
		}
	}
}

// countDrop counts a dropped write and logs the 1st, 2nd, 4th, 8th... so a
// flood of drops cannot flood the log too.
func (r *Recorder) countDrop() {
	n := r.dropped.Add(1)
	if bits.OnesCount64(n) == 1 {
		r.log.Warn("question log queue full: dropped oldest pending write", "dropped", n)
	}
}

// run is the writer goroutine: it writes queued items in order and prunes
// old rows now and then, until Close closes the queue and it is drained.
func (r *Recorder) run() {
	defer close(r.done)
	var tick <-chan time.Time
	if r.pruneEvery > 0 {
		t := time.NewTicker(r.pruneEvery)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case w, ok := <-r.queue:
			if !ok {
				return
			}
			r.write(w)
		case <-tick:
			r.prune()
		}
	}
}

// write performs one write, logging and counting a failure.
func (r *Recorder) write(w write) {
	ctx, cancel := context.WithTimeout(context.Background(), r.writeTimeout)
	defer cancel()
	var err error
	if w.isVote {
		err = r.store.RecordFeedback(ctx, w.vote)
	} else {
		err = r.store.RecordUnanswered(ctx, w.unanswered)
	}
	if err != nil {
		r.failed.Add(1)
		r.log.Error("question log: write failed", "err", err, "failed", r.failed.Load())
	}
}

// prune deletes rows older than the store's retention.
func (r *Recorder) prune() {
	ctx, cancel := context.WithTimeout(context.Background(), r.writeTimeout)
	defer cancel()
	n, err := r.store.Prune(ctx, r.now())
	if err != nil {
		r.log.Error("question log: prune failed", "err", err)
		return
	}
	if n > 0 {
		r.log.Info("question log: pruned old rows", "rows", n)
	}
}

// DB is the Store a Recorder is meant for.
var _ Store = (*DB)(nil)
