package watch

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// testDebounce is short so that tests run quickly; deadlines below are long
// so that they do not flake on a slow machine.
const (
	testDebounce = 20 * time.Millisecond
	deadline     = 5 * time.Second
)

// watcher runs File on path in the background and delivers, for each call
// of onChange, the content of the file at that moment ("<missing>" when it
// could not be read).
type watcher struct {
	seen chan string
	done chan error
}

func startWatch(t *testing.T, path string) *watcher {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	w := &watcher{seen: make(chan string, 100), done: make(chan error, 1)}
	go func() {
		w.done <- File(ctx, path, testDebounce, nil, func() {
			data, err := os.ReadFile(path)
			if err != nil {
				w.seen <- "<missing>"
				return
			}
			w.seen <- string(data)
		})
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-w.done:
			if err != nil {
				t.Errorf("File returned %v after cancel, want nil", err)
			}
		case <-time.After(deadline):
			t.Errorf("File did not return within %v of cancel", deadline)
		}
	})
	// File sets up its watch asynchronously: touch the file until the
	// watcher reports it, so that later edits are not lost before setup.
	waitReady(t, w, path)
	return w
}

// waitReady rewrites the file's current content until the watcher has
// delivered one call, then drains.
func waitReady(t *testing.T, w *watcher, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stop := time.After(deadline)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		select {
		case <-w.seen:
			time.Sleep(3 * testDebounce) // let the burst settle
			for len(w.seen) > 0 {
				<-w.seen
			}
			return
		case <-tick.C:
		case <-stop:
			t.Fatalf("watcher never reported a change of %s", path)
		}
	}
}

// waitFor waits until a call saw want. Calls that saw something else (an
// intermediate state of a save) are skipped; "<missing>" is an error,
// since File must not report a file that is not there.
func (w *watcher) waitFor(t *testing.T, want string) {
	t.Helper()
	stop := time.After(deadline)
	for {
		select {
		case got := <-w.seen:
			if got == want {
				return
			}
			if got == "<missing>" {
				t.Errorf("onChange was called while the file was missing")
			}
		case <-stop:
			t.Fatalf("no change to %q reported within %v", want, deadline)
		}
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFileSaves(t *testing.T) {
	tests := []struct {
		name string
		save func(t *testing.T, path, content string)
	}{
		{"write in place", writeFile},
		{"write temp and rename over", func(t *testing.T, path, content string) {
			tmp := filepath.Join(filepath.Dir(path), ".kb.yaml.tmp")
			writeFile(t, tmp, content)
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
		}},
		{"delete and recreate", func(t *testing.T, path, content string) {
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			time.Sleep(5 * testDebounce) // long enough for the deletion to be seen on its own
			writeFile(t, path, content)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "kb.yaml")
			writeFile(t, path, "v1")
			w := startWatch(t, path)
			tt.save(t, path, "v2")
			w.waitFor(t, "v2")
			// The watch survives the save: a second one is seen too.
			tt.save(t, path, "v3")
			w.waitFor(t, "v3")
		})
	}
}

func TestFileIgnoresOtherFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.yaml")
	writeFile(t, path, "v1")
	w := startWatch(t, path)

	for i := range 5 {
		writeFile(t, filepath.Join(dir, "other.yaml"), string(rune('a'+i)))
	}
	time.Sleep(10 * testDebounce) // a call caused by other.yaml would happen here
	writeFile(t, path, "v2")

	select {
	case got := <-w.seen:
		if got != "v2" {
			t.Fatalf("first call saw %q, want %q: a change of another file was reported", got, "v2")
		}
	case <-time.After(deadline):
		t.Fatalf("no change reported within %v", deadline)
	}
}

func TestFileSymlinkSwap(t *testing.T) {
	// The layout Kubernetes uses for a mounted ConfigMap: kb.yaml is a
	// symlink through "current", which is swapped atomically to a new
	// directory on update. No event ever names kb.yaml itself.
	dir := t.TempDir()
	for _, v := range []string{"v1", "v2"} {
		if err := os.Mkdir(filepath.Join(dir, v), 0o755); err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, v, "kb.yaml"), v)
	}
	if err := os.Symlink("v1", filepath.Join(dir, "current")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	path := filepath.Join(dir, "kb.yaml")
	if err := os.Symlink(filepath.Join("current", "kb.yaml"), path); err != nil {
		t.Fatal(err)
	}
	w := startWatch(t, path)

	tmp := filepath.Join(dir, "current.tmp")
	if err := os.Symlink("v2", tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "current")); err != nil {
		t.Fatal(err)
	}
	w.waitFor(t, "v2")
}

func TestFileDirectoryRemoved(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "kb")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "kb.yaml")
	writeFile(t, path, "v1")

	done := make(chan error, 1)
	ready := make(chan struct{}, 1)
	go func() {
		done <- File(context.Background(), path, testDebounce, nil, func() {
			select {
			case ready <- struct{}{}:
			default:
			}
		})
	}()
	// Wait until the watch is set up, as in startWatch.
	stop := time.After(deadline)
	for waiting := true; waiting; {
		writeFile(t, path, "v1")
		select {
		case <-ready:
			waiting = false
		case <-time.After(50 * time.Millisecond):
		case <-stop:
			t.Fatal("watcher never reported a change")
		}
	}

	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("File returned nil after its directory was removed, want an error")
		}
	case <-time.After(deadline):
		t.Fatalf("File did not return within %v of its directory being removed", deadline)
	}
}

func TestFileMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-dir", "kb.yaml")
	err := File(context.Background(), path, testDebounce, nil, func() {})
	if err == nil {
		t.Fatal("File on a missing directory returned nil, want an error")
	}
}

// TestFilePermissionChange checks that a chmod of the file is reported: a
// file staff made readable again must be read again, though its content is
// the same.
func TestFilePermissionChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.yaml")
	writeFile(t, path, "v1")
	w := startWatch(t, path)
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	w.waitFor(t, "v1")
}
