package knowledge

// timeUnits are the units a stretch of time is counted in: "for hours",
// "for a few weeks", "for a while".
var timeUnits = setOf(`second seconds minute minutes min mins hour hours hrs day days week weeks month months
	year years yrs decade decades while ages age forever shift shifts`)

// timeCounts may stand between "for" and the unit of a stretch of time:
// "for a few hours", "for two weeks", "for like three months".
var timeCounts = setOf(`a an the few several many some like about nearly almost over hours two three four five
	six seven eight nine ten twelve couple of long good whole entire`)

// maxTimeCount is how many words may count a stretch of time after "for".
const maxTimeCount = 3

// forSpan reports whether words[i], "for", opens a stretch of time ("bent
// over the desk for hours", "on the laptop for a few weeks"): the thing
// before it is what someone did that long, not a thing wanted for a
// purpose ("a heat wrap for a sore hip").
func forSpan(words []string, i int) bool {
	for j := i + 1; j < len(words) && j <= i+maxTimeCount+1; j++ {
		w := words[j]
		if timeUnits[w] {
			return true
		}
		if !timeCounts[w] && !isDigits(w) {
			return false
		}
	}
	return false
}
