package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

// Snapshot is one complete, validated version of the knowledge base together
// with the matcher built for it. A snapshot is never modified: a reload
// builds a new one, so whoever holds a snapshot sees one consistent version
// for as long as it keeps it (typically for one question).
type Snapshot struct {
	// Base is the knowledge base; Matcher was built from it
	// (Matcher.Base() == Base).
	Base    *Base
	Matcher *Matcher
	// Version is a short hash of the file's content (12 hex digits of its
	// SHA-256): the same text always has the same version, so staff can tell
	// which edit is live.
	Version string
	// LoadedAt is when the snapshot was built.
	LoadedAt time.Time
	// Source names where the base was read from (a path, or DefaultSource).
	Source string
	// Path is the file the base was read from and that Live.Reload reads
	// again; "" for a base that has no file (the embedded one, or data
	// given to NewSnapshot).
	Path string
	// Options are the matcher options and Limits the limits on reading
	// Path; a reload uses the same ones.
	Options MatchOptions
	Limits  ReadLimits
}

// LoadSnapshot loads the base at path as Load does (empty: the embedded
// base), reading the file within limits, and builds its snapshot with opts,
// stamped with now. Live.Reload reads the same path again.
func LoadSnapshot(path string, opts MatchOptions, limits ReadLimits, now time.Time) (*Snapshot, error) {
	if path == "" {
		return NewSnapshot(DefaultSource, DefaultYAML, opts, now)
	}
	data, err := ReadFile(path, limits)
	if err != nil {
		return nil, err
	}
	s, err := NewSnapshot(path, data, opts, now)
	if err != nil {
		return nil, err
	}
	s.Path, s.Limits = path, limits
	return s, nil
}

// VersionOf returns the version string of a knowledge base file's content:
// the first 12 hex digits of its SHA-256.
func VersionOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:6])
}

// NewSnapshot parses and validates data (naming it source in errors), builds
// its matcher with opts, and returns the complete snapshot, stamped with now.
// It returns Parse's error unchanged when data is not a valid base.
func NewSnapshot(source string, data []byte, opts MatchOptions, now time.Time) (*Snapshot, error) {
	return newSnapshot(source, data, VersionOf(data), opts, now)
}

// newSnapshot is NewSnapshot for data whose version the caller has already
// computed (a reload compares it with the live one first).
//
// Most files are valid, so the matcher is built on another core while the
// base is validated (as Parse does), and thrown away when it is not valid.
// Validation only reads the base, and the matcher does not read what
// validation adds (the index by id).
func newSnapshot(source string, data []byte, version string, opts MatchOptions, now time.Time) (*Snapshot, error) {
	b, d, err := decodeBase(source, data)
	if err != nil {
		return nil, err
	}
	var matcher pending[*Matcher]
	if b != nil && len(d.problems) == 0 {
		matcher = goBuild(func() *Matcher { return NewMatcher(b, opts) })
	}
	if _, err := d.checked(b); err != nil {
		matcher.discard()
		return nil, err
	}
	if matcher.done == nil { // cannot happen: a base with problems is not checked
		matcher = goBuild(func() *Matcher { return NewMatcher(b, opts) })
	}
	return &Snapshot{
		Base:     b,
		Matcher:  matcher.wait(),
		Version:  version,
		LoadedAt: now,
		Source:   source,
		Options:  opts,
	}, nil
}

// Live is the knowledge base currently being served, replaced as a whole when
// staff edit the file. Readers call Current, which never blocks and never
// returns a half-built version; reloads build a complete new Snapshot first
// and publish it only when it is valid, so a bad edit leaves the last good
// version in place.
//
// A Live is safe for concurrent use. Set Now, if at all, before the first
// reload.
type Live struct {
	// Now is the clock that stamps snapshots and failures; nil means
	// time.Now. Tests set it to get predictable times.
	Now func() time.Time

	// current is the snapshot being served; it is never nil.
	current atomic.Pointer[Snapshot]
	// failure is the last failed reload since the last successful one, or
	// nil. It is separate from reloadMu so that Status never waits for a
	// reload in progress.
	failure atomic.Pointer[ReloadFailure]
	// reloads and failures count completed reloads that changed the
	// snapshot, and reloads that failed.
	reloads, failures atomic.Int64

	// reloadMu serialises reloads: it is held from reading the current
	// snapshot's options until the new snapshot is published, so that two
	// reloads racing (a file change and a SIGHUP) cannot publish out of
	// order. Readers never take it.
	reloadMu sync.Mutex
}

// ReloadFailure is a reload that was refused: when it happened and why.
type ReloadFailure struct {
	At     time.Time
	Source string
	// Err is the loader's error; for an invalid base it lists every problem
	// with its file and line, one per line.
	Err error
}

// NewLive serves first until a reload replaces it. first must not be nil.
func NewLive(first *Snapshot) *Live {
	if first == nil {
		panic("knowledge.NewLive: nil snapshot")
	}
	l := &Live{}
	l.current.Store(first)
	return l
}

// Current returns the snapshot being served. It never blocks. Callers
// should fetch it once per question and use that snapshot throughout, so
// that the entry they found and the reply they build come from one version.
func (l *Live) Current() *Snapshot { return l.current.Load() }

// ErrNoFile is Reload's error when the base being served was not read from
// a file (the embedded base): there is nothing to read again.
var ErrNoFile = errors.New("the knowledge base being served has no file to reload (it is the built-in one; set knowledge.path to serve a file staff can edit)")

// Reload reads the current snapshot's file again (its Path, within its
// Limits) and publishes the content when it is valid; see ReloadBytes. A
// file that cannot be read (missing, not a regular file, too large, a read
// past its deadline) is a failed reload like an invalid one. It returns
// ErrNoFile, without recording a failure, when there is no file.
//
// The file is read before reloads are serialised, so a slow read never
// holds up another reload beyond the read's own deadline.
func (l *Live) Reload() (snap *Snapshot, changed bool, err error) {
	cur := l.Current()
	if cur.Path == "" {
		return cur, false, ErrNoFile
	}
	data, err := ReadFile(cur.Path, cur.Limits)
	if err != nil {
		l.fail(cur.Path, err)
		return cur, false, err
	}
	return l.ReloadBytes(data)
}

// ReloadBytes builds a new snapshot from data, as the new content of the
// current snapshot's source, with the same matcher options, and publishes
// it when it is valid.
//
// It returns the snapshot now being served and whether it changed. Content
// identical to the current snapshot's (same version) changes nothing. When
// data is invalid, the current snapshot stays, the error is recorded for
// Status, and ReloadBytes returns it.
func (l *Live) ReloadBytes(data []byte) (snap *Snapshot, changed bool, err error) {
	l.reloadMu.Lock()
	defer l.reloadMu.Unlock()

	old := l.current.Load()
	version := VersionOf(data)
	if old.Version == version {
		l.failure.Store(nil) // the file is good again, as it was
		return old, false, nil
	}
	next, err := newSnapshot(old.Source, data, version, old.Options, l.now())
	if err != nil {
		l.fail(old.Source, err)
		return old, false, err
	}
	next.Path, next.Limits = old.Path, old.Limits
	l.current.Store(next)
	l.failure.Store(nil)
	l.reloads.Add(1)
	return next, true, nil
}

// fail records a refused reload.
func (l *Live) fail(source string, err error) {
	l.failure.Store(&ReloadFailure{At: l.now(), Source: source, Err: err})
	l.failures.Add(1)
}

func (l *Live) now() time.Time {
	if l.Now != nil {
		return l.Now()
	}
	return time.Now()
}

// Status is what `/kb status` and the logs report about the live base.
type Status struct {
	Version  string
	Entries  int
	LoadedAt time.Time
	Source   string
	// LastFailure is the last refused reload since the current version went
	// live, or nil when the last reload succeeded (or none was tried). While
	// it is set, the file on disk is not what is being served.
	LastFailure *ReloadFailure
	// Reloads counts reloads that published a new version; Failures counts
	// refused ones. Both start at zero.
	Reloads, Failures int64
}

// Status reports the snapshot being served and the last refused reload.
// Like Current, it never waits for a reload in progress.
func (l *Live) Status() Status {
	s := l.Current()
	return Status{
		Version:     s.Version,
		Entries:     len(s.Base.Entries),
		LoadedAt:    s.LoadedAt,
		Source:      s.Source,
		LastFailure: l.failure.Load(),
		Reloads:     l.reloads.Load(),
		Failures:    l.failures.Load(),
	}
}
