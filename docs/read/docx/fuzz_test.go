package docx

import (
	"maps"
	"slices"
	"testing"

	"vanthu/docs/read/blocks/readertest"
)

// fixtures are the cross-format letters of docs/read/testdata.
const fixtures = "../testdata/*.docx"

// FuzzRead: any input either reads or fails with a readerr.Error; it never
// panics.
func FuzzRead(f *testing.F) {
	seeds := slices.Collect(maps.Values(readertest.Fixtures(f, fixtures)))
	seeds = append(seeds, docxOf(f, numP("1", "0", "x")+`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`,
		map[string]string{"numbering.xml": numbering3 + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`}))
	readertest.Fuzz(f, Read, seeds...)
}

// BenchmarkRead reads the Kon Tum letter (2 tables, 7 list items, 4 notes).
func BenchmarkRead(b *testing.B) {
	readertest.Bench(b, Read, readertest.Fixtures(b, fixtures)["cv-ubnd-kontum-cchc-2021.docx"])
}
