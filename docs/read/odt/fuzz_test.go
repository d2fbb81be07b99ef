package odt

import (
	"maps"
	"slices"
	"testing"

	"vanthu/docs/read/blocks/readertest"
)

// fixtures are the cross-format letters of docs/read/testdata, converted
// from .docx by LibreOffice.
const fixtures = "../testdata/*.odt"

// FuzzRead: any input either reads or fails with a readerr.Error; it never
// panics.
func FuzzRead(f *testing.F) {
	seeds := slices.Collect(maps.Values(readertest.Fixtures(f, fixtures)))
	seeds = append(seeds, odtOf(f, listStyles, `<text:list text:style-name="L1">`+item("a")+`</text:list>`))
	readertest.Fuzz(f, Read, seeds...)
}

// BenchmarkRead reads the Kon Tum letter as LibreOffice saved it.
func BenchmarkRead(b *testing.B) {
	readertest.Bench(b, Read, readertest.Fixtures(b, fixtures)["cv-ubnd-kontum-cchc-2021.odt"])
}
