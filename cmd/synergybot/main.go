// Command synergybot answers questions about massage and back pain from a
// knowledge base that clinic staff edit as YAML, in a terminal or on Discord.
//
// main only wires: it reads configuration, builds the knowledge base and the
// adapters, and maps errors to an exit code. Each subcommand lives in a file
// of its own.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/internal/config"
)

// Exit codes, as documented in docs/operations.md.
const (
	exitOK     = 0 // done, or stopped cleanly by SIGINT/SIGTERM
	exitFailed = 1 // a command failed: bad configuration, a refused token, ...
	// exitStuck: stopped by SIGINT/SIGTERM, but something was still
	// running at the shutdown deadline and was abandoned.
	exitStuck = 2
	// A second SIGINT or SIGTERM ends the process at once with 128 plus
	// the signal's number, as a shell reports a process killed by it:
	// 130 for SIGINT, 143 for SIGTERM.
	exitSignalBase = 128
)

// hardStopAfter is how long after the first SIGINT/SIGTERM the process ends
// whatever is still running: under the 10 s promised to operators, with
// room for the exit itself. serve's own shutdown deadline (shutdownBudget)
// is shorter, so this only fires when something outside it is stuck (a
// request to Discord during start-up, say). systemd's default
// TimeoutStopSec is 90 s; the unit in deploy/ gives 15 s.
const hardStopAfter = 9500 * time.Millisecond

func main() {
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	stopOnSignals(stop, os.Stderr)
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// stopOnSignals makes the first SIGINT or SIGTERM call stop (a graceful
// shutdown begins), and then ends the process itself: at once on a second
// signal (exit 128+signal), or after hardStopAfter (exitStuck), whichever
// comes first. What it says goes to the process's logger when a command
// has set one (see setProcessLogger), else to stderr.
func stopOnSignals(stop context.CancelFunc, stderr io.Writer) {
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	go func() {
		first := <-signals
		processLog(stderr, "stopping", "signal", first.String(), "hard_stop_after", hardStopAfter)
		stop()
		timer := time.NewTimer(hardStopAfter)
		select {
		case second := <-signals:
			processLog(stderr, "second signal: stopping now", "signal", second.String())
			os.Exit(exitSignalBase + int(second.(syscall.Signal)))
		case <-timer.C:
			processLog(stderr, "still running after the hard stop deadline: stopping now", "after", hardStopAfter)
			os.Exit(exitStuck)
		}
	}()
}

// processLogger is the logger of the running command, once it has built
// one from the configuration, so that the signal handler logs in the
// configured format.
var processLogger atomic.Pointer[slog.Logger]

// setProcessLogger makes l the logger the signal handler writes to.
func setProcessLogger(l *slog.Logger) { processLogger.Store(l) }

// processLog logs msg to the process logger, or as a plain line to stderr
// before there is one.
func processLog(stderr io.Writer, msg string, args ...any) {
	if l := processLogger.Load(); l != nil {
		l.Warn(msg, args...)
		return
	}
	line := "synergybot: " + msg
	for i := 0; i+1 < len(args); i += 2 {
		line += fmt.Sprintf(" %v=%v", args[i], args[i+1])
	}
	fmt.Fprintln(stderr, line)
}

// exitError carries an exit code other than 1 (or a silent 1) out of a
// command; its message, if any, has already been printed.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// run executes the command line args and returns the process exit code.
// Tests call it directly with their own streams.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCommand(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(stderr, "synergybot:", err)
	if errors.Is(err, errShutdownDeadline) {
		return exitStuck
	}
	return exitFailed
}

// app is what every subcommand shares: the streams and the flags that select
// the configuration.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	root           *cobra.Command
}

func newRootCommand(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:           "synergybot",
		Short:         "Answer questions about massage and back pain from a staff-edited knowledge base",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	a.root = root
	root.Version = buildVersion() // adds --version
	root.SetVersionTemplate("synergybot {{.Version}}\n")
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	config.AddFlags(root.PersistentFlags())
	root.AddCommand(a.newKBCommand(), a.newAskCommand(), a.newChatCommand(), a.newConfigCommand(), a.newServeCommand(), a.newVersionCommand())
	return root
}

// config loads the effective configuration from the root's flags.
func (a *app) config() (config.Config, error) {
	return config.Load(a.root.PersistentFlags())
}
