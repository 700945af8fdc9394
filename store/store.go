// Package store is the contract between synergybot and the database that
// keeps its question log: the unanswered questions staff review with
// `kb gaps`, the "Helpful" / "Not helpful" votes, and, for a short time, the
// question behind each answer so that a vote reaching another replica still
// knows what was asked.
//
// Two back ends implement Store: package sqlite (an embedded file, the
// default) and package postgres (a server shared by several replicas). The
// behaviour both must have is written down once, as the test suite in
// store/storetest that both run.
//
// Recorder, shared by both, is what the bot talks to: it puts writes on a
// bounded queue so that recording never slows a reply, opens the back end
// and reconnects with backoff when it is unavailable, and drains within a
// deadline at shutdown.
package store

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// ErrUnavailable marks an error that says the database cannot be reached
// or is busy (connection refused or lost, a locked SQLite file), as opposed
// to one write being refused. A Recorder keeps the write and retries it
// after reconnecting; back ends wrap such errors with it.
var ErrUnavailable = errors.New("question log unavailable")

// Writer is what a Recorder writes through. Every method stores text in
// knowledge.LogText form, whatever it is given, so no back end can keep
// personal data that LogText redacts.
type Writer interface {
	// RecordUnanswered adds one ask of q.Question: a new question gets a
	// count of 1; a known one has its count incremented, its last-seen time
	// moved on, and its best guess and source replaced by the latest. A
	// question whose LogText is empty is an error.
	RecordUnanswered(ctx context.Context, q knowledge.Unanswered) error
	// RecordFeedback stores one vote; the question is kept for "Not
	// helpful" votes only. An empty entry id is an error.
	RecordFeedback(ctx context.Context, v knowledge.Vote) error
	// RememberAsked keeps a until expires under key (see AskedKey), so
	// that a vote can find its question. A later call with the same key
	// replaces it.
	RememberAsked(ctx context.Context, key string, a knowledge.Asked, expires time.Time) error
	// Prune deletes unanswered questions last seen, and votes given, more
	// than the retention before now, and remembered questions expired by
	// now or beyond the back end's limit (DefaultMaxAsked unless set),
	// those expiring first. It returns how many rows it deleted.
	Prune(ctx context.Context, now time.Time) (int64, error)
	// Ping checks that the database can be reached.
	Ping(ctx context.Context) error
}

// Reader is what staff reports and votes read.
type Reader interface {
	// Unanswered returns the questions last seen at or after since (zero:
	// all), most asked first, then most recently seen, then by text; at
	// most limit of them (zero or less: MaxGapRows).
	Unanswered(ctx context.Context, since time.Time, limit int) ([]knowledge.UnansweredTally, error)
	// Feedback returns the votes given at or after since (zero: all), one
	// EntryFeedback per entry, least helpful first: by NotHelpful minus
	// Helpful, then by NotHelpful, then by entry id.
	Feedback(ctx context.Context, since time.Time) ([]knowledge.EntryFeedback, error)
	// RecallAsked returns what RememberAsked kept under key, unless it
	// expired before now.
	RecallAsked(ctx context.Context, key string, now time.Time) (knowledge.Asked, bool, error)
}

// Store is one open question log.
type Store interface {
	Writer
	Reader
	// Close releases the database. Writes in progress must have ended.
	Close() error
}

// DefaultMaxAsked bounds the remembered questions a back end keeps: Prune
// deletes the ones expiring first beyond it, so a flood of answers cannot
// grow the table between two expiries.
const DefaultMaxAsked = 10000

// MaxGapRows bounds how many stored questions Gaps groups, the most asked
// first, so that a huge log cannot make `kb gaps` slow.
const MaxGapRows = 5000

// GapQuery selects what Gaps returns.
type GapQuery struct {
	// Since keeps questions last seen at or after it; zero keeps all.
	Since time.Time
	// Limit caps the number of gaps; zero or less means no cap.
	Limit int
}

// Gaps reads the unanswered questions from r and groups them with
// knowledge.GroupGaps, most asked first.
func Gaps(ctx context.Context, r Reader, q GapQuery) ([]knowledge.Gap, error) {
	rows, err := r.Unanswered(ctx, q.Since, MaxGapRows)
	if err != nil {
		return nil, fmt.Errorf("list gaps: %w", err)
	}
	gaps := knowledge.GroupGaps(rows)
	if q.Limit > 0 && len(gaps) > q.Limit {
		gaps = gaps[:q.Limit]
	}
	return gaps, nil
}

// AskedKey is the key under which the question behind an answer is
// remembered: a hash of the entry and the member who asked, so that the
// database holds no user id, only something a vote by the same member on
// the same entry can compute again.
func AskedKey(entryID, askerID string) string {
	sum := sha256.Sum256([]byte("synergybot asked v1\x00" + entryID + "\x00" + askerID))
	return hex.EncodeToString(sum[:16])
}
