package knowledge

// Recall classes of the eighteenth round: a cause told early in a story
// that no longer explains a symptom dated anew, and a term the sender
// names as what they have ("that's what this is").

// recall3Passes runs the passes of this file that the message's hits can
// concern, found in one look over them: most messages need none.
func (x *scan) recall3Passes() {
	var cause, guessed, unwell, fever, event, hypo bool
	s := x.s
	for i := range x.hits {
		h := &x.hits[i]
		switch c := h.concept; {
		case c == s.cExertion || c == s.cPositional || c == s.cLongPosition:
			cause, guessed = true, true
		case s.guessedCause.has(c):
			guessed = true
		case c == s.cUnwell:
			unwell = true
		case c == s.cFever:
			fever = true
		}
		event = event || x.kind(h) == kindEvent
		hypo = hypo || h.hypo
	}
	if cause {
		x.causesDatedApart()
	}
	if guessed {
		x.guessesTakenBack()
	}
	if guessed && unwell {
		x.causesInsideUnwell()
	}
	if hypo {
		x.generalsOwned()
	}
	if fever {
		x.nightSweatsAsFever()
	}
	if event {
		x.oldEvents()
	}
}

// dayMarks are the words that date a symptom to a part of the day it is
// told on: "today", "tonight", "this morning", "this afternoon". Not
// "now", which ends the cause's own clause as often ("sat all day and now
// my legs are numb").
var dayMarks = setOf(`today tonight morning afternoon evening`)

// causeLead is how many words (small words not counted) a day's marker
// must stand after a cause for it to date something new: "sat in the car
// for hours this morning" dates the sitting itself.
const causeLead = 3

// markJoins after a day's marker join what follows to the cause's clause:
// "drove for hours today and my legs went numb", "knelt all morning so my
// legs are numb" tell the cause and its numbness as one.
var markJoins = setOf(`and so then after from`)

// dayMarkBetween returns the token of a day's marker (dayMarks, "morning"
// and the like after "this") that stands at least causeLead words after
// token from and at most nearWindow words before token to, and begins a
// clause of its own (no markJoins word after it), or -1.
func (x *scan) dayMarkBetween(from, to int32) int32 {
	for t := from + 1; t < to; t++ {
		w := x.toks[t].word
		if !dayMarks[w] || w != "today" && w != "tonight" && x.toks[t-1].word != "this" {
			continue
		}
		if x.contentBetween(from, t) >= causeLead && x.contentBetween(t, to) <= nearWindow && !markJoins[x.toks[t+1].word] {
			return t
		}
	}
	return -1
}

// causesDatedApart drops a position held or a workout told as the start
// of a story when every numbness or weakness comes after it, the first
// dated anew by a day's marker: "carried boxes up three flights on the
// weekend, drove home, took something. Today both legs are numb" or "been
// doing doubles at the warehouse for weeks. This afternoon my leg went
// weak". The reference's position or training explains a limb told with
// it, not one that fails on a later day. A symptom told before or with
// the cause, or a first one with no day's marker between, keeps the cause.
func (x *scan) causesDatedApart() {
	for i := range x.hits {
		c := &x.hits[i]
		if !c.counts() || c.concept != x.s.cExertion && c.concept != x.s.cPositional && c.concept != x.s.cLongPosition {
			continue
		}
		mark := int32(-1)
		for j := range x.hits {
			h := &x.hits[j]
			if !h.counts() || h.concept != x.s.cNumbness && h.concept != x.s.cWeakness && h.concept != x.s.cCantMove {
				continue
			}
			if h.start <= c.end {
				mark = -1
				break
			}
			if mark < 0 {
				if mark = x.dayMarkBetween(c.end, h.start); mark < 0 {
					break
				}
			}
		}
		if mark >= 0 {
			c.negated, c.by = true, mark
		}
	}
}

// claimLeads before "what" make it a claim, not a question: "that's what
// this is", "this is what I have" ("that's" is read "that is").
var claimLeads = setOf(`thats`)

// claimWhatAt reports whether token t is a "what" that names the asker's
// own trouble as the term told before it: "foot drop?? google says that's
// what this is", "this is what i've got". It asks nothing, and what
// follows is a report.
func (x *scan) claimWhatAt(t int32) bool {
	if x.toks[t].word != "what" || t == 0 {
		return false
	}
	if claimLeads[x.toks[t-1].word] {
		return true
	}
	return t > 1 && x.toks[t-1].word == "is" && (x.toks[t-2].word == "that" || x.toks[t-2].word == "this")
}

// guessedCauses are the concepts that explain a symptom away: a workout,
// a diet, a bed, a position held, a cold room, a minor knock.
var guessedCauses = []string{"intended-loss", "sleep-cause", "slept-on", "exertion", "chest-workout", "long-position",
	"positional", "chill-cause", "jaw-cause", "skin-cause", "bladder-cause", "minor-injury"}

// guessWords tell a cause the sender only supposed: "I figured it was the
// gym", "thought it was from sitting".
var guessWords = setOf(`figured thought assumed guessed presumed reckoned`)

// guessWordSet is guessWords with its shapes: guessesTakenBack looks
// every token of a message up in it, and most are none of them.
var guessWordSet = shaped(guessWords)

// guessReach is how many tokens after a guess word its "but" may stand.
const guessReach = 12

// guessesTakenBack drops a cause the sender only supposed and then took
// back with "but": "I figured my back was just from the gym, but it's
// been two months and I've lost weight", "thought it was from sitting,
// but now it's both legs". What follows the "but" is told as it stands.
func (x *scan) guessesTakenBack() {
	for t := range x.toks {
		if !guessWordSet.has(x.toks[t].word) {
			continue
		}
		b := int32(-1)
		for u := int32(t) + 1; int(u) < len(x.toks) && u <= int32(t)+guessReach; u++ {
			if x.toks[u].word == "but" {
				b = u
				break
			}
		}
		if b < 0 {
			continue
		}
		for i := x.first[t]; i < x.first[b]; i++ {
			if h := &x.hits[i]; h.counts() && h.end < b && x.s.guessedCause.has(h.concept) {
				h.negated, h.by = true, b
			}
		}
	}
}

// causesInsideUnwell drops a cause word that is part of the words for
// feeling unwell: the "run" of "run down", the "out" of "worn out" is no
// run and no workout.
func (x *scan) causesInsideUnwell() {
	for i := range x.hits {
		u := &x.hits[i]
		if u.concept != x.s.cUnwell || !u.counts() || u.end == u.start {
			continue
		}
		for j := x.first[u.start]; j < x.first[u.end+1]; j++ {
			if h := &x.hits[j]; h.end <= u.end && x.s.guessedCause.has(h.concept) {
				h.negated, h.by = true, u.start
			}
		}
	}
}

// selfAskers are the words that, before "for me" or "for myself", say the
// question asked as if of anyone is the asker's own: "asking for me",
// "it's for myself".
var selfAskers = setOf(`asking ask asked question`)

// askedForSelf reports whether the message says its question is asked for
// the asker: "asking for me", "asking for myself".
func (x *scan) askedForSelf() bool {
	for t := 2; t < len(x.toks); t++ {
		if w := x.toks[t].word; (w == "me" || w == "myself") && x.toks[t-1].word == "for" && selfAskers[x.toks[t-2].word] {
			return true
		}
	}
	return false
}

// generalsOwned makes what a general cue ("if you've got", "someone
// who has") made hypothetical the asker's own again when the message
// says it asks for the asker: "is deep pressure safe if you have thin
// bones? asking for me". Asking for a friend keeps it hypothetical.
func (x *scan) generalsOwned() {
	if !x.askedForSelf() {
		return
	}
	for i := range x.hits {
		h := &x.hits[i]
		if !h.hypo || h.negated || h.past || h.by < 0 {
			continue
		}
		for _, c := range x.at(h.by) {
			if c.concept == x.s.cHypothetical {
				h.hypo, h.by = false, -1
				break
			}
		}
	}
}

// nightSweatsAsFever drops a heavy sweat that is part of a fever's longer
// words: "sweating buckets at night" is a night sweat, the infection's or
// the cancer's sign, not the cold sweat of a torn aorta or a heart
// attack. The plain sweat in the same words still counts with chest pain.
func (x *scan) nightSweatsAsFever() {
	for i := range x.hits {
		f := &x.hits[i]
		if f.concept != x.s.cFever || !f.counts() || f.end == f.start {
			continue
		}
		for j := x.first[f.start]; j < x.first[f.end+1]; j++ {
			if h := &x.hits[j]; h.concept == x.s.cColdSweat && h.end < f.end {
				h.negated, h.by = true, f.end
			}
		}
	}
}

// oldKinds are the words that may stand between "old" and an event and
// keep it the old one: the sport or the place it happened in ("an old
// rugby collision", "my old hockey crash"). Not a vehicle or a person:
// "my old car crashed", "my old man fell" tell of an old car or man.
var oldKinds = setOf(`rugby football soccer hockey lacrosse ski skiing snowboard snowboarding riding horse cycling bike biking
	climbing boxing wrestling martial judo karate skating skate surfing dance dancing trampoline sports sport school army
	work gym playground`)

// oldVehicles are what an event's words may start with and "old" then
// describe: "my old car crashed", "the old truck rolled".
var oldVehicles = setOf(`car cars truck van bike motorbike motorcycle bus jeep quad tractor scooter moped horse ladder`)

// eventNouns name an accident as a thing, which "old" after a vehicle
// then dates: "an old car crash", not "my old car crashed".
var eventNouns = setOf(`crash accident wreck collision pileup`)

// ageUnits before "old" make it an age: "80 years old".
var ageUnits = setOf(`years year yrs yr`)

// oldEvents puts in the past an accident or a fall called old: "an old
// rugby collision left me with a cranky hip", "old fall, still aches in
// the cold". The word dates the event long ago as "years ago" would.
func (x *scan) oldEvents() {
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || !h.counts() || h.start == 0 {
			continue
		}
		if oldVehicles[x.toks[h.start].word] && (h.start == h.end || !eventNouns[x.toks[h.start+1].word]) {
			continue // "my old car crashed": an old car, a crash today; not "an old car crash"
		}
		t := h.start - 1
		if oldKinds[x.toks[t].word] && t > 0 {
			t--
		}
		if x.toks[t].word == "old" && (t == 0 || !ageUnits[x.toks[t-1].word]) {
			h.past, h.by = true, t // not "80 years old, car wreck this morning": an age
		}
	}
}

// crashedVehicles are a crash told by the vehicle's name other than a
// car's: "the van crashed", "a lorry accident", "crashed my truck". A car
// crash was the lexicon's only wording.
var crashedVehicles = concat(cross("van truck lorry bus jeep taxi minivan pickup suv", "crash", "accident", "wreck", "collision"),
	cross("crashed wrecked totalled totaled", "van", "truck", "lorry", "jeep", "minivan", "pickup"))
