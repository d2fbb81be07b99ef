package layout

import (
	"regexp"
	"strings"
	"unicode"
)

// pageNumber matches what a page number line holds: "2", "- 2 -", "Trang 2",
// "2/5".
var pageNumber = regexp.MustCompile(`^[-–—\s]*(?:[Tt]rang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s]*$`)

// marginShare is how much of the page height, from the top or the bottom
// edge, a running header or footer may sit in.
const marginShare = 0.12

// pageMargins holds the rows found in the top and bottom margins of a page.
type pageMargins struct {
	header, footer *row
}

// splitMargins takes page numbers and running headers/footers (the same
// text, digits aside, at the edge of at least half the pages, three or more)
// out of the rows of each page.
func splitMargins(pages []Page, pageRows [][]*row) []pageMargins {
	out := make([]pageMargins, len(pages))
	edgeText := func(r *row) string {
		return strings.Map(func(c rune) rune {
			if unicode.IsDigit(c) {
				return '#'
			}
			return c
		}, strings.TrimSpace(text(r.chars)))
	}
	// Count repeated edge texts first.
	topCount, botCount := map[string]int{}, map[string]int{}
	for p, rs := range pageRows {
		if len(rs) < 2 {
			continue
		}
		h := pages[p].Height
		if first := rs[0]; first.base > h*(1-marginShare) {
			topCount[edgeText(first)]++
		}
		if last := rs[len(rs)-1]; last.base < h*marginShare {
			botCount[edgeText(last)]++
		}
	}
	repeated := func(n int) bool { return n >= 3 && 2*n >= len(pages) }
	for p, rs := range pageRows {
		if len(rs) < 2 {
			continue
		}
		h := pages[p].Height
		first, last := rs[0], rs[len(rs)-1]
		if first.base > h*(1-marginShare) {
			t := strings.TrimSpace(text(first.chars))
			if pageNumber.MatchString(t) || repeated(topCount[edgeText(first)]) {
				out[p].header = first
				rs = rs[1:]
			}
		}
		if last.base < h*marginShare && len(rs) > 1 {
			t := strings.TrimSpace(text(last.chars))
			if pageNumber.MatchString(t) || repeated(botCount[edgeText(last)]) {
				out[p].footer = last
				rs = rs[:len(rs)-1]
			}
		}
		pageRows[p] = rs
	}
	return out
}
