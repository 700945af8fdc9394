package bot

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestParentCache(t *testing.T) {
	clock := &fakeClock{now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	calls := map[string]int{}
	fail := true
	c := newParentCache(func(_ context.Context, id string) (string, error) {
		calls[id]++
		switch {
		case id == "broken" && fail:
			return "", errors.New("503")
		case id == "thread" || id == "broken":
			return "parent", nil
		}
		return "", nil
	}, clock.Now)
	ctx := context.Background()
	steps := []struct {
		name      string
		advance   time.Duration
		channel   string
		want      string
		wantCalls int
	}{
		{"a thread, looked up", 0, "thread", "parent", 1},
		{"again: from the cache", time.Minute, "thread", "parent", 1},
		{"a text channel counts as itself", 0, "text", "", 1},
		{"after the TTL: looked up again", parentTTL, "thread", "parent", 2},
		{"a failed lookup counts as no parent", 0, "broken", "", 1},
		{"and is not retried at once", parentErrorTTL / 2, "broken", "", 1},
		{"but after a minute", parentErrorTTL, "broken", "parent", 2},
	}
	for _, s := range steps {
		clock.Advance(s.advance)
		if s.name == "but after a minute" {
			fail = false
		}
		if got := c.parent(ctx, s.channel); got != s.want || calls[s.channel] != s.wantCalls {
			t.Errorf("%s: parent %q after %d lookups, want %q after %d", s.name, got, calls[s.channel], s.want, s.wantCalls)
		}
	}
}

func TestMemberLimitsForgetIdleMembers(t *testing.T) {
	l := newMemberLimits(2, time.Second)
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range maxTrackedMembers {
		l.take(fmt.Sprint(i), now)
	}
	if len(l.members) != maxTrackedMembers {
		t.Fatalf("%d members tracked, want %d", len(l.members), maxTrackedMembers)
	}
	// Two seconds on, every bucket has refilled: the next new member
	// makes room by forgetting them.
	if got := l.take("new", now.Add(2*time.Second)); got != limitReply {
		t.Errorf("new member: %v, want a reply", got)
	}
	if len(l.members) != 1 {
		t.Errorf("%d members tracked after forgetting the idle ones, want 1", len(l.members))
	}
}
