package knowledge

import (
	"fmt"
	"io"
	"strings"
)

// WordMatch is how retrieval read one content word of a message: the term
// it took it for, how sure it was (1 for exact, less for typos), how much
// the term tells entries apart, and where the best entry holds it.
type WordMatch struct {
	Word string
	// Term is the stem the word was read as; empty when the base does not
	// know the word.
	Term   string
	Conf   float64
	Weight float64
	// Where is "name", "question" or "answer" for the best entry, or ""
	// when the best entry does not hold the term.
	Where string
}

// ExplainWords says how retrieval read each content word of msg, and where
// best (which may be nil) holds it. It repeats work Match did, so only
// `ask --explain` calls it.
func (m *Matcher) ExplainWords(msg Message, best *Entry) []WordMatch {
	var out []WordMatch
	bestIdx := int32(-1)
	if best != nil {
		for i := range m.base.Entries {
			if &m.base.Entries[i] == best {
				bestIdx = int32(i)
			}
		}
	}
	names := make(map[int32]string, len(m.termID))
	for s, id := range m.termID {
		names[id] = s
	}
	for _, w := range m.rewrite(msg.Words) {
		rs, ok := m.resolve(w)
		if !ok {
			out = append(out, WordMatch{Word: w})
			continue
		}
		for _, r := range rs.t[:rs.n] {
			if r.id < 0 {
				continue
			}
			wm := WordMatch{Word: w, Term: names[r.id], Conf: float64(r.conf), Weight: float64(m.terms[r.id].weight)}
			for _, p := range m.terms[r.id].entries {
				if p.entry == bestIdx {
					switch {
					case p.field >= weightName:
						wm.Where = "name"
					case p.field >= weightQuestion:
						wm.Where = "question"
					default:
						wm.Where = "answer"
					}
				}
			}
			out = append(out, wm)
		}
	}
	return out
}

// WriteExplain prints every stage of t for people: what each found and why
// the bot answered or abstained. words are from Matcher.ExplainWords.
func (t Trace) WriteExplain(w io.Writer, words []WordMatch) {
	fmt.Fprintf(w, "message:    %q\n", t.Message.Text)
	fmt.Fprintf(w, "1 normalise: %q\n", t.Message.Normalized)
	fmt.Fprintln(w, "2 safety:")
	for _, line := range t.Safety.Explain() {
		fmt.Fprintf(w, "    %s\n", line)
	}
	if t.Safety.Fires() {
		fmt.Fprintf(w, "decision:   %s: %s\nreply:      %s %q\n", t.Decision.Do, t.Decision.Why, t.Reply.Kind, t.Reply.Title)
		return
	}
	st := string(t.SmallTalk)
	if st == "" {
		st = "none"
	}
	fmt.Fprintf(w, "3 small talk: %s\n", st)
	if t.SmallTalk != SmallTalkNone {
		fmt.Fprintf(w, "decision:   %s: %s\nreply:      %s %q\n", t.Decision.Do, t.Decision.Why, t.Reply.Kind, t.Reply.Title)
		return
	}
	fmt.Fprintf(w, "4 intent:    %s", t.Intent.Act)
	if t.Intent.Cue != "" {
		fmt.Fprintf(w, " (cue %q)", t.Intent.Cue)
	}
	if t.Intent.Treat {
		fmt.Fprint(w, ", asks for a treatment")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "5 retrieval:")
	for _, wm := range words {
		if wm.Term == "" {
			fmt.Fprintf(w, "    %-16s unknown to the base\n", wm.Word)
			continue
		}
		where := wm.Where
		if where == "" {
			where = "not in the best entry"
		}
		fmt.Fprintf(w, "    %-16s -> %-14s conf %.2f  weight %.2f  %s\n", wm.Word, wm.Term, wm.Conf, wm.Weight, where)
	}
	if t.Match.Best != nil {
		fmt.Fprintf(w, "    best %s %.2f (confident: %v)\n", t.Match.Best.ID, t.Match.Score, t.Match.Confident)
	} else {
		fmt.Fprintf(w, "    no plausible entry (%.2f)\n", t.Match.Score)
	}
	for _, c := range t.Match.Suggestions {
		fmt.Fprintf(w, "    also %s %.2f\n", c.Entry.ID, c.Score)
	}
	if len(t.Match.Named) > 0 {
		ids := make([]string, len(t.Match.Named))
		for i, e := range t.Match.Named {
			ids[i] = e.ID
		}
		fmt.Fprintf(w, "    names %s\n", strings.Join(ids, ", "))
	}
	fmt.Fprintf(w, "6 domain:    log-odds %.2f (p %.2f), in the domain: %v\n", t.Domain.LogOdds, t.Domain.Probability, t.Domain.In)
	if t.Domain.ForeignTopic != "" {
		fmt.Fprintf(w, "    asks about %q, which the base does not hold\n", t.Domain.ForeignTopic)
	}
	if t.Domain.ForeignAsk != "" {
		fmt.Fprintf(w, "    asks %q of its subject, which the base does not hold\n", t.Domain.ForeignAsk)
	}
	if t.Domain.ForeignRival != "" {
		fmt.Fprintf(w, "    compares %q, which the base does not hold\n", t.Domain.ForeignRival)
		if t.Domain.rivalYardstick {
			fmt.Fprintf(w, "    %q only measures the base's own side, asked about for a purpose the base holds\n", t.Domain.ForeignRival)
		}
	}
	if len(t.Domain.OtherSense) > 0 {
		fmt.Fprintf(w, "    %q: the asker's own, in a sense the base does not cover\n", strings.Join(t.Domain.OtherSense, " "))
	}
	for _, ww := range t.Domain.Words {
		fmt.Fprintf(w, "    %-16s %+.2f\n", ww.Word, ww.Weight)
	}
	fmt.Fprintf(w, "7 decision:  %s: %s\n", t.Decision.Do, t.Decision.Why)
	fmt.Fprintf(w, "8 reply:     %s %q", t.Reply.Kind, t.Reply.Title)
	if t.Reply.EntryID != "" {
		fmt.Fprintf(w, " (%s)", t.Reply.EntryID)
	}
	if t.Reply.Booking != nil {
		fmt.Fprintf(w, " booking %s", t.Reply.Booking.URL)
	}
	fmt.Fprintln(w)
}
