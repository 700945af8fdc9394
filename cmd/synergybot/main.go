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
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/internal/config"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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
		return 0
	}
	var ee exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintln(stderr, "synergybot:", err)
	return 1
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
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	config.AddFlags(root.PersistentFlags())
	root.AddCommand(a.newKBCommand(), a.newAskCommand(), a.newChatCommand(), a.newConfigCommand(), a.newServeCommand())
	return root
}

// config loads the effective configuration from the root's flags.
func (a *app) config() (config.Config, error) {
	return config.Load(a.root.PersistentFlags())
}
