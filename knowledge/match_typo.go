package knowledge

// droppedE returns the everyday word that w, a word of three letters that
// is no word the matcher knows, is typed for without its silent final e
// ("tim" for "time", "hom" for "home"): a thumb that stops a letter short.
// ok is false when w with an e is no everyday word. Longer words are left
// to the usual corrections, which find a missing letter in them.
func droppedE(w string) (string, bool) {
	if len(w) != 3 || w[2] == 'e' {
		return "", false
	}
	if we := w + "e"; everyday[we] {
		return we, true
	}
	return "", false
}
