package knowledge

import "strings"

// This file is the clinical knowledge of the safety screen: the concepts it
// recognises in a message, the words people use for each, and the rules
// that combine concepts into a red-flag group or a medical caution. It is
// written from the red-flag tables of NICE NG59, AHCPR guideline 14 and
// the NHS "red flags for spinal conditions", and from the College of
// Massage Therapists of Ontario's standards on health history and
// contraindications. safety.go holds the machinery that reads it.
//
// Phrases are written as people write them and are normalised when the
// screen is built. Each word of a phrase matches a message word with the
// same stem, or a misspelling of it within the matcher's typo tolerance; a
// word written "=legs" matches only that exact form. Between two words of
// a phrase one other word may stand, and small words (my, the, of, very)
// never count: "lost control of my bladder" is "lost control bladder".
// Contracted negations ("can't", "cant", "cnt", "unable") read as "not",
// so "not pee" is "can't pee", "cnt pee" and "unable to pee".

// conceptKind says how a concept behaves in a message.
type conceptKind uint8

const (
	// kindSymptom is something the person reports now: it can be negated
	// ("no numbness"), historical ("years ago") or hypothetical
	// ("warning signs such as numbness").
	kindSymptom conceptKind = iota
	// kindContext is part of the person's history (cancer, steroids): it
	// can be negated, but history is by nature in the past.
	kindContext
	// kindEvent is something that happened (a crash, a fall): like a
	// symptom, but "since the accident" puts it in the past.
	kindEvent
	// kindSite is a part of the body; it qualifies symptoms and is never
	// negated itself.
	kindSite
	// kindTime places what is said in time (kindRecent) or in the past.
	kindRecent
	kindPast
	// kindSituation is a medical situation that makes a massage question
	// one for a doctor or a therapist (pregnancy, blood thinners).
	kindSituation
	// kindCue marks what the message asks about (is it safe, massage).
	kindCue
	// kindBlock absorbs phrases that contain a concept's word without
	// meaning it ("warm up" is not a warm calf, "deadlift" not a dead leg).
	kindBlock
)

// conceptDef is one concept of the built-in lexicon.
type conceptDef struct {
	id    string
	kind  conceptKind
	plain string // what it is in plain words, for explanations
	words []string
}

// screenSynonyms are words the screen reads as another, in phrases and in
// messages alike, so that every phrase written with one word of a family
// covers the others: "can't tell when I need to piss" is "... need to pee",
// "couldn't make it to the washroom" is "... to the toilet". Only words
// with no other sense are here: not "pissed" (angry), not "shit".
var screenSynonyms = map[string]string{
	"piss": "pee", "pissing": "peeing", "pisses": "pees", "urinate": "pee", "urinating": "peeing", "urinated": "peed",
	"urinates": "pees", "urination": "peeing", "urine": "pee",
	"poop": "poo", "poops": "poos", "pooping": "pooing", "pooped": "pooed",
	"bathroom": "toilet", "loo": "toilet", "washroom": "toilet", "restroom": "toilet", "lavatory": "toilet", "wc": "toilet",
	"bathrooms": "toilets", "washrooms": "toilets", "restrooms": "toilets", "loos": "toilets",
	// Whoever it happens to: "my mum messed herself" is "messed myself".
	"herself": "myself", "himself": "myself", "themselves": "myself", "themself": "myself", "yourself": "myself",
	"ourselves": "myself", "ourself": "myself",
	// Chat spellings: "killin myself at work" is "killing myself at work".
	"killin": "killing", "dyin": "dying",
	// Chat spellings of time and place words.
	"nite": "night", "tonite": "tonight", "thru": "through", "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow",
	// "controlled" stems to "controll", which would take the typo
	// "controll" from "control" ("lost controll of my bladder").
	"controlled": "control",
	// Chat and clinical shorthand: "new back pn 3 wks", "hx of colon ca".
	"wks": "weeks", "wk": "week", "yr": "year", "yrs": "years", "pn": "pain", "hx": "history", "kilo": "kg", "lbp": "backache", "wt": "weight",
}

// termConcepts name a condition rather than describe it: after a question
// about the term ("what's cauda equina?") they are only talked about.
var termConcepts = []string{"named-cauda", "named-clot", "named-aneurysm", "named-embolism", "foot-drop"}

// historyConcepts are the concepts of a person's medical history: a time
// marker right after one ("had prostate cancer in 2019") dates it, not a
// symptom named before it.
var historyConcepts = []string{"cancer-history", "cancer-past", "metastatic", "recent-infection", "history-of", "steroids", "injected-drugs", "immune-weak", "thin-bones"}

// cross returns every phrase "a b" for each word a of firsts and each
// phrase b of seconds: a family such as "broke my wrist", "fractured
// ankle" in one line.
func cross(firsts string, seconds ...string) []string {
	var out []string
	for _, a := range strings.Fields(firsts) {
		for _, b := range seconds {
			out = append(out, a+" "+b)
		}
	}
	return out
}

// tightPhrases marks each phrase tight ("^"): its words one after another,
// with no other word between them.
func tightPhrases(phrases ...string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = "^" + p
	}
	return out
}

// concat joins lists of phrases.
func concat(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// The built-in concepts. Ids are stable: staff name them in the knowledge
// base's safety.concepts to add words, and --explain prints them.
var builtinConcepts = []conceptDef{
	// ---- symptoms
	// Thoughts of suicide or self-harm, in the words people use for them:
	// plain, slang and chat shorthand. Bare "kill" and "die" are not here:
	// "this knot is killing me", "dying to try it" and "I'd kill for a
	// massage" are figures of speech. Phrases that could be a distance, a
	// drill or an accident ("5 kms", "suicide sprints", "nearly killed
	// myself on the stairs") are kept apart in the figure-of-speech block
	// and in crisisHeard.
	{"self-harm", kindSymptom, "thoughts of suicide or of harming yourself", concat([]string{
		"suicide", "suicidal", "suicidality", "kill myself", "killing myself", "kil myself",
		// The reflexive split in two: "kill my self", "kil her self".
		"kill self", "kil self", "killing self", "harm self", "harming self", "=kms", "=kys", "unalive", "unaliving",
		"sewerslide", "sewer slide", "end it all", "ending it all", "^feel like ending it", "^thinking of ending it",
		"^thinking about ending it", "^want to end it", "^wanna end it", "^going to end it", "^gonna end it", "^want it all to end",
		"^want it to all end", "^want everything to end", "disappear forever", "^want to disappear", "^wanna disappear",
		"thinking about dying", "think about dying", "thoughts of dying", "thoughts about dying", "^should just die",
		"^might as well die", "^might as well be dead", "jump off a bridge", "jump off bridge", "jump in front of a train",
		"jump in front of train", "step in front of a train", "jump in front of a bus", "not see a way out",
		"nobody would miss me", "no one would miss me", "nobody would care if i died", "no one would care if i died",
		"burden to everyone", "burden on everyone", "burden to everybody", "stop existing", "cease to exist",
		"not exist anymore", "go to sleep and not wake up", "fall asleep and not wake up", "fall asleep and never wake up",
		"^want to die", "^wanna die", "^want to just die", "^wanted to die", "^wanting to die", "^want to be dead",
		"^wanna be dead",
		"^ready to die", "^rather be dead", "better off dead", "^better off without me", "^better off without her",
		"^better off without him", "^better off without us", "^better off if i was gone", "^better off if i were gone",
		"^better off if i was dead", "^better off if i were dead", "^better off with me gone", "^better off with me dead",
		"better off if not around", "better off if not here", "better off if gone", "better off if dead",
		"not want to be here anymore", "not want to be here any more", "not want to be around anymore",
		"not want to be alive", "not want to live", "not want to exist", "not want to wake up", "not go on living",
		"not keep living", "not carry on living", "no reason to live", "no reason to go on", "nothing to live for",
		"no point living", "not see point in living", "not see point of living", "not see reason to live",
		"not see any reason to live", "^point in living", "^point of living", "^point in being alive", "^point of being alive",
		"not worth living", "life not worth it",
		"no will to live", "lost will to live", "tired of living", "sick of living", "done with living", "done with life",
		"hope i never wake up", "hope i do not wake up", "go to sleep and never wake up",
		"want hurt myself", "want harm myself", "urge hurt myself", "urge harm myself", "thoughts hurting myself",
		"thoughts harming myself", "thinking hurting myself", "thinking about hurting myself", "hurt myself on purpose",
		"hurting myself on purpose", "harm myself", "harming myself", "self harm", "self harming", "selfharm", "self injury",
		"self injuring", "self injure", "=cutting myself", "cut myself on purpose", "burning myself on purpose",
		"hang myself", "hanging myself", "slit my wrists", "slit wrists", "slitting my wrists",
		"overdose on purpose", "take an overdose", "took an overdose", "taking an overdose", "want to overdose",
		"thinking of overdosing", "pills saved up", "saving up pills", "saved up pills", "stockpiling pills", "^swallow all my pills", "^take all my pills", "^took all my pills", "^taking all my pills"},
		// Whose life: "end my life", "take his own life". Tight, so that
		// "the end of my life" or "end of life care" is none.
		tightPhrases(cross("end ending ended take taking took", "my life", "my own life", "his life", "his own life",
			"her life", "her own life", "their life", "their own life", "own life")...),
		// Wishing oneself dead, whoever says it: "she wishes she were dead".
		tightPhrases(cross("wish wishes wished", "i was dead", "i were dead", "she was dead", "she were dead", "he was dead",
			"he were dead", "they were dead", "i could die", "i would die", "i had died", "i was never born",
			"i had never been born", "she could die", "he could die")...))},
	{"numbness", kindSymptom, "numbness or tingling", []string{
		"numb", "numbness", "numbed", "tingling", "tingly", "tingle", "pins needles", "pins and needles",
		"not feel", "no feeling", "lost feeling", "lose feeling", "losing feeling", "loss feeling",
		"no sensation", "lost sensation", "losing sensation", "loss sensation", "reduced sensation",
		"feel dead", "feels dead", "gone dead", "went dead", "dead feeling", "no longer feel",
		"feel nothing", "feels nothing", "feel anything", "prickling", "buzzing", "electric", "someone else skin",
		"someone elses skin", "not my skin", "like rubber", "like cardboard", "feels foreign", "asleep", "always asleep", "numbing", "numbish", "numbly", "=deadness", "paresthesia", "paraesthesia", "parasthesia", "pins n needles",
		"fizzing", "like novocaine", "novocaine", "novacaine", "novocain", "like anaesthetic", "like anesthetic", "like local anaesthetic", "like local anesthetic", "like after dentist", "like freezing dentist", "less feeling", "reduced feeling",
		"decreased sensation", "decreased feeling", "altered sensation", "not much feeling", "barely feel", "hardly feel", "feel muffled",
		// The feeling itself gone: "the feeling is just gone", "sensation went".
		"feeling gone", "feeling went", "feeling has gone", "feeling disappeared", "feeling vanished", "sensation gone",
		"sensation went", "sensation disappeared", "feeling is gone", "feeling switched off", "not feel it", "not feel them"}},
	{"weakness", kindSymptom, "weakness", []string{
		"weak", "weakness", "=weaknes", "=weekness", "=weeknes", "weaker", "weakening", "giving way", "gave way", "give way", "gives way",
		"giving out", "gave out", "give out", "gives out", "buckle", "buckling", "buckled",
		"collapse", "collapsing", "collapsed", "no strength", "lost strength", "losing strength", "jelly", "like jelly",
		"wobbly", "rubbery", "not hold me up",
		// Tight, with its "me": without it the phrase is the bladder's "can't hold it in".
		"^not hold me", "^not hold her", "^not hold him", "^not hold them", "^not hold my weight", "^not hold her weight", "^not hold his weight", "not support me", "not support weight", "not hold weight",
		"not lift foot", "not lift leg", "not lift toes", "dragging foot", "dragging leg", "drag foot", "drag leg",
		"tripping", "trip over", "keep tripping", "stumbling", "floppy", "paralysed", "paralyzed", "paralysis",
		"not walk heel", "not walk heels", "not walk toes", "not stand toes", "not stand tiptoe", "not tiptoe",
		"not push off", "not stand on one leg", "not climb stairs",
		// A foot too weak to work a pedal: "can't push the gas pedal properly".
		"not push pedal", "not press pedal", "not push gas", "not press gas", "not push brake", "not press brake",
		"not bend up", "ankle not bend", "foot not bend", "not pull foot up", "not pull toes up", "not flex foot",
		"lost control of my legs", "lost control legs", "lost control leg", "no control legs", "no control over legs",
		"leg dragging", "leg not working", "legs not working", "leg stopped working", "legs stopped working",
		"not work properly", "not do what tell", "struggling walk", "struggle walk", "trouble walking", "difficulty walking", "hard walk", "not mine", "barely lift",
		"hardly lift", "barely walk", "hardly walk", "barely stand", "hardly stand",
		"toes not move", "foot not move", "leg not move", "foot not lift", "leg not lift", "toes not lift",
		"not control leg", "not control legs", "not move leg", "not move legs", "not move foot", "not move toes",
		"went limp", "gone limp", "goes limp", "going limp", "lost power", "losing power", "lose power", "no power", "loss power",
		"power gone", "lost strength", "drags", "dragging", "like noodles", "noodle legs", "spaghetti legs",
		"not hold up", "not take weight", "not hold my weight", "legs folded", "knee folded",
		// A foot or ankle that will not bend up, muscles that stopped working.
		"not flex", "ankle not flex", "foot not flex", "not point up", "not bend foot up",
		"muscles stopped working", "muscle stopped working", "muscles not working", "muscle not working",
		"muscles gave up", "leg folding", "legs folding", "knee folding", "folds under me", "folding under me", "folded under me",
		// A toe or foot that will not come up; a leg that will not obey.
		"toe not go up", "toes not go up", "foot not go up", "toe not come up", "toes not come up", "foot not come up",
		"toe not point up", "big toe not lift", "not cooperate", "not listen", "not obey", "not respond", "mind of its own",
		// Strength said to be going ("without force", "strength going down"), and
		// a chair that cannot be left without the hands.
		"without force", "no force", "lost force", "losing force", "force gone", "less force", "without strength",
		"less strength", "strength going", "strength is going", "strength gone", "strength almost gone", "strength nearly gone",
		"not strong anymore", "no longer strong", "not strong", "strength going down", "strength decreasing",
		"not stand up from chair", "not get up from chair", "not get out of chair", "not rise from chair",
		"without using hands", "without using my hands", "without my hands", "without hands", "without arms", "without using arms"}},
	{"tripping", kindSymptom, "tripping or losing balance again and again", concat([]string{
		"keep tripping", "keeps tripping", "always tripping", "tripping over nothing", "trip over nothing", "tripping over own feet",
		"trip over own feet", "tripping over my feet", "keep stumbling", "keeps stumbling", "keep falling", "keeps falling",
		// Not "lost my balance" alone: once, when the bus braked, is no
		// pattern ("keep losing my balance" is).
		"falling over", "losing balance", "lose balance", "off balance", "unsteady", "clumsy", "clumsier",
		// Tripping told with how often, or over nothing: "tripped three times today".
		"tripped over nothing", "tripped on nothing", "tripping on nothing",
		"lost balance twice", "lost balance again", "lost balance three times", "lost balance several times",
		"lost balance a few times", "lost balance multiple times", "lost balance a lot"},
		cross("tripped tripping stumbled stumbling", "twice", "three times", "several times", "a few times", "multiple times", "a lot", "again and again"),
		legGivesWay)},
	{"foot-drop", kindSymptom, "a foot that drops or drags", append([]string{
		"foot drop", "^drop foot", "foot drops", "foot dropping",
		// The foot told as the object: "I keep dropping my foot when I walk"
		// (tight, so "dropped a weight on my foot" is none).
		"^dropping my foot", "^dropping foot", "^dropping my feet", "^drop my foot", "^dropping my left foot", "^dropping my right foot", "foot slaps", "foot slapping", "foot flops", "toes drag", "toes catch",
		"catching toe", "catch toe", "catching toes", "toe catches", "toe catching", "toes catching", "foot scuffs", "scuffing foot",
		"foot catches", "foot catching", "not lift toes", "foot slapping floor", "foot dragging",
		// The ankle told for the foot, and both feet: "my ankle flops when I walk", "my feet keep catching".
		"ankle flops", "ankle flopping", "ankle flopped", "ankle floppy", "floppy ankle", "ankle flaps", "ankle flapping",
		"ankle drops", "ankle dropping", "ankle drags", "ankle dragging", "feet catch", "feet catching", "feet keep catching",
		"feet drag", "feet dragging", "feet flop", "feet flopping", "feet slap", "feet slapping", "toes keep catching",
		// How a dropped foot sounds and looks: it flaps, flops or slaps the ground.
		"foot flapping", "foot flaps", "foot flapped", "flapping foot", "floppy foot", "foot floppy", "foot flopping", "foot flopped",
		"foot smacks", "foot smacking", "foot slapped", "slapping ground", "slaps ground", "slapped ground", "slapping floor",
		"slaps floor", "smacking ground", "smacks ground", "smacking floor", "slapping pavement", "slaps pavement",
		"foot hangs", "foot hanging", "foot dangles", "foot dangling", "toes point down", "toes pointing down", "high stepping", "lift knee high"},
		footWontLift...)},
	{"bladder", kindSymptom, "new bladder trouble", concat([]string{
		"not felt urge", "not felt need", "not felt need to pee", "no urge to go",
		// Passing water unnoticed: "peeing without feeling it", "wet myself without knowing".
		"pee without feeling", "pee without knowing", "pee without noticing", "pee without realising", "pee without realizing",
		"peeing without feeling", "peeing without knowing", "peeing without noticing", "peeing without realising",
		"peeing without realizing", "peed without feeling", "peed without knowing", "peed without noticing", "peed without realising",
		"peed without realizing", "wee without feeling", "wee without knowing", "wee without noticing", "wee without realising",
		"wee without realizing", "weeing without feeling", "weeing without knowing", "weeing without noticing",
		"weeing without realising", "weeing without realizing", "urine without feeling", "urine without knowing",
		"urine without noticing", "urine without realising", "urine without realizing", "urinating without feeling",
		"urinating without knowing", "urinating without noticing", "urinating without realising", "urinating without realizing",
		"leak without feeling", "leak without knowing", "leak without noticing", "leak without realising", "leak without realizing",
		"leaking without feeling", "leaking without knowing", "leaking without noticing", "leaking without realising",
		"leaking without realizing", "leaked without feeling", "leaked without knowing", "leaked without noticing",
		"leaked without realising", "leaked without realizing",
		// Unable to pass water, told the lay way: "not been able to go for a wee since last night".
		"not able pee", "not able wee", "not able go for wee", "not able go for pee", "not go for wee", "not go for pee",
		"not had wee", "not had pee", "not peed since", "not weed since", "no wee since", "no pee since", "bladder accident", "bladder accidents",
		"accidents with bladder", "accident with bladder", "stream weak", "stream weaker", "weak flow", "flow weak", "flow weaker",
		"not notice wet", "not realise wet", "not realize wet", "not know wet", "not feel wet",
		"incontinence", "incontinent", "bladder let go", "bladder gave way", "bladder gave out", "bladder just went", "pee myself", "peed myself", "peeing myself", "pees myself",
		"pee pants", "peed pants", "peeing pants", "wet myself", "wetting myself", "wets myself", "wet pants",
		"wet bed", "wetting bed", "wet the bed", "piss myself", "pissed myself", "pissing myself", "pee accident",
		"leak urine", "leaking urine", "leaked urine", "leak pee", "leaking pee", "leaked pee", "dribbling urine", "dribble pee",
		"not pee", "not urinate", "not wee", "not piss", "not go pee", "not empty bladder", "not hold pee",
		"not hold urine", "not hold bladder", "not control bladder", "not control pee", "not stop peeing",
		"not feel pee", "not feel urine", "not feel bladder", "not tell when pee", "not go toilet", "not go bathroom",
		"lost control bladder", "lose control bladder", "losing control bladder", "loss control bladder",
		"bladder control", "control bladder", "bladder problem", "bladder issue", "bladder trouble",
		"bladder not working", "bladder stopped", "bladder numb", "trouble peeing", "trouble urinating",
		"difficulty urinating", "difficulty peeing", "problem peeing", "problems peeing", "hard pee", "hard urinate", "struggling pee",
		"struggle pee", "urinary retention", "retaining urine", "retention", "no urge pee", "no urge urinate",
		"weak stream", "pee dribble", "not tell bladder", "not tell if bladder", "not sense bladder", "not know bladder",
		"not hold it in", "not control when go", "no control when go", "not control when i go",
		"not know when pee", "not tell when need pee", "not tell if peed", "not know if peed", "not sure if peed",
		"not tell if wet", "not know if wet", "not tell when peed", "not feel if peed", "bladder feels full", "bladder never empties", "never empties", "never empty", "not empty all way", "not empty fully", "not fully empty", "not empty completely", "not emptying", "bladder not emptying", "not start peeing", "not start stream",
		"not peed", "not urinated", "not weed", "pee just comes out", "pee comes out",
		"urine comes out", "urine coming out", "urine came out", "pee coming out", "pee came out", "wee comes out", "wee coming out",
		// Nothing comes when the person tries; an accident not noticed.
		"pee nothing came", "pee nothing comes", "pee nothing coming", "wee nothing came", "toilet nothing came",
		"toilet nothing comes", "accidentally peed", "accidentally wet", "peed a little", "peed and not notice",
		"wet myself and not notice", "peed and not realise", "peed and not realize",
		"urine escapes", "urine escaping", "pee escapes", "pee escaping", "urine runs out", "urine running", "pee running down",
		"urine dripping", "pee dripping", "dripping urine", "urine trickles", "urine trickling", "pee trickles", "pee trickling", "no control pee", "no control bladder",
		"no bladder control", "accident pants", "having accidents", "wet pants", "not feel need pee",
		"not feel need to pee", "not feel urge", "no urge", "trouble going toilet", "trouble going loo", "trouble going bathroom",
		"hard go toilet", "struggling go toilet", "urine leak", "urine leaks", "pee leak", "pee leaks", "urine leaking",
		"pee leaking", "leaks out", "not know when need go", "not tell when need go", "not sense when need go", "not feel when need go", "not feel need go", "dribbling",
		"dribble", "not feel going", "not feel when going", "not feel when go", "not tell need pee", "not tell if need",
		"not sure if need pee", "not know if need pee", "peeing less", "peeing lot less", "pee less", "not peeing much",
		"barely peeing", "barely pee", "peeing hard", "pee hard", "peeing difficult", "have to strain", "straining pee",
		"strain to pee", "push to pee", "push hard to pee", "not make it toilet", "not make it bathroom", "not make it loo",
		"not make it to toilet", "not make it in time", "almost not make it",
		"peed a bit", "wet a bit", "leaked a bit of pee",
		"leak wee", "leaking wee", "leaked wee", "wee leak", "wee myself", "weed myself", "weeing myself", "wet self",
		"nothing comes out", "nothing coming out", "nothing came out", "pee not come out", "pee not coming", "urine not coming",
		"peed without knowing", "peed without noticing", "pee without knowing", "pee without noticing", "peed bed", "wet bed",
		"not pass urine", "not passed urine", "not passing urine", "not passed water", "not pass water", "bladder not empty",
		"not feel wee", "not hold wee", "not control wee", "not wee", "bladder leak", "bladder leaks", "bladder leaking", "leaked a bit", "leaking a bit", "leaked a little", "leaking a little", "leak a bit", "leaks a bit"},
		// The leak as a noun: "some bladder leakage since Thursday".
		cross("bladder urine urinary pee wee", "leakage", "leakages", "leaking", "leaks", "leak", "dribbles", "dribbling"),
		// Without noticing it: "peed a bit without realising".
		cross("peed pee peeing wee weed weeing leaked leaking wet wetting", "without realising", "without realizing",
			"without noticing", "without knowing", "without feeling", "and not notice", "and not realise", "and not realize", "and not feel"),
		peeWontStop)},
	// Peeing told only as feeling changed ("peeing feels weird", "pee feels
	// different") is new bladder trouble unless something the person drank
	// or an infection explains it (see "bladder-cause"); losing control or
	// being unable to go is never explained so.
	{"bladder-odd", kindSymptom, "new bladder trouble", []string{
		"peeing feels weird", "pee feels weird", "peeing feels different", "pee feels different", "peeing feels strange",
		"pee feels strange", "peeing feels off", "peeing is weird", "peeing weird", "peein feels weird"}},
	{"toileting", kindSite, "using the toilet", []string{
		"toilet", "bathroom", "loo", "washroom", "restroom", "pee", "peeing", "urinate", "urinating", "wee", "bladder",
		"bowel", "bowels", "poo", "poop", "pooping", "=wipe", "=wiping", "=wipes", "toilet paper", "go number two"}},
	{"bowel", kindSymptom, "loss of bowel control", []string{
		"poop myself", "pooped myself", "pooping myself", "poo myself", "pooed myself", "shit myself", "shat myself",
		"shitting myself", "soiled myself", "soil myself", "soiling myself", "poop pants", "pooped pants",
		"not control bowel", "not control bowels", "not hold bowel", "not hold poop", "not feel poop",
		"lost control bowel", "lose control bowel", "losing control bowel", "loss control bowel",
		// The lay word for the bowel: "lost control of my poo".
		"lost control poo", "lost control poop", "lose control poo", "losing control poo", "no control poo", "no control poop",
		"bowel control", "control bowel", "control bowels", "bowel incontinence", "fecal incontinence", "faecal incontinence",
		"bowel accident", "bowel problem", "bowel issue", "bowel trouble", "leaking poop", "leaking stool",
		"crap myself", "crapped myself", "crapping myself", "messed myself", "messed pants", "soiled pants", "pooed pants", "poo pants",
		"poo comes out", "poop comes out", "stool comes out", "poo just comes", "poop just comes", "leaking poo", "leaked poo", "leaked poop",
		"bowel accidents", "accidents with bowels", "accident with bowels", "accidents with bowel",
		"bowels let go", "bowel let go", "bowels gave way", "bowels gave out", "bowels went", "lost my bowels", "bowels just went",
		"not feel poo", "not feel bowel", "not tell when poo", "not tell when poop", "not hold poo", "not control poo", "not control poop",
		"not feel when poo", "not feel myself go", "bowels not working", "bowel movement not feel", "no bowel control",
		"accidentally pooed", "pooed a little", "poo accident", "pooed without noticing", "pooed and not notice",
		"pooed and not realise", "pooed and not realize", "pooed without realising", "pooed without realizing"}},
	{"saddle-site", kindSite, "the groin or saddle area", []string{
		"groin", "genitals", "genital", "genitalia", "crotch", "perineum", "taint", "saddle", "buttock", "buttocks",
		"butt", "bum", "butt cheeks", "backside", "private parts", "privates", "private area", "down there", "down below",
		"lady parts", "man parts", "groin area", "nethers",
		"between legs", "inner thigh", "inner thighs", "when wipe", "when wiping", "=wiping", "anus", "back passage",
		"vagina", "vaginal", "=sex", "penis", "vajayjay", "=vag", "coochie", "cooch", "willy", "peen", "scrotum", "testicles", "rectum", "rectal", "nether", "my bits", "lady bits", "junk",
		"undercarriage", "nether regions", "seat area", "during sex", "intercourse", "erection", "erections", "sit bones", "sitting bones", "perineal", "labia", "bottom", "butthole", "arse", "ass",
		"pelvic area", "pelvic region", "vulva", "my balls", "his balls", "=balls", "=testes", "nutsack", "ballbag", "family jewels", "testicle", "ballsack", "pubic",
		"pubic area", "bikini area", "bikini line", "bumhole", "bum hole", "arsehole", "asshole", "perianal", "lady parts",
		"man parts", "private bits", "where i sit", "sitting area", "saddle area", "saddle region", "inner leg", "inner legs", "between my legs", "inside legs", "inside thighs", "inside of legs", "inside of thighs", "inside leg", "inside thigh"}},
	{"both-legs", kindSite, "both legs", []string{
		"both legs", "both leg", "both feet", "both foot", "both thighs", "both calves", "both sides", "=legs", "=feet",
		"=thighs", "each leg", "both knees", "both ankles", "both my legs", "legs and feet", "lower body", "waist down",
		"bilateral", "bilaterally", "left and right leg", "right and left leg", "left and right legs", "left and right foot",
		"left and right side", "both left and right", "both buttocks", "both sides body", "two legs", "each foot"}},
	{"one-leg", kindSite, "a leg or foot", []string{
		"leg", "foot", "ankle", "toe", "toes", "thigh", "shin", "knee", "heel", "hamstring"}},
	{"calf-site", kindSite, "the calf", []string{"calf", "calves", "back leg", "lower leg", "calf muscle"}},
	{"chest-site", kindSite, "the chest", []string{"chest", "sternum", "breastbone", "breast bone", "ribcage", "around heart", "near heart", "heart area"}},
	{"arm-jaw-site", kindSite, "the arm, shoulder or jaw", []string{"arm", "left arm", "jaw", "shoulder", "neck", "throat"}},
	{"belly-site", kindSite, "the belly", []string{"belly", "stomach", "abdomen", "abdominal", "tummy", "gut", "navel", "belly button"}},
	{"between-shoulder-blades", kindSite, "between the shoulder blades", []string{
		"between shoulder blades", "between shoulderblades", "between my shoulder blades", "upper back", "mid back", "middle back",
		// The blades or the shoulders alone, and the clinical word: "pain between the blades".
		"between blades", "between the blades", "between my blades", "between shoulders", "between the shoulders",
		"between my shoulders", "between scapulae", "between scapulas", "between the scapulae", "interscapular"}},
	{"spine-site", kindSite, "the spine", []string{
		"=spine", "=spines", "spinal", "vertebra", "vertebrae", "vertebrate", "backbone", "tailbone", "coccyx", "on bone", "spine bone"}},
	{"pain", kindSymptom, "pain", []string{
		"pain", "pian", "painful", "hurt", "hurts", "hurting", "ache", "aches", "aching", "sore", "soreness", "agony",
		"pressure", "tight", "tightness", "heavy", "heaviness", "squeezing", "squeeze", "crushing", "discomfort", "burning", "stabbing", "throbbing",
		// "My back is killing me" names pain, not danger.
		"killing me", "killing her", "killing him", "killing us", "kills",
		// A tearing felt inside the body is a pain named by its quality:
		// "something is ripping inside my back".
		"^tearing inside", "^ripping inside", "^tearing in back", "^ripping in back", "^tearing in spine", "^ripping in spine",
		// Pain shown, not said: "collapsed holding her back", "clutching his chest".
		"^holding her back", "^holding his back", "^holding my back", "^clutching her back", "^clutching his back",
		"^clutching my back", "^clutching her chest", "^clutching his chest", "^clutching my chest", "^grabbing his chest",
		"^grabbing her chest", "^grabbing my chest",
		// The back itself said to be bad: "my back is worse", "bad back".
		"back worse", "back bad", "bad back", "back playing up", "back acting up", "back wrecked", "back shot", "back messed up", "sharp pain", "dull pain", "gnawing", "boring pain",
		// The one-word back ache: "new backache since christmas".
		"backache", "backaches"}},
	{"fever", kindSymptom, "a fever or chills", append([]string{
		"fever", "fevers", "feverish", "febrile", "high temperature", "have temperature", "had temperature",
		"running temperature", "temperature 38", "temperature 39", "temperature 40", "temp 38", "temp 39", "temp 40",
		"high temp", "running temp", "with temperature", "a temperature", "=chills", "got =chills", "shivering", "shivers", "shaking =chills", "rigors",
		"night sweats", "drenching sweats", "burning up", "hot cold", "flu like", "sweating at night", "sweat at night",
		"sweats at night", "waking up drenched", "soaked sheets", "drenched sheets",
		"temp 101", "temp 102", "temp 103", "temp 104", "temperature 101", "temperature 102", "temperature 103", "temperature 104", "running fever", "the shakes", "got shakes", "^got a temp", "^have a temp", "^had a temp", "^running a temp", "^with a temp", "feel hot", "feeling hot", "felt hot", "hot all time", "hot all the time", "hot and shivery",
		"low grade temperature", "low grade temp", "low grade fever", "slight temperature", "slight temp",
		"mild temperature", "bit of temperature", "feverishness", "fevery", "shivery", "soaking sheets", "flu ish", "hot cold sweats", "hot and cold sweats", "rigor", "shivering fits", "shaking uncontrollably"}, tempWords...)},
	{"chest-symptom", kindSymptom, "chest pain or pressure", concat([]string{
		"chest pain", "chest pains", "chest hurts", "chest hurting", "chest tight", "chest tightness", "tight chest",
		"chest pressure", "pressure chest", "pain chest", "crushing chest", "chest heavy", "heavy chest", "squeezing chest",
		"heart attack", "elephant chest", "angina", "heart hurts", "heart hurting", "heart pain", "pain in heart", "heart aches", "heart aching", "elephant", "chest discomfort", "chest ache", "chest aching", "chest squeeze", "chest burning", "chest heaviness"},
		// The chest squeezed, gripped or crushed, either way round: "a squeezy feeling in my chest".
		cross("squeezy squeezed squeezes squished gripping gripped clenching clenched clamped clamping constricted constricting crushed vicelike", "chest"),
		cross("chest", "squeezy", "squeezed", "squished", "gripped", "clenched", "clamped", "constricted", "crushed", "in vice",
			"in a vice", "in vise", "in a vise", "being squeezed", "being crushed", "caving in"))},
	{"breathless", kindSymptom, "shortness of breath", append([]string{
		"short breath", "shortness breath", "short of breath", "not breathe", "not breath", "not catch breath",
		"hard breathe", "hard breath", "hard to breathe", "difficulty breathing", "trouble breathing", "struggling breathe",
		"struggle breathe", "breathless", "breathlessness", "out breath", "gasping", "=winded", "knocked wind out", "wind knocked out", "breathing hard",
		"breathing problem", "cant breathe", "sob", "not get air", "not get enough air", "air hunger", "struggling for breath", "struggle for breath", "gasping for air",
		"breathing hard", "breathing is hard", "breathing difficult", "hard to get breath",
		"not get breath", "not take deep breath", "not take full breath", "breath short", "short breathed", "suffocating", "not breathe properly",
		// Lay words for breathing hard.
		"=puffing", "huffing", "=panting", "=panted", "out of puff", "puffed out", "not get full breath", "not get my breath",
		// Difficult, or a trouble, to breathe: "difficult to breathe since this morning".
		"difficult to breathe", "difficult breathe", "difficult breathing", "difficulty to breathe", "difficulty breathe",
		"trouble to breathe", "trouble breathe", "problem to breathe", "problems breathing", "breathing problems", "laboured breathing",
		"labored breathing", "breathing laboured", "breathing labored", "breathe badly", "breathing badly", "barely breathe"},
		shallowBreathing...)},
	{"tearing", kindSymptom, "a tearing or ripping pain", []string{
		"=tearing", "=ripping", "tearing pain", "ripping pain", "tearing feeling", "tearing sensation", "ripping sensation",
		"torn apart", "being torn", "being ripped", "tearing apart", "ripping apart", "like tearing", "like ripping", "torn inside", "ripped inside", "tear inside", "rip inside",
		"as if torn", "as if ripped", "as if tearing", "as if being torn", "like torn", "like being torn", "like being ripped",
		// Split or ripped open: "feels like it's splitting open".
		"splitting open", "split open", "splitting apart", "split apart", "ripping open", "ripped open", "tearing open", "torn open",
		"like splitting", "like being split", "cleaved"}},
	{"tore", kindSymptom, "something tearing inside", []string{"tore", "ripped", "rip", "something tore", "something ripped", "something burst", "burst",
		// In the present: "felt something tear in my back".
		"something tear", "something tearing", "something rip", "something ripping", "felt a tear", "felt a rip"}},
	{"pulsing", kindSymptom, "a pulsing feeling in the belly", []string{
		"pulsing", "pulsating", "pulsation", "pulse", "heartbeat", "heart beat", "beating", "throbbing lump", "pulsing lump",
		"throbbing", "throbs", "=pounding", "thumping", "thumps", "pulsates", "pulses", "beats like heart", "heart beating in", "pulse in"}},
	// The marks an accident leaves, however the sender plays them down:
	// after a major accident "prob just bruised" is an injury told.
	{"bruising", kindSymptom, "bruises or scrapes", []string{
		"bruised", "bruise", "bruises", "bruising", "scraped", "scrape", "scrapes", "grazed", "graze", "grazes",
		"banged up", "beat up", "beaten up", "black and blue"}},
	{"swelling", kindSymptom, "swelling", append([]string{"swollen", "swelling", "swelled", "swells", "puffy", "puffed", "swole up", "swoll", "swolen", "bigger than other",
		"blown up", "twice size", "twice the size", "bigger than right", "bigger than left", "double size", "fatter than other", "swollen up", "swelled up", "puffed up", "puffy", "enlarged", "bigger than the other", "thicker than other", "tight and shiny", "ballooned",
		// One leg measured against the other.
		"one leg bigger", "one calf bigger", "one side bigger", "different sizes", "not same size",
		// Measured in times: "my calf is 2x the size of the other".
		"2x size", "2x the size", "3x size", "3x the size", "two times size", "two times the size", "double the size"},
		cross("bigger fatter thicker larger wider puffier", "than other", "than right", "than left", "than other one")...)},
	{"warm-red", kindSymptom, "warmth or redness", []string{
		"warm", "warmer", "hot", "hotter", "heat", "red", "redness", "reddish", "purple", "discoloured", "discolored", "shiny", "hot to touch", "warm to touch", "=reddened", "=flushed", "bluish", "red streak", "red streaks", "angry red",
		// A leg gone blue or purple ("feeling blue" is no colour).
		"looks blue", "turned blue", "turning blue", "gone blue", "went blue", "blue colour", "blue color", "purplish",
		"looks purple", "turned purple", "dark red"}},
	{"tender", kindSymptom, "tenderness to touch", []string{
		"tender", "tenderness", "painful touch", "sore touch", "hurts touch", "hurt touch", "painful to touch", "sore to touch", "hurts to touch",
		"hurts when press", "pain when press", "sore when press", "press on it hurts", "hurts when touch", "tender spot",
		// Pain in one point, found by pressing or tapping: "a sore spot right on
		// the bone", "it hurts when I tap on it".
		"sore spot", "sore point", "pinpoint", "point tenderness",
		"when tap", "if tap", "tap on it", "tapping on", "tapped on", "hurts to tap", "when pressed", "if press", "hurts to press",
		"right on spine", "directly on spine",
		// Pain on pressing told by the start it gives: "pressing on it makes me jump".
		"makes me jump", "made me jump", "makes me flinch", "made me flinch", "flinch when", "jump when press",
		// Pain on the spine itself, not "a problem with the spine itself".
		"^on spine itself", "^on the spine itself", "^on my spine itself", "^in the spine itself", "^in my spine itself", "on the bone", "right on bone", "exactly on bone", "bone itself"}},
	{"weight-loss", kindSymptom, "weight loss", concat([]string{
		"lose weight", "losing weight", "lost weight", "weight loss",
		"weight going down", "weight goes down", "weight went down", "weight gone down", "weight is dropping", "weight keeps going down", "dropped weight", "dropping weight", "lost pounds",
		"lost lbs", "lost kg", "lost kilos", "losing pounds", "dropped pounds", "getting thinner", "weight dropping", "weight off",
		"down kg", "down kilos", "down lbs", "down pounds", "dropped kg", "dropped lbs", "lost kgs", "clothes loose", "clothes falling off",
		"weight falling off", "weight coming off", "pounds falling off", "falling off me", "lost stone", "lost a stone", "dropped dress size", "weight keeps dropping", "lost kilos", "shed pounds",
		// Weight shed, and clothes or a belt that tell it: "shedding weight", "my trousers hang off me".
		"shedding weight", "shed weight", "shedding pounds", "shedding kilos", "shed kilos", "shed lbs", "losing kilos", "losing kg",
		"losing lbs", "lost so much weight", "lost lot weight", "hanging off me", "hang off me", "clothes hang", "belt notch",
		"new hole in my belt", "skin and bones", "wasting away", "nothing left of me",
		// What the clothes and the mirror say.
		"pants falling off", "trousers falling off", "jeans falling off", "clothes hanging off", "clothes baggy", "pants loose",
		"trousers loose", "jeans loose", "belt tighter", "extra notch", "belt hole", "belt notch", "skin and bones", "wasting away",
		"gaunt", "getting skinny", "so skinny", "losing weight fast", "dropped sizes", "dropped dress sizes", "dropped two sizes"},
		cross("clothes pants trousers jeans skirt dress shirts", "too big", "too loose", "big on me", "hanging off me"),
		// The figure told roughly: "lost about 10 kg", "dropped nearly 20 pounds".
		cross("lost dropped shed down", "about kg", "about kgs", "about kilos", "about lbs", "about pounds", "about stone",
			"around kg", "around kilos", "around lbs", "around pounds", "like kg", "like kilos", "like lbs", "like pounds",
			"nearly kg", "nearly kilos", "nearly lbs", "nearly pounds", "almost kg", "almost kilos", "almost lbs", "almost pounds",
			"over kg", "over kilos", "over lbs", "over pounds", "roughly kg", "roughly lbs", "roughly pounds"),
		cross("dropped lost down", "sizes", "pant sizes", "pants sizes", "dress sizes", "jean sizes", "clothing sizes", "clothes sizes", "belt sizes", "2 sizes", "3 sizes", "two sizes", "three sizes"))},
	{"intended-loss", kindContext, "weight lost on purpose", []string{
		"diet", "dieting", "on diet", "trying to lose", "on purpose", "intentionally", "ozempic", "wegovy", "calorie", "calories",
		"keto", "fasting", "cutting", "gym", "working out", "weight watchers", "happy about",
		// Training, a diet plan or a weight-loss medicine.
		"training", "marathon", "running", "exercising", "exercise", "workout", "workouts", "eating healthy",
		"eating healthier", "eating better", "eating clean", "lifestyle change", "meal plan", "portion", "semaglutide",
		"mounjaro", "zepbound", "tirzepatide", "saxenda", "noom", "slimming world", "gastric sleeve", "gastric bypass", "bariatric"}},
	{"unexplained", kindCue, "without a reason", append([]string{
		"unexplained", "without trying", "not trying", "no reason", "not dieting", "without dieting", "for no reason",
		"mysterious", "unintentional", "unintended", "dont know why", "not know why", "no idea why", "unexplainable",
		"not mean to", "not meaning to", "without meaning", "not on diet", "not even trying", "on its own",
		// Nothing changed in how the person eats or lives.
		"not changed", "nothing changed", "not doing anything different",
		"eating same", "eating normally", "eating normal", "eating as usual", "eating like always", "same diet"}, noCause...)},
	{"night-pain", kindSymptom, "pain at night or lying down", []string{
		"at night", "worse night", "night pain", "not get comfy", "not get comfortable", "not comfy", "not find comfortable", "middle of night", "wee hours", "nights", "wakes me", "waking me", "woke me", "wakes up", "wake up pain", "^keeps me up", "^keep me up", "^kept me up", "^keeping me up", "keeps me awake", "keep me awake", "not sleep", "not get sleep", "not lie down", "not lie flat", "worse lying", "awake at night", "cannot sleep pain",
		"lying down", "lie down", "laying down", "lay down", "in bed", "^at rest", "=resting", "with rest", "when rest", "despite rest", "even rest", "lying still", "when still", "sleep"}},
	// Pain worse at rest, at night or lying down, and better moving about:
	// the night pain of the cancer and infection red flags, not the ache
	// of a long day.
	{"worse-at-rest", kindSymptom, "pain that is worse at night or lying down", []string{
		"worse at night", "worse night", "worst at night", "worse in night", "worse overnight", "worse when lie", "worse lying",
		"worse lie down", "worse laying", "worse when laying", "worse in bed", "worse at rest", "worse when rest", "worse resting",
		"worse when still", "worse lying flat", "worse lie flat", "better when walk", "better when moving", "better moving around",
		"better if get up", "get up and walk around", "have to get up and walk", "more at night", "hurts more at night",
		"hurts more lying", "not lie flat", "^not lie on my back", "^not lie on back", "^not sleep on my back", "^not sleep on back", "not lie down", "wakes me up", "wakes me at",
		"woken by pain", "pain wakes", "wakes me every night", "wakes me each night", "keeps me awake", "keeps me up at night",
		"lying down makes it worse", "lying makes it worse",
		// Not eased even at rest: "doesn't ease, even lying flat".
		"even lying", "even lying flat", "even lying down", "even when lying", "even laying", "even laying down", "even at rest",
		"even resting", "even when resting", "even in bed", "even when still", "even lying still",
		// Worst in bed, so slept sitting up: "hurts most when I'm in bed".
		"hurts most in bed", "hurts most when in bed", "hurts most lying", "worst in bed", "worst lying", "worst when lying",
		"most when in bed", "sleep sitting up", "sleeping sitting up", "slept sitting up", "sleep upright", "sleeping upright",
		"sleep in armchair", "sleeping in armchair", "slept in armchair", "sleep in recliner", "sleeping in recliner", "slept in recliner",
		"not even lying", "not even lying down", "not even when lying", "not even at rest", "not even resting", "not even in bed", "bed makes it worse", "rest makes it worse", "resting makes it worse",
		"night is worst", "nights are worst", "nights are worse", "night time worst", "nighttime worst",
		// The small hours: "it's worst at 3am", "wakes me at 4am".
		"worst at 1am", "worst at 2am", "worst at 3am", "worst at 4am", "worst at 5am", "worse at 2am", "worse at 3am",
		"worse at 4am", "wakes me at 2am", "wakes me at 3am", "wakes me at 4am", "wakes me at 5am", "up at 3am with pain",
		"up at 4am with pain"}},
	// What explains pain in bed: the mattress, the pillow, how one slept.
	{"sleep-cause", kindContext, "a bed, pillow or sleeping position", []string{
		"mattress", "pillow", "pillows", "old bed", "new bed", "bed is old", "sleeping position", "slept wrong", "slept funny",
		"slept awkward", "slept awkwardly", "sleep wrong", "sofa bed", "air mattress", "futon", "hotel bed", "camping"}},
	{"unrelenting", kindSymptom, "pain that never eases", append([]string{
		// A span of months ("since one month", as a non-native speaker may say
		// it, is read in spanHit).
		"for a month", "for one month", "for two months", "for 2 months", "for three months", "for 3 months",
		"not quit", "never quits", "not give up", "not let go", "not leave me alone",
		"never eases", "never ease", "not ease", "nothing eases", "nothing eased", "nothing takes edge off", "nothing makes it better", "not easing", "never goes away", "never go away", "not go away", "not going away",
		"not goes away", "constant", "constantly", "all time", "all the time", "nothing helps", "nothing works", "not get better",
		"not getting better", "no position", "not stop", "never stops", "non stop", "nonstop", "relentless", "unrelenting", "24 7", "no relief",
		"not touch", "nothing touches", "not help", "nothing relieves", "never lets up", "not let up", "no matter what",
		"any position", "not change with movement", "no matter how move", "same no matter", "rest not help", "resting not help",
		"not better with rest", "not ease with rest", "even when lying", "even lying still", "even in bed", "even at night",
		"for weeks", "for months", "^weeks now", "^months now", "every night", "each night", "every single night", "night after night", "even at rest", "even resting",
		"even when resting", "even when rest", "been months", "been weeks", "months and months", "weeks and weeks",
		"not gone", "never gone", "not went away", "never went away", "never goes", "not eased", "never eased", "not settled",
		"not budged", "still there", "do nothing", "does nothing", "did nothing", "barely help", "barely helps", "not working",
		"day and night", "every day and night", "night and day",
		"whatever position", "every position", "no position helps", "whatever i do", "no matter position",
		// A holiday or a season months back as the start of the span: "since
		// christmas", "ever since the summer" is months of it, as "for months" is.
		"since christmas", "since xmas", "since new year", "since new years", "since the holidays", "since holidays",
		"since thanksgiving", "since easter", "since the summer", "since summer", "since the spring", "since spring",
		"since the winter", "since winter", "since the autumn", "since autumn", "since the fall"}, wontGo...)},
	{"unwell", kindSymptom, "feeling generally unwell", []string{
		"unwell", "very ill", "feel sick", "feeling sick", "feel awful", "feeling awful", "run down", "exhausted all the time",
		"very sick", "really sick", "not myself", "terrible all over", "not eating", "no appetite",
		"lost appetite", "lost my appetite", "loss appetite", "losing appetite", "tired all time", "exhausted", "drained",
		"fatigue", "fatigued", "generally unwell", "unwell generally", "generally ill", "ill generally", "generally run down", "not feeling myself", "appetite gone", "tired", "so tired", "always tired",
		"no energy", "worn out", "weak and tired",
		// Lay words for feeling ill in oneself.
		"^not well", "^not very well", "^feel not well", "^feeling not well", "sick all over", "ill all over",
		"unwell all over", "feel like crap", "feel crap", "feeling crap", "feel like garbage", "feel like death warmed",
		// Word after word: "a nice feeling that wears off" is no feeling off.
		"^feeling off", "^feel off", "^feeling a bit off", "^feel a bit off", "^felt off", "^feeling really off",
		"under the weather", "feel rough", "feeling rough", "feel lousy", "feeling lousy", "feel rotten", "feeling rotten",
		"crummy", "feel terrible", "feeling terrible", "not feeling well", "not feel well", "poorly", "knackered", "zero energy",
		"no energy at all", "sick all the time", "ill all the time"}},
	{"very-unwell", kindSymptom, "feeling very unwell", []string{
		"very unwell", "very ill", "really ill", "extremely unwell", "extremely sick", "confused", "confusion", "delirious",
		"can barely stand", "sick barely move", "sick can barely move", "sick not move", "barely conscious", "not make sense", "drowsy", "hard to wake", "rash spreading", "barely responding", "not responding", "unresponsive", "barely awake", "out of it", "not wake", "hard to rouse",
		"incoherent", "slurring", "not making sense", "talking nonsense", "not stay awake",
		// Unable to keep fluids down or to get up, feeling near death.
		"not keep down", "throwing up everything", "vomiting everything", "puking everything", "barely get out of bed", "too weak to stand", "too weak to get up", "too sick to move", "too sick to get up",
		"feel like dying", "feel like death", "sickest ever",
		"never felt so sick", "never felt this sick", "never been this sick", "worst ever felt", "shaking all over",
		// Shaking that won't stop, too weak to walk, a fever of 40.
		"shivering uncontrollably", "shaking uncontrollably", "uncontrollable shivering", "uncontrollable shaking",
		"not stop shaking", "not stop shivering", "weak barely", "too weak to walk", "temp 40", "temperature 40", "fever 40"}},
	{"faint", kindSymptom, "feeling faint, pale or sweaty", []string{
		"faint", "fainted", "fainting", "pale", "clammy", "passed out", "pass out", "passing out", "blacked out", "black out",
		"dizzy", "dizziness", "lightheaded", "light headed", "=sweaty", "=drenched", "collapsed", "grey", "gray",
		"lost consciousness", "lose consciousness", "losing consciousness", "loss of consciousness", "unconscious"}},
	// A cold sweat goes with a heart attack or an aneurysm, but "hot and
	// cold sweats" are a fever's: it is its own concept, not faintness.
	// Collapse is the strong end of feeling faint: fainting, going grey,
	// cold and clammy. With pain over 50 it is an aneurysm's sign.
	// Dizzy or faint, without the sweat: with a fever, a sweat is the
	// fever's own, a faint the sign of being very unwell.
	{"dizzy", kindSymptom, "feeling dizzy or faint", []string{
		"dizzy", "dizziness", "lightheaded", "light headed", "faint", "feel faint", "feeling faint", "felt faint", "fainted",
		"fainting", "woozy"}},
	{"collapse", kindSymptom, "collapsing or going grey and clammy", []string{
		"collapsed", "collapsing", "fainted", "passed out", "blacked out", "clammy", "ashen", "white as sheet", "white as a ghost",
		"pale and sweaty", "cold and clammy", "keeled over",
		// Gone grey with a sweat: "he went grey n sweaty".
		"grey sweaty", "gray sweaty", "grey clammy", "gray clammy", "grey and sweating", "gray and sweating",
		"face went grey", "face went gray", "face grey", "face gray",
		"lost consciousness", "lose consciousness", "losing consciousness", "loss of consciousness", "unconscious"}},
	{"heartburn", kindSymptom, "a pain like heartburn or indigestion", []string{
		"heartburn", "heart burn", "indigestion", "acid reflux", "like reflux", "like gas pain", "like trapped wind"}},
	{"palpitations", kindSymptom, "a racing or pounding heart", palpitations},
	{"sweating", kindSymptom, "sweating", []string{"sweating", "sweaty", "sweat", "sweats", "drenched in sweat", "soaked in sweat"}},
	{"cold-sweat", kindSymptom, "a cold sweat", []string{"cold sweat", "cold sweats", "cold sweating", "cold and sweaty", "cold clammy",
		// A sudden heavy sweat counts with chest or tearing pain as a cold
		// sweat does; with a fever it is the fever's own sweat, no sign of
		// being very unwell.
		"sweating buckets", "pouring sweat", "dripping sweat", "broke out in sweat", "breaking out in sweat",
		"sweating profusely", "sweating heavily", "sweating like crazy"}},
	{"nausea", kindSymptom, "nausea", []string{"nausea", "nauseous", "nauseated", "throwing up", "threw up", "vomiting", "vomit", "vomited", "sick stomach", "queasy", "throw up", "throwing up", "gonna throw up", "going to throw up", "want to throw up", "gonna be sick", "going to be sick", "puking", "puked", "puke", "retching", "nauseas", "nauseus"}},
	{"spreading", kindSymptom, "symptoms that spread or worsen day by day", concat([]string{
		"spreading", "spread", "spreads", "spreading up", "moving up", "creeping up", "getting worse", "gets worse", "worse every day",
		"worse each day", "worse and worse", "day by day", "getting weaker", "weaker every day", "progressing", "progressive",
		"progressively", "worsening", "more and more", "fast", "quickly", "rapidly", "keeps getting",
		"up past", "now up", "further up", "higher up", "creeping", "working way up", "worked way up", "travelling up", "traveling up",
		"moved up", "climbing up", "worse every week", "worse each week",
		// Creeping on: "it's crept up to my knee", "now covers the whole side of my leg".
		"crept", "crept up", "crept down", "crept into", "crawled up", "crawling up", "now covers", "covers whole", "now covering",
		// Reaching further each day: "goes further down my leg".
		"further down", "further and further", "further each day", "further every day", "higher and higher",
		// Where it has got to since, told day by day: "by Sunday it was
		// down to my knee", "it went from my butt to my heel over 4 days".
		"was down to", "now its down to",
		"bigger every day", "bigger each day", "area growing", "area getting bigger", "reaches further", "reaching further",
		"now reaches", "now reaching", "now goes down to", "now down to", "all way down",
		"day after day", "every day more", "each day more", "worse by hour", "worse by day", "worse by the hour", "worse by the day",
		"getting weaker", "weaker and weaker",
		// Worse now than when it was looked at: "er said bruises but now my back is worse".
		"now worse", "worse now", "worse since",
		// More of the leg each day: "going up my leg more each day", "was a small
		// patch, now the whole leg". Only upwards: numbness going down a leg is
		// sciatica's.
		"more each day", "more every day", "more and more each day", "bigger and bigger", "now whole", "now entire",
		"now all of", "now covers whole"},
		// From the buttock or the hip on: "it went from my butt to my heel".
		cross("^went ^moved ^spread ^crept ^travelled ^traveled", "from my butt", "from my bum", "from my buttock", "from my hip",
			"from my lower back", "from my thigh"),
		cross("going moving spreading creeping travelling traveling climbing", "up leg", "up legs", "up thigh", "up thighs", "up my leg", "up my legs"),
		// Reached higher up the leg: "yesterday my foot, today it's up to my knee".
		cross("up", "to knee", "to knees", "to my knee", "to thigh", "to my thigh", "to hip", "to my hip", "to waist", "to my waist",
			"to shin", "to my shin", "to calf", "to my calf"),
		// Worse at every session of a sport or a job: "worse every practice".
		cross("worse weaker", "every practice", "each practice", "every session", "each session", "every game", "each game",
			"every match", "every run", "each run", "every training", "every shift", "each shift"),
		gripWeakening)},
	// The signs of a stroke the FAST campaigns teach (face, arms, speech,
	// time): a face that droops or a smile gone crooked, speech that
	// slurs or words that will not come. An arm gone weak is the weakness
	// concept's; with "sudden" it is already a deficit.
	{"stroke-sign", kindSymptom, "a drooping face or slurred speech", concat([]string{
		"face drooping", "face droopy", "face droops", "face drooped", "drooping face", "droopy face", "face sagging",
		"face sags", "face sagged", "face fell", "face has fallen", "face went lopsided", "face lopsided", "lopsided face",
		"mouth drooping", "mouth droops", "mouth drooped", "droopy mouth", "mouth droopy", "mouth sagging", "lip drooping",
		"lip droops", "smile lopsided", "lopsided smile", "smile crooked", "crooked smile", "smile uneven", "uneven smile",
		"smile droops", "smile drooping", "face numb on one side", "one side of face numb", "half face numb", "half my face numb",
		"slurred speech", "speech slurred", "speech slurring", "slurring words", "slurring her words", "slurring his words",
		"slurring my words", "slurred words", "words slurred", "slurring", "slurred",
		"speech garbled", "garbled speech", "garbled words", "words jumbled", "jumbled words", "words coming out wrong",
		"words came out wrong", "words come out wrong", "talking gibberish", "speaking gibberish", "speech gibberish",
		"trouble speaking", "difficulty speaking", "hard to speak", "struggling to speak", "struggling to talk",
		"not get words out", "not get my words out", "not get her words out", "not get his words out", "not form words",
		"not say words", "not speak clearly", "not talk clearly", "not understand what people say",
		"words coming out jumbled", "words come out jumbled", "words came out jumbled", "words coming out garbled",
		"words coming out funny", "words coming out weird", "words coming out strange", "speech sounds funny", "speech sounds weird",
		"face looks lower", "face lower on one side", "face looks uneven", "face uneven", "uneven face", "face looks lopsided",
		"face looks different on one side", "speech went weird", "speech went funny", "speech gone weird", "speech strange",
		"talking strangely", "speaking strangely", "words mixed up",
		"words all mixed up", "words muddled", "mixing up words", "mixing up his words", "mixing up her words",
		"suddenly not speak", "suddenly not talk", "lost ability to speak", "lost speech", "lost his speech", "lost her speech"},
		// Tight: "properly" is a small word, and "won't stop talking" no sign.
		tightPhrases("not speak at all", "not talk at all", "not talk properly", "not speak properly", "not talking properly", "not speaking properly",
			"not talk right", "not speak right", "not talk straight", "not talking right", "not speaking right")),
	},
	// An arm or hand that will not work: with "sudden", a stroke's arm
	// (FAST). Alone it is a stiff shoulder as often as not ("can't lift my
	// arm above my head"), so it has no rule of its own.
	{"arm-weak", kindSymptom, "an arm or hand that will not work", append([]string{
		"not lift arm", "not raise arm", "not lift hand", "not raise hand", "not grip", "not grip anything", "lost grip",
		"grip gone", "no grip", "arm went limp", "arm gone limp", "arm goes limp", "arm limp", "hand went limp", "hand limp",
		"arm dropped", "arm just dropped", "arm fell to side", "arm useless", "hand useless", "arm heavy useless", "heavy and useless",
		"arm not work", "arm stopped working", "hand stopped working", "hand not work", "arm not move", "not move arm",
		"not move hand", "arm went weak", "hand went weak", "arm weak", "hand weak", "dropping things", "keep dropping things",
		"drop everything", "dropping everything"}, gripWeakening...)},
	// An arm or a face slept on: a dead arm or a creased face on waking.
	// Narrower than positional, whose sitting and desk are where a stroke
	// may strike ("sitting at my desk and suddenly my face drooped").
	{"slept-on", kindContext, "an arm or a face slept on", []string{
		"slept on it", "sleeping on it", "slept on my arm", "sleeping on my arm", "lay on my arm", "lying on my arm",
		"slept on one side", "sleeping on one side", "slept on my side", "sleeping on my side", "slept funny", "slept wrong",
		"slept on my face", "pillow crease", "pillow creases", "from the pillow"}},
	// A face that droops or speech that slurs for a known reason: what an
	// old stroke left ("since his stroke years ago") or a diagnosed
	// facial palsy. Not "had a stroke" alone, which may be this morning's.
	{"droop-explained", kindContext, "a stroke in the past or a diagnosed facial palsy", concat([]string{
		"bells palsy", "bell palsy", "facial palsy", "facial paralysis diagnosed", "stroke survivor", "old stroke", "post stroke",
		"poststroke", "stroke years ago", "stroke few years ago", "stroke couple years ago", "stroke last year", "stroke years back"},
		cross("since after from", "his stroke", "her stroke", "my stroke", "their stroke", "the stroke"))},
	// A headache told as the worst ever or as a thunderclap: a bleed in
	// the brain until shown otherwise.
	{"thunderclap", kindSymptom, "the worst headache of their life", []string{
		"worst headache of my life", "worst headache ever", "worst headache i have ever had", "worst headache i ever had",
		"worst headache ive ever had", "worst headache of her life", "worst headache of his life", "thunderclap headache",
		"thunderclap", "headache like thunderclap", "headache like being hit with bat", "headache like being hit in head"}},
	// The head as the place of a pain, not "light headed" or "head to toe".
	{"head-site", kindSite, "the head", []string{"headache", "headaches", "head pain", "pain in head", "head hurts", "head pounding"}},
	{"confusion", kindSymptom, "confusion", []string{
		"confused", "confusion", "disoriented", "disorientated", "not know where i am", "not know where she is",
		"not know where he is", "not recognise me", "not recognize me", "not making sense", "talking nonsense"}},
	{"sudden", kindSymptom, "sudden onset", []string{
		"sudden", "suddenly", "all sudden", "out nowhere", "out of nowhere", "from nowhere", "came from nowhere", "abrupt", "abruptly", "came on fast", "without warning", "instantly",
		"all at once", "at once", "out blue", "out of the blue", "within seconds", "within minutes", "in seconds", "like switch", "like a switch", "flipped switch", "switched on", "came on suddenly", "hit me suddenly", "out of no where"}},
	{"severe", kindSymptom, "severe pain", []string{
		"severe", "severely", "excruciating", "agony", "agonizing", "agonising", "unbearable", "worst", "intense", "extreme",
		"10 10", "10 out 10", "screaming", "crippling", "blinding", "horrible", "terrible", "awful",
		"torn open", "ripped open", "tearing open", "torn in two", "torn in half", "ripped in half",
		"hurts badly", "hurting badly", "really bad pain", "very bad pain", "insane pain",
		"stabbed", "like a knife", "knife like", "knifelike", "worst pain of my life", "worst pain ever"}},
	{"cant-move", kindSymptom, "being unable to stand or move", []string{
		"not stand", "not stand up", "not walk", "not get up", "not bear weight", "not put weight", "not move legs",
		"not move leg", "not move at all", "not get off floor", "not get out bed", "stuck floor", "stuck on floor",
		"stuck in bed", "not roll over", "not move all", "not even stand", "not even walk", "not bend stand", "not sit stand", "not walk stand", "not stand walk", "not sit walk",
		"not sit up", "not straighten up", "not stand straight"}},
	// Stuck on the floor or the ground, not "stuck in bed with the flu".
	{"floor", kindSymptom, "being stuck on the floor", []string{"on floor", "on the floor", "stuck on ground", "stuck there",
		"stuck down", "stuck lying", "floor", "helpless", "lying there", "on ground", "on the ground"}},
	{"sciatica", kindSymptom, "sciatica", []string{"sciatica", "sciatic", "shooting pain", "shooting down", "nerve pain", "radiating"}},
	{"named-cauda", kindSymptom, "signs of cauda equina syndrome", []string{
		"cauda equina", "spinal cord compression", "cord compression", "compressed spinal cord"}},
	{"named-aneurysm", kindSymptom, "signs of an aortic aneurysm", []string{
		"aortic aneurysm", "aneurysm", "aneurism", "anurism", "anuerysm", "aneurysim", "aortic dissection", "triple a", "abdominal aneurysm", "aortic", "aorta"}},
	{"cough-blood", kindSymptom, "coughing up blood", []string{
		"coughing up blood", "cough up blood", "coughed up blood", "coughing blood", "coughed blood", "blood when cough", "blood when coughing",
		"spitting blood", "spit up blood", "spitting up blood", "hemoptysis", "haemoptysis", "bloody phlegm", "blood in phlegm", "blood in spit"}},
	{"jaw-site", kindSite, "the jaw", []string{"jaw", "jaws", "jawline", "jaw line", "chin"}},
	{"left-arm", kindSite, "the left arm", []string{"left arm", "left shoulder", "both arms", "=arms", "down arm", "down my arm", "into arm", "into my arm"}},
	{"named-embolism", kindSymptom, "signs of a clot in the lung", []string{"pulmonary embolism", "embolism", "clot lung", "clot in lung"}},
	{"named-clot", kindSymptom, "a possible blood clot", []string{"blood clot", "clot", "dvt", "deep vein thrombosis", "thrombosis"}},

	// ---- events
	{"major-trauma", kindEvent, "a major accident or fall", concat([]string{
		"car crash", "car accident", "car wreck", "collision", "motor vehicle", "mva", "mvc",
		"rear ended", "rear end", "t boned", "hit by car", "hit by truck", "hit by bus", "hit by vehicle", "struck by car",
		"bike accident", "motorcycle accident", "cycling accident", "ski accident", "skiing accident",
		"fell ladder", "fell roof", "fell stairs", "fell down stairs", "fell height", "fell horse", "fell tree", "fell balcony",
		"fell scaffold", "fell scaffolding", "fell bike", "fell trampoline", "fall ladder", "fall roof", "fall stairs",
		"fall down stairs", "fall height", "fall horse", "fallen stairs", "fallen ladder", "fallen roof", "falling ladder",
		"falling roof", "falling stairs", "tumbled down stairs", "tumble down stairs", "tumble down steps", "tumbled down steps",
		"fell down steps", "fall down steps", "fallen down steps", "falling down steps", "fallen down stairs", "falling down stairs",
		"fell steps", "fall steps", "thrown from", "thrown off",
		// Down a flight of stairs, however the fall is told.
		// (Not a flight alone: "short of breath climbing a flight of stairs".)
		"down flight", "down whole flight", "down entire flight", "down full flight", "fell flight", "fall flight", "fallen flight",
		"falling flight", "tumbled flight"}, stairFalls, rolledVehicles, crashedVehicles, []string{
		"fell flat on back", "big fall",
		// The vehicle as the subject: "a car hit me in the crosswalk".
		"^car hit me", "^car hit him", "^car hit her", "^car hit us", "^car hit my", "^truck hit me", "^van hit me", "^bus hit me",
		"^car knocked me", "^car ran into me", "^car ran into us", "^car ran me over", "^driver hit me", "^car backed into me",
		"^van ran into me", "^truck ran into me", "^bus ran into me", "^taxi hit me", "^motorbike hit me", "^motorcycle hit me",
		"^van knocked me", "^truck knocked me", "^forklift hit me", "^lorry hit me",
		// A landing from a jump: "wiped out off a jump, landed flat on my back".
		"landed flat on back", "landed flat on my back", "off a jump", "off jump", "bad landing", "landed wrong off",
		"bad fall", "serious fall", "nasty fall", "fell hard", "fell 10 feet", "fell several feet", "=accident",
		"crushed between", "pinned under", "pinned between", "fell on me", "landed on me", "dropped on back",
		"dropped on my back", "fell on my back from", "hit by falling", "went over handlebars", "over the handlebars",
		"over handlebars", "slipped off roof", "slipped off ladder", "slipped off scaffold", "hit bottom of pool",
		"hit edge",
		"hard fall", "bad tumble", "nasty spill", "fell awkwardly", "fell off deck", "fell off porch", "fell off stepladder",
		"fell off step ladder", "fell off wall", "fell off fence", "fell off truck", "fell off trailer", "fell off motorcycle",
		"fell off motorbike", "fell off skateboard", "fell off scooter", "fell feet", "fell metres",
		"fell meters", "fell storey", "fell story", "fender bender", "flipped car", "car flipped", "rolled car", "car rolled",
		"airbag", "airbags", "hit and run", "motorcycle crash",
		"bike crash", "snowboard crash", "ski crash", "thrown off horse", "bucked off", "kicked by horse", "tackled hard",
		"body checked", "came off horse", "came off bike", "hard landing", "trampoline accident", "diving accident", "dove shallow",
		"came off scaffold", "came off scaffolding", "came off ladder", "came off roof", "came off the roof",
		"came off motorbike", "came off motorcycle", "came off scooter", "came off quad", "came off atv", "came off dirt bike", "came off dirtbike",
		"fell off motorbike", "fell off quad", "fell off atv", "crashed motorbike", "crashed bike", "crashed car", "crashed motorcycle",
		"from height", "from a height", "hit from behind",
		"tboned", "t boned", "=totaled", "=totalled", "wrecked car", "car wrecked", "rollover", "roll over crash",
		"motor vehicle accident", "traffic accident", "road accident", "hit by cyclist", "fell off horse",
		"=sacked", "got sacked", "blindsided", "speared", "hit hard", "took hit", "took a big hit", "got hit hard",
		"hit tree", "hit a tree", "into tree", "into a tree", "hit rail", "into boards", "hit boards",
		"checked into boards", "wipeout", "bad wipeout", "big wipeout", "wiped out hard", "bad crash", "nasty crash",
		"body slammed", "bodyslammed", "body slam", "slammed to ground", "slammed into ground", "suplexed", "taken down hard",
		"fell through ceiling", "fell through floor", "fell through roof", "fell through attic", "fell through the floor",
		"hit by another player", "collided with another player", "collision with another player",
		"smoked by car", "clipped by car", "taken out by car", "hit by van", "hit by motorbike", "knocked down by", "=doored", "knocked off bike", "knocked off my bike"},
		// A hard blow in a sport, from its gear or a player built to hit:
		// "got hit with a hockey stick", "taken out by a linebacker". An
		// ordinary knock stays "minor-trauma".
		cross("hit struck whacked smacked cracked speared clubbed", "with hockey stick", "with stick", "with bat",
			"with baseball bat", "with cricket bat", "with lacrosse stick", "with golf club", "by hockey stick", "by bat",
			"by puck", "by pitch", "by fastball", "by cricket ball", "by baseball"),
		cross("took taken", "bat to", "cricket bat to", "baseball bat to", "hockey stick to", "stick to", "puck to", "slapshot to"),
		[]string{"taken out by linebacker", "taken out by lineman", "taken out by defenseman", "taken out by defenceman",
			"taken out by defender", "taken out by tackler", "taken out by enforcer", "flattened by linebacker",
			"flattened by lineman", "flattened by defenseman", "flattened by defenceman", "flattened by defender",
			"flattened by tackler", "flattened by enforcer", "levelled by linebacker", "levelled by lineman",
			"levelled by defenseman", "levelled by defenceman", "levelled by defender", "levelled by tackler",
			"levelled by enforcer", "leveled by linebacker", "leveled by lineman", "leveled by defenseman",
			"leveled by defenceman", "leveled by defender", "leveled by tackler", "leveled by enforcer", "hit by linebacker",
			"hit by lineman", "hit by defenseman", "hit by defenceman", "hit by defender", "hit by tackler", "hit by enforcer",
			"tackled by linebacker", "tackled by lineman", "tackled by defenseman", "tackled by defenceman",
			"tackled by defender", "tackled by tackler", "tackled by enforcer", "crushed by linebacker", "crushed by lineman",
			"crushed by defenseman", "crushed by defenceman", "crushed by defender", "crushed by tackler",
			"crushed by enforcer", "drilled by linebacker", "drilled by lineman", "drilled by defenseman",
			"drilled by defenceman", "drilled by defender", "drilled by tackler", "drilled by enforcer", "decked by linebacker",
			"decked by lineman", "decked by defenseman", "decked by defenceman", "decked by defender", "decked by tackler",
			"decked by enforcer", "blindsided by linebacker", "blindsided by lineman", "blindsided by defenseman",
			"blindsided by defenceman", "blindsided by defender", "blindsided by tackler", "blindsided by enforcer"},
		// Run into by someone or something: "smashed into by another player".
		cross("smashed slammed crashed rammed plowed ploughed barrelled", "into by", "into me"),
		// Off play equipment or a bunk, a child's fall from a height.
		cross("fell fallen falling came dropped slipped", "off monkey bars", "off climbing frame", "off jungle gym", "off climbing wall",
			"off top bunk", "off bunk bed", "off swing", "off slide", "off playground"),
		// A height given in feet or metres: "fell about 8 feet".
		cross("fell fall fallen falling dropped", "about feet", "around feet", "nearly feet", "over feet", "like feet",
			"metres", "meters", "ft", "storeys", "stories", "floors", "about metres", "about meters"))},
	// Words of an accident that have everyday senses too ("my laptop
	// crashed", "I was crushed", "struck by how good it was", "my plans
	// fell through"): they count as an accident only beside pain or an
	// injury (see the rules).
	{"trauma-word", kindEvent, "an accident or a hit", concat([]string{
		"crash", "crashed", "struck by", "run over", "ran over", "fell through", "fell into", "dove into", "diving into", "thrown", "boarded", "big hit", "hard hit", "tackled", "tackle", "collided", "smashed into", "slammed into", "got hit", "hit edge", "flew off", "threw me", "knocked off", "head on", "pile up", "pileup", "hit car", "fell from", "fall from", "fallen from", "falling from",
		// Not "backed into" ("threw my back into a project") nor "knocked me
		// over" alone ("the wind nearly knocked me over").
		"sideswiped", "mowed down", "reversed into me", "swerved into me", "skidded into me"},
		// Run into by a person on wheels or in a game: "a cyclist ran into me".
		cross("^cyclist ^biker ^bike ^scooter ^skateboarder ^skater ^skier ^snowboarder ^player ^horse ^rider",
			"ran into me", "crashed into me", "knocked me over", "knocked me down", "knocked me off", "slammed into me",
			"smashed into me", "hit me", "ran me over", "plowed into me", "ploughed into me", "mowed me down", "took me out"))},
	{"fall", kindEvent, "a fall", []string{
		"fell", "fall", "falling", "fallen", "slipped", "slipped fell", "tripped fell", "took tumble", "took spill", "wiped out",
		"landed", "landed on", "went down hard", "sat down hard", "landed hard", "missed step", "missed a step", "hit ground", "hit the ground", "slipped on ice",
		"fell on tailbone", "landed on tailbone", "fell on butt", "fell on bum", "fell backwards", "knocked down", "knocked over",
		"tripped on", "tripped and", "tripped up", "tripped down", "took a fall", "had a fall",
		// Lay and slang words for a fall: "had a tumble", "came down hard", "stacked it on the ice".
		"tumble", "tumbled", "had a spill", "came down hard", "come down hard", "came crashing down", "went flying", "fell flat",
		"face planted", "faceplanted", "stacked it", "went arse over", "went head over heels", "lost my footing", "lost footing",
		"legs went out from under", "feet went out from under", "feet slipped", "feet went from under"}},
	{"strain", kindEvent, "a sneeze, a cough or lifting", []string{
		"sneeze", "sneezed", "sneezing", "cough", "coughed", "coughing", "lifted", "lifting", "picked up", "picking up",
		"bent over", "bending", "twisted", "bumped", "reached", "bent down", "bend down", "bending down", "tying shoe", "bent", "twisting",
		"stepped off", "stepped wrong", "stepped down", "stumbled", "jarred", "jolted", "jolt", "hugged", "hugging", "big hug",
		"moved wrong", "turned wrong", "rolled over in bed", "carried", "carrying", "reaching", "rocking", "rocked"}},
	// The small knocks and everyday moves that can break a fragile bone:
	// they count only with thin bones, steroids or older age.
	{"minor-trauma", kindEvent, "a small knock or an everyday move", []string{
		"laughed", "laughing", "stood up", "got up", "vacuuming", "hoovering", "making bed",
		"opened window", "opening window", "reached up", "reaching up", "plopped", "plopped down", "flopped down", "sat down",
		"knocked", "bumped into", "bump", "little bump", "bumped against", "knock", "little knock", "small knock", "minor bump", "hit back", "hit my back", "banged", "bashed", "whacked", "smacked",
		"something went", "something gave", "something give", "felt something go", "something popped", "put back out",
		"threw back out", "pushed", "pulling", "pulled", "shoveling", "shovelling",
		"turned over", "turning over", "rolling over", "stepped", "jumped", "hopped", "hugged too hard"}},

	// ---- history and context
	{"cancer-history", kindContext, "a history of cancer", append([]string{
		"cancer", "tumor", "tumour", "tumors", "malignant", "malignancy", "metastatic", "metastasis", "metastases", "lymphoma",
		"leukemia", "leukaemia", "myeloma", "melanoma", "sarcoma", "carcinoma", "chemo", "chemotherapy", "radiation", "radiotherapy",
		"oncologist", "oncology", "remission", "mastectomy",
		"hodgkins", "hodgkin", "non hodgkin", "glioma", "glioblastoma", "mesothelioma", "neuroblastoma", "seminoma",
		"tamoxifen", "letrozole", "anastrozole", "exemestane", "herceptin", "keytruda", "lupron", "zoladex", "hormone therapy",
		"brachytherapy", "biopsy showed", "biopsy came back"},
		// "ca" is the clinician's short word for a cancer: "prostate ca".
		cross("prostate breast lung bowel colon skin bone ovarian cervical pancreatic kidney thyroid bladder liver", "ca")...)},
	{"cancer-past", kindContext, "cancer in the past", []string{
		"survivor", "cancer survivor", "in remission", "remission", "had cancer", "beat cancer", "cancer free", "history of cancer",
		"cancer history", "treated for cancer", "finished chemo", "finished treatment", "after my cancer", "had breast cancer",
		"had prostate cancer", "had lymphoma", "had leukemia", "had melanoma", "years after cancer",
		// "ca", the clinician's short word, in a history: "hx of ca" ("hx"
		// reads as "history"), "ca survivor". Not "ca" alone (California).
		"history of ca", "history ca", "ca history", "ca survivor", "had ca", "treated for ca", "ca in remission",
		"treatment ended", "treatment finished", "chemo ended", "after chemo", "after radiation",
		// Treatment that is over: finished, completed, done, ended.
		"finished radiotherapy", "finished radiation", "finished immunotherapy", "finished my treatment", "completed chemo",
		"completed radiation", "completed radiotherapy", "completed treatment", "done with chemo", "done with radiation",
		"done chemo", "done radiation", "radiation ended", "radiotherapy ended", "radiation finished", "radiotherapy finished",
		"after radiotherapy", "post chemo", "post radiation", "^years clear", "^cancer clear", "all clear cancer",
		"cancer gone", "had a tumour", "had a tumor", "had tumour", "had tumor", "had chemo", "had radiation", "had radiotherapy", "had surgery for cancer", "lump removed", "tumour removed", "tumor removed", "growth removed", "lumpectomy", "had mastectomy", "cancer surgery"}},
	{"metastatic", kindContext, "cancer that has spread", []string{
		"secondary cancer", "secondaries", "=mets", "bone mets", "metastatic", "metastasis", "metastases", "metastasized", "metastasised",
		"spread to bones", "spread to bone", "spread to spine", "spread to her bones", "spread to his bones", "in her bones", "in his bones",
		"in my bones", "bone cancer", "cancer is back", "cancer came back", "cancer has come back", "cancer returned",
		"cancer has returned", "recurrence", "recurred", "relapse", "relapsed", "stage 4", "stage four", "stage iv", "terminal", "palliative"}},
	{"crack", kindSymptom, "a crack or snap felt or heard", []string{
		"heard crack", "heard a crack", "felt crack", "felt a crack", "heard snap", "felt snap", "something snapped", "heard pop",
		"heard a pop", "loud crack", "loud pop", "cracked something", "broke something", "something cracked", "something broke",
		"think i broke", "think i cracked", "cracking sound", "snapping sound", "crunch",
		// Something felt to give way inside.
		"something went", "something gave", "something give", "felt something go", "something popped", "felt something shift"}},
	{"assessed", kindContext, "already seen by a doctor", []string{
		"doctor checked", "checked out", "had checked", "checked by", "checked over", "got looked at", "been looked at", "been seen", "got seen", "x ray fine", "xray fine", "x rays fine", "scan fine",
		"mri fine", "cleared by", "got cleared", "seen doctor", "saw doctor", "saw my doctor", "went er", "went to er",
		"went hospital", "went to hospital", "er said", "doctor said", "physio said", "all clear",
		"went to walk in", "walk in clinic", "urgent care",
		// Examined by someone: "the ER checked me and said I'm fine".
		"er checked", "hospital checked", "checked me", "examined me", "got examined", "was examined",
		"told me i am fine", "told me i was fine",
		// Someone else said so; "I said I was fine" assesses nothing.
		"^they said i was fine", "^they said i am fine", "^they said i was ok", "^he said i was fine", "^she said i was fine",
		"^he said i am fine", "^she said i am fine", "^paramedics said i was fine", "^paramedic said i was fine",
		"^nurse said i was fine", "^medics said i was fine",
		"said it is muscular", "said muscular", "said just strain", "said it was muscular",
		// A result someone else found: "the x-ray showed nothing broken"
		// (a person's own "nothing seems broken" is no assessment).
		"xray showed", "x ray showed", "scan showed", "scans showed", "ct showed", "xrays showed", "x rays came back",
		"xray came back", "scan came back", "confirmed nothing broken", "said nothing broken", "said no fracture",
		"showed nothing broken", "showed no fracture", "ruled out fracture", "ruled out break", "got xray", "got x ray"}},
	// Checked only where it happened, with no hospital and no imaging:
	// "the paramedics said I was fine at the scene, I didn't go in". A
	// look at the roadside rules out no fracture.
	{"scene-only", kindContext, "checked only at the scene", []string{
		"at the scene", "at scene", "on scene", "at the roadside", "at roadside", "side of the road",
		"paramedics checked", "paramedic checked", "medics checked", "ambulance checked", "ems checked",
		"paramedics said", "paramedic said", "medics said", "ambulance crew said", "ems said",
		"not go to hospital", "not go hospital", "not go to er", "not go er", "not go to emergency",
		"never went to hospital", "never went to er", "skipped hospital", "skipped the er", "refused ambulance",
		"declined ambulance", "refused hospital", "declined hospital", "no hospital", "not get checked at hospital",
		// Not checked at all: "was checked by nobody", "never got checked".
		"^checked by nobody", "^checked by no one", "^seen by nobody", "^seen by no one", "^nobody checked", "^no one checked",
		"not checked", "never checked", "not get checked", "never got checked", "not been checked", "never been checked"}},
	// A hospital look or a scan after an accident: the fracture is ruled
	// in or out by it.
	{"imaged", kindContext, "an x-ray or scan", []string{
		"xray", "x ray", "xrays", "x rays", "ct scan", "ct", "mri", "scan", "scans", "imaging",
		"went to hospital", "went hospital", "went to er", "went er", "went to emergency", "er doctor", "hospital doctor"}},
	// The asker lifting or caring for someone: the strain is the asker's.
	{"carer", kindContext, "lifting or caring for someone", []string{
		"^lift her", "^lift him", "^lifting her", "^lifting him", "^lifted her",
		"^lifted him", "^carry her", "^carry him", "^carrying her", "^carrying him", "^carried her", "^carried him", "^help her up",
		"^help him up", "^helping her", "^helping him", "caring for", "care for my", "look after my", "looking after my", "caregiver",
		"carer"}},
	// The mouth or a cold explains an aching jaw: a tooth, the dentist,
	// grinding, a sinus or a flu.
	{"jaw-cause", kindContext, "a tooth, the dentist or a cold", []string{
		"dentist", "dental", "tooth", "teeth", "toothache", "wisdom tooth", "wisdom teeth", "root canal", "filling", "braces",
		"grinding", "grind", "clenching", "clench", "tmj", "tmd", "gum", "gums", "orthodontist",
		"cold", "flu", "sinus", "sinuses", "sinusitis", "earache", "ear infection", "tonsillitis", "sore throat", "strep"}},
	// An accident told as harmless by what it left: "only scraped my knee".
	// It is the sender's own judgement: it quiets an accident that left
	// no pain, never a major one that did ("hit by a car, back is killing
	// me, prob just bruised").
	{"minor-injury", kindContext, "an accident that left only a scrape or a bruise", []string{
		"only scraped", "just scraped", "only a scrape", "just a scrape", "only grazed", "just grazed", "only a graze", "just a graze",
		"only bruised", "just bruised", "only a bruise", "just a bruise", "only a scratch", "just a scratch", "only scratches",
		"not a scratch", "without a scratch", "walked away fine", "walked away without", "was not hurt", "not hurt at all",
		"unhurt", "uninjured", "no injuries", "not injured", "^nobody hurt", "^no one hurt", "^nobody was hurt", "^no one was hurt",
		"^nobody injured", "^no one injured", "^nobody got hurt", "^no one got hurt"}},
	// An accident told as minor in itself: the mechanism, not the
	// sender's guess at the harm, so it quiets the accident even with pain.
	{"minor-accident", kindContext, "a minor accident", []string{
		"minor car accident", "minor accident", "minor crash", "small accident",
		"little accident", "just a fender bender", "minor fender bender", "tiny fender bender",
		// A bump told as barely one: "barely a tap", "at walking pace".
		"barely a tap", "just a tap", "only a tap", "a tiny tap", "little tap", "barely a bump",
		"not even a dent", "walking pace"}},
	{"weeks-ago", kindContext, "some weeks ago", []string{
		"last week", "weeks ago", "week ago", "couple weeks", "few weeks", "2 weeks", "3 weeks", "two weeks", "three weeks",
		"a month ago", "month ago", "4 weeks", "four weeks", "5 weeks", "five weeks", "6 weeks", "six weeks"}},
	{"thin-bones", kindContext, "osteoporosis or thin bones", []string{
		"bones thin", "bones weak", "bones brittle", "bones fragile", "low bone mass", "bone loss", "losing bone", "thinning bones",
		"osteoporosis", "osteoporotic", "osteopenia", "brittle bones", "thin bones", "weak bones", "low bone density", "bone density", "fragile bones",
		// Medicines for thin bones.
		"fosamax", "alendronate", "prolia", "denosumab", "risedronate", "actonel", "zoledronic", "reclast", "evista",
		"raloxifene", "forteo", "teriparatide", "bisphosphonate", "bisphosphonates", "bone medication", "bone meds"}},
	{"steroids", kindContext, "long-term steroids", []string{
		"steroids", "steroid", "prednisone", "prednisolone", "cortisone", "corticosteroid", "corticosteroids", "dexamethasone", "methylprednisolone"}},
	{"injected-drugs", kindContext, "injecting drugs", []string{
		"inject drugs", "injecting drugs", "injected drugs", "iv drug", "iv drugs", "intravenous drugs", "heroin", "needle drugs", "fentanyl", "uses needles", "using needles", "use needles", "shoot heroin", "shooting heroin",
		"=inject", "=injecting", "i inject", "^i shoot up", "^he shoots up", "^she shoots up", "^they shoot up", "^been shooting up", "ivdu", "pwid", "iv user", "iv drug user", "injection drug", "injection drugs", "meth", "crystal meth"}},
	// A medicine the person injects is no injected street drug: "I used
	// to inject insulin", "my b12 shots".
	{"injected-medicine", kindContext, "an injected medicine", append(cross("inject injecting injected injects",
		"insulin", "b12", "ozempic", "semaglutide", "wegovy", "mounjaro", "testosterone", "hormones", "fertility meds", "heparin",
		"enoxaparin", "epipen", "methotrexate", "humira", "vitamin"), "insulin injection", "insulin injections", "insulin shots",
		"insulin pen", "insulin pump", "b12 shots", "b12 injections", "testosterone injections", "fertility injections")},
	{"immune-weak", kindContext, "a weakened immune system", append([]string{
		"transplant", "immunosuppressed", "immunosuppressant", "immunosuppressants", "immunocompromised", "immune suppressed",
		"weak immune", "weakened immune", "low immune", "hiv", "=aids", "chemo", "chemotherapy", "biologics"}, immuneDrugs...)},
	{"recent-infection", kindContext, "a recent infection", concat([]string{
		"uti", "utis", "urinary infection", "urinary tract infection", "bladder infection", "kidney infection", "pyelonephritis",
		"infected wound", "wound infected", "infection after surgery", "post surgery infection", "sepsis", "septic", "infected", "abscess", "tb", "tuberculosis"}, woundInfected, layInfections)},
	{"elderly", kindContext, "older age", []string{
		"elderly", "grandma", "grandmother", "grandpa", "grandfather", "granny", "grandad", "granddad", "nana", "nan", "gran",
		"senior", "seniors", "old lady", "old man", "older lady", "older man", "aging parent", "retired", "pensioner", "nursing home",
		"=60s", "=70s", "=80s", "=90s", "over 65", "over 70", "over 75", "over 80", "in her 70s", "in his 70s", "in her 80s", "in his 80s"}},
	{"over-50", kindContext, "age over 50", []string{"over 50", "over 55", "over 60", "=50s", "=60s", "middle aged", "middle age"}},
	{"chronic-numbness", kindContext, "a known cause of long-standing numbness", []string{
		"neuropathy", "diabetic", "diabetes", "multiple sclerosis", "always had", "for years", "chronic", "raynauds", "tight shoes", "shoes",
		// Tight footwear of any kind: "the tingling in my feet is from my tight boots".
		"boots", "tight boots", "ski boots", "hiking boots", "work boots", "heels", "high heels",
		"cold weather", "in the cold", "from the cold", "when cold", "cold outside", "freezing outside", "winter", "frostbite", "frostnip"}},
	// Cold weather, a cold room or music explains shivers and chills with
	// no other sign of a fever: "frozen waiting for the bus, shoulders tense
	// from shivering", "chills every time that playlist comes on" (see
	// chillsExplained). A bare "cold" is not one: a fever feels cold too.
	{"chill-cause", kindContext, "cold weather or music", []string{
		"snow", "snowing", "snowy", "blizzard", "icy", "ice bath", "ice baths", "cold plunge", "cold water", "cold shower",
		"^the wind", "windy", "bus stop", "waiting for bus", "air conditioning", "aircon", "air con", "cold room", "room is cold",
		"rooms are cold", "run cold", "always cold", "always feel cold", "frozen solid", "below zero", "^the cold", "cold outside",
		"freezing outside", "cold out", "freezing out", "turn heat up", "turn up heat", "extra blanket",
		// A home with no heating: "the boiler's broken", "landlord hasn't fixed the heat".
		"heating", "boiler", "radiator", "radiators", "fixed heat", "not fixed heat", "not fixed heating", "not fixed boiler",
		"heat not working", "heat is off", "no heat", "cold flat", "cold apartment", "cold house",
		"freezing flat", "freezing apartment", "freezing house", "freezing room", "drafty", "draughty",
		"song", "songs", "music", "playlist", "concert", "choir", "movie", "film", "goosebumps", "goose bumps",
		// The chills that follow a menopausal hot flash: "hot flashes then chills".
		"hot flash", "hot flashes", "hot flush", "hot flushes", "menopause", "menopausal", "perimenopause", "perimenopausal"}},
	// A skin cause explains a red or warm patch on the leg: a rash, a
	// sunburn, a bite. Unlike the skin caution it is not the bare word
	// "skin" ("the skin looks red" describes a calf, it explains nothing).
	{"skin-cause", kindContext, "a skin cause", []string{
		"rash", "rashes", "heat rash", "sweat rash", "sunburn", "sunburnt", "sunburned", "sun burn", "eczema", "psoriasis",
		"dermatitis", "hives", "bite", "bites", "bitten", "bug bite", "insect bite", "mosquito", "mozzie", "spider bite", "tick bite",
		"bee sting", "sting", "stung", "tattoo", "tattooed", "new tattoo", "razor burn", "shaving", "shaved", "waxing", "waxed",
		"scratch", "scratched", "scratches", "graze", "grazed", "scrape", "scraped", "chafing", "chafed", "blister", "blisters",
		"allergic", "allergy", "reaction", "itchy", "itching", "itch", "pimple", "ingrown"}},
	{"history-of", kindContext, "something in the person's history", []string{
		"history", "history of", "had before", "previous", "previously", "prior", "past clots", "in past", "family history", "runs in family",
		"once had", "clot once", "clots once", "clot before", "clots before"}},
	{"monitored", kindContext, "a known condition that doctors follow", []string{
		"being watched", "doctors watching", "doctor watching", "doctors are watching", "monitored", "monitoring", "keeping an eye on",
		"keep an eye on", "small aneurysm", "brain aneurysm", "cerebral aneurysm", "known aneurysm", "follow up scans", "surveillance"}},
	// A small leak when laughing, coughing or jumping, as after childbirth,
	// is long-standing stress incontinence, not the new bladder trouble of
	// cauda equina. Only the habitual "when"/"if" forms count: "I sneezed
	// and then lost control of my bladder" is new.
	{"stress-leak", kindContext, "a small leak when laughing, coughing or jumping", []string{
		"when laugh", "when laughing", "if laugh", "when sneeze", "when sneezing", "if sneeze", "when cough", "when coughing",
		"if cough", "when jump", "when jumping", "on trampoline", "stress incontinence", "pelvic floor", "had kids",
		"having kids", "after babies", "since babies", "after childbirth", "since childbirth",
		// Laughter as the cause: "laughed so hard I peed a little".
		"laughed so hard", "laughing so hard", "laugh so hard", "laughed so much", "laughing so much", "from laughing"}},
	// A drink that makes one pee more or differently, or an infection of
	// the urinary tract, explains peeing that feels changed. The infection
	// is still a doctor's matter: "recent-infection" keeps its own rule.
	{"bladder-cause", kindContext, "a drink or an infection that changes peeing", []string{
		"coffee", "coffees", "caffeine", "espresso", "latte", "cappuccino", "energy drink", "energy drinks", "tea", "green tea",
		"beer", "beers", "wine", "alcohol", "drinks", "drinking", "hungover", "hangover", "lot of water", "lots of water",
		"drank water", "drinking water", "diuretic", "diuretics", "water pill", "water pills", "asparagus",
		"uti", "utis", "urinary infection", "urinary tract infection", "bladder infection", "antibiotics"}},
	{"exertion", kindContext, "exercise or training", []string{
		"leg day", "gym", "workout", "work out", "worked out", "working out", "training", "squat", "squats", "squatting", "deadlift",
		"deadlifts", "deadlifting", "run", "running", "ran", "marathon", "hike", "hiking", "hiked", "exercise", "exercising",
		"bench press", "benching", "cardio", "sprint", "sprints", "spin class", "crossfit", "lifting weights", "=weights", "sports", "game",
		// Running events: "after a 10k", "training for a half marathon".
		"10k", "5k", "=21k", "=42k", "half marathon", "ultramarathon", "triathlon", "parkrun", "fun run", "jog", "jogging", "jogged",
		"soccer", "hockey", "basketball", "football", "yoga", "pilates", "cycling", "=climbing", "=climbed", "rock climbing", "bouldering", "moving house", "gardening", "shoveling", "shovelling",
		"dance floor", "dancing", "danced", "dance", "laughing so hard", "laughed so hard",
		// A cramp explains a sore, tender calf.
		"got cramp", "got a cramp", "had a cramp", "cramped up", "charley horse", "charlie horse", "swimming", "swim",
		// A leg workout in gym words, and the soreness named after it: "hit
		// legs yesterday", "a heavy leg session", "DOMS".
		"^hit legs", "^trained legs", "^training legs", "legs day", "leg session", "leg sesh", "leg workout", "leg training",
		"leg press", "lunges", "box jumps", "wall sits", "hiit", "bootcamp", "boot camp", "tryouts", "training session",
		"doms",
		// Paddling and rowing, and a class's drills: arms, shoulders and
		// chest sore after them are the muscles'.
		"kayaking", "kayak", "paddling", "paddled", "paddle boarding", "canoeing", "canoe", "rowing", "rowed",
		"burpees", "burpee",
		// The gym's machines: "legs like jelly after the stairmaster".
		"stairmaster", "stair master", "stair climber", "stepper", "treadmill", "elliptical", "cross trainer",
		"rowing machine", "peloton", "spin bike", "spinning class", "kettlebell", "kettlebells"}},
	{"chest-workout", kindContext, "a chest workout", []string{
		"bench", "bench press", "benching", "push ups", "pushups", "push up", "press ups", "pressups", "press up", "burpees", "burpee", "planks", "chest day", "pecs", "pec", "chest fly", "flys",
		"dips", "chest workout", "pull ups", "pull up", "pullups", "pullup", "chin ups", "chin up", "chinups", "muscle ups", "pulled muscle", "pulled a muscle", "strained muscle", "coughing fit", "rib muscle",
		"coughing", "cough", "chest cold", "common cold", "from cold",
		// Chest wall pain: a muscle, sore when pressed.
		"chest muscle", "chest muscles", "muscle in chest", "on the muscle", "pulled pec", "strained pec", "pec strain",
		"rib strain", "intercostal", "costochondritis", "sore when press", "hurts when press", "pain when press", "tender when press"}},
	{"long-position", kindContext, "a long time in one position", append([]string{
		"too long", "for hours", "long drive", "long flight", "fell asleep", "falls asleep", "falling asleep",
		"goes to sleep", "went to sleep", "go to sleep", "cross legged", "crossed legs", "kneeling", "slept on", "sleeping on",
		"bike seat", "cycling", "bike ride", "desk", "driving", "hard bench", "bleachers",
		"sitting all day", "sit all day", "sat all day", "sitting for hours", "after sitting", "sitting long", "long sitting",
		// A car ride is a long sit; a wallet in a back pocket or a
		// chair's edge presses on the buttock or the back of the thighs.
		"in the car", "in my car", "car ride", "car rides", "wallet", "back pocket", "office chair",
		"edge of chair", "edge of my chair", "edge of the chair", "edge of seat", "edge of the seat", "chair edge", "seat edge"},
		cross("on in at", "couch", "the couch", "my couch", "a couch", "sofa", "the sofa", "my sofa", "chair", "a chair", "the chair", "my chair")...)},
	{"positional", kindContext, "sitting or lying in one position", append([]string{
		"meditating", "meditate", "meditation", "lotus position", "sitting on floor",
		"sitting", "sit", "seated", "sat on", "cross legged", "crossed legs", "crossing legs", "legs crossed", "leg crossed", "kneeling", "kneel", "knelt", "asleep",
		"fell asleep", "falls asleep", "falling asleep", "slept on", "sleeping on", "desk", "sit on toilet",
		"sitting on toilet", "driving", "long drive", "bike seat", "went to sleep", "goes to sleep", "go to sleep", "too long", "long flight", "on plane", "plane ride",
		// Crouching down, or lying on one side on an arm.
		"squatting low", "squatting down", "squat down", "crouching", "crouched", "crouch", "lying on my side", "lie on my side", "on my side",
		// A posture held, named as such: "sat in a weird position".
		"weird position", "awkward position", "funny position", "odd position", "same position", "one position",
		"in the car", "in my car", "car ride", "wallet", "office chair", "edge of my chair", "edge of the chair"},
		cross("on in at", "couch", "the couch", "my couch", "a couch", "sofa", "the sofa", "my sofa", "chair", "a chair", "the chair", "my chair")...)},

	// ---- time
	{"recent", kindRecent, "now or recently", concat([]string{
		"hour ago", "hours ago", "minutes ago", "min ago", "mins ago", "this morning", "today", "tonight", "last night",
		"yesterday", "just now", "this week", "few days", "days ago", "couple days", "right now", "currently",
		"this afternoon", "this evening", "earlier", "now", "last week", "weeks ago", "week ago", "2 days", "3 days", "new", "started", "starting", "began", "recently", "lately",
		// What is getting worse is happening now.
		"getting worse", "keeps getting worse", "gets worse", "worse and worse"},
		// A span of days or weeks that runs up to now: "for about three
		// weeks", "the past few days". The phrases start with the number,
		// not with the common "for".
		cross("2 3 4 5 6 7 8 9 10 11 12 13 14 two three four five six seven eight nine ten", "days", "weeks"),
		// A day of this week: "on Monday", "since Thursday".
		cross("on since this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tues", "wed",
			"thurs", "fri", "sat", "sun", "weekend"))},
	{"past", kindPast, "long ago", concat([]string{
		"a month ago", "in january", "in february", "in march", "in april", "in may", "in june", "in july",
		"in august", "in september", "in october", "in november", "in december", "last spring", "last summer", "last fall",
		"last winter", "last autumn", "when i was", "when he was", "when she was", "long healed", "=healed", "fully healed",
		"years ago", "year ago", "yrs ago", "last year", "decade", "decades", "long time ago", "long ago", "months ago", "month ago",
		"as kid", "as child", "as teenager", "when young", "when little", "when kid", "when child", "when teenager", "high school",
		"in college", "^old injury", "^old accident", "^old crash", "^old fall", "used to", "in past years",
		// An accident named old in its other words: "my old car wreck", "an old collision".
		"^old wreck", "^old car wreck", "^old collision", "^old car collision", "^old whiplash", "^old pileup",
		"^old car accident", "^old sports injury", "^old work injury",
		"ages ago", "childhood", "still aches", "still sore", "still stiff", "last season", "previous season", "season before last",
		// No phrase here holds "back": with a word stepped over, "years
		// back" or "back in the day" would read "for years my back" or "my
		// back aches day and night" as the past.
		"as teen", "when i was younger", "as kids", "as teens", "as children",
		// School and youth named short: "tackled hard in hs football".
		"in hs", "hs football", "hs soccer", "hs hockey", "highschool", "in uni", "in university", "in my teens",
		"in my twenties", "in my 20s", "in my thirties", "in my 30s", "in my forties", "in my 40s", "in my fifties",
		"in my 50s", "at university", "at uni", "at college", "in my youth",
		"summers ago", "winters ago", "springs ago", "seasons ago", "some time ago", "a while ago", "while ago",
		"years and years ago", "once upon a time",
		// "Back" as the time before now, only word after word: "a few
		// years back", never "for years my back".
		"^years back", "^year back", "^months back", "^while back", "^ages back", "^long time back", "^decade back"},
		// Growing up together, not "when we were driving home".
		cross("when we were", "kids", "teens", "teenagers", "little", "young", "younger", "children", "in school"),
		cross("when they were", "kids", "teens", "teenagers", "little", "young", "younger", "children", "in school"))},

	// "Last month" dates an event ("got rear-ended last month"), never a
	// symptom: "numb since last month", "lost weight last month" are
	// told as they are (see placeInTime).
	{"event-past", kindPast, "last month, for an event", []string{"last month"}},
	{"ongoing-since", kindPast, "ongoing since", []string{"since"}},
	{"ever-since", kindPast, "ongoing ever since", []string{"ever since", "since then", "ever since then"}},

	// ---- what the message asks
	{"hypothetical", kindCue, "a general question", []string{
		"warning signs", "warning sign", "red flags", "red flag", "signs of", "symptoms of", "sign of", "symptom of",
		"watch out for", "look out for", "watch for", "what look for", "things look for", "signs look for",
		"symptoms look for", "look for signs", "look for symptoms", "when should worry", "when worry", "when to worry",
		"what if", "if ever", "if get", "if someone", "if person", "if you have", "if you get", "^if your", "someone who has",
		"people who have", "people with", "hypothetically", "something to worry about", "is that true", "is it true",
		"is that a myth", "is it a myth", "myth or fact", "myth or true", "just a myth",
		"just curious", "out of curiosity", "how do know", "how know if", "how would know",
		"what counts as", "what are signs", "what symptoms", "which symptoms", "what kind of symptoms",
		"worried if", "worry if", "emergency if", "serious if", "concerned if", "in case", "what would happen if",
		"what happens if", "read that", "i heard", "heard that", "googled", "read about", "article", "should i worry about",
		"when is", "when does", "list of", "what would", "supposed to", "could happen", "would mean", "does it mean",
		"do people", "can people", "should people", "people get", "for people", "anyone who", "someone who", "those who",
		// What is said of a kind of case: "why do they say a swollen calf shouldn't be massaged".
		"why do they say", "why do people say", "why does everyone say",
		// What people describe of a condition: "when people talk about aneurysms they mention ...".
		"people talk about", "people mention", "people describe", "they always mention",
		"patients who", "clients who", "is it common",
		// What people say massage does: "ppl say massage helps after a car
		// accident". What they say of someone's body ("people say my calf
		// looks swollen") is still told.
		"^people say massage", "^people say massages", "^people say that massage", "^everyone says massage",
		"^people always say massage",
		// What massage would keep away: "is massage good for preventing sciatica".
		"preventing", "prevent", "prevents", "prevention",
		// Someone else's post, quoted: "someone in discord said ...".
		"someone in discord", "someone on discord", "someone on reddit", "someone online", "someone posted", "someone wrote",
		"somebody posted", "a post said", "saw a post", "read a post",
		// Fiction and play: "a character in my story has ...".
		"writing story", "writing a story", "writing book", "writing a book", "writing novel", "character",
		"fiction", "screenplay", "roleplay", "role play", "do you know what", "anyone know what", "what exactly is", "heard of", "heard about", "ever heard", "got curious", "curious about", "school project", "for a project", "for an essay", "for class",
		// Learning about it: a first aid course, an exam, homework.
		"first aid", "first aider", "cpr course", "cpr class", "homework", "assignment", "textbook", "studying for",
		"course on", "lecture on", "module on", "health class", "for my exam", "for an exam", "for a quiz",
		// A kind of client, as a therapist asks: "would you massage a client with a fever?".
		"a client with", "clients with", "a patient with", "patients with",
		// Material made for others: "writing a safety poster", "a handout for our studio".
		"poster", "handout", "leaflet", "pamphlet", "brochure", "flyer", "infographic", "blog post", "for my blog",
		// What such material lists: "we want to list things like numbness".
		"list things", "list signs", "list symptoms", "list the signs", "list the symptoms", "^to list",
		// What the clinic asks every client: "why do rmts ask about osteoporosis",
		// "why is bladder trouble on the intake form", "do you screen for clots".
		"why ask about", "why ask if", "why asks about", "ask about on form", "intake form", "health form",
		"health history form", "screen for", "screen clients for", "screen people for", "screening for",
		// What the clinic asks about: "do RMTs ask about cancer history?".
		"do rmts ask about", "do therapists ask about", "do you ask about", "does clinic ask about", "do clinics ask about",
		"rmts ask about", "therapists ask about",
		// Whether a thing can happen to anyone: "could someone have a heart attack and feel it in the back?".
		"could someone have", "can someone have", "could a person have", "can a person have", "could somebody have",
		"can somebody have", "is it possible to have",
		// Telling two things apart: "how do you tell a knot from a clot?".
		"how do you tell", "how can you tell", "how to tell", "how you tell", "how would you tell", "tell difference",
		// Where it was read: "read it somewhere".
		"read it somewhere", "read somewhere", "saw it somewhere", "read it online"}},
	// A denial after the symptoms, NegEx's post-negation: "is numbness in
	// the groin a red flag? I don't have it", "not the case, just curious".
	{"denial-after", kindCue, "a denial of what was said before", []string{
		"^not have it", "^not have that", "^not have this", "^not have those", "^i not have one", "^i do not have one", "^not have any of that",
		"^not have any of those", "^not have any of it", "^none of that", "^none of those", "^not happening to me",
		"^not the case", "^not just want to know", "^not i just want to know", "^not i am just asking", "^not i am just curious",
		"^not just asking", "^not just curious", "^not just wondering", "^not that i have", "^not that i do",
		// Only with "of those" or "of them": "I have neither a car nor a ride"
		// after a report denies nothing.
		"^have neither of those", "^have neither of them", "^have neither of these", "^not have either of those",
		"^not have either of them", "^have none of those", "^have none of these", "^none of these", "^not have any of these",
		// Not "asking generally", "none of us (have)" or "nobody here":
		// after a report they deny nothing ("both legs numb and I can't
		// pee, asking in general what to do"; "my son's legs are numb, none
		// of us have a clue what to do").
		// A game or a dream: "I was hit by a car... in Mario Kart".
		"^in mario kart", "^in a video game", "^in video game", "^in the video game", "^in fortnite", "^in gta",
		"^in minecraft", "^in my dream", "^in a dream", "^in my dreams",
		// A joke or a figure of speech owned up to: "giving me chest pains lol jk".
		"^jk", "^just kidding", "^only kidding", "^just joking", "^only joking", "^figuratively", "^figurative sense",
		// Not "no joke" or "joke lol": "can't feel my legs, no joke" owns up to nothing.
		"^haha joke", "^lol joke", "^lmao joke", "^just a joke", "^only a joke", "^was joking", "^am joking",
		// A case only supposed, then owned up to: "if I fell off a ladder ... not planning on it".
		"^not planning on it", "^not planning on that", "^not planning to", "^not that i plan to", "^not that i am planning",
		"^not literally", "^metaphorically"}},
	// A question about a name, not a report: "what's cauda equina?",
	// "my prof said foot drop is a red flag". It makes the name that
	// follows it only talked about (see termQuestions).
	{"term-question", kindCue, "a question about a medical term", []string{
		"whats", "what is", "what are", "what exactly", "difference between", "presentation on", "presentation about",
		"info on", "information on", "information about", "prof said", "professor said", "teacher said", "instructor said",
		"lecturer said", "textbook says", "learned about", "learning about", "studying", "explain what", "define", "definition of",
		"tiktok", "youtube", "podcast", "documentary", "saw it on", "saw on", "read that", "heard that", "^i read", "^i heard"}},
	// A symptom said to be over: "my leg gave out once but it's fine now".
	// "fine now" and its like count only after "it", "they", "all" or
	// "everything" (see resolvedSubject): "my back is fine now" resolves
	// nothing before it.
	{"resolved-phrase", kindCue, "a symptom said to be over", []string{
		"^fine now", "^ok now", "^okay now", "^alright now", "^normal now", "^good now", "^back to normal", "^fine since",
		"^fine ever since", "^over it now", "^all over it", "^got over it", "^fine after that", "^fine afterwards", "^fine after", "^been fine since", "^been fine ever since",
		"^not happened since", "^not happened again", "^never happened again", "^only happened once", "^one time thing",
		"^a one off",
		// Well or normal since, or never since: "totally normal since", "fine
		// after a rest and never since". Not "never came back", "not since"
		// or a bare "never since", which may tell a feeling not returned.
		"^normal since", "^normal ever since", "^been normal since", "^ok since", "^okay since", "^ok ever since",
		"^been ok since", "^been okay since", "^and never since", "^never again since",
		// Recovered, with or without its adverb: "it was the flu, fully recovered now".
		"^fully recovered", "^recovered fully", "^all recovered", "^completely recovered", "^made a full recovery"}},
	// A conditional puts all of its clause in the hypothetical, not only
	// the first concept after it: "what if my back pain came with a fever".
	{"conditional", kindCue, "a question about what if", []string{
		"what if", "what happens if", "what would happen if", "say someone", "say somebody", "imagine if",
		"if ever", "if someone", "if somebody", "if a person", "if a client", "if a patient", "hypothetically",
		// Supposing a case: "suppose a client had chest pain on the table", "say a person had a fever".
		"suppose a", "suppose someone", "suppose somebody", "supposing a", "supposing someone", "say a person", "say a client", "say a patient", "lets say", "let us say",
		"imagine someone", "imagine a client", "imagine a person"}},
	// A general cue makes a message with no person in it a general
	// question ("is numbness in the legs ever an emergency?"); unlike a
	// hypothetical it covers nothing after it, so "is it an emergency if
	// my legs are numb" still counts.
	{"general-cue", kindCue, "a question in general", []string{
		"ever an emergency", "ever serious", "ever dangerous", "ever a sign", "ever a red flag", "ever normal", "how serious",
		// How often it happens: "is that common?", "how common is it".
		"is that common", "is this common", "how common",
		"can be serious", "be a sign", "be a bad sign", "a bad sign", "a worrying sign", "a serious sign", "sign of something", "in general", "generally", "ever mean", "how worried", "how dangerous", "cause", "risk of", "mean", "what does",
		// What is done about a kind of case: "your policy on chest pain".
		"policy", "policies",
		// Who in general should not have a massage: "are there people who
		// shouldn't get deep tissue?".
		"people who should not", "people who shouldnt", "anyone who should not", "anyone who shouldnt",
		"people who can not", "people who cant", "who should avoid", "people who should avoid", "turn people away", "turn away people", "turn clients away", "turn away clients", "intake form",
		// How serious it is, in lay words: "is a fever with back pain a big deal?".
		"big deal", "a big deal", "an emergency",
		// A question framed as trivia or wonder, or for something written
		// for others: "quick trivia: can a heart attack feel like ...",
		// "that sounds wild", "for our office newsletter".
		"trivia", "pub quiz", "quiz question", "fun fact", "newsletter", "just wondering", "only wondering",
		"sounds wild", "sounds crazy", "sounds unreal", "sounds insane", "is that legit", "is that real"}},
	{"safety-question", kindCue, "a question about whether it is safe", []string{
		"safe", "safely", "safety", "unsafe", "ok", "okay", "alright", "advisable", "advised", "allowed", "=recommended",
		"risk", "risky", "risks", "danger", "dangerous", "harm", "harmful", "contraindicated", "contraindication",
		"contraindications", "avoid", "careful", "good idea", "bad idea", "wise", "appropriate", "precautions",
		"make worse", "make it worse", "damage", "any restrictions", "restrictions for", "restrictions on",
		// Whether the situation changes anything: "does that change anything",
		// "is it a problem for massage", "can I still get deep tissue".
		"change anything", "changes anything", "affect", "affects", "affecting", "problem for", "issue for", "matter", "matters", "precaution", "should know", "need to know", "side effects", "side effect",
		"ok with", "okay with", "fine with", "ok on", "okay on", "fine on", "still get", "still have", "still do", "still go",
		"still book", "still come", "still ok", "still okay", "still safe", "still fine", "still allowed",
		// Whether it is too much for the person: "is deep tissue too much".
		"be a problem", "be problem", "going to be a problem", "be an issue", "cause problems", "cause issues", "cause a problem",
		"too much", "too hard", "too intense", "too rough", "too deep", "too strong", "too risky", "too aggressive",
		// A harm asked about: "could it drop my blood pressure too low".
		"too low",
		// Whether massage and a medicine or a treatment get along: "does
		// it clash with my meds", "interact with my pills".
		"clash", "clashes", "clash with", "interact", "interacts", "interaction", "interactions", "interfere", "interferes",
		"conflict with"}},
	// A question whether the person (or the one they ask for) may have a
	// massage: what turns a situation named in passing into a caution.
	{"permission", kindCue, "a question whether a massage may be had", append([]string{
		"when can", "how soon", "how long wait", "how long after", "how long before", "how long should", "should wait",
		"should cancel", "should avoid", "should skip", "should stop", "wait before", "wait until", "any reason",
		"anything should know", "anything to avoid", "you massage", "you work on", "you do massage", "you treat", "you see",
		"you take", "massage him", "massage her", "massage them", "massage kids", "massage children", "massage a child",
		"massage a baby", "massage babies", "get massage", "getting massage", "get a massage", "have massage", "book massage",
		"booking massage", "for kids", "for children", "for a child", "for my son",
		"for my daughter", "for my kid", "for my baby", "good for kids", "good for children", "good for a child", "ok for kids",
		"suitable", "appropriate", "too young", "too old", "old enough", "young enough", "leave bruises", "leave bruise", "leave marks",
		"bruise me", "bruise her", "bruise him", "will bruise", "it bruise", "cause bruising", "cause bruises",
		// Whether the therapist may work on or around the place: "can they
		// massage around it", "should they avoid that area".
		"they massage", "they work on", "massage around", "work around", "massage near", "work near", "massage over",
		"avoid area", "avoid that area", "avoid that spot", "stay away from", "go around it", "work on that"},
		cross("can could should may", "get", "have", "book", "come", "come in", "start", "still", "go", "try", "do")...)},
	// A condition under control or a doctor's go-ahead: with no question
	// whether massage is safe, the situation makes no caution.
	// A situation ruled out: "a slipped disc scare but the mri was clear".
	// It clears the situations named just before it (see
	// situationsCleared). Not "healed" or "recovered": a fracture or an
	// operation that healed is still the therapist's to ask about.
	{"ruled-out", kindCue, "a condition ruled out", []string{
		"mri was clear", "mri clear", "mri came back clear", "mri came back normal", "scan was clear", "scan clear",
		"scan came back clear", "scan came back normal", "xray was clear", "xray clear", "x ray was clear", "x ray clear",
		"xray came back clear", "came back clear", "came back normal", "came back negative", "=ruled out",
		"turned out to be nothing", "turned out fine", "false alarm",
		// The part a scan looked at found well: "had an mri, disc is fine".
		"disc is fine", "discs are fine", "disc was fine", "discs were fine", "disc looks fine", "discs look fine",
		"disc looked fine", "discs looked fine", "disc is normal", "discs are normal", "spine is fine", "spine was fine",
		"spine looks fine", "spine looked fine", "spine is normal",
		// The bones a density scan looked at found well: "my bones are fine".
		"bones are fine", "bones were fine", "bones are normal", "bones are healthy", "bone density normal",
		"bone density fine", "bone density is normal", "bone density was normal"}},
	// A clinician's finding that the worry was nothing serious, after a
	// check: "the ultrasound showed no clot", "doc said it's a strained
	// muscle", "turned out to be anxiety after a full cardiac workup". It
	// clears what was told before it when the message also names the check
	// (see clearedByClinician); a red flag told after it still counts.
	{"clinician-verdict", kindCue, "a doctor's finding that it was nothing serious", []string{
		"showed no", "showed nothing", "found no", "found nothing", "no sign of", "no signs of",
		"no clot", "no clots", "no blood clot", "no dvt", "no fracture", "no fractures", "no break", "nothing broken",
		"both negative", "all negative", "were negative", "was negative", "tests negative", "test negative", "came back fine",
		"was normal", "were normal", "all normal", "normal aorta", "aorta normal", "aorta was fine", "aorta is fine",
		"heart was fine", "heart is fine", "heart fine", "nothing wrong", "nothing serious", "nothing to worry",
		// The heart ruled out: "it was not my heart, it was reflux"; and the
		// other red flags' conditions: "hormonal, not an infection".
		"not my heart", "not the heart", "not heart related", "not cardiac", "not heart attack", "not a heart attack",
		"not an infection", "not infection", "not a clot", "not clot", "not a dvt", "not a fracture", "not broken",
		"not cancer", "not anything serious",
		// Everything a check looked at found well: "got checked, everything was fine".
		"everything was fine", "everything is fine", "everything came back fine", "everything was normal",
		"everything came back normal", "all came back normal", "all came back fine",
		// The heart found well, the muscles named instead: "the cardiologist
		// said my heart is perfect and it's the muscles".
		"heart is perfect", "heart was perfect", "heart perfect", "heart is healthy", "heart was healthy", "heart is good",
		"said muscles", "said muscle", "said muscular", "all clear",
		"turned out to be", "turned out it was", "said it was just", "said its just", "said it is just", "said its a",
		"said it was a", "said it is a", "it was just a", "was only a", "just a cold", "only a cold",
		"strained muscle", "pulled muscle", "muscle strain", "cleared me", "cleared for massage", "signed off",
		// Only a go-ahead someone gave: "is massage ok?" asks for one.
		"said massage is fine", "said massage is ok", "said massage fine", "said massage ok", "says massage is fine",
		"says massage is ok", "said fine for massage", "said ok for massage", "said ok to massage",
		"they said yes", "said yes", "said i was fine", "said i am fine", "said im fine", "ruled out",
		// "my doctor says that's normal", "the GP said it was harmless".
		"says normal", "said normal", "say normal", "says harmless", "said harmless", "says nothing to worry", "said nothing to worry",
		// A finding told in the clinician's lay words: "nothing sinister", "nothing concerning".
		"nothing sinister", "nothing concerning", "nothing alarming", "nothing dangerous", "nothing bad",
		// A test's result told as clean or normal: "bloodwork normal", "the
		// follow-up test was clean", "x-ray normal", "ct totally clean".
		"bloodwork normal", "blood work normal", "bloods normal", "blood tests normal", "blood test normal",
		"bloodwork fine", "bloods fine", "bloodwork clear", "bloods clear", "xray normal", "x ray normal",
		"xrays normal", "x rays normal", "scan normal", "mri normal", "ct normal", "test clean", "tests clean",
		"came back clean", "scan clean", "ct clean", "xray clean", "x ray clean", "totally clean", "all clean",
		"no infection", "no sign infection", "no signs infection",
		// A common, harmless cause named as the finding: "it was the flu",
		// "tested positive for covid", "it's menopause", "it was low b12".
		"was the flu", "was just the flu", "was flu", "was just flu", "is the flu", "is flu", "only the flu",
		"positive for flu", "positive for covid", "was covid", "was just covid", "is covid",
		"was a virus", "was just a virus", "is a virus", "viral infection",
		"was menopause", "were menopause", "is menopause", "are menopause", "just menopause", "due to menopause",
		"low b12", "b12 deficiency", "low iron", "low vitamin d", "vitamin deficiency"}},
	{"managed", kindCue, "a condition under control", []string{
		"well controlled", "under control", "well managed", "managed by", "managed with", "^is managed", "^being managed",
		"^is controlled", "^is well controlled",
		"controlled with", "controlled by", "stable for years", "cleared for massage", "cleared me for",
		"got cleared", "doctor cleared", "doctor okayed", "doctor approved", "approved by", "no restrictions",
		"go ahead from", "given go ahead", "gave go ahead", "green light", "doctor says fine", "doctor said fine",
		"doctor says ok", "doctor said ok", "doctor is fine with",
		// A clinician's go-ahead told as what they said of massage: "my oncologist says massage is fine for me".
		"says massage is fine", "said massage is fine", "says massage is ok", "said massage is ok", "says massage is okay",
		"said massage is okay", "says massage is safe", "said massage is safe",
		// The go-ahead as told, in its order ("massage is totally fine for
		// me"), so that "is massage fine for me?" stays a question.
		"^massage is totally fine", "^massage is completely fine", "^massage is perfectly fine", "^massage is fine for me",
		"^massage is ok for me", "^massage is okay for me", "^massage is safe for me",
		"^and massage is fine", "^and massage is ok", "^so massage is fine", "^so massage is ok",
		"said go ahead", "says go ahead", "said to go ahead", "says to go ahead", "told me to go ahead",
		// A go-ahead in other words: "the surgeon signed off on massage",
		// "gave me the ok", "okayed it" (not "signed off work": a sick note).
		"^signed off on", "okayed massage", "okayed it", "okayed me", "^gave me the ok", "^gave me the okay", "^gave the ok",
		"^gave the okay", "^got the ok", "^got the okay", "^given the ok", "^given the okay",
		// A condition found settled: "the disc bulge is old and stable".
		"old and stable", "fully recovered", "recovered fully", "fine since", "no issues since",
		"no problems since",
		// Stable for long, healed, discharged: "stable for decades", "fully discharged", "cancer free for 15 years".
		"stable for decades", "been stable", "stable for ages", "doctor not worried", "doctor is not worried",
		"doctor not concerned", "healed completely", "completely healed", "fully healed", "fully discharged",
		"discharged from", "cancer free", "all clear", "in remission for years",
		// Nothing new about it, told with a booking: "same as always, nothing new", "12 years clear, no new aches".
		"nothing new", "nothing changed", "nothing has changed", "nothing is changed", "same as always", "same as ever",
		"no new pain", "no new aches", "no new symptoms", "years clear", "clear for years",
		// A pregnancy told as going well: "just normal aches, nothing weird", "a healthy pregnancy".
		"normal aches", "usual aches", "normal pregnancy aches", "usual pregnancy aches", "nothing weird", "healthy pregnancy",
		"uncomplicated pregnancy", "low risk pregnancy", "normal pregnancy",
		// A client the clinic knows already: "rebook his regular session", "the therapist already knows".
		"rebook", "rebooking", "already knows", "already know", "already comes", "already come", "already a client",
		"already a patient", "usual appointment", "usual session", "regular appointment", "regular session",
		"regular monthly session", "same therapist", "from his file", "from her file", "on file", "in his file", "in her file"}},
	// The person said to be in good health: "grandpa is 88 and healthy".
	// An older person or a child named only in passing is then no frail
	// elder or infant to be cautious for.
	{"good-health", kindCue, "in good health", []string{
		"healthy", "fit and healthy", "in good health", "in great health", "in great shape", "in good shape", "very fit",
		"very active", "no health problems", "no health issues", "no medical issues", "no medical problems",
		"no medical conditions", "no health conditions",
		// Lay words and sayings for an elder in good form: "strong like a bull", "she's chipper".
		"chipper", "spry", "sprightly", "going strong", "still strong", "strong like bull", "strong as bull", "strong as ox",
		"fit as fiddle", "sharp as tack"}},
	// The clinic's own massage for pregnancy named as a service: asking
	// whether it is offered, what it costs or who gives it is no question
	// whether massage is safe (see caution).
	{"named-service", kindCue, "a massage for pregnancy named as a service", []string{
		"prenatal massage", "prenatal massages", "pregnancy massage", "pregnancy massages", "maternity massage",
		"maternity massages", "prenatal rmt", "prenatal rmts", "prenatal therapist", "prenatal therapists",
		"specialise in prenatal", "specialize in prenatal", "do prenatal", "offer prenatal", "massage for pregnancy",
		"massages for pregnancy", "offer for pregnancy", "types for pregnancy", "kinds for pregnancy"}},
	// The asker says the situation is nobody's they know: with a question
	// out of curiosity it makes no caution ("is that right in general? it's
	// not for me, I'm just curious").
	{"not-mine", kindCue, "a situation said to be nobody's the asker knows", []string{
		"^not for me", "^nobody i know", "^no one i know", "^noone i know", "^fine myself", "^not asking for me",
		"^not asking for myself", "not have any problems myself", "not have one myself", "not have it myself",
		"^none of us have", "^none of us has", "^nobody here has",
		// The asker well, or asking as a student: "not me tho", "i have
		// nothing wrong", "i'm studying kinesiology".
		"^not me", "^nothing wrong with me", "^i have nothing wrong", "^i am studying", "^im studying", "^i am a student",
		"^im a student", "^for a class", "^for my class", "^for school",
		// The asker free of what someone else had: "I have no symptoms",
		// "no problems like that", "I've only ever had a normal sore back".
		"^i have no symptoms", "^no symptoms myself", "^i have no problems", "^no problems like that", "^no issues like that",
		"^never had anything like that", "^i have only ever had", "^ive only ever had"}},
	{"ask-words", kindCue, "a question about getting a massage", []string{
		"should", "can", "could", "still get", "still have", "still come", "still book", "still go", "still do", "still ok",
		"able", "fine to", "is it fine", "be fine", "fine for", "hurt", "bad", "worried", "worry", "concern", "concerned", "recommend"}},
	{"massage-context", kindCue, "massage", []string{
		"massage", "massages", "massaging", "masseuse", "masseur", "rmt", "therapist", "session", "treatment", "deep tissue",
		"swedish", "rolfing", "trigger point", "myofascial", "book", "booking", "appointment", "worked on", "work on",
		"lie stomach", "lie on stomach", "lying on stomach", "face down", "pressure", "rub", "rubbed", "knead"}},
	{"medication-decision", kindCue, "a decision about medication", []string{
		"stop", "stopping", "quit", "quitting", "halve", "cut in half", "cut half", "cut back", "cut down", "reduce", "reducing",
		"skip", "skipping", "replace", "replacing", "wean", "taper", "should take", "should i take", "when take", "timing",
		"before or after", "need less", "less meds",
		"stop taking", "stopped taking", "quit taking", "come off", "coming off", "get off", "go off", "ditch",
		"replace medication", "replace meds", "replace pills", "replace my", "instead of medication", "instead of meds",
		"instead of pills", "instead of my", "instead medication", "instead meds", "instead pills", "reduce dose",
		"lower dose", "cut back meds", "wean off", "off meds", "off my meds", "off medication", "no longer need",
		"^dont need my", "^do not need my", "^wont need my", "^will not need my", "^not need my", "can take", "can i take", "ok to take", "okay to take", "safe to take", "fine to take", "alright to take", "good to take", "bad to take", "take before", "take after", "mess with", "interact", "interacts",
		"interaction", "interfere", "interferes",
		// Doing something while on a medicine: "can I drink while on my meds".
		"while on", "while taking", "whilst on", "whilst taking", "when on"}},
	{"medicine", kindCue, "medicine", []string{
		"meds", "medication", "medications", "medicine", "medicines", "pills", "pill", "tablets", "prescription", "prescriptions",
		"dose", "dosage", "drugs", "insulin", "antidepressants", "antidepressant", "painkillers", "bp meds", "blood pressure meds", "blood pressure medication", "blood pressure medicine", "bp medication", "bp medicine",
		"heart medication", "cholesterol medication", "thyroid medication",
		"gabapentin", "pregabalin", "lyrica", "opioids", "opioid", "oxycodone", "percocet", "tramadol", "codeine", "morphine",
		"hydromorphone", "dilaudid", "ibuprofen", "advil", "motrin", "tylenol", "acetaminophen", "naproxen", "aleve", "celebrex",
		"muscle relaxant", "muscle relaxants", "cyclobenzaprine", "flexeril", "metformin", "statin", "statins", "ssri", "ssris",
		"sertraline", "zoloft", "prozac", "fluoxetine", "lexapro", "escitalopram", "cymbalta", "duloxetine", "amitriptyline",
		"lisinopril", "amlodipine", "beta blocker", "beta blockers", "inhaler", "thyroid meds", "levothyroxine", "birth control",
		"lipitor", "atorvastatin", "crestor", "rosuvastatin", "simvastatin", "synthroid", "norvasc", "losartan", "metoprolol", "hydrochlorothiazide",
		"adderall", "ritalin", "xanax", "ativan", "valium", "diazepam", "lorazepam", "clonazepam", "wellbutrin", "effexor", "venlafaxine", "seroquel",
		"abilify", "lithium", "naprosyn", "voltaren", "diclofenac", "meloxicam", "robaxin", "methocarbamol", "baclofen", "tizanidine", "nexium", "omeprazole",
		"blood pressure pills", "bp pills", "cholesterol meds", "cholesterol pills", "heart meds", "water pills", "sleeping pills", "cbd", "edibles", "chemo pills", "hrt", "suboxone", "methadone", "hydrocodone", "vicodin", "norco", "nsaid", "nsaids", "painkiller",
		"prednisone", "prednisolone", "steroids", "steroid", "cortisone", "dexamethasone", "methylprednisolone", "medrol",
		"sleeping tablets", "sleep meds", "anxiety meds", "antibiotics", "antibiotic", "antihistamine", "antihistamines",
		"immunosuppressant", "immunosuppressants", "immune suppressant", "immune suppressants"}},

	// ---- phrases that contain a concept's word without meaning it
	// Names and figures of speech built on a symptom's or an accident's
	// word: hay fever is an allergy, cabin fever boredom, a fever pitch
	// excitement; a fever that broke is over; a chest tight with
	// excitement or grief, a heart that skipped a beat at a price, falling in love
	// and a week that was a car crash are feelings; a wind that blows is
	// weather; a thing dropped or tripped over is no fall of the person.
	{"figure-of-speech", kindBlock, "", concat([]string{
		// Puzzled is no confusion of the mind: "confused about which one to book".
		"confused about", "confused by", "confused as to", "confused over", "confused which", "confused what", "confused how",
		"confused why", "confused whether", "confused if", "confusion about", "confusion over", "confusion with booking",
		// A drill, a film or a car part named for suicide, and killing
		// oneself told of laughter, work or a near miss: no thought of it.
		"suicide lines", "suicide squad", "suicide door", "suicide doors", "suicide squeeze",
		"killing myself laughing", "kill myself laughing", "killed myself laughing", "nearly killed myself",
		"almost killed myself", "nearly kill myself", "almost kill myself", "killing myself at work", "killing myself at gym",
		"killing myself in gym", "killing myself working", "killing myself training", "killing myself with work",
		"killing myself at job", "killing myself to finish", "killing myself for exams",
		"hang myself upside down", "hanging myself upside down", "hang myself from bar", "hanging myself from bar",
		"hang myself on bar", "hanging myself on bar", "hang myself inversion", "hanging myself inversion", "reason to live with",
		"want to die of embarrassment", "wanted to die of embarrassment", "want to die laughing", "wanted to die laughing",
		// Roofing shingles are no rash: "hauling shingles up ladders".
		"roof shingles", "roofing shingles", "asphalt shingles", "cedar shingles", "hauling shingles", "carrying shingles",
		"laying shingles", "installing shingles", "bundles of shingles", "bundle of shingles", "shingles up ladder",
		"shingles up ladders", "shingles on roof", "shingles off roof", "replacing shingles", "new shingles",
		"hay fever", "cabin fever", "spring fever", "fever pitch", "fever dream", "fever dreams", "saturday night fever",
		// A craze is a fever only in name: "baby fever", "booking fever".
		"baby fever", "booking fever", "shopping fever", "playoff fever", "playoffs fever", "holiday fever", "travel fever",
		"football fever", "hockey fever", "soccer fever", "world cup fever", "gold fever", "disco fever", "massage fever", "spa fever",
		"dance fever", "dancing fever", "party fever", "festival fever", "wedding fever", "christmas fever", "gym fever",
		"fitness fever", "yoga fever", "pilates fever", "marathon fever", "concert fever",
		// A fever for a thing is a craving, and one of another kind a
		// figure: "a fever for your hot stone massage". Not "a fever for
		// the past two days": only what is craved, in its words.
		"^fever for your", "^fever for you", "^fever for massage", "^fever for massages", "^fever for deep tissue",
		"^fever of a different kind", "^fever of another kind", "^different kind of fever", "^another kind of fever",
		"fever broke", "fever finally broke", "fever has broken", "fevers broke", "fever broken",
		"stiff as board", "as stiff as a board", "fell in love", "falling in love", "fall in love", "fallen in love",
		"falls prevention", "fall prevention", "preventing falls", "prevent falls", "falls clinic", "falls class",
		"in the wind", "the wind blew", "wind blew", "windy day", "wind chill",
		// Hit by a ball or a toy in play: "got hit by a ball at dodgeball".
		"hit by a ball", "hit by ball", "hit with a ball", "hit by a dodgeball", "hit by a snowball", "hit by a pillow",
		"hit with a pillow", "hit by a frisbee", "hit by a water balloon", "hit by a nerf", "hit by a beach ball",
		"^been a car crash", "^been a total car crash", "^been a train wreck", "^been a trainwreck", "^is a train wreck",
		"crashed and burned", "crash and burn", "crashing and burning", "crashes and burns",
		// To crash out is to fall asleep or lose one's temper: "about to crash out".
		"^crash out", "^crashed out", "^crashing out", "^crashes out",
		// Mixing two things up is no confusion of the mind: "people confuse heart attack pain with back pain".
		"people confuse", "people often confuse", "easy to confuse",
		"nearly wet myself", "almost wet myself", "nearly peed myself", "almost peed myself", "nearly wet my pants",
		"almost wet my pants", "nearly peed my pants", "almost peed my pants",
		"heart skipped a beat", "heart skip a beat", "heart skips a beat",
		// A night in with a film is no chill: "netflix and chills".
		"netflix and chill", "netflix and chills",
		"cancer society", "cancer foundation", "cancer charity", "cancer research", "cancer fundraiser", "cancer walk",
		"cancer star sign", "cancer zodiac", "cancer horoscope",
		// A cancer of a thing, or tiredness in an idiom: "work is a cancer
		// on my sanity", "bone tired", "sick and tired of".
		"^a cancer on", "^a cancer to", "^is cancer on", "^cancer on my", "^cancer on our", "^cancer on the",
		"bone tired", "bone weary", "bone idle", "tired to the bone", "dog tired", "sick and tired", "sick tired",
		// A board that is a thing, not a hit: "ironing board", "board game".
		"ironing board", "cutting board", "chopping board", "diving board", "board game", "board games", "board meeting",
		"on board", "bulletin board", "dart board", "drawing board",
		"^like baby", "^like a baby", "^like babies", "^like a kid", "^like kids", "^like a child", "^like children",
		"^baby giraffe", "^baby giraffes", "^baby steps"},
		// Legs gone to jelly from a climb or a workout just done: "legs are jelly
		// after 3 flights of stairs". Legs that still will not hold one are
		// told by other words, and still count.
		cross("jelly wobbly", "after stairs", "after flights of stairs", "after flight of stairs", "after leg day", "after gym",
			"after workout", "after squats", "after running", "after run", "after hike", "after hiking", "after spin class",
			"after climbing", "from stairs", "from leg day", "from squats", "from workout"),
		// A joke told on oneself: "broke my back laughing", a person or a price
		// "giving me chest pains".
		cross("broke broken breaking", "my back laughing", "my neck laughing", "my ribs laughing"),
		cross("boss kids husband wife job manager coworker coworkers teenager teenagers landlord ex", "giving me chest pains",
			"giving me chest pain", "gives me chest pains", "gives me chest pain", "gave me chest pains", "gave me chest pain"),
		cross("chest pain chest pains", "from seeing the price", "from seeing the prices", "at the price", "at the prices",
			"from seeing the bill", "at the bill", "from the price of", "from the prices"),
		// A massage asked about as too intense is no severe pain: "is rolfing
		// too intense for me". "The pain is too intense to sleep" still counts.
		cross("^rolfing ^massage ^pressure ^session ^treatment ^tissue ^technique ^it", "too intense", "too extreme", "be too intense", "be too extreme"),
		cross("^would ^could ^will ^might", "be too intense", "be too extreme", "it be too intense", "it be too extreme", "that be too intense"),
		// A cold sweat of worry over a result or a thought: "in a cold sweat
		// waiting for exam results". A cold sweat while waiting for a bus is
		// not blocked: it may be the heart's.
		cross("cold sweat", "waiting for results", "waiting for exam results", "waiting for my results", "waiting for grades",
			"waiting for my grades", "thinking about", "worrying about", "over exam", "over exams", "before exam", "before my exam"),
		// A sport, a season or a craze as the fever: "hockey fever", "playoff fever".
		cross("hockey football soccer playoff playoffs baseball basketball olympic olympics election holiday christmas disco gold bieber world cup",
			"fever"),
		// A feeling holds the chest or swells a person: "chest tight with excitement", "swollen with pride".
		// Nerves and anxiety are left out: a tight chest put down to them may
		// be the heart's still, and the screen does not take a chest
		// symptom's cause from the sender.
		cross("chest", "tight because excited", "tight from excitement"),
		cross("chest bursting swollen swelling", "tight with excitement", "tight with grief",
			"heavy with grief", "with excitement", "with grief", "with pride", "with joy", "with love"),
		// A thing dropped or tripped over: "dropped a plate on the floor", "tripping over my cat".
		cross("dropped drop dropping", "plate", "glass", "cup", "mug", "bowl", "phone", "keys", "pan", "dish", "jar", "bottle", "tray",
			"plate on floor", "glass on floor", "cup on floor", "mug on floor", "bowl on floor", "phone on floor", "keys on floor",
			"pan on floor", "dish on floor", "jar on floor", "bottle on floor", "tray on floor"),
		// A burn felt as a quality of a muscle's ache is no burn of the skin:
		// "a dull burn either side of my spine", "that muscle burn after squats".
		cross("dull mild slight deep muscle muscles achy aching gym", "burn"),
		// Light in the head from standing up too fast is the blood pressure's
		// moment, no faint: "felt lightheaded standing up too fast after my nap".
		cross("dizzy lightheaded woozy", "standing up too fast", "standing up too quickly", "getting up too fast",
			"getting up too quickly", "when stood up too fast", "when got up too fast"),
		// Drills named for suicide: "suicide sprints", "we ran suicides".
		cross("suicide suicides", "sprints", "sprint", "drills", "drill", "runs", "run", "squats", "squat", "burpees", "shuttles"),
		cross("ran running run runs doing did do does", "suicides"),
		// Burned by a business is a bad experience, no burn.
		cross("burned burnt", "before by", "by a place", "by a clinic", "by a spa", "by a therapist"),
		[]string{"been burned before", "been burnt before", "got burned by", "got burnt by"},
		// Falling for a trick and a hit to money or pride are no fall or hit.
		cross("fell fall falls falling fallen", "for scam", "for scams", "for prank", "for trick", "for joke", "for bait",
			"for lie"),
		[]string{"mind numbing", "mind numbingly", "bored numb", "numb with boredom", "numb from boredom",
			"^fell for it", "^fell for him", "^fell for her", "^fall for it", "^falling for it", "^fallen for it"},
		cross("took taken take takes taking", "hit to wallet", "hit to bank account", "hit to savings", "hit to budget",
			"hit to finances", "hit to pride", "hit to ego", "hit to confidence", "hit to grades", "hit to sales"),
		// What goes away quickly is not spreading quickly.
		cross("away off", "quickly", "fast"),
		cross("passes passed eases eased settles settled fades faded", "quickly", "fast"),
		// "Asking for my son" is who asks, not a child to be massaged.
		cross("asking", "for my son", "for my daughter", "for my kid", "for my kids", "for my child", "for my children"),
		// Up at night caring for someone is no pain at night: "up every night nursing them".
		cross("up", "every night nursing", "all night nursing", "every night feeding", "all night feeding", "every night rocking",
			"all night rocking", "every night caring", "all night caring", "every night looking after", "all night looking after"),
		// An organ's infection is no skin infection: "a kidney infection as a child".
		cross("kidney bladder urinary chest ear sinus throat lung tooth eye yeast stomach", "infection", "infections"),
		// A month of the calendar is no month of pregnancy: "every month, along with cramps".
		cross("month months week weeks", "along with"),
		// A thing that falls is no fall of the person: "my phone fell down the stairs".
		// Word after word: "a box I fell down the stairs with" is a fall.
		cross("^phone ^laptop ^tablet ^ipad ^tv ^box ^boxes ^bag ^suitcase ^luggage ^groceries ^cup ^mug ^glass ^plate ^book "+
			"^books ^keys ^bottle ^shelf ^picture ^frame ^vase ^lamp ^toy ^toys ^package ^parcel ^backpack ^wallet ^remote",
			"fell down the stairs", "fell down stairs", "fell down the steps", "fell down steps", "fell off", "fell", "fell over",
			"falls off", "fell out"),
		// A child or a pet tackling the asker in play: "my kid tackled me on the trampoline".
		cross("^kid ^kids ^son ^daughter ^toddler ^nephew ^niece ^grandson ^granddaughter ^dog ^puppy", "tackled me",
			"tackle me", "tackles me", "tackling me"),
		cross("tripping tripped trip trips", "over cat", "over dog", "over the cat", "over the dog", "over toys", "over cord",
			"over shoes", "over kids", "over rug", "over my feet", "over things", "over stuff", "over laundry"),
		cross("keep keeps kept", "tripping over cat", "tripping over dog", "tripping over toys", "tripping over shoes",
			"tripping over kids", "tripping over things", "tripping over stuff"))},
	// A treatment named after a sport is no exercise: "would a sports
	// massage help" tells no training (see quietTreatmentNames).
	{"treatment-name", kindBlock, "", []string{
		"sports massage", "sports massages", "sport massage", "sports therapy", "sports therapist", "sports rmt"}},
	// Idioms that name a body part and mean none: "this job is a pain in
	// the butt". Unlike another block, an idiom takes the sites inside it
	// with it (see dropBlocked).
	{"idiom", kindBlock, "", []string{
		"^pain in the butt", "^pain in the ass", "^pain in the arse", "^pain in the backside"}},
	{"not-a-sign", kindBlock, "", concat([]string{
		// Walking into a thing is going into it, and not wanting to is
		// a wish, no leg that fails: "I don't want to walk into a
		// session blind".
		"^not want to walk into", "^not wanna walk into", "^not want to walk in to", "^not want to go walking into",
		// Wound up is tense, or ended up, no wound of the skin: "so
		// wound up after the week", "I wound up sleeping on the floor";
		// "my wound" stays one.
		"^so wound up", "^all wound up", "^really wound up", "^very wound up", "^too wound up", "^feel wound up",
		"^feeling wound up", "^felt wound up", "^get wound up", "^gets wound up", "^getting wound up", "^got wound up",
		"^am wound up", "^i wound up", "^we wound up", "^she wound up", "^he wound up", "^they wound up", "^wound up sleeping",
		"^wound up tight", "^wound so tight",
		// On one's feet is standing, no foot: "on my feet all day at work".
		"^feet all day", "^feet all night", "^feet all shift", "^feet all week", "^feet for hours", "^feet for work",
		// No one hurt is no pain: "car accident, nobody was hurt".
		"^nobody hurt", "^no one hurt", "^nobody was hurt", "^no one was hurt", "^nobody got hurt", "^no one got hurt",
		"^not hurt at all", "^was not hurt", "^were not hurt", "^not get hurt",
		// "Bottom" before a limb or a thing is the lower one, no buttock:
		// "my bottom arm when I lie on my side", "the bottom shelf".
		"bottom arm", "bottom leg", "bottom shoulder", "bottom hip", "bottom shelf", "bottom shelves", "bottom drawer",
		"bottom bunk", "bottom step", "bottom stair", "bottom floor", "bottom line", "rock bottom",
		// The balls of the feet are no genitals.
		"balls of feet", "balls of my feet", "ball of foot", "ball of my foot", "balls of his feet", "balls of her feet",
		// A journey is no stumble: "since I got back from my trip".
		"from trip", "from my trip", "from our trip", "after my trip", "since my trip", "during my trip", "on my trip", "my trip to",
		"trip home", "trip back",
		"warm up", "warming up", "warmed up", "warm ups", "heat pack", "heating pad", "hot stone", "hot stones", "hot tub",
		"hot bath", "hot shower", "red light", "dead lift", "dead lifts", "deadlift", "dead bug", "dead bugs", "pins and needles free",
		"weak core", "weak glutes", "weak calves", "weak calf", "weak ankles", "weak ankle", "weak knees", "weak knee", "weak posture", "weak abs", "weak muscles", "weak immune", "ok then", "no pain no gain",
		"pulse massager", "pulse massagers", "pressure point", "pressure points", "light pressure", "firm pressure", "deep pressure", "more pressure",
		"less pressure", "intense pressure", "heavy lifting", "heavy bag", "sore muscles", "trigger warning", "cold feet",
		"hot yoga", "car seat", "prenatal massage", "prenatal massages", "pregnancy massage", "pregnancy massages", "crash course", "crashed on couch", "crash diet", "wreck it", "heart rate", "heart out",
		"chest day", "chest press", "chest workout", "chest stretch", "chest freezer", "chest freezers", "toy chest",
		"treasure chest", "chest of drawers", "tool chest", "ice chest", "hope chest", "lower back", "back leg day", "fast food", "weight gain",
		"gain weight", "tight hamstrings", "tight hips", "tight muscles", "tight back", "tight shoulders", "tight neck",
		"tight calves", "tight calf", "over last month", "for last month", "^in last month", "^in the last month", "over the last", "for the last",
		"past few months", "last few months", "last few weeks", "last couple months", "last couple weeks", "last couple days",
		"last several months", "last several weeks", "last 2 months", "last 3 months", "last 6 months", "last two months", "last three months",
		"last six months", "last 2 weeks", "last 3 weeks", "last two weeks", "past couple months", "past couple weeks", "past several months",
		"past 2 months", "past 3 months", "past two months", "last few days", "past few weeks", "past few days", "falling off me", "calf raises", "calf stretch", "shin splints", "beating myself", "heartbeat away", "kids these days", "fever blister", "fever blisters",
		"fall asleep", "falls asleep", "fell asleep", "falling asleep", "fall apart", "falling apart", "fall season", "this fall", "last fall",
		// Weather is no warm leg: "puffy ankles in the summer heat".
		// Tight: "warm 4 days later" is a warm calf, no warm day.
		"summer heat", "hot weather", "warm weather", "warmer weather", "^hot day", "^hot days",
		"^warm day", "^warm days", "heat wave", "heatwave", "hot summer", "hot outside", "warm outside", "hot climate", "humid heat",
		"when it is hot", "when hot out", "hot and humid", "^from the heat", "^in the heat", "^with the heat", "^because of the heat",
		"^this heat", "^the heat this", "^from heat",
		// A figure of speech is no heart attack: "this deadline is giving me a heart attack".
		"giving me heart attack", "give me heart attack", "gave me heart attack", "gives me heart attack",
		"nearly had heart attack", "almost had heart attack", "nearly gave me heart attack", "almost gave me heart attack",
		// Nor is a fever something gives, or a machine has, or music's chills:
		// "this heat is giving me a fever", "my laptop has a fever", "that song gives me chills".
		"giving me fever", "give me fever", "gave me fever", "gives me fever",
		"giving me chills", "give me chills", "gave me chills", "gives me chills",
		"laptop has fever", "computer has fever", "phone has fever", "pc has fever", "car has fever", "engine has fever",
		// A simile is no accident: "feel like I got hit by a truck".
		"feel like hit by truck", "feel like hit by bus", "feel like run over", "felt like hit by truck", "felt like run over",
		"feel like beat up", "as if hit by truck", "as if run over",
		// Money, pride and machines take hits and crash; knees go weak for a crush.
		// Legs that go weak at a sight or the news: "turned to jelly when I saw my crush".
		"jelly when saw", "jelly when seeing", "jelly at sight", "buckled when saw", "buckled when seeing",
		"buckled when heard news", "weak when saw", "weak when seeing", "wobbly when saw",
		"knees went weak", "knees go weak", "knees going weak", "knees gone weak", "weak at knees", "weak in knees",
		"heart attack when saw", "heart attack when seeing", "heart attack when heard", "heart attack when read",
		"heart attack when looked", "heart attack at price", "heart attack at bill", "heart attack at fee", "heart attack at cost",
		// Tears of the eyes are no tearing pain.
		"tearing up", "teared up", "eyes tearing", "eyes are tearing", "eyes watering",
		// A journey is no stumble: "a road trip", "our trip to Quebec".
		"road trip", "day trip", "business trip", "ski trip", "camping trip", "field trip", "school trip", "work trip",
		"fishing trip", "hiking trip", "holiday trip", "trip to", "trip away", "on trip", "long trip", "weekend trip",
		// Night work is no night pain: "I work nights", "after a night shift".
		"work nights", "working nights", "worked nights", "night shift", "night shifts", "nightshift", "nightshifts",
		"graveyard shift", "overnight shift", "overnight shifts", "^sleep in the day", "^sleep during the day",
		// Patients as a class, someone's work: "my wife works with cancer patients".
		"cancer patients", "chemo patients", "oncology patients", "cancer ward", "oncology ward",
		// Out of breath from laughing: "now i can't breathe (because i'm laughing)".
		"not breathe laughing", "not breathe because laughing", "not breathe from laughing", "not breathing from laughing",
		"breathless from laughing", "breathless laughing",
		// A drill in sport is practice, no collision told: "the team had a collision drill".
		"collision drill", "collision drills", "tackling drill", "tackling drills", "contact drill", "contact drills",
		"wet pants laughing", "wet myself laughing", "peed myself laughing", "peed pants laughing", "pee myself laughing", "wet my pants laughing",
		"keep it up", "keep up good work",
		// Clothes tear, not the body: "the tearing sound was my jeans".
		"tearing sound", "tearing noise", "ripping sound", "ripping noise", "tear sound", "rip sound",
		// Hunger, music and feelings pulse; films and songs give chills; feelings go numb.
		"pulsing with hunger", "pulsing from hunger", "pulsing with excitement",
		"chills watching", "chills listening", "chills reading", "gave me chills", "gives me chills", "give me chills",
		"giving me chills", "got chills watching", "chills down spine", "chills down my spine",
		"^numb to it all", "^numb to everything", "emotionally numb", "numb to drama", "numb to news", "numb to stress",
		"numb to chaos", "numb to noise", "numb to criticism", "numb to politics", "numb to insults",
		"^feel sick of", "^feeling sick of", "^sick and tired",
		// Going somewhere is no hit: "hit the gym hard yesterday".
		// Lying face down on the table is no pain lying down.
		"lie face down", "lying face down", "lay face down", "laying face down", "lie on my front", "lying on my front",
		"lie on table", "lying on table", "lie on massage table", "lying on massage table",
		// An accident in the kitchen burns or cuts; it is no crash or fall.
		"cooking accident", "kitchen accident", "baking accident", "bbq accident", "grill accident", "shaving accident",
		"ironing accident", "accident while cooking", "accident in kitchen",
		"hit the gym", "hit gym", "hit the gym hard", "hit gym hard", "hit the weights hard", "hit the weights", "hit the pool", "hit the slopes", "hit the trails", "hit the road",
		"hit the books", "hit the sack", "hit the hay", "hit the track", "hit the court", "hit the links",
		"hit a personal best", "hit a pb", "hit a new pb", "hit my goal", "hit my steps",
		// A runner's stitch is a cramp in the side, no surgical stitch.
		"stitch in side", "stitch in my side", "side stitch", "side stitches", "stitch while running", "stitch when running",
		"stitch from running", "stitch running", "stitch in ribs",
		// Night sweats of the menopause or a medicine are no fever.
		"menopause night sweats", "menopausal night sweats", "perimenopause night sweats", "hot flashes", "hot flushes", "hot flash", "hot flush"},
		// Someone else keeps the person up: "my toddler wakes me every night".
		cross("^baby ^babies ^toddler ^kid ^kids ^son ^daughter ^dog ^dogs ^cat ^cats ^puppy ^kitten ^alarm ^husband ^wife ^partner ^boyfriend ^girlfriend ^neighbour ^neighbor ^neighbours ^neighbors ^noise ^snoring",
			"wakes me", "woke me", "waking me", "wake me", "keeps me up", "keep me up", "kept me up", "keeping me up",
			"keeps me awake", "keep me awake", "kept me awake", "wakes me up", "woke me up", "wake me up",
			"wakes me every night", "wakes me up every night", "wake me up every night", "woke me up every night",
			"keeps me up at night", "keep me up at night", "kept me up at night", "keeps me awake at night", "keeps me up all night",
			"kept me up all night", "wakes me at night", "wakes me up at night", "wake me at night", "wake me up at night"),
		// What was terrible was a thing, not a pain: "terrible hostel beds".
		cross("^terrible ^awful ^horrible ^worst", "beds", "bed", "mattress", "mattresses", "sleep", "posture", "chair", "chairs",
			"pillow", "pillows", "shoes", "weather", "day", "week", "job", "boss", "traffic", "food", "service", "wifi", "flight"),
		// A span that is the length of a thing: "a two week trip".
		cross("^week ^weeks", "trip", "holiday", "vacation", "course", "program", "programme", "camp", "tour", "break", "cruise"),
		// Thrown about in a van or a game is no accident.
		[]string{"thrown around", "get thrown around", "getting thrown around", "thrown about", "bounced around", "jostled around"},
		// Money and pride take hits; machines crash.
		cross("account wallet bank savings budget finances grades pride ego confidence business sales stocks portfolio credit",
			"took hit", "taken hit", "take hit", "taking hit", "takes hit"),
		cross("app website site computer laptop phone server system game browser pc screen program software",
			"crashed", "crash", "crashing", "crashes"),
		cross("crashed crash crashing", "app", "website", "site", "computer", "laptop", "phone", "server", "game", "browser"),
		cross("night", "sweats during menopause", "sweats from menopause", "sweats with menopause", "sweats because of menopause",
			"sweats due to menopause", "sweats from perimenopause", "sweats during perimenopause", "sweats from hormones",
			"sweats from hrt", "sweats from meds", "sweats from medication", "sweats from antidepressants"),
		// What keeps falling off is no fall: "my pants keep falling off" (a
		// weight lost), "I keep falling off my board".
		[]string{"^keep falling off", "^keeps falling off"})},
}

// Caution situations: a question about whether massage is safe or advisable
// with one of these goes to a doctor or the clinic's therapists.
var builtinSituations = []conceptDef{
	{"pregnancy", kindSituation, "pregnancy", []string{
		"pregnant", "pregnancy", "preggo", "preggers", "trimester", "weeks pregnant", "months pregnant", "expecting baby",
		"postpartum", "post partum", "weeks along", "months along", "am expecting", "baby on way", "bun in oven", "postnatal", "~prenatal", "~antenatal", "just had baby", "gave birth", "~giving birth",
		// Lay words for carrying a baby.
		"baby bump", "with child", "expecting twins", "having a baby",
		"having twins", "having baby", "mum to be", "mom to be", "mother to be", "eating for two", "knocked up",
		"c section", "csection", "caesarean", "cesarean", "~breastfeeding", "nursing baby", "~ivf", "baby bump", "~due date", "~miscarriage", "m expecting", "re expecting", "s expecting", "when expecting", "while expecting", "wks along", "wks pregnant", "expecting a baby",
		// Trying for a baby, and fertility treatment: "trying to conceive", "in the two week wait".
		"trying to conceive", "trying to get pregnant", "trying for a baby", "trying for baby", "~ttc", "~2ww", "two week wait",
		"embryo transfer", "egg retrieval", "~iui", "~fertility treatment", "~fertility treatments", "~fertility meds"}},
	{"surgery", kindSituation, "recent surgery", append([]string{
		"surgery", "surgeries", "surgical", "operation", "operated", "post op", "postop", "post operative", "discectomy",
		"microdiscectomy", "laminectomy", "fusion", "spinal fusion", "hip replacement", "knee replacement", "shoulder replacement",
		"replacement surgery", "my op", "an op", "the op", "back op", "op scar", "surgery scar", "surgical scar", "stitches", "~staples", "incision", "scar tissue from surgery", "~keyhole", "arthroscopy", "~implant", "~hardware", "~rods", "~screws", "knee scope", "shoulder scope", "hip scope", "scoped", "arthroscopic", "acl repair", "acl reconstruction", "meniscus repair",
		"acl recon", "reconstruction", "reconstructive", "ligament repair", "tendon repair", "acl graft", "acl surgery",
		"mcl repair", "achilles repair", "labrum repair", "labral repair",
		"rotator cuff repair", "post surgery", "after surgery", "operated on", "got operated", "stitches out", "sutures",
		// An organ taken out, and the operations named by what they remove or repair.
		"appendectomy", "hysterectomy", "cholecystectomy", "tonsillectomy", "colectomy", "nephrectomy", "prostatectomy",
		"thyroidectomy", "splenectomy", "lumpectomy", "hernia repair", "hernia surgery", "angioplasty", "gastric sleeve",
		"gastric bypass", "bariatric", "tummy tuck", "abdominoplasty", "liposuction", "lipo", "bbl", "breast augmentation",
		"breast reduction", "breast implants", "plastic surgery", "cosmetic surgery", "facelift", "ablation", "transplant surgery"},
		cross("gallbladder appendix tonsils uterus ovaries ovary kidney spleen thyroid prostate", "out", "removed", "taken out", "surgery")...)},
	{"blood-thinners", kindSituation, "blood thinners or a bleeding problem", []string{
		"blood thinner", "blood thinners", "thinners", "warfarin", "coumadin", "apixaban", "eliquis", "rivaroxaban", "xarelto",
		"dabigatran", "pradaxa", "edoxaban", "heparin", "enoxaparin", "lovenox", "clopidogrel", "plavix", "ticagrelor",
		"anticoagulant", "anticoagulants", "anticoagulation", "antiplatelet", "daily aspirin", "baby aspirin", "~aspirin",
		"~bruise easily", "~bruise easy", "~bruises easily", "~bruising easily", "~bleed easily", "bleeding disorder", "hemophilia",
		// Bruising as a tendency told in lay words: "I bruise like a
		// banana", "bruises for no reason", "random bruises everywhere".
		"~bruise like", "~bruises like", "~bruise for no reason", "~bruises for no reason", "~bruising for no reason",
		"~bruise from nothing", "~bruises from nothing", "~bruise at slightest", "~random bruises", "~unexplained bruises",
		"~unexplained bruising", "~bruises out of nowhere",
		"haemophilia", "low platelets", "~platelets", "~platelet", "von willebrand", "inr"}},
	{"osteoporosis", kindSituation, "osteoporosis or a fracture", append([]string{
		"osteoporosis", "osteopenia", "brittle bones", "thin bones", "bone density", "fracture", "fractured", "fractures",
		"broken bone", "broken bones", "broke bone", "broken rib", "cracked rib", "compression fracture",
		"cracked vertebra", "cracked vertebrae", "broke vertebra", "broken vertebra", "fractured vertebra", "cracked bone", "fosamax", "alendronate", "prolia", "denosumab", "risedronate", "actonel", "zoledronic", "reclast", "evista",
		"raloxifene", "forteo", "teriparatide", "bisphosphonate", "bisphosphonates", "bone medication", "bone meds", "bones thin", "bones weak", "bones brittle", "bones fragile", "low bone mass", "bone loss",
		"losing bone", "thinning bones",
		"broken back", "broke back", "broken hip", "broke hip", "cracked pelvis", "broken pelvis", "healing fracture", "bone healing", "~cast"},
		// A bone broken anywhere: "broke my wrist", "fractured ankle".
		cross("broke broken fractured fracture cracked cracking snapped",
			"wrist", "arm", "leg", "ankle", "foot", "toe", "toes", "finger", "hand", "elbow", "shoulder", "collarbone", "collar bone",
			"clavicle", "rib", "ribs", "hip", "pelvis", "knee", "kneecap", "shin", "tibia", "fibula", "femur", "humerus", "radius",
			"ulna", "vertebra", "vertebrae", "tailbone", "coccyx", "sacrum", "spine", "bone", "heel", "jaw", "nose",
			"skull", "shoulder blade", "scapula", "sternum")...)},
	{"cancer", kindSituation, "cancer or its treatment", []string{
		"cancer", "chemo", "chemotherapy", "radiation", "radiotherapy", "tumor", "tumour", "lymphoma", "leukemia", "leukaemia",
		"myeloma", "melanoma", "metastatic", "metastasis", "oncologist", "remission", "mastectomy", "lymphedema", "lymphoedema",
		"immunotherapy", "spread cancer", "carcinoma", "sarcoma", "malignant",
		"hodgkins", "hodgkin", "non hodgkin", "glioma", "glioblastoma", "mesothelioma", "neuroblastoma", "seminoma",
		"tamoxifen", "letrozole", "anastrozole", "exemestane", "herceptin", "keytruda", "lupron", "zoladex", "hormone therapy",
		"brachytherapy", "biopsy showed", "biopsy came back",
		// Lymph nodes taken out, as for a breast cancer or a melanoma.
		"lymph nodes removed", "lymph nodes taken out", "lymph nodes out", "lymph node removed", "lymph node removal",
		"lymph node dissection", "lymph node surgery", "nodes removed", "nodes taken out", "sentinel node", "node dissection"}},
	{"spine-condition", kindSituation, "a diagnosed spine condition", []string{
		"herniated", "herniation", "~hernia", "herniated disc", "slipped disc", "slipped disk", "bulging disc", "bulging disk",
		"disc bulge", "disk bulge", "ruptured disc", "ruptured disk", "degenerative disc", "disc degeneration", "~disc",
		"~disk", "~discs", "~disks", "stenosis", "spinal stenosis", "scoliosis", "spondylolisthesis", "spondylosis", "spondylitis",
		"ankylosing", "kyphosis", "spina bifida", "spinal injury", "spinal cord injury", "~mri showed", "pars defect", "pars fracture", "=pars", "spondylolysis", "stress fracture spine", "cervical myelopathy", "myelopathy", "sacroiliitis",
		"nerve impingement", "impinged nerve", "nerve root compression", "radiculopathy",
		"disc protrusion", "disc prolapse", "prolapsed disc", "annular tear", "facet arthritis", "facet joint arthritis",
		"spondylo", "spinal arthritis", "arthritis in spine", "arthritis in my spine", "arthritis in back", "arthritis in my back"}},
	{"nerve-vascular", kindSituation, "a nerve or blood vessel condition", []string{
		"neuropathy", "diabetic neuropathy", "peripheral neuropathy", "~diabetes", "~diabetic", "varicose", "varicose veins",
		"~spider veins", "blood clot", "blood clots", "clots", "clot", "dvt", "thrombosis", "phlebitis", "embolism",
		"peripheral artery", "heart condition", "heart disease", "heart failure", "pacemaker", "stent", "stents",
		"~high blood pressure", "~hypertension", "~low blood pressure", "aneurysm", "multiple sclerosis", "epilepsy",
		// MS by its letters, only as a diagnosis: "=ms" alone is also "Ms" and milliseconds.
		"^ms diagnosis", "^diagnosed with ms", "^have ms", "^has ms", "^had ms", "^got ms", "^my ms", "^with ms and", "^ms flare", "^ms flares",
		"seizures", "seizure", "parkinsons", "had stroke", "lymphedema", "raynauds", "~vein", "~veins", "thrombophlebitis", "phlebitis", "thoracic outlet", "~carpal tunnel", "~cubital tunnel",
		"brain aneurysm", "cerebral aneurysm", "mini stroke",
		// Multiple sclerosis by its initials, only where it is had: "got ms", "my ms flares".
		"got ms", "have ms", "has ms", "had ms", "diagnosed ms", "ms flare", "ms flares", "ms flaring", "ms relapse",
		"^my ms", "^her ms", "^his ms", "myasthenia", "guillain barre", "trigeminal neuralgia", "afib", "atrial fibrillation", "arrhythmia", "heart murmur", "bypass surgery"}},
	{"skin", kindSituation, "a skin problem", []string{
		"~rash", "~rashes", "eczema", "psoriasis", "dermatitis", "hives", "open wound", "wound", "wounds", "~sunburn", "~sunburnt",
		"burn scar", "~burns", "~burnt", "~scald", "~scalded", "~blister", "~blisters", "shingles", "cellulitis", "skin infection", "infection", "infected",
		"fungal", "ringworm", "scabies", "impetigo", "cold sore", "~boil", "~boils", "~lesion", "~lesions", "~mole", "~moles", "open cut", "open scrape", "~=scrape", "~=scrapes", "~=graze", "~=grazes", "road rash", "~abrasion", "deep cut", "healing cut", "fresh cut", "bad cut", "cut on my", "scab", "scabs", "scabbed",
		"~sore skin", "skin condition", "stitches", "~tattoo", "~new tattoo", "~acne", "lice", "contagious", "~skin"}},
	{"age", kindSituation, "a child or a frail older person", []string{
		"~baby", "~babies", "~infant", "~infants", "~newborn", "~toddler", "~child", "~children", "~kid", "~kids", "~son", "~daughter",
		"~teen", "~teenager", "~teens", "~teenage", "~little one", "~little ones", "~year old son", "~year old daughter", "elderly", "frail", "~grandma",
		"~grandmother", "~grandpa", "~grandfather", "~granny", "~nana", "~senior", "~seniors", "dementia", "nursing home",
		"uses a walker", "with a walker", "needs a walker", "on a walker", "using a walker", "zimmer frame", "rollator",
		"uses a cane", "with a cane", "on a cane", "walks with a cane", "walking stick", "wheelchair", "mobility aid", "bedridden",
		"housebound", "=frail", "at her age", "at his age", "at their age", "at that age", "at this age",
		// A grandparent by a lay name, a great age told by its decade with
		// whose it is ("in their late 80s"; not "in the late 80s"), and
		// an age asked about ("ok for his age"; not "for my age", "for ages").
		"~nan", "~gran", "~grandad", "~granddad",
		"~her 80s", "~his 80s", "~their 80s", "~her 90s", "~his 90s", "~their 90s", "~^her late 80s", "~^his late 80s",
		"~^their late 80s", "~^her mid 80s", "~^his mid 80s", "~^their mid 80s", "^for her age", "^for his age", "^for their age", "how young", "what age", "minimum age", "age limit", "~preemie", "~premature baby", "~newborn baby"}},
	// medication is recognised from a medication-decision phrase next to
	// a medicine; staff phrases for it (safety.groups.medication) work alone.
	{"medication", kindSituation, "a decision about medication", nil},
}

// The red-flag groups, in the order of health-safety.md. groupCrisis is
// no red flag of the back but the same kind of answer: a message that
// tells of suicide or self-harm gets the crisis line, never a massage.
const (
	groupCrisis        = "crisis"
	groupCaudaEquina   = "cauda-equina"
	groupNeuroDeficit  = "neuro-deficit"
	groupFracture      = "fracture"
	groupCancer        = "cancer"
	groupInfection     = "infection"
	groupAorta         = "aortic-aneurysm"
	groupHeartLung     = "heart-lung"
	groupClot          = "dvt"
	groupWarningSign   = "warning-sign" // the staff's own safety.phrases
	situationMedicines = "medication"
)

// RedFlagGroups are the ids of the red-flag groups, with the level a
// staff phrase added to the group (safety.groups) fires at.
var RedFlagGroups = map[string]SafetyLevel{
	groupCrisis:       SafetyEmergency,
	groupCaudaEquina:  SafetyEmergency,
	groupNeuroDeficit: SafetyEmergency,
	groupFracture:     SafetyEmergency,
	groupCancer:       SafetyDoctor,
	groupInfection:    SafetyDoctor,
	groupAorta:        SafetyEmergency,
	groupHeartLung:    SafetyEmergency,
	groupClot:         SafetyDoctor,
}

// ruleDef is one way a red-flag group shows in a message: every concept of
// all, at least one of each of any, also and and (those given), and none of
// unless. With near, the concepts must lie within nearWindow words of the
// first one, as a symptom and the body site it is felt in do.
type ruleDef struct {
	group          string
	level          SafetyLevel
	plain          string // what was recognised, in plain words, for the reply
	all            []string
	any, also, and []string
	unless         []string
	near           bool
	// window, when set, is how close the concepts of a near rule must be
	// instead of nearWindow: an event and the pain it left are often told
	// in two clauses ("slipped in the shower and hit my back on the tub,
	// the pain is unbearable").
	window int32
	// yields are the groups that name the message instead when a rule of
	// theirs fires at the same level: the rule's picture is part of
	// theirs (a clammy collapse with chest pain is the heart's, a leg that
	// can't take weight and is swollen the clot's). It changes the group
	// named, never whether or how urgently the screen fires.
	yields []string
}

// traumaHarms are what an accident may have left that makes it a red flag
// even when the sender calls it nothing: pain, a mark, being unable to move.
var traumaHarms = []string{"pain", "severe", "cant-move", "crack", "tender", "bruising", "spreading", "numbness", "weakness"}

// toClot is the yields of a rule a swollen leg's clot names instead.
var toClot = []string{groupClot}

// builtinRules are the red-flag rules. Order matters for the group and the
// wording of a reply: of the rules that fire at the highest level, the
// first names the group, and the first of that group names what was
// recognised.
var builtinRules = []ruleDef{
	// Thoughts of suicide or self-harm come first: whatever else the
	// message tells, its reply is the crisis line (which also says 911).
	{group: groupCrisis, level: SafetyEmergency, plain: "thoughts of suicide or of harming yourself", all: []string{"self-harm"}},
	// Cauda equina syndrome: saddle numbness, new bladder or bowel trouble,
	// both legs numb or weak.
	// Numbness from the buttock down one leg that spreads or weakens the
	// leg is a nerve root's progressive deficit, not the saddle's: it is
	// named first, and only with no sign of both sides or the toilet.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "numbness spreading from the buttock down one leg",
		all: []string{"numbness", "saddle-site"}, any: []string{"one-leg", "calf-site"}, also: []string{"spreading", "weakness"},
		unless: []string{"both-legs", "bladder", "bladder-odd", "bowel", "toileting", "named-cauda"}, near: true, window: eventWindow},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "numbness around the groin or buttocks",
		all: []string{"numbness", "saddle-site"}, unless: []string{"long-position"}, near: true},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "numbness around the groin with changes on the toilet",
		all: []string{"numbness", "saddle-site", "toileting"}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "new bladder trouble", all: []string{"bladder"}, unless: []string{"stress-leak"}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "new bladder trouble", all: []string{"bladder-odd"}, unless: []string{"stress-leak", "bladder-cause"}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "loss of bowel control", all: []string{"bowel"}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "numbness in both legs",
		all: []string{"numbness", "both-legs"}, unless: []string{"positional", "chronic-numbness"}, near: true},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "new numbness in both legs",
		all: []string{"numbness", "both-legs", "chronic-numbness"}, any: []string{"sudden", "spreading"}, near: true},
	// Both legs weaker and weaker, with no numbness or change on the
	// toilet, is a progressive deficit (the neuro-deficit's "weakness that
	// keeps getting worse"); after a hit, the spine's injury.
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "weakness in both legs",
		all: []string{"weakness", "both-legs"}, unless: []string{"exertion", "positional", "spreading"}, near: true, yields: []string{groupFracture}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "numbness in both legs that keeps spreading",
		all: []string{"both-legs", "spreading", "numbness"}, near: true, yields: []string{groupFracture}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "sciatica in both legs",
		all: []string{"sciatica", "both-legs"}},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "no feeling when using the toilet",
		all: []string{"numbness", "toileting"}, unless: []string{"long-position"}, near: true},
	{group: groupCaudaEquina, level: SafetyEmergency, plain: "signs of cauda equina syndrome", all: []string{"named-cauda"}},

	// Progressive neurological deficit.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "a leg or foot getting weak",
		all: []string{"weakness"}, any: []string{"one-leg", "calf-site"}, unless: []string{"exertion", "positional"}, near: true},
	// Weak and numb, sudden or getting worse: a deficit whatever the
	// sender puts it down to (training, sitting).
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "a leg or foot getting weak",
		all: []string{"weakness", "one-leg"}, any: []string{"sudden", "spreading", "numbness"}, near: true},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "a foot that drops or drags", all: []string{"foot-drop"}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "tripping or losing balance again and again", all: []string{"tripping"}, unless: []string{"exertion", "elderly"}},
	// Tripping the sender says nothing caused ("over nothing") is no
	// workout's, whatever else the message tells of training or a job.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "tripping or losing balance again and again",
		all: []string{"tripping", "unexplained"}, unless: []string{"elderly"}, near: true},
	// An unsteady older person is a frailty the health history covers;
	// new or worsening unsteadiness, or with weakness or numbness, is not.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "tripping or losing balance again and again",
		all: []string{"tripping", "elderly"}, any: []string{"sudden", "spreading", "recent", "weakness", "numbness"}, unless: []string{"exertion"}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "numbness that keeps spreading",
		all: []string{"numbness", "spreading"}, near: true, window: eventWindow},
	// Weakness told of the whole person, with a fever or after a hit, is
	// the infection's or the fracture's: these yield to those groups.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "weakness that keeps getting worse",
		all: []string{"weakness", "spreading"}, near: true, window: eventWindow, yields: []string{groupInfection, groupFracture}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "sudden weakness",
		all: []string{"weakness", "sudden"}, near: true},
	// The signs of a stroke: a drooping face, slurred speech, a sudden
	// confusion or the worst headache of one's life (call 911). A sudden
	// confusion with a fever is the infection's.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "a drooping face or slurred speech",
		all: []string{"stroke-sign"}, unless: []string{"assessed", "droop-explained", "slept-on"}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "an arm or hand that suddenly will not work",
		all: []string{"arm-weak", "sudden"}, unless: []string{"slept-on", "exertion"}, near: true},
	// A hand or arm weaker and weaker (dropping things more and more, a
	// grip that is going) is the progressive deficit of a pressed nerve
	// or cord in the neck, as a leg weaker each day is the back's. An
	// operated or strained shoulder explains an arm that lifts less.
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "an arm or hand getting weaker",
		all: []string{"arm-weak", "spreading"}, unless: []string{"slept-on", "exertion", "surgery", "strain"}, near: true, window: eventWindow},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "sudden confusion",
		all: []string{"confusion", "sudden"}, near: true, yields: []string{groupInfection}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "the worst headache of your life",
		all: []string{"thunderclap"}},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "a sudden severe headache",
		all: []string{"sudden", "severe", "head-site"}, unless: []string{"strain", "exertion"}, near: true},
	{group: groupNeuroDeficit, level: SafetyEmergency, plain: "numbness with being unable to walk or stand",
		all: []string{"cant-move"}, any: []string{"numbness", "weakness"}, near: true, yields: []string{groupInfection, groupFracture}},

	// Fracture.
	{group: groupFracture, level: SafetyEmergency, plain: "a major accident or fall", all: []string{"major-trauma"},
		unless: []string{"assessed", "minor-injury", "minor-accident", "weeks-ago"}},
	// A major accident that left pain or a mark is the red flag whatever
	// the sender makes of it ("prob just bruised", "walked away fine but
	// my back's getting worse"): only a minor mechanism, a clinician's
	// look or the weeks since quiet it. Like the accident alone, it needs
	// no nearness: the accident, the sender's verdict and the pain are
	// often three clauses.
	{group: groupFracture, level: SafetyEmergency, plain: "a major accident or fall, and pain or an injury",
		all: []string{"major-trauma"}, any: traumaHarms, unless: []string{"assessed", "minor-accident", "weeks-ago"}},
	{group: groupFracture, level: SafetyDoctor, plain: "a major accident or fall some weeks ago, and pain or an injury",
		all: []string{"major-trauma", "weeks-ago"}, any: traumaHarms, unless: []string{"assessed", "minor-accident"}},
	{group: groupFracture, level: SafetyEmergency, plain: "an accident or a hit, and pain or an injury",
		all: []string{"trauma-word"}, any: []string{"pain", "severe", "cant-move", "crack", "tender", "spine-site", "numbness", "weakness"},
		unless: []string{"assessed", "minor-injury", "minor-accident", "weeks-ago"}, near: true},
	{group: groupFracture, level: SafetyDoctor, plain: "an accident or a hit some weeks ago, and pain or an injury",
		all: []string{"trauma-word", "weeks-ago"}, any: []string{"pain", "severe", "cant-move", "crack", "tender", "spine-site", "numbness", "weakness"},
		unless: []string{"assessed", "minor-injury", "minor-accident"}, near: true},
	{group: groupFracture, level: SafetyDoctor, plain: "a major accident or fall some weeks ago", all: []string{"major-trauma", "weeks-ago"},
		unless: []string{"assessed", "minor-injury", "minor-accident"}},
	// Seen only at the scene: the roadside look is no assessment.
	{group: groupFracture, level: SafetyEmergency, plain: "a major accident, checked only at the scene",
		all: []string{"major-trauma", "scene-only"}, unless: []string{"imaged", "minor-injury", "minor-accident", "weeks-ago"}},
	// An accident no one checked, told with the pain a clause later: "hit
	// by a van an hour ago, seen by no one, my back really hurts".
	{group: groupFracture, level: SafetyEmergency, plain: "an accident or a hit, not checked by anyone, and pain",
		all: []string{"trauma-word", "scene-only"}, any: []string{"pain", "severe", "cant-move", "crack", "tender", "spine-site", "numbness", "weakness"},
		unless: []string{"imaged", "minor-injury", "minor-accident", "weeks-ago"}, near: true, window: eventWindow},
	// Seen after the accident, and worse since: the assessment no longer
	// stands ("the ER said bruises but now my back is worse").
	{group: groupFracture, level: SafetyEmergency, plain: "a major accident, and worse since it was seen",
		all: []string{"assessed", "spreading"}, any: []string{"major-trauma", "trauma-word"}, unless: []string{"minor-injury", "minor-accident"}},
	{group: groupFracture, level: SafetyEmergency, plain: "a crack or snap felt in a fall or accident",
		all: []string{"crack"}, any: []string{"fall", "major-trauma", "trauma-word"}, unless: []string{"assessed"}},
	{group: groupFracture, level: SafetyEmergency, plain: "a fall, and now being unable to stand or move",
		all: []string{"fall", "cant-move"}},
	// Fragile bones that a sneeze or a lift left unable to move: a
	// fracture until shown otherwise, as after a fall.
	{group: groupFracture, level: SafetyEmergency, plain: "a small strain with fragile bones, and now being unable to move",
		all: []string{"cant-move"}, any: []string{"thin-bones", "steroids"}, also: []string{"strain", "minor-trauma", "crack"}},
	{group: groupFracture, level: SafetyDoctor, plain: "a fall or strain with osteoporosis, steroids or older age",
		any: []string{"thin-bones", "steroids", "elderly"}, also: []string{"fall"}},
	// The strain may be the carer's: "I lift my grandma (85) in and out of
	// the bath and my back is killing me" is the asker's back.
	{group: groupFracture, level: SafetyDoctor, plain: "a fall or strain with osteoporosis, steroids or older age",
		any: []string{"thin-bones", "steroids", "elderly"}, also: []string{"strain"}, unless: []string{"carer"}},
	{group: groupFracture, level: SafetyDoctor, plain: "a small knock or move, then pain, with osteoporosis, steroids or older age",
		all: []string{"minor-trauma"}, any: []string{"thin-bones", "steroids", "elderly"}, also: []string{"pain", "severe", "crack", "tender"}},
	// A spine tender with a fever is the infection's picture.
	// Pain right on the spine with no hit told is the infection's when a
	// fever comes with it, and the cancer's with a history of cancer or
	// its signs: a spread to the spine is read before a fracture.
	{group: groupFracture, level: SafetyDoctor, plain: "severe pain right on the spine",
		all: []string{"severe", "spine-site"}, near: true, yields: []string{groupInfection, groupCancer}},
	{group: groupFracture, level: SafetyDoctor, plain: "tenderness right on the spine",
		all: []string{"tender", "spine-site"}, near: true, yields: []string{groupInfection, groupCancer}},
	{group: groupFracture, level: SafetyDoctor, plain: "a fall with pain right on the spine",
		all: []string{"fall", "spine-site", "pain"}, near: true},
	{group: groupFracture, level: SafetyDoctor, plain: "a fall with severe pain",
		all: []string{"fall", "severe"}, near: true, window: eventWindow},
	// Unable to stand is the fracture's when nothing else explains it: a
	// swollen leg is the clot's, a fever the infection's.
	{group: groupFracture, level: SafetyDoctor, plain: "being unable to stand or move, at an older age",
		all: []string{"cant-move", "elderly"}, yields: []string{groupClot, groupInfection}},
	{group: groupFracture, level: SafetyEmergency, plain: "being unable to get up off the floor",
		all: []string{"cant-move", "floor"}},
	{group: groupFracture, level: SafetyDoctor, plain: "being unable to stand or walk", all: []string{"cant-move"}, unless: []string{"exertion"},
		yields: []string{groupClot, groupInfection}},

	// Weight lost for no reason or with night sweats is the cancer's
	// picture (NICE NG59), named before the infection's fever.
	{group: groupCancer, level: SafetyDoctor, plain: "weight loss without a reason, with sweats or a fever",
		all: []string{"weight-loss", "fever"}, any: []string{"unexplained", "night-pain"}, unless: []string{"immune-weak", "recent-infection", "intended-loss"}},

	// Infection, told by a fever, chills or sweats: ahead of cancer, as a
	// fever during chemotherapy is an infection until shown otherwise.
	{group: groupInfection, level: SafetyEmergency, plain: "a fever and feeling very unwell",
		all: []string{"fever"}, any: []string{"collapse", "dizzy", "cant-move", "very-unwell"}},
	{group: groupInfection, level: SafetyDoctor, plain: "a fever or chills", all: []string{"fever"}},

	// Cancer. Its rules yield to the clot's: a leg swollen after a week
	// in bed is the clot's picture, not night pain that never eases.
	{group: groupCancer, level: SafetyDoctor, plain: "a history of cancer with new symptoms",
		all: []string{"cancer-history"}, any: []string{"weight-loss", "night-pain", "unwell", "unrelenting"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "a history of cancer with new back pain",
		all: []string{"cancer-history", "pain", "recent"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "cancer that has spread, with back pain",
		all: []string{"metastatic", "pain"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "a history of cancer with back pain",
		all: []string{"cancer-past", "pain"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "weight loss without a reason",
		all: []string{"weight-loss", "unexplained"}, near: true, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "weight loss with night pain or feeling unwell",
		all: []string{"weight-loss"}, any: []string{"night-pain", "unwell", "fever"}, unless: []string{"intended-loss"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "constant pain with feeling unwell",
		all: []string{"unrelenting", "unwell"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "weight loss with back pain",
		all: []string{"weight-loss", "pain"}, unless: []string{"intended-loss"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "pain at night that never eases",
		all: []string{"night-pain", "unrelenting"}, unless: []string{"sleep-cause", "exertion", "strain"}, yields: toClot},
	// Weeks of night pain that nothing eases: a workout explains a night
	// or two of soreness, not six weeks of it (NICE NG59's "non-mechanical
	// pain" with the time it has lasted).
	{group: groupCancer, level: SafetyDoctor, plain: "pain at night that has not eased for weeks",
		all: []string{"night-pain", "unrelenting", "weeks-ago"}, unless: []string{"sleep-cause", "strain"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "pain at night with feeling unwell",
		all: []string{"night-pain", "pain", "unwell"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "pain that never eases over the age of 50",
		all: []string{"unrelenting", "pain"}, any: []string{"over-50", "elderly"}, unless: []string{"exertion", "strain"}, yields: toClot},
	// Worse at rest or at night is the cancer red flag when the pain also
	// never eases, comes with feeling unwell or weight loss, or past 50.
	{group: groupCancer, level: SafetyDoctor, plain: "back pain that is worse at night or lying down and does not ease",
		all: []string{"worse-at-rest", "pain"}, any: []string{"unrelenting", "unwell", "weight-loss", "over-50", "elderly"},
		unless: []string{"sleep-cause", "exertion", "strain"}, yields: toClot},
	{group: groupCancer, level: SafetyDoctor, plain: "pain at night over the age of 50",
		all: []string{"night-pain", "pain"}, any: []string{"over-50", "elderly"}, yields: toClot},

	// Infection.
	{group: groupInfection, level: SafetyDoctor, plain: "injecting drugs, with back pain", all: []string{"injected-drugs", "pain"},
		unless: []string{"injected-medicine"}},
	{group: groupInfection, level: SafetyDoctor, plain: "a recent infection, with back pain", all: []string{"recent-infection", "pain"}},
	{group: groupInfection, level: SafetyDoctor, plain: "a weakened immune system, with new pain",
		all: []string{"immune-weak", "pain", "recent"}},

	// Abdominal aortic aneurysm.
	{group: groupAorta, level: SafetyEmergency, plain: "a tearing or ripping pain", all: []string{"tearing"},
		any: []string{"pain", "severe", "sudden", "belly-site", "faint", "cold-sweat", "collapse", "over-50", "elderly"}},
	// Collapse, faintness or a sudden severe pain with chest pain or
	// breathlessness is the heart's or the lung's picture: these yield.
	{group: groupAorta, level: SafetyEmergency, plain: "collapsing or going grey and clammy with pain",
		all: []string{"collapse", "pain"}, any: []string{"over-50", "elderly", "sudden", "severe"}, yields: []string{groupHeartLung}},
	{group: groupAorta, level: SafetyEmergency, plain: "a sudden tearing pain",
		all: []string{"tore"}, any: []string{"severe", "sudden", "belly-site", "faint"}, unless: []string{"exertion", "strain"}},
	{group: groupAorta, level: SafetyEmergency, plain: "a pulsing feeling in the belly", all: []string{"pulsing", "belly-site"}, near: true},
	{group: groupAorta, level: SafetyEmergency, plain: "sudden severe belly pain", all: []string{"sudden", "severe", "belly-site"}},
	{group: groupAorta, level: SafetyEmergency, plain: "severe pain with feeling faint", all: []string{"severe"}, any: []string{"faint", "cold-sweat"},
		yields: []string{groupHeartLung}},
	{group: groupAorta, level: SafetyEmergency, plain: "sudden pain with feeling faint, pale or sweaty", all: []string{"sudden", "pain"}, any: []string{"faint", "cold-sweat"},
		yields: []string{groupHeartLung}},
	{group: groupAorta, level: SafetyEmergency, plain: "sudden severe pain", all: []string{"sudden", "severe"},
		unless: []string{"strain", "exertion"}, near: true, yields: []string{groupHeartLung}},
	{group: groupAorta, level: SafetyEmergency, plain: "sudden belly and back pain over the age of 50",
		all: []string{"sudden", "pain", "belly-site"}, any: []string{"over-50", "elderly"}},
	// Severe back pain going into the belly past 50 is the aneurysm's
	// textbook picture, however it began.
	{group: groupAorta, level: SafetyEmergency, plain: "severe back and belly pain over the age of 50",
		all: []string{"severe", "belly-site"}, any: []string{"over-50", "elderly"}},
	{group: groupAorta, level: SafetyEmergency, plain: "sudden severe pain over the age of 50",
		all: []string{"sudden", "severe"}, any: []string{"over-50", "elderly"}},
	{group: groupAorta, level: SafetyEmergency, plain: "signs of an aortic aneurysm", all: []string{"named-aneurysm"}, unless: []string{"monitored"}},
	{group: groupAorta, level: SafetyEmergency, plain: "a known aneurysm with sudden or severe pain",
		all: []string{"named-aneurysm"}, any: []string{"severe", "sudden", "tearing", "tore", "faint", "cold-sweat"}},

	// A swollen leg with breathlessness or chest pain is a clot that may
	// have reached the lung: the clot's group, ahead of the heart's.
	{group: groupClot, level: SafetyEmergency, plain: "a swollen or red leg with shortness of breath or chest pain",
		any: []string{"swelling", "warm-red"}, also: []string{"calf-site", "one-leg"}, and: []string{"breathless", "chest-symptom", "cough-blood"}},

	// Heart or lung.
	{group: groupHeartLung, level: SafetyEmergency, plain: "chest pain or pressure", all: []string{"chest-symptom"}, unless: []string{"chest-workout", "assessed"}},
	{group: groupHeartLung, level: SafetyEmergency, plain: "chest pain or pressure",
		all: []string{"chest-site", "pain"}, unless: []string{"chest-workout", "assessed"}, near: true},
	{group: groupHeartLung, level: SafetyEmergency, plain: "chest pain with shortness of breath, sweating or nausea",
		all: []string{"chest-site", "pain"}, any: []string{"breathless", "faint", "cold-sweat", "sweating", "nausea", "arm-jaw-site"}, near: true},
	// Chest pressure with a cold sweat, nausea or breathlessness is the
	// heart's, whatever the person thinks caused it ("a pulled muscle").
	{group: groupHeartLung, level: SafetyEmergency, plain: "chest pain with sweating, nausea or shortness of breath",
		all: []string{"chest-symptom"}, any: []string{"breathless", "faint", "cold-sweat", "sweating", "nausea", "arm-jaw-site"}},
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain spreading to the jaw and arm",
		all: []string{"pain", "jaw-site"}, any: []string{"left-arm", "chest-site", "between-shoulder-blades", "sciatica"}, near: true},
	{group: groupHeartLung, level: SafetyEmergency, plain: "coughing up blood", all: []string{"cough-blood"}},
	// "Like heartburn" is how a heart attack is often told: with nausea,
	// a sweat or breathlessness it is the heart's until shown otherwise.
	{group: groupHeartLung, level: SafetyEmergency, plain: "a heartburn-like pain with sweating, nausea or shortness of breath",
		all: []string{"heartburn"}, any: []string{"breathless", "faint", "cold-sweat", "nausea", "sweating", "arm-jaw-site", "between-shoulder-blades"}},
	{group: groupHeartLung, level: SafetyEmergency, plain: "shortness of breath with pain",
		all: []string{"breathless"}, any: []string{"pain", "chest-site", "between-shoulder-blades"}, unless: []string{"exertion"}},
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain between the shoulder blades with sweating or nausea",
		all: []string{"between-shoulder-blades", "pain"}, any: []string{"faint", "cold-sweat", "nausea", "breathless"}},
	// A sweat or a racing heart with pain between the shoulder blades is
	// the heart's, as with pain into the left arm; a workout, a strain or
	// the sweats of a fever or an infection explain it.
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain between the shoulder blades with sweating or a racing heart",
		all: []string{"between-shoulder-blades", "pain"}, any: []string{"sweating", "palpitations"},
		unless: []string{"exertion", "strain", "fever", "recent-infection", "immune-weak"}, near: true, window: eventWindow},
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain spreading to the arm or jaw with sweating or nausea",
		all: []string{"arm-jaw-site", "pain"}, any: []string{"faint", "cold-sweat", "nausea", "breathless"}},
	// Pain going into the left arm with feeling sick or sweating is the
	// heart's, however the person names the feeling.
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain spreading to the left arm with feeling sick or sweating",
		all: []string{"pain", "left-arm"}, any: []string{"unwell", "sweating"}, unless: []string{"exertion", "strain"}, near: true, window: eventWindow},
	// A left arm gone numb with a sweat, sickness or breathlessness is
	// how a heart attack often comes without chest pain; an arm slept
	// on, a position held or a workout explains the numbness away.
	{group: groupHeartLung, level: SafetyEmergency, plain: "a numb left arm with sweating, feeling sick or shortness of breath",
		all: []string{"numbness", "left-arm"}, any: []string{"sweating", "cold-sweat", "nausea", "unwell", "breathless", "faint"},
		unless: []string{"exertion", "strain", "slept-on"}, near: true, window: eventWindow},
	// Jaw and back aching together with feeling sick is the heart's
	// picture told in fragments, unless the mouth or a cold explains it.
	{group: groupHeartLung, level: SafetyEmergency, plain: "pain in the jaw with feeling sick",
		all: []string{"pain", "jaw-site", "unwell"}, unless: []string{"exertion", "strain", "jaw-cause"}, near: true, window: eventWindow},
	{group: groupHeartLung, level: SafetyEmergency, plain: "signs of a clot in the lung", all: []string{"named-embolism"}},

	// Deep vein thrombosis.
	{group: groupClot, level: SafetyDoctor, plain: "a swollen calf", all: []string{"calf-site", "swelling"}, unless: []string{"exertion"}, near: true},
	{group: groupClot, level: SafetyDoctor, plain: "a warm, red or tender calf",
		all: []string{"calf-site"}, any: []string{"warm-red", "tender"}, unless: []string{"exertion", "skin-cause"}, near: true},
	{group: groupClot, level: SafetyDoctor, plain: "a warm or red calf that hurts",
		all: []string{"calf-site", "warm-red"}, any: []string{"tender", "pain", "swelling"}, unless: []string{"skin-cause"}, near: true},
	// A leg (not only a calf) that is tender to touch and warm or red: "a
	// hard tender lump in the back of my thigh, the skin warm and red".
	{group: groupClot, level: SafetyDoctor, plain: "a leg that is tender, warm and red",
		all: []string{"one-leg", "tender", "warm-red"}, unless: []string{"exertion", "skin-cause"}, near: true},
	// A bite, a sting or a sunburn explains a red, swollen patch on the
	// leg as it explains a red calf. How far the swelling goes and since
	// when often come between ("swollen from the ankle up since the
	// flight, and hot"): the event's window.
	{group: groupClot, level: SafetyDoctor, plain: "a swollen leg that is warm, red or tender",
		all: []string{"one-leg", "swelling"}, any: []string{"warm-red", "tender"}, unless: []string{"skin-cause"}, near: true, window: eventWindow},
	{group: groupClot, level: SafetyDoctor, plain: "a possible blood clot", all: []string{"named-clot"}, unless: []string{"history-of"}},
	{group: groupClot, level: SafetyDoctor, plain: "a swollen, painful leg",
		all: []string{"swelling", "pain"}, any: []string{"one-leg", "calf-site"}, unless: []string{"strain", "exertion", "fall", "major-trauma", "trauma-word"}, near: true},
	// Surgery is a clot's risk: a leg swollen since an operation.
	{group: groupClot, level: SafetyDoctor, plain: "a swollen leg after surgery",
		all: []string{"swelling", "surgery"}, any: []string{"one-leg", "calf-site"}, near: true},
	{group: groupClot, level: SafetyDoctor, plain: "a calf pain that does not go away",
		all: []string{"calf-site", "unrelenting"}, unless: []string{"exertion"}, near: true},
}
