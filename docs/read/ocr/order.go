package ocr

import (
	"sort"

	"vanthu/docs/read/pdf/layout"
)

// A gap between two words of one Tesseract line is filled with a space
// glyph when it is small for the page (below spaceAlways font sizes) or
// small for its line (below spaceLine times the line's median gap, and
// below spaceNever). Wider gaps stay open so that layout can find the
// gutter between the two columns of the letterhead (the issuing body left,
// the Quốc hiệu right), which Tesseract's --psm 6 reads as one line, while
// the stretched spaces of a justified line do not pass for a gutter.
const (
	spaceAlways = 0.5
	spaceLine   = 2.5
	spaceNever  = 1.5
)

// sizeOfHeight turns the median word box height into a font size: a word
// box spans from the top of the tallest letter or mark to the lowest, about
// three quarters of the font size in the type of official letters.
const sizeOfHeight = 1 / 0.75

// toLayout turns the words of one page into glyphs for the PDF layout
// package, which rebuilds lines, two-column bands and paragraphs the same
// way for a scan as for a PDF with text. Each word's letters share its box
// evenly; all words of a Tesseract line sit on one baseline (the median of
// their bottoms, so that descenders and dashes do not move it), and the
// page has one font size, since box heights vary with the marks, not the
// type.
func toLayout(p tsvPage, dpi int) layout.Page {
	if dpi <= 0 {
		dpi = 300
	}
	pt := 72 / float64(dpi)
	out := layout.Page{Number: p.Number, Width: float64(p.Width) * pt, Height: float64(p.Height) * pt}
	if len(p.Words) == 0 {
		return out
	}
	heights := make([]int, 0, len(p.Words))
	for _, w := range p.Words {
		heights = append(heights, w.Height)
	}
	sort.Ints(heights)
	size := float64(heights[len(heights)/2]) * pt * sizeOfHeight

	type lineKey struct{ b, p, l int }
	var order []lineKey
	lines := map[lineKey][]Word{}
	for _, w := range p.Words {
		k := lineKey{w.Block, w.Par, w.Line}
		if _, ok := lines[k]; !ok {
			order = append(order, k)
		}
		lines[k] = append(lines[k], w)
	}
	for _, k := range order {
		ws := lines[k]
		sort.SliceStable(ws, func(i, j int) bool { return ws[i].Left < ws[j].Left })
		bottoms := make([]int, len(ws))
		for i, w := range ws {
			bottoms[i] = w.Top + w.Height
		}
		sort.Ints(bottoms)
		base := float64(p.Height-bottoms[len(bottoms)/2]) * pt
		medGap := medianGap(ws) * pt
		for i, w := range ws {
			left, right := float64(w.Left)*pt, float64(w.Left+w.Width)*pt
			rs := []rune(w.Text)
			step := (right - left) / float64(len(rs))
			for j, r := range rs {
				l := left + float64(j)*step
				out.Chars = append(out.Chars, layout.Char{R: r, Left: l, Right: l + step,
					Bottom: base - 0.2*size, Top: base + 0.75*size, X: l, Y: base, Size: size})
			}
			if i+1 < len(ws) {
				next := float64(ws[i+1].Left) * pt
				if gap := next - right; gap >= 0 && (gap < spaceAlways*size || gap < spaceLine*medGap && gap < spaceNever*size) {
					out.Chars = append(out.Chars, layout.Char{R: ' ', Left: right, Right: next,
						Bottom: base - 0.2*size, Top: base + 0.75*size, X: right, Y: base, Size: size})
				}
			}
		}
	}
	return out
}

// medianGap is the median horizontal gap between the words of a line
// sorted left to right, in pixels; 0 for a line of one word.
func medianGap(ws []Word) float64 {
	var gaps []int
	for i := 1; i < len(ws); i++ {
		gaps = append(gaps, ws[i].Left-(ws[i-1].Left+ws[i-1].Width))
	}
	if len(gaps) == 0 {
		return 0
	}
	sort.Ints(gaps)
	return float64(gaps[len(gaps)/2])
}
