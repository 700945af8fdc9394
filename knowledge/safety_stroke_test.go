package knowledge

import "testing"

// TestStrokeSigns checks the signs of a stroke or a bleed in the brain
// (a drooping face, slurred or jumbled speech, sudden confusion, a sudden
// arm weakness, the worst headache of one's life) call for 911 in the
// neuro-deficit group, and that their words told otherwise do not.
func TestStrokeSigns(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	fire := []string{
		"the left side of my face is drooping and my back hurts",
		"my wife's smile went crooked about ten minutes ago",
		"his mouth droops on one side since he woke up",
		"grandad is slurring his words, he hasn't been drinking",
		"i'm having trouble speaking and my lower back aches",
		"she can't talk properly all of a sudden",
		"my words keep coming out jumbled and my neck is stiff",
		"my mother is suddenly very confused and doesn't know where she is",
		"out of nowhere my right arm went weak and i dropped my cup",
		"worst headache ive ever had, it hit me like a thunderclap",
		"sudden severe headache at the back of my head an hour ago",
		"my dad had a stroke this morning, his face is drooping",
		"all of a sudden i can't raise my right arm",
		"out of the blue my hand stopped working and i dropped my keys",
		"my arm suddenly went limp while i was cooking",
		"the right side of her face looks lower than the left",
		"my brother suddenly can't speak and is holding his head",
		"his words are all mixed up since breakfast",
		"i was sitting at my desk and all of a sudden my smile went crooked",
		"reading in bed when suddenly my hand went limp",
	}
	for _, q := range fire {
		if v := m.Screen(NewMessage(q)); v.Level != SafetyEmergency || v.Group != groupNeuroDeficit {
			t.Errorf("Screen(%q) = %s %q, want emergency neuro-deficit\n%s", q, v.Level, v.Group, v)
		}
	}
	quiet := []string{
		"no face drooping and my speech is fine, just a stiff neck",
		"i get tension headaches most afternoons, would massage help",
		"i was confused about which massage to book",
		"he suddenly got confused by the new booking page",
		"light headed after my massage yesterday, fine now",
		"what are the signs of a stroke",
		"my dad had a stroke years ago and his face still droops a little, can he get a massage",
		"my aunt has bells palsy, her face droops, is a facial massage ok",
		"my friend won't stop talking about her rolfing session",
		"i can't find the words to say how good that massage was",
		"had the worst headache of my life last year, it was a migraine, fine now",
		"i can't lift my arm above my head since my shoulder surgery, getting worse",
		"sudden sharp twinge when i raise my arm to wash my hair",
		"woke up and suddenly my arm was limp from sleeping on it",
		"my face looks uneven in the morning from the pillow crease lol",
		"the physio is talking funny stuff about my posture",
		"i can't speak to my manager about my back pain",
	}
	for _, q := range quiet {
		if v := m.Screen(NewMessage(q)); v.Level == SafetyEmergency || v.Level == SafetyDoctor {
			t.Errorf("Screen(%q) = %s %q, want no red flag\n%s", q, v.Level, v.Group, v)
		}
	}
}
