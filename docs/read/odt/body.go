package odt

import (
	"encoding/xml"
	"strconv"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/ziputil"
	"vanthu/docs/vn"
)

// body reads the text content of one part (content.xml, or the master pages
// of styles.xml) into blocks.
type body struct {
	blocks.Walker
	styles *styleSheet
	lists  []*openList              // open text:list elements, outermost first
	byID   map[string]*listCounters // lists by xml:id, for text:continue-list
	last   *listCounters            // the last top-level list, for text:continue-numbering
	notes  []model.Note
	tally  *blocks.Tally // shared by the parts of the document
}

func newBody(part *ziputil.Part, styles *styleSheet, tally *blocks.Tally) *body {
	b := &body{styles: styles, byID: map[string]*listCounters{}, tally: tally}
	b.Walker = blocks.Walker{Part: part, Block: b.block}
	return b
}

// paragraph collects one text:p or text:h.
type paragraph struct {
	blocks.Paragraph
	space     bool     // the last character written was collapsible white space
	spanStyle []string // open text:span styles
	style     string   // paragraph style name
}

func (b *body) block(se xml.StartElement, out []model.Block) ([]model.Block, error) {
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
		bs, err := b.Blocks()
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
		return out, b.Part.Skip()
	}
	// text:section, office:text, draw:frame, draw:text-box, table headers...
	bs, err := b.Blocks()
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
	bs, err := b.Blocks()
	b.lists = b.lists[:len(b.lists)-1]
	return append(out, bs...), err
}

// paragraph reads a text:p or text:h and appends it, then any text boxes
// anchored in it.
func (b *body) paragraph(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	p := &paragraph{space: true}
	p.style, _ = ziputil.Attr(se, "style-name")
	if err := b.inline(p); err != nil {
		return out, err
	}
	st := b.styles.resolved("paragraph", p.style)
	blk := p.Block()
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
	blk.Style.Align = st.align
	if se.Name.Local == "h" {
		blk.Style.Heading = 1
		if n, err := strconv.Atoi(attrOr(se, "outline-level", "")); err == nil && n >= 1 && n <= 9 {
			blk.Style.Heading = n
		} else if st.outline >= 1 && st.outline <= 9 {
			blk.Style.Heading = st.outline
		}
	}
	return b.tally.Append(out, &p.Paragraph, blk), nil
}

// inline reads paragraph content up to the end of the element whose start
// was just read.
func (b *body) inline(p *paragraph) error {
	return b.Content(func(se xml.StartElement) error {
		return b.Deeper(func() error { return b.inlineElement(p, se) })
	}, func(text xml.CharData) {
		b.write(p, string(text), true)
	})
}

func (b *body) inlineElement(p *paragraph, se xml.StartElement) error {
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
		bs, err := b.Blocks()
		b.lists = saved
		p.Boxes = append(p.Boxes, bs...)
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
	return b.Part.Skip()
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
	p.Add(s, blocks.Run{Font: st.font, Bold: st.bold == blocks.On, Italic: st.italic == blocks.On, SizePt: st.sizePt})
}

// runStyle resolves the character properties in force: the paragraph
// style, then each enclosing span.
func (b *body) runStyle(p *paragraph) style {
	r := b.styles.resolved("paragraph", p.style)
	for _, name := range p.spanStyle {
		s := b.styles.resolved("text", name)
		r.bold = blocks.Over(r.bold, s.bold)
		r.italic = blocks.Over(r.italic, s.italic)
		r.sizePt = blocks.Over(r.sizePt, s.sizePt)
		r.font = blocks.Over(r.font, s.font)
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
	var content []model.Block
	// a note's paragraphs are not items of the list around the citation
	saved := b.lists
	b.lists = nil
	defer func() { b.lists = saved }()
	err := b.Children(func(t xml.StartElement) error {
		switch t.Name.Local {
		case "note-citation":
			label, hasLabel := ziputil.Attr(t, "label")
			text, err := b.Part.Text()
			if err != nil {
				return err
			}
			mark, custom = strings.TrimSpace(vn.NFC(text)), hasLabel
			if mark == "" {
				mark = strings.TrimSpace(vn.NFC(label))
			}
			return nil
		case "note-body":
			bs, err := b.Blocks()
			content = append(content, bs...)
			return err
		}
		return b.Part.Skip()
	})
	if err != nil {
		return err
	}
	if mark == "" {
		mark = strconv.Itoa(len(b.notes) + 1)
	}
	if custom {
		b.write(p, mark, false)
	} else {
		b.write(p, "("+mark+")", false)
	}
	b.notes = append(b.notes, model.Note{Kind: kind, Mark: mark, Blocks: content})
	return nil
}

// table reads a table:table. Covered cells (the parts of merged cells) are
// skipped; spans come from number-columns/rows-spanned.
func (b *body) table() (model.Block, error) {
	var t blocks.Table
	err := b.tableContent(&t)
	return t.Block(), err
}

func (b *body) tableContent(t *blocks.Table) error {
	return b.Children(func(e xml.StartElement) error {
		switch e.Name.Local {
		case "table-row":
			// under the depth limit too: rows nested in rows a million deep
			// (a 100 KB file) would overflow the stack
			t.AddRow()
			return b.Deeper(func() error { return b.tableContent(t) })
		case "table-cell":
			return b.cell(t, e)
		case "covered-table-cell", "table-column", "table-columns", "table-column-group", "title", "desc",
			"table-source", "scenario", "shapes", "named-expressions":
			return b.Part.Skip()
		}
		// table-header-rows, table-rows, table-row-group
		return b.Deeper(func() error { return b.tableContent(t) })
	})
}

func (b *body) cell(t *blocks.Table, se xml.StartElement) error {
	saved := b.lists // a cell starts outside any list
	b.lists = nil
	bs, err := b.Blocks()
	b.lists = saved
	if err != nil {
		return err
	}
	cols, _ := strconv.Atoi(attrOr(se, "number-columns-spanned", "1"))
	rows, _ := strconv.Atoi(attrOr(se, "number-rows-spanned", "1"))
	t.AddCell(bs, cols, rows)
	return nil
}
