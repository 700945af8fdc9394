package chat

import (
	"strings"
	"testing"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// TestRenderSafetyReplies checks that the terminal shows urgent and caution
// replies without a booking link, and a caution with the clinic's contact.
func TestRenderSafetyReplies(t *testing.T) {
	s := newSession(t)
	tests := []struct {
		q, title    string
		kind        knowledge.ReplyKind
		wantContact bool
	}{
		{"my back hurts and i cant control my bladder", "Please get medical help now", knowledge.ReplyUrgent, false},
		{"is swedish massage safe during chemo", "Ask your doctor or our therapists first", knowledge.ReplyCaution, true},
	}
	for _, tt := range tests {
		reply := s.Responder().Ask(tt.q)
		if reply.Kind != tt.kind {
			t.Fatalf("Ask(%q).Kind = %q, want %q", tt.q, reply.Kind, tt.kind)
		}
		// A booking link slipped in upstream must still not be shown.
		reply.Booking = &knowledge.Link{Label: "Book a massage", URL: "https://clinic.example/book"}
		out := Render(reply, Plain)
		if !strings.Contains(out, tt.title) {
			t.Errorf("%q: rendering lacks the title %q:\n%s", tt.q, tt.title, out)
		}
		if strings.Contains(strings.ToLower(out), "book") {
			t.Errorf("%q: %s rendering mentions booking:\n%s", tt.q, tt.kind, out)
		}
		if got := strings.Contains(out, "Contact us:"); got != tt.wantContact {
			t.Errorf("%q: contact link shown = %v, want %v:\n%s", tt.q, got, tt.wantContact, out)
		}
	}
}
