package knowledge

import (
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// screenText returns a message of about n characters of ordinary back-pain
// talk, with no warning sign until its last sentence, so that the screen
// reads all of it.
func screenText(n int) string {
	const filler = "my lower back has been tight since I started a new job and it aches most evenings, "
	var b strings.Builder
	for b.Len() < n-40 {
		b.WriteString(filler)
	}
	b.WriteString("and today my groin went numb.")
	s := b.String()
	if len(s) > n {
		s = s[len(s)-n:]
	}
	return s
}

// BenchmarkScreen measures the safety screen on messages of 100 and 6,000
// characters, already normalised (as Ask does once for every stage), and
// with the normalisation counted too.
func BenchmarkScreen(b *testing.B) {
	m := NewMatcher(Default(), MatchOptions{})
	for _, n := range []int{100, 6000} {
		text := screenText(n)
		msg := NewMessage(text)
		if v := m.Screen(msg); v.Level != SafetyEmergency {
			b.Fatalf("benchmark message of %d characters does not fire: %s", n, v)
		}
		b.Run("chars="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			cpu := threadCPU()
			for b.Loop() {
				m.Screen(msg)
			}
			reportCPU(b, cpu)
		})
		// As Ask screens: the message made for the matcher, whose words
		// the screen reads from the matcher's word table by id.
		byID := newMessageIn(text, nil, m.table())
		b.Run("chars="+strconv.Itoa(n)+"/words-by-id", func(b *testing.B) {
			b.ReportAllocs()
			cpu := threadCPU()
			for b.Loop() {
				m.Screen(byID)
			}
			reportCPU(b, cpu)
		})
		b.Run("chars="+strconv.Itoa(n)+"/with-normalise", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				m.Screen(NewMessage(text))
			}
		})
	}
}

// BenchmarkScreenQuestions runs the screen over the sample questions, most
// of which fire nothing.
func BenchmarkScreenQuestions(b *testing.B) {
	cases := loadEvalCases(b, "questions.yaml")
	msgs := make([]Message, len(cases))
	for i, c := range cases {
		msgs[i] = NewMessage(c.Q)
	}
	m := NewMatcher(Default(), MatchOptions{})
	b.ReportAllocs()
	cpu := threadCPU()
	for i := 0; b.Loop(); i++ {
		m.Screen(msgs[i%len(msgs)])
	}
	reportCPU(b, cpu)
}

// threadCPU returns the CPU time the calling thread has used, locking the
// goroutine to its thread. On a shared machine wall-clock ns/op counts the
// time other processes held the CPU; cpu-ns/op does not.
func threadCPU() time.Duration {
	runtime.LockOSThread()
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the thread's CPU time per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	defer runtime.UnlockOSThread()
	if end := threadCPU(); start >= 0 && end >= 0 && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
	runtime.UnlockOSThread()
}

// processCPU returns the CPU time of every thread of the process so far:
// the work of a step that runs on several goroutines (a reload builds the
// matcher beside validation), the garbage collector's included, which the
// wall time of a loaded machine hides.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return -1
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportProcessCPU reports the process's CPU time per operation since
// start (see processCPU).
func reportProcessCPU(b *testing.B, start time.Duration) {
	if end := processCPU(); start >= 0 && end >= 0 && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N), "proc-cpu-ns/op")
	}
}

// rusageThread is Linux's RUSAGE_THREAD: the calling thread's usage.
const rusageThread = 1
