package docx

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/read/readerr"
)

// fixtures are the cross-format letters of docs/read/testdata.
func fixtures(t testing.TB) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob("../testdata/*.docx")
	out := map[string][]byte{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = data
	}
	if len(out) == 0 {
		t.Fatal("no ../testdata/*.docx fixtures")
	}
	return out
}

// FuzzRead: any input either reads or fails with a readerr.Error; it never
// panics.
func FuzzRead(f *testing.F) {
	for _, data := range fixtures(f) {
		f.Add(data)
	}
	f.Add(docxOf(f, numP("1", "0", "x")+`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`,
		map[string]string{"numbering.xml": numbering3 + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`}))
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

// BenchmarkRead reads the Kon Tum letter (2 tables, 7 list items, 4 notes).
func BenchmarkRead(b *testing.B) {
	data := fixtures(b)["cv-ubnd-kontum-cchc-2021.docx"]
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read(data); err != nil {
			b.Fatal(err)
		}
	}
}
