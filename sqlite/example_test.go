package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/sclondonmassage/synergybot/sqlite"
)

// The bot records through a Recorder so that a reply never waits for the
// disk; staff read the log with Gaps.
func Example() {
	dir, err := os.MkdirTemp("", "questions")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	now := func() time.Time { return time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC) }

	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(dir, "questions.db"), sqlite.Options{Now: now})
	if err != nil {
		log.Fatal(err) // a real caller logs it and answers without recording
	}
	defer db.Close()

	rec := sqlite.NewRecorder(db, sqlite.RecorderOptions{Now: now})
	rec.Unanswered(sqlite.Unanswered{Question: "does cupping leave marks", BestID: "cupping", Score: 0.41, Source: sqlite.SourceSlash})
	rec.Unanswered(sqlite.Unanswered{Question: "cupping marks, do they leave", BestID: "cupping", Score: 0.38, Source: sqlite.SourceDM})
	rec.Unanswered(sqlite.Unanswered{Question: "can i bring my dog", Source: sqlite.SourceMention})
	rec.Close() // flushes pending writes

	gaps, err := db.Gaps(ctx, sqlite.GapQuery{Limit: 10})
	if err != nil {
		log.Fatal(err)
	}
	for _, g := range gaps {
		fmt.Printf("%d× %q nearest=%q %v\n", g.Count, g.Examples[0], g.NearestID, g.Sources)
	}
	// Output:
	// 2× "cupping marks, do they leave" nearest="cupping" [dm slash]
	// 1× "can i bring my dog" nearest="" [mention]
}
