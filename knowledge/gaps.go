package knowledge

import (
	"sort"
	"strings"
	"time"
	"unicode"
)

// Gap is a group of similar unanswered questions: something people keep
// asking that the knowledge base does not answer well. The JSON names are
// what `kb gaps --json` prints.
type Gap struct {
	// Count is how many times the questions of the group were asked.
	Count int `json:"count"`
	// FirstSeen and LastSeen span the group's asks.
	FirstSeen time.Time `json:"first_seen"`
	LastSeen  time.Time `json:"last_seen"`
	// Examples are up to MaxExamples question texts, most asked first.
	Examples []string `json:"examples"`
	// NearestID is the best guess the bot gave most often for the group
	// (weighted by asks); empty if it never had one.
	NearestID string `json:"nearest_id"`
	// NearestScore is the highest score NearestID got in the group.
	NearestScore float64 `json:"nearest_score"`
	// Sources are the distinct sources of the group, sorted.
	Sources []string `json:"sources"`
}

// MaxExamples is how many example texts a Gap carries.
const MaxExamples = 3

// similarity is the Jaccard similarity at or above which two word sets are
// one gap.
const similarity = 0.6

// GroupGaps groups unanswered questions by similar text into gaps, most
// asked first (ties: most recently seen first). rows should come most asked
// first, as a log reads them; the order decides which group a question
// joins and which examples a gap shows.
//
// Grouping is deliberately simple. Each question becomes the set of its words,
// lowercased, without stop words ("how", "does", "a", ...). Questions with the
// same set are one group ("does deep tissue hurt" and "deep tissue, does it
// hurt?"). Then, taking groups from the most asked, a group joins an earlier
// one when their word sets have a Jaccard similarity (shared words / all
// words) of at least 0.6, compared with the earlier group's first (most asked)
// set; otherwise it starts its own. Placeholders left by Redact ("[email]")
// are words like any other.
func GroupGaps(rows []UnansweredTally) []Gap {
	// Step 1: exact word-set groups, in order of first appearance.
	type exact struct {
		words []string
		rows  []UnansweredTally
		count int
	}
	var exacts []*exact
	byKey := map[string]*exact{}
	for _, r := range rows {
		words := gapWords(r.Question)
		key := strings.Join(words, " ")
		if len(words) == 0 {
			key = "\x00" + r.Question // only stop words: group identical text only
		}
		e := byKey[key]
		if e == nil {
			e = &exact{words: words}
			byKey[key] = e
			exacts = append(exacts, e)
		}
		e.rows = append(e.rows, r)
		e.count += r.Count
	}
	sort.SliceStable(exacts, func(i, j int) bool { return exacts[i].count > exacts[j].count })

	// Step 2: merge similar sets into the first cluster they are close to.
	type cluster struct {
		words []string
		rows  []UnansweredTally
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
func summarise(rows []UnansweredTally) Gap {
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Count > rows[j].Count })
	g := Gap{FirstSeen: rows[0].FirstSeen, LastSeen: rows[0].LastSeen}
	guesses := map[string]int{}       // best id -> asks
	bestScore := map[string]float64{} // best id -> highest score
	sources := map[Source]bool{}
	for _, r := range rows {
		g.Count += r.Count
		if r.FirstSeen.Before(g.FirstSeen) {
			g.FirstSeen = r.FirstSeen
		}
		if r.LastSeen.After(g.LastSeen) {
			g.LastSeen = r.LastSeen
		}
		if len(g.Examples) < MaxExamples {
			g.Examples = append(g.Examples, r.Question)
		}
		if r.BestID != "" {
			guesses[r.BestID] += r.Count
			if s, ok := bestScore[r.BestID]; !ok || r.Score > s {
				bestScore[r.BestID] = r.Score
			}
		}
		if r.Source != "" {
			sources[r.Source] = true
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
		g.Sources = append(g.Sources, string(s))
	}
	sort.Strings(g.Sources)
	return g
}

// gapStopWords carry no meaning of their own for grouping questions. Single
// letters left by apostrophes ("what's" -> "what", "s") are here too.
var gapStopWords = map[string]bool{
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

// gapWords returns the distinct words of s that are not stop words, lowercased
// and sorted.
func gapWords(s string) []string {
	fields := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	seen := map[string]bool{}
	var words []string
	for _, f := range fields {
		if gapStopWords[f] || seen[f] {
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
