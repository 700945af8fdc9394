package knowledge

import (
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"
)

func defaultResponder(t testing.TB) Responder {
	t.Helper()
	b, err := Parse(DefaultSource, DefaultYAML)
	if err != nil {
		t.Fatalf("parse embedded base: %v", err)
	}
	return Responder{Matcher: NewMatcher(b, MatchOptions{}), Options: ReplyOptions{Tracking: true}}
}

func TestAskKinds(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct {
		name     string
		question string
		want     ReplyKind
		wantID   string
	}{
		{"answer", "what is trigger point therapy", ReplyAnswer, "trigger-point-therapy"},
		{"answer with typos", "is deep tisue massage good for my lower back??", ReplyAnswer, "deep-tissue-massage"},
		{"not sure", "relaxing or intense", ReplyNotSure, ""},
		{"two techniques named are compared", "swedish or deep tissue", ReplyAnswer, "swedish-massage"},
		{"booking with a technique", "can I book a deep tissue for friday", ReplyAnswer, "booking"},
		{"goodbye", "ok bye!", ReplySmallTalk, ""},
		{"emoji hello", "👋", ReplySmallTalk, ""},
		{"a base word in another sense", "schedule an appointment for a tire check", ReplyDontKnow, ""},
		{"dont know", "who won the hockey game last night", ReplyDontKnow, ""},
		{"urgent beats a topic", "my back hurts and I lost control of my bladder, would deep tissue help?", ReplyUrgent, ""},
		{"small talk hello", "hi there!", ReplySmallTalk, ""},
		{"small talk thanks", "thanks so much", ReplySmallTalk, ""},
		{"small talk who", "who are you?", ReplySmallTalk, ""},
		{"small talk help", "help", ReplySmallTalk, ""},
		{"greeting with a question is a question", "hey, what is rolfing?", ReplyAnswer, "rolfing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := r.Ask(tt.question)
			if got.Kind != tt.want {
				t.Fatalf("Ask(%q).Kind = %q (entry %q, score %.2f), want %q", tt.question, got.Kind, got.EntryID, got.Score, tt.want)
			}
			if tt.wantID != "" && got.EntryID != tt.wantID {
				t.Errorf("Ask(%q).EntryID = %q, want %q", tt.question, got.EntryID, tt.wantID)
			}
		})
	}
}

func TestAnswerCarriesLinksAndCallToBook(t *testing.T) {
	r := defaultResponder(t)
	got, ok := r.Topic("trigger-point-therapy")
	if !ok {
		t.Fatal("Topic(trigger-point-therapy) not found")
	}
	if !strings.Contains(got.Body, "Book a session") {
		t.Errorf("technique answer has no call to book:\n%s", got.Body)
	}
	if got.Booking == nil || got.Contact == nil {
		t.Fatalf("answer links: booking %v, contact %v; want both", got.Booking, got.Contact)
	}
	u, err := url.Parse(got.Booking.URL)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	if q.Get("utm_source") != "discord" || q.Get("utm_campaign") != "trigger-point-therapy" {
		t.Errorf("booking URL %q lacks tracking for the entry", got.Booking.URL)
	}
	if got.ReadMore == nil || !strings.Contains(got.ReadMore.URL, "fix-back-pain-with-massage") {
		t.Errorf("ReadMore = %v, want the article", got.ReadMore)
	}
	if got.Disclaimer == "" {
		t.Error("answer has no disclaimer")
	}
	if len(got.Related) == 0 || got.Related[0].ID != "trigger-points" {
		t.Errorf("Related = %v, want trigger-points first", got.Related)
	}

	topic, _ := r.Topic("back-pain-causes")
	if strings.Contains(topic.Body, "Book a session") {
		t.Error("a topic (not a technique) ends with a call to book")
	}
}

func TestTrackingCanBeTurnedOff(t *testing.T) {
	r := defaultResponder(t)
	r.Options.Tracking = false
	got, _ := r.Topic("rolfing")
	if strings.Contains(got.Booking.URL, "utm_") {
		t.Errorf("booking URL %q has tracking with tracking off", got.Booking.URL)
	}
}

func TestNotSureOffersSuggestions(t *testing.T) {
	r := defaultResponder(t)
	got := r.Ask("relaxing or intense")
	if got.Kind != ReplyNotSure {
		t.Fatalf("kind %q, want not-sure", got.Kind)
	}
	if n := len(got.Suggestions); n < 2 || n > 3 {
		t.Fatalf("got %d suggestions %v, want 2 or 3", n, got.Suggestions)
	}
	ids := map[string]bool{}
	for _, s := range got.Suggestions {
		ids[s.ID] = true
		if !strings.Contains(got.Body, s.Title) {
			t.Errorf("body does not name suggestion %q:\n%s", s.Title, got.Body)
		}
	}
	if !ids["swedish-massage"] || !ids["deep-tissue-massage"] {
		t.Errorf("suggestions %v, want both swedish-massage and deep-tissue-massage", got.Suggestions)
	}
	if got.Booking == nil || got.Contact == nil {
		t.Error("not-sure reply must offer booking and contact")
	}
}

func TestDontKnowNeverGuesses(t *testing.T) {
	r := defaultResponder(t)
	got := r.Ask("what's the capital of peru")
	if got.Kind != ReplyDontKnow {
		t.Fatalf("kind %q, want dont-know", got.Kind)
	}
	if got.EntryID != "" || len(got.Suggestions) != 0 || len(got.Related) != 0 {
		t.Errorf("dont-know reply names entries: %+v", got)
	}
	if got.Contact == nil || got.Booking == nil {
		t.Error("dont-know reply must offer contact and booking")
	}
}

// urgentPhrasings describe emergency warning signs as people type them,
// typos included. None of them may get a booking pitch.
var urgentPhrasings = []string{
	"I lost control of my bladder this morning and my back is killing me",
	"cant control my bowels since my back started hurting",
	"back pain and loss of bladder control",
	"lost controll of my bladdr, lower back agony",
	"i keep wetting myself and my back hurts",
	"peeing myself since yesterday, back pain too",
	"numbness in my groin and lower back pain",
	"my groin is numb and my back hurts",
	"saddle numbness with sciatica",
	"numb between my legs after lifting something",
	"sudden leg weakness and back pain",
	"my legs keep giving out, back is sore",
	"my leg is weak and I can't lift my foot",
	"foot drop and back pain, is this normal",
	"I cant feel my legs",
	"back pain with fever",
	"back pain and a high fevr",
	"i have a fever and my back pain is getting worse",
	"fell off a ladder and my back hurts a lot",
	"fell of a ladder yesterday and now my back is screaming",
	"I had a serious fall and my back hurts",
	"fell down the stairs, back pain",
	"was in a bad car crash an hour ago, back hurts",
	"got hit by a car and my back hurts",
	"chest pain and back pain at the same time",
	"pain in my chest spreading to my back",
	"chest pian and upper back pain",
	"crushing chest pain",
	"think im having a heart attack, back and arm hurt",
	"incontinence and back pain",
	"my back hurts and I lost control of my bowels, could trigger point therapy help",
	"I'm numb in my groin area",
}

func TestUrgentCare(t *testing.T) {
	r := defaultResponder(t)
	if len(urgentPhrasings) < 30 {
		t.Fatalf("only %d urgent phrasings, want at least 30", len(urgentPhrasings))
	}
	for _, q := range urgentPhrasings {
		t.Run(q, func(t *testing.T) {
			got := r.Ask(q)
			if got.Kind != ReplyUrgent {
				t.Fatalf("Ask(%q).Kind = %q, want urgent", q, got.Kind)
			}
			if got.Booking != nil || got.Contact != nil {
				t.Errorf("urgent reply carries links: booking %v contact %v", got.Booking, got.Contact)
			}
			if strings.Contains(strings.ToLower(got.Body), "book") {
				t.Errorf("urgent reply pitches booking:\n%s", got.Body)
			}
			if !strings.Contains(got.Body, "911") {
				t.Errorf("urgent reply does not say to call 911:\n%s", got.Body)
			}
		})
	}
}

// notUrgent share words with the warning signs but describe no emergency.
var notUrgent = []string{
	"my back's been killing me since the car accident, would a massage even help or is it just feel-good",
	"does massage help with a weak core",
	"I fell asleep during my last massage lol",
	"what causes back pain",
	"does massage lower blood pressure",
}

func TestNotUrgent(t *testing.T) {
	r := defaultResponder(t)
	for _, q := range notUrgent {
		t.Run(q, func(t *testing.T) {
			if got := r.Ask(q); got.Kind == ReplyUrgent {
				t.Errorf("Ask(%q) is urgent, want a normal reply", q)
			}
		})
	}
}

func TestTechniqueByName(t *testing.T) {
	r := defaultResponder(t)
	tests := []struct{ name, want string }{
		{"rolfing", "rolfing"},
		{"trig", "trigger-point-therapy"},
		{"Deep Tissue", "deep-tissue-massage"},
		{"sweedish", "swedish-massage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := r.Technique(tt.name)
			if !ok || got.EntryID != tt.want {
				t.Errorf("Technique(%q) = %q, %v; want %q", tt.name, got.EntryID, ok, tt.want)
			}
		})
	}
	if got, ok := r.Technique("hot stone"); ok {
		t.Errorf("Technique(hot stone) = %q, want not found", got.EntryID)
	}
}

func TestTruncate(t *testing.T) {
	long := strings.Repeat("Massage works on muscles and fascia. ", 300) // ~11,000 characters
	tests := []struct {
		name    string
		text    string
		max     int
		wantCut bool
	}{
		{"fits", "Short answer.", 100, false},
		{"cut at sentence", long, 4096, true},
		{"cut at word", strings.Repeat("word ", 100), 42, true},
		{"one huge word", strings.Repeat("x", 500), 80, true},
		{"multibyte", strings.Repeat("é ", 100), 51, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cut := Truncate(tt.text, tt.max)
			if cut != tt.wantCut {
				t.Errorf("cut = %v, want %v", cut, tt.wantCut)
			}
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Errorf("len %d runes, over max %d", n, tt.max)
			}
			if !utf8.ValidString(got) {
				t.Error("result is not valid UTF-8")
			}
			if !cut {
				return
			}
			trimmed := strings.TrimSuffix(got, "…")
			if tt.name != "one huge word" && !strings.HasPrefix(tt.text[len(trimmed):], " ") && !strings.HasPrefix(tt.text[len(trimmed):], "\n") {
				t.Errorf("cut mid-word: ...%q | %q...", trimmed[max(0, len(trimmed)-10):], tt.text[len(trimmed):len(trimmed)+10])
			}
		})
	}
	got, _ := Truncate(long, 4096)
	if !strings.HasSuffix(got, ".") {
		t.Errorf("a text of sentences should be cut after a full stop, got ...%q", got[len(got)-20:])
	}
}
