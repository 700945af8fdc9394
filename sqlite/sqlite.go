// Package sqlite keeps synergybot's question log (unanswered questions,
// "Helpful" / "Not helpful" votes, and for a short time the question behind
// each answer) in a SQLite file: the embedded default, for one process. It
// implements store.Store; the bot writes through a store.Recorder.
//
// It is the one package that knows about SQLite (modernc.org/sqlite, pure
// Go, no cgo). It stores text in knowledge.LogText form (redacted) and
// never sees a user's id or name.
//
// Open creates or upgrades the schema and prunes old rows. Several
// processes may open one file (a writer and `kb gaps` reading); several
// replicas that must share one log use package postgres instead.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	sqlite3 "modernc.org/sqlite"
	sqlitelib "modernc.org/sqlite/lib"

	"github.com/sclondonmassage/synergybot/store"
)

// DefaultRetention is how long a row is kept after it was last touched when
// Options.Retention is zero: 90 days.
const DefaultRetention = 90 * 24 * time.Hour

// DefaultBusyTimeout is how long SQLite waits for another connection's lock
// before giving up, when Options.BusyTimeout is zero.
const DefaultBusyTimeout = 5 * time.Second

// Options tune Open. The zero value is ready to use.
type Options struct {
	// Retention is how long unanswered questions and feedback are kept after
	// they were last seen; older rows are deleted on Open and by Prune.
	// Zero means DefaultRetention.
	Retention time.Duration
	// MaxAsked caps the questions remembered for votes; zero means
	// store.DefaultMaxAsked.
	MaxAsked int
	// BusyTimeout is how long a statement waits for a lock held by another
	// process (say, `kb gaps` reading while the bot writes). Zero means
	// DefaultBusyTimeout.
	BusyTimeout time.Duration
	// ReadOnly opens the file for reading only, for staff commands that read
	// the log while the bot writes it. The file must exist and have the
	// current schema; nothing is migrated or pruned.
	ReadOnly bool
	// Now is the clock; nil means time.Now. Tests inject a fixed one.
	Now func() time.Time

	// uriMode forces SQLite's URI "mode" parameter (tests use "ro" to make a
	// writer meet a read-only file, since chmod does not stop root).
	uriMode string
}

// DB is an open question log. Its methods are safe for concurrent use;
// statements are serialised on a single connection.
type DB struct {
	db        *sql.DB
	path      string
	retention time.Duration
	maxAsked  int
	readOnly  bool
	now       func() time.Time
}

// Open opens the log at path, creating the file (and its directory) if
// needed, upgrading an older schema to the current one, and deleting rows
// older than the retention.
//
// A file that is not a SQLite database, is locked by another process for
// longer than the busy timeout (wrapped with store.ErrUnavailable), cannot
// be written, or has a schema newer than this code knows, is reported as an
// error; a store.Recorder then retries in the background while the bot
// answers without recording. The caller owns the returned DB and must
// Close it.
func Open(ctx context.Context, path string, opts Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("open question log: empty path")
	}
	if opts.Retention == 0 {
		opts.Retention = DefaultRetention
	}
	if opts.MaxAsked <= 0 {
		opts.MaxAsked = store.DefaultMaxAsked
	}
	if opts.BusyTimeout == 0 {
		opts.BusyTimeout = DefaultBusyTimeout
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ReadOnly {
		opts.uriMode = "ro"
		// SQLite would otherwise report "unable to open database file".
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open question log %s: %w", path, err)
		}
	} else if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("open question log %s: %w", path, err)
		}
	}

	sqldb, err := sql.Open("sqlite", dsn(path, opts))
	if err != nil {
		return nil, fmt.Errorf("open question log %s: %w", path, err)
	}
	// One connection: SQLite allows one writer at a time anyway, and the
	// pragmas in the DSN then hold for every statement.
	sqldb.SetMaxOpenConns(1)

	d := &DB{db: sqldb, path: path, retention: opts.Retention, maxAsked: opts.MaxAsked, readOnly: opts.ReadOnly, now: opts.Now}
	if err := d.setUp(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("open question log %s: %w", path, classify(err))
	}
	return d, nil
}

// dsn builds the modernc.org/sqlite data source name: a file: URI (so that a
// path holding '?' or '#' is escaped) with WAL journaling, a busy timeout and
// IMMEDIATE transactions, so a writer takes its lock up front rather than
// failing half way.
func dsn(path string, opts Options) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opts.BusyTimeout.Milliseconds()))
	if !opts.ReadOnly {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
	}
	q.Set("_txlock", "immediate")
	if opts.uriMode != "" {
		q.Set("mode", opts.uriMode)
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

// setUp checks that the file is a usable database, brings its schema up to
// date and prunes old rows. A read-only DB only checks the schema version.
func (d *DB) setUp(ctx context.Context) error {
	// Reading the version is the first statement that touches the file, so
	// it is where "file is not a database" and lock errors surface.
	version, err := userVersion(ctx, d.db)
	if err != nil {
		return err
	}
	// A damaged page would otherwise surface only at some later write. The
	// log is small (retention bounds it), so a quick check costs little.
	var check string
	if err := d.db.QueryRowContext(ctx, `PRAGMA quick_check(1)`).Scan(&check); err != nil {
		return fmt.Errorf("check database: %w", err)
	}
	if check != "ok" {
		return fmt.Errorf("check database: malformed: %s", check)
	}
	if d.readOnly {
		if version != len(migrations) {
			return fmt.Errorf("schema version %d, want %d: open it once for writing to upgrade", version, len(migrations))
		}
		return nil
	}
	if err := migrate(ctx, d.db); err != nil {
		return err
	}
	if _, err := d.Prune(ctx, d.now()); err != nil {
		return err
	}
	return nil
}

// Path returns the file the DB was opened from.
func (d *DB) Path() string { return d.path }

// Close closes the database. Pending writes of a Recorder using this DB must
// be drained first (close the Recorder before the DB).
func (d *DB) Close() error {
	if err := d.db.Close(); err != nil {
		return fmt.Errorf("close question log %s: %w", d.path, err)
	}
	return nil
}

// Prune deletes unanswered questions last seen, and feedback given, more
// than the retention before now, and remembered questions expired by now.
// It returns how many rows it deleted. A store.Recorder runs it now and
// then.
func (d *DB) Prune(ctx context.Context, now time.Time) (int64, error) {
	cutoff := toMillis(now.Add(-d.retention))
	tx, err := d.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("prune: %w", classify(err))
	}
	defer tx.Rollback()
	var total int64
	for _, stmt := range []struct {
		sql string
		arg int64
	}{
		{`DELETE FROM unanswered WHERE last_seen < ?`, cutoff},
		{`DELETE FROM feedback WHERE at < ?`, cutoff},
		{`DELETE FROM asked WHERE expires <= ?`, toMillis(now)},
		{`DELETE FROM asked WHERE key IN (SELECT key FROM asked ORDER BY expires DESC, key LIMIT -1 OFFSET ?)`, int64(d.maxAsked)},
	} {
		res, err := tx.ExecContext(ctx, stmt.sql, stmt.arg)
		if err != nil {
			return 0, fmt.Errorf("prune: %w", classify(err))
		}
		n, _ := res.RowsAffected()
		total += n
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("prune: %w", classify(err))
	}
	return total, nil
}

// Ping checks that the file can still be read.
func (d *DB) Ping(ctx context.Context) error {
	if _, err := userVersion(ctx, d.db); err != nil {
		return fmt.Errorf("question log %s: %w", d.path, classify(err))
	}
	return nil
}

// classify marks SQLite's "busy" and "locked" (another process holds the
// file) with store.ErrUnavailable, so that a Recorder waits and retries the
// write instead of losing it.
func classify(err error) error {
	var e *sqlite3.Error
	if errors.As(err, &e) {
		switch e.Code() & 0xff {
		case sqlitelib.SQLITE_BUSY, sqlitelib.SQLITE_LOCKED:
			return fmt.Errorf("%w: %w", store.ErrUnavailable, err)
		}
	}
	return err
}

// toMillis stores a time as Unix milliseconds, UTC, the unit of every time
// column in the schema.
func toMillis(t time.Time) int64 { return t.UnixMilli() }

// fromMillis reads a time column back.
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
