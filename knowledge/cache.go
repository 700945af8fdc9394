package knowledge

import "sync"

// boundedCache is a map of what a key was worked out to, safe for
// concurrent use, that stops growing at a bound so that a flood of
// nonsense cannot grow it without end: past the bound, a value is worked
// out each time. Its zero value is empty and ready to use.
//
// It stands where a sync.Map stood: every question reads a few words
// through these caches, and a read lock over a plain map costs about half
// a sync.Map's Load (no interface to hash and compare, no trie to walk).
// The bot answers a handful of messages at once, so readers do not
// contend for the lock.
type boundedCache[K comparable, V any] struct {
	mu sync.RWMutex // guards m
	m  map[K]V
}

// load returns the value cached for k, and whether there is one.
func (c *boundedCache[K, V]) load(k K) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	return v, ok
}

// store caches v for k unless the cache already holds k or bound keys;
// the first value stored for a key stays.
func (c *boundedCache[K, V]) store(k K, v V, bound int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.m[k]; ok || len(c.m) >= bound {
		return
	}
	if c.m == nil {
		c.m = make(map[K]V)
	}
	c.m[k] = v
}
