// Package watch tells a program when one file has changed on disk, however
// the editor saved it.
//
// Editors save in different ways: some write the file in place, others
// (vim, VS Code, most atomic writers) write a temporary file and rename it
// over the original, and some delete the file and create it again. A watch
// on the file itself is lost at the first rename or delete, so File watches
// the file's directory instead and picks out the events that concern the
// file. Bursts of events from one save are debounced into a single call.
// A change of permissions counts as a change, so that a file made readable
// again is read again.
//
// The package wraps github.com/fsnotify/fsnotify and knows nothing of what
// the file contains.
package watch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultDebounce is how long File waits after the last event of a burst
// before it reports a change. One save usually produces several events
// within a few milliseconds; 200ms folds them into one call and is still
// too short for a person to notice.
const DefaultDebounce = 200 * time.Millisecond

// File calls onChange each time the file at path has changed and then been
// quiet for debounce (DefaultDebounce when debounce <= 0). It returns nil
// when ctx is done, or an error when the watch cannot be set up or is lost
// (the directory itself was removed or renamed).
//
// The file does not need to exist when File starts, and it may disappear
// for a while: onChange is not called while the file is missing, and is
// called once it has been created again. Events about other files in the
// same directory are ignored, except that a change of what path resolves
// to (a symlink swap, as Kubernetes does for mounted ConfigMaps) counts as
// a change of the file. When path is a symlink, edits of the file it leads
// to are seen too.
//
// onChange is called from File's goroutine, one call at a time; events that
// arrive during a call are folded into the next one. A nil logger discards
// the log.
func File(ctx context.Context, path string, debounce time.Duration, logger *slog.Logger, onChange func()) error {
	if debounce <= 0 {
		debounce = DefaultDebounce
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("watch %s: %w", path, err)
	}
	dir := filepath.Dir(abs)

	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", path, err)
	}
	defer w.Close()
	if err := w.Add(dir); err != nil {
		return fmt.Errorf("watch %s: directory %s: %w", path, dir, err)
	}
	logger.Debug("watching file", "file", path, "dir", dir, "debounce", debounce)

	// When path is a symlink, the file it leads to may be edited where it
	// lives, and that directory is watched too. real is that file's path
	// ("" when path is not a symlink or leads nowhere yet).
	var real string
	follow := func() {
		r := resolve(abs)
		if r == real {
			return
		}
		if real != "" && filepath.Dir(real) != dir {
			_ = w.Remove(filepath.Dir(real)) // may already be gone
		}
		real = r
		if real != "" && filepath.Dir(real) != dir {
			if err := w.Add(filepath.Dir(real)); err != nil {
				logger.Warn("cannot watch the directory of the symlink's target", "file", path, "target", real, "err", err)
			}
		}
	}
	follow()

	last := identify(abs)
	timer := time.NewTimer(debounce)
	timer.Stop()

	for {
		select {
		case <-ctx.Done():
			return nil

		case ev, ok := <-w.Events:
			if !ok {
				return fmt.Errorf("watch %s: watcher closed", path)
			}
			name := filepath.Clean(ev.Name)
			if name == dir && (ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename)) {
				return fmt.Errorf("watch %s: directory %s was removed or renamed; the file is no longer watched", path, dir)
			}
			if name == abs || (real != "" && name == real) {
				// Chmod counts too: the content is the same, but a file
				// that could not be read may be readable now (staff
				// restored its permissions), and only a new read tells.
				logger.Debug("file event", "file", path, "op", ev.Op.String())
				timer.Reset(debounce)
				continue
			}
			// Another name changed. It matters only when path now leads to
			// a different file (a symlink on the way was swapped).
			if id := identify(abs); !id.same(last) {
				logger.Debug("file changed through another name", "file", path, "event", ev.String())
				timer.Reset(debounce)
			}

		case err, ok := <-w.Errors:
			if !ok {
				return fmt.Errorf("watch %s: watcher closed", path)
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				// Events were lost; the file may have changed unseen.
				logger.Warn("file watch overflowed; checking the file again", "file", path)
				timer.Reset(debounce)
				continue
			}
			logger.Warn("file watch error", "file", path, "err", err)

		case <-timer.C:
			follow()
			last = identify(abs)
			if !last.exists {
				logger.Info("watched file is missing; waiting for it to come back", "file", path)
				continue
			}
			onChange()
		}
	}
}

// resolve returns the file that path leads to through symlinks, or ""
// when path is not a symlink or cannot be resolved now.
func resolve(path string) string {
	r, err := filepath.EvalSymlinks(path)
	if err != nil || r == path {
		return ""
	}
	abs, err := filepath.Abs(r)
	if err != nil {
		return ""
	}
	return abs
}

// identity is what the file at a path is at one moment: enough to notice
// that the path now leads somewhere else, or to changed content.
type identity struct {
	exists bool
	info   os.FileInfo
}

// identify stats path, following symlinks.
func identify(path string) identity {
	info, err := os.Stat(path)
	if err != nil {
		return identity{}
	}
	return identity{exists: true, info: info}
}

// same reports whether two identities name the same, unchanged file.
func (a identity) same(b identity) bool {
	if a.exists != b.exists {
		return false
	}
	if !a.exists {
		return true
	}
	return os.SameFile(a.info, b.info) &&
		a.info.Size() == b.info.Size() &&
		a.info.ModTime().Equal(b.info.ModTime())
}
