package knowledge

import "slices"

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
	index map[string]int32
	// words, stems and screens are by id: words holds no pointer, so
	// that the garbage collector need not scan it, nor a message's
	// reading of a word touch more than one small record; stems[id] is
	// the word's stem, screens[id] the safety screen's reading of it.
	words   []tableWord
	stems   []string
	screens []wordInfo
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
	t.index = make(map[string]int32, size)
	t.screen = m.screen
	t.words = make([]tableWord, 0, size)
	t.stems = make([]string, 0, size)
	t.screens = make([]wordInfo, 0, size)
	read := func(w string) {
		tw, st, info := m.readTableWord(w)
		t.words, t.stems, t.screens = append(t.words, tw), append(t.stems, st), append(t.screens, info)
	}
	// The lexicon first, so that each lexicon word's id is its facts' id.
	for id, w := range lexiconWords {
		t.index[w] = int32(id)
		read(w)
	}
	add := func(w string) {
		if t.lookup(w) >= 0 {
			return
		}
		t.index[w] = int32(len(t.words))
		read(w)
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
	tw = tableWord{stemTerm: -1, small: m.domain.small[w]}
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
	if m == nil || m.words.index == nil {
		return nil
	}
	return &m.words
}

// lookup returns w's id, or -1 for a word outside the table.
func (t *wordTable) lookup(w string) int32 {
	if id, ok := t.index[w]; ok {
		return id
	}
	return -1
}

// resolveID is m.resolve(w) for the word whose id is id (-1 outside the
// table), read from the table when the table holds it. A word of the table
// it does not resolve is one that only correctCached reads.
func (m *Matcher) resolveID(w string, id int32) (resolution, bool) {
	if id < 0 {
		return m.resolve(w)
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
		id, ok := t.index[w]
		if !ok {
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
