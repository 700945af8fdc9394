package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// TestAskJSONSafety checks that `ask --json` names the safety screen's
// verdict: level and group for urgent replies, situation for cautions.
func TestAskJSONSafety(t *testing.T) {
	in := "numb groin and i peed myself\nmy calf is swollen and red\nis deep tissue safe while pregnant\nwhat is rolfing\nlately i just want to end my life\n"
	out, errOut, code := runCLI(t, in, "ask", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want := []askResult{
		{Kind: "urgent", Level: "emergency", Group: "cauda-equina"},
		{Kind: "urgent", Level: "doctor", Group: "dvt"},
		{Kind: "caution", Level: "caution", Situation: "pregnancy"},
		{Kind: "answer"},
		{Kind: "urgent", Level: "emergency", Group: "crisis"},
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		var got askResult
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil {
			t.Fatalf("line %d not JSON: %v", i, err)
		}
		if got.Kind != w.Kind || got.Level != w.Level || got.Group != w.Group || got.Situation != w.Situation {
			t.Errorf("line %d = kind %s level %q group %q situation %q, want %s %q %q %q",
				i, got.Kind, got.Level, got.Group, got.Situation, w.Kind, w.Level, w.Group, w.Situation)
		}
		if (got.Kind == "urgent" || got.Kind == "caution") && got.Recognised == "" {
			t.Errorf("line %d: %s without what was recognised", i, got.Kind)
		}
	}
}

// TestAskExplainSafety checks that --explain shows the concepts, the negations
// and the reason of the safety screen.
func TestAskExplainSafety(t *testing.T) {
	out, errOut, code := runCLI(t, "", "ask", "--explain", "no", "numbness,", "just", "stiff", "after", "sitting")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"safety: level none", `numbness "numbness" negated by "no"`, "reason: "} {
		if !strings.Contains(out, want) {
			t.Errorf("--explain output lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runCLI(t, "", "ask", "--explain", "--json", "my", "chest", "hurts")
	var res askResult
	if err := json.Unmarshal([]byte(strings.TrimSpace(out)), &res); err != nil {
		t.Fatalf("--explain --json is not JSON: %v\n%s", err, out)
	}
	if !slices.ContainsFunc(res.Explain, func(l string) bool { return strings.Contains(l, "level emergency, group heart-lung") }) {
		t.Errorf("explain = %q, want the emergency verdict", res.Explain)
	}
}
