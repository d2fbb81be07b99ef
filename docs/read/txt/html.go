package txt

import (
	"html"
	"regexp"
	"strings"

	"vanthu/docs/model"
)

// looksHTML reports whether text is an HTML page (Word's "Web page"
// output, often saved under a .doc name) rather than plain text.
func looksHTML(text string) bool {
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 2048)]))
	return strings.HasPrefix(head, "<html") || strings.HasPrefix(head, "<!doctype html") ||
		strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html")
}

var (
	tagRE = regexp.MustCompile(`(?s)<!--.*?-->|<(/?)([a-zA-Z][a-zA-Z0-9:]*)[^>]*>`)
	// skipped holds the elements whose content is never text.
	skipped = map[string]bool{"head": true, "style": true, "script": true, "title": true, "xml": true}
	// breaking tags end the paragraph being collected.
	breaking = map[string]bool{
		"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
		"h4": true, "h5": true, "h6": true, "blockquote": true, "pre": true, "hr": true,
		"ul": true, "ol": true, "dt": true, "dd": true,
	}
)

// htmlBuilder collects the paragraphs and tables of an HTML page.
type htmlBuilder struct {
	out     []model.Block
	text    strings.Builder
	heading int
	tables  []*model.Block // open tables, innermost last
	inCell  bool
}

// htmlBlocks reduces an HTML page to blocks: paragraphs from block
// elements, tables from table/tr/td (a table inside a cell is flattened
// into that cell's paragraphs), headings from h1–h6.
func htmlBlocks(page string) []model.Block {
	b := &htmlBuilder{}
	skip := 0
	pos := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(page, -1) {
		if skip == 0 {
			b.text.WriteString(page[pos:m[0]])
		}
		pos = m[1]
		if m[4] < 0 { // comment
			continue
		}
		closing := m[3] > m[2]
		name := strings.ToLower(page[m[4]:m[5]])
		if skipped[name] {
			if closing {
				skip = max(skip-1, 0)
			} else if !strings.HasSuffix(page[m[0]:m[1]], "/>") {
				skip++
			}
			continue
		}
		if skip > 0 {
			continue
		}
		b.tag(name, closing)
	}
	if skip == 0 {
		b.text.WriteString(page[pos:])
	}
	b.endParagraph()
	for len(b.tables) > 0 {
		b.closeTable()
	}
	return b.out
}

func (b *htmlBuilder) tag(name string, closing bool) {
	switch {
	case name == "table" && !closing:
		b.endParagraph()
		b.tables = append(b.tables, &model.Block{Kind: model.KindTable})
	case name == "table":
		b.endParagraph()
		if len(b.tables) > 0 {
			b.closeTable()
		}
	case name == "tr" && !closing && len(b.tables) > 0:
		b.endParagraph()
		t := b.tables[len(b.tables)-1]
		t.Rows = append(t.Rows, model.Row{})
	case (name == "td" || name == "th") && len(b.tables) > 0:
		b.endParagraph()
		b.inCell = !closing
		if !closing {
			t := b.tables[len(b.tables)-1]
			if len(t.Rows) == 0 {
				t.Rows = append(t.Rows, model.Row{})
			}
			r := &t.Rows[len(t.Rows)-1]
			r.Cells = append(r.Cells, model.Cell{})
		}
	case len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6':
		b.endParagraph()
		b.heading = 0
		if !closing {
			b.heading = int(name[1] - '0')
		}
	case breaking[name]:
		b.endParagraph()
	}
}

// endParagraph turns the text collected so far into a paragraph, placed in
// the open table cell if there is one.
func (b *htmlBuilder) endParagraph() {
	t := collapseSpaces(html.UnescapeString(b.text.String()))
	b.text.Reset()
	if t == "" {
		return
	}
	label, rest, level := SplitLabel(t)
	p := model.Block{Kind: model.KindParagraph, Text: rest, Label: label, Level: level,
		Style: model.Style{Heading: b.heading}}
	if n := len(b.tables); n > 0 {
		tb := b.tables[n-1]
		if len(tb.Rows) == 0 {
			tb.Rows = append(tb.Rows, model.Row{})
		}
		r := &tb.Rows[len(tb.Rows)-1]
		if len(r.Cells) == 0 {
			r.Cells = append(r.Cells, model.Cell{})
		}
		c := &r.Cells[len(r.Cells)-1]
		c.Blocks = append(c.Blocks, p)
		return
	}
	b.out = append(b.out, p)
}

// closeTable ends the innermost table: a nested table's paragraphs join
// the enclosing cell, a top-level one becomes a block.
func (b *htmlBuilder) closeTable() {
	n := len(b.tables)
	t := b.tables[n-1]
	b.tables = b.tables[:n-1]
	if len(t.Rows) == 0 {
		return
	}
	if n == 1 {
		b.out = append(b.out, *t)
		return
	}
	outer := b.tables[n-2]
	if len(outer.Rows) == 0 {
		outer.Rows = append(outer.Rows, model.Row{})
	}
	r := &outer.Rows[len(outer.Rows)-1]
	if len(r.Cells) == 0 {
		r.Cells = append(r.Cells, model.Cell{})
	}
	c := &r.Cells[len(r.Cells)-1]
	for _, row := range t.Rows {
		for _, cell := range row.Cells {
			c.Blocks = append(c.Blocks, cell.Blocks...)
		}
	}
}
