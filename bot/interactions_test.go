package bot

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

func TestCommandsDefinition(t *testing.T) {
	byName := map[string]*discordgo.ApplicationCommand{}
	for _, c := range PublicCommands() {
		byName[c.Name] = c
		if c.IntegrationTypes == nil || !slices.Equal(*c.IntegrationTypes, []discordgo.ApplicationIntegrationType{0, 1}) {
			t.Errorf("%s: integration_types = %v, want [0 1] (server and user install)", c.Name, c.IntegrationTypes)
		}
		if c.Contexts == nil || !slices.Equal(*c.Contexts, []discordgo.InteractionContextType{0, 1, 2}) {
			t.Errorf("%s: contexts = %v, want [0 1 2] (server, bot DM, private channel)", c.Name, c.Contexts)
		}
		if raw, _ := json.Marshal(c); strings.Contains(string(raw), "dm_permission") {
			t.Errorf("%s sets the deprecated dm_permission: %s", c.Name, raw)
		}
	}
	for _, name := range []string{"ask", "technique", "techniques", "book", "help", AskSynergy} {
		if byName[name] == nil {
			t.Errorf("command %q is missing", name)
		}
	}
	if len(byName) != 6 {
		t.Errorf("got %d public commands, want 6", len(byName))
	}
	if byName["kb"] != nil {
		t.Error("/kb is among the public (global) commands")
	}
	if c := byName[AskSynergy]; c == nil || c.Type != discordgo.MessageApplicationCommand || c.Description != "" {
		t.Errorf("%q must be a message command (type 3) without description, got %+v", AskSynergy, c)
	}

	staff := StaffCommands()
	if len(staff) != 1 || staff[0].Name != "kb" {
		t.Fatalf("staff commands = %v, want only /kb", staff)
	}
	kb := staff[0]
	if kb.DefaultMemberPermissions == nil || *kb.DefaultMemberPermissions != discordgo.PermissionManageGuild {
		t.Errorf("/kb default member permissions = %v, want Manage Server (%d)", kb.DefaultMemberPermissions, discordgo.PermissionManageGuild)
	}
	if kb.Contexts == nil || !slices.Equal(*kb.Contexts, []discordgo.InteractionContextType{discordgo.InteractionContextGuild}) {
		t.Errorf("/kb contexts = %v, want [0]", kb.Contexts)
	}
	if kb.IntegrationTypes == nil || !slices.Equal(*kb.IntegrationTypes, []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}) {
		t.Errorf("/kb integration_types = %v, want [0]", kb.IntegrationTypes)
	}
	if raw, _ := json.Marshal(kb); strings.Contains(string(raw), "dm_permission") {
		t.Errorf("/kb sets the deprecated dm_permission: %s", raw)
	}
	var subs []string
	for _, o := range kb.Options {
		subs = append(subs, o.Name)
	}
	if !slices.Equal(subs, []string{"status", "reload", "gaps", "teach"}) {
		t.Errorf("/kb subcommands = %v, want [status reload gaps teach]", subs)
	}
	if o := byName["technique"].Options; len(o) != 1 || !o[0].Autocomplete || !o[0].Required {
		t.Errorf("/technique name must be a required autocomplete option, got %+v", o)
	}
	if o := byName["ask"].Options; len(o) != 2 || o[0].Name != "question" || o[1].Name != "private" || o[1].Type != discordgo.ApplicationCommandOptionBoolean {
		t.Errorf("/ask options = %+v, want question and a boolean private", o)
	}
}

func TestAsk(t *testing.T) {
	tests := []struct {
		name          string
		question      string
		private       bool
		wantKind      string // embed colour stands for the kind
		wantTitle     string
		wantEphemeral bool
		wantFeedback  bool
		wantBooking   bool
		wantGap       bool
	}{
		{name: "answer", question: answeredQ, wantTitle: "Trigger Point Therapy", wantFeedback: true, wantBooking: true},
		{name: "private answer", question: answeredQ, private: true, wantTitle: "Trigger Point Therapy", wantEphemeral: true, wantFeedback: true, wantBooking: true},
		{name: "not sure", question: notSureQ, wantTitle: "Not sure what you mean", wantBooking: true, wantGap: true},
		{name: "dont know", question: unknownQ, wantTitle: "I don't know that one", wantBooking: true, wantGap: true},
		{name: "urgent", question: urgentQ, wantTitle: "Please get medical help now"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			opts := []*discordgo.ApplicationCommandInteractionDataOption{strOpt("question", tt.question)}
			if tt.private {
				opts = append(opts, boolOpt("private", true))
			}
			resp := interact(t, b.Bot, slash(member(askerID, 0), "ask", opts...)).Response
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Fatalf("response type = %d, want %d", resp.Type, discordgo.InteractionResponseChannelMessageWithSource)
			}
			if got := resp.Data.Embeds[0].Title; got != tt.wantTitle {
				t.Errorf("title = %q, want %q", got, tt.wantTitle)
			}
			if got := isEphemeral(resp); got != tt.wantEphemeral {
				t.Errorf("ephemeral = %v, want %v", got, tt.wantEphemeral)
			}
			bs := buttons(t, resp.Data.Components)
			if got := hasBookingButton(bs); got != tt.wantBooking {
				t.Errorf("booking button = %v, want %v: %s", got, tt.wantBooking, describeButtons(bs))
			}
			ids := customIDs(bs)
			wantFB := []string{"fb:up:trigger-point-therapy:" + askerID, "fb:down:trigger-point-therapy:" + askerID}
			gotFB := slices.Contains(ids, wantFB[0]) && slices.Contains(ids, wantFB[1])
			if gotFB != tt.wantFeedback {
				t.Errorf("feedback buttons = %v, want %v: %v", gotFB, tt.wantFeedback, ids)
			}
			checkEmbeds(t, resp.Data.Embeds)
			checkNoMentions(t, resp)
			if got := len(b.fakes.gaps); (got == 1) != tt.wantGap {
				t.Errorf("recorded %d gaps, want gap=%v", got, tt.wantGap)
			} else if tt.wantGap && (b.fakes.gaps[0].source != knowledge.SourceSlash || b.fakes.gaps[0].question != tt.question) {
				t.Errorf("gap = %+v, want question %q from %q", b.fakes.gaps[0], tt.question, knowledge.SourceSlash)
			}
		})
	}
}

// TestUrgentHasNoBookingButton proves that urgent-care advice never comes
// with a pitch to book, on every path a question can take.
func TestUrgentHasNoBookingButton(t *testing.T) {
	b := newTestBot(t, nil)
	resp := interact(t, b.Bot, slash(member(askerID, 0), "ask", strOpt("question", urgentQ))).Response
	// The only button is the asker's Delete.
	if bs := buttons(t, resp.Data.Components); hasBookingButton(bs) || len(bs) != 1 || bs[0].CustomID != deletePrefix+askerID {
		t.Errorf("/ask urgent reply has buttons: %s, want only Delete", describeButtons(bs))
	}
	msg, ok := b.MessageReply(context.Background(), &discordgo.Message{ID: "m1", ChannelID: channelID, GuildID: guildID, Author: &discordgo.User{ID: askerID}, Content: urgentQ})
	if !ok {
		t.Fatal("urgent message in a listed channel got no reply")
	}
	if bs := buttons(t, msg.Components); hasBookingButton(bs) {
		t.Errorf("message urgent reply has a booking button: %s", describeButtons(bs))
	}
	if strings.Contains(strings.ToLower(msg.Embeds[0].Description), "book") {
		t.Errorf("urgent description mentions booking: %q", msg.Embeds[0].Description)
	}
}

func TestTechnique(t *testing.T) {
	tests := []struct {
		name, typed, wantTitle string
	}{
		{"id chosen from autocomplete", "trigger-point-therapy", "Trigger Point Therapy"},
		{"typed in part", "rolf", "Rolfing"},
		{"unknown falls back to asking", unknownQ, "I don't know that one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			resp := interact(t, b.Bot, slash(member(askerID, 0), "technique", strOpt("name", tt.typed))).Response
			if got := resp.Data.Embeds[0].Title; got != tt.wantTitle {
				t.Errorf("title = %q, want %q", got, tt.wantTitle)
			}
			if isEphemeral(resp) {
				t.Error("/technique reply is ephemeral, want public")
			}
			checkNoMentions(t, resp)
		})
	}
}

func TestTechniquesListsButtonsToOpenEach(t *testing.T) {
	b := newTestBot(t, nil)
	resp := interact(t, b.Bot, slash(member(askerID, 0), "techniques")).Response
	var want []string
	for _, e := range b.cfg.Responder().Matcher.Base().Techniques() {
		want = append(want, "topic:"+e.ID)
	}
	if len(want) == 0 {
		t.Fatal("the embedded base has no techniques")
	}
	want = append(want, deletePrefix+askerID)
	bs := buttons(t, resp.Data.Components)
	if got := customIDs(bs); !slices.Equal(got, want) {
		t.Errorf("buttons = %v, want %v", got, want)
	}
	checkNoMentions(t, resp)
}

func TestBookAndHelp(t *testing.T) {
	b := newTestBot(t, nil)
	for _, name := range []string{"book", "help"} {
		t.Run(name, func(t *testing.T) {
			resp := interact(t, b.Bot, slash(member(askerID, 0), name)).Response
			bs := buttons(t, resp.Data.Components)
			if !hasBookingButton(bs) {
				t.Errorf("/%s has no booking button: %s", name, describeButtons(bs))
			}
			if resp.Data.Embeds[0].Description == "" {
				t.Errorf("/%s has an empty description", name)
			}
			checkNoMentions(t, resp)
		})
	}
}

func TestAutocomplete(t *testing.T) {
	tests := []struct {
		name      string
		base      string // "" for the embedded base
		typed     string
		wantFirst string
		wantCount int // -1: do not check
	}{
		{name: "empty lists every technique", typed: "", wantFirst: "swedish-massage", wantCount: 5},
		{name: "prefix", typed: "trig", wantFirst: "trigger-point-therapy", wantCount: -1},
		{name: "initials rank deep tissue first", typed: "dt", wantFirst: "deep-tissue-massage", wantCount: -1},
		{name: "nothing matches", typed: "zzzz", wantCount: 0},
		{name: "capped at 25", base: manyTechniques(t, 40), typed: "", wantFirst: "technique-01", wantCount: 25},
		{name: "capped at 25 when typing", base: manyTechniques(t, 40), typed: "tech", wantCount: 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, func(c *Config) {
				if tt.base != "" {
					c.Responder = responderFromYAML(t, tt.base)
				}
			})
			i := slash(member(askerID, 0), "technique", &discordgo.ApplicationCommandInteractionDataOption{
				Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: tt.typed, Focused: true,
			})
			i.Type = discordgo.InteractionApplicationCommandAutocomplete
			resp := interact(t, b.Bot, i).Response
			if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("response type = %d, want %d", resp.Type, discordgo.InteractionApplicationCommandAutocompleteResult)
			}
			choices := resp.Data.Choices
			if len(choices) > maxChoices {
				t.Errorf("%d choices, Discord allows %d", len(choices), maxChoices)
			}
			if tt.wantCount >= 0 && len(choices) != tt.wantCount {
				t.Errorf("%d choices, want %d", len(choices), tt.wantCount)
			}
			if tt.wantFirst != "" && (len(choices) == 0 || choices[0].Value != tt.wantFirst) {
				t.Errorf("first choice = %+v, want value %q", choices, tt.wantFirst)
			}
			for _, c := range choices {
				if c.Name == "" || len(c.Name) > maxChoiceName {
					t.Errorf("choice name %q out of limits", c.Name)
				}
			}
		})
	}
}

func TestTopicButton(t *testing.T) {
	b := newTestBot(t, nil)
	resp := interact(t, b.Bot, click(otherID, "topic:rolfing", nil)).Response
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || !isEphemeral(resp) {
		t.Errorf("topic click: type %d ephemeral %v, want a new ephemeral message", resp.Type, isEphemeral(resp))
	}
	if got := resp.Data.Embeds[0].Title; got != "Rolfing" {
		t.Errorf("title = %q, want Rolfing", got)
	}
	// The clicker asked, so the clicker gets the feedback buttons.
	if ids := customIDs(buttons(t, resp.Data.Components)); !slices.Contains(ids, "fb:up:rolfing:"+otherID) {
		t.Errorf("buttons %v lack feedback for the clicker", ids)
	}
	checkNoMentions(t, resp)

	resp = interact(t, b.Bot, click(otherID, "topic:no-such-entry", nil)).Response
	if !isEphemeral(resp) || resp.Data.Content == "" || len(resp.Data.Embeds) != 0 {
		t.Errorf("unknown topic: got %+v, want an ephemeral explanation", resp.Data)
	}
	checkNoMentions(t, resp)
}

// answerMessage is the message the bot posted for /ask answeredQ, as the
// click interaction carries it back.
func answerMessage(t *testing.T, b *testBot) *discordgo.Message {
	t.Helper()
	resp := interact(t, b.Bot, slash(member(askerID, 0), "ask", strOpt("question", answeredQ))).Response
	return &discordgo.Message{ID: "m-answer", ChannelID: channelID, Embeds: resp.Data.Embeds, Components: resp.Data.Components}
}

func TestFeedback(t *testing.T) {
	tests := []struct {
		name        string
		clicker     string
		customID    string
		wantType    discordgo.InteractionResponseType
		wantVote    *knowledge.Vote
		wantTitle   string // of the updated message
		wantButtons bool   // feedback buttons still there
	}{
		{
			name: "asker finds it helpful", clicker: askerID, customID: "fb:up:trigger-point-therapy:" + askerID,
			wantType:  discordgo.InteractionResponseUpdateMessage,
			wantVote:  &knowledge.Vote{EntryID: "trigger-point-therapy", Helpful: true, Question: answeredQ, Source: knowledge.SourceSlash},
			wantTitle: "Trigger Point Therapy",
		},
		{
			name: "asker finds it not helpful", clicker: askerID, customID: "fb:down:trigger-point-therapy:" + askerID,
			wantType:  discordgo.InteractionResponseUpdateMessage,
			wantVote:  &knowledge.Vote{EntryID: "trigger-point-therapy", Helpful: false, Question: answeredQ, Source: knowledge.SourceSlash},
			wantTitle: "Sorry that didn't help",
		},
		{
			name: "another member is refused", clicker: otherID, customID: "fb:down:trigger-point-therapy:" + askerID,
			wantType: discordgo.InteractionResponseChannelMessageWithSource,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			msg := answerMessage(t, b)
			resp := interact(t, b.Bot, click(tt.clicker, tt.customID, msg)).Response
			if resp.Type != tt.wantType {
				t.Fatalf("response type = %d, want %d", resp.Type, tt.wantType)
			}
			checkNoMentions(t, resp)
			if tt.wantVote == nil {
				if len(b.fakes.votes) != 0 {
					t.Errorf("recorded votes %+v, want none", b.fakes.votes)
				}
				if !isEphemeral(resp) || !strings.Contains(resp.Data.Content, "Only the person who asked") {
					t.Errorf("refusal = %+v, want an ephemeral explanation", resp.Data)
				}
				return
			}
			if len(b.fakes.votes) != 1 || b.fakes.votes[0] != *tt.wantVote {
				t.Errorf("votes = %+v, want [%+v]", b.fakes.votes, *tt.wantVote)
			}
			if got := resp.Data.Embeds[0].Title; got != tt.wantTitle {
				t.Errorf("updated title = %q, want %q", got, tt.wantTitle)
			}
			for _, id := range customIDs(buttons(t, resp.Data.Components)) {
				if strings.HasPrefix(id, "fb:") {
					t.Errorf("feedback button %q left after voting", id)
				}
			}
			if tt.wantVote.Helpful && len(resp.Data.Components) == 0 {
				t.Error("a helpful vote removed the answer's other buttons")
			}
		})
	}
}

// TestRecordedPayloads decodes interactions as Discord sends them (recorded
// JSON in testdata) and checks the bot handles them like the built ones.
func TestRecordedPayloads(t *testing.T) {
	tests := []struct {
		file     string
		wantType discordgo.InteractionResponseType
		check    func(t *testing.T, r *discordgo.InteractionResponse)
	}{
		{"ask_private.json", discordgo.InteractionResponseChannelMessageWithSource, func(t *testing.T, r *discordgo.InteractionResponse) {
			if !isEphemeral(r) || r.Data.Embeds[0].Title != "Trigger Point Therapy" {
				t.Errorf("got ephemeral=%v title=%q", isEphemeral(r), r.Data.Embeds[0].Title)
			}
		}},
		{"autocomplete.json", discordgo.InteractionApplicationCommandAutocompleteResult, func(t *testing.T, r *discordgo.InteractionResponse) {
			if len(r.Data.Choices) == 0 || r.Data.Choices[0].Value != "deep-tissue-massage" {
				t.Errorf("choices = %+v, want deep-tissue-massage first", r.Data.Choices)
			}
		}},
		{"click_topic_dm.json", discordgo.InteractionResponseChannelMessageWithSource, func(t *testing.T, r *discordgo.InteractionResponse) {
			if r.Data.Embeds[0].Title != "Myofascial Therapy" {
				t.Errorf("title = %q, want the myofascial entry", r.Data.Embeds[0].Title)
			}
			if ids := customIDs(buttons(t, r.Data.Components)); !slices.Contains(ids, "fb:up:myofascial-therapy:555000000000000001") {
				t.Errorf("a DM clicker (user, not member) gets no feedback buttons: %v", ids)
			}
		}},
		{"ping.json", discordgo.InteractionResponsePong, func(*testing.T, *discordgo.InteractionResponse) {}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			raw, err := os.ReadFile("testdata/interactions/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			var i discordgo.Interaction
			if err := json.Unmarshal(raw, &i); err != nil {
				t.Fatalf("decode %s: %v", tt.file, err)
			}
			b := newTestBot(t, nil)
			resp := interact(t, b.Bot, &i).Response
			if resp.Type != tt.wantType {
				t.Fatalf("type = %d, want %d", resp.Type, tt.wantType)
			}
			tt.check(t, resp)
		})
	}
}

func TestUnsupportedInteraction(t *testing.T) {
	b := newTestBot(t, nil)
	_, err := b.Interaction(context.Background(), &discordgo.Interaction{ID: "x", Type: discordgo.InteractionModalSubmit, Data: discordgo.ModalSubmitInteractionData{}})
	if !errors.Is(err, ErrUnsupportedInteraction) {
		t.Errorf("modal submit: err = %v, want ErrUnsupportedInteraction", err)
	}
	_, err = b.Interaction(context.Background(), &discordgo.Interaction{ID: "y", Type: discordgo.InteractionApplicationCommand})
	if err == nil {
		t.Error("command without data: no error")
	}
}
