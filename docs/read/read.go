// Package read turns any supported file into structured text. It sniffs the
// format from the content (never trusting the extension), hands the bytes to
// the reader of that format, and reports failures in Vietnamese, naming the
// file and the cause.
package read

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"vanthu/docs/model"
	msdoc "vanthu/docs/read/doc"
	"vanthu/docs/read/docx"
	"vanthu/docs/read/ocr"
	"vanthu/docs/read/odt"
	"vanthu/docs/read/pdf"
	"vanthu/docs/read/readerr"
	"vanthu/docs/read/txt"
)

// MaxFileSize bounds what is read into memory. Official letters are well
// under a megabyte; large scanned PDFs reach tens of megabytes.
const MaxFileSize = 200 << 20

// Error is a failure to read a file, with a message for the clerk.
type Error struct {
	File string // path or name of the file
	Msg  string // Vietnamese: what is wrong
	Err  error  // the underlying cause, for logs
}

func (e *Error) Error() string { return e.File + ": " + e.Msg }
func (e *Error) Unwrap() error { return e.Err }

// File reads the file at path.
func File(path string) (*model.Document, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, &Error{path, "không tìm thấy tệp", err}
		}
		return nil, &Error{path, "không mở được tệp", err}
	}
	if fi.IsDir() {
		return nil, &Error{path, "đây là thư mục, không phải tệp văn bản", nil}
	}
	if fi.Size() > MaxFileSize {
		return nil, &Error{path, fmt.Sprintf("tệp quá lớn (%d MB, tối đa %d MB)", fi.Size()>>20, MaxFileSize>>20), nil}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &Error{path, "không đọc được tệp", err}
	}
	return Bytes(path, data)
}

// Options tunes a read.
type Options struct {
	Context     context.Context       // cancels OCR between and during pages; nil: never
	OCRProgress func(page, pages int) // after each page a scan's OCR has read; may be nil
	NoOCR       bool                  // report a scan (pdf.ErrScanned) instead of running OCR
}

// Bytes reads a file already in memory; name is used in messages only.
// Scans (a PDF without text layer, an image) are read by OCR when Tesseract
// is installed.
func Bytes(name string, data []byte) (*model.Document, error) {
	return BytesWith(name, data, Options{})
}

// BytesWith is Bytes with options.
func BytesWith(name string, data []byte, opts Options) (doc *model.Document, err error) {
	defer func() {
		// A reader bug must never take the app down with it.
		if r := recover(); r != nil {
			doc, err = nil, &Error{name, "tệp bị hỏng hoặc có cấu trúc lạ, không đọc được", fmt.Errorf("panic: %v", r)}
		}
	}()
	if len(data) == 0 {
		return nil, &Error{name, "tệp rỗng (0 byte)", nil}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{name, fmt.Sprintf("tệp quá lớn (tối đa %d MB)", MaxFileSize>>20), nil}
	}
	format, msg := Sniff(data)
	if msg != "" {
		return nil, &Error{name, msg, nil}
	}
	switch format {
	case "docx":
		doc, err = docx.Read(data)
	case "odt":
		doc, err = odt.Read(data)
	case "doc":
		doc, err = msdoc.Read(data)
	case "pdf":
		doc, err = pdf.Read(data)
	case "txt":
		doc, err = txt.Read(data)
	case "png", "jpg", "tif", "bmp", "gif":
		doc, err = ocr.ReadImage(opts.context(), data, opts.ocr())
	}
	if format == "pdf" && errors.Is(err, pdf.ErrScanned) && !opts.NoOCR {
		doc, err = readScan(data, opts)
	}
	if format == "pdf" && err == nil && !opts.NoOCR && doc.Info.OCR == nil && ocr.Garbage(doc) {
		doc = ocr.Reread(opts.context(), data, doc, opts.ocr())
	}
	if err != nil {
		var re *readerr.Error
		if errors.As(err, &re) {
			return nil, &Error{name, re.Msg, re.Err}
		}
		return nil, &Error{name, "không đọc được nội dung tệp", err}
	}
	if ext := filepath.Ext(name); ext != "" && !extFits(ext, format) {
		doc.Info.Warnings = append(doc.Info.Warnings,
			fmt.Sprintf("phần mở rộng %s không đúng với nội dung (tệp thật là %s)", ext, format))
	}
	return doc, nil
}

func (o Options) context() context.Context {
	if o.Context != nil {
		return o.Context
	}
	return context.Background()
}

func (o Options) ocr() ocr.Options { return ocr.Options{Progress: o.OCRProgress} }

// readScan runs OCR on a PDF without text layer. Where OCR cannot be done
// (no Tesseract, a page it fails on, no text found) the PDF stays a scan
// (pdf.ErrScanned, so an import keeps it) and the message says why.
func readScan(data []byte, opts Options) (*model.Document, error) {
	doc, err := ocr.ReadPDF(opts.context(), data, opts.ocr())
	var re *readerr.Error
	switch {
	case errors.Is(err, ocr.ErrMissing):
		return nil, readerr.New("tệp PDF là bản quét (ảnh), không có lớp chữ; "+ocr.MsgMissing,
			errors.Join(pdf.ErrScanned, err))
	case errors.As(err, &re):
		return nil, readerr.New("tệp PDF là bản quét (ảnh), không có lớp chữ; "+re.Msg, errors.Join(pdf.ErrScanned, err))
	}
	return doc, err
}
