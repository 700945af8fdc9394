package knowledge

import (
	"slices"
	"strings"
)

// This file holds the word-level tools of the matcher: which words carry no
// meaning, what chat shorthand stands for, a small stemmer, a phonetic key
// and an edit distance. They work on the output of Normalize: lowercase
// ASCII letters and digits.

// stopwords are words that say nothing about which entry is meant. Question
// words that do ("why", "where", "who") are not stopwords: "why does my back
// hurt" asks for causes, "where are you" for the address, "which massage"
// for a choice.
var stopwords = setOf(`a an the and or but if so of to in on at by for from with without about
	as into onto over under than then too very just really actually even also still only
	i me my mine myself we us our you your yours yourself he him his she her it its they them their
	this that these those there here
	is am are was were be been being do does did doing done have has had having
	will would shall should can could may might must not no nah nope yes yeah yep ok okay
	what how when whats hows
	any some all every each much many more most lot lots bit like
	up out off again ever anyone anybody someone something anything thing things stuff
	please thanks thank hi hello hey lol lmao haha omg tbh ngl idk imo btw pls plz
	idc idek imho afaik iirc fyi smh
	oh um uh hmm well though tho guys guy ya
	get got getting go going gonna wanna want know tell let say said think make
	one two im ive id youre theyre dont doesnt didnt isnt arent wasnt wont cannot`)

// fillers are words that colour a question without changing its topic:
// judgements ("legit", "worth"), hedges ("maybe", "kinda"), intensifiers
// ("super", "literally", "absolutely", "every single"), interjections
// ("ugh", "wtf") and the verbs that report what someone else said or
// where the asker came across it ("my physio says", "a friend told me",
// "she mentioned", "I was reading", "it sounds intense"), and the small
// talk of a story: an apology, a time gone by ("a few weeks ago", "last
// time"). "before" is not one: it cost a confident wrong answer on a
// held-out set. "is rolfing
// legit" is about rolfing. A filler the base does not hold is neither
// evidence nor an unknown word counting against every entry; what makes a
// question off topic is its subject, which these never are. Words of the
// base win over this list.
var fillers = setOf(`legit legitimate scam scammy worth worthwhile useful useless helpful pointless
	good great nice bad fine decent awesome amazing cool terrible awful
	real true honest honestly seriously literally basically totally super kinda sorta
	pretty quite fairly rather definitely probably maybe perhaps possibly usually generally
	always never sometimes often anyway anyways whatever sure wondering wonder curious understand
	skeptical sceptical asking wtf damn dang ugh gosh bro dude lowkey af fr
	sus bruh fam deadass highkey frfr istg smh fyi yall hella gnarly nasty gross weird annoying
	yo hey hi hiya heya howdy explain explained rundown lowdown deets gist
	normal plain simple simply layman laymans eli5 q quick random dumb stupid silly tf wth
	thing things stuff sounds seems name
	sketchy shady dodgy ripoff overrated overhyped hype hyped mid gimmick gimmicky bussin cap
	placebo pseudoscience pseudoscientific woo quackery quack bogus bs nonsense
	thoughts opinion opinions thinking
	everywhere constantly nonstop supposed supposedly apparently
	need needs needed
	full re properly realistically genuinely truly fancy fluffy swear swears swore
	instead chronic temporarily permanent permanently lasting confused confusing
	absolutely completely utterly extremely incredibly insanely ridiculously freaking frickin bloody single
	told tells telling says saying claims claimed claiming reckons reckon
	mention mentions mentioned mentioning read reading sounds whether
	ago previously earlier last few couple sorry
	vibe vibes spill tiktok pamper pampering pampered luxury indulgence selfcare`)

// storyPeople are the people a member mentions around a question: who
// said it, who it is for ("my husband says massage is only pampering",
// "asking for my dad"). Where the base does not hold the word, retrieval
// counts it neither for nor against any entry, as a filler; the domain
// stage still weighs it ("call my mom" is about the mother).
var storyPeople = setOf(`husband husbands wife wifes wives partner partners boyfriend girlfriend hubby
	mom moms mum mums mother mothers dad dads father fathers parent parents
	son sons daughter daughters kid kids child children grandkids grandson granddaughter
	grandma grandpa grandmother grandfather nan nana gran granny
	aunt aunts auntie uncle uncles cousin cousins niece nephew sister sisters brother brothers sibling siblings
	friend friends buddy mate mates pal coworker coworkers colleague colleagues boss neighbour neighbor
	doc doctor doctors dr gp nurse trainer coach physio chiro teacher`)

// chatMeta are words about the message rather than in it: a bot command
// ("`!ask` what is rolfing"), Discord's spoiler tag written out
// ("||spoiler||"). Retrieval counts them for no entry where the base does
// not hold them; the domain stage still weighs them ("which questions may
// i ask you" is about the assistant).
var chatMeta = setOf("ask spoiler spoilers")

// durations are spans of time a question measures something in ("how
// many years experience", "for decades"): retrieval counts them for no
// entry where the base does not hold them, as it does the words that say
// when. "hours" is not one: "rmt hours" asks for opening hours, which the
// base does not give.
var durations = setOf("year years yrs decade decades")

// nounDeterminers come only before a noun (see knotWithoutK).
var nounDeterminers = setOf("a an the big little huge tiny small")

// slang expands chat shorthand into the words it stands for, before
// stopwords are removed and terms are looked up.
var slang = map[string][]string{
	"u": {"you"}, "ur": {"your"}, "r": {"are"}, "y": {"why"}, "4": {"for"}, "2": {"to"},
	"ppl": {"people"}, "peeps": {"people"}, "randoms": {"random", "people"}, "yous": {"you"}, "youse": {"you"}, "plz": {"please"}, "thx": {"thanks"}, "ty": {"thanks"},
	"bc": {"because"}, "cuz": {"because"}, "coz": {"because"}, "b4": {"before"},
	"rn": {"right", "now"}, "abt": {"about"}, "w": {"with"}, "wat": {"what"}, "wot": {"what"},
	"wut": {"what"}, "whats": {"what"}, "wats": {"what"}, "n": {"and"}, "im": {"i", "am"},
	"ive": {"i", "have"}, "dont": {"do", "not"}, "doesnt": {"does", "not"},
	"wanna": {"want", "to"}, "gonna": {"going", "to"}, "gotta": {"have", "to"},
	"k": {"ok"}, "kk": {"ok"},
	"info": {"information"}, "appt": {"appointment"}, "appts": {"appointments"},
	"thru": {"through"}, "nite": {"night"}, "sum1": {"someone"}, "some1": {"someone"},
	"rly": {"really"}, "srsly": {"seriously"}, "ofc": {"of", "course"}, "prolly": {"probably"},
	"cos": {"because"}, "becuz": {"because"}, "sth": {"something"}, "smth": {"something"},
	"tmrw": {"tomorrow"}, "tmr": {"tomorrow"}, "hrs": {"hours"}, "mins": {"minutes"},
	"msg": {"message"}, "bf": {"boyfriend"}, "gf": {"girlfriend"}, "dr": {"doctor"},
	"tysm": {"thanks"}, "tyvm": {"thanks"}, "diff": {"difference"}, "diffs": {"differences"},
	"halp": {"help"}, "tho": {"though"}, "rlly": {"really"}, "bout": {"about"}, "gimme": {"give", "me"},
	"tryna": {"trying", "to"}, "dunno": {"do", "not", "know"}, "lil": {"little"},
	"2day": {"today"}, "2nite": {"tonight"}, "2moro": {"tomorrow"}, "2morrow": {"tomorrow"},
	"gud": {"good"}, "whatchu": {"what", "you"}, "watchu": {"what", "you"},
	"addy": {"address"}, "addr": {"address"}, "sesh": {"session"}, "seshes": {"sessions"},
	// Small words typed short or run together, as fast typists do.
	"jus": {"just"}, "alot": {"a", "lot"}, "wy": {"why"}, "teh": {"the"}, "hw": {"how"},
	"dat": {"that"}, "tht": {"that"}, "wht": {"what"}, "shud": {"should"}, "cud": {"could"},
	"wud": {"would"}, "nd": {"and"}, "bcoz": {"because"}, "bcos": {"because"}, "bcuz": {"because"},
	"kno": {"know"}, "knw": {"know"}, "wen": {"when"}, "hav": {"have"}, "lemme": {"let", "me"},
	"wher": {"where"}, "whr": {"where"},
	"felt": {"feel"}, // an irregular past the stemmer cannot meet: "it felt good" is "feel good"
	"tues": {"tuesday"}, "tue": {"tuesday"}, "weds": {"wednesday"}, "thurs": {"thursday"},
	"thur": {"thursday"}, "thu": {"thursday"}, "fri": {"friday"},
	"tomorow": {"tomorrow"}, "tommorow": {"tomorrow"}, "tommorrow": {"tomorrow"}, "tomoro": {"tomorrow"},
}

// shapesOf returns the shapes (see wordShape) of the words of sets: a
// word whose shape is not among them is in none of the sets, so that a
// loop over a message's words passes over most of its words without
// looking them up. It is built once from sets, which must not change
// afterwards.
func shapesOf[V any](sets ...map[string]V) *shapeSet {
	var s shapeSet
	for _, set := range sets {
		for w := range set {
			s.add(w)
		}
	}
	return &s
}

// shapedSet is a set of words with their shapes, for a set that a loop
// looks nearly every word of a message up in and that holds few of them:
// has answers most words from the shapes, without a lookup.
type shapedSet struct {
	words  map[string]bool
	shapes *shapeSet
}

// shaped returns set with its shapes; set must not change afterwards.
func shaped(set map[string]bool) shapedSet { return shapedSet{words: set, shapes: shapesOf(set)} }

// has reports whether w is in the set.
func (s shapedSet) has(w string) bool { return s.shapes.mayHold(w) && s.words[w] }

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stem reduces a word to a crude root so that inflections meet: "knots",
// "knotted" and "knot" become "knot"; "massaging", "massages" and
// "massage" become "massag". It is deliberately light: "therapist" and
// "therapy" stay apart, because they name different entries.
func stem(w string) string { return stemWith(w, true) }

// screenStem is stem without giving a short stem its e back, as the
// safety screen's lexicon was written for: "having a baby" (pregnant) and
// "have a baby massage" (an infant) must not meet there, though "coming"
// and "come" meet for the matcher.
func screenStem(w string) string { return stemWith(w, false) }

// stemWith is stem; restoreE says whether a short stem that lost its e
// ("com" of "coming") gets it back.
func stemWith(w string, restoreE bool) string {
	if len(w) <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	// Each list of suffixes below is tried only when the word ends in a
	// last letter of one of them: most words end in none, and every word
	// of every message is stemmed.
	//
	// "treatment" meets "treat", "appointments" "appoint".
	if c := w[len(w)-1]; c == 'y' || c == 's' || c == 'l' || c == 't' {
		for _, sfx := range []string{"ly", "ness", "ful", "ment"} {
			if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 4 {
				w = s
			}
		}
	}
	if c := w[len(w)-1]; c == 'y' || c == 'e' {
		for _, sfx := range []string{"ibility", "ability", "ible", "able"} {
			if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 3 {
				w = s
				break
			}
		}
	}
	for _, sfx := range []string{"ing", "ed"} {
		if c := w[len(w)-1]; c != 'g' && c != 'd' {
			break // ends in neither
		}
		if s, ok := strings.CutSuffix(w, sfx); ok && len(s) >= 3 && hasVowel(s) {
			w = s
			// "knotted" -> "knott" -> "knot"; but "press" keeps its s.
			if n := len(w); n >= 2 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && !strings.ContainsRune("lsz", rune(w[n-1])) {
				w = w[:n-1]
			} else if restoreE && n == 3 && !isVowel(w[0]) && isVowel(w[1]) && !isVowel(w[2]) && !strings.ContainsRune("wxy", rune(w[2])) {
				// "coming" -> "com" -> "come", "making" -> "make": a
				// short stem lost the e its word ends in.
				w += "e"
			}
			break
		}
	}
	if len(w) > 4 && w[len(w)-1] == 'e' {
		w = w[:len(w)-1]
	}
	return w
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func hasVowel(s string) bool {
	for i := 0; i < len(s); i++ {
		if isVowel(s[i]) || s[i] == 'y' {
			return true
		}
	}
	return false
}

// dedouble removes doubled letters ("massage" -> "masage"), so that a word
// typed with a letter doubled or undoubled ("masage", "rollfing",
// "sweedish") meets its vocabulary spelling.
func dedouble(w string) string {
	for i := 1; i < len(w); i++ {
		if w[i] == w[i-1] {
			b := make([]byte, 0, len(w))
			b = append(b, w[0])
			for j := 1; j < len(w); j++ {
				if w[j] != w[j-1] {
					b = append(b, w[j])
				}
			}
			return string(b)
		}
	}
	return w
}

// phonetic returns a rough sound key of a word in the spirit of Metaphone:
// vowels after the first letter are dropped and letters that sound alike
// share a key, so that "masaj" and "massage", "sweedish" and "swedish",
// "tishoo" and "tissue" have the same key.
func phonetic(w string) string {
	b := make([]byte, 0, len(w))
	add := func(c byte) {
		if len(b) == 0 || b[len(b)-1] != c {
			b = append(b, c)
		}
	}
	at := func(i int) byte {
		if i >= 0 && i < len(w) {
			return w[i]
		}
		return 0
	}
	front := func(c byte) bool { return c == 'e' || c == 'i' || c == 'y' }
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case i == 0 && (strings.HasPrefix(w, "kn") || strings.HasPrefix(w, "gn") || strings.HasPrefix(w, "wr") || strings.HasPrefix(w, "ps")):
			continue // silent first letter
		case isVowel(c) || c == 'y':
			if i == 0 {
				add('A')
			}
		case c == 'c':
			switch {
			case at(i+1) == 'h':
				add('X')
				i++
			case at(i+1) == 'i' && at(i+2) == 'a':
				add('X')
			case front(at(i + 1)):
				add('S')
			default:
				add('K')
			}
		case c == 's':
			switch {
			case at(i+1) == 'h':
				add('X')
				i++
			case at(i+1) == 'c' && at(i+2) == 'i' && at(i+3) == 'a':
				add('X') // "fascia" sounds like "fashia"
				i++
			case at(i+1) == 'c' && front(at(i+2)):
				add('S')
				i++
			case at(i+1) == 's' && at(i+2) == 'u', at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				add('X')
				i++
			default:
				add('S')
			}
		case c == 't':
			switch {
			case at(i+1) == 'h':
				add('0')
				i++
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				add('X')
			default:
				add('T')
			}
		case c == 'g':
			switch {
			case front(at(i + 1)):
				add('J')
			case at(i+1) == 'h':
				i++
				add('F')
			default:
				add('K')
			}
		case c == 'd' && at(i+1) == 'g':
			add('J')
			i++
		case c == 'p' && at(i+1) == 'h':
			add('F')
			i++
		case c == 'q' || c == 'k':
			add('K')
		case c == 'x':
			add('K')
			add('S')
		case c == 'z':
			add('S')
		case c == 'v':
			add('F')
		case c == 'w' || c == 'h':
			if isVowel(at(i + 1)) {
				add(c - 'a' + 'A')
			}
		case c >= 'a' && c <= 'z':
			add(c - 'a' + 'A')
		default:
			add(c)
		}
	}
	return string(b)
}

// osa returns the optimal string alignment distance between a and b: the
// number of inserted, deleted, substituted or swapped adjacent letters that
// turn one into the other ("tirgger" is 1 from "trigger"). It stops early
// and returns max+1 once the distance must exceed max.
func osa(a, b string, max int) int {
	la, lb := len(a), len(b)
	if d := la - lb; d > max || -d > max {
		return max + 1
	}
	if la == 0 {
		return lb
	}
	if lb == 0 {
		return la
	}
	// Three rolling rows; words are short, so these stay on the stack.
	var buf [3][33]int
	if lb > 32 {
		return max + 1
	}
	prev2, prev, cur := buf[0][:lb+1], buf[1][:lb+1], buf[2][:lb+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= la; i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= lb; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[lb]
}

// maxTypos is how many edits a word of n letters may carry and still be
// recognised: none for very short words (too many would collide), one for
// ordinary words, two for long ones.
func maxTypos(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}

// intent is what a question asks for, as far as its small words tell. It
// is read from the whole question before stopwords are dropped, since the
// telling words are stopwords ("get", "out").
type intent int8

const (
	intentNone intent = iota
	// intentTreat asks how to treat or be rid of something: "how do you
	// get knots out", "work out the knots", "get rid of", "how do you
	// treat", "release". A technique answers it better than a topic that
	// explains the thing. Asking what something is has no such steer:
	// every entry, technique or topic, says what it is about.
	intentTreat
)

// treatCues are verbs that ask for a treatment. Only verbs: "is massage a
// good treatment" asks whether massage works, which a topic answers.
var treatCues = setOf(`treat treats treating rid ridding relieve relieving loosen loosening
	release releasing cure cures curing heal heals healing`)

// outVerbs are verbs that ask for a treatment with "out": "work out the
// knots", "get the knots out", "rub it out".
var outVerbs = setOf("get got getting take taking work working rub rubbing massage press")

// steer is the factor by which in favours an entry: up by 1+amount when
// the question asks for a treatment and the entry's own sample questions
// ask for one too.
func (in intent) steer(treats bool, amount float64) float64 {
	if in == intentTreat && treats {
		return 1 + amount
	}
	return 1
}

// readIntent reads the intent of a question from its words, stopwords
// included.
func readIntent(words []string) intent {
	for i, w := range words {
		switch {
		case treatCues[w]:
			return intentTreat
		case w == "out" && slices.ContainsFunc(words[max(0, i-4):i], func(x string) bool { return outVerbs[x] }):
			return intentTreat
		}
	}
	return intentNone
}

// qwertyRows are the letter rows of a QWERTY keyboard, for keyNeighbours.
var qwertyRows = [3]string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// keyNeighbours reports whether a and b are different letters next to each
// other on a QWERTY keyboard, in a row or diagonally between rows: the
// likeliest wrong key when a finger lands off its mark ("vack" for "back").
func keyNeighbours(a, b byte) bool {
	ra, ca := keyPos(a)
	rb, cb := keyPos(b)
	if ra < 0 || rb < 0 || a == b {
		return false
	}
	switch ra - rb {
	case 0:
		return ca-cb == 1 || cb-ca == 1
	case 1: // a is on the row below b, which is shifted left of it
		return cb == ca || cb == ca+1
	case -1:
		return ca == cb || ca == cb+1
	}
	return false
}

// keyPos returns the row and column of letter c on a QWERTY keyboard, or -1
// for anything else.
func keyPos(c byte) (row, col int) {
	for r, keys := range qwertyRows {
		if i := strings.IndexByte(keys, c); i >= 0 {
			return r, i
		}
	}
	return -1, -1
}

// slipCost refines a one-edit distance between a typed word w and a word
// cand by what kind of slip it is, as common slips are likelier meant: a
// neighbouring key or two letters swapped costs less than a whole edit, a
// letter dropped or added a whole edit, and any other wrong letter a little
// more, so that "bood" reads as "blood" (a dropped letter) before "book"
// (a d typed for a k, far apart). It expects osa(w, cand) == 1.
func slipCost(w, cand string) float32 {
	if len(w) != len(cand) {
		return 1
	}
	i := 0
	for i < len(w) && w[i] == cand[i] {
		i++
	}
	switch {
	case i+1 < len(w) && w[i] == cand[i+1] && w[i+1] == cand[i] && w[i+2:] == cand[i+2:]:
		return 0.8 // swapped adjacent letters
	case keyNeighbours(w[i], cand[i]):
		return 0.7
	default:
		return 1.1
	}
}
