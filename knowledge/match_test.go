package knowledge

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"case and punctuation", "Is Deep Tissue GOOD for my lower back??", "is deep tissue good for my lower back"},
		{"markdown", "**bold** _it_ ~~gone~~ ||spoiler|| > quote # head", "bold it spoiler quote head"},
		{"lone tildes", "about ~~ 5 or ~10", "about 5 or 10"},
		{"user mentions", "<@123> and <@!456> hi", "and hi"},
		{"channel and role", "see <#789> ask <@&42>", "see ask"},
		{"everyone and here", "@everyone @here does massage help", "does massage help"},
		{"names typed after @", "hey @SynergyBot what is rolfing, mail me@example.com", "hey what is rolfing mail me example com"},
		{"custom emoji", "<:sob:123456> my back <a:dance:987>", "my back"},
		{"urls", "look https://example.com/a?b=c and www.x.org ok", "look and ok"},
		{"markdown link", "[our site](https://x.ca/page) rocks", "our site rocks"},
		{"code block", "before ```go\nfmt.Println(1)\n``` after", "before after"},
		{"inline code keeps its text", "explain `trigger point therapy` pls", "explain trigger point therapy pls"},
		{"lone backtick", "a lone ` backtick", "a lone backtick"},
		{"emoji shortcodes", "can i book :pray: :+1: ok:thumbsup:", "can i book ok thumbsup"},
		{"colons that are not emoji", "at 10:30:00 q:what is it :)", "at 10 30 00 q what is it"},
		{"repeated letters", "sooo heeelp meee", "so help me"},
		{"double letters kept", "massage feels good", "massage feels good"},
		{"triple a, the abbreviation", "my uncle has a AAA. aaa too", "my uncle has a triple a triple a too"},
		{"a longer run is a cry", "aaaa my back, aaaaah", "a my back ah"},
		{"contractions", "what's can't won't i'm you're we've they'll she'd", "what is can not will not i am you are we have they will she would"},
		{"possessive dropped", "my back's been killing me", "my back been killing me"},
		{"curly quotes", "what’s the ‘best’ “massage”", "what is the best massage"},
		{"accents", "Café naïve RÉSUMÉ", "cafe naive resume"},
		{"digits kept", "massage 4 back pain 25", "massage 4 back pain 25"},
		{"repeated digits kept", "a fall in 1999, Aaah 2000 and 1111 sooo", "a fall in 1999 ah 2000 and 1111 so"},
		{"repeated digits in a contraction", "the 1999's crash", "the 1999 crash"},
		{"emoji only", "👍🔥", ""},
		{"empty", "", ""},
		{"lone angle bracket", "a < b > c", "a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ a, b string }{
		{"knots", "knotted"}, {"knot", "knots"}, {"massaging", "massage"}, {"massages", "massage"},
		{"causes", "causing"}, {"hurts", "hurting"}, {"painful", "pain"}, {"pressed", "pressing"},
		{"flexible", "flexibility"}, {"booking", "book"}, {"therapies", "therapy"},
		{"treatment", "treat"}, {"appointments", "appointment"},
		{"coming", "come"}, {"making", "make"}, {"rated", "rate"}, {"rubbing", "rub"}, {"getting", "get"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if stem(tt.a) != stem(tt.b) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q, want equal", tt.a, stem(tt.a), tt.b, stem(tt.b))
			}
		})
	}
	// Different words must stay apart.
	for _, p := range [][2]string{{"asked", "aske"}, {"fixing", "fixe"}, {"acting", "acte"}} {
		if stem(p[0]) == stem(p[1]) {
			t.Errorf("stem(%q) = stem(%q) = %q: only a short stem of consonant, vowel, consonant lost an e", p[0], p[1], stem(p[0]))
		}
	}
	if stem("therapist") == stem("therapy") {
		t.Errorf("stem conflates therapist and therapy: %q", stem("therapy"))
	}
}

func TestOSA(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"trigger", "trigger", 0}, {"tirgger", "trigger", 1}, {"swedsh", "swedish", 1},
		{"masage", "massage", 1}, {"deap", "deep", 1}, {"pian", "pain", 1},
		{"mayofacial", "myofascial", 2}, {"ca", "abc", 3}, {"", "abc", 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := osa(tt.a, tt.b, 5); got != tt.want {
				t.Errorf("osa(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
	if got := osa("abcdef", "uvwxyz", 2); got != 3 {
		t.Errorf("osa with max 2 on distant words = %d, want 3 (max+1)", got)
	}
}

func TestPhonetic(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"masaj", "massage"}, {"sweedish", "swedish"}, {"tishoo", "tissue"}, {"fashia", "fascia"}, {"nots", "knots"},
	} {
		t.Run(tt.a, func(t *testing.T) {
			if phonetic(tt.a) != phonetic(tt.b) {
				t.Errorf("phonetic(%q) = %q, phonetic(%q) = %q, want equal", tt.a, phonetic(tt.a), tt.b, phonetic(tt.b))
			}
		})
	}
}

func newDefaultMatcher(t testing.TB) *Matcher {
	t.Helper()
	return NewMatcher(Default(), MatchOptions{})
}

// TestMatchTypos checks every kind of typo on single names.
func TestMatchTypos(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		kind, q, want string
	}{
		{"dropped letter", "swedsh", "swedish-massage"},
		{"dropped letter", "deep tisue", "deep-tissue-massage"},
		{"dropped letter", "rolfin", "rolfing"},
		{"swapped letters", "tirgger point therapy", "trigger-point-therapy"},
		{"swapped letters", "rofling", "rolfing"},
		{"wrong letter", "deap tissue", "deep-tissue-massage"},
		{"wrong letter", "swidish massage", "swedish-massage"},
		{"doubled letter", "sweedish massage", "swedish-massage"},
		{"doubled letter", "muscle knotts", "trigger-points"},
		{"phonetic", "masaj for back pain", "massage-for-back-pain"},
		{"phonetic", "mayofacial release", "myofascial-therapy"},
		{"phonetic", "deep tishoo massage", "deep-tissue-massage"},
		{"run together", "trigerpoint therapy", "trigger-point-therapy"},
		{"stretched", "deeeep tissue", "deep-tissue-massage"},
		{"abbreviation", "can i book an appt", "booking"},
	}
	for _, tt := range tests {
		t.Run(tt.kind+"/"+tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			if got.Best == nil || got.Best.ID != tt.want || !got.Confident {
				t.Errorf("Match(%q) = %s, want confident %s", tt.q, describe(got), tt.want)
			}
		})
	}
}

func describe(m Match) string {
	if m.Best == nil {
		return "nothing"
	}
	return fmt.Sprintf("%s %.2f confident=%v", m.Best.ID, m.Score, m.Confident)
}

// TestMatchIssueExamples are the examples the matcher was specified with.
func TestMatchIssueExamples(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct{ q, want string }{
		{"is deep tissue good for my lower back??", "deep-tissue-massage"},
		{"tirgger point thing", "trigger-points"},
		{"swedsh", "swedish-massage"},
		{"my back's been killing me since the car accident, would a massage even help or is it just feel-good", "massage-for-back-pain"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			if got.Best == nil || got.Best.ID != tt.want || !got.Confident {
				t.Errorf("Match(%q) = %s, want confident %s", tt.q, describe(got), tt.want)
			}
		})
	}
}

// TestMatchOffTopic: questions that share a word or two with the base must
// not be answered.
func TestMatchOffTopic(t *testing.T) {
	m := newDefaultMatcher(t)
	for _, q := range []string{
		"hot stone massage prices", "trigger warning", "what's a swedish meatball",
		"how much is a session", "how do I fix my car", "tell me a joke",
		"massage", "back", "deep learning", "tissue paper", "", "   ", "!!!", "<@123>",
	} {
		t.Run(q, func(t *testing.T) {
			if got := m.Match(q); got.Confident {
				t.Errorf("Match(%q) = %s, want not confident", q, describe(got))
			}
		})
	}
}

// TestMatchAmbiguity: two unrelated entries that fit equally make the match
// unsure, with the other offered as a suggestion; related entries do not.
func TestMatchAmbiguity(t *testing.T) {
	entry := func(id string, related ...string) Entry {
		return Entry{ID: id, Title: id, Kind: KindTopic, Aliases: []string{id + " thing"},
			Questions: []string{"what is " + id}, Answer: "About " + id + ".", Related: related}
	}
	b := &Base{Entries: []Entry{
		entry("wave", "beach"),
		entry("beach", "wave"),
		entry("storm"),
		entry("cloud"),
	}}
	m := NewMatcher(b, MatchOptions{})
	tests := []struct {
		q         string
		confident bool
		offered   []string // entries that must be the best or suggested
	}{
		{"wave or storm", false, []string{"wave", "storm"}},
		{"storm or wave", false, []string{"wave", "storm"}},
		{"wave or beach", true, nil},
		{"wave", true, []string{"wave"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			if got.Best == nil {
				t.Fatalf("Match(%q) found nothing", tt.q)
			}
			if got.Confident != tt.confident {
				t.Errorf("Match(%q) = %s, want confident=%v", tt.q, describe(got), tt.confident)
			}
			offered := map[string]bool{got.Best.ID: true}
			for _, s := range got.Suggestions {
				if s.Entry == got.Best {
					t.Errorf("suggestions repeat the best entry %s", s.Entry.ID)
				}
				offered[s.Entry.ID] = true
			}
			for _, id := range tt.offered {
				if !offered[id] {
					t.Errorf("Match(%q) = %s does not offer %s", tt.q, describe(got), id)
				}
			}
		})
	}

	// On the default base: Swedish and deep tissue are unrelated, deep
	// tissue and myofascial therapy are related.
	dm := newDefaultMatcher(t)
	if got := dm.Match("swedish or deep tissue"); got.Confident || len(got.Suggestions) == 0 {
		t.Errorf("swedish or deep tissue: %s with %d suggestions, want unsure with suggestions", describe(got), len(got.Suggestions))
	}
	if got := dm.Match("is deep tissue massage a kind of myofascial release"); !got.Confident {
		t.Errorf("related entries made the match unsure: %s", describe(got))
	}
}

func TestMatchThreshold(t *testing.T) {
	b := Default()
	q := "sweedish massage"
	lax := NewMatcher(b, MatchOptions{Threshold: 0.01}).Match(q)
	strict := NewMatcher(b, MatchOptions{Threshold: 0.999}).Match(q)
	if !lax.Confident {
		t.Errorf("threshold 0.01: %s, want confident", describe(lax))
	}
	if strict.Confident {
		t.Errorf("threshold 0.999: %s, want not confident", describe(strict))
	}
	if lax.Score != strict.Score {
		t.Errorf("threshold changed the score: %.3f vs %.3f", lax.Score, strict.Score)
	}
	if got := NewMatcher(b, MatchOptions{}).Threshold(); got != DefaultThreshold {
		t.Errorf("zero threshold = %v, want DefaultThreshold %v", got, DefaultThreshold)
	}
}

func TestMatchEmptyBase(t *testing.T) {
	m := NewMatcher(&Base{}, MatchOptions{})
	if got := m.Match("deep tissue"); got.Best != nil || got.Confident {
		t.Errorf("empty base matched %s", describe(got))
	}
	if v := m.Screen(NewMessage("chest pain")); v.Level != SafetyEmergency {
		t.Errorf("empty base: Screen(chest pain) = %s, want emergency: the built-in screen always applies", v.Level)
	}
}

// TestMatchConcurrent runs Match and Screen from 8 goroutines; run it with
// -race to check that matching only reads the matcher.
func TestMatchConcurrent(t *testing.T) {
	m := newDefaultMatcher(t)
	cases := loadEvalCases(t, "questions.yaml")
	want := make([]Match, len(cases))
	for i, c := range cases {
		want[i] = m.Match(c.Q)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range cases {
				i := (k + g*31) % len(cases)
				got := m.Match(cases[i].Q)
				m.Screen(NewMessage(cases[i].Q))
				if got.Best != want[i].Best || got.Score != want[i].Score {
					errs <- fmt.Sprintf("Match(%q) = %s concurrently, %s alone", cases[i].Q, describe(got), describe(want[i]))
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestMatchLongInput(t *testing.T) {
	m := newDefaultMatcher(t)
	q := strings.Repeat("deep tissue massage for my sore lower back please ", 500)
	got := m.Match(q)
	if got.Best == nil || got.Best.ID != "deep-tissue-massage" {
		t.Errorf("long message: %s, want deep-tissue-massage", describe(got))
	}
}

// TestReadIntent checks which questions read as asking for a treatment: the
// telling words are stopwords, so they are read before those are dropped.
func TestReadIntent(t *testing.T) {
	tests := []struct {
		q    string
		want intent
	}{
		{"how do you get knots out of your back", intentTreat},
		{"can you work out the knots in my back", intentTreat},
		{"how do I get rid of muscle knots", intentTreat},
		{"how do you treat trigger points", intentTreat},
		{"can a massage therapist release my knots", intentTreat},
		{"what are knots", intentNone},
		{"is massage a good treatment for back pain", intentNone}, // asks whether, not how
		{"where can I get a massage", intentNone},
		{"out of office", intentNone},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var words []string
			if got := readIntent(appendWords(words, Normalize(tt.q))); got != tt.want {
				t.Errorf("readIntent(%q) = %d, want %d", tt.q, got, tt.want)
			}
		})
	}
}

// TestMatchIntent checks that a question asking how to be rid of knots goes
// to the therapy, whose sample questions ask that, and one asking what
// knots are to the topic that explains them.
func TestMatchIntent(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct{ q, want string }{
		{"how do you get rid of muscle knots", "trigger-point-therapy"},
		{"what are knots", "trigger-points"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			if !got.Confident || got.Best.ID != tt.want {
				t.Errorf("Match(%q) = %s, want %s confident", tt.q, describe(got), tt.want)
			}
		})
	}
}

// TestContentWordsShorthand checks that chat shorthand is expanded before
// stopwords are dropped.
func TestContentWordsShorthand(t *testing.T) {
	tests := []struct {
		q    string
		want string
	}{
		{"rly need a msg", "need message"}, // "really" is a stopword
		{"ur rmt rn", "rmt right now"},     // so is "your"
		{"srsly prolly tmrw", "seriously probably tomorrow"},
		{"idk tbh ngl", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := strings.Join(contentWords(nil, Normalize(tt.q)), " ")
			if got != tt.want {
				t.Errorf("contentWords(%q) = %q, want %q", tt.q, got, tt.want)
			}
		})
	}
}

// TestKeyNeighbours checks the QWERTY neighbourhood that makes a wrong key
// a cheap typo.
func TestKeyNeighbours(t *testing.T) {
	tests := []struct {
		a, b byte
		want bool
	}{
		{'b', 'v', true}, {'b', 'n', true}, {'b', 'g', true}, {'b', 'h', true},
		{'e', 'r', true}, {'e', 'd', true}, {'e', 's', true}, {'q', 'a', true},
		{'b', 'b', false}, {'b', 'k', false}, {'d', 'k', false}, {'q', 'p', false}, {'a', '1', false},
	}
	for _, tt := range tests {
		t.Run(string(tt.a)+string(tt.b), func(t *testing.T) {
			if got := keyNeighbours(tt.a, tt.b); got != tt.want {
				t.Errorf("keyNeighbours(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := keyNeighbours(tt.b, tt.a); got != tt.want {
				t.Errorf("keyNeighbours(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

// TestSlipCost checks that common slips cost less than rarer ones.
func TestSlipCost(t *testing.T) {
	tests := []struct {
		typed, word string
		want        float32
	}{
		{"vack", "back", 0.7},       // neighbouring key
		{"tehrapy", "therapy", 0.8}, // swapped letters
		{"bood", "blood", 1},        // dropped letter
		{"bood", "book", 1.1},       // a far key
	}
	for _, tt := range tests {
		t.Run(tt.typed+"/"+tt.word, func(t *testing.T) {
			if got := slipCost(tt.typed, tt.word); got != tt.want {
				t.Errorf("slipCost(%q, %q) = %v, want %v", tt.typed, tt.word, got, tt.want)
			}
		})
	}
}

// TestMatchTypoKinds checks typos the correction once missed: a wrong first
// key in a short word, a dropped letter that also looks like another word
// with a far key wrong, two slips in a long word, one slip in a long word
// asked alone.
func TestMatchTypoKinds(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct{ q, want string }{
		{"massage for vack pain", "massage-for-back-pain"},
		{"massage tecgniqes", "techniques"},
		{"theraist", "therapists"},
		{"rherapist", "therapists"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			if !got.Confident || got.Best.ID != tt.want {
				t.Errorf("Match(%q) = %s, want %s confident", tt.q, describe(got), tt.want)
			}
		})
	}
	// "bood" is read as "blood", a dropped letter, not as "book", a far
	// key wrong, which once answered this with deep tissue, confidently.
	if got := m.Match("can a massage lower my bood pressure"); got.Best == nil || got.Best.ID != "massage-benefits" {
		t.Errorf("bood pressure: %s, want massage-benefits first", describe(got))
	}
	// A four-letter word with a new first letter that is not a
	// neighbouring key stays unknown.
	if r, ok := m.resolve("pack"); ok {
		t.Errorf("resolve(pack) = %+v, want unknown", r)
	}
}

// TestMatchTopicShare checks that a question naming an entry exactly but
// mostly about something else is not answered with confidence, while a
// question about the entry with a stray word still is.
func TestMatchTopicShare(t *testing.T) {
	m := newDefaultMatcher(t)
	tests := []struct {
		q    string
		want string // "" for not confident
	}{
		{"is massage covered by my benefits plan", ""},
		{"my jobs benefits plan", ""},
		{"book a flight", ""},
		{"deep tissue massage for my landlord", "deep-tissue-massage"},
		{"benefits of massage", "massage-benefits"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			got := m.Match(tt.q)
			switch {
			case tt.want == "" && got.Confident:
				t.Errorf("Match(%q) = %s, want not confident", tt.q, describe(got))
			case tt.want != "" && (!got.Confident || got.Best.ID != tt.want):
				t.Errorf("Match(%q) = %s, want %s confident", tt.q, describe(got), tt.want)
			}
		})
	}
}

// TestDroppedG checks that a word written without its final g ("hurtin")
// reads as the -ing word, and that real words ending in "in" are not
// changed.
func TestDroppedG(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	want, ok := m.resolve("hurting")
	if !ok {
		t.Fatal("the default base does not know hurting")
	}
	if got, ok := m.resolve("hurtin"); !ok || got != want {
		t.Errorf("resolve(hurtin) = %v %v, want %v, as hurting", got, ok, want)
	}
	if _, ok := m.resolve("cousin"); ok {
		t.Error("resolve(cousin) is known: an everyday word is not a dropped g")
	}
}

// TestJudgementIsColour checks that a judgement in chat slang ("sketchy",
// "overrated", "mid") is colour, not a topic the base lacks: the question
// is still about the technique it names.
func TestJudgementIsColour(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct{ q, want string }{
		{"is rolfing a ripoff", "rolfing"},
		{"ngl rolfing sounds sketchy", "rolfing"},
		{"is swedish massage overrated", "swedish-massage"},
		{"is trigger point therapy just placebo", "trigger-point-therapy"},
		{"thinking of trying rolfing, thoughts?", "rolfing"},
		// How far or how often ("everywhere", "constantly") is colour too.
		{"got knots everywhere, what are they", "trigger-points"},
		{"what is rolfing supposed to do", "rolfing"},
	}
	for _, tt := range tests {
		checkConfidentMatch(t, m, tt.q, tt.want)
	}
}

// TestDerivedForms checks that a word of the same family as a name or
// sample-question word of the base reads as that word ("immunity" as
// "immune", "circulate" as "circulation"), less surely than the word
// itself, and that the families of the words that ask to book do not:
// "a dinner reservation" is not a request to the clinic.
func TestDerivedForms(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, tt := range []struct{ word, as string }{{"immunity", "immune"}, {"circulate", "circulation"}, {"circulating", "circulation"}} {
		want, ok := m.resolve(tt.as)
		if !ok {
			t.Fatalf("the default base does not know %s", tt.as)
		}
		got, ok := m.resolve(tt.word)
		if !ok || got.n != 1 || got.t[0].id != want.t[0].id || got.t[0].conf >= 1 {
			t.Errorf("resolve(%s) = %v %v, want %s's term below full confidence", tt.word, got, ok, tt.as)
		}
	}
	if r, ok := m.resolve("reservation"); ok {
		if reserve, _ := m.resolve("reserve"); r.t[0].id == reserve.t[0].id {
			t.Error("resolve(reservation) reads as reserve: a booking word's family is not derived")
		}
	}
}

// TestStoryPeopleAreColour checks that the people a question mentions
// around it ("my aunt swears by it", "asking for my dad") count neither
// for nor against any entry: the question is still about what it names.
func TestStoryPeopleAreColour(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, tt := range []struct{ q, want string }{
		{"what is rolfing, my cousin had it done", "rolfing"},
		{"my boss asked are your therapists registered", "therapists"},
		// So are words about the message: a command, a spoiler tag.
		{"!ask are rmts registered", "therapists"},
		{"||spoiler|| what are knots", "trigger-points"},
		// And so is a span of years.
		{"how many years have your rmts been registered", "therapists"},
	} {
		checkConfidentMatch(t, m, tt.q, tt.want)
	}
}

// TestKnotWithoutK checks that "knot" typed without its silent k reads as
// the knot: "nots", and "not" after a word that comes only before a noun;
// the negation keeps its sense.
func TestKnotWithoutK(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, q := range []string{"got a not in my back, what is it", "i have nots in my shoulder what are they"} {
		if got := m.Match(q); got.Best == nil || got.Best.ID != "trigger-points" || !got.Confident {
			t.Errorf("Match(%q) = %v %.2f, want trigger-points, confident", q, got.Best, got.Score)
		}
	}
	if got := strings.Join(appendContent(nil, NewMessage("is it not a knot").Words), " "); got != "knot" {
		t.Errorf("appendContent(is it not a knot) = %q, want only the knot", got)
	}
}

// TestSourcesOfPainAreColour checks that what a member's pain comes from
// ("from gaming", "after the gym"), where the base does not hold it, does
// not count against the entry the question asks for.
func TestSourcesOfPainAreColour(t *testing.T) {
	if got := sourcesOfPain(NewMessage("my back is sore after the gym and from skiing").Words); strings.Join(got, " ") != "gym skiing" {
		t.Errorf("sourcesOfPain = %q, want gym and skiing", got)
	}
	m := NewMatcher(Default(), MatchOptions{})
	for _, tt := range []struct{ q, want string }{
		{"back is sore after skiing, what causes that", "back-pain-causes"},
		{"my back is wrecked from snowboarding, would massage help", "massage-for-back-pain"},
	} {
		checkConfidentMatch(t, m, tt.q, tt.want)
	}
}

// TestHowEffectiveAsksWhetherItHelps checks that "how effective is X"
// asks whether X helps, while "the most effective massage" chooses a
// kind of massage.
func TestHowEffectiveAsksWhetherItHelps(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, tt := range []struct{ q, want string }{
		{"how effective is massage on a bad back", "massage-for-back-pain"},
		{"what is the most effective massage for back pain", "techniques"},
	} {
		checkConfidentMatch(t, m, tt.q, tt.want)
	}
}

// checkConfidentMatch fails unless m matches q confidently with the entry
// want.
func checkConfidentMatch(t *testing.T, m *Matcher, q, want string) {
	t.Helper()
	got := m.Match(q)
	id := "none"
	if got.Best != nil {
		id = got.Best.ID
	}
	if id != want || !got.Confident {
		t.Errorf("Match(%q) = %s %.2f confident %v, want %s, confident", q, id, got.Score, got.Confident, want)
	}
}

// TestNamesakes checks that a topic whose title names a related technique
// lends that technique what a description matched of it, so that a
// description of trigger point therapy in the words of the trigger points
// topic ranks the therapy first.
func TestNamesakes(t *testing.T) {
	b := Default()
	m := NewMatcher(b, MatchOptions{})
	for i, k := range m.namesakes {
		want := ""
		if b.Entries[i].ID == "trigger-points" {
			want = "trigger-point-therapy"
		}
		got := ""
		if k >= 0 {
			got = b.Entries[k].ID
		}
		if got != want {
			t.Errorf("namesake of %s = %q, want %q", b.Entries[i].ID, got, want)
		}
	}
	q := "what is the massage where they press on one sore spot"
	if got := m.Match(q); got.Best == nil || got.Best.ID != "trigger-point-therapy" {
		t.Errorf("Match(%q) = %s, want trigger-point-therapy first", q, describe(got))
	}
}

// TestContactSlipMatches checks that retrieval reads a contact cue typed
// with one slip as the cue, as the intent stage does.
func TestContactSlipMatches(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	checkConfidentMatch(t, m, "how can i reech you guys", "contact")
}

// TestNamesStandTogether checks that a message names a technique only when
// the words of one of its names stand together, in any order: words of a
// name scattered through a story ("hard" in one clause, "massage" in
// another) name nothing.
func TestNamesStandTogether(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	tests := []struct {
		q    string
		want []string
	}{
		{"is a hard massage good for a stiff back", []string{"deep-tissue-massage"}},
		{"how does therapy for trigger points work", []string{"trigger-point-therapy"}},
		{"work has been hard on me all month, my lower back is stiff and sore and my shoulders ache, would a massage help", nil},
		{"swedish or deep tissue, which one for my back", []string{"swedish-massage", "deep-tissue-massage"}},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			var got []string
			for _, e := range m.Match(tt.q).Named {
				got = append(got, e.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Match(%q).Named = %v, want %v", tt.q, got, tt.want)
			}
		})
	}
}

// TestStandTogether checks the window that a name's terms must stand in.
func TestStandTogether(t *testing.T) {
	tests := []struct {
		name     string
		seq, run []int32
		want     bool
	}{
		{"one term anywhere", []int32{1, 2, 3, 4}, []int32{4}, true},
		{"in order, next to each other", []int32{1, 2, 3}, []int32{2, 3}, true},
		{"in another order", []int32{3, 9, 2}, []int32{2, 3}, true},
		{"two terms between", []int32{2, 7, 8, 3}, []int32{2, 3}, true},
		{"three terms between", []int32{2, 7, 8, 9, 3}, []int32{2, 3}, false},
		{"a term missing", []int32{2, 7}, []int32{2, 3}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := standTogether(tt.seq, tt.run); got != tt.want {
				t.Errorf("standTogether(%v, %v) = %v, want %v", tt.seq, tt.run, got, tt.want)
			}
		})
	}
}
