package knowledge

import (
	"testing"
	"time"
)

// BenchmarkReload10kStages times the stages of reloading a 10,000-entry
// file one by one, with nothing else running: parsing and validating the
// YAML (parse), building the matcher (build), and both, as a reload does
// (snapshot). BenchmarkLiveReload10k measures the same reload while
// questions are being answered. Each reports, beside the wall time, the
// thread CPU of the goroutine that reloads (cpu-ns/op) and the CPU of the
// whole process (proc-cpu-ns/op, the matcher built beside validation and
// the garbage collector included), which other processes on a shared
// machine inflate far less than the wall time.
func BenchmarkReload10kStages(b *testing.B) {
	data := baseWith(10_000, "")
	b.Run("parse", func(b *testing.B) {
		b.ReportAllocs()
		cpu, proc := threadCPU(), processCPU()
		for b.Loop() {
			if _, err := Parse("kb.yaml", data); err != nil {
				b.Fatal(err)
			}
		}
		reportProcessCPU(b, proc)
		reportCPU(b, cpu)
	})
	base, err := Parse("kb.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("build", func(b *testing.B) {
		b.ReportAllocs()
		cpu, proc := threadCPU(), processCPU()
		for b.Loop() {
			NewMatcher(base, MatchOptions{})
		}
		reportProcessCPU(b, proc)
		reportCPU(b, cpu)
	})
	b.Run("snapshot", func(b *testing.B) {
		b.ReportAllocs()
		cpu, proc := threadCPU(), processCPU()
		for b.Loop() {
			if _, err := NewSnapshot("kb.yaml", data, MatchOptions{}, time.Time{}); err != nil {
				b.Fatal(err)
			}
		}
		reportProcessCPU(b, proc)
		reportCPU(b, cpu)
	})
}
