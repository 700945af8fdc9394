package knowledge

import "strings"

// intensityWords say how hard a massage presses: "hard pressure", "deep
// work", "an intense massage".
var intensityWords = setOf("hard deep intense firm strong heavy rough aggressive")

// pressureNouns follow an intensity word when it says how a massage
// presses, not what a technique is called ("deep tissue").
var pressureNouns = setOf("pressure massage massages work stuff touch kind one ones type style")

// refusingWords refuse what follows them: "i hate deep pressure", "a
// massage without hard pressure".
var refusingWords = setOf("hate hates dislike dislikes avoid without no nothing")

// notedVerbs, after "not", refuse what follows them: "i do not like
// hard pressure", "i can not handle intense pressure", "not a fan of".
var notedVerbs = setOf("like want handle take stand enjoy tolerate fan into")

// refusalWindow is how many words before the intensity word a refusal
// may stand: "not a fan of hard pressure".
const refusalWindow = 4

// maxRefusalWords is the most words a message that refuses a pressure is
// read in: such a request is short, and a paste is not read word by word
// for it.
const maxRefusalWords = 40

// unwantedIntensity returns, for a message that refuses an intensity of
// pressure ("which massage suits someone who hates hard pressure", "i
// hate deep pressure, what should i get"), its words with the refusal
// and the intensity read as the light pressure the asker wants, and ok
// true. The retrieval stage matches those words: the refused words name
// the deep techniques, the very ones the asker does not want, and "light
// pressure" names the gentle ones. A technique's name ("i hate deep
// tissue") is not an intensity, and a long message's story, or a paste
// (more than maxRefusalWords words), is left be.
// Only messages with a word of intensityWords (a word class) are read.
func unwantedIntensity(msg Message) (string, bool) {
	if msg.Focus != nil || len(msg.Words) > maxRefusalWords {
		return "", false
	}
	facts := msg.wordFacts()
	words := msg.Words
	for i, f := range facts {
		if f == nil || f.class&classIntensity == 0 || i+1 >= len(words) || !pressureNouns[words[i+1]] {
			continue
		}
		start := refusalStart(words, i)
		if start < 0 {
			continue
		}
		out := make([]string, 0, len(words)-(i-start)+1)
		out = append(out, words[:start]...)
		out = append(out, "light")
		out = append(out, words[i+1:]...)
		return strings.Join(out, " "), true
	}
	return "", false
}

// refusalStart returns where a refusal of words[i] starts, within
// refusalWindow words before it, or -1: a word of refusingWords, or
// "not" before one of notedVerbs ("not like", "not a fan").
func refusalStart(words []string, i int) int {
	for j := i - 1; j >= 0 && j >= i-refusalWindow; j-- {
		if refusingWords[words[j]] {
			return j
		}
		if words[j] == "not" {
			for k := j + 1; k < i; k++ {
				if notedVerbs[words[k]] {
					return j
				}
			}
		}
	}
	return -1
}
