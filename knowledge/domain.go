package knowledge

import (
	_ "embed"
	"hash/maphash"
	"iter"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// The domain model is stage 6 of answering. It tells whether a message is
// about the clinic's domain at all, whatever entry it resembles: "what are
// my health benefits like" shares words with the massage-benefits entry but
// is about insurance; "schedule an appointment for a tire check" is about a
// car. The matcher alone cannot see it, since it only knows the base's own
// words.
//
// The model weighs each content word of a message by how much likelier the
// knowledge base is to use it than ordinary requests about everything else
// are: a log-likelihood ratio, as in naive Bayes, between the base (its
// titles, aliases, sample questions and answer sentences, each a document)
// and a background of 15,000 requests to a general assistant (the CLINC150
// train split, embedded as word counts in background/). Words the base uses
// and the background does not ("massage", "knots", "sciatica") carry the
// message into the domain; words of other domains ("tire", "flight",
// "phone") carry it out; shared words ("book", "benefits") weigh in
// proportion. The message is in the domain when the sum, with a prior for
// being asked in a massage clinic's community, is positive.

//go:generate go run ./internal/genbackground -in ../../shared/corpora/clinc150/train.tsv -out background/clinc150_train_words.txt

//go:embed background/clinc150_train_words.txt
var backgroundText string

// background holds, for each stem, in how many background requests a word
// of that stem occurs, and how many requests there are. It is filled once
// when the package loads and only read afterwards.
var background = func() (bg struct {
	df    map[string]float64 // stem -> requests
	pairs map[string]float64 // "stem stem" of adjacent words -> requests
	n     float64
}) {
	bg.df = make(map[string]float64, 8192)
	bg.pairs = make(map[string]float64, 8192)
	for line := range strings.Lines(backgroundText) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		count, word, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok {
			continue
		}
		if count == "questions" {
			bg.n, _ = strconv.ParseFloat(word, 64)
			continue
		}
		n, err := strconv.ParseFloat(count, 64)
		if err != nil {
			continue
		}
		if a, b, pair := strings.Cut(word, " "); pair {
			if !stopwords[a] || !stopwords[b] {
				bg.pairs[string(appendPairKey(nil, a, b))] += n
			}
			continue
		}
		bg.df[stem(word)] += n
	}
	if bg.n == 0 {
		bg.n = 1
	}
	return bg
}()

// pairFilter says which two adjacent stems may be a background pair, so
// that the domain check looks up in its map of pairs only the few pairs of
// a message that may be there, not every pair: a Bloom filter with one bit
// per pair of stem hashes. A pair not in the background never sets a bit
// that its stems' pair reads, so the filter never turns a pair away that
// the map holds; about one pair in twenty that the map does not hold gets
// past it and is looked up for nothing. Built once when the package loads
// (the models' maps of pairs all have the background's keys) and only read
// afterwards.
var pairFilter = func() *pairBits {
	f := new(pairBits)
	for k := range background.pairs {
		// A key is two stems and a space; a stem has no space.
		a, b, _ := strings.Cut(k, " ")
		f.add(stemHash(a), stemHash(b))
	}
	return f
}()

// pairSeed seeds stemHash for the life of the process.
var pairSeed = maphash.MakeSeed()

// stemHash is a stem's hash for pairFilter.
func stemHash(s string) uint64 { return maphash.String(pairSeed, s) }

// pairFilterBits is the size of pairFilter: 2^17 bits (16 KiB) for the
// background's 5,900 pairs keep its false positives near 5%.
const pairFilterBits = 17

// pairBits is the bit set behind pairFilter.
type pairBits [1 << pairFilterBits / 64]uint64

// pairBit is the bit of the pair of stems hashed a and b.
func pairBit(a, b uint64) uint64 { return (bits.RotateLeft64(a, 31) ^ b) >> (64 - pairFilterBits) }

func (f *pairBits) add(a, b uint64) {
	i := pairBit(a, b)
	f[i/64] |= 1 << (i % 64)
}

// mayHold reports whether the pair of stems hashed a and b may be a
// background pair; false means it is not.
func (f *pairBits) mayHold(a, b uint64) bool {
	i := pairBit(a, b)
	return f[i/64]&(1<<(i%64)) != 0
}

// domainParams are the knobs of the domain model, chosen on the even half
// of chat-questions.yaml, testdata/questions.yaml and the CLINC150 train
// split (the background itself); CLINC150 val and the odd half are held out.
type domainParams struct {
	// prior is the log-odds of a message being about the domain before any
	// word is read: people in a massage clinic's community mostly ask
	// about massage.
	prior float64
	// smoothing is added to the base's count of every word, so that a word
	// the base uses once is not taken for proof.
	smoothing float64
	// answerWeight is how much an answer counts as a document, against 1
	// for a title, alias or sample question.
	answerWeight float64
	// unseen is the weight of a word neither the base nor the background
	// holds: a little evidence that the message is about something else.
	unseen float64
	// maxFor and maxAgainst bound one word's weight, so that no single
	// word decides alone.
	maxFor, maxAgainst float64
	// maxAbsent bounds the weight against the domain of a word the base
	// does not hold: members bring words of their own to real questions.
	maxAbsent float64
	// maxSmall bounds the weight of a stopword.
	maxSmall float64
	// maxPair and maxPairFor bound the weight of a pair of adjacent words
	// against and for the domain.
	maxPair, maxPairFor float64
	// foreignTopic is the weight against the domain of a topic word (see
	// topicWords) that the base does not hold: the message asks about
	// that thing, whatever domain words surround it.
	foreignTopic float64
}

var defaultDomainParams = domainParams{
	prior:        1.0,
	smoothing:    0.1,
	answerWeight: 0.5,
	unseen:       -0.7,
	maxFor:       4,
	maxAgainst:   1.5,
	maxAbsent:    1.5,
	maxSmall:     1,
	maxPair:      2,
	maxPairFor:   0.5,
	foreignTopic: 4,
}

// maxDomainWords bounds the work of the domain check for long messages.
const maxDomainWords = 200

// whenWords say when, not what: "book a massage for tomorrow" is as much
// about massage as "book a massage". They weigh nothing in the domain.
var whenWords = setOf(`today tomorrow tonight yesterday monday tuesday wednesday thursday friday
	saturday sunday weekend weekends week weeks month months morning mornings afternoon evening
	evenings night nights asap soon later next noon am pm sometime anytime
	lately recently nowadays
	mon wed sat sun`) // the others are chat shorthand, read as the day itself

// DomainCheck is the outcome of the domain model for one message.
type DomainCheck struct {
	// LogOdds is the prior plus the sum of the words' weights: positive
	// when the message is likelier about the domain than not.
	LogOdds float64
	// Probability is LogOdds as a probability, in [0, 1].
	Probability float64
	// In reports whether the message is about the domain.
	In bool
	// Condition is a medical condition the message names that the base
	// does not address ("pregnant", "surgery"), or "". Whether massage
	// suits someone with it is for a therapist or a doctor to say, so the
	// bot does not answer with confidence.
	Condition string
	// ForeignTopic is the word naming what the message asks about (see
	// topicWords) when the base does not hold it, or "". The message is
	// then about something else: "the best mattress for back pain" asks
	// about mattresses.
	ForeignTopic string
	// ForeignAsk is the word saying what a question asks of its subject
	// (see Matcher.foreignAsk) when the base does not hold it, or "": "who
	// invented swedish massage" names an entry, but the base does not
	// say who invented anything. The subject is in the domain; the
	// answer to what is asked is not in the base.
	ForeignAsk string
	// ForeignRival is a thing the message compares that the base does not
	// hold, or "" (see comparedWords): "is yoga better than massage" asks
	// about yoga too, and the base can speak only for massage.
	ForeignRival string
	// OtherSense are the words naming the asker's own thing in a sense
	// the base does not cover ("my health benefits"), which count for
	// nothing (see domainModel.otherSense); nil when there are none.
	OtherSense []string
	// MissingAnchor is a word every sample question of the best entry
	// holds and the message does not, or "" (see Matcher.missingAnchor):
	// the message shares other words with the entry but asks about
	// something the entry only mentions. Set by the decision stage, which
	// knows the best entry.
	MissingAnchor string
	// Words are the content words weighed, with their weights, for
	// `ask --explain`.
	Words []WordWeight
	// qualifiesPeople reports that ForeignAsk qualifies the clinic's
	// people (see Matcher.foreignPeopleQualifier): a request to book
	// such a therapist is not sure either.
	qualifiesPeople bool
	// rivalYardstick reports that ForeignRival only measures the base's
	// own thing, for a purpose the base holds (see
	// Matcher.ownSideWeighed): the base answers for its side.
	rivalYardstick bool
	// unowned are the words of OtherSense that the base's own questions
	// never make the asker's ("benefits" of "my health benefits", not
	// "back" of "my back recover"): an entry named by one of them
	// matched a word in another sense (see namesInOtherSense).
	unowned []string
}

// conditions are medical conditions for which massage may need a
// therapist's or doctor's judgement (contraindications and precautions).
// One the base does not itself address keeps the bot from a confident
// answer, however well the rest of the message matches.
var conditions = setOf(`pregnant pregnancy trimester postpartum surgery surgical postop
	cancer chemo chemotherapy tumor tumour fracture fractured clot clots thrombosis dvt
	osteoporosis pacemaker anticoagulant anticoagulants`)

// WordWeight is one word's weight in the domain model: positive for the
// domain, negative against it.
type WordWeight struct {
	Word   string
	Weight float64
}

// domainModel holds each stem's weight for one base.
type domainModel struct {
	p       domainParams
	small   map[string]float64 // stopword -> its ratio, within maxSmall
	pairs   map[string]float64 // pairKey -> its ratio, within maxPair
	term    []float32          // the weight of each term of the matcher
	stems   []string           // the stem of each term of the matcher
	owned   map[string]bool    // stems the base's questions say are the asker's
	asksHow map[string]bool    // words after "how" in the base's questions ("how soon")
	// techniqueNames are the stems of the words of the techniques'
	// titles and aliases, built on first use (see Matcher.namesTechnique).
	techniqueNames *lazyStems
	// techniqueModifiers are the stems of the first words of the
	// techniques' titles of two words or more ("swedish", "deep") that
	// end no name of two words or more, built on first use (see
	// Matcher.foreignModified).
	techniqueModifiers *lazyStems
	// anchors are, for each entry, the stems every one of its sample
	// questions holds, built on first use (see Matcher.missingAnchor).
	anchors *lazyAnchors
	// overviews are the ids of the entries that are overviews of
	// choices, built on first use (see Matcher.preferAnswerToChoice).
	overviews *lazyStems
}

// domainCounter learns the base's side of the model while the matcher
// reads the base, so that each text is normalised once and each word
// hashed once: every term's document frequency in the base (titles,
// aliases, sample questions and answers are the documents), to set against
// its frequency in the background.
type domainCounter struct {
	p       domainParams
	df      []float64 // by term: the weighted documents holding it
	seenIn  []int32   // by term: the last document that counted it
	small   map[string]float64
	pairs   map[string]float64 // background pairs, in names and questions
	owned   map[string]bool    // stems the base's questions say are the asker's ("my back")
	asksHow map[string]bool    // words after "how" in the base's questions ("how soon")
	docs    float64
	asked   float64
	doc     int32
	buf     []byte
	// classes and stems are the current document's, reused between
	// documents.
	classes []wordClass
	stems   []string
}

func newDomainCounter(p domainParams, sizeHint int) *domainCounter {
	return &domainCounter{
		p:       p,
		df:      make([]float64, 0, sizeHint),
		seenIn:  make([]int32, 0, sizeHint),
		small:   make(map[string]float64, len(stopwords)),
		pairs:   make(map[string]float64, 1024),
		owned:   make(map[string]bool, 64),
		asksHow: make(map[string]bool, 16),
	}
}

// add counts one document: the terms of its content words (vocabulary
// applied) and, for documents members might have written (asked: names
// and sample questions), its stopwords and pairs of adjacent words (raw,
// as Message.Words). Answers speak in the third person and would make "I"
// and "my" look foreign to the domain.
func (c *domainCounter) add(raw []string, terms []int32, weight float64, asked bool) {
	if len(terms) == 0 {
		return
	}
	c.doc++
	for _, id := range terms {
		for int(id) >= len(c.df) {
			c.df = append(c.df, 0)
			c.seenIn = append(c.seenIn, 0)
		}
		if c.seenIn[id] != c.doc {
			c.seenIn[id] = c.doc
			c.df[id] += weight
		}
	}
	c.docs += weight
	if !asked {
		return
	}
	c.asked++
	// Each word's lists and stem once, for the checks below.
	c.classes = classesOf(c.classes[:0], raw)
	c.stems = c.stems[:0]
	for _, w := range raw {
		c.stems = append(c.stems, stem(w))
	}
	classes, stems := c.classes, c.stems
	for i := range raw {
		if h, ok := ownedHead(raw, classes, i); ok {
			c.owned[stems[h]] = true
		}
		if raw[i] == "how" && i+1 < len(raw) {
			c.asksHow[raw[i+1]] = true
		}
	}
	for i, w := range raw {
		if classes[i]&classStop != 0 && !slices.Contains(raw[:i], w) {
			c.small[w]++
		}
		if i == 0 || classes[i-1]&classes[i]&classStop != 0 {
			continue
		}
		// The filter never turns away a pair the background holds.
		if !pairFilter.mayHold(stemHash(stems[i-1]), stemHash(stems[i])) {
			continue
		}
		c.buf = append(append(append(c.buf[:0], stems[i-1]...), ' '), stems[i]...)
		if _, ok := background.pairs[string(c.buf)]; ok {
			c.pairs[string(c.buf)] += weight
		}
	}
}

// model turns the counts into the weights Domain reads. termID maps the
// matcher's stems to its terms.
func (c *domainCounter) model(termID map[string]int32) domainModel {
	p := c.p
	m := domainModel{p: p, small: make(map[string]float64, len(stopwords)), owned: c.owned, asksHow: c.asksHow, techniqueNames: &lazyStems{}, techniqueModifiers: &lazyStems{}, anchors: &lazyAnchors{}, overviews: &lazyStems{}}
	docs := max(c.docs, 1)
	m.term = make([]float32, len(termID))
	m.stems = make([]string, len(termID))
	for st, id := range termID {
		m.stems[id] = st
		n := 0.0
		if int(id) < len(c.df) {
			n = c.df[id]
		}
		w := m.wordWeight(st)
		if n > 0 {
			w = m.ratio(n, docs, background.df[st])
		}
		m.term[id] = float32(w)
	}
	for w := range stopwords {
		m.small[w] = min(max(m.ratio(c.small[w], max(c.asked, 1), background.df[stem(w)]), -p.maxSmall), p.maxSmall)
	}
	// A pair weighs what it adds to its words: the background's pairs
	// that the base does not use ("my health", "refer to") count against
	// the domain, those it uses a little for it.
	asked := max(c.asked, 1)
	m.pairs = make(map[string]float64, len(background.pairs))
	for k, bg := range background.pairs {
		m.pairs[k] = min(max(m.ratio(c.pairs[k], asked, bg), -p.maxPair), p.maxPairFor)
	}
	return m
}

// appendPairKey appends to dst the key of two adjacent words: their stems,
// with a space between.
func appendPairKey(dst []byte, a, b string) []byte {
	dst = append(dst, stem(a)...)
	dst = append(dst, ' ')
	return append(dst, stem(b)...)
}

// ratio is the clipped log-likelihood ratio of a word found in n of the
// base's docs documents and in bgDF background requests.
func (m *domainModel) ratio(n, docs, bgDF float64) float64 {
	pIn := (n + m.p.smoothing) / (docs + 2*m.p.smoothing)
	pOut := (bgDF + 0.5) / (background.n + 1)
	return min(max(math.Log(pIn/pOut), -m.p.maxAgainst), m.p.maxFor)
}

// Domain runs the domain model (stage 6 of answering) on msg. A word the
// matcher reads as a term of the base, misspelt or not ("swidish"), weighs
// as that term, discounted by how sure the reading is. With explain, the
// result lists every word's weight.
//
// A request to book or to get in touch is about the clinic unless what it
// asks for says otherwise: the cue word ("book", "call"), and the pairs it
// is in, never count against the domain, so that "book me in" is weighed
// by what it books, and "book a car rental" by the car; the small words
// framing a request to book ("where do i") never count against it either.
//
// Where a word stands counts as well as what it is: the thing a message
// asks about (topicWords), what a who/when/where question asks of its
// subject (foreignAsk), the sides of a comparison (comparedWords) and the
// asker's own things (otherSense) are read from their positions, so that
// domain words around a foreign thing do not carry the message.
func (m *Matcher) Domain(msg Message, in Intent, explain bool) DomainCheck {
	sc := m.scratch.Get().(*scratch)
	out := m.domainWith(sc, msg, in, explain)
	sc.release()
	m.scratch.Put(sc)
	return out
}

// domainWith is Domain with the caller's scratch. When the scratch holds
// the matcher's reading of the same message (see analyze), its content
// words and their resolutions are read again instead of worked out twice.
func (m *Matcher) domainWith(sc *scratch, msg Message, in Intent, explain bool) DomainCheck {
	skip, phrase := "", ""
	if in.Act == ActBook || in.Act == ActContact {
		skip = in.Cue
	}
	if in.Act == ActBook && strings.IndexByte(skip, ' ') < 0 {
		// "i want to set up a massage for saturday": booked by its
		// day, the request still says how in a phrase of booking,
		// whose words are cues as well.
		phrase = bookingPhrase(msg.Normalized)
	}
	d := &m.domain
	c := DomainCheck{LogOdds: d.p.prior}
	words := msg.Words
	// Every word's classes, looked up once by NewMessage, for all the
	// checks below.
	sc.classes = sc.classes[:0]
	// held is every class a word of the message is in, so that a
	// reading of a class no word is in is not tried.
	var held wordClass
	for _, f := range msg.wordFacts() {
		var c wordClass
		if f != nil {
			c = f.class
		}
		sc.classes = append(sc.classes, c)
		held |= c
	}
	classes := sc.classes
	// What the matcher's word table holds of each word, when msg was made
	// for this matcher: read by id instead of looked up by the word.
	known := tableWords{ids: msg.wordIDs(m.table()), t: &m.words}
	var seen [maxQueryTerms]string
	n := 0
	// Small words tell a sense apart too ("say" in "how do you say it in
	// swedish"), but each weighs at most maxSmall.
	// Together they weigh at most 2*maxSmall against, maxSmall for, so that
	// the small words of a long story do not outweigh its subject.
	small := 0.0
	for i, w := range words {
		if classes[i]&classStop == 0 || n == len(seen) || slices.Contains(seen[:n], w) {
			continue
		}
		seen[n] = w
		n++
		var wt float64
		if tw := known.at(i); tw != nil {
			wt = tw.small
		} else {
			wt = d.small[w]
		}
		small += wt
		if explain {
			c.Words = append(c.Words, WordWeight{Word: w, Weight: wt})
		}
	}
	// "how do i send you a message", "talk to a real human": the person
	// a request to get in touch reaches is the clinic's (see
	// reachesPerson), and says nothing against the domain.
	reached := in.Act == ActContact && reachVerbs[in.Cue]
	framed := in.Act == ActBook || in.Act == ActContact && (reached || addressesClinic(words))
	// "where can i find you", "is this where i find your number": in a
	// request to get in touch that asks to find the clinic or its
	// details, the words of finding frame the request as "how do i"
	// does (see locateWords).
	framedFind := in.Act == ActContact && findsClinic(words, classes)
	if framed {
		// "where do i", "can i" frame every request, to book a massage
		// or a flight: what is booked says which. So do "how do i" and
		// "what is your" a request to reach whoever the message
		// addresses ("what is your telephone number").
		small = max(small, 0)
	}
	c.LogOdds += min(max(small, -2*d.p.maxSmall), d.p.maxSmall)
	// The asker's own things in another sense ("my health benefits") are
	// read first: neither they nor the pairs they are in are evidence.
	c.OtherSense = d.otherSenseIn(words, classes)
	if m.holdsDomainName(c.OtherSense) {
		// "my first rolfing session" is the asker's own session of
		// the base's own thing.
		c.OtherSense = nil
	}
	for _, w := range c.OtherSense {
		if !d.owned[stem(w)] {
			c.unowned = append(c.unowned, w)
		}
	}
	if w := languageNamed(words); w != "" {
		c.OtherSense = append(c.OtherSense, w)
		c.unowned = append(c.unowned, w)
	}
	// "a good book on massage" is a thing to read, not the booking
	// entry's "book".
	for i := range words {
		if bookAsNoun(words, i) {
			c.OtherSense = append(c.OtherSense, words[i])
			c.unowned = append(c.unowned, words[i])
			break
		}
	}
	// Each word's stem once, for the pairs it is in, and the stem of the
	// base's word it is read as when it is typed with slips: a pair the
	// background does not hold as typed ("phnoe number") is weighed as
	// the pair it is read as ("phone number").
	sc.stems, sc.readStems = sc.stems[:0], sc.readStems[:0]
	facts := msg.wordFacts()
	for i, w := range words[:min(len(words), maxDomainWords)] {
		tw := known.at(i)
		var st string
		if tw != nil {
			st = known.stem(i)
		} else {
			st = stemOf(w, facts[i])
		}
		read := st
		if classes[i]&classStop == 0 {
			var found bool
			if tw != nil {
				found = tw.stemTerm >= 0
			} else {
				_, found = m.termID[st]
			}
			if !found {
				var rs resolution
				var ok bool
				if tw != nil && tw.resolved {
					rs, ok = tw.res, tw.resOK
				} else {
					rs, ok = m.resolveSeen(sc, w)
				}
				if ok && rs.n == 1 && rs.t[0].conf < 1 && rs.t[0].id >= 0 {
					read = d.stems[rs.t[0].id]
				}
			}
		}
		sc.stems, sc.readStems = append(sc.stems, st), append(sc.readStems, read)
	}
	var buf [64]byte
	// Each stem is hashed once for pairFilter, as the second word of a
	// pair, and its hash kept for the pair it starts.
	var prevHash uint64
	prevHashed := false
	for i := 1; i < len(words) && i < maxDomainWords; i++ {
		ca, cb := classes[i-1], classes[i]
		if ca&cb&classStop != 0 || (ca|cb)&classWhen != 0 {
			// "do you", "can i": no sense to tell apart; a when-word
			// weighs nothing.
			prevHashed = false
			continue
		}
		ha := prevHash
		if !prevHashed {
			if tw := known.at(i - 1); tw != nil {
				ha = tw.stemHash
			} else {
				ha = stemHash(sc.stems[i-1])
			}
		}
		var hb uint64
		if tw := known.at(i); tw != nil {
			hb = tw.stemHash
		} else {
			hb = stemHash(sc.stems[i])
		}
		prevHash, prevHashed = hb, true
		a, b := words[i-1], words[i]
		var wt float64
		ok := false
		if pairFilter.mayHold(ha, hb) {
			key := append(append(append(buf[:0], sc.stems[i-1]...), ' '), sc.stems[i]...)
			wt, ok = d.pairs[string(key)]
		}
		if !ok && (sc.readStems[i-1] != sc.stems[i-1] || sc.readStems[i] != sc.stems[i]) {
			// Rare (a word typed with slips), so not worth the filter.
			key := append(append(append(buf[:0], sc.readStems[i-1]...), ' '), sc.readStems[i]...)
			wt, ok = d.pairs[string(key)]
		}
		if ok && wt != 0 {
			if inCue(a, skip) || inCue(b, skip) || inCue(a, phrase) || inCue(b, phrase) || skip != "" && (actCue(facts[i-1], in.Act) && addressees[b] || ca&classStop != 0 && actCue(facts[i], in.Act)) ||
				reached && (reachedPeople[a] || reachedPeople[b]) ||
				framed && (ca|cb)&classStop != 0 && (wantWords[a] || wantWords[b]) ||
				framedFind && (ca|cb)&classLocate != 0 {
				// The cue, whom it reaches, and the frame of the
				// request ("i need", "need to", "want to") say nothing
				// of what is booked or reached.
				wt = max(wt, 0)
			}
			if wt < 0 && (inGuidingFrame(words, i-1) || inGuidingFrame(words, i)) {
				wt = 0
			}
			if wt < 0 && ca&classContactDetail != 0 && m.heldDetailOwner(words, classes, i) {
				wt = 0
			}
			if slices.Contains(c.OtherSense, a) || slices.Contains(c.OtherSense, b) {
				wt = min(wt, 0)
			}
			c.LogOdds += wt
			if explain {
				c.Words = append(c.Words, WordWeight{Word: a + " " + b, Weight: wt})
			}
		}
	}
	topics := topicsIn(words, classes)
	ownSide := m.ownSideWeighed(words, classes)
	if ownSide >= 0 {
		// "better than a chiropractor for a stiff back": the rival is the
		// yardstick, not what the message asks about.
		topics = slices.DeleteFunc(topics, func(t string) bool { return slices.Index(words, t) > ownSide })
	}
	if h := m.foreignHead(words, classes); h != "" && !slices.Contains(topics, h) {
		topics = append(topics, h)
	}
	if h := m.foreignPurpose(words, classes); h != "" && !slices.Contains(topics, h) {
		topics = append(topics, h)
	}
	if h := m.foreignModified(words, classes, sc.stems); h != "" && !slices.Contains(topics, h) {
		topics = append(topics, h)
	}
	// The techniques' names of two words or more the message holds,
	// looked for once for the two readings of such a name below.
	longNamed := m.longNamesIn(msg.Normalized, msg.wordIDs(m.table()))
	if h := m.foreignAfterName(longNamed, words, classes); h != "" && !slices.Contains(topics, h) {
		topics = append(topics, h)
	}
	if h := m.foreignSubjectOfName(longNamed, words, classes); h != "" && !slices.Contains(topics, h) {
		topics = append(topics, h)
	}
	if h := careerAsked(words, classes); h != "" {
		// Known to the base ("therapist"), but a trade to learn.
		c.ForeignTopic = h
	}
	if h := knottedThing(words, classes); h != "" {
		// A knot in a rope or a shoelace, not in a muscle.
		c.ForeignTopic = h
	}
	if h := jobAsked(words); h != "" {
		// The clinic as a place to work: its benefits are a job's.
		c.ForeignTopic = h
	}
	if h := m.foreignPlaceOfName(longNamed, words, classes); h != "" {
		// A trigger point in a game's editor fires events; the place
		// says so even when the base happens to hold its word.
		c.ForeignTopic = h
	}
	if h := deviceNamed(held, words, classes); h != "" {
		// "is a massage gun worth it": a device to buy or use at home,
		// not the clinic's massage.
		c.ForeignTopic = h
	}
	if h := m.foreignSiteNamed(held, words, classes); h != "" {
		// "booking.com cancelled my hotel": a site other than the
		// clinic's is another business, whatever base word names it.
		c.ForeignTopic = h
	}
	if h := openingHoursAsked(held, words, classes); h != "" {
		// "opening" is a free slot to book only on its own: "opening
		// hours" are the hours the clinic keeps, which the base does
		// not give.
		c.ForeignTopic = h
	}
	if h := bookedSent(words, classes); h != "" {
		// Known to the base, so not weighed as a foreign topic below,
		// but what the message is about all the same.
		c.ForeignTopic = h
	}
	c.ForeignAsk = m.foreignAsk(words, classes)
	if c.ForeignAsk == "" && in.Act == ActAsk {
		c.ForeignAsk = m.foreignAttribute(words, classes, in.Treat)
	}
	if c.ForeignAsk == "" && (in.Act == ActAsk || in.Act == ActBook) {
		if q := m.foreignPeopleQualifier(words, classes); q != "" {
			c.ForeignAsk, c.qualifiesPeople = q, true
		}
	}
	for _, w := range comparedIn(words, classes) {
		if !m.knownThing(words, classes, w) {
			c.ForeignRival = w
			c.rivalYardstick = ownSide >= 0 && slices.Index(words, w) > ownSide
			break
		}
	}
	// The content words have a budget of their own: the small words of
	// a long story ("i", "was", "the", ...) must not fill seen before
	// its subject is read ("my physio mentioned trigger points ...").
	// The small words are no content words, so none is in seen twice.
	n = 0
	if !sc.holds(words) {
		// The content words as analyze reads them, by the words' facts
		// (and the rules they start by their ids) rather than by lookups.
		sc.content, sc.contentIDs = appendContentIDs(sc.content[:0], sc.contentIDs[:0], words, msg.wordFacts(), msg.wordIDs(m.table()))
		sc.words = m.synonyms.rewriteKnown(sc.words[:0], sc.content, sc.contentIDs, &m.words, words)
		sc.wordIDs = sc.wordIDs[:0]
		sc.res = sc.res[:0]
		sc.of = words
	}
	// The ids of sc.words, where analyze noted them.
	contentKnown := tableWords{t: &m.words}
	if len(sc.wordIDs) == len(sc.words) {
		contentKnown.ids = sc.wordIDs
	}
	for i, w := range sc.words {
		if n == len(seen) {
			break
		}
		if slices.Contains(seen[:n], w) {
			continue
		}
		seen[n] = w
		n++
		var wt float64
		var rs resolution
		var known bool
		if i < len(sc.res) {
			rs, known = sc.res[i].r, sc.res[i].ok
		} else {
			rs, known = m.resolveSeen(sc, w)
		}
		tw := contentKnown.at(i)
		var wc wordClass
		if tw != nil {
			wc = tw.class
		} else {
			wc = classOf(w)
		}
		when := wc&classWhen != 0
		if when && !known {
			continue // a time, not a topic
		}
		switch {
		case known:
			for _, t := range rs.t[:rs.n] {
				if t.id >= 0 {
					wt = max(wt, float64(d.term[t.id])*float64(t.conf))
				}
			}
			if wt == 0 {
				// Only negative weights: the least negative counts.
				wt = -d.p.maxAgainst
				for _, t := range rs.t[:rs.n] {
					if t.id >= 0 {
						wt = max(wt, float64(d.term[t.id]))
					}
				}
			}
		case wc&classFiller != 0:
			continue // colour, not topic
		case wc&classGuide != 0 && guidedAt(words, w):
			continue // "walk me through it": a way of asking
		case wc&classCondition != 0:
			c.Condition = w
			wt = unheldWeight(d, w, tw)
		case slices.Contains(topics, w):
			wt = -d.p.foreignTopic
			if c.ForeignTopic == "" {
				c.ForeignTopic = w // the first: "a vet appointment for my dog" is about the vet
			}
		default:
			wt = unheldWeight(d, w, tw)
		}
		if when {
			// "book for next tuesday": a time says nothing against the
			// domain, even one the base's own sentences use ("the next
			// day"); the base's use of it may still say something for.
			wt = max(wt, 0)
		}
		if slices.Contains(c.OtherSense, w) {
			wt = min(wt, 0)
		}
		if framedFind && wc&classLocate != 0 {
			wt = max(wt, 0)
		}
		if inCue(w, skip) || inCue(w, phrase) || reached && reachedPeople[w] || skip != "" && (cueStems[in.Act][stem(w)] || known && readsAsCue(rs, d.stems, in.Act)) {
			// A cue typed with slips ("phnoe") counts as the cue it is
			// read as would, and so does another cue of the same act
			// ("email you instead of calling").
			wt = max(wt, 0)
		}
		c.LogOdds += wt
		if explain {
			c.Words = append(c.Words, WordWeight{Word: w, Weight: wt})
		}
	}
	if c.ForeignTopic == "" && in.Act != ActBook {
		// "which blood pressure cuff should i buy": the clinic sells
		// nothing, so a thing to buy is foreign whatever base words
		// name it.
		c.ForeignTopic = purchaseIn(words)
	}
	if c.ForeignTopic == "" && in.Act == ActAsk {
		// "the contact form on my blog": the asker's blog, not the
		// clinic's contact details, is what the message is about.
		c.ForeignTopic = ownedContactThing(words)
	}
	if c.ForeignTopic != "" {
		// What the message asks about is foreign; the domain words
		// around it say what it is for.
		c.LogOdds = min(c.LogOdds, -d.p.foreignTopic)
	}
	c.Probability = 1 / (1 + math.Exp(-c.LogOdds))
	c.In = c.LogOdds > 0
	return c
}

// inCue reports whether w is the cue of a request, or one of its words
// when the cue is a phrase the vocabulary reads as booking or getting in
// touch ("set up a session"): every word of it says what the act is, and
// none of them what is booked or reached.
func inCue(w, cue string) bool {
	if w == cue {
		return true
	}
	if w == "" || len(cue) <= len(w) || strings.IndexByte(cue, ' ') < 0 {
		return false
	}
	for rest := cue; rest != ""; {
		var word string
		word, rest, _ = strings.Cut(rest, " ")
		if word == w {
			return true
		}
	}
	return false
}

// guidingVerbs, before "me through", ask to be shown how something is
// done: "walk me through booking", "can you talk me through it". The
// frame is a way of asking, as "how do i" is, and says nothing of what is
// asked about.
var guidingVerbs = setOf("walk talk run take")

// inGuidingFrame reports whether words[i] (as Message.Words) is a word of
// a guiding frame, a guiding verb, "me" and "through" (see guidingVerbs).
func inGuidingFrame(words []string, i int) bool {
	for start := max(0, i-2); start <= i; start++ {
		if start+2 < len(words) && words[start+1] == "me" && words[start+2] == "through" && guidingVerbs[words[start]] {
			return true
		}
	}
	return false
}

// guidingFrameIn reports whether words (as Message.Words) hold a guiding
// frame (see inGuidingFrame), by "me through", without looking a word up.
func guidingFrameIn(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == "through" && words[i-1] == "me" && inGuidingFrame(words, i) {
			return true
		}
	}
	return false
}

// guidedAt reports whether w, a content word, stands in words (as
// Message.Words) in a guiding frame (see inGuidingFrame).
func guidedAt(words []string, w string) bool {
	for i, x := range words {
		if x == w && inGuidingFrame(words, i) {
			return true
		}
	}
	return false
}

// actCue reports whether a word whose facts are f is a cue of act, to book
// (bookCues) or to get in touch (contactCues): in a request of that act,
// another cue than the one that set it weighs at least nothing, alone, in
// a pair with the small word before it, or with "you" after it ("drop
// your number, i need to call you": "to call" and "call you" are common
// in ordinary requests). Other pairs keep their weight: "call to randy"
// says whom the call reaches.
func actCue(f *wordFacts, act Act) bool {
	return f != nil && (act == ActContact && f.contactCue || act == ActBook && f.bookCue)
}

// wantWords say that the asker wants something, in the frame of a request
// ("i need to", "want to", "i'd like to"), whatever is wanted.
var wantWords = setOf("need needs want wanna like would id lemme let please pls plz")

// cueStems are the stems of the words that ask to book or to be told how
// to reach the clinic, by the act they show.
var cueStems = map[Act]map[string]bool{ActBook: stemsOf(bookCues), ActContact: stemsOf(contactCues)}

func stemsOf(words map[string]bool) map[string]bool {
	out := make(map[string]bool, len(words))
	for w := range words {
		out[stem(w)] = true
	}
	return out
}

// readsAsCue reports whether a word read as rs, a correction of a word
// typed with slips, is read as a cue of act: "phnoe" in a question asking
// how to reach the clinic is its "phone".
func readsAsCue(rs resolution, stems []string, act Act) bool {
	if rs.n != 1 || rs.t[0].conf >= 1 || rs.t[0].id < 0 {
		return false
	}
	return cueStems[act][stems[rs.t[0].id]]
}

// holdsDomainName reports whether words hold a word that, read as a term
// of the base, is as sure a sign of the domain as one word can be (a
// technique's name, "massage", "knots").
func (m *Matcher) holdsDomainName(words []string) bool {
	for _, w := range words {
		rs, ok := m.resolve(w)
		if !ok {
			continue
		}
		for _, t := range rs.t[:rs.n] {
			if t.id >= 0 && t.conf == 1 && float64(m.domain.term[t.id]) >= m.domain.p.maxFor {
				return true
			}
		}
	}
	return false
}

// wordClass is a set of the word lists the domain model reads by position
// (stopwords, fillers, when words, conditions, and the cue words of
// topicWords, comparedWords, foreignAsk and otherSense), so that a
// message's words are each looked up once rather than once per list.
type wordClass uint32

const (
	classStop wordClass = 1 << iota
	classFiller
	classWhen
	classCondition
	classQuestion
	classBook
	classChoice
	classDeterminer
	classPossessive
	classComparative
	classClassing
	classContact
	// The lists the domain model's readings of positions test every word
	// of a message against: animals, slotNouns, talkVerbs, timeFrames,
	// causatives, peopleNouns, contactDetails, knotWords, knottedThings.
	classAnimal
	classSlotNoun
	classTalk
	classTimeFrame
	classCausative
	classPeople
	classContactDetail
	classKnot
	classKnottedThing
	// locateWords: "where", "find".
	classLocate
	// guidingVerbs and "through": "walk me through".
	classGuide
	// intensityWords: "hard", "deep", "intense" (see unwantedIntensity).
	classIntensity
	// deviceWords: "massager", "gun", "chair" (see deviceNamed).
	classDevice
	// webSuffixes: "com", "ca" (see Matcher.foreignSiteNamed).
	classWebSuffix
)

// locateWords ask where a thing is to be found: "where can i find you".
// Ordinary requests use them for everything one may look for ("find my
// phone", "where is the nearest gas station"), so they weigh against the
// domain, except in a request to get in touch that speaks to the clinic,
// where what is to be found is the clinic.
var locateWords = setOf("where find finding locate")

// findsClinic reports whether words (as Message.Words, whose classes are
// classes) ask to find the clinic or its own things: a verb of finding
// right before "you" or "your" ("find you guys", "find your number") or
// the clinic's premises ("locate the clinic"). "where" alone does not:
// "where is the nearest pharmacy" looks for something else.
func findsClinic(words []string, classes []wordClass) bool {
	for i := 0; i+1 < len(words); i++ {
		if classes[i]&classLocate == 0 || words[i] == "where" {
			continue
		}
		next := words[i+1]
		if addressees[next] || next == "your" ||
			next == "the" && i+2 < len(words) && clinicPlaces[words[i+2]] {
			return true
		}
	}
	return false
}

// contactDetails are the things a request to get in touch asks for, which
// may be anyone's: "the number for", "the address of".
var contactDetails = setOf("number phone email address hotline fax contact")

// detailOwnerLinks join a contact detail to whose it is: "the number for
// the dentist", "the email of the school".
var detailOwnerLinks = setOf("for of")

// detailOwnerAt returns where the owner of the contact detail at words[i]
// starts (see contactDetails), past a determiner, or 0 when no owner
// follows it: "poison" in "the number for poison control", "booking" in
// "the phone number for booking".
func detailOwnerAt(words []string, classes []wordClass, i int) int {
	if i+2 >= len(words) || !detailOwnerLinks[words[i+1]] {
		return 0
	}
	j := i + 2
	if classes[j]&classDeterminer != 0 {
		j++
	}
	if j >= len(words) || !topical(classes[j]) {
		return 0
	}
	return j
}

// heldDetailOwner reports whether the pair of words[i-1] and words[i] is a
// contact detail and its link ("number for") before an owner the base
// holds in full: "the phone number for booking" asks for the clinic's
// number. The pair, common in ordinary requests for someone else's
// number, then says nothing against the domain.
func (m *Matcher) heldDetailOwner(words []string, classes []wordClass, i int) bool {
	if classes[i-1]&classContactDetail == 0 {
		return false
	}
	start := detailOwnerAt(words, classes, i-1)
	if start == 0 {
		return false
	}
	for k := start; k < len(words) && topical(classes[k]); k++ {
		if !m.knownWordAt(words, k) {
			return false
		}
	}
	return true
}

// notTopical are the classes of words that never name a thing.
const notTopical = classStop | classFiller | classWhen | classChoice | classBook

// wordClasses holds the classes of every word in one of those lists. It is
// built once when the package loads and only read afterwards.
var wordClasses = func() map[string]wordClass {
	out := make(map[string]wordClass, len(stopwords)+len(fillers)+len(whenWords)+len(conditions))
	for _, l := range []struct {
		words map[string]bool
		class wordClass
	}{
		{stopwords, classStop}, {fillers, classFiller}, {whenWords, classWhen}, {conditions, classCondition},
		{questionWords, classQuestion}, {bookVerbs, classBook}, {choiceWords, classChoice},
		{determiners, classDeterminer}, {firstPersonPossessives, classPossessive},
		{comparatives, classComparative}, {classing, classClassing},
		{contactVerbs, classContact},
		{animals, classAnimal}, {slotNouns, classSlotNoun}, {talkVerbs, classTalk},
		{timeFrames, classTimeFrame}, {causatives, classCausative}, {peopleNouns, classPeople},
		{contactDetails, classContactDetail}, {knotWords, classKnot}, {knottedThings, classKnottedThing},
		{locateWords, classLocate}, {guidingVerbs, classGuide}, {setOf("through"), classGuide},
		{intensityWords, classIntensity},
		{deviceWords, classDevice}, {webSuffixes, classWebSuffix},
	} {
		for w := range l.words {
			out[w] |= l.class
		}
	}
	return out
}()

// classOf returns the classes of one word.
func classOf(w string) wordClass { return wordClasses[w] }

// classesOf appends the classes of each of words to dst.
func classesOf(dst []wordClass, words []string) []wordClass {
	for _, w := range words {
		dst = append(dst, wordClasses[w])
	}
	return dst
}

// languageVerbs ask about words and languages: "how do you say thank you
// in swedish", "translate it to swedish".
var languageVerbs = setOf("say said saying speak speaks speaking translate translated translation spell pronounce language")

// wordNouns name a word of a language: "the swedish word for back".
var wordNouns = setOf("word words phrase term expression")

// languageNamed returns the word that names a language at the end of a
// question about words ("...in swedish", "...to swedish") or before "word
// for" ("the swedish word for back"), or "": the name of a technique there
// is the language, another sense of the word.
func languageNamed(words []string) string {
	n := len(words)
	for i := 0; i+2 < n; i++ {
		// "the swedish word for back": a language before "word for".
		// "for" is compared before the lookup, which is dearer.
		if words[i+2] == "for" && wordNouns[words[i+1]] && i > 0 && words[i-1] == "the" {
			return words[i]
		}
	}
	if n < 3 {
		return ""
	}
	switch words[n-2] { // first, since it is one word, not all of them
	case "in", "to", "into", "from":
		if slices.ContainsFunc(words[:n-2], func(w string) bool { return languageVerbs[w] }) {
			return words[n-1]
		}
	}
	return ""
}

// topicWords returns the words of a message (as Message.Words) that name
// what it asks about, by where they stand: what a request books ("book a
// vacation"), whom a request to get in touch reaches ("contact a friend"), the thing to choose after "best" or "top" ("the best
// mattress"), and a noun before "for", the thing wanted for a purpose ("a
// pillow for neck pain"). The domain words around them ("back pain") say
// what it is for, not what it is. Of a run of words naming one thing, the
// last is its head ("a couples massage" books a massage). Without a
// tagger, a word before "for" counts as a noun only after a determiner, so
// that verbs ("pick for", "ask for") do not.
func topicWords(words []string) []string {
	return topicsIn(words, classesOf(nil, words))
}

// topicsIn is topicWords with the words' classes at hand.
func topicsIn(words []string, classes []wordClass) []string {
	var out []string
	add := func(w string) {
		if w != "" && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	for i, w := range words {
		switch c := classes[i]; {
		case c&classChoice != 0:
			add(headAt(words, classes, i+1))
			// "what mattress is best": the thing chosen comes first.
			add(chosenBefore(words, classes, i))
		case c&classBook != 0:
			// Stopwords and times between the verb and what it books:
			// "book me a", "book my next".
			j := i + 1
			for j < len(words) && j <= i+3 && classes[j]&(classStop|classWhen) != 0 {
				j++
			}
			head := headAt(words, classes, j)
			add(head)
			// "a dentist appointment": a generic head books what the
			// word before it names.
			if k := slices.Index(words[j:], head); k > 0 && bookedGeneric[head] && !slotLengths[words[j+k-1]] {
				add(words[j+k-1])
			}
		case c&classAnimal != 0 && forAnimal(words, classes, i):
			// "back pain in dogs", "deep tissue for my horse": the
			// base's patients are people.
			add(w)
		case c&classSlotNoun != 0 && i > 0 && topical(classes[i-1]) && !slotLengths[words[i-1]] && !subordinators[words[i-1]] && words[i-1] != "while":
			// "my bakery opening", "a dentist appointment", "my hotel
			// booking" without a verb that books: the word before the
			// slot says whose it is, unless it says when ("before
			// booking").
			add(words[i-1])
		case (c&classContact != 0 || c&classTalk != 0 && i+1 < len(words) && (words[i+1] == "to" || words[i+1] == "with")) && namedPerson(words, classes, i):
			// "call christie", "i want to talk to sarah": a person by
			// name.
			add(namedPersonAt(words, i))
		case c&classContact != 0 && i+2 < len(words) && classes[i+1]&(classDeterminer|classPossessive) != 0:
			// "contact a friend", "call my landlord": whom a request
			// to get in touch reaches.
			add(headAt(words, classes, i+2))
		case c&classContactDetail != 0 && !addressesClinic(words):
			// "the number for poison control", "the email of the
			// school": whose detail is asked for. Each word of the owner
			// counts, as the base may hold one ("poison" for toxins)
			// and not the rest; the ones it holds ("the number for
			// booking") stay the clinic's.
			if start := detailOwnerAt(words, classes, i); start > 0 {
				for k := start; k < len(words) && topical(classes[k]); k++ {
					add(words[k])
				}
			}
		case i > 0 && i+1 < len(words) && words[i+1] == "for" && classes[i-1]&classDeterminer != 0 && topical(c) && !forSpan(words, i+1):
			if !bookCues[w] {
				add(w)
				break
			}
			// "a reservation for deep tissue", "a reservation for
			// dinner": a slot is wanted for what follows "for".
			j := i + 2
			for j < len(words) && j <= i+4 && classes[j]&classStop != 0 {
				j++
			}
			add(headAt(words, classes, j))
		}
	}
	return out
}

// headAt returns the last word of the run of topical words starting at
// words[j], or "" when words[j] is not one. A relative pronoun opens a
// clause about the thing and a comparative says how it compares, so the
// run ends before either: "myofascial release which hurts less" names a
// release, "contact a landlord who never answers" a landlord.
func headAt(words []string, classes []wordClass, j int) string {
	if j >= len(words) || !topical(classes[j]) {
		return ""
	}
	for j+1 < len(words) && topical(classes[j+1]) && classes[j+1]&classComparative == 0 && !relativePronoun(words[j+1]) {
		j++
	}
	return words[j]
}

// relativePronoun reports whether w opens a clause that describes the
// noun before it: "a plumber who never calls back", "the one which
// helps". Most words are told apart by their first letter, without a
// lookup.
func relativePronoun(w string) bool {
	return w != "" && w[0] == 'w' && relativePronouns[w]
}

// relativePronouns are the words relativePronoun looks for.
var relativePronouns = setOf("which who whom whose")

// foreignHead returns the head of a noun phrase naming the clinic's own
// thing ("your ..."), when the base holds a word before the head and not
// the head itself, or "": "your opening hours", "your massage prices".
// The base's words there only say what kind of thing the head is; the
// phrase asks about the head, which the base does not hold. Without a
// tagger the phrase is a run of two or more topical words after "your",
// ending before a small word or at the end of the message, and its head
// a word the background knows (not a slip of the keys). The asker's own
// things are otherSense's.
func (m *Matcher) foreignHead(words []string, classes []wordClass) string {
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "your" {
			continue
		}
		end := i + 1
		for end < len(words) && topical(classes[end]) && !interrogatives[words[end]] {
			end++
		}
		if end-(i+1) < 2 || end < len(words) && classes[end]&classStop == 0 {
			continue
		}
		head := words[end-1]
		if adverbials[head] {
			continue
		}
		if _, known := m.resolve(head); known || background.df[stem(head)] < 3 {
			continue
		}
		if !m.anyKnownAt(words, i+1, end-1) {
			continue
		}
		return head
	}
	return ""
}

// foreignPurpose returns the head of what a generic choice is for when the
// base holds none of its words, or "": "the best technique for a golf
// swing" chooses a technique by its purpose, and the purpose is golf.
// A generic head (genericChoices) says nothing of the domain; its
// purpose says what the message is about. "the best technique for back
// pain" keeps its domain.
func (m *Matcher) foreignPurpose(words []string, classes []wordClass) string {
	for i := range words {
		// "a good kneading technique for sourdough" and "the right
		// technique for a deadlift" choose too.
		if classes[i]&classChoice == 0 && !fitJudgementSet.has(words[i]) {
			continue
		}
		// "the best technique for", "what technique is best for"
		head, at := headAt(words, classes, i+1), i+1
		if head == "" {
			head, at = chosenBefore(words, classes, i), i
		}
		if !genericChoices[head] {
			continue
		}
		f := slices.Index(words[at:], "for")
		if f < 0 || f > 3 {
			continue
		}
		j := at + f + 1
		for j < len(words) && j <= at+f+3 && classes[j]&classStop != 0 {
			j++
		}
		end := j
		for end < len(words) && topical(classes[end]) && !interrogatives[words[end]] {
			end++
		}
		if end == j {
			continue
		}
		if !m.anyKnownAt(words, j, end) {
			return words[end-1]
		}
	}
	return ""
}

// fitJudgements say that a generic thing fits a purpose, as a choice
// word does: "a good technique for", "the right way to", "the proper
// method for".
var fitJudgements = setOf("good right proper correct")

// fitJudgementSet is fitJudgements with its shapes: foreignPurpose reads
// it for nearly every word of a message.
var fitJudgementSet = shaped(fitJudgements)

// becomingVerbs say that the asker means to be one of the people named
// after them: "become an rmt", "train to be a massage therapist".
var becomingVerbs = setOf("become becoming becomes")

// becomingVerbSet is becomingVerbs with its shapes, for careerAsked's
// reading of every word of a message.
var becomingVerbSet = shaped(becomingVerbs)

// trainingVerbs come before "to be" when the asker trains for a trade:
// "study to be an rmt", "training to be a therapist".
var trainingVerbs = setOf("train training trained study studying school")

// careerAsked returns the word that asks how to become one of the
// clinic's kind of people (peopleNouns), or "": "how do i become a
// massage therapist", "where can i study to be an rmt". The base says who
// the clinic's therapists are, not how anyone becomes one; the trade is
// what the message is about.
func careerAsked(words []string, classes []wordClass) string {
	for i, w := range words {
		becoming := becomingVerbSet.has(w)
		if !becoming && w == "be" && i >= 2 && words[i-1] == "to" && trainingVerbs[words[i-2]] {
			becoming = true
		}
		if !becoming {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+4; j++ {
			if classes[j]&classPeople != 0 {
				return w
			}
		}
	}
	return ""
}

// knotWords speak of a knot: in a muscle, the base's sense, or in a thing.
var knotWords = setOf("knot knots knotted knotty tangle tangled tangles untangle")

// knottedThings are things that knot or tangle in the everyday sense:
// cords, threads and hair.
var knottedThings = setOf(`rope ropes string strings shoelace shoelaces lace laces hair necklace necklaces chain
	yarn thread threads cable cables cord cords wire wires twine ribbon scarf tie hose leash earbuds headphones`)

// knottedThing returns the thing a knot is in, when it is one of
// knottedThings, or "": "knots in my shoelaces", "a knot in the rope",
// "my hair is all knotted". Within three words before the knot word or
// four after it ("knots in my kid's hair"), so that a thing told in
// another clause ("knots in my upper back from carrying a rope") leaves
// the base's sense.
func knottedThing(words []string, classes []wordClass) string {
	for i := range words {
		if classes[i]&classKnot == 0 {
			continue
		}
		for j := max(0, i-3); j < len(words) && j <= i+4; j++ {
			if classes[j]&classKnottedThing != 0 {
				return words[j]
			}
		}
	}
	return ""
}

// jobAsked returns the word that asks about the clinic as a place to
// work, or "": "the benefits of working at your clinic", "is it a good
// place to work", "what's it like working there". The base speaks of the
// clinic's treatments, not of its jobs, whose benefits and perks are
// another sense of the base's words. Working is told from "does massage
// work for", which asks about a treatment, by its form: "working" or "to
// work" before the clinic ("you", "the clinic", "there"), or "place to
// work".
func jobAsked(words []string) string {
	for i, w := range words {
		if w != "working" && !(w == "work" && i > 0 && words[i-1] == "to") {
			continue
		}
		if i >= 2 && words[i-1] == "to" && words[i-2] == "place" {
			return w
		}
		j := i + 1
		if j < len(words) && (words[j] == "there" || words[j] == "here") {
			return w
		}
		if j >= len(words) || !jobLinks[words[j]] {
			continue
		}
		j++
		switch {
		case j < len(words) && addressees[words[j]]:
			return w
		case j+1 < len(words) && (words[j] == "your" || words[j] == "the") && clinicPlaces[words[j+1]]:
			return w
		}
	}
	return ""
}

// jobLinks join working to where: "working at your clinic", "working
// for you guys".
var jobLinks = setOf("at for with in")

// sentThings are things sent or posted, which a word of booking schedules
// in its everyday sense: "schedule a message to post later", "book an
// email". The clinic books treatments and appointments, never these.
var sentThings = setOf("message messages email emails text texts post posts tweet tweets reminder reminders")

// bookedSent returns what a word of booking schedules when it is a thing
// sent or posted (sentThings), or "": "how do i schedule a message in
// discord" asks about a message, however many base words it shares with
// "how do I send you a message".
func bookedSent(words []string, classes []wordClass) string {
	for i := range words {
		if classes[i]&classBook == 0 {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+3 && classes[j]&classStop != 0 {
			j++
		}
		if head := headAt(words, classes, j); sentThings[head] {
			return head
		}
	}
	return ""
}

// genericChoices are heads of a choice that say nothing of what is chosen
// until its purpose does: "the best technique for...", "which way is best
// for...".
var genericChoices = setOf("technique techniques method methods way ways kind kinds type types option options approach")

// adverbials are closed-class words that end a run of topical words
// without being its head: "a question before I book", "the kinds even".
var adverbials = setOf(`before after during since until even also just still really very too then
	there here ever again already almost only quite rather enough yet though anyway`)

// bookedGeneric are heads that say a request books a slot, not what the
// slot is for: "a dentist appointment" books a dentist, "a rolfing
// session" rolfing.
var bookedGeneric = setOf("appointment appointments session sessions visit visits slot slots booking bookings consultation")

// slotLengths say how long a slot is, not what it is for: "a 90 minute
// appointment".
var slotLengths = setOf("minute minutes min mins hour hours hr hrs")

// bookNounLeads come before "book" when it is a thing to read: "a book
// on massage", "my book says".
var bookNounLeads = setOf("a an the my your his her their our this that good new favourite favorite")

// bookAsNoun reports whether words[i] is "book" or "books" in the sense
// of a thing to read, after an article, a possessive or a word that
// describes it: "is there a good book on massage", "what is a book
// spine". It is then neither a request to book nor the booking entry's
// name. "on the books" and "in the book" are the clinic's calendar.
func bookAsNoun(words []string, i int) bool {
	if words[i] != "book" && words[i] != "books" || i == 0 || !bookNounLeads[words[i-1]] {
		return false
	}
	return !(words[i-1] == "the" && i >= 2 && (words[i-2] == "on" || words[i-2] == "in"))
}

// animals are patients the base does not treat: it speaks of people.
var animals = setOf("dog dogs puppy puppies cat cats kitten kittens horse horses pony ponies pet pets")

// animalFrames put an animal as whom a treatment or a condition is for:
// "in dogs", "for my horse", "massage my cat".
var animalFrames = setOf("in for massage massaging rub rubbing knead")

// forAnimal reports whether the animal at words[i] is whom the message
// asks about: after one of animalFrames, directly or after a determiner
// or possessive ("back pain in dogs", "is deep tissue ok for my dog"),
// not a dog in a story ("my dog jumped on my back").
func forAnimal(words []string, classes []wordClass, i int) bool {
	j := i - 1
	if j > 0 && classes[j]&(classDeterminer|classPossessive) != 0 {
		j--
	}
	return j >= 0 && animalFrames[words[j]]
}

// slotNouns name a place on a calendar; the word before one says what it
// is for: "a dentist appointment", "my bakery opening".
var slotNouns = setOf("appointment appointments opening openings booking bookings reservation reservations")

// chosenVerbs join the thing a question chooses to "best" after it: "what
// mattress is best", "which pillow works best".
var chosenVerbs = setOf("is are s works work")

// chosenBefore returns the head of the thing a "what" or "which" question
// chooses when the choice word (at words[i]) comes after it and a verb
// ("what mattress is best for back pain", "which stretch works best"), or
// "". The thing may be a kind of one ("what kind of mattress is best") or
// named in several words ("which over the counter painkiller works
// best"): its head is still the word before the verb.
func chosenBefore(words []string, classes []wordClass, i int) string {
	if i < 2 || !chosenVerbs[words[i-1]] || !topical(classes[i-2]) {
		return ""
	}
	for j := i - 2; j > 0 && i-j <= maxChosenRun && (topical(classes[j]) || chosenLinks[words[j]] || words[j] == "of" && (kindNouns[words[j-1]] || words[j-1] == "which")); j-- {
		if w := words[j-1]; w == "what" || w == "which" {
			return words[i-2]
		}
	}
	return ""
}

// chosenLinks are the small words inside the name of a thing chosen
// before "is best": "which over the counter painkiller". "of" is one
// after a word naming a kind ("what kind of mattress") or after "which"
// ("which of the pillows"), not in "what time of day".
var chosenLinks = setOf("the over")

// kindNouns name a kind of the thing after "of": "what kind of mattress".
var kindNouns = setOf("kind kinds sort sorts type types brand brands make model")

// maxChosenRun bounds how far back chosenBefore looks for "what" or
// "which", counted from the choice word.
const maxChosenRun = 7

// topical reports whether a word of classes c may name a thing:
// stopwords, fillers, times and the words that choose or book are not.
func topical(c wordClass) bool {
	return c&notTopical == 0
}

// foreignAsk returns the word saying what a question asks of its subject
// when the base does not hold it, or "". Questions asking who, when or
// where want a person, a time or a place; the first content word after
// the question word, within askedWithin words, says which ("who invented
// swedish massage", "when was it founded"). When the base does not hold
// that word, its entry on the subject does not answer the question.
func (m *Matcher) foreignAsk(words []string, classes []wordClass) string {
	for i := range words {
		if classes[i]&classQuestion == 0 {
			continue
		}
		if i > 0 && (describedHeads[words[i-1]] || relativeHeads[words[i-1]] || topical(classes[i-1]) && !interrogatives[words[i-1]]) {
			// "the one where they press", "the place where", "someone
			// who is stressed": a relative clause describing a thing
			// or a person, not a question.
			continue
		}
		if m.synonyms.readsFrom(words, i) {
			// "who would i see for it": a phrase the staff taught
			// ("who will do my massage") asks it in the base's words.
			continue
		}
		for j := i + 1; j < min(len(words), i+1+askedWithin); j++ {
			x := words[j]
			if classes[j]&(classQuestion|classStop|classFiller|classWhen) != 0 {
				continue
			}
			if words[i] == "who" && verdicts[x] {
				// "who's right?", "who is wrong here": the asker wants
				// a disagreement settled, and the rest of the message
				// says about what.
				return ""
			}
			if !m.knownWordAt(words, j) {
				return x
			}
			return ""
		}
		return ""
	}
	return ""
}

// verdicts settle a disagreement when asked of "who": "who's right".
var verdicts = setOf("right wrong correct")

// foreignAttribute returns the word saying what a question asks of a
// thing the base holds, when the base does not hold that word, or "". The
// base describes its techniques and topics; an attribute it never speaks
// of is not answered by the entry on the thing:
//   - the attribute before "of" ("the price of a swedish massage", "the
//     history of rolfing");
//   - the quality a comparison weighs ("is deep tissue more expensive
//     than swedish", "cheaper than");
//   - what happens before, after or during the thing, when no word outside
//     that time frame is of the domain ("is it normal to bruise after deep
//     tissue", "can i exercise after a massage", "will i be naked during
//     a swedish massage");
//   - "how much is" the thing, which asks its price, as does "how much
//     does it cost"; "how much does massage help" asks how much it helps;
//   - a service done to the asker's thing, named by a participle after
//     it ("get my blood pressure checked", "have my hips x-rayed");
//   - a number ("how often", "how long") that the base's own questions
//     never ask for, when no other word of the question but the names of
//     the base's things is of the domain ("how often can you get deep
//     tissue").
//
// A question about how a treatment is given (treat: "what happens during
// a session") is the base's own, whatever the time frame.
func (m *Matcher) foreignAttribute(words []string, classes []wordClass, treat bool) string {
	for i, w := range words {
		switch {
		case w == "of" && i >= 2 && classes[i-2]&classDeterminer != 0 && topical(classes[i-1]) &&
			!interrogatives[words[i-1]] && !kindWords[words[i-1]] && m.domainRunAt(words, classes, i+1) > 0:
			// "the price of a massage" asks an attribute; "the sort of
			// massage", "the sort of thing massage helps" ask none, nor
			// does a phrase the staff taught ("the effects of massage").
			if !m.knownWordAt(words, i-1) && !m.synonyms.readsFrom(words, i-1) {
				return words[i-1]
			}
		case w == "than" && i >= 1 && topical(classes[i-1]) && classes[i-1]&classComparative == 0 &&
			(i >= 2 && (words[i-2] == "more" || words[i-2] == "less") || len(words[i-1]) > 4 && strings.HasSuffix(words[i-1], "er")):
			// "one side is weaker than the other": the comparative ends
			// a phrase of the vocabulary (a muscle imbalance) within
			// the few words before "than", not a quality weighed.
			if !m.knownWordAt(words, i-1) && !m.holdsComparedBase(words[i-1]) && !m.synonyms.readsIn(words, max(0, i-4), i) {
				return words[i-1]
			}
		case classes[i]&classTimeFrame != 0 && !treat:
			if end := m.domainRunAt(words, classes, i+1); end > 0 {
				if x := m.foreignAround(words, classes, i, end); x != "" && x != "-" {
					return x
				}
			}
		case classes[i]&classCausative != 0 && i+2 < len(words) && classes[i+1]&classPossessive != 0:
			// "where can i get my blood pressure checked": a service
			// done to the asker's thing, named by its participle.
			for k := i + 3; k < len(words) && k <= i+5 && topical(classes[k]); k++ {
				if x := words[k]; len(x) > 4 && strings.HasSuffix(x, "ed") {
					if _, known := m.resolve(x); !known {
						return x
					}
				}
			}
		case w == "how" && i+1 < len(words) && quantityWords[words[i+1]] && !m.domain.asksHow[words[i+1]]:
			// "how often", "how long": a number the base's questions
			// never ask for, unless another word of the question is of
			// the domain ("how long till massage fixes my back" asks
			// whether it does), or the staff taught the phrase it opens
			// and a technique is named ("how many sessions of trigger
			// point therapy": regular massages of it).
			if !m.domainBesidesNames(words, classes) && !asksHowLongEffectLasts(words, i) && !m.taughtCountOfTechnique(words, i) {
				return "how " + words[i+1]
			}
		case w == "much" && i >= 1 && words[i-1] == "how" && i+1 < len(words) && pricedVerbs[words[i+1]]:
			if end := m.domainRunAt(words, classes, i+2); end > 0 && m.foreignAround(words, classes, i-1, end) != "-" {
				return "how much"
			}
		}
	}
	return ""
}

// domainBesidesNames reports whether a topical word of words weighs for
// the domain (1 or more) other than the names of the base's techniques
// and the words for a visit (bookedGeneric): "back" in "how often should
// i get trigger point therapy for my back", but not "deep tissue" in "how
// often can you get deep tissue".
func (m *Matcher) domainBesidesNames(words []string, classes []wordClass) bool {
	for k, w := range words {
		if !topical(classes[k]) || interrogatives[w] || bookedGeneric[w] || m.namesTechnique(w) {
			continue
		}
		rs, known := m.resolve(w)
		if !known {
			continue
		}
		for _, t := range rs.t[:rs.n] {
			if t.id >= 0 && float64(m.domain.term[t.id])*float64(t.conf) >= 1 {
				return true
			}
		}
	}
	return false
}

// lazyStems is a set of stems built once, on first use, and only read
// afterwards.
type lazyStems struct {
	once  sync.Once
	stems map[string]bool // written once, inside once.Do
	// shapes are the shapes of stems, where a reader that looks up most
	// words of a message (foreignModified) sets them inside once.Do.
	shapes *shapeSet
}

// lazyAnchors are the anchors of a base's entries, built on first use.
type lazyAnchors struct {
	once    sync.Once
	anchors map[*Entry]entryAnchors // written once, inside once.Do
	// standsFor maps the stem of each one-word alias that ordinary
	// requests hardly use and the title does not hold to its entry and
	// the stems of the entry's title: "rmts" stands for "Our Registered
	// Massage Therapists".
	// Written once, inside once.Do.
	standsFor map[string]aliasTitle
}

// entryAnchors are what an entry's sample questions always ask about, and
// the names of the entry that do not say it.
type entryAnchors struct {
	// stems are the stems of the content words every sample question
	// holds ("massag" for "Health benefits of massage").
	stems []string
	// subjects are the stems of each title or alias that holds none of
	// them ("blood pressure", "anxiety"): things the entry speaks of as
	// what its anchor does for them.
	subjects [][]string
	// names are the stems of every word of the title and aliases.
	names []string
	// after are the stems that follow an anchor in the sample questions
	// ("pain" in "back pain").
	after []string
}

// aliasTitle is the entry a one-word alias names, and its title's stems.
type aliasTitle struct {
	entry *Entry
	title []string
}

// minAnchored is how many sample questions an entry needs before the
// words all of them hold are taken to be what it is about.
const minAnchored = 8

// contentStems returns the stems of the content words of text.
func contentStems(text string) []string {
	var out []string
	for _, w := range strings.Fields(Normalize(text)) {
		if !stopwords[w] {
			out = append(out, stem(w))
		}
	}
	return out
}

// anchorsOf returns the anchors of e: the stems of the content words that
// every sample question of e holds, when it has minAnchored of them or
// more, the words after them, and the names that hold none of them; ok is
// false when e has none. Staff phrase "Health benefits of massage" a score of ways, and
// every one names massage: the entry speaks of anxiety or blood pressure
// only as what massage does for them.
func anchorsOf(e *Entry) (a entryAnchors, ok bool) {
	if len(e.Questions) < minAnchored {
		return a, false
	}
	for qi, q := range e.Questions {
		stems := contentStems(q)
		if qi == 0 {
			a.stems = slices.Compact(slices.Sorted(slices.Values(stems)))
			continue
		}
		a.stems = slices.DeleteFunc(a.stems, func(s string) bool { return !slices.Contains(stems, s) })
		if len(a.stems) == 0 {
			return a, false
		}
	}
	for _, q := range e.Questions {
		stems := contentStems(q)
		for i := 0; i+1 < len(stems); i++ {
			if slices.Contains(a.stems, stems[i]) && !slices.Contains(a.stems, stems[i+1]) && !slices.Contains(a.after, stems[i+1]) {
				a.after = append(a.after, stems[i+1])
			}
		}
	}
	for _, name := range append([]string{e.Title}, e.Aliases...) {
		stems := contentStems(name)
		a.names = append(a.names, stems...)
		if len(stems) > 0 && !slices.ContainsFunc(stems, func(s string) bool { return slices.Contains(a.stems, s) }) {
			a.subjects = append(a.subjects, stems)
		}
	}
	return a, true
}

// missingAnchor returns the anchor of e (a word every sample question of
// e holds, see anchorsOf) when msg asks about a subject e only speaks of,
// or "". msg holds no anchor (nor a one-word alias of an entry whose
// title holds it: "rmts" stands for massage therapists) and words beyond
// e's names, so that it is a question, not a keyword; and it holds a name
// of e that lacks the anchor ("blood pressure"), or another word in the
// anchor's place, before a word that follows the anchor in e's sample
// questions ("shoulder pain" where they say "back pain"). Words are read
// through the vocabulary and corrected for slips as retrieval reads them.
// "what causes blood pressure to spike" matches "Health benefits of
// massage" by its alias "blood pressure", but it asks about blood
// pressure, not about what massage does for it; "what causes shoulder
// pain" is not "What causes back pain?": the bot is not sure, and
// suggests the entry. "does it help circulation" and "I get migraines,
// would that help?" ask about "it", the massage the conversation is
// about, and keep their answer.
func (m *Matcher) missingAnchor(msg Message, e *Entry) string {
	if e == nil {
		return ""
	}
	a := m.domain.anchors
	a.once.Do(func() {
		a.anchors = make(map[*Entry]entryAnchors)
		a.standsFor = make(map[string]aliasTitle)
		for i := range m.base.Entries {
			e := &m.base.Entries[i]
			if an, ok := anchorsOf(e); ok {
				a.anchors[e] = an
			}
			title := contentStems(e.Title)
			for _, alias := range e.Aliases {
				// A word of the title is a part of it ("therapist",
				// anyone's therapist), not a stand-in for it ("rmt").
				if stems := contentStems(alias); len(stems) == 1 && background.df[stems[0]] < 3 && !slices.Contains(title, stems[0]) {
					a.standsFor[stems[0]] = aliasTitle{e, title}
				}
			}
		}
	})
	// Whether e has anchors is looked up first: one lookup, cheaper
	// than reading the words.
	an, ok := a.anchors[e]
	if !ok || asksOfReferent(msg.Words) {
		return ""
	}
	// On the stack for short messages: this runs for most answers.
	var readBuf, wordBuf [32]string
	read := readBuf[:0]
	beyond := false
	for _, w := range m.synonyms.rewriteIn(wordBuf[:0], msg.Words, msg.Words) {
		if stopwords[w] {
			continue
		}
		st := stem(w)
		if rs, ok := m.resolve(w); ok && rs.n == 1 && rs.t[0].id >= 0 {
			st = m.domain.stems[rs.t[0].id]
		}
		if slices.Contains(an.stems, st) {
			return ""
		}
		if t, ok := a.standsFor[st]; ok && t.entry != e && slices.ContainsFunc(t.title, func(s string) bool { return slices.Contains(an.stems, s) }) {
			return ""
		}
		read = append(read, st)
		beyond = beyond || !slices.Contains(an.names, st)
	}
	if !beyond {
		return ""
	}
	ws := msg.Words
	for j := 1; j < len(ws); j++ {
		if slices.Contains(an.after, stem(ws[j])) && topical(classOf(ws[j-1])) && !stopwords[ws[j-1]] && !firstPersonPossessives[ws[j-1]] {
			return an.stems[0]
		}
	}
	for _, subject := range an.subjects {
		if !slices.ContainsFunc(subject, func(s string) bool { return !slices.Contains(read, s) }) {
			return an.stems[0]
		}
	}
	return ""
}

// asksOfReferent reports whether words ask something of a thing the
// conversation already names ("does it help circulation", "would that
// help?"): an auxiliary before "it", "that" or "this".
func asksOfReferent(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		// The referent first: three words, a cheaper lookup that
		// fails for most.
		if referents[words[i+1]] && auxiliaries[words[i]] {
			return true
		}
	}
	return danglingAfter(words)
}

// danglingAfter reports whether words (as Message.Words) say "after" or
// "afterwards" with no thing of their own after them, so of the thing the
// conversation is about: "should i drink lots of water after to flush the
// toxins out", "is it normal to ache afterwards". "After a workout" says
// after what.
func danglingAfter(words []string) bool {
	for i, w := range words {
		if w != "after" && w != "afterwards" && w != "afterward" {
			continue
		}
		if i+1 == len(words) {
			return true
		}
		switch words[i+1] {
		case "to", "and", "or", "so", "because", "too", "though":
			return true
		}
	}
	return false
}

// referents point back at what the conversation is about.
var referents = setOf("it that this")

// namesTechnique reports whether w is a word of a technique's title or
// aliases ("tissue", "massage", "rolfing").
func (m *Matcher) namesTechnique(w string) bool {
	names := m.domain.techniqueNames
	names.once.Do(func() {
		names.stems = make(map[string]bool, 32)
		for i := range m.base.Entries {
			e := &m.base.Entries[i]
			if e.Kind != KindTechnique {
				continue
			}
			for _, name := range append([]string{e.Title}, e.Aliases...) {
				for _, x := range strings.Fields(Normalize(name)) {
					names.stems[stem(x)] = true
				}
			}
		}
	})
	return names.stems[stem(w)]
}

// foreignModified returns the word a technique's modifier qualifies when
// it is not the rest of a name the base holds, or "": "swedish meatballs"
// are food, "trigger finger" a condition of the hand. A word that only
// qualifies a technique's name ("swedish", "deep") names the technique
// only before the rest of its name; before a noun the base does not hold,
// that noun is what the message is about. stems are the stems of the
// first of words, as far as they were worked out (see domainWith).
func (m *Matcher) foreignModified(words []string, classes []wordClass, stems []string) string {
	mods := m.domain.techniqueModifiers
	mods.once.Do(func() {
		mods.stems = make(map[string]bool, 16)
		heads := make(map[string]bool, 32)
		for i := range m.base.Entries {
			e := &m.base.Entries[i]
			if e.Kind != KindTechnique {
				continue
			}
			if f := strings.Fields(Normalize(e.Title)); len(f) > 1 {
				mods.stems[stem(f[0])] = true
			}
			for _, name := range append([]string{e.Title}, e.Aliases...) {
				if f := strings.Fields(Normalize(name)); len(f) > 1 {
					heads[stem(f[len(f)-1])] = true
				}
			}
		}
		for h := range heads {
			delete(mods.stems, h)
		}
		mods.shapes = shapesOf(mods.stems)
	})
	for i := 0; i+1 < len(words); i++ {
		x := words[i+1]
		if len(x) < 3 || !topical(classes[i+1]) {
			continue // the cheap tests first: most words fail one
		}
		st := ""
		if i < len(stems) {
			st = stems[i]
		} else {
			st = stem(words[i])
		}
		if !mods.shapes.mayHold(st) || !mods.stems[st] || interrogatives[x] || m.knownThing(words, classes, x) {
			continue
		}
		return x
	}
	return ""
}

// deviceWords name the devices sold for massage at home: a "massager"
// always, the others after "massage" ("a massage gun", "massage chairs").
var deviceWords = setOf(`massager massagers theragun theraguns hypervolt gun guns chair chairs pillow pillows
	cushion cushions machine machines device devices roller rollers mat mats belt belts seat seats wand wands`)

// selfDevices are the deviceWords that name a device alone.
var selfDevices = setOf("massager massagers theragun theraguns hypervolt")

// deviceNamed returns the word naming a massage device (see deviceWords)
// in words, or "": the clinic gives massage and sells nothing, so a
// device is another thing than the base's massage however the base's
// words qualify it ("a back massager", "the best massage chair"). held
// is every class of the message's words (see domainWith): a message with
// no word of the class is not read.
func deviceNamed(held wordClass, words []string, classes []wordClass) string {
	if held&classDevice == 0 {
		return "" // most messages
	}
	for i, w := range words {
		if classes[i]&classDevice == 0 {
			continue
		}
		if selfDevices[w] || i > 0 && strings.HasPrefix(words[i-1], "massag") {
			return w
		}
	}
	return ""
}

// foreignSiteNamed returns the name of a booking site that words name,
// or "": a word the normaliser split from its suffix (see webSuffixes, a
// word class, so that no word is looked up twice) that is a word of
// booking ("booking.com"), or the site a booking is on ("my booking on
// hotels.com"). Either is another business than the clinic, whose own
// booking site is not named so. A site named as a source ("i read on
// webmd.com that massage helps") says nothing of what is asked. held is
// deviceNamed's.
func (m *Matcher) foreignSiteNamed(held wordClass, words []string, classes []wordClass) string {
	if held&classWebSuffix == 0 {
		return "" // most messages
	}
	for i := 0; i+1 < len(words); i++ {
		if classes[i+1]&classWebSuffix == 0 {
			continue
		}
		w := words[i]
		if strings.Contains(strings.ToLower(m.base.Clinic.BookingURL), w) {
			continue // the clinic's own
		}
		if classes[i]&(classBook|classSlotNoun) != 0 || i >= 2 && siteLinks[words[i-1]] && classes[i-2]&classSlotNoun != 0 {
			return w
		}
	}
	return ""
}

// siteLinks put a booking on a site: "my reservation on airbnb.com",
// "a booking through expedia.ca".
var siteLinks = setOf("on with through via from at")

// openingHoursAsked returns the word after "opening" when the two ask
// for the hours a place keeps ("opening hours", "opening times", and
// "opening ours" as chat slips it), or "". The vocabulary reads
// "opening" as a free appointment, which it is alone ("any openings this
// week"); before a word of hours it is not one. held is deviceNamed's.
func openingHoursAsked(held wordClass, words []string, classes []wordClass) string {
	if held&classSlotNoun == 0 {
		return "" // most messages
	}
	for i := 0; i+1 < len(words); i++ {
		if classes[i]&classSlotNoun != 0 && strings.HasPrefix(words[i], "opening") && openingHourWords[words[i+1]] {
			return words[i+1]
		}
	}
	return ""
}

// openingHourWords follow "opening" when it asks when a place is open.
var openingHourWords = setOf("hours hour ours hrs times")

// foreignAfterName returns the noun a technique's full name of two words
// or more qualifies, when the base does not hold it, or "": "a deep
// tissue biopsy" is a medical test and "the deep tissue bruise" an
// injury, as foreignModified finds "swedish meatballs" food. The name
// must stand after a determiner or a possessive, so that the word after
// it is the head of a noun phrase and not a verb the base happens not to
// hold ("deep tissue scares me"). named holds a bit for each name of
// m.longNames the message holds (see longNamesIn), words are its words and
// classes theirs.
func (m *Matcher) foreignAfterName(named uint64, words []string, classes []wordClass) string {
	for i, end := range m.namesIn(named, words, nameAt) {
		if i == 0 || classes[i-1]&(classDeterminer|classPossessive) == 0 && !possessives[words[i-1]] || end >= len(words) {
			continue
		}
		x := words[end]
		if len(x) < 3 || !topical(classes[end]) || interrogatives[x] || genericHeads[x] || m.knownThing(words, classes, x) {
			continue
		}
		return x
	}
	return ""
}

// namesIn yields, for each name of m.longNames that named holds a bit for
// (see longNamesIn), in their order, the start and end of each place in
// words where at finds it (nameAt, or nameOrPluralAt): the readings of a
// technique's full name in its context start from these.
func (m *Matcher) namesIn(named uint64, words []string, at func([]string, int, string) (int, bool)) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for n, key := range m.longNames {
			if named&(1<<n) == 0 {
				continue // most messages name no technique in full
			}
			for i := range words {
				if end, ok := at(words, i, key); ok && !yield(i, end) {
					return
				}
			}
		}
	}
}

// placeLinks put a thing in a place: "a trigger point in my level
// editor", "trigger points on the map".
var placeLinks = setOf("in on inside within")

// virtualPlaces are places of games and software, where a trigger
// point is a thing that fires: "in my game", "in the level editor", "on
// the map".
var virtualPlaces = setOf(`game games gaming level levels editor map maps mod mods server engine unity unreal
	roblox minecraft script scripts code app apps software program website`)

// maxPlaceWords is how many words of a place after its link are read.
const maxPlaceWords = 4

// foreignPlaceOfName returns the word of virtualPlaces naming the place
// a technique's full name of two words or more is put in (see
// placeLinks), or "": "how do i set up a trigger point in my game level
// editor" asks about a game, whose trigger points fire events. A name in
// a place of the body ("trigger points in my upper back") keeps its
// sense. The place is read only after a name, so the lists cost nothing
// at other words. named, words and classes are foreignAfterName's.
func (m *Matcher) foreignPlaceOfName(named uint64, words []string, classes []wordClass) string {
	for _, end := range m.namesIn(named, words, nameAt) {
		if end < len(words) && words[end] == "s" {
			end++ // "trigger point s" of "trigger point's"
		}
		if end >= len(words) || !placeLinks[words[end]] {
			continue
		}
		j := end + 1
		if j < len(words) && (classes[j]&(classDeterminer|classPossessive) != 0 || possessives[words[j]]) {
			j++
		}
		for k := j; k < len(words) && k-j < maxPlaceWords && topical(classes[k]); k++ {
			if virtualPlaces[words[k]] {
				return words[k]
			}
		}
	}
	return ""
}

// longNamesIn returns a bit for each name of m.longNames (at most 64)
// that normalized, a message's normalised text, holds. ids are its words'
// ids in the matcher's word table, or nil: a message none of whose ids is
// a name's first word holds no name, and its text is not searched.
func (m *Matcher) longNamesIn(normalized string, ids []int32) uint64 {
	if ids != nil && m.longFirsts != nil && !slices.ContainsFunc(ids, func(id int32) bool { return slices.Contains(m.longFirsts, id) }) {
		return 0
	}
	var out uint64
	for n, key := range m.longNames[:min(len(m.longNames), 64)] {
		if strings.Contains(normalized, key) {
			out |= 1 << n
		}
	}
	return out
}

// longFirstIDs returns the ids in t of the first words of names, or nil
// when t is nil or holds one of them not.
func longFirstIDs(t *wordTable, names []string) []int32 {
	if t == nil {
		return nil
	}
	out := make([]int32, 0, len(names))
	for _, name := range names {
		first, _, _ := strings.Cut(name, " ")
		id := t.lookup(first)
		if id < 0 {
			return nil
		}
		out = append(out, id)
	}
	return out
}

// longNames returns the keys of keys (see titleKeys) of two words or
// more, trimmed, in the file order of b's entries.
func longNames(b *Base, keys map[*Entry]string) []string {
	var out []string
	for i := range b.Entries {
		if key, ok := keys[&b.Entries[i]]; ok && strings.Count(key, " ") >= 3 {
			out = append(out, strings.TrimSpace(key))
		}
	}
	return out
}

// nameAt reports whether words from words[i] hold the words of key (a
// titleKey, or one trimmed: words between single spaces) one for one,
// and where they end. It splits key as it goes, so that it allocates
// nothing.
func nameAt(words []string, i int, key string) (end int, ok bool) {
	rest := strings.TrimSpace(key)
	if i >= len(words) || !strings.HasPrefix(rest, words[i]) {
		return 0, false // most words: not even the name's first
	}
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if i >= len(words) || words[i] != w {
			return 0, false
		}
		i++
	}
	return i, true
}

// quantityWords follow "how" when a question asks for a number: how
// often, how many, how long.
var quantityWords = setOf("often frequently many long soon")

// taughtCountOfTechnique reports whether the "how" at words[i] opens a
// phrase of the vocabulary ("how many sessions" is regular massages) in a
// question that names a technique by its title: "how many sessions of
// trigger point therapy will i need" asks how regular that treatment
// should be, which its entry partly answers. A count of anything else
// ("how many sessions of therapy for anxiety") stays a number the base
// lacks.
func (m *Matcher) taughtCountOfTechnique(words []string, i int) bool {
	return m.synonyms.readsIn(words, i, min(len(words), i+3)) && len(techniquesIn(m, strings.Join(words, " "))) > 0
}

// asksHowLongAnEffectLasts reports whether words (as Message.Words) ask
// how long what a treatment does lasts (see asksHowLongEffectLasts).
func asksHowLongAnEffectLasts(words []string) bool {
	for i, w := range words {
		if w == "how" && asksHowLongEffectLasts(words, i) {
			return true
		}
	}
	return false
}

// asksHowLongEffectLasts reports whether the "how" at words[i] asks how
// long what a treatment does lasts ("how long do the effects of a massage
// last", "how long will the relief last"): whether relief is long term,
// which the base speaks of. How long a session lasts ("how long does a
// massage last") names no effect and stays a number the base lacks.
func asksHowLongEffectLasts(words []string, i int) bool {
	if i+1 >= len(words) || words[i+1] != "long" {
		return false
	}
	effect := false
	for _, w := range words[i+2:] {
		switch w {
		case "effect", "effects", "relief", "result", "results", "benefit", "benefits":
			effect = true
		case "last", "lasts", "lasting":
			return effect
		}
	}
	return false
}

// causatives ask for something to be done to a thing: "get my car
// fixed", "have my eyes tested".
var causatives = setOf("get got getting have having")

// knownWordAt reports whether the base holds words[i] (words as
// Message.Words), as one of its terms or as a word its vocabulary reads
// there ("root" in "the root of", when staff map "root of" to "cause").
func (m *Matcher) knownWordAt(words []string, i int) bool {
	if _, known := m.resolve(words[i]); known {
		return true
	}
	return m.synonyms.readsAt(words, i)
}

// relativeHeads are the pronouns a "who" or "where" clause describes:
// "someone who is stressed", "anybody who sits all day".
var relativeHeads = setOf("someone somebody anyone anybody everyone everybody people person those")

// holdsComparedBase reports whether w is a comparative ending in -er
// whose base word the base holds as it is: "tighter" (tight), "looser"
// (loose), "stiffer" (stiff), "easier" (easy), "bigger" (big). "one side
// is tighter than the other" asks of tightness, which the base speaks
// of. Only the base's own stems count, never a correction, so that
// "cheaper" is not read as "deep".
func (m *Matcher) holdsComparedBase(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "er") {
		return false
	}
	root := w[:len(w)-2]
	candidates := []string{root, root + "e"}
	if n := len(root); n >= 3 && root[n-1] == root[n-2] {
		candidates = append(candidates, root[:n-1]) // "bigger"
	}
	if strings.HasSuffix(root, "i") {
		candidates = append(candidates, root[:len(root)-1]+"y") // "easier"
	}
	for _, c := range candidates {
		if _, ok := m.termID[stem(c)]; ok {
			return true
		}
	}
	return false
}

// anyKnownAt reports whether knownWordAt holds for a word of words[from:to].
func (m *Matcher) anyKnownAt(words []string, from, to int) bool {
	for i := from; i < to; i++ {
		if m.knownWordAt(words, i) {
			return true
		}
	}
	return false
}

// peopleNouns name the clinic's people.
var peopleNouns = setOf("therapist therapists rmt rmts masseuse masseuses masseur masseurs staff practitioner practitioners")

// foreignPeopleQualifier returns a word that qualifies the clinic's
// people, after a determiner, when the base never uses it but ordinary
// requests do, or "": "do you have any male therapists", "a spanish
// speaking rmt". The base says who its therapists are, not whether one of
// that kind works there; the entry on them is only a suggestion.
func (m *Matcher) foreignPeopleQualifier(words []string, classes []wordClass) string {
	for i := 2; i < len(words); i++ {
		if classes[i]&classPeople == 0 {
			continue
		}
		for j := i - 1; j >= 1 && j >= i-2 && topical(classes[j]); j-- {
			if classes[j-1]&classDeterminer != 0 && !choosingQualifiers[words[j]] && !m.holdsWordAt(words, j) && background.df[stem(words[j])] > 0 {
				return words[j]
			}
		}
	}
	return ""
}

// choosingQualifiers pick one of the clinic's people rather than say what
// they are like: "can I book a specific therapist", "the same rmt", "how
// do I find the right therapist" (the one that suits the asker, which is
// what the entry on them speaks to).
var choosingQualifiers = setOf(`specific particular same different certain other another preferred favourite favorite usual regular own one
	right suitable ideal perfect proper correct`)

// holdsWordAt reports whether the base holds words[i] (words as
// Message.Words), as typed, read as a slip of one of its words, or through
// the vocabulary there; an everyday word that is only kept from being read
// as a slip ("male" is not "massage") is not held.
func (m *Matcher) holdsWordAt(words []string, i int) bool {
	if rs, known := m.resolve(words[i]); known && slices.ContainsFunc(rs.t[:rs.n], func(t queryTerm) bool { return t.id >= 0 }) {
		return true
	}
	return m.synonyms.readsAt(words, i)
}

// timeFrames put what follows them in time: "after a massage".
var timeFrames = setOf("before after during")

// pricedVerbs follow "how much" when the question asks a price: "how
// much is rolfing", "how much does it cost".
var pricedVerbs = setOf("is are s does do would will")

// interrogatives ask; they are not the thing asked about.
var interrogatives = setOf("what whats which why who how when where")

// domainRunAt returns the end (exclusive) of the run of topical words
// that starts at words[j], after up to three small words ("a", "my
// first"), when one of its words is a sure sign of the domain (a
// technique's name, "massage"), or 0.
func (m *Matcher) domainRunAt(words []string, classes []wordClass, j int) int {
	for k := j; k < len(words) && k < j+3 && classes[k]&classStop != 0; k++ {
		j = k + 1
	}
	end := j
	for end < len(words) && topical(classes[end]) && !interrogatives[words[end]] {
		end++
	}
	if end == j || !m.holdsDomainName(words[j:end]) {
		return 0
	}
	return end
}

// foreignAround looks at the topical words outside words[from:end] (a time
// frame or a price frame and the thing it names). It returns "-" when one
// of them is of the domain (its weight at least 1: "sore", "hurt"), the
// first the base does not hold otherwise ("bruise" in "is it normal to
// bruise after deep tissue"), or "" when there is none.
func (m *Matcher) foreignAround(words []string, classes []wordClass, from, end int) string {
	out := ""
	for k, w := range words {
		if k >= from && k < end || !topical(classes[k]) || interrogatives[w] {
			continue
		}
		rs, known := m.resolve(w)
		if !known {
			if out == "" {
				out = w
			}
			continue
		}
		for _, t := range rs.t[:rs.n] {
			if t.id >= 0 && float64(m.domain.term[t.id])*float64(t.conf) >= 1 {
				return "-"
			}
		}
	}
	return out
}

// askedWithin is how many words after a question word foreignAsk reads.
const askedWithin = 3

// questionWords start the part of a question that says what it asks.
var questionWords = setOf("who when where")

// bookVerbs ask to book what follows them.
var bookVerbs = setOf("book rebook reserve schedule")

// contactVerbs ask to get in touch with whom follows them, after a
// determiner or "my": "contact a friend" reaches a friend, not the clinic.
var contactVerbs = setOf("contact reach call phone ring text email")

// talkVerbs reach someone with "to" or "with": "talk to sarah".
var talkVerbs = setOf("talk speak chat")

// reachedRoles are whom a member asks to reach at the clinic, by role
// rather than by name: "call reception", "talk to someone".
var reachedRoles = setOf(`someone somebody anyone anybody reception receptionist desk front office human person people
	staff admin manager owner us you them him her`)

// namedPersonAt returns the word after the contact or talk verb at
// words[i] (after "to" or "with" for a talk verb), or "".
func namedPersonAt(words []string, i int) string {
	j := i + 1
	if talkVerbs[words[i]] {
		j++
	}
	if j >= len(words) {
		return ""
	}
	return words[j]
}

// namedPerson reports whether the verb at words[i] reaches a person by
// name: a topical word right after it ("phone sarah", "talk to mike")
// that names no role at the clinic. Whether the base holds the word
// decides whether it is a foreign topic, as for any other.
func namedPerson(words []string, classes []wordClass, i int) bool {
	j := i + 1
	if talkVerbs[words[i]] {
		j++
	}
	return j < len(words) && topical(classes[j]) && !reachedRoles[words[j]] && !clinicPlaces[words[j]] && !contactMeans[words[j]]
}

// contactMeans are what a word of getting in touch names when it only
// qualifies them, not whom it reaches: "the contact page is broken",
// "call button", "email form".
var contactMeans = setOf(`page pages form forms link links button buttons info information details section tab
	card number numbers address addresses list box field`)

// choiceWords come before the thing a message asks to choose.
var choiceWords = setOf("best top")

// determiners come before a noun: "a pillow for", "any stretches for".
var determiners = setOf("a an the any some good best top")

// unheldWeight is d.wordWeight(stem(w)), read from the word table when
// tw, w's entry there, is not nil.
func unheldWeight(d *domainModel, w string, tw *tableWord) float64 {
	if tw != nil {
		return tw.unheld
	}
	return d.wordWeight(stem(w))
}

// wordWeight is the weight of a stem the base does not hold: a weight
// against the domain that grows with how common the word is in the
// background.
func (m *domainModel) wordWeight(st string) float64 {
	bg, ok := background.df[st]
	if !ok {
		return m.p.unseen
	}
	// The more ordinary requests use it, the surer it is about them.
	return -min(m.p.maxAbsent, -m.p.unseen+0.5*math.Log1p(bg))
}

// firstPersonPossessives make what follows the asker's own: "my back",
// "our benefits".
var firstPersonPossessives = setOf("my our")

// otherSense returns the words of words (as Message.Words) that name the
// asker's own thing in a sense the base does not cover: the base speaks of
// the benefits of massage, never of "my health benefits", which are
// insurance, while ordinary requests speak of "my health", "my schedule",
// "my points". A run of words after "my" or "our" is in another sense when
// the base's own questions never make its head the asker's and the
// background holds the possessive with one of its words as a pair ("my
// benefits" in "my workplace benefits plan"). Such
// words are no evidence for the domain.
func (m *domainModel) otherSense(words []string) []string {
	return m.otherSenseIn(words, classesOf(nil, words))
}

// otherSenseIn is otherSense with the words' classes at hand.
func (m *domainModel) otherSenseIn(words []string, classes []wordClass) []string {
	var out []string
	var buf [64]byte
	for i := range words {
		h, ok := ownedHead(words, classes, i)
		if !ok || m.owned[stem(words[h])] {
			continue
		}
		first := h
		for first > 0 && classes[first-1]&classPossessive == 0 {
			first--
		}
		if h > first && m.owned[stem(words[first])] && strings.HasSuffix(words[h], "ed") {
			// "need my back unlocked", "get my neck sorted": what is to
			// be done to the base's own thing, not a thing of its own.
			continue
		}
		// "my workplace benefits plan": any word of the run that
		// ordinary requests make the asker's ("my benefits"), past the
		// first only one the base's questions do not ("my back" in "my
		// lower back scanned" is the base's).
		paired := false
		for j := first; j <= h && !paired; j++ {
			if j == first || !m.owned[stem(words[j])] {
				_, paired = background.pairs[string(appendPairKey(buf[:0], words[first-1], words[j]))]
			}
		}
		if !paired {
			continue
		}
		out = append(out, words[first:h+1]...)
	}
	for i := range words {
		first, h, ok := haveHead(words, classes, i)
		if !ok || m.owned[stem(words[h])] {
			continue
		}
		// The asker's thing told by "i have" is weighed as "my ...".
		if _, ok := background.pairs[string(appendPairKey(buf[:0], "my", words[first]))]; !ok {
			continue
		}
		out = append(out, words[first:h+1]...)
	}
	return out
}

// haveHead returns the first word and the head of the run of topical
// words that the asker says they have: before "i have" at the end of the
// message or before a small word ("the health benefits i have", "the
// benefits i have at work"), before "do i have" at the end ("what health
// benefits do i have"), or after "do i have" and a determiner or none
// ("do i have any health benefits"). ok is false when words[i]
// starts no such phrase. "the results i have seen" is a tense, not the
// asker's thing.
func haveHead(words []string, classes []wordClass, i int) (first, h int, ok bool) {
	n := len(words)
	switch {
	case i > 0 && i+1 < n && words[i] == "i" && words[i+1] == "have" && (i+2 == n || classes[i+2]&classStop != 0) && topical(classes[i-1]),
		i > 0 && i+2 == n-1 && words[i] == "do" && words[i+1] == "i" && words[i+2] == "have" && topical(classes[i-1]):
		h = i - 1
		first = h
		for first > 0 && topical(classes[first-1]) && !interrogatives[words[first-1]] {
			first--
		}
		return first, h, true
	case i+3 < n && words[i] == "do" && words[i+1] == "i" && words[i+2] == "have":
		first = i + 3
		if classes[first]&classDeterminer != 0 || words[first] == "many" {
			first++
		}
		if first >= n || !topical(classes[first]) {
			return 0, 0, false
		}
		h = first
		for h+1 < n && topical(classes[h+1]) {
			h++
		}
		return first, h, true
	}
	return 0, 0, false
}

// ownedHead returns the index in words (as Message.Words, with their
// classes) of the head of the asker's own thing that words[i] starts, when
// it is "my" or "our": the last word of the run of topical words after it
// ("my extended health benefits" owns benefits).
func ownedHead(words []string, classes []wordClass, i int) (int, bool) {
	if classes[i]&classPossessive == 0 || i+1 >= len(words) || !topical(classes[i+1]) {
		return 0, false
	}
	j := i + 1
	for j+1 < len(words) && topical(classes[j+1]) && !interrogatives[words[j+1]] {
		j++ // "my back unlocked where do i book" owns a back
	}
	return j, true
}

// comparedWords returns the words of words (as Message.Words) that name
// the things a comparison sets side by side: around "vs" or "versus",
// after "than", before the comparative that "than" follows ("is yoga
// better than massage"), either side of "as good as", and of "count as"
// or "the same as". Of a run of words the head counts ("a massage
// gun vs deep tissue" compares a gun). Without "than", "vs", "versus" or
// "as ... as" nothing is compared: "will i feel better" compares nothing.
func comparedWords(words []string) []string {
	return comparedIn(words, classesOf(nil, words))
}

// selfComparisons, after "than" (or "than the"), set a thing beside
// another part or time of itself: "than the other", "than usual",
// "than before", "than ever".
var selfComparisons = setOf("other others another usual normal before ever yesterday")

// orVerbs start a second action after "or": "start with the gentle kind
// or go straight to the deep one", "or just wait".
var orVerbs = setOf("go get try just stick start switch jump wait skip")

// orJoinsNoThings reports whether the "or" at words[i] joins no two
// things: the idiom "more or less", or a second action ("or go
// straight to").
func orJoinsNoThings(words []string, i int) bool {
	if i > 0 && i+1 < len(words) && words[i-1] == "more" && words[i+1] == "less" {
		return true
	}
	return i+1 < len(words) && orVerbs[words[i+1]]
}

// comparedIn is comparedWords with the words' classes at hand.
func comparedIn(words []string, classes []wordClass) []string {
	var out []string
	add := func(w string) {
		if w != "" && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	after := func(i int) {
		j := i + 1
		for j < len(words) && j <= i+2 && classes[j]&classStop != 0 {
			j++
		}
		add(headAt(words, classes, j))
	}
	before := func(i int) {
		if i > 0 && topical(classes[i-1]) {
			add(words[i-1])
		}
	}
	// A comparison that weighs its sides ("better", "best") may join them
	// with "or": "is acupuncture or massage better for back pain".
	weighs := slices.ContainsFunc(classes, func(c wordClass) bool { return c&(classComparative|classChoice) != 0 })
	for i, w := range words {
		switch w {
		case "vs", "versus":
			before(i)
			after(i)
		case "or":
			if weighs && !orJoinsNoThings(words, i) {
				before(i)
				after(i)
			}
		case "than":
			if i+1 < len(words) && selfComparisons[words[i+1]] || i+2 < len(words) && words[i+1] == "the" && selfComparisons[words[i+2]] {
				// "one side tighter than the other", "worse than
				// usual": the thing is set beside itself, no rival.
				continue
			}
			after(i)
			if i > 0 && classes[i-1]&classComparative != 0 {
				before(i - 1)
				// The subject of a question that compares is a side
				// too: "would yoga fix my back better than massage".
				// Without a tagger its first word stands for it, since
				// a verb may follow ("yoga fix").
				if j := comparedSubjectAt(words, classes, i); j >= 0 {
					add(words[j])
				}
			}
		case "as":
			switch {
			case i+2 < len(words) && words[i+2] == "as":
				// "a massage gun as good as deep tissue"
				before(i)
				after(i + 2)
			case i > 0 && classes[i-1]&classClassing != 0:
				// "does cupping count as myofascial release", "is
				// cupping the same as rolfing"
				k := i - 1
				if k > 0 && words[k-1] == "the" {
					k--
				}
				if k >= 3 && words[k-1] == "less" && words[k-2] == "or" && words[k-3] == "more" {
					k -= 3 // "is rolfing more or less the same as"
				}
				before(k)
				after(i)
			}
		}
	}
	return out
}

// auxiliaries open a yes-or-no question; its subject follows them.
var auxiliaries = setOf("is are does do would will can could should")

// comparedSubjectAt returns the index in words (as Message.Words, with
// their classes) of the first word of the subject of a yes-or-no question
// that compares with "than" at words[than], or -1: "would yoga fix my back
// better than massage" has yoga for subject. Without a tagger the first
// topical word after the opening auxiliary and at most two small words
// stands for it, since a verb may follow ("yoga fix").
func comparedSubjectAt(words []string, classes []wordClass, than int) int {
	if len(words) == 0 || !auxiliaries[words[0]] {
		return -1
	}
	j := 1
	for j < than && j <= 3 && classes[j]&classStop != 0 {
		j++
	}
	if j < than && topical(classes[j]) {
		return j
	}
	return -1
}

// ownSideWeighed returns the index of "than" when a question weighs the
// base's own thing against a rival for a purpose the base holds, or -1:
// "is massage better than a physiotherapist for my back" asks whether massage helps
// a back, which the base answers, the rival being only the yardstick.
// The subject is the run of topical words comparedSubjectAt starts, every
// one of them the base's ("trigger point injections" is no massage), and
// another word of the base names the purpose ("back", "pain"): "is massage
// better than acupuncture" asks only which of two is better. "is physio
// better than massage" has a rival for subject, so asks about the rival.
func (m *Matcher) ownSideWeighed(words []string, classes []wordClass) int {
	than := slices.Index(words, "than")
	if than < 2 || classes[than-1]&classComparative == 0 {
		return -1
	}
	j := comparedSubjectAt(words, classes, than)
	if j < 0 {
		return -1
	}
	end := j
	for end+1 < than-1 && topical(classes[end+1]) {
		end++
	}
	for k := j; k <= end; k++ {
		if !m.knownThing(words, classes, words[k]) {
			return -1
		}
	}
	rivalEnd := than + 1
	for rivalEnd < len(words) && words[rivalEnd] != "for" && (topical(classes[rivalEnd]) || classes[rivalEnd]&classStop != 0) {
		rivalEnd++
	}
	for k := range words {
		if k >= j && k <= end || k == than-1 || k > than && k < rivalEnd || !topical(classes[k]) {
			continue
		}
		if _, known := m.resolve(words[k]); known {
			return than
		}
	}
	return -1
}

// knownThing reports whether the base holds the thing whose head is w
// among words (as Message.Words): w is a term of the base, or the run of
// words it ends is a phrase of the vocabulary ("a back rub" is a massage).
func (m *Matcher) knownThing(words []string, classes []wordClass, w string) bool {
	if _, known := m.resolve(w); known {
		return true
	}
	end := slices.Index(words, w)
	if end < 0 {
		return false
	}
	start := end
	for start > 0 && topical(classes[start-1]) {
		start--
	}
	return m.synonyms.readsIn(words, start, end+1)
}

// classing words come before "as" when a message asks whether one thing
// is another: "count as", "the same as".
var classing = setOf("count counts counted same")

// comparatives come before "than" in a comparison.
var comparatives = setOf("better worse more less safer gentler harder stronger faster quicker")

// purchaseVerbs ask about buying something, in the present: "bought" tells
// a story ("I bought a foam roller, can massage help").
var purchaseVerbs = setOf("buy buying purchase purchasing")

// purchaseVerbSet is purchaseVerbs with its shapes, for purchaseIn's
// reading of every word of a message.
var purchaseVerbSet = shaped(purchaseVerbs)

// purchaseIn returns the word of words (as Message.Words) that asks about
// buying something, or "": the base describes a clinic's treatments and
// sells no product, so a question about what to buy ("which massage gun
// should i buy", "where can i buy a massage chair") asks about that
// product, which the base does not hold, whatever words of the base name
// it.
func purchaseIn(words []string) string {
	for _, w := range words {
		if purchaseVerbSet.has(w) {
			return w
		}
	}
	return ""
}
