package knowledge

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The labelled safety sets in testdata/safety_*.yaml were written by a
// helper blind to the screen's lexicon and rules, from the clinical
// reference. Each set is split in two by position: the even cases (0, 2,
// ...) are the development half the screen was improved on, the odd cases
// the held-out half, looked at only as figures.

// safetyCase is one labelled message of a safety set.
type safetyCase struct {
	Q         string `yaml:"q"`
	Group     string `yaml:"group"`
	Level     string `yaml:"level"`
	Situation string `yaml:"situation"`
	Note      string `yaml:"note"`
	Topic     string `yaml:"topic"`
}

func loadSafetySet(t testing.TB, name string) []safetyCase {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("read safety set: %v", err)
	}
	// A set is a mapping with its cases under "cases:", or (the second
	// development set, as its writer delivered it) the list alone.
	var doc struct {
		Cases []safetyCase `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		if lerr := yaml.Unmarshal(data, &doc.Cases); lerr != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
	}
	if len(doc.Cases) == 0 {
		t.Fatalf("%s has no cases", name)
	}
	return doc.Cases
}

// half returns the development (0) or held-out (1) half of a set.
func half(cases []safetyCase, h int) []safetyCase {
	var out []safetyCase
	for i, c := range cases {
		if i%2 == h {
			out = append(out, c)
		}
	}
	return out
}

// tally counts hits of a measure per group.
type tally struct {
	n, ok    map[string]int
	failures []string
}

func newTally() *tally { return &tally{n: map[string]int{}, ok: map[string]int{}} }

func (t *tally) add(group string, ok bool, failure string) {
	t.n[group]++
	t.n[""]++
	if ok {
		t.ok[group]++
		t.ok[""]++
	} else {
		t.failures = append(t.failures, failure)
	}
}

func (t *tally) rate(group string) float64 { return ratio(t.ok[group], t.n[group]) }

func (t *tally) String() string {
	var groups []string
	for g := range t.n {
		if g != "" {
			groups = append(groups, g)
		}
	}
	sort.Strings(groups)
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d/%d (%.1f%%)", t.ok[""], t.n[""], 100*t.rate(""))
	for _, g := range groups {
		fmt.Fprintf(&sb, "; %s %d/%d", g, t.ok[g], t.n[g])
	}
	return sb.String()
}

// safetyFloors are the least each measure may reach on each half; the
// issue's targets, on sets the bot has never seen, are 98% emergency
// recall, 2% near-miss false alarms, 95% caution recall and 3% ordinary
// questions misrouted. The held-out floors sit just under what that half
// reached after the third set's development work (82/85 emergency, 37/39
// near misses quiet, 47/48 caution, 25/25 ordinary; it was 78/85, 36/39,
// 47/48, 25/25 before): short of the targets on emergency recall and
// near misses. The sixth round (the eighth set) took the held-out near
// misses to 38/39; the eighth round the held-out emergencies to 83/85.
var safetyFloors = [2]halfFloors{
	{emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	{emergency: 0.97, nearMissOK: 0.97, caution: 0.97, ordinaryOK: 0.99},
}

// halfFloors are the least each measure may reach on one half of a set.
type halfFloors struct{ emergency, nearMissOK, caution, ordinaryOK float64 }

// safetyHalf is what the screen did on one half of a set.
type safetyHalf struct {
	recall, level, group, quiet, cautious, situation, answered *tally
}

// measureHalf asks every case of one half through r and tallies the
// measures; it fails when an urgent or caution reply carries a booking.
func measureHalf(t *testing.T, r Responder, emergency, nearMiss, caution, ordinary []safetyCase) safetyHalf {
	t.Helper()
	m := safetyHalf{recall: newTally(), level: newTally(), group: newTally(), quiet: newTally(),
		cautious: newTally(), situation: newTally(), answered: newTally()}
	for _, c := range emergency {
		got := r.Ask(c.Q)
		m.recall.add(c.Group, got.Kind == ReplyUrgent, fmt.Sprintf("%s/%s got %s: %q", c.Group, c.Level, got.Kind, c.Q))
		if got.Kind == ReplyUrgent {
			m.level.add(c.Level, string(got.Level) == c.Level, fmt.Sprintf("%s wanted %s got %s: %q", c.Group, c.Level, got.Level, c.Q))
			m.group.add(c.Group, got.Group == c.Group, fmt.Sprintf("wanted %s got %s: %q", c.Group, got.Group, c.Q))
		}
		checkNoBooking(t, c.Q, got)
	}
	for _, c := range nearMiss {
		got := r.Ask(c.Q)
		m.quiet.add("near-miss", got.Kind != ReplyUrgent && got.Kind != ReplyCaution, fmt.Sprintf("got %s %s %s (%s): %q", got.Kind, got.Group, got.Situation, c.Note, c.Q))
		checkNoBooking(t, c.Q, got)
	}
	for _, c := range caution {
		got := r.Ask(c.Q)
		m.cautious.add(c.Situation, got.Kind == ReplyCaution, fmt.Sprintf("%s got %s %s: %q", c.Situation, got.Kind, got.Group, c.Q))
		if got.Kind == ReplyCaution {
			m.situation.add(c.Situation, got.Situation == c.Situation, fmt.Sprintf("wanted %s got %s: %q", c.Situation, got.Situation, c.Q))
		}
		checkNoBooking(t, c.Q, got)
	}
	for _, c := range ordinary {
		got := r.Ask(c.Q)
		m.answered.add("ordinary", got.Kind != ReplyUrgent && got.Kind != ReplyCaution, fmt.Sprintf("got %s %s %s (%s): %q", got.Kind, got.Group, got.Situation, c.Topic, c.Q))
	}
	return m
}

// report logs the figures of one half, and with showFailures its
// failures; it must be given failures only for a development half.
func (m safetyHalf) report(t *testing.T, name string, showFailures bool) {
	t.Helper()
	t.Logf("%s:", name)
	t.Logf("  emergency recall (urgent reply): %s", m.recall)
	t.Logf("  emergency level right (of urgent): %s", m.level)
	t.Logf("  emergency group right (of urgent): %s", m.group)
	t.Logf("  near misses not alarmed: %s", m.quiet)
	t.Logf("  caution recall: %s", m.cautious)
	t.Logf("  caution situation right (of caution): %s", m.situation)
	if m.answered.n[""] > 0 {
		t.Logf("  ordinary not misrouted: %s", m.answered)
	}
	if showFailures {
		for _, tl := range []*tally{m.recall, m.quiet, m.cautious, m.answered, m.level, m.group, m.situation} {
			for _, f := range tl.failures {
				t.Logf("    FAIL %s", f)
			}
		}
	}
}

// check fails under the floors.
func (m safetyHalf) check(t *testing.T, name string, floor halfFloors) {
	t.Helper()
	measures := []struct {
		what  string
		tl    *tally
		floor float64
	}{
		{"emergency recall", m.recall, floor.emergency},
		{"near misses not alarmed", m.quiet, floor.nearMissOK},
		{"caution recall", m.cautious, floor.caution},
		{"ordinary not misrouted", m.answered, floor.ordinaryOK},
	}
	for _, x := range measures {
		if x.tl.n[""] > 0 && x.tl.rate("") < x.floor {
			t.Errorf("%s: %s %.1f%%, floor %.1f%%", name, x.what, 100*x.tl.rate(""), 100*x.floor)
		}
	}
}

// TestSafetySets measures the screen through Responder.Ask on the labelled
// sets and fails under the floors. Run with -v to see the figures, and
// SAFETY_FAILURES=1 to list the development half's failures.
func TestSafetySets(t *testing.T) {
	r := defaultResponder(t)
	emergency := loadSafetySet(t, "safety_emergency.yaml")
	nearMiss := loadSafetySet(t, "safety_nearmiss.yaml")
	caution := loadSafetySet(t, "safety_caution.yaml")
	ordinary := loadSafetySet(t, "safety_ordinary.yaml")
	showFailures := os.Getenv("SAFETY_FAILURES") != ""
	for h, name := range []string{"development half", "held-out half"} {
		m := measureHalf(t, r, half(emergency, h), half(nearMiss, h), half(caution, h), half(ordinary, h))
		m.report(t, name, showFailures && h == 0)
		m.check(t, name, safetyFloors[h])
	}
}

// safety2Floors are the least each measure may reach on the second
// development set (testdata/safety2_*.yaml), written later by another
// helper blind to the screen, from the clinical reference alone. All of it
// is development data: the screen was improved on its failures by classes
// (a lay word for a concept, a negation or time pattern), never by
// sentence.
var safety2Floors = struct{ emergency, nearMissOK, caution float64 }{emergency: 0.99, nearMissOK: 0.99, caution: 0.99}

// TestSafetySets2 measures the screen through Responder.Ask on the second
// development set and fails under its floors. Run with -v for the figures
// and SAFETY_FAILURES=1 for the failures.
func TestSafetySets2(t *testing.T) {
	r := defaultResponder(t)
	showFailures := os.Getenv("SAFETY_FAILURES") != ""
	recall, level := newTally(), newTally()
	for _, c := range loadSafetySet(t, "safety2_emergency.yaml") {
		got := r.Ask(c.Q)
		recall.add(c.Group, got.Kind == ReplyUrgent, fmt.Sprintf("%s/%s got %s: %q", c.Group, c.Level, got.Kind, c.Q))
		if got.Kind == ReplyUrgent {
			level.add(c.Level, string(got.Level) == c.Level, fmt.Sprintf("%s wanted %s got %s: %q", c.Group, c.Level, got.Level, c.Q))
		}
		checkNoBooking(t, c.Q, got)
	}
	quiet := newTally()
	for _, c := range loadSafetySet(t, "safety2_nearmiss.yaml") {
		got := r.Ask(c.Q)
		quiet.add("near-miss", got.Kind != ReplyUrgent && got.Kind != ReplyCaution, fmt.Sprintf("got %s %s %s (%s): %q", got.Kind, got.Group, got.Situation, c.Note, c.Q))
		checkNoBooking(t, c.Q, got)
	}
	cautious := newTally()
	for _, c := range loadSafetySet(t, "safety2_caution.yaml") {
		got := r.Ask(c.Q)
		cautious.add(c.Situation, got.Kind == ReplyCaution, fmt.Sprintf("%s got %s %s: %q", c.Situation, got.Kind, got.Group, c.Q))
		checkNoBooking(t, c.Q, got)
	}
	t.Logf("second development set:")
	t.Logf("  emergency recall (urgent reply): %s", recall)
	t.Logf("  emergency level right (of urgent): %s", level)
	t.Logf("  near misses not alarmed: %s", quiet)
	t.Logf("  caution recall: %s", cautious)
	if showFailures {
		for _, tl := range []*tally{recall, quiet, cautious, level} {
			for _, f := range tl.failures {
				t.Logf("    FAIL %s", f)
			}
		}
	}
	for _, m := range []struct {
		what       string
		got, floor float64
	}{
		{"emergency recall", recall.rate(""), safety2Floors.emergency},
		{"near misses not alarmed", quiet.rate(""), safety2Floors.nearMissOK},
		{"caution recall", cautious.rate(""), safety2Floors.caution},
	} {
		if m.got < m.floor {
			t.Errorf("second development set: %s %.1f%%, floor %.1f%%", m.what, 100*m.got, 100*m.floor)
		}
	}
}

// safety3Floors are the least each measure may reach on each half of the
// third set (testdata/safety3_*.yaml), written blind from the clinical
// reference by a helper who never saw the code, and split like the first:
// even cases are development, odd cases held out. Before the screen was
// improved on its development half, the held-out half reached 94.2%
// emergency recall (113/120), 92.0% near misses quiet (46/50) and 90.0%
// caution recall (45/50); the development half 94.2%, 90.0% and 96.0%.
// After it, the held-out half reaches 95.8% (115/120), 94.0% (47/50) and
// 98.0% (49/50), the development half 100%, 98.0% and 100%; the floors
// sit just under. Short of the targets on emergency recall and near
// misses.
//
// The fifth round (issue 11, with the fifth and sixth sets) took the
// held-out half to 96.7% (116/120), 98.0% (49/50) and 96.0% (48/50): one
// caution fewer, when a child or grandparent named only in passing came to
// need a question whether massage may be had; the development half to
// 100%, 100% and 100%. The sixth round left the held-out half as it was
// (it reached 50/50 near misses with "asking generally" read as a denial,
// which was taken out again: after a report it denies nothing).
var safety3Floors = [2]halfFloors{
	{emergency: 0.99, nearMissOK: 0.99, caution: 0.99},
	{emergency: 0.97, nearMissOK: 0.97, caution: 0.95}, // 117/120 after the thirteenth round's recall work
}

// TestSafetySets3 measures the screen on the third set, half by half, and
// fails under its floors. SAFETY_FAILURES=1 lists the development half's
// failures; the held-out half is only ever counted.
func TestSafetySets3(t *testing.T) {
	r := defaultResponder(t)
	emergency := loadSafetySet(t, "safety3_emergency.yaml")
	nearMiss := loadSafetySet(t, "safety3_nearmiss.yaml")
	caution := loadSafetySet(t, "safety3_caution.yaml")
	showFailures := os.Getenv("SAFETY_FAILURES") != ""
	whole := measureHalf(t, r, emergency, nearMiss, caution, nil)
	whole.report(t, "third set, whole", false)
	for h, name := range []string{"third set, development half", "third set, held-out half"} {
		m := measureHalf(t, r, half(emergency, h), half(nearMiss, h), half(caution, h), nil)
		m.report(t, name, showFailures && h == 0)
		m.check(t, name, safety3Floors[h])
	}
}

// safety4Floors are the least the screen may reach on the fourth set
// (testdata/safety4_*.yaml), written blind from the clinical reference by
// a helper who never saw the code, and kept wholly held out: it was
// measured only after the work on the other sets, and its cases are never
// printed. First measured: emergency recall 93.8% (150/160), near misses
// quiet 91.7% (55/60), caution recall 96.7% (58/60). After the fifth round:
// 95.6% (153/160), 91.7% (55/60), 96.7% (58/60). After the sixth: 96.2%
// (154/160), 91.7%, 96.7%. After the eighth round: 96.9% (155/160), 96.7%
// (58/60), 96.7%. After the ninth round's recall work: 98.1% (157/160),
// 96.7%, 96.7%. After its caution words (safety15): caution 98.3% (59/60).
// After the thirteenth round's recall work: 98.8% (158/160).
var safety4Floors = halfFloors{emergency: 0.985, nearMissOK: 0.96, caution: 0.98}

// checkHeldOutSet measures the screen on a set held out whole
// (testdata/SET_emergency.yaml, _nearmiss, _caution and, when it has one,
// _ordinary), reports its counts without its cases, and fails under floors.
func checkHeldOutSet(t *testing.T, set, name string, hasOrdinary bool, floors halfFloors) {
	t.Helper()
	var ordinary []safetyCase
	if hasOrdinary {
		ordinary = loadSafetySet(t, set+"_ordinary.yaml")
	}
	m := measureHalf(t, defaultResponder(t), loadSafetySet(t, set+"_emergency.yaml"), loadSafetySet(t, set+"_nearmiss.yaml"),
		loadSafetySet(t, set+"_caution.yaml"), ordinary)
	m.report(t, name, false)
	m.check(t, name, floors)
}

// newSetFloors are the least each measure may reach on the fifth and
// sixth sets (testdata/safety5_*.yaml, safety6_*.yaml), written blind
// from the clinical reference by helpers who never saw the code, and used
// whole for development once their first figures were taken. First
// measured, unseen: the fifth set 94.2% emergency recall (113/120), 89.0%
// near misses quiet (89/100), 96.7% caution recall (58/60), 40/40
// ordinary; the sixth 92.5% (111/120), 89.0% (89/100), 96.7% (58/60),
// 39/40. After the work on them: the fifth 120/120, 99/100, 60/60, 40/40;
// the sixth 120/120, 100/100, 60/60, 40/40.
//
// The eighth set (testdata/safety8_*.yaml, written blind for the sixth
// round with near misses made hard on purpose: symptom words denied, long
// ago or figurative, worried questions about what a symptom would mean) is
// used whole for development the same way. First measured, unseen: 92.5%
// emergency recall (111/120), 84.0% near misses quiet (84/100), 98.3%
// caution recall (59/60), 40/40 ordinary. After the work on it: 98.3%
// (118/120), 93.0% (93/100), 98.3% (59/60), 40/40.
//
// The ninth, tenth and eleventh sets, written blind for the eighth round by
// three writers in three styles (older and non-native speakers and
// parents; terse phone typing and slang; long careful messages), each with
// 150 near misses that mostly use a red-flag word harmlessly, are used
// whole for development too. First measured, unseen (emergency recall,
// near misses quiet, caution recall, ordinary):
//
//	safety9   95.8% (115/120)  82.7% (124/150)  98.3% (59/60)  38/40
//	safety10  95.0% (114/120)  92.7% (139/150)  95.0% (57/60)  40/40
//	safety11  98.3% (118/120)  76.7% (115/150)  95.0% (57/60)  40/40
//
// After the eighth round's work on their near misses (by classes: names and
// figures of speech, resolutions, dated history, caution's exceptions):
//
//	safety8   98.3% (118/120)  95.0% (95/100)   98.3% (59/60)  40/40
//	safety9   95.8% (115/120)  96.7% (145/150)  98.3% (59/60)  39/40
//	safety10  95.0% (114/120)  100% (150/150)   95.0% (57/60)  40/40
//	safety11  98.3% (118/120)  94.0% (141/150)  95.0% (57/60)  40/40
//
// After the round's work on their missed emergencies, wrong levels and
// missed cautions (emergency recall and caution recall; the near misses
// are another engineer's): safety9 120/120 and 60/60, safety10 118/120
// and 60/60, safety11 120/120 and 59/60; safety8 reached 120/120 and 60/60.
//
// The thirteenth and fourteenth sets (200 near misses each: Discord
// regulars and physical jobs; clinic clients telling their history) came
// midway through the eighth round and were first measured, unseen, on the
// code with that round's first merges (bdf208f): 97.5% (117/120), 93.5%
// (187/200), 95.0% (57/60), 40/40; and 98.3% (118/120), 92.0% (184/200),
// 98.3% (59/60), 40/40. They are development sets from then on. After
// the round's second pass on near misses (by classes: negation windows,
// numbness relieved by moving, figures of speech, managed conditions,
// dated youth, sites said well, supposed cases owned up to): 194/200 and
// 194/200 near misses quiet, recall unchanged; safety8 96/100, safety9
// 146/150, safety11 143/150. safety15 (short messy chat; 150 near misses,
// half everyday alarming words, half medical words in a harmless frame),
// written blind for the ninth round, is a development set: first measured,
// before any work on it, at 98.3% (118/120), 86.0% (129/150), 96.7%
// (58/60), 40/40. After the ninth round's near-miss work (by classes:
// questions about what the clinic asks and material for others, relief
// after moving, a runner's stitch, shivers from the cold or music, the
// wind, someone else's situation with a massage for the asker, "last yr",
// things that fall, play, a scan that ruled a situation out): safety15
// 142/150, safety13 196/200, safety14 195/200, safety11 144/150; recall
// unchanged everywhere.
// safety17, recall-heavy (240 emergencies, 30 a group,
// every symptom and context of the reference, understated or told in
// passing), written blind for the same round, is a development set too:
// first measured, before any work on it, at 94.2% (226/240), 90.0%
// (90/100), 98.3% (59/60), 40/40. The ninth round's recall work (lexicon
// families, which rule names the group, scope fixes) took the emergencies
// to 120/120 on safety11, safety13, safety14 and safety15 (from 119, 117,
// 118 and 118), and safety17 to 99.2% (238/240; 227/240 when it arrived
// in the branch, before any work on it). Round 9b's near-miss work (by
// classes: a child told about with the massage asked for the asker,
// pregnancy named as a topic, a joke owned up to and a leak from
// laughing, an event of a class of people) took the near misses to
// 147/150 on safety9 (its ordinary to 40/40), 145/150 on safety11,
// 197/200 on safety14 and 95/100 on safety17; recall unchanged. Round
// 9c's (laughter ends a clause, a speed word after a relief, an accident
// supposed for tomorrow): safety13 198/200, safety17 96/100; recall
// unchanged.
// safety19, near-miss heavy (200 near misses sharing red-flag words,
// 80 emergencies), written blind for the tenth round, is a development
// set: first measured, before any work on it, at 98.8% (79/80), 81.5%
// (163/200), 96.7% (58/60), 40/40. The tenth round's work on it (by
// classes: a clinician's benign finding, decades and growing up as the
// past, crazes and body-part ages as figures, a clinic's policy as a
// general question, an accident nobody checked, cautions said in other
// words, a past massage's outcome told) took it to 100% (80/80), 88.5%
// (177/200), 100% (60/60), 40/40; and safety13 to 199/200 near misses
// and 59/60 cautions, safety14 to 198/200, safety15 to 143/150 and
// safety17 to 97/100 and 60/60; recall unchanged elsewhere. The
// eleventh round's (a holiday or season as the start of a span, someone
// else's past situation with the massage for the asker's own body, a
// general question disclaimed after it, jokes and legs gone to jelly from
// a climb, chills of a hot flush and a cold sweat of worry, a massage
// asked about as too intense, a condition "is managed"): safety19
// 187/200 near misses, safety17 240/240 emergencies and 98/100 near
// misses, safety13 60/60 cautions. The twelfth round's (someone else's
// story told in the past, however far its date; a question about a
// condition's name; a question with "if" answered by a bare denial; a
// hypothetical's list to its end; a lesson dated "today"; "crashed" as
// sleep; a laugh and a "not" that take a phrase back): safety19 191/200,
// safety15 146/150, safety11 148/150, safety9 148/150, safety8 98/100,
// safety14 199/200, safety17 99/100 near misses; recall unchanged.
// safety21, near-miss heavy (200 near misses, 20 in each of ten
// categories, many sharing red-flag words across sentences; 80
// emergencies in everyday words), written blind for the thirteenth round,
// is a development set: first measured, before any work on it, at 100%
// (80/80), 90.5% (181/200), 97.5% (39/40), 40/40. The thirteenth round's
// readings (a denial list past the site it names; a figure of speech
// taking its site; a doctor's all-clear not taken back by the ache asked
// about; "tests for" a condition; the teller's own "I'm fine now";
// someone else's story and condition when the asker then speaks of
// themself; an age given as when it happened; a worked muscle's burn and
// chest; a child carried; a spot beside the spine; a thing as the subject
// of a figure of speech; light in the head from standing up too fast):
// safety21 199/200, safety11 149/150 near misses; recall unchanged.
// safety23, emergency heavy (240 emergencies told the hard ways: buried,
// understated, in lay words, for someone present), written blind for the
// same round, is a development set: first measured at 96.2% (231/240),
// 92.5% (37/40), 95.0% (19/20), 19/20.
// The thirteenth round's recall work on it (by classes: a major accident
// however the sender plays it down, lay words for a deficit, clusters told
// in fragments, and the group a message's signs make together) took its
// emergencies to 100% (240/240), the other figures unchanged everywhere.
// safety25, near-miss heavy (240 near misses, 24 in each of ten
// categories; mostly older members, caregivers and grown children, long
// stories with the detail mid-story; emergencies in everyday words),
// written blind for the fourteenth round, is a development set: first
// measured, before any work on it, at 98.8% (79/80), 90.8% (218/240),
// 95.0% (38/40), 40/40. The fourteenth round's readings (years that date
// things, someone else's story long ago, a break or disc healed long ago,
// a limb asleep from a held position, figures of speech, questions about
// people in general) took it to 79/80, 232/240, 40/40, 40/40; safety23
// to 39/40 near misses and 20/20 ordinary, safety19 to 193/200.
// safety27, written blind for the fifteenth round (an even mix of members;
// 240 near misses, 24 in each of ten categories, many with an emergency's
// own words in a context that is plainly not one; emergencies in everyday
// words, some buried), is a development set: first measured, before any
// work on it, at 97.5% (78/80), 94.2% (226/240), 97.5% (39/40), 40/40.
// The fifteenth round's readings (a clinician's finding in lay words or
// "not an infection", the organ found well taking its symptom phrase, a
// recovery or a scare ending the story, a go-ahead for massage told;
// questions whether a thing could happen to anyone, how two things are
// told apart, what the clinic asks about, whether a thing is a big deal or
// an emergency, about a kind of client or an age group; someone else's
// story dated mid-sentence, on the teller now, of one who has died or who
// is well today; real words a letter from a lexicon word; an idiom taking
// its site; a denied list "A, B or C"; a limb asleep for a moment; a
// child travelled to) took safety27 to 237/240 near misses, safety25 to
// 236/240, safety19 to 195/200, safety23 to 40/40, safety9 to 149/150 and
// safety8 to 99/100; its recall work (a leg tender, warm and red, a
// site asked about as "is that normal?", tripping told with how often, a
// symptom back after it went away, a check outdated by what came after
// it) took safety27 to 80/80 emergencies. Nothing was lost on any set.
// safety29, written blind for the sixteenth round (the same ten near-miss
// categories; emergencies with sports hits and falls read as major
// trauma, clots with breathlessness as emergencies), is a development set:
// first measured, before any work on it, at 98.8% (79/80), 91.7%
// (220/240), 97.5% (39/40), 40/40; 225/240 near misses quiet after the
// fifteenth round's safety work, 230/240 with nerves pressed by a position
// (a car ride, a wallet, a chair's edge, crouching, the lower arm), and
// 239/240 after the second pass (a story of someone known from a place, a
// go-ahead in other words, a student's course, a risk asked out of
// curiosity, a fever for a thing, an old wreck, a leg workout in gym
// words, a child's event), which took safety27 to 238/240.
// safety31, written blind for the seventeenth round (the same ten near-miss
// categories, harder: an emergency's own words in a context plainly not
// one; members of every age, culture and English level), is a development
// set: first measured, before any work on it, at 98.8% (79/80), 87.1%
// (209/240), 92.5% (37/40), 40/40. safety33, written blind for the same
// round by a second writer, puts 300 near misses in the five categories
// held-out sets alarm on most (general questions, jokes, a doctor's
// all-clear, someone else's past, a symptom resolved) and 80 emergencies
// written to look like them: first measured at 96.2% (77/80), 74.7%
// (224/300), 40/40, 40/40. The first pass on jokes, figures of speech,
// general questions and denied lists (a symptom said of a thing, a time or
// a mind; a question about cases in general; examples of a kind; a denied
// list of any length) took their near misses to 215/240 and 237/300, and
// safety27's to 239/240 (a laughing "can't ... without" a thing), with no
// emergency or caution lost. The second pass (someone else said well in
// more words or with "used to", a harmless finding in lay words, "normal
// since", paddling and a class's drills, a break of a stage of life, a
// kind of people's body, trivia and wonder, a companion or a gift, the
// asker's own massage after someone's situation, one painkiller for a
// headache, a pain of the mind, "no history of", a denied kind of pain)
// took them to 226/240 and 256/300, safety9 to 150/150, safety15 to
// 148/150 and safety17 to 100/100, and the held-out near misses pooled
// from 1872 to 1876 of 1989, with no emergency or caution lost. The
// eighteenth round's near-miss pass (someone else's story opened with
// their body, ended cancer-free, beaten, back to normal, by an age today,
// by a "now" of the asker's turn or by "once", a "she recovered" reaching
// back to the person named, the one the asker carries; a fever craved or
// named again as a craze; an asker who only wonders or writes, a general
// question naming no massage, what people describe of a condition; a
// finding's remainder and what it cleared; a spell gone by morning;
// chills of a home without heating; a past pregnancy in a message dating
// something long ago; "crash out"; an injury of a whole person) took
// safety33 to 282/300, safety31 to 229/240 and safety29 to 240/240, and
// the held-out near misses pooled from 1876 to 1879 of 1989, with no
// emergency or caution lost.
// safety34, written blind for the eighteenth round (the ten near-miss
// categories, eight groups with both levels, the ten caution situations),
// is a development set: first measured, before any work on it, at 96.2%
// (77/80), 93.3% (224/240), 40/40, 40/40. The round's recall pass (a
// position or a workout told days before a symptom dated anew by "today"
// or "this afternoon"; a cause guessed and taken back with "but"; "run
// down" as no run; "that's what this is" claiming a term; "asking for me"
// owning a general question; a night's heavy sweat as the fever's; lay
// words for a bruising tendency, a great age, an age asked about and a
// medicine that may clash; a task as a figure's subject, shivers put down
// to the cold a clause before, an accident called old, a crash told by a
// van's or truck's name) took safety34 to 80/80 and 227/240, safety29 to
// 80/80, safety31's cautions to 39/40, safety21's, safety27's and
// safety29's to 40/40, safety31's near misses to 227/240 (with the
// near-miss pass merged: safety34 228/240, safety31 230/240, and the
// held-out near misses pooled from 2093 to 2094 of 2229 quiet), with no
// emergency or caution lost on any set.
var newSetFloors = map[string]halfFloors{
	"safety5":  {emergency: 0.99, nearMissOK: 0.98, caution: 0.99, ordinaryOK: 0.99},
	"safety6":  {emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	"safety8":  {emergency: 0.99, nearMissOK: 0.985, caution: 0.99, ordinaryOK: 0.99},
	"safety9":  {emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	"safety10": {emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	"safety11": {emergency: 0.99, nearMissOK: 0.99, caution: 0.98, ordinaryOK: 0.99},
	"safety13": {emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	"safety14": {emergency: 0.99, nearMissOK: 0.99, caution: 0.99, ordinaryOK: 0.99},
	"safety15": {emergency: 0.99, nearMissOK: 0.97, caution: 0.99, ordinaryOK: 0.99},
	"safety17": {emergency: 0.99, nearMissOK: 0.985, caution: 0.99, ordinaryOK: 0.99},
	"safety19": {emergency: 0.99, nearMissOK: 0.97, caution: 0.99, ordinaryOK: 0.99},
	"safety21": {emergency: 0.99, nearMissOK: 0.99, caution: 0.97, ordinaryOK: 0.99},
	"safety23": {emergency: 0.99, nearMissOK: 0.99, caution: 0.95, ordinaryOK: 0.99},
	"safety25": {emergency: 0.98, nearMissOK: 0.98, caution: 0.99, ordinaryOK: 0.99},
	"safety27": {emergency: 0.99, nearMissOK: 0.995, caution: 0.97, ordinaryOK: 0.99},
	"safety29": {emergency: 0.98, nearMissOK: 0.995, caution: 0.97, ordinaryOK: 0.99},
	"safety31": {emergency: 0.98, nearMissOK: 0.95, caution: 0.92, ordinaryOK: 0.99},
	"safety33": {emergency: 0.96, nearMissOK: 0.93, caution: 0.99, ordinaryOK: 0.99},
	"safety34": {emergency: 0.99, nearMissOK: 0.94, caution: 0.99, ordinaryOK: 0.99},
}

// TestSafetySets56 measures the screen on the development sets written
// blind since the fifth round, each whole, and fails under their floors
// (newSetFloors). SAFETY_FAILURES=1 lists the failures: all of them are
// development sets.
func TestSafetySets56(t *testing.T) {
	r := defaultResponder(t)
	showFailures := os.Getenv("SAFETY_FAILURES") != ""
	// The sets are newSetFloors' keys, so none is measured without its
	// floors (a missing key would give floors of zero, which never fail).
	for _, set := range slices.Sorted(maps.Keys(newSetFloors)) {
		m := measureHalf(t, r, loadSafetySet(t, set+"_emergency.yaml"), loadSafetySet(t, set+"_nearmiss.yaml"),
			loadSafetySet(t, set+"_caution.yaml"), loadSafetySet(t, set+"_ordinary.yaml"))
		m.report(t, set, showFailures)
		m.check(t, set, newSetFloors[set])
	}
}

// TestSafetyRedflags measures the screen on testdata/safety_redflags.yaml,
// a copy of the shared development set of red flags and near misses: all
// of it is development data, so it must be right in full.
func TestSafetyRedflags(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "safety_redflags.yaml"))
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	var doc struct {
		Cases []struct {
			Q      string `yaml:"q"`
			Urgent bool   `yaml:"urgent"`
		} `yaml:"cases"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Cases) == 0 {
		t.Fatalf("parse: %v (%d cases)", err, len(doc.Cases))
	}
	r := defaultResponder(t)
	right := 0
	for _, c := range doc.Cases {
		got := r.Ask(c.Q)
		if (got.Kind == ReplyUrgent) == c.Urgent {
			right++
		} else {
			t.Errorf("Ask(%q) = %s, want urgent %v", c.Q, got.Kind, c.Urgent)
		}
		checkNoBooking(t, c.Q, got)
	}
	t.Logf("red flags development set: %d/%d right", right, len(doc.Cases))
}

// checkNoBooking fails when an urgent or caution reply carries a booking
// link or pitch.
func checkNoBooking(t *testing.T, q string, got Reply) {
	t.Helper()
	if got.Kind != ReplyUrgent && got.Kind != ReplyCaution {
		return
	}
	if got.Booking != nil || strings.Contains(strings.ToLower(got.Body), "book") {
		t.Errorf("%s reply to %q carries a booking link or pitch", got.Kind, q)
	}
}

// TestSafetyInScopeQuiet asks every in-scope question of the labelled
// question sets through Responder.Ask: none may get an urgent or a caution
// reply, since the screen must not take ordinary questions from their
// answer. chat-questions.yaml is split like TestEval's halves: only its
// development half's (even cases') failures are printed, the held-out
// half's only counted.
func TestSafetyInScopeQuiet(t *testing.T) {
	r := defaultResponder(t)
	for _, file := range []string{"questions.yaml", "chat-questions.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ParseEvalCases(file, data)
		if err != nil {
			t.Fatal(err)
		}
		var inScope, misrouted, heldOut int
		for i, c := range cases {
			if !c.InScope() {
				continue
			}
			inScope++
			got := r.Ask(c.Q)
			if got.Kind != ReplyUrgent && got.Kind != ReplyCaution {
				continue
			}
			misrouted++
			if file == "chat-questions.yaml" && i%2 == 1 {
				heldOut++
				continue
			}
			t.Errorf("%s: in-scope question got %s %s%s: %q", file, got.Kind, got.Group, got.Situation, c.Q)
		}
		t.Logf("%s: %d of %d in-scope questions misrouted to urgent or caution", file, misrouted, inScope)
		if heldOut > 0 {
			t.Errorf("%s: %d held-out in-scope questions misrouted to urgent or caution", file, heldOut)
		}
	}
}

// chatSet is a labelled question set whose in-scope questions the screen
// must leave to the matcher, and which of its cases are held out: only
// counted, never printed.
type chatSet struct {
	file string
	// heldOut reports whether case i is held out.
	heldOut func(i int) bool
	// maxDev and maxHeldOut are the most in-scope questions of each part
	// that may get an urgent or a caution reply.
	maxDev, maxHeldOut int
}

func oddHeldOut(i int) bool { return i%2 == 1 }
func allHeldOut(int) bool   { return true }
func noneHeldOut(int) bool  { return false }

// chatSets are the in-scope question sets the screen is measured on. The
// ceilings are what the screen did when the fifth and sixth sets came
// (chat5 and chat6 first measured then, unseen: 1 urgent + 2 caution of
// 179, 0 + 2 of 144), lowered to what it does after the fifth round
// (chat3 held out 3 + 6 -> 3 urgent, chat4 7 -> 2 urgent, chat5 3 -> 1
// caution: "is massage safe if I have high blood pressure?", a caution by
// the clinical reference though the chat writer expected an answer).
//
// The eighth round added chat7 (held out) and chat8 (development) to the
// count, and the sets written for it, chat9-11 (development) and chat12
// (held out), at what the code did before that round's work: chat7 1
// urgent + 2 caution, chat8 1 caution, chat9 3 caution, chat10 2 urgent,
// chat11 1 urgent, chat12 1 urgent + 1 caution. The round's work on near
// misses took chat8 to 0 and chat9 to 2 caution (a son who speaks is not
// the one massaged; burned by a business is no burn). The thirteenth
// round's took chat20 from 3 urgent + 1 caution to 2 urgent + 1 caution (a
// spot beside the spine is a muscle's). The fourteenth round added chat23
// (development) and chat24 (held out) at 1 urgent and 1 caution. The
// fifteenth round took chat23 to none (night work is no night pain). The
// seventeenth round added chat29 (development) and chat30 (held out) at 1
// caution each, and chat31 (development) at 1 urgent + 2 caution; its
// work on stories took chat27 to none and chat31 to 1 urgent + 1 caution
// (a story opened with "ok background", a child the asker carries). The
// eighteenth round added chat32 (development) at 2 urgent + 2 caution and
// chat33 (held out) at 3 urgent; its third chat pass took chat32 to 1
// urgent + 1 caution ("dose" typed for "does", not wanting to walk into a
// thing). The nineteenth round added chat34 (development) at 2 urgent and
// chat35 (held out) at none.
var chatSets = []chatSet{
	{file: "questions.yaml", heldOut: noneHeldOut},
	{file: "chat-questions.yaml", heldOut: oddHeldOut},
	{file: "chat3-questions.yaml", heldOut: oddHeldOut, maxHeldOut: 3},
	{file: "chat4-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat5-questions.yaml", heldOut: noneHeldOut, maxDev: 1},
	{file: "chat6-questions.yaml", heldOut: noneHeldOut},
	{file: "chat7-questions.yaml", heldOut: allHeldOut, maxHeldOut: 3},
	{file: "chat8-questions.yaml", heldOut: noneHeldOut},
	{file: "chat9-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat10-questions.yaml", heldOut: noneHeldOut, maxDev: 1},
	{file: "chat11-questions.yaml", heldOut: noneHeldOut},
	{file: "chat12-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat13-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat14-questions.yaml", heldOut: noneHeldOut, maxDev: 3},
	{file: "chat15-questions.yaml", heldOut: noneHeldOut},
	{file: "chat16-questions.yaml", heldOut: allHeldOut, maxHeldOut: 3},
	{file: "chat17-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat18-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat19-questions.yaml", heldOut: allHeldOut, maxHeldOut: 1},
	{file: "chat20-questions.yaml", heldOut: noneHeldOut, maxDev: 3},
	{file: "chat21-questions.yaml", heldOut: allHeldOut, maxHeldOut: 1},
	{file: "chat22-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat23-questions.yaml", heldOut: noneHeldOut},
	{file: "chat24-questions.yaml", heldOut: allHeldOut, maxHeldOut: 1},
	{file: "chat25-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat26-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat27-questions.yaml", heldOut: noneHeldOut},
	{file: "chat28-questions.yaml", heldOut: allHeldOut, maxHeldOut: 2},
	{file: "chat29-questions.yaml", heldOut: noneHeldOut, maxDev: 1},
	{file: "chat30-questions.yaml", heldOut: allHeldOut, maxHeldOut: 1},
	{file: "chat31-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat32-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat33-questions.yaml", heldOut: allHeldOut, maxHeldOut: 3},
	{file: "chat34-questions.yaml", heldOut: noneHeldOut, maxDev: 2},
	{file: "chat35-questions.yaml", heldOut: allHeldOut, maxHeldOut: 0},
}

// TestSafetyChatMisroutes counts, per question set and part, the in-scope
// questions the screen takes from their answer with an urgent or a caution
// reply, and fails over the ceilings. SAFETY_FAILURES=1 lists those of the
// development parts; held-out parts are only counted.
func TestSafetyChatMisroutes(t *testing.T) {
	r := defaultResponder(t)
	showFailures := os.Getenv("SAFETY_FAILURES") != ""
	var total, totalIn int
	for _, set := range chatSets {
		data, err := os.ReadFile(filepath.Join("testdata", set.file))
		if err != nil {
			t.Fatal(err)
		}
		cases, err := ParseEvalCases(set.file, data)
		if err != nil {
			t.Fatal(err)
		}
		var in, urgent, caution [2]int
		for i, c := range cases {
			if !c.InScope() {
				continue
			}
			part := 0
			if set.heldOut(i) {
				part = 1
			}
			in[part]++
			got := r.Ask(c.Q)
			switch got.Kind {
			case ReplyUrgent:
				urgent[part]++
			case ReplyCaution:
				caution[part]++
			default:
				continue
			}
			if part == 0 && showFailures {
				t.Logf("    MISROUTED %s: %s %s%s: %q", set.file, got.Kind, got.Group, got.Situation, c.Q)
			}
		}
		t.Logf("%s: development %d urgent + %d caution of %d in scope; held out %d urgent + %d caution of %d",
			set.file, urgent[0], caution[0], in[0], urgent[1], caution[1], in[1])
		total += urgent[0] + caution[0] + urgent[1] + caution[1]
		totalIn += in[0] + in[1]
		if n := urgent[0] + caution[0]; n > set.maxDev {
			t.Errorf("%s: %d development in-scope questions misrouted, at most %d", set.file, n, set.maxDev)
		}
		if n := urgent[1] + caution[1]; n > set.maxHeldOut {
			t.Errorf("%s: %d held-out in-scope questions misrouted, at most %d", set.file, n, set.maxHeldOut)
		}
	}
	t.Logf("all sets: %d of %d in-scope questions misrouted (%.1f%%)", total, totalIn, 100*ratio(total, totalIn))
}

// safety7Floors are the least the screen may reach on the seventh set
// (testdata/safety7_*.yaml), written blind from the clinical reference by a
// helper who never saw the code, and held out whole like the fourth: it
// was measured only once the fifth round's work was merged, and its cases
// are never printed. First measured: emergency recall 93.8% (75/80), near
// misses quiet 86.7% (52/60), caution recall 100% (40/40), ordinary 30/30
// (the code at the start of that round, d9769b0: 92.5%, 85.0%, 97.5%, 30/30).
// After the sixth round: 95.0% (76/80), 86.7%, 100%, 30/30. After the
// eighth round's work on near misses: 95.0%, 95.0% (57/60), 100%, 30/30.
// After the ninth round's near-miss work: 95.0%, 96.7% (58/60), 100%, 30/30;
// after its recall work: 96.2% (77/80); after safety15's: 97.5% (78/80).
// After the thirteenth round's recall work: 98.8% (79/80).
var safety7Floors = halfFloors{emergency: 0.985, nearMissOK: 0.96, caution: 0.99, ordinaryOK: 0.99}

// safety12Floors are the least the screen may reach on the twelfth set
// (testdata/safety12_*.yaml), written blind from the clinical reference for
// the eighth round and held out whole like the fourth and seventh: its
// cases are never printed. First measured, before that round's work:
// emergency recall 97.5% (117/120), near misses quiet 91.0% (91/100),
// caution recall 100% (60/60), ordinary 40/40. After the round's work on
// near misses: 97.5%, 92.0% (92/100), 100%, 40/40; after its second
// pass, 94.0% (94/100); after the ninth round's near-miss work, 95.0%
// (95/100), and its recall work, emergency recall 98.3% (118/120).
var safety12Floors = halfFloors{emergency: 0.98, nearMissOK: 0.955, caution: 0.99, ordinaryOK: 0.99}

// safety16Floors are the least the screen may reach on the sixteenth set
// (testdata/safety16_*.yaml), written blind from the clinical reference for
// the ninth round (an even mix of styles; 120 near misses) and held out
// whole like the fourth, seventh and twelfth: its cases are never printed.
// First measured, before any work of the round: emergency recall 95.8%
// (115/120), near misses quiet 95.0% (114/120), caution recall 96.7%
// (58/60), ordinary 40/40. After the round's near-miss work: near misses
// quiet 95.8% (115/120); after its recall work, emergency recall 96.7%
// (116/120). After the round 9b near-miss work: near misses quiet 96.7%
// (116/120); after its caution words, caution recall 98.3% (59/60).
// After the thirteenth round's recall work: emergency recall 97.5%
// (117/120).
var safety16Floors = halfFloors{emergency: 0.97, nearMissOK: 0.96, caution: 0.98, ordinaryOK: 0.99}

// safety18Floors are the least the screen may reach on the eighteenth set
// (testdata/safety18_*.yaml), written blind from the clinical reference for
// the tenth round (an even mix of styles; 120 near misses) and held out
// whole: its cases are never printed. First measured, before any work of
// the round: emergency recall 97.5% (117/120), near misses quiet 94.2%
// (113/120), caution recall 96.7% (58/60), ordinary 40/40. After the
// eleventh round's near-miss work: near misses quiet 95.8% (115/120).
// After the fifteenth round's work: emergency recall 98.3% (118/120).
var safety18Floors = halfFloors{emergency: 0.98, nearMissOK: 0.955, caution: 0.96, ordinaryOK: 0.99}

// safety20Floors are the least the screen may reach on the twentieth set
// (testdata/safety20_*.yaml), written blind from the clinical reference for
// the eleventh round (an even mix of styles; 120 near misses spread over
// ten categories) and held out whole: its cases are never printed. First
// measured, before any work of the round: emergency recall 98.3%
// (118/120), near misses quiet 85.0% (102/120), caution recall 100%
// (60/60), ordinary 40/40. After the round's near-miss work: near misses
// quiet 88.3% (106/120). After the fifteenth round's work: 99.2% (119/120)
// and 92.5% (111/120).
var safety20Floors = halfFloors{emergency: 0.99, nearMissOK: 0.92, caution: 0.99, ordinaryOK: 0.99}

// safety22Floors are the least the screen may reach on the twenty-second
// set (testdata/safety22_*.yaml), written blind from the clinical reference
// for the thirteenth round (an even mix of ages and styles; 120 near misses,
// 12 in each of ten categories) and held out whole: its cases are never
// printed. First measured, before any work of the round: emergency recall
// 96.7% (116/120), near misses quiet 87.5% (105/120), caution recall 96.7%
// (58/60), ordinary 40/40. After the round's near-miss work: near misses
// quiet 88.3% (106/120). After the fifteenth round's work: 97.5% (117/120)
// and 90.8% (109/120).
var safety22Floors = halfFloors{emergency: 0.97, nearMissOK: 0.9, caution: 0.96, ordinaryOK: 0.99}

// safety24Floors are the least the screen may reach on the twenty-fourth
// set (testdata/safety24_*.yaml), written blind from the clinical reference
// during the thirteenth round (an even mix of ages and styles; 240 near
// misses, 24 in each of ten categories) and held out whole: its cases are
// never printed. First measured on main while the round's work was still
// on its branches: emergency recall 97.5% (78/80), near misses quiet 90.0%
// (216/240), caution recall 92.5% (37/40), ordinary 39/40. After the
// round's work was merged: near misses quiet 90.4% (217/240). After the
// fifteenth round's work: 92.5% (222/240).
var safety24Floors = halfFloors{emergency: 0.97, nearMissOK: 0.92, caution: 0.92, ordinaryOK: 0.97}

// safety26Floors are the least the screen may reach on the twenty-sixth
// set (testdata/safety26_*.yaml), written blind from the clinical reference
// for the fourteenth round (mostly younger members: gym-goers, shift
// workers, new parents; slang, sarcasm, symptoms played down; 240 near
// misses, 24 in each of ten categories) and held out whole: its cases are
// never printed. First measured, before any work of the round: emergency
// recall 96.2% (77/80), near misses quiet 94.6% (227/240), caution recall
// 92.5% (37/40), ordinary 40/40. After the fifteenth round's work: near
// misses quiet 95.4% (229/240).
var safety26Floors = halfFloors{emergency: 0.96, nearMissOK: 0.95, caution: 0.92, ordinaryOK: 0.99}

// safety28Floors are the least the screen may reach on the twenty-eighth
// set (testdata/safety28_*.yaml), written blind from the clinical reference
// for the fifteenth round (an even mix of members: phone typists, older
// people, caregivers and partners, long stories, jokes and symptoms played
// down; 240 near misses, 24 in each of ten categories) and held out whole:
// its cases are never printed. First measured, before any work of the
// round: emergency recall 98.8% (79/80), near misses quiet 94.6%
// (227/240), caution recall 97.5% (39/40), ordinary 40/40.
var safety28Floors = halfFloors{emergency: 0.98, nearMissOK: 0.94, caution: 0.97, ordinaryOK: 0.99}

// safety30Floors are the least the screen may reach on the thirtieth set
// (testdata/safety30_*.yaml), written blind from the clinical reference
// for the sixteenth round by the writer of safety29, with other people and
// phrasing, and held out whole: its cases are never printed. First
// measured, before any work of the round: emergency recall 96.2% (77/80),
// near misses quiet 90.0% (216/240), caution recall 95.0% (38/40),
// ordinary 97.5% (39/40).
var safety30Floors = halfFloors{emergency: 0.96, nearMissOK: 0.89, caution: 0.94, ordinaryOK: 0.97}

// safety32Floors are the least the screen may reach on the thirty-second
// set (testdata/safety32_*.yaml), written blind from the clinical reference
// for the seventeenth round by the writer of safety31, with other people
// and phrasing, and held out whole: its cases are never printed. First
// measured, before any work of the round: emergency recall 96.2% (77/80),
// near misses quiet 88.8% (213/240), caution recall 100% (40/40),
// ordinary 40/40.
var safety32Floors = halfFloors{emergency: 0.96, nearMissOK: 0.88, caution: 0.99, ordinaryOK: 0.99}

// safety35Floors are the least the screen may reach on the thirty-fifth
// set (testdata/safety35_*.yaml), written blind from the clinical reference
// for the eighteenth round by the writer of safety34, with other people and
// phrasing, and held out whole: its cases are never printed. First
// measured, before any work of the round: emergency recall 95.0% (76/80),
// near misses quiet 88.8% (213/240), caution recall 90.0% (36/40),
// ordinary 40/40.
var safety35Floors = halfFloors{emergency: 0.949, nearMissOK: 0.885, caution: 0.899, ordinaryOK: 0.99}

// heldOutSafetySets are the sets held out whole, each with its floors
// (above): their cases are never printed, only their counts.
var heldOutSafetySets = []struct {
	set, name   string
	hasOrdinary bool // the fourth set has no ordinary questions
	floors      halfFloors
}{
	{"safety4", "fourth set (held out)", false, safety4Floors},
	{"safety7", "seventh set (held out)", true, safety7Floors},
	{"safety12", "twelfth set (held out)", true, safety12Floors},
	{"safety16", "sixteenth set (held out)", true, safety16Floors},
	{"safety18", "eighteenth set (held out)", true, safety18Floors},
	{"safety20", "twentieth set (held out)", true, safety20Floors},
	{"safety22", "twenty-second set (held out)", true, safety22Floors},
	{"safety24", "twenty-fourth set (held out)", true, safety24Floors},
	{"safety26", "twenty-sixth set (held out)", true, safety26Floors},
	{"safety28", "twenty-eighth set (held out)", true, safety28Floors},
	{"safety30", "thirtieth set (held out)", true, safety30Floors},
	{"safety32", "thirty-second set (held out)", true, safety32Floors},
	{"safety35", "thirty-fifth set (held out)", true, safety35Floors},
}

// TestSafetySetsHeldOut measures the screen on each set held out whole and
// fails under its floors. It never lists a set's failures.
func TestSafetySetsHeldOut(t *testing.T) {
	for _, h := range heldOutSafetySets {
		t.Run(h.set, func(t *testing.T) {
			checkHeldOutSet(t, h.set, h.name, h.hasOrdinary, h.floors)
		})
	}
}
