package bot

// The staff side: /kb status, reload, gaps and teach. They work only in the
// clinic's server (Config.GuildID), for staff (Config.StaffRoles, or
// Manage Server), and only for a bot installed in that server: /kb is
// registered there as a guild command, and every use is checked again at
// run time because a server's admins can change who sees a command.
//
// Staff returns data; this file turns it into Discord text.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Staff is what staff can do to the running knowledge base through /kb. Its
// methods return data; the bot words it for Discord.
type Staff interface {
	// Reload re-reads the knowledge base file, keeping the old version
	// when the new one is invalid (the error then says why, for
	// knowledge.Problems one problem each).
	Reload(ctx context.Context) error
	// Status describes the version being served and the question log.
	Status(ctx context.Context) StaffStatus
	// Gaps are the most asked unanswered questions, most asked first. It
	// returns ErrQuestionLogOff when nothing is recorded.
	Gaps(ctx context.Context) (GapReport, error)
	// Teach adds question to the sample questions of entry entryID in the
	// knowledge file, for /kb teach; who is the staff member's user id,
	// for the log. It returns an error saying why when the question would
	// land on another entry or the result would be invalid.
	Teach(ctx context.Context, who, entryID, question string) error
}

// ErrQuestionLogOff is returned by Staff.Gaps when no question log is
// configured (storage.path is empty).
var ErrQuestionLogOff = errors.New("the question log is off (storage.path and storage.url are empty), so nothing is recorded")

// StaffStatus is what /kb status reports.
type StaffStatus struct {
	// Knowledge is the live base's status.
	Knowledge knowledge.Status
	// File is the knowledge base file; empty means the built-in base is
	// served and there is nothing to reload or teach.
	File string
	// Watched reports whether saving File reloads it.
	Watched bool
	// QuestionLog is the state of the log of unanswered questions.
	QuestionLog QuestionLogStatus
}

// QuestionLogStatus describes the question log for /kb status.
type QuestionLogStatus struct {
	// On is false when no question log is configured.
	On bool
	// Backend and Where name the database without secrets ("sqlite" and a
	// path, "postgres" and host/database).
	Backend, Where string
	// State is how the database is doing ("ready", "connecting" …), and
	// Since when it got so; LastError is the latest error while not ready.
	State     string
	Since     time.Time
	LastError string
	// Dropped counts writes dropped because the queue was full, Failed
	// writes the database refused, since the start.
	Dropped, Failed uint64
}

// GapReport is what /kb gaps and /kb teach show.
type GapReport struct {
	// Window is how far back the report looks, such as 7 days.
	Window time.Duration
	// Gaps are groups of similar questions, most asked first; each has at
	// least one example.
	Gaps []knowledge.Gap
}

// Custom ids of the /kb teach select menus, and how much /kb shows.
const (
	teachQuestionID   = "teach:q"  // pick a question; values are questionKeys
	teachEntryPrefix  = "teach:e:" // teach:e:<questionKey>; values are entry ids
	maxSelectOptions  = 25         // Discord's limit on a select menu's options
	maxSelectLabel    = 100        // and on an option's label, value and description
	maxStatusProblems = 5          // problems listed by /kb status and reload
	maxGapLines       = 10         // groups listed by /kb gaps

	teachSetPath = "knowledge.path" // named in refusals on the built-in base
)

// kb serves the staff commands. Discord hides /kb from members without
// Manage Server, but that default can be changed per server, so the bot
// checks again.
func (b *Bot) kb(ctx context.Context, i *discordgo.Interaction, data discordgo.ApplicationCommandInteractionData) Answer {
	sub := ""
	if len(data.Options) > 0 {
		sub = data.Options[0].Name
	}
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "command", "kb "+sub, "user", interactionUserID(i))
	if refusal, ok := b.refuseStaff(i); !ok {
		log.Info("kb refused", "reason", refusal)
		return Answer{Response: message(refusal, true)}
	}
	if b.cfg.Staff == nil {
		return Answer{Response: message("Knowledge base management is not available on this bot.", true)}
	}
	staff := b.cfg.Staff
	switch sub {
	case "status":
		log.Info("kb status")
		return Answer{Response: message(formatStatus(staff.Status(ctx)), true)}
	case "reload":
		log.Info("kb reload")
		return deferredPrivate(func(ctx context.Context) string {
			before := staff.Status(ctx)
			if before.File == "" {
				return fmt.Sprintf("Serving the built-in knowledge base (version %s, %d entries): there is no file to reload. Set %s to a file staff can edit, then restart the bot.",
					before.Knowledge.Version, before.Knowledge.Entries, teachSetPath)
			}
			if err := staff.Reload(ctx); err != nil {
				log.Warn("kb reload failed", "err", err)
				return fmt.Sprintf("Reload failed; still serving version %s.\n%s", before.Knowledge.Version, problemList(err, maxStatusProblems))
			}
			after := staff.Status(ctx)
			if after.Knowledge.Version == before.Knowledge.Version {
				return "The file is unchanged. " + formatStatus(after)
			}
			return "Reloaded. " + formatStatus(after)
		})
	case "gaps":
		log.Info("kb gaps")
		return deferredPrivate(func(ctx context.Context) string {
			report, err := staff.Gaps(ctx)
			switch {
			case errors.Is(err, ErrQuestionLogOff):
				return "The question log is off (storage.path is empty), so nothing is recorded."
			case err != nil:
				log.Warn("kb gaps failed", "err", err)
				return "Could not read the question log: " + err.Error()
			}
			return formatGaps(report)
		})
	case "teach":
		log.Info("kb teach")
		return deferredPrivateEdit(func(ctx context.Context) *discordgo.WebhookEdit {
			return b.teachQuestions(ctx, staff)
		})
	default:
		return Answer{Response: message("Use /kb status, /kb reload, /kb gaps or /kb teach.", true)}
	}
}

// refuseStaff checks that i comes from staff of the clinic's server, through
// the bot installed there. It returns the ephemeral refusal and false
// otherwise.
func (b *Bot) refuseStaff(i *discordgo.Interaction) (refusal string, ok bool) {
	switch {
	case b.cfg.GuildID == "":
		return "Staff commands are turned off: this bot has no clinic server set (discord.guild_id).", false
	case i.GuildID != b.cfg.GuildID:
		return "Staff commands work only in the clinic's own server.", false
	case !installedInGuild(i, b.cfg.GuildID):
		return "Staff commands work only through the bot installed in the clinic's server.", false
	case !b.isStaff(i.Member):
		return "Only clinic staff can use /kb.", false
	}
	return "", true
}

// installedInGuild reports whether the interaction was authorised by the
// app's installation in guildID. Discord sends authorizing_integration_owners
// with every interaction; a command run through a member's own (user)
// install of the app names only the user. Interactions without the field
// (older payloads) are judged by their guild_id alone.
func installedInGuild(i *discordgo.Interaction, guildID string) bool {
	if len(i.AuthorizingIntegrationOwners) == 0 {
		return true
	}
	return i.AuthorizingIntegrationOwners[discordgo.ApplicationIntegrationGuildInstall] == guildID
}

// isStaff reports whether a member may use /kb: one of the staff roles or,
// when none are configured, the Manage Server (or Administrator)
// permission. Outside a server (m is nil) nobody is staff.
func (b *Bot) isStaff(m *discordgo.Member) bool {
	if m == nil {
		return false
	}
	if len(b.staffRoles) > 0 {
		for _, role := range m.Roles {
			if b.staffRoles[role] {
				return true
			}
		}
		return false
	}
	return m.Permissions&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// isClinicStaff is isStaff in the clinic's server only.
func (b *Bot) isClinicStaff(i *discordgo.Interaction) bool {
	_, ok := b.refuseStaff(i)
	return ok
}

// formatStatus words a StaffStatus for /kb status. Problems of the question
// log are mentioned only when there are some.
func formatStatus(s StaffStatus) string {
	k := s.Knowledge
	var b strings.Builder
	fmt.Fprintf(&b, "Serving version %s (%d entries) from %s, loaded %s.",
		k.Version, k.Entries, k.Source, k.LoadedAt.Format("2006-01-02 15:04:05 MST"))
	switch {
	case s.File == "":
		fmt.Fprintf(&b, " This is the built-in knowledge base; set %s to serve a file staff can edit.", teachSetPath)
	case s.Watched:
		b.WriteString(" Saving the file reloads it.")
	default:
		b.WriteString(" The file is not watched: use /kb reload after saving it.")
	}
	if f := k.LastFailure; f != nil && f.Err != nil {
		fmt.Fprintf(&b, "\nThe last edit was NOT loaded (%s):\n%s", f.At.Format("15:04:05"), problemList(f.Err, maxStatusProblems))
	}
	b.WriteString("\n" + formatQuestionLog(s.QuestionLog))
	return b.String()
}

// formatQuestionLog is the question log's line of /kb status: the back
// end, where it is and its state, then problems only when there are some.
func formatQuestionLog(q QuestionLogStatus) string {
	if !q.On {
		return "Question log: off"
	}
	line := fmt.Sprintf("Question log: %s %s, %s", q.Backend, q.Where, q.State)
	if q.State != "ready" && !q.Since.IsZero() {
		line += " since " + q.Since.UTC().Format("15:04:05 MST")
	}
	if q.LastError != "" {
		line += "; last error: " + q.LastError
	}
	if q.Dropped > 0 || q.Failed > 0 {
		line += fmt.Sprintf("; since the start %d writes were dropped and %d failed: see the log", q.Dropped, q.Failed)
	}
	return line
}

// problemList lists the problems of err as "- " lines, at most max of them:
// one per knowledge.Problem, or the error itself.
func problemList(err error, max int) string {
	var lines []string
	if ps, ok := errors.AsType[knowledge.Problems](err); ok {
		for _, p := range ps {
			lines = append(lines, p.Error())
		}
	} else {
		lines = []string{err.Error()}
	}
	var b strings.Builder
	for n, line := range lines {
		if n == max {
			fmt.Fprintf(&b, "… and %d more: run `synergybot kb validate` to see them all.", len(lines)-n)
			break
		}
		b.WriteString("- " + line + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// formatGaps writes a gap report as short lines for a Discord message.
func formatGaps(r GapReport) string {
	window := describeWindow(r.Window)
	if len(r.Gaps) == 0 {
		return "No unanswered questions in the " + window + "."
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Unanswered questions, %s, most asked first:\n", window)
	for n, g := range r.Gaps {
		if n == maxGapLines {
			fmt.Fprintf(&b, "… and %d more (synergybot kb gaps lists them all)\n", len(r.Gaps)-n)
			break
		}
		nearest := g.NearestID
		if nearest == "" {
			nearest = "none"
		}
		fmt.Fprintf(&b, "- %dx \"%s\" (nearest: %s, %.2f)\n", g.Count, strings.Join(g.Examples, "\" / \""), nearest, g.NearestScore)
	}
	b.WriteString("Use /kb teach to add one to an entry's questions, or add the words people use as aliases of the nearest entry; then run synergybot kb test.")
	return b.String()
}

// describeWindow says "last 7 days" for 168h, "last 12 hours" for 12h.
func describeWindow(d time.Duration) string {
	switch {
	case d <= 0:
		return "log"
	case d%(24*time.Hour) == 0 && d >= 48*time.Hour:
		return fmt.Sprintf("last %d days", d/(24*time.Hour))
	case d == 24*time.Hour:
		return "last day"
	default:
		return fmt.Sprintf("last %d hours", max(1, int(d/time.Hour)))
	}
}

// teachQuestions is the first step of /kb teach: the most asked unanswered
// questions, in a select menu.
func (b *Bot) teachQuestions(ctx context.Context, staff Staff) *discordgo.WebhookEdit {
	if refusal, ok := teachable(staff.Status(ctx)); !ok {
		return textEdit(refusal)
	}
	report, err := staff.Gaps(ctx)
	switch {
	case errors.Is(err, ErrQuestionLogOff):
		return textEdit("/kb teach picks from the questions the bot could not answer, but the question log is off (storage.path is empty).")
	case err != nil:
		return textEdit("Could not read the question log: " + err.Error())
	}
	var options []discordgo.SelectMenuOption
	seen := map[string]bool{}
	for _, g := range report.Gaps {
		if len(options) == maxSelectOptions {
			break
		}
		if len(g.Examples) == 0 {
			continue
		}
		q := g.Examples[0]
		key := questionKey(q)
		if seen[key] {
			continue
		}
		seen[key] = true
		desc := fmt.Sprintf("asked %d×", g.Count)
		if g.NearestID != "" {
			desc += ", nearest: " + g.NearestID
		}
		options = append(options, discordgo.SelectMenuOption{Label: cut(q, maxSelectLabel), Value: key, Description: cut(desc, maxSelectLabel)})
	}
	if len(options) == 0 {
		return textEdit("No unanswered questions in the " + describeWindow(report.Window) + ": nothing to teach.")
	}
	return componentsEdit("Step 1 of 2: pick a question members asked that the bot could not answer.",
		selectMenu(teachQuestionID, "Pick a question", options))
}

// teachEntries is the second step: the entry the question belongs to,
// nearest first.
func (b *Bot) teachEntries(ctx context.Context, staff Staff, key string) *discordgo.WebhookEdit {
	gap, ok := findGap(ctx, staff, key)
	if !ok {
		return textEdit("That question is no longer in the question log. Run /kb teach again.")
	}
	question := gap.Examples[0]
	base := b.cfg.Responder().Matcher.Base()
	m := b.cfg.Responder().Matcher.Match(question)
	var ids []string
	add := func(id string) {
		if id != "" && !slices.Contains(ids, id) && base.Entry(id) != nil {
			ids = append(ids, id)
		}
	}
	add(gap.NearestID)
	if m.Best != nil {
		add(m.Best.ID)
	}
	for _, c := range m.Suggestions {
		add(c.Entry.ID)
	}
	for _, e := range base.Entries {
		add(e.ID)
	}
	var options []discordgo.SelectMenuOption
	for _, id := range ids {
		if len(options) == maxSelectOptions {
			break
		}
		if len(id) > maxSelectLabel {
			continue // cannot be a select value; kb validate caps ids well below
		}
		options = append(options, discordgo.SelectMenuOption{Label: cut(base.Entry(id).Title, maxSelectLabel), Value: id, Description: id})
	}
	text := fmt.Sprintf("Step 2 of 2: which entry answers “%s”?", cut(question, 1500))
	if len(base.Entries) > len(options) {
		text += fmt.Sprintf("\nThe closest %d entries are listed; for another one, use `synergybot kb teach FILE --entry ID QUESTION` on the server.", len(options))
	}
	return componentsEdit(text, selectMenu(teachEntryPrefix+key, "Pick the entry", options))
}

// teachDone is the last step: the question is added to the entry.
func (b *Bot) teachDone(ctx context.Context, staff Staff, who, key, entryID string) *discordgo.WebhookEdit {
	if refusal, ok := teachable(staff.Status(ctx)); !ok {
		return textEdit(refusal)
	}
	gap, ok := findGap(ctx, staff, key)
	if !ok {
		return textEdit("That question is no longer in the question log. Run /kb teach again.")
	}
	question := gap.Examples[0]
	log := b.log.With("command", "kb teach", "user", who, "entry", entryID)
	if err := staff.Teach(ctx, who, entryID, question); err != nil {
		log.Warn("kb teach refused", "question", question, "err", err)
		return textEdit(fmt.Sprintf("Not added to %s: %s", entryID, err.Error()))
	}
	log.Info("kb teach: question added to the entry", "question", question)
	return textEdit(fmt.Sprintf("Added “%s” to the questions of %s. The file is saved (the previous version is kept as a .bak file); once the watcher has reloaded it, /kb status shows the new version.", cut(question, 1500), entryID))
}

// teachable refuses /kb teach on the built-in base.
func teachable(s StaffStatus) (refusal string, ok bool) {
	if s.File == "" {
		return fmt.Sprintf("/kb teach edits the knowledge base file, but the bot serves its built-in knowledge base. Set %s (SYNERGYBOT_KNOWLEDGE_PATH) to a copy of it that staff can edit, then restart the bot.", teachSetPath), false
	}
	return "", true
}

// findGap finds the gap whose first example has the key, asking Staff
// again: the select menus carry only keys, so that every step works after
// a restart and on any replica.
func findGap(ctx context.Context, staff Staff, key string) (knowledge.Gap, bool) {
	report, err := staff.Gaps(ctx)
	if err != nil {
		return knowledge.Gap{}, false
	}
	for _, g := range report.Gaps {
		if len(g.Examples) > 0 && questionKey(g.Examples[0]) == key {
			return g, true
		}
	}
	return knowledge.Gap{}, false
}

// questionKey is a short, stable stand-in for a question in custom ids and
// select values, which are limited to 100 characters.
func questionKey(question string) string {
	sum := sha256.Sum256([]byte(question))
	return hex.EncodeToString(sum[:10])
}

// teachComponent handles the /kb teach select menus.
func (b *Bot) teachComponent(i *discordgo.Interaction, data discordgo.MessageComponentInteractionData) Answer {
	log := b.log.With("guild", i.GuildID, "channel", i.ChannelID, "command", "kb teach", "user", interactionUserID(i))
	if refusal, ok := b.refuseStaff(i); !ok {
		log.Info("kb teach refused", "reason", refusal)
		return Answer{Response: message(refusal, true)}
	}
	if b.cfg.Staff == nil || len(data.Values) != 1 {
		return Answer{Response: message("That menu no longer works. Run /kb teach again.", true)}
	}
	staff, value, who := b.cfg.Staff, data.Values[0], interactionUserID(i)
	if data.CustomID == teachQuestionID {
		return deferredUpdate(func(ctx context.Context) *discordgo.WebhookEdit {
			return b.teachEntries(ctx, staff, value)
		})
	}
	key := strings.TrimPrefix(data.CustomID, teachEntryPrefix)
	return deferredUpdate(func(ctx context.Context) *discordgo.WebhookEdit {
		return b.teachDone(ctx, staff, who, key, value)
	})
}

func selectMenu(customID, placeholder string, options []discordgo.SelectMenuOption) discordgo.MessageComponent {
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.SelectMenu{
		MenuType: discordgo.StringSelectMenu, CustomID: customID, Placeholder: placeholder, Options: options,
	}}}
}

// textEdit replaces a message's content and removes its components.
func textEdit(text string) *discordgo.WebhookEdit {
	text = cut(text, maxContent)
	none := []discordgo.MessageComponent{}
	return &discordgo.WebhookEdit{Content: &text, Components: &none, AllowedMentions: noMentions()}
}

// componentsEdit replaces a message's content and components.
func componentsEdit(text string, rows ...discordgo.MessageComponent) *discordgo.WebhookEdit {
	e := textEdit(text)
	e.Components = &rows
	return e
}

// deferredUpdate acknowledges a click at once without changing the message
// (type 6), then edits the message the click was on with what work returns.
func deferredUpdate(work func(ctx context.Context) *discordgo.WebhookEdit) Answer {
	return Answer{
		Response: &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate},
		Followup: work,
	}
}
