package odt

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/ziputil"
	"vanthu/docs/vn"
)

// body reads the text content of one part (content.xml, or the master pages
// of styles.xml) into blocks.
type body struct {
	part      *ziputil.Part
	styles    *styleSheet
	lists     []*openList              // open text:list elements, outermost first
	byID      map[string]*listCounters // lists by xml:id, for text:continue-list
	last      *listCounters            // the last top-level list, for text:continue-numbering
	notes     []model.Note
	converted map[string]int // legacy font → paragraphs converted
	kept      *int           // paragraphs kept in the whole document, see maxParagraphs
	depth     int
}

// maxParagraphs bounds the paragraphs kept from one document, so that a
// hostile file of millions of tiny paragraphs cannot exhaust memory. A
// 400-page law has about 5,000.
const maxParagraphs = 200000

// paragraph collects one text:p or text:h.
type paragraph struct {
	text      strings.Builder
	space     bool // the last character written was collapsible white space
	boxes     []model.Block
	chars     int
	bold      int
	italic    int
	sizes     map[float64]int
	fonts     map[string]bool
	spanStyle []string // open text:span styles
	style     string   // paragraph style name
}

// blocks reads block content up to the end of the element whose start was
// just read.
func (b *body) blocks() ([]model.Block, error) {
	var out []model.Block
	for {
		tok, err := b.part.Token()
		if err != nil {
			return out, b.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return out, nil
		case xml.StartElement:
			if out, err = b.block(t, out); err != nil {
				return out, err
			}
		}
	}
}

func (b *body) block(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	if b.depth > ziputil.MaxDepth {
		return out, b.part.SkipDeep()
	}
	b.depth++
	defer func() { b.depth-- }()
	switch se.Name.Local {
	case "p", "h":
		return b.paragraph(se, out)
	case "list":
		return b.list(se, out)
	case "list-item", "list-header":
		if n := len(b.lists); n > 0 {
			l := b.lists[n-1]
			l.header = se.Name.Local == "list-header"
			l.itemPending = !l.header
			l.itemStart, _ = strconv.Atoi(attrOr(se, "start-value", "0"))
		}
		bs, err := b.blocks()
		return append(out, bs...), err
	case "table":
		t, err := b.table()
		if err != nil {
			return out, err
		}
		return append(out, t), nil
	case "tracked-changes", "sequence-decls", "variable-decls", "user-field-decls", "forms",
		"table-of-content-source", "soft-page-break", "table-column", "table-columns",
		"covered-table-cell", "annotation", "title", "desc", "automatic-styles", "font-face-decls", "scripts":
		// deleted text lives in text:tracked-changes; the rest is layout
		return out, b.part.Skip()
	}
	// text:section, office:text, draw:frame, draw:text-box, table headers...
	bs, err := b.blocks()
	return append(out, bs...), err
}

// list reads a text:list. A top-level list starts new counters unless it
// continues an earlier list (text:continue-list) or the previous one
// (text:continue-numbering).
func (b *body) list(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	style, _ := ziputil.Attr(se, "style-name")
	l := &openList{style: style}
	if n := len(b.lists); n > 0 {
		parent := b.lists[n-1]
		l.counters, l.level = parent.counters, min(parent.level+1, maxLevels-1)
		if l.style == "" {
			l.style = parent.style
		}
	} else {
		cont, _ := ziputil.Attr(se, "continue-list")
		switch {
		case cont != "" && b.byID[cont] != nil:
			l.counters = b.byID[cont]
		case attrOr(se, "continue-numbering", "") == "true" && b.last != nil:
			l.counters = b.last
		default:
			l.counters = &listCounters{}
		}
		b.last = l.counters
	}
	if id, ok := ziputil.Attr(se, "id"); ok {
		b.byID[id] = l.counters
	}
	b.lists = append(b.lists, l)
	bs, err := b.blocks()
	b.lists = b.lists[:len(b.lists)-1]
	return append(out, bs...), err
}

// paragraph reads a text:p or text:h and appends it, then any text boxes
// anchored in it.
func (b *body) paragraph(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	p := &paragraph{sizes: map[float64]int{}, fonts: map[string]bool{}, space: true}
	p.style, _ = ziputil.Attr(se, "style-name")
	if err := b.inline(p); err != nil {
		return out, err
	}
	st := b.styles.resolved("paragraph", p.style)
	blk := model.Block{Kind: model.KindParagraph, Text: strings.TrimSpace(vn.NFC(p.text.String()))}
	if n := len(b.lists); n > 0 {
		l := b.lists[n-1]
		if l.style == "" {
			l.style = st.listStyle
		}
		if l.itemPending {
			l.itemPending = false
			blk.Label = b.styles.advance(l)
			blk.Level = l.level
		}
	}
	blk.Style = model.Style{
		Bold:   p.chars > 0 && p.bold == p.chars,
		Italic: p.chars > 0 && p.italic == p.chars,
		Align:  st.align,
		SizePt: p.commonSize(),
	}
	if se.Name.Local == "h" {
		blk.Style.Heading = 1
		if n, err := strconv.Atoi(attrOr(se, "outline-level", "")); err == nil && n >= 1 && n <= 9 {
			blk.Style.Heading = n
		} else if st.outline >= 1 && st.outline <= 9 {
			blk.Style.Heading = st.outline
		}
	}
	if blk.Text != "" || blk.Label != "" {
		if *b.kept++; *b.kept > maxParagraphs {
			return out, nil
		}
		out = append(out, blk)
		for f := range p.fonts {
			b.converted[f]++
		}
	}
	return append(out, p.boxes...), nil
}

func (p *paragraph) commonSize() float64 {
	best, bestN := 0.0, 0
	for sz, n := range p.sizes {
		if n > bestN || n == bestN && sz < best {
			best, bestN = sz, n
		}
	}
	return best
}

// inline reads paragraph content up to the end of the element whose start
// was just read.
func (b *body) inline(p *paragraph) error {
	for {
		tok, err := b.part.Token()
		if err != nil {
			return b.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.CharData:
			b.write(p, string(t), true)
		case xml.StartElement:
			if err := b.inlineElement(p, t); err != nil {
				return err
			}
		}
	}
}

func (b *body) inlineElement(p *paragraph, se xml.StartElement) error {
	if b.depth > ziputil.MaxDepth {
		return b.part.SkipDeep()
	}
	b.depth++
	defer func() { b.depth-- }()
	switch se.Name.Local {
	case "s":
		n, err := strconv.Atoi(attrOr(se, "c", "1"))
		if err != nil || n < 1 {
			n = 1
		}
		b.write(p, strings.Repeat(" ", min(n, 1000)), false)
	case "tab":
		b.write(p, "\t", false)
	case "line-break":
		b.write(p, "\n", false)
	case "span":
		name, _ := ziputil.Attr(se, "style-name")
		p.spanStyle = append(p.spanStyle, name)
		err := b.inline(p)
		p.spanStyle = p.spanStyle[:len(p.spanStyle)-1]
		return err
	case "note":
		return b.note(p, se)
	case "text-box":
		saved := b.lists // a text box is not part of the list around it
		b.lists = nil
		bs, err := b.blocks()
		b.lists = saved
		p.boxes = append(p.boxes, bs...)
		return err
	case "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
		"reference-mark-end", "change", "change-start", "change-end", "annotation", "annotation-end", "number",
		"title", "desc", "image", "ruby-text", "toc-mark", "alphabetical-index-mark", "user-index-mark":
		// layout, marks, alt text and cached numbers are not text of the letter
	default:
		// text:a, text:ruby, fields (their content is the shown value),
		// draw:frame, draw:a...
		return b.inline(p)
	}
	return b.part.Skip()
}

// write adds text; collapsible text follows ODF's rule that runs of white
// space in the XML count as one space.
func (b *body) write(p *paragraph, s string, collapsible bool) {
	if collapsible {
		var sb strings.Builder
		for _, r := range s {
			if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
				if !p.space {
					sb.WriteByte(' ')
					p.space = true
				}
				continue
			}
			sb.WriteRune(r)
			p.space = false
		}
		s = sb.String()
	} else {
		p.space = false
	}
	if s == "" {
		return
	}
	st := b.runStyle(p)
	if enc := legacy.FontEncoding(st.font); enc != legacy.None {
		s = legacy.DecodeRunes(enc, s)
		if legacy.FontIsCapitals(st.font) {
			s = strings.ToUpper(s)
		}
		p.fonts[st.font] = true
	}
	p.text.WriteString(s)
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n++
		}
	}
	p.chars += n
	if st.bold == on {
		p.bold += n
	}
	if st.italic == on {
		p.italic += n
	}
	if st.sizePt > 0 {
		p.sizes[st.sizePt] += n
	}
}

// runStyle resolves the character properties in force: the paragraph
// style, then each enclosing span.
func (b *body) runStyle(p *paragraph) style {
	r := b.styles.resolved("paragraph", p.style)
	for _, name := range p.spanStyle {
		s := b.styles.resolved("text", name)
		if s.bold != unset {
			r.bold = s.bold
		}
		if s.italic != unset {
			r.italic = s.italic
		}
		if s.sizePt != 0 {
			r.sizePt = s.sizePt
		}
		if s.font != "" {
			r.font = s.font
		}
	}
	return r
}

// note reads a text:note: its citation stays in the body as "(mark)", or
// as written when the author chose the mark (text:label); its body becomes
// a model.Note.
func (b *body) note(p *paragraph, se xml.StartElement) error {
	kind := model.Footnote
	if class, _ := ziputil.Attr(se, "note-class"); class == "endnote" {
		kind = model.Endnote
	}
	var mark string
	var custom bool
	var blocks []model.Block
	// a note's paragraphs are not items of the list around the citation
	saved := b.lists
	b.lists = nil
	defer func() { b.lists = saved }()
	for {
		tok, err := b.part.Token()
		if err != nil {
			return b.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if mark == "" {
				mark = strconv.Itoa(len(b.notes) + 1)
			}
			if custom {
				b.write(p, mark, false)
			} else {
				b.write(p, "("+mark+")", false)
			}
			b.notes = append(b.notes, model.Note{Kind: kind, Mark: mark, Blocks: blocks})
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "note-citation":
				label, hasLabel := ziputil.Attr(t, "label")
				text, err := b.part.Text()
				if err != nil {
					return err
				}
				mark, custom = strings.TrimSpace(vn.NFC(text)), hasLabel
				if mark == "" {
					mark = strings.TrimSpace(vn.NFC(label))
				}
			case "note-body":
				bs, err := b.blocks()
				if err != nil {
					return err
				}
				blocks = append(blocks, bs...)
			default:
				if err := b.part.Skip(); err != nil {
					return err
				}
			}
		}
	}
}

// table reads a table:table. Covered cells (the parts of merged cells) are
// skipped; spans come from number-columns/rows-spanned.
func (b *body) table() (model.Block, error) {
	t := model.Block{Kind: model.KindTable}
	err := b.tableContent(&t)
	return t, err
}

func (b *body) tableContent(t *model.Block) error {
	for {
		tok, err := b.part.Token()
		if err != nil {
			return b.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			var err error
			switch e.Name.Local {
			case "table-row":
				t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{}})
				err = b.tableContent(t)
			case "table-cell":
				err = b.cell(t, e)
			case "covered-table-cell", "table-column", "table-columns", "table-column-group", "title", "desc",
				"table-source", "scenario", "shapes", "named-expressions":
				err = b.part.Skip()
			default:
				// table-header-rows, table-rows, table-row-group
				if b.depth > ziputil.MaxDepth {
					err = b.part.SkipDeep()
					break
				}
				b.depth++
				err = b.tableContent(t)
				b.depth--
			}
			if err != nil {
				return err
			}
		}
	}
}

func (b *body) cell(t *model.Block, se xml.StartElement) error {
	if len(t.Rows) == 0 {
		t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{}})
	}
	saved := b.lists // a cell starts outside any list
	b.lists = nil
	bs, err := b.blocks()
	b.lists = saved
	if err != nil {
		return err
	}
	if bs == nil {
		bs = []model.Block{}
	}
	c := model.Cell{Blocks: bs}
	if n, err := strconv.Atoi(attrOr(se, "number-columns-spanned", "1")); err == nil && n > 1 {
		c.ColSpan = n
	}
	if n, err := strconv.Atoi(attrOr(se, "number-rows-spanned", "1")); err == nil && n > 1 {
		c.RowSpan = n
	}
	row := &t.Rows[len(t.Rows)-1]
	row.Cells = append(row.Cells, c)
	return nil
}
