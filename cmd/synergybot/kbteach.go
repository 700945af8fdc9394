package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// newKBTeachCommand is `kb teach FILE --entry ID QUESTION`: the terminal
// side of the staff loop that /kb teach runs in Discord.
func (a *app) newKBTeachCommand() *cobra.Command {
	var entryID string
	cmd := &cobra.Command{
		Use:   "teach FILE --entry ID QUESTION",
		Short: "Add a sample question to an entry, after checking that it lands there",
		Long: `Teach adds QUESTION to the sample questions of the entry ID in the
knowledge file FILE, as one new line after the entry's last question; the
rest of the file, comments included, is left as it was.

It first checks the result as kb validate and kb test do (with the configured
matching.threshold), and refuses, with
the reason, when the file would be invalid, when the question is already a
sample question, or when it would land on another entry. The previous
version is kept as FILE.bak. A bot watching FILE picks the change up.

The question may be given as several words without quotes.`,
		Example: `  synergybot kb teach /etc/synergybot/kb.yaml --entry rolfing "how long does a rolfing series take"`,
		Args:    cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			path, question := args[0], strings.Join(args[1:], " ")
			err = knowledge.TeachFileWithOptions(path, entryID, question,
				knowledge.MatchOptions{Threshold: cfg.Matching.Threshold})
			var refused *knowledge.TeachRefused
			switch {
			case errors.As(err, &refused):
				fmt.Fprintln(a.stderr, "not taught:", refused.Reason)
				return exitError{code: 1}
			case err != nil:
				return err
			}
			fmt.Fprintf(a.stdout, "taught: %s now has the sample question %q (previous version kept as %s.bak)\n",
				entryID, strings.Join(strings.Fields(question), " "), path)
			return nil
		},
	}
	cmd.Flags().StringVar(&entryID, "entry", "", "id of the entry the question belongs to (see kb list)")
	_ = cmd.MarkFlagRequired("entry") // cannot fail: the flag exists
	return cmd
}
