package knowledge

import (
	"math"
	"slices"
)

// wordTable gives every word one base knows of an id, and keeps by that id
// what each stage of answering makes of the word, worked out once when the
// matcher is built: a message's words are looked up in it once (see
// newMessageIn), and the safety screen, retrieval and the domain stage then
// read their facts of each word from a slice instead of looking the word up
// again, each in its own map. Those lookups by word were a quarter of the
// CPU of a question (docs/matching.md's speed section says what reading
// by id saved of it).
//
// The words are those of the package's lexicon (at their lexicon ids, so
// that wordFacts.id is a word's id here too: a message's words are looked
// up in the lexicon, small and so quick, and only those outside it in the
// table's own index), of the base's vocabulary
// (its words and the stopwords), the everyday words and fillers the
// matcher resolves once (Matcher.plain), and the words the safety screen
// knows. A word outside the table is read as before, by each stage.
//
// It is built once per matcher and only read afterwards.
type wordTable struct {
	// index holds the ids of all the table's words, the lexicon's too,
	// so that a message's word is looked up once, whatever it is.
	index wordIndex
	// words, stems and screens are by id: words holds no pointer, so
	// that the garbage collector need not scan it, nor a message's
	// reading of a word touch more than one small record; stems[id] is
	// the word's stem, screens[id] the safety screen's reading of it.
	words   []tableWord
	stems   []string
	screens []wordInfo
	// synLists are the vocabulary's rules by first word (synonymIndex.byFirst)
	// of the table's words that start any, which tableWord.synRules
	// indexes: rewriting a message's words reads them by id instead of
	// by the word.
	synLists [][]synonymRule
	// slang holds, by lexicon id, the ids of the words of the expansion
	// of a word that is chat shorthand (-1 for a word outside the table).
	slang [][]int32
	// screen is the safety screen whose reading of the words the table
	// holds (screens).
	screen *safetyScreen
}

// tableWords are a message's words as ids of a table, for a stage to read
// what the table holds of each; the zero value holds none.
type tableWords struct {
	ids []int32
	t   *wordTable
}

// at returns what the table holds of the message's i-th word, or nil.
func (k tableWords) at(i int) *tableWord {
	if k.ids == nil || k.ids[i] < 0 {
		return nil
	}
	return &k.t.words[k.ids[i]]
}

// absent reports whether the table was asked for the message's i-th word
// and holds no such word.
func (k tableWords) absent(i int) bool { return k.ids != nil && k.ids[i] < 0 }

// stem returns the stem of the message's i-th word, which the table
// holds (at(i) is not nil).
func (k tableWords) stem(i int) string { return k.t.stems[k.ids[i]] }

// screen returns the safety screen's reading of the message's i-th word,
// and whether the table holds it.
func (k tableWords) screen(i int) (wordInfo, bool) {
	if tw := k.at(i); tw != nil && tw.screenKnown {
		return k.t.screens[k.ids[i]], true
	}
	return wordInfo{}, false
}

// screenWords returns msg's words in its table for the safety screen s,
// when the table holds s's reading of them.
func (msg Message) screenWords(s *safetyScreen) tableWords {
	if t := msg.table; t != nil && t.screen == s {
		if ids := msg.wordIDs(t); ids != nil {
			return tableWords{ids: ids, t: t}
		}
	}
	return tableWords{}
}

// tableWord is what the stages make of one word of the table.
type tableWord struct {
	// class is the word's classes (wordClasses; its lexicon facts').
	class wordClass
	// stemHash is stemHash(stem), and unheld the domain model's weight of
	// the stem as one the base does not hold (domainModel.wordWeight).
	stemHash uint64
	unheld   float64
	// stemTerm is the matcher's term of stem, or -1 when the base has no
	// such term (Matcher.termID).
	stemTerm int32
	// res and resOK are Matcher.resolve(word), when resolved is set: for
	// every word but those only correctCached reads, which are resolved
	// when asked (their corrections are cached by the vocabulary).
	res      resolution
	resOK    bool
	resolved bool
	// contactSlip is contactSlipOf(word), as 1 + its index in
	// contactSlipTargets, or 0 for "".
	contactSlip int8
	// small is the domain model's weight of the word as a small word
	// (domainModel.small; 0 for a word that is none).
	small float64
	// screenKnown is whether the table holds what the safety screen
	// reads of the word (safetyScreen.info, in wordTable.screens).
	screenKnown bool
	// smallTalk is the small-talk lists that hold the word
	// (smallTalkListsOf).
	smallTalk smallTalkLists
	// colour is whether the word is colour in a question, not its topic,
	// when the matcher does not know it (isColour).
	colour bool
	// synRules is 1 + the index in wordTable.synLists of the rules that
	// start with the word, 0 for none, or -1 when the table has no room
	// to note them (they are then looked up by the word).
	synRules int16
}

// rulesOf returns the vocabulary's rules that start with the word whose
// id is id (synonymIndex.byFirst of it), and whether the table notes
// them; when it does not, they are byFirst's of the word.
func (t *wordTable) rulesOf(id int32) ([]synonymRule, bool) {
	switch k := t.words[id].synRules; {
	case k > 0:
		return t.synLists[k-1], true
	case k == 0:
		return nil, true
	}
	return nil, false
}

// contactSlipOf returns the contactSlipOf of the word tw is the record of.
func (tw *tableWord) contactSlipOf() string {
	if tw.contactSlip == 0 {
		return ""
	}
	return contactSlipTargets[tw.contactSlip-1]
}

// buildWordTable fills m.words once the matcher's vocabulary, its
// resolutions of everyday words, its domain model and its screen are
// built.
func (m *Matcher) buildWordTable() {
	t := &m.words
	size := len(lexiconWords) + len(m.vocab.words) + len(m.plain)
	if m.screen != nil {
		size = max(size, len(lexiconWords)+len(m.screen.resolved))
	}
	t.index = newWordIndex(size)
	t.screen = m.screen
	t.words = make([]tableWord, 0, size)
	t.stems = make([]string, 0, size)
	t.screens = make([]wordInfo, 0, size)
	read := func(w string) {
		tw, st, info := m.readTableWord(w)
		tw.colour = isColour(w)
		if rules := m.synonyms.byFirst[w]; len(rules) > 0 {
			tw.synRules = -1
			if len(t.synLists) < math.MaxInt16 {
				t.synLists = append(t.synLists, rules)
				tw.synRules = int16(len(t.synLists))
			}
		}
		t.words, t.stems, t.screens = append(t.words, tw), append(t.stems, st), append(t.screens, info)
	}
	// The lexicon first, so that each lexicon word's id is its facts' id.
	for id, w := range lexiconWords {
		t.index.add(w, int32(id))
		read(w)
	}
	add := func(w string) {
		if t.index.add(w, int32(len(t.words))) {
			read(w)
		}
	}
	for _, w := range m.vocab.words {
		add(w)
	}
	for w := range m.plain {
		add(w)
	}
	if m.screen != nil {
		for w := range m.screen.resolved {
			add(w)
		}
	}
	t.slang = make([][]int32, len(lexiconWords))
	for id, w := range lexiconWords {
		f := lexicon[w]
		if !f.isSlang {
			continue
		}
		t.slang[id] = make([]int32, len(f.slang))
		for k, x := range f.slang {
			t.slang[id][k] = t.lookup(x)
		}
	}
}

// readTableWord works out what the stages make of w: its record, its stem
// and the screen's reading of it.
func (m *Matcher) readTableWord(w string) (tw tableWord, st string, info wordInfo) {
	f := lexicon[w]
	st = stemOf(w, f)
	tw = tableWord{stemTerm: -1, small: m.domain.small[w], smallTalk: smallTalkListsOf(w)}
	if f != nil {
		tw.class = f.class
	}
	if c := contactSlipOf(w); c != "" {
		tw.contactSlip = int8(slices.Index(contactSlipTargets, c) + 1)
	}
	tw.stemHash, tw.unheld = stemHash(st), m.domain.wordWeight(st)
	if id, ok := m.termID[st]; ok {
		tw.stemTerm = id
	}
	// The steps of resolve before correctCached, which neither correct
	// nor cache.
	if i, found := m.vocab.exact[w]; found {
		tw.res, tw.resOK, tw.resolved = single(m.vocab.term[i], 1), true, true
	} else if r, found := m.plain[w]; found {
		tw.res, tw.resOK, tw.resolved = r, r.n > 0, true
	} else if tw.stemTerm >= 0 {
		tw.res, tw.resOK, tw.resolved = single(tw.stemTerm, 1), true, true
	} else if everyday[w] || everyday[st] || fillers[w] {
		tw.res, tw.resOK = m.derived(w)
		tw.resolved = true
	} else if r, ok := m.derived(w); ok {
		tw.res, tw.resOK, tw.resolved = r, true, true
	}
	if s := m.screen; s != nil {
		if f != nil {
			info, tw.screenKnown = s.lexiconInfo[f.id], true
		} else if known, ok := s.resolved[w]; ok {
			info, tw.screenKnown = known, true
		}
	}
	return tw, st, info
}

// table returns m's word table, or nil for a matcher built without one.
func (m *Matcher) table() *wordTable {
	if m == nil || m.words.index.slots == nil {
		return nil
	}
	return &m.words
}

// lookup returns w's id, or -1 for a word outside the table.
func (t *wordTable) lookup(w string) int32 { return t.index.lookup(w) }

// resolveID is m.resolve(w) for the word whose id is id (-1 outside the
// table), read from the table when the table holds it. A word of the table
// it does not resolve is one that only correctCached reads.
func (m *Matcher) resolveID(w string, id int32) (resolution, bool) {
	if id < 0 {
		// An id of -1 may be a word made by reading (a rule's meaning,
		// "knot" of "not" in "a not in my back"), which the table may
		// hold: it is looked for there.
		t := m.table()
		if t == nil {
			return m.resolve(w)
		}
		if id = t.lookup(w); id < 0 {
			// Outside the table, which holds every word of the
			// vocabulary and of m.plain.
			return m.resolveUnheld(w)
		}
	}
	if tw := &m.words.words[id]; tw.resolved {
		return tw.res, tw.resOK
	}
	return m.correctCached(w)
}

// appendTableWords is appendWordFacts that also appends each word's id in
// t (-1 for a word outside it) to ids. Each word is looked up once, in t's
// index: a word of the lexicon has its facts' id, by which its facts are
// found.
func (t *wordTable) appendWords(dst []string, facts []*wordFacts, ids []int32, normalized string) ([]string, []*wordFacts, []int32) {
	add := func(w string) {
		id := t.index.lookup(w)
		if id < 0 {
			dst, facts, ids = append(dst, w), append(facts, nil), append(ids, -1)
			return
		}
		var f *wordFacts
		if int(id) < len(lexiconFacts) {
			f = lexiconFacts[id]
			if f.isSlang {
				dst = append(dst, f.slang...)
				facts = append(facts, f.slangFacts...)
				ids = append(ids, t.slang[f.id]...)
				return
			}
		}
		dst, facts, ids = append(dst, w), append(facts, f), append(ids, id)
	}
	forEachWord(normalized, add)
	return dst, facts, ids
}

// wordIndex maps words to ids: an open-addressed hash table, probed
// linearly, of slots at most half full. A message's every word is looked
// up in it. Each slot holds its word's first eight bytes and length, so
// that a word of up to eight bytes, most words, is found or passed over
// without reading any other memory than its slot: a Go map of strings
// spent ~143 instructions per lookup, on its groups' control bytes and
// on the keys' bytes elsewhere. It is built once and only read
// afterwards.
type wordIndex struct {
	// slots holds the words by their hash; its length is a power of
	// two.
	slots []wordSlot
	// words holds the word of each id the index has been given, by id
	// ("" for an id it has not), for the bytes of words longer than a
	// slot holds; n is how many words it holds.
	words []string
	n     int
}

// wordSlot is one slot of a wordIndex.
type wordSlot struct {
	head uint64 // the word's first eight bytes (see wordHead)
	size uint32 // the word's length
	id   int32  // the word's id plus one; 0 for an empty slot
}

// newWordIndex returns an empty index with room for n words.
func newWordIndex(n int) wordIndex {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return wordIndex{slots: make([]wordSlot, size), words: make([]string, 0, n)}
}

// add gives w the id id, unless w has an id already, and reports whether
// it did; the index grows to stay at most half full. The word is looked
// for and placed in one pass over its slots.
func (x *wordIndex) add(w string, id int32) bool {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	head := wordHead(w)
	mask := uint64(len(x.slots) - 1)
	for i := wordHash(w, head) & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			*s = wordSlot{head: head, size: uint32(len(w)), id: id + 1}
			break
		}
		if s.head == head && s.size == uint32(len(w)) && x.words[s.id-1] == w {
			return false
		}
	}
	for int(id) >= len(x.words) {
		x.words = append(x.words, "")
	}
	x.words[id] = w
	x.n++
	return true
}

// grow doubles the slots (16 at least), placing every word again.
func (x *wordIndex) grow() {
	old := x.slots
	x.slots = make([]wordSlot, max(16, 2*len(old)))
	for _, s := range old {
		if s.id != 0 {
			x.place(x.words[s.id-1], s.id-1)
		}
	}
}

// place puts w, whose id is id, in the first empty slot from its hash on.
func (x *wordIndex) place(w string, id int32) {
	head := wordHead(w)
	mask := uint64(len(x.slots) - 1)
	for i := wordHash(w, head) & mask; ; i = (i + 1) & mask {
		if x.slots[i].id == 0 {
			x.slots[i] = wordSlot{head: head, size: uint32(len(w)), id: id + 1}
			return
		}
	}
}

// lookup returns w's id, or -1 for a word the index does not hold.
func (x *wordIndex) lookup(w string) int32 {
	if len(x.slots) == 0 {
		return -1
	}
	head := wordHead(w)
	mask := uint64(len(x.slots) - 1)
	for i := wordHash(w, head) & mask; ; i = (i + 1) & mask {
		s := &x.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.head == head && s.size == uint32(len(w)) && (len(w) <= 8 || x.words[s.id-1][8:] == w[8:]) {
			return s.id - 1
		}
	}
}

// wordHead returns w's first eight bytes as a little-endian number, the
// bytes past w's end zero; a word of fewer bytes is read in loads that
// may overlap, as wyhash reads short keys, instead of byte by byte.
func wordHead(w string) uint64 {
	switch n := len(w); {
	case n >= 8:
		return le64(w)
	case n >= 4:
		return le32(w) | le32(w[n-4:])<<(8*(n-4))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<(8*(n/2)) | uint64(w[n-1])<<(8*(n-1))
	}
	return 0
}

// wordHash is a hash of w, whose wordHead is head, for wordIndex: words
// are short, and a lookup hashes each word of a message once.
func wordHash(w string, head uint64) uint64 {
	const k1, k2 = 0x9e3779b97f4a7c15, 0xbf58476d1ce4e5b9
	h := (head ^ uint64(len(w))*k2) * k1
	for i := 8; i < len(w); i += 8 {
		// The rest eight bytes at a time, the last eight overlapping.
		h ^= h >> 31
		h = (h ^ le64(w[min(i, len(w)-8):])) * k2
	}
	h ^= h >> 32
	h *= k2
	return h ^ h>>29
}

// le64 returns w's first eight bytes as a little-endian number.
func le64(w string) uint64 {
	_ = w[7]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// le32 returns w's first four bytes as a little-endian number.
func le32(w string) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}
