package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Vote is one press of "Helpful" or "Not helpful" under an answer. It holds
// no user id or name.
type Vote struct {
	// EntryID is the entry whose answer was rated.
	EntryID string
	// Helpful is true for "Helpful", false for "Not helpful".
	Helpful bool
	// Question is the normalised question that got the answer. It is kept
	// for "Not helpful" votes only, so staff can see what the answer missed.
	Question string
	// Source is where the question came from (SourceSlash, ...).
	Source string
	// At is when the vote was given; zero means the DB's clock.
	At time.Time
}

// RecordFeedback stores one vote. It returns an error for an empty entry id
// or when the write fails.
func (d *DB) RecordFeedback(ctx context.Context, v Vote) error {
	if v.EntryID == "" {
		return errors.New("record feedback: empty entry id")
	}
	at := v.At
	if at.IsZero() {
		at = d.now()
	}
	question := ""
	if !v.Helpful {
		question = clip(strings.TrimSpace(v.Question), MaxQuestionLen)
	}
	helpful := 0
	if v.Helpful {
		helpful = 1
	}
	_, err := d.db.ExecContext(ctx, `
		INSERT INTO feedback (entry_id, helpful, question, source, at)
		VALUES (?, ?, ?, ?, ?)`,
		v.EntryID, helpful, question, v.Source, toMillis(at))
	if err != nil {
		return fmt.Errorf("record feedback for %s: %w", v.EntryID, err)
	}
	return nil
}

// EntryFeedback is what people said about one entry's answer.
type EntryFeedback struct {
	// EntryID names the entry whose answer was rated.
	EntryID string
	// Helpful and NotHelpful count the votes of each kind.
	Helpful    int
	NotHelpful int
	// Questions are up to MaxFeedbackQuestions distinct questions whose
	// answer was marked "Not helpful", most recent first.
	Questions []string
}

// MaxFeedbackQuestions is how many "Not helpful" questions an EntryFeedback
// carries.
const MaxFeedbackQuestions = 5

// Feedback returns the votes given at or after since (zero: all), one
// EntryFeedback per entry, least helpful first: by NotHelpful minus Helpful,
// then by NotHelpful, then by entry id.
func (d *DB) Feedback(ctx context.Context, since time.Time) ([]EntryFeedback, error) {
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
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	var out []EntryFeedback
	index := map[string]int{}
	for rows.Next() {
		var f EntryFeedback
		if err := rows.Scan(&f.EntryID, &f.Helpful, &f.NotHelpful); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list feedback: %w", err)
		}
		index[f.EntryID] = len(out)
		out = append(out, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
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
		return nil, fmt.Errorf("list feedback questions: %w", err)
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
		if f := &out[i]; len(f.Questions) < MaxFeedbackQuestions {
			f.Questions = append(f.Questions, question)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list feedback questions: %w", err)
	}
	return out, nil
}
