package main

import (
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// TestShutDownDeadline checks shutDown's one deadline: parts that stop in
// time give result(); a part still running at the deadline is named, the
// parts after it are checked without waiting, and the whole takes about
// the budget however many parts are stuck.
func TestShutDownDeadline(t *testing.T) {
	closed := func() <-chan struct{} { c := make(chan struct{}); close(c); return c }
	never := func() <-chan struct{} { return make(chan struct{}) }
	after := func(d time.Duration) func() <-chan struct{} {
		return func() <-chan struct{} { return inBackground(func() { time.Sleep(d) }) }
	}
	tests := []struct {
		name      string
		parts     []stoppingPart
		wantStuck []string
	}{
		{"all stop", []stoppingPart{{"a", closed}, {"b", after(20 * time.Millisecond)}}, nil},
		{"one stuck", []stoppingPart{{"a", closed}, {"b", never}, {"c", closed}}, []string{"b"}},
		{"two stuck share one deadline", []stoppingPart{{"a", never}, {"b", never}, {"c", closed}}, []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Stuck parts cost the whole budget, so it is short; parts
			// that stop get a long one, so that a loaded machine running
			// the 20 ms part late does not look like a stuck part.
			budget := 200 * time.Millisecond
			if tt.wantStuck == nil {
				budget = 10 * time.Second
			}
			stopped := false
			start := time.Now()
			err := shutDown(func() { stopped = true }, budget, slog.New(slog.DiscardHandler), tt.parts, func() error { return errors.New("result") })
			took := time.Since(start)
			if !stopped {
				t.Error("the running parts were not told to stop")
			}
			if tt.wantStuck == nil {
				if err == nil || err.Error() != "result" {
					t.Errorf("err = %v, want result()'s error", err)
				}
				return
			}
			if !errors.Is(err, errShutdownDeadline) || !strings.Contains(err.Error(), strings.Join(tt.wantStuck, ", ")+" still running") {
				t.Errorf("err = %v, want errShutdownDeadline naming %v", err, tt.wantStuck)
			}
			if took < budget || took > budget+time.Second {
				t.Errorf("took %v, want about the budget %v", took, budget)
			}
		})
	}
}

// TestProblemLines checks that a knowledge base's problems are listed one
// per line through errors.As, and any other error as one line.
func TestProblemLines(t *testing.T) {
	ps := knowledge.Problems{
		{File: "kb.yaml", Line: 3, Col: 5, Field: "entries[1].answer", Message: "is empty"},
		{File: "kb.yaml", Line: 9, Col: 1, Message: "bad"},
	}
	got := problemLines(fmt.Errorf("reload: %w", ps))
	if len(got) != 2 || !strings.HasPrefix(got[0], "kb.yaml:3:5: entries[1].answer: is empty") || !strings.HasPrefix(got[1], "kb.yaml:9:1: bad") {
		t.Errorf("problemLines(Problems) = %q", got)
	}
	got = problemLines(errors.New("load kb.yaml: not a regular file\nwith a newline"))
	if len(got) != 1 {
		t.Errorf("problemLines(other error) = %q, want one line", got)
	}
}
