package knowledge

import "testing"

// TestNewMessageFencedQuestion checks that a message that is one fenced
// code block is read as the question inside it, while a block beside
// other words (a pasted log) is still left out.
func TestNewMessageFencedQuestion(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"```where is the clinic```", "where is the clinic"},
		{"  ```\nhow do I book\n```  ", "how do i book"},
		{"what does this mean ```panic: nil map```", "what does this mean"},
		{"```a``` and ```b```", "and"},
		{"```knots in my upper back``` how do i get rid of these", "knots in my upper back how do i get rid of these"}, // prose quoted
		{"```knots\nin my back``` what are these", "what are these"},                                                   // over lines: a paste
		{"``````", ""},
	}
	for _, tt := range tests {
		if got := NewMessage(tt.text).Normalized; got != tt.want {
			t.Errorf("NewMessage(%q).Normalized = %q, want %q", tt.text, got, tt.want)
		}
	}
}
