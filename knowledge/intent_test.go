package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// TestAsksWhatGoodFor checks that a question asking what massage is good
// for, naming nothing, is told from one naming what it might help.
func TestAsksWhatGoodFor(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"so what is massage actually good for", true},
		{"are massages good for anything else", true},
		{"is it good for anything other than stress", true},
		{"is massage good for sciatica", false},
		{"good for you", false},
		{"is a massage good for you", true},
		{"are massages actually good for ya or just nice", true},
		{"does massage do anything else good for you", true},
		{"did getting massaged do much good for you", true},
		{"is massage good for you if you have sciatica", false},
		{"is yoga good for you", false},
	}
	for _, tt := range tests {
		if got := asksWhatGoodFor(NewMessage(tt.msg).Words); got != tt.want {
			t.Errorf("asksWhatGoodFor(%q) = %v, want %v", tt.msg, got, tt.want)
		}
	}
}

// TestExceptedSpan checks which words a question leaves out.
func TestExceptedSpan(t *testing.T) {
	tests := []struct {
		msg  string
		want string
	}{
		{"besides my neck what else does it help", "my neck"},
		{"aside from relaxing is there anything else", "relaxing"},
		{"anything it helps other than sore shoulders", "sore shoulders"},
		{"what else is it good for", ""},
		{"set it aside", ""},
	}
	for _, tt := range tests {
		words := NewMessage(tt.msg).Words
		start, end := exceptedSpan(words)
		got := ""
		for i, w := range words[start:end] {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != tt.want {
			t.Errorf("exceptedSpan(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestBenefitsBesidesOneUse checks that a question asking what else
// massage is good for gets its benefits, not the use it sets aside.
func TestBenefitsBesidesOneUse(t *testing.T) {
	r := defaultResponder(t)
	for _, q := range []string{
		"so what is massage actually good for",
		"other than my sore back is massage good for anything",
		"besides the back, what else are massages really good for",
	} {
		tr := r.Explain(q)
		if tr.Decision.Do != DoAnswer || tr.Match.Best == nil || tr.Match.Best.ID != "massage-benefits" {
			t.Errorf("%q: %s (%s), want the massage-benefits answer", q, tr.Decision.Do, tr.Decision.Why)
		}
	}
}

// TestAsksWhereClinic checks which "where" questions ask where the clinic
// is, and that such a question is read as a request to get in touch.
func TestAsksWhereClinic(t *testing.T) {
	tests := []struct {
		msg  string
		want bool
	}{
		{"where are you", true},
		{"hey where r u guys at", true},
		{"where's ur place", true},
		{"where are you based", true},
		{"where are you from", false},
		{"message mom where are you", false},
		{"where does back pain come from", false},
		{"were is the clinic", true}, // "were" cannot stand before "is"
		{"wear are you", true},
		{"were you open yesterday", false},
		{"were is my phone", false},
	}
	for _, tt := range tests {
		msg := NewMessage(tt.msg)
		if got := asksWhereClinic(msg.Words); got != tt.want {
			t.Errorf("asksWhereClinic(%q) = %v, want %v", tt.msg, got, tt.want)
		}
		if in := readMessageIntent(msg); tt.want && in.Act != ActContact {
			t.Errorf("readMessageIntent(%q) = %s, want contact", tt.msg, in.Act)
		}
	}
}

// TestMayBeWhere checks the first-letter filter of asksWhereClinicNamed:
// every spelling of "where" it reads starts with a "w", so that the
// filter passes each, and other words are passed over.
func TestMayBeWhere(t *testing.T) {
	for w := range whereHomophones {
		if !mayBeWhere(w) {
			t.Errorf("mayBeWhere(%q) = false, want true: asksWhereClinicNamed would never read it", w)
		}
	}
	for _, tt := range []struct {
		w    string
		want bool
	}{{"where", true}, {"were", true}, {"what", false}, {"here", false}, {"", false}} {
		if got := mayBeWhere(tt.w); got != tt.want {
			t.Errorf("mayBeWhere(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// TestContactSlip checks that a contact cue typed with one slip inside it
// asks to get in touch, and that another word of the same start or another
// form of a cue does not.
func TestContactSlip(t *testing.T) {
	tests := []struct {
		msg     string
		contact bool
	}{
		{"whats your adress", true},
		{"were are you locatd", true},
		{"how can i reech you guys", true},
		{"my arm feels numbed after the massage", false},
		{"which direction do the strokes go", false},
		{"i lost my adress book", false},
	}
	for _, tt := range tests {
		if got := readMessageIntent(NewMessage(tt.msg)); (got.Act == ActContact) != tt.contact {
			t.Errorf("readMessageIntent(%q) = %s (cue %q), want contact %v", tt.msg, got.Act, got.Cue, tt.contact)
		}
	}
}

// TestBookSlip checks that a word of booking typed with slips asks to
// book as the word does, two slips in a long word included, and that a
// story, a short word or an everyday word of the same shape does not.
func TestBookSlip(t *testing.T) {
	tests := []struct {
		msg  string
		book bool
	}{
		{"how do i shedule a massage", true},
		{"can i make an apointment for friday", true},
		{"i need an apointmnt this week", true},
		{"could i get a reservaton please", true},
		{"before i shedule anything, what is rolfing", false}, // a clause about when
		{"my shedule is packed so my back hurts", false},      // no request
		{"how do i become a massage therapist", false},
	}
	for _, tt := range tests {
		if got := readMessageIntent(NewMessage(tt.msg)); (got.Act == ActBook) != tt.book {
			t.Errorf("readMessageIntent(%q) = %s (cue %q), want book %v", tt.msg, got.Act, got.Cue, tt.book)
		}
	}
	for _, w := range []string{"schedule", "sched", "bookings", "reverse", "observe"} {
		if got := bookSlipOf(w); got != "" {
			t.Errorf("bookSlipOf(%q) = %q, want none", w, got)
		}
	}
}

// TestSetUpAndLockInBook checks that asking to lock in or set up a
// session asks to book, and that a joint that locks in a position does not.
func TestSetUpAndLockInBook(t *testing.T) {
	tests := []struct {
		msg  string
		want Act
	}{
		{"how do i lock in a session", ActBook},
		{"can you lock me in for thursday", ActBook},
		{"can you set me up with a swedish massage", ActBook},
		{"how do i set up a session", ActBook},
		{"my knee seems to lock in a bent position", ActAsk},
		{"i am upset about my back", ActAsk},
		// How often to come is a question of how regular, not a request.
		{"how often should i come in for my neck", ActAsk},
		{"how many times a month should i come in", ActAsk},
		{"how frequently do people come in for rolfing", ActAsk},
		{"can i come in for rolfing", ActBook},
	}
	for _, tt := range tests {
		if got := readMessageIntent(NewMessage(tt.msg)); got.Act != tt.want {
			t.Errorf("readMessageIntent(%q) = %+v, want %s", tt.msg, got, tt.want)
		}
	}
}

// TestBookingWordTheBaseLacks checks that a request to book in a word the
// base does not hold ("reservation") books when the message is surely
// about the domain, and that a slot wanted for something else does not.
func TestBookingWordTheBaseLacks(t *testing.T) {
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{})}
	tests := []struct {
		q    string
		want Do
	}{
		{"i would like a reservation for deep tissue", DoBook},
		{"how do i make a reservation for a massage", DoBook},
		{"can i make a reservation for massage on friday", DoBook},
		{"make a reservation for dinner at 7", DoDontKnow},
		{"get rid of my dinner reservation", DoDontKnow},
		{"schedule an appointment for a tire check", DoDontKnow},
	}
	for _, tt := range tests {
		if tr := r.Explain(tt.q); tr.Decision.Do != tt.want {
			t.Errorf("%q: %s (%s), want %s", tt.q, tr.Decision.Do, tr.Decision.Why, tt.want)
		}
	}
}

// TestAsksWhereClinicByName checks that the clinic's name stands for the
// clinic in a question asking where it is, and that retrieval then finds
// the contact entry.
func TestAsksWhereClinicByName(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	if !slices.Equal(m.clinicName, []string{"synergy", "massage"}) {
		t.Fatalf("clinicName = %q, want the default base's name", m.clinicName)
	}
	r := Responder{Matcher: m}
	tests := []struct {
		msg  string
		want bool
	}{
		{"where is synergy massage", true},
		{"were is synergy massage", true},
		{"where's synergy", true},
		{"where is synergy massage from", false}, // asks something else
		{"where is massage good for", false},     // not the name's first word
	}
	for _, tt := range tests {
		msg := NewMessage(tt.msg)
		if got := asksWhereClinicNamed(msg.Words, m.clinicName); got != tt.want {
			t.Errorf("asksWhereClinicNamed(%q) = %v, want %v", tt.msg, got, tt.want)
		}
		if !tt.want {
			continue
		}
		if tr := r.Explain(tt.msg); tr.Intent.Act != ActContact || tr.Decision.Do != DoAnswer || tr.Match.Best.ID != "contact" {
			t.Errorf("%q: %s, %s (%s), want the contact entry answered", tt.msg, tr.Intent.Act, tr.Decision.Do, tr.Decision.Why)
		}
	}
}

// TestReadIntentReachAndComeIn checks three readings of the act: a request
// to get a message to the clinic or a person there is a request to get in
// touch, unless it is a pleasantry, a goodbye or about something; "can i
// get in" at the end asks to book; and "what should i book" asks which
// technique, not to book.
func TestReadIntentReachAndComeIn(t *testing.T) {
	tests := []struct {
		msg  string
		want Act
	}{
		{"how can i send you guys a message", ActContact},
		{"i want to speak to someone at the front desk", ActContact},
		{"could i text you instead", ActContact},
		{"how do i chat with a person", ActContact},
		{"lovely to chat with you", ActAsk},
		{"ok speak to you soon", ActAsk},
		{"can i talk to you about my stiff neck", ActAsk},
		{"can you text my husband", ActAsk},
		{"when could we get in", ActBook},
		{"how fast can i come in", ActBook},
		{"can i get in there without a car", ActAsk},
		{"how do i get in", ActAsk},
		{"which massage should i book for a stiff back", ActCompare}, // "which" asks to choose
		{"what do we book if we both like firm pressure", ActAsk},
		{"i should book a massage", ActAsk},
		{"can i book a massage", ActBook},
	}
	for _, tt := range tests {
		if got := readMessageIntent(NewMessage(tt.msg)).Act; got != tt.want {
			t.Errorf("readMessageIntent(%q).Act = %s, want %s", tt.msg, got, tt.want)
		}
	}
}

// TestOwnedContactThing checks which contact cues belong to the asker's
// own thing named after them, in a message that does not speak to the
// clinic.
func TestOwnedContactThing(t *testing.T) {
	tests := []struct {
		q, want string
	}{
		{"the contact form on my blog is broken", "blog"},
		{"the email address for my own website bounces", "website"},
		{"a margin call on my account", "account"},
		{"is there a contact form on your site", ""},
		{"can i call you for my appointment", ""},
		{"where is the contact form on the website", ""},
		{"what is the clinic's phone number", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got := ownedContactThing(strings.Fields(tt.q)); got != tt.want {
				t.Errorf("ownedContactThing(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestQuestionReadings checks the readings of a question's words that
// steer retrieval: what else good massage does, what else it does, and
// kinds of something other than massage.
func TestQuestionReadings(t *testing.T) {
	tests := []struct {
		name string
		read func([]string) bool
		q    string
		want bool
	}{
		{"asksWhatElseGood", asksWhatElseGood, "is there anything else good that massage does", true},
		{"asksWhatElseGood", asksWhatElseGood, "what else good can a massage do for me", true},
		{"asksWhatElseGood", asksWhatElseGood, "is there anything else good about it", false},
		{"asksWhatElseGood", asksWhatElseGood, "anything else good to eat around here", false},
		{"asksWhatElseGood", asksWhatElseGood, "is massage good for anything else", false}, // asksWhatGoodFor's own form
		{"asksWhatElseMassageDoes", asksWhatElseMassageDoes, "what else does a massage do for ya", true},
		{"asksWhatElseMassageDoes", asksWhatElseMassageDoes, "what else can massage help with", true},
		{"asksWhatElseMassageDoes", asksWhatElseMassageDoes, "what else does it do", false},
		{"asksWhatElseMassageDoes", asksWhatElseMassageDoes, "what else do you do", false},
		{"asksWhatElseMassageDoes", asksWhatElseMassageDoes, "what else should i do for my back", false},
		{"kindsOfOther", kindsOfOther, "is this the kind of thing massage helps", true},
		{"kindsOfOther", kindsOfOther, "what causes this sort of pain", true},
		{"kindsOfOther", kindsOfOther, "my back is kind of sore", true},
		{"kindsOfOther", kindsOfOther, "what kind of massage is best", false},
		{"kindsOfOther", kindsOfOther, "what type of treatment do you do", false},
		{"kindsOfOther", kindsOfOther, "what kinds of massge are there", false},
		{"kindsOfOther", kindsOfOther, "which type would you pick", false},
		{"kindsOfOther", kindsOfOther, "what kind of thing is the best kind of massage", false},
		{"kindsOfOther", kindsOfOther, "does massage help my back", false},
	}
	for _, tt := range tests {
		t.Run(tt.name+"/"+tt.q, func(t *testing.T) {
			if got := tt.read(strings.Fields(tt.q)); got != tt.want {
				t.Errorf("%s(%q) = %v, want %v", tt.name, tt.q, got, tt.want)
			}
		})
	}
}
