package knowledge

import (
	"slices"
	"testing"
)

// TestPreferNamed checks the close-rival rule of stage 7: the one technique
// a message names wins a near tie, and only a near tie.
func TestPreferNamed(t *testing.T) {
	b := Default()
	overview, swedish, deep := b.Entry("techniques"), b.Entry("swedish-massage"), b.Entry("deep-tissue-massage")
	if overview == nil || swedish == nil || deep == nil {
		t.Fatal("the default base lacks techniques, swedish-massage or deep-tissue-massage")
	}
	tests := []struct {
		name      string
		in        Match
		wantBest  *Entry
		wantScore float64
		wantSure  bool
	}{
		{
			name:     "named rival as sure as the best wins",
			in:       Match{Best: overview, Score: 0.67, Confident: true, Named: []*Entry{swedish}, Suggestions: []Candidate{{Entry: swedish, Score: 0.67}}},
			wantBest: swedish, wantScore: 0.67, wantSure: true,
		},
		{
			name:     "the lower confidence is kept",
			in:       Match{Best: overview, Score: 0.6, Confident: true, Named: []*Entry{swedish}, Suggestions: []Candidate{{Entry: deep, Score: 0.3}, {Entry: swedish, Score: 0.49}}},
			wantBest: swedish, wantScore: 0.49, wantSure: false,
		},
		{
			name:     "a distant named rival does not win",
			in:       Match{Best: overview, Score: 0.7, Confident: true, Named: []*Entry{swedish}, Suggestions: []Candidate{{Entry: swedish, Score: 0.4}}},
			wantBest: overview, wantScore: 0.7, wantSure: true,
		},
		{
			name:     "two named techniques are left to the comparison",
			in:       Match{Best: overview, Score: 0.7, Confident: true, Named: []*Entry{swedish, deep}, Suggestions: []Candidate{{Entry: swedish, Score: 0.7}}},
			wantBest: overview, wantScore: 0.7, wantSure: true,
		},
		{
			name:     "a named technique missing from the suggestions does not win",
			in:       Match{Best: overview, Score: 0.7, Confident: true, Named: []*Entry{swedish}},
			wantBest: overview, wantScore: 0.7, wantSure: true,
		},
		{
			name:     "the best already named stays",
			in:       Match{Best: swedish, Score: 0.7, Confident: true, Named: []*Entry{swedish}, Suggestions: []Candidate{{Entry: overview, Score: 0.7}}},
			wantBest: swedish, wantScore: 0.7, wantSure: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := preferNamed(tt.in, DefaultThreshold, true)
			if got.Best != tt.wantBest || got.Score != tt.wantScore || got.Confident != tt.wantSure {
				t.Fatalf("got best %s %.2f confident %v, want %s %.2f %v", got.Best.ID, got.Score, got.Confident, tt.wantBest.ID, tt.wantScore, tt.wantSure)
			}
			swapped := tt.wantBest != tt.in.Best
			if (why != "") != swapped {
				t.Errorf("why = %q, want a reason only when the best changes", why)
			}
			if swapped {
				if len(got.Suggestions) == 0 || got.Suggestions[0].Entry != tt.in.Best {
					t.Errorf("the former best %s is not the first suggestion: %+v", tt.in.Best.ID, got.Suggestions)
				}
				for _, c := range got.Suggestions {
					if c.Entry == got.Best {
						t.Errorf("the new best %s is still among the suggestions", got.Best.ID)
					}
				}
			}
		})
	}
}

// TestTopicWords checks which words name what a message asks about.
// TestPreferTherapy checks the treatment-versus-concept rule of stage 7: a
// question asking for a treatment, or how one is given, gets the related
// technique when it is a close rival of the topic, and only then.
func TestPreferTherapy(t *testing.T) {
	b := Default()
	knots, therapy, causes, deep := b.Entry("trigger-points"), b.Entry("trigger-point-therapy"), b.Entry("back-pain-causes"), b.Entry("deep-tissue-massage")
	if knots == nil || therapy == nil || causes == nil || deep == nil {
		t.Fatal("the default base lacks trigger-points, trigger-point-therapy, back-pain-causes or deep-tissue-massage")
	}
	treat := Intent{Act: ActAsk, Treat: true}
	tests := []struct {
		name      string
		in        Match
		intent    Intent
		wantBest  *Entry
		wantScore float64
	}{
		{"a close related technique wins", Match{Best: knots, Score: 0.75, Confident: true, Suggestions: []Candidate{{Entry: therapy, Score: 0.64}}}, treat, therapy, 0.64},
		{"a surer rival keeps the best's confidence", Match{Best: knots, Score: 0.57, Confident: true, Suggestions: []Candidate{{Entry: therapy, Score: 0.65}}}, treat, therapy, 0.57},
		{"without a request for treatment the topic stays", Match{Best: knots, Score: 0.75, Confident: true, Suggestions: []Candidate{{Entry: therapy, Score: 0.7}}}, Intent{Act: ActAsk}, knots, 0.75},
		{"a distant technique does not win", Match{Best: knots, Score: 0.75, Confident: true, Suggestions: []Candidate{{Entry: therapy, Score: 0.5}}}, treat, knots, 0.75},
		{"an unrelated technique does not win", Match{Best: knots, Score: 0.75, Confident: true, Suggestions: []Candidate{{Entry: deep, Score: 0.75}}}, treat, knots, 0.75},
		{"a technique already best stays", Match{Best: therapy, Score: 0.7, Confident: true, Suggestions: []Candidate{{Entry: causes, Score: 0.7}}}, treat, therapy, 0.7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, why := preferTherapy(tt.in, tt.intent, DefaultThreshold, true)
			if got.Best != tt.wantBest || got.Score != tt.wantScore || got.Confident != (tt.wantScore >= DefaultThreshold) {
				t.Fatalf("got %s %.2f confident %v, want %s %.2f", got.Best.ID, got.Score, got.Confident, tt.wantBest.ID, tt.wantScore)
			}
			if swapped := got.Best != tt.in.Best; swapped != (why != "") || swapped && got.Suggestions[0].Entry != tt.in.Best {
				t.Errorf("swapped %v, why %q, suggestions %v", swapped, why, got.Suggestions)
			}
		})
	}
}

func TestAsksHowGiven(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"what happens in a rolfing session", true},
		{"what should i expect at my first appointment", true},
		{"what do they do to your back", true},
		{"how is it done", true},
		{"what are trigger points", false},
		{"i have done yoga for years", false},
		{"what do they charge", false},
	}
	for _, tt := range tests {
		if got := asksHowGiven(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksHowGiven(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

func TestTopicWords(t *testing.T) {
	tests := []struct {
		msg  string
		want []string
	}{
		{"the best recliner for a sore back", []string{"recliner"}},
		{"top pillows for neck pain", []string{"pillows"}},
		{"any stretches for sciatica", []string{"stretches"}},
		{"which one do i pick for back pain", nil}, // a verb before "for"
		{"can i ask for firm pressure", nil},       // a verb before "for"
		{"the best for my back", nil},              // a stopword is no topic
		{"massage for back pain", nil},             // no determiner before it
		{"best massage for back pain", []string{"massage"}},
		{"the best massage technique for knots", []string{"technique"}}, // the head of the run
		{"how do i book a cruise", []string{"cruise"}},
		{"can you book me a couples massage", []string{"massage"}},
		{"book me in for friday", nil},
		{"can i book for thurs", nil}, // a day, shortened
		{"the booking page", nil},     // no verb of booking
		{"what mattress is best for back pain", []string{"mattress"}},
		{"which stretch works best for sciatica", []string{"stretch"}},
		{"which is best for my back", nil}, // no thing named
		{"what sort of chair is best for a stiff neck", []string{"chair"}},
		{"which over the counter cream works best for sore muscles", []string{"cream"}},
		{"which of the techniques is best for knots", []string{"techniques"}},
		{"what time of day is best for a massage", nil}, // a time is no thing
		{"massage is best for back pain", nil},          // no question of choice
		{"i need to book a dentist appointment", []string{"appointment", "dentist"}},
		{"can i book a rolfing session", []string{"session", "rolfing"}},
		{"book an appointment", []string{"appointment"}},
		{"how can i reach my landlord", []string{"landlord"}},
		{"can i call the clinic", []string{"clinic"}},
		{"how do i contact you", nil},                         // the clinic, no thing named
		{"the contact page is broken for me", nil},            // a means of getting in touch, nobody reached
		{"call christie about it", []string{"christie"}},      // a person by name
		{"a reservation for deep tissue", []string{"tissue"}}, // the head, which the base holds
		{"a reservation for dinner", []string{"dinner"}},      // the slot is for what follows "for"
	}
	for _, tt := range tests {
		got := topicWords(NewMessage(tt.msg).Words)
		if !slices.Equal(got, tt.want) {
			t.Errorf("topicWords(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestDomainForeignTopic checks that a message asking about a thing the
// base does not hold is out of the domain however many domain words it
// has, and that a topic word the base holds keeps it in.
func TestDomainForeignTopic(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		msg     string
		foreign string
		in      bool
	}{
		{"what is the best recliner for lower back pain and sore muscles", "recliner", false},
		{"any good pillow for neck and back pain", "pillow", false},
		{"what is the best massage for lower back pain", "", true},
		{"which technique is best for back pain", "", true},
		{"can i reserve a hotel room for a long weekend", "room", false},
		{"what recliner is best for lower back pain", "recliner", false},
		{"need to schedule a vet appointment for my dog", "vet", false},
		{"can i book a deep tissue session", "", true},
		// The clinic's own thing whose head the base does not hold.
		{"what are your massage rates", "rates", false},
		{"what are your clinic hours", "hours", false},
		{"are your massage therapists registered", "", true},
		// A generic choice is about its purpose.
		{"what is the best technique for a tennis serve", "serve", false},
		{"which type is best for a sore lower back", "", true},
		// A technique's modifier before a noun the base does not hold.
		{"is swedish chocolate any good", "chocolate", false},
		{"can i get a swedish style massage", "", true},
		{"will deep tissue leave me sore", "", true},
		// Whom a request to get in touch reaches.
		{"how can i contact my landlord", "landlord", false},
		{"can i contact a therapist directly", "", true},
		// An animal as whom a treatment or condition is for; a dog in a
		// story is not.
		{"what causes back pain in dogs", "dogs", false},
		{"is deep tissue ok for my dog", "dog", false},
		{"i hurt my back walking the dog, what causes that", "", true},
		// A person reached by name; a role at the clinic is not one.
		{"call christie's work number", "christie", false},
		{"can i call the clinic", "", true},
		{"can i talk to a therapist", "", true},
		// The word before a slot says what it is for, with or without a
		// verb that books; a length of time says nothing of it.
		{"how do i get a dentist appointment", "dentist", false},
		{"how do i plan my bakery opening", "bakery", false},
		{"book a 90 minute appointment", "", true},
		{"can i get a rolfing appointment", "", true},
		// "a good technique" chooses by its purpose as "the best" does.
		{"what is a good kneading technique for sourdough", "sourdough", false},
		{"what is a good technique for my lower back", "", true},
	}
	for _, tt := range tests {
		msg := NewMessage(tt.msg)
		d := m.Domain(msg, readMessageIntent(msg), false)
		if d.ForeignTopic != tt.foreign || d.In != tt.in {
			t.Errorf("Domain(%q): foreign topic %q, in %v; want %q, %v", tt.msg, d.ForeignTopic, d.In, tt.foreign, tt.in)
		}
		if tt.foreign != "" && d.LogOdds > -defaultDomainParams.foreignTopic {
			t.Errorf("Domain(%q): log-odds %.2f, want at most %.2f", tt.msg, d.LogOdds, -defaultDomainParams.foreignTopic)
		}
	}
}

// TestForeignAsk checks that a who, when or where question asking
// something the base does not hold about a subject it does hold is not
// answered with confidence, and that ordinary questions still are.
func TestForeignAsk(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		msg     string
		foreign string
		notSure bool
	}{
		{"who discovered deep tissue massage", "discovered", true},
		{"when did they patent myofascial therapy", "patent", true},
		{"who are your registered massage therapists", "", false},
		{"where are you located", "", false},
		{"what is deep tissue massage", "", false},
		// A description's "where" says what the technique is like.
		{"the gentle one where they slowly loosen the fascia", "", false},
		// An attribute of a thing the base holds, which the base never
		// speaks of (foreignAttribute).
		{"what is the price of a rolfing session", "price", true},
		{"is myofascial therapy pricier than rolfing", "pricier", true},
		{"is rolfing more affordable than deep tissue", "affordable", true},
		{"can i go swimming after a deep tissue massage", "swimming", true},
		{"how much is a swedish massage", "how much", true},
		{"how much does rolfing cost", "how much", true},
		{"what is the point of trigger point therapy", "", false},       // the base holds "point"
		{"is rolfing gentler than deep tissue", "", false},              // a quality the base weighs
		{"does my back hurt more after deep tissue massage", "", false}, // "hurt" is of the domain
		{"what happens during a rolfing session", "", false},            // how a treatment is given
		{"how much can massage help my back", "", false},                // how much it helps
		{"can i get my lower back scanned", "scanned", true},
		{"where can i get my back massaged", "", false}, // the base's own service
		// "where" after a thing opens a clause describing it.
		{"the massage where they barely push, what is it called", "", false},
		// A number the base's questions never ask for.
		{"how long does a rolfing session take", "how long", true},
		{"how often can you get deep tissue", "how often", true},
		{"how often should i get trigger point therapy for my back", "", false}, // asks about the back too
		{"how soon can i get in", "", false},                                    // the base asks it
	}
	// A kind of the clinic's people the base never speaks of, in a
	// question or a request to book; a word that only picks one is not.
	tests = append(tests, []struct {
		msg     string
		foreign string
		notSure bool
	}{
		{"do you have any male therapists", "male", true},
		{"can i book with a female therapist", "female", true},
		{"can i book a specific therapist", "", false},
		{"where do i find the right therapist for my neck", "", false},
		{"how should i choose the right massage therapist", "", false},
		{"are your therapists registered", "", false},
	}...)
	for _, tt := range tests {
		tr := r.Explain(tt.msg)
		if tr.Domain.ForeignAsk != tt.foreign {
			t.Errorf("%q: foreign ask %q, want %q", tt.msg, tr.Domain.ForeignAsk, tt.foreign)
		}
		if got := tr.Decision.Do == DoNotSure; got != tt.notSure {
			t.Errorf("%q: decision %s (%s), want not-sure %v", tt.msg, tr.Decision.Do, tr.Decision.Why, tt.notSure)
		}
	}
}

// TestDomainBookingFrame checks that the small words framing a request to
// book ("where do i go to") do not count against the domain: what is
// booked decides.
func TestDomainBookingFrame(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		msg  string
		want Do
	}{
		{"where do i go to get an appointment", DoBook},
		{"how do i book a cruise", DoDontKnow},
	}
	for _, tt := range tests {
		if tr := r.Explain(tt.msg); tr.Decision.Do != tt.want {
			t.Errorf("%q: %s (%s), want %s", tt.msg, tr.Decision.Do, tr.Decision.Why, tt.want)
		}
	}
}

// TestOtherSense checks that the asker's own thing, named as ordinary
// requests name theirs and as the base never does, is no evidence for the
// domain, while the asker's back, which the base's questions speak of, is.
func TestOtherSense(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		msg  string
		want []string
	}{
		{"could you check my health benefits", []string{"health", "benefits"}},
		{"massage for my lower back", nil},             // the base's questions own "back"
		{"is massage good for my health", nil},         // and "health"
		{"can massage help my neck", nil},              // no request in the background owns a neck
		{"need my back unlocked where do i book", nil}, // what is to be done to the base's own thing
	}
	for _, tt := range tests {
		if got := m.domain.otherSense(NewMessage(tt.msg).Words); !slices.Equal(got, tt.want) {
			t.Errorf("otherSense(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
	// Nor are the pairs those words are in ("my health", "health
	// benefits"), which the base's own "health benefits of massage" holds.
	for _, q := range []string{"could you check my health benefits", "what are my health benefits"} {
		msg := NewMessage(q)
		if d := m.Domain(msg, readMessageIntent(msg), false); d.In {
			t.Errorf("Domain(%q) is in the domain (log-odds %.2f); the asker's health benefits are insurance", msg.Text, d.LogOdds)
		}
	}
	msg := NewMessage("is massage good for my health")
	if d := m.Domain(msg, readMessageIntent(msg), false); !d.In {
		t.Errorf("Domain(%q) is not in the domain (log-odds %.2f)", msg.Text, d.LogOdds)
	}
	// A match made by the name of an entry that the message uses in
	// another sense is no answer.
	r := Responder{Matcher: m}
	for _, q := range []string{"can i use my health benefits for a massage", "how do you say good morning in swedish", "what is the swedish word for back",
		"which health benefits do i have", "do i have any health benefits left", "how much of the health benefits i have is used",
		"can i claim a massage on my company benefits plan"} {
		if tr := r.Explain(q); tr.Decision.Do == DoAnswer {
			t.Errorf("%q answered %s (%s); its words name the entry in another sense", q, tr.Match.Best.ID, tr.Decision.Why)
		}
	}
	// "book" as a thing to read neither asks to book nor names the
	// booking entry; "on the books" is the calendar.
	for _, q := range []string{"is there a good book on massage", "what is a book spine", "can you recommend a book about back pain", "my book says massage helps"} {
		if tr := r.Explain(q); tr.Decision.Do == DoAnswer || tr.Decision.Do == DoBook {
			t.Errorf("%q: %s %v (%s); the book is one to read", q, tr.Decision.Do, tr.Match.Best != nil, tr.Decision.Why)
		}
	}
	for _, q := range []string{"wanna get on the books for a rub", "can i book a massage for friday"} {
		if tr := r.Explain(q); tr.Reply.Kind != ReplyAnswer || tr.Match.Best == nil || tr.Match.Best.ID != bookingEntryID {
			t.Errorf("%q: %s (%s), want the booking reply", q, tr.Decision.Do, tr.Decision.Why)
		}
	}
	for _, q := range []string{"what are the health benefits of massage", "what health benefits of massage have i seen"} {
		if tr := r.Explain(q); tr.Decision.Do != DoAnswer {
			t.Errorf("%q: %s (%s), want an answer", q, tr.Decision.Do, tr.Decision.Why)
		}
	}
	// The asker's own session of a technique the base names is the base's
	// thing, however ordinary "my first ..." is in the background.
	msg = NewMessage("what should i expect at my first rolfing session")
	if d := m.Domain(msg, readMessageIntent(msg), false); !d.In || len(d.OtherSense) > 0 {
		t.Errorf("Domain(%q) = in %v, other sense %q; a rolfing session is the base's own", msg.Text, d.In, d.OtherSense)
	}
}

// TestComparedWords checks which words a comparison sets side by side.
func TestComparedWords(t *testing.T) {
	tests := []struct {
		msg  string
		want []string
	}{
		{"is pilates better than massage", []string{"massage", "pilates"}},
		{"a massage chair vs deep tissue", []string{"chair", "tissue"}},
		{"is acupuncture as good as rolfing", []string{"acupuncture", "rolfing"}},
		{"does cupping count as trigger point therapy", []string{"cupping", "therapy"}},
		{"is cupping the same as rolfing", []string{"cupping", "rolfing"}},
		{"will i feel better after a massage", nil}, // no "than": nothing compared
		{"book me in as soon as you can", nil},      // "as soon as" names nothing
		// A clause after the thing ("which hurts less") is not its name.
		{"rolfing vs myofascial release which hurts less", []string{"rolfing", "release"}},
		{"swedish vs deep tissue more relaxing", []string{"swedish", "tissue"}},
		// "or" joins the sides of a comparison that weighs them.
		{"is pilates or massage better for my back", []string{"pilates", "massage"}},
		{"swedish or deep tissue, which is best", []string{"swedish", "tissue"}},
		{"can i pay cash or card", nil}, // nothing weighed
		// The subject of a yes-or-no question that compares.
		{"would pilates fix my back better than massage", []string{"massage", "back", "pilates"}},
		{"i think massage works better than pills", []string{"pills", "works"}},
		// No rival: the thing beside itself at another time or part, an
		// idiom, or a second action after "or".
		{"my left hip is higher than the other", nil},
		{"my back feels worse than usual today", nil},
		{"is my back tighter than before", nil},
		{"is swedish more or less the same as relaxation massage", []string{"swedish", "massage"}},
		{"should i try the gentle one first or go right to deep tissue", nil},
		{"is swedish better than the deep tissue", []string{"tissue", "swedish"}},
	}
	for _, tt := range tests {
		if got := comparedWords(NewMessage(tt.msg).Words); !slices.Equal(got, tt.want) {
			t.Errorf("comparedWords(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestForeignRival checks that a comparison with a thing the base does
// not hold gets no confident answer, and one between the base's own
// techniques still does.
func TestForeignRival(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		msg     string
		rival   string
		notSure bool
	}{
		{"is pilates better than massage for lower back pain", "pilates", true},
		{"is rolfing more intense than deep tissue", "", false},
		{"is cupping the same as myofascial therapy", "cupping", true},
		{"would a back rub count as a swedish massage", "", false}, // the vocabulary's "back rub"
	}
	for _, tt := range tests {
		tr := r.Explain(tt.msg)
		if tr.Domain.ForeignRival != tt.rival {
			t.Errorf("%q: foreign rival %q, want %q", tt.msg, tr.Domain.ForeignRival, tt.rival)
		}
		if got := tr.Decision.Do == DoNotSure; got != tt.notSure {
			t.Errorf("%q: decision %s (%s), want not-sure %v", tt.msg, tr.Decision.Do, tr.Decision.Why, tt.notSure)
		}
	}
}

// TestDescribes checks which messages describe a technique instead of
// naming it.
func TestDescribes(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"the one where they walk on your back", true},
		{"what is it called when they use hot stones", true},
		{"what's the name of the massage with oils", true},
		{"what's the name for the kind with hot stones", true},
		{"that gentle style that uses long strokes", true},
		{"what is the best massage for back pain", false},
		{"is there a massage that helps sciatica", false},
		{"which one should i book", false},
		// A list of kinds is asked for, not one described.
		{"what are the types of massage you offer for a stiff back", false},
		{"list the kinds of massage that help with knots", false},
		{"the style of massage where they use elbows", true},
		{"what are trigger points", false},
		// A question pointing back at a technique described before it.
		{"they dig in with elbows, which massage is that", true},
		{"what kind of massage was that", true},
		{"what kind of massage is that and does it hurt", true},
		{"is that relaxing style of massage any good for my back", true},
		{"what causes this kind of pain", false},
		{"which massage is that good for", false},
	}
	for _, tt := range tests {
		if got := describes(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("describes(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestAsksWhatCalled checks which messages ask for a thing's name.
func TestAsksWhatCalled(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"what is it called", true},
		{"the knots in my back, what are they called", true},
		{"what's that called when they use elbows", true},
		{"i called yesterday, is it booked", false},
		{"who called", false},
	}
	for _, tt := range tests {
		if got := asksWhatCalled(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksWhatCalled(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestAsksPurpose checks which messages use "point" for what a thing is
// good for, and that such a question is not read as one about trigger
// points.
func TestAsksPurpose(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"what's the point of getting massages", true},
		{"is there any point in booking a swedish", true},
		{"what is a trigger point", false},
		{"point me to the booking page", false},
	}
	for _, tt := range tests {
		if got := asksPurpose(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksPurpose(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
	m := NewMatcher(Default(), MatchOptions{})
	if got := m.Match("what's the point of getting massages regularly"); got.Best != nil && (got.Best.ID == "trigger-points" || got.Best.ID == "trigger-point-therapy") {
		t.Errorf("the point of massages matched %s: \"point\" here is purpose, not a trigger point", got.Best.ID)
	}
}

// TestDescriptionFindsTheTechnique checks that a technique described by
// what its answer says, not by its name, is found, and that only a
// technique answers a description.
func TestDescriptionFindsTheTechnique(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		msg  string
		want []string // any one of them
	}{
		{"what's the name of the technique with soothing long strokes", []string{"swedish-massage"}},
		{"the style where the therapist works on stiff connective tissue with firm pressure", []string{"myofascial-therapy", "deep-tissue-massage"}},
		// "called" asks for the name: it is not a topic word, though the
		// base holds "call" (contact).
		{"that massage with knuckles and elbows, what's it called", []string{"myofascial-therapy", "deep-tissue-massage", "rolfing"}},
	}
	for _, tt := range tests {
		got := m.Match(tt.msg)
		if got.Best == nil || !slices.Contains(tt.want, got.Best.ID) || !got.Confident {
			t.Errorf("Match(%q) = %v %.2f confident %v, want one of %v, confident", tt.msg, got.Best, got.Score, got.Confident, tt.want)
		}
		for _, c := range got.Suggestions {
			if c.Entry.Kind != KindTechnique {
				t.Errorf("Match(%q) suggests %s, a %s: a description asks for a technique", tt.msg, c.Entry.ID, c.Entry.Kind)
			}
		}
	}
}

// TestDecideImpliedBooking checks that a request to book read from a day or
// a phrase books only what the base knows well: a technique it names, a
// confident match, or the booking entry itself.
func TestDecideImpliedBooking(t *testing.T) {
	b := Default()
	swedish, benefits := b.Entry("swedish-massage"), b.Entry("massage-benefits")
	in := DomainCheck{In: true, LogOdds: 3}
	implied := Intent{Act: ActBook, Cue: "saturday", Implied: true}
	tests := []struct {
		name   string
		intent Intent
		m      Match
		want   Do
	}{
		{"a named technique books", implied, Match{Best: swedish, Score: 0.4, Named: []*Entry{swedish}}, DoBook},
		{"a confident match books", implied, Match{Best: benefits, Score: 0.6, Confident: true}, DoBook},
		{"a weak match does not book", implied, Match{Best: benefits, Score: 0.4}, DoNotSure},
		{"a weak match of booking itself books", implied, Match{Best: b.Entry(bookingEntryID), Score: 0.4}, DoBook},
		{"a word of booking books a weak match", Intent{Act: ActBook, Cue: "book"}, Match{Best: benefits, Score: 0.4}, DoBook},
	}
	for _, tt := range tests {
		if got := decide(tt.intent, tt.m, in, true, true); got.Do != tt.want {
			t.Errorf("%s: decide = %s (%s), want %s", tt.name, got.Do, got.Why, tt.want)
		}
	}
}

// TestLanguageNamed checks that a technique's word naming a language at the
// end of a question about words is read in that other sense, and only there.
func TestLanguageNamed(t *testing.T) {
	tests := []struct{ msg, want string }{
		{"how do you say good night in swedish", "swedish"},
		{"can you translate this to swedish", "swedish"},
		{"how do you spell rolfing", ""},
		{"is swedish massage good for my back", ""},
		{"what do you say to someone getting a swedish massage", ""},
		{"i am interested in swedish", ""},
	}
	for _, tt := range tests {
		if got := languageNamed(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("languageNamed(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
	r := defaultResponder(t)
	if got := r.Ask("how do you say good night in swedish"); got.Answers() {
		t.Errorf("a question about the Swedish language was answered with %s", got.EntryID)
	}
}

// TestAskedPart checks that of two questions joined by "and" the first is
// judged alone when the whole is not about the clinic.
func TestAskedPart(t *testing.T) {
	tests := []struct {
		msg  string
		want string
		ok   bool
	}{
		{"where are you located and what time do you close", "where are you located", true},
		{"is deep tissue painful and can i book it", "is deep tissue painful", true},
		{"massage and back pain", "", false}, // no second question
		{"and what about rolfing", "", false},
	}
	for _, tt := range tests {
		if got, ok := askedPart(NewMessage(tt.msg).Words); got != tt.want || ok != tt.ok {
			t.Errorf("askedPart(%q) = %q, %v; want %q, %v", tt.msg, got, ok, tt.want, tt.ok)
		}
	}
	r := defaultResponder(t)
	if tr := r.Explain("where are you located and what time do you close"); tr.Decision.Do != DoAnswer || tr.Match.Best.ID != "contact" {
		t.Errorf("located and closing time: %s (%s), want the contact entry", tr.Decision.Do, tr.Decision.Why)
	}
}

// TestMissingAnchor checks that a question about a subject an entry only
// speaks of, without the word every sample question of the entry holds,
// is not answered with that entry, while questions about the anchor, bare
// keywords and a one-word alias that stands for it keep their answer.
func TestMissingAnchor(t *testing.T) {
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{})}
	tests := []struct {
		q      string
		answer bool
	}{
		{"why does my blood pressure go up in the evening", false},
		{"how do I reset my blood pressure monitor", false},
		{"is anxiety something you grow out of", false},
		{"can a massage lower my blood pressure", true},
		{"does massage calm anxiety", true},
		{"i often get migraines, would that help", true},
		{"toxins", true},                     // a keyword asks for the entry
		{"does it help with anxiety", true},  // "it" is the massage asked about
		{"can an rmt help my anxiety", true}, // an RMT is a massage therapist
		{"my therapist thinks my anxiety is worse, what should i read", false}, // anyone's therapist
		{"what causes muscle imbalances", true},                                // every word names back-pain-causes
		{"what causes shoulder pain", false},                                   // another place than the back
		{"what causes pain in my lower back", true},
		{"muscle imbalances in the back", true}, // and its anchor, back
	}
	for _, tt := range tests {
		tr := r.Explain(tt.q)
		if got := tr.Decision.Do == DoAnswer; got != tt.answer {
			t.Errorf("%q: %s %v (%s), want answered %v", tt.q, tr.Decision.Do, tr.Match.Best != nil && tr.Match.Confident, tr.Decision.Why, tt.answer)
		}
	}
}

// TestPreferAnswerToChoice checks that the overview of techniques, whose
// sample questions ask to choose, gives way to a close rival on a
// question that asks no choice, and keeps the questions that do.
func TestPreferAnswerToChoice(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	r := Responder{Matcher: m}
	if !isOverview(Default().Entry("techniques")) || isOverview(Default().Entry("massage-for-back-pain")) {
		t.Fatal("want techniques, and not massage-for-back-pain, to be an overview of choices")
	}
	for q, want := range map[string]bool{"which one helps": true, "what kind of massage": true, "what causes this kind of pain": false, "how effective is massage": false,
		"she likes the soft gentle kind": false, "the best kind for knots": true} {
		if got := asksChoice(NewMessage(q).Words); got != want {
			t.Errorf("asksChoice(%q) = %v, want %v", q, got, want)
		}
	}
	tests := []struct{ q, want string }{
		{"how effective is massage for lower back trouble", "massage-for-back-pain"},
		{"which massage is most effective for back pain", "techniques"},
		{"what techniques do you use", "techniques"}, // no close rival
	}
	for _, tt := range tests {
		tr := r.Explain(tt.q)
		if tr.Decision.Do != DoAnswer || tr.Match.Best.ID != tt.want {
			t.Errorf("%q: %s %v (%s), want an answer from %s", tt.q, tr.Decision.Do, tr.Match.Best != nil && tr.Match.Confident, tr.Decision.Why, tt.want)
		}
	}
}

// TestPreferSurerRival checks that a sure suggestion far surer than an
// unsure best entry is answered, and that a close one, an overview of
// choices or an unrelated rival of a technique ranked first is not; a
// topic related to the technique ranked first needs only be sure and
// surer.
func TestPreferSurerRival(t *testing.T) {
	b := Default()
	contact, points, overview, deep, therapists := b.Entry("contact"), b.Entry("trigger-points"), b.Entry("techniques"), b.Entry("deep-tissue-massage"), b.Entry("therapists")
	pointTherapy := b.Entry("trigger-point-therapy")
	tests := []struct {
		name     string
		in       Match
		wantBest *Entry
		wantSure bool
	}{
		{"a far surer suggestion wins", Match{Best: contact, Score: 0.35, Suggestions: []Candidate{{Entry: points, Score: 0.56}}}, points, true},
		{"a close suggestion does not", Match{Best: contact, Score: 0.48, Suggestions: []Candidate{{Entry: points, Score: 0.54}}}, contact, false},
		{"an unsure suggestion does not", Match{Best: contact, Score: 0.30, Suggestions: []Candidate{{Entry: points, Score: 0.45}}}, contact, false},
		{"an overview does not", Match{Best: points, Score: 0.41, Suggestions: []Candidate{{Entry: overview, Score: 0.77}}}, points, false},
		{"nor a rival of a technique", Match{Best: deep, Score: 0.40, Suggestions: []Candidate{{Entry: therapists, Score: 0.53}}}, deep, false},
		{"a sure best stays", Match{Best: contact, Score: 0.6, Confident: true, Suggestions: []Candidate{{Entry: points, Score: 0.9}}}, contact, true},
		{"a sure related topic beats its technique", Match{Best: pointTherapy, Score: 0.44, Suggestions: []Candidate{{Entry: points, Score: 0.53}}}, points, true},
		{"an unsure related topic does not", Match{Best: pointTherapy, Score: 0.40, Suggestions: []Candidate{{Entry: points, Score: 0.45}}}, pointTherapy, false},
		{"a less sure related topic does not", Match{Best: pointTherapy, Score: 0.49, Suggestions: []Candidate{{Entry: points, Score: 0.48}}}, pointTherapy, false},
	}
	for _, tt := range tests {
		got, why := preferSurerRival(tt.in, DefaultThreshold, nil, true)
		if got.Best != tt.wantBest || got.Confident != tt.wantSure {
			t.Errorf("%s: got %s confident %v (%q), want %s %v", tt.name, got.Best.ID, got.Confident, why, tt.wantBest.ID, tt.wantSure)
		}
	}
	// Of a question that asks which massage, the overview of choices is
	// a rival too, when related to the best and surer; otherwise not.
	backPain := b.Entry("massage-for-back-pain")
	choice := Match{Best: backPain, Score: 0.48, Suggestions: []Candidate{{Entry: overview, Score: 0.52}}}
	if got, why := preferSurerRival(choice, DefaultThreshold, NewMessage("which massage is best").Words, true); got.Best != overview || !got.Confident {
		t.Errorf("which massage: got %s confident %v (%q), want the overview", got.Best.ID, got.Confident, why)
	}
	if got, _ := preferSurerRival(choice, DefaultThreshold, NewMessage("does massage help").Words, false); got.Best != backPain || got.Confident {
		t.Errorf("no choice asked: got %s confident %v, want the back-pain entry, not sure", got.Best.ID, got.Confident)
	}
	if got, _ := preferSurerRival(Match{Best: points, Score: 0.41, Suggestions: []Candidate{{Entry: overview, Score: 0.77}}}, DefaultThreshold, NewMessage("which massage is best").Words, false); got.Best != points {
		t.Errorf("an unrelated overview: got %s, want trigger points", got.Best.ID)
	}
}

// TestAsksWhichMassage checks which questions ask which massage or kind.
func TestAsksWhichMassage(t *testing.T) {
	for msg, want := range map[string]bool{
		"which massage would do most for my back": true,
		"what type helps knots":                   true,
		"is there a gentle option for my back":    false,
		"what is it good for":                     false,
	} {
		if got := asksWhichMassage(NewMessage(msg).Words); got != want {
			t.Errorf("asksWhichMassage(%q) = %v, want %v", msg, got, want)
		}
	}
}

// TestCareerAsked checks that a question how to become one of the
// clinic's kind of people names the trade, and that becoming something
// else, or a therapist who becomes something, does not.
func TestCareerAsked(t *testing.T) {
	tests := []struct {
		msg, want string
	}{
		{"how do i become a massage therapist", "become"},
		{"i am training to be an rmt", "be"},
		{"how do i become more flexible", ""},
		{"will my therapist become a friend", ""},
		{"is it going to be a therapist doing it", ""},
	}
	for _, tt := range tests {
		msg := NewMessage(tt.msg)
		if got := careerAsked(msg.Words, classesOf(nil, msg.Words)); got != tt.want {
			t.Errorf("careerAsked(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}
