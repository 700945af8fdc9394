package bot

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// kbText runs /kb sub as staff and returns the text shown: the response,
// or the follow-up's edit for deferred ones.
func kbText(t *testing.T, b *testBot, sub string) string {
	t.Helper()
	ans := interact(t, b.Bot, slash(member(askerID, 0, staffRole), "kb", subOpt(sub)))
	if !isEphemeral(ans.Response) {
		t.Errorf("/kb %s is not ephemeral", sub)
	}
	checkNoMentions(t, ans.Response)
	if ans.Followup == nil {
		return ans.Response.Data.Content
	}
	edit := ans.Followup(context.Background())
	checkNoMentions(t, edit)
	return *edit.Content
}

func TestKBWording(t *testing.T) {
	builtIn := StaffStatus{Knowledge: knowledge.Status{Version: "0f0f0f0f0f0f", Entries: 13, Source: knowledge.DefaultSource}}
	problems := knowledge.Problems{
		{File: "/srv/synergy.yaml", Line: 12, Col: 3, Field: "entries[2].id", Message: "empty id", Fix: "give the entry an id"},
		{File: "/srv/synergy.yaml", Line: 40, Col: 5, Field: "entries[5].answer", Message: "empty answer"},
	}
	troubled := fileStatus()
	troubled.QuestionLog.Dropped, troubled.QuestionLog.Failed = 3, 1
	unreachable := fileStatus()
	unreachable.QuestionLog = QuestionLogStatus{On: true, Backend: "postgres", Where: "db.example:5432/synergybot", State: "unavailable",
		Since: time.Date(2025, 1, 2, 9, 10, 11, 0, time.UTC), LastError: "dial tcp: connection refused"}
	failed := fileStatus()
	failed.Knowledge.LastFailure = &knowledge.ReloadFailure{At: time.Date(2025, 1, 2, 9, 10, 11, 0, time.UTC), Err: problems}
	tests := []struct {
		name      string
		sub       string
		status    StaffStatus
		reloadErr error
		reloadTo  string
		gapsErr   error
		gaps      int // when not zero, this many one-question gaps
		want      []string
		notWant   []string
		reloads   int
	}{
		{name: "status of a file", sub: "status", status: fileStatus(),
			want:    []string{"Serving version abc123def456 (13 entries) from /srv/synergy.yaml", "Saving the file reloads it.", "Question log: sqlite /var/lib/synergybot/questions.db, ready"},
			notWant: []string{"dropped", "failed", "0 writes"}},
		{name: "status with question log trouble", sub: "status", status: troubled,
			want: []string{"3 writes were dropped and 1 failed"}},
		{name: "status after a refused edit", sub: "status", status: failed,
			want: []string{"The last edit was NOT loaded (09:10:11):\n- /srv/synergy.yaml:12:3: entries[2].id: empty id (give the entry an id)\n- /srv/synergy.yaml:40:5"}},
		{name: "status with the database unreachable", sub: "status", status: unreachable,
			want: []string{"Question log: postgres db.example:5432/synergybot, unavailable since 09:10:11 UTC; last error: dial tcp: connection refused"}},
		{name: "status of the built-in base", sub: "status", status: builtIn,
			want: []string{"built-in knowledge base; set knowledge.path", "Question log: off"}},
		{name: "reload on the built-in base", sub: "reload", status: builtIn,
			want:    []string{"Serving the built-in knowledge base (version 0f0f0f0f0f0f, 13 entries): there is no file to reload. Set knowledge.path"},
			notWant: []string{"failed", "Failed"}},
		{name: "reload with a new version", sub: "reload", status: fileStatus(), reloadTo: "feedbeef0001", reloads: 1,
			want:    []string{"Reloaded. Serving version feedbeef0001 (13 entries)"},
			notWant: []string{"dropped", "failed"}},
		{name: "reload of an unchanged file", sub: "reload", status: fileStatus(), reloads: 1,
			want: []string{"The file is unchanged. Serving version abc123def456"}},
		{name: "reload refused", sub: "reload", status: fileStatus(), reloadErr: problems, reloads: 1,
			want: []string{"Reload failed; still serving version abc123def456.\n- /srv/synergy.yaml:12:3: entries[2].id: empty id (give the entry an id)\n- /srv/synergy.yaml:40:5: entries[5].answer: empty answer"}},
		{name: "reload that cannot read the file", sub: "reload", status: fileStatus(), reloadErr: errors.New("open /srv/synergy.yaml: permission denied"), reloads: 1,
			want: []string{"Reload failed; still serving version abc123def456.\n- open /srv/synergy.yaml: permission denied"}},
		{name: "gaps", sub: "gaps", status: fileStatus(),
			want: []string{"Unanswered questions, last 7 days, most asked first:\n- 3x \"how much is a session\" / \"price of a session\" (nearest: booking, 0.41)\n- 1x \"do you do hot stone\" (nearest: none, 0.00)\nUse /kb teach"}},
		{name: "many gaps", sub: "gaps", status: fileStatus(), gaps: 12,
			want: []string{"- 1x \"question 9\"", "… and 2 more (synergybot kb gaps lists them all)"}, notWant: []string{"question 10"}},
		{name: "gaps with the log off", sub: "gaps", status: fileStatus(), gapsErr: ErrQuestionLogOff,
			want: []string{"The question log is off (storage.path is empty)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, nil)
			b.fakes.status, b.fakes.reloadErr, b.fakes.reloadTo, b.fakes.gapsErr = tt.status, tt.reloadErr, tt.reloadTo, tt.gapsErr
			if tt.gaps > 0 {
				b.fakes.report.Gaps = nil
				for n := range tt.gaps {
					b.fakes.report.Gaps = append(b.fakes.report.Gaps, knowledge.Gap{Count: 1, Examples: []string{fmt.Sprintf("question %d", n)}})
				}
			}
			text := kbText(t, b, tt.sub)
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("text lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("text has %q:\n%s", w, text)
				}
			}
			if b.fakes.reloads != tt.reloads {
				t.Errorf("%d reloads, want %d", b.fakes.reloads, tt.reloads)
			}
		})
	}
}

func TestKBRefusals(t *testing.T) {
	manage := int64(discordgo.PermissionManageGuild)
	tests := []struct {
		name   string
		guild  string // Config.GuildID
		roles  []string
		edit   func(*discordgo.Interaction)
		member *discordgo.Member
		want   string // the refusal; empty when allowed
	}{
		{name: "staff role", roles: []string{staffRole}, member: member(askerID, 0, "7", staffRole)},
		{name: "manage server without roles set", member: member(askerID, manage)},
		{name: "administrator without roles set", member: member(askerID, discordgo.PermissionAdministrator)},
		{name: "manage server is not enough when roles are set", roles: []string{staffRole}, member: member(askerID, manage, "7"), want: "Only clinic staff"},
		{name: "ordinary member", member: member(askerID, discordgo.PermissionSendMessages), want: "Only clinic staff"},
		{name: "another server's admin", member: member(askerID, discordgo.PermissionAdministrator),
			edit: func(i *discordgo.Interaction) { i.GuildID = "555" }, want: "only in the clinic's own server"},
		{name: "through a user install", member: member(askerID, discordgo.PermissionAdministrator),
			edit: func(i *discordgo.Interaction) {
				i.AuthorizingIntegrationOwners = map[discordgo.ApplicationIntegrationType]string{discordgo.ApplicationIntegrationUserInstall: askerID}
			}, want: "only through the bot installed in the clinic's server"},
		{name: "through the clinic's install", member: member(askerID, discordgo.PermissionAdministrator),
			edit: func(i *discordgo.Interaction) {
				i.AuthorizingIntegrationOwners = map[discordgo.ApplicationIntegrationType]string{discordgo.ApplicationIntegrationGuildInstall: guildID, discordgo.ApplicationIntegrationUserInstall: askerID}
			}},
		{name: "outside a server", roles: []string{staffRole}, edit: func(i *discordgo.Interaction) { i.GuildID, i.User = "", &discordgo.User{ID: askerID} }, want: "only in the clinic's own server"},
		{name: "no clinic server configured", guild: "-", roles: []string{staffRole}, member: member(askerID, 0, staffRole), want: "discord.guild_id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newTestBot(t, func(c *Config) {
				c.StaffRoles = tt.roles
				if tt.guild == "-" {
					c.GuildID = ""
				}
			})
			i := slash(tt.member, "kb", subOpt("reload"))
			if tt.edit != nil {
				tt.edit(i)
			}
			ans := interact(t, b.Bot, i)
			if !isEphemeral(ans.Response) {
				t.Error("not ephemeral")
			}
			if tt.want == "" {
				if ans.Followup == nil {
					t.Fatalf("refused: %q", ans.Response.Data.Content)
				}
				return
			}
			if ans.Followup != nil || !strings.Contains(ans.Response.Data.Content, tt.want) {
				t.Errorf("got %q (follow-up %v), want a refusal saying %q", ans.Response.Data.Content, ans.Followup != nil, tt.want)
			}
			if b.fakes.reloads != 0 {
				t.Error("reloaded for someone refused")
			}
		})
	}
}

func TestKBWithoutStaffInterface(t *testing.T) {
	b := newTestBot(t, func(c *Config) { c.Staff = nil })
	resp := interact(t, b.Bot, slash(member(askerID, 0, staffRole), "kb", subOpt("status"))).Response
	if !strings.Contains(resp.Data.Content, "not available") {
		t.Errorf("content = %q, want it to say /kb is not available", resp.Data.Content)
	}
}

func TestTeachRefusalIsShown(t *testing.T) {
	b := newTestBot(t, nil)
	b.fakes.teachErr = errors.New(`"how much is a session" would be answered by booking-and-prices, not trigger-point-therapy`)
	key := questionKey("how much is a session")
	i := click(askerID, teachEntryPrefix+key, &discordgo.Message{ID: "m"})
	i.Member.Roles = []string{staffRole}
	i.Data = discordgo.MessageComponentInteractionData{CustomID: teachEntryPrefix + key, ComponentType: discordgo.SelectMenuComponent, Values: []string{"trigger-point-therapy"}}
	ans := interact(t, b.Bot, i)
	if ans.Response.Type != discordgo.InteractionResponseDeferredMessageUpdate || ans.Followup == nil {
		t.Fatalf("type %d, want a deferred update", ans.Response.Type)
	}
	text := *ans.Followup(context.Background()).Content
	if !strings.HasPrefix(text, "Not added to trigger-point-therapy: ") || !strings.Contains(text, "would be answered by booking-and-prices") {
		t.Errorf("text = %q, want the refusal with its reason", text)
	}
	if !strings.Contains(b.logs.String(), "kb teach refused") {
		t.Errorf("the refusal is not logged:\n%s", b.logs)
	}
}

// A "Helpful" vote takes the voting buttons away and keeps Delete; "Not
// helpful" on a public answer keeps Delete too.
func TestVotesKeepTheDeleteButton(t *testing.T) {
	b := newTestBot(t, nil)
	resp := interact(t, b.Bot, slash(member(askerID, 0), "ask", strOpt("question", answeredQ))).Response
	public := &discordgo.Message{ID: "m", ChannelID: channelID, Embeds: resp.Data.Embeds, Components: resp.Data.Components}
	ids := customIDs(buttons(t, public.Components))
	if len(ids) == 0 || ids[len(ids)-1] != deletePrefix+askerID {
		t.Fatalf("public answer buttons %v, want Delete last", ids)
	}
	for _, vote := range []string{helpfulPrefix, unhelpfulPrefix} {
		up := interact(t, b.Bot, click(askerID, vote+"trigger-point-therapy:"+askerID, public)).Response
		got := customIDs(buttons(t, up.Data.Components))
		if !slices.Contains(got, deletePrefix+askerID) {
			t.Errorf("after %s: buttons %v lost Delete", vote, got)
		}
		for _, id := range got {
			if strings.HasPrefix(id, "fb:") {
				t.Errorf("after %s: voting button %s still there", vote, id)
			}
		}
	}
}
