package layout

import (
	"math"
	"sort"
)

// Line is one line of text in reading order.
type Line struct {
	Page         int
	Text         string
	Left, Right  float64
	Base         float64 // baseline y
	Size         float64
	FirstWord    float64 // width of the first word, to tell a short line
	Bold, Italic bool
	Column       Column
	Band         int // lines of one two-column band share a number above 0
}

// Column tells where in its band a line sits.
type Column int

const (
	FullWidth Column = iota
	LeftColumn
	RightColumn
)

// minGutter is the narrowest gap, as a share of the font size, that counts
// as the space between two columns rather than a wide word space.
const minGutter = 0.8

// minColumn is the narrowest a column may be, in font sizes: wider than a
// list label ("Điều 12.") set off from its text by a tab.
const minColumn = 5

// pageLines puts the rows of one page in reading order: where two blocks
// stand side by side (a vertical gutter no row crosses, with text on both
// sides at the same height), the whole left block comes before the right
// one. Decree 30 sets the issuing body and number left, the Quốc hiệu and
// date right, and the recipients left, the signer right, in exactly this way.
func pageLines(page int, rs []*row, nextBand *int) []Line {
	var out []Line
	for i := 0; i < len(rs); {
		start, end, gutter, ok := findBand(rs, i)
		if !ok {
			out = append(out, makeLine(page, rs[i], rs[i].chars, FullWidth, 0))
			i++
			continue
		}
		for k := i; k < start; k++ {
			out = append(out, makeLine(page, rs[k], rs[k].chars, FullWidth, 0))
		}
		*nextBand++
		band := *nextBand
		var right []Line
		for k := start; k <= end; k++ {
			l, r := splitAt(rs[k].chars, gutter)
			if len(l) > 0 {
				out = append(out, makeLine(page, rs[k], l, LeftColumn, band))
			}
			if len(r) > 0 {
				right = append(right, makeLine(page, rs[k], r, RightColumn, band))
			}
		}
		out = append(out, right...)
		i = end + 1
	}
	return out
}

func makeLine(page int, r *row, cs []Char, col Column, band int) Line {
	left, right := bounds(cs)
	size, bold, italic := style(cs)
	return Line{Page: page, Text: text(cs), Left: left, Right: right, Base: r.base,
		Size: size, FirstWord: firstWord(cs), Bold: bold, Italic: italic, Column: col, Band: band}
}

func splitAt(cs []Char, x float64) (left, right []Char) {
	for _, c := range cs {
		if (c.Left+c.Right)/2 < x {
			left = append(left, c)
		} else {
			right = append(right, c)
		}
	}
	return trimSpaces(left), trimSpaces(right)
}

func trimSpaces(cs []Char) []Char {
	for len(cs) > 0 && isSpace(cs[0].R) {
		cs = cs[1:]
	}
	for len(cs) > 0 && isSpace(cs[len(cs)-1].R) {
		cs = cs[:len(cs)-1]
	}
	return cs
}

// findBand looks for a two-column band among the rows from i down. It
// returns the band's first and last row, the x of its gutter, and whether
// one was found.
func findBand(rs []*row, i int) (start, end int, gutter float64, ok bool) {
	var union [][2]float64
	last := -1
	var lastGap [2]float64
	for j := i; j < len(rs); j++ {
		if len(rs[j].spans) == 0 {
			continue
		}
		union = merge(union, rs[j].spans)
		gaps := freeGaps(union, minGutter*rs[j].size)
		if len(gaps) == 0 {
			break
		}
		if g, found := bestGap(rs[i:j+1], gaps); found {
			last, lastGap = j, g
		}
	}
	if last < 0 {
		return 0, 0, 0, false
	}
	gutter = (lastGap[0] + lastGap[1]) / 2
	// The core is where both sides have text; rows before and after it
	// belong to the band only while they follow on without a blank line.
	firstL, lastL, firstR, lastR := -1, -1, -1, -1
	for k := i; k <= last; k++ {
		l, r := sides(rs[k], lastGap)
		if l {
			if firstL < 0 {
				firstL = k
			}
			lastL = k
		}
		if r {
			if firstR < 0 {
				firstR = k
			}
			lastR = k
		}
	}
	start, end = max(firstL, firstR), min(lastL, lastR)
	if firstL < 0 || firstR < 0 || start > end {
		return 0, 0, 0, false
	}
	for start > i && follows(rs[start-1], rs[start]) {
		start--
	}
	for end < last && follows(rs[end], rs[end+1]) {
		end++
	}
	return start, end, gutter, true
}

// follows tells whether row b follows row a without a blank line between.
func follows(a, b *row) bool {
	return a.base-b.base <= 1.9*math.Max(a.size, b.size)
}

// sides tells whether a row has text left and right of the gap.
func sides(r *row, gap [2]float64) (left, right bool) {
	for _, s := range r.spans {
		if s[1] <= gap[0] {
			left = true
		}
		if s[0] >= gap[1] {
			right = true
		}
	}
	return left, right
}

// bestGap picks, among the free gaps, one with text on both sides at the
// same height, preferring the gap the most rows straddle, then the widest.
// A row whose words stand about as far apart elsewhere as across the gap
// looks like a justified line rather than two columns; such rows must not
// outnumber the rows with a clear gutter (a "Số: ... ngày ... tháng ..."
// row with blanks left to fill in is one of them, and is still a column row).
// Each side must also be wider than a list label set off by a tab.
func bestGap(rs []*row, gaps [][2]float64) ([2]float64, bool) {
	best, bestScore, found := [2]float64{}, -1.0, false
	for _, g := range gaps {
		lTop, lBot, rTop, rBot := math.Inf(-1), math.Inf(1), math.Inf(-1), math.Inf(1)
		lMin, lMax, rMin, rMax := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
		clear, unclear := 0, 0
		var size float64
		for _, r := range rs {
			size = math.Max(size, r.size)
			l, rt := sides(r, g)
			for _, s := range r.spans {
				if s[1] <= g[0] {
					lMin, lMax = math.Min(lMin, s[0]), math.Max(lMax, s[1])
				} else if s[0] >= g[1] {
					rMin, rMax = math.Min(rMin, s[0]), math.Max(rMax, s[1])
				}
			}
			if l {
				lTop, lBot = math.Max(lTop, r.hi), math.Min(lBot, r.lo)
			}
			if rt {
				rTop, rBot = math.Max(rTop, r.hi), math.Min(rBot, r.lo)
			}
			if l && rt {
				if gutterIn(r, g) {
					clear++
				} else {
					unclear++
				}
			}
		}
		// Both sides must share some height: side by side, not one above.
		sideBySide := math.Min(lTop, rTop) > math.Max(lBot, rBot)
		if clear == 0 || unclear > clear || !sideBySide || lMax-lMin < minColumn*size || rMax-rMin < minColumn*size {
			continue
		}
		score := float64(clear+unclear)*1000 + (g[1] - g[0])
		if score > bestScore {
			best, bestScore, found = g, score, true
		}
	}
	return best, found
}

// gutterIn tells whether, in a row with words on both sides of the gap, the
// space across the gap is much wider than the row's other word spaces.
func gutterIn(r *row, g [2]float64) bool {
	var across float64
	var others []float64
	for k := 1; k < len(r.spans); k++ {
		d := r.spans[k][0] - r.spans[k-1][1]
		if r.spans[k-1][1] <= g[0] && r.spans[k][0] >= g[1] {
			across = d
		} else {
			others = append(others, d)
		}
	}
	if len(others) == 0 {
		return true
	}
	// The lower quartile is the plain word space even where blanks are
	// left for the number or the day ("ngày    tháng    năm").
	sort.Float64s(others)
	return across > 2.5*others[len(others)/4]
}

// merge adds spans to a sorted union of disjoint intervals.
func merge(union, spans [][2]float64) [][2]float64 {
	all := append(append([][2]float64(nil), union...), spans...)
	sort.Slice(all, func(i, j int) bool { return all[i][0] < all[j][0] })
	var out [][2]float64
	for _, s := range all {
		n := len(out)
		if n > 0 && s[0] <= out[n-1][1] {
			out[n-1][1] = math.Max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// freeGaps lists the holes of at least width inside the union.
func freeGaps(union [][2]float64, width float64) [][2]float64 {
	var gaps [][2]float64
	for k := 1; k < len(union); k++ {
		if union[k][0]-union[k-1][1] >= width {
			gaps = append(gaps, [2]float64{union[k-1][1], union[k][0]})
		}
	}
	return gaps
}
