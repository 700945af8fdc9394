package sqlite

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema, one step per version: migrations[i] takes a
// database from version i to version i+1, and PRAGMA user_version records
// the version a file is at. Steps are only ever appended; an existing step
// is never edited, because files in the field have already run it.
var migrations = []string{
	// Version 1: unanswered questions, counted by normalised text.
	`CREATE TABLE unanswered (
		question   TEXT PRIMARY KEY,        -- normalised by the caller
		count      INTEGER NOT NULL DEFAULT 1,
		first_seen INTEGER NOT NULL,        -- Unix milliseconds
		last_seen  INTEGER NOT NULL         -- Unix milliseconds
	);`,

	// Version 2: the bot's best guess and where the question came from, an
	// index for retention, and per-entry feedback.
	`ALTER TABLE unanswered ADD COLUMN best_id    TEXT NOT NULL DEFAULT '';
	ALTER TABLE unanswered ADD COLUMN best_score REAL NOT NULL DEFAULT 0;
	ALTER TABLE unanswered ADD COLUMN source     TEXT NOT NULL DEFAULT '';
	CREATE INDEX unanswered_last_seen ON unanswered (last_seen);

	CREATE TABLE feedback (
		id       INTEGER PRIMARY KEY,
		entry_id TEXT NOT NULL,
		helpful  INTEGER NOT NULL CHECK (helpful IN (0, 1)),
		question TEXT NOT NULL DEFAULT '',  -- kept for "not helpful" only
		source   TEXT NOT NULL DEFAULT '',
		at       INTEGER NOT NULL           -- Unix milliseconds
	);
	CREATE INDEX feedback_at ON feedback (at);
	CREATE INDEX feedback_entry ON feedback (entry_id);`,

	// Version 3: the question behind each answer, kept for a short time
	// under a hash of entry and asker (store.AskedKey), for votes.
	`CREATE TABLE asked (
		key      TEXT PRIMARY KEY,
		question TEXT NOT NULL,
		source   TEXT NOT NULL DEFAULT '',
		expires  INTEGER NOT NULL           -- Unix milliseconds
	);
	CREATE INDEX asked_expires ON asked (expires);`,
}

// querier is what userVersion reads through: the database, or a
// transaction holding its write lock.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// userVersion reads PRAGMA user_version, the schema version of the file.
func userVersion(ctx context.Context, db querier) (int, error) {
	var v int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// migrate runs every step the file has not run yet, each in its own
// transaction together with the version bump, so a failure leaves the file
// at the last complete version. A file newer than this code is an error:
// running old code on it could lose data it does not know about.
func migrate(ctx context.Context, db *sql.DB) error {
	version, err := userVersion(ctx, db)
	if err != nil {
		return err
	}
	if version > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", version, len(migrations))
	}
	for v := version; v < len(migrations); v++ {
		if err := migrateStep(ctx, db, v); err != nil {
			return err
		}
	}
	return nil
}

// migrateStep takes the file from version v to v+1. The transaction
// takes the write lock at once (_txlock=immediate), and the version is
// read again under it: another process opening the same file may have
// run this step while this one waited for the lock, and running it twice
// would fail ("duplicate column name").
func migrateStep(ctx context.Context, db *sql.DB, v int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	defer tx.Rollback()
	current, err := userVersion(ctx, tx)
	if err != nil {
		return fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	if current > v {
		return nil // done by another process
	}
	if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
		return fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	// PRAGMA takes no placeholders; v is an int we control.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, v+1)); err != nil {
		return fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate to version %d: %w", v+1, err)
	}
	return nil
}
