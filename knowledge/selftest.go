package knowledge

import (
	"fmt"
	"strings"
)

// Conflict is a sample question that the matcher does not answer with the
// entry it belongs to.
type Conflict struct {
	EntryID  string
	Question string
	// Got is what the matcher made of the question instead.
	Got Match
	// Vocabulary, when set, names the vocabulary word
	// ("vocabulary[3].words[2]") that is already a name of entry EntryID;
	// Question is then the word.
	Vocabulary string
}

// String describes the conflict for staff, with what to do about it.
func (c Conflict) String() string {
	switch {
	case c.Vocabulary != "":
		return fmt.Sprintf("%s: %q is already a name of %s, which the vocabulary would read as something else (remove it from the vocabulary, or from the entry's aliases)", c.Vocabulary, c.Question, c.EntryID)
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
// that land on another entry or below the threshold, in file order; then
// every vocabulary word that is already a name of an entry.
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
	return append(out, vocabularyConflicts(m)...)
}

// vocabularyConflicts returns the vocabulary words that are already a
// title or alias of an entry other than the one their means leads to: the
// vocabulary would read that name as its means, and the entry would lose it.
func vocabularyConflicts(m *Matcher) []Conflict {
	b := m.Base()
	if len(b.Vocabulary) == 0 {
		return nil
	}
	names := map[string]string{}
	key := func(s string) string { return strings.Join(contentWords(nil, Normalize(s)), " ") }
	for _, e := range b.Entries {
		// A phrase with small words is read only as written
		// (vocabularyKey), a name by its content words too.
		names[key(e.Title)], names[vocabularyKey(e.Title)] = e.ID, e.ID
		for _, a := range e.Aliases {
			names[key(a)], names[vocabularyKey(a)] = e.ID, e.ID
		}
	}
	var out []Conflict
	for i, v := range b.Vocabulary {
		leads := ""
		if got := m.Match(v.Means); got.Best != nil {
			leads = got.Best.ID
		}
		for j, w := range v.Words {
			if id, ok := names[vocabularyKey(w)]; ok && key(w) != "" && id != leads {
				out = append(out, Conflict{EntryID: id, Question: w, Vocabulary: fmt.Sprintf("vocabulary[%d].words[%d]", i+1, j+1)})
			}
		}
	}
	return out
}
