package knowledge

import (
	"strings"

	"github.com/sahilm/fuzzy"
)

// FindTechniques ranks the technique entries by how well query matches, as
// a subsequence, their title, id or one of their aliases: "trig" finds
// Trigger Point Therapy, "dt" finds Deep Tissue Massage. Best first, at most
// limit (limit <= 0 means no limit). An empty query returns every technique
// in file order. It serves autocomplete, where people type a prefix.
func (b *Base) FindTechniques(query string, limit int) []*Entry {
	techniques := b.Techniques()
	query = strings.TrimSpace(query)
	if query == "" {
		return capEntries(techniques, limit)
	}
	// Every name of every technique is a target; owner maps it back.
	var names []string
	var owner []*Entry
	for _, e := range techniques {
		for _, name := range append([]string{e.Title, e.ID}, e.Aliases...) {
			names = append(names, strings.ToLower(name))
			owner = append(owner, e)
		}
	}
	seen := make(map[*Entry]bool)
	var out []*Entry
	for _, m := range fuzzy.Find(strings.ToLower(query), names) {
		e := owner[m.Index]
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return capEntries(out, limit)
}

func capEntries(es []*Entry, limit int) []*Entry {
	if limit > 0 && len(es) > limit {
		return es[:limit]
	}
	return es
}
