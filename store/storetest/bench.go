package storetest

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/store"
)

// benchQuestion is a typical unanswered question.
var benchQuestion = knowledge.Unanswered{Question: "does deep tissue massage hurt", BestID: "deep-tissue", Score: 0.42, Source: knowledge.SourceSlash}

// Bench compares, on one back end, what recording costs the caller
// (enqueue: Recorder.Unanswered with the real writer behind it, which
// cannot keep up, so the queue is full and most calls drop the oldest
// write, the caller's worst case) with what the writer goroutine pays per
// write (write-repeat: one question asked again, write-new: a new question
// each time). open returns a fresh store.
func Bench(b *testing.B, open func(b *testing.B) store.Store) {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	b.Run("enqueue", func(b *testing.B) {
		s := open(b)
		r := store.NewRecorder(func(context.Context) (store.Store, error) { return s, nil },
			store.RecorderOptions{Logger: quiet})
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			r.Unanswered(benchQuestion)
			n++
		}
		b.StopTimer()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		r.Close(ctx)
		b.ReportMetric(float64(r.Status().Dropped)/float64(n), "dropped/op")
	})
	b.Run("write-repeat", func(b *testing.B) {
		s := open(b)
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			if err := s.RecordUnanswered(ctx, benchQuestion); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write-new", func(b *testing.B) {
		s := open(b)
		ctx := context.Background()
		q := benchQuestion
		i := 0
		b.ReportAllocs()
		for b.Loop() {
			q.Question = fmt.Sprintf("question number %d", i)
			i++
			if err := s.RecordUnanswered(ctx, q); err != nil {
				b.Fatal(err)
			}
		}
	})
}
