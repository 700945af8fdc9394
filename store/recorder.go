package store

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Opener opens the back end. A Recorder calls it at start and again, with
// backoff, for as long as it fails, so a database that is locked or down
// when the bot starts is picked up when it comes back.
type Opener func(ctx context.Context) (Store, error)

// State is how a Recorder's database is doing, for /kb status.
type State string

// The states of a Recorder.
const (
	StateConnecting  State = "connecting"  // not opened yet; retrying with backoff
	StateReady       State = "ready"       // open and writing
	StateUnavailable State = "unavailable" // was open, now unreachable; reconnecting
	StateClosed      State = "closed"      // Close was called
)

// Status is a Recorder's health as plain data; the bot formats it.
type Status struct {
	// Backend names the kind of database ("sqlite", "postgres").
	Backend string
	// Where names the database without secrets (a path, host and name).
	Where string
	// State is how the database is doing, and Since when it got so.
	State State
	Since time.Time
	// LastError is the latest open or write error while not ready; empty
	// once ready again. It never holds a password.
	LastError string
	// Queued is how many writes wait now.
	Queued int
	// Dropped counts writes thrown away: the oldest when the queue was
	// full, those made after Close, and those still queued when Close's
	// deadline came.
	Dropped uint64
	// Failed counts writes the database refused (not counting retries).
	Failed uint64
	// Skipped counts questions with nothing worth keeping (emoji only),
	// which are not stored and are not failures.
	Skipped uint64
}

// RecorderOptions tune NewRecorder. The zero value is ready to use.
type RecorderOptions struct {
	// Backend and Where describe the database in Status and logs.
	Backend, Where string
	// QueueSize is how many writes may wait; zero means 256.
	QueueSize int
	// PruneEvery is how often the writer deletes old rows; zero means ten
	// minutes, a negative value never.
	PruneEvery time.Duration
	// WriteTimeout bounds one write or open; zero means 10 seconds.
	WriteTimeout time.Duration
	// AskedFor is how long the question behind an answer is kept for a
	// vote; zero means DefaultAskedFor.
	AskedFor time.Duration
	// RecallTimeout bounds Recall, which a vote waits for; zero means one
	// second.
	RecallTimeout time.Duration
	// RetryMin and RetryMax bound the backoff between attempts to open or
	// reach the database; zero means 500 ms and 30 s.
	RetryMin, RetryMax time.Duration
	// Logger receives the log's problems; nil means slog.Default().
	Logger *slog.Logger
	// Now stamps writes that carry no time; nil means time.Now.
	Now func() time.Time
}

// DefaultAskedFor is how long the question behind an answer is kept so a
// vote can name it: long enough for someone to read the answer and press a
// button, short enough that the table stays small.
const DefaultAskedFor = 30 * time.Minute

// Recorder records unanswered questions, votes and asked questions without
// ever making the caller wait: each call puts a write on a bounded queue
// that one goroutine drains into the Store. When the queue is full, the
// oldest pending write is dropped to make room, and counted, because a
// recent question is worth more to staff than an old one. Errors are
// counted and logged (repeats rate-limited), never returned to the caller,
// who is busy answering someone.
//
// A nil *Recorder is valid and records nothing: that is what a caller uses
// when no log is configured.
type Recorder struct {
	open Opener
	opts RecorderOptions
	log  *slog.Logger

	queue chan write
	// mu guards closed, and queue against being closed while a send is in
	// progress: senders hold it for reading, Close for writing.
	mu     sync.RWMutex
	closed bool

	// current is the open Store, nil until the first open succeeds and
	// after the writer has closed it. Readers load it without locking.
	current atomic.Pointer[storeBox]
	// health is the state part of Status, swapped whole.
	health atomic.Pointer[health]

	dropped, failed, skipped atomic.Uint64
	errs                     *errorLimiter

	// stop cancels every wait of the writer: Close cancels it when its
	// deadline passes.
	ctx  context.Context
	stop context.CancelFunc
	done chan struct{} // closed when the writer goroutine has returned
}

type storeBox struct{ s Store }

type health struct {
	state   State
	since   time.Time
	lastErr string
}

// write is one pending write.
type write struct {
	kind       writeKind
	unanswered knowledge.Unanswered
	vote       knowledge.Vote
	askedKey   string
	asked      knowledge.Asked
	expires    time.Time
}

type writeKind int

const (
	writeUnanswered writeKind = iota
	writeVote
	writeAsked
)

// NewRecorder starts a Recorder that opens its Store with open and writes
// to it. The Recorder owns the Store: Close closes it.
func NewRecorder(open Opener, opts RecorderOptions) *Recorder {
	if opts.QueueSize <= 0 {
		opts.QueueSize = 256
	}
	if opts.PruneEvery == 0 {
		opts.PruneEvery = 10 * time.Minute
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 10 * time.Second
	}
	if opts.AskedFor <= 0 {
		opts.AskedFor = DefaultAskedFor
	}
	if opts.RecallTimeout <= 0 {
		opts.RecallTimeout = time.Second
	}
	if opts.RetryMin <= 0 {
		opts.RetryMin = 500 * time.Millisecond
	}
	if opts.RetryMax <= 0 {
		opts.RetryMax = 30 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := opts.Logger.With("backend", opts.Backend, "where", opts.Where)
	ctx, stop := context.WithCancel(context.Background())
	r := &Recorder{
		open:  open,
		opts:  opts,
		log:   log,
		queue: make(chan write, opts.QueueSize),
		errs:  newErrorLimiter(log, time.Minute, opts.Now),
		ctx:   ctx,
		stop:  stop,
		done:  make(chan struct{}),
	}
	r.setHealth(StateConnecting, nil)
	go r.run()
	return r
}

// Unanswered records q without waiting. A zero q.At is stamped now, so the
// log shows when the question was asked rather than when it was written.
// The writer redacts it (knowledge.LogText), off the caller's goroutine; a
// question with nothing worth keeping (emoji only) is counted as skipped
// and not stored.
func (r *Recorder) Unanswered(q knowledge.Unanswered) {
	if r == nil {
		return
	}
	if q.At.IsZero() {
		q.At = r.opts.Now()
	}
	r.enqueue(write{kind: writeUnanswered, unanswered: q})
}

// Feedback records v without waiting. A zero v.At is stamped now.
func (r *Recorder) Feedback(v knowledge.Vote) {
	if r == nil {
		return
	}
	if v.At.IsZero() {
		v.At = r.opts.Now()
	}
	r.enqueue(write{kind: writeVote, vote: v})
}

// RememberAsked keeps, without waiting, the question behind the answer of
// entryID to askerID for RecorderOptions.AskedFor, so that a vote on that
// answer, on any replica sharing the database, can Recall it. Only a hash
// of the two ids is stored (AskedKey).
func (r *Recorder) RememberAsked(entryID, askerID string, a knowledge.Asked) {
	if r == nil || entryID == "" || askerID == "" {
		return
	}
	r.enqueue(write{kind: writeAsked, askedKey: AskedKey(entryID, askerID), asked: a, expires: r.opts.Now().Add(r.opts.AskedFor)})
}

// Recall returns the question RememberAsked kept for the answer of entryID
// to askerID, if the database has it and answers within the recall
// timeout; a vote goes on without it otherwise.
func (r *Recorder) Recall(ctx context.Context, entryID, askerID string) (knowledge.Asked, bool) {
	s := r.Reader()
	if s == nil {
		return knowledge.Asked{}, false
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.RecallTimeout)
	defer cancel()
	a, ok, err := s.RecallAsked(ctx, AskedKey(entryID, askerID), r.opts.Now())
	if err != nil {
		r.errs.log("question log: recall the question behind a vote", err)
		return knowledge.Asked{}, false
	}
	return a, ok
}

// Reader returns the open Store for reports (`/kb gaps`), or nil while the
// database is not open. Nil-safe.
func (r *Recorder) Reader() Reader {
	if r == nil {
		return nil
	}
	if b := r.current.Load(); b != nil {
		return b.s
	}
	return nil
}

// Status returns the Recorder's health. A nil Recorder reports the zero
// Status, whose empty Backend says the log is off.
func (r *Recorder) Status() Status {
	if r == nil {
		return Status{}
	}
	h := r.health.Load()
	return Status{
		Backend:   r.opts.Backend,
		Where:     r.opts.Where,
		State:     h.state,
		Since:     h.since,
		LastError: h.lastErr,
		Queued:    len(r.queue),
		Dropped:   r.dropped.Load(),
		Failed:    r.failed.Load(),
		Skipped:   r.skipped.Load(),
	}
}

// Close stops accepting writes and waits for the pending ones to be
// written until ctx ends. Then it abandons the rest, counting them as
// dropped, and returns an error saying how many. It closes the Store once
// the writer has stopped. It is safe to call more than once and on nil.
func (r *Recorder) Close(ctx context.Context) error {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	if !r.closed {
		r.closed = true
		close(r.queue)
	}
	r.mu.Unlock()
	before := r.dropped.Load()
	select {
	case <-r.done:
		return nil
	case <-ctx.Done():
	}
	// Out of time: make the writer give up its current wait and count what
	// is left. A write stuck below its context (a driver that ignores it)
	// gets a short grace; the process is ending anyway.
	r.stop()
	select {
	case <-r.done:
	case <-time.After(250 * time.Millisecond):
	}
	n := r.dropped.Load() - before
	r.log.Warn("question log: shutdown deadline reached; pending writes dropped", "dropped", n)
	return fmt.Errorf("question log: %d pending writes dropped at shutdown: %w", n, ctx.Err())
}

// enqueue puts w on the queue, dropping the oldest pending write while the
// queue is full. It never blocks: the read lock is only contended by Close.
func (r *Recorder) enqueue(w write) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.closed {
		r.countDrop(1)
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
			r.countDrop(1)
		default:
		}
	}
}

// countDrop counts n dropped writes and logs when the total passes a power
// of two (1st, 2nd, 4th, 8th...), so a flood of drops cannot flood the log.
func (r *Recorder) countDrop(n uint64) {
	total := r.dropped.Add(n)
	if n > 0 && bits.Len64(total) != bits.Len64(total-n) {
		r.log.Warn("question log: dropped pending writes", "dropped", total)
	}
}

func (r *Recorder) setHealth(s State, err error) {
	h := &health{state: s, since: r.opts.Now()}
	if err != nil {
		h.lastErr = err.Error()
	}
	if old := r.health.Load(); old != nil && old.state == s && err == nil {
		h.since = old.since
	}
	r.health.Store(h)
}

// run is the writer goroutine: it opens the store, writes queued items in
// order, reconnects when the database is unavailable, and prunes old rows
// now and then, until the queue is closed and drained or Close gives up.
func (r *Recorder) run() {
	defer close(r.done)
	defer r.stop() // release the context once nothing waits on it
	defer r.closeStore()
	var tick <-chan time.Time
	if r.opts.PruneEvery > 0 {
		t := time.NewTicker(r.opts.PruneEvery)
		defer t.Stop()
		tick = t.C
	}
	if !r.connect(StateConnecting) {
		r.abandon(nil)
		return
	}
	for {
		select {
		case w, ok := <-r.queue:
			if !ok {
				return
			}
			if !redact(&w) {
				if w.kind == writeUnanswered {
					r.skipped.Add(1)
				}
				continue
			}
			if !r.writeRetrying(w) {
				return
			}
		case <-tick:
			r.prune()
		}
	}
}

// connect opens the store (or, when one is open, pings it) until it
// succeeds, backing off between attempts. It returns false when Close gave
// up first. While it waits, the queue fills and drops its oldest. state is
// the state to show meanwhile; a first open (StateConnecting) ends in
// StateReady, a reconnect leaves that to the write that succeeds.
func (r *Recorder) connect(state State) bool {
	backoff := r.opts.RetryMin
	for attempt := 1; ; attempt++ {
		err := r.tryConnect()
		if err == nil {
			if attempt > 1 {
				r.log.Info("question log: database reachable again", "attempts", attempt)
			}
			if state == StateConnecting {
				r.setHealth(StateReady, nil)
				r.errs.flush()
			}
			return true
		}
		if r.ctx.Err() != nil {
			return false // Close gave up; it reports what was dropped
		}
		r.setHealth(state, err)
		r.errs.log("question log: database unavailable; answering without recording, will retry", err, "retry_in", backoff.String())
		if !r.sleep(backoff) {
			return false
		}
		backoff = min(backoff*2, r.opts.RetryMax)
	}
}

// sleep waits for d, or returns false at once when Close gives up.
func (r *Recorder) sleep(d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.ctx.Done():
		return false
	}
}

func (r *Recorder) tryConnect() error {
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.WriteTimeout)
	defer cancel()
	if b := r.current.Load(); b != nil {
		return b.s.Ping(ctx)
	}
	s, err := r.open(ctx)
	if err != nil {
		return err
	}
	r.current.Store(&storeBox{s})
	return nil
}

// writeRetrying writes w; when the database is unavailable it backs off,
// reconnects and tries again, so a write is not lost to a short outage.
// The backoff holds even when a ping succeeds (a SQLite file that can be
// read but not written, a server that accepts connections but fails
// statements), so a stuck write never spins. It returns false when Close
// gave up meanwhile.
func (r *Recorder) writeRetrying(w write) bool {
	backoff := r.opts.RetryMin
	for failures := 0; ; failures++ {
		err := r.write(w)
		switch {
		case err == nil:
			if failures > 0 {
				r.setHealth(StateReady, nil)
				r.errs.flush()
				r.log.Info("question log: writing again", "retries", failures)
			}
			return true
		case r.ctx.Err() != nil:
			r.abandon(&w)
			return false
		case errors.Is(err, ErrUnavailable):
			r.setHealth(StateUnavailable, err)
			r.errs.log("question log: database unavailable; answering without recording, will retry", err, "retry_in", backoff.String())
			if !r.sleep(backoff) || !r.connect(StateUnavailable) {
				r.abandon(&w)
				return false
			}
			backoff = min(backoff*2, r.opts.RetryMax)
		default:
			if failures > 0 {
				r.setHealth(StateReady, nil)
			}
			r.failed.Add(1)
			r.errs.log("question log: write failed", err, "failed", r.failed.Load())
			return true
		}
	}
}

// abandon counts w (if any) and everything still queued as dropped. It
// runs only once Close has given up (r.ctx ended), which Close does only
// after closing the queue, so the range below ends.
func (r *Recorder) abandon(w *write) {
	var n uint64
	if w != nil {
		n++
	}
	for range r.queue {
		n++
	}
	r.countDrop(n)
}

// write performs one write.
func (r *Recorder) write(w write) error {
	b := r.current.Load()
	if b == nil {
		return ErrUnavailable
	}
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.WriteTimeout)
	defer cancel()
	switch w.kind {
	case writeVote:
		return b.s.RecordFeedback(ctx, w.vote)
	case writeAsked:
		return b.s.RememberAsked(ctx, w.askedKey, w.asked, w.expires)
	default:
		return b.s.RecordUnanswered(ctx, w.unanswered)
	}
}

// redact puts w's text in the form the log keeps (knowledge.LogText) and
// reports whether anything is left worth writing. The back ends redact
// again, which costs little and keeps them safe on their own.
func redact(w *write) bool {
	switch w.kind {
	case writeVote:
		w.vote.Question = knowledge.LogText(w.vote.Question)
		return true
	case writeAsked:
		w.asked.Question = knowledge.LogText(w.asked.Question)
		return w.asked.Question != ""
	default:
		w.unanswered.Question = knowledge.LogText(w.unanswered.Question)
		return w.unanswered.Question != ""
	}
}

// prune deletes old rows; a failure is logged and retried at the next tick.
func (r *Recorder) prune() {
	b := r.current.Load()
	if b == nil {
		return
	}
	ctx, cancel := context.WithTimeout(r.ctx, r.opts.WriteTimeout)
	defer cancel()
	n, err := b.s.Prune(ctx, r.opts.Now())
	if err != nil {
		r.errs.log("question log: prune failed", err)
		return
	}
	if n > 0 {
		r.log.Info("question log: pruned old rows", "rows", n)
	}
}

// closeStore closes the store when the writer stops.
func (r *Recorder) closeStore() {
	r.setHealth(StateClosed, nil)
	b := r.current.Swap(nil)
	if b == nil {
		return
	}
	if err := b.s.Close(); err != nil {
		r.log.Warn("question log: close", "err", err)
	}
	r.errs.flush()
}

// errorLimiter logs an error message at most once per window: the first
// occurrence at once, the repeats counted and reported with the next line
// after the window, or by flush.
type errorLimiter struct {
	logger *slog.Logger
	window time.Duration
	now    func() time.Time

	// mu guards byMsg.
	mu    sync.Mutex
	byMsg map[string]*repeats
}

type repeats struct {
	lastLogged time.Time
	suppressed int
	lastErr    error
}

func newErrorLimiter(log *slog.Logger, window time.Duration, now func() time.Time) *errorLimiter {
	return &errorLimiter{logger: log, window: window, now: now, byMsg: map[string]*repeats{}}
}

// log logs msg with err unless msg was logged within the window, in which
// case it is only counted.
func (l *errorLimiter) log(msg string, err error, args ...any) {
	l.mu.Lock()
	rep := l.byMsg[msg]
	now := l.now()
	if rep != nil && now.Sub(rep.lastLogged) < l.window {
		rep.suppressed++
		rep.lastErr = err
		l.mu.Unlock()
		return
	}
	suppressed := 0
	if rep != nil {
		suppressed = rep.suppressed
	}
	l.byMsg[msg] = &repeats{lastLogged: now}
	l.mu.Unlock()
	args = append(args, "err", err)
	if suppressed > 0 {
		args = append(args, "repeated", suppressed)
	}
	l.logger.Error(msg, args...)
}

// flush reports the repeats not logged yet, as one line per message.
func (l *errorLimiter) flush() {
	l.mu.Lock()
	var lines []func()
	for msg, rep := range l.byMsg {
		if rep.suppressed > 0 {
			msg, n, err := msg, rep.suppressed, rep.lastErr
			lines = append(lines, func() { l.logger.Error(msg, "err", err, "repeated", n) })
		}
		delete(l.byMsg, msg)
	}
	l.mu.Unlock()
	for _, line := range lines {
		line()
	}
}
