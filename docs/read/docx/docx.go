// Package docx reads Word .docx (and .docm, .dotx) files into structured
// text with archive/zip and encoding/xml only. It reads the text Word shows:
// list labels computed from numbering.xml, tables with merged cells, notes,
// text boxes, accepted insertions without deletions, field results without
// field codes, and legacy Vietnamese fonts (TCVN3, VNI) converted to
// Unicode. Line breaks (w:br, w:cr) stay inside their paragraph as "\n" and
// tabs as "\t". Macros are never run; they are not even read.
package docx

import (
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/listnum"
	"vanthu/docs/read/readerr"
	"vanthu/docs/read/ziputil"
)

const (
	msgNoDocument = "tệp .docx không có nội dung văn bản (thiếu word/document.xml)"
	msgMacros     = "tệp có chứa macro (VBA); vanthu chỉ đọc chữ, không chạy macro"
)

// Relationship types, by their last path element, which is the same in the
// transitional and strict schemas.
const (
	relOfficeDocument = "officeDocument"
	relStyles         = "styles"
	relNumbering      = "numbering"
	relFootnotes      = "footnotes"
	relEndnotes       = "endnotes"
	relHeader         = "header"
	relFooter         = "footer"
	relSettings       = "settings"
)

// Read reads a whole .docx file.
func Read(data []byte) (*model.Document, error) {
	a, err := ziputil.Open(data, "docx")
	if err != nil {
		return nil, err
	}
	r := &reader{a: a, state: &docState{tally: blocks.NewTally(blocks.MaxParagraphs)}}
	return r.read()
}

type reader struct {
	a     *ziputil.Archive
	state *docState
	doc   model.Document
}

func (r *reader) read() (*model.Document, error) {
	r.doc.Info.Format = "docx"
	mainPart := r.mainPart()
	if !r.a.Has(mainPart) {
		return nil, readerr.New(msgNoDocument, nil)
	}
	rels := r.relationships(mainPart)

	r.state.styles = newStyleSheet()
	if err := r.optional(rels.first(relStyles, "word/styles.xml"), "kiểu định dạng", func(p *ziputil.Part) (err error) {
		r.state.styles, err = parseStyles(p)
		return err
	}); err != nil {
		return nil, err
	}
	r.state.numbering = &numbering{abstracts: map[string]*abstractNum{}, nums: map[string]*num{}}
	if err := r.optional(rels.first(relNumbering, "word/numbering.xml"), "đánh số danh sách", func(p *ziputil.Part) (err error) {
		r.state.numbering, err = parseNumbering(p)
		return err
	}); err != nil {
		return nil, err
	}
	r.state.notes.footFmt, r.state.notes.endFmt = listnum.Decimal, listnum.LowerRoman
	if err := r.optional(rels.first(relSettings, "word/settings.xml"), "thiết lập", r.readSettings); err != nil {
		return nil, err
	}

	if err := r.readBody(mainPart); err != nil {
		return nil, err
	}
	if err := r.readNotes(rels); err != nil {
		return nil, err
	}
	for _, kind := range []string{relHeader, relFooter} {
		for _, name := range rels.all(kind) {
			if err := r.optional(name, "đầu trang/chân trang", func(p *ziputil.Part) error {
				bs, err := r.state.newStory(p).rootBlocks()
				if kind == relHeader {
					r.doc.Headers = blocks.AppendNew(r.doc.Headers, bs)
				} else {
					r.doc.Footers = blocks.AppendNew(r.doc.Footers, bs)
				}
				return err
			}); err != nil {
				return nil, err
			}
		}
	}
	r.doc.Info.Pages = r.pages()
	if r.a.Has("word/vbaProject.bin") {
		r.doc.Info.Warnings = append(r.doc.Info.Warnings, msgMacros)
	}
	r.doc.Info.Conversions = r.state.tally.Conversions()
	if w := r.state.tally.Warning(); w != "" {
		r.doc.Info.Warnings = append(r.doc.Info.Warnings, w)
	}
	if r.a.TooDeep() {
		r.doc.Info.Warnings = append(r.doc.Info.Warnings, ziputil.WarnTooDeep)
	}
	if r.doc.Blocks == nil {
		r.doc.Blocks = []model.Block{}
	}
	return &r.doc, nil
}

func (r *reader) readBody(name string) error {
	p, err := r.a.XML(name)
	if err != nil {
		return err
	}
	defer p.Close()
	s := r.state.newStory(p)
	return blocks.Starts(p, func(se xml.StartElement) (err error) {
		if se.Name.Local != "body" {
			return nil
		}
		if r.doc.Blocks, err = s.Blocks(); err != nil {
			return err
		}
		return blocks.Done
	})
}

func (r *reader) readNotes(rels relationships) error {
	var foot, end map[string][]model.Block
	if err := r.optional(rels.first(relFootnotes, "word/footnotes.xml"), "chú thích cuối trang", func(p *ziputil.Part) (err error) {
		foot, err = r.state.parseNotes(p)
		return err
	}); err != nil {
		return err
	}
	if err := r.optional(rels.first(relEndnotes, "word/endnotes.xml"), "chú thích cuối văn bản", func(p *ziputil.Part) (err error) {
		end, err = r.state.parseNotes(p)
		return err
	}); err != nil {
		return err
	}
	r.doc.Notes = r.state.notes.assemble(foot, end)
	return nil
}

// readSettings picks up the number format of note marks.
func (r *reader) readSettings(p *ziputil.Part) error {
	var in string // "footnotePr" or "endnotePr" while inside one
	for {
		tok, err := p.Token()
		if err != nil {
			if isEOF(err) {
				return nil
			}
			return p.Fail(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "footnotePr", "endnotePr":
				in = t.Name.Local
			case "numFmt":
				val, _ := ziputil.Attr(t, "val")
				if in == "footnotePr" {
					r.state.notes.footFmt = noteFormat(val)
				} else if in == "endnotePr" {
					r.state.notes.endFmt = noteFormat(val)
				}
			}
		case xml.EndElement:
			if t.Name.Local == in {
				in = ""
			}
		}
	}
}

// optional reads a part the document can do without. A damaged one costs a
// warning, not the document; only the zip-bomb guard still stops the read.
func (r *reader) optional(name, what string, read func(*ziputil.Part) error) error {
	if name == "" || !r.a.Has(name) {
		return nil
	}
	p, err := r.a.XML(name)
	if err == nil {
		err = read(p)
		p.Close()
	}
	if err == nil {
		return nil
	}
	var re *readerr.Error
	if errors.As(err, &re) && re.Msg == ziputil.MsgBomb {
		return re
	}
	r.doc.Info.Warnings = append(r.doc.Info.Warnings, "không đọc được phần "+what+" ("+path.Base(name)+"), đã bỏ qua")
	return nil
}

// rootBlocks reads a header or footer part: the blocks of its root element.
func (s *story) rootBlocks() (bs []model.Block, err error) {
	err = blocks.Starts(s.Part, func(xml.StartElement) error {
		if bs, err = s.Blocks(); err != nil {
			return err
		}
		return blocks.Done
	})
	return bs, err
}

// pages reads the page count Word saved in docProps/app.xml, 0 if absent.
func (r *reader) pages() int {
	if !r.a.Has("docProps/app.xml") {
		return 0
	}
	p, err := r.a.XML("docProps/app.xml")
	if err != nil {
		return 0
	}
	defer p.Close()
	pages := 0
	_ = blocks.Starts(p, func(se xml.StartElement) error { // a damaged part only costs the count
		if se.Name.Local != "Pages" {
			return nil
		}
		text, err := p.Text()
		if n, convErr := strconv.Atoi(strings.TrimSpace(text)); err == nil && convErr == nil && n >= 0 {
			pages = n
		}
		return blocks.Done
	})
	return pages
}

func isEOF(err error) bool { return errors.Is(err, io.EOF) }
