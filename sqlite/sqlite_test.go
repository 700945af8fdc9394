package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
	"github.com/sclondonmassage/synergybot/store/storetest"
)

// t0 is the tests' "now".
var t0 = time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// clockAt returns a clock stopped at t.
func clockAt(t time.Time) func() time.Time { return func() time.Time { return t } }

// openTest opens a fresh log in a temporary directory, with the clock at t0
// unless opts says otherwise, and closes it when the test ends.
func openTest(t *testing.T, opts Options) *DB {
	t.Helper()
	return openPath(t, filepath.Join(t.TempDir(), "questions.db"), opts)
}

// openPath opens the log at path and closes it when the test ends.
func openPath(t *testing.T, path string, opts Options) *DB {
	t.Helper()
	if opts.Now == nil {
		opts.Now = clockAt(t0)
	}
	d, err := Open(context.Background(), path, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// row is one row of the unanswered table as a test reads it back.
type row struct {
	Question    string
	Count       int
	First, Last time.Time
	BestID      string
	Score       float64
	Source      string
}

// readRows returns every unanswered row, ordered by question.
func readRows(t *testing.T, d *DB) []row {
	t.Helper()
	rows, err := d.db.Query(`SELECT question, count, first_seen, last_seen, best_id, best_score, source
		FROM unanswered ORDER BY question`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []row
	for rows.Next() {
		var r row
		var first, last int64
		if err := rows.Scan(&r.Question, &r.Count, &first, &last, &r.BestID, &r.Score, &r.Source); err != nil {
			t.Fatal(err)
		}
		r.First, r.Last = fromMillis(first), fromMillis(last)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// countRows returns the number of rows in table.
func countRows(t *testing.T, d *DB, table string) int {
	t.Helper()
	var n int
	if err := d.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestRecordUnanswered(t *testing.T) {
	long := strings.Repeat("back ", 150)
	tests := []struct {
		name    string
		records []knowledge.Unanswered
		want    []row
	}{
		{
			name:    "new question",
			records: []knowledge.Unanswered{{Question: "does it hurt", BestID: "deep-tissue", Score: 0.4, Source: knowledge.SourceSlash, At: t0}},
			want:    []row{{"does it hurt", 1, t0, t0, "deep-tissue", 0.4, "slash"}},
		},
		{
			name: "repeats accumulate and keep the latest guess",
			records: []knowledge.Unanswered{
				{Question: "does it hurt", BestID: "deep-tissue", Score: 0.4, Source: knowledge.SourceSlash, At: t0},
				{Question: "does it hurt", BestID: "", Score: 0, Source: knowledge.SourceDM, At: t0.Add(time.Hour)},
				{Question: "does it hurt", BestID: "trigger-point", Score: 0.5, Source: knowledge.SourceMention, At: t0.Add(2 * time.Hour)},
			},
			want: []row{{"does it hurt", 3, t0, t0.Add(2 * time.Hour), "trigger-point", 0.5, "mention"}},
		},
		{
			name: "times out of order widen the span",
			records: []knowledge.Unanswered{
				{Question: "q", At: t0.Add(2 * time.Hour)},
				{Question: "q", At: t0},
			},
			want: []row{{"q", 2, t0, t0.Add(2 * time.Hour), "", 0, ""}},
		},
		{
			name: "distinct questions get distinct rows",
			records: []knowledge.Unanswered{
				{Question: "b question", At: t0},
				{Question: "a question", At: t0},
			},
			want: []row{{"a question", 1, t0, t0, "", 0, ""}, {"b question", 1, t0, t0, "", 0, ""}},
		},
		{
			name:    "zero time takes the clock, text is trimmed",
			records: []knowledge.Unanswered{{Question: "  hello  "}},
			want:    []row{{"hello", 1, t0, t0, "", 0, ""}},
		},
		{
			name:    "long text is cut",
			records: []knowledge.Unanswered{{Question: long, At: t0}},
			want:    []row{{strings.TrimSpace(strings.Repeat("back ", 100)), 1, t0, t0, "", 0, ""}}, // 499 runes, cut at a word
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := openTest(t, Options{})
			for _, q := range tt.records {
				if err := d.RecordUnanswered(context.Background(), q); err != nil {
					t.Fatalf("RecordUnanswered(%+v): %v", q, err)
				}
			}
			got := readRows(t, d)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d rows %+v, want %d %+v", len(got), got, len(tt.want), tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Question != w.Question || g.Count != w.Count || !g.First.Equal(w.First) || !g.Last.Equal(w.Last) ||
					g.BestID != w.BestID || g.Score != w.Score || g.Source != w.Source {
					t.Errorf("row %d: got %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func TestRetention(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "questions.db")
	d, err := Open(ctx, path, Options{Now: clockAt(t0)})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []knowledge.Unanswered{
		{Question: "ancient", At: t0.Add(-100 * day)},
		{Question: "recent", At: t0.Add(-89 * day)},
		{Question: "asked again", At: t0.Add(-200 * day)},
		{Question: "asked again", At: t0.Add(-1 * day)},
	} {
		if err := d.RecordUnanswered(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	for _, v := range []knowledge.Vote{
		{EntryID: "old", At: t0.Add(-91 * day)},
		{EntryID: "new", At: t0},
	} {
		if err := d.RecordFeedback(ctx, v); err != nil {
			t.Fatal(err)
		}
	}

	n, err := d.Prune(ctx, t0)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("Prune deleted %d rows, want 2 (one question, one vote)", n)
	}
	var questions []string
	for _, r := range readRows(t, d) {
		questions = append(questions, r.Question)
	}
	if got, want := strings.Join(questions, ","), "asked again,recent"; got != want {
		t.Errorf("questions after prune: got %s, want %s", got, want)
	}
	if got := countRows(t, d, "feedback"); got != 1 {
		t.Errorf("votes after prune: got %d, want 1", got)
	}
	d.Close()

	// Reopening later with a shorter retention prunes on Open.
	d = openPath(t, path, Options{Now: clockAt(t0.Add(10 * day)), Retention: 30 * day})
	questions = nil
	for _, r := range readRows(t, d) {
		questions = append(questions, r.Question)
	}
	if got, want := strings.Join(questions, ","), "asked again"; got != want {
		t.Errorf("questions after reopening: got %s, want %s", got, want)
	}
}

func TestMigrateFromV1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "questions.db")
	schema, err := os.ReadFile("testdata/v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(string(schema)); err != nil {
		t.Fatalf("load v1 schema: %v", err)
	}
	raw.Close()

	d := openPath(t, path, Options{})
	if v, err := userVersion(ctx, d.db); err != nil || v != len(migrations) {
		t.Fatalf("version after Open: got %d (%v), want %d", v, err, len(migrations))
	}
	jan1 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	want := []row{
		{"can i bring my dog", 1, jan1.Add(2 * day), jan1.Add(2 * day), "", 0, ""},
		{"does cupping leave marks", 3, jan1, jan1.Add(day), "", 0, ""},
	}
	got := readRows(t, d)
	if len(got) != len(want) {
		t.Fatalf("rows kept: got %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i].Question != want[i].Question || got[i].Count != want[i].Count ||
			!got[i].First.Equal(want[i].First) || !got[i].Last.Equal(want[i].Last) {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}

	// The upgraded file takes the new columns and table.
	if err := d.RecordUnanswered(ctx, knowledge.Unanswered{Question: "does cupping leave marks", BestID: "cupping", Score: 0.45, Source: knowledge.SourceDM, At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := d.RecordFeedback(ctx, knowledge.Vote{EntryID: "cupping", Question: "does cupping leave marks", At: t0}); err != nil {
		t.Fatal(err)
	}
	gaps, err := store.Gaps(ctx, d, store.GapQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gaps) != 2 || gaps[0].Count != 4 || gaps[0].NearestID != "cupping" || !gaps[0].FirstSeen.Equal(jan1) {
		t.Errorf("gaps after upgrade: got %+v, want first gap asked 4 times since %v, nearest cupping", gaps, jan1)
	}
	d.Close()

	// Opening again is a no-op for the schema.
	d = openPath(t, path, Options{})
	if got := countRows(t, d, "unanswered"); got != 2 {
		t.Errorf("rows after reopening: got %d, want 2", got)
	}
}

// TestOpenTogetherMigratesOnce: processes that open the same old file at
// the same moment (replicas starting together) each see the upgrade done
// once, and none fails with "duplicate column name".
func TestOpenTogetherMigratesOnce(t *testing.T) {
	schema, err := os.ReadFile("testdata/v1.sql")
	if err != nil {
		t.Fatal(err)
	}
	for round := range 5 {
		// The old file is in WAL mode, as every file this program writes
		// is: switching a file's journal mode needs it to itself, and
		// fails at once (SQLITE_BUSY, no busy wait) while another
		// process reads it; the Recorder retries that case.
		path := filepath.Join(t.TempDir(), "questions.db")
		raw, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(`PRAGMA journal_mode = WAL;` + string(schema)); err != nil {
			t.Fatalf("load v1 schema: %v", err)
		}
		raw.Close()

		const openers = 4
		errs := make(chan error, openers)
		for range openers {
			go func() {
				d, err := Open(context.Background(), path, Options{Now: clockAt(t0)})
				if err == nil {
					err = d.Close()
				}
				errs <- err
			}()
		}
		for range openers {
			if err := <-errs; err != nil {
				t.Fatalf("round %d: Open: %v", round, err)
			}
		}
		d := openPath(t, path, Options{})
		if v, err := userVersion(context.Background(), d.db); err != nil || v != len(migrations) {
			t.Fatalf("round %d: version: got %d (%v), want %d", round, v, err, len(migrations))
		}
	}
}

func TestOpenErrors(t *testing.T) {
	// writeFile returns a setup that writes content to the path.
	writeFile := func(content []byte) func(t *testing.T, path string) {
		return func(t *testing.T, path string) {
			if err := os.WriteFile(path, content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// withSQL returns a setup that runs stmt on a raw connection.
	withSQL := func(stmt string) func(t *testing.T, path string) {
		return func(t *testing.T, path string) {
			raw, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec(stmt); err != nil {
				t.Fatal(err)
			}
		}
	}
	garbage, err := os.ReadFile("testdata/garbage.db")
	if err != nil {
		t.Fatal(err)
	}
	v1, err := os.ReadFile("testdata/v1.sql")
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		setup   func(t *testing.T, path string)
		opts    Options
		wantErr string
		wantIs  error
	}{
		{name: "corrupt file", setup: writeFile(garbage), wantErr: "file is not a database"},
		{
			name: "valid header, corrupt pages",
			setup: func(t *testing.T, path string) {
				d := openPath(t, path, Options{})
				for i := range 200 {
					d.RecordUnanswered(context.Background(), knowledge.Unanswered{Question: fmt.Sprintf("question number %d", i)})
				}
				d.Close()
				f, err := os.OpenFile(path, os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if _, err := f.WriteAt(garbage, 4096); err != nil { // page 2 onwards
					t.Fatal(err)
				}
			},
			wantErr: "malformed",
		},
		{name: "read-only file", setup: writeFile(nil), opts: Options{uriMode: "ro"}, wantErr: "readonly"},
		{name: "read-only open of an old schema", setup: withSQL(string(v1)), opts: Options{ReadOnly: true}, wantErr: "schema version 1"},
		{name: "read-only open of a missing file", opts: Options{ReadOnly: true}, wantIs: fs.ErrNotExist},
		{name: "schema newer than the code", setup: withSQL(`PRAGMA user_version = 99`), wantErr: "newer"},
		{name: "path is a directory", setup: func(t *testing.T, path string) { os.Mkdir(path, 0o755) }, wantErr: "unable to open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "questions.db")
			if tt.setup != nil {
				tt.setup(t, path)
			}
			tt.opts.Now = clockAt(t0)
			d, err := Open(context.Background(), path, tt.opts)
			if err == nil {
				d.Close()
				t.Fatalf("Open: got nil error, want one containing %q", tt.wantErr)
			}
			t.Logf("Open: %v", err)
			if tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Open: got %v, want an error containing %q", err, tt.wantErr)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("Open: got %v, want errors.Is %v", err, tt.wantIs)
			}
			if !strings.Contains(err.Error(), path) {
				t.Errorf("Open: error %q does not name the file", err)
			}
		})
	}
}

func TestOpenEmptyPath(t *testing.T) {
	if _, err := Open(context.Background(), "", Options{}); err == nil {
		t.Error("Open(\"\"): got nil error, want one")
	}
}

func TestOpenLocked(t *testing.T) {
	path := filepath.Join(t.TempDir(), "questions.db")
	// Another process holds an exclusive lock on a rollback-journal file.
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `CREATE TABLE x (y); BEGIN EXCLUSIVE; INSERT INTO x VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)

	d, err := Open(context.Background(), path, Options{BusyTimeout: 50 * time.Millisecond})
	if err == nil {
		d.Close()
		t.Fatal("Open of a locked file: got nil error, want one")
	}
	if !strings.Contains(err.Error(), "locked") && !strings.Contains(err.Error(), "busy") {
		t.Errorf("Open of a locked file: got %v, want a locked/busy error", err)
	}
	if !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("Open of a locked file: got %v, want it marked store.ErrUnavailable so it is retried", err)
	}
}

func TestOpenReadOnlyReads(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "questions.db")
	w := openPath(t, path, Options{})
	if err := w.RecordUnanswered(ctx, knowledge.Unanswered{Question: "is it safe when pregnant", At: t0}); err != nil {
		t.Fatal(err)
	}

	// Staff read while the bot still has the file open for writing.
	r := openPath(t, path, Options{ReadOnly: true})
	gaps, err := store.Gaps(ctx, r, store.GapQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(gaps) != 1 || gaps[0].Examples[0] != "is it safe when pregnant" {
		t.Errorf("Gaps through a read-only DB: got %+v, want the one question", gaps)
	}
	if err := r.RecordUnanswered(ctx, knowledge.Unanswered{Question: "a question"}); err == nil {
		t.Error("RecordUnanswered on a read-only DB: got nil error, want one")
	}
}

func TestOpenOddPaths(t *testing.T) {
	for _, name := range []string{"with space.db", "what?.db", "hash#1.db", "per%20cent.db", "new/dir/log.db"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			d := openPath(t, path, Options{})
			if err := d.RecordUnanswered(context.Background(), knowledge.Unanswered{Question: "a question"}); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(path); err != nil {
				t.Errorf("the database is not at %s: %v", path, err)
			}
		})
	}
}

// TestContract runs the behaviour every back end shares.
func TestContract(t *testing.T) {
	storetest.Run(t, storetest.Backend{
		Open: func(t *testing.T, opts storetest.Options) store.Store {
			return openTest(t, Options{Retention: opts.Retention, MaxAsked: opts.MaxAsked, Now: clockAt(storetest.T0)})
		},
		OpenShared: func(t *testing.T) (store.Store, store.Store) {
			path := filepath.Join(t.TempDir(), "shared.db")
			return openPath(t, path, Options{}), openPath(t, path, Options{})
		},
	})
}

// TestRecorderWaitsOutALockAtStart starts recording while another process
// holds the file's write lock: the bot records nothing meanwhile but does
// not give up, and once the lock is released the question asked during
// the lock is stored.
func TestRecorderWaitsOutALockAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "questions.db")
	openPath(t, path, Options{}).Close()
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE; DELETE FROM unanswered`); err != nil {
		t.Fatal(err)
	}
	r := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
		return Open(ctx, path, Options{BusyTimeout: 50 * time.Millisecond})
	}, store.RecorderOptions{RetryMin: 20 * time.Millisecond, RetryMax: 50 * time.Millisecond})
	r.Unanswered(knowledge.Unanswered{Question: "asked while the file was locked"})
	end := time.Now().Add(10 * time.Second)
	for r.Status().LastError == "" {
		if time.Now().After(end) {
			t.Fatal("the Recorder never reported the lock")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if st := r.Status(); st.State != store.StateConnecting || !strings.Contains(st.LastError, "locked") && !strings.Contains(st.LastError, "busy") {
		t.Errorf("status while locked = %+v", st)
	}
	if _, err := conn.ExecContext(context.Background(), `ROLLBACK`); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for r.Status().State != store.StateReady {
		if ctx.Err() != nil {
			t.Fatalf("never recovered from the lock: %+v", r.Status())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := r.Close(ctx); err != nil {
		t.Fatal(err)
	}
	d := openPath(t, path, Options{ReadOnly: true})
	rows, err := d.Unanswered(ctx, time.Time{}, 0)
	if err != nil || len(rows) != 1 || rows[0].Question != "asked while the file was locked" {
		t.Errorf("stored %+v, %v; want the question asked during the lock", rows, err)
	}
}
