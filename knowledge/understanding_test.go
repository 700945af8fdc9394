package knowledge

import "testing"

// understandingCase is a question written for a class of failure, with the
// entry the bot should answer it with ("" when it should not answer).
type understandingCase struct {
	class, q, want string
}

// TestUnderstandingClasses checks the pipeline on sentences written for
// the classes of failure of issue 12, none of them from an evaluation set:
// a base word in another sense must not carry a message into an answer,
// and a description, a lay word or a request in other words must reach
// the entry it means.
func TestUnderstandingClasses(t *testing.T) {
	r := defaultResponder(t)
	tests := []understandingCase{
		// Everyday words a letter away from a base word are the words
		// they are: "dough" is not "rough", "hand" not "hard".
		{"other sense", "how long should i knead pizza dough by hand", ""},
		{"other sense", "my hands get cold when i type, what gloves are good", ""},
		// A word of booking that schedules a thing sent or posted is
		// about that thing; one that books a treatment still books.
		{"other sense", "can i schedule an email to go out to my team on monday", ""},
		{"other sense", "is there a way to schedule a text reminder on my phone", ""},
		{"booking", "can i schedule a deep tissue massage for friday", "booking"},
		// "the right way", like "the best way", is about its purpose.
		{"other sense", "what's the right technique for a tennis serve", ""},
		{"other sense", "what is the proper method for cleaning a cast iron pan", ""},
		// Lay words for the base's own terms, read through the
		// default vocabulary.
		{"lay words", "which massage loosens the stretchy layer around your muscles", "myofascial-therapy"},
		{"lay words", "is there a booking link", "booking"},
		{"lay words", "can massage cure a sore lower back", "massage-for-back-pain"},
		{"lay words", "how experienced is your staff", "therapists"},
		{"lay words", "are your team all registered", "therapists"},
		{"lay words", "what is fascia release", "myofascial-therapy"},
		// "good for you" with nothing named asks whether massage is
		// healthy.
		{"benefits", "apart from my neck, do massages do anything else good for you", "massage-benefits"},
		{"benefits", "is a massage actually good for you", "massage-benefits"},
	}
	for _, tt := range tests {
		t.Run(tt.class+"/"+tt.q, func(t *testing.T) {
			got := r.Ask(tt.q)
			if tt.want == "" {
				if got.Kind == ReplyAnswer {
					t.Errorf("Ask(%q) answered %s (%.2f), want no answer", tt.q, got.EntryID, got.Score)
				}
				return
			}
			if got.Kind != ReplyAnswer || got.EntryID != tt.want {
				t.Errorf("Ask(%q) = %s %s (%.2f), want the answer %s", tt.q, got.Kind, got.EntryID, got.Score, tt.want)
			}
		})
	}
}
