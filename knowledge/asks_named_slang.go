package knowledge

import (
	"slices"
	"strings"
)

// This file reads two slangy ways of asking what a thing of the base is,
// which asksWhatNamedIs's plain "what is X" does not hold:
//
//   - the thing named first and the question tacked on after it, with
//     nothing asked of its own: "trigger points, what now?", "rolfing...
//     what's that even";
//   - the thing called "this X business" or "that X stuff", a speaker's
//     way of saying they have heard of it and don't follow, perhaps with
//     the idiom "when it's at home" after it.
//
// Both ask what X is, and are matched and judged as "what is X", the
// words around the question being colour as asksWhatNamedIs's are.

// askedInSlang returns "what is X" when words (as Message.Words) ask what
// a thing of the base is in one of the two ways above; ok is false
// otherwise.
func (m *Matcher) askedInSlang(words []string) (string, bool) {
	if q, ok := m.namedThenWhat(words); ok {
		return q, true
	}
	return m.whatIsVagueNamed(words)
}

// namedThenWhat reads "X what now", "X what is that", "X what even is
// it": the message opens with a held name and then asks what, with no
// word after "what" that asks anything else.
func (m *Matcher) namedThenWhat(words []string) (string, bool) {
	end, ok := m.heldNameRun(words, 0)
	if !ok || end >= len(words) || words[end] != "what" {
		return "", false
	}
	rest := words[end+1:]
	rest = skipAny(rest, tackedOnAsk)
	if !aroundIsStory(rest) {
		return "", false
	}
	return "what is " + strings.Join(words[:end], " "), true
}

// tackedOnAsk are the small words of a "what" tacked on after a name:
// "what now", "what is that", "what even is it".
var tackedOnAsk = setOf("now even is are that it this those these")

// whatIsVagueNamed reads "what is this X business", "what is all that X
// stuff": a name between a pointing word and a vague noun, after "what
// is", with colour or the idiom "when it is at home" after it.
func (m *Matcher) whatIsVagueNamed(words []string) (string, bool) {
	i := slices.Index(words, "what")
	if i < 0 || !aroundIsStory(words[:i]) || i+2 >= len(words) || words[i+1] != "is" && words[i+1] != "are" {
		return "", false
	}
	k := i + 2
	if k < len(words) && words[k] == "all" {
		k++
	}
	if k >= len(words) || !pointingWords[words[k]] {
		return "", false
	}
	end, ok := m.heldNameRun(words, k+1)
	if !ok || end >= len(words) || !vagueNouns[words[end]] {
		return "", false
	}
	rest := dropAtHome(words[end+1:])
	if !aroundIsStory(rest) {
		return "", false
	}
	return "what is " + strings.Join(words[k+1:end], " "), true
}

// pointingWords point at a thing the speaker has heard of: "this", "that".
var pointingWords = setOf("this that these those")

// vagueNouns follow a name when the speaker does not know what it is:
// "this rolfing business", "that fascia stuff".
var vagueNouns = setOf("business stuff thing things thingy malarkey lark")

// atHome is the idiom "when it is at home", asking what a thing really
// is, as Message.Words spells it.
var atHome = []string{"when", "it", "is", "at", "home"}

// dropAtHome returns words without a leading "when it is at home".
func dropAtHome(words []string) []string {
	if len(words) >= len(atHome) && slices.Equal(words[:len(atHome)], atHome) {
		return words[len(atHome):]
	}
	return words
}

// skipAny returns words past their leading words of set.
func skipAny(words []string, set map[string]bool) []string {
	for len(words) > 0 && set[words[0]] {
		words = words[1:]
	}
	return words
}

// slangMatch is a sure match of the question a slangy message asks.
type slangMatch struct {
	Match
	question string
}

// askedInSlangMatch matches, for a message of a few sentences whose
// asking sentences found nothing sure, the "what is X" it asks in slang
// (see askedInSlang) across its sentences: "rolfing what now? explain it
// to me like a kid". ok is false when it asks no such question or the
// question's match is not sure either.
func (r Responder) askedInSlangMatch(s *scratch, msg Message) (slangMatch, bool) {
	q, ok := r.Matcher.askedInSlang(msg.Words)
	if !ok {
		return slangMatch{}, false
	}
	pm := r.Matcher.matchWith(s, newMessageIn(q, nil, r.Matcher.table()))
	return slangMatch{pm, q}, pm.Confident
}
