package knowledge

import "unicode/utf8"

// This file reads the tone of a message where it changes what a symptom
// word is: a laugh or a playful emoji makes a joke of a symptom that a
// thing is said to have, and a stretch of time or a body of people, which
// has no body, only ever has one as a figure of speech.

var (
	// figureVerbs may stand between a subject and the symptom a figure of
	// speech gives it: "my spreadsheet caught a fever", "the price is
	// giving me chest pain", "the economy is having a heart attack".
	figureVerbs = setOf(`had has have got gets took takes caught catches catching gives give gave giving having
		running runs is was are were be been lost loses losing`)
	// figureFillers may stand around those verbs: adverbs ("my wallet
	// [just] had a stroke"), articles and the object of a cause ("giving
	// [me] [a] fever", "lost [a lot of] weight"). Nothing else does, so the
	// walk back to a subject never leaves the clause: "lying down is
	// torture, been like that for a month" has no subject for its month.
	figureFillers = setOf(`just nearly almost basically totally literally officially apparently always also a an the me us
		some such lot lots of`)
	// notSubjects are words that stand where a subject does but name no
	// thing of their own: "everything is numb", "it gives me chest pain",
	// "now have chest pain".
	notSubjects = setOf(`it this that these those everything something nothing anything all what which who there here
		one now then still also too again so and or but if when because cause cuz`)
	// bodyWords are parts of a body the screen has no site for: "my head
	// has a fever" is the asker's own, whatever the tone.
	bodyWords = setOf(`body back backs spine neck shoulder shoulders hip hips leg legs arm arms hand hands foot feet knee knees
		head heart lung lungs tummy belly stomach gut skin bone bones blood throat face eye eyes
		muscle muscles nerve nerves joint joints`)
	// timeSubjects are stretches of time, and bodyless groups are
	// organisations and markets: neither has a body, so a symptom or an
	// accident they are said to have is a figure of speech, laugh or not:
	// "my whole week was a car crash", "monday morning is giving me a
	// fever", "our startup lost a lot of weight", "the economy is having a
	// heart attack".
	timeSubjects = setOf(`week weeks day days month months year years weekend morning mornings afternoon evening
		monday mondays tuesday wednesday thursday friday saturday sunday semester term season quarter shift commute`)
	bodylessGroups = setOf(`economy market markets startup company business team fundraiser charity campaign club
		department office industry government`)
	// qualities of a mind have no body either: "my patience is running a
	// fever", "my sanity had a stroke"; nor does a person as a whole that
	// an injury is made of: "a fracture of a human being", "a wreck of a
	// human".
	mindQualities = setOf(`patience sanity dignity soul spirit ego pride mood motivation willpower confidence human`)
	// playWords own up to play as a laugh does: "jk", "hehe".
	playWords = setOf(`jk hehe lolol lolz xd`)
)

// subjectWindow is how many words, small ones and figureVerbs, may stand
// between a subject and the symptom it is said to have.
const subjectWindow = 5

// figuresOfSpeech makes a symptom, event or condition only a figure of
// speech when what is said to have it is no body and no person: a
// stretch of time, a bodyless group or a quality of the mind always ("my
// whole week was a car crash", "my patience is running a fever"), and, in a message that laughs, any other thing ("my sourdough
// starter has a fever 🍞", "the price of massage chairs gives me chest
// pain 😂", "my tinder dates give me chest pain lol"). A body part, a
// person or the asker keeps it told however the message laughs: "lol my
// legs are numb", "haha i can't pee", "my chest is crushing 😂".
func (x *scan) figuresOfSpeech() {
	laughs := int8(0) // see laughsOnce
	for i := range x.hits {
		h := &x.hits[i]
		if k := x.kind(h); !h.counts() || !timed(k) && k != kindSituation {
			continue
		}
		if t := x.mindAfter(h.end); t >= 0 {
			h.hypo, h.by = true, t // "a tearing pain in my soul", "fractured my dignity"
			continue
		}
		t := x.subjectBefore(h.start)
		if t < 0 {
			if t = x.habitWithout(h); t >= 0 && x.laughsOnce(&laughs) {
				h.hypo, h.by = true, t
			}
			continue
		}
		w := x.toks[t].word
		if !timeSubjects[w] && !bodylessGroups[w] && !mindQualities[w] && !x.laughsOnce(&laughs) {
			continue
		}
		h.hypo, h.by = true, t
		x.figureInside(h, t)
	}
}

// mindWindow is how many tokens after a symptom or an injury the quality
// of the mind it is told of may stand: "a tearing pain in my soul".
const mindWindow = 3

// mindAfter returns the token of a quality of the mind that a symptom or
// an injury ending at token end is told of, right after it over small
// words ("tearing pain in my soul", "fractured my dignity", "crushed my
// ego"), or -1: a mind has no body, so it is a figure of speech.
func (x *scan) mindAfter(end int32) int32 {
	for t := end + 1; t <= end+mindWindow && int(t) < len(x.toks); t++ {
		if mindQualities[x.toks[t].word] {
			return t
		}
		if !x.toks[t].skip {
			return -1
		}
	}
	return -1
}

// laughsOnce reports whether the message laughs, working it out once
// into *known (0 not yet known, 1 no, 2 yes).
func (x *scan) laughsOnce(known *int8) bool {
	if *known == 0 {
		*known = 1
		if x.laughs() {
			*known = 2
		}
	}
	return *known == 2
}

// habitWithout returns the token of the thing a denied ability is said to
// need, in a message's "can't ... without" ("i can't pee without my phone
// lol", "can't walk without my coffee haha"), or -1: doing it only with a
// thing is a habit, no inability. A body, a person, an effort or a pain
// the screen reads ("can't pee without straining", "without pain") keeps
// the symptom.
func (x *scan) habitWithout(h *screenHit) int32 {
	if !x.toks[h.start].is(flagNegation) || int(h.end)+2 >= len(x.toks) || x.toks[h.end+1].word != "without" {
		return -1
	}
	t := h.end + 2
	for n := 0; int(t) < len(x.toks) && n < 2 && placeOwners[x.toks[t].word]; n++ {
		t++
	}
	if int(t) >= len(x.toks) || x.personOrBodyAt(t) || effortWords[x.toks[t].word] || len(x.at(t)) > 0 {
		return -1
	}
	return t
}

var (
	// placeOwners may stand before the thing a habit needs: "without my phone".
	placeOwners = setOf(`my a an the some`)
	// effortWords are what a body spends, not a thing: "without straining".
	effortWords = setOf(`straining strain pushing push effort help pain pains hurting burning stinging trying forcing
		catheter assistance support holding`)
)

// figureInside marks the hits inside figure h's words a figure of speech
// of the subject at token by too, and those joined to it by "and" or
// "or": the "crash" of "a car crash", the chills of "monday is giving me
// a fever and chills".
func (x *scan) figureInside(h *screenHit, by int32) {
	end := h.end
	if n := end + 1; int(n)+1 < len(x.toks) && (x.toks[n].word == "and" || x.toks[n].word == "or") {
		for _, o := range x.at(n + 1) {
			if timed(x.kind(&o)) {
				end = max(end, o.end)
			}
		}
	}
	for i := x.first[h.start]; i < x.first[end+1]; i++ {
		if o := &x.hits[i]; o != h && o.end <= end && o.counts() && timed(x.kind(o)) || o != h && o.end <= h.end && o.counts() {
			o.hypo, o.by = true, by
		}
	}
}

// subjectBefore returns the token of the thing named as the subject of
// what starts at token j, over figureFillers and at least one of
// figureVerbs ("my sourdough starter [has] a fever"), or -1 when that
// word is no thing: a person, a pronoun, a body part, a word of the
// lexicon (a site, a symptom) or a negation.
func (x *scan) subjectBefore(j int32) int32 {
	t, verbs := j-1, 0
	for n := 0; t >= 0 && n < subjectWindow; n++ {
		if !x.toks[t].is(flagFigure) {
			break
		}
		w := x.toks[t].word
		if figureVerbs[w] {
			verbs++
		} else if !figureFillers[w] {
			break
		}
		t--
	}
	if t < 0 || verbs == 0 || x.personOrBodyAt(t) {
		return -1
	}
	return t
}

// personOrBodyAt reports whether token t is no thing that could have a
// figure of speech's symptom: a person or pronoun, a part of the body, a
// word the screen reads (a site, a symptom, a cue), a negation, a laugh
// or a word that stands for no thing of its own.
func (x *scan) personOrBodyAt(t int32) bool {
	tok := &x.toks[t]
	w := tok.word
	if tok.skip || tok.is(flagNegation|flagLaugh|flagScopeEnd|flagChain) || x.coveredByHit(t) {
		return true
	}
	for _, o := range x.at(t) {
		if bodyOrSymptom(x.kind(&o)) {
			return true // "my back is killing me", "my legs are dead"
		}
	}
	return notSubjects[w] || bodyWords[w] || firstPerson[w] || personWords[w] || peopleClass[w] || x.othersWordAt(t) ||
		w == "you" || w == "u" || w == "ur" || w == "your" || w == "yourself" || isDigits(w)
}

// coveredByHit reports whether token t lies inside a site, symptom or
// situation that starts before it: "the left [arm] is numb".
func (x *scan) coveredByHit(t int32) bool {
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t]; i++ {
		if h := &x.hits[i]; h.end >= t && bodyOrSymptom(x.kind(h)) {
			return true
		}
	}
	return false
}

// bodyOrSymptom reports whether a concept of kind k is something a body
// has or is: a site, a symptom or event, a situation. A time ("friday
// afternoon") or a cue is not.
func bodyOrSymptom(k conceptKind) bool { return timed(k) || k == kindSite || k == kindSituation }

// laughs reports whether the message laughs: a laugh word ("lol",
// "haha"), a word owning up to play ("jk"), or an emoji of play in the
// text as sent. An emoji of pain, fear or illness ("😰", "🤒", "🚑")
// makes no joke.
func (x *scan) laughs() bool {
	if x.anyFlag(flagLaugh | flagPlay) {
		return true
	}
	// An emoji's UTF-8 starts with a byte of 0xE2 or more (U+2600 on):
	// only from such bytes is a rune decoded.
	for i := 0; i < len(x.text); i++ {
		if x.text[i] < 0xE2 {
			continue
		}
		r, n := utf8.DecodeRuneInString(x.text[i:])
		if playfulEmoji(r) {
			return true
		}
		i += n - 1
	}
	return false
}

// distressEmoji show pain, fear, illness or a plea: "my chest hurts 😰".
var distressEmoji = map[rune]bool{}

func init() {
	for _, r := range "😰😨😱😥😢😭😓😩😫🤒🤕🤢🤮🥵🥶😵😖😣😞😟😔😧😦😬😳😮😯😲🫣🆘🚑🏥⚠❗‼💉🩸🩹🙏💔" {
		distressEmoji[r] = true
	}
}

// playfulEmoji reports whether r is an emoji (a pictograph, a face or a
// symbol of the emoji blocks) that shows no distress.
func playfulEmoji(r rune) bool {
	if r < 0x2600 {
		return false
	}
	emoji := r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF
	return emoji && !distressEmoji[r]
}

// feverNamedAgain is how many tokens after a fever its naming again as a
// figure may stand: "got a fever... saturday night fever".
const feverNamedAgain = 6

// feversCraved makes a fever told "for" a thing a craving ("the whole
// office has a fever for the new phone", "a fever for more karaoke"), and
// a fever told just before a craving or a craze that names it again ("i
// caught a fever... disco fever", "got a fever... a fever for ...") the
// same figure. A fever for a stretch of time ("for two days", "for a
// while", "for no reason") is a fever, and so is one named again as a
// fever ("a fever, a high fever").
func (x *scan) feversCraved() {
	for i := range x.hits {
		if h := &x.hits[i]; h.concept == x.s.cFever && h.counts() && feverWords[x.toks[h.end].word] {
			if t := x.cravedAfter(h.end); t >= 0 {
				h.hypo, h.by = true, t
			}
		}
	}
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cFever || !h.counts() || !feverWords[x.toks[h.end].word] {
			continue
		}
		for t := h.end + 1; t <= h.end+feverNamedAgain && int(t) < len(x.toks); t++ {
			if feverWords[x.toks[t].word] {
				if x.figureAt(t) {
					h.hypo, h.by = true, t
				}
				break
			}
		}
	}
}

// feverWords are the words of a fever that a craving or a craze is named
// by.
var feverWords = setOf(`fever fevers`)

// feverTimes are the words after "for" (and an article or "like") that
// tell how long a fever has lasted or why, no thing craved: "for two
// days", "for a while", "for the past week", "for no reason".
var feverTimes = setOf(`while bit day days week weeks hour hours night nights ages past last few couple long month months
	morning mornings evening evenings weekend whole entire most much first second third no since ever year years
	today tonight yesterday`)

// cravedAfter returns the token of the thing a fever ending at token end
// is told "for" ("a fever for the new album"), or -1 when there is none
// or it is a stretch of time (feverTimes, a number).
func (x *scan) cravedAfter(end int32) int32 {
	t := end + 1
	if int(t)+1 >= len(x.toks) || x.toks[t].word != "for" {
		return -1
	}
	for t++; int(t) < len(x.toks) && (x.toks[t].skip || approximately[x.toks[t].word]); t++ {
	}
	if int(t) >= len(x.toks) {
		return -1
	}
	if w := x.toks[t].word; feverTimes[w] || countWords[w] || isDigits(w) || w != "new" && len(x.at(t)) > 0 {
		return -1 // "for the new album" is craved; "for the last 3 days", "for no reason" are not
	}
	return t
}

// figureAt reports whether the fever word at token t is a figure: inside
// a craze the lexicon blocks ("saturday night fever") or a fever craved
// (see cravedAfter).
func (x *scan) figureAt(t int32) bool {
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t+1]; i++ {
		if h := &x.hits[i]; x.kind(h) == kindBlock && h.start <= t && t <= h.end {
			return true
		}
	}
	for _, h := range x.at(t) {
		if h.concept == x.s.cFever && h.hypo {
			return true
		}
	}
	return x.cravedAfter(t) >= 0
}
