package knowledge

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The safety screen is the first stage of answering. It reads a message the
// way a clinician reads a patient's words: it finds clinical concepts
// (symptoms, body sites, history, time), drops those that are negated ("no
// numbness"), in the past ("a crash ten years ago") or only asked about
// ("what are the warning signs"), and checks the rules of each red-flag
// group over what is left. Two levels of urgency come out of it, emergency
// and see-a-doctor-today; when no red flag fires, a question whether
// massage is safe with the person's own medical situation is a caution.
// The lexicon and rules are in safety_lexicon.go.

// SafetyLevel is how urgent a message is, as the safety screen judges it.
type SafetyLevel string

// The levels of the safety screen, from least to most urgent.
const (
	// SafetyNone: nothing for the screen; answer the question.
	SafetyNone SafetyLevel = "none"
	// SafetyCaution: a question whether massage is safe with a medical
	// situation, for the person's doctor or the clinic's therapists.
	SafetyCaution SafetyLevel = "caution"
	// SafetyDoctor: a red flag that needs a doctor today, before any
	// massage.
	SafetyDoctor SafetyLevel = "doctor"
	// SafetyEmergency: a red flag that needs 911 or an emergency
	// department now.
	SafetyEmergency SafetyLevel = "emergency"
)

func (l SafetyLevel) rank() int {
	switch l {
	case SafetyCaution:
		return 1
	case SafetyDoctor:
		return 2
	case SafetyEmergency:
		return 3
	}
	return 0
}

// ConceptHit is one concept the screen found in a message, for --explain.
type ConceptHit struct {
	// Concept is the concept's id ("numbness", "saddle-site").
	Concept string
	// Words are the message's words that named it.
	Words string
	// Negated, Past and Hypothetical say why the hit does not count:
	// "no numbness", "a crash years ago", "warning signs such as ...".
	Negated, Past, Hypothetical bool
	// By is the word that negated it, put it in the past or made it
	// hypothetical.
	By string
}

// Counts reports whether the hit counts towards a rule.
func (h ConceptHit) Counts() bool { return !h.Negated && !h.Past && !h.Hypothetical }

// SafetyVerdict is what the safety screen made of one message.
type SafetyVerdict struct {
	Level SafetyLevel
	// Group is the red-flag group for levels doctor and emergency
	// ("cauda-equina"); Situation the caution situation ("pregnancy").
	Group     string
	Situation string
	// Recognised says in plain words what the screen recognised, for the
	// reply: "numbness around the groin or buttocks with new bladder
	// trouble".
	Recognised string
	// Concepts are every concept found, counted or not, in message order.
	Concepts []ConceptHit
	// Reason says why the screen fired or did not.
	Reason string
}

// Fires reports whether the verdict replaces the answer: an urgent or a
// caution reply instead of any topic.
func (v SafetyVerdict) Fires() bool { return v.Level != SafetyNone && v.Level != "" }

// Explain renders the verdict as lines for `synergybot ask --explain`.
func (v SafetyVerdict) Explain() []string {
	lines := []string{"safety: level " + string(v.Level)}
	switch {
	case v.Group != "":
		lines[0] += ", group " + v.Group
	case v.Situation != "":
		lines[0] += ", situation " + v.Situation
	}
	if v.Recognised != "" {
		lines = append(lines, "  recognised: "+v.Recognised)
	}
	var counted, dropped []string
	for _, h := range v.Concepts {
		s := fmt.Sprintf("%s %q", h.Concept, h.Words)
		switch {
		case h.Negated:
			dropped = append(dropped, fmt.Sprintf("%s negated by %q", s, h.By))
		case h.Past:
			dropped = append(dropped, fmt.Sprintf("%s in the past (%q)", s, h.By))
		case h.Hypothetical:
			dropped = append(dropped, fmt.Sprintf("%s only asked about (%q)", s, h.By))
		default:
			counted = append(counted, s)
		}
	}
	if len(counted) > 0 {
		lines = append(lines, "  concepts: "+strings.Join(counted, ", "))
	}
	if len(dropped) > 0 {
		lines = append(lines, "  not counted: "+strings.Join(dropped, "; "))
	}
	return append(lines, "  reason: "+v.Reason)
}

// String is the explanation on one line per part.
func (v SafetyVerdict) String() string { return strings.Join(v.Explain(), "\n") }

// Screen runs the safety screen on a message. It is the first stage of
// Responder.Ask, and it wins over any topic when it fires.
func (m *Matcher) Screen(msg Message) SafetyVerdict {
	if m.screen == nil {
		return SafetyVerdict{Level: SafetyNone, Reason: "no safety screen"}
	}
	return m.screen.run(msg, true)
}

// screenBrief is Screen for a caller that reads only whether and how the
// screen fired (Level, Group, Situation, Recognised): the verdict of a
// message it does not fire on has no Concepts and no Reason, which cost a
// list and strings for every message to build.
func (m *Matcher) screenBrief(msg Message) SafetyVerdict {
	if m.screen == nil {
		return SafetyVerdict{Level: SafetyNone}
	}
	return m.screen.run(msg, false)
}

// Tuning of the screen, in words of a message (small words not counted).
const (
	// phraseGap is how many other words may stand between two words of a
	// phrase: "lost all control bladder".
	phraseGap = 1
	// maxSmallWords is how many small words may stand between two words
	// of a phrase: "lost control of all of my bladder".
	maxSmallWords = 4
	// negationWindow is how far after "no", "not" or "never" the first
	// negated concept may start; negationChain how many list words ("or",
	// "and", "no") may join the next one to it: "no numbness or weakness".
	negationWindow = 4
	negationChain  = 2
	// hypotheticalWindow is the same for "warning signs", "what if".
	hypotheticalWindow = 7
	// resolvedWindow is how far back "went away" reaches.
	resolvedWindow = 10
	// conditionalWindow is how far a conditional ("what if") reaches: all
	// of its clause.
	conditionalWindow = 10
	// timeWindow is how far a time marker ("years ago") reaches.
	timeWindow = 10
	// nearWindow is how close the concepts of a near rule must be;
	// eventWindow the same for an event and the pain it left, told in
	// a clause of its own.
	nearWindow  = 10
	eventWindow = 16
	// maxScreenWords bounds the work for very long messages: a symptom is
	// found wherever it is buried, and past this many words (about 30,000
	// characters) the rest is not read.
	maxScreenWords = 5000
)

// Words that change how concepts count.
var (
	// negationAliases are contracted negations, read as "not" so that one
	// phrase covers "can't pee", "cant pee", "cnt pee" and "unable to pee".
	negationAliases = setOf(`cant cnt cannot couldnt cudnt cant dont doesnt didnt wont isnt wasnt arent
		havent hasnt hadnt aint wouldnt shouldnt unable cnnot cannnot dosnt doesent didint`)
	// negationTriggers open a negation scope.
	negationTriggers = setOf(`no not never without denies deny denied nor neither none negative neg free zero nope nah nothing lack lacking absent ruled`)
	// pseudoNegations follow a trigger and undo it: "no idea why", "not
	// sure if", "not only".
	pseudoNegations = setOf(`idea clue matter way doubt sure only just certain longer problem change wonder kidding joke lie tell
		believe stop wait remember explain describe better worse`)
	// negationChainWords may join negated concepts into one scope.
	negationChainWords = setOf(`or and nor no not never any other either neither`)
	// hypotheticalChainWords also join examples: "signs such as numbness".
	hypotheticalChainWords = setOf(`or and nor no not any other either like such as eg including say`)
	// scopeEnds close a scope: "no fever but my legs are numb".
	scopeEnds = setOf(`but however though although except yet still now then until besides apart whereas while today`)
	// laughWords end a clause the punctuation dropped: no phrase steps
	// over them ("that spin class broke me lol. legs are jelly").
	laughWords = setOf(`lol lmao lmfao haha hahaha rofl`)
	// resolvedWords after a symptom say it is gone: "the tingling went away".
	resolvedWords = setOf(`gone away down resolved disappeared cleared vanished subsided recovered better healed passed passes stopped eased settled faded
		sorted off`)
	// noChangeWords after a negated phrase ("not peeing any differently")
	// say nothing changed: the phrase is no symptom.
	noChangeWords = setOf(`differently different unusual weird strange changed change new`)
	// resolvedBefore are the words before "better" that make it resolved.
	resolvedBefore = setOf(`all totally completely fully much feeling feel felt`)
	// screenSkip are small words a phrase never needs: "lost control of my
	// bladder" is "lost control bladder".
	screenSkip = setOf(`a an the my his her their our your its of to in on at this that these those some any
		really very so even just completely totally properly fully quite is am are was were be been being
		i me he she we they it him them us all kind kinda sort sorta bit little like will did does do`)
)

// screenConcept is a concept as the screen holds it.
type screenConcept struct {
	id    string
	kind  conceptKind
	plain string
}

// screenPhrase is one phrase of a concept's lexicon, as slot ids.
type screenPhrase struct {
	concept int16
	slots   []int32
	// tight phrases keep their small words ("at night", "my bits") and
	// match only as written, word after word.
	tight bool
	// weak phrases of a situation name it only in passing ("my kid", "I
	// bruise easily", "high blood pressure"): they make a caution only
	// with a question whether massage is safe or may be had (see caution).
	weak bool
}

// compiledRule is a ruleDef with concept indexes.
type compiledRule struct {
	ruleDef
	need, anyOf, alsoOf, andOf, without []int16
	desc                                string // for explanations, see describe
}

// safetyScreen is the built, indexed screen of one knowledge base. It is
// built once by NewMatcher and only read afterwards.
type safetyScreen struct {
	concepts  []screenConcept
	conceptID map[string]int16
	// kinds[c] is concepts[c].kind, in an array of its own: the steps
	// after findHits read hits' kinds many times over, from a few cache
	// lines rather than from every concept's.
	kinds [maxConcepts]conceptKind

	// Slots are the distinct words of all phrases. A message word finds
	// its slots by stem (byStem), by exact form for "=word" entries
	// (byWord) and, when it is no known word, by a one-letter deletion of
	// it or of a slot word (deletes), checked with osa.
	byStem    map[string]int32
	byWord    map[string]int32
	slotWords []string
	deletes   map[string][]int32 // to indexes in surfaces
	// surfaces are every word of every phrase as written, with its slot,
	// so that "numbnes" meets "numbness" though the slot's word is "numb".
	surfaces    []string
	surfaceSlot []int32
	// surfaceSeen and phraseAt find, while the screen is built, a surface
	// word or a concept's phrase already added, so that building stays
	// linear in the lexicon's size; nil once it is built.
	surfaceSeen map[string]bool
	phraseAt    map[string]int
	// first lists, for each slot, the phrases that start with it.
	first [][]phraseStart
	// phrases are all phrases of all concepts.
	phrases []screenPhrase

	rules []compiledRule
	// ruleNeeds[i] is the set of rules[i].need, so that a rule whose
	// needed concepts are not all present is passed over in a few word
	// operations (see run).
	ruleNeeds []conceptSet
	// rulesNeeding[c] lists, in order, the rules whose first needed
	// concept is c, and rulesNeedingNone the rules that need none: only
	// those of the message's concepts, and these, can fire (see run).
	rulesNeeding     [maxConcepts][]int32
	rulesNeedingNone []int32
	// firesOnNothing reports whether a rule holds with no concept at all,
	// and inert holds the concepts that no rule reads and no caution
	// starts from (a situation, or a medicine and a decision about it;
	// see caution). Unless a rule fires on nothing, a message whose
	// concepts are all inert ("what is deep tissue massage") gets no
	// verdict, whatever the steps after finding them make of them: they
	// only drop concepts or mark them, never add one (see run).
	firesOnNothing bool
	inert          conceptSet
	// medicationRule finds a decision about a medicine: the two close
	// together ("stop my antidepressants").
	medicationRule compiledRule
	// onMedicineRule finds whether massage is safe on a medicine, when no
	// other situation is named ("is deep tissue safe on oxycodone").
	onMedicineRule compiledRule
	// medicinePermissionRule finds a question whether a massage may be had
	// on a medicine: the two close together.
	medicinePermissionRule compiledRule
	// cautionRules pair each situation concept with the caution it is.
	situations []int16
	// history marks the concepts of the person's medical history, whose
	// time markers are their own (see historyBetween).
	history []bool
	// Concept indexes the machinery needs by name.
	cSafetyQuestion, cMassage, cMedDecision, cMedicine, cElderly, cChildren, cSince, cNumbness, cPast, cOver50, cPain, cHypothetical, cConditional, cGeneral, cEverSince, cAskWords, cManaged, cPermission, cDenialAfter, cTermQuestion, cResolvedPhrase, cWeeksAgo, cFootDrop, cGoodHealth, cPregnancy, cUnrelenting, cMinorAccident, cMajorTrauma, cTraumaWord, cExertion, cTreatmentName, cSelfHarm, cHistoryOf int16
	// cRecentInfection is dated like a symptom ("a uti in 2018" is over);
	// cNamedService and cNotMine are the cues of caution's exceptions.
	cRecentInfection, cNamedService, cNotMine int16
	// cBladder and cWeakness are read by dropLegsThatHold, cMinorInjury
	// by othersAccidentsOnly.
	cBladder, cWeakness, cMinorInjury int16
	// cFever and cChillCause are read by chillsExplained.
	cFever, cChillCause int16
	// cNightPain is read by clearedByClinician: like the ache itself, when
	// it hurts is no new sign after a finding.
	cNightPain int16
	// cRuledOut is read by situationsCleared and clearedByClinician;
	// cVerdict, cAssessed, cImaged and cSceneOnly by clearedByClinician.
	cRuledOut, cVerdict, cAssessed, cImaged, cSceneOnly int16
	// cIdiom is read by dropBlocked: an idiom's sites go with it.
	cIdiom int16
	// cPositional is read by limbsWokenUp; it and cLongPosition by
	// causesDatedApart, cUnwell by causesInsideUnwell, cColdSweat by
	// nightSweatsAsFever.
	cPositional, cLongPosition, cUnwell, cColdSweat int16
	// guessedCause marks the concepts that explain a symptom away, which
	// a guess taken back no longer does (see guessesTakenBack).
	guessedCause conceptSet
	// cSpreading is read by speedOfRelief.
	cSpreading int16
	// cEventPast dates only events (see placeInTime).
	cEventPast int16
	// cChestSymptom is read by chestPainToday.
	cChestSymptom int16
	// cFaint and cCantMove are read by collapseIn.
	cFaint, cCantMove int16
	// termConcept marks the concepts that name a condition (cauda equina,
	// a blood clot), which a question about the term only talks about.
	termConcept conceptSet

	// resolved holds, for every word of the lexicon and every known word
	// (of the base, stopwords, everyday English), its slots: one lookup
	// per message word in the common case. Known words are never read as
	// misspellings of a lexicon word.
	resolved map[string]wordInfo
	// corrections caches what unknown words resolve to, bounded by
	// maxCached like the matcher's cache.
	corrections boundedCache[string, wordInfo]
	// lexiconInfo is info of each word of the package's lexicon, by its
	// facts' id (wordFacts.id): most words of a message are the
	// lexicon's, whose facts NewMessage has already looked up, and they
	// are then read from here without a second lookup by the word.
	lexiconInfo []wordInfo

	scratch sync.Pool // of *screenScratch
}

// screenToken is one meaningful word of a message.
type screenToken struct {
	word  string
	slots [3]int32 // up to three slot ids; -1 when unused
	skip  bool     // a small word (my, the, of) that phrases step over
	flags wordFlags
}

func (t *screenToken) is(f wordFlags) bool { return t.flags&f != 0 }

func (t *screenToken) has(slot int32) bool {
	return t.slots[0] == slot || t.slots[1] == slot || t.slots[2] == slot
}

// screenHit is a phrase found in a message, tokens start..end inclusive.
type screenHit struct {
	concept    int16
	start, end int32
	negated    bool
	past       bool
	hypo       bool
	by         int32 // token of the word that negated it or set its time; -1
	// gap is, for a phrase that starts with a negation, the first other
	// word it stepped over ("not [short of] breath"); -1 when none.
	gap int32
	// weak: the hit is only a weak phrase of its situation.
	weak bool
}

// firstGap returns the first token between start and end that is neither a
// small word nor a word of the phrase, or -1.
func firstGap(slots []int32, toks []screenToken, start, end int) int32 {
	for j := start + 1; j < end; j++ {
		if toks[j].skip {
			continue
		}
		if !slices.ContainsFunc(slots, toks[j].has) {
			return int32(j)
		}
	}
	return -1
}

type screenScratch struct {
	toks    []screenToken
	hits    []screenHit
	first   []int32
	covered []bool
	// lastAt[slot] is one more than the last token that has slot, 0 for
	// none (see findHits); zero between messages.
	lastAt []int32
	// rules are the rules that may fire on the message (see run).
	rules []int32
}

// SafetyExtensions are what the staff add to the built-in screen in the
// knowledge base's safety section. They can only add.
type SafetyExtensions struct {
	// Concepts maps a built-in concept id to more words or phrases for it.
	Concepts map[string][]string
	// Groups maps a red-flag group or caution situation id to phrases
	// that alone show it.
	Groups map[string][]string
	// Phrases are warning signs that call for emergency care on their own
	// (the older form of Groups, kept for existing files).
	Phrases []string
}

// SafetyConceptIDs lists the ids of the built-in concepts staff may add
// words to, in lexicon order: every concept that can only make the screen
// fire (a symptom, a site, an event, a risk in someone's history, a
// question whether massage is safe), and none that can make it stay quiet
// (see quietingConcepts).
func SafetyConceptIDs() []string {
	var ids []string
	for _, c := range builtinConcepts {
		if !quietingConcepts[c.id] {
			ids = append(ids, c.id)
		}
	}
	return ids
}

// quietingConcepts are the built-in concepts that can keep the screen
// from firing: phrases that absorb a symptom's word ("warm up"), words
// that put what is said in the past or in a hypothetical, denials,
// conditions said to be managed, and the harmless explanations a rule
// names in its unless list (a stress leak when laughing, a pillow that
// explains night pain, exercise that explains breathlessness). Staff cannot add words to them: the contract of
// the safety section is that staff extend the screen and never weaken it,
// and one word added to a denial or an explanation could hide a real
// emergency.
var quietingConcepts = func() map[string]bool {
	quiet := setOf(quietingCues)
	for _, c := range builtinConcepts {
		if c.kind == kindBlock || c.kind == kindPast {
			quiet[c.id] = true
		}
	}
	// A concept some rule also needs ("a fall" is a fracture's cause and
	// explains a swollen calf) is quieting too: a word added to it would
	// raise one rule and silence another.
	for _, r := range builtinRules {
		for _, id := range r.unless {
			quiet[id] = true
		}
	}
	return quiet
}()

// quietingCues are the cues and context concepts the screen's code (not a
// rule's unless list) reads as reasons not to fire. Every cue is either
// here or in raisingCues (TestEveryCueClassified).
const quietingCues = `hypothetical conditional general-cue term-question resolved-phrase denial-after
	managed good-health named-service not-mine weeks-ago minor-injury minor-accident chill-cause
	ruled-out clinician-verdict`

// raisingCues are the cues that only make the screen fire: what the
// message asks (whether massage is safe, or may be had) and words that
// make a symptom count.
const raisingCues = `unexplained safety-question permission ask-words massage-context medication-decision medicine`

// SafetyConceptExtendable reports whether id is a built-in concept staff
// may add words to (see SafetyConceptIDs), and whether it is a built-in
// concept at all.
func SafetyConceptExtendable(id string) (extendable, builtin bool) {
	for _, c := range builtinConcepts {
		if c.id == id {
			return !quietingConcepts[id], true
		}
	}
	return false, false
}

// SafetyGroupIDs lists the red-flag groups and caution situations staff may
// add phrases to.
func SafetyGroupIDs() []string {
	ids := []string{groupCrisis, groupCaudaEquina, groupNeuroDeficit, groupFracture, groupCancer, groupInfection, groupAorta, groupHeartLung, groupClot}
	for _, s := range builtinSituations {
		ids = append(ids, s.id)
	}
	return ids
}

// buildScreen builds the screen from the built-in lexicon and rules and the
// staff's additions. known reports words that are never typos.
func buildScreen(ext SafetyExtensions, known []string) *safetyScreen {
	s := &safetyScreen{
		conceptID: map[string]int16{},
		byStem:    map[string]int32{},
		byWord:    map[string]int32{},
		deletes:   map[string][]int32{},

		surfaceSeen: map[string]bool{},
		phraseAt:    map[string]int{},
	}
	addConcept := func(c conceptDef) int16 {
		if i, ok := s.conceptID[c.id]; ok {
			return i
		}
		if len(s.concepts) == maxConcepts {
			panic("safety screen: more than maxConcepts concepts")
		}
		i := int16(len(s.concepts))
		s.concepts = append(s.concepts, screenConcept{id: c.id, kind: c.kind, plain: c.plain})
		s.kinds[i] = c.kind
		s.conceptID[c.id] = i
		return i
	}
	for _, c := range builtinConcepts {
		i := addConcept(c)
		for _, w := range c.words {
			s.addPhrase(i, w)
		}
		if quietingConcepts[c.id] {
			continue // staff words never quiet the screen (validate refuses them)
		}
		for _, w := range ext.Concepts[c.id] {
			s.addPhrase(i, w)
		}
	}
	for _, c := range builtinSituations {
		i := addConcept(c)
		s.situations = append(s.situations, i)
		for _, w := range c.words {
			s.addPhrase(i, w)
		}
		for _, w := range ext.Groups[c.id] {
			s.addPhrase(i, w)
		}
	}
	s.cSafetyQuestion = s.conceptID["safety-question"]
	s.cMassage = s.conceptID["massage-context"]
	s.cMedDecision = s.conceptID["medication-decision"]
	s.cMedicine = s.conceptID["medicine"]
	s.cElderly = s.conceptID["elderly"]
	s.cChildren = s.conceptID["age"]
	s.cSince = s.conceptID["ongoing-since"]
	s.cNumbness = s.conceptID["numbness"]
	s.cPast = s.conceptID["past"]
	s.cOver50 = s.conceptID["over-50"]
	s.cPain = s.conceptID["pain"]
	s.cHypothetical = s.conceptID["hypothetical"]
	s.cEverSince = s.conceptID["ever-since"]
	s.cAskWords = s.conceptID["ask-words"]
	s.cConditional = s.conceptID["conditional"]
	s.cGeneral = s.conceptID["general-cue"]
	s.cManaged = s.conceptID["managed"]
	s.cGoodHealth = s.conceptID["good-health"]
	s.cPermission = s.conceptID["permission"]
	s.cDenialAfter = s.conceptID["denial-after"]
	s.cTermQuestion = s.conceptID["term-question"]
	s.cResolvedPhrase = s.conceptID["resolved-phrase"]
	s.cWeeksAgo = s.conceptID["weeks-ago"]
	s.cEventPast = s.conceptID["event-past"]
	s.cChestSymptom = s.conceptID["chest-symptom"]
	s.cFaint = s.conceptID["faint"]
	s.cCantMove = s.conceptID["cant-move"]
	s.cExertion = s.conceptID["exertion"]
	s.cTreatmentName = s.conceptID["treatment-name"]
	s.cFootDrop = s.conceptID["foot-drop"]
	s.cRecentInfection = s.conceptID["recent-infection"]
	s.cNamedService = s.conceptID["named-service"]
	s.cNotMine = s.conceptID["not-mine"]
	s.cPositional = s.conceptID["positional"]
	s.cLongPosition = s.conceptID["long-position"]
	s.cUnwell = s.conceptID["unwell"]
	s.cColdSweat = s.conceptID["cold-sweat"]
	for _, id := range guessedCauses {
		s.guessedCause.add(s.conceptID[id])
	}
	s.cIdiom = s.conceptID["idiom"]
	s.cFever = s.conceptID["fever"]
	s.cChillCause = s.conceptID["chill-cause"]
	s.cRuledOut = s.conceptID["ruled-out"]
	s.cVerdict = s.conceptID["clinician-verdict"]
	s.cNightPain = s.conceptID["night-pain"]
	s.cAssessed = s.conceptID["assessed"]
	s.cImaged = s.conceptID["imaged"]
	s.cSceneOnly = s.conceptID["scene-only"]
	s.cSpreading = s.conceptID["spreading"]
	s.cPregnancy = s.conceptID["pregnancy"]
	s.cMinorAccident = s.conceptID["minor-accident"]
	s.cBladder = s.conceptID["bladder"]
	s.cMinorInjury = s.conceptID["minor-injury"]
	s.cWeakness = s.conceptID["weakness"]
	s.cUnrelenting = s.conceptID["unrelenting"]
	s.cMajorTrauma = s.conceptID["major-trauma"]
	s.cTraumaWord = s.conceptID["trauma-word"]
	s.cSelfHarm = s.conceptID["self-harm"]
	s.cHistoryOf = s.conceptID["history-of"]
	for _, id := range termConcepts {
		s.termConcept.add(s.conceptID[id])
	}
	s.history = make([]bool, len(s.concepts))
	for _, id := range historyConcepts {
		s.history[s.conceptID[id]] = true
	}
	for _, d := range builtinRules {
		s.rules = append(s.rules, s.compile(d))
	}
	s.medicationRule = s.compile(ruleDef{group: situationMedicines, level: SafetyCaution, plain: "a decision about medication",
		all: []string{"medication-decision", "medicine"}, near: true})
	s.medicinePermissionRule = s.compile(ruleDef{group: situationMedicines, level: SafetyCaution, plain: "a question whether a massage may be had on a medicine",
		all: []string{"medicine", "permission"}, near: true})
	s.onMedicineRule = s.compile(ruleDef{group: situationMedicines, level: SafetyCaution, plain: "a question about massage on a medicine",
		all: []string{"medicine", "safety-question"}, near: true})
	// Staff phrases for a red-flag group, and the older safety.phrases,
	// become concepts of their own with a rule that fires on them alone.
	// Those for the crisis group are words of self-harm, read with that
	// concept's own scope (crisisHeard).
	staff := func(group string, level SafetyLevel, phrases []string) {
		if len(phrases) == 0 {
			return
		}
		if group == groupCrisis {
			for _, p := range phrases {
				s.addPhrase(s.cSelfHarm, p)
			}
			return
		}
		id := "staff:" + group
		i := addConcept(conceptDef{id: id, kind: kindSymptom, plain: "a warning sign listed by the clinic"})
		for _, p := range phrases {
			s.addPhrase(i, p)
		}
		s.rules = append(s.rules, s.compile(ruleDef{group: group, level: level, plain: "a warning sign listed by the clinic", all: []string{id}}))
	}
	for _, g := range SafetyGroupIDs() {
		if level, ok := RedFlagGroups[g]; ok {
			staff(g, level, ext.Groups[g])
		}
	}
	staff(groupWarningSign, SafetyEmergency, ext.Phrases)
	s.surfaceSeen, s.phraseAt = nil, nil // every phrase is in
	s.first = make([][]phraseStart, len(s.slotWords))
	for pi, p := range s.phrases {
		next := int32(-1)
		if len(p.slots) > 1 {
			next = p.slots[1]
		}
		s.first[p.slots[0]] = append(s.first[p.slots[0]], phraseStart{phrase: int32(pi), next: next})
	}
	// Typos are looked for among the lexicon's words of five letters or
	// more, as written.
	buf := make([]byte, 0, 32)
	for id, w := range s.surfaces {
		if len(w) < 5 || len(w) > 32 {
			continue
		}
		s.deletes[w] = append(s.deletes[w], int32(id))
		for j := 0; j < len(w); j++ {
			buf = append(append(buf[:0], w[:j]...), w[j+1:]...)
			k := string(buf)
			if l := s.deletes[k]; len(l) == 0 || l[len(l)-1] != int32(id) {
				s.deletes[k] = append(l, int32(id))
			}
		}
	}
	s.resolved = make(map[string]wordInfo, len(known)+len(s.surfaces))
	addKnown := func(w string) {
		if _, ok := s.resolved[w]; !ok {
			s.resolved[w] = s.exactInfo(screenWord(w))
		}
	}
	for w := range negationAliases {
		addKnown(w)
	}
	for _, w := range s.surfaces {
		addKnown(w)
	}
	for _, set := range []map[string]bool{stopwords, fillers, negationTriggers, screenSkip, everyday,
		pseudoNegations, negationChainWords, hypotheticalChainWords, scopeEnds, resolvedWords, resolvedBefore, noChangeWords, storyOwners} {
		for w := range set {
			addKnown(w)
		}
	}
	for _, w := range known {
		addKnown(w)
	}
	for w := range screenKnown {
		addKnown(w)
	}
	s.scratch.New = func() any { return &screenScratch{} }
	s.ruleNeeds = make([]conceptSet, len(s.rules))
	for i := range s.rules {
		for _, c := range s.rules[i].need {
			s.ruleNeeds[i].add(c)
		}
		if need := s.rules[i].need; len(need) > 0 {
			s.rulesNeeding[need[0]] = append(s.rulesNeeding[need[0]], int32(i))
		} else {
			s.rulesNeedingNone = append(s.rulesNeedingNone, int32(i))
		}
		s.firesOnNothing = s.firesOnNothing || s.rules[i].holds(conceptSet{})
	}
	s.inert = inertConcepts(s)
	s.lexiconInfo = make([]wordInfo, len(lexiconWords))
	for id, w := range lexiconWords {
		s.lexiconInfo[id] = s.info(w)
	}
	return s
}

// wordInfo is what one message word is to the screen.
type wordInfo struct {
	word  string   // the form the screen reads ("not" for "cant")
	slots [3]int32 // -1 when unused
	skip  bool
	flags wordFlags
}

// wordFlags say which of the screen's word lists a word is in, looked up
// once per distinct word rather than once per use.
type wordFlags uint16

const (
	flagNegation wordFlags = 1 << iota
	flagPseudo
	flagChain
	flagHypoChain
	flagScopeEnd
	flagResolved
	flagResolvedBefore
	flagNoChange
	flagLaugh
	flagStoryOwner
	flagSubjectVerb
	flagSubjectThing
	// flagGeneralAsk marks the words that make a question one about
	// cases in general (see askedInGeneral), flagExample those that name
	// examples of a kind (see examplesNamed): a message with none of them
	// is passed over in a few bit tests.
	flagGeneralAsk
	flagExample
	// flagFigure marks the verbs and fillers that may stand between a
	// subject and the symptom a figure of speech gives it (see
	// subjectBefore).
	flagFigure
	// flagPlay marks the words owning up to play ("jk", "hehe"; see
	// laughs), read for every token of a message with a symptom. The
	// flags fill the 16 bits, which keep a token at 32 bytes.
	flagPlay
)

func flagsOf(w string) wordFlags {
	var f wordFlags
	for _, l := range []struct {
		set  map[string]bool
		flag wordFlags
	}{
		{negationTriggers, flagNegation}, {pseudoNegations, flagPseudo}, {negationChainWords, flagChain},
		{hypotheticalChainWords, flagHypoChain}, {scopeEnds, flagScopeEnd}, {resolvedWords, flagResolved},
		{resolvedBefore, flagResolvedBefore}, {noChangeWords, flagNoChange}, {laughWords, flagLaugh}, {storyOwners, flagStoryOwner},
		{subjectVerbs, flagSubjectVerb}, {subjectThings, flagSubjectThing},
		{reasonOpeners, flagGeneralAsk}, {caseQuantifiers, flagGeneralAsk}, {kindsOfPeople, flagGeneralAsk}, {doubtWords, flagGeneralAsk},
		{exampleWords, flagExample}, {listKindWords, flagExample}, {figureVerbs, flagFigure}, {figureFillers, flagFigure},
		{playWords, flagPlay},
	} {
		if l.set[w] {
			f |= l.flag
		}
	}
	return f
}

// exactInfo resolves w by its exact form and its stem, without typos.
func (s *safetyScreen) exactInfo(w string) wordInfo {
	info := wordInfo{word: w, slots: [3]int32{-1, -1, -1}, skip: screenSkip[w], flags: flagsOf(w)}
	n := 0
	if id, ok := s.byWord[w]; ok {
		info.slots[n] = id
		n++
	}
	if id, ok := s.byStem[screenStem(w)]; ok && (n == 0 || id != info.slots[0]) {
		info.slots[n] = id
	}
	return info
}

// info resolves one message word: known words by one lookup, others by
// stem and, failing that, as a misspelling, cached.
func (s *safetyScreen) info(w string) wordInfo {
	if info, ok := s.resolved[w]; ok {
		return info
	}
	return s.unresolvedInfo(w)
}

// unresolvedInfo is info for a word that s.resolved does not hold: one
// that a word table built with s holds no reading of (see tokenize).
func (s *safetyScreen) unresolvedInfo(w string) wordInfo {
	if c, ok := s.corrections.load(w); ok {
		return c
	}
	info := s.exactInfo(screenWord(w))
	if info.slots[0] < 0 && !info.skip && len(w) >= 4 {
		if id, ok := s.correct(w); ok {
			info.slots[0] = id
		}
	}
	s.corrections.store(w, info, maxCached)
	return info
}

func (s *safetyScreen) compile(d ruleDef) compiledRule {
	ids := func(names []string) []int16 {
		var out []int16
		for _, n := range names {
			i, ok := s.conceptID[n]
			if !ok {
				panic("safety rule names unknown concept " + n)
			}
			out = append(out, i)
		}
		return out
	}
	r := compiledRule{ruleDef: d, need: ids(d.all), anyOf: ids(d.any), alsoOf: ids(d.also), andOf: ids(d.and), without: ids(d.unless)}
	r.desc = r.describe()
	return r
}

// addPhrase adds one lexicon phrase of concept c. Small words are dropped
// from a phrase that has two other words or more ("lost control of my
// bladder" is "lost control bladder"), and kept where they make the phrase
// ("at night", "used to").
func (s *safetyScreen) addPhrase(c int16, phrase string) {
	phrase, weak := strings.CutPrefix(phrase, "~")
	phrase, tight := strings.CutPrefix(phrase, "^")
	exactFirst := strings.HasPrefix(phrase, "=")
	var words []string
	content := 0
	for _, w := range strings.Fields(Normalize(strings.TrimPrefix(phrase, "="))) {
		w = screenWord(w)
		words = append(words, w)
		if !screenSkip[w] {
			content++
		}
	}
	if content == 0 {
		return // only small words: nothing to recognise
	}
	var slots []int32
	for _, w := range words {
		if content >= 2 && screenSkip[w] && !tight {
			continue
		}
		slot := s.slot(w, exactFirst && len(slots) == 0)
		slots = append(slots, slot)
		if !s.surfaceSeen[w] {
			s.surfaceSeen[w] = true
			s.surfaces = append(s.surfaces, w)
			s.surfaceSlot = append(s.surfaceSlot, slot)
		}
	}
	if len(slots) == 0 {
		return
	}
	key := screenPhraseKey(c, slots)
	if i, ok := s.phraseAt[key]; ok {
		s.phrases[i].weak = s.phrases[i].weak && weak
		return // another spelling of a phrase the concept has
	}
	s.phraseAt[key] = len(s.phrases)
	s.phrases = append(s.phrases, screenPhrase{concept: c, slots: slots, tight: tight || content < 2 && len(slots) > 1, weak: weak})
}

// screenPhraseKey is the key of a concept's phrase of slots in phraseAt.
func screenPhraseKey(c int16, slots []int32) string {
	key := make([]byte, 0, 2+4*len(slots))
	key = binary.LittleEndian.AppendUint16(key, uint16(c))
	for _, sl := range slots {
		key = binary.LittleEndian.AppendUint32(key, uint32(sl))
	}
	return string(key)
}

// screenWord maps a word to the form the screen reads: contracted
// negations become "not", and a synonym its lexicon word (screenSynonyms).
func screenWord(w string) string {
	if negationAliases[w] {
		return "not"
	}
	if syn, ok := screenSynonyms[w]; ok {
		return syn
	}
	if n := len(w); n >= 3 && w[0] >= '0' && w[0] <= '9' {
		// A weight written in one ("8kg", "20lbs") is read as its unit.
		for _, unit := range []string{"kg", "kgs", "lb", "lbs", "kilos", "pounds"} {
			if u, ok := strings.CutSuffix(w, unit); ok && u != "" && strings.Trim(u, "0123456789") == "" {
				return "kg"
			}
		}
	}
	return w
}

// slot returns the slot of word w, by its stem or, for exact, its form.
func (s *safetyScreen) slot(w string, exact bool) int32 {
	slots, key := s.byStem, screenStem(w)
	if exact {
		slots, key = s.byWord, w
	}
	if id, ok := slots[key]; ok {
		return id
	}
	id := int32(len(s.slotWords))
	s.slotWords = append(s.slotWords, w)
	slots[key] = id
	return id
}

// tokenize turns the message's words, whose facts are facts, into tokens
// with their slots. Words whose reading known holds are read from it.
func (s *safetyScreen) tokenize(dst []screenToken, words []string, facts []*wordFacts, known tableWords) []screenToken {
	for i, w := range words {
		if len(dst) == maxScreenWords {
			break
		}
		var info wordInfo
		if w == "dose" && doseAsDoes(words, i) {
			info = s.info("does")
		} else if read, ok := known.screen(i); ok {
			info = read
		} else if f := facts[i]; f != nil {
			info = s.lexiconInfo[f.id]
		} else if known.absent(i) {
			// Outside the table, which holds every word of s.resolved.
			info = s.unresolvedInfo(w)
		} else {
			info = s.info(w)
		}
		dst = append(dst, screenToken(info))
	}
	return dst
}

// correct finds the slot word that w is a misspelling of, with the same
// first letter. Words of eight letters or more may carry the matcher's
// usual typos (maxTypos); shorter ones only a letter dropped or added or
// two letters swapped, since a changed letter too often makes another
// real word ("swears" is not "sweats", "felt" not "fell"). A chat plural
// in z ("legz") is its plural in s, and a letter typed twice ("legg") is
// typed once.
func (s *safetyScreen) correct(w string) (int32, bool) {
	if n := len(w); w[n-1] == 'z' {
		if id, ok := s.byWord[w[:n-1]+"s"]; ok {
			return id, true
		}
	}
	if d := dedouble(w); d != w {
		// A letter typed twice: "legg", "numbb".
		if id, ok := s.byWord[d]; ok {
			return id, true
		}
		if id, ok := s.byStem[screenStem(d)]; ok {
			return id, true
		}
	}
	best, bestDist := int32(-1), 3
	try := func(ids []int32) {
		for _, id := range ids {
			cand := s.surfaces[id]
			if cand[0] != w[0] || len(cand) < 5 {
				continue
			}
			k := maxTypos(len(cand))
			short := len(cand) < 8
			if short {
				k = 1
			}
			d := osa(w, cand, k)
			if d > k || d >= bestDist {
				continue
			}
			if short && d == 1 && len(w) == len(cand) && !sameLetters(w, cand) && !(len(w) >= 6 && vowelSwap(w, cand)) {
				continue // a changed letter in a short word, unless one vowel for another ("bladdar", "surgury")
			}
			best, bestDist = s.surfaceSlot[id], d
		}
	}
	try(s.deletes[w])
	var buf [32]byte
	if len(w) <= 32 {
		for j := 0; j < len(w); j++ {
			k := append(append(buf[:0], w[:j]...), w[j+1:]...)
			try(s.deletes[string(k)])
		}
	}
	if best < 0 && len(w) >= 8 {
		// Two slips in a long word: compare with doubled letters undone.
		try(s.deletes[dedouble(w)])
	}
	return best, best >= 0
}

// findHits finds every phrase of every concept in the tokens. lastAt is
// scratch of one int32 per slot, all zero, and left so.
func (s *safetyScreen) findHits(dst []screenHit, toks []screenToken, lastAt []int32) []screenHit {
	// Where each slot is last seen: a phrase whose other words are not
	// all to be found after its first cannot match, and is not tried.
	for i := range toks {
		for _, slot := range toks[i].slots {
			if slot >= 0 {
				lastAt[slot] = int32(i + 1)
			}
		}
	}
	defer func() {
		for i := range toks {
			for _, slot := range toks[i].slots {
				if slot >= 0 {
					lastAt[slot] = 0
				}
			}
		}
	}()
	for i := range toks {
		t := &toks[i]
		for k, slot := range t.slots {
			if slot < 0 || (k > 0 && (slot == t.slots[0] || k > 1 && slot == t.slots[1])) {
				continue
			}
			for _, ps := range s.first[slot] {
				if ps.next >= 0 && int(lastAt[ps.next]) <= i+1 {
					continue // its second word is not to be found after its first
				}
				p := &s.phrases[ps.phrase]
				if len(p.slots) > 2 && !allAfter(p.slots[2:], lastAt, i) {
					continue
				}
				var end int
				var ok bool
				if p.tight {
					end, ok = matchTight(p.slots[1:], toks, i+1)
				} else {
					end, ok = matchPhrase(p.slots[1:], toks, i+1)
				}
				if ok {
					h := screenHit{concept: p.concept, start: int32(i), end: int32(end), by: -1, gap: -1, weak: p.weak}
					if t.is(flagNegation) {
						h.gap = firstGap(p.slots, toks, i, end)
					}
					dst = addHit(dst, h)
				}
			}
		}
		s.ageHit(&dst, toks, i)
		if t.word == "since" {
			s.spanHit(&dst, toks, i)
		}
	}
	return dst
}

// phraseStart is a phrase, as listed by its first slot: with its second
// slot (-1 for a phrase of one word), which findHits checks first without
// reading the phrase.
type phraseStart struct{ phrase, next int32 }

// allAfter reports whether every one of slots is last seen (lastAt, as
// findHits keeps it) after token i: a phrase matches only then.
func allAfter(slots []int32, lastAt []int32, i int) bool {
	for _, slot := range slots {
		if int(lastAt[slot]) <= i+1 {
			return false
		}
	}
	return true
}

// matchPhrase matches the remaining slots of a phrase from token from on,
// each after at most phraseGap other words (small words are stepped over,
// up to maxSmallWords of them); it returns the last token.
func matchPhrase(slots []int32, toks []screenToken, from int) (int, bool) {
	last := from - 1
	for _, slot := range slots {
		found := false
		gap, small := 0, 0
		for j := last + 1; j < len(toks); j++ {
			if toks[j].has(slot) {
				last, found = j, true
				break
			}
			if toks[j].skip {
				if small++; small > maxSmallWords {
					break
				}
				continue
			}
			if toks[j].is(flagLaugh) {
				break // "that class broke me lol legs are jelly": laughter ends the clause
			}
			if gap++; gap > phraseGap {
				break
			}
		}
		if !found {
			return 0, false
		}
	}
	return last, true
}

// matchTight matches the remaining slots of a tight phrase word after word.
func matchTight(slots []int32, toks []screenToken, from int) (int, bool) {
	if from+len(slots) > len(toks) {
		return 0, false
	}
	for k, slot := range slots {
		if !toks[from+k].has(slot) {
			return 0, false
		}
	}
	return from + len(slots) - 1, true
}

// ageHit recognises an age ("my 78 year old mum", "my 12yo"): older age
// from 65, a child under 18.
func (s *safetyScreen) ageHit(dst *[]screenHit, toks []screenToken, i int) {
	w := toks[i].word
	if w == "" || w[0] < '0' || w[0] > '9' || len(w) > 5 {
		return
	}
	if y, ok := yearAt(toks, i); ok {
		// A year ("in 2015", "that was 2005", "back in '04") puts what is
		// near it in the past, unless it is this year or the last.
		if y >= 1940 && y <= screenYear-2 {
			*dst = append(*dst, screenHit{concept: s.cPast, start: int32(i), end: int32(i), by: -1})
		}
		return
	}
	if len(w) == 4 && i > 0 && yearBefore[toks[i-1].word] {
		return // a year too late or too early to date anything: "in 2999"
	}
	age, err := strconv.Atoi(w)
	if err != nil {
		return
	}
	if len(w) >= 4 {
		return
	}
	if age < adultAge && childhoodAt(toks, i) {
		// "fell from a tree at 12, I'm 35 now", "broke my arm aged 9": an
		// age given as when it happened puts it in the past.
		*dst = append(*dst, screenHit{concept: s.cPast, start: int32(i), end: int32(i), by: -1})
		return
	}
	if age >= 50 && age < 110 && (i > 0 && (toks[i-1].word == "am" || toks[i-1].word == "aged" || toks[i-1].word == "age" || toks[i-1].word == "is" && !agedThingBefore(toks, i)) ||
		personBefore(toks, i) && (i+1 >= len(toks) || !unitWords[toks[i+1].word])) && !feltAgeBefore(toks, i) {
		*dst = append(*dst, screenHit{concept: s.ageConcept(age), start: int32(i), end: int32(i), by: -1})
		if age >= veryOld {
			// The very old are a caution of their own: "my dad is 88".
			*dst = append(*dst, screenHit{concept: s.cChildren, start: int32(i), end: int32(i), by: -1})
		}
		return
	}
	if i+1 >= len(toks) {
		return
	}
	next := toks[i+1].word
	if (next == "month" || next == "months" || next == "mo" || next == "week" || next == "weeks") && i+2 < len(toks) && toks[i+2].word == "old" &&
		(i+3 >= len(toks) || !thingWords[toks[i+3].word]) {
		// "my 6 month old" is a baby; "a 3 week old bruise" is not. A
		// child named is a weak sign of the situation: the child may not
		// be the one to be massaged.
		*dst = append(*dst, screenHit{concept: s.cChildren, start: int32(i), end: int32(i + 2), by: -1, weak: true})
		return
	}
	if (next == "weeks" || next == "week") && age >= 4 && age <= 42 && i > 0 && (toks[i-1].word == "is" || toks[i-1].word == "am" || toks[i-1].word == "im" || toks[i-1].word == "at") &&
		personBefore(toks, i) && (i+2 >= len(toks) || !notPregnancyAfter[toks[i+2].word]) {
		// "my wife is 32 weeks", "I'm 20 weeks", "safe for her at 34
		// weeks": how far along a pregnancy is, unless the weeks run from something else ("3 weeks post op",
		// "6 weeks sober", "2 weeks ago").
		*dst = append(*dst, screenHit{concept: s.cPregnancy, start: int32(i), end: int32(i + 1), by: -1})
		return
	}
	old := next == "yo" || next == "yrs" && i+2 < len(toks) && toks[i+2].word == "old" ||
		(next == "year" || next == "years" || next == "yr") && i+2 < len(toks) && toks[i+2].word == "old"
	if !old || agedThingBefore(toks, i) || feltAgeBefore(toks, i) {
		return
	}
	switch {
	case age >= 50:
		*dst = append(*dst, screenHit{concept: s.ageConcept(age), start: int32(i), end: int32(i + 1), by: -1})
		if age >= veryOld {
			// "an 85 year old" is very old, as "my dad is 88" is.
			*dst = append(*dst, screenHit{concept: s.cChildren, start: int32(i), end: int32(i + 1), by: -1})
		}
	case age < 18 && !thingBefore(toks, i):
		*dst = append(*dst, screenHit{concept: s.cChildren, start: int32(i), end: int32(i + 1), by: -1, weak: true})
	}
}

// agedThingBefore reports whether a body part or a thing, not a person,
// is what has the age at token i: "my spine is 80% desk chair", "my back
// feels 90 years old". Its "age" is a figure, no person's age; "my mum is
// 80" and "I'm 80" are ages.
// adultAge is the age under which an age given as a time ("at 12") is a
// childhood's.
const adultAge = 18

// childhoodAt reports whether the number at token i is an age given as
// when something happened: after "aged", "at age" or "age of" ("at the
// age of 9"), or after a bare "at" when the teller gives their own age now
// as a grown-up ("... at 12, I'm 35 now"), for "at 12" may be a time of
// day. A time word after it ("at 11 this morning", "at 5 pm") makes it
// one.
func childhoodAt(toks []screenToken, i int) bool {
	if i == 0 || i+1 < len(toks) && clockAfter[toks[i+1].word] {
		return false
	}
	switch prev := toks[i-1].word; {
	case prev == "aged":
		return true
	case prev == "age":
		return i > 1 && (toks[i-2].word == "at" || toks[i-2].word == "the")
	case prev == "of":
		return i > 2 && toks[i-2].word == "age"
	case prev != "at":
		return false
	}
	for j := 0; j+1 < len(toks); j++ {
		if w := toks[j].word; w != "im" && w != "am" && w != "now" {
			continue
		}
		if n, err := strconv.Atoi(toks[j+1].word); err == nil && n >= adultAge && n < 110 {
			return true
		}
	}
	return false
}

// clockAfter after a number make it a time of day: "at 11 this morning".
var clockAfter = setOf(`am pm oclock today tonight this last yesterday earlier ish`)

func agedThingBefore(toks []screenToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].word
		if personWords[w] || firstPerson[w] {
			return false
		}
		if agedThings[w] || thingWords[w] {
			return true
		}
	}
	return false
}

// feltAgeBefore reports whether the age at token i is one felt, not had:
// "woke up feeling 90 years old", "I feel like I'm 80 years old", "feels
// 100 years old". A feeling word stands within three tokens before it, or
// a likening one: "basically 90 now", "moving like a 90 year old".
func feltAgeBefore(toks []screenToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].word
		if w == "feel" || w == "feeling" || w == "felt" || w == "feels" || likenedAge[w] {
			return true
		}
		if w == "like" && j+1 < i && (toks[j+1].word == "a" || toks[j+1].word == "an") {
			return true // "like a 90 year old"; not "i'm like 70", an age told roughly
		}
	}
	return false
}

// likenedAge before an age make it a likeness: "I'm basically 90 now".
var likenedAge = setOf(`basically practically virtually`)

// agedThings are body parts and things said to be of an age.
var agedThings = setOf(`spine back body neck knee knees hip hips joints bones shoulder shoulders`)

// spanCounts and spanUnits make a span of weeks or months after "since",
// as a non-native speaker may write "for": "since one month", "since some
// weeks", "since months".
var (
	spanCounts = setOf(`a one two three four five six 2 3 4 5 6 some many several few`)
	spanUnits  = setOf(`week weeks month months`)
)

// spanHit recognises, at the token "since", a span of weeks or months
// that runs up to now: pain that has not eased in all that time. It is
// read here rather than as phrases so that the common "since" costs one
// look at the next words.
func (s *safetyScreen) spanHit(dst *[]screenHit, toks []screenToken, i int) {
	end := i + 1
	if end < len(toks) && spanCounts[toks[end].word] {
		end++
	}
	if end < len(toks) && spanUnits[toks[end].word] {
		*dst = append(*dst, screenHit{concept: s.cUnrelenting, start: int32(i), end: int32(end), by: -1, gap: -1})
	}
}

// negatable reports whether a concept of kind k can be negated.
func negatable(k conceptKind) bool {
	return k == kindSymptom || k == kindEvent || k == kindContext || k == kindSituation
}

// timed reports whether a concept of kind k can lie in the past.
// quietTreatmentNames stops the exercise word inside a treatment's name
// from counting: the "sports" of "a sports massage" asks for a treatment
// and explains no pain away. The hit stays (the scopes are already
// indexed) and is read as not said of now. Blocks do not absorb context
// concepts in general, since the "deadlift" of a "dead lift" block is
// still training.
func (s *safetyScreen) quietTreatmentNames(hits []screenHit) []screenHit {
	var names [][2]int32
	for _, h := range hits {
		if h.concept == s.cTreatmentName {
			names = append(names, [2]int32{h.start, h.end})
		}
	}
	if len(names) == 0 {
		return hits
	}
	for i := range hits {
		h := &hits[i]
		if h.concept != s.cExertion {
			continue
		}
		for _, n := range names {
			if n[0] <= h.start && h.end <= n[1] {
				h.hypo = true
				break
			}
		}
	}
	return hits
}

func timed(k conceptKind) bool { return k == kindSymptom || k == kindEvent }

// eventsInNames stops an event word inside the longer name of a medical
// situation from counting: the "slipped" of "a slipped disc" names the
// disc's condition, no slip or fall. The hit stays and is read as not
// said of now, like an exercise word in a treatment's name.
func (x *scan) eventsInNames() {
	for i := range x.hits {
		h := &x.hits[i]
		if x.kind(h) != kindEvent || !h.counts() {
			continue
		}
		for j := x.first[max(0, h.start-maxPhraseSpan)]; j < x.first[h.start+1]; j++ {
			if n := &x.hits[j]; x.kind(n) == kindSituation && n.start <= h.start && h.end <= n.end && n.end-n.start > h.end-h.start {
				h.hypo, h.by = true, -1
				break
			}
		}
	}
}

// dated reports whether a concept of kind k is placed in time: symptoms
// and events, and situations (a fracture years ago asks less of a
// caution than one now).
func dated(k conceptKind) bool { return timed(k) || k == kindSituation }

// run screens msg; with detail, the verdict lists the concepts found and
// says why it fired or did not (see Matcher.screenBrief).
func (s *safetyScreen) run(msg Message, detail bool) SafetyVerdict {
	sc := s.scratch.Get().(*screenScratch)
	defer s.scratch.Put(sc)
	sc.toks = s.tokenize(sc.toks[:0], msg.Words, msg.wordFacts(), msg.screenWords(s))
	if len(sc.lastAt) < len(s.first) {
		sc.lastAt = make([]int32, len(s.first))
	}
	sc.hits = s.findHits(sc.hits[:0], sc.toks, sc.lastAt)
	sc.hits = s.dropBlocked(sc.hits)
	sc.hits = s.dropLegsThatHold(sc.hits)
	s.decadesAsTime(sc.hits, sc.toks)
	sc.hits = s.dropDiscourse(sc.hits, sc.toks)
	if !detail && !s.firesOnNothing && s.allInert(sc.hits) {
		// Nothing found, or only inert concepts (seven messages in ten):
		// no rule can hold and no caution be given, so the verdict is
		// none, as the steps below would find it; a brief verdict holds
		// no concepts and no reason.
		return SafetyVerdict{Level: SafetyNone}
	}
	x := &scan{s: s, toks: sc.toks, hits: sc.hits, text: msg.Text}
	x.first = indexHits(sc.first[:0], sc.hits, len(sc.toks))
	sc.first = x.first
	sc.covered = x.scope(sc.covered[:0])
	x.placeInTime()
	x.othersPastStories()
	x.accidentsNamedAgain()
	x.crashedAsleep()
	x.takenBack()
	x.hits = s.quietTreatmentNames(x.hits)
	x.eventsInNames()
	x.eventsOfNobody()
	x.painsThatHit()
	x.unclaimedNames()
	x.crisisHeard()
	toks, hits := x.toks, x.hits

	v := SafetyVerdict{Level: SafetyNone}
	shown := 0
	for _, h := range hits {
		if k := s.concepts[h.concept].kind; k != kindBlock && k != kindRecent && k != kindPast {
			shown++
		}
	}
	if detail {
		v.Concepts = make([]ConceptHit, 0, shown)
	}
	for _, h := range hits {
		c := &s.concepts[h.concept]
		if !detail || c.kind == kindBlock || c.kind == kindRecent || c.kind == kindPast {
			continue
		}
		ch := ConceptHit{Concept: c.id, Words: tokenWords(toks, h.start, h.end), Negated: h.negated, Past: h.past, Hypothetical: h.hypo}
		if h.by >= 0 {
			ch.By = toks[h.by].word
		}
		v.Concepts = append(v.Concepts, ch)
	}

	var active conceptSet
	for _, h := range hits {
		if h.counts() {
			active.add(h.concept)
		}
	}
	if active.has(s.cMinorAccident) && s.minorOverruled(hits) {
		// "a fender bender... no, a proper crash, the car totalled": the
		// accident called minor is not the one told.
		active.del(s.cMinorAccident)
	}
	if active.has(s.cMinorInjury) && active.has(s.cMajorTrauma) && othersAccidentsOnly(hits, toks, s.cMajorTrauma) {
		// "my son fell off the trampoline, just bruised, he's fine. my
		// back is sore": someone else's accident told harmless is no red
		// flag, and the pain told is the asker's own.
		active.del(s.cMajorTrauma)
	}
	general := s.generalQuestion(x)
	if general {
		// A general question with no person in it ("is numbness in the
		// groin something to worry about in general?") reports nothing.
		for i := range x.hits {
			if h := &x.hits[i]; timed(s.concepts[h.concept].kind) && h.counts() && !x.crisisCounted(h) {
				h.hypo, h.by = true, -1
			}
		}
		active = conceptSet{}
		for _, h := range hits {
			if h.counts() {
				active.add(h.concept)
			}
		}
	}
	var fired []*compiledRule
	best := SafetyNone
	// Only a rule whose first needed concept is present, or that needs
	// none, can fire: those are tried, in the rules' order.
	sc.rules = append(sc.rules[:0], s.rulesNeedingNone...)
	for w, set := range active {
		for ; set != 0; set &= set - 1 {
			sc.rules = append(sc.rules, s.rulesNeeding[w*64+bits.TrailingZeros64(set)]...)
		}
	}
	slices.Sort(sc.rules)
	for _, i := range sc.rules {
		r := &s.rules[i]
		if !active.covers(&s.ruleNeeds[i]) || !r.holds(active) || r.near && !x.nearTogether(r) {
			continue
		}
		fired = append(fired, r)
		if r.level.rank() > best.rank() {
			best = r.level
		}
	}
	if len(fired) > 0 {
		// The group of the first rule at the highest level wins, unless
		// it yields to another group fired at that level; the reply
		// names what every rule of that group recognised.
		group := namingGroup(fired, best)
		var plains []string
		// A rule adds to the wording only what shares no concept with the
		// rules already named: "numbness around the groin with new
		// bladder trouble", not "a swollen calf with a warm calf".
		var names []string
		var named conceptSet
		for _, r := range fired {
			if r.group != group {
				continue
			}
			names = append(names, r.desc)
			if containsString(plains, r.plain) || r.overlaps(named) {
				continue
			}
			plains = append(plains, r.plain)
			for _, set := range [][]int16{r.need, r.anyOf, r.alsoOf, r.andOf} {
				for _, c := range set {
					named.add(c)
				}
			}
		}
		v.Level, v.Group, v.Recognised = best, group, strings.Join(plains, " with ")
		v.Reason = "fired: " + strings.Join(names, "; ")
		return v
	}
	if general && !active.has(s.cMassage) {
		// A general question that names no massage ("are diabetics more
		// prone to skin infections? for a nursing essay") asks nothing of
		// anyone's massage: no caution.
		if detail {
			v.Reason = s.whyNot(v.Concepts)
		}
		return v
	}
	if sit, ok := s.caution(x, active, hits); ok {
		v.Level, v.Situation = SafetyCaution, s.concepts[sit].id
		v.Recognised = "a question whether massage is safe with " + s.concepts[sit].plain
		v.Reason = "fired: caution: " + s.concepts[sit].id + " with a question about massage or its safety"
		return v
	}
	if detail {
		v.Reason = s.whyNot(v.Concepts)
	}
	return v
}

// namingGroup returns the group that names a message: that of the first
// rule fired at level best that does not yield to another group also
// fired at that level, or of the first rule at that level when all yield.
func namingGroup(fired []*compiledRule, best SafetyLevel) string {
	first := ""
	for _, r := range fired {
		if r.level != best {
			continue
		}
		if first == "" {
			first = r.group
		}
		if !yieldsAmong(r, fired, best) {
			return r.group
		}
	}
	return first
}

// yieldsAmong reports whether rule r yields to the group of another rule
// fired at level best.
func yieldsAmong(r *compiledRule, fired []*compiledRule, best SafetyLevel) bool {
	for _, o := range fired {
		if o.level == best && o.group != r.group && containsString(r.yields, o.group) {
			return true
		}
	}
	return false
}

// inertConcepts returns the concepts of s that no rule of s reads, neither
// needed, one of a set nor excluded, and that caution does not start
// from: situations, medicines and decisions about them.
func inertConcepts(s *safetyScreen) conceptSet {
	var read conceptSet
	for i := range s.rules {
		r := &s.rules[i]
		for _, set := range [][]int16{r.need, r.anyOf, r.alsoOf, r.andOf, r.without} {
			for _, c := range set {
				read.add(c)
			}
		}
	}
	read.add(s.cMedDecision)
	read.add(s.cMedicine)
	var inert conceptSet
	for c := range s.concepts {
		if id := int16(c); !read.has(id) && s.concepts[c].kind != kindSituation {
			inert.add(id)
		}
	}
	return inert
}

// allInert reports whether every hit is of an inert concept (see
// safetyScreen.inert); true for none.
func (s *safetyScreen) allInert(hits []screenHit) bool {
	for _, h := range hits {
		if !s.inert.has(h.concept) {
			return false
		}
	}
	return true
}

// holds reports whether the rule's concepts are present, ignoring nearness.
func (r *compiledRule) holds(active conceptSet) bool {
	for _, c := range r.need {
		if !active.has(c) {
			return false
		}
	}
	for _, set := range [3][]int16{r.anyOf, r.alsoOf, r.andOf} {
		if len(set) == 0 {
			continue
		}
		ok := false
		for _, c := range set {
			if active.has(c) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	for _, c := range r.without {
		if active.has(c) {
			return false
		}
	}
	return true
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

// caution reports the situation of a question whether massage is safe or
// advisable with a medical situation, when there is one.
func (s *safetyScreen) caution(x *scan, active conceptSet, hits []screenHit) (int16, bool) {
	asks := active.has(s.cSafetyQuestion) || active.has(s.cMassage) || active.has(s.cAskWords)
	if active.has(s.cMedDecision) && active.has(s.cMedicine) && x.nearTogether(&s.medicationRule) {
		return s.conceptID[situationMedicines], true
	}
	if !asks || !active.has(s.cSafetyQuestion) && !active.has(s.cMassage) && (active.has(s.cHypothetical) || active.has(s.cGeneral)) {
		// Only "should" or "can" in a question about warning signs ("my
		// dad is 80, what signs should we watch for?") or about cases in
		// general ("can a clot travel to the lungs? pub quiz question")
		// asks nothing about massage.
		return 0, false
	}
	if !active.has(s.cSafetyQuestion) && !active.has(s.cMassage) && x.onlyAccompanies() {
		// "my grandpa has a pacemaker, he's just coming as company, can
		// he wait in the lobby?": no one asks to be massaged.
		return 0, false
	}
	if !active.has(s.cSafetyQuestion) && x.buysAGift() {
		// "my mum beat cancer years ago and loves massages, can I buy her
		// a gift card?": a gift is booked by its owner, whose therapist
		// takes their history; nothing is asked of its safety.
		return 0, false
	}
	if active.has(s.cNotMine) && (active.has(s.cHypothetical) || active.has(s.cGeneral)) {
		// Someone else's situation asked about out of curiosity, said to
		// be nobody's the asker knows ("my mum's friend has osteoporosis
		// ... is that right in general? it's not for me, just curious").
		return 0, false
	}
	if active.has(s.cManaged) && !active.has(s.cSafetyQuestion) {
		// A condition under control, with a question that does not ask
		// whether massage is safe ("my diabetes is well controlled, can
		// massage help my stiff back"), is an ordinary question.
		return 0, false
	}
	// The first situation named in the message. One in the past ("a
	// fracture years ago") makes a caution only with a question about
	// getting a massage (is it safe, can I), not with any mention of one,
	// and not when the message says it only asks out of curiosity ("my
	// grandma used to have sciatica, just curious").
	curious := active.has(s.cHypothetical) && !x.asksWhenSafe()
	var others conceptSet // situations found to be someone else's
	// Situations named plainly come first: "my son has scoliosis, can he
	// get a massage" is the spine condition's caution, not the child's.
	for _, weakPass := range [2]bool{false, true} {
		for _, h := range hits {
			if s.concepts[h.concept].kind != kindSituation || h.weak != weakPass || h.negated || h.hypo || h.concept == s.cMedDecision || x.insideTime(&h) {
				continue
			}
			if h.weak && h.past {
				continue // a tattoo from last year, all healed
			}
			if h.past && x.healedBreak(&h) {
				continue // "broke my wrist in 2016", "broke my tailbone as a kid": long mended
			}
			if h.past && h.concept == s.cPregnancy && (h.by >= 0 && x.longAgoAt(h.by) || x.longAgoTold()) {
				continue // "pregnant 3 years ago", "a c-section in 2018": born, and the weeks after long over
			}
			if others.has(h.concept) || !active.has(s.cSafetyQuestion) && x.othersSituation(&h) {
				// "my uncle survived an aneurysm ... can i book for myself";
				// and the same situation named again ("my pregnant
				// coworker ... in her 2nd trimester").
				others.add(h.concept)
				continue
			}
			if !active.has(s.cSafetyQuestion) && !active.has(s.cMassage) && x.askedOfAKind(&h) {
				continue // "can someone with osteoporosis fracture their spine by sneezing?": no one's, no massage asked
			}
			if curious && x.causedByMassage(&h) {
				continue // "can massage cause a blood clot to move? just curious": a risk asked about, no one's clot
			}
			if h.concept == s.cChildren && x.askerIsChild(&h) {
				continue // "I'm her daughter booking for her": a grown child
			}
			if h.concept == s.cChildren && active.has(s.cGeneral) && ageClasses[x.toks[h.end].word] {
				continue // "is massage good for kids in general?": a class of people, no one's age
			}
			if h.concept == s.cChildren && active.has(s.cGoodHealth) && active.has(s.cElderly) {
				continue // "grandpa is 88 and healthy ... do you treat seniors?": no frail elder
			}
			if h.concept == s.cPregnancy && !active.has(s.cSafetyQuestion) && !x.asksPermission(&h, false) && x.pregnancyAsTopic(&h) {
				continue // "why does pregnancy cause back pain?", "tables for pregnant clients": no one's pregnancy asked about
			}
			if s.concepts[h.concept].id == "pregnancy" && active.has(s.cNamedService) && !active.has(s.cSafetyQuestion) && !x.asksPermission(&h, false) {
				continue // "30 weeks pregnant, do you offer prenatal massage, how long is a session?"
			}
			if h.weak && h.concept == s.cChildren && x.carriedBy(h.start) && !x.permissionForCarried(&h) {
				continue // "carrying kids all day ... wife says book a massage": the asker is massaged
			}
			if h.weak && !x.asksPermission(&h, h.concept == s.cChildren) && !(h.concept == s.cChildren && (x.sufferer(&h) || x.massaged(&h)) && !x.massageForAsker()) {
				// A situation named in passing ("carrying my toddler", "I
				// bruise easily") makes a caution only with a question whether
				// massage is safe or may be had; for a child or an older
				// person named, one close by, since the asker may be the one
				// to be massaged ("my kid jumped on my back ... can I come in"),
				// unless the massage is asked for the asker ("... for me").
				continue
			}
			if !h.past || !curious && (active.has(s.cSafetyQuestion) || active.has(s.cAskWords)) {
				return h.concept, true
			}
		}
	}
	if active.has(s.cMedicine) && active.has(s.cSafetyQuestion) && x.nearTogether(&s.onMedicineRule) {
		return s.conceptID[situationMedicines], true
	}
	if active.has(s.cMedicine) && active.has(s.cPermission) && x.nearTogether(&s.medicinePermissionRule) {
		// "I take oxycodone for my back, can I get deep tissue?"
		return s.conceptID[situationMedicines], true
	}
	return 0, false
}

// longAgoTold reports whether the message dates anything long ago ("years
// ago", "in 2015"): a pregnancy told in the past ("when I was pregnant")
// in such a message is long over ("... but that stopped years ago").
func (x *scan) longAgoTold() bool {
	for i := range x.hits {
		if h := &x.hits[i]; x.kind(h) == kindPast && h.counts() && x.longAgoAt(h.start) {
			return true
		}
	}
	return false
}

// waitingPlaces are where a companion waits, and companyWords what they
// come as: "can he wait in the lobby", "she's coming as company".
var (
	waitingPlaces = setOf(`lobby reception waiting`)
	companyWords  = setOf(`company companion chaperone`)
)

// onlyAccompanies reports whether the message asks only about someone
// coming along: a place to wait or a word of company, "room" after
// "waiting" ("sit in the waiting room").
func (x *scan) onlyAccompanies() bool {
	for t := range x.toks {
		w := x.toks[t].word
		if companyWords[w] || waitingPlaces[w] && (w != "waiting" || t+1 < len(x.toks) && x.toks[t+1].word == "room") {
			return true
		}
	}
	return false
}

// giftWords name a gift of a massage: "a gift card", "a voucher".
var giftWords = setOf(`gift gifts voucher vouchers`)

// buysAGift reports whether the message tells of a gift of a massage.
func (x *scan) buysAGift() bool { return x.wordIn(0, int32(len(x.toks))-1, giftWords) }

// causingVerbs tell what a massage might bring about: "can massage cause
// a clot", "could it trigger a herniation", "spread cancer".
var causingVerbs = setOf(`cause causes give gives trigger triggers spread spreads dislodge dislodges loosen loosens`)

// causedByMassage reports whether situation h is named only as what a
// massage might cause: a verb of causing stands right before it, small
// words or none between ("cause a blood clot", "spread cancer"), and a
// massage word before the verb ("can massage cause ..."). "Cause my disc
// to slip" names the asker's own disc.
func (x *scan) causedByMassage(h *screenHit) bool {
	verb := int32(-1)
	for t := h.start; t >= 0 && t >= h.start-3; t-- {
		w := x.toks[t].word
		if causingVerbs[w] && (t < h.start || h.end > h.start) {
			verb = t
			break
		}
		if possessives[w] {
			return false
		}
		if t < h.start && !x.toks[t].skip && !x.situationAt(t) {
			return false // the words of the situation itself are stepped over: "cause a blood clot", "a disc herniation"
		}
	}
	if verb < 0 {
		return false
	}
	for i := range x.hits {
		if m := &x.hits[i]; m.concept == x.s.cMassage && m.end < verb && m.end >= verb-3 {
			return true
		}
	}
	return false
}

// situationAt reports whether token t is inside a caution situation's
// words.
func (x *scan) situationAt(t int32) bool {
	for i := range x.hits {
		if h := &x.hits[i]; h.start <= t && t <= h.end && x.kind(h) == kindSituation {
			return true
		}
	}
	return false
}

// ageClasses name an age group as a class of people: with a question in
// general ("is massage good for kids in general?") they are nobody's age.
var ageClasses = setOf(`kids children babies infants toddlers teens teenagers seniors elderly`)

// whyNot explains why nothing fired.
func (s *safetyScreen) whyNot(hits []ConceptHit) string {
	if len(hits) == 0 {
		return "no concept of the screen in the message"
	}
	var dropped int
	for _, h := range hits {
		if !h.Counts() {
			dropped++
		}
	}
	if dropped > 0 {
		return fmt.Sprintf("no rule holds: %d concept(s) negated, in the past or only asked about, and the rest fit no red-flag group or caution", dropped)
	}
	return "no rule holds: the concepts found fit no red-flag group, and no medical situation is asked about"
}

func tokenWords(toks []screenToken, start, end int32) string {
	if start == end {
		return toks[start].word
	}
	var sb strings.Builder
	for i := start; i <= end && int(i) < len(toks); i++ {
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(toks[i].word)
	}
	return sb.String()
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// describe names the rule for explanations: group/level (concepts).
func (r *compiledRule) describe() string {
	parts := append([]string{}, r.all...)
	for _, set := range [][]string{r.any, r.also, r.and} {
		if len(set) > 0 {
			parts = append(parts, "("+strings.Join(set, "|")+")")
		}
	}
	return r.group + "/" + string(r.level) + ": " + strings.Join(parts, " + ")
}

// vowelSwap reports whether a and b, of the same length, differ only in
// one letter and both letters are vowels: a common misspelling ("teering")
// that seldom makes another word the screen knows.
func vowelSwap(a, b string) bool {
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	return diff >= 0 && isVowel(a[diff]) && isVowel(b[diff])
}

// sameLetters reports whether a and b are anagrams (a swap, not a change).
func sameLetters(a, b string) bool {
	var counts [256]int
	for i := 0; i < len(a); i++ {
		counts[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		counts[b[i]]--
	}
	for _, c := range counts {
		if c != 0 {
			return false
		}
	}
	return true
}

// addHit appends h unless the same concept already starts there; the
// longer of the two is kept.
func addHit(dst []screenHit, h screenHit) []screenHit {
	for i := len(dst) - 1; i >= 0 && dst[i].start == h.start; i-- {
		if dst[i].concept == h.concept {
			if h.end > dst[i].end {
				dst[i].end, dst[i].weak = h.end, h.weak
			} else if h.end == dst[i].end {
				dst[i].weak = dst[i].weak && h.weak
			}
			return dst
		}
	}
	return append(dst, h)
}

// keepHits removes in place the hits for which drop (given each one's
// index, in order) is true, and keeps the others in order. Most messages
// drop none, and then no hit is copied. The hits before index i that drop
// may read stand as a loop appending the kept ones to hits[:0] leaves
// them.
func keepHits(hits []screenHit, drop func(i int) bool) []screenHit {
	first := -1
	for i := range hits {
		if drop(i) {
			first = i
			break
		}
	}
	if first < 0 {
		return hits
	}
	out := hits[:first]
	for i := first + 1; i < len(hits); i++ {
		if !drop(i) {
			out = append(out, hits[i])
		}
	}
	return out
}

// SafetyPhraseUsable reports whether a staff phrase has a word the screen
// can recognise: not only small words, and not only a negation.
func SafetyPhraseUsable(phrase string) bool {
	for _, w := range strings.Fields(Normalize(strings.TrimPrefix(phrase, "="))) {
		w = screenWord(w)
		if !screenSkip[w] && !negationTriggers[w] {
			return true
		}
	}
	return false
}

// followedBy reports whether a word with flag f stands within n tokens
// after token end.
func followedBy(toks []screenToken, end int32, f wordFlags, n int32) bool {
	for j := end + 1; j <= end+n && int(j) < len(toks); j++ {
		if toks[j].is(f) {
			return true
		}
	}
	return false
}

// screenYear is the year a message is read in, for "in 2015": a year two
// or more before it is the past. It is fixed when the package loads.
var screenYear = time.Now().Year()

// thingWords after "N weeks old" say it is the age of a thing, not a baby.
var thingWords = setOf(`injury injuries bruise bruises sprain strain tattoo scar wound tear fracture break pain surgery stitches cut burn
	mattress shoes pillow car house knot problem issue couch bed sofa chair laptop phone dog cat`)

// discourseWords after an opening "ok" make it a way of starting, not a
// question whether something is ok: "okay so ...", "ok thanks", and the
// words that announce a story ("ok background:", "okay long story",
// "ok quick question").
var discourseWords = setOf(`so then thanks thank cool well sure great yeah yes um uh and but i im hi hey
	background backstory context long quick weird random question story update`)

// dropDiscourse drops a safety-question hit that is only the "ok" a
// message opens with ("Okay so this is going to sound dramatic").
func (s *safetyScreen) dropDiscourse(hits []screenHit, toks []screenToken) []screenHit {
	return keepHits(hits, func(i int) bool {
		h := &hits[i]
		return h.concept == s.cSafetyQuestion && h.start == h.end && h.start <= 1 && int(h.end)+1 < len(toks) &&
			discourseWords[toks[h.end+1].word] && (h.start == 0 || discourseWords[toks[0].word] || toks[0].word == "oh")
	})
}

// minorOverruled reports whether every accident the message calls minor
// is one named in the same words ("a minor crash", "a fender bender")
// and another accident is told apart from it ("the car was totalled"):
// the minor one is then not the whole story. What the sender says an
// accident left ("walked away fine") is minor-injury, which no rule on a
// major accident with pain heeds.
func (s *safetyScreen) minorOverruled(hits []screenHit) bool {
	isAccident := func(c int16) bool { return c == s.cMajorTrauma || c == s.cTraumaWord }
	// overlapping reports whether a hit of a concept that is spans the
	// same words as h.
	overlapping := func(h *screenHit, is func(int16) bool) bool {
		for j := range hits {
			if o := &hits[j]; is(o.concept) && h.start <= o.end && o.start <= h.end {
				return true
			}
		}
		return false
	}
	isMinor := func(c int16) bool { return c == s.cMinorAccident }
	for i := range hits {
		if m := &hits[i]; m.concept == s.cMinorAccident && m.counts() && !overlapping(m, isAccident) {
			return false
		}
	}
	for i := range hits {
		if a := &hits[i]; a.concept == s.cMajorTrauma && a.counts() && !overlapping(a, isMinor) {
			return true
		}
	}
	return false
}

// othersWords before an accident make it someone else's, or one only
// seen: "my son fell off", "saw a car crash", "a guy fell off a ladder".
var othersWords = setOf(`mom mum mother dad father grandma grandpa grandmother grandfather husband wife partner aunt uncle
	neighbour neighbor friend friends son daughter brother sister cousin kid kids child boyfriend girlfriend bf gf guy man
	woman lady someone somebody everyone everybody dog cat he she they saw watched witnessed seen`)

// othersWindow is how far before an accident a word of othersWords may
// stand: "my friend was in a car accident".
const othersWindow = 4

// othersAccidentsOnly reports whether every accident (major-trauma hit)
// that counts has a word of othersWords within othersWindow tokens
// before it, and there is one. Accidents told in overlapping words ("car
// accident", "accident") are one, starting where the first starts.
func othersAccidentsOnly(hits []screenHit, toks []screenToken, accident int16) bool {
	found := false
	for _, h := range hits {
		if h.concept != accident || !h.counts() {
			continue
		}
		start := h.start
		for _, o := range hits {
			if o.concept == accident && o.start < start && o.end >= h.start {
				start = o.start
			}
		}
		others := false
		for j := start - 1; j >= 0 && j >= start-othersWindow; j-- {
			if othersWords[toks[j].word] {
				others = true
				break
			}
		}
		if !others {
			return false
		}
		found = true
	}
	return found
}

// thingBefore reports whether a thing word stands within three tokens
// before token i: "my mattress is 15 years old" gives no child's age.
func thingBefore(toks []screenToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if thingWords[toks[j].word] {
			return true
		}
	}
	return false
}

// approximately are the words between "in" and a year that keep it a
// year: "a uti in like 2018", "in about 2015".
var approximately = setOf(`like about around roughly circa maybe`)

// yearBefore are the words a year follows when it is one: "in 2015",
// "back in 2009", "that was 2005", "the winter of 1998", "march 2016". A
// number after other words may be a count ("walked 2000 steps") or a
// model ("my 2010 civic").
var yearBefore = setOf(`in back since was of from til till until around circa summer winter spring fall autumn christmas
	early mid late jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august
	september october november december`)

// yearAt returns the year the number at token i names, if it is one: four
// digits after a word of yearBefore (or "in" and a word of approximately:
// "in like 2018"), or two after "in" or "back in", as a year is said with
// its century dropped ("in '04", "back in 98"). Two digits are read as a
// year only from 00 to 09 and from 40 to 99, and not before a unit ("in
// 45 minutes"): "in 20" and "in 15" are more often a count than a year.
// A decade of four digits after "the" or such a word ("back in the
// 1990s", "since the 2000s") is its first year.
func yearAt(toks []screenToken, i int) (int, bool) {
	w := toks[i].word
	if i > 0 && len(w) == 5 && w[4] == 's' {
		n, err := strconv.Atoi(w[:4])
		prev := toks[i-1].word
		return n, err == nil && n%10 == 0 && (prev == "the" || yearBefore[prev])
	}
	if i == 0 || len(w) != 4 && len(w) != 2 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	if err != nil {
		return 0, false
	}
	prev := toks[i-1].word
	if len(w) == 4 {
		return n, yearBefore[prev] || i > 1 && toks[i-2].word == "in" && approximately[prev]
	}
	if prev != "in" || i+1 < len(toks) && (unitWords[toks[i+1].word] || spanUnits[toks[i+1].word] || toks[i+1].word == "years" || toks[i+1].word == "days") {
		return 0, false
	}
	switch {
	case w[0] == '0':
		return 2000 + n, true
	case n >= 40:
		return 1900 + n, true
	}
	return 0, false
}

// notPregnancyAfter are words after "is N weeks" that say the weeks count
// from something other than a pregnancy.
var notPregnancyAfter = setOf(`ago old post postop postoperative out after since from into of in later before sober clean off
	late overdue behind until left more long recovery rehab physio`)

// veryOld is the age from which a question about massage is a caution.
const veryOld = 80

// screenKnown are words that are no misspelling of a lexicon word though
// they are one letter from it: "spin" class is no "spine", a kid's
// "recital" no "rectal", "spelling" no "swelling", a bus "station" no
// "statin", a "bell" no "belly", "chillis" no "chills". They are real
// everyday words, read as themselves by the screen only: the matcher's
// reading of them is its own.
var screenKnown = setOf(`spin spins spinning recital recitals spelling station stations setting bell bells blocked
	decide chilli chillis chillies tips tails sorts paying steak steaks scoop serve remaining inspect barrel powder
	printing filed fund fares pints`)

// ageConcept is the concept of an age: older age from 65, over 50 below.
func (s *safetyScreen) ageConcept(age int) int16 {
	if age >= 65 {
		return s.cElderly
	}
	return s.cOver50
}

// overlaps reports whether the rule needs a concept in named.
func (r *compiledRule) overlaps(named conceptSet) bool {
	for _, set := range [][]int16{r.need, r.anyOf, r.alsoOf, r.andOf} {
		for _, c := range set {
			if named.has(c) {
				return true
			}
		}
	}
	return false
}

// maxConcepts bounds the concepts of a screen, built-in and staff groups
// together, so that a set of them fits in a conceptSet.
const maxConcepts = 256

// conceptSet is a set of concept indexes.
type conceptSet [maxConcepts / 64]uint64

func (s *conceptSet) add(c int16)     { s[c/64] |= 1 << (c % 64) }
func (s *conceptSet) del(c int16)     { s[c/64] &^= 1 << (c % 64) }
func (s conceptSet) has(c int16) bool { return s[c/64]&(1<<(c%64)) != 0 }

// covers reports whether s holds every concept of sub.
func (s *conceptSet) covers(sub *conceptSet) bool {
	var missing uint64
	for i := range sub {
		missing |= sub[i] &^ s[i]
	}
	return missing == 0
}

// personWords name someone whose age may follow: "my dad (68)".
var personWords = setOf(`mom mum mother dad father grandma grandpa grandmother grandfather husband wife partner
	aunt uncle neighbour neighbor he she him her i am im patient client friend`)

// theyClassWindow is how far before a "they" a class of people may stand
// for the "they" to be that class: "clients ... if they have".
const theyClassWindow = 4

// unitWords after a number say it is no age: "65 kg", "70 minutes".
// "a 90-minute deep tissue" and "a 90 min" are a length of massage.
var unitWords = setOf(`kg kgs kilos lbs pounds km miles minute minutes min mins hour hours hr hrs percent dollars bucks times degrees`)

// personBefore reports whether a person word stands within three tokens
// before token i.
func personBefore(toks []screenToken, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if personWords[toks[j].word] {
			return true
		}
	}
	return false
}

// personalWords show that a message is about someone: the asker or a
// person they name.
var personalWords = setOf(`i me my mine myself im ive we our us he she his her him they their them mum mom dad husband wife
	son daughter grandma grandpa partner boyfriend girlfriend bf gf`)

// generalQuestion reports whether the message asks in general (it has a
// hypothetical cue such as "in general" or "warning signs"), tells nothing
// as happening now, and names no person at all: "is numbness in the groin
// something to worry about in general?". A person named anywhere keeps the
// message a report: "numb legs and can't pee, is that a warning sign? I'm
// 45" is told without a pronoun where it names the red flag.
func (s *safetyScreen) generalQuestion(x *scan) bool {
	hypothetical := false
	for _, h := range x.hits {
		if (h.concept == s.cHypothetical || h.concept == s.cConditional || h.concept == s.cGeneral) && !x.insideSymptom(&h) {
			// A cue inside a symptom's own words asks nothing: "feel
			// generally unwell", "unwell generally".
			hypothetical = true
			break
		}
	}
	if !hypothetical || x.askedOfWhatWasTold() || x.goingOnFrom(-1) {
		return false // asks nothing in general, or a symptom is told as going on now
	}
	for _, h := range x.hits {
		if s.concepts[h.concept].kind == kindRecent && h.counts() && !x.datesStudy(&h) && !(h.start == h.end && x.toks[h.end].word == "now" && x.onlyAsksAt(h.end+1)) {
			return false // "sweating at night, past 10 days. what massage would help": a report, told without "I"
		}
	}
	told := x.disclaimedAfter()
	for i := range x.toks {
		if int32(i) <= told && personalWords[x.toks[i].word] && !x.genericThey(int32(i)) && !x.studyBy(int32(i)) && !x.studyOwned(int32(i)) && !x.onlyAsksAt(int32(i)) && !x.placeOwnedAt(int32(i)) {
			return false
		}
	}
	return true
}

// studyWindow is how far after a person word a cue of study may start for
// the person to be the one who studies: "we [read about]", "i am
// [studying]".
const studyWindow = 3

// studyBy reports whether the person word at token t is the subject of a
// cue of study or of only asking ("we read about red flags in health
// class", "i am studying for an exam"): the asker as a student or a
// reader, not someone the message tells of. "my legs are numb, i read
// about it" keeps "my": its next words are no such cue.
func (x *scan) studyBy(t int32) bool {
	for i := range x.hits {
		h := &x.hits[i]
		if c := h.concept; (c == x.s.cHypothetical || c == x.s.cTermQuestion) && h.start > t && h.start <= t+studyWindow {
			return true
		}
	}
	return false
}

// onlyAsking are what the asker says of themself when they only ask:
// "now i'm curious", "i'm writing a story", "before i ever need it".
var onlyAsking = setOf(`curious wondering writing researching reading studying interested nosy ever`)

// onlyAsksAt reports whether the asker's "i" or "we" at token t is the
// subject of only asking (onlyAsking, over "am", "are" and small words):
// the asker as one who wonders, writes or might one day need to know,
// not one who tells a symptom. "I'm curious, my legs are numb" keeps its
// "my".
func (x *scan) onlyAsksAt(t int32) bool {
	if int(t) >= len(x.toks) {
		return false
	}
	if w := x.toks[t].word; w != "i" && w != "im" && w != "we" {
		return false
	}
	for u := t + 1; u <= t+3 && int(u) < len(x.toks); u++ {
		if w := x.toks[u].word; onlyAsking[w] {
			return true
		} else if !x.toks[u].skip && w != "am" && w != "are" && w != "just" {
			return false
		}
	}
	return false
}

// placeOwnedAt reports whether the "my" or "our" at token t owns a place
// the asker writes or asks for ("a newsletter for my office", "a talk at
// our club"), right after "for", "at" or "in": no one's body.
func (x *scan) placeOwnedAt(t int32) bool {
	if w := x.toks[t].word; w != "my" && w != "our" || t == 0 || int(t)+1 >= len(x.toks) {
		return false
	}
	p := x.toks[t-1].word
	return (p == "for" || p == "at" || p == "in") && ownersPlaceNouns[x.toks[t+1].word]
}

// studyNouns are what a student owns: "for my nursing class", "it's for
// my physio exam". Not "test": "my test results" is a report.
var studyNouns = setOf(`class classes course courses exam exams quiz quizzes homework assignment assignments essay
	studies degree module lecture lectures textbook coursework revision seminar thesis dissertation
	newsletter blog article story novel podcast script screenplay character characters`)

// studyOwned reports whether the person word at token t is "my" or "our"
// before a thing of study, a word between at most ("in my nursing class",
// "for our first aid course"): the asker as a student, no one the message
// tells of. "My calf ... for my class" keeps the calf's "my".
func (x *scan) studyOwned(t int32) bool {
	if w := x.toks[t].word; w != "my" && w != "our" {
		return false
	}
	for u := t + 1; u <= t+3 && int(u) < len(x.toks); u++ {
		if studyNouns[x.toks[u].word] {
			return true
		}
	}
	return false
}

// disclaimedAfter returns the last token before which a person named
// makes the message a report. When the asker disclaims the red flag after
// everything the message tells ("... in general? not for me", "... mean?
// i'm studying kinesiology"), the words about themself that follow it are
// that disclaimer, not a report: the token of the last symptom or event is
// returned. Otherwise every token counts.
func (x *scan) disclaimedAfter() int32 {
	var lastTold, disclaimer int32 = -1, -1
	for _, h := range x.hits {
		if k := x.s.concepts[h.concept].kind; timed(k) || k == kindSituation {
			lastTold = max(lastTold, h.end)
		}
		if h.concept == x.s.cNotMine && h.counts() && disclaimer < 0 {
			disclaimer = h.start
		}
	}
	if disclaimer < 0 || disclaimer <= lastTold {
		return int32(len(x.toks))
	}
	return lastTold
}

// genericThey reports whether token t is a "they" inside a hypothetical or
// general cue, people in general: "why do they say a swollen calf
// shouldn't be massaged?" names no one; so does a "they" or "their" that
// a class of people stands shortly before ("do you turn clients away if
// they have a fever?").
func (x *scan) genericThey(t int32) bool {
	if w := x.toks[t].word; w != "they" && w != "their" && w != "them" {
		return false
	}
	for u := t - 1; u >= 0 && u >= t-theyClassWindow; u-- {
		if peopleClass[x.toks[u].word] {
			return true
		}
	}
	if x.toks[t].word != "they" {
		return false
	}
	for i := range x.hits {
		h := &x.hits[i]
		if c := h.concept; (c == x.s.cHypothetical || c == x.s.cGeneral) && h.start <= t && t <= h.end {
			return true
		}
	}
	return false
}
