package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// cautionQ asks whether massage is safe with a medical situation; doctorQ
// describes a red flag that needs a doctor today.
const (
	cautionQ = "is deep tissue ok while I'm on warfarin?"
	doctorQ  = "my calf is swollen, red and warm, could a massage loosen the knot?"
)

// TestSafetyRepliesUnasked checks that the safety screen's replies are sent
// in a listed channel without a mention, as members who describe a warning
// sign or ask about their own health must get them, and carry no booking
// button; a caution offers the clinic's contact instead.
func TestSafetyRepliesUnasked(t *testing.T) {
	tests := []struct {
		name, q, wantTitle string
		wantKind           knowledge.ReplyKind
		wantContact        bool
	}{
		{"emergency", urgentQ, "Please get medical help now", knowledge.ReplyUrgent, false},
		{"see a doctor today", doctorQ, "Please see a doctor today", knowledge.ReplyUrgent, false},
		{"caution", cautionQ, "Ask your doctor or our therapists first", knowledge.ReplyCaution, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			if got := b.cfg.Responder().Ask(tt.q).Kind; got != tt.wantKind {
				t.Fatalf("Ask(%q).Kind = %q, want %q", tt.q, got, tt.wantKind)
			}
			msg, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m1", ChannelID: channelID, GuildID: guildID, Author: &discordgo.User{ID: askerID}, Content: tt.q})
			if !ok {
				t.Fatalf("%s message in a listed channel got no reply", tt.name)
			}
			if got := msg.Embeds[0].Title; got != tt.wantTitle {
				t.Errorf("title = %q, want %q", got, tt.wantTitle)
			}
			bs := buttons(t, msg.Components)
			if hasBookingButton(bs) {
				t.Errorf("%s reply has a booking button: %s", tt.name, describeButtons(bs))
			}
			hasContact := false
			for _, b := range bs {
				if b.Label == "Contact us" {
					hasContact = true
				}
			}
			if hasContact != tt.wantContact {
				t.Errorf("contact button = %v, want %v: %s", hasContact, tt.wantContact, describeButtons(bs))
			}
			if strings.Contains(strings.ToLower(msg.Embeds[0].Description), "book") {
				t.Errorf("%s description mentions booking: %q", tt.name, msg.Embeds[0].Description)
			}
			resp := interact(t, b.Bot, slash(member(askerID, 0), "ask", strOpt("question", tt.q))).Response
			if bs := buttons(t, resp.Data.Components); hasBookingButton(bs) {
				t.Errorf("/ask %s reply has a booking button: %s", tt.name, describeButtons(bs))
			}
		})
	}
}

// TestLinkButtonsDropBookingUnderMedicalAdvice checks the renderer's own
// guard: even a caution or urgent reply that carried a booking link by
// mistake upstream shows no booking button.
func TestLinkButtonsDropBookingUnderMedicalAdvice(t *testing.T) {
	for _, kind := range []knowledge.ReplyKind{knowledge.ReplyUrgent, knowledge.ReplyCaution} {
		r := knowledge.Reply{Kind: kind, Title: "t", Body: "b",
			Booking: &knowledge.Link{Label: "Book a massage", URL: "https://clinic.example/book"},
			Contact: &knowledge.Link{Label: "Contact us", URL: "https://clinic.example/contact"}}
		bs := linkButtons(r)
		if len(bs) != 1 || bs[0].Label != "Contact us" {
			t.Errorf("%s: link buttons = %+v, want only Contact us", kind, bs)
		}
	}
	answer := knowledge.Reply{Kind: knowledge.ReplyAnswer, Booking: &knowledge.Link{Label: "Book a massage", URL: "https://clinic.example/book"}}
	if bs := linkButtons(answer); len(bs) != 1 || bs[0].Label != "Book a massage" {
		t.Errorf("answer: link buttons = %+v, want the booking button", bs)
	}
}
