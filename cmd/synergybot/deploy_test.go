package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSystemdUnitVerifies runs systemd-analyze verify on
// deploy/synergybot.service, with ExecStart pointed at this test binary
// (verify checks that the command exists). It needs systemd-analyze, which
// `apt-get install systemd` provides and .ci/run installs: under CI=true
// its absence fails the test.
func TestSystemdUnitVerifies(t *testing.T) {
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("systemd-analyze is not installed, but CI=true: .ci/run should have installed systemd")
		}
		t.Skip("systemd-analyze is not installed (apt-get install systemd)")
	}
	unit, err := os.ReadFile("../../deploy/synergybot.service")
	if err != nil {
		t.Fatal(err)
	}
	self, err := filepath.Abs(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	text := strings.ReplaceAll(string(unit), "/usr/local/bin/synergybot", self)
	path := filepath.Join(t.TempDir(), "synergybot.service")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(analyze, "verify", path).CombinedOutput()
	if err != nil || len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("systemd-analyze verify: %v\n%s", err, out)
	}
	for _, want := range []string{"TimeoutStopSec=15s", "SuccessExitStatus=2", "ExecReload=/bin/kill -HUP $MAINPID"} {
		if !strings.Contains(text, want) {
			t.Errorf("unit lacks %s", want)
		}
	}
}

// TestDockerfileGoVersion checks that the Dockerfile builds with the Go
// release go.mod asks for. (No Docker engine here builds the image.)
func TestDockerfileGoVersion(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	docker, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("no go directive in go.mod")
	}
	if want := "FROM golang:" + string(m[1]) + " AS build"; !strings.Contains(string(docker), want) {
		t.Errorf("Dockerfile does not build with %q", want)
	}
	if !strings.Contains(string(docker), "CGO_ENABLED=0") || !strings.Contains(string(docker), "USER nonroot") {
		t.Error("Dockerfile no longer builds a static binary run as nonroot")
	}
}
