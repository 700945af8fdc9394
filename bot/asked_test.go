package bot

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
	"github.com/sclondonmassage/synergybot/store"
)

// TestVoteOnAnotherReplicaFindsItsQuestion answers on one bot and takes
// the vote on another that shares the question log (as two replicas behind
// a load balancer do): the vote still carries the question.
func TestVoteOnAnotherReplicaFindsItsQuestion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	newRecorder := func() *store.Recorder {
		r := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
			return sqlite.Open(ctx, path, sqlite.Options{})
		}, store.RecorderOptions{})
		t.Cleanup(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			r.Close(ctx)
		})
		return r
	}
	one, two := newRecorder(), newRecorder()
	answering := newTestBot(t, func(c *Config) { c.Asked = one })
	voting := newTestBot(t, func(c *Config) { c.Asked = two })

	msg := answerMessage(t, answering)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, ok := two.Recall(context.Background(), "trigger-point-therapy", askerID); ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the answering replica never stored the question")
		}
		time.Sleep(10 * time.Millisecond)
	}
	interact(t, voting.Bot, click(askerID, "fb:down:trigger-point-therapy:"+askerID, msg))
	want := knowledge.Vote{EntryID: "trigger-point-therapy", Question: knowledge.LogText(answeredQ), Source: knowledge.SourceSlash}
	if len(voting.fakes.votes) != 1 || voting.fakes.votes[0] != want {
		t.Errorf("votes on the other replica = %+v, want [%+v]", voting.fakes.votes, want)
	}
}
