package knowledge

import (
	"strings"
	"testing"
)

// TestPairFilterHoldsBackground checks that pairFilter lets every pair of
// the background through: the domain stage and the matcher's build look
// up only the pairs it lets through, so a pair it turned away would be
// lost from the domain model.
func TestPairFilterHoldsBackground(t *testing.T) {
	if len(background.pairs) == 0 {
		t.Fatal("the background has no pairs")
	}
	for k := range background.pairs {
		a, b, ok := strings.Cut(k, " ")
		if !ok {
			t.Fatalf("background pair %q is not two stems", k)
		}
		if !pairFilter.mayHold(stemHash(a), stemHash(b)) {
			t.Errorf("pairFilter turns away the background pair %q", k)
		}
	}
}
