package knowledge

import (
	"slices"
	"strings"
	"unicode"
)

// SmallTalk is what a message is when it is only social: a greeting, thanks,
// a goodbye or a question about the bot itself. Each gets a short reply of
// its own and none is a gap in the knowledge base.
type SmallTalk string

// The kinds of small talk, as `ask --explain` prints them.
const (
	SmallTalkNone     SmallTalk = ""
	SmallTalkGreeting SmallTalk = "greeting"
	SmallTalkThanks   SmallTalk = "thanks"
	SmallTalkGoodbye  SmallTalk = "goodbye"
	SmallTalkAboutBot SmallTalk = "about-the-bot"
)

// smallTalkCues map words that, on their own, make a message small talk to
// the kind they make it. Words are as NewMessage gives them: lowercase,
// chat shorthand expanded ("thx" and "ty" are "thanks").
var smallTalkCues = map[string]SmallTalk{
	"hi": SmallTalkGreeting, "hello": SmallTalkGreeting, "hey": SmallTalkGreeting,
	"heya": SmallTalkGreeting, "hiya": SmallTalkGreeting, "yo": SmallTalkGreeting,
	"sup": SmallTalkGreeting, "howdy": SmallTalkGreeting, "greetings": SmallTalkGreeting,
	"morning": SmallTalkGreeting, "evening": SmallTalkGreeting, "afternoon": SmallTalkGreeting,
	"hai": SmallTalkGreeting, "hallo": SmallTalkGreeting, "helo": SmallTalkGreeting,
	"thanks": SmallTalkThanks, "thank": SmallTalkThanks, "cheers": SmallTalkThanks,
	"thanx": SmallTalkThanks, "thankyou": SmallTalkThanks, "appreciated": SmallTalkThanks,
	"bye": SmallTalkGoodbye, "goodbye": SmallTalkGoodbye, "cya": SmallTalkGoodbye,
	"later": SmallTalkGoodbye, "goodnight": SmallTalkGoodbye, "night": SmallTalkGoodbye,
	"ttyl": SmallTalkGoodbye, "farewell": SmallTalkGoodbye, "gn": SmallTalkGoodbye, "care": SmallTalkGoodbye,
	"gm": SmallTalkGreeting, "appreciate": SmallTalkThanks,
	"help": SmallTalkAboutBot, "commands": SmallTalkAboutBot, "who": SmallTalkAboutBot,
}

// smallTalkFiller are words that may stand beside a cue without making the
// message a real question ("thank you so much", "who are you bot").
var smallTalkFiller = setOf(`you so much very a lot there all everyone guys folks good are what can do
	is this bot it again me please how the for your i need ok okay cool great nice awesome
	oh ah lol man that doing know about with say ask synergybot synergy assistant
	helpful up whats hows to use things stuff questions answer anyone here am have see talk
	soon then now and again tons heaps kind really super perfect got gotcha alright right
	will that's thats was were much wow bunch one ya take`)

// botNatures are what a member may ask the bot to be ("are you a real
// person or a computer?", "is this a bot", "am i talking to a human"):
// with "are you", "is this" or "am i talking", and only filler beside
// them, the message asks about the bot.
var botNatures = setOf("human person people robot computer machine ai chatbot bot program automated real actual actually or an talking")

// smallTalkShapes are the shapes of the words of smallTalkCues,
// botNatures and smallTalkFiller: readSmallTalk reads a message only as
// far as its first word in none of them, most often its first word.
var smallTalkShapes = shapesOf(smallTalkCues).or(shapesOf(botNatures, smallTalkFiller))

// smallTalkLists says which of readSmallTalk's lists hold a word.
type smallTalkLists uint8

// The lists of smallTalkLists.
const (
	inSmallTalkCues smallTalkLists = 1 << iota
	inBotNatures
	inSmallTalkFiller
)

// smallTalkListsOf returns the lists that hold w.
func smallTalkListsOf(w string) smallTalkLists {
	var l smallTalkLists
	if !smallTalkShapes.mayHold(w) {
		return 0 // most words
	}
	if _, ok := smallTalkCues[w]; ok {
		l |= inSmallTalkCues
	}
	if botNatures[w] {
		l |= inBotNatures
	}
	if smallTalkFiller[w] {
		l |= inSmallTalkFiller
	}
	return l
}

// smallTalkListsAt returns the lists that hold a message's i-th word w,
// read from the matcher's word table when it holds the word (known).
func smallTalkListsAt(known tableWords, i int, w string) smallTalkLists {
	if tw := known.at(i); tw != nil {
		return tw.smallTalk
	}
	return smallTalkListsOf(w)
}

// asksWhatYouAre reports whether words ask what the bot is: "are you ...",
// "is this ...", "am i talking to ...".
func asksWhatYouAre(words []string) bool {
	return slices.Contains(words, "are") && slices.Contains(words, "you") ||
		slices.Contains(words, "is") && slices.Contains(words, "this") ||
		slices.Contains(words, "am") && slices.Contains(words, "talking")
}

// goodbyePhrases are goodbyes that hold no cue word.
var goodbyePhrases = []string{"see ya", "see you"}

// smallTalkPhrases are questions about the bot that hold no cue word.
var smallTalkPhrases = []string{"what can you do", "what do you do", "what are you", "how does this work", "what do you know"}

// readSmallTalk is stage 3 of answering: it tells which small talk msg is,
// or SmallTalkNone when there is something in it to look up. "hi, does
// massage help my back" is a question, not small talk. A message with no
// words at all, such as a waving emoji, is a greeting.
func readSmallTalk(msg Message) SmallTalk {
	if len(msg.Words) == 0 {
		if hasSymbol(msg.Text) {
			return SmallTalkGreeting
		}
		return SmallTalkNone
	}
	kind := SmallTalkNone
	nature := false
	// The matcher's word table holds which lists its words are in.
	known := tableWords{ids: msg.wordIDs(msg.table), t: msg.table}
	for i, w := range msg.Words {
		lists := smallTalkListsAt(known, i, w)
		if lists == 0 {
			return SmallTalkNone // a word of none of the lists below: the default case
		}
		var k SmallTalk
		cue := lists&inSmallTalkCues != 0
		if cue {
			k = smallTalkCues[w]
		}
		switch {
		case lists&inBotNatures != 0 && !cue && asksWhatYouAre(msg.Words):
			// "bot" and "a" are filler too; a nature is asked about
			// only beside a word no filler holds ("person", "real").
			nature = nature || lists&inSmallTalkFiller == 0
		case cue:
			// Thanks and goodbyes say more than a greeting beside them
			// ("hi, thanks!"), and both more than a call for help.
			if kind == SmallTalkNone || rankSmallTalk(k) > rankSmallTalk(kind) {
				kind = k
			}
		case lists&inSmallTalkFiller != 0:
		default:
			return SmallTalkNone
		}
	}
	if kind != SmallTalkNone {
		return kind
	}
	if nature || asksWhatYouAre(msg.Words) && slices.Contains(msg.Words, "bot") {
		return SmallTalkAboutBot
	}
	for _, p := range goodbyePhrases {
		if strings.Contains(msg.Normalized, p) {
			return SmallTalkGoodbye
		}
	}
	for _, p := range smallTalkPhrases {
		if strings.Contains(msg.Normalized, p) {
			return SmallTalkAboutBot
		}
	}
	return SmallTalkNone
}

func rankSmallTalk(k SmallTalk) int {
	switch k {
	case SmallTalkThanks:
		return 3
	case SmallTalkGoodbye:
		return 2
	case SmallTalkGreeting:
		return 1
	}
	return 0
}

// hasSymbol reports whether s holds an emoji or another symbol, the whole
// of a message such as "👋" or "🙂", or an emoji written as Discord
// sends or people type it (<:wave:123>, ":wave:").
func hasSymbol(s string) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == ':' && shortcodeLen(s[i:]) > 0:
			return true
		case s[i] == '<' && (strings.HasPrefix(s[i:], "<:") || strings.HasPrefix(s[i:], "<a:")) && discordTokenLen(s[i:]) > 0:
			return true
		}
	}
	for _, r := range s {
		if unicode.IsSymbol(r) || unicode.Is(unicode.So, r) {
			return true
		}
	}
	return false
}
