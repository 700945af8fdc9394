package knowledge

// onlyColour reports whether every one of words (as Message.Words) is a
// stopword or a filler: what trails a question ("is massage good for you
// tho", "good for u? spill", "good for you fr") asks nothing of its own.
func onlyColour(words []string) bool {
	for _, w := range words {
		if !stopwords[w] && !fillers[w] {
			return false
		}
	}
	return true
}
