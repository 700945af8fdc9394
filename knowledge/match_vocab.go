package knowledge

import (
	_ "embed"
	"strings"

	"github.com/sahilm/fuzzy"
)

// vocabulary knows every word of a base and corrects misspelt words to them.
// It is filled while the matcher is built; afterwards only its cache of
// corrections changes, and that cache is safe for concurrent use.
type vocabulary struct {
	// exact maps a word of the base, and each stopword, to its index.
	exact map[string]int32
	words []string
	term  []int32 // the term of each word; -1 for stopwords
	key   []bool  // whether the word appears in a title, alias or question
	df    []int32 // document frequency of the word's term (0 for stopwords)
	// keyShapes are the shapes of the key words that have a term (see
	// wordShape), filled by build: joinBroken asks keyWord of many a
	// pair of words run together, and most are of no key word's shape.
	keyShapes shapeSet

	// Indexes for correction, each from a key to word indexes.
	deletes  map[string][]int32 // the word and each one-letter deletion of it
	doubles  map[string][]int32 // the word with doubled letters made single
	sounds   map[string][]int32 // the phonetic key
	initials [26][]string       // key words by first letter, for abbreviations
	initIdx  [26][]int32
	// roots maps the derivational root of each name and question word
	// (see derivationRoot) to its term, or to -1 when words of two terms
	// share the root.
	roots map[string]int32

	cache boundedCache[string, resolution] // word -> resolution; bounded by maxCached
}

// maxCached bounds the correction cache so that a flood of nonsense cannot
// grow it without end. Past the bound, corrections are computed each time.
const maxCached = 20000

// resolution is what a query word means: up to two terms (a word run
// together from two, "backache", gives two).
type resolution struct {
	t [2]queryTerm
	n int8
}

func (v *vocabulary) init(sizeHint int) {
	// Sized for the words of the base, so that a large one does not grow
	// (and rehash) the table many times over.
	v.exact = make(map[string]int32, sizeHint)
	v.words = make([]string, 0, sizeHint)
	v.term = make([]int32, 0, sizeHint)
	v.key = make([]bool, 0, sizeHint)
	for w := range stopwords {
		v.addWord(w, -1, false)
	}
}

func (v *vocabulary) addWord(w string, id int32, key bool) {
	if i, ok := v.exact[w]; ok {
		if v.term[i] == -1 && id >= 0 {
			return // a stopword stays a stopword
		}
		v.key[i] = v.key[i] || key
		return
	}
	v.exact[w] = int32(len(v.words))
	v.words = append(v.words, w)
	v.term = append(v.term, id)
	v.key = append(v.key, key)
}

// intern records a content word of the base and returns its term, which
// stemTerm makes from the word's stem the first time the word is seen.
func (v *vocabulary) intern(w string, key bool, stemTerm func(string) int32) int32 {
	if i, ok := v.exact[w]; ok && v.term[i] >= 0 {
		if key && !v.key[i] {
			v.key[i] = true
		}
		return v.term[i]
	}
	id := stemTerm(stem(w))
	v.addWord(w, id, key)
	return id
}

// build fills the correction indexes once every word is known.
func (v *vocabulary) build(termDF []int32) {
	v.df = make([]int32, len(v.words))
	v.doubles = make(map[string][]int32, len(v.words))
	v.sounds = make(map[string][]int32, len(v.words))
	// The one-letter deletions of all words are written into one arena
	// and become one string, whose slices are the keys: a large base has
	// hundreds of thousands of them, and one allocation beats one each.
	// The index is filled afterwards, in the same order as the words.
	type deletion struct {
		wi         int32
		start, end int32 // the key in the arena; start < 0: the word itself
	}
	for i, w := range v.words {
		if v.key[i] && v.term[i] >= 0 {
			v.keyShapes.add(w)
		}
	}
	// Sized exactly first, so that neither grows by copying.
	size, count := 0, 0
	for i, w := range v.words {
		if len(w) >= 3 && len(w) <= 32 && isWord(w) && (v.key[i] || v.term[i] < 0) {
			size += len(w) * (len(w) - 1)
			count += len(w) + 1
		}
	}
	arena := make([]byte, 0, size)
	dels := make([]deletion, 0, count)
	// count bounds the keys, and most keys hold one word: each first
	// word is cut from one slab, with no room to grow into its neighbour's.
	v.deletes = make(map[string][]int32, count)
	firsts := make([]int32, count)
	for i, w := range v.words {
		wi := int32(i)
		if v.term[i] >= 0 {
			v.df[i] = termDF[v.term[i]]
		}
		if len(w) < 3 || len(w) > 32 || !isWord(w) {
			continue
		}
		// Typing errors are looked for among names and sample questions
		// (and stopwords); words only found in answers are reached by
		// their doubling and their sound. It keeps the index small.
		if v.key[i] || v.term[i] < 0 {
			dels = append(dels, deletion{wi: wi, start: -1})
			for j := 0; j < len(w); j++ {
				start := int32(len(arena))
				arena = append(append(arena, w[:j]...), w[j+1:]...)
				dels = append(dels, deletion{wi: wi, start: start, end: int32(len(arena))})
			}
		}
		d := dedouble(w)
		v.doubles[d] = append(v.doubles[d], wi)
		if p := phonetic(w); len(p) >= 2 {
			v.sounds[p] = append(v.sounds[p], wi)
		}
		if v.key[i] && v.term[i] >= 0 && len(w) >= 4 {
			c := w[0] - 'a'
			v.initials[c] = append(v.initials[c], w)
			v.initIdx[c] = append(v.initIdx[c], wi)
		}
	}
	v.roots = make(map[string]int32)
	for i, w := range v.words {
		if !v.key[i] || v.term[i] < 0 || bookCues[w] || contactCues[w] {
			// The words that ask to book or to get in touch have
			// families of their own in other requests ("a dinner
			// reservation", "a contractor"): the intent stage reads
			// those.
			continue
		}
		if r := derivationRoot(w); r != "" {
			if id, seen := v.roots[r]; !seen {
				v.roots[r] = v.term[i]
			} else if id != v.term[i] {
				v.roots[r] = -1
			}
		}
	}
	keys := string(arena)
	for _, d := range dels {
		k := v.words[d.wi]
		if d.start >= 0 {
			k = keys[d.start:d.end]
		}
		switch l := v.deletes[k]; {
		case len(l) == 0:
			firsts[0] = d.wi
			v.deletes[k] = firsts[:1:1]
			firsts = firsts[1:]
		case d.start < 0 || l[len(l)-1] != d.wi:
			v.deletes[k] = append(l, d.wi)
		}
	}
}

// isWord reports whether w is made of lowercase ASCII letters only.
func isWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// everydayText is a hand-written list of everyday English words; see the
// file's header.
//
//go:embed everyday_words.txt
var everydayText string

// everyday holds the words of everydayText and their stems. It is filled
// once when the package loads and only read afterwards.
var everyday = func() map[string]bool {
	set := make(map[string]bool, 2048)
	for line := range strings.Lines(everydayText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			set[w] = true
			set[stem(w)] = true
		}
	}
	return set
}()

// isEveryday reports whether w is a real everyday word, which the matcher
// must not read as a typo of a word of the base: "hair" is not "here",
// "car" is not "compare", "foam rolling" is not "rolfing".
func isEveryday(w string) bool {
	return everyday[w] || everyday[stem(w)]
}

// resolve finds the terms that a content word of a question means: the word
// itself, its stem, or, for a word the base does not know, its correction.
// ok is false when the word means nothing the base knows. An everyday
// English word the base does not hold is never corrected: it is unknown.
func (m *Matcher) resolve(w string) (r resolution, ok bool) {
	if i, found := m.vocab.exact[w]; found {
		return single(m.vocab.term[i], 1), true
	}
	if r, found := m.plain[w]; found {
		return r, r.n > 0
	}
	return m.resolveUnheld(w)
}

// resolveUnheld is resolve for a word that neither the vocabulary nor
// m.plain holds, whose first two lookups would miss.
func (m *Matcher) resolveUnheld(w string) (r resolution, ok bool) {
	if r, found := m.cachedCorrection(w); found {
		// Only a word that none of the steps below reads is corrected
		// (see correctCached), so a cached word skips them.
		return r, r.n > 0
	}
	st := stem(w)
	if id, found := m.termID[st]; found {
		return single(id, 1), true
	}
	if everyday[w] || everyday[st] || fillers[w] { // isEveryday, with the stem at hand
		return m.derived(w)
	}
	if r, ok := m.derived(w); ok {
		return r, true
	}
	return m.correctCached(w)
}

// correctCached is the last steps of resolve, for a word the base does not
// hold as it is, by its stem or by its family, and that is no everyday
// word: a dropped g ("hurtin"), then the word's correction, cached.
func (m *Matcher) correctCached(w string) (resolution, bool) {
	if len(w) >= 5 && strings.HasSuffix(w, "in") {
		// A dropped g ("hurtin", "achin") is the -ing word.
		if r, ok := m.resolve(w + "g"); ok {
			return r, true
		}
	}
	if r, found := m.cachedCorrection(w); found {
		return r, r.n > 0
	}
	r := m.correct(w)
	if we, ok := droppedE(w); ok && r.n == 0 {
		// "all the tim", which no word of the base is near: the
		// everyday word with its silent e.
		r, _ = m.resolve(we)
	}
	m.vocab.cache.store(w, r, maxCached)
	return r, r.n > 0
}

// cachedCorrection returns the correction of w that correctCached cached.
func (m *Matcher) cachedCorrection(w string) (resolution, bool) {
	return m.vocab.cache.load(w)
}

// resolvePlain fills m.plain: what resolve makes of each everyday word and
// filler the base does not hold as it is, worked out once, so that these
// common words of questions take one lookup instead of four. It runs once
// the base's terms are all known.
func (m *Matcher) resolvePlain() {
	m.plain = make(map[string]resolution, len(everyday)+len(fillers))
	add := func(w string) {
		if _, found := m.vocab.exact[w]; found {
			return // resolve finds it first
		}
		if id, found := m.termID[stem(w)]; found {
			m.plain[w] = single(id, 1)
			return
		}
		if r, ok := m.derived(w); ok && !fillers[w] {
			m.plain[w] = r
			return
		}
		m.plain[w] = resolution{} // unknown: never corrected
	}
	for w := range everyday {
		add(w)
	}
	for w := range fillers {
		add(w)
	}
}

// derivationalSuffixes make a noun, adjective or verb of a root: the
// longest that fits is taken off (see derivationRoot).
var derivationalSuffixes = []string{"ations", "ation", "atory", "ating", "ated", "ates", "ate",
	"ities", "ity", "ions", "ion", "ive", "ness", "ments", "ment", "e"}

// minRoot is the shortest derivational root that tells a word family
// apart: "immun" (immune, immunity), "circul" (circulate, circulation).
const minRoot = 5

// derivationRoot returns w without its derivational suffix, when what is
// left is at least minRoot letters, or "".
func derivationRoot(w string) string {
	for _, suf := range derivationalSuffixes {
		if len(w)-len(suf) >= minRoot && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return ""
}

// derivedConfidence is how sure a word of another form of a base word's
// family ("immunity" for "immune") is to mean it.
const derivedConfidence = 0.85

// derived reads w, a word the base does not hold, as another form of a
// name or question word of the base with the same derivational root:
// "immunity" as "immune", "circulate" as "circulation". Stemming meets
// inflections ("knots", "knotted"); this meets the word's family, which
// lay writers use where the base has one form.
func (m *Matcher) derived(w string) (resolution, bool) {
	r := derivationRoot(w)
	if r == "" {
		return resolution{}, false
	}
	if id, found := m.vocab.roots[r]; found && id >= 0 {
		return single(id, derivedConfidence), true
	}
	return resolution{}, false
}

func single(id int32, conf float32) resolution {
	return resolution{t: [2]queryTerm{{id: id, conf: conf}}, n: 1}
}

// correct finds the vocabulary word that a misspelt word most likely means.
// It tries, in turn: letters doubled or undoubled ("masage"), a few typing
// errors ("tirgger", "swedsh", "mayofacial"), the same sound ("masaj",
// "tishoo"), two known words run together ("backache"), two slips in a long
// word ("tecgniqes"), and an abbreviation ("appt"). The confidence falls
// with the size of the error (see slipCost and typoConfidence).
func (m *Matcher) correct(w string) resolution {
	if len(w) < 3 || len(w) > 32 || !isWord(w) {
		return resolution{}
	}
	if r, ok := m.silentLetter(w); ok {
		return r
	}
	v := &m.vocab
	maxD := maxTypos(len(w))
	sound := phonetic(w)
	bestCost := math32Inf
	best := int32(-1)
	consider := func(wi int32, dist float32) {
		cand := v.words[wi]
		cost := dist
		if dist == 1 {
			cost = slipCost(w, cand)
		}
		if phonetic(cand) == sound {
			cost -= 0.4
		}
		if cand[0] != w[0] {
			// A short word with a new first letter is another word,
			// unless only that letter is a neighbouring key ("vack").
			if len(w) <= 4 && (len(w) != len(cand) || !keyNeighbours(w[0], cand[0]) || w[1:] != cand[1:]) {
				return
			}
			cost += 0.3
		}
		if v.term[wi] < 0 {
			cost += 0.1 // prefer a content word at equal distance
		}
		if !v.key[wi] {
			cost += 0.05 // prefer names and questions over answers
		}
		if cost < bestCost || cost == bestCost && (v.df[wi] > v.df[best] || v.df[wi] == v.df[best] && cand < v.words[best]) {
			bestCost, best = cost, wi
		}
	}
	for _, wi := range v.doubles[dedouble(w)] {
		consider(wi, 0.5) // a letter doubled or undoubled is the mildest error
	}
	if best < 0 {
		var buf [33]byte
		try := func(k string) {
			for _, wi := range v.deletes[k] {
				cand := v.words[wi]
				d := osa(w, cand, max(maxD, 1))
				switch {
				case d <= maxD:
					consider(wi, float32(d))
				case d == 1 && len(w) == 3 && phonetic(cand) == sound:
					consider(wi, 1) // "bak" for "back": short, but sounds the same
				}
			}
		}
		try(w)
		for j := 0; j < len(w); j++ {
			k := append(append(buf[:0], w[:j]...), w[j+1:]...)
			try(string(k))
		}
	}
	if best < 0 && len(w) >= 4 && len(sound) >= 2 {
		for _, wi := range v.sounds[sound] {
			cand := v.words[wi]
			if limit := (len(w) + 1) / 2; osa(w, cand, limit) <= limit {
				// Sounding the same is as good as one typo, however
				// differently it is spelt ("masaj", "massage").
				consider(wi, 1.4)
			}
		}
	}
	if best >= 0 {
		if v.term[best] < 0 {
			return single(-1, 1) // a misspelt stopword ("helo") means nothing
		}
		return single(v.term[best], typoConfidence(bestCost, len(w)))
	}
	if r, ok := m.vocabularySlip(w); ok {
		return r
	}
	if r := m.split(w); r.n > 0 {
		return r
	}
	if maxD >= 2 {
		// Two slips in a long word ("tecniqued") are out of reach of
		// the deletion index, which finds one slip on each side. The
		// names and questions that start with the same letter are few
		// enough to compare one by one, and only on a cache miss.
		c := w[0] - 'a'
		for k, cand := range v.initials[c] {
			if d := len(cand) - len(w); d >= -maxD && d <= maxD && osa(w, cand, maxD) <= maxD {
				consider(v.initIdx[c][k], float32(maxD))
			}
		}
	}
	if best >= 0 {
		return single(v.term[best], typoConfidence(bestCost, len(w)))
	}
	return m.abbreviation(w)
}

const math32Inf = float32(1e30)

// vocabularySlip reads w as a one-word phrase of the vocabulary typed with
// one slip ("lumbr" for "lumbar": see synonymIndex.slippedWord), which
// then means what the phrase means, each of its words at the confidence
// of one slip. A meaning of more than two words, or one whose words the
// base does not hold, is not read this way.
func (m *Matcher) vocabularySlip(w string) (resolution, bool) {
	rule, ok := m.synonyms.slippedWord(w)
	if !ok || len(rule.to) > len(resolution{}.t) {
		return resolution{}, false
	}
	conf := typoConfidence(slipCost(w, rule.from[0]), len(w))
	var r resolution
	for _, t := range rule.to {
		id, found := m.termID[stem(t)]
		if i, ok := m.vocab.exact[t]; ok && m.vocab.term[i] >= 0 {
			id, found = m.vocab.term[i], true
		}
		if !found {
			return resolution{}, false
		}
		r.t[r.n] = queryTerm{id: id, conf: conf}
		r.n++
	}
	return r, true
}

// silentStarts are the silent first letters that writers drop, by the
// letter that is then first: "nots" and "notted" for knots and knotted,
// "rist" for wrist.
var silentStarts = map[byte]byte{'n': 'k', 'r': 'w'}

// silentLetter reads w as a word of the base written without its silent
// first letter ("nots" as "knots"), which the corrections above never
// find: a short word with a new first letter is another word to them.
func (m *Matcher) silentLetter(w string) (resolution, bool) {
	c, ok := silentStarts[w[0]]
	if !ok {
		return resolution{}, false
	}
	full := string(c) + w
	if i, found := m.vocab.exact[full]; found && m.vocab.term[i] >= 0 {
		return single(m.vocab.term[i], silentConfidence), true
	}
	if id, found := m.termID[stem(full)]; found {
		return single(id, silentConfidence), true
	}
	return resolution{}, false
}

// silentConfidence is how sure a word read without its silent letter is:
// as sure as one mild slip.
const silentConfidence = 0.9

// typoConfidence is how sure the matcher is that a word of n letters, read
// as a word of the base at cost cost, means it: each whole edit takes 0.15
// off, between 0.55 and 0.95. In a word longer than sureLength an edit takes
// off less, in proportion: one slip in "theraist" leaves little doubt,
// while one in a four-letter word may well be another word.
func typoConfidence(cost float32, n int) float32 {
	if n > sureLength {
		cost *= sureLength / float32(n)
	}
	return min(max(1-0.15*cost, 0.55), 0.95)
}

// sureLength is the word length past which a typo costs less confidence.
const sureLength = 6

// split reads w as two known words run together: "backache", "trigerpoint".
func (m *Matcher) split(w string) resolution {
	if len(w) < 6 {
		return resolution{}
	}
	part := func(p string) (int32, bool) {
		if i, ok := m.vocab.exact[p]; ok && m.vocab.term[i] >= 0 {
			return m.vocab.term[i], true
		}
		if ws := m.vocab.doubles[dedouble(p)]; len(ws) > 0 && m.vocab.term[ws[0]] >= 0 && len(p) >= 4 {
			return m.vocab.term[ws[0]], true
		}
		return 0, false
	}
	for i := 3; i <= len(w)-3; i++ {
		a, okA := part(w[:i])
		if !okA {
			continue
		}
		if b, okB := part(w[i:]); okB {
			return resolution{t: [2]queryTerm{{id: a, conf: 0.9}, {id: b, conf: 0.9}}, n: 2}
		}
	}
	return resolution{}
}

// abbreviation reads w as a shortening of a longer name of the base: "appt"
// for "appointment", "tech" for "techniques". A shortening keeps the first
// letter and has few vowels, or is a long enough prefix. Subsequence
// matching is what github.com/sahilm/fuzzy does.
func (m *Matcher) abbreviation(w string) resolution {
	c := w[0] - 'a'
	names := m.vocab.initials[c]
	if len(names) == 0 {
		return resolution{}
	}
	vowels := 0
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) {
			vowels++
		}
	}
	for _, f := range fuzzy.Find(w, names) {
		cand := names[f.Index]
		prefix := strings.HasPrefix(cand, w)
		short := vowels <= 1 && len(w)*3 >= len(cand)
		if len(cand) > len(w) && (prefix && len(w) >= 4 || short) {
			return single(m.vocab.term[m.vocab.initIdx[c][f.Index]], 0.7)
		}
	}
	return resolution{}
}
