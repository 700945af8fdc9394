package knowledge

// This file holds how the screen reads words of suicide and self-harm
// (the self-harm concept, group crisis). Its rule is the other way round
// from the red flags': when unsure, it answers with the crisis line. A
// symptom told of years ago, of someone else or in a general question
// asks nothing of now, but thoughts of suicide are worth the crisis line
// in every one of those: a friend's attempt, a past one, or "how do I
// know if someone is suicidal". Only a denial of the words themselves
// ("I'm not suicidal", "I don't want to die") and the figures of speech
// the lexicon blocks ("killing myself laughing") keep it quiet.

// crisisDenialWindow is how many words before the self-harm phrase a
// negation may stand for it to deny that phrase: "not suicidal", "never
// wanted to hurt myself", "I am not going to kill myself". A negation
// further back denies something else ("no pain in my legs, I just want
// to die").
const crisisDenialWindow = 3

// distanceCounts are the words that make "kms" a distance: "ran 5 kms",
// "a few kms".
var distanceCounts = setOf(`few couple many several some the those these more ten twenty hundred`)

// crisisHeard makes every self-harm hit count unless it is denied by a
// negation right before it or is a distance ("5 kms"): the past, a
// hypothetical, a general question, another person's story and a word of
// resolution after it no longer quiet it (see the file's comment).
func (x *scan) crisisHeard() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cSelfHarm {
			continue
		}
		if h.end == h.start && x.distanceAt(h.start) || x.lifeThingAfter(h.end) {
			h.hypo, h.by = true, h.end
			continue
		}
		if h.negated && h.by < h.start && h.by >= h.start-crisisDenialWindow {
			continue // denied; not "gone" after it ("nobody would miss me if i was gone")
		}
		h.negated, h.past, h.hypo, h.by = false, false, false, -1
	}
}

// lifeThings are what a "life" may name that is no life: "ended her
// life insurance", "took my life savings", "take my life back".
var lifeThings = setOf(`insurance savings back coach story goals lease policy plan membership partner`)

// lifeThingAfter reports whether the hit ending at token end ends in
// "life" followed by a thing it names (lifeThings).
func (x *scan) lifeThingAfter(end int32) bool {
	return x.toks[end].word == "life" && int(end)+1 < len(x.toks) && lifeThings[x.toks[end+1].word]
}

// distanceAt reports whether the one-word hit at token t is a unit of
// distance: "kms" after a number or a count ("ran 5 kms").
func (x *scan) distanceAt(t int32) bool {
	if x.toks[t].word != "kms" || t == 0 {
		return false
	}
	w := x.toks[t-1].word
	return isDigits(w) || spanCounts[w] || distanceCounts[w]
}

// crisisCounted reports whether the message tells of suicide or
// self-harm in a way that counts (see crisisHeard): a general question
// leaves such a hit counted.
func (x *scan) crisisCounted(h *screenHit) bool {
	return h.concept == x.s.cSelfHarm && h.counts()
}
