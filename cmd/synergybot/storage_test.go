package main

import (
	"strings"
	"testing"
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
