// Package chat is the terminal adapter: an interactive chat with the bot
// that needs no Discord account, no token and no network. It renders the
// same knowledge.Reply values that the Discord adapter shows as embeds.
package chat

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"

	"golang.org/x/term"

	"github.com/sclondonmassage/synergybot/knowledge"
)

// Session is one terminal conversation.
type Session struct {
	// Responder returns the responder for the current knowledge base; it is
	// called once per line so that a reloaded base takes effect at once.
	Responder func() knowledge.Responder
	// Style decides colour. Use Plain when output is not a terminal.
	Style Style
	// Echo writes each question after the prompt, for transcripts made
	// through a pipe where the terminal does not echo what was typed.
	Echo bool
	// Unanswered, when set, is told about each question the bot could not
	// answer confidently, so staff can see it in the question log.
	Unanswered func(question string, reply knowledge.Reply)
}

// Prompt is printed before each question.
const Prompt = "you> "

// Run reads one question per line from in and writes each reply to out,
// until in ends (Ctrl-D), "/quit" is typed, or ctx is done. It is for
// input that is not a terminal (a pipe, a file, a test); RunTerminal gives
// a person at a terminal line editing and history.
//
// Lines are read in a goroutine of their own, so that ctx ending (Ctrl-C
// when input is not a terminal, SIGTERM) returns at once even while a read
// is blocked; that goroutine is left to end with the process.
func (s *Session) Run(ctx context.Context, in io.Reader, out io.Writer) error {
	type read struct {
		line string
		err  error
	}
	lines := make(chan read)
	go func() {
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			select {
			case lines <- read{line: sc.Text()}:
			case <-ctx.Done():
				return
			}
		}
		err := sc.Err()
		if err == nil {
			err = io.EOF
		}
		select {
		case lines <- read{err: err}:
		case <-ctx.Done():
		}
	}()
	return s.loop(ctx, out, out, func() (string, error) {
		fmt.Fprint(out, s.Style.prompt(Prompt))
		select {
		case <-ctx.Done():
			fmt.Fprintln(out)
			return "", io.EOF
		case r := <-lines:
			if r.err != nil {
				fmt.Fprintln(out)
				return "", r.err
			}
			if s.Echo {
				fmt.Fprintln(out, strings.TrimSpace(r.line))
			}
			return r.line, nil
		}
	})
}

// RunTerminal runs the session on an interactive terminal through t, a
// golang.org/x/term line editor on a terminal in raw mode: arrow keys move
// in the line, Up and Down recall earlier questions, and Ctrl-C or Ctrl-D
// leave at once. Replies are written through t, so that they appear above
// the line being typed; the goodbye goes to raw, the terminal itself (in
// raw mode: lines end in \r\n), below the last prompt.
//
// Like Run, it returns at once when ctx ends (SIGTERM), so that the caller
// can put the terminal back in its normal mode before the process ends.
func (s *Session) RunTerminal(ctx context.Context, t *term.Terminal, raw io.Writer) error {
	t.SetPrompt(s.Style.prompt(Prompt))
	type read struct {
		line string
		err  error
	}
	want := make(chan struct{})
	lines := make(chan read)
	go func() {
		for range want {
			line, err := t.ReadLine()
			select {
			case lines <- read{line, err}:
			case <-ctx.Done():
				return
			}
		}
	}()
	defer close(want)
	return s.loop(ctx, t, crlf{raw}, func() (string, error) {
		select {
		case want <- struct{}{}:
		case <-ctx.Done():
			return "", io.EOF
		}
		select {
		case r := <-lines:
			return r.line, r.err
		case <-ctx.Done():
			return "", io.EOF
		}
	})
}

// crlf ends each line written to a terminal in raw mode with \r\n.
type crlf struct{ w io.Writer }

func (c crlf) Write(p []byte) (int, error) {
	if _, err := c.w.Write(bytes.ReplaceAll(p, []byte("\n"), []byte("\r\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// loop asks next for each line and answers it on out, until next returns
// io.EOF (end of input, Ctrl-C or Ctrl-D at a terminal), "/quit", or ctx
// is done; the goodbye goes to bye.
func (s *Session) loop(ctx context.Context, out, bye io.Writer, next func() (string, error)) error {
	fmt.Fprintln(out, s.Style.dim("Ask about massage and back pain. /help for commands, /quit to leave."))
	for {
		if err := ctx.Err(); err != nil {
			return nil
		}
		line, err := next()
		if err == io.EOF {
			if bye != out {
				fmt.Fprintln(bye) // below the line left on the screen
			}
			fmt.Fprintln(bye, "Bye! Take care of your back.")
			return nil
		}
		if err != nil {
			return err
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		reply, quit := s.handle(line)
		if quit {
			fmt.Fprintln(out, "Bye! Take care of your back.")
			return nil
		}
		if s.Unanswered != nil && (reply.Kind == knowledge.ReplyNotSure || reply.Kind == knowledge.ReplyDontKnow) {
			s.Unanswered(line, reply)
		}
		fmt.Fprintln(out, Render(reply, s.Style))
	}
}

// handle turns one line into a reply. Lines starting with "/" are the same
// commands the Discord bot offers as slash commands.
func (s *Session) handle(line string) (reply knowledge.Reply, quit bool) {
	r := s.Responder()
	if !strings.HasPrefix(line, "/") {
		return r.Ask(line), false
	}
	name, arg, _ := strings.Cut(strings.TrimPrefix(line, "/"), " ")
	arg = strings.TrimSpace(arg)
	switch strings.ToLower(name) {
	case "quit", "exit", "q":
		return knowledge.Reply{}, true
	case "help":
		return helpReply(r), false
	case "techniques":
		return r.Techniques(), false
	case "technique":
		if arg == "" {
			return r.Techniques(), false
		}
		if reply, ok := r.Technique(arg); ok {
			return reply, false
		}
		return r.Ask(arg), false
	case "book":
		return r.Book(), false
	case "ask":
		return r.Ask(arg), false
	default:
		return knowledge.Reply{
			Kind:  knowledge.ReplySmallTalk,
			Title: "Unknown command",
			Body:  fmt.Sprintf("I don't know /%s. Try /help.", name),
		}, false
	}
}

// helpReply is the bot's help with the terminal's commands added.
func helpReply(r knowledge.Responder) knowledge.Reply {
	reply := r.Help()
	reply.Body += "\n\nCommands: /techniques, /technique NAME, /book, /help, /quit."
	return reply
}
