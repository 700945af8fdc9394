package knowledge

import (
	"strconv"
	"testing"
)

// BenchmarkNewMessage measures normalising a message once for every stage
// (NewMessage, with its words' buffers reused as Ask reuses them), on
// messages of 100, 2,000 and 6,000 characters of ordinary talk, and on the
// realistic questions of BenchmarkAsk.
func BenchmarkNewMessage(b *testing.B) {
	for _, n := range []int{100, 2000, 6000} {
		text := screenText(n)
		b.Run("chars="+strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			buf := new(messageBuffers)
			cpu := threadCPU()
			for b.Loop() {
				buf.keep(newMessage(text, buf))
			}
			reportCPU(b, cpu)
		})
	}
	qs := realisticQuestions(b, 10000)
	b.Run("realistic", func(b *testing.B) {
		b.ReportAllocs()
		buf := new(messageBuffers)
		cpu := threadCPU()
		for i := 0; b.Loop(); i++ {
			buf.keep(newMessage(qs[i%len(qs)], buf))
		}
		reportCPU(b, cpu)
	})
}
