package knowledge

import "time"

// Source says where a question came from: which way in a member used. The
// question log keeps it beside each question so staff can see, for
// example, that a gap is asked mostly in direct messages.
type Source string

// The sources the bot and the terminal chat use. Any short string is
// accepted by the log; these are the ones written today.
const (
	SourceSlash   Source = "slash"   // a /ask (or /technique) slash command
	SourceMention Source = "mention" // a message that mentions the bot
	SourceDM      Source = "dm"      // a direct message
	SourceChannel Source = "channel" // a message in a channel the bot answers in
	SourceButton  Source = "button"  // a topic button
	SourceMenu    Source = "menu"    // "Ask Synergy" on a message
	SourceChat    Source = "chat"    // the terminal chat
	SourceHTTP    Source = "http"    // the HTTP interactions endpoint
)

// Vote is one press of "Helpful" or "Not helpful" under an answer. It holds
// no user id or name.
type Vote struct {
	// EntryID is the entry whose answer was rated.
	EntryID string
	// Helpful is true for "Helpful", false for "Not helpful".
	Helpful bool
	// Question is what was asked, when it is still known; empty otherwise
	// (a topic button, or a vote long after the answer). The log keeps it,
	// redacted (see LogText), for "Not helpful" votes only.
	Question string
	// Source is where the question came from; empty when unknown.
	Source Source
	// At is when the vote was given; zero means "now" to whoever stores it.
	At time.Time
}

// Unanswered is one question the bot could not answer confidently (a
// "not sure" or "don't know" reply). It holds no user id or name.
type Unanswered struct {
	// Question is the question as asked; the log stores LogText of it.
	Question string
	// BestID is the entry the bot thought nearest; empty if none.
	BestID string
	// Score is the match score of BestID.
	Score float64
	// Source is where the question came from.
	Source Source
	// At is when it was asked; zero means "now" to whoever stores it.
	At time.Time
}

// Asked is the question behind one answer, kept for a short time so that a
// vote on that answer, which may reach another replica, can say what was
// asked.
type Asked struct {
	// Question is the question, already in LogText form.
	Question string
	// Source is where it was asked.
	Source Source
}

// UnansweredTally is one stored unanswered question with how often and
// when it was asked: what a question log reads back for GroupGaps.
type UnansweredTally struct {
	Question            string
	Count               int
	FirstSeen, LastSeen time.Time
	BestID              string
	Score               float64
	Source              Source
}

// EntryFeedback is what people said about one entry's answer.
type EntryFeedback struct {
	// EntryID names the entry whose answer was rated.
	EntryID string `json:"entry_id"`
	// Helpful and NotHelpful count the votes of each kind.
	Helpful    int `json:"helpful"`
	NotHelpful int `json:"not_helpful"`
	// Questions are up to MaxFeedbackQuestions distinct questions whose
	// answer was marked "Not helpful", most recent first.
	Questions []string `json:"questions"`
}

// MaxFeedbackQuestions is how many "Not helpful" questions an EntryFeedback
// carries.
const MaxFeedbackQuestions = 5
