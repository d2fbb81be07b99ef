package odt

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/read/readerr"
)

// fixtures are the cross-format letters of docs/read/testdata, converted
// from .docx by LibreOffice.
func fixtures(t testing.TB) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/*.odt")
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	if len(out) == 0 {
		t.Fatal("no ../testdata/*.odt fixtures")
	}
	return out
}

// FuzzRead: any input either reads or fails with a readerr.Error; it never
// panics.
func FuzzRead(f *testing.F) {
	for _, data := range fixtures(f) {
		f.Add(data)
	}
	f.Add(odtOf(f, listStyles, `<text:list text:style-name="L1">`+item("a")+`</text:list>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err != nil {
			var re *readerr.Error
			if !errors.As(err, &re) || re.Msg == "" {
				t.Fatalf("error without a clerk message: %v", err)
			}
			return
		}
		if doc == nil {
			t.Fatal("nil document without error")
		}
	})
}

// BenchmarkRead reads the Kon Tum letter as LibreOffice saved it.
func BenchmarkRead(b *testing.B) {
	data := fixtures(b)["cv-ubnd-kontum-cchc-2021.odt"]
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}
