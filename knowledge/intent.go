package knowledge

import (
	"slices"
	"strings"
)

// Act is what a message asks the bot to do, read from its words (stage 4
// of answering): explain something, book, get in touch, or compare.
type Act string

// The acts, as `ask --explain` prints them.
const (
	ActAsk     Act = "ask"
	ActBook    Act = "book"
	ActContact Act = "contact"
	ActCompare Act = "compare"
)

// Intent is what a message asks for.
type Intent struct {
	Act Act
	// Cue is the word that showed the act ("book", "vs"); empty for ask.
	Cue string
	// Treat reports a request for a treatment ("get rid of knots"), which
	// steers retrieval towards the techniques, or a question about how one
	// is given ("what happens in a session"), which a technique answers
	// rather than the topic it treats (see preferTherapy).
	Treat bool
	// Implied reports a request to book read from a day or a phrase ("can
	// i get a deep tissue on friday", "sign me up") rather than a word of
	// booking: the pipeline books only what the base knows well.
	Implied bool
}

// bookCues are words that ask to book when the message also asks for
// something (see requestWords), or start it: "book a deep tissue for
// friday", "can i get an appointment", "how do i schedule".
var bookCues = setOf(`book booking rebook reserve reservation appointment appointments schedule
	scheduling slot slots availability available opening openings`)

// requestWords mark a message as a request rather than a story: "I want",
// "can I", "how do I", "I'd like".
var requestWords = setOf(`want wanna like can could how need make get id lemme let would where when
	please pls plz`)

// contactCues ask how to reach the clinic, unless someone else's thing
// is meant (see possessed): "your phone number", "where are you located",
// but not "where is my phone".
var contactCues = setOf(`contact call phone telephone email reach address located location number directions`)

// contactSlip reports whether w, a word of no list, is a contact cue of
// five letters or more typed with one slip inside it: "reech", "adress",
// "locatd". The first and last letters stay, so that another word of the
// same start ("numbed" for "number") or another form ("direction") is not
// read as a cue, and an everyday word is never one.
func contactSlip(w string) bool { return contactSlipOf(w) != "" }

// slipOfContact is contactSlip(w) for w, the i-th word of a message whose
// words known are, read from the table when it holds w.
func slipOfContact(known tableWords, i int, w string) bool {
	if tw := known.at(i); tw != nil {
		return tw.contactSlip != 0
	}
	return contactSlip(w)
}

// contactSlipOf returns the contact cue that w is a slip of (see
// contactSlip), or "".
func contactSlipOf(w string) string { return cueSlipOf(w, contactSlipTargets, 0) }

// bookSlipOf returns the word of booking (bookSlipTargets) that w is
// typed with slips of, or "": "shedule", "apointment", "reserv". As for
// contactSlip, the first and last letters stay and an everyday word is
// never one; a long word ("apointmnt" for "appointment") may have two
// slips, since a thumb drops letters of long words more often.
func bookSlipOf(w string) string { return cueSlipOf(w, bookSlipTargets, longSlipLen) }

// cueSlipOf returns the word of targets (sorted, each of five letters or
// more) that w is typed with slips of: one slip, or two in a target of
// twoFrom letters or more when twoFrom is not 0. It returns "" for an
// everyday word or a word shorter than five letters.
func cueSlipOf(w string, targets []string, twoFrom int) string {
	if len(w) < 5 {
		return ""
	}
	for _, c := range targets {
		if c[0] != w[0] || c[len(c)-1] != w[len(w)-1] {
			continue
		}
		most := 1
		if twoFrom > 0 && len(c) >= twoFrom {
			most = 2
		}
		if d := osa(w, c, most); d >= 1 && d <= most {
			if isEveryday(w) {
				return ""
			}
			return c
		}
	}
	return ""
}

// longSlipLen is the length from which a word of booking typed with two
// slips is still read as the word.
const longSlipLen = 9

// bookSlipTargets are the words of booking that bookSlipOf reads slips
// of: the verbs and nouns of bookCues long enough to tell apart.
var bookSlipTargets = []string{"appointment", "appointments", "booking", "reservation", "reserve", "schedule", "scheduling"}

// contactSlipTargets are the contactCues that contactSlip reads slips of.
var contactSlipTargets = func() []string {
	var out []string
	for w := range contactCues {
		if len(w) >= 5 {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out
}()

// addressees are the words by which a message speaks to the clinic: "how
// do I reach you", "where are you guys".
var addressees = setOf("you yous ya yall")

// clinicPlaces are what a member calls the clinic's premises: "your
// place", "the clinic".
var clinicPlaces = setOf("place clinic office studio")

// addressesClinic reports whether words (as Message.Words) speak to the
// clinic, so that a request to get in touch in them is for the clinic's
// own phone or address, not someone else's ("call sarah", "where is the
// form located"): "you", "your" right before a contact cue or the
// clinic's place ("your phone number", "ur place", but not "your origins
// located"), or the clinic itself.
func addressesClinic(words []string) bool {
	for i, w := range words {
		switch {
		case addressees[w] || w == "clinic":
			return true
		case w == "your" && i+1 < len(words) && (contactCues[words[i+1]] || clinicPlaces[words[i+1]]):
			return true
		}
	}
	return false
}

// asksWhereClinic reports whether words (as Message.Words) ask where the
// clinic is, with no word of location: "where are you", "where u guys
// at", "where's ur place". The question ends there, or with a word that
// says where ("based", "at"): "where are you from" asks something else.
// Only small words come before it: "message mom where are you" asks the
// assistant to send a question to someone else.
func asksWhereClinic(words []string) bool { return asksWhereClinicNamed(words, nil) }

// whereHomophones are "where" as voice to text or a quick thumb types it;
// read so only before "is" or "are", where "were" and "wear" cannot stand:
// "were is the clinic", "wear are you".
var whereHomophones = setOf("were wear wer wher whr")

// whereHomophoneSet is whereHomophones with its shapes: many words start
// with a "w" ("what", "with", "would"), and mayBeWhere tells most of them
// apart without a lookup.
var whereHomophoneSet = shaped(whereHomophones)

// mayBeWhere reports whether w is "where" or one of whereHomophones,
// which all start with a "w" (a test holds them to it), so that most
// words are told apart by their first letter, without a lookup.
func mayBeWhere(w string) bool {
	return w != "" && w[0] == 'w' && (w == "where" || whereHomophoneSet.has(w))
}

// asksWhereClinicNamed is asksWhereClinic that also reads the clinic's
// name (its words, as Matcher.clinicName) as the clinic: "where is
// synergy massage", "where's synergy".
func asksWhereClinicNamed(words, name []string) bool {
	// Most messages hold no "where" at all: the loop below could then
	// only answer false, after two list lookups a word.
	if !slices.ContainsFunc(words, mayBeWhere) {
		return false
	}
	for i, w := range words {
		be := i+1 < len(words) && (words[i+1] == "is" || words[i+1] == "are")
		if w != "where" && !(whereHomophones[w] && be) {
			if !stopwords[w] && !fillers[w] {
				return false
			}
			continue
		}
		j := i + 1
		if be {
			j++
		}
		switch {
		case len(name) > 0 && j < len(words) && words[j] == name[0]:
			// The clinic's name, or its first words.
			for k := 0; k < len(name) && j < len(words) && words[j] == name[k]; k++ {
				j++
			}
		case j < len(words) && addressees[words[j]]:
			j++
			if j < len(words) && (words[j] == "guys" || words[j] == "folks" || words[j] == "lot") {
				j++
			}
		case j+1 < len(words) && (words[j] == "your" || words[j] == "the") && clinicPlaces[words[j+1]]:
			j += 2
		default:
			continue
		}
		if j < len(words) && (words[j] == "at" || words[j] == "based" || words[j] == "situated" || words[j] == "exactly") {
			j++
		}
		if j == len(words) {
			return true
		}
	}
	return false
}

// possessives before a contact cue make it the asker's own thing, or a
// third person's: "my phone", "her number".
var possessives = setOf("my his her their our mine")

// possessed reports whether one of the two words before words[i] is a
// possessive: "my phone", "my current location".
func possessed(facts []*wordFacts, i int) bool {
	for j := max(0, i-2); j < i; j++ {
		if f := facts[j]; f != nil && f.possessive {
			return true
		}
	}
	return false
}

// ownerLinks join a thing to its owner after it: "the contact form on my
// site", "the address of my landlord".
var ownerLinks = setOf("on of for in from at with")

// ownedAfter reports whether the contact cue at words[i] (as
// Message.Words) is a thing of someone's own named after it, in a
// message that does not speak to the clinic (see addressesClinic): "the
// contact form on my own website", "a margin call on my account", "the
// phone number of my bank". A link word within two words of the cue, then
// a possessive. "Can I call you for my appointment" speaks to the clinic
// and still asks to get in touch.
func ownedAfter(words []string, i int) bool { return ownerAfter(words, i) != "" }

// ownerAfter returns the owner's thing that the contact cue at words[i]
// belongs to (see ownedAfter): "blog" in "the contact form on my blog",
// "own" passed over ("my own website"); or "".
func ownerAfter(words []string, i int) string {
	for j := i + 1; j < len(words) && j <= i+3; j++ {
		if !ownerLinks[words[j]] || j+1 == len(words) || !possessives[words[j+1]] {
			continue
		}
		if addressesClinic(words) {
			return ""
		}
		k := j + 2
		if k < len(words) && words[k] == "own" {
			k++
		}
		if k < len(words) {
			return words[k]
		}
		return words[j+1]
	}
	return ""
}

// contactCueSet is contactCues with its shapes, for ownedContactThing's
// reading of every word of a message.
var contactCueSet = shaped(contactCues)

// ownedContactThing returns the asker's own thing that a contact cue of
// words (as Message.Words) belongs to (see ownerAfter), or "": the
// message is about that thing ("the contact form on my blog keeps getting
// spam"), not about reaching the clinic.
func ownedContactThing(words []string) string {
	for i, w := range words {
		if contactCueSet.has(w) {
			if t := ownerAfter(words, i); t != "" {
				return t
			}
		}
	}
	return ""
}

// compareCues ask to compare or choose.
var compareCues = setOf(`vs versus compare compared comparison difference differences better best
	which or same`)

// sessionWords ask what happens when a treatment is given: "what happens
// in a session", "what should i expect".
var sessionWords = setOf("session sessions expect happens happen")

// asksHowGiven reports whether words (as Message.Words) ask how a treatment
// is given rather than what a thing is: "what happens in a trigger point
// session", "what do they do", "how is it done".
func asksHowGiven(words []string) bool { return asksHowGivenFacts(words, factsOf(words)) }

// asksHowGivenFacts is asksHowGiven for words whose facts are known.
func asksHowGivenFacts(words []string, facts []*wordFacts) bool {
	for i, w := range words {
		switch {
		case facts[i] != nil && facts[i].session:
			return true
		case w == "do" && i >= 3 && words[i-1] == "they" && words[i-2] == "do" && (words[i-3] == "what" || words[i-3] == "how"):
			return true // "what do they do", "how do they do it"
		case w == "done" && i >= 2 && (words[i-1] == "it" || words[i-1] == "that") && words[i-2] == "is":
			return true // "how is it done"
		}
	}
	return false
}

// describedHeads are the words a description of a technique hangs on:
// "the one where...", "the massage that...", "the gentle style with...".
var describedHeads = setOf("one kind type style massage technique treatment thing")

// listedKinds, before "of" and a described head, ask for the kinds
// themselves: "the types of massage you offer".
var listedKinds = setOf("types kinds styles sorts forms techniques options varieties")

// describingWords follow such a head and say what it is like.
var describingWords = setOf("where that which with when who you they")

// describes reports whether words (as Message.Words) describe a technique
// instead of naming it: a head after "the" or "that" within a few words,
// followed by what it is like ("the light-pressure one that...", "the
// massage where they dig in..."), or a question after its name ("what is
// it called", "what's the name of").
func describes(words []string) bool { return describesFacts(words, factsOf(words)) }

// describesFacts is describes for words whose facts are known.
func describesFacts(words []string, facts []*wordFacts) bool {
	for i, w := range words {
		switch {
		case w == "called" && i >= 2 && (words[i-1] == "it" || words[i-1] == "that" || words[i-1] == "this") && words[i-2] == "is",
			w == "called" && calledWould(words, i):
			return true // "what is it called", "what would that be called"
		case w == "name" && i >= 1 && words[i-1] == "the" && i+1 < len(words) && (words[i+1] == "of" || words[i+1] == "for"):
			return true // "the name of the one...", "the name for the kind..."
		case facts[i] != nil && facts[i].describedHead && asksOfDescribed(words, i):
			return true // "which massage is that", "is that style any use"
		case facts[i] != nil && facts[i].describedHead && i+1 < len(words) && facts[i+1] != nil && facts[i+1].describing:
			if i >= 2 && words[i-1] == "of" && listedKinds[words[i-2]] {
				// "the different types of massage you'd use": a list
				// of kinds is asked for, not one described.
				continue
			}
			for j := max(0, i-4); j < i; j++ {
				if words[j] == "the" || words[j] == "that" {
					return true
				}
			}
			if describedWhere(words, i) {
				return true
			}
		}
	}
	return false
}

// asksOfDescribed reports whether the head at words[i] (see describedHeads)
// points back at a technique the message described before it: "what kind
// of massage was that", "which massage is that" at the end of the
// message, or a style, kind or type after "that" or "this" ("is that
// relaxing style of massage any use"), unless a thing other than massage
// follows it ("this kind of pain" is the asker's pain).
func asksOfDescribed(words []string, i int) bool {
	if i+2 < len(words) && (i+3 == len(words) || words[i+3] == "and") && (words[i+1] == "is" || words[i+1] == "was") && demonstratives[words[i+2]] {
		return true
	}
	if !kindNouns[words[i]] && words[i] != "style" {
		return false
	}
	if i+2 < len(words) && words[i+1] == "of" && stem(words[i+2]) != "massag" {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if words[j] == "that" || words[j] == "this" {
			return true
		}
	}
	return false
}

// asksWhatCalled reports whether words (as Message.Words) ask what
// something is called: "what is it called", "what are they called".
func asksWhatCalled(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == "called" && (words[i-1] == "it" || words[i-1] == "that" || words[i-1] == "this" || words[i-1] == "they") && (words[i-2] == "is" || words[i-2] == "are") {
			return true
		}
	}
	return false
}

// asksWhatStandsFor reports whether words (as Message.Words) ask what an
// abbreviation stands for: "what does rmt stand for".
func asksWhatStandsFor(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "stand" || words[i] == "stands") && words[i+1] == "for" {
			return true
		}
	}
	return false
}

// asksPurpose reports whether words (as Message.Words) ask what a thing is
// good for with "point": "what's the point of", "is there any point in".
func asksPurpose(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if words[i] == "point" && (words[i-1] == "the" || words[i-1] == "any" || words[i-1] == "no") && (words[i+1] == "of" || words[i+1] == "in") {
			return true
		}
	}
	return false
}

// asksWhatGoodFor reports whether words (as Message.Words) ask what
// massage is good for, naming nothing it might be good for: "what is
// massage good for", "is massage good for anything else", "massages good
// for anything besides relaxing", "is massage good for you", "does a
// massage do anything else good for you". Such a question asks for its
// benefits.
func asksWhatGoodFor(words []string) bool {
	if asksWhatElseGood(words) {
		return true
	}
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "good" || words[i+1] != "for" || i+2 < len(words) && !openObjects[words[i+2]] && !goodForYou(words, i+2) {
			continue
		}
		j := i - 1
		for k := 0; j > 0 && k < 4 && (goodAdverbs[words[j]] || goodDoing[words[j]]); k++ {
			j-- // "massage actually good for", "massage do anything else good for"
		}
		if massageWords[words[j]] {
			return true
		}
	}
	return false
}

// elseOpeners ask for more of something before "else": "anything else",
// "what else".
var elseOpeners = setOf("anything something what")

// asksWhatElseGood reports whether words (as Message.Words) ask what else
// good massage does, naming massage itself: "is there anything else good
// that massage does", "what else good can a massage do". Like "what is
// massage good for", it asks for its benefits.
func asksWhatElseGood(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == "good" && words[i-1] == "else" && elseOpeners[words[i-2]] &&
			slices.ContainsFunc(words, func(w string) bool { return w != "it" && massageWords[w] }) {
			return true
		}
	}
	return false
}

// elseAuxiliaries come after "what else" in a question about what a
// thing does: "what else does", "what else can".
var elseAuxiliaries = setOf("does do can could will would")

// elseDoings end such a question: "what else does massage do", "what else
// can a massage help with".
var elseDoings = setOf("do help")

// asksWhatElseMassageDoes reports whether words (as Message.Words) ask
// what else massage does, with "else" and no "good": "what else does a
// massage do for ya besides the back", "what else can massage help with".
// Like "what is massage good for", it asks for its benefits.
func asksWhatElseMassageDoes(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if words[i] != "else" || !elseOpeners[words[i-1]] || !elseAuxiliaries[words[i+1]] {
			continue
		}
		for j := i + 2; j < len(words) && j <= i+4; j++ {
			if words[j] == "it" || !massageWords[words[j]] {
				continue
			}
			if j+1 < len(words) && elseDoings[words[j+1]] {
				return true
			}
		}
	}
	return false
}

// helpWords are the shapes of "help" in a question of what a thing helps.
var helpWords = setOf("help helps")

// helpWordSet is helpWords with its shapes, for analyze, which looks
// every word of a question up in it.
var helpWordSet = shaped(helpWords)

// openAmounts leave open what a thing helps: "help anything else".
var openAmounts = setOf("anything something")

// asksWhatElseHelps reports whether words (as Message.Words) ask whether
// a thing helps anything beyond what the question sets aside: "would
// massage help anything else", "can it help with anything other than my
// back", "does it help with something besides the back". Like "what else
// is massage good for", it asks for the benefits; "does massage help
// anything" with nothing set aside asks whether it helps at all.
func asksWhatElseHelps(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if !helpWords[words[i]] {
			continue
		}
		j := i + 1
		if words[j] == "with" && j+1 < len(words) {
			j++
		}
		if !openAmounts[words[j]] || j+1 == len(words) {
			continue
		}
		switch next := words[j+1]; {
		case next == "else", exceptCues[next] && next != "other":
			return true
		case next == "other":
			return j+2 < len(words) && words[j+2] == "than"
		}
	}
	return false
}

// goodForYou reports whether words[i] is "you" (or "ya", "u") ending the
// question or before an open object: "is massage good for you", "good
// for you besides the back". Good for the asker in general is health;
// "good for you if you have sciatica" names what it might be good for.
func goodForYou(words []string, i int) bool {
	if !genericYou[words[i]] {
		return false
	}
	return i+1 == len(words) || openObjects[words[i+1]] || words[i+1] == "too" || onlyColour(words[i+1:])
}

// genericYou is "you" as anyone, the way people ask whether a thing is
// healthy.
var genericYou = setOf("you ya u")

// goodDoing are the words between massage and "good" of a question
// whether it does any good: "does a massage do anything else good for
// you".
var goodDoing = setOf("do does anything something else much")

// goodAdverbs come between massage and "good for": "is massage really
// good for anything".
var goodAdverbs = setOf("actually really even truly genuinely any still")

// massageWords name massage itself, as the subject of a question.
var massageWords = setOf("massage massages massaging massaged massage's it")

// openObjects after "good for" leave open what the thing is good for.
var openObjects = setOf("anything everything else besides apart aside except other beyond or and")

// exceptCues start a span naming what a question leaves out: "besides my
// back", "apart from the back", "other than relaxing".
var exceptCues = setOf("besides apart aside except other excluding beyond")

// exceptEnds end such a span: a new clause or question begins.
var exceptEnds = setOf("what which is are or and can could does do how why would will should")

// exceptedSpan returns the start and end of the words of words (as
// Message.Words) that a question leaves out ("apart from the back what
// else is massage good for": "the back"), or 0, 0. Those words are not
// what the question asks about, and count for no entry.
func exceptedSpan(words []string) (start, end int) {
	for i, w := range words {
		if !exceptCues[w] {
			continue
		}
		j := i + 1
		switch w {
		case "apart", "aside":
			if j == len(words) || words[j] != "from" {
				continue
			}
			j++
		case "other":
			if j == len(words) || words[j] != "than" {
				continue
			}
			j++
		case "except":
			if j < len(words) && (words[j] == "for" || words[j] == "from") {
				j++
			}
		}
		k := j
		for k < len(words) && k-j < 4 && !exceptEnds[words[k]] {
			k++
		}
		if k > j {
			return j, k
		}
	}
	return 0, 0
}

// readIntent is readMessageIntent that also knows the clinic's name:
// "where is synergy massage" asks how to find the clinic.
func (m *Matcher) readIntent(msg Message) Intent {
	in := readMessageIntent(msg)
	if in.Act == ActAsk && in.Cue == "" && len(m.clinicName) > 0 && asksWhereClinicNamed(msg.Words, m.clinicName) {
		in.Act, in.Cue = ActContact, "where"
	}
	return in
}

// readMessageIntent reads the act of a message from its words, stopwords
// included.
func readMessageIntent(msg Message) Intent {
	// The words' lists were looked up once, by NewMessage (wordFacts).
	facts := msg.wordFacts()
	in := Intent{Act: ActAsk, Treat: readIntentFacts(msg.Words, facts) == intentTreat || asksHowGivenFacts(msg.Words, facts)}
	request := slices.ContainsFunc(facts, func(f *wordFacts) bool { return f != nil && f.request }) || asksWhetherThere(msg.Words)
	// The table holds whether its words are slips of a contact cue.
	known := tableWords{ids: msg.wordIDs(msg.table), t: msg.table}
	for i, w := range msg.Words {
		f := facts[i] // nil when the word is in none of the fixed lists
		switch {
		// "any openings", "is rolfing available": a question about a
		// time (availabilityStarts) asks to book as much as a request
		// does.
		case f != nil && f.bookCue && (request || i == 0 || availabilityStarts[msg.Words[0]]) && !subordinate(msg.Words, i) && !bookAsNoun(msg.Words, i) && !asksWhatToBook(msg.Words, i) && !gerundSubject(msg.Words, i) && !siteNamed(msg.Words, i),
			request && f != nil && f.bookedCue && getsDone(msg.Words, i):
			return Intent{Act: ActBook, Cue: w, Treat: in.Treat}
		case f == nil: // in none of the lists below
			if (request || i == 0) && bookSlipOf(w) != "" && !subordinate(msg.Words, i) {
				// "how to shedule an apointment": a word of
				// booking typed with slips books as the word does.
				return Intent{Act: ActBook, Cue: w, Treat: in.Treat}
			}
			if in.Act == ActAsk && slipOfContact(known, i, w) && !possessed(facts, i) {
				in.Act, in.Cue = ActContact, w
			}
		case f.contactCue && in.Act == ActAsk && !possessed(facts, i) && !ownedAfter(msg.Words, i):
			in.Act, in.Cue = ActContact, w
		case f.compareCue && in.Cue == "":
			in.Cue = w
		}
	}
	if in.Act == ActAsk && in.Cue == "" && asksWhereClinic(msg.Words) {
		in.Act, in.Cue = ActContact, "where"
	}
	if in.Act == ActAsk && in.Cue == "" && request {
		// reachesPerson reads only a request: without a word of
		// requestWords (request) it finds none, and is not asked.
		if w := reachesPerson(msg.Words); w != "" {
			in.Act, in.Cue = ActContact, w
		}
	}
	if in.Act == ActAsk {
		// "sign me up for a swedish massage", "can i get a deep tissue
		// on saturday": a request with a time, or a phrase that asks for
		// a place on the calendar, books.
		if p := bookingPhrase(msg.Normalized); p != "" && !asksHowOften(msg.Words) {
			return Intent{Act: ActBook, Cue: p, Treat: in.Treat, Implied: true}
		}
		if asksToComeIn(msg.Words) && !asksHowOften(msg.Words) {
			return Intent{Act: ActBook, Cue: "in", Treat: in.Treat, Implied: true}
		}
		if request {
			if when := bookingTime(msg.Words, facts); when != "" {
				return Intent{Act: ActBook, Cue: when, Treat: in.Treat, Implied: true}
			}
		}
	}
	if in.Act == ActAsk && in.Cue != "" {
		in.Act = ActCompare
	}
	return in
}

// asksHowOften reports whether words (as Message.Words) ask how often
// something is done ("how often", "how frequently", "how many times"):
// "how often should i come in for my back" asks how regular the
// treatment should be, not for a place on the calendar, though "come in
// for" elsewhere implies a booking.
func asksHowOften(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] != "how" {
			continue
		}
		switch words[i+1] {
		case "often", "frequently":
			return true
		case "many":
			if i+2 < len(words) && words[i+2] == "times" {
				return true
			}
		}
	}
	return false
}

// gerundSubject reports whether words[i], a word of booking, is the
// subject of a question, a verb's -ing form right after the auxiliary
// that opens it, whose own verb says what it would do: "would booking a
// massage every few weeks make a dent in my back pain" asks whether
// regular massage helps, not to book. "can i book", "booking a massage
// for friday please" and "would booking online be easier" still book.
func gerundSubject(words []string, i int) bool {
	if i == 0 || !strings.HasSuffix(words[i], "ing") || !auxiliaries[words[i-1]] {
		return false
	}
	// The question's own verb, after the subject, says what booking
	// would do ("help", "make a dent", "do anything for"); "would booking
	// online be easier" asks about booking itself.
	for _, w := range words[i+1:] {
		switch w {
		case "help", "make", "do", "fix", "work", "improve", "ease", "reduce", "relieve", "change", "benefit":
			return true
		}
	}
	return false
}

// asksWhatBookingDoes reports whether words (as Message.Words) hold a
// word of booking as the subject of a question (see gerundSubject).
func asksWhatBookingDoes(words []string) bool {
	for i, w := range words {
		if bookGerund(w) && gerundSubject(words, i) {
			return true
		}
	}
	return false
}

// bookGerund reports whether w is the -ing form of a verb of booking
// (bookVerbs): "booking", "scheduling", "reserving".
func bookGerund(w string) bool {
	// Compared as strings, not looked up: every word of a question is
	// asked, and most are told apart by their length or last letter.
	if len(w) < 7 || w[len(w)-1] != 'g' {
		return false
	}
	switch w {
	case "booking", "rebooking", "reserving", "scheduling":
		return true
	}
	return false
}

// bookingTime returns the first of words (as Message.Words, whose facts
// are facts) that names a time to book, a booking day ("friday") or
// "week" after "this" or "next", or "". It is read only for a request,
// the one message it can make a booking.
func bookingTime(words []string, facts []*wordFacts) string {
	for i, w := range words {
		if facts[i] != nil && facts[i].bookingDay && !dayGoneOrLasting(words, i) || w == "week" && i > 0 && (words[i-1] == "this" || words[i-1] == "next") {
			return w
		}
	}
	return ""
}

// dayGoneOrLasting reports whether the day at words[i] is one gone by or
// one that something lasted or keeps happening through, not a day to come
// in: "since last weekend", "all saturday", "every sunday", "the whole
// weekend". "my back aches from gardening all weekend, can massage help"
// asks whether massage helps, not for a place on the calendar.
func dayGoneOrLasting(words []string, i int) bool {
	if i == 0 {
		return false
	}
	switch words[i-1] {
	case "last", "past", "previous", "all", "every", "each", "whole", "entire", "since":
		return true
	}
	return false
}

// bookedCues are the participles of booking: "can i get a deep tissue
// booked" asks to book, "i booked one last week" tells a story.
var bookedCues = setOf("booked scheduled reserved")

// getsDone reports whether words[i] ends a request to have something
// done: "get" a few words before it ("get a swedish booked", "get me
// scheduled").
func getsDone(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if words[j] == "get" {
			return true
		}
	}
	return false
}

// bookingDays name a day to come in: a request with one ("can i get a
// swedish massage on saturday") asks to book. Durations ("for 3 weeks")
// and times of day do not.
var bookingDays = setOf(`today tomorrow tonight asap weekend monday tuesday wednesday thursday
	friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays`)

// subordinators open a clause that says when something else happens:
// "before i book", "after booking", "if i schedule".
var subordinators = setOf("before after until till once if when since")

// subordinate reports whether words[i] is in a clause opened by a
// subordinator just before it, with at most a pronoun between: "i want to
// understand them before i book" asks to understand, not to book.
func subordinate(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if subordinators[words[j]] {
			return true
		}
		if w := words[j]; w != "i" && w != "we" && w != "you" {
			return false
		}
	}
	return false
}

// siteNamed reports whether words[i] is the name of a web site, a word
// the normaliser split from its domain ("booking com" of "booking.com"):
// the site is a business of its own, and its name no request to book.
func siteNamed(words []string, i int) bool {
	return i+1 < len(words) && webSuffixes[words[i+1]]
}

// webSuffixes end the names of web sites, after the dot the normaliser
// drops: "booking.com", "book.ca".
var webSuffixes = setOf("com ca net org io")

// availabilityStarts open a question about whether there is room: "any
// openings", "is there a slot", "are you available".
var availabilityStarts = setOf("any is are do does")

// bookingPhrases ask for a place on the calendar without a word of
// bookCues.
var bookingPhrases = []string{"sign me up", "sign up", "fit me in", "squeeze me in", "get me in", "pencil me in", "come in for", "take me in",
	"slide in for", "pop in for", "drop in for", "swing by for", "stop by for", "squeeze in a", "fit in a",
	"lock in a session", "lock in a time", "lock me in", "set up a session", "set me up with a",
	"set up a massage", "set up a time", "set up a visit"}

// bookingCues are parts of the phrases of bookingPhrases: text that holds
// none of them holds none of the phrases.
var bookingCues = []string{"me in", "sign ", "in for", "by for", "in a", "set "}

// bookingPhrasesCued reports whether every phrase of bookingPhrases holds
// one of bookingCues, so that bookingPhrase may look for those first.
var bookingPhrasesCued = len(bookingCues) <= 64 && !slices.ContainsFunc(bookingPhrases, func(p string) bool {
	return !slices.ContainsFunc(bookingCues, func(c string) bool { return strings.Contains(p, c) })
})

// bookingPhrase returns the phrase of bookingPhrases that normalized text
// holds, or "".
func bookingPhrase(normalized string) string {
	if !bookingPhrasesCued {
		for _, p := range bookingPhrases {
			if strings.Contains(normalized, p) {
				return p
			}
		}
		return ""
	}
	// Text with no cue holds none of the phrases: a pass over it per cue
	// instead of one per phrase. Nor does it hold a phrase whose cues it
	// does not all hold ("in a" is in many a message, "lock in a time"
	// in few), so only the phrases of the cues it holds are looked for.
	var held uint64
	for k, c := range bookingCues {
		if strings.Contains(normalized, c) {
			held |= 1 << k
		}
	}
	if held == 0 {
		return ""
	}
	for i, p := range bookingPhrases {
		if bookingPhraseCues[i]&^held == 0 && strings.Contains(normalized, p) {
			return p
		}
	}
	return ""
}

// bookingPhraseCues holds, for each phrase of bookingPhrases, the set of
// bookingCues it holds, as bits by the cues' index.
var bookingPhraseCues = func() []uint64 {
	out := make([]uint64, len(bookingPhrases))
	for i, p := range bookingPhrases {
		for k, c := range bookingCues[:min(len(bookingCues), 64)] {
			if strings.Contains(p, c) {
				out[i] |= 1 << k
			}
		}
	}
	return out
}()

// whichWords ask which of several things: "what should i book", "which
// one do i book".
var whichWords = setOf("what which")

// asksWhatToBook reports whether the booking cue at words[i] is the thing
// a question asks to choose rather than a request to book: "what should
// i book", "which massage do i book for my back". A modal and the asker
// come right before it, and "what" or "which" a few words before them.
// Such a question asks for advice on a technique, which retrieval answers.
func asksWhatToBook(words []string, i int) bool {
	if i < 3 || words[i] != "book" || words[i-1] != "i" && words[i-1] != "we" || !choiceModals[words[i-2]] {
		return false
	}
	for j := max(0, i-6); j < i-2; j++ {
		if whichWords[words[j]] {
			return true
		}
	}
	return false
}

// choiceModals come between the choice word and the asker: "what should
// i", "which do i".
var choiceModals = setOf("should do would could shall")

// reachVerbs are ways of getting a message to someone: "send you a
// message", "talk to a human", "text you".
var reachVerbs = setOf("send message msg text dm email write talk speak chat")

// reachVerbSet is reachVerbs with its shapes, for reachesPerson's reading
// of every word after a request.
var reachVerbSet = shaped(reachVerbs)

// reachedPeople are who such a verb reaches when the message is for the
// clinic: "you", or a person there rather than the bot.
var reachedPeople = setOf("you u ya yall someone somebody human humans person people staff receptionist")

// reachesPerson returns the verb of a request to get a message to the
// clinic or a person there ("how do i send you a message", "can i talk to
// a real human", "i need to speak to someone"), or "". A word of request
// comes before the verb (see requestWords), then, within three words,
// who is reached: "nice to talk to you" is a pleasantry, and "talk to you
// later" a goodbye. A question about something ("can i talk to you about
// my back") asks that instead, and so does one that reaches the asker's
// own people ("text my sister"): neither counts.
func reachesPerson(words []string) string {
	requested := false
	for i, w := range words {
		if !requested && (requestWords[w] || asksWhetherThereIs(words, i)) {
			requested = true
		}
		if !requested || !reachVerbSet.has(w) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if possessives[words[j]] || words[j] == "about" {
				break
			}
			if reachedPeople[words[j]] {
				if k := j + 1; k < len(words) && (words[k] == "about" || partingWords[words[k]] || k+1 < len(words) && words[k+1] == "about") {
					break
				}
				return w
			}
		}
	}
	return ""
}

// asksWhetherThereIs reports whether words[i] is the "there" of "is
// there" or "are there", which asks for a way to do something as "can I"
// does: "is there a form to send you a message".
func asksWhetherThereIs(words []string, i int) bool {
	return words[i] == "there" && i > 0 && (words[i-1] == "is" || words[i-1] == "are")
}

// asksWhetherThere reports whether words hold "is there" or "are there"
// (see asksWhetherThereIs).
func asksWhetherThere(words []string) bool {
	for i := range words {
		if asksWhetherThereIs(words, i) {
			return true
		}
	}
	return false
}

// partingWords after "talk to you" make it a goodbye: "talk to you later".
var partingWords = setOf("later soon again tomorrow")

// asksToComeIn reports whether words (as Message.Words) ask when or
// whether the asker can come in, ending there: "how soon can i get in",
// "when could we come in". "Can I get in" at the end of a message asks for
// a place on the calendar; before other words ("get in touch", "get in
// trouble") it means something else.
func asksToComeIn(words []string) bool {
	n := len(words)
	if n < 4 || words[n-1] != "in" || words[n-2] != "get" && words[n-2] != "come" {
		return false
	}
	return (words[n-3] == "i" || words[n-3] == "we") && (words[n-4] == "can" || words[n-4] == "could")
}
