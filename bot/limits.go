package bot

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// memberLimits is the per-member token bucket for replies to messages
// (golang.org/x/time/rate, which does the refill arithmetic right for any
// clock). Each member has a bucket of burst tokens refilled at one per
// every; a reply takes one. A member who runs out is told once to slow
// down, then gets no reply until a token is back.
type memberLimits struct {
	burst int
	every time.Duration

	// mu protects members.
	mu      sync.Mutex
	members map[string]*memberLimit
}

// memberLimit is one member's bucket, and whether they have been told to
// slow down since their last reply.
type memberLimit struct {
	bucket *rate.Limiter
	warned bool
}

// maxTrackedMembers bounds the memory of buckets: past it, full buckets
// (members who have not written for a while) are forgotten.
const maxTrackedMembers = 10000

// limitVerdict is what the limit says about one message.
type limitVerdict int

const (
	limitReply    limitVerdict = iota // answer it
	limitSlowDown                     // the first message over the limit: say "slow down"
	limitSilent                       // over the limit, already told
)

// newMemberLimits makes the limit of Config.MessageBurst and MessageEvery;
// nil (no limit) for a negative burst.
func newMemberLimits(burst int, every time.Duration) *memberLimits {
	if burst < 0 {
		return nil
	}
	if burst == 0 {
		burst = DefaultMessageBurst
	}
	if every <= 0 {
		every = DefaultMessageEvery
	}
	return &memberLimits{burst: burst, every: every, members: map[string]*memberLimit{}}
}

// take decides whether userID may get a reply at now, and uses up a token
// when so. A nil memberLimits allows everything.
func (l *memberLimits) take(userID string, now time.Time) limitVerdict {
	if l == nil {
		return limitReply
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	m, ok := l.members[userID]
	if !ok {
		if len(l.members) >= maxTrackedMembers {
			l.forgetIdleLocked(now)
		}
		m = &memberLimit{bucket: rate.NewLimiter(rate.Every(l.every), l.burst)}
		l.members[userID] = m
	}
	switch {
	case m.bucket.AllowN(now, 1):
		m.warned = false
		return limitReply
	case !m.warned:
		m.warned = true
		return limitSlowDown
	default:
		return limitSilent
	}
}

// forgetIdleLocked drops the buckets that have refilled: forgetting them
// changes nothing. The caller holds l.mu.
func (l *memberLimits) forgetIdleLocked(now time.Time) {
	for id, m := range l.members {
		if m.bucket.TokensAt(now) >= float64(l.burst) {
			delete(l.members, id)
		}
	}
}
