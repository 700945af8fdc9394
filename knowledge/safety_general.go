package knowledge

// This file reads a question asked about a kind of case rather than told
// of one: a symptom inside a question that names no one as having it, and
// that asks about cases in general (why something is so, whether it is
// ever or always so, or of a class of people), reports nothing.

var (
	// generalOpeners open a question: "is", "can", "why", "how".
	generalOpeners = setOf(`is are does do can could should would will why how what when which whats`)
	// reasonOpeners ask why or how a thing is so, which no report does:
	// "why is bladder trouble treated as a red flag", "how would anyone
	// tell a clot from a knot".
	reasonOpeners = setOf(`why how`)
	// caseQuantifiers ask whether a thing is ever, always or usually so:
	// "is weight loss ever linked to back pain", "is that always
	// something else", "medically speaking". Not "really", which mostly intensifies ("really
	// tight legs").
	caseQuantifiers = setOf(`ever always usually typically normally generally commonly often possibly medically speaking
		scientifically technically statistically theoretically
		linked associated`)
	// kindsOfPeople are people in general or a class of them: "someone
	// with osteoporosis", "older folks", "staff with back pain".
	kindsOfPeople = setOf(`people person persons someone somebody anyone anybody everyone everybody folks staff
		clients patients athletes runners women men kids children adults elderly seniors workers employees students
		somebodys someones peoples`)
	// experienceWords after "I" tell of the asker's own body: "I have",
	// "I've got", "I feel", "I can't".
	experienceWords = setOf(`have has got get gets getting having feel felt feeling been keep kept woke`)
)

// questionReach is how far back from a symptom the opener of the question
// it is asked in may stand.
const questionReach = 10

// askedInGeneral marks as only asked about the symptoms, events and
// situations asked of in general: each stands inside a question (an
// opener within questionReach before it, and no one named as having it
// between), and the question asks why or how, whether it is ever or
// always so, or of a kind of people ("medically speaking, is weakness in
// both legs worse than in one?", "can someone with osteoporosis really
// fracture their spine by sneezing?"). The message must tell nothing of
// the asker's or anyone's own body and no time of now: "is numbness in
// the groin ever serious? I have it right now" is a report.
func (x *scan) askedInGeneral() {
	if !x.anyFlag(flagGeneralAsk) {
		return // no reason asked, no quantifier, no kind of people
	}
	if x.goingOnFrom(-1) {
		return // "how do people know if it's a clot? calf swollen since the flight"
	}
	var asked [maxGeneralHits]int32
	var opener [maxGeneralHits]int32
	n := 0
	for i := range x.hits {
		h := &x.hits[i]
		if k := x.kind(h); k == kindRecent && h.counts() {
			return // "is that ever serious? it started today"
		} else if !h.counts() || !timed(k) && k != kindSite || n == maxGeneralHits {
			continue // a situation stays: whether massage is safe with it is asked all the same
		}
		if q := x.generalQuestionBefore(h); q >= 0 {
			asked[n], opener[n] = int32(i), q
			n++
		}
	}
	if n == 0 || x.toldOfSomeone() {
		return
	}
	for j := range n {
		h := &x.hits[asked[j]]
		h.hypo, h.by = true, opener[j]
	}
}

// askedOfAKind reports whether situation h stands in a question asked in
// general, as askedInGeneral reads one, in a message that tells of no
// one's body: "can someone with osteoporosis really fracture their spine
// by sneezing?". askedInGeneral leaves situations counted, for whether
// massage is safe with one is asked all the same; caution reads this
// only when no massage is asked of.
func (x *scan) askedOfAKind(h *screenHit) bool {
	return x.anyFlag(flagGeneralAsk) && x.generalQuestionBefore(h) >= 0 && !x.toldOfSomeone()
}

// maxGeneralHits bounds the hits askedInGeneral marks in one message.
const maxGeneralHits = 16

// generalQuestionBefore returns the token of the opener of the general
// question hit h is asked in, or -1: an opener within questionReach
// before it with nothing between that ends a clause or names someone,
// and a reason asked, a quantifier over cases or a kind of people from
// the opener to a few words after h.
func (x *scan) generalQuestionBefore(h *screenHit) int32 {
	if !x.flagIn(h.start-questionReach-2, h.end+questionReach/2, flagGeneralAsk) {
		return -1 // no reason asked, quantifier or kind of people near it
	}
	q := x.openerBefore(h)
	if q < 0 {
		return -1
	}
	for t := q; t >= 0 && t >= q-2; t-- {
		if reasonOpeners[x.toks[t].word] {
			return t // "why would", "how can you tell"
		}
	}
	// The words just before the opener frame it too: "medically
	// speaking, is ...".
	for t := max(0, q-2); int(t) < len(x.toks) && t <= h.end+questionReach/2; t++ {
		if w := x.toks[t].word; x.toks[t].is(flagGeneralAsk) && !reasonOpeners[w] && (w != "really" || x.doubtAt(t)) {
			return q
		}
	}
	return -1
}

// doubtAt reports whether the "really" at token t doubts what a thing is
// ("is that really a 911 situation", "really an emergency") rather than
// saying how much ("really tight legs").
func (x *scan) doubtAt(t int32) bool {
	if int(t)+1 >= len(x.toks) {
		return false
	}
	w := x.toks[t+1].word
	return w == "a" || w == "an" || w == "that" || w == "the"
}

// exampleNouns before "like" or "such as" make what follows examples of a
// kind: "things like tearing pain", "symptoms such as numbness".
var exampleNouns = setOf(`thing things something stuff symptom symptoms sign signs issue issues problem problems
	condition conditions anything everything case cases situations`)

// exampleWords introduce examples after one of exampleNouns, and
// listKindWords close a list of them ("that kind of thing").
var (
	exampleWords  = setOf(`like such eg including`)
	listKindWords = setOf(`kind sort type`)
)

// doubtWords doubt what a thing is: "is that really an emergency" (see
// doubtAt).
var doubtWords = setOf(`really`)

// flagIn reports whether a token from from to to, inclusive and within
// the message, has flag f.
func (x *scan) flagIn(from, to int32, f wordFlags) bool {
	for t := max(0, from); t <= to && int(t) < len(x.toks); t++ {
		if x.toks[t].flags&f != 0 {
			return true
		}
	}
	return false
}

// anyFlag reports whether a token of the message has flag f.
func (x *scan) anyFlag(f wordFlags) bool {
	for i := range x.toks {
		if x.toks[i].flags&f != 0 {
			return true
		}
	}
	return false
}

// examplesNamed marks as only asked about the symptoms named as examples
// of a kind ("do therapists learn to spot things like tearing pain?",
// "who do you call if something like chest pain is urgent?") and those
// listed before "that kind of thing" ("numbness, weight loss, fever, that
// kind of thing?"), unless the asker or someone is told to have the kind
// just before: "I have something like pins and needles in both legs".
func (x *scan) examplesNamed() {
	if !x.anyFlag(flagExample) {
		return
	}
	applied := int32(-1)
	for i := range x.hits {
		h := &x.hits[i]
		if !negatable(x.kind(h)) || !h.counts() {
			continue
		}
		for t := max(1, h.start-2*hypotheticalWindow); t < h.start; t++ {
			if t > applied && x.toks[t].is(flagExample) && exampleWords[x.toks[t].word] && exampleNouns[x.toks[t-1].word] && !x.ownedBefore(t-1) {
				applied = t
				x.applyScope(t, t, hypotheticalWindow, flagHypoChain, true, func(y *screenHit) { y.hypo = true })
			}
		}
		for t := h.end + 2; int(t)+2 < len(x.toks) && t <= h.end+4; t++ {
			if w := x.toks[t].word; (w == "kind" || w == "sort" || w == "type") && x.toks[t-1].word == "that" &&
				x.toks[t+1].word == "of" && exampleNouns[x.toks[t+2].word] {
				x.listBefore(t - 1)
			}
		}
	}
}

// ownedBefore reports whether the asker or someone stands within three
// tokens before token t as the one who has it: "I have something like",
// "my dad gets things like".
func (x *scan) ownedBefore(t int32) bool {
	for u := t - 1; u >= 0 && u >= t-3; u-- {
		if x.ownerAt(u) || experienceWords[x.toks[u].word] {
			return true
		}
	}
	return false
}

// listBefore marks as only asked about the symptoms of the list that ends
// just before token end: hits, list words and small words, back to the
// first other word.
func (x *scan) listBefore(end int32) {
	t := end - 1
	for ; t >= 0; t-- {
		tok := &x.toks[t]
		if tok.skip || tok.is(flagChain) || len(x.at(t)) > 0 || x.coveredByHit(t) {
			if x.ownerAt(t) {
				return // "my legs are numb and i can't pee, that kind of thing"
			}
			continue
		}
		break
	}
	for i := x.first[t+1]; i < x.first[end]; i++ {
		if h := &x.hits[i]; timed(x.kind(h)) && h.counts() {
			h.hypo, h.by = true, end
		}
	}
}

// openerBefore returns the token of the opener of the question hit h
// stands in: one of generalOpeners within questionReach before it, with
// nothing between that ends a clause or names someone; or -1.
func (x *scan) openerBefore(h *screenHit) int32 {
	q := int32(-1)
	for t := h.start - 1; t >= 0 && t >= h.start-questionReach; t-- {
		tok := &x.toks[t]
		if tok.is(flagLaugh | flagScopeEnd) {
			return -1
		}
		if generalOpeners[tok.word] || (tok.word == "if" || tok.word == "whether") && x.askedBy(t) {
			q = t // "is ...", or asked of: "my friend asked me if ...", "wondering whether ..."
			break
		}
	}
	if q < 0 {
		return -1
	}
	for t := q + 1; t < h.start; t++ {
		if x.ownerAt(t) {
			return -1
		}
	}
	return q
}

// ownerAt reports whether token t names someone whose body a symptom
// after it may be: the asker or a person, but not people in general
// ("someone with", "people who").
func (x *scan) ownerAt(t int32) bool {
	w := x.toks[t].word
	if kindsOfPeople[w] || peopleClass[w] {
		return false
	}
	return firstPerson[w] || personWords[w] || x.othersWordAt(t) || w == "we" || w == "our" || w == "us"
}

// toldOfSomeone reports whether the message tells of the asker's or
// someone's own body: "my" or a person's word before a body part, a
// symptom or a person ("my legs", "my dad"), or "I" before a word of
// having or feeling or a symptom ("I have", "I can't feel"); or a
// person's pronoun ("he", "she"). A "their" of people in general
// ("someone ... their spine") tells of no one's body. "I'm a nursing student", "for my
// office", "my character" tell of no body.
func (x *scan) toldOfSomeone() bool {
	for t := range x.toks {
		w := x.toks[t].word
		switch {
		case otherPronouns[w] || othersContracted[w] && w != "they" && w != "them":
			return true
		case w == "my" || w == "mine" || w == "our" || w == "his" || w == "her" || w == "their" || w == "your":
			if w == "their" && x.classBefore(int32(t)) {
				continue // "can someone with osteoporosis fracture their spine?": a kind of people's body
			}
			if u := x.bodyOrPersonAfter(int32(t), 3); u >= 0 && !x.speakerAt(u) {
				return true
			}
		case w == "i" || w == "me" || w == "myself" || w == "we" || w == "us":
			if (w == "me" || w == "us") && t > 0 && (speechVerbs[x.toks[t-1].word] || askingVerbs[x.toks[t-1].word]) {
				continue // "my friend asked me if ...": the one asked
			}
			if x.experienceAfter(int32(t), 3) {
				return true
			}
		}
	}
	return false
}

// bodyOrPersonAfter returns the token of a body part, a symptom, a
// situation or a person within n tokens after token t, or -1; an age is a
// person's ("my 2 yo").
func (x *scan) bodyOrPersonAfter(t, n int32) int32 {
	for u := t + 1; int(u) < len(x.toks) && u <= t+n; u++ {
		w := x.toks[u].word
		if bodyWords[w] || personWords[w] || x.othersWordAt(u) || x.bodyOrSymptomAt(u) || isDigits(w) {
			return u
		}
	}
	return -1
}

// askingVerbs, with speechVerbs, make a person named only the one who
// asks or says: "my friend asked me if ...", "my physio friend keeps
// saying it".
var askingVerbs = setOf(`asked asks asking wondered wonders wondering wonder curious mentioned mentions keeps kept saying explained`)

// askedBy reports whether the "if" or "whether" at token t is asked: one
// of askingVerbs stands just before it, "me" or "us" between.
func (x *scan) askedBy(t int32) bool {
	for u := t - 1; u >= 0 && u >= t-2; u-- {
		w := x.toks[u].word
		if askingVerbs[w] {
			return true
		}
		if w != "me" && w != "us" {
			return false
		}
	}
	return false
}

// speakerAt reports whether the person at token u only speaks or asks:
// one of speechVerbs or askingVerbs follows within two tokens, and no
// symptom, site or situation follows before it.
func (x *scan) speakerAt(u int32) bool {
	if x.bodyOrSymptomAt(u) {
		return false
	}
	for v := u + 1; int(v) < len(x.toks) && v <= u+2; v++ {
		if w := x.toks[v].word; speechVerbs[w] || askingVerbs[w] {
			return true
		}
		if x.bodyOrSymptomAt(v) {
			return false
		}
	}
	return false
}

// experienceAfter reports whether a word of having or feeling, a
// negation or a symptom stands within n tokens after token t: "I have",
// "I can't", "me too" aside, "I am numb".
func (x *scan) experienceAfter(t, n int32) bool {
	for u := t + 1; int(u) < len(x.toks) && u <= t+n; u++ {
		tok := &x.toks[u]
		if experienceWords[tok.word] || tok.is(flagNegation) || x.bodyOrSymptomAt(u) {
			return true
		}
	}
	if int(t)+1 >= len(x.toks) {
		return true // "... like me"
	}
	return false
}

// bodyOrSymptomAt reports whether a site, a symptom or event, or a
// situation starts at token t.
func (x *scan) bodyOrSymptomAt(t int32) bool {
	for _, o := range x.at(t) {
		if bodyOrSymptom(x.kind(&o)) {
			return true
		}
	}
	return false
}

// askedOfWhatWasTold reports whether the message tells a symptom or an
// event first, outside any question, and then asks about it with a word pointing back ("numb legs
// and can't pee, is that a warning sign?", "calf swollen and hot, what
// does it mean?", "is this an emergency?"): the question is about the
// case just told, the sender's own, not a general one.
func (x *scan) askedOfWhatWasTold() bool {
	told := int32(-1)
	for i := range x.hits {
		h := &x.hits[i]
		if timed(x.kind(h)) && h.counts() {
			if told < 0 && x.openerBefore(h) < 0 {
				told = h.end // not asked of: "does tingling in your legs always mean ..., or is that a myth?"
			}
			continue
		}
		c := h.concept
		if told < 0 || h.start <= told || c != x.s.cHypothetical && c != x.s.cGeneral {
			continue
		}
		for t := max(told+1, h.start-3); t <= h.start+1 && int(t) < len(x.toks); t++ {
			if termPointers[x.toks[t].word] {
				return true
			}
		}
	}
	return false
}

// siteLeads introduce the place a symptom is felt in or goes to: "pain
// [going to] my arm", "numbness [in] my groin", "pain [down] my leg".
var siteLeads = setOf(`to into in down up through across around going goes spreading spreads radiating radiates
	shooting shoots travelling traveling`)

// deniedSites negates the body sites that a denied symptom is said to be
// felt in or to go to, over a word that leads to them and over "or"
// between them: in "no pain going to my arm or jaw, just a sore upper
// back", the arm and the jaw are where the denied pain is not, and no
// site of the sore back's. A site with no lead ("no pain, my arm is
// numb"), or after the place ends ("no tingling in my bum, my legs are
// weak", "... in my groin and my legs have gone weak"), is told on its
// own.
func (x *scan) deniedSites() {
	for i := range x.hits {
		h := &x.hits[i]
		if !h.negated || h.by < 0 || !timed(x.kind(h)) || !x.toks[h.by].is(flagNegation) {
			continue
		}
		led, placed, joined := false, false, false
		for t := h.end + 1; int(t) < len(x.toks); t++ {
			tok := &x.toks[t]
			switch {
			case !placed && siteLeads[tok.word]:
				led = true
			case tok.skip && (!placed || joined):
			case placed && !joined && (tok.word == "or" || tok.word == "nor"):
				joined = true
			case led && (!placed || joined) && x.siteAt(t):
				for k := range x.at(t) {
					if o := &x.hits[x.first[t]+int32(k)]; x.kind(o) == kindSite && o.counts() {
						o.negated, o.by = true, h.by
						t = max(t, o.end)
					}
				}
				placed, joined = true, false
			default:
				t = int32(len(x.toks)) // the denied symptom's place ends here
			}
		}
	}
}
