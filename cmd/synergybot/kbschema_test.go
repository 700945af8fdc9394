package main

import "testing"

func TestKBSchema(t *testing.T) {
	want := string(mustRead(t, "../../knowledge/synergy.schema.json"))
	out, errOut, code := runCLI(t, "", "kb", "schema")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if out != want {
		t.Error("kb schema does not print knowledge/synergy.schema.json")
	}
}
