package knowledge

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// ask is a shorthand for one question asked n times.
type ask struct {
	question string
	n        int
	bestID   string
	score    float64
	source   Source
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
			gaps := GroupGaps(logRows(tt.asks))
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

// logRows turns asks into the rows a question log reads back: one per
// distinct text, its asks added up, the latest guess kept, most asked
// first, then most recently seen.
func logRows(asks []ask) []UnansweredTally {
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	byText := map[string]*UnansweredTally{}
	var rows []*UnansweredTally
	for _, a := range asks {
		for range a.n {
			t0 = t0.Add(time.Minute)
			r := byText[a.question]
			if r == nil {
				r = &UnansweredTally{Question: a.question, FirstSeen: t0}
				byText[a.question] = r
				rows = append(rows, r)
			}
			r.Count++
			r.LastSeen = t0
			r.BestID, r.Score, r.Source = a.bestID, a.score, a.source
		}
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].Count != rows[j].Count {
			return rows[i].Count > rows[j].Count
		}
		return rows[i].LastSeen.After(rows[j].LastSeen)
	})
	out := make([]UnansweredTally, len(rows))
	for i, r := range rows {
		out[i] = *r
	}
	return out
}

func TestGapWordsAndJaccard(t *testing.T) {
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
			if got := strings.Join(gapWords(tt.a), " "); got != tt.wantWords {
				t.Errorf("gapWords(%q): got %q, want %q", tt.a, got, tt.wantWords)
			}
			if got := jaccard(gapWords(tt.a), gapWords(tt.b)); got != tt.wantJ {
				t.Errorf("jaccard(%q, %q): got %v, want %v", tt.a, tt.b, got, tt.wantJ)
			}
		})
	}
}
