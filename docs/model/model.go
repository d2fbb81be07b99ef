// Package model is the structured text every reader returns and every later
// stage (extraction, indexing, drafting) consumes. It has no dependencies so
// that readers, extractors and the UI can share it freely.
package model

import "strings"

// Align is a paragraph's horizontal alignment, where the format records one.
type Align string

const (
	AlignNone    Align = ""
	AlignLeft    Align = "left"
	AlignCenter  Align = "center"
	AlignRight   Align = "right"
	AlignJustify Align = "justify"
)

// Style holds the hints a format gives about a paragraph. Zero means unknown.
type Style struct {
	Bold    bool    `json:"bold,omitempty"`
	Italic  bool    `json:"italic,omitempty"`
	Align   Align   `json:"align,omitempty"`
	SizePt  float64 `json:"size_pt,omitempty"`
	Heading int     `json:"heading,omitempty"` // outline level 1..9, 0 for body text
}

// BlockKind tells a paragraph from a table.
type BlockKind string

const (
	KindParagraph BlockKind = "paragraph"
	KindTable     BlockKind = "table"
)

// Block is one paragraph or one table, in reading order.
type Block struct {
	Kind  BlockKind `json:"kind"`
	Text  string    `json:"text,omitempty"`  // paragraph text, NFC, without the list label
	Label string    `json:"label,omitempty"` // computed list label: "1.", "a)", "-", "Điều 3."
	Level int       `json:"level,omitempty"` // list nesting level, 0 based
	Style Style     `json:"style,omitempty"`
	Page  int       `json:"page,omitempty"` // 1-based page where known, 0 otherwise
	Rows  []Row     `json:"rows,omitempty"` // table rows (Kind == KindTable)
}

// Row is one table row.
type Row struct {
	Cells []Cell `json:"cells"`
}

// Cell is one table cell; a merged cell has a span above 1 and the cells it
// covers are not repeated.
type Cell struct {
	Blocks  []Block `json:"blocks"`
	ColSpan int     `json:"col_span,omitempty"`
	RowSpan int     `json:"row_span,omitempty"`
}

// CellTexts returns the text of each cell of the row, its paragraphs
// (with their labels) joined by spaces. A table nested in a cell gives its
// cells' text in reading order, joined by spaces too (for display; the
// plain text writes nested tables as rows of their own, see PlainText).
func (r Row) CellTexts() []string { return r.cellTexts(true) }

func (r Row) cellTexts(nested bool) []string {
	cells := make([]string, 0, len(r.Cells))
	for _, c := range r.Cells {
		cells = append(cells, strings.Join(blockTexts(nil, c.Blocks, nested), " "))
	}
	return cells
}

// blockTexts appends the non-empty texts of bs, descending into tables
// when nested.
func blockTexts(parts []string, bs []Block, nested bool) []string {
	for _, cb := range bs {
		if cb.Kind == KindTable {
			if !nested {
				continue
			}
			for _, r := range cb.Rows {
				for _, c := range r.Cells {
					parts = blockTexts(parts, c.Blocks, nested)
				}
			}
			continue
		}
		t := strings.TrimSpace(cb.Text)
		if cb.Label != "" {
			t = cb.Label + " " + t
		}
		if t != "" {
			parts = append(parts, t)
		}
	}
	return parts
}

// NoteKind tells footnotes from endnotes.
type NoteKind string

const (
	Footnote NoteKind = "footnote"
	Endnote  NoteKind = "endnote"
)

// Note is a footnote or endnote. Its Mark also stands in the body text where
// the note is referenced, written as "(Mark)" unless the format prints it
// otherwise, so the body keeps the link.
type Note struct {
	Kind   NoteKind `json:"kind"`
	Mark   string   `json:"mark"`
	Blocks []Block  `json:"blocks"`
}

// Info says what the reader did.
type Info struct {
	Format      string   `json:"format"`             // docx, doc, odt, pdf, txt
	Encoding    string   `json:"encoding,omitempty"` // for txt: utf-8, utf-16le, windows-1258, tcvn3, vni
	Conversions []string `json:"conversions,omitempty"`
	Warnings    []string `json:"warnings,omitempty"` // in Vietnamese, for the clerk
	Pages       int      `json:"pages,omitempty"`
	Scanned     bool     `json:"scanned,omitempty"` // a PDF with no text layer, or an image
	OCR         *OCRInfo `json:"ocr,omitempty"`     // set when the text comes from character recognition
}

// OCRInfo says how a scan's text was recognised, so the clerk knows what to
// check against the paper.
type OCRInfo struct {
	Engine        string    `json:"engine"` // "tesseract 5.3.0"
	Lang          string    `json:"lang"`
	Pages         int       `json:"pages"`                    // pages recognised
	Confidence    float64   `json:"confidence"`               // mean word confidence, 0–100
	Corrected     int       `json:"corrected,omitempty"`      // words the post-correction changed
	LowConfidence []OCRWord `json:"low_confidence,omitempty"` // words to check
}

// OCRWord is one recognised word with its box (left, top, width, height)
// in pixels of the page image.
type OCRWord struct {
	Text string  `json:"text"`
	Page int     `json:"page"`
	Conf float64 `json:"conf"`
	Box  [4]int  `json:"box"`
}

// Document is the structured text of one file.
type Document struct {
	Blocks  []Block `json:"blocks"`
	Notes   []Note  `json:"notes,omitempty"`
	Headers []Block `json:"headers,omitempty"`
	Footers []Block `json:"footers,omitempty"`
	Info    Info    `json:"info"`
}

// Paragraphs returns every paragraph in reading order as label+text, with
// table cells flattened row by row. It is what "same paragraphs in every
// format" is compared on.
func (d *Document) Paragraphs() []string {
	var out []string
	var walk func(bs []Block)
	walk = func(bs []Block) {
		for _, b := range bs {
			if b.Kind == KindTable {
				for _, r := range b.Rows {
					for _, c := range r.Cells {
						walk(c.Blocks)
					}
				}
				continue
			}
			t := b.Text
			if b.Label != "" {
				t = b.Label + " " + t
			}
			if strings.TrimSpace(t) != "" {
				out = append(out, strings.TrimSpace(t))
			}
		}
	}
	walk(d.Blocks)
	return out
}

// PlainText renders the document as the plain text extraction works on:
// one paragraph a line, list labels in front, table rows as cells joined by
// " | ", and the notes after the body as "(mark) text" lines, the way they
// appear when a letter is copied out of a PDF.
func (d *Document) PlainText() string {
	var sb strings.Builder
	writeBlocks(&sb, d.Blocks)
	for _, n := range d.Notes {
		sb.WriteString("(" + n.Mark + ") ")
		first := true
		for _, b := range n.Blocks {
			if !first {
				sb.WriteString(" ")
			}
			first = false
			sb.WriteString(strings.TrimSpace(b.Text))
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func writeBlocks(sb *strings.Builder, bs []Block) {
	for _, b := range bs {
		if b.Kind == KindTable {
			for _, r := range b.Rows {
				writeRow(sb, r)
			}
			continue
		}
		if b.Label != "" {
			sb.WriteString(b.Label)
			sb.WriteString(" ")
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n")
	}
}

// writeRow writes a row as its cells joined by " | ", then each table
// nested in its cells as rows of their own, so a task table kept inside a
// layout table still reads as a table ("TT | Nội dung | Đơn vị | Thời hạn").
// A row that only holds nested tables gives no line of its own.
func writeRow(sb *strings.Builder, r Row) {
	var nested []Block
	for _, c := range r.Cells {
		for _, b := range c.Blocks {
			if b.Kind == KindTable {
				nested = append(nested, b)
			}
		}
	}
	cells := r.cellTexts(false)
	if len(nested) == 0 || strings.TrimSpace(strings.Join(cells, "")) != "" {
		sb.WriteString(strings.Join(cells, " | "))
		sb.WriteString("\n")
	}
	writeBlocks(sb, nested)
}
