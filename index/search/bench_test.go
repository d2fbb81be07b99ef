package search

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDocs makes n letters from the test sentences, each with its own
// number, date and a mix of the sentences, so terms spread over documents.
func benchDocs(n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		d := testDocs[i%len(testDocs)]
		var text strings.Builder
		for j := range 8 {
			text.WriteString(testDocs[(i+j*3)%len(testDocs)].Text)
			text.WriteString("\n")
		}
		d.ID = fmt.Sprintf("doc-%05d", i)
		d.Number = fmt.Sprintf("%d/%s-UBND", i+1, d.Type)
		d.Date = day(2015+i%10, 1+i%12, 1+i%28)
		d.Text = text.String()
		docs[i] = d
	}
	return docs
}

func benchIndex(b *testing.B, n int) *Index {
	b.Helper()
	ix, err := Open(filepath.Join(b.TempDir(), "index"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	docs := benchDocs(n)
	for i := 0; i < len(docs); i += 200 {
		if err := ix.Put(docs[i:min(i+200, len(docs))]...); err != nil {
			b.Fatal(err)
		}
	}
	return ix
}

func benchSearch(b *testing.B, q Query) {
	ix := benchIndex(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		r, err := ix.Search(q)
		if err != nil || r.Total == 0 {
			b.Fatalf("Search(%+v) = %v, %v", q, r, err)
		}
	}
}

func BenchmarkSearchTerm(b *testing.B)       { benchSearch(b, Query{Text: "tuyên truyền"}) }
func BenchmarkSearchAccentless(b *testing.B) { benchSearch(b, Query{Text: "cai cach hanh chinh"}) }
func BenchmarkSearchPhrase(b *testing.B)     { benchSearch(b, Query{Text: `"quan hệ lao động"`}) }
func BenchmarkSearchNumber(b *testing.B)     { benchSearch(b, Query{Text: "4541/cv-ubnd"}) }
func BenchmarkSearchPrefix(b *testing.B)     { benchSearch(b, Query{Text: "tuyên truy*"}) }
func BenchmarkSearchFuzzy(b *testing.B)      { benchSearch(b, Query{Text: "truyn~"}) }
func BenchmarkSearchFiltered(b *testing.B) {
	benchSearch(b, Query{Text: "ủy ban", Types: []string{"QĐ"}, Year: 2020})
}
func BenchmarkSearchByDate(b *testing.B) { benchSearch(b, Query{Issuer: "Kon Tum", SortByDate: true}) }

func BenchmarkPut(b *testing.B) {
	docs := benchDocs(1000)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	for b.Loop() {
		ix, err := Open(filepath.Join(b.TempDir(), "index"))
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < len(docs); i += 200 {
			if err := ix.Put(docs[i : i+200]...); err != nil {
				b.Fatal(err)
			}
		}
		ix.Close()
	}
}

func BenchmarkAnalyzeFolded(b *testing.B) {
	text := []byte(benchDocs(1)[0].Text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		f := newSyllableField(fieldTextF, text, optVectors, foldTerm)
		f.Analyze()
	}
}

// BenchmarkAnalyzeTextFields analyzes the three text fields of one long
// law (the largest text of ../shared/corpus/legal, or a generated letter
// without it) each on its own and over one shared word analysis, as
// newDocument builds them.
//
//	go test ./index/search/ -run - -bench AnalyzeTextFields
func BenchmarkAnalyzeTextFields(b *testing.B) {
	text := []byte(benchDocs(1)[0].Text)
	if files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "legal", "luat-dat-dai-2024.txt")); len(files) == 1 {
		if data, err := os.ReadFile(files[0]); err == nil {
			text = data
		}
	}
	b.Run("alone", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			newSyllableField(fieldText, text, optIndexed, exactTerm).Analyze()
			newSyllableField(fieldTextF, text, optVectors, foldTerm).Analyze()
			newBigramField(fieldTextB, text, optVectors).Analyze()
		}
	})
	b.Run("shared", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		b.ReportAllocs()
		for b.Loop() {
			w := newDocWords(text)
			newSharedField(fieldText, w, optIndexed, exactTerm, false, false).Analyze()
			newSharedField(fieldTextF, w, optVectors, foldTerm, true, false).Analyze()
			newSharedField(fieldTextB, w, optVectors, foldTerm, false, true).Analyze()
		}
	})
}
