//go:build unix

package knowledge

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRefuses checks each kind of file ReadFile must refuse, and
// that it refuses at once: a named pipe nobody writes to would block a
// plain read forever.
func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "kb.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, make([]byte, 1001), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		want       error
		text       string
	}{
		{"named pipe", fifo, ErrNotRegular, "named pipe"},
		{"directory", dir, ErrNotRegular, "directory"},
		{"character device", "/dev/zero", ErrNotRegular, "character device"},
		{"too large", big, ErrTooLarge, "1001 bytes, over the limit of 1000 (knowledge.max_bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := ReadFile(tt.path, ReadLimits{MaxBytes: 1000, Timeout: 5 * time.Second})
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) || !strings.HasPrefix(err.Error(), "load "+tt.path+": ") {
				t.Errorf("err = %v, want %v naming %s and saying %q", err, tt.want, tt.path, tt.text)
			}
			if d := time.Since(start); d > time.Second {
				t.Errorf("took %v to refuse, want at once", d)
			}
		})
	}
	if _, err := Load(fifo); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Load(fifo) = %v, want ErrNotRegular", err)
	}
}

// TestReadFileAbandonsStuckRead stands in for a hung network mount with a
// read that blocks until released: ReadFile gives up at its deadline, later
// reads of the same path fail at once while the stuck one is out, and the
// path reads normally once it returns.
func TestReadFileAbandonsStuckRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	if err := os.WriteFile(path, DefaultYAML, 0o644); err != nil {
		t.Fatal(err)
	}
	release := make(chan struct{})
	returned := make(chan struct{})
	realRead := readContent
	readContent = func(p string, max int64) ([]byte, error) {
		<-release
		defer close(returned)
		return realRead(p, max)
	}
	defer func() { readContent = realRead }()

	start := time.Now()
	_, err := ReadFile(path, ReadLimits{Timeout: 100 * time.Millisecond})
	if !errors.Is(err, ErrReadTimeout) || !strings.Contains(err.Error(), "abandoned") {
		t.Fatalf("stuck read: err = %v, want ErrReadTimeout", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("stuck read returned after %v, want about 100ms", d)
	}
	start = time.Now()
	if _, err := ReadFile(path, ReadLimits{Timeout: 5 * time.Second}); !errors.Is(err, ErrReadTimeout) || !strings.Contains(err.Error(), "still not returned") {
		t.Errorf("read while one is stuck: err = %v, want ErrReadTimeout at once", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("read while one is stuck took %v, want at once", d)
	}

	readContent = realRead
	close(release)
	<-returned
	var data []byte
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if data, err = ReadFile(path, ReadLimits{}); err == nil {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err != nil || len(data) != len(DefaultYAML) {
		t.Errorf("after the stuck read returned: %d bytes, err %v; want the file", len(data), err)
	}
}
