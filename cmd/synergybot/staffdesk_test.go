package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sclondonmassage/synergybot/internal/config"
	"github.com/sclondonmassage/synergybot/knowledge"
)

// TestStaffDeskTeach checks the wiring of /kb teach: the question lands in
// the knowledge file serve reads, refusals carry their reason, and the
// built-in base is refused with the way to set knowledge.path.
func TestStaffDeskTeach(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	if err := os.WriteFile(path, knowledge.DefaultYAML, 0o644); err != nil {
		t.Fatal(err)
	}
	desk := func(file string) staffDesk {
		return staffDesk{reloader: &knowledgeReloader{cfg: config.KnowledgeConfig{Path: file}}, threshold: knowledge.DefaultThreshold}
	}
	ctx := context.Background()

	const taught = "how long does a rolfing series take"
	if err := desk(path).Teach(ctx, "111", "rolfing", taught); err != nil {
		t.Fatalf("Teach: %v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "- "+taught+"\n") {
		t.Errorf("the knowledge file does not hold the taught question")
	}
	if _, err := os.Stat(path + ".bak"); err != nil {
		t.Errorf("no backup of the previous version: %v", err)
	}

	err = desk(path).Teach(ctx, "111", "rolfing", "where do I book")
	var refused *knowledge.TeachRefused
	if !errors.As(err, &refused) || !strings.Contains(err.Error(), "booking") {
		t.Errorf("a question that lands on another entry: err = %v, want a refusal naming booking", err)
	}

	err = desk("").Teach(ctx, "111", "rolfing", "is rolfing painful for a beginner")
	if err == nil || !strings.Contains(err.Error(), "knowledge.path") {
		t.Errorf("the built-in base: err = %v, want a refusal naming knowledge.path", err)
	}
}
