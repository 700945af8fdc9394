package knowledge

// Lay words the screen lacked for three red-flag pictures of the health
// safety reference, kept here so that the lexicon names each in one line.

// gripWeakening are the lay words for a hand whose grip keeps weakening,
// the arm's side of a progressive deficit (a neck's nerve or cord
// pressed): "my grip is going", "grip getting weaker by the week". They
// are the arm-weak concept's and the spreading concept's at once, as the
// grip "going" is a weakness that worsens.
// The grip's are tight: "my grip is not going" is no grip going.
var gripWeakening = concat(tightPhrases(
	"grip going", "grip is going", "grip getting weaker", "grip getting weak", "grip weakening", "grip getting worse",
	"grip worse and worse", "losing grip strength", "hands getting clumsy", "hands getting clumsier",
	"hand getting clumsy", "hand getting clumsier", "clumsier and clumsier"),
	[]string{"losing strength in hand", "losing strength in hands", "losing strength in arm", "losing strength in arms"})

// woundInfected are the lay signs of an infected surgical wound: a wound,
// a cut or the stitches that weep, ooze or leak pus. The reference counts
// an infection after surgery with back pain as a red flag; "infected
// wound" alone was its only wording.
var woundInfected = cross("wound incision scar stitches",
	"weeping", "oozing", "leaking", "leaking pus", "oozing pus", "pus coming out", "full of pus", "discharging")

// palpitations are the lay words for a racing or pounding heart. With
// pain between the shoulder blades they are the heart's picture, as a
// sweat is.
var palpitations = []string{
	"palpitations", "palpitation", "heart racing", "racing heart", "heart is racing", "heart pounding",
	"pounding heart", "heart fluttering", "heart flutters", "heart skipping", "skipping beats", "heart going like mad",
}

// stairFalls are the lay ways of telling a fall down a flight of stairs
// other than "fell": "slipped down the stairs", "went tumbling down the
// steps", "pushed down the stairs"; and a fall off a height or a horse told
// so: "tumbled off the ladder", "toppled off my horse". The reference
// names a fall down stairs or from a height as major trauma.
var stairFalls = concat(cross("slipped tripped rolled bounced slid skidded tumbling pushed shoved",
	"down stairs", "down steps", "down staircase", "down flight"),
	cross("tumbled toppled slipped flew thrown", "off horse", "off ladder", "off roof", "off scaffolding", "off scaffold",
		"off motorbike", "off motorcycle", "off wall", "off balcony"))

// shallowBreathing are lay words for breathing fast and shallow, or for
// lips gone blue for want of air, which the heart and lung rules read as
// breathlessness.
var shallowBreathing = []string{
	"lips blue", "lips look blue", "lips going blue", "lips turning blue", "lips turned blue", "blue lips", "blue round lips",
	"shallow breathing", "breathing shallow", "shallow breaths", "breathing too fast", "breathing really fast",
	"breathing very fast", "rapid breathing", "breathing rapidly", "breaths coming fast",
}

// layInfections are lay and common names of an infection the lexicon
// lacked: a boil, a skin or blood infection. With back pain they are the
// reference's recent infection. A boil is tight, as "boiling hot" is
// none. Not a chest infection: as a history concept it would take the
// date of the chest pain told with it ("when i had pneumonia in 2021 i
// had chest pain").
var layInfections = concat([]string{
	"cellulitis", "skin infection", "blood infection",
	"bloodstream infection", "carbuncle", "carbuncles", "infected cut", "infected tattoo", "infected piercing",
}, tightPhrases("a boil", "boil on", "boils on", "the boil"))

// immuneDrugs are medicines that weaken the immune system, named by the
// people who take them: the reference's weakened immune system.
var immuneDrugs = []string{
	"methotrexate", "humira", "adalimumab", "enbrel", "etanercept", "remicade", "infliximab", "tacrolimus",
	"cyclosporine", "ciclosporin", "azathioprine", "mycophenolate", "rituximab",
}

// rolledVehicles are a vehicle rolled or flipped told by its name: "rolled
// my quad", "the tractor flipped". "Rolled" alone is an ankle's.
var rolledVehicles = concat(cross("rolled flipped", "quad", "quad bike", "atv", "tractor", "truck", "jeep", "van", "buggy"),
	cross("quad atv tractor truck jeep van buggy", "rolled", "flipped", "rolled over", "flipped over"))

// tempWords are a temperature told bare after the pain: "new back pain
// and temperature". Tight, as "the temperature of the room" is none.
var tempWords = tightPhrases("and temperature", "and temp", "and a temp", "pain temperature", "now temperature", "got temperature")

// noCause are the sender's own words that nothing caused what happened:
// "tripped three times today over nothing". Tight, as "over nothing
// serious" is a verdict, not a cause denied.
var noCause = tightPhrases("over nothing", "on nothing", "for no reason at all", "no reason at all")

// personWentDown reports whether the "down" at token j ends "went down"
// (or "came down") said of a person, allowing one word between such as
// "just": a collapse or a fall, which resolves nothing.
func (x *scan) personWentDown(j int32) bool {
	if j < 2 || !goneDown[x.toks[j-1].word] {
		return false
	}
	s := j - 2
	if s > 0 && resolutionVerbs[x.toks[s].word] {
		s-- // "she just went down", "he then came down"
	}
	return subjectPronouns[x.toks[s].word]
}

// legGivesWay are a leg giving way again and again, told as what it keeps
// doing: "my leg keeps giving way", "knee keeps buckling". Like tripping
// again and again they are the reference's leg giving way, whatever
// position the person was in.
var legGivesWay = cross("keeps keep kept", "giving way", "giving out", "buckling", "collapsing under", "going from under")

// footWontLift are the lay ways of telling a foot whose front or toes will
// not come up, the sign of foot drop: "can't lift the front of my foot",
// "can't pull my toes up", "can't walk on my heels".
var footWontLift = []string{
	"not lift front foot", "not raise front foot", "not lift front of foot", "not lift front of my foot",
	"not pull foot up", "not pull my foot up", "not pull toes up", "not pull my toes up", "not bend foot up",
	"not point toes up", "not walk on heels", "not walk on my heels", "not stand on heels", "not stand on my heels",
	"foot not come up", "toes not come up",
}

// returnBackAt reports whether token t is a "back" that tells a symptom's
// return: "it's back", "came back"; not "my back", "back to normal".
func (x *scan) returnBackAt(t int32) bool {
	return x.toks[t].word == "back" && t > 0 && returnLeads[x.toks[t-1].word] &&
		(int(t)+1 == len(x.toks) || x.toks[t+1].word != "to")
}

// backAfter reports whether, within returnWindow tokens after token j,
// the symptom is told to have come back: "numbness down there last year
// that went away, now it's back". A symptom dated in the past by the
// marker at j is then today's. Only the return counts here, not "worse"
// as in returnedAfter: "sciatica last year, my back is worse now" dates
// the sciatica still. The "back" must end the message or lead on to when
// or how it came back: "she's back at work", "back in 2019" tell none.
func (x *scan) backAfter(j int32) bool {
	for t := j + 1; int(t) < len(x.toks) && t <= j+returnWindow; t++ {
		if x.returnBackAt(t) && (int(t)+1 == len(x.toks) || backLeadsOn[x.toks[t+1].word]) {
			return true
		}
	}
	return false
}

// backLeadsOn are the words after a returned "back" that tell when or how
// the symptom came back: "it's back since yesterday", "came back again".
var backLeadsOn = setOf(`again since today yesterday now and with worse this last along`)

// wontGo are pain that "won't go" or "won't shift", told without "away":
// the pain's persistence, whose "not" must not deny the next symptom ("a
// calf ache that won't go and my leg is puffy"). "Won't" is "will not",
// "wont" a bare "not": both are written. Tight, and "go" only after the
// pain's own pronoun: "I won't go to the gym" is none.
var wontGo = tightPhrases("that not go", "it not go", "which not go", "just not go", "still not go", "not shift", "not settle",
	"that will not go", "it will not go", "which will not go", "just will not go", "still will not go", "will not shift",
	"will not settle")

// peeWontStop are pee that will not stop coming, told with the pee first:
// "pee won't stop leaking". The "not stop" is otherwise persistence's,
// and the leak after it too far from the pee to be read.
var peeWontStop = cross("^pee", "not stop", "will not stop", "not stop leaking", "will not stop leaking",
	"not stop dribbling", "will not stop dribbling", "keeps coming out", "just comes out")
