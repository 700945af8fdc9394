package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations are the schema, one step per version: migrations[i] takes the
// database from version i to version i+1, recorded in the one-row table
// synergybot_schema. Steps are only ever appended; an existing step is
// never edited, because databases in the field have already run it.
var migrations = []string{
	// Version 1: the log as SQLite has it at its version 3.
	`CREATE TABLE unanswered (
		question   text PRIMARY KEY,         -- knowledge.LogText form
		count      bigint NOT NULL DEFAULT 1,
		first_seen timestamptz NOT NULL,
		last_seen  timestamptz NOT NULL,
		best_id    text NOT NULL DEFAULT '',
		best_score double precision NOT NULL DEFAULT 0,
		source     text NOT NULL DEFAULT ''
	);
	CREATE INDEX unanswered_last_seen ON unanswered (last_seen);

	CREATE TABLE feedback (
		id       bigserial PRIMARY KEY,
		entry_id text NOT NULL,
		helpful  boolean NOT NULL,
		question text NOT NULL DEFAULT '',  -- kept for "not helpful" only
		source   text NOT NULL DEFAULT '',
		at       timestamptz NOT NULL
	);
	CREATE INDEX feedback_at ON feedback (at);
	CREATE INDEX feedback_entry ON feedback (entry_id);

	CREATE TABLE asked (
		key      text PRIMARY KEY,          -- store.AskedKey: a hash, no user id
		question text NOT NULL,
		source   text NOT NULL DEFAULT '',
		expires  timestamptz NOT NULL
	);
	CREATE INDEX asked_expires ON asked (expires);`,
}

// migrationLock is the advisory lock key replicas take while migrating
// ("synergyb" in ASCII), so that two starting at once do not both run a
// step.
const migrationLock int64 = 0x73796e6572677962

// migrate runs every step the database has not run yet, in one
// transaction holding the advisory lock: a replica that starts while
// another migrates waits, then finds the work done. A database newer than
// this code is an error: old code could lose data it does not know about.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
		return fmt.Errorf("migrate: take the migration lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS synergybot_schema (version integer NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	version, err := schemaVersion(ctx, tx)
	if err != nil {
		return err
	}
	if version > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program knows (%d)", version, len(migrations))
	}
	if version == len(migrations) {
		return tx.Commit(ctx)
	}
	for v := version; v < len(migrations); v++ {
		if _, err := tx.Exec(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrate to version %d: %w", v+1, err)
		}
	}
	if _, err := tx.Exec(ctx, `DELETE FROM synergybot_schema`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := tx.Exec(ctx, `INSERT INTO synergybot_schema (version) VALUES ($1)`, len(migrations)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// schemaVersion reads the version; a database without the table is at 0.
func schemaVersion(ctx context.Context, q queryer) (int, error) {
	var v int
	err := q.QueryRow(ctx, `SELECT version FROM synergybot_schema`).Scan(&v)
	var pgErr *pgconn.PgError
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return 0, nil
	case errors.As(err, &pgErr) && pgErr.Code == "42P01": // undefined_table
		return 0, nil
	case err != nil:
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
