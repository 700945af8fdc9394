package knowledge

// Message is one member's message, normalised once for every stage of
// answering: the safety screen, small talk, intent and retrieval all read
// the same words instead of normalising the text again.
//
// A Message is a plain value; its slices must not be modified by stages.
type Message struct {
	// Text is the message as received.
	Text string
	// Normalized is Normalize(Text): lowercase words separated by single
	// spaces.
	Normalized string
	// Words are the words of Normalized with chat shorthand expanded
	// ("wat r" becomes "what are") and stopwords kept.
	Words []string
}

// NewMessage prepares text for answering. It is the one place where a
// message is normalised.
func NewMessage(text string) Message {
	n := Normalize(text)
	return Message{Text: text, Normalized: n, Words: appendWords(nil, n)}
}
