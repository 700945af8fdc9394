package main

import (
	"strings"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/store"
)

// TestConfigHidesStoragePassword runs `synergybot config` with a password
// in SYNERGYBOT_STORAGE_URL.
func TestConfigHidesStoragePassword(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("SYNERGYBOT_STORAGE_URL", "postgres://bot:hunter2@db.example:5432/log")
	out, errOut, code := runCLI(t, "", "config")
	if code != 0 {
		t.Fatalf("config exited %d: %s", code, errOut)
	}
	if strings.Contains(out+errOut, "hunter2") {
		t.Errorf("synergybot config shows the storage password:\n%s", out)
	}
	if !strings.Contains(out, "db.example:5432/log") {
		t.Errorf("synergybot config does not show the storage URL's host:\n%s", out)
	}
}

func TestKBGapsWithoutDatabase(t *testing.T) {
	t.Chdir(t.TempDir())
	t.Setenv("SYNERGYBOT_STORAGE_URL", "")
	t.Setenv("SYNERGYBOT_STORAGE_PATH", "missing.db")
	_, errOut, code := runCLI(t, "", "kb", "gaps")
	if code == 0 || !strings.Contains(errOut, "missing.db") || !strings.Contains(errOut, "no question log at missing.db yet") {
		t.Errorf("kb gaps without a database: exit %d, stderr %q; want a failure naming the file", code, errOut)
	}
}

func TestQuestionLogStatus(t *testing.T) {
	at := time.Date(2026, 3, 1, 9, 30, 0, 0, time.UTC)
	tests := []struct {
		st   store.Status
		want string
	}{
		{store.Status{Backend: "sqlite", Where: "/var/lib/synergybot/log.db", State: store.StateReady, Since: at},
			"Question log: sqlite /var/lib/synergybot/log.db, ready"},
		{store.Status{Backend: "postgres", Where: "db:5432/synergy", State: store.StateUnavailable, Since: at,
			LastError: "ping question log db:5432/synergy: question log unavailable: connection refused", Dropped: 12},
			"Question log: postgres db:5432/synergy, unavailable since 09:30:00 UTC; last error: ping question log db:5432/synergy: question log unavailable: connection refused (12 writes dropped)"},
		{store.Status{Backend: "sqlite", Where: "log.db", State: store.StateReady, Dropped: 1, Failed: 2},
			"Question log: sqlite log.db, ready (1 writes dropped, 2 failed)"},
	}
	for _, tt := range tests {
		if got := questionLogStatus(tt.st); got != tt.want {
			t.Errorf("questionLogStatus(%+v)\n got %q\nwant %q", tt.st, got, tt.want)
		}
	}
}
