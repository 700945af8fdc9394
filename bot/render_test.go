package bot

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// longBody is an answer of n characters made of whole sentences.
func longBody(n int) string {
	var sb strings.Builder
	for i := 0; sb.Len() < n; i++ {
		fmt.Fprintf(&sb, "Sentence number %d explains one more thing about massage. ", i)
	}
	return sb.String()[:n]
}

func TestRenderFitsDiscordLimits(t *testing.T) {
	var related []knowledge.Topic
	for i := range 30 {
		related = append(related, knowledge.Topic{ID: fmt.Sprintf("topic-%02d", i), Title: strings.Repeat("Long related title ", 8)})
	}
	var links []knowledge.Link
	for i := range 40 {
		links = append(links, knowledge.Link{Label: fmt.Sprintf("Link %d %s", i, strings.Repeat("x", 300)), URL: fmt.Sprintf("https://example.com/%d/%s", i, strings.Repeat("p", 200))})
	}
	tests := []struct {
		name  string
		reply knowledge.Reply
	}{
		{"10,000-character answer", knowledge.Reply{
			Kind: knowledge.ReplyAnswer, Title: "Long", Body: longBody(10000), EntryID: "long",
			Booking:  &knowledge.Link{Label: "Book a massage", URL: bookingURL},
			ReadMore: &knowledge.Link{Label: "Read more", URL: "https://www.sclondonmassage.ca/back-pain/"},
		}},
		{"everything too big", knowledge.Reply{
			Kind: knowledge.ReplyAnswer, Title: strings.Repeat("Title words ", 40), Body: longBody(10000), EntryID: "long",
			Related: related, Links: links, Disclaimer: strings.Repeat("Disclaimer. ", 300),
			Booking: &knowledge.Link{Label: strings.Repeat("Book ", 30), URL: bookingURL},
			Contact: &knowledge.Link{Label: "Contact us", URL: "https://example.com/contact"},
		}},
		{"not sure with many suggestions", knowledge.Reply{Kind: knowledge.ReplyNotSure, Title: "Not sure", Body: "Which one?", Suggestions: related}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := render(tt.reply, askerID)
			if len(v.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(v.Embeds))
			}
			checkEmbeds(t, v.Embeds)
			bs := buttons(t, v.Components)
			if tt.reply.Kind == knowledge.ReplyAnswer {
				last := v.Components[len(v.Components)-1].(discordgo.ActionsRow)
				if !isFeedbackRow(last) {
					t.Errorf("last row is not the feedback row: %s", describeButtons(bs))
				}
			}
		})
	}
}

func TestLongAnswerIsCutAtASentenceWithReadMore(t *testing.T) {
	body := longBody(10000)
	r := knowledge.Reply{Kind: knowledge.ReplyAnswer, Title: "Long", Body: body,
		ReadMore: &knowledge.Link{Label: "Read more", URL: "https://www.sclondonmassage.ca/back-pain/"}}
	desc := render(r, "").Embeds[0].Description
	text, link, ok := strings.Cut(desc, "\n\n[Read more](https://www.sclondonmassage.ca/back-pain/)")
	if !ok || link != "" {
		t.Fatalf("description does not end with the Read more link:\n…%s", tail(desc, 120))
	}
	if !strings.HasSuffix(text, "massage.") {
		t.Errorf("cut not at a sentence end: …%q", tail(text, 60))
	}
	if !strings.HasPrefix(body, text) {
		t.Error("the cut text is not a prefix of the answer")
	}
	if n := utf8.RuneCountInString(text); n < maxEmbedDesc/2 {
		t.Errorf("only %d characters kept of a 10,000-character answer", n)
	}

	// Short answers are left alone, with no link added.
	r.Body = "Short answer."
	if got := render(r, "").Embeds[0].Description; got != "Short answer." {
		t.Errorf("short answer rendered as %q", got)
	}
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

func TestRenderUrgentHasNoLinkButtons(t *testing.T) {
	// Even if a reply of kind urgent carried links by mistake upstream, the
	// urgent reply from the responder has none; check what Ask produces.
	r := defaultResponder(t)().Ask(urgentQ)
	if r.Kind != knowledge.ReplyUrgent {
		t.Fatalf("Ask(%q).Kind = %q, want urgent", urgentQ, r.Kind)
	}
	v := render(r, askerID)
	if bs := buttons(t, v.Components); len(bs) != 0 {
		t.Errorf("urgent reply has buttons: %s", describeButtons(bs))
	}
	if v.Embeds[0].Color != kindColors[knowledge.ReplyUrgent] {
		t.Errorf("urgent colour = %#x, want %#x", v.Embeds[0].Color, kindColors[knowledge.ReplyUrgent])
	}
}

func TestIntents(t *testing.T) {
	base := discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	if got := Intents(false); got != base {
		t.Errorf("Intents(false) = %d, want %d", got, base)
	}
	if got := Intents(true); got != base|discordgo.IntentMessageContent {
		t.Errorf("Intents(true) = %d, want %d", got, base|discordgo.IntentMessageContent)
	}
	s, err := discordgo.New("Bot x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(s, Config{Responder: defaultResponder(t), MessageContent: true}); err != nil {
		t.Fatal(err)
	}
	if s.Identify.Intents != base|discordgo.IntentMessageContent {
		t.Errorf("New set intents %d, want %d", s.Identify.Intents, base|discordgo.IntentMessageContent)
	}
}

func TestFatalErrors(t *testing.T) {
	tests := []struct {
		name    string
		err     error
		convert func(error) error
		want    error
		wantMsg string
	}{
		{"4014", &websocket.CloseError{Code: 4014, Text: "Disallowed intent(s)."}, gatewayError, ErrDisallowedIntents, "enable the Message Content intent in the developer portal or set discord.message_content: false"},
		{"4004", &websocket.CloseError{Code: 4004, Text: "Authentication failed."}, gatewayError, ErrBadToken, "SYNERGYBOT_DISCORD_TOKEN"},
		{"other close", &websocket.CloseError{Code: 4000, Text: "Unknown error"}, gatewayError, nil, ""},
		{"REST 401", &discordgo.RESTError{Response: &http.Response{StatusCode: 401}}, restError, ErrBadToken, "discord.token_file"},
		{"REST 500", &discordgo.RESTError{Response: &http.Response{StatusCode: 500}}, restError, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.convert(tt.err)
			if tt.want == nil {
				if got != tt.err {
					t.Errorf("got %v, want the error unchanged", got)
				}
				return
			}
			if !errors.Is(got, tt.want) || !strings.Contains(got.Error(), tt.wantMsg) {
				t.Errorf("got %v, want %v mentioning %q", got, tt.want, tt.wantMsg)
			}
		})
	}
}

// manyTechniques is a valid knowledge base with n techniques, for limits.
func manyTechniques(t testing.TB, n int) string {
	t.Helper()
	var sb strings.Builder
	sb.WriteString(`clinic:
  name: Test Clinic
  booking_url: https://www.sclondonmassage.ca/
  contact_url: https://example.com/contact
  website: https://example.com/
  disclaimer: Not a diagnosis.
entries:
`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, `  - id: technique-%02d
    title: Technique %02d
    kind: technique
    questions:
      - what is technique %02d
      - how does technique %02d feel
      - who offers technique %02d
    answer: Technique %02d is a massage technique.
`, i, i, i, i, i, i)
	}
	return sb.String()
}

func responderFromYAML(t testing.TB, yaml string) func() knowledge.Responder {
	t.Helper()
	b, err := knowledge.Parse("test.yaml", []byte(yaml))
	if err != nil {
		t.Fatalf("parse test base: %v", err)
	}
	r := knowledge.Responder{Matcher: knowledge.NewMatcher(b, knowledge.MatchOptions{})}
	return func() knowledge.Responder { return r }
}
