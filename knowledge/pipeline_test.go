package knowledge

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestSmallTalkKinds(t *testing.T) {
	tests := []struct {
		msg  string
		want SmallTalk
	}{
		{"thank you so much!", SmallTalkThanks},
		{"thx", SmallTalkThanks},
		{"hi, thanks!", SmallTalkThanks},
		{"ok bye", SmallTalkGoodbye},
		{"see you later", SmallTalkGoodbye},
		{"hello there", SmallTalkGreeting},
		{"👋", SmallTalkGreeting},
		{"🙂🙂", SmallTalkGreeting},
		{":wave:", SmallTalkGreeting},
		{"<:wave:123456>", SmallTalkGreeting},
		{":", SmallTalkNone},
		{"who are you?", SmallTalkAboutBot},
		{"what can you do", SmallTalkAboutBot},
		{"are you an actual human?", SmallTalkAboutBot},
		{"r u a robot or a real person", SmallTalkAboutBot},
		{"is this a bot", SmallTalkAboutBot},
		{"is this automated", SmallTalkAboutBot},
		{"am i talking to a human", SmallTalkAboutBot},
		{"i am talking about my back", SmallTalkNone},
		{"can i talk to a real person", SmallTalkNone}, // asks for the clinic
		{"are you a real massage therapist", SmallTalkNone},
		{"appreciate it", SmallTalkThanks},
		{"thanks a bunch!", SmallTalkThanks},
		{"nice one, cheers", SmallTalkThanks},
		{"see ya", SmallTalkGoodbye},
		{"take care", SmallTalkGoodbye},
		{"gm all", SmallTalkGreeting},
		{"thanks, does massage help my back", SmallTalkNone},
		{"how do i take care of my lower back", SmallTalkNone},
		{"i would appreciate advice on knots", SmallTalkNone},
		{"", SmallTalkNone},
		{"   ", SmallTalkNone},
	}
	for _, tt := range tests {
		if got := readSmallTalk(NewMessage(tt.msg)); got != tt.want {
			t.Errorf("readSmallTalk(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

func TestSmallTalkRepliesDiffer(t *testing.T) {
	r := defaultResponder(t)
	thanks, hello := r.Ask("thank you!"), r.Ask("hello")
	if thanks.Kind != ReplySmallTalk || hello.Kind != ReplySmallTalk {
		t.Fatalf("kinds %q and %q, want small-talk", thanks.Kind, hello.Kind)
	}
	if thanks.Title == hello.Title {
		t.Errorf("thanks got the greeting %q", thanks.Title)
	}
}

func TestIntent(t *testing.T) {
	tests := []struct {
		msg  string
		want Act
	}{
		{"book a deep tissue for friday", ActBook},
		{"can I get an appointment next week", ActBook},
		{"how do i schedule a session", ActBook},
		{"i was sore after my appointment", ActAsk},
		{"how can i contact you", ActContact},
		{"swedish vs deep tissue", ActCompare},
		{"what is rolfing", ActAsk},
		{"any openings for rolfing", ActBook},
		{"is a slot free", ActBook},
		{"can i get a swedish massage on saturday", ActBook},
		{"i want a deep tissue this weekend", ActBook},
		{"i want a deep tissue next week", ActBook},
		{"sign me up for trigger point therapy", ActBook},
		{"could i pop in for some rolfing", ActBook},
		{"any chance i can swing by for a deep tissue", ActBook},
		{"can you fit me in", ActBook},
		{"i have had back pain for 3 weeks, can massage help", ActAsk},
		{"i am sore, can massage help", ActAsk},
		{"when is the next one", ActAsk},
		{"i want to know what rolfing is before i book", ActAsk},
		{"can i shower after booking a massage", ActAsk},
		{"can i book before friday", ActBook},
		{"can i get a rolfing session booked", ActBook},
		{"how do i get scheduled in", ActBook},
		{"i booked a swedish last month, how long does it last", ActAsk},
	}
	for _, tt := range tests {
		if got := readMessageIntent(NewMessage(tt.msg)); got.Act != tt.want {
			t.Errorf("readMessageIntent(%q) = %+v, want %q", tt.msg, got, tt.want)
		}
	}
}

func TestBookingWithTechniqueTagsTheLink(t *testing.T) {
	r := defaultResponder(t)
	got := r.Ask("book me a deep tissue for friday")
	if got.EntryID != "booking" {
		t.Fatalf("EntryID %q, want booking", got.EntryID)
	}
	if got.Booking == nil || !strings.Contains(got.Booking.URL, "utm_campaign=deep-tissue-massage") {
		t.Errorf("booking link %+v, want utm_campaign=deep-tissue-massage", got.Booking)
	}
}

func TestCompareQuotesOnlyTheBase(t *testing.T) {
	r := defaultResponder(t)
	b := r.base()
	got := r.Ask("swedish vs myofascial vs trigger point therapy, which is best for my back?")
	if !got.Answers() || got.EntryID != "swedish-massage" {
		t.Fatalf("reply %q %q, want an answer claiming swedish-massage", got.Kind, got.EntryID)
	}
	var answers strings.Builder
	for _, e := range b.Entries {
		answers.WriteString(strings.ReplaceAll(e.Answer, "**", ""))
	}
	for _, id := range []string{"swedish-massage", "myofascial-therapy", "trigger-point-therapy"} {
		if !strings.Contains(got.Body, b.Entry(id).Title) {
			t.Errorf("comparison does not name %s:\n%s", id, got.Body)
		}
	}
	// Every sentence but the closing call to book is quoted from an answer.
	paras := strings.Split(got.Body, "\n\n")
	for _, p := range paras[:len(paras)-1] {
		_, text, _ := strings.Cut(p, ": ")
		for _, s := range sentences(text) {
			if !strings.Contains(answers.String(), s) {
				t.Errorf("sentence %q is not from the base", s)
			}
		}
	}
	if got.Booking == nil {
		t.Error("comparison has no booking link")
	}
}

func TestDomainCheck(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		msg string
		in  bool
	}{
		{"does massage help lower back pain", true},
		{"what are trigger points", true},
		{"how do i book", true},
		{"schedule an appointment for a tire check", false},
		{"what is the location of my phone", false},
		{"when does my flight board", false},
		// A word typed with slips weighs as the word it is read as.
		{"hows ur phnoe number", true},
		{"whats the phnoe number", true},
	}
	for _, tt := range tests {
		if got := m.Domain(NewMessage(tt.msg), readMessageIntent(NewMessage(tt.msg)), false); got.In != tt.in {
			t.Errorf("Domain(%q).In = %v (log-odds %.2f), want %v", tt.msg, got.In, got.LogOdds, tt.in)
		}
	}
}

func TestExplainPrintsEveryStage(t *testing.T) {
	r := defaultResponder(t)
	tr := r.Explain("is deep tissue good for my back")
	var buf bytes.Buffer
	tr.WriteExplain(&buf, r.Matcher.ExplainWords(tr.Message, tr.Match.Best))
	for _, want := range []string{"1 normalise", "2 safety", "3 small talk", "4 intent", "5 retrieval", "6 domain", "7 decision", "8 reply", "deep-tissue-massage"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("explanation lacks %q:\n%s", want, buf.String())
		}
	}
	if tr.Reply.Kind != r.Ask("is deep tissue good for my back").Kind {
		t.Error("Explain and Ask disagree")
	}
}

func TestParseEvalCases(t *testing.T) {
	yml := []byte("cases:\n  - q: \"what is rolfing\"\n    expect: [rolfing]\n    kind: keyword\n  - {q: \"hi\", want: none, kind: chitchat}\n")
	cases, err := ParseEvalCases("x.yaml", yml)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || !cases[0].InScope() || cases[1].InScope() || cases[1].Expect[0] != "none" {
		t.Fatalf("cases %+v", cases)
	}
	if _, err := ParseEvalCases("x.yaml", []byte("cases:\n  - q: \"\"\n    expect: [none]\n")); err == nil || !strings.Contains(err.Error(), "x.yaml:2:") {
		t.Errorf("empty question: err %v, want one naming x.yaml:2", err)
	}
	// A bare list, as question writers often deliver it, is read too.
	bare, err := ParseEvalCases("z.yaml", []byte("# written blind\n- {q: \"what is rolfing\", expect: [rolfing], kind: keyword}\n"))
	if err != nil || len(bare) != 1 || bare[0].Expect[0] != "rolfing" || bare[0].Where != "z.yaml:2" {
		t.Fatalf("bare list: %+v, %v", bare, err)
	}
	if _, err := ParseEvalCases("w.yaml", []byte("cases: 3\n")); err == nil {
		t.Error("cases: 3 parsed")
	}
	tsv, err := ParseEvalCases("y.tsv", []byte("where is my phone\tfind_phone\n\nbook a flight\tbook_flight\n"))
	if err != nil || len(tsv) != 2 || tsv[1].Where != "y.tsv:3" || tsv[0].InScope() {
		t.Fatalf("tsv cases %+v, %v", tsv, err)
	}
	rep := Evaluate(defaultResponder(t), cases)
	if rep.Cases != 2 || rep.InScope != 1 || rep.OutOfScope != 1 {
		t.Errorf("report %+v", rep)
	}
}

// TestAskConcurrently runs the pipeline from many goroutines on one
// matcher, as the bot does; run with -race, it checks that the caches the
// pipeline fills (corrections, booking URLs) are safe to share.
func TestAskConcurrently(t *testing.T) {
	r := defaultResponder(t)
	qs := []string{"book a deep tissue for friday", "swidish masage?", "swedish vs rolfing", "is dt good for my lumbar", "thanks!", "where is my phone"}
	want := make([]Reply, len(qs))
	for i, q := range qs {
		want[i] = r.Ask(q)
	}
	done := make(chan struct{})
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for i := range 50 {
				k := (i + g) % len(qs)
				if got := r.Ask(qs[k]); got.Kind != want[k].Kind || got.EntryID != want[k].EntryID || !equalLink(got.Booking, want[k].Booking) {
					t.Errorf("Ask(%q) = %s %s, want %s %s", qs[k], got.Kind, got.EntryID, want[k].Kind, want[k].EntryID)
					return
				}
			}
		}()
	}
	for range 8 {
		<-done
	}
}

func equalLink(a, b *Link) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// TestCompareNamesTechniquesByTheirDistinctivePart checks that a comparison
// naming a technique without its generic last word ("trigger point" for
// Trigger Point Therapy) compares the technique, in the order named, and
// that outside a comparison the same words keep their own meaning.
func TestCompareNamesTechniquesByTheirDistinctivePart(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		msg  string
		want []string // the techniques compared, in order; nil for no comparison
	}{
		{"trigger point or deep tissue, which one for my knots?", []string{"trigger-point-therapy", "deep-tissue-massage"}},
		{"rolfing vs swedish vs trigger point", []string{"rolfing", "swedish-massage", "trigger-point-therapy"}},
		{"what is a trigger point", nil},
	}
	for _, tt := range tests {
		tr := r.Explain(tt.msg)
		if tt.want == nil {
			if tr.Decision.Do == DoCompare {
				t.Errorf("%q: compared %v, want no comparison", tt.msg, tr.Match.Named)
			}
			continue
		}
		var got []string
		for _, e := range tr.Match.Named {
			got = append(got, e.ID)
		}
		if tr.Decision.Do != DoCompare || !slices.Equal(got, tt.want) {
			t.Errorf("%q: %s of %v, want a comparison of %v", tt.msg, tr.Decision.Do, got, tt.want)
		}
	}
}

// TestLongMessageReferringBack checks that a long message whose question
// refers back ("is that a good idea") to the one technique its story names
// is answered about that technique.
func TestLongMessageReferringBack(t *testing.T) {
	r := defaultResponder(t)
	msg := "I lift weights four times a week and my lower back gets really tight after heavy days. " +
		"A friend from the gym keeps telling me to try rolfing. Would that help with this sort of thing, or is there something better?"
	if got := r.Ask(msg); !got.Answers() || got.EntryID != "rolfing" {
		t.Errorf("reply %s %q, want an answer about rolfing", got.Kind, got.EntryID)
	}
	// A story that describes a technique without naming it: "that" is
	// the technique described, not the list of techniques.
	msg = "Years ago I had a massage in Toronto and the RMT leaned her elbows and knuckles into my back with intense pressure. " +
		"It was sore the next day but my back felt looser for weeks. Which kind of massage would that have been?"
	if got := r.Ask(msg); !got.Answers() || got.EntryID == "techniques" {
		t.Errorf("reply %s %q, want an answer about the technique described", got.Kind, got.EntryID)
	}
}

// TestAskingSentenceInDomain checks that a long message whose asking
// sentences are out of the domain together, and as a whole, is judged by
// the one of them that is about the clinic: a request framed in everyday
// words of its own does not carry a question about the therapists out.
// One that names a foreign topic is still not answered.
func TestAskingSentenceInDomain(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		msg, want string
	}{
		{"My credit card bill is huge this month. Before I spend more money I need to know who I would see. " +
			"What training do your therapists have?", "therapists"},
		{"My credit card bill is huge this month. Before I spend more money I need to know who I would see. " +
			"Which tax accountant should I hire for my savings?", ""},
	}
	for _, tt := range tests {
		got := r.Ask(tt.msg)
		if tt.want == "" {
			if got.Answers() {
				t.Errorf("Ask(%q) answered %s, want no answer", tt.msg, got.EntryID)
			}
			continue
		}
		if !got.Answers() || got.EntryID != tt.want {
			t.Errorf("Ask(%q) = %s %q, want an answer about %s", tt.msg, got.Kind, got.EntryID, tt.want)
		}
	}
}

// TestTwoQuestionsAnswerTheFirstSure checks that a message asking two
// questions, as two sentences or joined by "and" or "also", is answered
// with the first one matched surely, rather than left unsure between the
// two entries; questionParts finds the parts.
func TestTwoQuestionsAnswerTheFirstSure(t *testing.T) {
	parts := []struct {
		msg  string
		want []string
	}{
		{"What is rolfing? Are your therapists registered?", []string{"what is rolfing", "are your therapists registered"}},
		{"is trigger point therapy painful and also how do i book", []string{"is trigger point therapy painful", "how do i book"}},
		{"what are trigger points", nil},
		{"my back and neck hurt", nil},
		// A question, then a story after a comma: the question alone.
		{"what is cupping, my cousin swears by it", []string{"what is cupping"}},
		{"is rolfing painful, she said it hurt, do i need a referral", []string{"is rolfing painful", "do i need a referral"}},
		// A clause that neither asks nor tells of someone keeps the whole.
		{"what is a good price, 80 dollars", nil},
	}
	for _, tt := range parts {
		if got := questionParts(NewMessage(tt.msg)); !slices.Equal(got, tt.want) {
			t.Errorf("questionParts(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{})}
	for _, tt := range []struct{ msg, want string }{
		{"Can massage calm my anxiety? Also where is your clinic located?", "massage-benefits"},
		{"what causes back pain and where is your clinic located", "back-pain-causes"},
		// A second question that refers back to the one technique the
		// first names asks about that technique (askedOfNamed).
		{"are your staff trained in trigger point therapy? and how does it work", "trigger-point-therapy"},
		{"do your therapists do myofascial release? and what is that exactly", "myofascial-therapy"},
	} {
		tr := r.Explain(tt.msg)
		if tr.Decision.Do != DoAnswer || tr.Match.Best == nil || tr.Match.Best.ID != tt.want {
			id := "none"
			if tr.Match.Best != nil {
				id = tr.Match.Best.ID
			}
			t.Errorf("Explain(%q) = %s %s %.2f, want an answer from %s", tt.msg, tr.Decision.Do, id, tr.Match.Score, tt.want)
		}
	}
}

// TestAfterReplyOpener checks that a reply in a thread that shares the
// post before it ("same here, but...") is read from its question, and that
// "same" that compares is no reply.
func TestAfterReplyOpener(t *testing.T) {
	tests := []struct {
		msg  string
		want string // the words from the question on, "" for no reply
	}{
		{"same here, but does it actually work", "does it actually work"},
		{"^ same as above: is massage just a feel-good thing", "is massage just a feel good thing"},
		{"yeah me too, does deep tissue hurt after", "does deep tissue hurt after"},
		{"same, how often should i go", ""}, // the comma is gone: a bare "same" needs a link word
		{"same but how often should i go", "how often should i go"},
		{"same thing as swedish?", ""},
		{"same here lol", ""},
		{"ditto", ""},
	}
	for _, tt := range tests {
		words := NewMessage(tt.msg).Words
		got := ""
		if k := afterReplyOpener(words); k > 0 {
			got = strings.Join(words[k:], " ")
		}
		if got != tt.want {
			t.Errorf("afterReplyOpener(%q) reads %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestScreenBriefAgreesWithScreen checks that the brief screen Ask runs
// (which stops early when it finds nothing but inert concepts) gives
// every message of the development sets the verdict the full screen
// gives: the same level, group, situation and wording, and no concepts or
// reason when it does not fire.
func TestScreenBriefAgreesWithScreen(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	if m.screen.firesOnNothing {
		t.Error("a rule holds with no concept: the screen cannot stop early on a message it finds nothing in")
	}
	var qs []string
	for _, c := range loadEvalCases(t, "questions.yaml") {
		qs = append(qs, c.Q)
	}
	for _, name := range []string{"safety2_caution.yaml", "safety2_emergency.yaml", "safety2_nearmiss.yaml",
		"safety5_caution.yaml", "safety5_emergency.yaml", "safety5_nearmiss.yaml", "safety5_ordinary.yaml"} {
		for _, c := range loadSafetySet(t, name) {
			qs = append(qs, c.Q)
		}
	}
	nothing, inert := 0, 0
	for _, q := range qs {
		msg := newMessageIn(q, nil, m.table())
		full, brief := m.Screen(msg), m.screenBrief(msg)
		if len(full.Concepts) == 0 {
			nothing++
		} else if !slices.ContainsFunc(full.Concepts, func(c ConceptHit) bool { return !m.screen.inert.has(m.screen.conceptID[c.Concept]) }) {
			inert++
		}
		if brief.Level != full.Level || brief.Group != full.Group || brief.Situation != full.Situation || brief.Recognised != full.Recognised {
			t.Errorf("%q: brief verdict %+v, want the full one's %+v", q, brief, full)
		}
		if !brief.Fires() && (brief.Concepts != nil || brief.Reason != "") {
			t.Errorf("%q: brief verdict that does not fire holds concepts %v or reason %q", q, brief.Concepts, brief.Reason)
		}
	}
	if nothing == 0 || inert == 0 {
		t.Errorf("of %d messages, %d with no concept and %d with only inert ones: the early stop is not tested on both", len(qs), nothing, inert)
	}
}
