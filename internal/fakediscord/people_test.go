package fakediscord

import (
	"net/http"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// A click answered with a deferred update (type 6) edits and deletes the
// message the button was on, through the click's own token.
func TestClickUpdatesTheMessageItWasOn(t *testing.T) {
	t.Parallel()
	srv := New(t)
	s := newSession(t, srv, DefaultToken)

	posted, err := s.ChannelMessageSendComplex("800", &discordgo.MessageSend{Content: "An answer", Components: []discordgo.MessageComponent{
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "Delete", CustomID: "del:700", Style: discordgo.SecondaryButton}}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	click := srv.Click("900", "800", "700", posted, "del:700")
	if err := s.InteractionRespond(click, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}); err != nil {
		t.Fatalf("deferred update: %v", err)
	}
	edited, err := s.InteractionResponseEdit(click, &discordgo.WebhookEdit{Content: ptr("Edited through the click")})
	if err != nil {
		t.Fatalf("edit @original of a click: %v", err)
	}
	if edited.ID != posted.ID || edited.Content != "Edited through the click" {
		t.Errorf("edited %+v, want message %s edited", edited, posted.ID)
	}
	if err := s.InteractionResponseDelete(click); err != nil {
		t.Fatalf("delete @original of a click: %v", err)
	}
	if _, ok := srv.Message(posted.ID); ok {
		t.Error("the message is still there after the click deleted it")
	}
}

func TestFailWebhooks(t *testing.T) {
	t.Parallel()
	srv := New(t)
	s := newSession(t, srv, DefaultToken)
	in := srv.SlashCommand("900", "800", "700", "ask")
	if err := s.InteractionRespond(in, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
		t.Fatal(err)
	}
	srv.FailWebhooks(true)
	for range 3 {
		_, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: ptr("done")})
		if re := restError(t, err); re.Response.StatusCode != http.StatusNotFound || re.Message == nil || re.Message.Code != 10015 {
			t.Fatalf("edit with webhooks failing: %v, want 404 Unknown Webhook", err)
		}
	}
	srv.FailWebhooks(false)
	if _, err := s.InteractionResponseEdit(in, &discordgo.WebhookEdit{Content: ptr("done")}); err != nil {
		t.Errorf("edit after FailWebhooks(false): %v", err)
	}
}

func TestInteractionPeople(t *testing.T) {
	srv := NewWithOptions(t, Options{Guilds: []string{"900", "901"}})
	srv.SetPermissions("901", "700", AdminPermissions)

	clinic := srv.SlashCommand("900", "800", "700", "kb")
	other := srv.SlashCommand("901", "810", "700", "kb")
	if clinic.Member.Permissions != 0 || other.Member.Permissions != AdminPermissions {
		t.Errorf("permissions %d in 900 and %d in 901, want 0 and admin", clinic.Member.Permissions, other.Member.Permissions)
	}
	if got := other.AuthorizingIntegrationOwners[discordgo.ApplicationIntegrationGuildInstall]; got != "901" {
		t.Errorf("guild install owner = %q, want the guild 901", got)
	}
	UserInstall(other)
	if _, ok := other.AuthorizingIntegrationOwners[discordgo.ApplicationIntegrationGuildInstall]; ok || other.AuthorizingIntegrationOwners[discordgo.ApplicationIntegrationUserInstall] != "700" {
		t.Errorf("user install owners = %v, want only the user", other.AuthorizingIntegrationOwners)
	}

	target := srv.UserMessage("900", "800", "701", "does massage help sciatica")
	menu := srv.MessageCommand("900", "800", "700", "Ask Synergy", target)
	data := menu.ApplicationCommandData()
	if data.CommandType != discordgo.MessageApplicationCommand || data.TargetID != target.ID || data.Resolved.Messages[target.ID].Content != target.Content {
		t.Errorf("message command data = %+v, want the target message resolved", data)
	}

	flood := srv.Flood("900", "800", "701", "hello?", 4)
	if len(flood) != 4 || flood[0].ID == flood[1].ID || flood[3].Author.ID != "701" {
		t.Errorf("flood = %+v, want 4 distinct messages from 701", flood)
	}
}
