package knowledge

import (
	"fmt"
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

// BenchmarkReloadScale parses and builds bases of 1,000 and 10,000
// generated entries and reports the time per entry (ns/entry, and the
// process's CPU per entry, proc-cpu-ns/entry). Both steps are linear in
// the entries, so the two sizes should cost about the same per entry; a
// step that pairs every entry with every other (as the build's namesakes
// once did, a second of a 10,000-entry reload) costs ten times as much
// per entry at 10,000. docs/matching.md reports the ratio.
func BenchmarkReloadScale(b *testing.B) {
	for _, n := range []int{1_000, 10_000} {
		data := baseWith(n, "")
		base, err := Parse("kb.yaml", data)
		if err != nil {
			b.Fatal(err)
		}
		entries := float64(len(base.Entries))
		perEntry := func(b *testing.B, proc time.Duration) {
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/entries, "ns/entry")
			if end := processCPU(); proc >= 0 && end >= 0 {
				b.ReportMetric(float64(end-proc)/float64(b.N)/entries, "proc-cpu-ns/entry")
			}
		}
		b.Run(fmt.Sprintf("parse/%d", n), func(b *testing.B) {
			proc := processCPU()
			for b.Loop() {
				if _, err := Parse("kb.yaml", data); err != nil {
					b.Fatal(err)
				}
			}
			perEntry(b, proc)
		})
		b.Run(fmt.Sprintf("build/%d", n), func(b *testing.B) {
			proc := processCPU()
			for b.Loop() {
				NewMatcher(base, MatchOptions{})
			}
			perEntry(b, proc)
		})
	}
}
