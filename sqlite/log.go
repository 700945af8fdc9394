package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
)

// DB is a store.Store.
var _ store.Store = (*DB)(nil)

// RecordUnanswered adds one ask of LogText(q.Question); see store.Writer.
func (d *DB) RecordUnanswered(ctx context.Context, q knowledge.Unanswered) error {
	question := knowledge.LogText(q.Question)
	if question == "" {
		return errors.New("record unanswered question: nothing worth keeping in the question")
	}
	ms := toMillis(d.stamp(q.At))
	_, err := d.db.ExecContext(ctx, `
		INSERT INTO unanswered (question, count, first_seen, last_seen, best_id, best_score, source)
		VALUES (?, 1, ?, ?, ?, ?, ?)
		ON CONFLICT (question) DO UPDATE SET
			count      = count + 1,
			first_seen = min(first_seen, excluded.first_seen),
			last_seen  = max(last_seen, excluded.last_seen),
			best_id    = excluded.best_id,
			best_score = excluded.best_score,
			source     = excluded.source`,
		question, ms, ms, q.BestID, q.Score, string(q.Source))
	if err != nil {
		return fmt.Errorf("record unanswered question: %w", classify(err))
	}
	return nil
}

// RecordFeedback stores one vote; see store.Writer.
func (d *DB) RecordFeedback(ctx context.Context, v knowledge.Vote) error {
	if v.EntryID == "" {
		return errors.New("record feedback: empty entry id")
	}
	question := ""
	if !v.Helpful {
		question = knowledge.LogText(v.Question)
	}
	helpful := 0
	if v.Helpful {
		helpful = 1
	}
	_, err := d.db.ExecContext(ctx, `
		INSERT INTO feedback (entry_id, helpful, question, source, at)
		VALUES (?, ?, ?, ?, ?)`,
		v.EntryID, helpful, question, string(v.Source), toMillis(d.stamp(v.At)))
	if err != nil {
		return fmt.Errorf("record feedback for %s: %w", v.EntryID, classify(err))
	}
	return nil
}

// RememberAsked keeps a under key until expires; see store.Writer.
func (d *DB) RememberAsked(ctx context.Context, key string, a knowledge.Asked, expires time.Time) error {
	question := knowledge.LogText(a.Question)
	if key == "" || question == "" {
		return errors.New("remember asked question: empty key or question")
	}
	_, err := d.db.ExecContext(ctx, `
		INSERT INTO asked (key, question, source, expires) VALUES (?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET
			question = excluded.question, source = excluded.source, expires = excluded.expires`,
		key, question, string(a.Source), toMillis(expires))
	if err != nil {
		return fmt.Errorf("remember asked question: %w", classify(err))
	}
	return nil
}

// RecallAsked returns the question kept under key; see store.Reader.
func (d *DB) RecallAsked(ctx context.Context, key string, now time.Time) (knowledge.Asked, bool, error) {
	var a knowledge.Asked
	var source string
	err := d.db.QueryRowContext(ctx, `SELECT question, source FROM asked WHERE key = ? AND expires > ?`,
		key, toMillis(now)).Scan(&a.Question, &source)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return knowledge.Asked{}, false, nil
	case err != nil:
		return knowledge.Asked{}, false, fmt.Errorf("recall asked question: %w", classify(err))
	}
	a.Source = knowledge.Source(source)
	return a, true, nil
}

// Unanswered returns stored questions, most asked first; see store.Reader.
func (d *DB) Unanswered(ctx context.Context, since time.Time, limit int) ([]knowledge.UnansweredTally, error) {
	from := int64(-1 << 62)
	if !since.IsZero() {
		from = toMillis(since)
	}
	if limit <= 0 {
		limit = store.MaxGapRows
	}
	rows, err := d.db.QueryContext(ctx, `
		SELECT question, count, first_seen, last_seen, best_id, best_score, source
		FROM unanswered
		WHERE last_seen >= ?
		ORDER BY count DESC, last_seen DESC, question
		LIMIT ?`, from, limit)
	if err != nil {
		return nil, fmt.Errorf("list unanswered questions: %w", classify(err))
	}
	defer rows.Close()
	var out []knowledge.UnansweredTally
	for rows.Next() {
		var r knowledge.UnansweredTally
		var first, last int64
		var source string
		if err := rows.Scan(&r.Question, &r.Count, &first, &last, &r.BestID, &r.Score, &source); err != nil {
			return nil, fmt.Errorf("list unanswered questions: %w", err)
		}
		r.FirstSeen, r.LastSeen, r.Source = fromMillis(first), fromMillis(last), knowledge.Source(source)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list unanswered questions: %w", classify(err))
	}
	return out, nil
}

// Feedback returns the votes per entry, least helpful first; see
// store.Reader.
func (d *DB) Feedback(ctx context.Context, since time.Time) ([]knowledge.EntryFeedback, error) {
	from := int64(-1 << 62)
	if !since.IsZero() {
		from = toMillis(since)
	}
	rows, err := d.db.QueryContext(ctx, `
		SELECT entry_id, sum(helpful) AS yes, sum(1 - helpful) AS no
		FROM feedback
		WHERE at >= ?
		GROUP BY entry_id
		ORDER BY no - yes DESC, no DESC, entry_id`, from)
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", classify(err))
	}
	var out []knowledge.EntryFeedback
	index := map[string]int{}
	for rows.Next() {
		var f knowledge.EntryFeedback
		if err := rows.Scan(&f.EntryID, &f.Helpful, &f.NotHelpful); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list feedback: %w", err)
		}
		index[f.EntryID] = len(out)
		out = append(out, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feedback: %w", classify(err))
	}

	// The questions, newest first per entry; the table is pruned, so reading
	// them all and keeping a few per entry stays small.
	rows, err = d.db.QueryContext(ctx, `
		SELECT entry_id, question, max(at) AS latest
		FROM feedback
		WHERE at >= ? AND helpful = 0 AND question != ''
		GROUP BY entry_id, question
		ORDER BY entry_id, latest DESC, question`, from)
	if err != nil {
		return nil, fmt.Errorf("list feedback questions: %w", classify(err))
	}
	defer rows.Close()
	for rows.Next() {
		var id, question string
		var latest int64
		if err := rows.Scan(&id, &question, &latest); err != nil {
			return nil, fmt.Errorf("list feedback questions: %w", err)
		}
		i, ok := index[id]
		if !ok {
			continue // voted on between the two queries
		}
		if f := &out[i]; len(f.Questions) < knowledge.MaxFeedbackQuestions {
			f.Questions = append(f.Questions, question)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feedback questions: %w", classify(err))
	}
	return out, nil
}

// stamp returns at, or the DB's clock when at is zero.
func (d *DB) stamp(at time.Time) time.Time {
	if at.IsZero() {
		return d.now()
	}
	return at
}
