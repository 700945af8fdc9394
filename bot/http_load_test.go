package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// The load test sends signed interactions (a mix of /ask, autocomplete and
// button clicks) to the HTTP endpoint on 127.0.0.1 from concurrent clients
// and checks that every one was answered with 200 and the right kind of
// response. The normal suite runs a small version; SYNERGYBOT_LOADTEST=1
// runs the full 10,000 requests from 50 clients and logs throughput and
// latency:
//
//	SYNERGYBOT_LOADTEST=1 go test ./bot/ -run TestHTTPLoad -v

// loadRequest is one request of the load test and what it must get back.
type loadRequest struct {
	kind     string // for the report: "ask", "autocomplete", "topic", "vote"
	body     []byte
	stamp    string
	sig      string
	wantType discordgo.InteractionResponseType
}

// loadMix returns n signed requests, in a fixed mix: half /ask with
// questions the bot answers, is unsure about, does not know or finds
// urgent; a fifth autocomplete; a fifth topic buttons; a tenth votes.
func loadMix(t testing.TB, keys httpKeys, n int) []loadRequest {
	t.Helper()
	questions := []string{answeredQ, notSureQ, unknownQ, urgentQ, "does massage help lower back pain", "what is swedish massage"}
	prefixes := []string{"tr", "deep", "swe", "r", "my", "", "hot"}
	topics := []string{"swedish-massage", "rolfing", "trigger-point-therapy", "deep-tissue-massage"}
	stamp := strconv.FormatInt(time.Now().Unix(), 10)
	reqs := make([]loadRequest, n)
	for k := range reqs {
		user := strconv.Itoa(10000 + k)
		var i *discordgo.Interaction
		var kind string
		var want discordgo.InteractionResponseType
		switch k % 10 {
		case 0, 1, 2, 3, 4:
			kind, want = "ask", discordgo.InteractionResponseChannelMessageWithSource
			i = slash(member(user, 0), "ask", strOpt("question", questions[k%len(questions)]))
		case 5, 6:
			kind, want = "autocomplete", discordgo.InteractionApplicationCommandAutocompleteResult
			i = slash(member(user, 0), "technique", &discordgo.ApplicationCommandInteractionDataOption{
				Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: prefixes[k%len(prefixes)], Focused: true})
			i.Type = discordgo.InteractionApplicationCommandAutocomplete
		case 7, 8:
			kind, want = "topic", discordgo.InteractionResponseChannelMessageWithSource
			i = click(user, "topic:"+topics[k%len(topics)], nil)
		case 9:
			kind, want = "vote", discordgo.InteractionResponseUpdateMessage
			i = click(user, "fb:down:trigger-point-therapy:"+user, nil)
		}
		i.ID, i.Token = fmt.Sprintf("i-%d", k), fmt.Sprintf("tok-%d", k)
		body, err := json.Marshal(i)
		if err != nil {
			t.Fatal(err)
		}
		reqs[k] = loadRequest{kind: kind, body: body, stamp: stamp, sig: keys.sign(stamp, body), wantType: want}
	}
	return reqs
}

// loadResult is what the load test measured.
type loadResult struct {
	ok        int
	failures  []string // the first few, for the report
	failed    int
	latencies []time.Duration // of every request, sorted
	elapsed   time.Duration
}

func (r loadResult) percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	return r.latencies[min(len(r.latencies)-1, int(float64(len(r.latencies))*p))]
}

// runLoad sends reqs to url from clients goroutines and checks each answer.
func runLoad(url string, reqs []loadRequest, clients int) loadResult {
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients},
		Timeout:   30 * time.Second, // a deadline for a stuck request, not a measurement
	}
	defer client.CloseIdleConnections()

	var (
		mu  sync.Mutex // protects res
		res loadResult
		wg  sync.WaitGroup
	)
	next := make(chan int)
	start := time.Now()
	for range clients {
		wg.Go(func() {
			for k := range next {
				took, err := sendLoadRequest(client, url, reqs[k])
				mu.Lock()
				res.latencies = append(res.latencies, took)
				if err != nil {
					res.failed++
					if len(res.failures) < 5 {
						res.failures = append(res.failures, fmt.Sprintf("request %d (%s): %v", k, reqs[k].kind, err))
					}
				} else {
					res.ok++
				}
				mu.Unlock()
			}
		})
	}
	for k := range reqs {
		next <- k
	}
	close(next)
	wg.Wait()
	res.elapsed = time.Since(start)
	slices.Sort(res.latencies)
	return res
}

// sendLoadRequest sends one request and checks that it got 200 and a JSON
// interaction response of the expected type.
func sendLoadRequest(client *http.Client, url string, lr loadRequest) (time.Duration, error) {
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(lr.body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", lr.stamp)
	req.Header.Set("X-Signature-Ed25519", lr.sig)
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return time.Since(start), err
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	if err != nil {
		return took, fmt.Errorf("read body: %w", err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "application/json" {
		return took, fmt.Errorf("got %d %q: %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var got sentResponse
	if err := json.Unmarshal(body, &got); err != nil {
		return took, fmt.Errorf("decode %s: %w", body, err)
	}
	if got.Type != int(lr.wantType) {
		return took, fmt.Errorf("response type %d, want %d", got.Type, lr.wantType)
	}
	switch lr.kind {
	case "autocomplete":
		// No choices at all is a valid answer (nothing matches "hot").
		if len(got.Data.Choices) > 25 {
			return took, fmt.Errorf("%d autocomplete choices, Discord allows 25", len(got.Data.Choices))
		}
		for _, c := range got.Data.Choices {
			if c.Name == "" || c.Value == nil {
				return took, fmt.Errorf("autocomplete choice without name or value: %s", body)
			}
		}
	default:
		if len(got.Data.Embeds) == 0 {
			return took, fmt.Errorf("%s answer without an embed: %s", lr.kind, body)
		}
	}
	return took, nil
}

func TestHTTPLoad(t *testing.T) {
	n, clients := 500, 10
	if os.Getenv("SYNERGYBOT_LOADTEST") == "1" {
		n, clients = 10000, 50
	}
	b := newTestBot(t, func(c *Config) { c.Logger = slog.New(slog.DiscardHandler) })
	e := startHTTPEndpoint(t, b.Bot, time.Time{})
	reqs := loadMix(t, e.keys, n)

	res := runLoad(e.srv.URL+"/interactions", reqs, clients)

	if res.ok != n || res.failed != 0 {
		t.Errorf("%d of %d requests answered correctly, %d failed; first failures:\n%v", res.ok, n, res.failed, res.failures)
	}
	if len(res.latencies) != n {
		t.Errorf("%d requests completed, want %d", len(res.latencies), n)
	}
	// The answers came from the bot itself: every vote was recorded.
	if got, want := len(b.fakes.votes), n/10; got != want {
		t.Errorf("%d votes recorded, want %d", got, want)
	}
	t.Logf("%d requests, %d clients: %d ok in %v, %.0f requests/s; latency p50 %v, p99 %v, max %v",
		n, clients, res.ok, res.elapsed.Round(time.Millisecond), float64(n)/res.elapsed.Seconds(),
		res.percentile(0.50).Round(10*time.Microsecond), res.percentile(0.99).Round(10*time.Microsecond),
		res.percentile(1).Round(10*time.Microsecond))
}

// BenchmarkHTTPInteraction measures one signed /ask through the endpoint
// on loopback, from parallel clients.
func BenchmarkHTTPInteraction(b *testing.B) {
	bot, err := New(nil, Config{Responder: defaultResponder(b), Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	e := startHTTPEndpoint(b, bot, time.Time{})
	reqs := loadMix(b, e.keys, 100)
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	defer client.CloseIdleConnections()
	url := e.srv.URL + "/interactions"
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		k := 0
		for pb.Next() {
			if _, err := sendLoadRequest(client, url, reqs[k%len(reqs)]); err != nil {
				b.Error(err)
				return
			}
			k++
		}
	})
}
