package knowledge

import (
	"slices"
	"strings"
)

// This file holds the screen's reading of one message once its concepts
// are found: which hits are negated, resolved, hypothetical or in the
// past, and whether a rule's concepts stand close together. Hits are in
// token order, and an index from token to hits keeps every step linear in
// the message's length.

// scan is one message being read: its tokens, its hits in token order, and
// first, where first[t] is the index of the first hit starting at token t
// or later (len(toks)+1 entries).
type scan struct {
	s     *safetyScreen
	toks  []screenToken
	hits  []screenHit
	first []int32
	// text is the message as sent, for its emoji (see laughs).
	text string
	// asked caches whether the whole message asks permission (see
	// asksPermission): 0 not yet known, 1 no, 2 yes.
	asked int8
	// goingOn caches the token of the last symptom told as going on (see
	// goingOnFrom), plus one: 0 not yet known, -1 none.
	goingOn int32
}

// indexHits fills the token-to-hits index of hits (in token order).
func indexHits(dst []int32, hits []screenHit, ntoks int) []int32 {
	h := 0
	for t := 0; t <= ntoks; t++ {
		for h < len(hits) && int(hits[h].start) < t {
			h++
		}
		dst = append(dst, int32(h))
	}
	return dst
}

// at returns the hits that start at token t.
func (x *scan) at(t int32) []screenHit {
	if t < 0 || int(t) >= len(x.toks) {
		return nil
	}
	return x.hits[x.first[t]:x.first[t+1]]
}

func (x *scan) kind(h *screenHit) conceptKind { return x.s.kinds[h.concept] }

// dropBlocked removes symptoms, situations and past markers that lie
// inside a blocking phrase ("warm up", "as a kid", "over the last month").
func (s *safetyScreen) dropBlocked(hits []screenHit) []screenHit {
	var blocks, idioms [][2]int32
	for _, h := range hits {
		if s.concepts[h.concept].kind == kindBlock && h.end > h.start {
			blocks = append(blocks, [2]int32{h.start, h.end})
			if h.concept == s.cIdiom {
				idioms = append(idioms, [2]int32{h.start, h.end})
			}
		}
	}
	if len(blocks) == 0 {
		return hits
	}
	// Both lists are in token order, and a block is a few tokens long:
	// only blocks starting shortly before a hit can hold it.
	out := hits[:0]
	var dropped [][2]int32 // symptom phrases dropped, for dropSitesOf
	bi := 0
	for _, h := range hits {
		for bi < len(blocks) && blocks[bi][0] < h.start-maxPhraseSpan {
			bi++
		}
		inside := false
		if k := s.concepts[h.concept].kind; k == kindSite {
			// A site is the block's when the block starts with it: a
			// "chest freezer" or a "calf stretch" is no chest or calf.
			for _, b := range blocks[bi:] {
				if b[0] > h.start {
					break
				}
				if b[0] == h.start && h.end <= b[1] {
					inside = true
					break
				}
			}
		} else if timed(k) || k == kindSituation || k == kindPast || h.concept == s.cWeeksAgo {
			for _, b := range blocks[bi:] {
				if b[0] > h.end || b[0] > h.start && k != kindEvent {
					break
				}
				// An event that runs into a block is the block's too: "my
				// car crashed... the app" is no crash.
				if h.end <= b[1] && (b[0] <= h.start || k == kindEvent) {
					inside = true
					break
				}
			}
		}
		if !inside {
			out = append(out, h)
		} else if h.end > h.start && timed(s.concepts[h.concept].kind) {
			dropped = append(dropped, [2]int32{h.start, h.end})
		}
	}
	// An idiom takes every site in it: "a pain in the butt" is no buttock.
	return dropSitesOf(s, out, append(dropped, idioms...))
}

// dropSitesOf removes the body sites that lie inside one of the dropped
// symptom phrases: a figure of speech blocked whole ("my boss gives me
// chest pains") takes its site with it, so that the chest is not left to
// meet a tight neck told after it. A site outside the symptom's words
// stays: "weak calves" blocks the weakness, not the calf.
func dropSitesOf(s *safetyScreen, hits []screenHit, dropped [][2]int32) []screenHit {
	if len(dropped) == 0 {
		return hits
	}
	return keepHits(hits, func(i int) bool {
		h := &hits[i]
		return s.concepts[h.concept].kind == kindSite && slices.ContainsFunc(dropped, func(d [2]int32) bool {
			return d[0] <= h.start && h.end <= d[1]
		})
	})
}

// decadesAsTime reads a decade after "the" as a time long ago, not an
// age: "my grandpa had a heart attack in the 90s" dates the heart attack,
// where "my dad is in his 90s" is his age. The age concepts' "80s" hit
// becomes a past marker in place.
func (s *safetyScreen) decadesAsTime(hits []screenHit, toks []screenToken) {
	for i := range hits {
		h := &hits[i]
		if h.start != h.end || h.start == 0 || h.concept != s.cElderly && h.concept != s.cOver50 {
			continue
		}
		if toks[h.start-1].word == "the" && decadeWords[toks[h.start].word] {
			h.concept = s.cPast
		}
	}
}

// decadeWords are the decades an age may also be named by.
var decadeWords = setOf(`50s 60s 70s 80s 90s`)

// scope applies negations ("no", "not", "never", "without"), resolutions
// ("went away") and hypotheticals ("warning signs such as") to the hits,
// in the manner of NegEx: a trigger covers the first concept that starts
// within a few words after it, and the concepts joined to that one by
// list words; "but" and the like end the scope. covered is scratch space.
func (x *scan) scope(covered []bool) []bool {
	toks, hits, s := x.toks, x.hits, x.s
	// "not feel" names numbness, but "don't feel any numbness" is a
	// negation, and "not peeing any differently" says nothing changed:
	// such a phrase is no symptom, and its negation is a trigger.
	for i := range hits {
		h := &hits[i]
		if toks[h.start].is(flagNegation) &&
			(h.concept == s.cNumbness && x.followedBySymptom(h) || followedBy(toks, h.end, flagNoChange, 3) || x.holdsSymptom(h)) {
			h.negated, h.by = true, h.start
		}
	}
	// A negation inside a phrase ("can't pee") is part of the phrase.
	for range toks {
		covered = append(covered, false)
	}
	for i := range hits {
		h := &hits[i]
		if k := x.kind(h); k == kindBlock || k == kindCue || h.negated && h.by == h.start {
			continue
		}
		for t := h.start; t <= h.end; t++ {
			if t > h.start && toks[t].is(flagNegation) && x.negatableAt(t+1, false) {
				// A negation the phrase stepped over opens its own scope:
				// "twitches at night, no pain or weakness" is no "night pain".
				continue
			}
			covered[t] = true
		}
	}
	for j := range toks {
		if !toks[j].is(flagNegation) || covered[j] {
			continue
		}
		if j+1 < len(toks) && toks[j+1].is(flagPseudo) || j > 0 && toks[j-1].word == "like" || x.comparative(int32(j)) {
			continue // "not sure", "can't tell if"; "like nothing I've felt"; "never had pain like this"
		}
		if j > 0 && toks[j-1].word == "or" && toks[j].word == "not" {
			continue // "whether I move or not, it's there lying down": the choice, no denial of what follows
		}
		if answeringNo(toks, j) {
			continue // "well no, the car was totalled": an answer, and what follows is said
		}
		x.applyScope(int32(j), int32(j), negationWindow, flagChain, false, func(h *screenHit) { h.negated = true })
		x.negateSiteAfter(int32(j))
	}
	for i := range hits {
		switch hits[i].concept {
		case s.cHypothetical:
			h := hits[i]
			if x.insideSymptom(&h) {
				continue // "generally unwell" is a symptom, not a general question
			}
			if x.goingOnFrom(h.end) {
				continue // "how do you know if chest pain is your heart? it's spreading to my arm": the asker's
			}
			x.applyScope(h.end, h.start, hypotheticalWindow, flagHypoChain, true, func(y *screenHit) { y.hypo = true })
		case s.cConditional:
			x.conditional(hits[i])
		}
	}
	x.askedOfPeople()
	x.deniedPainAfter()
	x.deniedSites()
	x.deniedHistories()
	x.askedInGeneral()
	x.examplesNamed()
	x.futureSupposed()
	x.smallChildsWetting()
	x.testedFor()
	x.denialsAfter()
	x.answeredNo()
	x.termQuestions()
	// Resolutions look back: "numbness that went away", but not "numbness
	// that has not gone away", "that never went away" or "didn't go away".
	for j := range toks {
		if !toks[j].is(flagResolved) || j > 0 && toks[j-1].is(flagNegation) ||
			j > 1 && goneAway[toks[j-1].word] && toks[j-2].is(flagNegation) || covered[j] {
			continue // covered: the word is the symptom's own ("the feeling is gone")
		}
		w := toks[j].word
		if w == "better" && (j == 0 || !toks[j-1].is(flagResolvedBefore)) {
			continue // "better now", "all better"; not "better than", "getting better"
		}
		if (w == "away" || w == "down") && (j == 0 || !goneAway[toks[j-1].word]) {
			continue // "went away", "gone down"; not "down there", "walked away"
		}
		if w == "off" && (j == 0 || !woreOff[toks[j-1].word]) {
			continue // "the numbness wore off"; not "came off my bike"
		}
		if w == "down" && (j+1 < len(toks) && fellDownOn[toks[j+1].word] && !x.dayAfterThe(int32(j+1)) || !goneDown[toks[j-1].word] || x.personWentDown(int32(j))) {
			continue // "went down hard", "went down on my tailbone", "going down my back"; not "went down the next day"
		}
		if (w == "passed" || w == "passes" || w == "stopped") && j+1 < len(toks) && notResolvedAfter[toks[j+1].word] {
			continue // "passed out", "stopped working", "it passes down my leg"
		}
		if w == "passes" && x.awaited(int32(j)) {
			continue // "should I wait till it passes": not over yet
		}
		if (w == "gone" || w == "passed" || w == "passes") && x.symptomAt(int32(j+1)) {
			continue // "he's gone pale", "gone numb": a symptom, not its end
		}
		if w == "gone" && (j+1 >= len(toks) || toks[j+1].word != "away") && x.bodyBefore(int32(j)) {
			continue // "my back has gone", "my leg went": the back went out, nothing resolved
		}
		if x.returnedAfter(int32(j)) {
			continue // "went away but now it's back", "cleared up, then came back worse"
		}
		x.resolveBefore(int32(j))
		if (w == "passed" || w == "passes" || w == "cleared") && x.pronounBefore(int32(j)) || x.endedByTime(int32(j)) {
			x.resolveSymptomsBefore(int32(j))
		}
	}
	for i := range hits {
		if hits[i].concept == s.cResolvedPhrase && x.resolvedSubject(&hits[i]) {
			x.resolveAllBefore(i)
		}
	}
	x.reliefByChange()
	x.limbsWokenUp()
	x.chillsExplained()
	x.speedOfRelief()
	x.situationsCleared()
	x.scaresOver()
	x.clearedByClinician()
	x.goAheadsTold()
	x.sitesSaidFine()
	x.outcomesTold()
	x.dropSitesInside()
	x.chestMuscles()
	x.besideTheSpine()
	x.thingsAsSubject()
	x.feversCraved()
	x.figuresOfSpeech()
	x.eventsLikened()
	x.chestPainToday()
	x.recall3Passes()
	return covered
}

// spellEnds are the times by which a brief spell was over: "gone by
// morning", "passed by the next day", "cleared within a day".
var spellEnds = setOf(`morning evening afternoon lunchtime bedtime next day weekend tomorrow hours`)

// endedByTime reports whether the resolution at token j is told with the
// time by which it was over ("gone by morning", "passed by the next
// day"): the spell it ends is everything told of it, not only the
// symptom right before.
func (x *scan) endedByTime(j int32) bool {
	t := j + 1
	if int(t)+1 >= len(x.toks) || x.toks[t].word != "by" && x.toks[t].word != "within" || x.awaited(j) {
		return false // not "hoping it's gone by morning"
	}
	for t++; int(t) < len(x.toks) && t <= j+4; t++ {
		if w := x.toks[t].word; spellEnds[w] {
			return true
		} else if !x.toks[t].skip && !countWords[w] {
			return false
		}
	}
	return false
}

// awaitedBefore are the words that put "it passes" in the future:
// "wait till it passes", "until it passes", "hope it passes".
var awaitedBefore = setOf(`till til until unless if hope hoping wait waiting when before whether`)

// awaited reports whether the resolution at token j is only waited for:
// an awaited word stands within three words before it.
func (x *scan) awaited(j int32) bool { return x.wordWithinBefore(j, 3, awaitedBefore) }

// wordWithinBefore reports whether a word of set stands within n tokens
// before token j.
func (x *scan) wordWithinBefore(j, n int32, set map[string]bool) bool {
	for t := j - 1; t >= 0 && t >= j-n; t-- {
		if set[x.toks[t].word] {
			return true
		}
	}
	return false
}

// Words that say a body site is well: "my chest feels fine", "the calf
// is ok"; and the words after that take it back: "fine except when I
// breathe in".
var (
	siteFeelVerbs = setOf(`feel feels felt seem seems look looks`)
	siteWellWords = setOf(`fine ok okay normal alright good`)
	siteWellUntil = setOf(`but except until unless when while apart besides`)
	// siteQuestionWords between a site and a well word make it a question
	// about what was told: "is that normal?", "is this ok?".
	siteQuestionWords = setOf(`that this it`)
)

// sitesSaidFine drops a body site the sender says is well ("I'm not short
// of breath and my chest feels fine, the ache is in my upper back"): no
// symptom elsewhere in the message is felt in it. A site said fine but for
// something ("fine until I breathe in") stays.
func (x *scan) sitesSaidFine() {
	toks := x.toks
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindSite || !h.counts() {
			continue
		}
		t := h.end + 1
		asked := false
		for int(t) < len(toks) && toks[t].skip {
			// "when I wipe, is that normal?" asks about the site; "my calf is
			// ok" says it is well.
			asked = asked || siteQuestionWords[toks[t].word]
			t++
		}
		if asked {
			continue
		}
		if int(t) < len(toks) && siteFeelVerbs[toks[t].word] {
			t++
		}
		if int(t) >= len(toks) || !siteWellWords[toks[t].word] {
			continue
		}
		taken := false
		for u := t + 1; int(u) < len(toks) && u <= t+3; u++ {
			taken = taken || siteWellUntil[toks[u].word]
		}
		if !taken {
			h.negated, h.by = true, t
		}
	}
}

// reliefWords say a feeling is over; "once" or "as soon as" after them,
// that it ends with something the sender does: "fine once I get off the
// tractor", "better as soon as I take my boots off"; so does "after" with
// the sender doing it: "fine after I walked around", "gone after we
// stopped the car", "goes away after I take them off".
var reliefWords = setOf(`fine better ok okay normal gone`)

// reliefDoers are who may do what ends a feeling, after "after": the
// sender or the sender's party ("after I stood up", "after we stopped").
var reliefDoers = setOf(`i we id ive`)

// briefWords tell that a feeling lasted moments: "for a sec", "a minute",
// "for a bit", "then fine".
var briefWords = setOf(`sec secs second seconds moment moments minute minutes min mins bit then`)

// Words around a relief that make it one told of what came before: "then
// fine", "and fine", "was fine", "fine after", "ok now"; not "better
// booking", which only weighs a choice.
var (
	reliefLeads  = setOf(`then and was is felt feel all totally completely its back`)
	reliefCloses = setOf(`after now again afterwards`)
)

// wokenWindow is how far a position held may stand before the numbness it
// caused, and a relief after it.
const wokenWindow = 10

// limbsWokenUp drops the numbness, and the weakness or the trouble walking
// that came with it, told shortly after a position held ("sat on my leg",
// "after sitting on the floor") and shortly before a relief, when the
// message says it lasted moments: "my leg was asleep and wobbly for a
// minute, fine after", "went numb, couldn't walk for a sec, then pins and
// needles and fine". That is the reference's limb that falls asleep and
// wakes on moving. A relief taken back ("fine, but still numb"), or none
// told, keeps them.
func (x *scan) limbsWokenUp() {
	positional := x.s.cPositional
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cNumbness && h.concept != x.s.cWeakness && h.concept != x.s.cCantMove || h.negated {
			continue
		}
		if !x.positionBefore(h, positional) {
			continue
		}
		r := x.briefRelief(h.end)
		if r < 0 {
			r = x.briefSpell(h.end)
		}
		if r >= 0 {
			h.negated, h.by = true, r
		}
	}
}

// positionBefore reports whether a position held (a hit of concept
// positional) ends within wokenWindow words (small words not counted)
// before hit h starts.
func (x *scan) positionBefore(h *screenHit, positional int16) bool {
	for j := x.first[max(0, h.start-2*wokenWindow-maxPhraseSpan)]; j < x.first[h.start]; j++ {
		if p := &x.hits[j]; p.concept == positional && !p.negated && p.end < h.start && x.contentBetween(p.end, h.start) <= wokenWindow {
			return true
		}
	}
	return false
}

// briefRelief returns the token of a relief told within wokenWindow words
// (small words not counted) after token end, with a word of briefWords between, or -1: "wobbly for a
// minute. fine after", "for a sec, then ... fine". "Still" or "but" before
// it takes it back.
func (x *scan) briefRelief(end int32) int32 {
	brief, content := false, 0
	for t := end + 1; content <= wokenWindow && int(t) < len(x.toks); t++ {
		w := x.toks[t].word
		if !x.toks[t].skip {
			content++
		}
		if w == "still" || w == "but" {
			return -1
		}
		brief = brief || briefWords[w]
		if !brief || !reliefWords[w] || x.toks[t-1].is(flagNegation) {
			continue
		}
		if reliefLeads[x.toks[t-1].word] || int(t)+1 == len(x.toks) || reliefCloses[x.toks[t+1].word] {
			return t
		}
	}
	return -1
}

// briefSpell returns the token of a brief word told right after token end
// as how long the feeling lasted ("couldn't walk for a minute", "numb for
// a sec"), or -1: lasting a moment, it is over. A word of spellGoesOn
// after it takes it back ("... for a minute, still can't walk", "for a
// minute at a time").
func (x *scan) briefSpell(end int32) int32 {
	at := int32(-1)
	for t := end + 1; int(t) < len(x.toks) && t <= end+3; t++ {
		if w := x.toks[t].word; briefWords[w] && w != "then" && x.toks[t-1].skip || w == "sec" {
			at = t
			break
		}
	}
	if at < 0 {
		return -1
	}
	for t := at + 1; int(t) < len(x.toks) && x.contentBetween(at, t) <= wokenWindow; t++ {
		if w := x.toks[t].word; spellGoesOn[w] {
			return -1
		}
	}
	return at
}

// spellGoesOn after a brief spell say it is not over or comes back: "still",
// "but", "now", "again", "a minute at a time", "every time", "keeps".
var spellGoesOn = setOf(`still but now again time times keeps keep every each`)

// reliefByChange drops the numbness told before a relief that comes once
// the sender moves or changes something: numbness that a change of
// position or of shoes ends is a pressed nerve, the reference's foot that
// "falls asleep", not a deficit. Only numbness is ended so: a chest pain
// that is "better once I rest" is still the heart's.
func (x *scan) reliefByChange() {
	toks := x.toks
	for j := 0; j+1 < len(toks); j++ {
		// The word after is looked at first: it is rarely "once" or "as".
		if next := toks[j+1].word; next != "once" && !(next == "as" && j+2 < len(toks) && toks[j+2].word == "soon") &&
			!(next == "after" && j+2 < len(toks) && reliefDoers[toks[j+2].word]) {
			continue // "fine once", "better as soon as", "fine after I"
		}
		if !reliefWords[toks[j].word] && toks[j].word != "away" || j > 0 && toks[j-1].is(flagNegation) {
			continue
		}
		for i := x.first[j] - 1; i >= 0; i-- {
			h := &x.hits[i]
			if h.start < int32(j)-resolvedReach {
				break
			}
			if h.concept == x.s.cNumbness && !h.negated && h.end < int32(j) && x.contentBetween(h.end, int32(j)) <= resolvedWindow {
				h.negated, h.by = true, int32(j)
			}
		}
	}
}

// chillWindow is how far from shivers or chills what explains them may
// stand: as far as an event from what it left, since the cold is often
// told a clause or two before the shivering it caused ("out in the cold
// ..., back sore from shivering").
const chillWindow = eventWindow

// chillContrast are the words after a cause that take it back: "it's cold
// out but this is different".
var chillContrast = setOf(`but however though although except different`)

// contrastAfter reports whether a chillContrast word stands within a few
// tokens after token end.
func (x *scan) contrastAfter(end int32) bool {
	for t := end + 1; t < int32(len(x.toks)) && t <= end+5; t++ {
		if chillContrast[x.toks[t].word] {
			return true
		}
	}
	return false
}

// chillHit reports whether fever hit h is shivers or chills ("shivering",
// "got chills"), which cold weather or music explains, unlike a
// temperature or night sweats.
func (x *scan) chillHit(h *screenHit) bool {
	for t := h.start; t <= h.end; t++ {
		if w := x.toks[t].word; strings.HasPrefix(w, "shiver") || w == "chills" {
			return true
		}
	}
	return false
}

// chillsExplained drops the shivers and chills told near what explains them
// (cold weather, a cold room, music: "chill-cause") when the message names
// no other sign of a fever: "shoulders tense from shivering at the bus
// stop" is the weather's, "shivering with a temperature of 39" stays.
func (x *scan) chillsExplained() {
	var causes []int32
	for i := range x.hits {
		h := &x.hits[i]
		switch {
		case h.concept == x.s.cChillCause && h.counts() && !x.contrastAfter(h.end):
			causes = append(causes, h.start)
		case h.concept == x.s.cFever && h.counts() && !x.chillHit(h):
			return // another sign of a fever: the chills may be its
		}
	}
	if len(causes) == 0 {
		return
	}
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cFever || !h.counts() {
			continue
		}
		for _, c := range causes {
			if abs32(c-h.start) <= chillWindow {
				h.negated, h.by = true, c
				break
			}
		}
	}
}

// speedWords tell how fast something went: after a relief ("came back
// quick", "wore off fast") they say how soon it ended, not that a symptom
// spreads.
var speedWords = setOf(`quick quickly fast rapidly`)

// speedOfRelief drops a spreading hit that is only a speed word right after
// a word of relief ("went away quickly", "wore off fast") or "came back"
// ("feeling came back quick"): it times the relief, no symptom spreading.
func (x *scan) speedOfRelief() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cSpreading || h.start != h.end || h.start == 0 || !speedWords[x.toks[h.start].word] {
			continue
		}
		before := h.start - 1
		prev := x.toks[before].word
		if x.toks[before].is(flagResolved) && prev != "down" ||
			prev == "back" && before > 0 && (x.toks[before-1].word == "came" || x.toks[before-1].word == "come") {
			h.negated, h.by = true, before
		}
	}
}

// clearedWindow is how far before "the mri was clear" or "it healed up"
// the situation it clears may end.
const clearedWindow = 10

// situationsCleared negates the caution situations ending shortly before a
// word that rules them out or says they healed ("a slipped disc scare but
// the mri was clear", "a herniated disc in 2012, it healed up"), unless a
// "but" right after takes it back ("it healed up but it flares again").
// Only situations: a red flag ruled out once may be back, and is the
// doctor's to judge.
func (x *scan) situationsCleared() {
	for i := range x.hits {
		c := &x.hits[i]
		if c.concept != x.s.cRuledOut || !c.counts() || x.contrastAfter(c.end) {
			continue
		}
		// The situations before the words that rule them out, and those
		// named in them ("the disc is fine"), which start where they do.
		for j := x.first[c.start+1] - 1; j >= 0; j-- {
			h := &x.hits[j]
			if h.start < c.start-clearedWindow-maxPhraseSpan {
				break
			}
			if j != int32(i) && x.kind(h) == kindSituation && c.start-h.end <= clearedWindow && !h.negated {
				h.negated, h.by = true, c.start
			}
		}
	}
}

// scaresOver marks as resolved the symptom, event or situation told right
// before "scare": "after the chest pain scare", "a cancer scare last
// year" tell a worry that is over, not a sign now.
func (x *scan) scaresOver() {
	for t := int32(1); int(t) < len(x.toks); t++ {
		if w := x.toks[t].word; w != "scare" && w != "scares" {
			continue
		}
		for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t]; i++ {
			if h := &x.hits[i]; h.end == t-1 && negatable(x.kind(h)) && !h.negated {
				h.negated, h.by = true, t
			}
		}
	}
}

// clearedByClinician marks as resolved the symptoms, events and
// situations told before a clinician's benign finding, or in it ("my calf
// was swollen, the ultrasound showed no clot", "checked at the hospital,
// no fractures", "an ultrasound, normal aorta"), when the message names
// the check: the urgent reply would send the person to the doctor who has
// already seen them. The message is kept as told when the finding is
// denied ("said it was not normal"), when a "but" follows it, and when
// what comes after the last finding is a symptom other than the ache asked
// about ("... said it was a
// strain, now I can't feel my leg"), a word that it is worse or back
// ("worse since", "swollen again") or, for a situation, a question whether
// massage is safe ("... is deep tissue safe?").
func (x *scan) clearedByClinician() {
	last := -1
	for i := range x.hits {
		if c := x.hits[i].concept; (c == x.s.cVerdict || c == x.s.cRuledOut) && x.hits[i].counts() && !x.verdictDenied(&x.hits[i]) {
			last = i
		}
	}
	if last < 0 || !x.checkNamed() {
		return
	}
	v := x.hits[last]
	if x.contrastAfter(v.end) && !x.acheThoughAfter(v.end) {
		x.checkOutdated(v.end) // "all clear since, but this new pain ..."
		return
	}
	asked := false
	for i := last + 1; i < len(x.hits); i++ {
		h := &x.hits[i]
		if h.start <= v.end {
			continue
		}
		if x.kind(h) == kindSymptom && h.counts() && h.concept != x.s.cPain && h.concept != x.s.cNightPain && !x.findingGoesOn(v.end, h.start) {
			if x.turnBetween(v.end, h.start) {
				x.checkOutdated(v.end) // "... said it was a strain, now I can't feel my leg"
			}
			return // a symptom after the finding is new; the ache asked about, and when it aches, are not
		}
		asked = asked || h.concept == x.s.cSafetyQuestion
	}
	for t := v.end + 1; int(t) < len(x.toks); t++ {
		if worseOrBack[x.toks[t].word] {
			x.checkOutdated(v.end)
			return
		}
	}
	for i := range x.hits {
		h := &x.hits[i]
		k := x.kind(h)
		// Inside the finding, or starting or ending in it: "normal aorta",
		// "no clot", and the "heart ... pain" of "my heart is fine, the pain
		// is posture" or the "pain ... heart" of "chest pain, it was not my
		// heart", whose heart is the one found well.
		inside := h.start >= v.start && h.start <= v.end || h.end >= v.start && h.end <= v.end || x.clearedOf(v.end, h.start)
		if i == last || h.end >= v.start && !inside || h.negated || !timed(k) && !x.infectionFound(h) && (k != kindSituation || asked) {
			continue
		}
		h.negated, h.by = true, v.start
	}
}

// findingGoesOn reports whether the symptom starting at token j, after a
// finding that ends at token end, is the finding's own remainder: "only"
// or "just" stands right before it, within a few words of the finding,
// with no word of a turn between ("the x-ray cleared me of a fracture,
// just deep bruising", "no clot, only a pulled muscle"). "... no clot,
// but now just numb" turns.
func (x *scan) findingGoesOn(end, j int32) bool {
	if j == 0 || x.contentBetween(end, j) > 4 || x.turnBetween(end, j) || x.wordIn(end+1, j-1, chillContrast) {
		return false
	}
	for t := j - 1; t > end && t >= j-2; t-- {
		if w := x.toks[t].word; w == "just" || w == "only" {
			return true
		}
	}
	return false
}

// clearedOf reports whether token j follows a finding that ends at token
// end over "of" and small words ("cleared me of any fracture"): what it
// was cleared of.
func (x *scan) clearedOf(end, j int32) bool {
	if j <= end+1 || x.toks[end+1].word != "of" {
		return false
	}
	for t := end + 2; t < j; t++ {
		if !x.toks[t].skip && x.toks[t].word != "any" {
			return false
		}
	}
	return true
}

// acheThoughAfter reports whether what follows a finding ending at token
// end with a contrast is only the ache asked about, told with a trailing
// "though" ("nothing sinister, back is tight though"): no sign the check
// did not see. A turn ("now", "since"), a word of worse or back, or any
// symptom but the ache and when it aches outdates the check as before.
func (x *scan) acheThoughAfter(end int32) bool {
	though := false
	for t := end + 1; int(t) < len(x.toks); t++ {
		w := x.toks[t].word
		if turnWords[w] || worseOrBack[w] || w != "though" && chillContrast[w] {
			return false
		}
		though = though || w == "though"
	}
	if !though {
		return false
	}
	for i := x.first[end+1]; i < int32(len(x.hits)); i++ {
		if h := &x.hits[i]; x.kind(h) == kindSymptom && h.counts() && h.concept != x.s.cPain && h.concept != x.s.cNightPain {
			return false
		}
	}
	return true
}

// infectionFound reports whether h is a recent infection, such as a
// urinary one, that a clinician's finding told after it closes: "it was a
// UTI, the follow-up test was clean" is dated like a symptom, and over.
// Other history (a cancer, steroids) stays whatever a check found.
func (x *scan) infectionFound(h *screenHit) bool { return h.concept == x.s.cRecentInfection }

// goAheadsTold negates the words of a question whether massage is safe
// that stand inside a clinician's go-ahead told with its verb ("my doctor
// said massage is ok", "the surgeon gave me the ok"): its "ok" tells what
// was said, and asks nothing. A go-ahead without one ("which massage is
// safe for me") may be the question itself, and a safety word outside it
// ("... is deep tissue safe over the screws?") still asks.
func (x *scan) goAheadsTold() {
	for i := range x.hits {
		g := &x.hits[i]
		if g.concept != x.s.cManaged || !g.counts() || !x.wordIn(g.start, g.end, goAheadVerbs) {
			continue
		}
		for j := x.first[g.start]; j < int32(len(x.hits)) && x.hits[j].start <= g.end; j++ {
			if h := &x.hits[j]; h.concept == x.s.cSafetyQuestion && h.end <= g.end && !h.negated {
				h.negated, h.by = true, g.start
			}
		}
	}
}

// goAheadVerbs tell a go-ahead as given: "said massage is ok", "gave me
// the ok".
var goAheadVerbs = setOf(`said says told gave given got okayed signed`)

// wordIn reports whether a word of set stands in tokens from..to.
func (x *scan) wordIn(from, to int32, set map[string]bool) bool {
	for t := from; t <= to && int(t) < len(x.toks); t++ {
		if set[x.toks[t].word] {
			return true
		}
	}
	return false
}

// turnWords tell that what follows happened after a finding: "said it was
// a strain, now I can't feel my leg", "since then".
var turnWords = setOf(`now since suddenly today tonight again then later`)

// turnBetween reports whether a word of turnWords stands in tokens
// from+1..to-1.
func (x *scan) turnBetween(from, to int32) bool { return x.wordIn(from+1, to-1, turnWords) }

// checkOutdated puts in the past the checks (a doctor's look, an x-ray or
// scan) told before token end, when what follows the finding is new, worse
// or back: "the hospital checked my heart, everything was fine, but now my
// chest is crushing again" is no longer the state the check found, and the
// rules that a check quiets ("unless assessed") read the message as told.
func (x *scan) checkOutdated(end int32) {
	for i := range x.hits {
		h := &x.hits[i]
		if h.start > end {
			break
		}
		if (h.concept == x.s.cAssessed || h.concept == x.s.cImaged) && h.counts() {
			h.past, h.by = true, end
		}
	}
}

// verdictDenied reports whether a negation other than a finding's own
// "no", "nothing", "negative" or opening "not" stands in the finding or right before it: "the doctor
// said that is not normal", "it wasn't just a cold" find something.
func (x *scan) verdictDenied(v *screenHit) bool {
	for t := max(0, v.start-1); t <= v.end; t++ {
		if t == v.start && v.concept == x.s.cVerdict && x.toks[t].word == "not" {
			continue // the finding's own "not": "it was not my heart"
		}
		if w := x.toks[t].word; x.toks[t].is(flagNegation) && w != "no" && w != "nothing" && w != "negative" {
			return true
		}
	}
	return false
}

// asksWhenSafe reports whether a hypothetical "when" asks when massage is
// safe, not about warning signs: in "had a laminectomy in august, when is
// massage safe after that" the "when is" is followed closely by the
// massage or its safety. Other hypothetical cues ("people with", "do
// people get massages") ask about a kind of case. A situation in the past then still makes a
// caution.
func (x *scan) asksWhenSafe() bool {
	for i := range x.hits {
		q := &x.hits[i]
		if q.concept != x.s.cHypothetical || q.hypo || q.negated || x.toks[q.start].word != "when" {
			continue // "people with", "do people get massages": a kind of case
		}
		for j := i + 1; j < len(x.hits) && x.hits[j].start <= q.end+whenSafeWindow; j++ {
			if c := x.hits[j].concept; x.hits[j].start > q.end && (c == x.s.cMassage || c == x.s.cSafetyQuestion) {
				return true
			}
		}
	}
	return false
}

// whenSafeWindow is how close after "when is" the massage or its safety
// must follow for asksWhenSafe.
const whenSafeWindow = 2

// outcomesTold puts in the past a safety word told as how a massage went,
// right after "was", "were" or "been": "my RMT last year was fine with
// it", "the last three sessions were ok". "Was it ok?" asks, and keeps it.
// A "can" or "could" followed by "not" tells what could not be done
// ("couldn't pee for a bit after surgery"), and asks nothing; a medicine
// after "used to" ("I used to be on antidepressants") is no longer taken.
func (x *scan) outcomesTold() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept == x.s.cMedicine && h.counts() && (x.usedToBefore(h.start) || x.doseForAMinorAilment(h)) {
			h.past, h.by = true, h.start
		}
	}
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept == x.s.cAskWords && h.start == h.end && h.counts() && int(h.end)+1 < len(x.toks) && x.toks[h.end+1].word == "not" {
			if w := x.toks[h.start].word; w == "can" || w == "could" {
				h.past, h.by = true, h.end+1
			}
		}
	}
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cSafetyQuestion || h.start == 0 || !h.counts() {
			continue
		}
		if w := x.toks[h.start-1].word; w == "was" || w == "were" || w == "been" {
			h.past, h.by = true, h.start-1
		}
	}
}

// doseWindow is how many tokens after a dose taken its minor ailment may
// end: "took an advil this morning for a headache".
const doseWindow = 6

// minorAilments are the everyday complaints a single dose of a
// painkiller is taken for: "took an advil for a headache".
var minorAilments = setOf(`headache headaches hangover cramps cramp toothache cold sniffles`)

// doseForAMinorAilment reports whether medicine h is told as one dose
// taken ("took", "had") for a minor ailment within a few words after it
// ("took ibuprofen for a headache yesterday", "had a tylenol for period
// cramps"): no decision about a medicine, and nothing still taken. "I
// take ibuprofen daily for my back" tells a medicine taken now.
func (x *scan) doseForAMinorAilment(h *screenHit) bool {
	t := x.contentBefore(h.start)
	if t < 0 || x.toks[t].word != "took" && x.toks[t].word != "had" {
		return false
	}
	return x.wordIn(h.end+1, h.end+doseWindow, minorAilments)
}

// usedToBefore reports whether "used to" stands within six tokens before
// token t: "used to be on", "used to take".
func (x *scan) usedToBefore(t int32) bool {
	for u := t - 1; u > 0 && u >= t-6; u-- {
		if x.toks[u].word == "to" && x.toks[u-1].word == "used" {
			return true
		}
	}
	return false
}

// worseOrBack after a clinician's finding say the finding no longer
// stands: "worse since", "swollen again", "it came back".
var worseOrBack = setOf(`worse worsening worsened again spreading returned recurring recurred`)

// checkWords name a medical check or the people who make one: "the ER",
// "my GP", "an ultrasound", "a full cardiac workup".
var checkWords = setOf(`doctor doctors doc docs gp physician surgeon physio physiotherapist er hospital specialist nurse
	cardiologist ultrasound workup checkup ecg ekg dimer xray mri scan clinic neurologist rheumatologist oncologist
	urologist orthopedist orthopaedic ortho consultant`)

// checkNamed reports whether the message names a medical check: an
// assessment, imaging, or a word of checkWords, and no look only at the
// scene of an accident, which rules nothing out.
func (x *scan) checkNamed() bool {
	named := false
	for i := range x.hits {
		switch c := x.hits[i].concept; {
		case c == x.s.cSceneOnly && x.hits[i].counts():
			return false // "the paramedics said nothing serious, I didn't go in": no check
		case (c == x.s.cAssessed || c == x.s.cImaged) && x.hits[i].counts():
			named = true
		}
	}
	if named {
		return true
	}
	for _, t := range x.toks {
		if checkWords[t.word] {
			return true
		}
	}
	return false
}

// negateSiteAfter negates a body site that stands right after the
// negation at token j, small words stepped over: "no chest trouble, no
// swelling" leaves no chest for a sore back to be felt in. A site is
// never negated by a scope, which looks for symptoms.
func (x *scan) negateSiteAfter(j int32) {
	t := j + 1
	for int(t) < len(x.toks) && x.toks[t].skip {
		t++
	}
	for i := range x.at(t) {
		if h := &x.hits[x.first[t]+int32(i)]; x.kind(h) == kindSite && h.counts() {
			h.negated, h.by = true, j
		}
	}
}

// dropSitesInside drops, with a symptom phrase that is negated, resolved or
// only asked about, the body sites inside it: "I do not have chest pain,
// I have a sore upper back" leaves no chest for the sore to be felt in.
func (x *scan) dropSitesInside() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.end == h.start || !timed(x.kind(h)) || h.counts() {
			continue
		}
		for t := h.start; t <= h.end; t++ {
			for k := range x.at(t) {
				o := &x.hits[x.first[t]+int32(k)]
				if x.kind(o) == kindSite && o.end <= h.end && o.counts() {
					o.negated, o.hypo, o.by = h.negated, h.hypo, h.by
				}
			}
		}
	}
}

// resolveBefore marks as resolved the nearest symptom (or infection: "a
// UTI in the spring, long gone") ending shortly before token j, and any
// other symptom starting where it does.
func (x *scan) resolveBefore(j int32) {
	for t := j - 1; t >= 0 && t >= j-resolvedReach; t-- {
		found := false
		for i := range x.at(t) {
			h := &x.hits[x.first[t]+int32(i)]
			if (x.kind(h) == kindSymptom || h.concept == x.s.cRecentInfection) && h.end < j && x.contentBetween(h.end, j) <= resolvedWindow {
				found = true
				if !h.negated {
					h.negated, h.by = true, j
				}
				if j-h.end <= sameWordsReach {
					x.resolveSameWords(h, j)
				}
			}
		}
		if found {
			return
		}
	}
}

// sameWordsReach is how close after a symptom its resolution must come
// for the symptom's other readings over the same words to be resolved too.
const sameWordsReach = 2

// resolveSameWords marks as resolved the symptoms that start before hit r
// and end where it ends, when the resolution comes right after them: the
// same words read as two phrases, "my chest pain went away" as "chest
// pain" and its "pain".
func (x *scan) resolveSameWords(r *screenHit, j int32) {
	for i := x.first[r.start] - 1; i >= 0 && x.hits[i].start >= r.start-maxPhraseSpan; i-- {
		if h := &x.hits[i]; x.kind(h) == kindSymptom && h.end == r.end && !h.negated {
			h.negated, h.by = true, j
		}
	}
}

// pronounBefore reports whether "it", "they" or "everything" is the
// subject of the resolution at token j: "but it passed", "it went away",
// "it all cleared up".
func (x *scan) pronounBefore(j int32) bool {
	for t := j - 1; t >= 0 && t >= j-4; t-- {
		w := x.toks[t].word
		if resolvedPronouns[w] {
			return true
		}
		if !resolutionVerbs[w] {
			return false
		}
	}
	return false
}

// resolutionVerbs may stand between a pronoun and the word of its
// resolution: "it has passed", "they all went away", "it finally cleared".
var resolutionVerbs = setOf(`has had have was is were are been went gone goes go come came all finally eventually soon quickly just then slowly`)

// resolveSymptomsBefore marks as resolved every symptom ending within
// resolvedWindow words before token j, when a pronoun speaks of them all:
// "sweating and shivering for two days ... but it passed". Events are
// left as they were: a fall that happened is not undone by its pain
// passing.
func (x *scan) resolveSymptomsBefore(j int32) {
	for i := x.first[j] - 1; i >= 0; i-- {
		h := &x.hits[i]
		if h.start < j-resolvedReach {
			break
		}
		if x.kind(h) == kindSymptom && h.end < j && x.contentBetween(h.end, j) <= resolvedWindow && !h.negated {
			h.negated, h.by = true, j
		}
	}
}

// maxPhraseSpan bounds how many tokens a phrase hit may span, for looking
// back from a token: phrases are a few words with small words between.
const maxPhraseSpan = 12

// resolvedReach bounds how many tokens back a resolution looks: its window
// counts only words that are not small ("my feet tingle for a bit when I
// stand up, and it goes away"), and small words are seldom more than every
// other word.
const resolvedReach = 2*resolvedWindow + maxPhraseSpan

// contentBetween counts the tokens strictly between from and to that are
// not small words.
func (x *scan) contentBetween(from, to int32) int32 {
	n := int32(0)
	for t := from + 1; t < to; t++ {
		if !x.toks[t].skip {
			n++
		}
	}
	return n
}

// followedBySymptom reports whether another symptom starts right after h.
func (x *scan) followedBySymptom(h *screenHit) bool {
	for t := h.end + 1; t <= h.end+2; t++ {
		for _, o := range x.at(t) {
			if timed(x.kind(&o)) && o.concept != x.s.cPain {
				return true
			}
		}
	}
	return false
}

// siteAt reports whether a body site starts at token t.
func (x *scan) siteAt(t int32) bool {
	for _, h := range x.at(t) {
		if x.kind(&h) == kindSite {
			return true
		}
	}
	return false
}

// negatableAt reports whether a negatable hit starts at token t; with
// fresh, one that its own negation has not already dropped.
func (x *scan) negatableAt(t int32, fresh bool) bool {
	for _, h := range x.at(t) {
		if negatable(x.kind(&h)) && !(fresh && h.negated && h.by == h.start) {
			return true
		}
	}
	return false
}

// applyScope marks, with mark, the first negatable hit starting within
// window tokens after token from, and the hits chained to it by chain
// words (and, with overSites, by small words and body sites: "signs such
// as saddle numbness"). by is the trigger's token, for explanations.
func (x *scan) applyScope(from, by int32, window int32, chain wordFlags, overSites bool, mark func(*screenHit)) {
	toks := x.toks
	// List words and body sites do not use the window up ("never had any
	// bowel or bladder issues").
	firstStart := int32(-1)
	for t, used := from+1, int32(0); used < window && int(t) < len(toks); t++ {
		if toks[t].is(flagScopeEnd) || chain == flagChain && toks[t].is(flagNegation) {
			break // a new negation opens its own scope: "can't get it up and can't feel down there"
		}
		if chain == flagHypoChain && x.reportAt(t) {
			break // "what are the warning signs? i have numbness in my groin": a report of its own
		}
		if x.negatableAt(t, true) {
			firstStart = t
			break
		}
		if !toks[t].is(chain) && !x.siteAt(t) && !(chain == flagChain && negationFree[toks[t].word]) {
			used++
		}
	}
	if firstStart < 0 {
		return
	}
	// Mark every negatable hit starting within the scope, which grows to
	// the end of the hits in it and then over chain words to the next.
	// A clinical denial lists its symptoms with nothing between them once
	// the commas are gone: "denies fever, chills, weight loss".
	list := chain == flagChain && listNegations[toks[by].word]
	scopeEnd := firstStart
	symptomsOnly := false
	for t := firstStart; int(t) < len(toks); t++ {
		if t > scopeEnd {
			next := t
			if chain == flagChain {
				next = x.pastQualifier(t) // "no numbness [down there] or trouble peeing"
			}
			joined := next
			for n := 0; n < negationChain && int(next) < len(toks) && toks[next].is(chain); n++ {
				next++
			}
			if chain == flagChain && next > joined && (toks[next-1].word == "or" || toks[next-1].word == "nor") {
				// The tense again after "or": "haven't lost any weight or had
				// night sweats". Not after "and", which may begin a report:
				// "no numbness and I have had trouble peeing".
				for int(next) < len(toks) && orTense[toks[next].word] {
					next++
				}
			}
			for overSites && int(next) < len(toks) && (toks[next].skip || toks[next].is(chain) || x.siteAt(next)) && !x.negatableAt(next, false) && !x.reportAt(next) {
				next++ // not over a site that begins the next one: "numbness and [bladder] problems"
			}
			site := x.pastQualifier(t)
			if next == t && !list && !(chain == flagChain && x.listEndsWithOr(t)) || int(next) >= len(toks) || !x.negatableAt(next, false) || chain == flagChain && next > t && !x.joinedAfter(t, next, site) {
				return
			}
			// Past a site, the list goes on with symptoms only: a cause
			// told after them ("... or weakness, just from lifting") is said.
			symptomsOnly = symptomsOnly || chain == flagChain && site > t && site <= next
			t, scopeEnd = next, next
		}
		for i := range x.at(t) {
			h := &x.hits[x.first[t]+int32(i)]
			if !negatable(x.kind(h)) || symptomsOnly && x.kind(h) != kindSymptom {
				continue
			}
			if h.by < 0 {
				mark(h)
				h.by = by
			}
			scopeEnd = max(scopeEnd, h.end)
		}
	}
}

// listEndsWithOr reports whether the negatable hit at token t, which
// follows the last denied one with nothing between once the commas are
// gone, is one item of a list that ends in "or" or "nor" and one more:
// "isn't hot, red or swollen", "i don't have fever, weight loss, night
// pain or numbness". The items between may be any number, each with its
// site ("... pain in my legs, weakness or numbness"). "No pain, numbness
// in my groin" ends in no such item, and its numbness is told.
func (x *scan) listEndsWithOr(t int32) bool {
	for n := 0; n < maxListItems; n++ {
		if !x.negatableAt(t, false) {
			return false
		}
		end := t
		for _, h := range x.at(t) {
			end = max(end, h.end)
		}
		if int(end)+2 >= len(x.toks) {
			return false
		}
		next := x.pastQualifier(end + 1)
		if int(next)+1 >= len(x.toks) {
			return false
		}
		if w := x.toks[next].word; w == "or" || w == "nor" {
			return x.negatableAt(next+1, false)
		}
		t = next
	}
	return false
}

// maxListItems is how many items a denied list may hold before its "or".
const maxListItems = 6

// pastQualifier returns the token after the body sites, time phrases and
// small words that start at token t, or t when none does: the site a
// denied symptom is felt in ("no numbness down there", "no tingling in my
// groin") and the time it is denied for ("no fever in the last week")
// belong to it, and a list of denials goes on after them ("... or night
// sweats").
func (x *scan) pastQualifier(t int32) int32 {
	from, after := t, t
	for int(t) < len(x.toks) {
		end := t
		if !x.toks[t].skip && !timeSpanWords[x.toks[t].word] {
			end = -1
			for _, h := range x.at(t) {
				if h.counts() && (x.kind(&h) == kindSite || x.denialTime(&h)) {
					end = max(end, h.end)
				}
			}
			if end < 0 {
				break
			}
			after = end + 1
		}
		t = end + 1
	}
	if after == from {
		return from // small words alone qualify nothing
	}
	return t
}

// timeSpanWords open a time phrase without being one: "for the past few
// days", "over the last week".
var timeSpanWords = setOf(`for over during past within`)

// denialTime reports whether hit h is a time phrase a denial may be
// dated by ("in the last week", "this morning") and still go on. A time
// word that ends a scope ("now", "today") turns to what is told next:
// "no fever till today and now night sweats".
func (x *scan) denialTime(h *screenHit) bool {
	k := x.kind(h)
	if k != kindRecent && k != kindPast && h.concept != x.s.cWeeksAgo {
		return false
	}
	for t := h.start; t <= h.end; t++ {
		if x.toks[t].is(flagScopeEnd) {
			return false
		}
	}
	return true
}

// joinedAfter reports whether the next denial a negation's scope reaches
// at token to belongs to it, from token from where the last one ended: it
// does unless the scope stepped over a site (up to token site), and then
// only when a list word joins a symptom to it ("no numbness down there or
// trouble peeing"). A site followed straight by a symptom begins a new
// report ("no numbness in my groin, my legs are weak" keeps the weakness).
func (x *scan) joinedAfter(from, to, site int32) bool {
	if site == from {
		return true // no site stepped over: the list goes on as it did
	}
	for t := from; t < to; t++ {
		if x.toks[t].is(flagChain) {
			return x.symptomAt(to) // a symptom listed, not a cue or a history
		}
	}
	return false
}

// reportAt reports whether a report of the asker's own begins at token
// t, which a hypothetical's scope does not reach into: "what are the
// warning signs? i have numbness in my groin". "what symptoms mean i
// shouldn't get a massage, like numbness" reports nothing. The asker's
// own body with its symptom ("how can I tell if my chest pain is a heart
// attack", "how do people know if it's a clot, my calf is swollen") and
// a symptom going on now ("it's spreading to my jaw") are reports too.
func (x *scan) reportAt(t int32) bool {
	if t > 0 && x.claimWhatAt(t-1) {
		return true // "google says that's what this is": the term is the asker's
	}
	switch x.toks[t].word {
	case "im", "ive":
		return true
	case "i":
		return int(t)+1 < len(x.toks) && reportVerbs[x.toks[t+1].word]
	case "my":
		return x.ownSymptomAfter(t)
	case "it", "its":
		return x.goingOnAfter(t)
	}
	return false
}

// reportVerbs after "I" begin a report: "I have", "I got", "I feel".
var reportVerbs = setOf(`have had got am feel felt keep kept been started woke noticed get`)

// ownSymptomReach is how many words after "my" its symptom may start:
// "my [left] [calf] [is] swollen".
const ownSymptomReach = 4

// stateVerbs tie a body part to the symptom it has now: "my calf is
// swollen", "my legs feel numb", "my arm keeps tingling". Not "went" or
// "go", which tell what might happen: "what if my legs went numb".
var stateVerbs = setOf(`is are s feels feel keeps keep has have been getting looks look`)

// ownSymptomAfter reports whether the "my" at token t names the asker's
// body with a symptom it has: a symptom right after it or after its body
// site, or after the site and a verb of state ("my chest pain", "my calf
// is swollen and hot").
func (x *scan) ownSymptomAfter(t int32) bool {
	for u := t + 1; int(u) < len(x.toks) && u <= t+ownSymptomReach; u++ {
		if x.symptomAt(u) {
			return true
		}
		if !x.siteAt(u) && !stateVerbs[x.toks[u].word] {
			return false
		}
	}
	return false
}

// goingOnFrom reports whether a symptom told as going on ("it's
// spreading", "swollen and hot since the flight") follows token from:
// what was asked about is then the asker's own, going on now.
func (x *scan) goingOnFrom(from int32) bool {
	if x.goingOn == 0 {
		x.goingOn = -1
		for t := int32(len(x.toks)) - 1; t >= 0; t-- {
			if w := x.toks[t].word; (w == "it" || w == "its") && x.goingOnAfter(t) || w == "since" && x.sinceMomentAt(t) {
				x.goingOn = t + 1
				break
			}
		}
	}
	return x.goingOn-1 > from
}

// sinceMoments are the moments a symptom runs from up to now: "since the
// flight", "since my surgery". Not "since the symptoms are similar",
// where "since" gives a reason.
var sinceMoments = setOf(`flight flights plane surgery operation op accident fall crash trip drive journey delivery birth
	injection procedure game match race workout yesterday`)

// sinceMomentAt reports whether the "since" at token t is followed by a
// moment (sinceMoments), after at most one small word, after a symptom
// told before it in the message: "calf swollen and hot since the flight".
func (x *scan) sinceMomentAt(t int32) bool {
	u := t + 1
	if int(u) < len(x.toks) && x.toks[u].skip {
		u++
	}
	if int(u) >= len(x.toks) || !sinceMoments[x.toks[u].word] {
		return false
	}
	for s := t - 1; s >= 0 && s >= t-negationWindow; s-- {
		if x.symptomAt(s) {
			return true
		}
	}
	return false
}

// goingOnAfter reports whether the "it" or "its" at token t is followed
// by a symptom told as going on ("it's spreading", "it is throbbing"):
// the verb's -ing form right after "it is".
func (x *scan) goingOnAfter(t int32) bool {
	u := t + 1
	if x.toks[t].word == "it" {
		if int(u) >= len(x.toks) || x.toks[u].word != "is" && x.toks[u].word != "s" {
			return false
		}
		u++
	}
	return int(u) < len(x.toks) && strings.HasSuffix(x.toks[u].word, "ing") && x.symptomAt(u)
}

// orTense are the words of tense a denial's list may repeat after "or".
var orTense = setOf(`have has had ever been`)

// negationFree are the words of a negation's own clause that do not use
// its window up: the asker and the tense between the trigger and what it
// denies ("can't say I have had any bladder problems", "don't think I
// have ever wet myself").
var negationFree = setOf(`i we have has had ever`)

// placeInTime marks symptoms and events whose nearest time marker is in
// the past.
func (x *scan) placeInTime() {
	for i := range x.hits {
		h := &x.hits[i]
		if !dated(x.kind(h)) && h.concept != x.s.cRecentInfection || h.negated || h.hypo {
			continue // a recent infection is history, but one "in 2019" is not recent
		}
		bestDist, past, by := int32(timeWindow+1), false, int32(-1)
		pastBefore := int32(-1)   // the nearest past marker before the hit
		recentBefore := int32(-1) // the nearest recent marker before the hit
		recentAfter := false      // a recent marker after the hit
		// The hits that start in the window, in token order.
		from, to := x.first[max(0, h.start-timeWindow)], x.first[min(h.end+timeWindow+1, int32(len(x.toks)))]
		for ti := from; ti < to; ti++ {
			t := &x.hits[ti]
			k := x.kind(t)
			if k != kindRecent && k != kindPast || t.start > h.start && t.end <= h.end {
				continue // a word of the phrase itself ("had a new baby") is no time marker for it
			}
			// "since" puts an event in the past ("since the accident"),
			// never a symptom ("peeing myself since yesterday").
			if t.concept == x.s.cEventPast && x.kind(h) != kindEvent ||
				t.concept == x.s.cSince && (x.kind(h) != kindEvent || t.start > h.start) ||
				t.concept == x.s.cEverSince && (x.kind(h) != kindEvent || t.start > h.start) {
				continue
			}
			if k == kindPast && x.ageToldAt(t.start) {
				continue // "I'm in my forties and my calf is swollen": an age today dates nothing
			}
			if k == kindPast && t.end < h.start && timed(x.kind(h)) && x.diagnosisBefore(t.start) {
				continue // "osteoporosis diagnosed last year. Bent over ...": the year is the diagnosis's
			}
			if k == kindPast && t.end < h.start {
				pastBefore = t.start
			}
			if k == kindRecent && t.start > h.end && t.counts() {
				recentAfter = true
			}
			if k == kindRecent && t.end < h.start && t.counts() {
				recentBefore = t.start
			}
			d := min(abs32(t.start-h.start), abs32(t.start-h.end))
			if d < bestDist || d == bestDist && k == kindRecent {
				bestDist, past, by = d, k == kindPast, t.start
			}
		}
		// A situation told as past, then the present after it ("years ago
		// I had a kidney infection, fully treated; now I'm just stiff") is
		// the past's: the "now" begins the present, it does not date what
		// came before. Symptoms keep the nearer marker, since "years ago I
		// hurt it, numb legs now" is today's numbness.
		// An event told so, then "now" ("when I was a child I fell from a
		// tree; now I am 60"), is the past's too; a "this morning" after it
		// dates it still ("years ago I broke my back, fell again this
		// morning").
		// A recent marker between the past one and the hit dates the hit
		// itself: "crashed in 2019. yesterday a car hit me and now ...".
		if !past && by > h.end && pastBefore > recentBefore && (x.kind(h) == kindSituation || x.kind(h) == kindEvent && presentNow[x.toks[by].word]) {
			past, by = true, pastBefore
		}
		// "Since" an event dated recent after it is the start of what is
		// told now: "since I lifted the watering can on Monday there's a
		// sharp pain", "since the crash this morning".
		if past && recentAfter && (x.toks[by].word == "since" || x.toks[by].word == "ever") && x.kind(h) == kindEvent {
			past = false
		}
		// A symptom dated past, then told to be back, is today's.
		if past && x.kind(h) == kindSymptom && by > h.end && x.backAfter(by) {
			past = false
		}
		if past && !(x.kind(h) == kindSymptom && by > h.end && x.historyBetween(h.end, by)) && !(by > h.end && x.toldAnewBetween(h.end, by)) {
			h.past, h.by = true, by
		}
	}
}

// toldAnewBetween reports whether a situation or a piece of history,
// opened by a subject of its own ("he had a stroke", "she has had
// cancer"), stands between tokens from and to: the time marker at to is
// that situation's, and does not reach back past the new subject to date
// what was told before it ("my uncle fell down the stairs and can't get
// up, he had a stroke years ago" is a fall today).
func (x *scan) toldAnewBetween(from, to int32) bool {
	for p := from + 1; p < to; p++ {
		if !subjectPronouns[x.toks[p].word] || int(p)+1 >= len(x.toks) || !situationVerbs[x.toks[p+1].word] {
			continue
		}
		// The situation starts within a few words of its subject: "he
		// had a stroke", "she had heart surgery".
		for t := p + 1; t < min(p+4, to); t++ {
			for _, o := range x.at(t) {
				if (x.s.history[o.concept] || x.kind(&o) == kindSituation) && o.end < to && !o.negated && !o.hypo {
					return true
				}
			}
		}
	}
	return false
}

// subjectPronouns are the pronouns that stand as a clause's subject:
// the people for whom "went down" is a fall ("she just went down at her
// desk"), and who open a situation told anew ("he had a stroke").
var subjectPronouns = setOf(`i he she they we`)

// situationVerbs, after a subject pronoun, tell a situation one has or
// had ("he said surgery sorted it" tells none).
var situationVerbs = setOf(`had has have got was is`)

// ageToldAt reports whether the time marker at token t is a stage of life
// said as someone's age today, after a present verb: "I'm in my forties",
// "she is in her twenties". "When I was in my twenties" stays the past.
func (x *scan) ageToldAt(t int32) bool {
	if t == 0 || x.toks[t].word != "in" {
		return false
	}
	switch x.toks[t-1].word {
	case "am", "im", "is", "are":
		return true
	}
	return false
}

// presentNow are the time markers that begin the present after a story
// told as past, dating nothing before them.
var presentNow = setOf(`now nowadays these`)

// diagnosisWindow is how far before a time marker the condition it dates
// may end: "osteoporosis (diagnosed) last year".
const diagnosisWindow = 3

// diagnosisBefore reports whether a medical history or situation ends
// shortly before token j: a time marker there dates the condition, not a
// symptom or event told after it.
func (x *scan) diagnosisBefore(j int32) bool {
	for t := max(0, j-diagnosisWindow); t < j; t++ {
		for _, o := range x.at(t) {
			if (x.s.history[o.concept] || x.kind(&o) == kindSituation) && o.end < j && !o.negated && !o.hypo {
				return true
			}
		}
	}
	return false
}

// historyBetween reports whether a piece of the person's history (a past
// cancer, an infection, steroids) stands between tokens from and to: the
// time marker after it is that history's, not a symptom's before it ("bone
// pain in my back, had prostate cancer in 2019").
func (x *scan) historyBetween(from, to int32) bool {
	for t := from + 1; t < to; t++ {
		for _, o := range x.at(t) {
			if x.s.history[o.concept] && o.end < to {
				return true
			}
		}
	}
	return false
}

// counts reports whether a hit counts towards a rule.
func (h *screenHit) counts() bool { return !h.negated && !h.past && !h.hypo }

// nearTogether reports whether, around some counted hit of the rule's
// first concept, each other concept the rule needs has a counted hit
// within nearWindow words.
func (x *scan) nearTogether(r *compiledRule) bool {
	if len(r.need) == 0 {
		return true
	}
	window := int32(nearWindow)
	if r.window > 0 {
		window = r.window
	}
	near := func(at int32, c int16) bool {
		// The hits that start in the window, in token order.
		for _, h := range x.hits[x.first[max(0, at-window)]:x.first[min(at+window+1, int32(len(x.toks)))]] {
			if h.concept == c && h.counts() {
				return true
			}
		}
		return false
	}
	nearAny := func(at int32, set []int16) bool {
		if len(set) == 0 {
			return true
		}
		for _, c := range set {
			if near(at, c) {
				return true
			}
		}
		return false
	}
	for _, h := range x.hits {
		if h.concept != r.need[0] || !h.counts() {
			continue
		}
		ok := true
		for _, c := range r.need[1:] {
			if !near(h.start, c) {
				ok = false
				break
			}
		}
		if ok && nearAny(h.start, r.anyOf) && nearAny(h.start, r.alsoOf) && nearAny(h.start, r.andOf) {
			return true
		}
	}
	return false
}

// bodyBefore reports whether a body site, or "back", stands in the two
// tokens before token j.
func (x *scan) bodyBefore(j int32) bool {
	for t := max(0, j-2); t < j; t++ {
		if x.toks[t].word == "back" || x.siteAt(t) {
			return true
		}
	}
	return false
}

// comparative reports whether the "never" at token j only compares: "I've
// never had pain like this", "never been this short of breath" say the
// symptom is here, and worse than ever. "No numbness or anything like
// that" is a negation still.
func (x *scan) comparative(j int32) bool {
	if x.toks[j].word != "never" {
		return false
	}
	for t := j + 1; t < j+8 && int(t)+1 < len(x.toks); t++ {
		w, next := x.toks[t].word, x.toks[t+1].word
		if w == "like" && (next == "this" || next == "that") {
			return !vagueWords[x.toks[t-1].word]
		}
		if (w == "this" || w == "that") && comparedTo[next] {
			return true
		}
		if x.toks[t].is(flagScopeEnd) {
			return false
		}
	}
	return false
}

// vagueWords before "like that" make it a list's tail, not a comparison:
// "or anything like that".
var vagueWords = setOf(`anything something nothing stuff or and`)

// comparedTo are the words after "this" in a comparison: "this bad",
// "that much".
var comparedTo = setOf(`bad much severe intense strong painful weak numb sore awful terrible`)

// listNegations are the negations of a clinical note, whose scope runs
// over a list of symptoms with no "or" between them.
var listNegations = setOf(`denies deny denied negative neg`)

// notResolvedAfter are the words after "passed" or "stopped" that make it
// no resolution: "passed out", "stopped working", "stopped me".
var notResolvedAfter = setOf(`out away working work me him her moving walking breathing peeing down into through along across up over`)

// goneAway are the words before "away" or "down" that can make them
// resolved: "went away", "wore off", not "walked away" from a crash.
var goneAway = setOf(`went gone go goes going come came wore worn wearing faded fading fades die died dies dying`)

// fellDownOn are the words after "went down" that make it a fall: "went
// down hard", "went down on my back", "came down the stairs".
var fellDownOn = setOf(`hard stairs steps on onto into backwards awkwardly badly heavily flat like with the`)

// returnWindow is how far after a resolution the symptom may be told to
// have come back.
const returnWindow = 8

// returnLeads before "back" make it the symptom's return: "it's back",
// "came back"; not "my back", "back to normal".
var returnLeads = setOf(`is its came come comes coming was`)

// returnedAfter reports whether, within returnWindow tokens after the
// resolution at token j, the symptom is told to have come back or grown
// worse ("went away but now it's back", "eased, then came back worse",
// "cleared up but returned"), or another sign goes on ("... but I'm still
// sweaty"): it is not over.
func (x *scan) returnedAfter(j int32) bool {
	for t := j + 1; int(t) < len(x.toks) && t <= j+returnWindow; t++ {
		w := x.toks[t].word
		if worseOrBack[w] {
			return true
		}
		if x.returnBackAt(t) {
			return true
		}
		if w == "still" && x.signAfter(t) {
			return true // "went away but I'm still sweaty and short of breath": the episode goes on
		}
	}
	return false
}

// signAfter reports whether a sign other than pain starts within three
// tokens after token t: "still [sweaty]", "still [numb]".
func (x *scan) signAfter(t int32) bool {
	for i := x.first[t+1]; int(i) < len(x.hits) && x.hits[i].start <= t+3; i++ {
		if h := &x.hits[i]; x.kind(h) == kindSymptom && h.concept != x.s.cPain {
			return true
		}
	}
	return false
}

// dayAfterWords after "the" name a day, not a place: "went down the next
// day" is swelling that went down, "went down the stairs" a fall.
var dayAfterWords = setOf(`next following same day morning evening week`)

// dayAfterThe reports whether token t is a "the" that a day follows.
func (x *scan) dayAfterThe(t int32) bool {
	return x.toks[t].word == "the" && int(t)+1 < len(x.toks) && dayAfterWords[x.toks[t+1].word]
}

// woreOff are the words before "off" that make it resolved.
var woreOff = setOf(`wore worn wears wearing`)

// goneDown are the words before "down" that make it resolved: "the
// swelling went down", not "pain going down my leg".
var goneDown = setOf(`went gone come came`)

// holdsSymptom reports whether a symptom (not pain) starts in a word the
// hit stepped over, before its last word: "no fever, feeling fine" is no "no
// feeling" but a negated fever, "not short of breath" a negated
// breathlessness.
func (x *scan) holdsSymptom(h *screenHit) bool {
	if h.gap <= h.start {
		return false // no word stepped over (-1), or a hit that records none
	}
	for t := h.gap; t < h.end; t++ {
		for _, o := range x.at(t) {
			if o.concept != x.s.cPain && x.kind(&o) == kindSymptom {
				return true
			}
		}
	}
	return false
}

// insideSymptom reports whether the cue h lies within a symptom's phrase.
func (x *scan) insideSymptom(h *screenHit) bool {
	for t := max(0, h.start-maxPhraseSpan); t <= h.start; t++ {
		for _, o := range x.at(t) {
			if timed(x.kind(&o)) && o.start <= h.start && o.end >= h.end && o.end > o.start {
				return true
			}
		}
	}
	return false
}

// conditional marks as hypothetical every symptom and event that starts
// within conditionalWindow tokens after a conditional, up to a word that
// ends a scope: "what if my back pain came with a fever".
func (x *scan) conditional(c screenHit) {
	for t := c.end + 1; t <= c.end+conditionalWindow && int(t) < len(x.toks); t++ {
		if x.toks[t].is(flagScopeEnd) {
			return
		}
		for i := range x.at(t) {
			h := &x.hits[x.first[t]+int32(i)]
			if negatable(x.kind(h)) && h.by < 0 {
				h.hypo, h.by = true, c.start
			}
		}
	}
}

// smallChildren are the ages at which wetting oneself is no sign: "my
// toddler wet himself at the park".
var smallChildren = setOf(`toddler toddlers baby babies infant newborn preschooler`)

// smallChildsWetting makes bladder trouble told right after a small child
// ("my toddler wet himself", "the baby peed on me") only talked about:
// at that age it is no loss of control. Anything else told of the child,
// and anyone older's wetting, still counts.
func (x *scan) smallChildsWetting() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cBladder || !h.counts() {
			continue
		}
		if t := x.contentBefore(h.start); t >= 0 && smallChildren[x.toks[t].word] {
			h.hypo, h.by = true, t
		}
	}
}

// futureWords date an event to a day to come.
var futureWords = setOf(`tomorrow someday`)

// futureWindow is how far after an event the day to come that dates it
// may stand: "hit by a truck tomorrow".
const futureWindow = 2

// futureSupposed marks as hypothetical an accident or fall told after "if"
// and dated right after to a day to come ("if I got hit by a bus tomorrow,
// who gets my credits"): no such accident has happened. Only events: a
// symptom "still there tomorrow" is there today.
func (x *scan) futureSupposed() {
	for j := range x.toks {
		if x.toks[j].word != "if" {
			continue
		}
		for t := int32(j) + 1; t <= int32(j)+conditionalWindow && int(t) < len(x.toks); t++ {
			if x.toks[t].is(flagScopeEnd) {
				break
			}
			for i := range x.at(t) {
				h := &x.hits[x.first[t]+int32(i)]
				if x.kind(h) == kindEvent && h.counts() && x.futureAfter(h.end) {
					h.hypo, h.by = true, int32(j)
				}
			}
		}
	}
}

// futureAfter reports whether a futureWord stands within futureWindow
// tokens after end, before any word that ends a scope.
func (x *scan) futureAfter(end int32) bool {
	for t := end + 1; t <= end+futureWindow && int(t) < len(x.toks); t++ {
		if futureWords[x.toks[t].word] {
			return true
		}
		if x.toks[t].is(flagScopeEnd) {
			return false
		}
	}
	return false
}

// insideTime reports whether the hit lies within a time phrase: "as a kid"
// or "when I was a child" is the person's past, not a child to treat.
func (x *scan) insideTime(h *screenHit) bool {
	for t := max(0, h.start-maxPhraseSpan); t <= h.start; t++ {
		for _, o := range x.at(t) {
			if k := x.kind(&o); (k == kindPast || k == kindRecent) && o.start <= h.start && o.end >= h.end {
				return true
			}
		}
	}
	return false
}

// asksPermission reports whether the message asks whether massage is safe
// ("is it ok", "too much") or may be had ("can she get", "should I wait",
// "can my 9 year old daughter get"); with near, within nearWindow words
// of hit h.
func (x *scan) asksPermission(h *screenHit, near bool) bool {
	if near {
		return x.permissionIn(max(0, h.start-nearWindow), min(int32(len(x.toks)-1), h.end+nearWindow), true)
	}
	if x.asked == 0 {
		x.asked = 1
		if x.permissionIn(0, int32(len(x.toks)-1), false) {
			x.asked = 2
		}
	}
	return x.asked == 2
}

// permissionIn reports whether a permission or safety question is asked
// between tokens from and to. With child, near a child named, a permission the asker
// asks for themself ("kids' fever finally broke so I can come in") is
// not one for the child; "can I book him in" still is.
func (x *scan) permissionIn(from, to int32, child bool) bool {
	for t := from; t <= to; t++ {
		for _, o := range x.at(t) {
			if o.concept == x.s.cSafetyQuestion && o.counts() ||
				o.concept == x.s.cPermission && o.counts() && !(child && x.forOneself(o.start, o.end)) {
				return true
			}
		}
		if permissionModals[x.toks[t].word] && !(child && x.forOneself(t, t+1)) {
			// A modal with a verb of having a massage a few words on: the
			// subject between may be long ("can my 9 year old get").
			for u := t + 1; u <= t+permissionSpan && int(u) < len(x.toks); u++ {
				if permissionVerbs[x.toks[u].word] {
					return true
				}
			}
		}
	}
	return false
}

// forOneself reports whether the permission in tokens start..end has the
// asker for its subject ("I can come", "can I book") and no one else after
// it for its object ("can I book him", "... for my son").
func (x *scan) forOneself(start, end int32) bool {
	self := start > 0 && askerSubject[x.toks[start-1].word]
	for t := start; t <= end && int(t) < len(x.toks) && !self; t++ {
		self = askerSubject[x.toks[t].word]
	}
	if !self {
		return false
	}
	for t := end + 1; t <= end+permissionSpan && int(t) < len(x.toks); t++ {
		if otherPerson[x.toks[t].word] {
			return false
		}
	}
	return true
}

// askerSubject are the asker as a subject; otherPerson someone else, as
// an object or a person named.
var (
	askerSubject = setOf(`i we im`)
	otherPerson  = setOf(`him her them he she son daughter kid kids child children baby babies toddler teen teenager
		grandma grandpa mum mom dad`)
)

// permissionSpan is how many words a modal's subject may take before its
// verb: "can [my 9 year old daughter] get".
const permissionSpan = 6

// permissionModals and permissionVerbs make a question whether a massage
// may be had: "can she get", "should my dad book", "could I start".
var (
	permissionModals = setOf(`can could should`)
	permissionVerbs  = setOf(`get have book come start go try see receive getting having cancel reschedule postpone wait skip keep`)
)

// sufferer reports whether a symptom is counted within sufferWindow words
// after hit h, a person named: "my teenage son has back pain" names the
// one to be treated. The child of "my kid jumped on my back" did nothing
// but jump: an event between them makes the pain the asker's.
func (x *scan) sufferer(h *screenHit) bool {
	for t := h.end + 1; t <= h.end+sufferWindow && int(t) < len(x.toks); t++ {
		if firstPerson[x.toks[t].word] {
			return false // "my kids keep me up at night": the asker's
		}
		for _, o := range x.at(t) {
			if !o.counts() {
				continue
			}
			switch x.kind(&o) {
			case kindEvent:
				return false
			case kindSymptom:
				return true
			}
		}
	}
	return false
}

// firstPerson are the asker's own words.
var firstPerson = setOf(`i me my im ive mine myself`)

// sufferWindow is how far after a person named their symptom may come.
const sufferWindow = 6

// massaged reports whether a massage word stands within massagedWindow
// words of hit h, a person named: "infant massage", "massage my toddler".
// Only a word of massage itself counts: "my son became an RMT" or "book
// my daughter's appointment" names no child to be massaged.
func (x *scan) massaged(h *screenHit) bool {
	if next := h.end + 1; int(next) < len(x.toks) && speechVerbs[x.toks[next].word] {
		return false // "my son says massage is only for spas": the child speaks
	}
	if x.carriedBy(h.start) {
		return false // "sore from carrying my baby around. massage?": the child is carried
	}
	if x.visitedAt(h.start) {
		return false // "tight after the long drive to my daughter. massage?": the child is visited
	}
	if next := h.end + 1; int(next) < len(x.toks) && childsEvents[x.toks[next].word] {
		return false // "sat on the bleachers at my kid's games": the child's event, where the asker sat
	}
	for t := max(0, h.start-massagedWindow); t <= h.end+massagedWindow && int(t) < len(x.toks); t++ {
		for _, o := range x.at(t) {
			if o.concept == x.s.cMassage && o.counts() && strings.HasPrefix(x.toks[o.start].word, "massag") {
				return true
			}
		}
	}
	return false
}

// childsEvents after a person named (the "'s" gone) are their events,
// which the asker went to: "my kid's games", "my daughter's recital".
var childsEvents = setOf(`game games match matches practice practices recital recitals concert concerts tournament
	tournaments meet meets show shows party parties graduation`)

// permissionForCarried reports whether a question near hit h, a child
// the asker carries ("back is done from carrying my toddler"), asks for
// the child: a safety question ("is it safe"), or a permission with
// another person after it ("can i book her in", "a massage for my son").
// Without one, the permission near ("wife says book a massage") is the
// asker's own, strained by carrying the child.
func (x *scan) permissionForCarried(h *screenHit) bool {
	from, to := max(0, h.start-nearWindow), min(int32(len(x.toks)-1), h.end+nearWindow)
	for t := from; t <= to; t++ {
		for _, o := range x.at(t) {
			if !o.counts() {
				continue
			}
			if o.concept == x.s.cSafetyQuestion {
				return true
			}
			if o.concept != x.s.cPermission {
				continue
			}
			for u := o.start; u <= o.end+permissionSpan && int(u) < len(x.toks); u++ {
				if (u < h.start || u > h.end) && otherPerson[x.toks[u].word] {
					return true
				}
			}
		}
	}
	return false
}

// carriedBy reports whether a strain (carrying, lifting, holding) ends
// just before token j, small words between: the person named at j is what
// strained the asker, not the one to be massaged.
func (x *scan) carriedBy(j int32) bool {
	t := x.contentBefore(j)
	for i := x.first[max(0, t-maxPhraseSpan)]; t >= 0 && i < x.first[t+1]; i++ {
		if h := &x.hits[i]; h.end == t && h.concept == x.s.conceptID["strain"] && h.counts() {
			return true
		}
	}
	return false
}

// visitVerbs before a person named make them someone visited; travelVerbs
// before "to" and the person, someone travelled to: "visiting my son",
// "the long drive to my daughter".
var (
	visitVerbs  = setOf(`visit visiting visited see seeing saw`)
	travelVerbs = setOf(`drive drove driving flight flew flying trip travel travelled traveled ride went go going`)
)

// visitedAt reports whether the person named at token j is someone the
// asker visits or travels to, not someone to be massaged: a visit verb
// stands before them, or "to" after a travel verb or "drive" ("long drive
// to my daughter"), small words stepped over.
func (x *scan) visitedAt(j int32) bool {
	to := false
	t := j - 1
	for ; t >= 0 && x.toks[t].skip; t-- {
		to = to || x.toks[t].word == "to"
	}
	if t < 0 {
		return false
	}
	w := x.toks[t].word
	return visitVerbs[w] || to && travelVerbs[w]
}

// speechVerbs after a person named make them the one who speaks, not the
// one massaged.
var speechVerbs = setOf(`says said say thinks thought told tells reckons suggested suggests recommended recommends swears`)

// massagedWindow is how close a massage word must be to a person named
// for the person to be the one massaged.
const massagedWindow = 3

// otherPeople are the people a situation may belong to instead of the
// asker: "my uncle survived an aneurysm", "my pregnant coworker".
var otherPeople = setOf(`uncle uncles aunt aunts auntie cousin cousins friend friends coworker coworkers colleague colleagues
	neighbour neighbor neighbours neighbors boss mom mum mother dad father brother sister wife husband partner boyfriend
	girlfriend grandma grandpa nan nana granny grandmother grandfather son daughter roommate`)

// sharingBefore and sharingAfter are the words around the asker's "I"
// by which they have a thing too: "so do I", "I have it too", "I've got
// one", "I also take it".
var (
	sharingBefore = setOf(`do did so as am`)
	sharingAfter  = setOf(`have has had got too also both do am`)
)

// deniedPainAfter negates the pain named right after a denied symptom
// that says what kind it is: in "no radiating pain to my arm or jaw" the
// denial falls on "radiating", and the pain it qualifies is denied with
// it (and so, read after, the places it would go to). "No numbness, pain
// in my chest" has a word between, and keeps the pain.
func (x *scan) deniedPainAfter() {
	for i := range x.hits {
		h := &x.hits[i]
		if !h.negated || h.by < 0 || !timed(x.kind(h)) || !x.toks[h.by].is(flagNegation) || int(h.end)+1 >= len(x.toks) {
			continue
		}
		for j := x.first[h.end+1]; j < int32(len(x.hits)) && x.hits[j].start == h.end+1; j++ {
			if o := &x.hits[j]; o.concept == x.s.cPain && o.counts() {
				o.negated, o.by = true, h.by
			}
		}
	}
}

// deniedHistories negates what a denied "history of" is of: in "no
// history of blood clots, just want a leg massage" the negation's scope
// ends at "history of", and the clots after it are denied with it. A
// history told ("a history of clots") or another scope's ("no history of
// clots but my calf is swollen") is left as it was.
func (x *scan) deniedHistories() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cHistoryOf || !h.negated || h.by < 0 || !x.toks[h.by].is(flagNegation) {
			continue
		}
		t := h.end + 1
		for int(t) < len(x.toks) && x.toks[t].skip {
			t++
		}
		if int(t) >= len(x.toks) {
			continue
		}
		// What starts there, and the shorter readings inside it: "blood
		// clots" and its "clots".
		end := t
		for j := x.first[t]; j < int32(len(x.hits)) && x.hits[j].start <= end; j++ {
			if o := &x.hits[j]; negatable(x.kind(o)) && o.counts() && (o.start == t || o.end <= end) {
				o.negated, o.by = true, h.by
				end = max(end, o.end)
			}
		}
	}
}

// askerSharesAt reports whether the asker's word at token t says they have
// it too, or may (a word of having after it): "my wife is pregnant and I
// want a massage for my own back" is not it, "... and so do I" is.
func (x *scan) askerSharesAt(t int32) bool {
	if t > 0 && sharingBefore[x.toks[t-1].word] {
		return true
	}
	for u := t + 1; u <= t+2 && int(u) < len(x.toks); u++ {
		if sharingAfter[x.toks[u].word] {
			return true
		}
	}
	return false
}

// otherPronouns before a situation make it someone else's, as a person
// named does: "he's fine now after surgery". A first person nearer to it
// ("she said I had surgery") keeps it the asker's.
var otherPronouns = setOf(`he she his her him`)

// forOthers are word pairs that ask a massage for someone else: "book her
// in", "for him", "can she".
var forOthers = map[[2]string]bool{
	{"for", "her"}: true, {"for", "him"}: true, {"for", "them"}: true, {"book", "her"}: true, {"book", "him"}: true,
	{"book", "them"}: true, {"her", "in"}: true, {"him", "in"}: true, {"can", "she"}: true, {"can", "he"}: true,
	{"could", "she"}: true, {"could", "he"}: true, {"should", "she"}: true, {"should", "he"}: true, {"is", "she"}: true,
	{"is", "he"}: true, {"her", "get"}: true, {"him", "get"}: true, {"both", "of"}: true, {"and", "her"}: true, {"and", "him"}: true,
}

// forSelf are word pairs that ask a massage for the asker: "book me",
// "for myself", "for me".
var forSelf = map[[2]string]bool{
	{"book", "me"}: true, {"rebook", "me"}: true, {"for", "me"}: true, {"for", "myself"}: true, {"book", "myself"}: true,
	{"me", "in"}: true, {"my", "own"}: true,
	// "I'm (just) here for a back massage": the asker comes for themself.
	{"am", "here"}: true, {"just", "here"}: true,
	// "just want my usual massage", "my regular session".
	{"my", "usual"}: true, {"my", "regular"}: true,
}

// otherWindow is how far before a situation the person it belongs to may
// stand ("my uncle survived a ruptured aneurysm"), and after it ("my
// pregnant coworker") half as far.
const otherWindow = 4

// othersSituation reports whether situation hit h belongs to someone
// other than the asker while the asker asks a massage for themself: "my
// uncle survived a ruptured aneurysm, can i book for myself", "my pregnant
// coworker asked ... anyway book me". A massage asked for the other
// person too ("book her in", "can she") keeps the caution.
func (x *scan) othersSituation(h *screenHit) bool {
	owner := false
	for t := h.start - 1; t >= 0 && t >= h.start-otherWindow; t-- {
		if w := x.toks[t].word; firstPerson[w] && w != "my" {
			return false // "my friend and I both have it"
		} else if otherPeople[w] || otherPronouns[w] {
			owner = true // "my uncle survived ...", "he's fine now after surgery"
			break
		}
	}
	for t := h.end + 1; t <= h.end+otherWindow && int(t) < len(x.toks); t++ {
		if w := x.toks[t].word; firstPerson[w] && w != "my" && x.askerSharesAt(t) {
			return false // "my friend has it and so do I", "... and I have it too"
		} else if t <= h.end+otherWindow/2 && otherPeople[w] {
			owner = true
		}
	}
	if !owner {
		return false
	}
	self := false
	for t := 0; t+1 < len(x.toks); t++ {
		pair := [2]string{x.toks[t].word, x.toks[t+1].word}
		if forOthers[pair] {
			return false
		}
		self = self || forSelf[pair] || x.askersBodyAfter(t)
	}
	return self
}

// askersBodyAfter reports whether tokens t, t+1 are a verb or "for"
// followed by "my" and, within two words, the asker's back or a body
// site: "for my tense back", "can massage help my posture", "fix my
// neck". The massage is then asked for the asker's own body.
func (x *scan) askersBodyAfter(t int) bool {
	if x.toks[t+1].word != "my" || !forMyBody[x.toks[t].word] {
		return false
	}
	for u := int32(t + 2); u <= int32(t+3) && int(u) < len(x.toks); u++ {
		if w := x.toks[u].word; w == "back" || w == "posture" || x.siteAt(u) {
			return true
		}
	}
	return false
}

// forMyBody are the words before "my" that ask a massage for the asker's
// body: "for my back", "help my posture", "loosen my shoulders".
var forMyBody = setOf(`for help helps fix fixes treat loosen relax release sort`)

// massageForAsker reports whether the message asks its massage for the
// asker ("a massage for me", "book me in", "for my tense back") and for no
// one else ("book her in", "for him"): a child told about on the way ("my
// kid threw up on me ... need a massage for my back") is not the one to
// be massaged.
func (x *scan) massageForAsker() bool {
	self := false
	for t := 0; t+1 < len(x.toks); t++ {
		pair := [2]string{x.toks[t].word, x.toks[t+1].word}
		if forOthers[pair] {
			return false
		}
		if forSelf[pair] || x.askersBodyAfter(t) {
			self = true // "book me in", "for my tense back"
		}
	}
	return self
}

// askerIsChild reports whether the person word of hit h is the asker
// naming themself someone's child: "I'm her daughter, booking for her",
// "as his son": a grown child, not a child to be massaged.
func (x *scan) askerIsChild(h *screenHit) bool {
	if h.start < 2 || h.end != h.start || !childOf[x.toks[h.start].word] {
		return false
	}
	owner, before := x.toks[h.start-1].word, x.toks[h.start-2].word
	return (owner == "her" || owner == "his" || owner == "their") && (before == "am" || before == "im" || before == "as")
}

// childOf are the words for someone's child that a grown asker may name
// themself by.
var childOf = setOf(`daughter son kid child`)

// pregnancyAsTopic reports whether pregnancy hit h names pregnancy as a
// topic, not the asker's or a person's state: the bare noun ("why does
// pregnancy cause back pain", "back ache in pregnancy is so normal") or
// pregnant people as a class ("what tables do you use for pregnant
// clients"). "My pregnancy", "this pregnancy" and "I'm pregnant" are a
// person's.
func (x *scan) pregnancyAsTopic(h *screenHit) bool {
	if h.end != h.start {
		return false
	}
	switch x.toks[h.start].word {
	case "pregnancy", "pregnancies":
		return h.start == 0 || !pregnancyOwners[x.toks[h.start-1].word]
	case "pregnant":
		return int(h.end+1) < len(x.toks) && pregnantClass[x.toks[h.end+1].word]
	}
	return false
}

// pregnancyOwners before "pregnancy" make it someone's; pregnantClass after
// "pregnant" make it a class of people.
var (
	pregnancyOwners = setOf(`my her your our their his this current first second third last wifes wife sisters`)
	pregnantClass   = setOf(`clients client women woman people ladies mums moms mothers patients customers`)
)

// symptomAt reports whether a symptom starts at token t.
func (x *scan) symptomAt(t int32) bool {
	for _, h := range x.at(t) {
		if x.kind(&h) == kindSymptom {
			return true
		}
	}
	return false
}

// denialWindow is how far back a denial after the symptoms reaches: the
// question it answers ("is numbness in the groin a red flag? I don't
// have it").
const denialWindow = 25

// jokeWindow is how far back a joke owned up to reaches: the quip just
// before it ("back pain since I fell off the tractor seat lol jk"), not
// the report before that.
const jokeWindow = 12

// jokeWords mark a denial as a joke owned up to.
var jokeWords = setOf(`jk kidding joking joke`)

// denialsAfter negates the symptoms, events and situations shortly before
// a denial that follows them ("... not the case, just curious").
func (x *scan) denialsAfter() {
	for i := range x.hits {
		d := x.hits[i]
		if d.concept != x.s.cDenialAfter {
			continue
		}
		window := int32(denialWindow)
		for t := d.start; t <= d.end; t++ {
			if jokeWords[x.toks[t].word] {
				window = jokeWindow
			}
		}
		for j := i - 1; j >= 0; j-- {
			h := &x.hits[j]
			if h.start < d.start-window {
				break
			}
			if h.end < d.start && negatable(x.kind(h)) && h.counts() {
				h.negated, h.by = true, d.start
			}
		}
	}
}

// termWindow is how far after a question about a term the term may come.
const termWindow = 7

// termQuestions makes a condition's name only talked about when a question
// about the term comes just before it: "what's cauda equina?", "my prof
// said foot drop is a red flag".
func (x *scan) termQuestions() {
	for i := range x.hits {
		q := x.hits[i]
		if q.concept != x.s.cTermQuestion || x.claimWhatAt(q.start) {
			continue // "that's what this is" claims the term, asks nothing
		}
		for j := i + 1; j < len(x.hits); j++ {
			h := &x.hits[j]
			if h.start > q.end+termWindow {
				break
			}
			if h.start > q.end && x.s.termConcept.has(h.concept) && h.counts() {
				x.termTalkedAbout(j, q.start)
			}
		}
		if x.pointsBack(q.end) {
			x.termAskedAfter(i)
		}
	}
}

// termPointers after a question about a term point back to a name: "cauda
// equina is scary, what even is that?".
var termPointers = setOf(`that this it`)

// pointsBack reports whether a term pointer follows token end, small
// words stepped over: "what (even) is that".
func (x *scan) pointsBack(end int32) bool {
	for t := end + 1; int(t) < len(x.toks) && t <= end+3; t++ {
		if termPointers[x.toks[t].word] {
			return true
		}
		if !x.toks[t].skip {
			return false
		}
	}
	return false
}

// strongClaims before a condition's name claim it for someone even when a
// question about the term follows: "my doctor thinks it could be cauda
// equina, what is that?". Unlike claimWords, "says" and "is" do not: "my
// friend says cauda equina is scary, what even is that?".
var strongClaims = setOf(`think thinks thought might maybe possibly probably suspect suspects suspected diagnosed have has got could
	confirmed worried scared afraid`)

// termAskedAfter makes the condition's names ending within termWindow
// before the question about a term hits[q] ("... what is that?") only
// talked about, unless a strong claim stands before the name.
func (x *scan) termAskedAfter(q int) {
	start := x.hits[q].start
	for j := q - 1; j >= 0; j-- {
		h := &x.hits[j]
		if h.end < start-termWindow {
			break
		}
		if !x.s.termConcept.has(h.concept) || !h.counts() || h.end >= start {
			continue
		}
		if !x.claimedBefore(h, strongClaims) {
			x.termTalkedAbout(j, start)
		}
	}
}

// termTalkedAbout makes the condition's name hits[j] only talked about,
// as a question about the term at token by asks it, and with it the
// situation named by the same words: "what's the difference between a
// knot and a blood clot?", "i'm studying aortic aneurysm signs" ask about
// the term, not about massage with someone's clot or aneurysm. A
// situation claimed for someone ("what's safe, I have a blood clot") or
// told of the asker right after ("a clot patient like me") counts.
func (x *scan) termTalkedAbout(j int, by int32) {
	h := &x.hits[j]
	h.hypo, h.by = true, by
	for i := x.first[max(0, h.start-maxPhraseSpan)]; i < x.first[h.end+1]; i++ {
		o := &x.hits[i]
		if x.kind(o) != kindSituation || !o.counts() || o.end < h.start || h.end < o.start {
			continue
		}
		if !x.claimedBefore(o, claimWords) && !x.askerAfter(o.end) {
			o.hypo, o.by = true, by
		}
	}
}

// askerAfter reports whether the asker as the one it is of ("me",
// "myself") stands within three tokens after token end: "a clot patient
// like me". An "I" there begins a clause of its own ("... move? i read
// that").
func (x *scan) askerAfter(end int32) bool {
	for t := end + 1; t <= end+3 && int(t) < len(x.toks); t++ {
		if w := x.toks[t].word; w == "me" || w == "myself" {
			return true
		}
	}
	return false
}

// eventsOfNobody makes an event that follows "after" hypothetical when the
// message names no person and no time: "is massage a good idea for back
// pain after a car accident?" asks about a kind of case, and nobody in it
// was in one.
func (x *scan) eventsOfNobody() {
	events := false
	for i := range x.hits {
		h := &x.hits[i]
		if k := x.kind(h); k == kindRecent && h.counts() {
			return
		} else if k == kindEvent {
			events = true
		}
	}
	if !events {
		return
	}
	personal := false
	for _, t := range x.toks {
		if personalWords[t.word] {
			personal = true
			break
		}
	}
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || !h.counts() {
			continue
		}
		if personal && !x.classBefore(h.start) {
			// With a person named, only an event of a class of people
			// ("do you treat people after car accidents") is nobody's.
			continue
		}
		for t := h.start - 1; t >= 0 && t >= h.start-3; t-- {
			if x.toks[t].word == "after" {
				h.hypo, h.by = true, t
				break
			}
			if !x.toks[t].skip {
				break
			}
		}
		if h.hypo {
			// The words of the event ("car accident") name no other one.
			for j := i + 1; j < len(x.hits) && x.hits[j].start <= h.end; j++ {
				if o := &x.hits[j]; x.kind(o) == kindEvent && o.end <= h.end {
					o.hypo, o.by = true, h.by
				}
			}
		}
	}
}

// classBefore reports whether a class of people ("people", "clients")
// stands within classWindow words before token j with no person named
// between: "do you treat people for the muscles after car accidents".
func (x *scan) classBefore(j int32) bool {
	for t := j - 1; t >= 0 && t >= j-classWindow; t-- {
		w := x.toks[t].word
		if personalWords[w] {
			return false
		}
		if peopleClass[w] {
			return true
		}
	}
	return false
}

// classWindow is how far before an event a class of people may stand.
const classWindow = 6

// peopleClass are words for a class of people, no one person.
var peopleClass = setOf(`people clients patients athletes folks anyone someone everyone`)

// resolveAllBefore marks as resolved every symptom and event ending within
// resolvedWindow words before the resolved phrase hits[phrase]: "it's fine now" speaks of the whole
// story before it ("my leg gave out once when I missed a step, but it's
// fine now"), and of an infection told in it, which is dated like a
// symptom ("a UTI, treated, all good now").
func (x *scan) resolveAllBefore(phrase int) {
	j := x.hits[phrase].start
	for i := phrase - 1; i >= 0; i-- {
		h := &x.hits[i]
		if h.start < j-resolvedReach {
			break
		}
		if (timed(x.kind(h)) || h.concept == x.s.cRecentInfection) && h.end < j && x.contentBetween(h.end, j) <= resolvedWindow && !h.negated {
			h.negated, h.by = true, j
		}
	}
}

// claimWords before a condition's name claim it for someone: "I think I
// have a DVT", "could this be cauda equina", "diagnosed with an aneurysm".
var claimWords = setOf(`think thinks thought might maybe possibly probably suspect suspects suspected diagnosed have has got is be
	sounds feels looks confirmed said says told worried scared afraid`)

// claimWindow is how far before a condition's name its claim may stand.
const claimWindow = 6

// claimedBefore reports whether one of claims stands within claimWindow
// tokens before h: the name it hits is claimed for someone.
func (x *scan) claimedBefore(h *screenHit, claims map[string]bool) bool {
	for t := h.start - 1; t >= 0 && t >= h.start-claimWindow; t-- {
		if claims[x.toks[t].word] {
			return true
		}
	}
	return false
}

// unclaimedNames makes a condition's name that nobody claims only talked
// about: "my old boss had an aortic aneurysm, what are the symptoms?",
// against "I think it's a blood clot". A name that is claimed counts.
func (x *scan) unclaimedNames() {
	for i := range x.hits {
		h := &x.hits[i]
		if !x.s.termConcept.has(h.concept) || h.concept == x.s.cFootDrop || !h.counts() {
			continue
		}
		if !x.claimedBefore(h, claimWords) {
			h.hypo, h.by = true, -1
		}
	}
}

// resolvedPronouns may stand before "fine now" and its like for them to
// speak of the whole story: "it's fine now", "they were ok after".
var resolvedPronouns = setOf(`it its they theyre all everything`)

// resolvedSubject reports whether a resolved phrase speaks of what came
// before: it starts with a verb of its own ("been fine since", "never
// happened again", "a one off"), or "it", "they", "all" or "everything"
// stands just before it, over "is", "was", "are", "were", or the teller
// does ("I'm fine now", "I feel ok now"). "My back is fine now" speaks
// of the back only. A "since" that reaches back to long before ("hasn't
// happened since I was 5") makes what came before new, not over.
func (x *scan) resolvedSubject(h *screenHit) bool {
	if x.sinceLongBefore(h) {
		return false
	}
	switch x.toks[h.start].word {
	case "fine", "ok", "okay", "alright", "normal", "good", "back":
	default:
		return true
	}
	for t := h.start - 1; t >= 0 && t >= h.start-4; t-- {
		w := x.toks[t].word
		if resolvedPronouns[w] {
			return true
		}
		if w == "im" || w == "i" {
			// "I'm fine now", "I feel ok now": the teller is well again;
			// not what someone said of them ("the paramedics said I was ok").
			return !x.toldBy(t)
		}
		if w != "is" && w != "was" && w != "are" && w != "were" && w != "am" && !feelWords[w] && !wellAdverbs[w] {
			// "... before a presentation yesterday, totally fine now": with
			// the comma gone, a time or a laugh before the emphatic well
			// word ends the clause that told it, and the teller is well.
			return t == h.start-2 && wellAdverbs[x.toks[t+1].word] && clauseTimeEnds[w]
		}
	}
	return false
}

// clauseTimeEnds end the clause a symptom was told in, before a teller's
// subjectless "totally fine now".
var clauseTimeEnds = setOf(`yesterday today morning afternoon evening night tonight earlier ago week weekend lol haha lmao
	monday tuesday wednesday thursday friday saturday sunday`)

// toldBy reports whether a verb of speech stands within two words before
// token t: "said I was ok", "told me I'm fine".
func (x *scan) toldBy(t int32) bool { return x.wordWithinBefore(t, 2, speechVerbs) }

// feelWords and wellAdverbs may stand between the teller and how they
// are: "I feel fine now", "I'm feeling ok now", "I'm completely fine now".
var (
	feelWords   = setOf(`feel feeling felt`)
	wellAdverbs = setOf(`completely totally fully all absolutely perfectly`)
)

// longBeforeWords after "since" name a time long before now: a childhood,
// a span of years, a stage of life ("in my twenties", "at college").
var longBeforeWords = setOf(`kid kids child childhood little young baby toddler school teen teens teenager forever ages year years decade decades
	twenties thirties forties fifties college university uni youth`)

// breakWords open a phrase of a bone broken by a blow or a fall ("broke
// my wrist", "fractured ankle"); fragileBoneWords tell of bones that break
// easily or of a break still mending, which a long time does not undo.
var (
	breakWords       = setOf(`broke broken fractured fracture fractures cracked cracking snapped`)
	fragileBoneWords = setOf(`compression stress healing heals mending cast osteoporosis osteopenia brittle fragile thin density`)
)

// healedBreak reports whether the situation hit h, in the past, is a bone
// broken long ago or a disc that healed long ago, and nothing more: a
// break dated years back or to a childhood ("broke my back in 2009",
// "broke my tailbone as a kid"), a spine condition so dated and told
// healed after ("a herniated disc in 2012, it healed up"), in a message
// that names no fragile bones and nothing still mending. Such a break has
// long mended and asks no caution; a compression fracture, one "last
// year" or one still healing does.
func (x *scan) healedBreak(h *screenHit) bool {
	if h.by < 0 || !x.longAgoAt(h.by) {
		return false
	}
	switch x.s.concepts[h.concept].id {
	case "osteoporosis":
		if !breakWords[x.toks[h.start].word] {
			return false
		}
	case "spine-condition":
		if !x.healedAfter(h.end) {
			return false
		}
	default:
		return false
	}
	for t := range x.toks {
		if fragileBoneWords[x.toks[t].word] {
			return false
		}
	}
	return true
}

// healedAfter reports whether a word saying something healed or is gone
// ("healed up", "long gone", "cleared"), or that it gives no trouble ("no
// symptoms now"), follows token end within resolvedWindow tokens.
func (x *scan) healedAfter(end int32) bool {
	for t := end + 1; t <= end+resolvedWindow && int(t) < len(x.toks); t++ {
		if w := x.toks[t].word; w == "healed" || resolvedWords[w] && w != "down" && w != "off" && w != "better" || x.troubleFreeAt(t) {
			return true
		}
	}
	return false
}

// troubleWords, after "no", say a condition gives no trouble now: "no
// symptoms now", "no problems since".
var troubleWords = setOf(`symptoms symptom problems problem issues issue trouble flares flareups`)

// troubleFreeAt reports whether "no" at token t and one of troubleWords
// after it say a condition gives no trouble, unless a word after takes it
// back ("no problems until last week", "no issues but ...").
func (x *scan) troubleFreeAt(t int32) bool {
	if x.toks[t].word != "no" || int(t)+1 >= len(x.toks) || !troubleWords[x.toks[t+1].word] {
		return false
	}
	for u := t + 2; u <= t+4 && int(u) < len(x.toks); u++ {
		if siteWellUntil[x.toks[u].word] {
			return false
		}
	}
	return true
}

// longAgoAt reports whether the time marker at token t names a time years
// back: a year ("2009"), "years ago", "as a kid", "decades ago"; not "last
// year", which may be a break still mending.
func (x *scan) longAgoAt(t int32) bool {
	if w := x.toks[t].word; w == "last" || w == "this" {
		return false
	} else if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	for u := t; u <= t+2 && int(u) < len(x.toks); u++ {
		if longBeforeWords[x.toks[u].word] {
			return true
		}
	}
	return false
}

// sinceLongBefore reports whether phrase h ends in "since" and the first
// word after it that is not a small word names a time long before, or is
// an age: "hasn't happened since I was like 5", "since childhood". The
// symptom told before it is then the first in years.
func (x *scan) sinceLongBefore(h *screenHit) bool {
	if x.toks[h.end].word != "since" {
		return false
	}
	for t := h.end + 1; int(t) < len(x.toks) && t <= h.end+5; t++ {
		if x.toks[t].skip {
			continue
		}
		w := x.toks[t].word
		return longBeforeWords[w] || w[0] >= '0' && w[0] <= '9'
	}
	return false
}

// answeringNo reports whether toks[j] is a "no" that answers, at the start
// of the message or after an interjection ("no, the car was totalled",
// "well no, my legs went numb"): the words after it begin a clause of their
// own (an article or a pronoun), which a denial of them never does ("no
// numbness", "no sign of a fever"). A real denial that follows says so
// with its own negation ("no, my legs aren't numb").
func answeringNo(toks []screenToken, j int) bool {
	if toks[j].word != "no" || j+1 >= len(toks) || !clauseOpeners[toks[j+1].word] {
		return false
	}
	for i := 0; i < j; i++ {
		if !interjections[toks[i].word] {
			return false
		}
	}
	return true
}

// clauseOpeners begin a clause after an answering "no".
var clauseOpeners = setOf(`the i it my we he she they this that his her our their you its`)

// interjections may come before an answering "no".
var interjections = setOf(`well oh uh um umm er erm ok okay so haha lol yeah and but`)

// othersPastStories reads whom a story belongs to and when, across the
// sentences of one message: a story told of someone else in the past
// tense ("my coworker had chest pain going into his back once ... this
// was like 6 yrs ago", "a friend of mine had a heart attack that started
// as back pain") is not the asker's red flag. Its symptoms and events are
// put in the past when the story itself is dated long ago, however far
// from the symptom the date stands, or when the asker, after it, says
// they are well themself and asks for their own massage or in general
// ("... I'm fine myself, is that common?"). A story told as now ("my dad
// had chest pain this morning", "my mum fell, she can't get up"), one
// asked about for its owner ("can he still come in"), an undated collapse
// and everything the asker tells of themself keep counting.
func (x *scan) othersPastStories() {
	// What the message asks is read once, when a story is first found.
	read := false
	var forOwner, forAsker, general bool
	// Where the story of the last owner found ends, where it is first told
	// as now and its first time marker of the past (end for none): the
	// owners after it within the story share them.
	end, nowAt, pastAt := int32(-1), int32(-1), int32(-1)
	for o := 0; o < len(x.toks); o++ {
		if !x.storyOfOther(o) {
			continue
		}
		if int32(o) >= end {
			end, nowAt, pastAt = x.storyEnd(o), -1, -1 // owners before it share it: the asker's next word
		}
		if int32(o) >= nowAt {
			nowAt = x.nowFrom(int32(o), end) // owners before it share it
		}
		if nowAt < end {
			continue
		}
		if !read {
			read, forOwner, forAsker, general = true, x.askedForOther(), x.massageForAsker(), x.asksInGeneral()
		}
		if pastAt != end && pastAt < int32(o) {
			pastAt = x.pastMarkerIn(int32(o), end) // owners before it share it
			if pastAt == end {
				pastAt = x.pastMarkerOpening(int32(o), end) // "when I was little my grandma had ..."
			}
		}
		by, dated := pastAt, pastAt
		if by == end {
			by, dated = -1, -1
		} else if by < int32(o) {
			dated = end // a marker opening the story dates all of it
		}
		deceased := x.deceasedAt(int32(o))
		if by < 0 && deceased {
			by, dated = int32(o)-1, end // "my late grandma lost a ton of weight": all of it over
		}
		if by < 0 {
			// "my father in law had a heart attack in his 50s, he's 80 now
			// and doing great": what was told before he is said well is over.
			by = x.ownerWellIn(int32(o), end)
			dated = by
		}
		if by < 0 && !forOwner && (forAsker || general) && !x.collapseIn(int32(o), end) {
			by = x.askerWellAfter(end)
			dated = by
		}
		if by < 0 && !forOwner && x.askersOwnTurn(end) && !x.collapseIn(int32(o), end) {
			// "my coworker wet himself once, he said it was a disc. anyway
			// i just want a swedish": "once" dates the story, the asker
			// then speaking of themself.
			if t := x.onceIn(int32(o), end); t >= 0 {
				by, dated = t, end
			}
		}
		if by < 0 && !forOwner && !x.timedIn(int32(o), end) && x.askersOwnTurn(end) {
			// Undated, a story that tells only a condition ("my grandma
			// had bone cancer. i sit all day and my shoulders ache") is
			// the owner's history, none of the asker's: nothing of it is
			// dated, but its conditions are the owner's.
			by, dated = int32(o), -1
		}
		events := false
		if by < 0 && !forOwner && x.eventsOnlyIn(int32(o), end) && !x.askerShares(end) && x.askersPainBesides(int32(o), end) {
			// Undated, a story that tells only an event of its owner ("my
			// back hurts, my mom was in a car accident") beside the pain
			// the asker tells as their own is the owner's: the pain has
			// no accident of the asker's to go with. A story that tells
			// the owner's pain, a collapse or is told as now keeps counting.
			by, dated, events = int32(o), -1, true
		}
		if by < 0 {
			continue
		}
		inside := pastAt != end && dated == pastAt && pastAt >= int32(o) // the date is a marker told in the story
		from := x.namedBefore(int32(o))
		for i := x.first[from]; i < x.first[end]; i++ {
			h := &x.hits[i]
			if h.negated || h.hypo {
				continue
			}
			switch k := x.kind(h); {
			case (timed(k) || k == kindSite) && !h.past && h.end < dated && !(inside && x.toldAnewBetween(h.end, dated)):
				// What is told after the date may be new: "my dad had
				// cancer years ago and he lost a lot of weight". The
				// body sites told with it are its owner's too: "my boss
				// had sciatica in both legs years ago". A date inside the
				// story after a situation told anew is that situation's
				// ("he fell and can't get up, he had a stroke years ago").
				h.past, h.by = true, by
			case events && k == kindEvent && !h.past:
				h.hypo, h.by = true, by
			case x.s.termConcept.has(h.concept) && !forOwner && (forAsker || x.askerWellAfter(end) >= 0 || x.askersOwnTurn(end)):
				// A condition named as someone else's, the asker then
				// speaking of themself: "my sister's friend got cauda
				// equina after a disc, it freaked me out, my back is just
				// stiff" names nothing of the asker's.
				h.hypo, h.by = true, by
			case h.concept == x.s.cElderly && !forOwner && x.askersOwnTurn(end):
				// "my grandma ... she recovered. i'm 25 and sore from
				// lifting boxes": her age is no age of the asker's strain.
				h.hypo, h.by = true, by
			case (k == kindSituation || x.s.isHistory(h.concept) && x.s.raises(h.concept)) &&
				(deceased || !forOwner && (forAsker || x.askerWellAfter(end) >= 0 || x.askersOwnTurn(end))):
				// "my neighbour had a blood clot years ago ... should i be
				// scared of leg massage? i have nothing wrong": the clot
				// is no situation of the one to be massaged; "my mom had
				// breast cancer when I was a kid. I have back pain from
				// lifting": her cancer is no history of the asker's; nor is
				// one who has died ("my late mom had cancer ... can massage
				// help grief") anyone to be massaged.
				h.hypo, h.by = true, by
			}
		}
		o = int(end) // the story is read; the next starts after it
	}
}

// onceIn returns the token of a "once" in tokens from+1..end-1 that tells
// a story happened one time in the past ("my neighbour fell off a ladder
// once"), or -1. "once a week", "once or twice", "at once" and "once I"
// tell how often, how soon or when, not that it is over.
func (x *scan) onceIn(from, end int32) int32 {
	for t := from + 1; t < end; t++ {
		if x.toks[t].word != "once" {
			continue
		}
		if t > 0 && x.toks[t-1].word == "at" || int(t)+1 < len(x.toks) && onceNotPast[x.toks[t+1].word] &&
			!(otherPronouns[x.toks[t+1].word] && int(t)+2 < len(x.toks) && (pastTense(x.toks[t+2].word) || speechVerbs[x.toks[t+2].word])) {
			continue // but "..., once. he said it was a disc": the past goes on
		}
		return t
	}
	return -1
}

// onceNotPast after "once" make it no time in the past: "once a week",
// "once or twice", "once he sits down".
var onceNotPast = setOf(`a an or every per in he she i it they again more`)

// namedReach is how far before a story told of "he" or "she" the person
// the pronoun stands for may be named.
const namedReach = 12

// namedBefore returns the token from which the story of the person at
// token o is told: for "he" or "she", the person named before it ("my
// grandma on long-term steroids cracked a vertebra, she recovered"), when
// no word of the asker's and nothing told as now stands between; else o.
// "my mum has chest pain now, she had a clot years ago" keeps the chest
// pain: it is told as now.
func (x *scan) namedBefore(o int32) int32 {
	if w := x.toks[o].word; w != "he" && w != "she" {
		return o
	}
	for t := o - 1; t >= 0 && t >= o-namedReach; t-- {
		w := x.toks[t].word
		if firstPerson[w] && w != "my" || firstPlural[w] || w == "he" || w == "she" {
			return o
		}
		if x.toks[t].is(flagStoryOwner) {
			if t > 0 && x.toks[t-1].word == "my" && x.nowFrom(t, o) == o {
				return t
			}
			return o
		}
	}
	return o
}

// wellToday reports whether the time marker at token t is the "now" of
// someone said to be well: "he's fine now", "she is 90 now and doing
// great" tell how the owner is today, no story going on now.
func (x *scan) wellToday(t int32) bool {
	for u := t - 1; u > 0 && u >= t-4; u-- {
		if x.otherSaidWellAt(u) {
			return true
		}
	}
	return false
}

// ownerWellIn returns the token of a present verb in tokens from+1..end-1
// whose subject is someone else and that says they are well ("he's fine
// now", "she is 90 and doing great"), or -1.
func (x *scan) ownerWellIn(from, end int32) int32 {
	for t := from + 1; t < end; t++ {
		if x.otherSaidWellAt(t) {
			return t
		}
	}
	return -1
}

// otherSaidWellAt reports whether token t, after at least one token, is
// a present verb whose subject is someone else's pronoun and after which
// they are said to be well ("he's fine", "she is doing great"), or a verb
// saying they recovered ("she recovered").
func (x *scan) otherSaidWellAt(t int32) bool {
	if !otherPronouns[x.toks[t-1].word] {
		return false
	}
	return presentVerbs[x.toks[t].word] && x.saidWellAfter(t) || recoveredVerbs[x.toks[t].word] && !x.contrastAfter(t) ||
		x.toks[t].word == "beat" && int(t)+1 < len(x.toks) && beaten[x.toks[t+1].word] && !x.contrastAfter(t+1)
}

// beaten are what one who "beat" an illness beat: "she beat it", "he
// beat cancer".
var beaten = setOf(`it cancer`)

// recoveredVerbs say, in the past tense, that someone got well: "she
// recovered", "he healed up". A "but" after it ("he recovered but his
// chest still hurts") takes it back.
var recoveredVerbs = setOf(`recovered healed`)

// deceasedAt reports whether the person at token o is named as one who
// has died ("my late grandma"): a story of theirs is over, however it is
// told.
func (x *scan) deceasedAt(o int32) bool {
	return o > 0 && x.toks[o-1].word == "late"
}

// timedIn reports whether a symptom or an event counts in tokens
// from..end-1: the story tells something that happened, which may be
// happening now. A condition's name ("got cauda equina", "had a DVT") is
// a condition, like the owner's history.
func (x *scan) timedIn(from, end int32) bool {
	for i := x.first[from]; i < x.first[end]; i++ {
		if h := &x.hits[i]; timed(x.kind(h)) && h.counts() && !x.s.termConcept.has(h.concept) {
			return true
		}
	}
	return false
}

// eventsOnlyIn reports whether the story in tokens from..end-1 tells an
// event (an accident, a fall) and no symptom of its owner nor a collapse:
// "my mom was in a car accident", not "... and now her back hurts".
func (x *scan) eventsOnlyIn(from, end int32) bool {
	events := false
	for i := x.first[from]; i < x.first[end]; i++ {
		h := &x.hits[i]
		if !h.counts() {
			continue
		}
		switch x.kind(h) {
		case kindSymptom:
			return false
		case kindEvent:
			events = true
		}
	}
	return events && !x.collapseIn(from, end)
}

// askersPainBesides reports whether the asker tells a symptom of their
// own outside the story of someone else in tokens from..end-1: before it
// with the asker as its owner ("my back hurts, my mom ..."), or after it
// in the asker's own turn ("my dad crashed his car. i have back pain").
func (x *scan) askersPainBesides(from, end int32) bool {
	for i := int32(0); i < int32(len(x.hits)); i++ {
		h := &x.hits[i]
		if x.kind(h) != kindSymptom || !h.counts() {
			continue
		}
		if h.end < from && x.askerOwns(h.start) || h.start >= end && x.askersOwnTurn(end) {
			return true
		}
	}
	return false
}

// askerShares reports whether the asker was in the story of someone
// else that ends at token end, at the asker's own word: the story ends at
// the asker as its object or companion ("crashed with me in the car",
// "hit us") or the asker says so after it ("i was in it too", "i was the
// passenger").
func (x *scan) askerShares(end int32) bool {
	if int(end) < len(x.toks) && askerInStory[x.toks[end].word] {
		return true
	}
	for t := end; int(t) < len(x.toks); t++ {
		if sharedStory[x.toks[t].word] {
			return true
		}
	}
	return false
}

// askerInStory are the asker as the object or a companion of someone
// else's story; sharedStory the words by which the asker says they were
// in it too.
var (
	askerInStory = setOf(`me us we`)
	sharedStory  = setOf(`too also both passenger passengers driver driving`)
)

// ownerSpan is how far before a symptom the person it is told of may
// stand: "my lower back really hurts".
const ownerSpan = 6

// askerOwns reports whether the nearest person named before token j is
// the asker ("i", "my back"), not someone else ("my mom", "his back").
func (x *scan) askerOwns(j int32) bool {
	for t := j - 1; t >= max(0, j-ownerSpan); t-- {
		if x.othersWordAt(t) {
			return false
		}
		if w := x.toks[t].word; firstPerson[w] {
			return w != "my" || int(t)+1 >= len(x.toks) || !x.toks[t+1].is(flagStoryOwner) && !otherPeople[x.toks[t+1].word]
		}
	}
	return false
}

// collapseIn reports whether the story in tokens from..end-1 tells a
// collapse or someone unable to get up ("had chest pain and collapsed",
// "passed out"): undated, that may be going on now, whatever the asker
// says of themself.
func (x *scan) collapseIn(from, end int32) bool {
	for i := x.first[from]; i < x.first[end]; i++ {
		if h := &x.hits[i]; (h.concept == x.s.cFaint || h.concept == x.s.cCantMove) && h.counts() {
			return true
		}
	}
	return false
}

// storyWindow is how far after the person a story is of its verb in the
// past may stand: "a friend (of mine) had", "my neighbours kid crashed".
const storyWindow = 3

// storyOfOther reports whether token o names someone other than the
// asker who opens a story told in the past tense: "my coworker had", "the
// neighbours kid crashed", "a friend of mine had". "Me and my brother
// were hit" is the asker's story too.
func (x *scan) storyOfOther(o int) bool {
	if !x.toks[o].is(flagStoryOwner) {
		return false
	}
	for t := max(0, o-3); t < o; t++ {
		if w := x.toks[t].word; w != "my" && (firstPerson[w] || firstPlural[w]) {
			return false
		}
	}
	limit := o + storyWindow
	for t := o + 1; t <= limit && t < len(x.toks); t++ {
		w := x.toks[t].word
		if pastTense(w) {
			return true
		}
		if end := x.timePhraseAt(int32(t)); end >= 0 {
			// "an old coworker, like 15 years ago, had": the date told
			// between the person and the verb uses none of the window.
			limit += int(end) - t + 1
			t = int(end)
			continue
		}
		if w == "of" && t+1 < len(x.toks) && x.toks[t+1].word == "mine" {
			t++ // "a friend of mine had"
			continue
		}
		if e := x.ownersPlaceEnd(t - 1); e > t-1 {
			// "a guy at my gym got": where the asker knows them from
			// uses none of the window.
			limit += e - t + 1
			t = e
			continue
		}
		if personTitles[w] && t+1 < len(x.toks) {
			t++ // "my neighbour mr patel had": a name after a title
			continue
		}
		if w == "in" && t+1 < len(x.toks) && x.toks[t+1].word == "law" {
			t++ // "my father in law had"
			limit++
			continue
		}
		if e := x.ownersBodyEnd(int32(t)); e >= int32(t) {
			// "my stepdad's night pain was", "my nan's hip broke": the
			// owner's body or symptom, its "'s" gone, uses none of the
			// window.
			limit += int(e) - t + 1
			t = int(e)
			continue
		}
		if !x.toks[t].skip && !storyOwners[w] && !storyAdverbs[w] {
			return false
		}
	}
	return false
}

// ownersBodyEnd returns the last token of a body site or a symptom that
// starts at token t, right after the person a story is of, or -1: with
// the possessive's "'s" gone, "my stepdad's back pain was" reads "my
// stepdad back pain was", and the site or symptom is the owner's, the
// verb after it the story's.
func (x *scan) ownersBodyEnd(t int32) int32 {
	for from := t; int(from) < len(x.toks) && from < t+3; from++ {
		e := int32(-1)
		for _, h := range x.at(from) {
			if k := x.kind(&h); (k == kindSite || k == kindSymptom) && h.end > e {
				e = h.end
			}
		}
		if e >= 0 || !plainBodyWords[x.toks[from].word] {
			return e // "my stepmum's back pain at night": "back" is no site of its own
		}
	}
	return -1
}

// plainBodyWords name the body without being a site of the lexicon's:
// "my dad's lower back pain".
var plainBodyWords = setOf(`back lower upper left right`)

// ownersPlace are the prepositions of where the asker knows someone from,
// and ownersPlaceNouns the places: "a guy at my gym", "a lady from our
// church", "someone in my class".
var (
	ownersPlace      = setOf(`at from in`)
	ownersPlaceNouns = setOf(`gym work office job school class church team club building street yoga pilates`)
)

// ownersPlaceEnd returns the last token of a place the asker knows the
// person at token o from, right after them ("a guy at my gym", "someone
// from our office"), or o for none: the asker's "my" in it is no word of
// the asker's own story.
func (x *scan) ownersPlaceEnd(o int) int {
	if o+3 >= len(x.toks) || !ownersPlace[x.toks[o+1].word] {
		return o
	}
	if w := x.toks[o+2].word; w != "my" && w != "our" || !ownersPlaceNouns[x.toks[o+3].word] {
		return o
	}
	return o + 3
}

// timePhraseAt returns the last token of a time phrase of the past that
// starts at token t, over a number or a word of approximation before it
// ("15 years ago", "like ten years ago", "back in 2010"), or -1.
func (x *scan) timePhraseAt(t int32) int32 {
	for u := t; int(u) < len(x.toks) && u <= t+2; u++ {
		for _, h := range x.at(u) {
			if x.kind(&h) == kindPast {
				return h.end
			}
		}
		if w := x.toks[u].word; !approximately[w] && !countWords[w] && (w[0] < '0' || w[0] > '9') {
			return -1
		}
	}
	return -1
}

// countWords tell how many, before the unit of a time phrase: "a few
// years ago", "ten years back".
var countWords = setOf(`few couple several many some one two three four five six seven eight nine ten twelve fifteen twenty thirty`)

// storyEnd returns the token at which the story of the person at token o
// ends: the first word of the asker's own ("I", "me", "my", "we"), past
// the "of mine" of "a friend of mine", or the message's end.
func (x *scan) storyEnd(o int) int32 {
	for t := x.ownersPlaceEnd(o) + 1; t < len(x.toks); t++ {
		w := x.toks[t].word
		if w == "mine" && x.toks[t-1].word == "of" {
			continue
		}
		if w == "myself" && x.toks[t-1].word != "and" && x.toks[t-1].word != "or" {
			continue // "my coworker wet himself", read "wet myself": the owner's own
		}
		if firstPerson[w] || firstPlural[w] {
			return int32(t)
		}
	}
	return int32(len(x.toks))
}

// nowFrom returns the first token after from, before end, at which the
// story in tokens from..end-1 is told as happening now, or end: a verb in
// the present ("she can't get up", "he is sweating") or a time marker of
// now ("this morning", "an hour ago"). A few weeks back ("last week") is
// no now, nor is the onset of what the story tells ("a heart attack that
// started as back pain").
func (x *scan) nowFrom(from, end int32) int32 {
	at := end
	for t := from + 1; t < end; t++ {
		if presentVerbs[x.toks[t].word] && !(x.toks[t].word == "not" && t+1 == end) && !x.backToNormalAt(t) && !x.cueAt(t) && !x.saidWellAfter(t) && !x.storyOnTeller(t, end) && !x.ageToldAfter(t) {
			at = t // not "... years ago, not me tho", not "is that common?", not "he's fine now", not "it's stuck with me", not "she is 85 now"
			break
		}
	}
	for i := x.first[from]; i < x.first[at]; i++ {
		h := &x.hits[i]
		if x.kind(h) == kindRecent && h.counts() && !x.weeksAgoAt(h) && !onsetWords[x.toks[h.start].word] && !x.wellToday(h.start) && !x.nowOfWellOrAsker(h, end) {
			return h.start
		}
	}
	return at
}

// backToNormalAt reports whether the "again" at token t follows a word of
// someone well ("eating normally again", "fine again"): a return to
// health, no story back again.
func (x *scan) backToNormalAt(t int32) bool {
	if x.toks[t].word != "again" || t == 0 {
		return false
	}
	w := x.toks[t-1].word
	return wellWords[w] || w == "normally" || w == "walking" || w == "eating"
}

// nowOfWellOrAsker reports whether the recent marker h is a "now" that
// tells no story going on now: one ending a resolution ("all good now",
// "fine now"), one after an age told today ("she is 85 now"), or one that
// opens the asker's own turn at end, where the story ends ("... treated
// years ago. now we both want a massage").
func (x *scan) nowOfWellOrAsker(h *screenHit, end int32) bool {
	if x.toks[h.start].word != "now" || h.start != h.end {
		return false
	}
	t := h.start
	for i := x.first[max(0, t-2)]; i < x.first[t+1]; i++ {
		if o := &x.hits[i]; o.concept == x.s.cResolvedPhrase && o.start < t && o.end >= t {
			return true
		}
	}
	return t >= 2 && x.ageToldAfter(t-2) || h.end+1 == end && int(end) < len(x.toks)
}

// ageToldAfter reports whether the "is" or "are" at token t only tells an
// age today ("she is 85 now", "they're 70 and 72"): how old someone is
// tells no story going on now. What is told after the age ("is 85 and
// can't get up") has verbs of its own.
func (x *scan) ageToldAfter(t int32) bool {
	if w := x.toks[t].word; w != "is" && w != "are" || int(t)+1 >= len(x.toks) {
		return false
	}
	w := x.toks[t+1].word
	return w[0] >= '1' && w[0] <= '9' && strings.Trim(w, "0123456789") == ""
}

// storyOnTellerWindow is how many words (small words not counted) may stand
// between the present verb of "it's always stuck with me" and the teller.
const storyOnTellerWindow = 3

// storyOnTeller reports whether the present verb at token t tells what the
// story does to the teller now, not what goes on in it: its subject is the
// story itself ("it", "that", "this") and the teller's own word, where the
// story ends (end), follows within storyOnTellerWindow words: "it's always
// stuck with me", "that still scares me". "She is with me and can't get
// up" has a person for its subject, and is told as now.
func (x *scan) storyOnTeller(t, end int32) bool {
	if t == 0 || int(end) >= len(x.toks) || x.contentBetween(t, end) > storyOnTellerWindow {
		return false
	}
	switch x.toks[t-1].word {
	case "it", "that", "this":
		return true
	}
	return false
}

// wellWords say a person is well: "he is fine", "she's been healthy",
// "he's all better", "she's been clear since", "he is in remission",
// "she has recovered", "he's back to normal"; wellBetween may stand
// between the verb and them ("he's home and fine").
var (
	wellWords   = setOf(`fine ok okay alright well healthy good great better clear remission recovered normal free`)
	wellBetween = setOf(`been doing feeling totally perfectly completely absolutely always fully back now home and`)
)

// saidWellAfter reports whether the present verb at token t says its
// subject is well ("he's been fine for 25 years", "she is healthy now"):
// someone well today tells no story going on now.
func (x *scan) saidWellAfter(t int32) bool {
	reach := t + 3
	for u := t + 1; u <= reach && int(u) < len(x.toks); u++ {
		w := x.toks[u].word
		if wellWords[w] {
			// Not "fine but", "fine now but sweating": what follows takes it back.
			for v := u + 1; int(v) < len(x.toks) && v <= u+2; v++ {
				if siteWellUntil[x.toks[v].word] {
					return false
				}
			}
			return true
		}
		if ageToday[w] || w[0] >= '0' && w[0] <= '9' {
			reach++ // "he's 80 now and doing great": the age told today, then how he is
			continue
		}
		if int(u)+1 < len(x.toks) && x.toks[u+1].word == "free" {
			reach++ // "she's cancer free now", "he's been pain free"
			continue
		}
		if !wellBetween[w] && !x.toks[u].skip {
			return false
		}
	}
	return false
}

// ageToday are the words of an age told today before how the person is:
// "she's 90 years old now and healthy".
var ageToday = setOf(`now and years old yrs`)

// cueAt reports whether token t is a word of a cue, such as the "is" of
// "is that common": a question's words tell no story.
func (x *scan) cueAt(t int32) bool {
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t+1]; i++ {
		if h := &x.hits[i]; x.kind(h) == kindCue && h.start <= t && t <= h.end {
			return true
		}
	}
	return false
}

// weeksAgoAt reports whether the recent marker h is a few weeks back, a
// weeks-ago hit over the same words: "last week", "two weeks ago".
func (x *scan) weeksAgoAt(h *screenHit) bool {
	for i := x.first[max(0, h.start-2)]; i < x.first[h.end+1]; i++ {
		if o := &x.hits[i]; o.concept == x.s.cWeeksAgo && o.start <= h.start && h.end <= o.end {
			return true
		}
	}
	return false
}

// pastMarkerIn returns the first time marker of the past in tokens
// from..end-1 ("years ago", "when she was little"), or end. "Since" dates
// nothing of a story ("since then he's been fine" is now), and "last
// month" only an event.
func (x *scan) pastMarkerIn(from, end int32) int32 {
	for i := x.first[from]; i < x.first[end]; i++ {
		h := &x.hits[i]
		if x.kind(h) == kindPast && h.concept != x.s.cSince && h.concept != x.s.cEverSince && h.concept != x.s.cEventPast {
			return h.start
		}
	}
	return end
}

// pastMarkerOpening returns the start of a time marker of the past that
// ends just before the owner at token o (small words between), opening
// the story told from o to end: "when I was little my grandma had a
// stroke", "back in 2009 my dad crashed". It returns end for none.
func (x *scan) pastMarkerOpening(o, end int32) int32 {
	t := x.contentBefore(x.ownerStart(o))
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[o]; i++ {
		h := &x.hits[i]
		if h.end >= t && h.end < o && x.kind(h) == kindPast && h.concept != x.s.cSince && h.concept != x.s.cEverSince && h.concept != x.s.cEventPast {
			return h.start
		}
	}
	return end
}

// personQualifiers may stand in the words that name the person a story is of,
// before the person: "my best friend's mom", "my old boss", "my late
// grandma".
var personQualifiers = setOf(`best old late close dear former ex older younger big little step`)

// ownerStart returns the first token of the words that name the person at
// token o: back over small words, other people and personQualifiers ("years ago
// [my best friend's] mom had"), so that a time marker before them opens
// the story.
func (x *scan) ownerStart(o int32) int32 {
	t := o
	for t > 0 && o-t < storyWindow+2 {
		p := &x.toks[t-1]
		if !p.skip && !p.is(flagStoryOwner) && !otherPeople[p.word] && !personQualifiers[p.word] {
			break
		}
		t--
	}
	return t
}

// askersOwnTurn reports whether the message, from token end where a story
// of someone else ends at the asker's own word, ends speaking of the
// asker: a word of the asker's comes after the last word for anyone else
// ("my sister had a DVT ten years ago. my back is tight from carrying
// groceries, can I book"; "my mom had cancer when I was a kid, she's fine
// now. I have back pain from lifting"). What the asker asks is then for
// themself; "... I'm worried, she has back pain now" is not.
func (x *scan) askersOwnTurn(end int32) bool {
	own := false
	for t := end; int(t) < len(x.toks); t++ {
		if x.othersWordAt(t) && !(own && (x.carriedAt(t) || t > 0 && x.carriedAt(t-1) && possessivePronouns[x.toks[t-1].word])) {
			own = false // not one the asker carries: "my back hurts from carrying him around"
		} else if firstPerson[x.toks[t].word] {
			own = true
		}
	}
	return own
}

// possessivePronouns own the people after them: "carrying her kids".
var possessivePronouns = setOf(`her his their`)

// carriedAt reports whether the person at token t is one the asker
// carries or lifts, inside a carer's phrase ("carrying him", "lifting
// her"), however the screen dated it: the object of the asker's own
// strain.
func (x *scan) carriedAt(t int32) bool {
	carer := x.s.conceptID["carer"]
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t]; i++ {
		if h := &x.hits[i]; h.concept == carer && h.end == t {
			return true
		}
	}
	return false
}

// othersWordAt reports whether token t names someone other than the
// asker: a person ("my mom", "a coworker") or a pronoun ("she", "his").
func (x *scan) othersWordAt(t int32) bool {
	w := x.toks[t].word
	return x.toks[t].is(flagStoryOwner) || otherPronouns[w] || otherPeople[w] || othersContracted[w]
}

// othersContracted are someone else's pronouns as a message spells them
// with the apostrophe gone.
var othersContracted = setOf(`shes hes theyre they them`)

// askedForOther reports whether the message asks something for someone
// other than the asker: "book her in", "can he still come".
func (x *scan) askedForOther() bool {
	for t := 0; t+1 < len(x.toks); t++ {
		if forOthers[[2]string{x.toks[t].word, x.toks[t+1].word}] {
			return true
		}
	}
	return false
}

// asksInGeneral reports whether the message has a cue of a general
// question: "is that common", "should i learn the signs".
func (x *scan) asksInGeneral() bool {
	for i := range x.hits {
		if h := &x.hits[i]; (h.concept == x.s.cHypothetical || h.concept == x.s.cGeneral) && !x.insideSymptom(h) {
			return true
		}
	}
	return false
}

// askerWellAfter returns the token from which the asker says, at or after
// token from, that they are well themself ("I'm fine", "I feel ok",
// "fine myself", "not me tho", "i have nothing wrong"), or -1.
func (x *scan) askerWellAfter(from int32) int32 {
	for i := x.first[from]; i < int32(len(x.hits)); i++ {
		if h := &x.hits[i]; h.concept == x.s.cNotMine && h.counts() {
			return h.start
		}
	}
	for t := from; int(t)+1 < len(x.toks); t++ {
		if x.toks[t].word != "i" && x.toks[t].word != "im" {
			continue
		}
		for u := t + 1; u <= t+3 && int(u) < len(x.toks); u++ {
			w := x.toks[u].word
			if siteWellWords[w] || w == "well" || w == "healthy" {
				return t
			}
			if w != "am" && w != "feel" && w != "feeling" && !x.toks[u].skip {
				break
			}
		}
	}
	return -1
}

// pastTense reports whether w is a verb in the past tense: one of the
// common irregular ones, or a regular one ("crashed", "started").
func pastTense(w string) bool {
	return pastIrregular[w] || len(w) >= 5 && strings.HasSuffix(w, "ed") && !notPastEd[w]
}

var (
	// storyOwners name someone a story may be told of.
	storyOwners = setOf(`uncle aunt auntie cousin friend coworker colleague neighbour neighbor neighbours neighbors boss
		mom mum mother dad father brother sister wife husband partner boyfriend girlfriend grandma grandpa grandad granddad
		nan nana granny grandmother grandfather son daughter roommate kid kids child children nephew niece buddy mate
		teammate classmate he she
		guy woman lady someone somebody
		twin stepdad stepmom stepmum stepfather stepmother stepbrother stepsister stepson stepdaughter
		grandson granddaughter fiance fiancee sibling flatmate housemate`)
	// personTitles come before a name, which may stand between the person
	// and the verb: "my neighbour mr patel had".
	personTitles = setOf(`mr mrs ms miss dr`)
	// storyAdverbs may stand between the person and the verb: "my dad
	// once had", "my friend also had".
	storyAdverbs = setOf(`once also too apparently actually`)
	// firstPlural are words of a group the asker belongs to.
	firstPlural = setOf(`we us our ours`)
	// onsetWords are the recent markers that tell when something began,
	// not that it is now.
	onsetWords = setOf(`started starting began new`)
	// presentVerbs tell a story as going on now, or back again.
	presentVerbs = setOf(`is are am has not can cant keeps keep still currently again`)
	// pastIrregular are common verbs in the past tense that do not end in
	// "ed".
	pastIrregular = setOf(`had got lost fell broke was were went found beat came took caught tore hit ran felt began
		wet threw woke used`)
	// notPastEd end in "ed" and are no past tense.
	notPastEd = setOf(`need bleed breed speed feed seed bed shed embed`)
)

// accidentsNamedAgain dates an accident named again after one the message
// has put in the past: "rear-ended me in March ... does massage help after
// an accident like this?", "... my cousin said it helped her after her
// accident". Only a bare noun that refers back counts, after "after", a
// determiner or a possessive ("after a crash", "the accident", "her
// accident") or before "like this"; with a time marker of now near it
// ("the crash this morning"), or told with a verb of its own ("got hit by
// a truck"), it is another accident and counts.
func (x *scan) accidentsNamedAgain() {
	dated := int32(-1) // the time marker of the first accident told as past
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || h.negated || h.hypo {
			continue
		}
		if h.past {
			if dated < 0 && h.by >= 0 && x.pastMarkerAt(h.by) {
				dated = h.by
			}
			continue
		}
		if dated < 0 || !accidentNouns[x.toks[h.start].word] || !x.refersBack(h) || x.nowNear(h) {
			continue
		}
		h.past, h.by = true, dated
	}
}

// pastMarkerAt reports whether a time marker of the past ("in March",
// "years ago", "last month") starts at token t, not "since".
func (x *scan) pastMarkerAt(t int32) bool {
	for _, o := range x.at(t) {
		if x.kind(&o) == kindPast && o.concept != x.s.cSince && o.concept != x.s.cEverSince {
			return true
		}
	}
	return false
}

// refersBack reports whether the accident h is named as one already told:
// after "after", a determiner or a possessive, or before "like this".
func (x *scan) refersBack(h *screenHit) bool {
	if e := int(h.end); e+2 < len(x.toks) && x.toks[e+1].word == "like" && (x.toks[e+2].word == "this" || x.toks[e+2].word == "that" || x.toks[e+2].word == "mine") {
		return true
	}
	for t := h.start - 1; t >= 0 && t >= h.start-2; t-- {
		if accidentReferrers[x.toks[t].word] {
			return true
		}
		if !articles[x.toks[t].word] {
			return false
		}
	}
	return false
}

// nowNear reports whether a time marker of now counts within timeWindow
// words of h: "the crash this morning". The onset of something ("it
// started") is no time of now.
func (x *scan) nowNear(h *screenHit) bool {
	return x.recentNear(h, func(first string) bool { return !onsetWords[first] })
}

// recentNear reports whether a counted recent marker whose first word
// passes accept stands within timeWindow words of h.
func (x *scan) recentNear(h *screenHit, accept func(first string) bool) bool {
	for t := max(0, h.start-timeWindow); t <= h.end+timeWindow && int(t) < len(x.toks); t++ {
		for _, o := range x.at(t) {
			if x.kind(&o) == kindRecent && o.counts() && accept(x.toks[o.start].word) {
				return true
			}
		}
	}
	return false
}

var (
	// accidentNouns name an accident as a noun: what may be named again.
	accidentNouns = setOf(`accident accidents crash crashes collision wreck car`)
	// accidentReferrers before an accident's name make it one already told.
	accidentReferrers = setOf(`after the that this same her his their my our`)
	// articles may stand between "after" and the name: "after a crash".
	articles = setOf(`a an`)
)

// answeredNo negates what a question with "if" or "whether" asked, when
// the asker answers it with a bare denial: "my doctor asked if I had any
// leg weakness and I don't", "does it matter if I've had a heart attack?
// asking generally, I haven't". The denial is the asker's auxiliary and
// "not" with nothing after it but the message's end or a new clause
// ("I don't, it's only tightness"); "I haven't been able to pee" denies
// nothing. Only what stands between the "if" and the denial is negated.
func (x *scan) answeredNo() {
	for t := 2; t < len(x.toks); t++ {
		if !x.toks[t].is(flagNegation) || !x.bareDenialAt(t) {
			continue // "not", "no" and "nope" are negations
		}
		if t+1 < len(x.toks) && !afterDenial[x.toks[t+1].word] {
			continue
		}
		asked := int32(-1)
		for u := int32(t - 3); u >= 0 && u >= int32(t)-answerReach; u-- {
			if w := x.toks[u].word; w == "if" || w == "whether" {
				asked = u
				break
			}
		}
		if asked < 0 {
			continue
		}
		for i := x.first[asked]; i < x.first[t-2]; i++ {
			if h := &x.hits[i]; negatable(x.kind(h)) && h.counts() {
				h.negated, h.by = true, int32(t)
			}
		}
	}
}

// bareDenialAt reports whether token t ends a bare denial by the asker:
// "I don't", "I haven't", or a "no" said in answer ("I said no", "we
// told him no", "answered no").
func (x *scan) bareDenialAt(t int) bool {
	w := x.toks[t].word
	if w == "not" {
		return denialAuxiliaries[x.toks[t-1].word] && (x.toks[t-2].word == "i" || x.toks[t-2].word == "we")
	}
	if w != "no" && w != "nope" {
		return false
	}
	for u := t - 1; u >= 0 && u >= t-3; u-- {
		if answerVerbs[x.toks[u].word] {
			return true
		}
	}
	return false
}

// answerVerbs before a "no" make it an answer: "I said no", "told them no".
var answerVerbs = setOf(`said say says answered answer replied reply told`)

// answerReach is how far before a bare denial the "if" of the question it
// answers may stand.
const answerReach = 20

var (
	// denialAuxiliaries stand between the asker and a bare "not": "I
	// don't", "I haven't", "I'm not", "I didn't".
	denialAuxiliaries = setOf(`do have am did was`)
	// afterDenial may follow a bare denial: the next clause begins.
	afterDenial = setOf(`it its just only though tho but lol thankfully luckily so and anyway`)
)

// chestPainToday keeps chest pain or pressure told as today's ("an hour
// ago", "this morning", "last night") though it is said to have passed:
// chest pain that comes and goes can be the heart, and one that eased
// within the day still needs a doctor now (the reference's heart or lung
// group). Only a resolution un-does: "no chest pain" stays a denial.
func (x *scan) chestPainToday() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cChestSymptom || !h.negated || h.by < 0 || !x.resolutionAt(h.by) || !x.todayNear(h) {
			continue
		}
		h.negated, h.by = false, -1
	}
}

// resolutionAt reports whether token t says something is over: a
// resolved word ("gone", "passed") or a resolved phrase ("fine now").
func (x *scan) resolutionAt(t int32) bool {
	if x.toks[t].is(flagResolved) {
		return true
	}
	for _, o := range x.at(t) {
		if o.concept == x.s.cResolvedPhrase {
			return true
		}
	}
	return false
}

// todayNear reports whether a time marker of today ("an hour ago", "this
// morning", "last night", "today") stands within timeWindow words of h.
func (x *scan) todayNear(h *screenHit) bool {
	return x.recentNear(h, func(first string) bool { return todayWords[first] })
}

// todayWords begin the recent markers of today: "hour(s) ago", "minutes
// ago", "this morning", "today", "tonight", "last night", "earlier", "just
// now".
var todayWords = setOf(`hour hours minutes min mins this today tonight last earlier just`)

// datesStudy reports whether the recent marker h dates a lesson or a read
// told right before it ("we read about red flags in health class today"),
// not a symptom: a cue of study ends within two words before it.
func (x *scan) datesStudy(h *screenHit) bool {
	for i := x.first[max(0, h.start-maxPhraseSpan)]; i < x.first[h.start]; i++ {
		if c := &x.hits[i]; (c.concept == x.s.cHypothetical || c.concept == x.s.cTermQuestion) && c.end < h.start && c.end >= h.start-2 {
			return true
		}
	}
	return false
}

// crashedAsleep drops a bare "crashed" or "crash" that is sleep, not an
// accident: "i crashed hard after the marathon lol slept 12 hrs", "crashed
// on the sofa". A vehicle or a road named near it, or a time of now ("i
// crashed an hour ago, in bed now"), keeps the accident: "crashed my bike
// and slept badly".
func (x *scan) crashedAsleep() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != x.s.cTraumaWord || h.start != h.end || !h.counts() || !crashWords[x.toks[h.start].word] {
			continue
		}
		sleep, vehicle := false, false
		for t := max(0, h.start-crashWindow); t <= h.end+crashWindow && int(t) < len(x.toks); t++ {
			w := x.toks[t].word
			sleep = sleep || sleepWords[w]
			vehicle = vehicle || vehicleWords[w]
		}
		if sleep && !vehicle && !x.majorTraumaOver(h) && !x.nowNear(h) {
			h.hypo, h.by = true, -1
		}
	}
}

// majorTraumaOver reports whether a major accident's hit spans the word of
// h: "car crashed" is the car's.
func (x *scan) majorTraumaOver(h *screenHit) bool {
	for i := x.first[max(0, h.start-maxPhraseSpan)]; i < x.first[h.end+1]; i++ {
		if o := &x.hits[i]; o.concept == x.s.cMajorTrauma && o.start <= h.start && h.end <= o.end && o.counts() {
			return true
		}
	}
	return false
}

// crashWindow is how far from "crashed" the sleep it means is told.
const crashWindow = 8

var (
	// crashWords are the bare words of a crash that may mean sleep.
	crashWords = setOf(`crashed crash crashing`)
	// sleepWords tell sleep: "slept 12 hrs", "out cold on the couch".
	sleepWords = setOf(`slept sleep sleeping nap napped napping asleep bed couch sofa zzz`)
	// vehicleWords name what crashes in an accident.
	vehicleWords = setOf(`car cars bike bicycle motorbike motorcycle scooter truck van bus suv ski skis snowboard board skateboard
		quad atv tractor horse wall tree pole ditch highway road freeway intersection`)
)

// takenBack negates what a laugh and a "not" take back right after it:
// "my car crashed lol not the car, the app", "my leg fell off lol not
// really". The "not" must name the phrase's own word again or say
// "really", "literally" or "actually"; "numb lol not joking" takes nothing
// back.
func (x *scan) takenBack() {
	for i := range x.hits {
		h := &x.hits[i]
		k := x.kind(h)
		if !timed(k) || !h.counts() {
			continue
		}
		l := h.end + 1
		if int(l)+1 >= len(x.toks) || !x.toks[l].is(flagLaugh) || x.toks[l+1].word != "not" {
			continue
		}
		if x.retraction(h, l+2) {
			h.negated, h.by = true, l+1
		}
	}
}

// retraction reports whether the words from token t on, after a laugh and
// "not", take back the phrase h: its own word named again ("not the car")
// or a word that says it was no fact ("not really").
func (x *scan) retraction(h *screenHit, t int32) bool {
	for u := t; u <= t+2 && int(u) < len(x.toks); u++ {
		w := x.toks[u].word
		if notReally[w] {
			return true
		}
		for v := h.start; v <= h.end; v++ {
			if !x.toks[v].skip && x.toks[v].word == w {
				return true
			}
		}
		if !x.toks[u].skip {
			return false
		}
	}
	return false
}

// notReally after a laugh and "not" say that what was told is no fact.
var notReally = setOf(`really literally actually`)

// testedFor makes a piece of history, a situation or a condition's name
// that follows "tests for", "checked for" or "screened for" only asked
// about: "my doctor ran tests for cancer" tells a worry looked into, no
// cancer. A result told after it that found the thing ("tested for
// cancer and it came back positive") keeps it. The symptom that led to
// the test is read as it is told.
func (x *scan) testedFor() {
	for i := range x.hits {
		h := &x.hits[i]
		if h.negated || h.past || !x.s.isHistory(h.concept) && x.kind(h) != kindSituation && !x.s.termConcept.has(h.concept) || !x.testBefore(h.start) {
			continue
		}
		// Found, it is had, though a cue ("screened me for") asked about
		// it; not found, it is only asked about.
		if found := x.foundAfter(h.end); found && h.hypo {
			h.hypo, h.by = false, -1
		} else if !found && !h.hypo {
			h.hypo, h.by = true, h.start-1
		}
	}
}

// contentBefore returns the last token before token j that is not a
// small word, or -1.
func (x *scan) contentBefore(j int32) int32 {
	t := j - 1
	for t >= 0 && x.toks[t].skip {
		t--
	}
	return t
}

// isHistory reports whether concept c is of the person's medical history
// (see safetyScreen.history); false for a concept added after it was made.
func (s *safetyScreen) isHistory(c int16) bool { return int(c) < len(s.history) && s.history[c] }

// raises reports whether some rule needs concept c, or one of a set with
// it, to fire: a history that adds to a red flag (a cancer), not one that
// takes from it ("a history of clots", which the rule of a new clot
// excludes). It reads every rule, and is for the rare hit that asks it.
func (s *safetyScreen) raises(c int16) bool {
	for i := range s.rules {
		r := &s.rules[i]
		for _, set := range [][]int16{r.need, r.anyOf, r.alsoOf, r.andOf} {
			if slices.Contains(set, c) {
				return true
			}
		}
	}
	return false
}

// testBefore reports whether "for" stands just before token j (small
// words stepped over) with a word of a test right before it: "tests for",
// "checked me for", "screened for".
func (x *scan) testBefore(j int32) bool {
	t := x.contentBefore(j)
	if t < 1 || x.toks[t].word != "for" {
		return false
	}
	for u := t - 1; u >= 0 && u >= t-2; u-- {
		if w := x.toks[u].word; testWords[w] && !testedPeople[w] {
			return true
		} else if testedPeople[w] && u > 0 && testWords[x.toks[u-1].word] && !testedPeople[x.toks[u-1].word] {
			return true // "screened her for": the person after a test
		}
	}
	return false
}

// testedPeople are the people a test is of, after its word: "screened me
// for", "checked him for". Alone they name no test: "a port in her arm
// for her chemo".
var testedPeople = setOf(`me him her`)

// hitWords end an accident's words that a pain can stand for: "got hit",
// "was struck".
var hitWords = setOf(`hit struck`)

// painOnsetWindow is how far after "with" or "by" the symptom of a pain
// that hits must start: "hit with this severe sudden pain".
const painOnsetWindow = 4

// painsThatHit drops an accident told by its pain: "got hit with this
// sudden severe pain", "struck by a tearing pain out of nowhere" tell how
// the pain began, not a blow. "Hit with a bat" keeps its accident: no
// symptom follows.
func (x *scan) painsThatHit() {
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || !h.counts() || !hitWords[x.toks[h.end].word] {
			continue
		}
		by := h.end + 1
		if int(by) >= len(x.toks) || x.toks[by].word != "with" && x.toks[by].word != "by" {
			continue
		}
		for t := by + 1; int(t) < len(x.toks) && t <= by+painOnsetWindow; t++ {
			if x.symptomAt(t) {
				h.negated, h.by = true, by
				break
			}
		}
	}
}

// dropLegsThatHold drops a bladder hit that lies inside a weakness hit:
// "my leg won't hold me up" holds the bladder's "can't hold it in" in its
// words ("not hold"), but what does not hold is the leg. Hits are in
// token order, and a weakness phrase starts at or before the bladder's.
func (s *safetyScreen) dropLegsThatHold(hits []screenHit) []screenHit {
	return keepHits(hits, func(i int) bool {
		return hits[i].concept == s.cBladder && s.insideWeakness(hits, i)
	})
}

// insideWeakness reports whether a hit of weakness spans the words of
// hits[i] and more. Hits are in token order: such a hit starts at most
// maxPhraseSpan tokens before it, or at the same token.
func (s *safetyScreen) insideWeakness(hits []screenHit, i int) bool {
	h := hits[i]
	holds := func(o screenHit) bool {
		return o.concept == s.cWeakness && o.start <= h.start && o.end >= h.end && o.end-o.start > h.end-h.start
	}
	for j := i - 1; j >= 0 && hits[j].start >= h.start-maxPhraseSpan; j-- {
		if holds(hits[j]) {
			return true
		}
	}
	for j := i + 1; j < len(hits) && hits[j].start == h.start; j++ {
		if holds(hits[j]) {
			return true
		}
	}
	return false
}

// foundAfter reports whether a word of a positive result stands within
// foundWindow tokens after token end.
func (x *scan) foundAfter(end int32) bool {
	for t := end + 1; t <= end+foundWindow && int(t) < len(x.toks); t++ {
		if foundWords[x.toks[t].word] {
			return true
		}
	}
	return false
}

// foundWindow is how far after the thing tested for its result may say
// it was found.
const foundWindow = 8

var (
	// testWords name a test or a check for something: "tests for",
	// "screened me for".
	testWords = setOf(`test tests tested testing screen screened screening check checked checking scan scanned scans biopsy workup me him her`)
	// foundWords say a test found what it looked for.
	foundWords = setOf(`positive confirmed diagnosed found showed spread spreading malignant`)
)

// chestMuscles drops a chest named as a muscle ("chest and shoulder
// muscles are wrecked after burpees", "my chest muscles are sore from
// bench"), so that the ache of a worked muscle is no chest pain. A chest
// symptom told in words of its own ("chest pain", "chest pressure") is
// kept, and so is the chest when the heart's companions are told with it:
// short of breath, faint, a cold sweat or sick.
func (x *scan) chestMuscles() {
	x.dropSiteBy("chest-site", func(h *screenHit) int32 {
		if m := x.muscleAfter(h.end); m >= 0 && !x.heartCompanions() {
			return m
		}
		return -1
	})
}

// dropSiteBy negates every counted hit of the site concept id for which
// by returns a token (the word that drops it), not -1.
func (x *scan) dropSiteBy(id string, by func(h *screenHit) int32) {
	site := x.s.conceptID[id]
	for i := range x.hits {
		h := &x.hits[i]
		if h.concept != site || !h.counts() {
			continue
		}
		if t := by(h); t >= 0 {
			h.negated, h.by = true, t
		}
	}
}

// muscleAfter returns the token of "muscle" or "muscles" standing within
// muscleWindow tokens after token end, over small words, list words and
// other body sites ("chest and shoulder muscles"), or -1.
func (x *scan) muscleAfter(end int32) int32 {
	for t := end + 1; t <= end+muscleWindow && int(t) < len(x.toks); t++ {
		switch w := x.toks[t].word; {
		case muscleWords[w]:
			return t
		case x.toks[t].skip || x.toks[t].is(flagChain) || x.siteAt(t) || x.insideSite(t):
		default:
			return -1
		}
	}
	return -1
}

// insideSite reports whether token t lies within a body site's words
// ("upper [back]").
func (x *scan) insideSite(t int32) bool {
	for i := x.first[max(0, t-maxPhraseSpan)]; i < x.first[t]; i++ {
		if h := &x.hits[i]; x.kind(h) == kindSite && h.end >= t {
			return true
		}
	}
	return false
}

// heartCompanions reports whether a symptom that goes with the heart's
// chest pain counts in the message: short of breath, faint, a cold sweat,
// sweating, sick.
func (x *scan) heartCompanions() bool {
	for i := range x.hits {
		h := &x.hits[i]
		if !h.counts() {
			continue
		}
		switch x.s.concepts[h.concept].id {
		case "breathless", "faint", "cold-sweat", "sweating", "nausea":
			return true
		}
	}
	return false
}

// muscleWindow is how far after a chest its "muscles" may stand.
const muscleWindow = 4

// muscleWords name a muscle.
var muscleWords = setOf(`muscle muscles pecs pec pectoral pectorals`)

// besideTheSpine drops a spine told as where the muscles beside it are
// ("a spot just left of my spine", "the muscles either side of my spine",
// "next to my spine"): the red flag is pain right on the spine, and a
// knot beside it is a muscle's. "On my spine" and "my spine" alone count.
func (x *scan) besideTheSpine() {
	x.dropSiteBy("spine-site", func(h *screenHit) int32 { return x.besideBefore(h.start) })
}

// besideBefore returns the token of a word that puts what follows beside
// a place ("beside", "next to", "left of", "either side of") standing
// within besideWindow tokens before token j, small words between, or -1.
func (x *scan) besideBefore(j int32) int32 {
	t := j - 1
	for n := 0; t >= 0 && n < besideWindow; n++ {
		w := x.toks[t].word
		switch {
		case besideWords[w]:
			return t
		case (w == "of" || w == "to") && t > 0 && besideBeforeOf[x.toks[t-1].word]:
			return t - 1
		case !x.toks[t].skip:
			return -1
		}
		t--
	}
	return -1
}

// besideWindow is how far before the spine a word putting it beside may
// stand: "next to (all of) my spine".
const besideWindow = 4

var (
	// besideWords put what follows beside a place: "beside my spine".
	besideWords = setOf(`beside besides alongside near`)
	// besideBeforeOf do so before "of" or "to": "left of", "either side of",
	// "next to", "close to".
	besideBeforeOf = setOf(`left right side sides next close either both`)
)

// thingsAsSubject makes a symptom, event or condition that a thing has
// only a figure of speech: "my laptop had a heart attack", "my wallet
// had a stroke", "my phone took a fall down the stairs"; and so a
// condition nearly had ("I almost had a stroke at the price"). A vehicle
// is no such thing: "my car crashed" carries its driver.
func (x *scan) thingsAsSubject() {
	for i := range x.hits {
		h := &x.hits[i]
		k := x.kind(h)
		if !h.counts() || !timed(k) && k != kindSituation {
			continue
		}
		if t := x.thingBefore(h.start); t >= 0 {
			h.hypo, h.by = true, t
		} else if t := x.nearlyBefore(h.start); t >= 0 && (k == kindSituation || x.s.termConcept.has(h.concept)) {
			// "I almost had a stroke when I saw my rent": a condition
			// nearly had is hyperbole. A symptom nearly had ("I almost
			// passed out") is still told.
			h.hypo, h.by = true, t
		}
	}
}

// nearlyBefore returns the token of "almost" or "nearly" standing just
// before token j, over "had", "have" and small words, or -1.
func (x *scan) nearlyBefore(j int32) int32 {
	t := j - 1
	for n := 0; t >= 0 && n < thingWindow && (x.toks[t].skip || x.toks[t].word == "had" || x.toks[t].word == "have"); n++ {
		t--
	}
	if t >= 0 && (x.toks[t].word == "almost" || x.toks[t].word == "nearly") {
		return t
	}
	return -1
}

// thingBefore returns the token of a thing named as the subject just
// before token j ("my laptop [had] ..."), over small words and a few
// verbs, or -1.
func (x *scan) thingBefore(j int32) int32 {
	t := j - 1
	for n := 0; t >= 0 && n < thingWindow && (x.toks[t].skip || x.toks[t].is(flagSubjectVerb)); n++ {
		t--
	}
	if t < 1 || !x.toks[t].is(flagSubjectThing) || !ownerWords[x.toks[t-1].word] {
		return -1
	}
	return t
}

// thingWindow is how many small words and verbs may stand between a
// thing and what it is said to have.
const thingWindow = 4

var (
	// subjectThings are things, not people nor vehicles, that a figure of
	// speech gives a body: "my wallet had a stroke", "that deadline
	// knocked the wind out of me". Not a time ("this week"), which dates
	// what follows.
	subjectThings = setOf(`laptop computer pc phone tablet ipad wallet printer tv router wifi fridge freezer plants plant stocks
		portfolio budget savings inbox server website app code deadline deadlines exam exams finals workload project bill bills
		rent taxes`)
	// subjectVerbs may stand between a thing and what it has: "my laptop
	// just had", "my phone took".
	subjectVerbs = setOf(`had has have got gets took takes just nearly almost basically totally literally`)
	// ownerWords before a thing make it someone's: "my laptop", "the printer".
	ownerWords = setOf(`my the our his her their this that your`)
)

// likenedWindow is how many words (small words not counted) may stand
// between "feel like" and the accident it likens a feeling to: "feel like
// my spine got run over".
const likenedWindow = 3

// eventsLikened marks as only talked about an accident or a fall that a
// feeling is likened to, after "feel like", "felt as if" and the like:
// "feel like my spine got run over by this week", "feels like I fell off
// a cliff". The feeling is told; the accident did not happen. The
// symptoms in the likeness still count ("feels like something tore").
func (x *scan) eventsLikened() {
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || !h.counts() {
			continue
		}
		if t := x.likenedBefore(h.start); t >= 0 {
			h.hypo, h.by = true, t
		}
	}
}

// likenedBefore returns the token of the "like" (or "as if", "as though")
// after a feeling word that stands within likenedWindow words before token
// j, or -1.
func (x *scan) likenedBefore(j int32) int32 {
	content := 0
	for t := j - 1; t >= 1 && content <= likenedWindow; t-- {
		w := x.toks[t].word
		if !x.toks[t].skip {
			content++
		}
		if w == "if" || w == "though" {
			if t >= 2 && x.toks[t-1].word == "as" && feelWords[x.toks[t-2].word] {
				return t
			}
			continue
		}
		if w == "like" && (feelWords[x.toks[t-1].word] || x.toks[t-1].word == "feels") {
			return t
		}
	}
	return -1
}

// Words of a question asked of people in general: its opening word, and
// the words of a cue that make it general ("a thing people should worry
// about", "something anyone should worry about in general").
var (
	questionOpeners = setOf(`is are does do can could should would`)
	genericPeople   = setOf(`people anyone anybody someone somebody everyone everybody general generally folks`)
)

// askedOfPeople marks as only asked about the symptoms and events of a
// question that opens the message and asks, after naming them, whether
// people in general should worry ("is bladder trouble with back pain a
// thing people should worry about?"), when no one is named before the
// cue: the cue then looks back over what it asks about. "Is numbness in
// my groin something people worry about" names the asker, and counts;
// so does a question followed by someone who has it ("my dad has it right
// now") or by a time of now.
func (x *scan) askedOfPeople() {
	if len(x.toks) == 0 || !questionOpeners[x.toks[0].word] {
		return
	}
	cue := int32(-1)
	for i := range x.hits {
		if h := &x.hits[i]; (h.concept == x.s.cHypothetical || h.concept == x.s.cGeneral) && x.genericCue(h) {
			cue = h.start
			break
		}
	}
	if cue < 0 {
		return
	}
	for t := int32(0); t < cue; t++ {
		if w := x.toks[t].word; firstPerson[w] || x.othersWordAt(t) {
			return
		}
	}
	for t := cue; int(t) < len(x.toks); t++ {
		if x.othersWordAt(t) {
			return // "... in general? my dad has it right now"
		}
	}
	for i := range x.hits {
		if h := &x.hits[i]; x.kind(h) == kindRecent && h.counts() {
			return // "... is that something people worry about? it started today"
		}
	}
	for i := int32(0); i < x.first[cue]; i++ {
		if h := &x.hits[i]; (timed(x.kind(h)) || x.kind(h) == kindSite) && h.counts() {
			h.hypo, h.by = true, cue
		}
	}
}

// genericCue reports whether the cue hit h, or the word just before it,
// speaks of people in general: "people should worry about", "in general".
func (x *scan) genericCue(h *screenHit) bool {
	for t := max(0, h.start-1); t <= h.end; t++ {
		if genericPeople[x.toks[t].word] {
			return true
		}
	}
	return false
}
