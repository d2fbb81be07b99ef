// Package layout rebuilds reading order from the glyph boxes PDFium reports:
// glyphs into lines by baseline, lines into columns where a letter sets two
// blocks side by side (the Decree 30 header, the signature block), and lines
// into paragraphs. It knows nothing of PDFium, so it is tested on plain data.
package layout

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Char is one glyph, in PDF points with y growing upwards.
type Char struct {
	R                        rune
	Left, Right, Bottom, Top float64 // the glyph's advance box
	X, Y                     float64 // its origin on the baseline
	Size                     float64 // font size in points
	Bold, Italic             bool
}

// Page is the glyphs of one page, in any order.
type Page struct {
	Number        int // 1-based
	Width, Height float64
	Chars         []Char
}

// row is the glyphs sharing a baseline, sorted left to right.
type row struct {
	chars  []Char
	base   float64 // baseline of its tallest glyph
	size   float64 // font size of its tallest glyph
	lo, hi float64 // vertical extent the row claims
	spans  [][2]float64
}

// extent is the vertical band a glyph of this size occupies around its
// baseline; glyph boxes themselves vary too much ("a" against "Ộ").
func extent(c Char) (lo, hi float64) {
	return c.Y - 0.2*c.Size, c.Y + 0.75*c.Size
}

// rows groups glyphs into rows: a glyph joins the row its vertical extent
// overlaps by at least half, so a raised footnote mark stays on its line.
func rows(chars []Char) []*row {
	cs := make([]Char, 0, len(chars))
	for _, c := range chars {
		if c.Size <= 0 {
			c.Size = math.Max(c.Top-c.Bottom, 1)
		}
		cs = append(cs, c)
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Y > cs[j].Y })
	var out []*row
	for _, c := range cs {
		lo, hi := extent(c)
		var best *row
		// Compare with the last few rows only: they are sorted by height.
		for k := len(out) - 1; k >= 0 && k >= len(out)-3; k-- {
			r := out[k]
			ov := math.Min(hi, r.hi) - math.Max(lo, r.lo)
			if ov >= 0.5*math.Min(hi-lo, r.hi-r.lo) {
				best = r
				break
			}
		}
		if best == nil {
			best = &row{base: c.Y, size: c.Size, lo: lo, hi: hi}
			out = append(out, best)
		} else if c.Size > best.size*1.2 && !isSpace(c.R) {
			// A bigger glyph defines the row better than a raised mark.
			best.base, best.size, best.lo, best.hi = c.Y, c.Size, lo, hi
		}
		best.chars = append(best.chars, c)
	}
	for _, r := range out {
		sortRow(r.chars)
		r.spans = inkSpans(r.chars)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].base > out[j].base })
	return out
}

// sortRow orders glyphs left to right. A combining mark is keyed on its
// centre so it follows the letter it sits on.
func sortRow(cs []Char) {
	key := func(c Char) float64 {
		if unicode.Is(unicode.Mn, c.R) {
			return (c.Left + c.Right) / 2
		}
		return c.Left
	}
	sort.SliceStable(cs, func(i, j int) bool { return key(cs[i]) < key(cs[j]) })
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == 0xa0 }

// wordGap is the gap between two glyph boxes, as a share of the font size,
// above which a word space is assumed when the PDF draws none.
const wordGap = 0.17

// inkSpans is the horizontal extent of the row's words: runs of glyphs
// closer than a word gap. Spaces the PDF draws count: a gutter between two
// table cells holds none, while a line spaced out by hand is one line.
func inkSpans(cs []Char) [][2]float64 {
	var spans [][2]float64
	for _, c := range cs {
		n := len(spans)
		if n > 0 && c.Left-spans[n-1][1] <= wordGap*c.Size {
			spans[n-1][1] = math.Max(spans[n-1][1], c.Right)
			continue
		}
		spans = append(spans, [2]float64{c.Left, c.Right})
	}
	return spans
}

// text joins glyphs sorted left to right, adding a space where the PDF has
// one or where the gap between two boxes is as wide as a word space.
func text(cs []Char) string {
	var sb strings.Builder
	lastRight := math.Inf(-1)
	pendingSpace := false
	for _, c := range cs {
		if isSpace(c.R) {
			pendingSpace = sb.Len() > 0
			continue
		}
		if sb.Len() > 0 && (pendingSpace || c.Left-lastRight > wordGap*c.Size) {
			sb.WriteByte(' ')
		}
		pendingSpace = false
		sb.WriteRune(c.R)
		if !unicode.Is(unicode.Mn, c.R) {
			lastRight = math.Max(lastRight, c.Right)
		}
	}
	return sb.String()
}

// bounds is the horizontal extent of the visible glyphs.
func bounds(cs []Char) (left, right float64) {
	left, right = math.Inf(1), math.Inf(-1)
	for _, c := range cs {
		if isSpace(c.R) {
			continue
		}
		left = math.Min(left, c.Left)
		right = math.Max(right, c.Right)
	}
	return left, right
}

// style is the majority style of the visible glyphs and their median size.
func style(cs []Char) (size float64, bold, italic bool) {
	var sizes []float64
	nb, ni := 0, 0
	for _, c := range cs {
		if isSpace(c.R) {
			continue
		}
		sizes = append(sizes, c.Size)
		if c.Bold {
			nb++
		}
		if c.Italic {
			ni++
		}
	}
	if len(sizes) == 0 {
		return 0, false, false
	}
	sort.Float64s(sizes)
	return sizes[len(sizes)/2], 2*nb > len(sizes), 2*ni > len(sizes)
}

// firstWord is the width of the leading word of a row of glyphs.
func firstWord(cs []Char) float64 {
	cs = trimSpaces(cs)
	if len(cs) == 0 {
		return 0
	}
	right := cs[0].Right
	for _, c := range cs[1:] {
		if isSpace(c.R) || c.Left-right > wordGap*c.Size {
			break
		}
		right = math.Max(right, c.Right)
	}
	return right - cs[0].Left
}
