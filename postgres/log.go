package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

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
	at := d.stamp(q.At)
	_, err := d.pool.Exec(ctx, `
		INSERT INTO unanswered (question, count, first_seen, last_seen, best_id, best_score, source)
		VALUES ($1, 1, $2, $2, $3, $4, $5)
		ON CONFLICT (question) DO UPDATE SET
			count      = unanswered.count + 1,
			first_seen = least(unanswered.first_seen, excluded.first_seen),
			last_seen  = greatest(unanswered.last_seen, excluded.last_seen),
			best_id    = excluded.best_id,
			best_score = excluded.best_score,
			source     = excluded.source`,
		question, at, q.BestID, q.Score, string(q.Source))
	if err != nil {
		return d.wrap("record unanswered question in", err)
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
	_, err := d.pool.Exec(ctx, `
		INSERT INTO feedback (entry_id, helpful, question, source, at) VALUES ($1, $2, $3, $4, $5)`,
		v.EntryID, v.Helpful, question, string(v.Source), d.stamp(v.At))
	if err != nil {
		return d.wrap(fmt.Sprintf("record feedback for %s in", v.EntryID), err)
	}
	return nil
}

// RememberAsked keeps a under key until expires; see store.Writer.
func (d *DB) RememberAsked(ctx context.Context, key string, a knowledge.Asked, expires time.Time) error {
	question := knowledge.LogText(a.Question)
	if key == "" || question == "" {
		return errors.New("remember asked question: empty key or question")
	}
	_, err := d.pool.Exec(ctx, `
		INSERT INTO asked (key, question, source, expires) VALUES ($1, $2, $3, $4)
		ON CONFLICT (key) DO UPDATE SET
			question = excluded.question, source = excluded.source, expires = excluded.expires`,
		key, question, string(a.Source), expires)
	if err != nil {
		return d.wrap("remember asked question in", err)
	}
	return nil
}

// RecallAsked returns the question kept under key; see store.Reader.
func (d *DB) RecallAsked(ctx context.Context, key string, now time.Time) (knowledge.Asked, bool, error) {
	var a knowledge.Asked
	var source string
	err := d.pool.QueryRow(ctx, `SELECT question, source FROM asked WHERE key = $1 AND expires > $2`,
		key, now).Scan(&a.Question, &source)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return knowledge.Asked{}, false, nil
	case err != nil:
		return knowledge.Asked{}, false, d.wrap("recall asked question from", err)
	}
	a.Source = knowledge.Source(source)
	return a, true, nil
}

// Prune deletes rows older than the retention and expired asked
// questions; see store.Writer.
func (d *DB) Prune(ctx context.Context, now time.Time) (int64, error) {
	cutoff := now.Add(-d.retention)
	var total int64
	for _, stmt := range []struct {
		sql string
		arg any
	}{
		{`DELETE FROM unanswered WHERE last_seen < $1`, cutoff},
		{`DELETE FROM feedback WHERE at < $1`, cutoff},
		{`DELETE FROM asked WHERE expires <= $1`, now},
		{`DELETE FROM asked WHERE key IN (SELECT key FROM asked ORDER BY expires DESC, key COLLATE "C" OFFSET $1)`, d.maxAsked},
	} {
		tag, err := d.pool.Exec(ctx, stmt.sql, stmt.arg)
		if err != nil {
			return total, d.wrap("prune", err)
		}
		total += tag.RowsAffected()
	}
	return total, nil
}

// Unanswered returns stored questions, most asked first; see store.Reader.
func (d *DB) Unanswered(ctx context.Context, since time.Time, limit int) ([]knowledge.UnansweredTally, error) {
	if limit <= 0 {
		limit = store.MaxGapRows
	}
	rows, err := d.pool.Query(ctx, `
		SELECT question, count, first_seen, last_seen, best_id, best_score, source
		FROM unanswered
		WHERE last_seen >= $1
		ORDER BY count DESC, last_seen DESC, question COLLATE "C"
		LIMIT $2`, since, limit)
	if err != nil {
		return nil, d.wrap("list unanswered questions in", err)
	}
	defer rows.Close()
	var out []knowledge.UnansweredTally
	for rows.Next() {
		var r knowledge.UnansweredTally
		var source string
		var count int64
		if err := rows.Scan(&r.Question, &count, &r.FirstSeen, &r.LastSeen, &r.BestID, &r.Score, &source); err != nil {
			return nil, d.wrap("list unanswered questions in", err)
		}
		r.Count, r.Source = int(count), knowledge.Source(source)
		r.FirstSeen, r.LastSeen = r.FirstSeen.UTC(), r.LastSeen.UTC()
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, d.wrap("list unanswered questions in", err)
	}
	return out, nil
}

// Feedback returns the votes per entry, least helpful first; see
// store.Reader.
func (d *DB) Feedback(ctx context.Context, since time.Time) ([]knowledge.EntryFeedback, error) {
	rows, err := d.pool.Query(ctx, `
		SELECT entry_id, yes, no FROM (
			SELECT entry_id, count(*) FILTER (WHERE helpful) AS yes, count(*) FILTER (WHERE NOT helpful) AS no
			FROM feedback
			WHERE at >= $1
			GROUP BY entry_id
		) AS votes
		ORDER BY no - yes DESC, no DESC, entry_id COLLATE "C"`, since)
	if err != nil {
		return nil, d.wrap("list feedback in", err)
	}
	var out []knowledge.EntryFeedback
	index := map[string]int{}
	for rows.Next() {
		var f knowledge.EntryFeedback
		var yes, no int64
		if err := rows.Scan(&f.EntryID, &yes, &no); err != nil {
			rows.Close()
			return nil, d.wrap("list feedback in", err)
		}
		f.Helpful, f.NotHelpful = int(yes), int(no)
		index[f.EntryID] = len(out)
		out = append(out, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, d.wrap("list feedback in", err)
	}

	rows, err = d.pool.Query(ctx, `
		SELECT entry_id, question, max(at) AS latest
		FROM feedback
		WHERE at >= $1 AND NOT helpful AND question <> ''
		GROUP BY entry_id, question
		ORDER BY entry_id COLLATE "C", latest DESC, question COLLATE "C"`, since)
	if err != nil {
		return nil, d.wrap("list feedback questions in", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, question string
		var latest time.Time
		if err := rows.Scan(&id, &question, &latest); err != nil {
			return nil, d.wrap("list feedback questions in", err)
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
		return nil, d.wrap("list feedback questions in", err)
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
