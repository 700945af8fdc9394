package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// This file is the answering pipeline: one pass per message, each stage a
// small function of what the stages before it found, in this order:
//
//  1. normalise the message once (NewMessage);
//  2. the safety screen: warning signs get urgent-care advice, questions
//     whether massage is safe for a medical situation a caution, nothing
//     else;
//  3. small talk: greetings, thanks, goodbyes, questions about the bot;
//  4. intent: ask, book, contact or compare (readMessageIntent);
//  5. topic retrieval: the entries that fit (Matcher.MatchMessage);
//  6. the domain check: is the message about this clinic's domain at all;
//  7. the calibrated decision: answer, compare, book, offer or admit;
//  8. the reply.
//
// Explain runs it and keeps every stage's outcome, for `ask --explain`;
// Ask keeps only the reply.

// Trace is every stage's outcome for one message, in pipeline order. Stages
// after the one that replied are left zero.
type Trace struct {
	Message   Message
	Safety    SafetyVerdict
	SmallTalk SmallTalk
	Intent    Intent
	Match     Match
	Domain    DomainCheck
	Decision  Decision
	Reply     Reply
}

// Decision is stage 7: what the bot does with the match, and why.
type Decision struct {
	Do  Do
	Why string
}

// Do is the action a Decision takes.
type Do string

// The actions of a Decision.
const (
	DoUrgent    Do = "urgent"
	DoCaution   Do = "caution"
	DoSmallTalk Do = "small-talk"
	DoAnswer    Do = "answer"
	DoCompare   Do = "compare"
	DoBook      Do = "book"
	DoNotSure   Do = "not-sure"
	DoDontKnow  Do = "dont-know"
)

// Ask answers one message from a member.
func (r Responder) Ask(question string) Reply {
	// The message is forgotten once answered: its words' slices are
	// reused for the next message (the reply holds none of them).
	buf := messageBufferPool.Get().(*messageBuffers)
	var t Trace
	r.run(&t, question, false, buf)
	buf.keep(t.Message)
	messageBufferPool.Put(buf)
	return t.Reply
}

// Explain answers one message and keeps what every stage found, the domain
// model's weight of every word included.
func (r Responder) Explain(question string) Trace {
	var t Trace
	r.run(&t, question, true, nil)
	return t
}

// run answers question into t, which is zero, its message's words in
// buf's slices (see messageBuffers) when buf is not nil. The trace is
// filled in place rather than returned: it is large, and Ask reads only
// its reply and message.
func (r Responder) run(t *Trace, question string, explain bool, buf *messageBuffers) {
	t.Message = newMessageIn(question, buf, r.Matcher.table())
	// Ask reads only whether and how the screen fired (the reply);
	// Explain keeps its concepts and reason too.
	if explain {
		t.Safety = r.Matcher.Screen(t.Message)
	} else {
		t.Safety = r.Matcher.screenBrief(t.Message)
	}
	if t.Safety.Fires() {
		t.Reply = r.safetyReply(t.Safety)
		t.Decision = Decision{Do: DoUrgent}
		if explain {
			t.Decision.Why = fmt.Sprintf("the safety screen fired (%s): %s, no booking", t.Safety.Level, t.Safety.Reason)
		}
		if t.Safety.Level == SafetyCaution {
			t.Decision.Do = DoCaution
		}
		return
	}
	if t.SmallTalk = readSmallTalk(t.Message); t.SmallTalk != SmallTalkNone {
		t.Decision = Decision{Do: DoSmallTalk}
		if explain {
			t.Decision.Why = "the message is only " + string(t.SmallTalk)
		}
		t.Reply = r.smallTalk(t.SmallTalk)
		return
	}
	if t.Message.Focus == nil {
		// "same here, but does it last": a reply in a thread says it
		// shares the post before it, then asks; the asking part is the
		// message's focus, as a long message's question is.
		if k := afterReplyOpener(t.Message.Words); k > 0 {
			focus := NewMessage(strings.Join(t.Message.Words[k:], " "))
			t.Message.Focus = &focus
		}
	}
	// Retrieval and the domain stage share one scratch, so that the
	// domain stage reads the words retrieval resolved instead of
	// resolving them again.
	s := r.Matcher.scratch.Get().(*scratch)
	retrieved := t.Message
	if wanted, ok := unwantedIntensity(t.Message); ok {
		// "if i don't like hard pressure": the light pressure wanted,
		// not the hard pressure refused, says which technique fits.
		retrieved = newMessageIn(wanted, nil, r.Matcher.table())
	}
	t.Intent, t.Match = r.retrieve(s, retrieved)
	// A question that asks and matches nothing is not answered whatever
	// its domain (see decision), so Ask, which keeps only the reply, does
	// not judge its domain unless a step below finds it an entry after
	// all; Explain keeps every stage's outcome, and judges it.
	domainRead := explain || t.Match.Best != nil || t.Intent.Act != ActAsk
	if domainRead {
		t.Domain = r.domain(s, t.Message, t.Intent, explain)
	}
	var treated string
	if t.Match, treated = r.treatedNotTreater(s, t.Message, t.Intent, t.Match, explain); treated != "" {
		t.Domain = r.domain(s, t.Message, t.Intent, explain)
	}
	if t.Domain.ForeignAsk != "" && len(t.Match.Named) == 1 && t.Match.Best == t.Match.Named[0] &&
		r.asksPlainlyOfNamed(s, t.Message, t.Intent, t.Match.Named[0]) {
		// "what does a deep tissue session cost, and what is it exactly": of two
		// questions about one technique, one asks what the base holds.
		t.Domain.ForeignAsk = ""
	}
	s.release()
	r.Matcher.scratch.Put(s)
	if t.Intent.Act == ActCompare && len(t.Match.Named) > 0 {
		t.Match.Named = namedInComparison(r.Matcher, t.Message, t.Match.Named)
	}
	if len(t.Match.Named) >= 2 {
		t.Match = r.namedWhereAsked(t.Message, t.Match)
	}
	chose := treated
	if len(t.Match.Named) >= manyNamed {
		var many string
		if t.Match, many = r.Matcher.preferOverviewOfMany(t.Match, t.Message.Words, explain); many != "" {
			chose = many
		}
	}
	if !asksInBetween(t.Message.Words) && peopleSkillAsked(t.Message.Words) == "" {
		var named string
		if t.Match, named = preferNamed(t.Match, r.Matcher.Threshold(), explain); named != "" {
			chose = named
		}
	}
	// A named technique that won is a technique, so preferTherapy, which
	// moves only from a topic, leaves it be.
	var therapy string
	if t.Match, therapy = preferTherapy(t.Match, t.Intent, r.Matcher.Threshold(), explain); therapy != "" {
		chose = therapy
	}
	// An overview of choices answers a question that asks to choose.
	var answered string
	if t.Match, answered = r.Matcher.preferAnswerToChoice(t.Match, t.Message, t.Intent, explain); answered != "" {
		chose = answered
	}
	var person string
	if t.Match, person = preferChosenPerson(t.Match, t.Message, r.Matcher.Threshold(), r.Matcher.isOverviewEntry, explain); person != "" {
		chose = person
	}
	var skilled string
	if t.Match, skilled = r.experiencedIn(t.Message, t.Match, explain); skilled != "" {
		chose = skilled
	}
	var surer string
	if t.Match, surer = preferSurerRival(t.Match, r.Matcher.Threshold(), t.Message.Words, explain); surer != "" {
		chose = surer
	}
	if t.Match.Best != nil && len(t.Match.Suggestions) > 0 {
		var cause string
		if t.Match, cause = preferNamedCause(t.Match, t.Intent, t.Message.Words, r.Matcher.Threshold(), explain); cause != "" {
			chose = cause
		}
	}
	if !domainRead && t.Match.Best != nil {
		// Judged as above would have judged it: the match had no best
		// entry then, so none of the steps between read the domain.
		s := r.Matcher.scratch.Get().(*scratch)
		t.Domain = r.domain(s, t.Message, t.Intent, explain)
		s.release()
		r.Matcher.scratch.Put(s)
	}
	// The decision reads a missing anchor only of a message about the
	// domain that names no technique and that nothing before it marks
	// not sure (see decision): Ask looks for none otherwise.
	if t.Match.Confident && t.Intent.Act == ActAsk &&
		(explain || t.Domain.In && len(t.Match.Named) == 0 && t.Domain.Condition == "" && t.Domain.ForeignAsk == "") {
		t.Domain.MissingAnchor = r.Matcher.missingAnchor(t.Message, t.Match.Best)
	}
	// Whether the base can book matters only to a message that asks to.
	canBook := t.Intent.Act == ActBook && r.base().Entry(bookingEntryID) != nil
	t.Decision = decide(t.Intent, t.Match, t.Domain, canBook, explain)
	if chose != "" && t.Decision.Do == DoAnswer {
		t.Decision.Why += "; " + chose
	}
	t.Reply = r.reply(t)
}

// retrieve is stages 4 and 5, intent and retrieval. A long message's
// asking sentences (Message.Focus) are read first; the whole message is
// read when they alone find nothing confident, and the surer of the two
// matches wins.
func (r Responder) retrieve(s *scratch, msg Message) (Intent, Match) {
	if msg.Focus == nil {
		in, m := r.Matcher.readIntent(msg), r.Matcher.matchWith(s, msg)
		if !m.Confident && len(m.Named) < 2 && in.Act != ActBook {
			// "does massage help anxiety? also where are you located":
			// two questions split the match between their entries;
			// the first one matched surely is answered.
			parts := questionParts(msg)
			if q, ok := r.Matcher.asksWhatNamedIs(msg.Words); ok {
				parts = append(parts, q)
			}
			for _, part := range parts {
				pm := r.Matcher.matchWith(s, newMessageIn(part, nil, r.Matcher.table()))
				if pm.Confident {
					return r.Matcher.readIntent(NewMessage(part)), pm
				}
			}
			if pm, ok := r.askedOfNamed(s, parts, m.Named); ok {
				return in, pm
			}
		}
		return in, m
	}
	// The whole message is matched at most once, when a step below needs
	// it: a Match holds nothing of the scratch, so it outlives the focus's
	// match.
	var wholeMatch Match
	matched := false
	matchWhole := func() Match {
		if !matched {
			wholeMatch, matched = r.Matcher.matchWith(s, msg), true
		}
		return wholeMatch
	}
	if len(msg.Text) < longMessage {
		// A short message of a few sentences ("What does RMT mean? I see
		// it on your page"): its story is a few words that may name what
		// is asked, so the whole is matched first and the asking
		// sentences only when the whole finds nothing sure.
		if whole := matchWhole(); whole.Confident {
			return r.Matcher.readIntent(msg), whole
		}
	}
	in, m := r.Matcher.readIntent(*msg.Focus), r.Matcher.matchWith(s, *msg.Focus)
	if len(m.Named) == 0 && refersBack(msg.Focus.Words) {
		// "is that a good idea?" after a story that names one
		// technique asks about that technique.
		if named := storyTechniques(r.Matcher, msg.Normalized, msg.Focus.Words, matchWhole); len(named) == 1 {
			// Matched with the technique's name in front; the decision
			// then answers the named technique if it is a close rival.
			if mm := r.Matcher.MatchMessage(r.askedOf(named[0], msg.Focus.Text)); mm.Best != nil {
				m = mm
			}
		} else if len(named) == 0 && m.Best != nil && m.Best.Kind == KindTopic {
			// "What kind of massage was that?" after a story that
			// describes one ("she pushed hard with her elbow"): the
			// description is in the story, so a technique the whole
			// message surely describes is what "that" is.
			if whole := matchWhole(); whole.Confident && whole.Best.Kind == KindTechnique {
				m = whole
			}
		}
	}
	if len(m.Named) == 0 && asksOfStory(msg.Focus.Words) {
		// "What kind of massage was that?" after a story that describes
		// one: the story is the description, so the whole is matched.
		if whole := matchWhole(); whole.Best != nil {
			return in, whole
		}
	}
	if m.Confident {
		return in, m
	}
	if pm, ok := r.askedInSlangMatch(s, msg); ok {
		return r.Matcher.readIntent(NewMessage(pm.question)), pm.Match
	}
	// askedOfNamed reads the parts only of a match that names one
	// technique; finding them normalises the text again.
	if len(m.Named) == 1 {
		if pm, ok := r.askedOfNamed(s, questionParts(msg), m.Named); ok {
			return in, pm
		}
	}
	if whole := matchWhole(); whole.Score > m.Score {
		m = whole
	}
	if in.Act == ActAsk {
		// A story that asks nothing of its own may still ask to book.
		if wi := r.Matcher.readIntent(msg); wi.Act != ActBook {
			in = wi
		}
	}
	return in, m
}

// treatingVerbs, after the people who treat, say what they do to the
// asker's trouble: "do rmts fix those", "is that something your
// therapists do", "can your therapists work on knots".
var treatingVerbs = setOf("do fix fixes treat treats handle work deal sort release help")

// auxSubjects after a verb of treating make it an auxiliary that opens a
// question of its own: "how many therapists do you have".
var auxSubjects = setOf("you u they we i he she")

// treaterSubjectAt returns the index in words (as Message.Words, whose
// facts are facts) of a word for the people who treat (peopleNouns) right
// before a verb of treating (treatingVerbs), or -1: the people are who
// would treat, and what they would treat is what is asked.
func treaterSubjectAt(words []string, facts []*wordFacts) int {
	for i := 0; i+1 < len(words); i++ {
		if f := facts[i]; f != nil && f.class&classPeople != 0 && treatingVerbs[words[i+1]] &&
			(i+2 == len(words) || !auxSubjects[words[i+2]]) {
			return i
		}
	}
	return -1
}

// treatedNotTreater is part of stage 5: a question whose best entry is
// the one named by the people who treat ("do rmts fix those", after
// knots in the back) asks what they would treat, so the message is
// matched again without them, and that match, when it is sure of another
// entry, is the match. A question about the people themselves ("are your
// rmts registered") has no verb of treating after them and is left be.
func (r Responder) treatedNotTreater(s *scratch, msg Message, in Intent, m Match, why bool) (Match, string) {
	if in.Act != ActAsk || m.Best == nil || m.Best.Kind == KindTechnique {
		return m, ""
	}
	i := treaterSubjectAt(msg.Words, msg.wordFacts())
	if i < 0 || !r.Matcher.namesEntry(m.Best, msg.Words[i]) {
		return m, ""
	}
	rest := strings.Join(slices.Delete(slices.Clone(msg.Words), i, i+1), " ")
	pm := r.Matcher.matchWith(s, newMessageIn(rest, nil, r.Matcher.table()))
	if !pm.Confident || pm.Best == m.Best {
		return m, ""
	}
	if !why {
		return pm, "treated"
	}
	return pm, fmt.Sprintf("%q are who would treat: what they would treat, %s, is answered", msg.Words[i], pm.Best.ID)
}

// namesEntry reports whether w is a word of e's title or aliases, by its
// stem ("rmts" of the therapists' "rmt"). Read only for the rare question
// that treaterSubjectAt finds, so worked out when asked.
func (m *Matcher) namesEntry(e *Entry, w string) bool {
	st := stem(w)
	for _, name := range append([]string{e.Title}, e.Aliases...) {
		for _, x := range strings.Fields(Normalize(name)) {
			if stem(x) == st {
				return true
			}
		}
	}
	return false
}

// domain is stage 6. A long message is judged by the sentences that ask
// (Message.Focus): the story around them brings words of its own ("I've
// been seeing a physio for a stiff back", "a huge project at work") that
// say nothing of what is asked. The whole message is judged only when its
// asking sentences are not about the domain and name no foreign topic of
// their own ("any advice?" after a story about a sore back).
func (r Responder) domain(s *scratch, msg Message, in Intent, explain bool) DomainCheck {
	if msg.Focus == nil {
		d := r.Matcher.domainWith(s, msg, in, explain)
		if !d.In && d.ForeignTopic == "" {
			// "where are you located and what time do you close": one
			// question of two is about the clinic, and is answered.
			if part, ok := askedPart(msg.Words); ok {
				if pd := r.Matcher.domainWith(s, newMessageIn(part, nil, r.Matcher.table()), in, explain); pd.In && pd.ForeignTopic == "" {
					return pd
				}
			}
			if qd, ok := r.whatNamedIsDomain(s, msg, d, in, explain); ok {
				return qd
			}
		}
		return d
	}
	d := r.Matcher.domainWith(s, *msg.Focus, in, explain)
	if d.In || d.ForeignTopic != "" {
		return d
	}
	whole := r.Matcher.domainWith(s, msg, in, explain)
	if whole.In || whole.ForeignTopic != "" {
		return whole
	}
	if sd, ok := r.askingSentenceInDomain(s, *msg.Focus, in, explain); ok {
		return sd
	}
	if whole.ForeignTopic == "" {
		// "my cousin swears by rolfing. so what is it": the
		// question refers back to the thing the story names.
		if qd, ok := r.whatNamedIsDomain(s, msg, whole, in, explain); ok {
			return qd
		}
	}
	return whole
}

// whatNamedIsDomain judges a message that asks what a thing of the base
// is, with colour around the question (see Matcher.asksWhatNamedIs: "what
// is rolfing, my aunt keeps on about it"), by that question alone, for a
// message that d, its own check, finds not about the domain. ok is false
// when the message asks no such question, asks something the base does
// not hold, or the question alone is not about the domain either.
func (r Responder) whatNamedIsDomain(s *scratch, msg Message, d DomainCheck, in Intent, explain bool) (DomainCheck, bool) {
	q, ok := r.Matcher.asksWhatNamedIs(msg.Words)
	if !ok || d.ForeignAsk != "" || d.ForeignRival != "" || d.Condition != "" || namesAnyOf(q, d.OtherSense) {
		return DomainCheck{}, false
	}
	qd := r.Matcher.domainWith(s, newMessageIn(q, nil, r.Matcher.table()), in, explain)
	return qd, qd.In && qd.ForeignTopic == ""
}

// askingSentenceInDomain judges a long message's asking sentences one by
// one, for a message whose asking sentences together, and whole, are not
// about the domain: a request that frames the question in words of its
// own ("Before I spend money again I want to know who I'd see.") weighs
// against a question about the clinic's therapists beside it. When no
// asking sentence names a foreign topic and one is about the domain, the
// message is judged by that one; ok is false otherwise.
func (r Responder) askingSentenceInDomain(s *scratch, focus Message, in Intent, explain bool) (DomainCheck, bool) {
	sentences := splitSentences(stripDiscord(focus.Text))
	if len(sentences) < 2 {
		return DomainCheck{}, false
	}
	var best DomainCheck
	found := false
	for _, sentence := range sentences {
		d := r.Matcher.domainWith(s, newMessageIn(sentence, nil, r.Matcher.table()), in, explain)
		if d.ForeignTopic != "" {
			return DomainCheck{}, false
		}
		if d.In && (!found || d.LogOdds > best.LogOdds) {
			best, found = d, true
		}
	}
	return best, found
}

// replyOpeners start a reply in a thread that shares the post before it:
// "same here", "me too", "same as above". What follows is the question.
var replyOpeners = [][]string{{"same", "as", "above"}, {"same", "as", "before"}, {"same", "here"}, {"same", "boat"},
	{"same", "question"}, {"same", "problem"}, {"same", "issue"}, {"same", "for", "me"}, {"same"},
	{"me", "too"}, {"me", "as", "well"}, {"ditto"}, {"agreed"}, {"following"}}

// replyOpenerStarts are the first words of replyOpeners, by which most
// messages are seen to start with none without trying each (most by the
// shape of their first word).
var replyOpenerStarts = func() shapedSet {
	out := make(map[string]bool, len(replyOpeners))
	for _, o := range replyOpeners {
		out[o[0]] = true
	}
	return shaped(out)
}()

// replyLeads may come before a reply opener ("yeah same", "lol me too"),
// and replyLinks after it ("same here tbh but", "me too so").
var (
	replyLeads = setOf("yeah yea ya yes yep ok okay lol haha omg literally honestly oh")
	replyLinks = setOf("tbh lol honestly though too here but and so although also")
	// replyLeadSet is replyLeads with its shapes, read for the first
	// word of nearly every message.
	replyLeadSet = shaped(replyLeads)
)

// minReplyQuestion is the fewest words the question after a reply opener
// has: "same here lol" asks nothing.
const minReplyQuestion = 3

// afterReplyOpener returns the index in words (as Message.Words) of the
// first word after a reply opener that starts the message, and the words
// that link it to the question ("same here, but does it last" gives the
// index of "does"), or 0 when the message starts with none or asks too
// little after it. "same as swedish?" compares, and is no reply.
func afterReplyOpener(words []string) int {
	i := 0
	for i < len(words) && i < 2 && replyLeadSet.has(words[i]) {
		i++
	}
	if i == len(words) || !replyOpenerStarts.has(words[i]) {
		return 0 // no opener can start here: most messages
	}
	for _, o := range replyOpeners {
		if len(words) < i+len(o) || !slices.Equal(words[i:i+len(o)], o) {
			continue
		}
		k := i + len(o)
		for k < len(words) && replyLinks[words[k]] {
			k++
		}
		if k == i+len(o) && len(o) == 1 && o[0] == "same" {
			// "same thing as", "same pressure": a bare "same" must be
			// followed by a word that links it to a question.
			return 0
		}
		if len(words)-k < minReplyQuestion {
			return 0
		}
		return k
	}
	return 0
}

// partJoiners join a second question to a first: "... and are your
// therapists registered", "... also where are you".
var partJoiners = setOf("and also plus")

// partJoinerSet is partJoiners with its shapes, for questionParts's
// reading of every word.
var partJoinerSet = shaped(partJoiners)

// questionParts returns the questions a short message asks one after the
// other, when it asks two or more: its sentences ("Is rolfing painful? And
// are your therapists registered?"), or the parts of one sentence that
// "and" or "also" joins to a question word or an auxiliary ("does massage
// help anxiety also where r u located"). It returns nil for one question.
func questionParts(msg Message) []string {
	text := stripDiscord(msg.Text)
	if parts := askingClauses(text); len(parts) > 0 {
		return parts
	}
	if sentences := splitSentences(text); len(sentences) >= 2 {
		parts := make([]string, 0, len(sentences))
		for _, s := range sentences {
			if n := Normalize(s); n != "" {
				parts = append(parts, n)
			}
		}
		if len(parts) >= 2 {
			return parts
		}
	}
	words := msg.Words
	for i, w := range words {
		if !partJoinerSet.has(w) || i < 2 || i+1 >= len(words) {
			continue
		}
		j := i + 1
		if partJoiners[words[j]] && j+1 < len(words) {
			j++ // "and also"
		}
		if interrogatives[words[j]] || auxiliaries[words[j]] {
			return []string{strings.Join(words[:i], " "), strings.Join(words[j:], " ")}
		}
	}
	return nil
}

// namedWhereAsked is part of stage 7: of the techniques a message names,
// the one its question names is asked about, and the others, named in
// the story around the question, are no comparison: "I had a swedish
// massage once and it was too light, what is deep tissue like" asks about
// deep tissue. When the asking part of m's message (see askingText) names
// exactly one of m.Named by its title (see techniquesIn), the asking
// part's match is returned when it surely answers that technique, and m
// with that technique alone named otherwise. m is returned as it is when
// the question names none of them ("which of these helps most") or two,
// or refers back to the story before it names one ("how does it compare
// with deep tissue"). The asking part is matched only then, so that a
// comparison costs no second match.
func (r Responder) namedWhereAsked(msg Message, m Match) Match {
	if !slices.ContainsFunc(msg.Words, func(w string) bool { return storyPersons[w] || tellerVerbs[w] }) {
		return m // no story around the question: most comparisons
	}
	part, ok := askingText(msg)
	if !ok {
		return m
	}
	named := techniquesIn(r.Matcher, part)
	if len(named) != 1 || !slices.Contains(m.Named, named[0]) || refersBackBefore(strings.Fields(part), named[0]) {
		return m
	}
	if pm := r.Matcher.MatchMessage(newMessageIn(part, nil, r.Matcher.table())); pm.Confident && pm.Best == named[0] {
		return pm
	}
	out := m
	out.Named = named
	return out
}

// refersBackBefore reports whether words (as Message.Words) refer back
// (see refersBack) before they name technique e: "how does it compare
// with deep tissue" compares deep tissue with what the story named, while
// "what is deep tissue and is it the better choice" asks of deep tissue
// alone.
func refersBackBefore(words []string, e *Entry) bool {
	for i := range words {
		if _, ok := nameAt(words, i, titleKey(e)); ok {
			return refersBack(words[:i])
		}
	}
	return refersBack(words)
}

// manyNamed is how many techniques a message must name for a question
// that asks which is best to be a question about all of them: more than
// a pair.
const manyNamed = 3

// choosingCues ask which of several things is best: "which of these works
// best", "the most effective", "what would you recommend".
var choosingCues = setOf("which best most top recommend recommended better effective")

// preferOverviewOfMany is part of stage 7: a message that names manyNamed
// techniques or more and asks which is best ("I've read about swedish,
// deep tissue, rolfing and myofascial, which works best for a bad back")
// asks what an overview of choices (see isOverview) answers, not for a
// side-by-side of the first few named. When such an overview is the best
// entry or a suggestion at the threshold or above, it is answered, at its
// own confidence. A message that names many and asks how they differ is
// left to the comparison. It returns why it chose (when asked why), or "".
func (m *Matcher) preferOverviewOfMany(match Match, words []string, why bool) (Match, string) {
	if len(match.Named) < manyNamed || match.Best == nil || !slices.ContainsFunc(words, func(w string) bool { return choosingCues[w] }) {
		return match, ""
	}
	out := match
	i := slices.IndexFunc(match.Suggestions, func(c Candidate) bool { return c.Score >= m.Threshold() && m.isOverviewEntry(c.Entry) })
	switch {
	case match.Score >= m.Threshold() && m.isOverviewEntry(match.Best):
	case i >= 0:
		out = promote(match, i, m.Threshold())
		out.Score, out.Confident = match.Suggestions[i].Score, true
	default:
		return match, ""
	}
	out.Named = nil
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("the message names %d techniques and asks which is best: the overview %s is answered", len(match.Named), out.Best.ID)
}

// askingText returns, normalised, the part of a message that asks, when
// the rest tells a story: a long message's asking sentences
// (Message.Focus), the asking clauses of one sentence (see askingClauses:
// "i had one last year, what is deep tissue like"), or the last of
// several sentences when each one before it tells of someone and asks
// nothing ("I got a swedish one at a hotel. Now tell me about deep
// tissue."). ok is false for a message that is all question.
func askingText(msg Message) (string, bool) {
	if msg.Focus != nil {
		return msg.Focus.Normalized, true
	}
	text := stripDiscord(msg.Text)
	if parts := askingClauses(text); len(parts) > 0 {
		return strings.Join(parts, " "), true
	}
	if !strings.ContainsAny(strings.TrimRight(text, ".!? "), ".!?") {
		return "", false // one sentence
	}
	sentences := splitSentences(text)
	if len(sentences) < 2 {
		return "", false
	}
	for _, s := range sentences[:len(sentences)-1] {
		words := strings.Fields(Normalize(s))
		if strings.Contains(s, "?") || len(words) == 0 || interrogatives[words[0]] || auxiliaries[words[0]] ||
			!slices.ContainsFunc(words, func(w string) bool { return storyPersons[w] }) {
			return "", false
		}
	}
	return Normalize(sentences[len(sentences)-1]), true
}

// askedOfNamed answers a later question that refers back to the one
// technique an earlier question names ("are your RMTs trained in rolfing?
// and what even is it"): that part is matched with the technique's name in
// front, and ok is true only when the technique is then answered surely.
// Two questions split the whole message's match between their entries;
// the one that asks of the named technique alone has a sure answer.
func (r Responder) askedOfNamed(s *scratch, parts []string, named []*Entry) (Match, bool) {
	if len(named) != 1 || len(parts) < 2 {
		return Match{}, false
	}
	for _, part := range parts[1:] {
		if !refersBack(strings.Fields(part)) {
			continue
		}
		pm := r.Matcher.matchWith(s, r.askedOf(named[0], part))
		if pm.Confident && pm.Best == named[0] {
			return pm, true
		}
	}
	return Match{}, false
}

// asksPlainlyOfNamed reports whether msg, a message of two questions or
// more (see questionParts) naming technique e and asking of it something
// the base does not hold ("how much does a deep tissue massage cost"),
// also asks of e something that it does: a part that, asked of e (with e's
// name in front when it refers back: "and what is it"), is about the
// domain and asks nothing foreign. The entry on e then answers that part,
// which is a partial answer to the message, not a wrong one.
func (r Responder) asksPlainlyOfNamed(s *scratch, msg Message, in Intent, e *Entry) bool {
	parts := questionParts(msg)
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		pm := newMessageIn(part, nil, r.Matcher.table())
		if refersBack(pm.Words) {
			pm = r.askedOf(e, part)
		} else if !slices.Contains(r.Matcher.matchWith(s, pm).Named, e) {
			continue
		}
		pd := r.Matcher.domainWith(s, pm, in, false)
		if pd.In && pd.ForeignAsk == "" && pd.ForeignTopic == "" && pd.ForeignRival == "" && pd.Condition == "" && len(pd.OtherSense) == 0 {
			return true
		}
	}
	return false
}

// askedOf returns text as a question of technique e, with e's name in
// front: how a question that refers back ("is that a good idea?", "and
// what is it") to the one technique named before it is matched.
func (r Responder) askedOf(e *Entry, text string) Message {
	return newMessageIn(e.Title+". "+text, nil, r.Matcher.table())
}

// askingClauses returns, normalised, the clauses of text between commas
// that ask something (they open with a question word or an auxiliary),
// when every other clause tells a story of someone (it has a person in
// it: "i", "my", "she"): "what's fascia release, my physio mentioned it"
// asks its first clause, and the story after the comma is no part of the
// question. Chat drops the teller's "I" before a verb of what they came
// across ("saw this link, what is rolfing"): such a clause tells of the
// teller too. It returns nil for text of one clause, or when a clause
// neither asks nor tells of someone ("what's a good threshold, 80%?").
func askingClauses(text string) []string {
	if !strings.Contains(text, ",") {
		return nil
	}
	var out []string
	for _, c := range strings.Split(text, ",") {
		n := Normalize(c)
		first, _, _ := strings.Cut(n, " ")
		switch {
		case interrogatives[first] || auxiliaries[first]:
			out = append(out, n)
		case !slices.ContainsFunc(strings.Fields(n), func(w string) bool { return storyPersons[w] }) && !tellerVerbs[first]:
			return nil
		}
	}
	return out
}

// storyPersons are the words by which a clause tells of someone.
var storyPersons = setOf("i im ive my me he she his her they their we our")

// tellerVerbs open a clause whose teller chat leaves out: "saw this on
// tiktok", "heard about it from a friend", "got told to try it".
var tellerVerbs = setOf("saw seen heard read found got noticed watched tried came")

// askedPart returns the first of two questions a short message joins with
// "and" ("where are you located and what time do you close"), when the
// word after "and" opens a question of its own; ok is false otherwise.
// Only the first is returned: the second is most often the afterthought,
// and a message whose second question alone is about the clinic is left
// to the whole message's check.
func askedPart(words []string) (string, bool) {
	for i, w := range words {
		if w == "and" && i >= 2 && i+1 < len(words) && (interrogatives[words[i+1]] || auxiliaries[words[i+1]]) {
			return strings.Join(words[:i], " "), true
		}
	}
	return "", false
}

// whatIsEmphases are the words a speaker puts after "what" for emphasis
// ("what on earth is rolfing", "what the heck is fascia"): they ask
// nothing of their own.
var whatIsEmphases = [][]string{{"on", "earth"}, {"in", "the", "world"}, {"the", "heck"}, {"the", "hell"}}

// asksWhatNamedIs returns "what is X" when a short message asks what a
// thing of the base is, X naming it in the base's own words and holding
// a name as sure a sign of the domain as one word can be (a technique's
// name, "massage", "fascia"): "what is rolfing, my aunt keeps on about
// it", "idk what rolfing is and i feel silly asking", "what on earth is
// fascia". The words around the question are then colour, and the
// question is matched and judged alone. ok is false when no such
// question is asked, when X runs on into a word the base does not hold
// ("what is deep learning": X is then not the base's thing), and when
// the words around the question are not a story of someone (see
// aroundIsStory): "what are trigger points in a video game" asks about
// games.
func (m *Matcher) asksWhatNamedIs(words []string) (string, bool) {
	for i, w := range words {
		if w != "what" || !aroundIsStory(words[:i]) {
			continue
		}
		j := i + 1
		for _, e := range whatIsEmphases {
			if j+len(e) <= len(words) && slices.Equal(words[j:j+len(e)], e) {
				j += len(e)
				break
			}
		}
		if j+2 == len(words) && words[j] == "is" && referringWords[words[j+1]] {
			// "my cousin swears by rolfing lol, what is it": the
			// name before the question, which refers back to it.
			if q, ok := m.namedBefore(words[:i]); ok {
				return q, true
			}
			continue
		}
		if j < len(words) && (words[j] == "is" || words[j] == "are") {
			// "what is rolfing": the name after the verb, past an article.
			k := j + 1
			if k < len(words) && (words[k] == "a" || words[k] == "an" || words[k] == "the") {
				k++
			}
			if end, ok := m.heldNameRun(words, k); ok && aroundIsStory(words[end:]) {
				return "what is " + strings.Join(words[k:end], " "), true
			}
			continue
		}
		// "idk what rolfing is": the name before the verb.
		if end, ok := m.heldNameRun(words, j); ok && end < len(words) && (words[end] == "is" || words[end] == "are") && aroundIsStory(words[end+1:]) {
			return "what is " + strings.Join(words[j:end], " "), true
		}
	}
	// "rolfing, what now?", "what is this rolfing business".
	return m.askedInSlang(words)
}

// namesAnyOf reports whether question, a "what is X" of asksWhatNamedIs,
// holds one of words: the asker's own things of a story around the
// question ("it changed my life") say nothing of what X is, but one in
// X itself ("what is my health benefits") is in another sense.
func namesAnyOf(question string, words []string) bool {
	for rest := question; rest != ""; {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// namedBefore returns "what is X" for the first run of words of before
// (as Message.Words) that names a thing of the base (see heldNameRun),
// when the words around it are colour (see aroundIsStory): the thing that
// a closing "what is it" refers back to. ok is false when before names no
// such thing.
func (m *Matcher) namedBefore(before []string) (string, bool) {
	for p := range before {
		end, ok := m.heldNameRun(before, p)
		if !ok {
			continue
		}
		if aroundIsStory(before[:p]) && aroundIsStory(before[end:]) {
			return "what is " + strings.Join(before[p:end], " "), true
		}
		return "", false
	}
	return "", false
}

// aroundIsStory reports whether words, beside a question, are colour: no
// word that names a thing, a story of someone (a word of storyPersons:
// "my aunt keeps bringing it up", "and i am scared to ask") or a joke on
// how the name sounds (see soundsLike), that does not open with a word
// linking it to the question's thing ("in a video game", "for my dog").
func aroundIsStory(words []string) bool {
	if len(words) == 0 {
		return true
	}
	if storyLinks[words[0]] {
		return false
	}
	return !slices.ContainsFunc(words, func(w string) bool { return topical(classOf(w)) }) ||
		slices.ContainsFunc(words, func(w string) bool { return storyPersons[w] }) || soundsLike(words)
}

// soundsLike reports whether words say what a name sounds like ("sounds
// like a sneeze", "sounds like a spaceship part"): the things named are
// what the name calls to mind, not what the question asks about.
func soundsLike(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if soundVerbs[words[i]] && words[i+1] == "like" {
			return true
		}
	}
	return false
}

// soundVerbs say how a name sounds (see soundsLike).
var soundVerbs = setOf("sounds sound sounded")

// storyLinks open a phrase that qualifies the thing before them: "trigger
// points in a video game", "rolfing for horses".
var storyLinks = setOf("in on of for at with from like to by about during")

// heldNameRun returns the end of the run of words from words[from] that
// name things the base holds (see Matcher.knownWordAt), and whether the run
// holds a sure name of the domain (see Matcher.holdsDomainName).
func (m *Matcher) heldNameRun(words []string, from int) (int, bool) {
	end := from
	for end < len(words) && end-from < 4 && topical(classOf(words[end])) && m.knownWordAt(words, end) {
		end++
	}
	return end, end > from && m.holdsDomainName(words[from:end])
}

// referringWords stand for a thing named before: "is that a good idea",
// "would it help".
var referringWords = setOf("that it this")

// refersBack reports whether a message's asking sentences (as
// Message.Words) refer to something named before them. "That" right after
// the head of a description opens a relative clause, and refers to that
// head, not back: "is there a gentler type of massage that works on the
// tissue" asks for another technique than the one the story named.
func refersBack(words []string) bool {
	for i, w := range words {
		if referringWords[w] && !(w == "that" && i > 0 && (describedHeads[words[i-1]] || indefiniteHeads[words[i-1]])) {
			return true
		}
	}
	return false
}

// indefiniteHeads are heads of a description that name nothing: "something
// that doesn't hurt".
var indefiniteHeads = setOf("something anything someone somebody")

// asksOfStory reports whether a long message's asking sentences (as
// Message.Words) ask which technique the story before them described
// (see asksOfDescribed): "What kind of massage was that?".
func asksOfStory(words []string) bool {
	for i, w := range words {
		if describedHeads[w] && asksOfDescribed(words, i) {
			return true
		}
	}
	return false
}

// bookingEntryID is the id of the entry that says how to book; booking
// replies are built from it when the base has one.
const bookingEntryID = "booking"

// decide is stage 7. A message about something else is not answered however
// well it matches; a message that asks to book gets the booking reply; two
// techniques named get a comparison; otherwise the match's calibrated
// confidence decides. The reason is written out only with why, since Ask,
// which keeps only the reply, would throw it away.
func decide(in Intent, m Match, d DomainCheck, canBook, why bool) Decision {
	do, because := decision(in, m, d, canBook)
	out := Decision{Do: do}
	if why {
		out.Why = because(in, m, d)
	}
	return out
}

// reason says why a decision was taken. The reasons are functions of the
// stages' outcomes rather than closures over them, so that choosing costs
// no allocation when nobody reads why.
type reason func(Intent, Match, DomainCheck) string

// sureDomain is the domain log-odds at which a message is surely about
// the domain: about one word the base uses and ordinary requests do not
// ("massage") over the small words around it.
const sureDomain = 4.0

// decision is decide's choice, and its reason.
func decision(in Intent, m Match, d DomainCheck, canBook bool) (Do, reason) {
	switch {
	case !d.In && d.ForeignTopic != "" && (m.Best != nil || in.Act != ActAsk):
		return DoDontKnow, func(_ Intent, _ Match, d DomainCheck) string {
			return fmt.Sprintf("the message asks about %q, which the base does not hold (domain log-odds %.2f <= 0)", d.ForeignTopic, d.LogOdds)
		}
	case !d.In && (m.Best != nil || in.Act != ActAsk):
		return DoDontKnow, func(_ Intent, _ Match, d DomainCheck) string {
			return fmt.Sprintf("the message is about something else (domain log-odds %.2f <= 0)", d.LogOdds)
		}
	case d.Condition != "" && m.Best != nil:
		return DoNotSure, func(_ Intent, _ Match, d DomainCheck) string {
			return fmt.Sprintf("the message names a condition the base does not address (%q): a therapist should answer", d.Condition)
		}
	case d.ForeignAsk != "" && m.Best != nil && (in.Act == ActAsk || d.qualifiesPeople):
		return DoNotSure, func(_ Intent, _ Match, d DomainCheck) string {
			return fmt.Sprintf("the message asks %q of its subject, which the base does not hold", d.ForeignAsk)
		}
	case d.ForeignRival != "" && !d.rivalYardstick && m.Best != nil && in.Act != ActBook:
		return DoNotSure, func(_ Intent, _ Match, d DomainCheck) string {
			return fmt.Sprintf("the message compares %q, which the base does not hold: it can speak only for one side", d.ForeignRival)
		}
	case m.Best != nil && (in.Act == ActAsk || in.Act == ActCompare) && namesInOtherSense(m.Best, d.unowned):
		return DoNotSure, func(_ Intent, m Match, d DomainCheck) string {
			return fmt.Sprintf("%s is named by %q, which the message uses in another sense", m.Best.ID, strings.Join(d.OtherSense, " "))
		}
	case d.MissingAnchor != "" && m.Best != nil && m.Confident && in.Act == ActAsk && len(m.Named) == 0:
		return DoNotSure, func(_ Intent, m Match, d DomainCheck) string {
			return fmt.Sprintf("every sample question of %s holds %q and the message does not: it asks about something the entry only mentions", m.Best.ID, d.MissingAnchor)
		}
	case in.Act == ActBook && canBook && m.Best == nil && !in.Implied && d.LogOdds >= sureDomain:
		// "I want to make a reservation for massage": a word of
		// booking the base does not hold, in a message surely about
		// the domain, asks to book however little else matched. A
		// message only leaning to the domain ("get rid of my dinner
		// reservation") is not sure enough to book with nothing
		// matched.
		return DoBook, func(in Intent, _ Match, _ DomainCheck) string {
			return fmt.Sprintf("the message asks to book (%q)", in.Cue)
		}
	case in.Act == ActBook && canBook && m.Best != nil && (!in.Implied || m.Confident || len(m.Named) > 0 || m.Best.ID == bookingEntryID || bookingSurer(m)):
		return DoBook, func(in Intent, _ Match, _ DomainCheck) string {
			return fmt.Sprintf("the message asks to book (%q)", in.Cue)
		}
	case len(m.Named) >= 2:
		return DoCompare, func(_ Intent, m Match, _ DomainCheck) string {
			return fmt.Sprintf("the message names %d techniques", len(m.Named))
		}
	case m.Best != nil && m.Confident:
		return DoAnswer, func(_ Intent, m Match, _ DomainCheck) string {
			return fmt.Sprintf("confidence %.2f is at or above the threshold", m.Score)
		}
	case m.Best != nil:
		return DoNotSure, func(_ Intent, m Match, _ DomainCheck) string {
			return fmt.Sprintf("confidence %.2f is below the threshold", m.Score)
		}
	default:
		return DoDontKnow, func(_ Intent, m Match, _ DomainCheck) string {
			return fmt.Sprintf("nothing in the base fits (confidence %.2f)", m.Score)
		}
	}
}

// bookingSurer reports whether the booking entry is a suggestion of m
// scored at least as surely as its best entry: "can i come in on saturday
// for my sore back" ranks an entry on the back first by the words of what
// the visit is for, but the booking entry is as sure, and the message
// asks for a visit.
func bookingSurer(m Match) bool {
	for _, c := range m.Suggestions {
		if c.Entry.ID == bookingEntryID {
			return c.Score >= m.Score
		}
	}
	return false
}

// namesInOtherSense reports whether a word of e's title or aliases is one
// of words, the words a message uses in another sense than the base's
// (DomainCheck.OtherSense, less those the base's questions also make the
// asker's): "can I use my health benefits for a massage" matches "Health
// benefits of massage" by its name, but the asker's health benefits are
// insurance, so the match is no evidence.
func namesInOtherSense(e *Entry, words []string) bool {
	if len(words) == 0 {
		return false
	}
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = stem(w)
	}
	names := append([]string{e.Title}, e.Aliases...)
	for _, name := range names {
		for _, w := range strings.Fields(Normalize(name)) {
			if !stopwords[w] && slices.Contains(stems, stem(w)) {
				return true
			}
		}
	}
	return false
}

// choiceCues are the words that ask to choose among options: "which",
// "what kind", "the best", "compare", "the different types".
var choiceCues = setOf(`which best most top type types kind kinds sort sorts option options compare comparison
	choose choice different difference style styles list recommend vs versus better`)

// asksWhichMassage reports whether words (as Message.Words) ask which
// massage, or which kind of a thing, right after "which" or "what":
// "which massage would do most for my back", "what type helps knots".
// Unlike asksChoice, a choice cue elsewhere ("is there a gentle option")
// does not count: such a question describes what it wants.
func asksWhichMassage(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (words[i] == "which" || words[i] == "what") && (words[i+1] != "it" && massageWords[words[i+1]] || kindWords[words[i+1]]) {
			return true
		}
	}
	return false
}

// asksChoice reports whether words hold a choice cue. A kind after "this"
// or "that" is one already had, not one to choose: "what causes this kind
// of pain"; so is a kind described after "the" ("she likes the gentle
// relaxing kind", see describedKind).
func asksChoice(words []string) bool {
	for i, w := range words {
		if choiceCues[w] && !(kindNouns[w] && (i > 0 && demonstratives[words[i-1]] || describedKind(words, i))) {
			return true
		}
	}
	return false
}

// maxKindDescription is how many words may describe a kind between "the"
// and the kind noun: "the gentle relaxing kind".
const maxKindDescription = 3

// describedKind reports whether the kind noun words[i] follows an article
// and words that describe it, none of them small words: "the gentle
// relaxing kind" and "is there a softer kind" are a kind one has in
// mind, not one to choose, as "the best kind" (a choice cue of its own)
// and "the kind of" are.
func describedKind(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxKindDescription-1; j-- {
		switch w := words[j]; {
		case w == "the" || w == "a" || w == "an":
			return j < i-1
		case stopwords[w] || choiceCues[w]:
			return false
		}
	}
	return false
}

// demonstratives point at a thing already named: "this kind of pain".
var demonstratives = setOf("this that these those")

// choiceShare is the share of an entry's sample questions that must ask to
// choose for the entry to be an overview of choices.
const choiceShare = 0.75

// isOverview reports whether e is an overview of choices: choiceShare of
// its sample questions or more hold a choice cue ("which massage is best",
// "what types of massage help"). Such an entry answers a question that
// asks to choose.
func isOverview(e *Entry) bool {
	if len(e.Questions) < minAnchored {
		return false
	}
	n := 0
	for _, q := range e.Questions {
		if slices.ContainsFunc(strings.Fields(Normalize(q)), func(w string) bool { return choiceCues[w] }) {
			n++
		}
	}
	return float64(n) >= choiceShare*float64(len(e.Questions))
}

// preferAnswerToChoice is part of stage 7: an overview of choices (see
// isOverview) that wins a question asking no choice ("how effective is
// massage for a bad back") gives way to a close rival (at namedRivalRatio
// of its confidence or more), which answers what was asked. A request to
// book or compare, or a message naming a technique, is left be. It
// returns why it chose (when asked why), or "".
func (m *Matcher) preferAnswerToChoice(match Match, msg Message, in Intent, why bool) (Match, string) {
	if match.Best == nil || in.Act != ActAsk || len(match.Named) > 0 || len(match.Suggestions) == 0 || match.Suggestions[0].Score < namedRivalRatio*match.Score {
		return match, ""
	}
	if asksChoice(msg.Words) {
		return match, ""
	}
	if !m.isOverviewEntry(match.Best) {
		return match, ""
	}
	out := promote(match, 0, m.Threshold())
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("%s is an overview of choices and the message asks none: its close rival %s (%.2f) is answered", match.Best.ID, out.Best.ID, match.Suggestions[0].Score)
}

// isOverviewEntry is isOverview of an entry of m's base, worked out once
// for all of them.
func (m *Matcher) isOverviewEntry(e *Entry) bool {
	ov := m.domain.overviews
	ov.once.Do(func() {
		ov.stems = make(map[string]bool)
		for i := range m.base.Entries {
			if isOverview(&m.base.Entries[i]) {
				ov.stems[m.base.Entries[i].ID] = true
			}
		}
	})
	return ov.stems[e.ID]
}

// namedRivalRatio is how close, as a share of the best entry's confidence,
// a technique the message names must score to be answered instead of it.
// It is the matcher's ambiguityRatio: rivals that close make a tie.
const namedRivalRatio = ambiguityRatio

// preferNamed is part of stage 7: of two close rivals, the technique the
// message names in full wins. "why isn't swedish massage one of the best"
// names Swedish massage; the overview of techniques may match as well on
// the rest of the words, but the member asked about the one they named.
// It applies only when the message names exactly one technique (two or
// more get a comparison), the best entry is another, and the named one is
// among the suggestions at namedRivalRatio of the best's confidence or
// more; it is then promoted. It returns why it chose (when asked why), or
// "".
func preferNamed(m Match, threshold float64, why bool) (Match, string) {
	if len(m.Named) != 1 || m.Best == nil || m.Best == m.Named[0] {
		return m, ""
	}
	named := m.Named[0]
	i := slices.IndexFunc(m.Suggestions, func(c Candidate) bool { return c.Entry == named })
	if i < 0 || m.Suggestions[i].Score < namedRivalRatio*m.Score {
		return m, ""
	}
	out := promote(m, i, threshold)
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("the message names %s, a close rival (%.2f) of %s: the named technique is answered", named.ID, m.Suggestions[i].Score, m.Best.ID)
}

// preferSurerRival is part of stage 7. Entries are ranked by how much of
// the question their best name or sample question explains, and scored by
// how surely; the two mostly agree. When they do not, and the best by rank
// is not sure while a suggestion is sure and far surer (the best at most
// ambiguityRatio of it, so no close rival of it), the suggestion is what
// the question asks: "what are those knots everyone keeps talking about"
// ranks the contact entry first by "talking", but trigger points are sure.
// A rival related to the best (a technique and the topic it treats) needs
// only be sure and surer: "what even are these knots in my traps" ranks
// the therapy first, but asks what the knots are, and the topic is sure.
// An overview of choices (isOverview) is such a rival only of a question
// that asks which massage or which kind (see asksWhichMassage, read from
// words, as Message.Words, only then): "which massage would do most for
// my back" ranks the back-pain entry first, but asks which.
func preferSurerRival(m Match, threshold float64, words []string, why bool) (Match, string) {
	if m.Confident || m.Best == nil || len(m.Named) > 0 {
		return m, ""
	}
	i := -1
	for j, c := range m.Suggestions {
		if c.Score < threshold || i >= 0 && c.Score <= m.Suggestions[i].Score {
			continue
		}
		overview := isOverview(c.Entry)
		if m.Score <= ambiguityRatio*c.Score && m.Best.Kind != KindTechnique && !overview ||
			m.Score < c.Score && relatedEntries(m.Best, c.Entry) && (!overview || asksWhichMassage(words)) {
			i = j
		}
	}
	if i < 0 {
		return m, ""
	}
	rival := m.Suggestions[i]
	out := promote(m, i, threshold)
	out.Score, out.Confident = rival.Score, true
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("%s is sure (%.2f) and far surer than %s, ranked first", rival.Entry.ID, rival.Score, m.Best.ID)
}

// preferChosenPerson is part of stage 7: a question that asks which of
// the clinic's people to see ("which rmt is best for a stiff neck", "what
// therapist would you pick for knots") asks to choose a person, not a
// technique, though the rest of it reads like "which massage is best".
// So does a question whose subject is the clinic's people (see
// subjectPerson) when the overview of choices (overview) is its best
// entry. When the entry that the person's word names (an alias: "rmt",
// "therapist") is a suggestion sure enough to answer alone, it is
// promoted over another best entry, however much surer that one is: the
// message says in so many words what it asks to choose. It returns why it
// chose (when asked why), or "".
func preferChosenPerson(m Match, msg Message, threshold float64, overview func(*Entry) bool, why bool) (Match, string) {
	if m.Best == nil || len(m.Suggestions) == 0 || !holdsPeopleNoun(msg) {
		return m, ""
	}
	words := msg.Words
	var person string
	if len(m.Named) > 0 {
		// "are your rmts experienced with rolfing": a technique named
		// as what the clinic's people are skilled in.
		if person = peopleSkillAsked(words); person == "" {
			return m, ""
		}
	} else if person = chosenPerson(words); person == "" {
		// "are your rmts skilled with sore necks": what they are
		// skilled in is a trouble, not a technique, and the
		// question is still about the people.
		person = peopleSkillAsked(words)
	}
	if person == "" {
		// "do the rmts know several types of massage": a question of
		// what the clinic's people know or do reads like the overview
		// of the types, but asks about the people.
		if p := subjectPerson(words); p != "" && overview(m.Best) {
			person = p
		}
	}
	if person == "" || namedByAlias(m.Best, person) {
		return m, ""
	}
	i := slices.IndexFunc(m.Suggestions, func(c Candidate) bool { return namedByAlias(c.Entry, person) })
	if i < 0 || m.Suggestions[i].Score < threshold {
		return m, ""
	}
	out := promote(m, i, threshold)
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("the message asks which %s to see: %s, a sure rival (%.2f) of %s, is answered", person, out.Best.ID, m.Suggestions[i].Score, m.Best.ID)
}

// holdsPeopleNoun reports whether msg holds a person noun (see
// peopleNouns), read from the word classes NewMessage looked up: most
// messages hold none, and preferChosenPerson then reads no word.
func holdsPeopleNoun(msg Message) bool {
	for _, f := range msg.wordFacts() {
		if f != nil && f.class&classPeople != 0 {
			return true
		}
	}
	return false
}

// causeWords ask what brings a thing on: "do knots cause back pain",
// "knots as a cause of pain".
var causeWords = setOf("cause causes causing caused")

// preferNamedCause is part of stage 7: a question whether a thing the
// base has an entry for causes pain ("how often do knots cause back
// pain") is about that thing, though "cause" ranks the entry on causes
// first. When a suggestion is named by a one-word alias the message holds
// ("knots"), the best entry by none, and the suggestion is a close rival
// of the best (namedRivalRatio of its confidence or more), the suggestion
// is promoted: at its own confidence when surer, at the lower of the two
// otherwise ("are knots a common cause of pain" ranks the causes first
// by "common" too). It returns why it chose (when asked why), or "".
func preferNamedCause(m Match, in Intent, words []string, threshold float64, why bool) (Match, string) {
	if in.Act != ActAsk || m.Best == nil || len(m.Named) > 0 || !slices.ContainsFunc(m.Suggestions, func(c Candidate) bool { return c.Score >= namedRivalRatio*m.Score }) {
		return m, "" // most matches: no suggestion is surer than the best
	}
	if !slices.ContainsFunc(words, func(w string) bool { return causeWords[w] }) {
		return m, ""
	}
	if slices.ContainsFunc(words, func(w string) bool { return aliasedAs(m.Best, w) }) {
		return m, ""
	}
	j := slices.IndexFunc(m.Suggestions, func(c Candidate) bool {
		return c.Score >= namedRivalRatio*m.Score && slices.ContainsFunc(words, func(w string) bool { return aliasedAs(c.Entry, w) })
	})
	if j < 0 {
		return m, ""
	}
	rival := m.Suggestions[j]
	// A surer suggestion is answered at its own confidence, as
	// preferSurerRival's is; a close one at the lower of the two.
	out := promote(m, j, threshold)
	if rival.Score > m.Score {
		out.Score, out.Confident = rival.Score, rival.Score >= threshold
	}
	if !why {
		return out, ""
	}
	return out, fmt.Sprintf("the message asks whether what %s is about causes pain: it is a close rival (%.2f) of %s", rival.Entry.ID, rival.Score, m.Best.ID)
}

// aliasedAs reports whether w is one of e's aliases of one word.
func aliasedAs(e *Entry, w string) bool {
	for _, a := range e.Aliases {
		if a == w {
			return true
		}
	}
	return false
}

// chosenPerson returns the person noun that "which" or "what" asks to
// choose among (see peopleNouns), read from words (as Message.Words):
// "rmt" in "which rmt", "which of your rmts", "what massage therapist";
// "" when the choice is of something else ("which massage", "what kind").
func chosenPerson(words []string) string {
	for i, w := range words {
		if w != "which" && w != "what" {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			switch x := words[j]; {
			case peopleNouns[x]:
				return x
			case x == "of" || x == "your" || x == "the" || x == "you" || x == "massage":
				// "which of your rmts", "what massage therapist"
			default:
				j = len(words)
			}
		}
	}
	return ""
}

// subjectPerson returns the person noun (see peopleNouns) that is the
// subject of a question, right after the auxiliary that opens it and a
// determiner or two: "rmts" in "do the rmts at synergy know several
// types", "therapists" in "can all your therapists do more than one
// style"; "" when the question's subject is something else.
func subjectPerson(words []string) string {
	// The auxiliary opens the message, or follows one opener ("so do
	// your rmts"): two words are read, however long the message.
	for i, w := range words[:min(len(words), 2)] {
		if !auxiliaries[w] || i > 0 && !sentenceOpeners[words[0]] {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+5; j++ {
			switch x := words[j]; {
			case peopleNouns[x]:
				return x
			case x == "the" || x == "your" || x == "ur" || x == "all" || x == "any" || x == "every" || x == "of" || x == "massage":
				// "do all of your massage therapists"
			default:
				j = len(words)
			}
		}
	}
	return ""
}

// skillWords, after the clinic's people, ask how skilled they are in
// something: "experienced with", "trained in", "specialise in".
var skillWords = setOf(`experience experienced trained skilled qualified specialize specialise
	specialized specialised specializes specialises specialists`)

// peopleSkillAsked returns the person noun (see peopleNouns) of a message
// whose subject is the clinic's people and which asks how skilled they are
// in something (see skillWords; "good at"), or "": "do your therapists have
// experience with rolfing", "your rmts any good at deep tissue". The
// technique named is what they are skilled in; the question is about the
// people. The subject is read by subjectPerson, or as "your" and a person
// noun opening the message, as chat drops the auxiliary; the skill within
// four words after it.
func peopleSkillAsked(words []string) string {
	p := subjectPerson(words)
	if p == "" && len(words) > 1 && words[0] == "your" && peopleNouns[words[1]] {
		p = words[1]
	}
	if p == "" {
		return ""
	}
	i := slices.Index(words, p)
	for j := i + 1; j < len(words) && j <= i+4; j++ {
		if skillWords[words[j]] || words[j] == "good" && j+1 < len(words) && words[j+1] == "at" {
			return p
		}
	}
	return ""
}

// namedByAlias reports whether e has w, a word, as an alias or as its
// alias's stem ("rmts" for "rmt").
func namedByAlias(e *Entry, w string) bool {
	sw := stem(w)
	return slices.ContainsFunc(e.Aliases, func(a string) bool {
		a = Normalize(a)
		return a == w || stem(a) == sw
	})
}

// relatedEntries reports whether a or b names the other as related, as a
// technique and the topic it treats do.
func relatedEntries(a, b *Entry) bool {
	return slices.Contains(a.Related, b.ID) || slices.Contains(b.Related, a.ID)
}

// promote answers m's suggestion i instead of its best entry, at the lower
// of the two confidences, so that the bot is never surer than the match
// was; the former best becomes the first suggestion.
func promote(m Match, i int, threshold float64) Match {
	rival := m.Suggestions[i]
	out := m
	out.Best = rival.Entry
	out.Score = min(m.Score, rival.Score)
	out.Confident = out.Score >= threshold
	out.Suggestions = make([]Candidate, 0, len(m.Suggestions))
	out.Suggestions = append(out.Suggestions, Candidate{Entry: m.Best, Score: m.Score})
	out.Suggestions = append(out.Suggestions, m.Suggestions[:i]...)
	out.Suggestions = append(out.Suggestions, m.Suggestions[i+1:]...)
	return out
}

// asksInBetween reports whether words (as Message.Words) ask for
// something between two things ("something between a gentle rubdown and
// a beating", "anything in between swedish and deep tissue"): the things
// named mark the ends of a range, and what is asked is a choice among
// all, not the one named. "The difference between" compares, and is not
// one.
func asksInBetween(words []string) bool {
	for i, w := range words {
		if w != "between" || i == 0 {
			continue
		}
		switch words[i-1] {
		case "something", "anything", "somewhere", "in", "halfway", "midway", "ground", "one":
			return true
		}
	}
	return false
}

// preferTherapy is part of stage 7: a question that asks for a treatment
// or how one is given ("how do you get knots out", "what happens in a
// trigger point session") asks for the therapy, not for the topic that
// explains what it treats. When the best entry is a topic and a technique
// related to it is a close rival (namedRivalRatio of its confidence or
// more), the technique is promoted. It returns why it chose (when asked
// why), or "".
func preferTherapy(m Match, in Intent, threshold float64, why bool) (Match, string) {
	if !in.Treat || m.Best == nil || m.Best.Kind == KindTechnique {
		return m, ""
	}
	i := slices.IndexFunc(m.Suggestions, func(c Candidate) bool {
		return c.Entry.Kind == KindTechnique && (slices.Contains(m.Best.Related, c.Entry.ID) || slices.Contains(c.Entry.Related, m.Best.ID))
	})
	if i < 0 || m.Suggestions[i].Score < namedRivalRatio*m.Score {
		return m, ""
	}
	out := promote(m, i, threshold)
	if !why {
		return out, ""
	}
	rival := m.Suggestions[i]
	return out, fmt.Sprintf("the message asks for a treatment or how one is given: the technique %s, a close rival (%.2f) of the topic %s, is answered", rival.Entry.ID, rival.Score, m.Best.ID)
}

// genericHeads are the last words of technique titles that people drop
// when they compare: "trigger point vs deep tissue" compares Trigger Point
// Therapy with Deep Tissue Massage.
var genericHeads = setOf("therapy massage treatment technique")

// namedInComparison is part of stage 7: in a comparison, a technique is
// named by the distinctive part of its title as well ("trigger point",
// which alone is the name of the topic the therapy treats). It returns
// named with those techniques added, in the order the message names them.
func namedInComparison(m *Matcher, msg Message, named []*Entry) []*Entry {
	b := m.base
	text := " " + msg.Normalized + " "
	at := func(e *Entry) int { return m.titleAt(e, text) }
	out := named
	for i := range b.Entries {
		e := &b.Entries[i]
		if e.Kind == KindTechnique && !slices.Contains(out, e) && at(e) >= 0 {
			if len(out) == len(named) {
				out = slices.Clone(named)
			}
			out = append(out, e)
		}
	}
	if len(out) == len(named) {
		return named
	}
	slices.SortStableFunc(out, func(x, y *Entry) int {
		px, py := at(x), at(y)
		if px < 0 || py < 0 {
			return 0
		}
		return px - py
	})
	return out
}

// titleAt returns where in text (normalised, with a space at each end)
// the distinctive part of e's title stands, or -1: the title without a
// generic last word ("trigger point" of Trigger Point Therapy).
func (m *Matcher) titleAt(e *Entry, text string) int {
	key, ok := m.titleKeys[e]
	if !ok {
		key = titleKey(e) // an entry the matcher did not index
	}
	if key == "" {
		return -1
	}
	return strings.Index(text, key)
}

// titleKey is what titleAt looks for: the distinctive part of e's title,
// normalised, with a space at each end; "" when the title has no words.
func titleKey(e *Entry) string {
	words := strings.Fields(Normalize(e.Title))
	if len(words) > 1 && genericHeads[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	return " " + strings.Join(words, " ") + " "
}

// titleKeys returns the titleKey of each technique of b, worked out once
// per matcher rather than for every message that names one.
func titleKeys(b *Base) map[*Entry]string {
	out := make(map[*Entry]string)
	for i := range b.Entries {
		if e := &b.Entries[i]; e.Kind == KindTechnique {
			out[e] = titleKey(e)
		}
	}
	return out
}

// techniquesIn returns the techniques of m's base whose title's
// distinctive part normalized text holds, in file order.
func techniquesIn(m *Matcher, normalized string) []*Entry {
	b := m.base
	text := " " + normalized + " "
	var out []*Entry
	for i := range b.Entries {
		if e := &b.Entries[i]; e.Kind == KindTechnique && m.titleAt(e, text) >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// reply is stage 8: the reply the decision calls for.
func (r Responder) reply(t *Trace) Reply {
	m := t.Match
	switch t.Decision.Do {
	case DoBook:
		var technique *Entry
		switch {
		case len(m.Named) == 1:
			technique = m.Named[0]
		case m.Best != nil && m.Best.Kind == KindTechnique:
			technique = m.Best
		}
		return r.bookWith(technique)
	case DoCompare:
		return r.compare(m.Named)
	case DoAnswer:
		reply := r.answer(m.Best)
		reply.Score = m.Score
		return reply
	case DoNotSure:
		return r.notSure(m)
	default:
		return r.dontKnow()
	}
}
