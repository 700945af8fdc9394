package knowledge

// STUB: the real matcher is being written; this file only fixes the API.

// DefaultThreshold is the confidence below which the bot does not answer.
const DefaultThreshold = 0.5

// MatchOptions tune a Matcher. The zero value uses the defaults.
type MatchOptions struct {
	// Threshold is the confidence in [0, 1] at or above which a match is
	// confident enough to answer. Zero means DefaultThreshold.
	Threshold float64
}

// Candidate is an entry with the matcher's confidence in it.
type Candidate struct {
	Entry *Entry
	Score float64
}

// Match is what the matcher made of one question.
type Match struct {
	// Best is the most likely entry, or nil when nothing is plausible.
	Best *Entry
	// Score is the confidence in Best, in [0, 1].
	Score float64
	// Confident reports whether Best may be given as the answer.
	Confident bool
	// Suggestions are up to 3 other plausible entries, best first.
	Suggestions []Candidate
}

// Matcher turns questions into entries of one Base. It is built once per
// base and safe for concurrent use.
type Matcher struct {
	base      *Base
	threshold float64
}

// NewMatcher indexes b for matching.
func NewMatcher(b *Base, opts MatchOptions) *Matcher {
	t := opts.Threshold
	if t == 0 {
		t = DefaultThreshold
	}
	return &Matcher{base: b, threshold: t}
}

// Base returns the knowledge base the matcher was built from.
func (m *Matcher) Base() *Base { return m.base }

// Match finds the entry that best answers question.
func (m *Matcher) Match(question string) Match { return Match{} }

// Urgent reports whether question describes an emergency warning sign from
// the base's safety phrases, and which phrase matched.
func (m *Matcher) Urgent(question string) (phrase string, ok bool) { return "", false }
