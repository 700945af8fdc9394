package knowledge

import "testing"

// TestVerdictOnMassageItself checks the class of a yes-or-no question
// whose subject is massage itself and whose verdict is slang for the best
// ("slaps", "goated", "hits different") or "the best": it asks whether
// massage helps, not which kind is best. A question that chooses among
// kinds, or names the technique it weighs, keeps its reading.
// None of the sentences is from an evaluation set.
func TestVerdictOnMassageItself(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"verdict on massage", "is massage goated for back pain", "massage-for-back-pain"},
		{"verdict on massage", "does massage really hit different for back pain", "massage-for-back-pain"},
		{"verdict on massage", "is massage the best thing for back pain", "massage-for-back-pain"},
		{"choice among kinds", "which massage slaps for a stiff back", "techniques"},
		{"named technique", "does swedish massage slap", "swedish-massage"},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"does massage slap for a sore back", true},
		{"is a massage the best for stiffness", true},
		{"is it the best for my back", false},
		{"is deep tissue the best", false},
		{"what massage is the best", false},
		{"does massage of any type help", false},
	} {
		if got := asksWhetherMassageIsBest(NewMessage(tc.text).Words); got != tc.want {
			t.Errorf("asksWhetherMassageIsBest(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestWhatElseItHelps checks the class of a question whether a thing
// helps anything beyond what it sets aside ("anything else", "anything
// other than my back"): it asks for the benefits, as "what else is
// massage good for" does. "does massage help anything" with nothing set
// aside, and "other" without "than", do not.
// None of the sentences is from an evaluation set.
func TestWhatElseItHelps(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"what else it helps", "can massage help with anything other than back pain", "massage-benefits"},
		{"what else it helps", "would regular massage help anything else", "massage-benefits"},
	})
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"does it help with something besides the back", true},
		{"would it help anything else", true},
		{"does massage help anything", false},
		{"does it help anything other people have", false},
		{"help", false},
	} {
		if got := asksWhatElseHelps(NewMessage(tc.text).Words); got != tc.want {
			t.Errorf("asksWhatElseHelps(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestMethodsAndModalities checks the clinic's words for its kinds of
// treatment ("modalities", "treatment methods", "the methods your RMTs
// use"): they ask for the overview of techniques, as "types of massage"
// does. Methods of something else (payment) are not the base's.
// None of the sentences is from an evaluation set.
func TestMethodsAndModalities(t *testing.T) {
	checkUnderstanding(t, defaultResponder(t), []understandingCase{
		{"modalities", "what modalities do you offer", "techniques"},
		{"modalities", "which treatment approaches do your therapists use for a bad back", "techniques"},
		{"modalities", "what methods do your therapists use on a stiff back", "techniques"},
		{"other methods", "what payment methods do you take", ""},
	})
}

// TestPeopleWhomPainHappensTo checks the class of a question of why
// people get a trouble ("why do so many people get sore backs"): the
// people are whom the pain happens to, not people who get massages, so
// the question is no longer answered with the benefits of massage. A
// question that names massage keeps its people.
// None of the sentences is from an evaluation set.
func TestPeopleWhomPainHappensTo(t *testing.T) {
	r := defaultResponder(t)
	for _, q := range []string{"why do so many people get sore backs", "why do people end up with stiff backs"} {
		if got := r.Ask(q); got.Kind == ReplyAnswer && got.EntryID == "massage-benefits" {
			t.Errorf("Ask(%q) answered massage-benefits (%.2f), want not the benefits", q, got.Score)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"why do so many people get sore backs", true},
		{"why do people have back problems", true},
		{"why do people get massages", false},
		{"why do people say rolfing hurts", false},
		{"why do so many people get massage for back pain", false},
	} {
		if got := peopleOnlySuffer(NewMessage(tc.text).Words); got != tc.want {
			t.Errorf("peopleOnlySuffer(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	checkUnderstanding(t, r, []understandingCase{
		{"people get massages", "why do people get massages", "massage-benefits"},
	})
}

// TestWhetherMassageWorks checks the class of a bare question whether
// massage works ("does massage really work", "do massages even work or is
// that hype"): it asks whether massage helps, and is offered the topics
// of what massage helps instead of nothing. A question of what massage
// works on, or whether a named technique works, keeps its reading.
// None of the sentences is from an evaluation set.
func TestWhetherMassageWorks(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"does massage work", true},
		{"do massages even work or is that hype", true},
		{"does a massage truly work for stiff shoulders", true},
		{"does massage work on the fascia", false},
		{"does rolfing work", false},
		{"does it work", false},
	} {
		if got := asksWhetherMassageWorks(NewMessage(tc.text).Words); got != tc.want {
			t.Errorf("asksWhetherMassageWorks(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	r := defaultResponder(t)
	if got := r.Ask("does massage really work"); got.Kind == ReplyDontKnow {
		t.Errorf("Ask(%q) = %s, want the topics it might mean", "does massage really work", got.Kind)
	}
	checkUnderstanding(t, r, []understandingCase{
		{"what it works on", "does massage work on the fascia", "myofascial-therapy"},
		{"named technique", "does rolfing work", "rolfing"},
	})
}

// TestVerdictOfNoWorth checks the class of a yes-or-no question that
// judges massage itself worth nothing ("is massage pointless", "is
// getting a massage a waste of time", "is massage a scam"): it asks
// whether massage is worth it, which the back-pain entry answers. The same
// verdict on a named technique asks about that technique.
// None of the sentences is from an evaluation set.
func TestVerdictOfNoWorth(t *testing.T) {
	checkUnderstanding(t, defaultResponder(t), []understandingCase{
		{"no worth", "is massage pointless", "massage-for-back-pain"},
		{"no worth", "is getting a massage a waste of time", "massage-for-back-pain"},
		{"no worth", "are massages a scam", "massage-for-back-pain"},
		{"named technique", "is rolfing a scam", "rolfing"},
	})
}
