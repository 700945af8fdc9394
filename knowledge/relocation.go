package knowledge

// relocated reports whether words[i] (as Message.Words) is "move" in the
// sense of moving home, a story's event rather than the body's movement
// the base speaks of (moving better, more freely): before a home
// or the things carried ("moved apartments", "moving house", "moving
// boxes"), after "just" or "recently" with where from or to ("just moved
// from Halifax"), or after helping someone ("helped my sister move").
// Retrieval reads such a word as no word at all: it is neither evidence
// for myofascial work nor a word the base lacks.
func relocated(words []string, i int) bool {
	w := words[i]
	if w != "move" && w != "moved" && w != "moving" {
		return false
	}
	if i+1 < len(words) {
		next := words[i+1]
		if movedThings[next] {
			return true
		}
		if i > 0 && (words[i-1] == "just" || words[i-1] == "recently") && (next == "from" || next == "to" || next == "here" || next == "back") {
			return true
		}
	}
	for j := max(0, i-3); j < i; j++ {
		if words[j] == "helped" || words[j] == "helping" {
			return true
		}
	}
	return false
}

// movedThings, after "move", make it moving home: the home itself or the
// load carried.
var movedThings = setOf(`house houses home homes apartment apartments flat flats condo condos
	city cities country countries province provinces office offices furniture boxes couch couches`)
