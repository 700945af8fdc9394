package knowledge

import "testing"

// TestOwnReportInGeneralQuestion checks that a symptom the asker reports
// of their own body ("my calf is swollen") or as going on now ("it's
// spreading", "puffy since the surgery") is told even inside a question worded in general ("how can
// I tell if ..."), and that a question truly in general stays quiet.
func TestOwnReportInGeneralQuestion(t *testing.T) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, tt := range []struct {
		q     string
		level SafetyLevel
		group string
	}{
		{"how would I know if my calf pain is a clot? it's hot and swollen since the long drive", SafetyDoctor, groupClot},
		{"how do you tell if it's a heart attack, my chest has been crushing for an hour", SafetyEmergency, groupHeartLung},
		{"how can I tell whether my numb groin is serious", SafetyEmergency, groupCaudaEquina},
		{"how do people know it's a clot, my leg is red and swollen", SafetyDoctor, groupClot},
		{"how can you tell if chest tightness is the heart? it's spreading down my left arm", SafetyEmergency, groupHeartLung},
		{"how would anyone know it's a dvt? lower leg puffy and warm since the surgery", SafetyDoctor, groupClot},
		{"is it ever a clot? calf red and tender since the drive home", SafetyDoctor, groupClot},
	} {
		if v := m.Screen(NewMessage(tt.q)); v.Level != tt.level || v.Group != tt.group {
			t.Errorf("Screen(%q) = %s %q, want %s %q\n%s", tt.q, v.Level, v.Group, tt.level, tt.group, v)
		}
	}
	for _, q := range []string{
		"how can you tell if chest pain is a heart attack?",
		"how do you know if calf pain is a clot or just a cramp",
		"how do you know if a swollen calf is a clot",
		"what are the warning signs of a blood clot in the leg",
		"how would someone know if numbness in the groin is serious",
		"what if my legs went numb during a massage, would you stop",
		"is chest pain always a heart attack? asking for a school project",
		"what are the signs of a clot in the leg? is it usually throbbing",
		"how do you know if it's a clot since the symptoms are similar",
		"how can you tell if calf swelling after a flight is a clot",
		"why do people get clots after a long flight",
	} {
		if v := m.Screen(NewMessage(q)); v.Fires() {
			t.Errorf("Screen(%q) = %s %q, want none\n%s", q, v.Level, v.Group, v)
		}
	}
}
