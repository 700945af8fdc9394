package bot

import (
	"context"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Threads and forum posts count as their parent channel for
// Config.Channels: a question in a thread under a configured channel, or in
// a post of a configured forum, is answered as if asked there. A thread's
// parent comes from the gateway's state when the thread is known there, or
// else from GET /channels/{id}, with a deadline; answers are cached.

// Bounds of the parent lookup.
const (
	parentLookupTimeout = 3 * time.Second
	// parentTTL is how long a looked-up parent is kept: a thread never
	// changes parent, but channel ids are cheap to look up again.
	parentTTL = time.Hour
	// parentErrorTTL is how long a failed lookup is remembered, so that a
	// busy thread does not cost a failing request per message.
	parentErrorTTL = time.Minute
	maxParents     = 10000
)

// parentCache maps channel ids to the parent that counts for
// Config.Channels: the parent channel of a thread, "" for other channels.
type parentCache struct {
	lookUp func(ctx context.Context, channelID string) (parent string, err error)
	now    func() time.Time

	// mu protects byChannel.
	mu        sync.Mutex
	byChannel map[string]cachedParent
}

type cachedParent struct {
	parent  string
	expires time.Time
}

func newParentCache(lookUp func(context.Context, string) (string, error), now func() time.Time) *parentCache {
	return &parentCache{lookUp: lookUp, now: now, byChannel: map[string]cachedParent{}}
}

// parent returns the parent of channelID that counts for Config.Channels,
// "" when there is none or it cannot be found in time.
func (c *parentCache) parent(ctx context.Context, channelID string) string {
	now := c.now()
	c.mu.Lock()
	got, ok := c.byChannel[channelID]
	c.mu.Unlock()
	if ok && now.Before(got.expires) {
		return got.parent
	}
	ctx, cancel := context.WithTimeout(ctx, parentLookupTimeout)
	defer cancel()
	parent, err := c.lookUp(ctx, channelID)
	ttl := parentTTL
	if err != nil {
		parent, ttl = "", parentErrorTTL
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.byChannel) >= maxParents {
		for id, p := range c.byChannel {
			if !now.Before(p.expires) {
				delete(c.byChannel, id)
			}
		}
		if len(c.byChannel) >= maxParents {
			clear(c.byChannel)
		}
	}
	c.byChannel[channelID] = cachedParent{parent: parent, expires: now.Add(ttl)}
	return parent
}

// lookUpParent finds a channel's parent through the session: the state
// first, then REST. It returns "" for channels that are not threads (a
// text channel's parent_id is its category, which does not count).
func (b *Bot) lookUpParent(ctx context.Context, channelID string) (string, error) {
	s := b.session
	if s == nil {
		return "", nil
	}
	if s.State != nil {
		if ch, err := s.State.Channel(channelID); err == nil && ch != nil {
			return threadParent(ch), nil
		}
	}
	ch, err := s.Channel(channelID, discordgo.WithContext(ctx))
	if err != nil {
		b.log.Warn("look up the parent of a channel", "channel", channelID, "err", restError(err))
		return "", err
	}
	return threadParent(ch), nil
}

// threadParent is the parent of a thread (including a forum post); "" for
// other channels.
func threadParent(ch *discordgo.Channel) string {
	if ch.IsThread() {
		return ch.ParentID
	}
	return ""
}
