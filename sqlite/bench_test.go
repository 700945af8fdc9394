package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"
)

// discardStore accepts every write and does nothing, so a benchmark of the
// Recorder measures the queue alone.
type discardStore struct{}

func (discardStore) RecordUnanswered(context.Context, Unanswered) error { return nil }
func (discardStore) RecordFeedback(context.Context, Vote) error         { return nil }
func (discardStore) Prune(context.Context, time.Time) (int64, error)    { return 0, nil }

// benchQuestion is a typical unanswered question.
var benchQuestion = Unanswered{Question: "does deep tissue massage hurt", BestID: "deep-tissue", Score: 0.42, Source: SourceSlash}

// benchEnqueue times r.Unanswered, then closes r and reports the share of
// calls whose write was dropped.
func benchEnqueue(b *testing.B, r *Recorder) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r.Unanswered(benchQuestion)
		n++
	}
	b.StopTimer()
	r.Close()
	b.ReportMetric(float64(r.Dropped())/float64(n), "dropped/op")
}

// BenchmarkRecord compares what recording costs the caller (enqueue) with
// what the writer goroutine pays (write).
func BenchmarkRecord(b *testing.B) {
	b.Run("enqueue", func(b *testing.B) {
		r := NewRecorder(discardStore{}, RecorderOptions{QueueSize: 1024, Logger: quiet})
		benchEnqueue(b, r)
	})
	b.Run("enqueue-room", func(b *testing.B) {
		// The usual case: the queue has room. The writer is held on its
		// first write and the benchmark empties the queue itself, off the
		// clock, whenever it fills.
		gate := newGateStore(discardStore{})
		gate.entered = make(chan string, 1)
		const size = 1 << 14
		r := NewRecorder(gate, RecorderOptions{QueueSize: size, Logger: quiet})
		r.Unanswered(benchQuestion)
		<-gate.entered
		b.ReportAllocs()
		for b.Loop() {
			if len(r.queue) == size {
				b.StopTimer()
				for len(r.queue) > 0 {
					<-r.queue
				}
				b.StartTimer()
			}
			r.Unanswered(benchQuestion)
		}
		b.StopTimer()
		if r.Dropped() != 0 {
			b.Errorf("dropped %d writes with room in the queue", r.Dropped())
		}
		for len(r.queue) > 0 {
			<-r.queue
		}
		close(gate.release)
		r.Close()
	})
	b.Run("enqueue-parallel", func(b *testing.B) {
		r := NewRecorder(discardStore{}, RecorderOptions{QueueSize: 1024, Logger: quiet})
		b.ReportAllocs()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				r.Unanswered(benchQuestion)
			}
		})
		b.StopTimer()
		r.Close()
	})
	b.Run("enqueue-sqlite-behind", func(b *testing.B) {
		// The real writer cannot keep up with this loop, so the queue is
		// full almost always and most calls also drop the oldest write:
		// the worst case for the caller.
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer d.Close()
		r := NewRecorder(d, RecorderOptions{Logger: quiet})
		benchEnqueue(b, r)
	})
	b.Run("write-repeat", func(b *testing.B) {
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer d.Close()
		ctx := context.Background()
		b.ReportAllocs()
		for b.Loop() {
			if err := d.RecordUnanswered(ctx, benchQuestion); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("write-new", func(b *testing.B) {
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer d.Close()
		ctx := context.Background()
		q := benchQuestion
		i := 0
		b.ReportAllocs()
		for b.Loop() {
			q.Question = fmt.Sprintf("question number %d", i)
			i++
			if err := d.RecordUnanswered(ctx, q); err != nil {
				b.Fatal(err)
			}
		}
	})
}
