// Package storetest is the behaviour every question-log back end must
// have, as one test suite. Package sqlite and package postgres run it
// against themselves (Run), so the two cannot drift apart.
package storetest

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
)

// T0 is the suite's "now".
var T0 = time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// Options are what the suite asks of a fresh store.
type Options struct {
	// Retention is how long rows are kept; the back end's own default when
	// zero.
	Retention time.Duration
	// MaxAsked caps the remembered questions; the back end's default when
	// zero.
	MaxAsked int
}

// Backend is a back end under test.
type Backend struct {
	// Open returns a fresh, empty store, closed when the test ends.
	Open func(t *testing.T, opts Options) store.Store
	// OpenShared returns two stores on one fresh database, as two replicas
	// would have; both closed when the test ends.
	OpenShared func(t *testing.T) (store.Store, store.Store)
}

// Run runs the whole contract against b.
func Run(t *testing.T, b Backend) {
	t.Run("RecordUnanswered", func(t *testing.T) { testRecordUnanswered(t, b) })
	t.Run("RecordRejectsEmpty", func(t *testing.T) { testRecordRejectsEmpty(t, b) })
	t.Run("Redaction", func(t *testing.T) { testRedaction(t, b) })
	t.Run("Gaps", func(t *testing.T) { testGaps(t, b) })
	t.Run("Feedback", func(t *testing.T) { testFeedback(t, b) })
	t.Run("Retention", func(t *testing.T) { testRetention(t, b) })
	t.Run("Asked", func(t *testing.T) { testAsked(t, b) })
	t.Run("AskedIsBounded", func(t *testing.T) { testAskedBounded(t, b) })
	t.Run("SharedBetweenReplicas", func(t *testing.T) { testShared(t, b) })
	t.Run("Recorder", func(t *testing.T) { testRecorder(t, b) })
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func testRecordUnanswered(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	asks := []knowledge.Unanswered{
		{Question: "Does cupping leave MARKS?", BestID: "cupping", Score: 0.3, Source: knowledge.SourceSlash, At: T0.Add(-3 * time.Hour)},
		{Question: "does cupping leave marks", BestID: "bruising", Score: 0.4, Source: knowledge.SourceDM, At: T0.Add(-1 * time.Hour)},
		{Question: "does cupping leave marks", BestID: "bruising", Score: 0.4, Source: knowledge.SourceDM, At: T0.Add(-5 * time.Hour)}, // written late
		{Question: "gift cards", Source: knowledge.SourceMention, At: T0.Add(-2 * time.Hour)},
	}
	for _, q := range asks {
		must(t, s.RecordUnanswered(ctx, q))
	}
	got, err := s.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	want := []knowledge.UnansweredTally{
		{Question: "does cupping leave marks", Count: 3, FirstSeen: T0.Add(-5 * time.Hour), LastSeen: T0.Add(-1 * time.Hour), BestID: "bruising", Score: 0.4, Source: knowledge.SourceDM},
		{Question: "gift cards", Count: 1, FirstSeen: T0.Add(-2 * time.Hour), LastSeen: T0.Add(-2 * time.Hour), Source: knowledge.SourceMention},
	}
	if !equalTallies(got, want) {
		t.Errorf("Unanswered:\n got %+v\nwant %+v", got, want)
	}

	since, err := s.Unanswered(ctx, T0.Add(-90*time.Minute), 0)
	must(t, err)
	if len(since) != 1 || since[0].Question != "does cupping leave marks" {
		t.Errorf("Unanswered since 90 min ago = %+v, want the cupping question only", since)
	}
	limited, err := s.Unanswered(ctx, time.Time{}, 1)
	must(t, err)
	if len(limited) != 1 {
		t.Errorf("Unanswered limit 1 returned %d rows", len(limited))
	}

	long := strings.Repeat("massage ", 200)
	must(t, s.RecordUnanswered(ctx, knowledge.Unanswered{Question: long, At: T0}))
	rows, err := s.Unanswered(ctx, T0, 0)
	must(t, err)
	if len(rows) != 1 || len([]rune(rows[0].Question)) > knowledge.MaxLogTextLen {
		t.Errorf("a %d-rune question was stored as %+v, want it cut to %d", len(long), rows, knowledge.MaxLogTextLen)
	}
}

// equalTallies compares times by instant, since back ends differ in the
// location they read times back in.
func equalTallies(a, b []knowledge.UnansweredTally) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if !x.FirstSeen.Equal(y.FirstSeen) || !x.LastSeen.Equal(y.LastSeen) {
			return false
		}
		x.FirstSeen, x.LastSeen, y.FirstSeen, y.LastSeen = time.Time{}, time.Time{}, time.Time{}, time.Time{}
		if x != y {
			return false
		}
	}
	return true
}

func testRecordRejectsEmpty(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	for _, q := range []string{"", "   ", "😀🙏", "a@b.co"} {
		if err := s.RecordUnanswered(ctx, knowledge.Unanswered{Question: q, At: T0}); err == nil {
			t.Errorf("RecordUnanswered(%q) = nil error, want one: nothing worth keeping", q)
		}
	}
	if err := s.RecordFeedback(ctx, knowledge.Vote{Helpful: true, At: T0}); err == nil {
		t.Error("RecordFeedback without an entry id = nil error, want one")
	}
	rows, err := s.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	if len(rows) != 0 {
		t.Errorf("rejected questions were stored: %+v", rows)
	}
}

func testRedaction(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	const raw = "I'm at 1151 Richmond St, email jo.b@mail.com or 519-555-0142, card 1234-567-890-AB"
	// The back end redacts even when the caller did not.
	must(t, s.RecordUnanswered(ctx, knowledge.Unanswered{Question: raw, At: T0}))
	must(t, s.RecordFeedback(ctx, knowledge.Vote{EntryID: "e", Question: raw, At: T0}))
	must(t, s.RememberAsked(ctx, "k", knowledge.Asked{Question: raw}, T0.Add(time.Hour)))

	want := knowledge.LogText(raw)
	rows, err := s.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	fb, err := s.Feedback(ctx, time.Time{})
	must(t, err)
	a, ok, err := s.RecallAsked(ctx, "k", T0)
	must(t, err)
	got := []string{}
	if len(rows) == 1 {
		got = append(got, rows[0].Question)
	}
	if len(fb) == 1 && len(fb[0].Questions) == 1 {
		got = append(got, fb[0].Questions[0])
	}
	if ok {
		got = append(got, a.Question)
	}
	if !reflect.DeepEqual(got, []string{want, want, want}) {
		t.Fatalf("stored %q, want %q three times", got, want)
	}
	for _, secret := range []string{"1151", "richmond", "jo.b", "mail.com", "519", "0142", "1234"} {
		if strings.Contains(want, secret) {
			t.Errorf("stored text %q still holds %q", want, secret)
		}
	}
}

func testGaps(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	at := T0.Add(-time.Hour)
	for _, a := range []struct {
		q string
		n int
	}{
		{"does deep tissue massage hurt", 2},
		{"Deep tissue massage, does it hurt?", 1},
		{"parking near the clinic", 1},
	} {
		for range a.n {
			at = at.Add(time.Minute)
			must(t, s.RecordUnanswered(ctx, knowledge.Unanswered{Question: a.q, BestID: "deep-tissue", Score: 0.4, Source: knowledge.SourceSlash, At: at}))
		}
	}
	gaps, err := store.Gaps(ctx, s, store.GapQuery{})
	must(t, err)
	var got []string
	for _, g := range gaps {
		got = append(got, fmt.Sprintf("%d %s", g.Count, strings.Join(g.Examples, " | ")))
	}
	want := []string{"3 does deep tissue massage hurt | deep tissue massage does it hurt", "1 parking near the clinic"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gaps:\n got %q\nwant %q", got, want)
	}
	limited, err := store.Gaps(ctx, s, store.GapQuery{Limit: 1})
	must(t, err)
	if len(limited) != 1 {
		t.Errorf("Gaps with Limit 1 returned %d", len(limited))
	}
}

func testFeedback(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	at := T0.Add(-3 * day)
	vote := func(id string, helpful bool, question string) {
		t.Helper()
		at = at.Add(time.Minute)
		must(t, s.RecordFeedback(ctx, knowledge.Vote{EntryID: id, Helpful: helpful, Question: question, Source: knowledge.SourceSlash, At: at}))
	}
	vote("cupping", false, "old cupping question")
	at = T0.Add(-1 * day)
	vote("booking", true, "how do i book")
	vote("booking", true, "book online")
	vote("cupping", false, "does cupping leave marks")
	vote("cupping", true, "what is cupping")
	vote("cupping", false, "is cupping safe")
	vote("cupping", false, "Does cupping leave marks?") // a repeat shows once
	vote("sciatica", false, "massage for sciatica")
	for i := range 7 {
		vote("stretching", false, "stretch "+string(rune('a'+i)))
	}
	vote("stretching", true, "")
	vote("stretching", true, "")
	vote("stretching", true, "")

	tests := []struct {
		name  string
		since time.Time
		want  []knowledge.EntryFeedback
	}{
		{
			name:  "since yesterday, least helpful first",
			since: T0.Add(-1 * day),
			want: []knowledge.EntryFeedback{
				{EntryID: "stretching", Helpful: 3, NotHelpful: 7, Questions: []string{"stretch g", "stretch f", "stretch e", "stretch d", "stretch c"}},
				{EntryID: "cupping", Helpful: 1, NotHelpful: 3, Questions: []string{"does cupping leave marks", "is cupping safe"}},
				{EntryID: "sciatica", NotHelpful: 1, Questions: []string{"massage for sciatica"}},
				{EntryID: "booking", Helpful: 2},
			},
		},
		{
			name: "all time",
			want: []knowledge.EntryFeedback{
				{EntryID: "stretching", Helpful: 3, NotHelpful: 7, Questions: []string{"stretch g", "stretch f", "stretch e", "stretch d", "stretch c"}},
				{EntryID: "cupping", Helpful: 1, NotHelpful: 4, Questions: []string{"does cupping leave marks", "is cupping safe", "old cupping question"}},
				{EntryID: "sciatica", NotHelpful: 1, Questions: []string{"massage for sciatica"}},
				{EntryID: "booking", Helpful: 2},
			},
		},
		{name: "nothing since now", since: T0.Add(time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Feedback(ctx, tt.since)
			must(t, err)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func testRetention(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{Retention: 30 * day})
	must(t, s.RecordUnanswered(ctx, knowledge.Unanswered{Question: "old question", At: T0.Add(-40 * day)}))
	must(t, s.RecordUnanswered(ctx, knowledge.Unanswered{Question: "new question", At: T0.Add(-10 * day)}))
	must(t, s.RecordFeedback(ctx, knowledge.Vote{EntryID: "old", At: T0.Add(-31 * day)}))
	must(t, s.RecordFeedback(ctx, knowledge.Vote{EntryID: "new", At: T0.Add(-29 * day)}))
	must(t, s.RememberAsked(ctx, "expired", knowledge.Asked{Question: "expired question"}, T0.Add(-time.Minute)))
	must(t, s.RememberAsked(ctx, "live", knowledge.Asked{Question: "live question"}, T0.Add(time.Minute)))

	n, err := s.Prune(ctx, T0)
	must(t, err)
	if n != 3 {
		t.Errorf("Prune deleted %d rows, want 3 (one question, one vote, one asked)", n)
	}
	rows, err := s.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	if len(rows) != 1 || rows[0].Question != "new question" {
		t.Errorf("after Prune: %+v, want only the new question", rows)
	}
	fb, err := s.Feedback(ctx, time.Time{})
	must(t, err)
	if len(fb) != 1 || fb[0].EntryID != "new" {
		t.Errorf("after Prune: feedback %+v, want only the new vote", fb)
	}
	if _, ok, _ := s.RecallAsked(ctx, "live", T0.Add(-time.Hour)); !ok {
		t.Error("Prune deleted a remembered question that had not expired")
	}
	if n, err := s.Prune(ctx, T0); err != nil || n != 0 {
		t.Errorf("second Prune = %d, %v; want 0, nil", n, err)
	}
}

func testAsked(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{})
	key := store.AskedKey("deep-tissue", "4242")
	if _, ok, err := s.RecallAsked(ctx, key, T0); ok || err != nil {
		t.Fatalf("RecallAsked on an empty log = %v, %v; want not found", ok, err)
	}
	must(t, s.RememberAsked(ctx, key, knowledge.Asked{Question: "is deep tissue ok", Source: knowledge.SourceSlash}, T0.Add(time.Hour)))
	must(t, s.RememberAsked(ctx, key, knowledge.Asked{Question: "is deep tissue ok after surgery", Source: knowledge.SourceDM}, T0.Add(time.Hour)))
	got, ok, err := s.RecallAsked(ctx, key, T0)
	must(t, err)
	if want := (knowledge.Asked{Question: "is deep tissue ok after surgery", Source: knowledge.SourceDM}); !ok || got != want {
		t.Errorf("RecallAsked = %+v, %v; want the latest, %+v", got, ok, want)
	}
	if _, ok, _ := s.RecallAsked(ctx, key, T0.Add(2*time.Hour)); ok {
		t.Error("RecallAsked found a question after it expired")
	}
	if _, ok, _ := s.RecallAsked(ctx, store.AskedKey("deep-tissue", "4343"), T0); ok {
		t.Error("RecallAsked found another member's question")
	}
}

func testAskedBounded(t *testing.T, b Backend) {
	ctx := ctxT(t)
	s := b.Open(t, Options{MaxAsked: 3})
	for i := range 5 {
		must(t, s.RememberAsked(ctx, fmt.Sprint("k", i), knowledge.Asked{Question: fmt.Sprint("question ", i)}, T0.Add(time.Duration(i+1)*time.Minute)))
	}
	n, err := s.Prune(ctx, T0)
	must(t, err)
	if n != 2 {
		t.Errorf("Prune deleted %d, want the 2 expiring first", n)
	}
	for i := range 5 {
		_, ok, err := s.RecallAsked(ctx, fmt.Sprint("k", i), T0)
		must(t, err)
		if want := i >= 2; ok != want {
			t.Errorf("after Prune, question %d found = %v, want %v", i, ok, want)
		}
	}
}

// testShared checks what replicas rely on: writes through one handle are
// read through the other, and concurrent writes of one question add up.
func testShared(t *testing.T, b Backend) {
	ctx := ctxT(t)
	one, two := b.OpenShared(t)
	const each = 20
	var wg sync.WaitGroup
	errs := make(chan error, 2*each)
	for _, s := range []store.Store{one, two} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				errs <- s.RecordUnanswered(ctx, knowledge.Unanswered{Question: "do you take walk ins", At: T0.Add(time.Duration(i) * time.Second)})
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	must(t, one.RememberAsked(ctx, "k", knowledge.Asked{Question: "asked on one", Source: knowledge.SourceHTTP}, T0.Add(time.Hour)))
	rows, err := two.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	if len(rows) != 1 || rows[0].Count != 2*each {
		t.Errorf("replica two reads %+v, want one question asked %d times", rows, 2*each)
	}
	if a, ok, err := two.RecallAsked(ctx, "k", T0); err != nil || !ok || a.Question != "asked on one" {
		t.Errorf("replica two recalls %+v, %v, %v; want the question remembered on one", a, ok, err)
	}
}

// testRecorder checks the queue on top of the back end: what is recorded
// is readable after Close, emoji-only questions are skipped, and a vote
// finds the question remembered for it.
func testRecorder(t *testing.T, b Backend) {
	s := b.Open(t, Options{})
	opened := false
	r := store.NewRecorder(func(context.Context) (store.Store, error) {
		opened = true
		return nopCloser{s}, nil
	}, store.RecorderOptions{Now: func() time.Time { return T0 }})
	r.Unanswered(knowledge.Unanswered{Question: "Do you offer cupping?", Source: knowledge.SourceDM})
	r.Unanswered(knowledge.Unanswered{Question: "🙏🙏"})
	r.RememberAsked("cupping", "77", knowledge.Asked{Question: "is cupping safe", Source: knowledge.SourceSlash})
	r.Feedback(knowledge.Vote{EntryID: "cupping", Question: "is cupping safe"})
	ctx := ctxT(t)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if a, ok := r.Recall(ctx, "cupping", "77"); ok {
			if a.Question != "is cupping safe" {
				t.Errorf("Recall = %+v", a)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the remembered question never became readable")
		}
		time.Sleep(10 * time.Millisecond)
	}
	must(t, r.Close(ctx))
	if !opened {
		t.Fatal("the Recorder never opened its store")
	}
	st := r.Status()
	if st.Skipped != 1 || st.Dropped != 0 || st.Failed != 0 || st.State != store.StateClosed {
		t.Errorf("status = %+v, want 1 skipped, nothing dropped or failed, closed", st)
	}
	rows, err := s.Unanswered(ctx, time.Time{}, 0)
	must(t, err)
	if len(rows) != 1 || rows[0].Question != "do you offer cupping" || !rows[0].LastSeen.Equal(T0) {
		t.Errorf("recorded %+v, want the cupping question stamped %v", rows, T0)
	}
	fb, err := s.Feedback(ctx, time.Time{})
	must(t, err)
	if len(fb) != 1 || fb[0].NotHelpful != 1 {
		t.Errorf("feedback %+v, want one not-helpful vote", fb)
	}
}

// nopCloser keeps the Recorder from closing a store the test still reads.
type nopCloser struct{ store.Store }

func (nopCloser) Close() error { return nil }
