package knowledge

import (
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// TestNormalizeFoldsAccents checks that accented letters fold to their base
// letter whether they decompose (NFKD) or need the table of letters that do
// not, and that text arriving already decomposed folds the same way.
func TestNormalizeFoldsAccents(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"acute and diaeresis", "Café naïve RÉSUMÉ", "cafe naive resume"},
		{"caron", "ǎ Ǎ ř š ž", "a a r s z"},
		{"dot below", "ạ ẹ ọ Ụ", "a e o u"},
		{"stacked marks", "ǖ ệ ẫ", "u e a"},
		{"already decomposed", "cafe\u0301 nai\u0308ve", "cafe naive"},
		{"ligatures", "ﬁx ﬂex ﬀ", "fix flex ff"},
		{"fullwidth", "ＭＡＳＳＡＧＥ ４", "massage 4"},
		{"long s", "ſore", "sore"},
		{"stroke letters", "Øre łódź đak ħot ŧ", "ore lodz dak hot t"},
		{"sharp s", "Straße STRAẞE", "strasse strasse"},
		{"ae oe", "Æther œuvre", "aether oeuvre"},
		{"thorn eth", "þing ðat", "thing dat"},
		{"dotless i", "ıt", "it"},
		{"middle dot l", "coŀlegi", "collegi"},
		{"non latin kept", "спина болит", "спина болит"},
		{"cyrillic short i folds", "мой", "мои"},
		{"ascii untouched", "deep tissue massage 25", "deep tissue massage 25"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// normalizeBenchInputs are typical chat questions: most are plain ASCII,
// some carry accents or curly quotes.
var normalizeBenchInputs = []string{
	"Is deep tissue massage good for my lower back??",
	"<@123> what's the best massage for sciatica, my back's killing me",
	"Est-ce que le massage suédois aide pour le dos? Ça fait très mal",
	"I’ve had “knots” in my shoulders for weeks — can an RMT help?",
	"does trigger point therapy hurt",
	"Ｃan I book online ｎow",
}

// BenchmarkNormalize measures Normalize on a mix of ASCII and accented
// questions, to keep the ASCII fast path fast.
func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Normalize(normalizeBenchInputs[i%len(normalizeBenchInputs)])
	}
}

// BenchmarkNormalizeASCII and BenchmarkNormalizeAccented split the two
// paths of BenchmarkNormalize.
func BenchmarkNormalizeASCII(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Normalize("<@123> what's the best massage for sciatica, my back's killing me")
	}
}

func BenchmarkNormalizeAccented(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Normalize("Est-ce que le massage suédois aide pour le dos? Ça fait très mal, ǎ ạ")
	}
}

// TestUndecomposableTable keeps the table to letters that need it: each is
// a lowercase letter that Unicode does not decompose, and folds to ASCII.
func TestUndecomposableTable(t *testing.T) {
	for r, folded := range undecomposable {
		if d := norm.NFKD.PropertiesString(string(r)).Decomposition(); d != nil {
			t.Errorf("%q decomposes to %q: drop it from the table", r, d)
		}
		if !unicode.IsLower(r) {
			t.Errorf("%q is not a lowercase letter", r)
		}
		for _, c := range folded {
			if c < 'a' || c > 'z' {
				t.Errorf("%q folds to %q, not plain lowercase ASCII", r, folded)
			}
		}
	}
}
