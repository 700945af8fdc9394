package knowledge

import "fmt"

// Conflict is a sample question that the matcher does not answer with the
// entry it belongs to.
type Conflict struct {
	EntryID  string
	Question string
	// Got is what the matcher made of the question instead.
	Got Match
}

// String describes the conflict for staff, with what to do about it.
func (c Conflict) String() string {
	switch {
	case c.Got.Best == nil:
		return fmt.Sprintf("%s: %q matches nothing (reword it, or add the words people use as an alias)", c.EntryID, c.Question)
	case c.Got.Best.ID != c.EntryID:
		return fmt.Sprintf("%s: %q lands on %s (score %.2f) (make the question more specific, or move it to %s)",
			c.EntryID, c.Question, c.Got.Best.ID, c.Got.Score, c.Got.Best.ID)
	default:
		return fmt.Sprintf("%s: %q scores %.2f, below the threshold (add aliases or questions with these words)",
			c.EntryID, c.Question, c.Got.Score)
	}
}

// SelfTest runs every entry's sample questions through m and returns those
// that land on another entry or below the threshold, in file order.
func SelfTest(m *Matcher) []Conflict {
	var out []Conflict
	for _, e := range m.Base().Entries {
		for _, q := range e.Questions {
			got := m.Match(q)
			if got.Best == nil || got.Best.ID != e.ID || !got.Confident {
				out = append(out, Conflict{EntryID: e.ID, Question: q, Got: got})
			}
		}
	}
	return out
}
