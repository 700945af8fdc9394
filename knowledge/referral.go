package knowledge

// referredAt reports whether words[i] (as Message.Words) is "make" after
// a press on one place, making another place of the asker's hurt: "why
// does pressing under my shoulder blade make my arm tingle", "poking
// this spot in my hip makes my leg ache". Pain felt away from the spot
// pressed is referred pain, what trigger points are about, though the
// place it is felt ("arm", "leg") is not a word of the base. A press that
// makes another place feel better makes no pain. Retrieval
// reads the word as the base's "hurts elsewhere".
func referredAt(words []string, i int) bool {
	switch words[i] {
	case "make", "makes", "made", "making":
	default:
		return false
	}
	if i+1 >= len(words) || words[i+1] != "my" {
		return false
	}
	felt := false
	for j := i + 2; j < min(len(words), i+5); j++ {
		felt = felt || referredFeelings[words[j]]
	}
	if !felt {
		return false // "makes my back feel better": no pain made
	}
	for j := max(0, i-8); j < i; j++ {
		if pressWords[words[j]] {
			return true
		}
	}
	return false
}

// pressWords press on a spot of the body (see referredAt).
var pressWords = setOf(`press presses pressing pressed push pushes pushing pushed poke pokes poking poked
	prod prods prodding prodded touch touches touching touched squeeze squeezes squeezing squeezed`)

// referredFeelings are the pains a press makes felt elsewhere.
var referredFeelings = setOf("ache aches hurt hurts sore pain throb throbs tingle tingles twinge twinges burn burns")

// referredWords are what retrieval reads for a word referredAt finds.
var referredWords = []string{"hurts", "elsewhere"}
