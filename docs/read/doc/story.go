package doc

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/vn"
)

// Special characters of the Word text stream ([MS-DOC] 2.4.6).
const (
	chPicture     = 0x01
	chNoteRef     = 0x02 // auto-numbered footnote/endnote reference
	chSeparator   = 0x03
	chContSep     = 0x04
	chAnnotation  = 0x05
	chDrawn       = 0x08 // drawn object anchor
	chLineBreak   = 0x0B
	chPageBreak   = 0x0C
	chParagraph   = 0x0D
	chColumnBreak = 0x0E
	chFieldBegin  = 0x13
	chFieldSep    = 0x14
	chFieldEnd    = 0x15
	chNBHyphen    = 0x1E
	chSoftHyphen  = 0x1F
	chCell        = 0x07 // cell end, and table row end
)

// seg is a stretch of paragraph text in one character format. Text from
// the document keeps Word's runes until the font is known; literal text
// (note marks, line breaks) is already final.
type seg struct {
	runes   []rune
	literal bool
	c       chp // direct and character-style formatting; font may be unset
}

// para is a paragraph before conversion: its segments, the character that
// ended it (\r or the cell mark) and its paragraph properties.
type para struct {
	segs []seg
	term rune
	pap  pap
}

// story collects the paragraphs of CPs [from, to): field instructions are
// dropped and their results kept, special characters handled, and in the
// main text note references turned into their "(mark)".
func (d *document) story(from, to int, noteMarks map[int]string) []para {
	to = min(to, len(d.text.runes))
	var out []para
	var cur para
	var fields []bool // open fields: true once past the separator
	visible := func() bool {
		for _, inResult := range fields {
			if !inResult {
				return false
			}
		}
		return true
	}
	addLiteral := func(s string) {
		cur.segs = append(cur.segs, seg{runes: []rune(s), literal: true})
	}
	for cp := max(from, 0); cp < to; cp++ {
		r := d.text.runes[cp]
		switch r {
		case chFieldBegin:
			fields = append(fields, false)
			continue
		case chFieldSep:
			if len(fields) > 0 {
				fields[len(fields)-1] = true
			}
			continue
		case chFieldEnd:
			if len(fields) > 0 {
				fields = fields[:len(fields)-1]
			}
			continue
		case chParagraph, chCell, chPageBreak, chColumnBreak:
			// Paragraph ends are honoured even inside a field
			// instruction, so a damaged field cannot swallow the rest.
			cur.term = r
			if r != chCell {
				cur.term = chParagraph
			}
			cur.pap, _ = d.papx.find(d.text.fcs[cp])
			out = append(out, cur)
			cur = para{}
			if r == chCell {
				fields = nil
			}
			continue
		}
		if !visible() {
			continue
		}
		switch {
		case r == chNoteRef:
			if m, ok := noteMarks[cp]; ok {
				addLiteral("(" + m + ")")
			}
		case r == chLineBreak:
			addLiteral("\n")
		case r == chNBHyphen:
			addLiteral("-")
		case r == '\t':
			addLiteral("\t")
		case r < 0x20: // pictures, drawn objects, separators, soft hyphens
		default:
			c := d.charFormat(cp)
			if c.hidden == 1 || c.del {
				continue
			}
			if c.symFtc >= 0 {
				addLiteral(symbolText(symbolTable(d.fontName(c.symFtc)), []rune{c.sym}))
				continue
			}
			if n := len(cur.segs); n > 0 && !cur.segs[n-1].literal && cur.segs[n-1].c == c {
				cur.segs[n-1].runes = append(cur.segs[n-1].runes, r)
			} else {
				cur.segs = append(cur.segs, seg{runes: []rune{r}, c: c})
			}
		}
	}
	if len(cur.segs) > 0 {
		cur.term = chParagraph
		out = append(out, cur)
	}
	return out
}

// charFormat is the formatting of the character at cp from the CHPX, the
// piece's own modifiers, and the character style; the paragraph style is
// layered on later, once the paragraph is known.
func (d *document) charFormat(cp int) chp {
	c, ok := d.chpx.find(d.text.fcs[cp])
	if !ok {
		c = unsetCHP()
	}
	if i := d.text.prm[cp]; i >= 0 && int(i) < len(d.prcs) {
		p := unsetCHP()
		p.apply(d.prcs[i], c)
		c = p.over(c)
	}
	if c.istd >= 0 && c.istd < len(d.styles) {
		c = c.over(d.styles[c.istd].chp)
	}
	c.istd = -1 // only the resolved values matter from here on
	return c
}

// paraStyle returns the paragraph style's formatting and built-in id.
func (d *document) paraStyle(p pap) (chp, int) {
	if p.istd >= 0 && p.istd < len(d.styles) && d.styles[p.istd].valid {
		return d.styles[p.istd].chp, d.styles[p.istd].sti
	}
	return unsetCHP(), 0
}

// runFont picks the font that draws a run's letters. Layers are tried from
// the most specific (the run's own formatting) to the paragraph style and
// then the document defaults; within a layer the "other" slot wins, since
// 8-bit legacy letters are drawn with it.
func (d *document) runFont(run, style chp) int {
	for _, c := range []chp{run, style, {ftc: d.defaultFont, ftcHi: d.defaultFontHi}} {
		if f := c.font(); f >= 0 {
			return f
		}
	}
	return -1
}

// fontName returns the name of font index ftc, "" when unknown.
func (d *document) fontName(ftc int) string {
	if ftc >= 0 && ftc < len(d.fonts) {
		return d.fonts[ftc]
	}
	return ""
}

// convert turns a raw paragraph into a model paragraph: every segment is
// decoded according to its font (TCVN3/VNI fonts, or the document-wide
// fallback guessed when no font says so), and styles are summarised.
func (d *document) convert(p para) model.Block {
	under, sti := d.paraStyle(p.pap)
	var sb strings.Builder
	bold, italic, hasText := true, true, false
	size := 0
	for _, s := range p.segs {
		if s.literal {
			sb.WriteString(string(s.runes))
			continue
		}
		c := s.c.over(under)
		sb.WriteString(d.decode(d.fontName(d.runFont(s.c, under)), s.runes))
		if strings.TrimSpace(string(s.runes)) == "" {
			continue
		}
		hasText = true
		bold = bold && c.bold == 1
		italic = italic && c.italic == 1
		if size == 0 {
			size = c.hps
		}
	}
	b := model.Block{Kind: model.KindParagraph, Text: cleanText(sb.String())}
	if b.Text != "" {
		b.Label, b.Level = d.listLabel(p.pap)
	}
	if hasText {
		b.Style.Bold, b.Style.Italic = bold, italic
		b.Style.SizePt = float64(size) / 2
	}
	if sti >= 1 && sti <= 9 {
		b.Style.Heading = sti
	}
	switch p.pap.jc {
	case 0:
		b.Style.Align = model.AlignLeft
	case 1:
		b.Style.Align = model.AlignCenter
	case 2:
		b.Style.Align = model.AlignRight
	case 3, 4, 5:
		b.Style.Align = model.AlignJustify
	}
	return b
}

// decode converts Word's runes for a run in font to Unicode.
func (d *document) decode(font string, runes []rune) string {
	if table := symbolTable(font); table != nil {
		return symbolText(table, runes)
	}
	if enc := legacy.FontEncoding(font); enc != legacy.None {
		d.legacyFonts[font] = true
		return legacy.DecodeRunesFont(font, string(runes))
	}
	if d.fallback != legacy.None {
		return legacy.DecodeRunes(d.fallback, string(runes))
	}
	return string(runes)
}

// cleanText normalises paragraph text: NFC, each line trimmed.
func cleanText(s string) string {
	// vn.NFC drops zero-width characters after composing; compose again
	// so a letter and its combining tone cannot stay apart.
	s = norm.NFC.String(vn.NFC(s))
	if !strings.Contains(s, "\n") {
		return strings.TrimSpace(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// blocks turns a story's paragraphs into blocks, grouping table
// paragraphs into tables. A cell ends at a cell mark; a row ends at the
// cell mark of a paragraph flagged as table row end (TTP) in its PAPX.
// Files whose PAPX carry no TTP flag fall back to the shape of the text:
// an empty cell-mark paragraph straight after another cell mark ends the
// row. A nested table (table depth itap ≥ 2, its cells ended by the inner
// cell flag and its rows by the inner TTP flag) is built as a table inside
// the cell that holds it.
func (d *document) blocks(ps []para) []model.Block {
	var out []model.Block
	var levels []*tableLevel // levels[0] is the outermost table
	// pop ends the innermost table, putting it in the cell that holds it.
	pop := func() {
		l := levels[len(levels)-1]
		levels = levels[:len(levels)-1]
		l.closeRow()
		switch {
		case len(l.tbl.Rows) == 0:
		case len(levels) == 0:
			out = append(out, l.tbl)
		default:
			parent := levels[len(levels)-1]
			parent.cell.Blocks = append(parent.cell.Blocks, l.tbl)
		}
	}
	prevCellMark := false
	for _, p := range ps {
		inTable := p.pap.inTable || p.term == chCell
		if !inTable {
			for len(levels) > 0 {
				pop()
			}
			if b := d.convert(p); b.Text != "" {
				out = append(out, b)
			}
			prevCellMark = false
			continue
		}
		depth := max(p.pap.itap, 1)
		for len(levels) > depth {
			pop()
		}
		for len(levels) < depth {
			levels = append(levels, &tableLevel{tbl: model.Block{Kind: model.KindTable}})
		}
		l := levels[depth-1]
		if depth > 1 {
			if p.pap.innerTtp {
				l.closeRow()
				continue
			}
			if b := d.convert(p); b.Text != "" {
				l.cell.Blocks = append(l.cell.Blocks, b)
			}
			if p.pap.innerCell {
				l.closeCell()
			}
			continue
		}
		if p.pap.innerTtp {
			continue
		}
		b := d.convert(p)
		rowEnd := p.term == chCell && (p.pap.ttp || !d.sawTTP && prevCellMark && b.Text == "")
		prevCellMark = p.term == chCell
		if rowEnd {
			l.closeRow()
			continue
		}
		if b.Text != "" {
			l.cell.Blocks = append(l.cell.Blocks, b)
		}
		if p.term == chCell {
			l.closeCell()
		}
	}
	for len(levels) > 0 {
		pop()
	}
	return out
}

// tableLevel is a table being built at one nesting depth.
type tableLevel struct {
	tbl  model.Block
	row  model.Row
	cell model.Cell
}

func (l *tableLevel) closeCell() {
	l.row.Cells = append(l.row.Cells, l.cell)
	l.cell = model.Cell{}
}

func (l *tableLevel) closeRow() {
	if len(l.cell.Blocks) > 0 {
		l.closeCell()
	}
	if len(l.row.Cells) > 0 {
		l.tbl.Rows = append(l.tbl.Rows, l.row)
	}
	l.row = model.Row{}
}

// listLabel numbers a paragraph that is in a Word list, its own PAPX
// taking precedence over its style.
func (d *document) listLabel(p pap) (string, int) {
	ilfo, ilvl := p.ilfo, p.ilvl
	if p.istd >= 0 && p.istd < len(d.styles) {
		sp := d.styles[p.istd].pap
		if ilfo < 0 {
			ilfo = sp.ilfo
		}
		if ilvl < 0 {
			ilvl = sp.ilvl
		}
	}
	ilvl = max(ilvl, 0)
	label := d.lists.label(ilfo, ilvl)
	if label == "" {
		return "", 0
	}
	return label, ilvl
}
