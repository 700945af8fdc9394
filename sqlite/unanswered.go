package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Where a question came from, as recorded in Unanswered.Source and
// Vote.Source. Any short string is accepted; these are the ones the bot uses.
const (
	SourceSlash   = "slash"   // a /ask slash command
	SourceMention = "mention" // a message that mentions the bot
	SourceDM      = "dm"      // a direct message
	SourceChannel = "channel" // a message in a channel the bot answers in
	SourceChat    = "chat"    // the terminal chat
	SourceHTTP    = "http"    // the HTTP interactions endpoint
)

// MaxQuestionLen is the most runes of a question that are stored; longer
// text is cut, so a pasted essay cannot bloat the log.
const MaxQuestionLen = 500

// Unanswered is one question the bot could not answer confidently (a
// "not sure" or "don't know" reply). It holds no user id or name.
type Unanswered struct {
	// Question is the normalised question text (the caller normalises, so
	// that "Does it HURT?" and "does it hurt" count as one question).
	Question string
	// BestID is the entry the bot thought nearest; empty if none.
	BestID string
	// Score is the match score of BestID.
	Score float64
	// Source is where the question came from (SourceSlash, ...).
	Source string
	// At is when it was asked; zero means the DB's clock at write time.
	At time.Time
}

// RecordUnanswered adds one ask of q.Question to the log: a new question gets
// a row with count 1; a known one has its count incremented, its last-seen
// time moved on, and its best guess and source replaced by the latest.
// It returns an error for an empty question or when the write fails.
func (d *DB) RecordUnanswered(ctx context.Context, q Unanswered) error {
	question := clip(strings.TrimSpace(q.Question), MaxQuestionLen)
	if question == "" {
		return errors.New("record unanswered question: empty question")
	}
	at := q.At
	if at.IsZero() {
		at = d.now()
	}
	ms := toMillis(at)
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
		question, ms, ms, q.BestID, q.Score, q.Source)
	if err != nil {
		return fmt.Errorf("record unanswered question: %w", err)
	}
	return nil
}

// GapQuery selects what Gaps returns.
type GapQuery struct {
	// Since keeps questions last seen at or after it; zero keeps all.
	Since time.Time
	// Limit caps the number of gaps; zero or less means no cap.
	Limit int
}

// Gap is a group of similar unanswered questions: something people keep
// asking that the knowledge base does not answer well.
type Gap struct {
	// Count is how many times the questions of the group were asked.
	Count int
	// FirstSeen and LastSeen span the group's asks.
	FirstSeen, LastSeen time.Time
	// Examples are up to MaxExamples question texts, most asked first.
	Examples []string
	// NearestID is the best guess the bot gave most often for the group
	// (weighted by asks); empty if it never had one.
	NearestID string
	// NearestScore is the highest score NearestID got in the group.
	NearestScore float64
	// Sources are the distinct sources of the group, sorted.
	Sources []string
}

// MaxExamples is how many example texts a Gap carries.
const MaxExamples = 3

// maxGapRows bounds how many rows Gaps groups, the most asked first, so a
// huge log cannot make `kb gaps` slow.
const maxGapRows = 5000

// Gaps returns the unanswered questions grouped by similar text, most asked
// first (ties: most recently seen first).
//
// Grouping is deliberately simple. Each question becomes the set of its words,
// lowercased, without stop words ("how", "does", "a", ...). Questions with the
// same set are one group ("does deep tissue hurt" and "deep tissue, does it
// hurt?"). Then, taking groups from the most asked, a group joins an earlier
// one when their word sets have a Jaccard similarity (shared words / all
// words) of at least 0.6, compared with the earlier group's first (most asked)
// set; otherwise it starts its own.
func (d *DB) Gaps(ctx context.Context, q GapQuery) ([]Gap, error) {
	since := int64(-1 << 62)
	if !q.Since.IsZero() {
		since = toMillis(q.Since)
	}
	rows, err := d.db.QueryContext(ctx, `
		SELECT question, count, first_seen, last_seen, best_id, best_score, source
		FROM unanswered
		WHERE last_seen >= ?
		ORDER BY count DESC, last_seen DESC, question
		LIMIT ?`, since, maxGapRows)
	if err != nil {
		return nil, fmt.Errorf("list gaps: %w", err)
	}
	defer rows.Close()
	var all []gapRow
	for rows.Next() {
		var r gapRow
		var first, last int64
		if err := rows.Scan(&r.question, &r.count, &first, &last, &r.bestID, &r.score, &r.source); err != nil {
			return nil, fmt.Errorf("list gaps: %w", err)
		}
		r.first, r.last = fromMillis(first), fromMillis(last)
		all = append(all, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list gaps: %w", err)
	}

	gaps := groupGaps(all)
	if q.Limit > 0 && len(gaps) > q.Limit {
		gaps = gaps[:q.Limit]
	}
	return gaps, nil
}

// gapRow is one row of the unanswered table.
type gapRow struct {
	question    string
	count       int
	first, last time.Time
	bestID      string
	score       float64
	source      string
}

// similarity is the Jaccard similarity at or above which two word sets are
// one gap.
const similarity = 0.6

// groupGaps groups rows (sorted most asked first) as Gaps documents.
func groupGaps(rows []gapRow) []Gap {
	// Step 1: exact word-set groups, in order of first appearance.
	type exact struct {
		words []string
		rows  []gapRow
		count int
	}
	var exacts []*exact
	byKey := map[string]*exact{}
	for _, r := range rows {
		words := wordSet(r.question)
		key := strings.Join(words, " ")
		if len(words) == 0 {
			key = "\x00" + r.question // only stop words: group identical text only
		}
		e := byKey[key]
		if e == nil {
			e = &exact{words: words}
			byKey[key] = e
			exacts = append(exacts, e)
		}
		e.rows = append(e.rows, r)
		e.count += r.count
	}
	sort.SliceStable(exacts, func(i, j int) bool { return exacts[i].count > exacts[j].count })

	// Step 2: merge similar sets into the first cluster they are close to.
	type cluster struct {
		words []string
		rows  []gapRow
	}
	var clusters []*cluster
	for _, e := range exacts {
		var home *cluster
		for _, c := range clusters {
			if jaccard(c.words, e.words) >= similarity {
				home = c
				break
			}
		}
		if home == nil {
			home = &cluster{words: e.words}
			clusters = append(clusters, home)
		}
		home.rows = append(home.rows, e.rows...)
	}

	gaps := make([]Gap, 0, len(clusters))
	for _, c := range clusters {
		gaps = append(gaps, summarise(c.rows))
	}
	sort.SliceStable(gaps, func(i, j int) bool {
		if gaps[i].Count != gaps[j].Count {
			return gaps[i].Count > gaps[j].Count
		}
		return gaps[i].LastSeen.After(gaps[j].LastSeen)
	})
	return gaps
}

// summarise turns the rows of one group into a Gap.
func summarise(rows []gapRow) Gap {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].count > rows[j].count })
	g := Gap{FirstSeen: rows[0].first, LastSeen: rows[0].last}
	guesses := map[string]int{}       // best id -> asks
	bestScore := map[string]float64{} // best id -> highest score
	sources := map[string]bool{}
	for _, r := range rows {
		g.Count += r.count
		if r.first.Before(g.FirstSeen) {
			g.FirstSeen = r.first
		}
		if r.last.After(g.LastSeen) {
			g.LastSeen = r.last
		}
		if len(g.Examples) < MaxExamples {
			g.Examples = append(g.Examples, r.question)
		}
		if r.bestID != "" {
			guesses[r.bestID] += r.count
			if s, ok := bestScore[r.bestID]; !ok || r.score > s {
				bestScore[r.bestID] = r.score
			}
		}
		if r.source != "" {
			sources[r.source] = true
		}
	}
	for id, n := range guesses {
		m := guesses[g.NearestID]
		if g.NearestID == "" || n > m ||
			(n == m && (bestScore[id] > bestScore[g.NearestID] ||
				bestScore[id] == bestScore[g.NearestID] && id < g.NearestID)) {
			g.NearestID = id
		}
	}
	g.NearestScore = bestScore[g.NearestID]
	for s := range sources {
		g.Sources = append(g.Sources, s)
	}
	sort.Strings(g.Sources)
	return g
}

// stopWords carry no meaning of their own for grouping questions. Single
// letters left by apostrophes ("what's" -> "what", "s") are here too.
var stopWords = map[string]bool{
	"a": true, "about": true, "am": true, "an": true, "and": true, "any": true,
	"are": true, "be": true, "been": true, "can": true, "could": true,
	"d": true, "did": true, "do": true, "does": true, "for": true, "get": true,
	"help": true, "how": true, "i": true, "if": true, "im": true, "in": true,
	"is": true, "it": true, "its": true, "ll": true, "m": true, "me": true,
	"my": true, "of": true, "on": true, "or": true, "please": true,
	"re": true, "s": true, "should": true, "so": true, "some": true,
	"t": true, "that": true, "the": true, "there": true, "this": true,
	"to": true, "ve": true, "was": true, "what": true, "whats": true,
	"when": true, "where": true, "which": true, "who": true, "why": true,
	"will": true, "with": true, "would": true, "you": true, "your": true,
}

// wordSet returns the distinct words of s that are not stop words, lowercased
// and sorted.
func wordSet(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var words []string
	for _, f := range fields {
		if stopWords[f] || seen[f] {
			continue
		}
		seen[f] = true
		words = append(words, f)
	}
	sort.Strings(words)
	return words
}

// jaccard is |a ∩ b| / |a ∪ b| for two sorted sets of distinct words; two
// empty sets score 0, so questions made only of stop words never merge.
func jaccard(a, b []string) float64 {
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - both
	if union == 0 {
		return 0
	}
	return float64(both) / float64(union)
}

// clip cuts s to at most n runes.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n {
			return s[:k]
		}
		i++
	}
	return s
}
