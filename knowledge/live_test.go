package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// word returns a made-up word, unique for each i, that no real entry uses.
func word(i int) string {
	var b strings.Builder
	b.WriteString("zq")
	for {
		b.WriteByte(byte('a' + i%26))
		i /= 26
		if i == 0 {
			break
		}
	}
	return b.String()
}

// baseWith returns the embedded knowledge base with n generated entries
// appended (entries is the last section of the file). tag makes the ids of
// one generated set differ from another's, so that two bases with the same
// n have different versions.
func baseWith(n int, tag string) []byte {
	var b strings.Builder
	b.Write(DefaultYAML)
	b.WriteString("\n")
	for i := range n {
		w := word(i) + tag
		fmt.Fprintf(&b, `
  - id: gen-%s
    title: Generated topic %s
    kind: topic
    aliases: [%s method]
    questions:
      - what is the %s method
      - tell me about the %s method
      - does the %s method help back pain
    answer: |
      The %s method is a generated topic used in tests.
`, w, w, w, w, w, w, w)
	}
	return []byte(b.String())
}

func mustSnapshot(t testing.TB, source string, data []byte, now time.Time) *Snapshot {
	t.Helper()
	s, err := NewSnapshot(source, data, MatchOptions{Threshold: 0.6}, now)
	if err != nil {
		t.Fatalf("NewSnapshot: %v", err)
	}
	return s
}

func TestNewSnapshot(t *testing.T) {
	now := time.Date(2025, 3, 1, 9, 30, 0, 0, time.UTC)
	data := baseWith(2, "")
	s := mustSnapshot(t, "kb.yaml", data, now)

	if s.Matcher.Base() != s.Base {
		t.Errorf("Matcher.Base() = %p, want the snapshot's Base %p", s.Matcher.Base(), s.Base)
	}
	if s.Version != VersionOf(data) || len(s.Version) != 12 {
		t.Errorf("Version = %q, want VersionOf(data) = %q (12 hex digits)", s.Version, VersionOf(data))
	}
	if !s.LoadedAt.Equal(now) || s.Source != "kb.yaml" || s.Options.Threshold != 0.6 {
		t.Errorf("LoadedAt, Source, Options = %v, %q, %+v; want %v, kb.yaml, threshold 0.6", s.LoadedAt, s.Source, s.Options, now)
	}
	if got, want := len(s.Base.Entries), len(Default().Entries)+2; got != want {
		t.Errorf("entries = %d, want %d", got, want)
	}
	if VersionOf(baseWith(2, "x")) == s.Version {
		t.Errorf("different content has the same version %q", s.Version)
	}

	if _, err := NewSnapshot("kb.yaml", []byte("entries: [\n"), MatchOptions{}, now); err == nil {
		t.Error("NewSnapshot of broken YAML returned nil error")
	}
}

func TestLiveReload(t *testing.T) {
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	v1, v2 := baseWith(1, ""), baseWith(2, "")
	broken := append(append([]byte{}, v2...), "\n  - id: [unclosed\n"...)

	// Each step reloads data and checks what is served afterwards.
	type step struct {
		name        string
		data        []byte
		wantChanged bool
		wantErr     bool
		wantVersion string
		wantFailure bool
	}
	steps := []step{
		{name: "valid edit goes live", data: v2, wantChanged: true, wantVersion: VersionOf(v2)},
		{name: "same content changes nothing", data: v2, wantVersion: VersionOf(v2)},
		{name: "broken edit keeps the last good version", data: broken, wantErr: true, wantVersion: VersionOf(v2), wantFailure: true},
		{name: "fixing the file clears the failure", data: v1, wantChanged: true, wantVersion: VersionOf(v1)},
		{name: "broken again", data: broken, wantErr: true, wantVersion: VersionOf(v1), wantFailure: true},
		{name: "restoring the served content clears the failure", data: v1, wantVersion: VersionOf(v1)},
	}

	clock := t0
	live := NewLive(mustSnapshot(t, "kb.yaml", v1, t0))
	live.Now = func() time.Time { return clock }
	var wantReloads, wantFailures int64
	for i, st := range steps {
		clock = t0.Add(time.Duration(i+1) * time.Minute)
		before := live.Current()
		snap, changed, err := live.ReloadBytes(st.data)

		if (err != nil) != st.wantErr {
			t.Fatalf("%s: err = %v, want error: %v", st.name, err, st.wantErr)
		}
		if changed != st.wantChanged {
			t.Errorf("%s: changed = %v, want %v", st.name, changed, st.wantChanged)
		}
		if snap != live.Current() {
			t.Errorf("%s: Reload returned a snapshot that is not the current one", st.name)
		}
		if !changed && live.Current() != before {
			t.Errorf("%s: the snapshot was replaced although nothing changed", st.name)
		}
		if changed {
			wantReloads++
			if !snap.LoadedAt.Equal(clock) {
				t.Errorf("%s: LoadedAt = %v, want the injected clock %v", st.name, snap.LoadedAt, clock)
			}
		}
		if st.wantErr {
			wantFailures++
		}

		s := live.Status()
		if s.Version != st.wantVersion {
			t.Errorf("%s: Status().Version = %s, want %s", st.name, s.Version, st.wantVersion)
		}
		if s.Entries != len(live.Current().Base.Entries) {
			t.Errorf("%s: Status().Entries = %d, want %d", st.name, s.Entries, len(live.Current().Base.Entries))
		}
		if (s.LastFailure != nil) != st.wantFailure {
			t.Fatalf("%s: Status().LastFailure = %v, want set: %v", st.name, s.LastFailure, st.wantFailure)
		}
		if s.LastFailure != nil && (!s.LastFailure.At.Equal(clock) || s.LastFailure.Err.Error() != err.Error() || s.LastFailure.Source != "kb.yaml") {
			t.Errorf("%s: LastFailure = %+v, want at %v with the returned error", st.name, s.LastFailure, clock)
		}
		if s.Reloads != wantReloads || s.Failures != wantFailures {
			t.Errorf("%s: Reloads, Failures = %d, %d; want %d, %d", st.name, s.Reloads, s.Failures, wantReloads, wantFailures)
		}
	}
}

func TestLiveReloadFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "kb.yaml")
	v1, v2 := baseWith(0, ""), baseWith(3, "")
	if err := os.WriteFile(path, v1, 0o644); err != nil {
		t.Fatal(err)
	}
	first, err := LoadSnapshot(path, MatchOptions{Threshold: 0.6}, ReadLimits{MaxBytes: 1 << 20}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if first.Path != path || first.Source != path || first.Version != VersionOf(v1) {
		t.Fatalf("LoadSnapshot: path %q source %q version %s; want %s and %s", first.Path, first.Source, first.Version, path, VersionOf(v1))
	}
	live := NewLive(first)
	if err := os.WriteFile(path, v2, 0o644); err != nil {
		t.Fatal(err)
	}
	snap, changed, err := live.Reload()
	if err != nil || !changed || snap.Version != VersionOf(v2) || snap.Source != path || snap.Path != path {
		t.Fatalf("Reload = %s from %s, changed %v, err %v; want %s from %s, changed", snap.Version, snap.Source, changed, err, VersionOf(v2), path)
	}
	if snap.Options.Threshold != 0.6 || snap.Limits.MaxBytes != 1<<20 {
		t.Errorf("reloaded snapshot threshold, max bytes = %v, %d; want the first snapshot's 0.6, %d", snap.Options.Threshold, snap.Limits.MaxBytes, 1<<20)
	}

	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	snap, changed, err = live.Reload()
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), path) {
		t.Errorf("Reload of a removed file: err = %v, want a not-exist error naming %s", err, path)
	}
	if changed || snap.Version != VersionOf(v2) {
		t.Errorf("after a missing file: version %s, changed %v; want %s unchanged", snap.Version, changed, VersionOf(v2))
	}
	if f := live.Status().LastFailure; f == nil || f.Source != path {
		t.Errorf("LastFailure = %+v, want one for %s", f, path)
	}
}

func TestLiveReloadEmbedded(t *testing.T) {
	first, err := LoadSnapshot("", MatchOptions{Threshold: 0.6}, ReadLimits{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if first.Source != DefaultSource || first.Path != "" {
		t.Fatalf("embedded snapshot source %q path %q", first.Source, first.Path)
	}
	live := NewLive(first)
	snap, changed, err := live.Reload()
	if !errors.Is(err, ErrNoFile) || changed || snap != first {
		t.Errorf("Reload of the embedded base = %v, changed %v; want ErrNoFile, unchanged", err, changed)
	}
	if s := live.Status(); s.LastFailure != nil || s.Failures != 0 {
		t.Errorf("Reload of the embedded base recorded a failure: %+v", s)
	}
}

// TestLiveReadersSeeWholeVersions answers questions from 8 goroutines while
// the base is reloaded 100 times, and checks that every snapshot a reader
// gets is internally consistent. Run with -race.
func TestLiveReadersSeeWholeVersions(t *testing.T) {
	const (
		readers  = 8
		reloads  = 100
		variants = 5
	)
	// Each variant has a different number of entries, so that a snapshot
	// mixing two versions would show as a count that does not match.
	datas := make([][]byte, variants)
	wantEntries := map[string]int{}
	for i := range datas {
		datas[i] = baseWith(i*3, "")
		s := mustSnapshot(t, "kb.yaml", datas[i], time.Now())
		wantEntries[s.Version] = len(s.Base.Entries)
	}
	live := NewLive(mustSnapshot(t, "kb.yaml", datas[0], time.Now()))

	questions := []string{"what is deep tissue massage", "zqa method", "how do I book", "tell me about the zqc method", "hello"}
	var (
		stop    atomic.Bool
		answers atomic.Int64
		wg      sync.WaitGroup
	)
	errs := make(chan string, readers)
	for r := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; !stop.Load(); i++ {
				s := live.Current()
				if problem := checkSnapshot(s, wantEntries, questions[(r+i)%len(questions)]); problem != "" {
					errs <- problem
					return
				}
				answers.Add(1)
				runtime.Gosched() // leave the reloader some CPU on small machines
			}
		}()
	}
	for i := 1; i <= reloads; i++ {
		if _, changed, err := live.ReloadBytes(datas[i%variants]); err != nil || !changed {
			t.Fatalf("reload %d: changed %v, err %v", i, changed, err)
		}
	}
	// Let the readers see the last version before stopping them.
	for answers.Load() < readers {
		time.Sleep(time.Millisecond)
	}
	stop.Store(true)
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if got := live.Status().Reloads; got != reloads {
		t.Errorf("Reloads = %d, want %d", got, reloads)
	}
}

// checkSnapshot returns what is inconsistent in s, or "".
func checkSnapshot(s *Snapshot, wantEntries map[string]int, question string) string {
	if s.Matcher.Base() != s.Base {
		return fmt.Sprintf("version %s: matcher built from another base", s.Version)
	}
	want, ok := wantEntries[s.Version]
	if !ok {
		return fmt.Sprintf("unknown version %s", s.Version)
	}
	if len(s.Base.Entries) != want {
		return fmt.Sprintf("version %s: %d entries, want %d", s.Version, len(s.Base.Entries), want)
	}
	m := s.Matcher.Match(question)
	for _, e := range append([]*Entry{m.Best}, candidateEntries(m.Suggestions)...) {
		if e != nil && s.Base.Entry(e.ID) != e {
			return fmt.Sprintf("version %s: %q matched entry %s that is not this base's", s.Version, question, e.ID)
		}
	}
	return ""
}

func candidateEntries(cs []Candidate) []*Entry {
	out := make([]*Entry, 0, len(cs))
	for _, c := range cs {
		out = append(out, c.Entry)
	}
	return out
}

// BenchmarkLiveReload10k reloads a 10,000-entry knowledge base while one
// goroutine keeps answering questions, and reports how long a reload takes
// (ns/op) and the slowest single answer seen during the reloads.
func BenchmarkLiveReload10k(b *testing.B) {
	const n = 10_000
	datas := [][]byte{baseWith(n, ""), baseWith(n, "x")}
	live := NewLive(mustSnapshot(b, "kb.yaml", datas[0], time.Now()))
	questions := []string{"what is deep tissue massage", "tell me about the zqbcd method", "zqkk method", "how do I book a massage", "does the zqaab method help back pain"}

	var (
		stop    atomic.Bool
		slowest atomic.Int64
		answers atomic.Int64
		wg      sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; !stop.Load(); i++ {
			start := time.Now()
			live.Current().Matcher.Match(questions[i%len(questions)])
			d := int64(time.Since(start))
			for {
				cur := slowest.Load()
				if d <= cur || slowest.CompareAndSwap(cur, d) {
					break
				}
			}
			answers.Add(1)
		}
	}()

	b.ResetTimer()
	i := 0
	for b.Loop() {
		i++
		if _, _, err := live.ReloadBytes(datas[i%2]); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	stop.Store(true)
	wg.Wait()
	b.ReportMetric(float64(slowest.Load())/1e6, "max-answer-ms")
	b.ReportMetric(float64(answers.Load())/float64(b.Elapsed().Seconds()), "answers/s")
}
