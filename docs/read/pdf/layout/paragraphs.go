package layout

import (
	"math"
	"regexp"
	"sort"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/vn"
)

// Result is the text of a document in reading order.
type Result struct {
	Blocks  []model.Block
	Headers []model.Block // page numbers and running headers, one per page
	Footers []model.Block
}

// Build rebuilds paragraphs from the glyphs of every page.
func Build(pages []Page) Result {
	pageRows := make([][]*row, len(pages))
	for p, pg := range pages {
		pageRows[p] = rows(pg.Chars)
	}
	var res Result
	for p, m := range splitMargins(pages, pageRows) {
		if m.header != nil {
			res.Headers = append(res.Headers, marginBlock(pages[p].Number, m.header))
		}
		if m.footer != nil {
			res.Footers = append(res.Footers, marginBlock(pages[p].Number, m.footer))
		}
	}
	var lines []Line
	band := 0
	for p, rs := range pageRows {
		lines = append(lines, pageLines(pages[p].Number, rs, &band)...)
	}
	res.Blocks = paragraphs(lines, measure(lines))
	return res
}

func marginBlock(page int, r *row) model.Block {
	return model.Block{Kind: model.KindParagraph, Text: vn.NFC(strings.TrimSpace(text(r.chars))), Page: page}
}

// metrics is the body text frame the letter is set in.
type metrics struct {
	left, right float64 // the left margin and the right edge of justified lines
	pitch       float64 // the usual distance between baselines in a paragraph
}

// measure finds the body frame from the full-width lines: the most common
// left edge, the right edge most lines reach, and the most common distance
// between baselines.
func measure(lines []Line) metrics {
	lefts, pitches := map[int]int{}, map[int]int{}
	var rights []float64
	for i, l := range lines {
		if l.Column != FullWidth {
			continue
		}
		lefts[int(math.Round(l.Left))]++
		rights = append(rights, l.Right)
		if i > 0 {
			p := lines[i-1]
			d := p.Base - l.Base
			if p.Column == FullWidth && p.Page == l.Page && d > 0.9*l.Size && d < 2.6*l.Size {
				pitches[int(math.Round(d*2))]++
			}
		}
	}
	m := metrics{left: float64(mode(lefts)), pitch: float64(mode(pitches)) / 2}
	if len(rights) > 0 {
		// Justified lines share one right edge; in ragged text the longest
		// lines show where the margin is.
		sort.Float64s(rights)
		m.right = rights[len(rights)*9/10]
	}
	return m
}

// mode is the most frequent key, the smaller on a tie; 0 when empty.
func mode(h map[int]int) int {
	best, n := 0, 0
	for k, c := range h {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}

// label matches a list label opening a paragraph: "Điều 5.", "1.", "1.2.",
// "a)", "II.", "-", "+", "•".
var label = regexp.MustCompile(`^(Điều\s+\d+[a-zđ]?\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXL]{1,5}\.|[-–+•*])\s+\S`)

// splitLabel returns the label and the text after it.
func splitLabel(s string) (lab, rest string) {
	m := label.FindStringSubmatchIndex(s)
	if m == nil {
		return "", s
	}
	return s[m[2]:m[3]], strings.TrimSpace(s[m[3]:])
}

// labelLevel is the nesting a label implies: "1.2." is one below "1.".
func labelLevel(lab string) int {
	if lab == "" || lab[0] < '0' || lab[0] > '9' {
		return 0
	}
	return strings.Count(strings.TrimRight(lab, ".)"), ".")
}

// endsSentence tells whether a line ends a list item or a sentence.
func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";") ||
		strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "…")
}

var subject = regexp.MustCompile(`^(V/v|Về việc)\b`)

// para is a paragraph being built.
type para struct {
	lines []Line
}

// paragraphs merges lines into paragraphs. A paragraph starts at a first-
// line indent, after a line that stopped short, after a wider line gap, at
// a list label, at a change of size or weight, and at every line of a
// two-column band except a wrapped subject ("V/v ...") or list entry.
func paragraphs(lines []Line, m metrics) []model.Block {
	var paras []para
	for _, l := range lines {
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if len(paras) == 0 || startsParagraph(paras[len(paras)-1], l, m) {
			paras = append(paras, para{})
		}
		p := &paras[len(paras)-1]
		p.lines = append(p.lines, l)
	}
	blocks := make([]model.Block, 0, len(paras))
	for _, p := range paras {
		blocks = append(blocks, p.block(m))
	}
	return blocks
}

func startsParagraph(cur para, l Line, m metrics) bool {
	p := cur.lines[len(cur.lines)-1]
	first := cur.lines[0]
	size := math.Max(l.Size, p.Size)
	if p.Column != l.Column || p.Band != l.Band {
		return true
	}
	if math.Abs(l.Size-p.Size) > 1 || l.Bold != p.Bold {
		return true
	}
	if l.Column != FullWidth {
		// In a band, lines are headings of their own (issuing body, Quốc
		// hiệu, signer) except where the subject under the number or a
		// recipient in the list wraps.
		wraps := subject.MatchString(first.Text) || (hasLabel(first.Text) && !endsSentence(p.Text))
		return !wraps || p.Base-l.Base > 1.6*size || hasLabel(l.Text)
	}
	pitch := m.pitch
	if pitch <= 0 {
		pitch = 1.2 * size
	}
	if l.Page == p.Page {
		gap := p.Base - l.Base
		if gap < 0 || gap > pitch+0.4*size {
			return true
		}
	}
	indent := l.Left - m.left
	if centered(l, m) {
		// A centred title wraps under a wide line centred on the same
		// middle, which may span nearly the whole frame.
		sameMiddle := math.Abs((p.Left+p.Right)/2-(l.Left+l.Right)/2) < size
		wide := p.Right-p.Left > 0.6*(m.right-m.left)
		return !(sameMiddle && wide && !endsSentence(p.Text))
	}
	if p.Right+0.5*size+l.FirstWord < m.right-0.5*size {
		// This line's first word would have fitted on the line above, so
		// that line ended its paragraph.
		return true
	}
	if indent > 0.7*size && math.Abs(l.Left-p.Left) > 0.5*size {
		return true
	}
	if hasLabel(l.Text) && (endsSentence(p.Text) || indent > 0.7*size) {
		return true
	}
	return false
}

func hasLabel(s string) bool { return label.MatchString(s) }

// centered tells a line set in the middle of the body frame, away from
// both margins.
func centered(l Line, m metrics) bool {
	mid := (m.left + m.right) / 2
	return l.Left > m.left+2*l.Size && l.Right < m.right-2*l.Size &&
		math.Abs((l.Left+l.Right)/2-mid) < 1.5*l.Size
}

func (p para) block(m metrics) model.Block {
	var sb strings.Builder
	var chars, bold, italic int
	var sizeSum float64
	for _, l := range p.lines {
		t := strings.TrimSpace(l.Text)
		if sb.Len() > 0 && !joinsTight(sb.String()) {
			sb.WriteByte(' ')
		}
		sb.WriteString(t)
		n := len([]rune(t))
		chars += n
		sizeSum += l.Size * float64(n)
		if l.Bold {
			bold += n
		}
		if l.Italic {
			italic += n
		}
	}
	txt := vn.NFC(sb.String())
	lab, rest := splitLabel(txt)
	b := model.Block{Kind: model.KindParagraph, Text: rest, Label: lab, Level: labelLevel(lab), Page: p.lines[0].Page}
	if chars > 0 {
		b.Style.SizePt = math.Round(sizeSum/float64(chars)*2) / 2
		b.Style.Bold = 2*bold > chars
		b.Style.Italic = 2*italic > chars
	}
	if p.lines[0].Column == FullWidth {
		switch {
		case centered(p.lines[0], m):
			b.Style.Align = model.AlignCenter
		case len(p.lines) > 1 && p.lines[0].Right > m.right-p.lines[0].Size/2:
			b.Style.Align = model.AlignJustify
		}
	}
	return b
}

// joinsTight tells whether the next line follows without a space: after a
// hyphen inside a compound ("UBND-" + "KTTH"), not after a spaced dash.
func joinsTight(s string) bool {
	return strings.HasSuffix(s, "-") && !strings.HasSuffix(s, " -") && len(s) > 1
}
