//go:build unix

package knowledge

import (
	"os"
	"syscall"
)

// keepOwner gives f the owner and group of like, as far as this process
// may: a process that is not root can only set a group it belongs to. A
// refusal is not an error; the file then belongs to this process's user.
func keepOwner(f *os.File, like os.FileInfo) {
	st, ok := like.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	if f.Chown(int(st.Uid), int(st.Gid)) != nil {
		_ = f.Chown(-1, int(st.Gid)) // at least the group, if this process is in it
	}
}
