// Command gen builds the lexicon of the OCR post-correction from the legal
// corpus: how often each syllable of administrative Vietnamese occurs, and
// each pair of syllables that follow one another. It writes lexicon.gz,
// embedded by package fix:
//
//	go run ./docs/read/ocr/fix/gen -corpus ../shared/corpus/legal -out docs/read/ocr/fix/lexicon.gz
//
// Rare syllables and pairs (typos, foreign names) are left out, which keeps
// the file small and the corrections to what the corpus backs.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"unicode"

	"vanthu/docs/read/ocr/fix"
	"vanthu/docs/vn"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/legal", "folder of .txt files")
	out := flag.String("out", "docs/read/ocr/fix/lexicon.gz", "where to write")
	minUni := flag.Int("min-syllable", 3, "occurrences a syllable needs")
	minBi := flag.Int("min-pair", 4, "occurrences a pair needs")
	flag.Parse()

	files, err := filepath.Glob(filepath.Join(*corpus, "*.txt"))
	if err != nil || len(files) == 0 {
		log.Fatalf("no .txt files in %s", *corpus)
	}
	sort.Strings(files)
	uni, bi := map[string]int{}, map[[2]string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		prev := ""
		for _, tok := range tokens(vn.NFC(string(data))) {
			if tok == "" { // punctuation or a number breaks a pair
				prev = ""
				continue
			}
			w := fix.Norm(tok)
			uni[w]++
			if prev != "" {
				bi[[2]string{prev, w}]++
			}
			prev = w
		}
	}
	var lex fix.Lexicon
	lex.Uni = map[string]int{}
	lex.Bi = map[[2]string]int{}
	for w, n := range uni {
		if n >= *minUni && fix.Syllable(w) {
			lex.Uni[w] = n
		}
	}
	for p, n := range bi {
		if n >= *minBi && lex.Uni[p[0]] > 0 && lex.Uni[p[1]] > 0 && (lex.Ambiguous(p[0]) || lex.Ambiguous(p[1])) {
			lex.Bi[p] = n
		}
	}
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	if err := lex.Write(w); err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fi, _ := os.Stat(*out)
	fmt.Printf("%d files: %d syllables, %d pairs kept, %d KB\n", len(files), len(lex.Uni), len(lex.Bi), fi.Size()>>10)
}

// tokens splits text into letter runs; anything else that is not a space
// (a digit, a punctuation mark) gives an empty token, which ends a pair.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
		if !unicode.IsSpace(r) {
			out = append(out, "")
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}
