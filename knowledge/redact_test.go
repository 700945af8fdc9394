package knowledge

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// redactFixture is testdata/redact.yaml: planted personal data, and
// ordinary questions with numbers that must survive.
type redactFixture struct {
	Planted []struct {
		Text    string   `yaml:"text"`
		Want    string   `yaml:"want"`
		Secrets []string `yaml:"secrets"`
	} `yaml:"planted"`
	Kept []string `yaml:"kept"`
}

func loadRedactFixture(t *testing.T) redactFixture {
	t.Helper()
	data, err := os.ReadFile("testdata/redact.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var f redactFixture
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Planted) == 0 || len(f.Kept) == 0 {
		t.Fatal("testdata/redact.yaml has no cases")
	}
	return f
}

func TestRedactPlanted(t *testing.T) {
	f := loadRedactFixture(t)
	for _, c := range f.Planted {
		t.Run(c.Text, func(t *testing.T) {
			if got := Redact(c.Text); got != c.Want {
				t.Errorf("Redact(%q)\n got %q\nwant %q", c.Text, got, c.Want)
			}
			logged := LogText(c.Text)
			if logged == "" {
				t.Fatalf("LogText(%q) is empty; the question around the data should be kept", c.Text)
			}
			bare := placeholder.ReplaceAllString(logged, " ")
			for _, s := range c.Secrets {
				if strings.Contains(bare, strings.ToLower(s)) {
					t.Errorf("LogText(%q) = %q still holds %q", c.Text, logged, s)
				}
			}
		})
	}
}

func TestRedactKeepsOrdinaryQuestions(t *testing.T) {
	for _, q := range loadRedactFixture(t).Kept {
		if got := Redact(q); got != q {
			t.Errorf("Redact(%q) = %q, want it unchanged", q, got)
		}
	}
}

func TestLogText(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Does Deep Tissue HURT??", "does deep tissue hurt"},
		{"email me: a@b.co thanks!", "email me [email] thanks"},
		{"call 519 555 0142", "call [phone]"},
		{"😀🙏", ""},
		{"   ", ""},
		{"a@b.co", ""},                                     // placeholders alone tell staff nothing
		{"<@123456789> what's rolfing", "what is rolfing"}, // the mention is not a question
		{"[email] was redacted already", "[email] was redacted already"},
	}
	for _, tt := range tests {
		if got := LogText(tt.in); got != tt.want {
			t.Errorf("LogText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLogTextIsIdempotentAndBounded(t *testing.T) {
	f := loadRedactFixture(t)
	inputs := append([]string{strings.Repeat("my back hurts near 12 King St ", 60)}, f.Kept...)
	for _, c := range f.Planted {
		inputs = append(inputs, c.Text)
	}
	for _, in := range inputs {
		once := LogText(in)
		if twice := LogText(once); twice != once {
			t.Errorf("LogText is not idempotent on %q:\n once %q\ntwice %q", in, once, twice)
		}
		if n := len([]rune(once)); n > MaxLogTextLen {
			t.Errorf("LogText(%q) has %d runes, more than %d", in[:20], n, MaxLogTextLen)
		}
		if strings.Count(once, "[") != strings.Count(once, "]") {
			t.Errorf("LogText(%q) = %q cut a placeholder", in, once)
		}
	}
}

func FuzzLogText(f *testing.F) {
	f.Add("my email is a@b.com and phone 519-555-0100")
	f.Add("1151 Richmond St N, N6A 5B7")
	f.Fuzz(func(t *testing.T, s string) {
		once := LogText(s)
		if twice := LogText(once); twice != once {
			t.Errorf("LogText(%q) = %q, but LogText of that = %q", s, once, twice)
		}
	})
}
