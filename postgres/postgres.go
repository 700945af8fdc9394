// Package postgres keeps synergybot's question log in a PostgreSQL
// database, for deployments where several replicas (HTTP-only replicas
// behind a load balancer, shards in several processes) must share one log:
// `kb gaps` then sees every replica's questions, and a vote that reaches
// another replica still finds its question. It implements store.Store,
// with the same behaviour as package sqlite (see store/storetest).
//
// It is the one package that knows about PostgreSQL (github.com/jackc/pgx/v5
// and its pool). The URL follows libpq's conventions as pgx reads them:
// postgres://user@host:port/db?sslmode=verify-full, PG* environment
// variables and ~/.pgpass. The password never appears in an error or in
// Where.
package postgres

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/sclondonmassage/synergybot/store"
)

// DefaultRetention is how long a row is kept after it was last touched when
// Options.Retention is zero: 90 days, as for SQLite.
const DefaultRetention = 90 * 24 * time.Hour

// DefaultConnectTimeout bounds one connection attempt when the URL sets no
// connect_timeout, so an unreachable server cannot hold a write for long.
const DefaultConnectTimeout = 5 * time.Second

// Options tune Open. The zero value is ready to use.
type Options struct {
	// Retention is how long unanswered questions and votes are kept after
	// they were last seen; zero means DefaultRetention.
	Retention time.Duration
	// MaxAsked caps the questions remembered for votes; zero means
	// store.DefaultMaxAsked.
	MaxAsked int
	// ReadOnly opens the log for reading only (`kb gaps`): nothing is
	// migrated or pruned, and the schema must be current. A role with
	// SELECT only is enough.
	ReadOnly bool
	// MaxConns caps the pool; zero means 4, plenty for one writer and a
	// few staff reads.
	MaxConns int32
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// DB is an open question log in PostgreSQL. Its methods are safe for
// concurrent use; it reconnects by itself (the pool dials again).
type DB struct {
	pool      *pgxpool.Pool
	where     string
	password  string // to scrub from errors; never printed
	retention time.Duration
	maxAsked  int
	now       func() time.Time
}

// Open connects to the database at rawURL, brings the schema up to date
// (under an advisory lock, so replicas starting together take turns) and
// prunes old rows. An unreachable server is an error wrapping
// store.ErrUnavailable; a store.Recorder then retries with backoff while
// the bot answers without recording.
func Open(ctx context.Context, rawURL string, opts Options) (*DB, error) {
	password := passwordOf(rawURL)
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		return nil, scrub(fmt.Errorf("storage.url: not a PostgreSQL URL (write it as postgres://user@host:5432/dbname): %w", err), password)
	}
	if cfg.ConnConfig.Password != "" {
		password = cfg.ConnConfig.Password // from PGPASSWORD or a passfile
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = DefaultConnectTimeout
	}
	cfg.MaxConns = 4
	if opts.MaxConns > 0 {
		cfg.MaxConns = opts.MaxConns
	}
	if opts.MaxAsked <= 0 {
		opts.MaxAsked = store.DefaultMaxAsked
	}
	if opts.Retention == 0 {
		opts.Retention = DefaultRetention
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	where := describe(&cfg.ConnConfig.Config)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, scrub(fmt.Errorf("open question log %s: %w", where, classify(err)), password)
	}
	d := &DB{pool: pool, where: where, password: password, retention: opts.Retention, maxAsked: opts.MaxAsked, now: opts.Now}
	if err := d.setUp(ctx, opts.ReadOnly); err != nil {
		pool.Close()
		return nil, d.wrap("open question log", err)
	}
	return d, nil
}

func (d *DB) setUp(ctx context.Context, readOnly bool) error {
	if readOnly {
		v, err := schemaVersion(ctx, d.pool)
		if err != nil {
			return err
		}
		if v != len(migrations) {
			return fmt.Errorf("schema version %d, want %d: start the bot once (it migrates) before reading", v, len(migrations))
		}
		return nil
	}
	if err := migrate(ctx, d.pool); err != nil {
		return err
	}
	_, err := d.Prune(ctx, d.now())
	return err
}

// Where names the database as host:port/name, without user or password,
// for logs and /kb status.
func (d *DB) Where() string { return d.where }

// Describe names the database rawURL points at as Where does, or says it
// cannot be read; it never returns the password.
func Describe(rawURL string) string {
	cfg, err := pgconn.ParseConfig(rawURL)
	if err != nil {
		return "(unreadable storage.url)"
	}
	return describe(cfg)
}

func describe(cfg *pgconn.Config) string {
	return fmt.Sprintf("%s/%s", net.JoinHostPort(cfg.Host, fmt.Sprint(cfg.Port)), cfg.Database)
}

// Close closes the pool, waiting for statements in progress.
func (d *DB) Close() error {
	d.pool.Close()
	return nil
}

// Ping checks that the server answers.
func (d *DB) Ping(ctx context.Context) error {
	if err := d.pool.Ping(ctx); err != nil {
		return d.wrap("ping question log", err)
	}
	return nil
}

// wrap adds context, marks connection problems with store.ErrUnavailable
// and removes the password from the message.
func (d *DB) wrap(what string, err error) error {
	return scrub(fmt.Errorf("%s %s: %w", what, d.where, classify(err)), d.password)
}

// classify marks errors that say the server cannot be reached, or is
// refusing connections for now, with store.ErrUnavailable.
func classify(err error) error {
	if err == nil || errors.Is(err, store.ErrUnavailable) {
		return err
	}
	if errors.Is(err, context.Canceled) {
		return err // shutdown, not an outage
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case strings.HasPrefix(pgErr.Code, "08"), // connection exception
			pgErr.Code == "57P01", pgErr.Code == "57P02", pgErr.Code == "57P03", // shutting down, starting up
			pgErr.Code == "53300": // too many connections
			return fmt.Errorf("%w: %w", store.ErrUnavailable, err)
		}
		return err // the server answered: this write was refused
	}
	var connectErr *pgconn.ConnectError
	var netErr net.Error
	if errors.As(err, &connectErr) || errors.As(err, &netErr) || pgconn.Timeout(err) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		pgconn.SafeToRetry(err) || strings.Contains(err.Error(), "conn closed") {
		return fmt.Errorf("%w: %w", store.ErrUnavailable, err)
	}
	return err
}

// passwordOf returns the password written in a postgres:// URL or a
// key=value string, best effort, so that it can be scrubbed from errors
// even when the URL does not parse.
func passwordOf(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		if p, ok := u.User.Password(); ok {
			return p
		}
	}
	for _, f := range strings.Fields(raw) {
		if p, ok := strings.CutPrefix(f, "password="); ok {
			return strings.Trim(p, "'")
		}
	}
	return ""
}

// scrubbed is an error whose message had the password taken out. It
// unwraps to the original, for errors.Is.
type scrubbed struct {
	msg string
	err error
}

func (e *scrubbed) Error() string { return e.msg }
func (e *scrubbed) Unwrap() error { return e.err }

// scrub removes password (and its URL-escaped form) from err's message.
func scrub(err error, password string) error {
	if err == nil || password == "" {
		return err
	}
	msg := err.Error()
	for _, p := range []string{password, url.QueryEscape(password), url.PathEscape(password)} {
		msg = strings.ReplaceAll(msg, p, "***")
	}
	return &scrubbed{msg: msg, err: err}
}

// queryer is what both a pool and a transaction offer.
type queryer interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}
