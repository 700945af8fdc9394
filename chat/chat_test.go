package chat

import (
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/term"

	"github.com/sclondonmassage/synergybot/knowledge"
)

func newSession(t *testing.T) *Session {
	t.Helper()
	m := knowledge.NewMatcher(knowledge.Default(), knowledge.MatchOptions{})
	r := knowledge.Responder{Matcher: m}
	return &Session{Responder: func() knowledge.Responder { return r }, Style: Plain}
}

func TestCommands(t *testing.T) {
	tests := []struct {
		line      string
		wantTitle string
		wantQuit  bool
	}{
		{"/techniques", "Massage techniques", false},
		{"/technique rolf", "Rolfing", false},
		{"/technique", "Massage techniques", false},
		{"/book", "Book a massage", false},
		{"/help", "Synergy Massage assistant", false},
		{"/HELP", "Synergy Massage assistant", false},
		{"/frobnicate", "Unknown command", false},
		{"/quit", "", true},
		{"/exit", "", true},
	}
	s := newSession(t)
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			reply, quit := s.handle(tt.line)
			if quit != tt.wantQuit || reply.Title != tt.wantTitle {
				t.Errorf("handle(%q) = %q, quit %v; want %q, quit %v", tt.line, reply.Title, quit, tt.wantTitle, tt.wantQuit)
			}
		})
	}
}

func TestUnansweredQuestionsAreReported(t *testing.T) {
	s := newSession(t)
	var got []string
	s.Unanswered = func(q string, r knowledge.Reply) { got = append(got, q+"="+string(r.Kind)) }
	in := "what is rolfing\nwho won the hockey game last night\nhello\n"
	var out strings.Builder
	if err := s.Run(context.Background(), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	want := []string{"who won the hockey game last night=dont-know"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("reported %v, want %v", got, want)
	}
}

func TestRenderColourOnlyWhenAsked(t *testing.T) {
	s := newSession(t)
	reply := s.Responder().Ask("what is trigger point therapy")
	plain := Render(reply, Plain)
	if strings.Contains(plain, "\x1b[") || strings.Contains(plain, "**") {
		t.Errorf("plain rendering has escape codes or Markdown:\n%s", plain)
	}
	colour := Render(reply, Style{Color: true})
	if !strings.Contains(colour, "\x1b[1m") {
		t.Errorf("colour rendering has no bold:\n%s", colour)
	}
	for _, want := range []string{"Trigger Point Therapy", "Related:", "Book a massage:", "Read more:", reply.Disclaimer} {
		if !strings.Contains(plain, want) {
			t.Errorf("rendering lacks %q:\n%s", want, plain)
		}
	}
}

// TestRunTerminalKeys types into the line editor as a terminal would send
// keys: a question, Up (recall it) and Enter, Left arrows to edit a line,
// then Ctrl-C, which must end the session at once without an Enter.
func TestRunTerminalKeys(t *testing.T) {
	s := newSession(t)
	var asked []string
	s.Unanswered = func(q string, r knowledge.Reply) { asked = append(asked, q) }
	keys := "what is rolfing\r" +
		"\x1b[A\r" + // Up, Enter: the same question again
		"cars\x1b[D\x1b[D\x1b[D\x1b[Dfix \r" + // four Left arrows, then insert
		"\x03" + // Ctrl-C
		"never read\r"
	var screen, raw strings.Builder
	term := newTestTerminal(strings.NewReader(keys), &screen)
	done := make(chan error, 1)
	go func() { done <- s.RunTerminal(context.Background(), term, &raw) }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Ctrl-C did not end the session")
	}
	if n := strings.Count(screen.String(), "Rolfing"); n < 2 {
		t.Errorf("the recalled question was not answered again (%d Rolfing answers):\n%s", n, screen.String())
	}
	if len(asked) != 1 || asked[0] != "fix cars" {
		t.Errorf("unanswered questions = %q, want the edited line \"fix cars\"", asked)
	}
	if !strings.Contains(raw.String(), "Bye!") || strings.Contains(screen.String()+raw.String(), "never read") {
		t.Errorf("Ctrl-C did not end the session with a goodbye:\nscreen %q\nraw %q", screen.String(), raw.String())
	}
}

// newTestTerminal is the line editor on keys and screen, as chat uses it on
// a real terminal.
func newTestTerminal(keys io.Reader, screen io.Writer) *term.Terminal {
	return term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{keys, screen}, "")
}

// TestRunStopsWhenContextEnds checks that the session ends at once when its
// context does (Ctrl-C on piped input, SIGTERM), though no line arrives.
func TestRunStopsWhenContextEnds(t *testing.T) {
	s := newSession(t)
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	var out strings.Builder
	go func() { done <- s.Run(ctx, r, &syncWriter{w: &out}) }()
	time.Sleep(50 * time.Millisecond) // blocked reading
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Run still blocked on its input after the context ended")
	}
}

// syncWriter serialises writes, for output read after the session ends.
type syncWriter struct {
	mu sync.Mutex // protects w
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// TestRunTerminalStopsWhenContextEnds checks that the line editor session
// ends at once when its context does (SIGTERM), so that chat can restore
// the terminal before the process ends.
func TestRunTerminalStopsWhenContextEnds(t *testing.T) {
	s := newSession(t)
	keys, typing := io.Pipe()
	defer typing.Close()
	var screen, raw syncWriter
	screen.w, raw.w = &strings.Builder{}, &strings.Builder{}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.RunTerminal(ctx, newTestTerminal(keys, &screen), &raw) }()
	time.Sleep(50 * time.Millisecond) // waiting for a key
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("RunTerminal = %v, want nil", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("RunTerminal still waiting for a key after the context ended")
	}
}
