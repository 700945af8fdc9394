package knowledge

// describedWhere reports whether the head of a description at words[i]
// (see describedHeads), right before "where", follows "a" within a few
// words: "there's a technique where they use their knuckles", "is there
// a massage where you lie face down". "Where" after a head opens a clause
// that says what the head is like, so an indefinite head describes a
// technique as much as "the one where" does; "a massage that helps"
// asks whether one helps, and stays a question of help.
func describedWhere(words []string, i int) bool {
	if i+1 >= len(words) || words[i+1] != "where" {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if words[j] == "a" || words[j] == "an" {
			return true
		}
	}
	return false
}

// calledWould reports whether the "called" at words[i] asks what a thing
// would be called, with a modal before it: "what would that be called",
// "what might it be called", "what could this be called".
func calledWould(words []string, i int) bool {
	if i < 3 || words[i-1] != "be" {
		return false
	}
	switch words[i-2] {
	case "it", "that", "this":
	default:
		return false
	}
	switch words[i-3] {
	case "would", "might", "could", "will", "should":
		return true
	}
	return false
}
