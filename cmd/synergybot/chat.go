package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sclondonmassage/synergybot/chat"
	"github.com/sclondonmassage/synergybot/knowledge"
)

func (a *app) newChatCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "chat",
		Short: "Chat with the bot in this terminal (no Discord, no token, no network)",
		Long: `Chat answers questions typed in the terminal from the configured (or
embedded) knowledge base, exactly as the Discord bot would. Commands:
/help, /techniques, /technique NAME, /book, /quit (or Ctrl-D, or Ctrl-C).
At a terminal, the arrow keys edit the line and Up/Down recall earlier
questions. Questions it cannot answer are recorded in storage.path (by
default under your state directory, ~/.local/state/synergybot) for
synergybot kb gaps; chat says where when it starts.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := a.config()
			if err != nil {
				return err
			}
			r, err := newResponder(cfg, "terminal")
			if err != nil {
				return err
			}
			// Chat runs with a quiet logger: the terminal is the conversation.
			log := openQuestionLog(cmd.Context(), cfg.Storage, slog.New(slog.DiscardHandler))
			defer log.Close()
			if log.recorder != nil {
				fmt.Fprintf(a.stderr, "Recording questions the bot cannot answer in %s (storage.path; \"\" turns it off).\n", log.recorder.Status().Where)
			}
			stdin, interactive := terminal(a.stdin)
			_, outTTY := terminal(a.stdout)
			s := &chat.Session{
				Responder: func() knowledge.Responder { return r },
				Style:     chat.Style{Color: outTTY && os.Getenv("NO_COLOR") == ""},
				Echo:      !interactive,
			}
			if log.recorder != nil {
				s.Unanswered = func(q string, reply knowledge.Reply) {
					log.RecordUnanswered(cmd.Context(), q, reply, knowledge.SourceChat)
				}
			}
			if !interactive || !outTTY {
				return s.Run(cmd.Context(), a.stdin, a.stdout)
			}
			// A person at a terminal: raw mode and a line editor.
			old, err := term.MakeRaw(int(stdin.Fd()))
			if err != nil {
				return fmt.Errorf("chat: put the terminal in raw mode: %w", err)
			}
			defer term.Restore(int(stdin.Fd()), old)
			t := term.NewTerminal(struct {
				io.Reader
				io.Writer
			}{stdin, a.stdout}, "")
			if w, h, err := term.GetSize(int(stdin.Fd())); err == nil {
				_ = t.SetSize(w, h)
			}
			return s.RunTerminal(cmd.Context(), t, a.stdout)
		},
	}
}

// terminal returns v as an *os.File and whether it is attached to a
// terminal.
func terminal(v any) (*os.File, bool) {
	f, ok := v.(*os.File)
	return f, ok && term.IsTerminal(int(f.Fd()))
}
