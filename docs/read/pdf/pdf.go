// Package pdf reads PDF files into structured text with PDFium (run as
// WebAssembly, see package engine) and rebuilds reading order from the glyph
// boxes (see package layout), so a letter whose accented letters a PDF draws
// later in a fallback font still reads in order.
package pdf

import (
	"errors"
	"fmt"

	"github.com/klippa-app/go-pdfium"
	pdfiumerr "github.com/klippa-app/go-pdfium/errors"

	"vanthu/docs/model"
	"vanthu/docs/read/pdf/engine"
	"vanthu/docs/read/pdf/layout"
	"vanthu/docs/read/readerr"
)

// MaxPages bounds how many pages are read; the rest of a longer file is
// left out with a warning.
const MaxPages = 2000

// minCharsPerPage: a PDF with fewer visible letters than this per page on
// average has no real text layer (a scan, perhaps with a stamp or a page
// number added as text).
const minCharsPerPage = 20

var (
	// ErrScanned marks a PDF made of page images with no text layer. The
	// file is worth keeping; its content needs OCR.
	ErrScanned = errors.New("pdf: no text layer")
	// ErrBlank marks a PDF with neither text nor images.
	ErrBlank = errors.New("pdf: blank")
)

// Messages for the clerk.
const (
	msgScanned    = "tệp PDF là bản quét (ảnh), không có lớp chữ; có thể lưu trữ nhưng chưa đọc được nội dung (cần OCR)"
	msgBlank      = "tệp PDF không có chữ nào (trang trắng)"
	msgPassword   = "tệp PDF được đặt mật khẩu; hãy mở bằng phần mềm đọc PDF, lưu lại bản không mật khẩu rồi nhập lại"
	msgCorrupt    = "tệp PDF bị hỏng hoặc không đầy đủ, không đọc được"
	msgEngine     = "không khởi động được bộ đọc PDF"
	warnTooLong   = "tệp PDF có %d trang; chỉ đọc %d trang đầu"
	warnScanned   = "tệp PDF là bản quét (ảnh), không có lớp chữ; cần nhận dạng chữ (OCR) để đọc nội dung"
	warnNoUnicode = "một số chữ trong tệp PDF không giải mã được (phông chữ thiếu bảng mã Unicode)"
)

// Warm starts the PDF engine in the background so that the first Read does
// not wait for it. It returns at once.
func Warm() { engine.Warm() }

// Close shuts the PDF engine down; a later Read starts it again.
func Close() error { return engine.Close() }

// Read reads a whole pdf file.
func Read(data []byte) (doc *model.Document, err error) {
	if err := checkStreams(data); err != nil {
		return nil, readerr.New(msgBomb, err)
	}
	return readEngine(data)
}

// readEngine reads with PDFium, whose memory the engine caps.
func readEngine(data []byte) (*model.Document, error) {
	eng, err := engine.Shared()
	if err != nil {
		return nil, readerr.New(msgEngine, err)
	}
	var raw *rawDoc
	err = eng.Do(func(p pdfium.Pdfium) error {
		var e error
		raw, e = extract(p, data, MaxPages)
		return e
	})
	if err != nil {
		return nil, classify(err)
	}
	return build(raw)
}

// classify turns an engine failure into a message for the clerk.
func classify(err error) error {
	switch {
	case errors.Is(err, pdfiumerr.ErrPassword), errors.Is(err, pdfiumerr.ErrSecurity):
		return readerr.New(msgPassword, err)
	default:
		return readerr.New(msgCorrupt, err)
	}
}

// build lays the glyphs out as paragraphs, or reports a scan.
func build(raw *rawDoc) (*model.Document, error) {
	doc := &model.Document{Blocks: []model.Block{}, Info: model.Info{Format: "pdf", Pages: raw.pageCount}}
	if raw.pageCount > len(raw.pages) {
		doc.Info.Warnings = append(doc.Info.Warnings, fmt.Sprintf(warnTooLong, raw.pageCount, len(raw.pages)))
	}
	if raw.unmapped > 0 {
		doc.Info.Warnings = append(doc.Info.Warnings, warnNoUnicode)
	}
	if raw.visible < minCharsPerPage*max(len(raw.pages), 1) {
		if raw.images == 0 {
			doc.Info.Warnings = append(doc.Info.Warnings, msgBlank)
			return doc, readerr.New(msgBlank, ErrBlank)
		}
		doc.Info.Scanned = true
		doc.Info.Warnings = append(doc.Info.Warnings, warnScanned)
		return doc, readerr.New(msgScanned, ErrScanned)
	}
	res := layout.Build(raw.pages)
	doc.Blocks = res.Blocks
	doc.Headers = res.Headers
	doc.Footers = res.Footers
	return doc, nil
}
