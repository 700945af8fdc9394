package knowledge

// Table tests of the second round of near-miss readings: each class has
// messages that must stay quiet and at least as many, of the same shape,
// that must still alarm.

import "testing"

// screenLevelTests runs the screen on each message and fails where its
// level is not the one wanted.
func screenLevelTests(t *testing.T, tests []struct {
	q     string
	level SafetyLevel
}) {
	t.Helper()
	m := newDefaultMatcher(t)
	for _, tt := range tests {
		if v := m.Screen(NewMessage(tt.q)); v.Level != tt.level {
			t.Errorf("%q: got %s, want %s (%s)", tt.q, v.Level, tt.level, v.Reason)
		}
	}
}

// TestScreenOthersWellInOtherWords: someone else's story is over when
// they are said to be well in any of the words people use for it ("all
// better", "clear since", "in remission", "has recovered", "back to
// normal"). A story told as going on now, or the asker's own red flag
// after it, still alarms.
func TestScreenOthersWellInOtherWords(t *testing.T) {
	screenLevelTests(t, []struct {
		q     string
		level SafetyLevel
	}{
		{"my aunt had a lump removed from her bowel in 2016 and lost a lot of weight, she's been clear ever since. my shoulders ache from typing", SafetyNone},
		{"my uncle had a high fever and a sore back from a kidney bug, he's all better. i'm stiff from decorating", SafetyNone},
		{"my grandad had a swollen calf from a clot, he is back to normal. my neck is tight from driving", SafetyNone},
		{"my neighbour had a fever and an aching back from a kidney infection, she has recovered. my traps are tight from the gym", SafetyNone},
		// The story goes on now, or the asker tells a red flag of their own.
		{"my aunt lost a lot of weight and has pain at night, she's not better at all, can she book a massage", SafetyDoctor},
		{"my uncle had a kidney bug, he's all better. i've had a high fever since last night and my back is agony", SafetyDoctor},
		{"my grandad had a clot, he is back to normal. my own calf is swollen, hot and red since yesterday", SafetyDoctor},
		{"my neighbour had a kidney infection, she has recovered. now i have a fever and chills and my lower back is killing me", SafetyDoctor},
		{"my aunt had bowel cancer in 2016, she's been clear since. i've lost a stone without trying and my back hurts every night", SafetyDoctor},
	})
}
