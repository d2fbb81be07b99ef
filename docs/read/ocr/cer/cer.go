// Package cer measures character error rate: the edit distance between a
// reference transcription and recognised text, over the reference length.
// Both are compared in reading order after the same normalisation.
package cer

import (
	"strings"
	"unicode"

	"vanthu/docs/vn"
)

// Normalize makes two texts comparable: NFC, every dash a hyphen, curly
// quotes straight, and every run of white space one space. Line breaks
// carry no weight, since a paragraph may wrap anywhere.
func Normalize(s string) string {
	s = vn.NFC(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '–', '—', '‒', '−':
			return '-'
		case '“', '”':
			return '"'
		case '‘', '’':
			return '\''
		}
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// Distance is the Levenshtein distance between a and b in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c = 1 + min(prev[j-1], prev[j], cur[j-1])
			} else {
				c = min(c, 1+prev[j], 1+cur[j-1])
			}
			cur[j] = c
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Rate is the character error rate of hyp against ref after Normalize: 0
// for a perfect reading; it can exceed 1 when hyp is much longer.
func Rate(ref, hyp string) float64 {
	r, h := Normalize(ref), Normalize(hyp)
	n := len([]rune(r))
	if n == 0 {
		if h == "" {
			return 0
		}
		return 1
	}
	return float64(Distance(r, h)) / float64(n)
}
