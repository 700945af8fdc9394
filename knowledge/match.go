package knowledge

import (
	"maps"
	"math"
	"slices"
	"strings"
	"sync"
)

// DefaultThreshold is the confidence at or above which the bot answers.
// Scores are calibrated (params.gamma) so that on the labelled questions in
// testdata this is where answering stops paying: off-topic questions that
// share a word with an entry ("swedish meatballs", "trigger warning") score
// below it, real questions with typos above.
const DefaultThreshold = 0.5

// MatchOptions tune a Matcher. The zero value uses the defaults.
type MatchOptions struct {
	// Threshold is the confidence in [0, 1] at or above which a match is
	// confident enough to answer. Zero means DefaultThreshold.
	Threshold float64
}

// Candidate is an entry with the matcher's confidence in it.
type Candidate struct {
	Entry *Entry
	Score float64
}

// Match is what the matcher made of one question.
type Match struct {
	// Best is the most likely entry, or nil when nothing is plausible.
	Best *Entry
	// Score is the confidence in Best, in [0, 1].
	Score float64
	// Confident reports whether Best may be given as the answer.
	Confident bool
	// Suggestions are up to 3 other plausible entries, best first.
	Suggestions []Candidate
	// Named are the techniques whose whole name (title, id or alias) the
	// question holds, in file order: "swedish or deep tissue" names two.
	// The pipeline compares them, or books the one named.
	Named []*Entry
}

// How much each place where a word appears counts as evidence for an
// entry. Titles and aliases are names of the entry; sample questions are
// phrasings of it; the answer merely mentions things.
const (
	weightName     = 1.0
	weightQuestion = 0.9
	weightAnswer   = 0.4
)

// params are the knobs of scoring. They were chosen by a grid search over
// a few values each, scored on the labelled questions of
// testdata/questions.yaml as a whole (never on single questions);
// testdata/questions_holdout.yaml was kept out of that search. Later
// changes were mechanisms, not knob turns, each checked on that set and on
// the leave-one-out run of loo_test.go before the held-out summaries.
type params struct {
	// minWeight keeps words found in every entry ("massage" in a massage
	// clinic's base) from weighing nothing when telling entries apart.
	minWeight float64
	// coverFloor is the least weight a known word has when measuring how
	// much of a question the base, or one entry, explains: every word of
	// the base, even a common one, shows what the question is about.
	coverFloor float64
	// unknownWeight is the weight of a question word found nowhere in the
	// base: "meatball" in "swedish meatball" is what the question is
	// about, so it counts against every entry.
	unknownWeight float64
	// unknownDecay < 1 makes each further unknown word count less, since
	// long messages carry words of their own ("moving", "apartment").
	unknownDecay float64
	// evidenceScale sets how much matched weight makes a match sure: a
	// single generic word is not enough, a distinctive name is.
	evidenceScale float64
	// phraseBonus is added evidence for a whole multi-word name found in
	// order ("deep tissue", "trigger point").
	phraseBonus float64
	// nameCover, questionCover, entryCover and domainCover are the
	// exponents of the four coverages multiplied into a score: how much of
	// the best name or sample question of the entry the question contains;
	// how much of the question that unit explains; how much of the
	// question the whole entry explains, its answer included; and how much
	// of the question the base knows at all (unknown words count against
	// every entry).
	nameCover, questionCover, entryCover, domainCover float64
	// rankCover is the exponent of the entry's coverage of the question
	// when ranking entries, where it matters more than for confidence:
	// the entry that explains the question's distinctive words wins.
	rankCover float64
	// answerOnlyDF is how much an entry that mentions a term only in its
	// answer counts towards the term's document frequency: mentions say
	// less about what an entry is about than its names do.
	answerOnlyDF float64
	// weakWord scales the weight of question words such as "who" and
	// "why": they steer between entries but are no evidence alone.
	weakWord float64
	// gamma calibrates the score into a confidence: conf = score^gamma,
	// so that DefaultThreshold falls where answers stop being right.
	gamma float64
	// intentSteer is how much a question asking for a treatment ("how do
	// I get rid of knots", see intentTreat in text.go) favours the entries
	// whose own sample questions ask for one: a factor 1+intentSteer on
	// their rank and on their score when weighing rivals. It orders
	// entries; it never raises a confidence itself. 0.2 was the best of
	// 0.2, 0.3 and 0.5 on the development set and leave-one-out runs
	// without moving any held-out summary down.
	intentSteer float64
	// answerUnit is the most a technique's answer counts as one more of
	// its units when a question describes a technique instead of naming
	// it (see describes): "the one where they lean an elbow in" uses the
	// answer's words, not the name. It is scored by how much of the
	// question the answer explains, and is a fraction of weightName, so
	// that a name or sample question the question matches outranks it.
	answerUnit float64
	// topicShare is the share of a question's topic weight that the
	// base must explain for a confident answer; below it, confidence is
	// capped in proportion (see Match). The topic is the question's
	// content words but fillers, each weighed by its idf; words the base
	// does not hold, everyday words included, weigh as a word found in no
	// entry and are unexplained. It keeps "is massage covered by my
	// benefits plan" from a confident answer on the strength of one exact
	// name. 0.36 and 0.38 cost nothing on the development set and the
	// leave-one-out runs, 0.40 and above did; 0.36 keeps a margin.
	topicShare float64
}

var defaultParams = params{
	minWeight:     0.5,
	coverFloor:    1.2,
	unknownWeight: 1.8,
	unknownDecay:  0.5,
	evidenceScale: 2,
	phraseBonus:   0,
	nameCover:     1.5,
	questionCover: 0,
	entryCover:    0.5,
	domainCover:   1.5,
	rankCover:     0.5,
	answerOnlyDF:  0.3,
	weakWord:      0.4,
	gamma:         0.47,
	intentSteer:   0.2,
	answerUnit:    0.8,
	topicShare:    0.36,
}

// weakWords are question words that matter only with others: "which"
// asks to choose ("which massage"), "why" for causes, "where" for a place.
var weakWords = setOf("who why where when whom whose which")

const (
	// ambiguityRatio: when the runner-up scores at least this fraction of
	// the best, the question is ambiguous. Confidence then falls by up to
	// half for an unrelated rival, and by up to relatedAmbiguity for a
	// related one.
	ambiguityRatio = 0.8
	// relatedAmbiguity is the most a related rival costs, 40% of what an
	// unrelated one does: a related entry's answer is partly an answer
	// too, and its suggestion follows. 0.25 made a near tie of a topic
	// and its technique ("knots in my upper back": trigger points and
	// trigger point therapy, either of which answers it) fall below the
	// threshold; 0.2 answers those without a confident wrong answer more
	// on any set, 0.15 answered an out-of-scope question.
	relatedAmbiguity = 0.2
	// suggestionRatio: other entries scoring at least this fraction of the
	// best are offered as suggestions.
	suggestionRatio = 0.35
	// plausibleFraction of the threshold is the confidence below which
	// Match names no entry at all: the question is not about the base.
	plausibleFraction = 0.55
	// maxQueryTerms bounds the work for very long messages.
	maxQueryTerms = 48
)

// Matcher turns questions into entries of one Base. It is built once per
// base by NewMatcher and then only read, so it is safe for concurrent use.
type Matcher struct {
	base      *Base
	threshold float64
	p         params

	// terms are the stems of the base with their weight and postings.
	terms  []termInfo
	termID map[string]int32
	// units are the titles, aliases and sample questions of all entries;
	// unitScores[i] is what scoring reads of units[i], packed apart.
	units      []unit
	unitScores []unitScore
	// related[i] holds the indexes of the entries related to entry i, in
	// either direction, sorted.
	related [][]int32

	// commonDF: terms in more entries than this are common; when a
	// question also has rarer terms, common ones only add to the entries
	// the rarer ones found, so that "back" does not visit every entry.
	commonDF int

	// treats[i] reports whether a sample question of entry i asks for a
	// treatment (see intentTreat): such an entry answers those questions.
	treats []bool
	// namesakes[i] is the technique named in the title of topic i that the
	// topic relates to ("What are trigger points?": Trigger Point Therapy),
	// or -1 (see creditNamesakes).
	namesakes []int32
	// floorBase and rivalBase bound a candidate's score before it is
	// worked out (see scoreBounds).
	floorBase, rivalBase float64
	// unknownIDF is the idf of a word found in no entry, the weight of a
	// question word the base does not know when measuring its topic.
	unknownIDF float64
	// decays[i] is params.unknownDecay to the power i, for the i-th
	// unknown word of a question (at most maxQueryTerms of them).
	decays [maxQueryTerms]float64

	// clinicName is the words of the clinic's name, normalised, without
	// the small words it starts with: "where is synergy massage" asks
	// where the clinic is (see asksWhereClinicNamed).
	clinicName []string

	vocab vocabulary
	// plain holds the resolutions of everyday words and fillers that are
	// not words of the base (see resolvePlain).
	plain    map[string]resolution
	synonyms synonymIndex
	domain   domainModel
	screen   *safetyScreen
	scratch  sync.Pool // of *scratch, reused between calls to Match
	// words is every word the base knows, with what the stages make of
	// it (see wordTable), built last.
	words wordTable

	// replyParts are the parts of replies that depend only on the base
	// (see answerParts), built once.
	replyParts *replyParts
	// titleKeys are the distinctive parts of the techniques' titles (see
	// titleAt), built once.
	titleKeys map[*Entry]string
	// longNames are the titleKeys of two words or more, trimmed ("deep
	// tissue", "trigger point"), in file order (see foreignAfterName).
	longNames []string
	// longFirsts are the word table's ids of the first words of
	// longNames, by which most messages are seen to hold none without
	// looking for them; nil when the table holds one of them not.
	longFirsts []int32

	// bookingURLs caches tracked booking links by [source, campaign],
	// up to maxCachedURLs of them (see trackedBookingLink).
	bookingURLs boundedCache[[2]string, *Link]
}

type termInfo struct {
	weight  float32       // idf: how well the term tells entries apart
	cover   float32       // the term's weight when measuring coverage
	units   []unitPosting // units containing the term, ascending
	entries []termPosting // entries containing the term, ascending
}

type unitPosting struct {
	unit, entry int32
	// lead marks the unit of least total among the units of its entry
	// and weight that hold the term (the first, on a tie): a question
	// that matches a unit only by this term scores it no higher than
	// its lead, which matches at least as much of less (see scoreUnits).
	lead bool
}

// leadMarker marks the leads among a base's unit postings (see
// unitPosting) as they are made, in unit order, and so entry by entry: for
// each term and weight it holds the lead of the current entry so far.
type leadMarker [][2]struct {
	entry, posting int32
	total          float32
}

// newLeadMarker returns a leadMarker for terms terms, with no leads yet.
func newLeadMarker(terms int) leadMarker {
	l := make(leadMarker, terms)
	for i := range l {
		l[i][0].entry, l[i][1].entry = -1, -1
	}
	return l
}

// post appends to postings, term id's, the posting of u, unit ui, whose
// total is known, and makes it the lead of its entry and weight when no
// unit before it had less total.
func (l leadMarker) post(postings []unitPosting, id, ui int32, u *unit) []unitPosting {
	postings = append(postings, unitPosting{unit: ui, entry: u.entry})
	lead := &l[id][0]
	if u.weight != weightName {
		lead = &l[id][1]
	}
	if lead.entry != u.entry || u.total < lead.total {
		if lead.entry == u.entry {
			postings[lead.posting].lead = false
		}
		lead.entry, lead.posting, lead.total = u.entry, int32(len(postings)-1), u.total
		postings[len(postings)-1].lead = true
	}
	return postings
}

type termPosting struct {
	entry  int32
	field  float32 // the best weight of a field of the entry holding the term
	answer bool    // the entry's answer holds the term
}

// unit is one title, alias or sample question.
type unit struct {
	entry  int32
	weight float32 // weightName or weightQuestion
	total  float32 // the summed weight of its distinct terms
	terms  []int32 // its content terms in order
}

// unitScore is what Match's hottest loop, the score of each unit the
// question touches, reads of a unit: 24 bytes, where unit and its entry's
// kind are 40 bytes and a record of the base apart.
type unitScore struct {
	entry  int32
	weight float32 // weightName or weightQuestion
	// total is float64(unit.total), the unit's weight.
	total float64
	// namedAt is namedShare*total for a name of a technique, the weight a
	// question must match to name it in full (Match.Named), and +Inf for
	// other units, which never name one.
	namedAt float64
}

// newUnitScore packs what scoring reads of u, whose entry is a technique
// or not.
func newUnitScore(u *unit, technique bool) unitScore {
	us := unitScore{entry: u.entry, weight: u.weight, total: float64(u.total), namedAt: math.Inf(1)}
	if u.weight == weightName && technique {
		us.namedAt = namedShare * us.total
	}
	return us
}

// NewMatcher indexes b for matching. Everything Match needs is computed
// here, so that Match only reads.
func NewMatcher(b *Base, opts MatchOptions) *Matcher {
	t := opts.Threshold
	if t <= 0 || t > 1 {
		t = DefaultThreshold
	}
	return newMatcher(b, t, defaultParams)
}

func newMatcher(b *Base, t float64, p params) *Matcher {
	n := len(b.Entries)
	// A guess at the number of distinct terms, so that a large base does
	// not grow (and rehash) its term tables many times over.
	guess := 1024 + 4*n
	m := &Matcher{base: b, threshold: t, p: p, termID: make(map[string]int32, guess)}
	m.terms = make([]termInfo, 0, guess)
	m.treats = make([]bool, n)
	m.clinicName = strings.Fields(Normalize(b.Clinic.Name))
	for len(m.clinicName) > 0 && stopwords[m.clinicName[0]] {
		m.clinicName = m.clinicName[1:]
	}
	m.vocab.init(guess)
	// The base's own text is read through its vocabulary too, so that both
	// sides of a match speak of "lower back" when one says "lumbar".
	m.synonyms = buildSynonyms(b.Vocabulary)
	m.synonyms.held = writtenWords(b)
	domain := newDomainCounter(defaultDomainParams, guess)
	// read normalises text, once, counts it for the domain model and
	// returns its content words with the vocabulary applied, in dst.
	var raw, plain []string
	read := func(dst []string, text string) []string {
		raw = appendWords(raw[:0], Normalize(text))
		plain = appendContent(plain[:0], raw)
		return m.synonyms.rewriteIn(dst[:0], plain, raw)
	}
	var ids []int32

	df := make([]int32, 0, guess)     // entries with the term anywhere
	keyDF := make([]int32, 0, guess)  // entries with the term in a name or question
	seenIn := make([]int32, 0, guess) // last entry that counted a term
	intern := func(s string) int32 {
		id, ok := m.termID[s]
		if !ok {
			id = int32(len(m.terms))
			m.termID[s] = id
			m.terms = append(m.terms, termInfo{})
			df = append(df, 0)
			keyDF = append(keyDF, 0)
			seenIn = append(seenIn, -1)
		}
		return id
	}
	post := func(e int32, id int32, field float32) {
		ti := &m.terms[id]
		if seenIn[id] != e {
			seenIn[id] = e
			df[id]++
			if field > weightAnswer {
				keyDF[id]++
			}
			ti.entries = append(ti.entries, termPosting{entry: e, field: field, answer: field == weightAnswer})
			return
		}
		last := &ti.entries[len(ti.entries)-1]
		if field > weightAnswer && last.field <= weightAnswer {
			keyDF[id]++
		}
		last.field = max(last.field, field)
		last.answer = last.answer || field == weightAnswer
	}
	var words []string
	// The units' terms are cut from shared slabs rather than allocated
	// one by one: a large base has tens of thousands of units.
	var slab []int32
	nUnits := 0
	for i := range b.Entries {
		nUnits += 2 + len(b.Entries[i].Aliases) + len(b.Entries[i].Questions)
	}
	m.units = make([]unit, 0, nUnits)
	for i := range b.Entries {
		e := &b.Entries[i]
		ei := int32(i)
		addUnit := func(text string, weight float32, key bool) {
			words = read(words, text)
			u := unit{entry: ei, weight: weight}
			if cap(slab)-len(slab) < len(words) {
				slab = make([]int32, 0, max(4096, len(words)))
			}
			start := len(slab)
			for _, w := range words {
				id := m.vocab.intern(w, key, intern)
				post(ei, id, weight)
				slab = append(slab, id)
			}
			u.terms = slab[start:len(slab):len(slab)]
			domain.add(raw, u.terms, 1, true)
			if len(u.terms) > 0 {
				m.units = append(m.units, u)
			}
		}
		addUnit(e.Title, weightName, true)
		addUnit(strings.ReplaceAll(e.ID, "-", " "), weightName, true)
		for _, a := range e.Aliases {
			addUnit(a, weightName, true)
		}
		for _, q := range e.Questions {
			addUnit(q, weightQuestion, true)
			if readIntent(raw) == intentTreat {
				m.treats[i] = true
			}
		}
		words = read(words, e.Answer)
		ids = ids[:0]
		for _, w := range words {
			id := m.vocab.intern(w, false, intern)
			post(ei, id, weightAnswer)
			ids = append(ids, id)
		}
		domain.add(raw, ids, defaultDomainParams.answerWeight, false)
	}
	// The safety screen needs only the base's words, all known now: it is
	// built on another core while the index is finished here.
	screen := goBuild(func() *safetyScreen {
		return buildScreen(SafetyExtensions{Concepts: b.Safety.Concepts, Groups: b.Safety.Groups, Phrases: b.Safety.Phrases}, m.vocab.words)
	})
	// BM25's idf: rare terms say more about which entry is meant.
	for s, id := range m.termID {
		d := float64(keyDF[id]) + p.answerOnlyDF*float64(df[id]-keyDF[id])
		w := max(math.Log(1+(float64(n)-d+0.5)/(d+0.5)), p.minWeight)
		if weakWords[s] {
			w *= p.weakWord
		}
		m.terms[id].weight = float32(w)
		m.terms[id].cover = float32(max(w, p.coverFloor))
	}
	var sorted []int32
	leads := newLeadMarker(len(m.terms))
	m.unitScores = make([]unitScore, len(m.units))
	technique := false // whether the entry of the units so far is a technique
	for ui := range m.units {
		u := &m.units[ui]
		sorted = append(sorted[:0], u.terms...)
		slices.Sort(sorted)
		sorted = slices.Compact(sorted)
		for _, id := range sorted {
			u.total += m.terms[id].weight
		}
		for _, id := range sorted {
			m.terms[id].units = leads.post(m.terms[id].units, id, int32(ui), u)
		}
		if ui == 0 || u.entry != m.units[ui-1].entry {
			technique = b.Entries[u.entry].Kind == KindTechnique
		}
		m.unitScores[ui] = newUnitScore(u, technique)
	}
	m.related = make([][]int32, n)
	index := make(map[string]int, n)
	for i := range b.Entries {
		index[b.Entries[i].ID] = i
	}
	for i := range b.Entries {
		for _, rid := range b.Entries[i].Related {
			if j, ok := index[rid]; ok && j != i {
				m.related[i] = append(m.related[i], int32(j))
				m.related[j] = append(m.related[j], int32(i))
			}
		}
	}
	for i := range m.related {
		slices.Sort(m.related[i])
		m.related[i] = slices.Compact(m.related[i])
	}
	m.vocab.build(df)
	m.resolvePlain()
	m.unknownIDF = math.Log(1 + (float64(n)+0.5)/0.5)
	for i := range m.decays {
		m.decays[i] = math.Pow(p.unknownDecay, float64(i))
	}
	m.commonDF = max(256, n/16)
	m.scoreBounds()
	m.replyParts = newReplyParts(b, index)
	m.titleKeys = titleKeys(b)
	m.longNames = longNames(b, m.titleKeys)
	m.namesakes = namesakes(b, m.titleKeys)
	m.domain = domain.model(m.termID)
	m.screen = screen.wait()
	m.buildWordTable()
	m.longFirsts = longFirstIDs(m.table(), m.longNames)
	m.scratch.New = func() any {
		return &scratch{
			entry:  make([]float32, n),
			answer: make([]float32, n),
			unit:   make([]float32, len(m.units)),
			units:  make([]int32, 0, len(m.units)+1),
			scored: make([]int32, 0, len(m.units)+1),
			best:   make([]float32, n),
		}
	}
	return m
}

// goBuild runs build in a goroutine and returns its pending result. build
// only computes, so waiting for it takes as long as the work.
func goBuild[T any](build func() T) pending[T] {
	done := make(chan built[T], 1)
	go func() {
		var r built[T]
		defer func() {
			r.panic = recover()
			done <- r
		}()
		r.value = build()
	}()
	return pending[T]{done}
}

// pending is the result of a goBuild; the zero pending has none.
type pending[T any] struct{ done chan built[T] }

type built[T any] struct {
	value T
	panic any
}

// wait returns the result. A panic in build is raised again here, in the
// caller's goroutine, as if build had run there.
func (p pending[T]) wait() T {
	r := <-p.done
	if r.panic != nil {
		panic(r.panic)
	}
	return r.value
}

// discard waits for a result nobody needs, panic included, so that no
// work is left running.
func (p pending[T]) discard() {
	if p.done != nil {
		<-p.done
	}
}

// Base returns the knowledge base the matcher was built from.
func (m *Matcher) Base() *Base { return m.base }

// Threshold returns the confidence at or above which a match is confident.
func (m *Matcher) Threshold() float64 { return m.threshold }

// scratch holds the per-call accumulators of Match. Only the touched slots
// are reset, so a call costs what the question's terms cost, not the size
// of the base.
type scratch struct {
	entry   []float32 // matched floored query weight per entry
	answer  []float32 // matched query weight per entry, in its answer
	unit    []float32 // matched query weight per unit
	best    []float32 // best unit score per entry
	touched []int32   // entries with a non-zero entry slot
	units   []int32   // units with a non-zero unit slot
	// scored holds the units that scoreUnits must score: each unit that
	// holds two of the question's terms, and each lead (see unitPosting),
	// some more than once.
	scored  []int32
	query   []queryTerm
	seq     []int32  // the query's known terms in order, for phrases
	content []string // the question's content words
	causes  []string // what its pain comes from (see appendSourcesOfPain)
	words   []string // its content words with the vocabulary applied
	// contentIDs[i] is content[i]'s id in the matcher's word table, or -1;
	// wordIDs the same of words, as far as the vocabulary left them as
	// they were.
	contentIDs, wordIDs []int32
	// res[i] is what words[i] resolves to, for the words analyze read;
	// of is the message words they came from (see holds).
	res []resolved
	of  []string
	// classes and stems are the domain model's reading of a message's
	// words (see domainWith).
	classes []wordClass
	stems   []string
	// readStems[i] is the stem of the base's word that the i-th word is
	// read as when typed with slips, else stems[i].
	readStems []string
	named     []namedAt // techniques whose name the question holds in full
	cands     []candidate

	// evidenceMemo caches evidence: many units are matched by the same
	// words and so have the same evidence ("massage" alone, in a
	// massage clinic's base). Slot i holds an input whose low bits are i.
	evidenceMemo [64]struct{ ev, value float64 }
}

// evidence is 1 - e^(-ev/scale), how sure ev makes a match (see
// params.evidenceScale), remembered for the inputs seen last. scale is the
// same for every call on one scratch, since a scratch belongs to one
// matcher. The zero slot value never misleads: evidence(0) is 0.
func (s *scratch) evidence(ev, scale float64) float64 {
	slot := &s.evidenceMemo[math.Float64bits(ev)>>29&63]
	if slot.ev != ev {
		slot.ev, slot.value = ev, evidence(ev, scale)
	}
	return slot.value
}

// evidence is 1 - e^(-ev/scale), how sure ev makes a match (see
// params.evidenceScale).
func evidence(ev, scale float64) float64 { return 1 - math.Exp(-ev/scale) }

type candidate struct {
	entry int32
	rank  float64 // orders the entries
	base  float64 // what score is a power of
	score float64 // the confidence in the entry; -1 until scoreOf works it out
	qcov  float64 // how much of the question the entry explains
	steer float64 // the factor the question's intent gives the entry
}

// queryTerm is a distinct known term of the question, with how sure the
// matcher is that the word typed means it (1 for exact, less for typos).
type queryTerm struct {
	id   int32
	conf float32
}

// Match finds the entry that best answers question. It never returns more
// than 3 suggestions, and Confident implies Best != nil.
func (m *Matcher) Match(question string) Match {
	// The message is forgotten once matched (a Match holds none of its
	// slices), so its words' slices are reused, as Ask does.
	buf := messageBufferPool.Get().(*messageBuffers)
	msg := newMessageIn(question, buf, m.table())
	out := m.MatchMessage(msg)
	buf.keep(msg)
	messageBufferPool.Put(buf)
	return out
}

// MatchMessage is Match for a message already normalised: stage 5 of
// answering, topic retrieval, with the confidence that stage 7 decides on.
func (m *Matcher) MatchMessage(msg Message) Match {
	s := m.scratch.Get().(*scratch)
	out := m.matchWith(s, msg)
	s.release()
	m.scratch.Put(s)
	return out
}

// matchWith is MatchMessage with the caller's scratch, which keeps the
// reading of msg's words for the domain stage (see scratch.holds).
func (m *Matcher) matchWith(s *scratch, msg Message) Match {
	s.reset()

	unknown, in := m.analyze(s, msg.Words, msg.wordFacts(), msg.wordIDs(m.table()))
	if len(s.query) == 0 {
		return Match{}
	}
	// A description asks which technique it is: only techniques answer
	// it, and their answers speak for them.
	describing := describesFacts(msg.Words, msg.wordFacts())
	p := &m.p
	// What a perfect entry would cover: every known word of the question,
	// and the unknown ones, each further one counting a little less.
	// known weighs the known words by how distinctive they are (for the
	// units), knownCover by their floored weight (for how much of the
	// question an entry explains).
	var known, knownCover, cover, domain float64
	for _, q := range s.query {
		known += float64(m.terms[q.id].weight)
		knownCover += float64(m.terms[q.id].cover)
		cover += float64(m.terms[q.id].cover)
		domain += float64(m.terms[q.id].cover * q.conf)
	}
	for i := range unknown {
		cover += p.unknownWeight * m.decay(i)
	}
	domain = math.Pow(domain/cover, p.domainCover)
	// The share of the question's topic that the base explains, each
	// word weighed by how much it says: a known word by its idf, a word
	// the base does not hold as one found in no entry at all.
	explained, topic := 0.0, 0.0
	for _, q := range s.query {
		explained += float64(m.terms[q.id].weight * q.conf)
		topic += float64(m.terms[q.id].weight)
	}
	for i := range unknown {
		topic += m.unknownIDF * m.decay(i)
	}
	// The cap is calibrated against DefaultThreshold, not the matcher's
	// own threshold, so that a score never depends on the threshold.
	topicCap := DefaultThreshold * explained / (topic * p.topicShare)

	// Walk the postings of the question's terms only, rare terms first.
	rare := 0
	for _, q := range s.query {
		if len(m.terms[q.id].entries) <= m.commonDF {
			m.walk(s, q, false)
			rare++
		}
	}
	for _, q := range s.query {
		if len(m.terms[q.id].entries) > m.commonDF {
			m.walk(s, q, rare > 0)
		}
	}
	m.scoreUnits(s, known)
	// How much of the question an entry explains; a technique's answer
	// explains a description of it as much as a name would.
	coverage := func(e int32) float64 {
		qcov := min(float64(s.entry[e])/knownCover, 1)
		if describing {
			qcov = max(qcov, min(float64(s.answer[e])/known, 1))
		}
		return qcov
	}
	if describing {
		m.creditNamesakes(s)
	}
	// Rank the entries, keeping the few best.
	s.cands = s.cands[:0]
	for _, e := range s.touched {
		if describing && m.base.Entries[e].Kind != KindTechnique {
			continue
		}
		if a := float64(s.answer[e]); describing && a > 0 && p.answerUnit > 0 {
			// The answer as one more unit: how much of the question
			// it explains, and how surely.
			sc := p.answerUnit * pow(min(a/known, 1), p.nameCover) * s.evidence(a, p.evidenceScale)
			s.best[e] = max(s.best[e], float32(sc))
		}
		qcov := coverage(e)
		steer := in.steer(m.treats[e], p.intentSteer)
		rank := float64(s.best[e]) * pow(qcov, p.rankCover) * steer
		if rank <= 0 {
			continue
		}
		if len(s.cands) == keepCandidates && !(candidate{entry: e, rank: rank}).before(s.cands[keepCandidates-1]) {
			continue // insertTop would not keep it
		}
		s.cands = insertTop(s.cands, candidate{entry: e, rank: rank, steer: steer}, keepCandidates)
	}
	if len(s.cands) == 0 {
		return Match{}
	}
	// A candidate's score is its base (c.base) to the power gamma. The
	// power is Match's dearest arithmetic, and most candidates are far
	// too weak to be a rival or a suggestion: their score is worked out
	// (scoreOf) only when a bound on the base cannot tell.
	for i := range s.cands {
		c := &s.cands[i]
		qcov := coverage(c.entry)
		c.qcov = qcov
		c.base = float64(s.best[c.entry]) * pow(qcov, p.entryCover) * domain
		c.score = -1
	}
	best := &s.cands[0]
	conf := m.scoreOf(best)
	// Ambiguity: a close rival means the question could be about either
	// ("swedish or deep tissue"). A rival is close when it ranks, or
	// scores, nearly as well. A related rival counts for less, since its
	// answer is relevant too, but not for nothing: related entries are the
	// ones most easily confused ("what are knots" and "how do you get rid
	// of knots" are different questions).
	closest, closestRelated := 0.0, 0.0
	for i := 1; i < len(s.cands); i++ {
		c := &s.cands[i]
		if best.score <= 0 {
			continue
		}
		// Scores are compared as steered by intent, like ranks: a
		// rival of the kind the question does not ask for is less close.
		// A rival whose rank and score are both surely below
		// ambiguityRatio of the best's changes nothing below, whatever
		// its exact ratio (see rivalBase).
		r := c.rank / best.rank
		if r >= ambiguityRatio || c.base >= best.base*m.rivalBase {
			r = max(r, (m.scoreOf(c)*c.steer)/(best.score*best.steer))
		}
		if m.isRelated(best.entry, c.entry) {
			// A related rival competes only for the part of the question
			// the best entry explains too: "wave or beach" asks about
			// both, and one answer with the other suggested serves it.
			// The shared part is at least what the two explain beyond
			// the whole question; the rival competes when that is most
			// of what it explains.
			shared := max(best.qcov+c.qcov-1, 0) / max(min(best.qcov, c.qcov), 1e-9)
			if shared >= 0.5 {
				closestRelated = max(closestRelated, r)
			}
		} else {
			closest = max(closest, r)
		}
	}
	if closest >= ambiguityRatio {
		closeness := min((closest-ambiguityRatio)/(1-ambiguityRatio), 1)
		conf *= 1 - 0.5*closeness
	}
	if closestRelated >= ambiguityRatio {
		closeness := min((closestRelated-ambiguityRatio)/(1-ambiguityRatio), 1)
		conf *= 1 - relatedAmbiguity*closeness
	}
	// A question mostly about something the base does not hold is not
	// answered with confidence, however exactly it names an entry:
	// "contact my landlord" is about the landlord.
	conf = min(conf, topicCap)
	conf = min(max(conf, 0), 1)
	// Below a floor nothing is plausible: the base does not cover it.
	floor := m.threshold * plausibleFraction
	named := m.namedEntries(s)
	if conf < floor {
		return Match{Score: conf, Named: named}
	}
	out := Match{
		Best:      &m.base.Entries[best.entry],
		Score:     conf,
		Confident: conf >= m.threshold,
		Named:     named,
	}
	for i := 1; i < len(s.cands); i++ {
		c := &s.cands[i]
		if len(out.Suggestions) == maxSuggestions {
			break
		}
		if c.base < m.floorBase {
			continue // its score is surely below the floor
		}
		if c.rank < best.rank*suggestionRatio && m.scoreOf(c) < best.score*suggestionRatio || m.scoreOf(c) < floor {
			continue
		}
		if out.Suggestions == nil {
			out.Suggestions = make([]Candidate, 0, maxSuggestions)
		}
		out.Suggestions = append(out.Suggestions, Candidate{
			Entry: &m.base.Entries[c.entry],
			Score: min(max(m.scoreOf(c), 0), 1),
		})
	}
	return out
}

// scoreUnits sets s.best of each entry the question touches to the score
// of its best unit: how much of a name or sample question the question
// covers, and how much of the question it explains, with a bonus for a
// name found word for word; known is the weight of the question's known
// terms. It notes in s.named the techniques whose name the question holds
// in full.
//
// It is Match's hottest loop, and its cost was waiting, not arithmetic:
// each unit waited for its division and square root to learn whether it
// could raise its entry's best (and be worth its evidence), and the guess
// was wrong for one unit in two. With the default parameters the loop
// scores, without that test, only the units in s.scored: a unit that
// holds one of the question's terms alone matches no more than its lead
// for the term (see unitPosting), which has no larger total, and the
// score grows with the weight matched and falls with the total, in
// floating point too, since each step rounds monotonically. The loop's
// one call is on a miss of the evidence memo and its slices are read into
// locals (it stores through s.best, and the compiler would load each
// header again for every unit), so that the units' arithmetic overlaps.
// The bests are those of scoring every unit. The names are noted in a
// loop of their own, over every unit.
func (m *Matcher) scoreUnits(s *scratch, known float64) {
	scores, matchedOf := m.unitScores, s.unit
	for _, ui := range s.units {
		if float64(matchedOf[ui]) > scores[ui].namedAt && standTogether(s.seq, m.units[ui].terms) {
			n := namedAt{entry: scores[ui].entry, pos: int32(len(s.seq)), end: -1}
			for _, t := range m.units[ui].terms {
				at := int32(slices.Index(s.seq, t))
				n.pos, n.end = min(n.pos, at), max(n.end, at)
			}
			s.named = append(s.named, n)
		}
	}
	s.named = dropNamedAround(s.named)
	p := &m.p
	if p.nameCover != 1.5 || p.questionCover != 0 || p.phraseBonus != 0 {
		m.scoreUnitsWith(s, known)
		return
	}
	best, scale, memo := s.best, p.evidenceScale, &s.evidenceMemo
	for _, ui := range s.scored {
		u := &scores[ui]
		matched := float64(matchedOf[ui])
		r := matched / u.total
		nameCover := float64(u.weight) * (r * math.Sqrt(r)) // pow(r, 1.5), inlined
		// s.evidence(matched, scale), inlined.
		slot := &memo[math.Float64bits(matched)>>29&63]
		if slot.ev != matched {
			slot.ev, slot.value = matched, evidence(matched, scale)
		}
		// The scores are finite and not negative, so their bits order
		// them as their values do, and a maximum of integers is quicker
		// than the built-in's of floats, which minds NaN and -0: one
		// entry's units come one after another, each waiting for the
		// maximum before it.
		sc := math.Float32bits(float32(nameCover * slot.value))
		best[u.entry] = math.Float32frombits(max(math.Float32bits(best[u.entry]), sc))
	}
}

// scoreUnitsWith is scoreUnits' loop for any parameters.
func (m *Matcher) scoreUnitsWith(s *scratch, known float64) {
	p := &m.p
	for _, ui := range s.units {
		u := &m.unitScores[ui]
		matched := float64(s.unit[ui])
		nameCover := float64(u.weight) * pow(matched/u.total, p.nameCover)
		if float32(nameCover) <= s.best[u.entry] {
			continue
		}
		ev := matched
		if p.phraseBonus > 0 && matched > 0.99*u.total {
			if terms := m.units[ui].terms; len(terms) > 1 && containsRun(s.seq, terms) {
				ev += p.phraseBonus
			}
		}
		sc := nameCover *
			pow(min(matched/known, 1), p.questionCover) *
			s.evidence(ev, p.evidenceScale)
		s.best[u.entry] = max(s.best[u.entry], float32(sc))
	}
}

// scoreOf returns c's score, base^gamma, working it out the first time.
func (m *Matcher) scoreOf(c *candidate) float64 {
	if c.score < 0 {
		c.score = pow(c.base, m.p.gamma)
	}
	return c.score
}

// scoreMargin is how far below its bound a base must be for its score to
// count as surely below the bound's: 2%, against errors of a few units in
// the last place.
const scoreMargin = 0.98

// scoreBounds sets floorBase and rivalBase, the bounds on a candidate's
// base below which its score is surely below the floor of plausible
// answers, and a rival's score surely below ambiguityRatio of the best's
// (whatever the two candidates' intent steering). Score is base^gamma,
// increasing in base, so a bound on one is a bound on the other.
func (m *Matcher) scoreBounds() {
	g := m.p.gamma
	m.floorBase = scoreMargin * math.Pow(m.threshold*plausibleFraction, 1/g)
	steer := 1 + m.p.intentSteer // the steering of one candidate over another is at most this, or its inverse
	m.rivalBase = scoreMargin * math.Pow(ambiguityRatio/max(steer, 1/steer), 1/g)
}

// namedAt is a technique named in a question, and where its name starts
// among the question's known terms.
type namedAt struct{ entry, pos, end int32 }

// dropNamedAround leaves out of named a technique whose name's words stand
// around the whole name of another: "a gentle version of myofascial
// massage" names myofascial therapy, and "gentle" qualifies it; the
// words of "gentle massage" around it do not name a second technique.
func dropNamedAround(named []namedAt) []namedAt {
	if len(named) < 2 {
		return named
	}
	out := named[:0]
	for _, n := range named {
		around := slices.ContainsFunc(named, func(o namedAt) bool {
			return o.entry != n.entry && n.pos < o.pos && o.end < n.end
		})
		if !around {
			out = append(out, n)
		}
	}
	return out
}

// namedEntries returns the techniques named in full, each once, in the
// order the question names them.
func (m *Matcher) namedEntries(s *scratch) []*Entry {
	if len(s.named) == 0 {
		return nil
	}
	slices.SortFunc(s.named, func(a, b namedAt) int {
		if a.pos != b.pos {
			return int(a.pos - b.pos)
		}
		return int(a.entry - b.entry)
	})
	var out []*Entry
	for _, n := range s.named {
		e := &m.base.Entries[n.entry]
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// keepCandidates is how many of the best entries Match looks at closely:
// the best, a possible rival and the suggestions.
const keepCandidates = 8

// insertTop inserts c into top, kept sorted best first and at most k long.
func insertTop(top []candidate, c candidate, k int) []candidate {
	if len(top) == k && !c.before(top[k-1]) {
		return top
	}
	// Find c's place from the end, then move the ones after it down in one
	// copy rather than swapping c there one place at a time.
	i := len(top)
	if i == k {
		i-- // the last one drops out
	}
	for i > 0 && c.before(top[i-1]) {
		i--
	}
	if len(top) < k {
		top = append(top, candidate{})
	}
	copy(top[i+1:], top[i:len(top)-1])
	top[i] = c
	return top
}

// before orders candidates by rank, then by file order.
func (c candidate) before(d candidate) bool {
	if c.rank != d.rank {
		return c.rank > d.rank
	}
	return c.entry < d.entry
}

// walk adds a query term's weight to the entries and units that hold it.
// With onlyTouched, only entries already found by other terms gain.
func (m *Matcher) walk(s *scratch, q queryTerm, onlyTouched bool) {
	ti := &m.terms[q.id]
	w := ti.weight * q.conf
	// An entry's share of the question is measured with floored weights:
	// a word of the question that an entry does not hold counts against
	// it however common the word is in the base ("massage" in "trigger
	// point massage" tells the therapy from the topic).
	ew := ti.cover * q.conf
	if onlyTouched && len(s.touched)*touchedWalk < len(ti.entries) {
		m.walkTouched(s, ti, w, ew)
		return
	}
	// The slices are read into locals once, as in scoreUnits.
	entry, answer, touched := s.entry, s.answer, s.touched
	for _, pe := range ti.entries {
		if entry[pe.entry] == 0 {
			if onlyTouched {
				continue
			}
			touched = append(touched, pe.entry)
		}
		entry[pe.entry] += ew * pe.field
		if pe.answer {
			answer[pe.entry] += w
		}
	}
	s.touched = touched
	matched, units, scored := s.unit, s.units, s.scored
	if room := len(ti.units); !onlyTouched && cap(units)-len(units) > room && cap(scored)-len(scored) > room {
		// Each unit is written past the end of both lists, which keep
		// it only when the unit is new, or is to be scored: neither is
		// known before the unit is read, and a guess at it was wrong too
		// often. (Both lists have room for every unit of the base, so
		// they hardly ever lack the room.)
		all, n := units[:cap(units)], len(units)
		toScore, k := scored[:cap(scored)], len(scored)
		for _, up := range ti.units {
			old := matched[up.unit]
			all[n], toScore[k] = up.unit, up.unit
			if old == 0 {
				n++
			}
			if up.lead || old != 0 {
				k++
			}
			matched[up.unit] = old + w
		}
		units, scored = all[:n], toScore[:k]
	} else {
		for _, up := range ti.units {
			if !onlyTouched || entry[up.entry] != 0 {
				units, scored = noteUnit(matched, units, scored, up, w)
			}
		}
	}
	s.units, s.scored = units, scored
}

// noteUnit adds w, a query term's weight, to the matched weight of up's
// unit, and notes the unit in units when it is new and in scored when
// scoreUnits must score it: when it is its entry's lead for the term, or
// holds another of the question's terms too.
func noteUnit(matched []float32, units, scored []int32, up unitPosting, w float32) ([]int32, []int32) {
	old := matched[up.unit]
	if old == 0 {
		units = append(units, up.unit)
	}
	if up.lead || old != 0 {
		scored = append(scored, up.unit)
	}
	matched[up.unit] = old + w
	return units, scored
}

// touchedWalk: a common term whose postings are more than this many times
// the entries found so far is looked up in their postings (walkTouched)
// rather than walked in full: "method" in a base of 10,000 methods.
const touchedWalk = 8

// walkTouched is walk with onlyTouched for a term with many postings: for
// each entry found so far, it finds the entry's posting and units by
// binary search, since both lists are in entry order (units are numbered
// entry by entry). Each entry and unit gains exactly what walk would give
// it; only the order in which units are first noted differs, which
// nothing reads.
func (m *Matcher) walkTouched(s *scratch, ti *termInfo, w, ew float32) {
	for _, e := range s.touched {
		if k, ok := slices.BinarySearchFunc(ti.entries, e, func(p termPosting, e int32) int { return int(p.entry - e) }); ok {
			s.entry[e] += ew * ti.entries[k].field
		}
		j, _ := slices.BinarySearchFunc(ti.units, e, func(p unitPosting, e int32) int { return int(p.entry - e) })
		for ; j < len(ti.units) && ti.units[j].entry == e; j++ {
			s.units, s.scored = noteUnit(s.unit, s.units, s.scored, ti.units[j], w)
		}
	}
}

// namesakes returns, for each entry of b, the technique whose title's
// distinctive part (keys, see titleKey) the entry's title holds, when the
// entry is a topic related to it; -1 for the others. When several related
// techniques qualify, the first in the base wins. Only the entries a topic
// names as related are tried, so a large base builds in linear time.
func namesakes(b *Base, keys map[*Entry]string) []int32 {
	index := make(map[string]int32, len(b.Entries))
	for k := range b.Entries {
		if _, dup := index[b.Entries[k].ID]; !dup {
			index[b.Entries[k].ID] = int32(k)
		}
	}
	out := make([]int32, len(b.Entries))
	for i := range b.Entries {
		out[i] = -1
		t := &b.Entries[i]
		if t.Kind != KindTopic || len(t.Related) == 0 {
			continue
		}
		title := " " + Normalize(t.Title) + " "
		for _, id := range t.Related {
			k, ok := index[id]
			if !ok || (out[i] >= 0 && out[i] < k) {
				continue
			}
			e := &b.Entries[k]
			// The key without its last space, so that a plural title
			// ("trigger points") holds it.
			if key := strings.TrimSuffix(keys[e], " "); e.Kind == KindTechnique && key != "" && strings.Contains(title, key) {
				out[i] = k
			}
		}
	}
	return out
}

// creditNamesakes gives a technique what a question that describes it
// matched of the topic its title names: a description of what is done
// ("they press on one tender spot and hold it") is worded like the topic's
// questions about what is felt, and a description is ranked among the
// techniques only.
func (m *Matcher) creditNamesakes(s *scratch) {
	for _, e := range s.touched {
		k := m.namesakes[e]
		if k < 0 {
			continue
		}
		if !slices.Contains(s.touched, k) {
			s.touched = append(s.touched, k)
		}
		s.best[k] = max(s.best[k], s.best[e])
		s.entry[k] = max(s.entry[k], s.entry[e])
	}
}

// decay is params.unknownDecay to the power i, as math.Pow computes it.
func (m *Matcher) decay(i int) float64 {
	if i < len(m.decays) {
		return m.decays[i]
	}
	return math.Pow(m.p.unknownDecay, float64(i))
}

// pow is math.Pow with the exponents the parameters use made cheap.
func pow(x, e float64) float64 {
	switch e {
	case 0:
		return 1
	case 0.5:
		return math.Sqrt(x)
	case 1:
		return x
	case 1.5:
		return x * math.Sqrt(x)
	case 2:
		return x * x
	}
	return math.Pow(x, e)
}

func (s *scratch) reset() {
	entry, answer, best := s.entry, s.answer, s.best
	for _, e := range s.touched {
		entry[e] = 0
		answer[e] = 0
		best[e] = 0
	}
	unit := s.unit
	for _, u := range s.units {
		unit[u] = 0
	}
	s.touched = s.touched[:0]
	s.units = s.units[:0]
	s.scored = s.scored[:0]
	s.query = s.query[:0]
	s.seq = s.seq[:0]
	s.named = s.named[:0]
	s.res = s.res[:0]
	s.of = nil
}

// resolved is what resolve made of one word.
type resolved struct {
	r    resolution
	ok   bool
	word string // the word resolved (after analyze's rewrites)
}

// resolveSeen is m.resolve(w), read from what analyze resolved for the
// last message s matched when w is among its words: the domain stage reads
// words retrieval has resolved already, and resolve always makes the same
// of a word.
func (m *Matcher) resolveSeen(s *scratch, w string) (resolution, bool) {
	for i := range s.res {
		if s.res[i].word == w {
			return s.res[i].r, s.res[i].ok
		}
	}
	return m.resolve(w)
}

// holds reports whether s.words, s.content and s.res are analyze's reading
// of exactly these message words: the same slice, not merely equal words.
func (s *scratch) holds(words []string) bool {
	return len(words) > 0 && len(s.of) == len(words) && &s.of[0] == &words[0]
}

// release drops what s remembers of a message, so that a pooled scratch
// does not keep it alive.
func (s *scratch) release() { s.of = nil }

// analyze fills s.query and s.seq with the known terms of a question's
// words (as Message.Words, with their facts, and their ids in the
// matcher's word table when ids is not nil) and returns how many content
// words it has that the base does not know, and what the question asks
// for.
func (m *Matcher) analyze(s *scratch, raw []string, facts []*wordFacts, ids []int32) (unknown int, in intent) {
	in = readIntentFacts(raw, facts)
	s.content, s.contentIDs = appendContentIDs(s.content[:0], s.contentIDs[:0], raw, facts, ids)
	for i, w := range s.content {
		var c string
		var known bool
		if id := s.contentIDs[i]; id >= 0 {
			tw := &m.words.words[id]
			c, known = tw.contactSlipOf(), tw.stemTerm >= 0
		} else if c = contactSlipOf(w); c != "" {
			_, known = m.termID[stem(w)]
		}
		if c != "" && !known {
			// "reech" is read as "reach", as the intent stage
			// reads it (see contactSlip).
			s.content[i] = c
			s.contentIDs[i] = -1
		}
	}
	// The words any question sets aside in so many words ("besides
	// relaxing, what does massage do") are read apart from the rest, so
	// that no phrase of the vocabulary joins them to the question's own
	// words ("relaxing ... massage" is no relaxing massage).
	var exStart, exEnd int
	asksGoodFor := asksWhatGoodFor(raw)
	elseHelps := slices.ContainsFunc(raw, helpWordSet.has) && asksWhatElseHelps(raw)
	if asksGoodFor || elseHelps || slices.ContainsFunc(raw, setsAsideOrElse) {
		exStart, exEnd = exceptedSpan(raw)
	}
	if exEnd > exStart {
		s.words = m.rewriteAround(s, raw, facts, exStart, exEnd)
	} else {
		s.words = m.synonyms.rewriteKnown(s.words[:0], s.content, s.contentIDs, &m.words, raw)
	}
	s.wordIDs = alignedIDs(s.wordIDs[:0], s.words, s.content, s.contentIDs)
	s.words, s.wordIDs = m.joinBroken(s.words, s.wordIDs)
	s.of = raw
	// The readings of the question below that only a word or two can
	// use are worked out when such a word comes, if it does: most
	// questions have none of them.
	var asksName, asksPoint, asksAbbreviation, howWell, kindOfOther, elseDoes, lastsLong, bookedSubject, keepReports, peopleReport, peopleTrouble, massageBest, massageWorks, massageJudged lazyReading
	// "can you walk me through booking": the frame is a way of asking.
	guided := guidingFrameIn(raw)
	// What a member's back hurts from ("cooked from gaming", "sore after
	// footy") is the story of the pain, not what is asked.
	var causes []string
	causesRead := false
	// "where are you" asks where the clinic is located; "where is your
	// clinic" says so itself.
	whereAsked := asksWhereClinicNamed(raw, m.clinicName)
	asksWhere := whereAsked && !slices.ContainsFunc(raw, func(w string) bool { return clinicPlaces[w] })
	// The words a question asking what else massage is good for leaves
	// out ("besides my back") are not what it asks about; nor are those
	// any question sets aside in so many words ("massage perks besides
	// relaxing", "aside from my back"): "other than" and "beyond" only
	// in a question of what else, since they also compare ("other than
	// that, is it safe") and say where ("beyond the shoulder").
	var excepted []string
	if exEnd > exStart {
		excepted = m.synonyms.rewriteIn(nil, appendContent(nil, raw[exStart:exEnd]), raw[exStart:exEnd])
	}
	if whereAsked && !slices.Contains(s.words, "where") {
		// "were is the clinic": the homophone is a small word, and
		// the question's "where" is read from it (a word of no id: it
		// was not written).
		s.words = append(s.words, "where")
		s.wordIDs = append(s.wordIDs, -1)
	}
	for i, w := range s.words[:min(len(s.words), maxQueryTerms)] {
		read := w // the word as written, whose id is s.wordIDs[i]
		if w == "point" && (i == 0 || s.words[i-1] != "trigger") && asksPoint.of(asksPurpose, raw) {
			// "what's the point of a massage" asks what it is good
			// for, not about trigger points.
			w = "worth"
		}
		if asksGoodFor && w == "good" || w == "else" && elseDoes.of(asksWhatElseMassageDoes, raw) || elseHelps && helpWords[w] {
			// "what is massage good for", "what else does massage do",
			// "would it help anything else" ask for its benefits.
			w = "benefits"
		}
		if w == "best" && massageBest.of(asksWhetherMassageIsBest, raw) {
			// "does massage slap for back pain", "is massage the best
			// thing for a bad back": a verdict on massage itself asks
			// whether it helps, not which kind is best.
			w = "help"
		}
		if (w == "work" || w == "works") && massageWorks.of(asksWhetherMassageWorks, raw) {
			// "does massage really work": whether it helps, as "how
			// effective is massage" asks.
			w = "help"
		}
		if verdictWords[w] && massageJudged.of(asksOfMassageItself, raw) {
			// "is massage pointless", "is massage a scam": whether it
			// is worth it, which the back-pain entry answers.
			w = "worth"
		}
		if asksWhere && w == "where" {
			w = "located"
		}
		if bookGerund(w) && bookedSubject.of(asksWhatBookingDoes, raw) {
			// "would booking a massage every few weeks help": what is
			// booked is asked about, not the booking.
			continue
		}
		if (w == "last" || w == "lasts") && lastsLong.of(asksHowLongAnEffectLasts, raw) {
			// "how long do a massage's effects stick around" asks
			// whether relief is long term.
			w = "term"
		}
		if (w == "effective" || w == "effectively") && howWell.of(asksHowEffective, raw) {
			// "how effective is massage for a bad back" asks whether it
			// helps; "the most effective massage" chooses a kind.
			w = "help"
		}
		if w != "" && w[0] == 'k' && keepWords[w] && keepReports.of(keepsOnlyReporting, raw) {
			// "my husband keeps telling me": how often someone says
			// it, not a pain that keeps coming back.
			continue
		}
		if w == "people" && (peopleReport.of(peopleOnlyReport, raw) || peopleTrouble.of(peopleOnlySuffer, raw)) {
			// "why do people say trigger point work is worth it": who
			// says it, not why people get massages; "why do so many
			// people get sore backs": whom the pain happens to.
			continue
		}
		id := s.wordIDs[i]
		if w != read {
			id = -1
		}
		rs, ok := m.resolveID(w, id)
		s.res = append(s.res, resolved{rs, ok, w})
		if slices.Contains(excepted, w) {
			continue
		}
		if !ok && !causesRead {
			s.causes, causesRead = appendSourcesOfPain(s.causes[:0], raw), true
			causes = s.causes
		}
		if guided && guidedAt(raw, w) {
			continue
		}
		colour := false
		if !ok {
			// Read from the table for a word of it (most unknown words
			// are everyday ones, which it holds).
			if id >= 0 {
				colour = m.words.words[id].colour
			} else {
				colour = isColour(w)
			}
		}
		if !ok && (colour || slices.Contains(causes, w)) || w == "called" && asksName.of(asksWhatCalled, raw) || !ok && (w == "stand" || w == "stands") && asksAbbreviation.of(asksWhatStandsFor, raw) ||
			kindWordSet.has(w) && kindOfOther.of(kindsOfOther, raw) {
			// Colour, not topic: neither evidence nor unknown (and
			// nor are the people of a story, "my husband says"). "What is
			// it called" asks for a name; "called" is not what it is
			// about, even where the base holds "call". "What does rmt
			// stand for" asks what the name means. A word that says
			// when ("tomorrow", "friday") is not what a message asks
			// about either, as the domain stage reads it. "The kind
			// of thing massage helps" asks no kind of massage.
			continue
		}
		if !ok {
			// The same unknown word twice counts once.
			if !slices.Contains(s.words[:i], w) {
				unknown++
			}
			continue
		}
		for _, r := range rs.t[:rs.n] {
			if r.id < 0 {
				continue // a misspelt stopword, such as "wich"
			}
			s.seq = append(s.seq, r.id)
			found := false
			for k := range s.query {
				if s.query[k].id == r.id {
					s.query[k].conf = max(s.query[k].conf, r.conf)
					found = true
					break
				}
			}
			if !found {
				s.query = append(s.query, r)
			}
		}
	}
	return unknown, in
}

// rewriteAround is the vocabulary's rewrite of s.content, the content
// words of raw (the message's words, whose facts are facts), read in three
// parts: before the span raw[start:end] that the question sets aside, the
// span, and after it, so that no phrase spans its edges. It returns the
// rewrite in s.words's storage.
func (m *Matcher) rewriteAround(s *scratch, raw []string, facts []*wordFacts, start, end int) []string {
	// How many content words each part has, counted as appendContentIDs
	// makes them (a rare path: only a question that sets words aside).
	before, _ := appendContentIDs(nil, nil, raw[:start], facts[:start], nil)
	span, _ := appendContentIDs(nil, nil, raw[start:end], facts[start:end], nil)
	a := min(len(before), len(s.content))
	b := min(a+len(span), len(s.content))
	out := m.synonyms.rewriteIn(s.words[:0], s.content[:a], raw[:start])
	out = m.synonyms.rewriteIn(out, s.content[a:b], raw[start:end])
	return m.synonyms.rewriteIn(out, s.content[b:], raw[end:])
}

// setsAsideOrElse reports whether w is "else" or opens a span that leaves
// something out of any question (see exceptedSpan): "besides", "aside",
// "apart", "except", "excluding". Compared as strings, not looked up, in
// one pass: every question's words pass through it.
func setsAsideOrElse(w string) bool {
	switch w {
	case "else", "besides", "aside", "apart", "except", "excluding":
		return true
	}
	return false
}

// keepWords are the shapes of "keep", which reports how often something
// happens: a pain that keeps coming back, or someone who keeps saying so.
var keepWords = setOf("keep keeps kept keeping")

// reportingVerbs say that someone speaks of something: after "keep" they
// tell how often it is said ("she keeps mentioning fascia").
var reportingVerbs = setOf(`telling saying talking asking mentioning bringing nagging raving
	insisting suggesting recommending harping bugging urging`)

// keepsOnlyReporting reports whether words (as Message.Words) hold "keep"
// and every "keep" in them is followed by a verb of reported speech: "my
// wife keeps telling me to try massage" says how often the story is
// told, while "why do i keep getting back pain" asks about a pain that
// comes back.
func keepsOnlyReporting(words []string) bool {
	return everyFollowedBy(words, keepWords, reportingVerbs)
}

// sayingVerbs, after "people", report what people say: "people say",
// "people swear by it", "people keep saying".
var sayingVerbs = setOf("say says said claim claims swear rave talk reckon tell mention insist keep")

// peopleOnlyReport reports whether words (as Message.Words) hold "people"
// and every "people" in them is followed by a verb that reports what they
// say (see sayingVerbs): "why do people say rolfing hurts" asks about
// rolfing, and the people are who say so, as a friend who says so would
// be; "why do so many people book massages" asks about the people.
func peopleOnlyReport(words []string) bool { return everyFollowedBy(words, peopleWord, sayingVerbs) }

// troubleVerbs, after "people", say that a trouble happens to them:
// "people get sore backs", "people end up with stiff backs".
var troubleVerbs = setOf("get gets have has develop suffer struggle end wind")

// peopleOnlySuffer reports whether words (as Message.Words) hold "people",
// every "people" in them followed by a verb that says a trouble happens to
// them (see troubleVerbs), and no word of massage: "why do so many people
// get sore backs" asks what causes the pain, and the people are whom it
// happens to, as in "why do I keep getting back pain"; "why do people get
// massages" asks about massage, and keeps them.
func peopleOnlySuffer(words []string) bool {
	return everyFollowedBy(words, peopleWord, troubleVerbs) && !slices.ContainsFunc(words, func(w string) bool { return w != "it" && massageWords[w] })
}

// peopleWord is the one word peopleOnlyReport reads as whom a saying is
// told of.
var peopleWord = setOf("people")

// everyFollowedBy reports whether words hold a word of heads and every
// such word is followed by a word of next.
func everyFollowedBy(words []string, heads, next map[string]bool) bool {
	found := false
	for i, w := range words {
		if !heads[w] {
			continue
		}
		if i+1 == len(words) || !next[words[i+1]] {
			return false
		}
		found = true
	}
	return found
}

// massageSubjectLeads may come between the auxiliary of a yes-or-no
// question and massage as its subject: "is a massage", "does regular
// massage".
var massageSubjectLeads = setOf("a an getting regular regularly")

// choosingWords ask which of several: with them a verdict chooses a kind.
var choosingWords = setOf("which what kind kinds type types sort sorts style styles technique techniques")

// asksWhetherMassageIsBest reports whether words (as Message.Words) are a
// yes-or-no question whose subject is massage itself, asking no choice
// among kinds: "does massage slap for back pain", "is massage the best
// thing for my back". Such a verdict ("slaps", "goated", "the best") asks
// whether massage helps; "which massage slaps" and "does swedish massage
// slap" name what they weigh.
func asksWhetherMassageIsBest(words []string) bool {
	return massageSubjectAt(words) >= 0 && !slices.ContainsFunc(words, func(w string) bool { return choosingWords[w] })
}

// worksEnds may follow "work" in a question whether massage works:
// "does massage work or is it hype", "does massage work for a sore back",
// "does it work at all".
var worksEnds = setOf("or for at with")

// asksWhetherMassageWorks reports whether words (as Message.Words) are a
// yes-or-no question whether massage itself works: "does massage work",
// "do massages even work or is that hype". It asks whether massage helps;
// "does massage work on the fascia" asks what it works on, and "does
// rolfing work" names what it weighs.
func asksWhetherMassageWorks(words []string) bool {
	i := massageSubjectAt(words)
	if i < 0 {
		return false
	}
	j := i + 1
	for j < len(words) && goodAdverbs[words[j]] {
		j++
	}
	if j == len(words) || words[j] != "work" && words[j] != "works" {
		return false
	}
	return j+1 == len(words) || worksEnds[words[j+1]]
}

// verdictWords judge a thing as worth nothing: asked of massage itself
// ("is massage pointless"), they ask whether it is worth it.
var verdictWords = setOf("pointless useless worthless legit legitimate scam bogus waste")

// asksOfMassageItself reports whether words (as Message.Words) are a
// yes-or-no question whose subject is massage itself (see
// massageSubjectAt).
func asksOfMassageItself(words []string) bool { return massageSubjectAt(words) >= 0 }

// massageSubjectAt returns the index in words (as Message.Words) of
// massage as the subject of a yes-or-no question ("is a massage", "does
// regular massage"), or -1.
func massageSubjectAt(words []string) int {
	if len(words) < 2 || !auxiliaries[words[0]] {
		return -1
	}
	i := 1
	for i < len(words) && massageSubjectLeads[words[i]] {
		i++
	}
	if i < len(words) && words[i] != "it" && massageWords[words[i]] {
		return i
	}
	return -1
}

// lazyReading is a reading of a question's words (as Message.Words), such
// as asksPurpose's, worked out the first time it is asked for.
type lazyReading struct{ read, value bool }

// of returns read(words), reading it once.
func (l *lazyReading) of(read func(words []string) bool, words []string) bool {
	if !l.read {
		l.read, l.value = true, read(words)
	}
	return l.value
}

// kindWords say what sort a thing is: "what kind of massage".
var kindWords = setOf("kind kinds sort sorts type types")

// kindWordSet is kindWords with its shapes, for kindsOfOther's reading of
// every word of a message.
var kindWordSet = shaped(kindWords)

// kindsOfMassage are what a kind word is a kind of when a question asks
// which massage: "what type of treatment", "the kind of massage".
var kindsOfMassage = setOf("massage massages technique techniques treatment treatments therapy therapies bodywork")

// namesMassageKind reports whether w is one of kindsOfMassage, or one
// typed with a slip ("massge").
func namesMassageKind(w string) bool {
	if kindsOfMassage[w] {
		return true
	}
	for k := range kindsOfMassage {
		if isSlipOf(w, k, minSlipWord) {
			return true
		}
	}
	return false
}

// kindArticles may stand between "of" and what a kind is a kind of.
var kindArticles = setOf("a an the this that")

// kindsOfOther reports whether every kind word of words (as Message.Words)
// is a kind of something other than massage ("is this the kind of thing
// massage helps", "what causes this sort of pain", "my back is kind of
// sore"), so that none of them asks which kind of massage: such a kind
// word is colour, not the name of the techniques' overview. A kind word
// without "of" after it ("which type would you pick") asks to choose.
func kindsOfOther(words []string) bool {
	found := false
	for i, w := range words {
		if !kindWordSet.has(w) {
			continue
		}
		if i+1 == len(words) || words[i+1] != "of" {
			return false
		}
		j := i + 2
		for j < len(words) && kindArticles[words[j]] {
			j++
		}
		if j == len(words) || namesMassageKind(words[j]) {
			return false
		}
		found = true
	}
	return found
}

// asksHowEffective reports whether words (as Message.Words) ask how
// effective something is ("how effective is massage", "how really
// effective"): whether it helps, not which kind is the most effective.
func asksHowEffective(words []string) bool {
	for i, w := range words {
		if w != "effective" && w != "effectively" {
			continue
		}
		if i >= 1 && words[i-1] == "how" || i >= 2 && words[i-2] == "how" && goodAdverbs[words[i-1]] {
			return true
		}
	}
	return false
}

// sourcesOfPain returns the words of words (as Message.Words) that name
// what something comes from: the word after "from" or "after", past a
// small word ("from gaming", "after the gym", "from lifting boxes"). The
// analysis leaves them out of a question's topic where the base does not
// hold them.
func sourcesOfPain(words []string) []string { return appendSourcesOfPain(nil, words) }

// appendSourcesOfPain is sourcesOfPain appending to out, so that analyze
// reuses its scratch's slice.
func appendSourcesOfPain(out, words []string) []string {
	for i, w := range words {
		if (w != "from" && w != "after") || i == 0 {
			continue
		}
		j := i + 1
		if j < len(words) && (words[j] == "a" || words[j] == "the" || words[j] == "my" || words[j] == "all" || words[j] == "too") {
			j++
		}
		if j < len(words) {
			out = append(out, words[j])
		}
	}
	return out
}

// containsRun reports whether seq holds run as consecutive elements.
// nameSlack is how many other known words may stand among a name's words
// for a message to name it: "deep, firm tissue massage" names deep tissue
// massage, a story with "hard" in one sentence and "massage" in another
// does not name "hard massage".
const nameSlack = 2

// standTogether reports whether every term of name stands in seq (a
// question's known terms in order) within a window of len(name)+nameSlack
// terms, in any order: "therapy for trigger points" names trigger point
// therapy. A name of one term stands together wherever it is.
func standTogether(seq, name []int32) bool {
	if len(name) <= 1 {
		return true
	}
	width := len(name) + nameSlack
	for i, t := range seq {
		if !slices.Contains(name, t) {
			continue
		}
		window := seq[i:min(len(seq), i+width)]
		if !slices.ContainsFunc(name, func(n int32) bool { return !slices.Contains(window, n) }) {
			return true
		}
	}
	return false
}

func containsRun(seq, run []int32) bool {
	for i := 0; i+len(run) <= len(seq); i++ {
		if slices.Equal(seq[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

func (m *Matcher) isRelated(a, b int32) bool {
	_, ok := slices.BinarySearch(m.related[a], b)
	return ok
}

// contentWords appends to dst the words of normalized text that carry
// meaning: chat shorthand expanded, stopwords dropped.
func contentWords(dst []string, normalized string) []string {
	for w := range strings.FieldsSeq(normalized) {
		dst = appendContentWord(dst, w)
	}
	return dst
}

// appendContent appends to dst the words among words that carry meaning:
// chat shorthand expanded, stopwords dropped.
func appendContent(dst, words []string) []string {
	for i, w := range words {
		if knotWithoutK(words, i) {
			dst = append(dst, "knot")
			continue
		}
		if relocated(words, i) {
			continue
		}
		if referredAt(words, i) {
			dst = append(dst, referredWords...)
			continue
		}
		dst = appendContentWord(dst, w)
	}
	return dst
}

// knotWithoutK reports whether words[i] is "not" after a word that comes
// only before a noun ("a not in my back", "big not"): it is "knot" typed
// without its silent k, never the negation.
func knotWithoutK(words []string, i int) bool {
	return words[i] == "not" && i > 0 && nounDeterminers[words[i-1]]
}

// isColour reports whether w, a word the matcher does not know, is colour
// in a question rather than what it is about (see analyze): a filler, a
// word that says when, a person of a story, a kind of people a trouble
// happens to, a word about the chat, or a length of time.
func isColour(w string) bool { return colourWords.has(w) }

// colourWords are the words of the lists isColour reads, in one set with
// their shapes: one test, most often without a lookup, instead of six
// lookups for a word in none of them.
var colourWords = shaped(unionOf(fillers, whenWords, storyPeople, peopleGroups, chatMeta, durations))

// unionOf returns a new set of the words of sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	out := make(map[string]bool)
	for _, set := range sets {
		for w, in := range set {
			if in {
				out[w] = true
			}
		}
	}
	return out
}

// appendContentWord appends w to dst unless it is a stopword, or its
// expansion when it is chat shorthand.
func appendContentWord(dst []string, w string) []string {
	info, ok := notContent[w]
	switch {
	case !ok:
		return append(dst, w)
	case info.slang:
		return append(dst, info.content...)
	default:
		return dst // a stopword
	}
}

// contentInfo is what appendContentWord needs to know of a word that is
// chat shorthand or a stopword.
type contentInfo struct {
	slang   bool
	content []string // for shorthand, the words of its expansion that are not stopwords
}

// notContent holds every word of slang and stopwords, so that reading a
// word of a message takes one lookup instead of two. It is built once from
// those tables when the package loads and only read afterwards.
var notContent = func() map[string]contentInfo {
	m := make(map[string]contentInfo, len(slang)+len(stopwords))
	for w := range stopwords {
		m[w] = contentInfo{}
	}
	for w, exp := range slang {
		info := contentInfo{slang: true}
		for _, x := range exp {
			if !stopwords[x] {
				info.content = append(info.content, x)
			}
		}
		m[w] = info
	}
	return m
}()

// wordFacts is what the package's fixed word lists say of one word of a
// message, so that NewMessage looks each word up once for every stage
// instead of each stage looking it up in its own lists.
type wordFacts struct {
	// slang is the word's expansion when it is chat shorthand (slang);
	// slangFacts are the facts of the expansion's words.
	isSlang    bool
	slang      []string
	slangFacts []*wordFacts
	// notContent is notContent[word], when inNotContent.
	inNotContent bool
	notContent   contentInfo
	// class is the word's lists for the domain model (wordClasses).
	class wordClass
	// stem is stem(word), worked out once (see stemOf).
	stem string
	// treat and outVerb: the word is in treatCues, outVerbs.
	treat, outVerb bool
	// The intent stage's lists (intent.go): requestWords, bookCues,
	// contactCues, compareCues, possessives, bookingDays, bookedCues,
	// sessionWords, describedHeads, describingWords.
	request, bookCue, contactCue, compareCue, possessive, bookingDay, bookedCue, session, describedHead, describing bool
	// id is the word's index in lexiconWords, by which a stage keeps what
	// it makes of the lexicon's words in a slice (safetyScreen.lexiconInfo)
	// instead of looking each up by the word again.
	id int32
}

// lexicon holds the facts of every word in one of the lists wordFacts
// reads; a word in none has no facts. It is built once when the package
// loads and only read afterwards.
var lexicon = func() map[string]*wordFacts {
	out := make(map[string]*wordFacts, len(notContent)+len(wordClasses)+len(treatCues)+len(outVerbs)+len(bookCues)+len(requestWords))
	get := func(w string) *wordFacts {
		f := out[w]
		if f == nil {
			f = &wordFacts{}
			out[w] = f
		}
		return f
	}
	for w, info := range notContent {
		f := get(w)
		f.inNotContent, f.notContent = true, info
	}
	for w, c := range wordClasses {
		get(w).class = c
	}
	for w := range treatCues {
		get(w).treat = true
	}
	for w := range outVerbs {
		get(w).outVerb = true
	}
	for _, l := range []struct {
		words map[string]bool
		set   func(*wordFacts)
	}{
		{requestWords, func(f *wordFacts) { f.request = true }},
		{bookCues, func(f *wordFacts) { f.bookCue = true }},
		{contactCues, func(f *wordFacts) { f.contactCue = true }},
		{compareCues, func(f *wordFacts) { f.compareCue = true }},
		{possessives, func(f *wordFacts) { f.possessive = true }},
		{bookingDays, func(f *wordFacts) { f.bookingDay = true }},
		{bookedCues, func(f *wordFacts) { f.bookedCue = true }},
		{sessionWords, func(f *wordFacts) { f.session = true }},
		{describedHeads, func(f *wordFacts) { f.describedHead = true }},
		{describingWords, func(f *wordFacts) { f.describing = true }},
	} {
		for w := range l.words {
			l.set(get(w))
		}
	}
	for w, exp := range slang {
		f := get(w)
		f.isSlang, f.slang = true, exp
	}
	for w, f := range out {
		f.stem = stem(w)
	}
	// Expansions last: every word's own facts are known by now.
	for _, f := range out {
		for _, x := range f.slang {
			f.slangFacts = append(f.slangFacts, out[x])
		}
	}
	for i, w := range slices.Sorted(maps.Keys(out)) {
		out[w].id = int32(i)
	}
	return out
}()

// lexiconWords are the words of lexicon, each at its facts' id.
var lexiconWords = func() []string {
	out := make([]string, len(lexicon))
	for w, f := range lexicon {
		out[f.id] = w
	}
	return out
}()

// lexiconFacts are the facts of lexicon's words, each at its id.
var lexiconFacts = func() []*wordFacts {
	out := make([]*wordFacts, len(lexicon))
	for _, f := range lexicon {
		out[f.id] = f
	}
	return out
}()

// appendWordFacts is appendWords that also appends each word's facts
// (nil for a word in no list) to facts.
func appendWordFacts(dst []string, facts []*wordFacts, normalized string) ([]string, []*wordFacts) {
	add := func(w string) {
		f := lexicon[w]
		if f != nil && f.isSlang {
			dst = append(dst, f.slang...)
			facts = append(facts, f.slangFacts...)
			return
		}
		dst = append(dst, w)
		facts = append(facts, f)
	}
	forEachWord(normalized, add)
	return dst, facts
}

// stemOf returns stem(w), for a word w whose facts are f: the words of
// the lexicon, most of a message's, were stemmed when the package loaded.
func stemOf(w string, f *wordFacts) string {
	if f != nil {
		return f.stem
	}
	return stem(w)
}

// factsOf returns the facts of words, looked up.
func factsOf(words []string) []*wordFacts {
	out := make([]*wordFacts, len(words))
	for i, w := range words {
		out[i] = lexicon[w]
	}
	return out
}

// appendContentIDs is appendContent for words whose facts are known, that
// also appends to dstIDs each content word's id in the matcher's word
// table, from ids (-1 for all when ids is nil, and for a word the message
// does not have as it is: shorthand expanded, "knot").
func appendContentIDs(dst []string, dstIDs []int32, words []string, facts []*wordFacts, ids []int32) ([]string, []int32) {
	for i, w := range words {
		f := facts[i]
		switch {
		case knotWithoutK(words, i):
			dst, dstIDs = append(dst, "knot"), append(dstIDs, -1)
		case relocated(words, i):
		case referredAt(words, i):
			dst, dstIDs = append(dst, referredWords...), append(dstIDs, -1, -1)
		case f == nil || !f.inNotContent:
			id := int32(-1)
			if ids != nil {
				id = ids[i]
			}
			dst, dstIDs = append(dst, w), append(dstIDs, id)
		case f.notContent.slang:
			dst = append(dst, f.notContent.content...)
			for range f.notContent.content {
				dstIDs = append(dstIDs, -1)
			}
		}
	}
	return dst, dstIDs
}

// alignedIDs appends to dst the id of each of words, the vocabulary's
// rewrite of content whose ids are contentIDs: a word left where it was
// keeps its id, and a word the rewrite made has none (-1). When the
// rewrite changed the number of words, the words before the first change
// and after the last keep theirs, found from either end. (An id is the
// id of a word, so any word equal to a content word may have its id.)
func alignedIDs(dst []int32, words, content []string, contentIDs []int32) []int32 {
	start := len(dst)
	for range words {
		dst = append(dst, -1)
	}
	out := dst[start:]
	head := 0
	for ; head < min(len(words), len(content)) && words[head] == content[head]; head++ {
		out[head] = contentIDs[head]
	}
	if len(words) == len(content) {
		for i := head; i < len(words); i++ {
			if words[i] == content[i] {
				out[i] = contentIDs[i]
			}
		}
		return dst
	}
	for i, j := len(words)-1, len(content)-1; i >= head && j >= head && words[i] == content[j]; i, j = i-1, j-1 {
		out[i] = contentIDs[j]
	}
	return dst
}

// readIntentFacts is readIntent for words whose facts are known.
func readIntentFacts(words []string, facts []*wordFacts) intent {
	for i, w := range words {
		if f := facts[i]; f != nil && f.treat {
			return intentTreat
		}
		if w == "out" && slices.ContainsFunc(facts[max(0, i-4):i], func(f *wordFacts) bool { return f != nil && f.outVerb }) {
			return intentTreat
		}
	}
	return intentNone
}

// appendWords appends the words of normalized text to dst, chat
// shorthand expanded ("wat r" becomes "what are") and stopwords kept, like
// strings.Fields but into a reused slice.
func appendWords(dst []string, normalized string) []string {
	forEachWord(normalized, func(w string) {
		if exp, ok := slang[w]; ok {
			dst = append(dst, exp...)
			return
		}
		dst = append(dst, w)
	})
	return dst
}

// forEachWord calls add with each word of normalized text (words are
// separated by single or repeated spaces, as Normalize leaves them), in
// order, without allocating.
func forEachWord(normalized string, add func(w string)) {
	start := -1
	for i := 0; i < len(normalized); i++ {
		if normalized[i] == ' ' {
			if start >= 0 {
				add(normalized[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		add(normalized[start:])
	}
}

// namedShare is the share of a name's weight a question must match for
// the name to count as given in full (Match.Named). A word read as a slip
// of the name's word ("sweedish", "deeptissue") counts at its confidence,
// 0.9 or more, so a name typed with slips is still named; a name with a
// word missing matches two thirds of its weight or less.
const namedShare = 0.88
