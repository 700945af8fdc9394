package chat

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Style says how to decorate text: ANSI colours for a terminal, nothing for
// a pipe or a file.
type Style struct {
	Color bool
}

// Plain is the style for output that is not a terminal.
var Plain = Style{}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiGreen  = "\x1b[32m"
	ansiCyan   = "\x1b[1;36m"
	ansiYellow = "\x1b[33m"
)

func (s Style) paint(code, text string) string {
	if !s.Color || text == "" {
		return text
	}
	return code + text + ansiReset
}

func (s Style) dim(text string) string    { return s.paint(ansiDim, text) }
func (s Style) prompt(text string) string { return s.paint(ansiGreen, text) }

// boldMarkdown finds **bold** spans in an answer's Markdown.
var boldMarkdown = regexp.MustCompile(`\*\*([^*]+)\*\*`)

// markdown shows Markdown bold as terminal bold, or as plain text.
func (s Style) markdown(md string) string {
	return boldMarkdown.ReplaceAllStringFunc(md, func(m string) string {
		return s.paint(ansiBold, strings.Trim(m, "*"))
	})
}

// Render formats a reply for a terminal: title, body, related topics,
// links and disclaimer, one block per reply.
func Render(r knowledge.Reply, s Style) string {
	var b strings.Builder
	titleColor := ansiCyan
	switch r.Kind {
	case knowledge.ReplyUrgent:
		titleColor = ansiRed
	case knowledge.ReplyCaution:
		titleColor = ansiYellow
	}
	b.WriteString(s.paint(titleColor, r.Title))
	b.WriteString("\n")
	b.WriteString(s.markdown(strings.TrimSpace(r.Body)))
	b.WriteString("\n")
	if len(r.Related) > 0 {
		fmt.Fprintf(&b, "\n%s %s\n", s.paint(ansiYellow, "Related:"), topicTitles(r.Related))
	}
	if r.Kind == knowledge.ReplyNotSure && len(r.Suggestions) > 0 {
		fmt.Fprintf(&b, "\n%s /technique %s\n", s.paint(ansiYellow, "Try:"), r.Suggestions[0].ID)
	}
	booking := r.Booking
	if r.Kind == knowledge.ReplyUrgent || r.Kind == knowledge.ReplyCaution {
		booking = nil // never a booking link under medical advice
	}
	links := []*knowledge.Link{booking, r.Contact, r.ReadMore}
	for i := range r.Links {
		links = append(links, &r.Links[i])
	}
	wrote := false
	for _, l := range links {
		if l == nil {
			continue
		}
		if !wrote {
			b.WriteString("\n")
			wrote = true
		}
		fmt.Fprintf(&b, "%s %s\n", s.paint(ansiBold, l.Label+":"), l.URL)
	}
	if r.Disclaimer != "" {
		fmt.Fprintf(&b, "\n%s\n", s.dim(r.Disclaimer))
	}
	return b.String()
}

func topicTitles(ts []knowledge.Topic) string {
	titles := make([]string, len(ts))
	for i, t := range ts {
		titles[i] = t.Title
	}
	return strings.Join(titles, ", ")
}
