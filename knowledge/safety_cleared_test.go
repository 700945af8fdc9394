package knowledge

import "testing"

// TestScreenYearsClear: "years clear" is a cancer history only as the
// words stand together ("five years clear of lymphoma"); an infection
// "cleared up" years ago is no cancer.
func TestScreenYearsClear(t *testing.T) {
	m := newDefaultMatcher(t)
	checkScreenCases(t, m, []screenCase{
		{"kidney infection two years ago, cleared up with antibiotics, now my back just feels tight", SafetyNone},
		{"got a chest cold years ago that cleared fast, my upper back aches from the desk", SafetyNone},
		{"bowel cancer, four years clear, but my back has ached every night for a month", SafetyDoctor},
		{"im 2 years clear of melanoma and this new back pain wont ease", SafetyDoctor},
	})
}
