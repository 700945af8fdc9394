package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/sclondonmassage/synergybot/store"
	"github.com/sclondonmassage/synergybot/store/storetest"
)

// BenchmarkRecord measures enqueue and write throughput on SQLite; package
// postgres runs the same benchmark, so the two can be compared.
func BenchmarkRecord(b *testing.B) {
	storetest.Bench(b, func(b *testing.B) store.Store {
		d, err := Open(context.Background(), filepath.Join(b.TempDir(), "q.db"), Options{})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { d.Close() })
		return d
	})
}
