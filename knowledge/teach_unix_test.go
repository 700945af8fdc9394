//go:build unix

package knowledge

import (
	"os"
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

// TestTeachFileKeepsOwner checks that the knowledge file and its backup keep
// the owner and group of the file staff edit, which needs a process allowed
// to give files away (root).
func TestTeachFileKeepsOwner(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only root may give a file to another user")
	}
	path := writeTemp(t, DefaultYAML)
	const uid, gid = 54321, 54322
	if err := os.Chown(path, uid, gid); err != nil {
		t.Fatal(err)
	}
	if err := TeachFile(path, "rolfing", "how long does a rolfing series take"); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{path, path + ".bak"} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if st := info.Sys().(*syscall.Stat_t); st.Uid != uid || st.Gid != gid {
			t.Errorf("%s is owned by %d:%d, want %d:%d", p, st.Uid, st.Gid, uid, gid)
		}
	}
}
