package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"
)

func TestFeedback(t *testing.T) {
	ctx := context.Background()
	d := openTest(t, Options{})
	at := t0.Add(-3 * day)
	vote := func(id string, helpful bool, question string) {
		t.Helper()
		at = at.Add(time.Minute)
		if err := d.RecordFeedback(ctx, Vote{EntryID: id, Helpful: helpful, Question: question, Source: SourceSlash, At: at}); err != nil {
			t.Fatal(err)
		}
	}
	// Old votes, before the "since" used below.
	vote("cupping", false, "old cupping question")
	at = t0.Add(-1 * day)
	vote("booking", true, "how do i book")
	vote("booking", true, "book online")
	vote("cupping", false, "does cupping leave marks")
	vote("cupping", true, "what is cupping")
	vote("cupping", false, "is cupping safe")
	vote("cupping", false, "does cupping leave marks") // a repeat shows once
	vote("sciatica", false, "massage for sciatica")
	for i := range 7 {
		vote("stretching", false, string(rune('a'+i)))
	}
	vote("stretching", true, "")
	vote("stretching", true, "")
	vote("stretching", true, "")

	tests := []struct {
		name  string
		since time.Time
		want  []EntryFeedback
	}{
		{
			name:  "since yesterday, least helpful first",
			since: t0.Add(-1 * day),
			want: []EntryFeedback{
				{"stretching", 3, 7, []string{"g", "f", "e", "d", "c"}},
				{"cupping", 1, 3, []string{"does cupping leave marks", "is cupping safe"}},
				{"sciatica", 0, 1, []string{"massage for sciatica"}},
				{"booking", 2, 0, nil},
			},
		},
		{
			name: "all time",
			want: []EntryFeedback{
				{"stretching", 3, 7, []string{"g", "f", "e", "d", "c"}},
				{"cupping", 1, 4, []string{"does cupping leave marks", "is cupping safe", "old cupping question"}},
				{"sciatica", 0, 1, []string{"massage for sciatica"}},
				{"booking", 2, 0, nil},
			},
		},
		{name: "nothing since now", since: t0.Add(time.Hour), want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.Feedback(ctx, tt.since)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestFeedbackKeepsQuestionOfNotHelpfulOnly(t *testing.T) {
	ctx := context.Background()
	d := openTest(t, Options{})
	for _, v := range []Vote{
		{EntryID: "e", Helpful: true, Question: "kept out"},
		{EntryID: "e", Helpful: false, Question: "kept in"},
	} {
		if err := d.RecordFeedback(ctx, v); err != nil {
			t.Fatal(err)
		}
	}
	var stored []string
	rows, err := d.db.Query(`SELECT question FROM feedback ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var q string
		if err := rows.Scan(&q); err != nil {
			t.Fatal(err)
		}
		stored = append(stored, q)
	}
	if want := []string{"", "kept in"}; !reflect.DeepEqual(stored, want) {
		t.Errorf("stored questions: got %q, want %q", stored, want)
	}
}
