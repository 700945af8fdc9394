package knowledge

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

// contactCues ask how to reach the clinic.
var contactCues = setOf(`contact call phone email reach text message address`)

// compareCues ask to compare or choose.
var compareCues = setOf(`vs versus compare compared comparison difference differences better best
	which or same`)

// readMessageIntent reads the act of a message from its words, stopwords
// included.
func readMessageIntent(msg Message) Intent {
	in := Intent{Act: ActAsk, Treat: readIntent(msg.Words) == intentTreat}
	request := false
	for _, w := range msg.Words {
		if requestWords[w] {
			request = true
			break
		}
	}
	for i, w := range msg.Words {
		switch {
		case bookCues[w] && (request || i == 0):
			return Intent{Act: ActBook, Cue: w, Treat: in.Treat}
		case contactCues[w] && request && in.Act == ActAsk:
			in.Act, in.Cue = ActContact, w
		case compareCues[w] && in.Cue == "":
			in.Cue = w
		}
	}
	if in.Act == ActAsk && in.Cue != "" {
		in.Act = ActCompare
	}
	return in
}
