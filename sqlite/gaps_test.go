package sqlite

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"
)

// ask is a shorthand for recording one question n times.
type ask struct {
	question string
	n        int
	bestID   string
	score    float64
	source   string
}

// gapView is the part of a Gap the grouping tests compare.
type gapView struct {
	Count        int
	Examples     []string
	NearestID    string
	NearestScore float64
	Sources      []string
}

func TestGaps(t *testing.T) {
	tests := []struct {
		name string
		asks []ask
		want []gapView
	}{
		{
			name: "same words in another order are one gap",
			asks: []ask{
				{"does deep tissue massage hurt", 2, "deep-tissue", 0.4, SourceSlash},
				{"deep tissue massage, does it hurt", 1, "trigger-point", 0.5, SourceDM},
			},
			want: []gapView{{3, []string{"does deep tissue massage hurt", "deep tissue massage, does it hurt"}, "deep-tissue", 0.4, []string{"dm", "slash"}}},
		},
		{
			name: "word sets with Jaccard 0.6 merge",
			asks: []ask{
				{"does deep tissue massage hurt", 2, "deep-tissue", 0.4, SourceSlash},
				{"is deep tissue massage painful", 1, "deep-tissue", 0.45, SourceSlash},
			},
			want: []gapView{{3, []string{"does deep tissue massage hurt", "is deep tissue massage painful"}, "deep-tissue", 0.45, []string{"slash"}}},
		},
		{
			name: "word sets below 0.6 stay apart, most asked first",
			asks: []ask{
				{"how long does a massage last", 1, "", 0, SourceChat},
				{"how long does massage take", 2, "", 0, SourceChat},
			},
			want: []gapView{
				{2, []string{"how long does massage take"}, "", 0, []string{"chat"}},
				{1, []string{"how long does a massage last"}, "", 0, []string{"chat"}},
			},
		},
		{
			name: "questions of stop words only group by identical text",
			asks: []ask{
				{"what is it", 1, "", 0, ""},
				{"how is it", 1, "", 0, ""},
				{"what is it", 1, "", 0, ""},
			},
			want: []gapView{
				{2, []string{"what is it"}, "", 0, nil},
				{1, []string{"how is it"}, "", 0, nil},
			},
		},
		{
			name: "nearest entry is the guess given most, then the better scored; latest example first on a tie",
			asks: []ask{
				{"massage for sciatica", 1, "sciatica", 0.3, SourceHTTP},
				{"sciatica massage", 1, "stretching", 0.35, SourceHTTP},
			},
			want: []gapView{{2, []string{"sciatica massage", "massage for sciatica"}, "stretching", 0.35, []string{"http"}}},
		},
		{
			name: "a few examples only",
			asks: []ask{
				{"cupping marks", 4, "", 0, ""},
				{"cupping marks?", 3, "", 0, ""},
				{"marks cupping", 2, "", 0, ""},
				{"cupping leave marks", 1, "", 0, ""},
			},
			want: []gapView{{10, []string{"cupping marks", "cupping marks?", "marks cupping"}, "", 0, nil}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := openTest(t, Options{})
			at := t0.Add(-time.Hour)
			for _, a := range tt.asks {
				for range a.n {
					at = at.Add(time.Minute)
					q := Unanswered{Question: a.question, BestID: a.bestID, Score: a.score, Source: a.source, At: at}
					if err := d.RecordUnanswered(context.Background(), q); err != nil {
						t.Fatal(err)
					}
				}
			}
			gaps, err := d.Gaps(context.Background(), GapQuery{})
			if err != nil {
				t.Fatal(err)
			}
			var got []gapView
			for _, g := range gaps {
				got = append(got, gapView{g.Count, g.Examples, g.NearestID, g.NearestScore, g.Sources})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestGapsSinceLimitAndSpan(t *testing.T) {
	ctx := context.Background()
	d := openTest(t, Options{})
	for _, q := range []Unanswered{
		{Question: "does massage help sciatica", At: t0.Add(-10 * day)},
		{Question: "sciatica massage", At: t0.Add(-2 * day)},
		{Question: "does massage help sciatica", At: t0.Add(-1 * day)},
		{Question: "parking near the clinic", At: t0.Add(-5 * day)},
		{Question: "gift vouchers", At: t0.Add(-20 * day)},
	} {
		if err := d.RecordUnanswered(ctx, q); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name      string
		query     GapQuery
		wantFirst []string // first example of each gap
	}{
		{"all", GapQuery{}, []string{"does massage help sciatica", "parking near the clinic", "gift vouchers"}},
		{"since a week ago", GapQuery{Since: t0.Add(-7 * day)}, []string{"does massage help sciatica", "parking near the clinic"}},
		{"limit", GapQuery{Limit: 1}, []string{"does massage help sciatica"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gaps, err := d.Gaps(ctx, tt.query)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range gaps {
				got = append(got, g.Examples[0])
			}
			if !reflect.DeepEqual(got, tt.wantFirst) {
				t.Errorf("got %q, want %q", got, tt.wantFirst)
			}
		})
	}

	gaps, err := d.Gaps(ctx, GapQuery{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	g := gaps[0]
	if g.Count != 3 || !g.FirstSeen.Equal(t0.Add(-10*day)) || !g.LastSeen.Equal(t0.Add(-1*day)) {
		t.Errorf("sciatica gap: got count %d, seen %v..%v; want 3, %v..%v",
			g.Count, g.FirstSeen, g.LastSeen, t0.Add(-10*day), t0.Add(-1*day))
	}
}

func TestWordSetAndJaccard(t *testing.T) {
	tests := []struct {
		a, b      string
		wantWords string
		wantJ     float64
	}{
		{"Does deep-tissue massage HURT?", "hurt massage deep tissue", "deep hurt massage tissue", 1},
		{"what's the price", "price", "price", 1},
		{"how long does a massage last", "how long does massage take", "last long massage", 0.5},
		{"what is it", "what is it", "", 0},
		{"massage massage massage", "massage", "massage", 1},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if got := strings.Join(wordSet(tt.a), " "); got != tt.wantWords {
				t.Errorf("wordSet(%q): got %q, want %q", tt.a, got, tt.wantWords)
			}
			if got := jaccard(wordSet(tt.a), wordSet(tt.b)); got != tt.wantJ {
				t.Errorf("jaccard(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.wantJ)
			}
		})
	}
}
