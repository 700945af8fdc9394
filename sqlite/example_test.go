package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/sclondonmassage/synergybot/knowledge"
	"github.com/sclondonmassage/synergybot/sqlite"
	"github.com/sclondonmassage/synergybot/store"
)

// The bot records through a store.Recorder, so that a reply never waits
// for the disk; staff read the log with store.Gaps.
func Example() {
	dir, err := os.MkdirTemp("", "questions")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	now := func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }
	path := filepath.Join(dir, "questions.db")
	ctx := context.Background()

	rec := store.NewRecorder(func(ctx context.Context) (store.Store, error) {
		return sqlite.Open(ctx, path, sqlite.Options{Now: now})
	}, store.RecorderOptions{Backend: "sqlite", Where: path, Now: now})
	rec.Unanswered(knowledge.Unanswered{Question: "Does cupping leave marks?", BestID: "cupping", Score: 0.41, Source: knowledge.SourceSlash})
	rec.Unanswered(knowledge.Unanswered{Question: "cupping marks, do they leave", BestID: "cupping", Score: 0.38, Source: knowledge.SourceDM})
	rec.Unanswered(knowledge.Unanswered{Question: "can i bring my dog? call 519-555-0142", Source: knowledge.SourceMention})
	if err := rec.Close(ctx); err != nil { // writes what is pending, then closes the file
		log.Fatal(err)
	}

	db, err := sqlite.Open(ctx, path, sqlite.Options{ReadOnly: true})
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	gaps, err := store.Gaps(ctx, db, store.GapQuery{Limit: 10})
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range gaps {
		fmt.Printf("%d× %q nearest=%q %v\n", g.Count, g.Examples[0], g.NearestID, g.Sources)
	}
	// Output:
	// 2× "cupping marks do they leave" nearest="cupping" [dm slash]
	// 1× "can i bring my dog call [phone]" nearest="" [mention]
}
