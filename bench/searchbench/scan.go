package main

import (
	"strings"
	"unicode"

	"vanthu/docs/vn"
	"vanthu/index/search"
)

// scanEngine answers queries by scanning the folded text of every document
// in memory: the baseline any index has to beat.
type scanEngine struct {
	texts []string // " w1 w2 … " : folded words between single spaces
	types []string
	ids   []string
}

func newScan(docs []search.Doc) *scanEngine {
	s := &scanEngine{}
	for _, d := range docs {
		s.texts = append(s.texts, " "+strings.Join(wordsOf(vn.Fold(d.Text)), " ")+" ")
		s.types = append(s.types, d.Type)
		s.ids = append(s.ids, d.ID)
	}
	return s
}

// search returns the number of matching documents.
func (s *scanEngine) search(q benchQuery) int {
	var needles []string
	switch {
	case q.phrase:
		needles = []string{" " + strings.Join(q.words, " ") + " "}
	default:
		for i, w := range q.words {
			if q.prefix && i == len(q.words)-1 {
				needles = append(needles, " "+w)
			} else {
				needles = append(needles, " "+w+" ")
			}
		}
	}
	n := 0
	for i, t := range s.texts {
		if q.typ != "" && s.types[i] != q.typ {
			continue
		}
		all := true
		for _, nd := range needles {
			if !strings.Contains(t, nd) {
				all = false
				break
			}
		}
		if all {
			n++
		}
	}
	return n
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) }

// wordsOf splits s into runs of letters and digits, as the index does.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !isLetter(r) && !unicode.IsDigit(r) })
}
