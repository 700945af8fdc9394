package knowledge

import (
	"strings"
	"unicode"
)

// smallTalkCues are words that, on their own, make a message small talk:
// greetings, thanks, farewells and requests for help.
var smallTalkCues = map[string]bool{
	"hi": true, "hello": true, "hey": true, "heya": true, "hiya": true, "yo": true,
	"sup": true, "howdy": true, "greetings": true, "morning": true, "evening": true,
	"afternoon": true, "thanks": true, "thank": true, "thx": true, "ty": true,
	"tysm": true, "cheers": true, "bye": true, "goodbye": true, "cya": true,
	"help": true, "commands": true, "who": true,
}

// smallTalkFiller are words that may stand beside a cue without making the
// message a real question ("thank you so much", "who are you bot").
var smallTalkFiller = map[string]bool{
	"you": true, "so": true, "much": true, "very": true, "a": true, "lot": true,
	"there": true, "all": true, "everyone": true, "guys": true, "folks": true,
	"good": true, "are": true, "what": true, "can": true, "do": true, "is": true,
	"this": true, "bot": true, "u": true, "r": true, "ur": true, "it": true,
	"again": true, "me": true, "please": true, "pls": true, "plz": true,
	"how": true, "the": true, "for": true, "your": true, "i": true, "need": true,
	"ok": true, "okay": true, "cool": true, "great": true, "nice": true,
	"awesome": true, "oh": true, "ah": true, "lol": true, "man": true,
	"appreciate": true, "that": true, "doing": true, "know": true, "about": true,
	"with": true, "say": true, "ask": true, "synergybot": true, "synergy": true,
	"assistant": true, "helpful": true, "up": true, "whats": true, "hows": true,
	"to": true, "use": true, "things": true, "stuff": true, "questions": true,
	"answer": true, "anyone": true, "here": true, "am": true,
}

// isSmallTalk reports whether message is only a greeting, thanks, farewell
// or a request for help, with nothing in it to look up. "hi, does massage
// help my back" is a question, not small talk.
func isSmallTalk(message string) bool {
	words := strings.FieldsFunc(strings.ToLower(message), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	cue := false
	for _, w := range words {
		w = strings.ReplaceAll(w, "'", "")
		switch {
		case smallTalkCues[w]:
			cue = true
		case smallTalkFiller[w]:
		default:
			return false
		}
	}
	if cue {
		return true
	}
	// "what can you do", "who are you" and friends have no cue word.
	joined := strings.Join(words, " ")
	for _, p := range []string{"what can you do", "what do you do", "what are you", "how does this work", "what do you know"} {
		if strings.Contains(joined, p) {
			return true
		}
	}
	return false
}
