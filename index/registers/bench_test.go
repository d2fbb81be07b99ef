package registers

import (
	"context"
	"path/filepath"
	"testing"

	"vanthu/index/store"
)

// BenchmarkRegisterOutgoing measures taking a number: one IMMEDIATE write
// transaction with the max() lookup, the insert and its audit line, on a
// synchronous=FULL database.
func BenchmarkRegisterOutgoing(b *testing.B) {
	st, err := openBench(b)
	if err != nil {
		b.Fatal(err)
	}
	r := New(st, "b")
	for b.Loop() {
		if _, err := r.RegisterOutgoing(context.Background(), Out{Symbol: "SYT-VP", Date: date("2024-05-05")},
			date("2024-05-05")); err != nil {
			b.Fatal(err)
		}
	}
}

func openBench(b *testing.B) (*store.Store, error) {
	return store.Open(filepath.Join(b.TempDir(), "vanthu.db"))
}
