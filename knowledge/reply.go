package knowledge

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
)

// ReplyKind says which of the bot's replies a Reply is. Adapters use it to
// decide how to show a reply (and whether to stay silent in busy channels).
type ReplyKind string

// The kinds of reply, as they appear in `synergybot ask --json`.
const (
	// ReplyAnswer gives an entry's explanation: the matcher was confident.
	ReplyAnswer ReplyKind = "answer"
	// ReplyNotSure offers close topics instead of guessing.
	ReplyNotSure ReplyKind = "not-sure"
	// ReplyDontKnow says the knowledge base does not cover the question.
	ReplyDontKnow ReplyKind = "dont-know"
	// ReplyUrgent advises urgent medical care and carries no booking link.
	ReplyUrgent ReplyKind = "urgent"
	// ReplySmallTalk answers hello, thanks and help with what the bot knows.
	ReplySmallTalk ReplyKind = "small-talk"
	// ReplyCaution answers a question whether massage is safe with a
	// medical situation: the person's doctor or the clinic's therapists
	// should decide. It carries a contact link and no booking link.
	ReplyCaution ReplyKind = "caution"
)

// Reply is what the bot says, independent of where it is shown. Discord
// renders it as an embed with buttons; the terminal as coloured text.
type Reply struct {
	Kind  ReplyKind
	Title string
	// Body is Markdown. Adapters cut it to their limits with Truncate.
	Body string
	// EntryID and Score name the matched entry; empty and zero when none.
	EntryID string
	Score   float64
	// Related are topics worth reading next (answers only).
	Related []Topic
	// Suggestions are the close topics offered by not-sure replies.
	Suggestions []Topic
	// Booking and Contact are nil where a link would be wrong (urgent care).
	// The links, like Related and Links, may be shared with other replies
	// of the same matcher: they are only to be read.
	Booking *Link
	Contact *Link
	// ReadMore points at the answer's source, when the entry names one.
	ReadMore *Link
	// Links are the entry's own extra links.
	Links []Link
	// Disclaimer is the clinic's line shown under health answers.
	Disclaimer string

	// Level, Group, Situation and Recognised are the safety screen's
	// verdict on urgent and caution replies (see SafetyVerdict); empty on
	// every other kind.
	Level      SafetyLevel
	Group      string
	Situation  string
	Recognised string
}

// Answers reports whether the reply claims an entry as the answer: the
// bot was confident about EntryID. Not-sure, don't-know, urgent and small
// talk replies claim nothing.
func (r Reply) Answers() bool {
	return r.Kind == ReplyAnswer && r.EntryID != ""
}

// Topic names an entry that a reply points to, such as a suggestion.
type Topic struct {
	ID    string
	Title string
}

// ReplyOptions tune the replies of a Responder.
type ReplyOptions struct {
	// Tracking adds utm_source, utm_medium and utm_campaign=<entry id> to
	// booking links, so the clinic can see which answers lead to bookings.
	Tracking bool
	// Medium is the utm_source value; empty means "discord".
	Medium string
}

// Responder turns questions into replies with one matcher, that is one
// version of the knowledge base. It is a small value: build one per request
// from the current snapshot.
type Responder struct {
	Matcher *Matcher
	Options ReplyOptions
}

// maxSuggestions is how many close topics a not-sure reply offers.
const maxSuggestions = 3

// Topic is the answer for the entry with the given id, as given when someone
// clicks a topic button or picks a technique. ok is false for unknown ids.
func (r Responder) Topic(id string) (reply Reply, ok bool) {
	e := r.base().Entry(id)
	if e == nil {
		return Reply{}, false
	}
	reply = r.answer(e)
	reply.Score = 1
	return reply, true
}

// Help is the small-talk reply: what the bot answers and how to ask.
func (r Responder) Help() Reply {
	b := r.base()
	return Reply{
		Kind:    ReplySmallTalk,
		Title:   b.Clinic.Name + " assistant",
		Body:    r.Matcher.parts().helpBody,
		Booking: r.bookingLink(""),
		Contact: r.contactLink(),
	}
}

// helpBody is the body of base b's help reply: a few sample questions and
// the techniques it can tell about.
func helpBody(b *Base) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Hi! I answer questions about massage and back pain from %s's knowledge base. Ask me in your own words, for example:\n\n", b.Clinic.Name)
	for _, q := range exampleQuestions(b, 4) {
		fmt.Fprintf(&sb, "- %s\n", q)
	}
	sb.WriteString("\nI can tell you about: ")
	titles := make([]string, 0, len(b.Techniques()))
	for _, e := range b.Techniques() {
		titles = append(titles, e.Title)
	}
	sb.WriteString(strings.Join(titles, ", "))
	sb.WriteString(".")
	return sb.String()
}

// Techniques lists the techniques, each as a topic to open.
func (r Responder) Techniques() Reply {
	b := r.base()
	var sb strings.Builder
	var topics []Topic
	for _, e := range b.Techniques() {
		fmt.Fprintf(&sb, "- **%s**: %s\n", e.Title, firstSentence(e.Answer))
		topics = append(topics, Topic{ID: e.ID, Title: e.Title})
	}
	return Reply{
		Kind:       ReplyAnswer,
		Title:      "Massage techniques",
		Body:       strings.TrimRight(sb.String(), "\n"),
		EntryID:    "",
		Related:    topics,
		Booking:    r.bookingLink(""),
		Contact:    r.contactLink(),
		Disclaimer: b.Clinic.Disclaimer,
	}
}

// Book is the reply to "/book": the booking link, and contact as a fallback.
func (r Responder) Book() Reply {
	if reply, ok := r.Topic("booking"); ok {
		return reply
	}
	reply := r.handOff(ReplyAnswer, "Book a massage",
		fmt.Sprintf("Book your appointment at %s with the button below.", r.base().Clinic.Name))
	reply.Booking = r.bookingLink("booking")
	return reply
}

// NotHelpful is the reply that replaces an answer its asker found unhelpful:
// an apology and the clinic's contact, so a person can help instead.
func (r Responder) NotHelpful() Reply {
	return r.handOff(ReplyDontKnow, "Sorry that didn't help",
		fmt.Sprintf("Thanks for telling me. The team at %s can answer you directly: use the Contact button, or book a visit to talk it through with a therapist.", r.base().Clinic.Name))
}

// handOff is a reply that points to people rather than to an entry: the
// clinic's contact and booking links under a short text.
func (r Responder) handOff(kind ReplyKind, title, body string) Reply {
	return Reply{Kind: kind, Title: title, Body: body, Booking: r.bookingLink(""), Contact: r.contactLink()}
}

func (r Responder) base() *Base { return r.Matcher.Base() }

// answer is the reply that gives entry e's explanation.
func (r Responder) answer(e *Entry) Reply {
	b := r.base()
	parts := r.Matcher.answerParts(e)
	return Reply{
		Kind:       ReplyAnswer,
		Title:      e.Title,
		Body:       parts.body,
		EntryID:    e.ID,
		Related:    parts.related,
		Booking:    r.bookingLink(e.ID),
		Contact:    r.contactLink(),
		ReadMore:   parts.readMore,
		Links:      e.Links,
		Disclaimer: b.Clinic.Disclaimer,
	}
}

// replyParts are the parts of replies that depend only on the base,
// built once per matcher (see newReplyParts), so that a reply costs no
// string building and no allocation of links or topics. Replies share
// them, and nothing modifies them.
type replyParts struct {
	// entries are the parts of the answer with each entry, by entry.
	entries map[*Entry]*answerParts
	// contact and booking are the contact link and the booking link
	// without tracking.
	contact, booking *Link
	// dontKnowBody and helpBody are the bodies of the don't-know reply
	// and of the help reply.
	dontKnowBody, helpBody string
}

// answerParts are the parts of the answer with one entry.
type answerParts struct {
	// body is its answer, and for a technique an invitation to book it.
	body string
	// related names its related entries, unknown ids left out; nil when
	// none. Its capacity is its length, so that appending to it copies.
	related []Topic
	// readMore points at its source; nil when it names none.
	readMore *Link
	// compared is what a comparison says of the entry (see compared),
	// for a technique, the entries comparisons name; "" for others.
	compared string
}

// newReplyParts builds the parts of b's replies. index holds each entry's
// position by id; nil means the base's own (Base.Entry). The matcher is
// built while the base is validated, before the base has its index (see
// newSnapshot), so newMatcher passes one of its own.
func newReplyParts(b *Base, index map[string]int) *replyParts {
	entry := b.Entry
	if index != nil {
		entry = func(id string) *Entry {
			if i, ok := index[id]; ok {
				return &b.Entries[i]
			}
			return nil
		}
	}
	p := &replyParts{
		entries:      make(map[*Entry]*answerParts, len(b.Entries)),
		contact:      &Link{Label: "Contact us", URL: b.Clinic.ContactURL},
		booking:      &Link{Label: "Book a massage", URL: b.Clinic.BookingURL},
		dontKnowBody: dontKnowBody(b),
		helpBody:     helpBody(b),
	}
	all := make([]answerParts, len(b.Entries)) // one allocation for a large base
	for i := range b.Entries {
		e := &b.Entries[i]
		all[i] = newAnswerParts(b, e, entry)
		p.entries[e] = &all[i]
	}
	return p
}

// newAnswerParts builds the parts of the answer with entry e of base b,
// whose entries entry finds by id.
func newAnswerParts(b *Base, e *Entry, entry func(id string) *Entry) answerParts {
	p := answerParts{body: strings.TrimSpace(e.Answer), related: slices.Clip(topicsOf(entry, e.Related))}
	if e.Kind == KindTechnique {
		p.body = techniqueBody(b, e)
		p.compared = compared(e)
	}
	if e.Source != "" {
		p.readMore = &Link{Label: "Read more", URL: e.Source}
	}
	return p
}

// answerParts returns the parts of the answer with entry e, built once
// per matcher for the entries of its base.
func (m *Matcher) answerParts(e *Entry) *answerParts {
	if p, ok := m.parts().entries[e]; ok {
		return p
	}
	p := newAnswerParts(m.base, e, m.base.Entry) // an entry of another base
	return &p
}

// parts returns the matcher's reply parts, building them for a matcher
// that newMatcher did not make.
func (m *Matcher) parts() *replyParts {
	if m.replyParts != nil {
		return m.replyParts
	}
	return newReplyParts(m.base, nil)
}

// techniqueBody is the body of the answer with technique e of base b.
func techniqueBody(b *Base, e *Entry) string {
	return strings.TrimSpace(e.Answer) + "\n\n**Want to try " + e.Title + "?** Book a session with one of our Registered Massage Therapists at " + b.Clinic.Name + "."
}

// notSure offers the best candidates without claiming any of them.
func (r Responder) notSure(m Match) Reply {
	topics := []Topic{{ID: m.Best.ID, Title: m.Best.Title}}
	for _, c := range m.Suggestions {
		if len(topics) == maxSuggestions {
			break
		}
		topics = append(topics, Topic{ID: c.Entry.ID, Title: c.Entry.Title})
	}
	const (
		opening = "I'm not sure I understood. "
		closing = "\nYou can also ask the clinic directly or book a visit."
	)
	var sb strings.Builder
	size := len(opening) + len("Did you mean one of these?\n") + len(closing)
	for _, t := range topics {
		size += len("- ****\n") + len(t.Title)
	}
	sb.Grow(size)
	sb.WriteString(opening)
	if len(topics) == 1 {
		sb.WriteString("Did you mean **")
		sb.WriteString(topics[0].Title)
		sb.WriteString("**?")
	} else {
		sb.WriteString("Did you mean one of these?\n")
		for _, t := range topics {
			sb.WriteString("- **")
			sb.WriteString(t.Title)
			sb.WriteString("**\n")
		}
	}
	sb.WriteString(closing)
	return Reply{
		Kind:        ReplyNotSure,
		Title:       "Not sure what you mean",
		Body:        sb.String(),
		EntryID:     m.Best.ID,
		Score:       m.Score,
		Suggestions: topics,
		Booking:     r.bookingLink(""),
		Contact:     r.contactLink(),
	}
}

// dontKnow admits the knowledge base does not cover the question.
func (r Responder) dontKnow() Reply {
	return r.handOff(ReplyDontKnow, "I don't know that one", r.Matcher.parts().dontKnowBody)
}

// dontKnowBody is the body of base b's don't-know reply.
func dontKnowBody(b *Base) string {
	return "My knowledge base doesn't cover that, and I'd rather not guess. The team at " + b.Clinic.Name + " can answer you directly: use the Contact button, or book a visit. Type **help** to see what I can answer."
}

// smallTalk is the reply to a message that is only small talk: thanks and
// goodbyes get a short word back, greetings and questions about the bot
// the help text.
func (r Responder) smallTalk(k SmallTalk) Reply {
	name := r.base().Clinic.Name
	switch k {
	case SmallTalkThanks:
		return r.handOff(ReplySmallTalk, "You're welcome!",
			"Glad to help. Ask me anything else about massage or back pain whenever you like.")
	case SmallTalkGoodbye:
		return r.handOff(ReplySmallTalk, "Take care!",
			fmt.Sprintf("Take care of that back. I'm here whenever you have another question, and the team at %s is a message away.", name))
	}
	return r.Help()
}

// bookWith is the booking reply for a message that asks to book, with the
// technique it names, if any, as the link's campaign, so that the clinic
// sees which technique people book from the chat.
func (r Responder) bookWith(technique *Entry) Reply {
	reply := r.Book()
	if technique == nil {
		return reply
	}
	reply.Title = "Book " + technique.Title
	reply.Booking = r.bookingLink(technique.ID)
	reply.Related = append([]Topic{{ID: technique.ID, Title: technique.Title}}, reply.Related...)
	return reply
}

// maxCompared is how many techniques a comparison shows.
const maxCompared = 4

// compare is the reply to a message that names two or more techniques:
// one or two sentences from each entry, then what each says about back
// pain, all in the base's own words, and a booking link. It claims the
// first technique named as its entry.
func (r Responder) compare(named []*Entry) Reply {
	b := r.base()
	if len(named) > maxCompared {
		named = named[:maxCompared]
	}
	var sb strings.Builder
	var topics []Topic
	for _, e := range named {
		if c := r.Matcher.answerParts(e).compared; c != "" {
			sb.WriteString(c)
		} else {
			sb.WriteString(compared(e))
		}
		sb.WriteString("\n\n")
		topics = append(topics, Topic{ID: e.ID, Title: e.Title})
	}
	fmt.Fprintf(&sb, "A Registered Massage Therapist at %s can help you choose: book a session with the button below.", b.Clinic.Name)
	titles := make([]string, len(named))
	for i, e := range named {
		titles[i] = e.Title
	}
	return Reply{
		Kind:       ReplyAnswer,
		Title:      strings.Join(titles, " vs "),
		Body:       sb.String(),
		EntryID:    named[0].ID,
		Score:      1,
		Related:    topics,
		Booking:    r.bookingLink(named[0].ID),
		Contact:    r.contactLink(),
		Disclaimer: b.Clinic.Disclaimer,
	}
}

// compared is what a comparison says of technique e: its title, one or
// two sentences of its answer, then what the answer says about back pain,
// when its first sentences do not already say it. It depends on e alone,
// so it is worked out once per matcher (answerParts).
func compared(e *Entry) string {
	ss := sentences(e.Answer)
	out := fmt.Sprintf("**%s**: %s", e.Title, strings.Join(ss[:min(2, len(ss))], " "))
	if len(ss) > 2 {
		for _, s := range ss[2:] {
			if strings.Contains(strings.ToLower(s), "back pain") {
				return out + " " + s
			}
		}
	}
	return out
}

// sentences splits Markdown text into sentences, emphasis marks and list
// bullets removed: the pieces a comparison quotes.
func sentences(md string) []string {
	var out []string
	for line := range strings.Lines(md) {
		line = strings.TrimSpace(strings.ReplaceAll(line, "**", ""))
		line = strings.TrimSpace(strings.TrimPrefix(line, "- "))
		for line != "" {
			i := strings.Index(line, ". ")
			if i < 0 {
				out = append(out, line)
				break
			}
			out = append(out, line[:i+1])
			line = strings.TrimSpace(line[i+2:])
		}
	}
	return out
}

// bookingLink is the clinic's booking link, tagged with the entry that led
// to it when tracking is on.
func (r Responder) bookingLink(entryID string) *Link {
	if r.Options.Tracking {
		return r.Matcher.trackedBookingLink(r.Options.Medium, entryID)
	}
	return r.Matcher.parts().booking
}

// trackedBookingLink is the booking link to the base's booking URL tagged
// with source and campaign, parsed and encoded once per pair rather than
// for every reply. The pairs are bounded by the mediums times the entries.
func (m *Matcher) trackedBookingLink(source, campaign string) *Link {
	key := [2]string{source, campaign}
	if l, ok := m.bookingURLs.load(key); ok {
		return l
	}
	l := &Link{Label: "Book a massage", URL: withTracking(m.base.Clinic.BookingURL, source, campaign)}
	m.bookingURLs.store(key, l, maxCachedURLs)
	return l
}

// maxCachedURLs bounds the booking link cache of a matcher.
const maxCachedURLs = 4096

// contactLink is the clinic's contact link.
func (r Responder) contactLink() *Link { return r.Matcher.parts().contact }

// withTracking adds utm parameters to raw. A URL that does not parse is
// returned unchanged: validation has already refused such URLs.
func withTracking(raw, source, campaign string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return raw
	}
	if source == "" {
		source = "discord"
	}
	if campaign == "" {
		campaign = "general"
	}
	q := u.Query()
	q.Set("utm_source", source)
	q.Set("utm_medium", "chatbot")
	q.Set("utm_campaign", campaign)
	u.RawQuery = q.Encode()
	return u.String()
}

// topicsOf names the entries with the given ids, as entry finds them,
// skipping unknown ones.
func topicsOf(entry func(id string) *Entry, ids []string) []Topic {
	var out []Topic
	for _, id := range ids {
		if e := entry(id); e != nil {
			if out == nil {
				out = make([]Topic, 0, len(ids))
			}
			out = append(out, Topic{ID: e.ID, Title: e.Title})
		}
	}
	return out
}

// exampleQuestions picks the first sample question of up to n entries,
// preferring topics and techniques, to show people how to ask.
func exampleQuestions(b *Base, n int) []string {
	var out []string
	for _, e := range b.Entries {
		if len(out) == n {
			break
		}
		if e.Kind != KindAction && len(e.Questions) > 0 {
			out = append(out, e.Questions[0])
		}
	}
	return out
}

// firstSentence returns the first sentence of Markdown text, without
// emphasis marks, for one-line summaries.
func firstSentence(md string) string {
	s := strings.ReplaceAll(strings.TrimSpace(md), "**", "")
	if i := strings.IndexAny(s, "\n"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	return s
}

// Technique is the answer for the technique named by name: its id, a title
// or alias typed in part ("trig"), or a misspelling the matcher recognises
// ("sweedish"). ok is false when no technique fits.
func (r Responder) Technique(name string) (reply Reply, ok bool) {
	b := r.base()
	if e := b.Entry(strings.TrimSpace(name)); e != nil {
		return r.Topic(e.ID)
	}
	if found := b.FindTechniques(name, 1); len(found) == 1 {
		return r.Topic(found[0].ID)
	}
	if m := r.Matcher.Match(name); m.Confident && m.Best.Kind == KindTechnique {
		return r.Topic(m.Best.ID)
	}
	return Reply{}, false
}
