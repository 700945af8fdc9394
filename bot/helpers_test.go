package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// IDs used by the unit tests' events.
const (
	botID      = "900"
	guildID    = "100"
	channelID  = "200" // a channel listed in Config.Channels
	otherChan  = "201" // a channel that is not
	askerID    = "300"
	otherID    = "301"
	staffRole  = "400"
	appID      = "900"
	bookingURL = "https://www.sclondonmassage.ca/"
)

// answeredQ and urgentQ get an answer and urgent-care advice from the
// embedded knowledge base (package knowledge tests the same questions).
const (
	answeredQ = "what is trigger point therapy"
	urgentQ   = "my back hurts and I lost control of my bladder, would deep tissue help?"
)

// notSureQ and unknownQ are chosen at start-up from candidates by what the
// matcher makes of them, so that tuning the matcher does not break the
// bot's tests: the bot's behaviour depends on the reply's kind only.
var (
	notSureQ = mustFindQuestion(knowledge.ReplyNotSure,
		"swedish or deep tissue", "knots or tight muscles", "massage for my back or my neck", "is massage good")
	unknownQ = mustFindQuestion(knowledge.ReplyDontKnow,
		"how do I change a tyre on my car", "what is the capital of france", "qwxz zzkv plorb blarg")
)

func mustFindQuestion(kind knowledge.ReplyKind, candidates ...string) string {
	b, err := knowledge.Parse(knowledge.DefaultSource, knowledge.DefaultYAML)
	if err != nil {
		panic(err)
	}
	r := knowledge.Responder{Matcher: knowledge.NewMatcher(b, knowledge.MatchOptions{})}
	for _, q := range candidates {
		if r.Ask(q).Kind == kind {
			return q
		}
	}
	panic(fmt.Sprintf("none of %q gets a %s reply from the embedded base: add a candidate", candidates, kind))
}

func defaultResponder(t testing.TB) func() knowledge.Responder {
	t.Helper()
	b, err := knowledge.Parse(knowledge.DefaultSource, knowledge.DefaultYAML)
	if err != nil {
		t.Fatalf("parse embedded base: %v", err)
	}
	r := knowledge.Responder{Matcher: knowledge.NewMatcher(b, knowledge.MatchOptions{}), Options: knowledge.ReplyOptions{Tracking: true}}
	return func() knowledge.Responder { return r }
}

// fakes records what the bot hands to its side-effect interfaces, and is
// the Staff of the tests: its status, gap report and errors are set by
// each test.
type fakes struct {
	mu        sync.Mutex
	gaps      []gap
	votes     []knowledge.Vote
	reloads   int
	reloadErr error
	// reloadTo is the version a successful Reload makes live; empty keeps
	// the version (an unchanged file).
	reloadTo string
	status   StaffStatus
	report   GapReport
	gapsErr  error
	taught   []taught
	teachErr error
}

// taught is one call of Staff.Teach.
type taught struct{ who, entryID, question string }

type gap struct {
	question string
	kind     knowledge.ReplyKind
	source   knowledge.Source
}

func (f *fakes) RecordUnanswered(_ context.Context, q string, r knowledge.Reply, source knowledge.Source) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.gaps = append(f.gaps, gap{q, r.Kind, source})
	return nil
}

func (f *fakes) RecordFeedback(_ context.Context, v knowledge.Vote) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.votes = append(f.votes, v)
	return nil
}

func (f *fakes) Reload(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reloads++
	if f.reloadErr == nil && f.reloadTo != "" {
		f.status.Knowledge.Version = f.reloadTo
	}
	return f.reloadErr
}

func (f *fakes) Status(context.Context) StaffStatus {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.status
}

func (f *fakes) Gaps(context.Context) (GapReport, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.report, f.gapsErr
}

func (f *fakes) Teach(_ context.Context, who, entryID, question string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.teachErr != nil {
		return f.teachErr
	}
	f.taught = append(f.taught, taught{who, entryID, question})
	return nil
}

// fileStatus is the status of a base served from a watched file, with the
// question log on and healthy.
func fileStatus() StaffStatus {
	return StaffStatus{
		Knowledge:   knowledge.Status{Version: "abc123def456", Entries: 13, Source: "/srv/synergy.yaml", LoadedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)},
		File:        "/srv/synergy.yaml",
		Watched:     true,
		QuestionLog: QuestionLogStatus{On: true, Backend: "sqlite", Where: "/var/lib/synergybot/questions.db", State: "ready"},
	}
}

// sampleGaps is a week of unanswered questions.
func sampleGaps() GapReport {
	return GapReport{Window: 7 * 24 * time.Hour, Gaps: []knowledge.Gap{
		{Count: 3, Examples: []string{"how much is a session", "price of a session"}, NearestID: "booking", NearestScore: 0.41},
		{Count: 1, Examples: []string{"do you do hot stone"}},
	}}
}

// fakeClock is a settable clock for the rate limit.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// testBot is a bot without a session, with recording fakes and a log
// buffer.
type testBot struct {
	*Bot
	fakes *fakes
	clock *fakeClock
	logs  *syncWriter // the bot's log, safe to read while it runs
}

func newTestBot(t *testing.T, edit func(*Config)) *testBot {
	t.Helper()
	f := &fakes{status: fileStatus(), report: sampleGaps()}
	clock := &fakeClock{now: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)}
	logs := &syncWriter{w: &bytes.Buffer{}}
	cfg := Config{
		Responder:  defaultResponder(t),
		UserID:     botID,
		GuildID:    guildID,
		Channels:   []string{channelID},
		StaffRoles: []string{staffRole},
		Staff:      f,
		Gaps:       f,
		Feedback:   f,
		Logger:     slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Now:        clock.Now,
	}
	if edit != nil {
		edit(&cfg)
	}
	b, err := New(nil, cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return &testBot{Bot: b, fakes: f, clock: clock, logs: logs}
}

// syncWriter serialises writes to a buffer shared with handler goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// member is a server member with the given id, roles and permissions.
func member(id string, perms int64, roles ...string) *discordgo.Member {
	return &discordgo.Member{User: &discordgo.User{ID: id, Username: "user" + id}, Roles: roles, Permissions: perms}
}

// slash is a slash command interaction from m in the guild.
func slash(m *discordgo.Member, name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "i-" + name, AppID: appID, Token: "tok", Type: discordgo.InteractionApplicationCommand,
		GuildID: guildID, ChannelID: channelID, Member: m,
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: opts},
	}
}

func strOpt(name, value string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value}
}

func boolOpt(name string, value bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionBoolean, Value: value}
}

func subOpt(name string) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionSubCommand}
}

// click is a button click by userID on msg.
func click(userID, customID string, msg *discordgo.Message) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "i-click", AppID: appID, Token: "tok", Type: discordgo.InteractionMessageComponent,
		GuildID: guildID, ChannelID: channelID, Member: member(userID, 0), Message: msg,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent},
	}
}

// interact runs b.Interaction and fails the test on error.
func interact(t *testing.T, b *Bot, i *discordgo.Interaction) Answer {
	t.Helper()
	ans, err := b.Interaction(context.Background(), i)
	if err != nil {
		t.Fatalf("Interaction: %v", err)
	}
	if ans.Response == nil {
		t.Fatal("Interaction returned no response")
	}
	return ans
}

// button is one button as the tests see it.
type button struct {
	Label, CustomID, URL string
	Style                discordgo.ButtonStyle
}

// buttons flattens rows of components into their buttons, failing the test
// when a row holds something else or breaks Discord's limits.
func buttons(t *testing.T, rows []discordgo.MessageComponent) []button {
	t.Helper()
	if len(rows) > maxRows {
		t.Errorf("%d rows of components, Discord allows %d", len(rows), maxRows)
	}
	var out []button
	for _, c := range rows {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			t.Fatalf("component %T is not an action row", c)
		}
		if len(row.Components) == 0 || len(row.Components) > maxButtonsInRow {
			t.Errorf("row has %d buttons, want 1 to %d", len(row.Components), maxButtonsInRow)
		}
		for _, c := range row.Components {
			b, ok := c.(discordgo.Button)
			if !ok {
				t.Fatalf("component %T is not a button", c)
			}
			if n := utf8.RuneCountInString(b.Label); n == 0 || n > maxButtonLabel {
				t.Errorf("button label %q has %d characters, want 1 to %d", b.Label, n, maxButtonLabel)
			}
			if len(b.CustomID) > maxCustomID {
				t.Errorf("custom id %q is over %d characters", b.CustomID, maxCustomID)
			}
			if (b.Style == discordgo.LinkButton) != (b.URL != "") || (b.URL == "") == (b.CustomID == "") {
				t.Errorf("button %+v must be either a link (style 5, url) or have a custom id", b)
			}
			out = append(out, button{b.Label, b.CustomID, b.URL, b.Style})
		}
	}
	return out
}

// customIDs are the custom ids of bs, in order.
func customIDs(bs []button) []string {
	var ids []string
	for _, b := range bs {
		if b.CustomID != "" {
			ids = append(ids, b.CustomID)
		}
	}
	return ids
}

// hasBookingButton reports whether a link button points at the booking page.
func hasBookingButton(bs []button) bool {
	for _, b := range bs {
		if strings.HasPrefix(b.URL, bookingURL) && strings.Contains(b.Label, "Book") {
			return true
		}
	}
	return false
}

// checkEmbeds fails the test when embeds break one of Discord's limits.
func checkEmbeds(t *testing.T, embeds []*discordgo.MessageEmbed) {
	t.Helper()
	for _, e := range embeds {
		if n := utf8.RuneCountInString(e.Title); n > maxEmbedTitle {
			t.Errorf("embed title has %d characters, limit %d", n, maxEmbedTitle)
		}
		if n := utf8.RuneCountInString(e.Description); n > maxEmbedDesc {
			t.Errorf("embed description has %d characters, limit %d", n, maxEmbedDesc)
		}
		if len(e.Fields) > maxEmbedFields {
			t.Errorf("embed has %d fields, limit %d", len(e.Fields), maxEmbedFields)
		}
		for _, f := range e.Fields {
			if utf8.RuneCountInString(f.Name) > maxFieldName || utf8.RuneCountInString(f.Value) > maxFieldValue {
				t.Errorf("field %q is over the limits", f.Name)
			}
		}
		if e.Footer != nil && utf8.RuneCountInString(e.Footer.Text) > maxFooter {
			t.Errorf("footer over %d characters", maxFooter)
		}
		if n := embedTextLen(e); n > maxEmbedTotal {
			t.Errorf("embed has %d characters in all, limit %d", n, maxEmbedTotal)
		}
	}
}

// checkNoMentions fails the test unless v, marshalled as discordgo sends
// it, carries "allowed_mentions": {"parse": []} (an empty list, not null).
func checkNoMentions(t *testing.T, v any) {
	t.Helper()
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("marshal %T: %v", v, err)
	}
	var probe struct {
		AllowedMentions *struct {
			Parse *[]string `json:"parse"`
		} `json:"allowed_mentions"`
		Data *struct {
			AllowedMentions *struct {
				Parse *[]string `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil {
		t.Fatalf("unmarshal %s: %v", raw, err)
	}
	am := probe.AllowedMentions
	if probe.Data != nil {
		am = probe.Data.AllowedMentions
	}
	if am == nil || am.Parse == nil || len(*am.Parse) != 0 {
		t.Errorf("allowed_mentions.parse is not an empty list in %s", raw)
	}
}

// isEphemeral reports whether an interaction response is ephemeral.
func isEphemeral(r *discordgo.InteractionResponse) bool {
	return r.Data != nil && r.Data.Flags&discordgo.MessageFlagsEphemeral != 0
}

func describeButtons(bs []button) string {
	var parts []string
	for _, b := range bs {
		parts = append(parts, fmt.Sprintf("%q(%s%s)", b.Label, b.CustomID, b.URL))
	}
	return strings.Join(parts, " ")
}

// String returns what was written so far.
func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.String()
}
