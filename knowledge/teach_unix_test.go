//go:build unix

package knowledge

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestTeachFileFIFO checks that a FIFO in place of the knowledge file is
// refused at once instead of blocking on open.
func TestTeachFileFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- TeachFile(path, "rolfing", "how long does a rolfing series take") }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Fatalf("TeachFile on a FIFO = %v, want not a regular file", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("TeachFile blocked on a FIFO")
	}
}
