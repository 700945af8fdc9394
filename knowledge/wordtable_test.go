package knowledge

import (
	"reflect"
	"strconv"
	"testing"
)

// TestWordTableReadsAsLookups checks that reading a message's words from
// the matcher's word table by id answers exactly as looking each word up
// in each stage's own lists does: the whole trace of Explain (safety
// verdict, intent, match, domain check with its word weights, decision,
// reply) is the same with the table and without it, for the labelled
// questions, long pastes among them, and messages made to reach the
// table's edge cases (shorthand, contact slips, words the rewrite
// replaces, words outside the table).
func TestWordTableReadsAsLookups(t *testing.T) {
	withTable := NewMatcher(Default(), MatchOptions{})
	without := NewMatcher(Default(), MatchOptions{})
	without.words = wordTable{} // table() is nil: every stage looks words up
	if withTable.table() == nil || without.table() != nil {
		t.Fatal("the matchers are not one with a word table and one without")
	}
	// The sets' questions are named by their index only: some sets are
	// held out, and no test prints their questions.
	sets := realisticQuestions(t, 1500)
	questions := append(sets,
		"wat r ur hours tmrw", "can i reech someone by phnoe", "my lumbar is sore after footy",
		"a not in my upper back", "qzxv blorp massage", "how do you say back pain in swedish",
		"is swedish massage good for my dog", "can i get my blood pressure checked before a massage",
		"I was on the booking page yesterday. Which one helps my back? Also where are you located",
	)
	name := func(i int) string {
		if i < len(sets) {
			return "realistic question " + strconv.Itoa(i)
		}
		return strconv.Quote(questions[i])
	}
	for i, q := range questions {
		a := Responder{Matcher: withTable, Options: ReplyOptions{Tracking: true, Medium: "cli"}}.Explain(q)
		b := Responder{Matcher: without, Options: ReplyOptions{Tracking: true, Medium: "cli"}}.Explain(q)
		if a.Message.table == nil && len(a.Message.Words) > 0 {
			t.Fatalf("%s: the message was not made for the word table", name(i))
		}
		// The traces name entries of two equal bases, which DeepEqual
		// compares by what they hold.
		a.Message, b.Message = Message{}, Message{}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: the trace with the word table differs from the one without", name(i))
		}
	}
}

// TestWordIndex checks that the word index finds every word it was given
// at its id, and no other word, across the growth of its slots and for
// words of every length its hash reads differently (up to 3 bytes, 4 to
// 7, 8, and longer).
func TestWordIndex(t *testing.T) {
	x := newWordIndex(2) // grows several times below
	var words []string
	for i := range 500 {
		w := strconv.Itoa(i*7919) + "w"
		for range i % 13 {
			w += "x"
		}
		words = append(words, w)
	}
	words = append(words, "a", "ab", "abc", "abcd", "abcdefgh", "abcdefghi", "")
	for id, w := range words {
		x.add(w, int32(id))
	}
	x.add(words[0], 999) // a word given twice keeps its first id
	for id, w := range words {
		if got := x.lookup(w); got != int32(id) {
			t.Errorf("lookup(%q) = %d, want %d", w, got, id)
		}
	}
	for _, w := range []string{"b", "abce", "abcdefgj", "abcdefghij", "0ww", "x"} {
		if got := x.lookup(w); got != -1 {
			t.Errorf("lookup(%q) = %d, want -1", w, got)
		}
	}
	var empty wordIndex
	if got := empty.lookup("a"); got != -1 {
		t.Errorf("empty index: lookup(\"a\") = %d, want -1", got)
	}
}
