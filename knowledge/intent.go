package knowledge

import "slices"

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
	// steers retrieval towards the techniques.
	Treat bool
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
var contactCues = setOf(`contact call phone email reach address located location number directions`)

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

// compareCues ask to compare or choose.
var compareCues = setOf(`vs versus compare compared comparison difference differences better best
	which or same`)

// readMessageIntent reads the act of a message from its words, stopwords
// included.
func readMessageIntent(msg Message) Intent {
	// The words' lists were looked up once, by NewMessage (wordFacts).
	facts := msg.wordFacts()
	in := Intent{Act: ActAsk, Treat: readIntentFacts(msg.Words, facts) == intentTreat}
	request := slices.ContainsFunc(facts, func(f *wordFacts) bool { return f != nil && f.request })
	for i, w := range msg.Words {
		f := facts[i]
		if f == nil {
			continue // in none of the lists below
		}
		switch {
		case f.bookCue && (request || i == 0):
			return Intent{Act: ActBook, Cue: w, Treat: in.Treat}
		case f.contactCue && in.Act == ActAsk && !possessed(facts, i):
			in.Act, in.Cue = ActContact, w
		case f.compareCue && in.Cue == "":
			in.Cue = w
		}
	}
	if in.Act == ActAsk && in.Cue != "" {
		in.Act = ActCompare
	}
	return in
}
