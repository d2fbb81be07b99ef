package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
	"vanthu/index/search"
)

// loadCorpus reads every .txt of dir as one document, with metadata guessed
// from its header so filters and facets have something to work on.
func loadCorpus(dir string) ([]search.Doc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no .txt files in %s", dir)
	}
	sort.Strings(paths)
	docs := make([]search.Doc, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		text := vn.NFC(string(b))
		d := search.Doc{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: text}
		describe(&d)
		docs = append(docs, d)
	}
	return docs, nil
}

var (
	numberRe = regexp.MustCompile(`\b\d+/(?:\d{4}/)?[\p{Lu}Đ0-9]+(?:-[\p{Lu}Đ0-9]+)*\b`)
	issuerRe = regexp.MustCompile(`^([\p{Lu}Đ ,]+?)\s*-{3,}`)
)

// typeWords maps the first words of a title to an Appendix III style code.
var typeWords = []struct{ prefix, code string }{
	{"Nghị định", "NĐ"}, {"Nghị quyết", "NQ"}, {"Quyết định", "QĐ"}, {"Thông tư", "TT"},
	{"Luật", "LUẬT"}, {"Bộ luật", "LUẬT"}, {"Công văn", "CV"}, {"Văn bản hợp nhất", "VBHN"},
	{"Hiến pháp", "HP"}, {"Dự thảo", "DT"}, {"Chỉ thị", "CT"}, {"Kế hoạch", "KH"},
}

func describe(d *search.Doc) {
	lines := strings.SplitN(d.Text, "\n", 3)
	title := strings.TrimSpace(lines[0])
	d.Subject = title
	d.Type = "KHÁC"
	for _, tw := range typeWords {
		if strings.HasPrefix(title, tw.prefix) {
			d.Type = tw.code
			break
		}
	}
	if len(lines) > 1 {
		if m := issuerRe.FindStringSubmatch(strings.TrimSpace(lines[1])); m != nil {
			d.Issuer = strings.TrimSpace(m[1])
		}
	}
	head := d.Text[:min(len(d.Text), 3000)]
	d.Number = numberRe.FindString(head)
	if ms := vndate.FindAll(head); len(ms) > 0 {
		d.Date = ms[0].Date.Time()
	}
}

var articleRe = regexp.MustCompile(`(?:^|\s)Điều \d+\.`)

// articles splits each law at "Điều N." into article-sized texts.
func articles(docs []search.Doc) []search.Doc {
	var out []search.Doc
	for _, d := range docs {
		idx := articleRe.FindAllStringIndex(d.Text, -1)
		for i, loc := range idx {
			end := len(d.Text)
			if i+1 < len(idx) {
				end = idx[i+1][0]
			}
			a := d
			a.Text = strings.TrimSpace(d.Text[loc[0]:end])
			if len(a.Text) < 80 {
				continue
			}
			a.ID = fmt.Sprintf("%s#%d", d.ID, i+1)
			a.Subject = firstLine(a.Text)
			out = append(out, a)
		}
	}
	return out
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
		for !strings.HasSuffix(s, " ") && len(s) > 0 {
			s = s[:len(s)-1]
		}
	}
	return strings.TrimSpace(s)
}

var (
	provinces = []string{"Kon Tum", "Tuyên Quang", "Hậu Giang", "Quảng Ninh", "Hà Giang", "Đắk Lắk", "Thừa Thiên Huế", "Bình Định", "Lào Cai", "Cà Mau"}
	kinds     = []string{"CV", "QĐ", "KH", "TB", "BC", "TTr", "GM", "HD"}
)

// library builds n documents from the articles: each copy gets its own
// header (number, issuer, date, type) and names another province, so the
// copies differ the way letters of several offices would.
func library(arts []search.Doc, n int, seed uint64) []search.Doc {
	rng := rand.New(rand.NewPCG(seed, 1))
	out := make([]search.Doc, 0, n)
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		a := arts[i%len(arts)]
		copyNo := i / len(arts)
		prov := provinces[rng.IntN(len(provinces))]
		kind := kinds[rng.IntN(len(kinds))]
		d := a
		d.ID = fmt.Sprintf("lib-%06d", i)
		d.Type = kind
		d.Issuer = "Ủy ban nhân dân tỉnh " + prov
		d.Number = fmt.Sprintf("%d/%s-UBND", 1+rng.IntN(9000), kind)
		d.Date = base.AddDate(0, 0, rng.IntN(3650))
		header := fmt.Sprintf("ỦY BAN NHÂN DÂN TỈNH %s\nSố: %s\n%s, ngày %s\n",
			strings.ToUpper(prov), d.Number, prov, vndate.FromTime(d.Date).Vietnamese())
		text := a.Text
		if copyNo > 0 {
			// Later copies address another province and drop a sentence, so
			// no two documents are the same text.
			text = strings.ReplaceAll(text, "Việt Nam", "Việt Nam ("+prov+")")
			if sentences := strings.SplitAfter(text, ". "); len(sentences) > 2 {
				drop := rng.IntN(len(sentences))
				text = strings.Join(append(sentences[:drop:drop], sentences[drop+1:]...), "")
			}
		}
		d.Text = header + text
		out = append(out, d)
	}
	return out
}

// benchQuery is one query in three forms: as the clerk types it for our
// index, and as folded words for FTS5 and the scan.
type benchQuery struct {
	kind   string
	text   string   // what the clerk types
	words  []string // folded words
	phrase bool     // words must be adjacent
	prefix bool     // last word is a prefix
	fuzzy  bool     // only our index answers it
	typ    string   // type filter
}

// sampleQueries draws a fixed set of queries from the documents' own text.
func sampleQueries(docs []search.Doc, perKind int, seed uint64) []benchQuery {
	rng := rand.New(rand.NewPCG(seed, 2))
	pickWords := func(n int) (orig []string, doc search.Doc) {
		for {
			doc = docs[rng.IntN(len(docs))]
			ws := strings.Fields(doc.Text)
			if len(ws) < n+1 {
				continue
			}
			i := rng.IntN(len(ws) - n)
			orig = ws[i : i+n]
			ok := true
			for _, w := range orig {
				if !isPlainWord(w) {
					ok = false
				}
			}
			if ok {
				return orig, doc
			}
		}
	}
	var qs []benchQuery
	for range perKind {
		ws, _ := pickWords(1)
		qs = append(qs, benchQuery{kind: "term", text: ws[0], words: folds(ws)})
	}
	for range perKind {
		ws, _ := pickWords(2 + rng.IntN(3))
		qs = append(qs, benchQuery{kind: "phrase", text: `"` + strings.Join(ws, " ") + `"`, words: folds(ws), phrase: true})
	}
	for range perKind {
		ws, _ := pickWords(2 + rng.IntN(2))
		f := folds(ws)
		qs = append(qs, benchQuery{kind: "accentless", text: strings.Join(f, " "), words: f})
	}
	var numbers []string
	for _, d := range docs {
		numbers = append(numbers, numberRe.FindAllString(d.Text, 50)...)
	}
	for i := 0; i < perKind && len(numbers) > 0; i++ {
		n := numbers[rng.IntN(len(numbers))]
		if i%2 == 1 {
			n = vn.Fold(n) // typed in lowercase without marks: "2018/cv-hd"
		}
		qs = append(qs, benchQuery{kind: "number", text: n, words: folds(wordsOf(n)), phrase: true})
	}
	for range perKind {
		ws, d := pickWords(1)
		qs = append(qs, benchQuery{kind: "filtered", text: ws[0], words: folds(ws), typ: d.Type})
	}
	for range perKind {
		ws, _ := pickWords(2)
		f := folds(ws)
		last := []rune(f[1])
		if len(last) > 3 {
			f[1] = string(last[:len(last)-1])
		}
		qs = append(qs, benchQuery{kind: "prefix", text: ws[0] + " " + f[1] + "*", words: f, prefix: true})
	}
	for range perKind {
		ws, _ := pickWords(1)
		r := []rune(vn.Fold(ws[0]))
		if len(r) > 3 {
			r = append(r[:1], r[2:]...) // one letter dropped
		}
		qs = append(qs, benchQuery{kind: "fuzzy", text: string(r) + "~", fuzzy: true})
	}
	return qs
}

// isPlainWord keeps sampled words to syllables of letters (at least 2).
func isPlainWord(w string) bool {
	n := 0
	for _, r := range w {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r > 0x7f && isLetter(r)) {
			return false
		}
		n++
	}
	return n >= 2
}

func folds(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = vn.Fold(w)
	}
	return out
}
