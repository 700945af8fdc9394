package knowledge

// doseAsDoes reports whether words[i] is "dose" typed for the auxiliary
// "does", its letters swapped: right after a question word that asks
// how or why ("why dose my neck ache", "how dose it work"), where a
// medicine's dose cannot stand. "What dose" is left a dose ("what dose
// of ibuprofen is safe"): it asks how much of a medicine.
func doseAsDoes(words []string, i int) bool {
	if words[i] != "dose" || i == 0 {
		return false
	}
	switch words[i-1] {
	case "why", "how", "when", "where", "y":
		return i+1 < len(words) && words[i+1] != "of"
	}
	return false
}
