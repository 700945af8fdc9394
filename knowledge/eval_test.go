package knowledge

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// evalCase is one labelled question of testdata/questions*.yaml.
type evalCase struct {
	Q    string `yaml:"q"`
	Want string `yaml:"want"`
	Kind string `yaml:"kind"`
}

func loadEvalCases(t testing.TB, name string) []evalCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read eval set: %v", err)
	}
	var doc struct {
		Cases []evalCase `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	return doc.Cases
}

// developmentSets are the labelled sets used whole for development: TestEval
// prints their failures. The other sets are used by halves (the even half
// printed) or held out (only counted).
var developmentSets = map[string]bool{"questions.yaml": true, "chat5-questions.yaml": true, "chat6-questions.yaml": true, "chat8-questions.yaml": true,
	"chat9-questions.yaml": true, "chat10-questions.yaml": true, "chat11-questions.yaml": true,
	"chat13-questions.yaml": true, "chat14-questions.yaml": true, "chat15-questions.yaml": true, "chat18-questions.yaml": true, "chat20-questions.yaml": true,
	"chat23-questions.yaml": true, "chat25-questions.yaml": true, "chat27-questions.yaml": true,
	"chat29-questions.yaml": true, "chat31-questions.yaml": true, "chat32-questions.yaml": true,
	"chat34-questions.yaml": true}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestEval measures the whole answering pipeline on labelled questions
// written the way people type on Discord, and fails when it falls below the
// floors.
func TestEval(t *testing.T) {
	r := Responder{Matcher: NewMatcher(Default(), MatchOptions{})}
	tests := []struct {
		file                       string
		half                       int // 0: all cases; 1: the even-indexed half; 2: the odd one
		minAccuracy, minAbstention float64
		maxConfidentWrong          float64
	}{
		// Floors are what the pipeline reaches minus a small margin; raise
		// them as it improves, never lower them to let a change through.
		// The targets are 95% / 95% / 2%. Only the development sets'
		// failures are printed (see log), so the others stay unseen: the
		// halves of chat-questions.yaml (a copy of ../shared/eval, written
		// by people who saw neither the base nor the matcher) and of
		// chat3-questions.yaml (a third set, written blind from the
		// article by someone who never saw the code; it adds comparisons,
		// booking with a technique and descriptions) are by case index,
		// even for development, odd held out.
		//
		// Measured (in-scope top-1 / abstention / confident wrong) after
		// the work on chat3's development half (long messages judged by
		// their asking sentences, inline code kept, emoji shortcodes,
		// treatment vs concept, descriptions, booking from a day or a
		// phrase, comparisons by a title's distinctive part, vocabulary
		// and everyday-word families), before -> after:
		//   questions.yaml          95.7 / 100 / 0.4  -> 97.5 / 100 / 0.0
		//   questions_holdout.yaml  92.5 / 100 / 1.7  -> unchanged
		//   questions_unseen.yaml   95.5 / 100 / 1.7  -> unchanged
		//   questions_blind.yaml    93.3 / 95.0 / 2.3 -> 95.6 / 95.0 / 2.3
		//   chat-questions half 1   93.6 / 97.1 / 1.8 -> 97.4 / 97.1 / 0.9
		//   chat-questions half 2   94.7 / 89.2 / 3.5 -> 96.1 / 91.9 / 2.7
		//   chat3-questions half 1  78.7 / 97.4 / 3.1 -> 92.6 / 100 / 1.2
		//   chat3-questions half 2  75.6 / 97.3 / 5.0 -> 81.3 / 100 / 1.9
		// Then, on slang, descriptions and comparisons (lay names for the
		// therapist and for bound fascia, ache, slang judgements as
		// colour, "what is it called", "the point of", a compared name
		// ending before "which"), before -> after:
		//   questions_blind.yaml    95.6 / 95.0 / 2.3 -> 96.7 / 95.0 / 2.3
		//   chat-questions half 1   97.4 / 97.1 / 0.9 -> 98.7 / 97.1 / 0.9
		//   chat3-questions half 1  92.6 / 100 / 1.2  -> 95.9 / 100 / 1.2
		//   chat3-questions half 2  81.3 / 100 / 1.9  -> 82.1 / 100 / 1.9
		//   every other set unchanged.
		// Then, on the fifth and sixth sets (development, whole): day
		// abbreviations, a name typed with slips counts as named, a
		// message that is one fenced block, a name after "@", a related
		// rival costs at most 20%, colour words, "stand for", when words
		// as colour, "rub" and "crick", struck-out text, "the root of", a
		// description's "where", before -> after:
		//   questions_blind.yaml    96.7 / 95.0 / 2.3 -> 97.8 / 95.0 / 2.3
		//   chat3-questions half 2  82.1 / 100 / 1.9  -> 84.6 / 100 / 1.9
		//   chat5-questions.yaml    86.7 / 97.4 / 1.2 -> 91.9 / 97.4 / 1.2
		//   chat4-questions.yaml    85.6 / 100 / 1.0  -> 86.3 / 100 / 1.0
		//   chat6-questions.yaml    77.2 / 97.2 / 2.3 -> 85.9 / 97.2 / 1.8
		//   every other set unchanged.
		// Then, in the sixth round (a word typed with slips weighs in the
		// domain as the word it is read as, "what else is massage good
		// for, besides..." asks for the benefits, colour words, slang
		// for a bad back and for knots, more booking phrases), before ->
		// after:
		//   chat5-questions.yaml    91.9 / 97.4 / 1.2 -> 94.2 / 97.4 / 1.2
		//   chat6-questions.yaml    88.9 / 96.1 / 1.8 -> 91.7 / 96.1 / 1.8
		//   chat4-questions.yaml    86.3 / 100 / 1.0  -> 86.9 / 100 / 1.0
		//   every other set unchanged.
		// Then, in the seventh round (on chat8, development, whole:
		// "anxious" as anxiety, duration and confusion words as colour,
		// whom "contact"/"call" reaches as the topic, a technique's
		// modifier before a noun the base lacks ("swedish meatballs"),
		// every cue of a request's act neutral, "instead" as colour),
		// before -> after:
		//   chat8-questions.yaml    89.9 / 91.2 / 2.9 -> 92.6 / 94.7 / 2.0
		//   questions_blind.yaml    98.9 / 95.0 / 2.3 -> 98.9 / 97.5 / 1.5
		//   chat7-questions.yaml    90.5 / 93.0 / 2.4 -> 91.2 / 93.0 / 2.4
		//   every other set unchanged.
		// Then, in the eighth round's work on abstention (an entry's
		// anchor, "what kind of X is best", "are you a real person",
		// "the benefits I have", an overview of choices giving way to a
		// close rival), before -> after:
		//   chat8-questions.yaml    93.2 / 94.7 / 2.0 -> 93.9 / 98.2 / 0.5
		//   chat9-questions.yaml    81.8 / 96.5 / 1.0 -> 81.8 / 100 / 0.0
		//   chat10-questions.yaml   92.6 / 100 / 1.0  -> 93.2 / 100 / 0.5
		//   chat11-questions.yaml   89.2 / 94.7 / 2.0 -> 89.2 / 100 / 0.5
		//   chat3-questions half 1  97.5 / 100 / 1.2  -> 98.4 / 100 / 0.6
		//   chat7-questions.yaml    91.9 / 93.0 / 2.4 -> 91.9 / 96.5 / 1.5
		//   chat12-questions.yaml   87.4 / 95.2 / 2.4 -> 87.4 / 96.8 / 2.0
		//   every other set unchanged.
		// Then, in the eighth round (on chat9, chat10 and chat11: a short
		// message of several sentences read as a story, the small words
		// of a request to reach the clinic, a word's derived forms, the
		// people of a story, "where are you", of two questions the first
		// sure one, a knot without its k, a command and a spoiler tag,
		// what the pain comes from, "sometime", a span of years, "how
		// effective is"), in-scope top-1 before -> after (abstention did
		// not move; confident wrong moved only where given):
		//   questions.yaml          97.5 -> 98.2
		//   questions_holdout.yaml  92.5 -> 95.0
		//   questions_blind.yaml    98.9 -> 100 (confident wrong 1.5 -> 0.8)
		//   chat3-questions half 1  97.5 -> 98.4 (confident wrong 1.2 -> 0.6)
		//   chat4-questions.yaml    90.8 -> 91.5
		//   chat7-questions.yaml    91.9 -> 92.6
		//   chat12-questions.yaml   87.4 -> 89.5
		//   chat5 96.0 -> 96.5, chat6 93.1 -> 93.8, chat8 93.2 -> 96.6
		//   (confident wrong 2.0 -> 1.5), chat9 81.8 -> 89.2 (confident
		//   wrong 1.0 -> 1.5), chat10 92.6 -> 95.9, chat11 89.2 -> 93.9;
		//   every other set unchanged.
		// Then, in the eighth round's second work on abstention ("what
		// kind of massage was that" after a description, the word before
		// a slot without a verb that books, "a good technique for X", a
		// kind of therapist the base never speaks of), before -> after:
		//   chat13-questions.yaml   88.0 / 96.3 / 2.8 -> 90.2 / 98.8 / 0.5
		//   chat14-questions.yaml   72.4 / 100 / 2.9  -> 73.6 / 100 / 2.0
		//   chat8-questions.yaml    97.3 / 98.2 / 0.5 -> 97.3 / 100 / 0.0
		//   chat7-questions.yaml    92.6 / 96.5 / 1.5 -> 92.6 / 98.2 / 1.0
		//   every other set unchanged.
		// Then, in the ninth round's work on intent and the asking
		// sentence (a slot wanted for what follows "for", a means of
		// contact reaching nobody, the asker's thing ending before a
		// question word, a reply in a thread read from its question, the
		// clinic's name and "were is", a one-line quoted block, a sure
		// suggestion far surer than an unsure best), before -> after:
		//   chat15-questions.yaml   89.2 / 100 / 0.5  -> 93.9 / 100 / 0.0
		//   chat13-questions.yaml   92.5 / 98.8 / 0.5 -> 93.2 / 98.8 / 0.5
		//   chat3-questions half 2  88.6 / 100 / 1.9  -> 89.4 / 100 / 1.9
		//   chat4-questions.yaml    92.2 / 100 / 0.5  -> 92.8 / 100 / 0.5
		//   chat7-questions.yaml    93.9 / 98.2 / 1.0 -> 94.6 / 98.2 / 1.0
		//   chat16-questions.yaml   91.2 / 100 / 1.5  -> 91.9 / 100 / 1.5
		//   every other set unchanged.
		// Then, in round 9c's vocabulary of how long relief lasts
		// ("lasting", "temporary", "wears off" read as "long term"):
		//   chat4-questions.yaml    92.8 / 100 / 0.5  -> 93.5 / 100 / 0.5
		//   chat8-questions.yaml    97.3 / 100 / 0.0  -> 98.0 / 100 / 0.0
		//   chat11-questions.yaml   94.6 / 100 / 0.5  -> 95.3 / 100 / 0.5
		//   every other set unchanged.
		// Then the lay names of a road accident ("fender bender",
		// "rear ended", "collision") read as "accident":
		//   chat15-questions.yaml   94.6 / 100 / 0.0  -> 95.3 / 100 / 0.0
		//   every other set unchanged.
		// Then "in the first place" read as "cause" ("why does it start
		// in the first place"):
		//   chat13-questions.yaml   93.2 / 98.8 / 0.5 -> 94.7 / 98.8 / 0.5
		//   every other set unchanged.
		// Then pain in the neck ("neck pain", "in my neck", "into my
		// neck") read as the upper back the entries name (the bare word
		// "neck" was tried: it sent "help my neck too" to the benefits,
		// a confident wrong on chat14):
		//   questions_holdout.yaml  95.0 / 100 / 1.7  -> 97.5 / 100 / 1.7
		//   chat5-questions.yaml    97.7 / 100 / 0.4  -> 98.3 / 100 / 0.4
		//   chat8-questions.yaml    98.0 / 100 / 0.0  -> 98.6 / 100 / 0.0
		//   chat14-questions.yaml   86.5 / 100 / 1.0  -> 87.1 / 100 / 1.0
		//   every other set unchanged.
		// Then lay names of hands-on work ("manual therapy", "muscle
		// work", "hands on treatment") read as "massage":
		//   chat-questions half 1   98.7 / 100 / 0.0  -> 100 / 100 / 0.0
		//   every other set unchanged.
		// Then, in the tenth round (on chat18 and chat14: everyday words
		// that were read as slips, "schedule a message", "the right
		// technique for", "good for you", a held word in a who clause or a
		// comparative, comparisons with no rival, kinds asked for as a
		// list, and vocabulary for descriptions: the deep, spa, knot, fascia,
		// intense, light pressure one, pushing on a spot, feeling nice, the
		// wrap around the muscles, your staff, a booking link), before ->
		// after:
		//   chat18-questions.yaml   70.0 / 93.3 / 5.0 -> 82.1 / 98.3 / 1.0
		//   chat14-questions.yaml   87.1 / 100 / 1.0  -> 91.4 / 100 / 1.0
		//   chat6-questions.yaml    94.4 / 98.7 / 0.9 -> 95.1 / 98.7 / 0.5
		//   chat9-questions.yaml    91.9 -> 93.9, chat11 95.3 -> 95.9,
		//   chat13 94.7 -> 96.2 (abstention and confident wrong unchanged);
		//   every other development set unchanged.
		// The seventeenth round's work on slang, long messages and typos
		// raised, in-scope top-1: chat9 95.3 -> 95.9, chat11 97.3 -> 98.0,
		// chat14 95.1 -> 95.7, chat20 87.8 -> 89.2, chat25 86.9 -> 87.6,
		// chat27 95.9 -> 96.6 (abstention and confident wrong unchanged).
		// The twelfth round (sample questions answer their own entry,
		// requests to reach a person or come in, a sure related topic
		// over its technique, the frame of a request) raised, in-scope
		// top-1: questions.yaml 98.2 -> 98.8, chat6 95.1 -> 95.8, chat9
		// 93.9 -> 94.6, chat13 97.0 -> 97.7, chat15 95.3 -> 95.9; the
		// held-out sets' floors follow their counts.
		{"questions.yaml", 0, 0.985, 0.99, 0.005},
		{"questions_holdout.yaml", 0, 0.97, 0.99, 0.02},
		{"questions_unseen.yaml", 0, 0.95, 0.99, 0.02},
		{"questions_blind.yaml", 0, 0.995, 0.97, 0.02},
		{"chat-questions.yaml", 1, 0.995, 0.97, 0.01},
		{"chat-questions.yaml", 2, 0.955, 0.91, 0.03},
		{"chat3-questions.yaml", 1, 0.98, 0.99, 0.007},
		// The ninth round's vocabulary fix (a phrase with small words is
		// read only as written: "wound up" is tight, "a wound" is not) cost
		// this held-out half two answers that were right by luck of the old
		// reading (one by "hit" read as getting in touch): 110 -> 108.
		{"chat3-questions.yaml", 2, 0.885, 0.99, 0.02},
		// chat4-questions.yaml, a fourth set written blind from the
		// article, is held out whole: measured once the work on the
		// others was done (83.7 / 100 / 1.0; 85.6 / 100 / 1.0 after the
		// fourth round, 86.3 / 100 / 1.0 after the fifth, 86.9 / 100 / 1.0
		// after the sixth), its failures
		// never printed.
		{"chat4-questions.yaml", 0, 0.945, 0.99, 0.015},
		// chat7-questions.yaml, a seventh set written blind from the
		// article, is held out whole like chat4: first measured once the
		// fifth round's work was merged (90.5 / 93.0 / 2.4; the code at
		// the start of that round, d9769b0: 87.2 / 91.2 / 3.4), its
		// failures never printed; 91.2 / 93.0 / 2.4 after the seventh round.
		{"chat7-questions.yaml", 0, 0.95, 0.975, 0.011},
		// chat6-questions.yaml, written blind from the article by another
		// writer, is a development set whole (its failures are printed):
		// first measured, before any work on it, at 77.2 / 97.2 / 2.3, and
		// at 79.9 / 96.1 / 2.3 once the lead relabelled its questions about
		// opening hours out of scope (88.9 / 96.1 / 1.8 after the fifth round,
		// 91.7 / 96.1 / 1.8 after the sixth).
		// The fifteenth round's lay words ("legit" of the clinic's people):
		// 96.5 / 98.7 / 0.5.
		// The seventeenth round's third chat pass ("opening hours" are
		// not a slot to book): 97.2 / 100 / 0.
		{"chat6-questions.yaml", 0, 0.97, 0.995, 0.001},
		// chat5-questions.yaml, a fifth blind set (hours relabelled out of
		// scope by the lead), is a development set whole: first measured
		// at 86.7 / 97.4 / 1.2 on the code before this round, 87.3 / 97.4
		// / 1.2 after the day abbreviations, before any work on it.
		// 98.8 / 100 / 0.4 after the fifteenth round (a long message judged
		// by its asking sentence about the clinic).
		{"chat5-questions.yaml", 0, 0.985, 0.97, 0.015},
		// chat8-questions.yaml, an eighth set written blind from the
		// article, is a development set whole: first measured, before any
		// work on it, at 89.9 / 91.2 / 2.9.
		// 99.3 / 100 / 0 after the fifteenth round ("legit" RMTs; its
		// sciatica question, answered for a while, left out again).
		{"chat8-questions.yaml", 0, 0.99, 0.99, 0.003},
		// chat9-, chat10- and chat11-questions.yaml, written blind from the
		// article for the eighth round by three writers in three styles
		// (older and non-native speakers; teenagers and phone typing;
		// careful writers who give context first), are development sets
		// whole: first measured, before any work on them, at 81.8 / 96.5 /
		// 1.0, 92.6 / 100 / 1.0 and 89.2 / 94.7 / 2.0.
		// After the fifteenth round (a form to fill in; pain far from where a
		// knot is): chat9 95.3 / 100 / 0.5, chat11 97.3 / 100 / 0.
		// The eighteenth round's chatB pass (a name with a bare "what"
		// tacked on or called "this X business", the people's skill in a
		// named technique, an injury as an accident): chat9 97.3 -> 98.6 /
		// 100 / 0, chat11 98.0 -> 99.3 / 100 / 0.
		{"chat9-questions.yaml", 0, 0.98, 0.99, 0.005},
		{"chat10-questions.yaml", 0, 0.98, 0.99, 0.006},
		{"chat11-questions.yaml", 0, 0.985, 0.99, 0.003},
		// chat12-questions.yaml, written blind for the eighth round, is
		// held out whole: first measured before that round's work at
		// 87.4 / 95.2 / 2.4, its failures never printed.
		{"chat12-questions.yaml", 0, 0.92, 0.965, 0.021},
		// chat13- and chat14-questions.yaml, written blind midway through the
		// eighth round (one heavy on questions the article does not answer
		// and on base words in other senses, one on people describing what
		// they cannot name), are development sets whole: first measured,
		// unseen, on main at 00348a0, after that round's first merges, at
		// 88.0 / 96.3 / 2.8 and 72.4 / 100 / 2.9; 91.0 / 96.3 / 1.9 and
		// 81.0 / 100 / 1.0 after the vocabulary of descriptions and a story
		// read for the technique "that" refers to, and the second work on
		// abstention; chat14 83.4 after implied booking, descriptions in a
		// topic's words and contact words with a slip; chat14 86.5 after
		// the ninth round's vocabulary (phrases with small words read as
		// written; worry, getting hold of, rocks, soreness after a workout).
		// After the fifteenth round (a therapist's elbows and knuckles,
		// rubbing, small words typed short): chat13 98.5 / 98.8 / 0.5,
		// chat14 93.9 / 100 / 1.0.
		{"chat13-questions.yaml", 0, 0.98, 0.98, 0.005},
		// The seventeenth round's work on partial answers, paraphrases and
		// two questions in one (branch chatA: descriptor kinds, the effects
		// and results of massage, how long relief lasts, which of the
		// clinic's people, a back told sore or stiff, words set aside read
		// apart, a question the base answers beside one it lacks, pressure
		// turned down, booking as a subject, a dangling "after", lay words)
		// took chat14 to 95.7 / 100 / 0.5, chat15 to 98.6 / 100 / 0,
		// chat20 to 89.9 / 100 / 0.5, chat25 to 89.7 / 96.4 / 1.5, chat27
		// to 98.0 / 100 / 0, chat29 to 92.6 / 98.1 / 2.5 and chat31 to
		// 92.2 / 95.2 / 1.7.
		{"chat14-questions.yaml", 0, 0.955, 0.99, 0.006},
		// chat15-questions.yaml, written blind from the article for the ninth
		// round (voice-to-text, non-native speakers, replies in a thread,
		// fragments), is a development set whole: first measured, before any
		// work on it, at 89.2 / 100 / 0.5.
		// 97.3 / 100 / 0 after the fifteenth round.
		{"chat15-questions.yaml", 0, 0.985, 0.99, 0.003},
		// chat16-questions.yaml, written blind for the ninth round (an even
		// mix of everyone a clinic's server sees), is held out whole: first
		// measured, before any work of the round, at 91.2 / 100 / 1.5, its
		// failures never printed.
		// After the thirteenth round: 93.2 / 100 / 1.0.
		{"chat16-questions.yaml", 0, 0.925, 0.99, 0.016},
		// chat17-questions.yaml, written blind for the tenth round (an even
		// mix of members), is held out whole: first measured, before any
		// work of the round, at 89.0 / 92.7 / 2.0, its failures never
		// printed.
		{"chat17-questions.yaml", 0, 0.885, 0.92, 0.021},
		// chat18-questions.yaml, written blind for the tenth round (members
		// who describe what they want rather than name it, long stories,
		// comparisons, booking with a technique, base words in other
		// senses), is a development set whole: first measured, before any
		// work on it, at 70.0 / 93.3 / 5.0; after the eleventh round's
		// work on it, 82.1 / 98.3 / 1.0; 84.3 / 98.3 / 1.0 in the
		// thirteenth round (100 / 0.5 abstaining and wrong once a contact
		// cue of the asker's own thing is about that thing); 85.0 / 100 /
		// 0.5 once a question before a story after a comma is asked alone;
		// 85.7 / 100 / 0.5 after the fourteenth round.
		// 89.3 / 100 / 0.5 after the fifteenth round (sleep, who one would
		// see, a lump like a marble, what the clinic would pick).
		// 93.6 / 100 / 0.5 after the nineteenth round's chat pass A (a
		// technique described after "a ... where", a press that makes
		// another place hurt, a muscle thing against the bones).
		{"chat18-questions.yaml", 0, 0.925, 0.995, 0.006},
		// chat19-questions.yaml, written blind for the eleventh round (an
		// even mix of members, newcomers describing techniques they cannot
		// name among them), is held out whole: first measured, before any
		// work of the round, at 85.7 / 100 / 2.5, its failures never printed.
		// The round's chat work (descriptions, lay words, other senses)
		// cost it one question: 85.0 / 100 / 2.5 after it.
		// After the thirteenth round: 85.7 / 100 / 2.5.
		{"chat19-questions.yaml", 0, 0.85, 0.99, 0.026},
		// chat20-questions.yaml, written blind for the thirteenth round
		// (members who describe techniques instead of naming them, lay words
		// for their own back, long stories, two questions at once), is a
		// development set whole: first measured, before any work on it, at
		// 73.6 / 96.2 / 4.5; 77.7 / 96.2 / 4.0 after lay words for what a
		// therapist does (leaning in, the deeper layers, pressing and
		// holding, the tissue under the skin); 78.4 / 96.2 / 3.5 once a
		// name's words must stand together; 78.4 / 98.1 / 3.0 once what
		// to buy is a product the base does not hold; 79.1 / 98.1 / 2.5
		// once "the kind of thing" asks no kind of massage; 79.7 / 98.1 /
		// 2.5 once "anything else good" massage does asks for benefits;
		// 79.7 / 100 / 2.0 once a contact cue of the asker's own thing
		// is about that thing; 80.4 / 100 / 2.0 with "nott" for knot;
		// 81.1 / 100 / 2.0 once a second question that refers back
		// ("and what is it") asks of the one technique the first names;
		// 81.8 / 100 / 2.0 with lay words for pain felt somewhere else;
		// 83.1 / 100 / 2.0 after the fourteenth round.
		// 86.5 / 100 / 1.5 after the fifteenth round.
		// 93.2 / 100 / 0 after the nineteenth round's chat pass A (the
		// name of a described technique asked with a modal, "what would
		// that be called"; the right person to see at the clinic); from
		// 91.9 / 100 / 0.5 before it.
		{"chat20-questions.yaml", 0, 0.925, 0.995, 0.006},
		// chat21-questions.yaml, written blind for the thirteenth round (an
		// even mix of members), is held out whole: first measured, before
		// any work of the round, at 88.4 / 100 / 2.0, its failures never
		// printed.
		// After the round's work: 89.1 / 100 / 1.5.
		{"chat21-questions.yaml", 0, 0.885, 0.99, 0.016},
		// chat22-questions.yaml, written blind during the thirteenth round
		// (an even mix of members), is held out whole: first measured on
		// main while the round's work was still on its branches, at 85.7 /
		// 96.2 / 2.5, its failures never printed.
		// After the round's work was merged: 87.1 / 96.2 / 2.5.
		{"chat22-questions.yaml", 0, 0.865, 0.96, 0.026},
		// chat23-questions.yaml, written blind for the fourteenth round
		// (newcomers, members writing English as a second language, people
		// who describe what they feel instead of naming a technique, a few
		// experts), is a development set whole: first measured, before any
		// work on it, at 85.0 / 94.3 / 2.5; 89.1 / 98.1 / 1.0 after the
		// round's work (choosing a therapist, booking words with slips, a
		// time as an appointment, lay words for trigger points, one side
		// tighter than the other). The fifteenth round's safety work left a
		// night worker's booking question to the matcher.
		// 93.9 / 98.1 / 1.0 after the fifteenth round (snagging a spot, a
		// number to call, sleep, choosing a therapist).
		// 94.6 / 100 / 0 after the seventeenth round's third chat pass (a
		// site named by a word of booking, opening hours).
		{"chat23-questions.yaml", 0, 0.945, 0.995, 0.001},
		// chat24-questions.yaml, written blind for the fourteenth round
		// (busy parents and workers typing fast on phones: fragments,
		// slang, two questions at once), is held out whole: first measured,
		// before any work of the round, at 85.6 / 98.1 / 2.0, its failures
		// never printed.
		{"chat24-questions.yaml", 0, 0.85, 0.98, 0.021},
		// chat25-questions.yaml, written blind for the fifteenth round
		// (members who rarely name the topic: "what would you recommend",
		// "is it worth it if", hints, reactions to what a friend said, a
		// story mixed with a question about the clinic), is a development
		// set whole: first measured, before any work on it, at 78.6 /
		// 94.5 / 3.5.
		// 85.5 / 94.5 / 2.5 after the fifteenth round's work on it (lay
		// words, the colour of a story, what the clinic would recommend);
		// 86.9 / 96.4 / 2.0 after the sixteenth round's second pass.
		// 86.9 / 96.4 / 2.0 after the sixteenth round's second pass;
		// 87.6 / 100 / 0.5 after the seventeenth round's third chat pass
		// (a name qualifying a foreign noun, massage devices, a kind
		// described after "the").
		// 93.8 / 100 / 0 after the nineteenth round's chat pass A (from
		// 91.7 / 100 / 0.5: a story naming a technique by an alias, then
		// "is that something you do"; "nots" for knots; sports injuries).
		{"chat25-questions.yaml", 0, 0.925, 0.995, 0.006},
		// chat26-questions.yaml, written blind for the fifteenth round (an
		// even mix of members of every age and background, second-language
		// writers among them), is held out whole: first measured, before
		// any work of the round, at 88.4 / 94.3 / 2.0, its failures never
		// printed.
		{"chat26-questions.yaml", 0, 0.88, 0.94, 0.021},
		// chat27-questions.yaml, written blind for the sixteenth round
		// (plain questions, stories, Discord noise, knowledge-base words in
		// another sense), is a development set whole: first measured,
		// before any work on it, at 91.9 / 96.2 / 2.0; 95.3 / 100 / 1.0
		// after the round's second pass (what a named thing is, asked with
		// colour; what a question sets aside; finding the clinic).
		// 96.6 / 100 / 0 after the seventeenth round's third chat pass (a
		// question about the clinic's people).
		{"chat27-questions.yaml", 0, 0.975, 0.995, 0.001},
		// chat28-questions.yaml, written blind for the sixteenth round by
		// the same writer (older members, newcomers, gym-goers, office
		// workers, parents), is held out whole: first measured, before any
		// work of the round, at 85.8 / 96.2 / 4.0, its failures never
		// printed.
		{"chat28-questions.yaml", 0, 0.85, 0.96, 0.041},
		// chat29-questions.yaml, written blind for the seventeenth round
		// (members of every age, culture and English level; Discord noise;
		// stories with the question buried), is a development set whole:
		// first measured, before any work on it, at 86.5 / 98.1 / 3.5;
		// 87.2 / 98.1 / 3.5 once "who's right?" asks nothing foreign.
		// 89.2 / 100 / 1.0 after the round's third chat pass (confident
		// wrong answers: whom a request reaches, a technique named in the
		// story, which of many, the clinic's people, booking as a subject).
		// 96.6 / 100 / 0.5 at the round's end, after its fourth and fifth
		// chat passes (comparisons for the base's side, a described kind).
		// 97.3 / 100 / 0 after the nineteenth round, chat pass (a slang
		// verdict on massage itself asks whether it helps).
		{"chat29-questions.yaml", 0, 0.97, 0.995, 0.004},
		// chat30-questions.yaml, written blind for the seventeenth round by
		// the same writer with other people and phrasing, is held out
		// whole: first measured, before any work of the round, at 89.2 /
		// 96.2 / 2.5, its failures never printed.
		{"chat30-questions.yaml", 0, 0.89, 0.96, 0.026},
		// chat31-questions.yaml, written blind for the seventeenth round by
		// a second writer (240 questions, mostly in scope: paraphrase,
		// partial, slang, long, typo), is a development set whole: first
		// measured, before any work on it, at 90.4 / 95.2 / 2.5.
		// 92.7 / 100 / 1.7 after the round's work on slang, long messages
		// and typos (everyday words that are no slips, colour and verdict
		// words, the frames of a story's question, the people who treat);
		// 91.3 / 100 / 1.2 after the third chat pass alone (a refused
		// pressure, a trigger point in a game, a phrase started in what a
		// question sets aside); 96.3 / 100 / 0.4 at the round's end, with
		// all five passes merged. The eighteenth round's chatB pass (a low
		// mood read as the anxiety massage may ease): 96.8 / 100 / 0.4.
		{"chat31-questions.yaml", 0, 0.965, 0.995, 0.009},
		// chat32-questions.yaml, written blind for the eighteenth round (240
		// questions from the article and the safety reference alone: long
		// stories, slang, typos, Discord noise), is a development set whole:
		// first measured, before any work of the round, at 93.0 / 98.2 / 1.7.
		// 97.8 / 100 / 0 after the round's third chat pass alone ("dose"
		// typed for "does", a dropped silent e, people skilled with a
		// trouble, the small words' own budget in the domain check, a thing
		// done for a span of time, what goes on in the body as a cause,
		// slang of calm, best and the basic kind, a name asked of a
		// subject outside the base).
		{"chat32-questions.yaml", 0, 0.97, 0.995, 0.005},
		// chat33-questions.yaml, written blind for the eighteenth round by
		// the same writer with other people and voices (caregivers, trades,
		// seniors, learners of English), is held out whole: first measured,
		// before any work of the round, at 88.0 / 98.0 / 1.5, its failures
		// never printed.
		{"chat33-questions.yaml", 0, 0.879, 0.979, 0.016},
		// chat34-questions.yaml, written blind for the nineteenth round (170
		// questions, all in scope: its writer was stopped before the out of
		// scope part), is a development set whole: first measured, before
		// any work on it, at 91.8 / - / 1.2.
		{"chat34-questions.yaml", 0, 0.917, 0.995, 0.012},
		// chat35-questions.yaml, written blind for the nineteenth round by a
		// second writer (240 questions from the article and the safety
		// reference alone, out of scope and red flags included), is held
		// out whole: first measured, before any work of the round, at 92.4
		// / 96.4 / 1.7, its failures never printed.
		{"chat35-questions.yaml", 0, 0.924, 0.963, 0.017},
	}
	for _, tt := range tests {
		name := tt.file
		if tt.half > 0 {
			name = fmt.Sprintf("%s/half%d", tt.file, tt.half)
		}
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			cases, err := ParseEvalCases(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			if tt.half > 0 {
				var half []EvalCase
				for i := tt.half - 1; i < len(cases); i += 2 {
					half = append(half, cases[i])
				}
				cases = half
			}
			rep := Evaluate(r, cases)
			t.Logf("%s: in-scope top-1 %.1f%% (%d/%d), abstention %.1f%% (%d/%d), confident wrong %.1f%% (%d/%d)",
				name, 100*rep.InScopeTop1(), rep.InScopeRight, rep.InScope, 100*rep.Abstention(), rep.Abstained, rep.OutOfScope,
				100*rep.WrongRate(), rep.ConfidentWrong, rep.Cases)
			if developmentSets[tt.file] || tt.half == 1 {
				for _, o := range rep.Outcomes {
					if !o.Right {
						t.Logf("  FAIL %-10s %q: expect %v, got %s %s %.2f", o.Case.Kind, o.Case.Q, o.Case.Expect, o.Reply, o.Got, o.Score)
					}
				}
			}
			if got := rep.InScopeTop1(); got < tt.minAccuracy {
				t.Errorf("in-scope top-1 accuracy %.3f, want >= %.3f", got, tt.minAccuracy)
			}
			if got := rep.Abstention(); got < tt.minAbstention {
				t.Errorf("abstention on out-of-scope %.3f, want >= %.3f", got, tt.minAbstention)
			}
			if got := rep.WrongRate(); got > tt.maxConfidentWrong {
				t.Errorf("confident wrong answers %.3f, want <= %.3f", got, tt.maxConfidentWrong)
			}
		})
	}
}

// TestEvalCoverage checks that the labelled set stays as broad as promised:
// every entry asked about at least 8 ways, plenty of questions to refuse.
func TestEvalCoverage(t *testing.T) {
	b := Default()
	cases := loadEvalCases(t, "questions.yaml")
	perID := map[string]int{}
	kinds := map[string]bool{"exact": true, "paraphrase": true, "typo": true, "slang": true, "long": true, "offtopic": true, "chitchat": true}
	for _, c := range cases {
		if c.Want != "none" && b.Entry(c.Want) == nil {
			t.Errorf("case %q wants unknown entry %q", c.Q, c.Want)
		}
		if !kinds[c.Kind] {
			t.Errorf("case %q has unknown kind %q", c.Q, c.Kind)
		}
		perID[c.Want]++
	}
	if len(cases) < 220 {
		t.Errorf("got %d cases, want at least 220", len(cases))
	}
	if perID["none"] < 70 {
		t.Errorf("got %d out-of-scope cases, want at least 70", perID["none"])
	}
	for _, e := range b.Entries {
		if perID[e.ID] < 8 {
			t.Errorf("entry %s has %d cases, want at least 8", e.ID, perID[e.ID])
		}
	}
}
