package knowledge

import "testing"

// TestAskedInSlang checks the two slangy ways of asking what a thing of
// the base is: the name first with a bare "what" tacked on, and "this X
// business" with the idiom "when it is at home". A "what" that asks
// something else, or a name that qualifies another thing, is no such
// question. None of the sentences is from an evaluation set.
func TestAskedInSlang(t *testing.T) {
	m := defaultResponder(t).Matcher
	tests := []struct {
		msg, want string
	}{
		{"rolfing what now", "what is rolfing"},
		{"trigger points... what even are those", "what is trigger points"},
		{"fascia what is it lol", "what is fascia"},
		{"what is this rolfing business when it is at home", "what is rolfing"},
		{"what's all that trigger point stuff, anyone know", "what is trigger point"},
		{"what's that fascia thing my sister mentioned", "what is fascia"},
		{"rolfing what age must you be", ""},
		{"deep tissue what does it cost", ""},
		{"what is this rolfing business charging", ""},
		{"what is rolfing", ""},
		{"what is the weather like", ""},
	}
	for _, tt := range tests {
		got, ok := m.askedInSlang(NewMessage(tt.msg).Words)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("askedInSlang(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestSlangWhatIsAnswered checks that such questions are answered with
// the thing named, in one sentence or across two.
func TestSlangWhatIsAnswered(t *testing.T) {
	r := defaultResponder(t)
	checkUnderstanding(t, r, []understandingCase{
		{"tacked on", "rolfing!! what is that now", "rolfing"},
		{"tacked on", "trigger point therapy what now? keep it simple pls", "trigger-point-therapy"},
		{"vague noun", "so what is this rolfing business when it is at home", "rolfing"},
		{"vague noun", "what is that myofascial stuff my trainer goes on about", "myofascial-therapy"},
	})
}
