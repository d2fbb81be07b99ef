package check

import (
	"context"
	"os"
	"testing"
)

// BenchmarkCheck checks the real Kon Tum letter (no library).
func BenchmarkCheck(b *testing.B) {
	data, err := os.ReadFile("../../read/testdata/cv-ubnd-kontum-cchc-2021.docx")
	if err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := File(context.Background(), data, nil); err != nil {
			b.Fatal(err)
		}
	}
}
