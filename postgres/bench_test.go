package postgres

import (
	"testing"

	"github.com/sclondonmassage/synergybot/store"
	"github.com/sclondonmassage/synergybot/store/storetest"
)

// BenchmarkRecord measures enqueue and write throughput on PostgreSQL, as
// package sqlite's BenchmarkRecord does on SQLite.
func BenchmarkRecord(b *testing.B) {
	storetest.Bench(b, func(b *testing.B) store.Store { return openURL(b, freshSchema(b), Options{}) })
}
