package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Discord's limits on what a message may carry. A message over any of them
// is refused as a whole, so replies are cut to fit before sending.
const (
	maxContent      = 2000 // message content
	maxEmbedTitle   = 256
	maxEmbedDesc    = 4096
	maxEmbedFields  = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxEmbedTotal   = 6000 // title, description, fields, footer together
	maxButtonLabel  = 80
	maxCustomID     = 100
	maxButtonURL    = 512
	maxButtonsInRow = 5
	maxRows         = 5
	maxChoices      = 25 // autocomplete choices
	maxChoiceName   = 100
)

// Custom id prefixes of the bot's buttons. A custom id carries everything a
// click needs, so clicks work after a restart and in HTTP mode alike.
const (
	topicPrefix     = "topic:"   // topic:<entry id>
	helpfulPrefix   = "fb:up:"   // fb:up:<entry id>:<asker id>
	unhelpfulPrefix = "fb:down:" // fb:down:<entry id>:<asker id>
)

// Embed colours by reply kind.
var kindColors = map[knowledge.ReplyKind]int{
	knowledge.ReplyAnswer:    0x2E8B57, // green
	knowledge.ReplyNotSure:   0xE0A526, // amber
	knowledge.ReplyDontKnow:  0x808A94, // grey
	knowledge.ReplyUrgent:    0xD93025, // red
	knowledge.ReplyCaution:   0xE8710A, // orange
	knowledge.ReplySmallTalk: 0x3B82C4, // blue
}

// noMentions allows no mention at all: a question containing @everyone or a
// role must never make the bot ping anyone. Parse is an explicit empty list
// because a nil one is sent as null.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// view is a reply as Discord shows it: one embed and rows of buttons.
type view struct {
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
}

// render shows a reply as an embed with buttons. askerID, when not empty,
// adds "Helpful" and "Not helpful" buttons for that member under answers.
func render(r knowledge.Reply, askerID string) view {
	embed := &discordgo.MessageEmbed{
		Title: cut(r.Title, maxEmbedTitle),
		Color: kindColors[r.Kind],
	}
	if r.ReadMore != nil {
		embed.URL = r.ReadMore.URL
	}
	// The body comes first: the footer and fields get what room it leaves
	// of the embed's total, and then the body gets the rest.
	budget := maxEmbedTotal - min(utf8.RuneCountInString(strings.TrimSpace(r.Body)), maxEmbedDesc)
	if r.Disclaimer != "" {
		if room := min(maxFooter, budget-embedTextLen(embed)); room > 0 {
			embed.Footer = &discordgo.MessageEmbedFooter{Text: cut(r.Disclaimer, room)}
		}
	}

	links := linkButtons(r)
	if len(links) > maxButtonsInRow {
		// Links that find no room among the buttons become fields.
		for _, b := range links[maxButtonsInRow:] {
			if utf8.RuneCountInString(b.URL) > maxFieldValue {
				continue
			}
			f := &discordgo.MessageEmbedField{Name: cut(b.Label, maxFieldName), Value: cut(b.URL, maxFieldValue)}
			if len(embed.Fields) == maxEmbedFields || embedTextLen(embed)+fieldLen(f) > budget {
				break
			}
			embed.Fields = append(embed.Fields, f)
		}
		links = links[:maxButtonsInRow]
	}
	embed.Description = describe(r, min(maxEmbedDesc, maxEmbedTotal-embedTextLen(embed)))

	var rows []discordgo.MessageComponent
	if len(links) > 0 {
		rows = append(rows, row(links))
	}
	feedback := feedbackButtons(r, askerID)
	topicRows := maxRows - len(rows)
	if feedback != nil {
		topicRows--
	}
	rows = append(rows, topicButtonRows(r, topicRows)...)
	if feedback != nil {
		rows = append(rows, row(feedback))
	}
	return view{Embeds: []*discordgo.MessageEmbed{embed}, Components: rows}
}

// describe is the embed description: the body, cut at a sentence to fit
// room runes with a "Read more" link after a cut when the reply has one.
func describe(r knowledge.Reply, room int) string {
	body := strings.TrimSpace(r.Body)
	if utf8.RuneCountInString(body) <= room {
		return body
	}
	var more string
	switch {
	case r.ReadMore != nil:
		more = "\n\n[Read more](" + r.ReadMore.URL + ")"
	case len(r.Links) > 0:
		more = "\n\n[Read more](" + r.Links[0].URL + ")"
	}
	if n := utf8.RuneCountInString(more); n >= room/2 {
		more = "" // a link that long would crowd out the answer
	}
	text, _ := knowledge.Truncate(body, room-utf8.RuneCountInString(more))
	return text + more
}

// linkButtons are the reply's links as link-style buttons: booking first,
// then contact, read more and the entry's own links (skipping addresses
// too long for a button). Urgent replies carry
// no booking or contact link, so they get no such buttons; caution replies
// carry only the contact link. A booking link on either is dropped here
// too, so that no path can put a booking button under medical advice.
func linkButtons(r knowledge.Reply) []discordgo.Button {
	var out []discordgo.Button
	add := func(l *knowledge.Link) {
		if l == nil || l.URL == "" || len(l.URL) > maxButtonURL {
			return
		}
		out = append(out, discordgo.Button{Label: cut(l.Label, maxButtonLabel), Style: discordgo.LinkButton, URL: l.URL})
	}
	if r.Kind != knowledge.ReplyUrgent && r.Kind != knowledge.ReplyCaution {
		add(r.Booking)
	}
	add(r.Contact)
	add(r.ReadMore)
	for i := range r.Links {
		add(&r.Links[i])
	}
	return out
}

// topicButtonRows are buttons that open the reply's related topics or, for
// a not-sure reply, its suggestions; at most maxRowsLeft rows of five.
func topicButtonRows(r knowledge.Reply, maxRowsLeft int) []discordgo.MessageComponent {
	topics := r.Related
	if r.Kind == knowledge.ReplyNotSure {
		topics = r.Suggestions
	}
	var buttons []discordgo.Button
	seen := map[string]bool{r.EntryID: r.Kind == knowledge.ReplyAnswer}
	for _, t := range topics {
		id := topicPrefix + t.ID
		if seen[t.ID] || len(id) > maxCustomID {
			continue
		}
		seen[t.ID] = true
		buttons = append(buttons, discordgo.Button{Label: cut(t.Title, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: id})
	}
	var rows []discordgo.MessageComponent
	for len(buttons) > 0 && len(rows) < maxRowsLeft {
		n := min(len(buttons), maxButtonsInRow)
		rows = append(rows, row(buttons[:n]))
		buttons = buttons[n:]
	}
	return rows
}

// feedbackButtons are "Helpful" and "Not helpful" for answers about an
// entry, when the asker is known; nil otherwise.
func feedbackButtons(r knowledge.Reply, askerID string) []discordgo.Button {
	if askerID == "" || r.Kind != knowledge.ReplyAnswer || r.EntryID == "" {
		return nil
	}
	up := helpfulPrefix + r.EntryID + ":" + askerID
	down := unhelpfulPrefix + r.EntryID + ":" + askerID
	if len(down) > maxCustomID {
		return nil
	}
	return []discordgo.Button{
		{Label: "Helpful", Style: discordgo.SuccessButton, CustomID: up},
		{Label: "Not helpful", Style: discordgo.DangerButton, CustomID: down},
	}
}

func row(buttons []discordgo.Button) discordgo.ActionsRow {
	cs := make([]discordgo.MessageComponent, len(buttons))
	for i, b := range buttons {
		cs[i] = b
	}
	return discordgo.ActionsRow{Components: cs}
}

// isFeedbackRow reports whether a component is the row of feedback buttons.
func isFeedbackRow(c discordgo.MessageComponent) bool {
	var r discordgo.ActionsRow
	switch v := c.(type) {
	case discordgo.ActionsRow:
		r = v
	case *discordgo.ActionsRow:
		r = *v
	default:
		return false
	}
	for _, c := range r.Components {
		var id string
		switch b := c.(type) {
		case discordgo.Button:
			id = b.CustomID
		case *discordgo.Button:
			id = b.CustomID
		}
		if strings.HasPrefix(id, "fb:") {
			return true
		}
	}
	return false
}

// embedTextLen counts the characters Discord counts towards an embed's
// total: title, description, field names and values, footer and author.
func embedTextLen(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	for _, f := range e.Fields {
		n += fieldLen(f)
	}
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	return n
}

func fieldLen(f *discordgo.MessageEmbedField) int {
	return utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
}

// cut shortens s to at most max runes, at a sentence or word when it can.
func cut(s string, max int) string {
	out, _ := knowledge.Truncate(s, max)
	return out
}
