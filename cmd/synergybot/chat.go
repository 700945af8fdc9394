package main

import (
	"log/slog"
	"os"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/sclondonmassage/synergybot/chat"
	"github.com/sclondonmassage/synergybot/knowledge"
)

func (a *app) newChatCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "chat",
		Short: "Chat with the bot in this terminal (no Discord, no token, no network)",
		Long: `Chat answers questions typed in the terminal from the configured (or
embedded) knowledge base, exactly as the Discord bot would. Commands:
/help, /techniques, /technique NAME, /book, /quit (or Ctrl-D).`,
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
			tty := isTerminal(a.stdout)
			s := &chat.Session{
				Responder: func() knowledge.Responder { return r },
				Style:     chat.Style{Color: tty && os.Getenv("NO_COLOR") == ""},
				Echo:      !isTerminal(a.stdin),
			}
			if log.recorder != nil {
				s.Unanswered = func(q string, reply knowledge.Reply) {
					log.RecordUnanswered(cmd.Context(), q, reply, knowledge.SourceChat)
				}
			}
			return s.Run(cmd.Context(), a.stdin, a.stdout)
		},
	}
}

// isTerminal reports whether v is an *os.File attached to a terminal.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}
