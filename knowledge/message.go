package knowledge

import (
	"strings"
	"sync"
)

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
	// facts[i] is what the package's word lists say of Words[i] (see
	// wordFacts), looked up once by NewMessage for every stage.
	facts []*wordFacts
	// ids[i] is Words[i]'s id in table (-1 for a word outside it), when
	// the message was made for a matcher (see newMessageIn); table is nil
	// otherwise.
	ids   []int32
	table *wordTable
	// Focus is, for a long message that tells a story around its question,
	// the sentences that ask (see asks); nil otherwise. Retrieval and
	// intent read it first, so that "I was on the booking page..." does
	// not make "which one helps my back?" a request to book.
	Focus *Message
}

// longMessage is the length in bytes from which a message's asking
// sentences are told from its story.
const longMessage = 160

// onlyFenced returns the text inside text's one fenced code block when the
// block is all there is, and whether it is.
func onlyFenced(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if len(t) <= 6 || !strings.HasPrefix(t, "```") || !strings.HasSuffix(t, "```") {
		return "", false
	}
	inner := t[3 : len(t)-3]
	if strings.Contains(inner, "```") {
		return "", false
	}
	return inner, true
}

// NewMessage prepares text for answering. It is the one place where a
// message is normalised: a long one sentence by sentence, so that the
// sentences that ask are known without normalising them again.
func NewMessage(text string) Message { return newMessage(text, nil) }

// newMessage is NewMessage with its words and facts in buf's slices when
// buf is not nil (see messageBuffers); a nil buf gives new slices.
func newMessage(text string, buf *messageBuffers) Message { return newMessageIn(text, buf, nil) }

// newMessageIn is newMessage that also notes each word's id in table
// (Message.ids) when table is not nil, looking each word up there instead
// of in the lexicon: the stages then read what they make of the word by
// its id.
func newMessageIn(text string, buf *messageBuffers, table *wordTable) Message {
	if buf == nil {
		var fresh messageBuffers // empty: every slice is made new
		buf = &fresh
	}
	if len(text) < longMessage && !severalSentences(text) {
		n := Normalize(text)
		if inner, ok := onlyFenced(text); ok && n == "" {
			// A message that is one fenced block is a question set in
			// code, as members quote a name in inline code ("```where
			// are you located```"): its text is the question. A block
			// beside other words is a paste (a log, code) and is left
			// out with the markup.
			n = Normalize(inner)
		}
		msg := Message{Text: text, Normalized: n}
		if n != "" {
			room := withShorthand(strings.Count(n, " ") + 1)
			if table != nil {
				msg.Words, msg.facts, msg.ids = table.appendWords(emptyWith(buf.words, room), emptyWith(buf.facts, room), emptyWith(buf.ids, room), n)
				msg.table = table
			} else {
				msg.Words, msg.facts = appendWordFacts(emptyWith(buf.words, room), emptyWith(buf.facts, room), n)
			}
		}
		return msg
	}
	sentences := appendSentences(buf.sentences[:0], stripDiscord(text))
	all := buf.normalized[:0] // the sentences normalised, empty ones left out
	asking := buf.asking[:0]
	focusText := buf.focusText[:0]
	story := false
	size := 0 // the words of all, before shorthand is expanded
	// The sentences are normalised one after the other into one text,
	// which is then the whole message's; each sentence's is a part of it.
	var b strings.Builder
	b.Grow(len(text) + len(text)/8)
	for _, s := range sentences {
		start := b.Len()
		writeNormalized(&b, s)
		if b.Len() == start {
			continue // nothing wordlike
		}
		if start > 0 {
			start++ // the space before it
		}
		n := b.String()[start:]
		all = append(all, n)
		a := asks(s, n)
		asking = append(asking, a)
		if a {
			focusText = append(focusText, s)
		} else {
			story = true
		}
		size += strings.Count(n, " ") + 1
	}
	whole := b.String() // all, joined by single spaces
	// The words of the whole message are those of its sentences one after
	// the other (Join puts single spaces between them), so each sentence's
	// words are read once, and the asking sentences' words are copied for
	// the focus rather than read again.
	words := emptyWith(buf.words, withShorthand(size))
	facts := emptyWith(buf.facts, withShorthand(size))
	var ids []int32
	if table != nil {
		ids = emptyWith(buf.ids, withShorthand(size))
	}
	focusWords := 0
	ends := buf.ends[:0] // the end of each sentence's words in words
	for i, n := range all {
		start := len(words)
		if table != nil {
			words, facts, ids = table.appendWords(words, facts, ids, n)
		} else {
			words, facts = appendWordFacts(words, facts, n)
		}
		ends = append(ends, len(words))
		if asking[i] {
			focusWords += len(words) - start
		}
	}
	if whole == "" {
		words, facts, ids = nil, nil, nil // as for a short message with no words
	}
	msg := Message{Text: text, Normalized: whole, Words: words, facts: facts}
	if table != nil && whole != "" {
		msg.ids, msg.table = ids, table
	}
	if story && len(focusText) > 0 {
		focus := make([]string, 0, len(focusText))
		fw := emptyWith(buf.focusWords, focusWords)
		ff := emptyWith(buf.focusFacts, focusWords)
		var fi []int32
		if msg.table != nil {
			fi = emptyWith(buf.focusIDs, focusWords)
		}
		start := 0
		for i, n := range all {
			if asking[i] {
				focus = append(focus, n)
				fw = append(fw, words[start:ends[i]]...)
				ff = append(ff, facts[start:ends[i]]...)
				if msg.table != nil {
					fi = append(fi, ids[start:ends[i]]...)
				}
			}
			start = ends[i]
		}
		fn := strings.Join(focus, " ")
		msg.Focus = &Message{Text: strings.Join(focusText, " "), Normalized: fn, Words: fw, facts: ff, ids: fi, table: msg.table}
	}
	buf.keepSentences(sentences, all, focusText, asking, ends)
	return msg
}

// withShorthand is room for n words once chat shorthand is expanded
// ("im" is "i am"), so that appending them allocates once.
func withShorthand(n int) int { return n + n/8 + 1 }

// messageBuffers are the slices of a message's words and facts, and of
// its focus's, reused from one message to the next where the message is
// forgotten once answered (Responder.Ask), so that answering allocates
// them only when a message needs more room than the last ones.
type messageBuffers struct {
	words, focusWords []string
	facts, focusFacts []*wordFacts
	ids, focusIDs     []int32
	// sentences, normalized and focusText are a long message's sentences
	// as written, normalised, and those that ask; asking says which ask,
	// ends where each one's words end. newMessageIn reads them only while
	// it makes the message.
	sentences, normalized, focusText []string
	asking                           []bool
	ends                             []int
}

// keepSentences takes back the slices newMessageIn read a long message's
// sentences into (kept clears their strings).
func (b *messageBuffers) keepSentences(sentences, normalized, focusText []string, asking []bool, ends []int) {
	b.sentences, b.normalized, b.focusText = kept(b.sentences, sentences), kept(b.normalized, normalized), kept(b.focusText, focusText)
	b.asking, b.ends = kept(b.asking, asking), kept(b.ends, ends)
}

// messageBufferPool holds *messageBuffers between calls to Ask.
var messageBufferPool = sync.Pool{New: func() any { return new(messageBuffers) }}

// maxBufferedWords bounds the room a buffer keeps, so that one long paste
// does not leave every pooled buffer large.
const maxBufferedWords = 512

// emptyWith returns s emptied when it has room for n, or a new slice.
func emptyWith[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, 0, n)
	}
	return s[:0]
}

// keep takes back the slices of msg, made by newMessage with b, once
// nothing reads msg any more. Their words are cleared, so that a pooled
// buffer does not keep a message alive.
func (b *messageBuffers) keep(msg Message) {
	b.words = kept(b.words, msg.Words)
	b.facts = kept(b.facts, msg.facts)
	b.ids = kept(b.ids, msg.ids)
	if msg.Focus != nil {
		b.focusWords = kept(b.focusWords, msg.Focus.Words)
		b.focusFacts = kept(b.focusFacts, msg.Focus.facts)
		b.focusIDs = kept(b.focusIDs, msg.Focus.ids)
	}
}

// kept is what a buffer keeps of its slice old once used, a slice made
// from it or in its place: the larger, within maxBufferedWords.
func kept[T any](old, used []T) []T {
	clear(used)
	if cap(used) > cap(old) && cap(used) <= maxBufferedWords {
		return used[:0]
	}
	return old
}

// wordFacts returns the facts of msg's words: those NewMessage looked up,
// or, for a Message made otherwise, looked up now.
func (msg Message) wordFacts() []*wordFacts {
	if len(msg.facts) == len(msg.Words) {
		return msg.facts
	}
	return factsOf(msg.Words)
}

// wordIDs returns the ids of msg's words in t, when msg was made for t
// (see newMessageIn), or nil.
func (msg Message) wordIDs(t *wordTable) []int32 {
	if msg.table == t && t != nil && len(msg.ids) == len(msg.Words) {
		return msg.ids
	}
	return nil
}

// severalSentences reports whether a short text holds a sentence's end
// (".", "!" or "?" followed by a space) with words after it: "What is
// rolfing? A colleague mentioned it at lunch" asks in its first sentence
// and tells in its second, as a long message does, and is read as one.
func severalSentences(text string) bool {
	// Each mark is looked for on its own, with IndexByte, which passes
	// over many bytes at a time: every message is asked, and most hold
	// no mark but the question mark that ends them.
	for _, mark := range [...]byte{'.', '!', '?'} {
		for i := 0; ; i++ {
			j := strings.IndexByte(text[i:], mark)
			if j < 0 {
				break
			}
			if i += j; i+2 < len(text) && text[i+1] == ' ' && text[i+2] != ' ' {
				return true
			}
		}
	}
	return false
}

// splitSentences cuts text after each ".", "!" or "?" followed by a space,
// and at line breaks. Addresses such as "example.com/a?b" stay whole.
func splitSentences(text string) []string { return appendSentences(nil, text) }

// appendSentences appends the sentences of text, as splitSentences cuts
// them, to out.
func appendSentences(out []string, text string) []string {
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := c == '\n' || (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n')
		if end {
			if s := strings.TrimSpace(text[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// questionStarts are the words that open a question or a request.
var questionStarts = setOf(`what whats how hows why which who where when is are am was can could
	does do did should would will shall any anyone tell please pls help`)

// sentenceOpeners link a sentence to what came before ("so", "ok but",
// "anyway") or greet ("hey do your rmts..."); a question may follow them,
// at most maxOpeners of them.
var sentenceOpeners = setOf(`so ok okay anyway anyways but and well also then soo sooo alright hey hi`)

// maxOpeners is how many sentenceOpeners may open a question.
const maxOpeners = 2

// asks reports whether a sentence (as written, and normalised) asks
// something: it ends with a question mark, opens with a question word
// (after a word or two that link it to the story, see sentenceOpeners), or
// makes a request ("I want to", "I'd like", "looking for").
func asks(raw, normalized string) bool {
	// strings.HasSuffix(strings.TrimRight(raw, " )\"'"), "?"), without
	// building the cut set for every sentence.
	end := len(raw)
	for end > 0 && (raw[end-1] == ' ' || raw[end-1] == ')' || raw[end-1] == '"' || raw[end-1] == '\'') {
		end--
	}
	if end > 0 && raw[end-1] == '?' {
		return true
	}
	first, rest, _ := strings.Cut(normalized, " ")
	if questionStarts[first] {
		return true
	}
	for k := 0; k < maxOpeners && sentenceOpeners[first]; k++ {
		// "so does it really help or what", "ok but how do i book":
		// a question opened with a word that links it to the story.
		first, rest, _ = strings.Cut(rest, " ")
		if questionStarts[first] {
			return true
		}
	}
	if strings.Contains(normalized, "looking for") || strings.Contains(normalized, "wondering") {
		return true
	}
	// The other requests all start "i ": a sentence without it makes none.
	if !strings.Contains(normalized, "i ") {
		return false
	}
	for _, p := range []string{"i want to", "i would like", "i d like", "i need to know"} {
		if strings.Contains(normalized, p) {
			return true
		}
	}
	return false
}
