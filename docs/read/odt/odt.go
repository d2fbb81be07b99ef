// Package odt reads OpenDocument text (.odt) files into structured text
// with archive/zip and encoding/xml only: paragraphs and headings, list
// labels computed from the list styles, tables with merged cells, notes,
// text boxes, and headers and footers from the master pages.
package odt

import (
	"encoding/xml"
	"errors"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/readerr"
	"vanthu/docs/read/ziputil"
)

const msgNoContent = "tệp .odt không có nội dung văn bản (thiếu content.xml)"

// Read reads a whole .odt file.
func Read(data []byte) (*model.Document, error) {
	a, err := ziputil.Open(data, "odt")
	if err != nil {
		return nil, err
	}
	if !a.Has("content.xml") {
		return nil, readerr.New(msgNoContent, nil)
	}
	r := &reader{a: a, styles: newStyleSheet(), tally: blocks.NewTally(blocks.MaxParagraphs)}
	r.doc.Info.Format = "odt"
	if a.Has("styles.xml") {
		if err := r.readPart("styles.xml"); err != nil {
			var re *readerr.Error
			if errors.As(err, &re) && re.Msg == ziputil.MsgBomb {
				return nil, err
			}
			r.doc.Info.Warnings = append(r.doc.Info.Warnings, "không đọc được phần kiểu định dạng (styles.xml), đã bỏ qua")
		}
	}
	if err := r.readPart("content.xml"); err != nil {
		return nil, err
	}
	if r.doc.Blocks == nil {
		r.doc.Blocks = []model.Block{}
	}
	r.doc.Info.Conversions = r.tally.Conversions()
	if a.TooDeep() {
		r.doc.Info.Warnings = append(r.doc.Info.Warnings, ziputil.WarnTooDeep)
	}
	if w := r.tally.Warning(); w != "" {
		r.doc.Info.Warnings = append(r.doc.Info.Warnings, w)
	}
	return &r.doc, nil
}

type reader struct {
	a      *ziputil.Archive
	styles *styleSheet
	doc    model.Document
	tally  *blocks.Tally
}

// readPart reads styles.xml or content.xml in one pass: style definitions,
// then master pages (headers, footers) or the body.
func (r *reader) readPart(name string) error {
	part, err := r.a.XML(name)
	if err != nil {
		return err
	}
	defer part.Close()
	return blocks.Starts(part, func(se xml.StartElement) (err error) {
		switch se.Name.Local {
		case "font-face":
			return r.styles.readFontFace(part, se)
		case "style", "default-style":
			return r.styles.readStyle(part, se)
		case "list-style":
			return r.styles.readListStyle(part, se)
		case "header", "header-left", "header-first":
			var bs []model.Block
			bs, err = newBody(part, r.styles, r.tally).Blocks()
			r.doc.Headers = blocks.AppendNew(r.doc.Headers, bs)
			return err
		case "footer", "footer-left", "footer-first":
			var bs []model.Block
			bs, err = newBody(part, r.styles, r.tally).Blocks()
			r.doc.Footers = blocks.AppendNew(r.doc.Footers, bs)
			return err
		case "text":
			if se.Name.Space != nsOffice {
				return nil
			}
			b := newBody(part, r.styles, r.tally)
			r.doc.Blocks, err = b.Blocks()
			r.doc.Notes = b.notes
			return err
		case "page-layout", "outline-style", "notes-configuration", "linenumbering-configuration",
			"bibliography-configuration", "presentation-page-layout", "scripts", "forms":
			return part.Skip()
		}
		return nil
	})
}

const nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
