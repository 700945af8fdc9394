package knowledge

import (
	"testing"
	"time"
)

// BenchmarkReload10kStages times the stages of reloading a 10,000-entry
// file one by one, with nothing else running: parsing and validating the
// YAML (parse), building the matcher (build), and both, as a reload does
// (snapshot). BenchmarkLiveReload10k measures the same reload while
// questions are being answered.
func BenchmarkReload10kStages(b *testing.B) {
	data := baseWith(10_000, "")
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Parse("kb.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
	})
	base, err := Parse("kb.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			NewMatcher(base, MatchOptions{})
		}
	})
	b.Run("snapshot", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := NewSnapshot("kb.yaml", data, MatchOptions{}, time.Time{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
