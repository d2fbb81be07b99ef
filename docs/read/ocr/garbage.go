package ocr

import (
	"context"
	"errors"

	"vanthu/docs/model"
	"vanthu/docs/read/ocr/fix"
)

const (
	warnGarbage       = "lớp chữ có sẵn trong tệp PDF mất dấu tiếng Việt (chữ nhận dạng cũ của máy quét); đã nhận dạng lại từ ảnh trang"
	warnGarbageKept   = "lớp chữ có sẵn trong tệp PDF mất dấu tiếng Việt (chữ nhận dạng cũ của máy quét); nên nhận dạng lại"
	warnGarbageFailed = "; nhận dạng lại không được: "
)

// Garbage tells a PDF whose text layer is Vietnamese with its marks lost,
// as an old scanner's OCR left it; see fix.Lexicon.Garbage.
func Garbage(doc *model.Document) bool {
	return doc != nil && fix.Default().Garbage(doc.PlainText())
}

// Reread replaces the garbage text layer of a PDF by a new OCR of its
// pages. Where that cannot be done (no Tesseract, a page that fails), the
// old text is kept, with a warning saying why.
func Reread(ctx context.Context, data []byte, old *model.Document, opts Options) *model.Document {
	doc, err := ReadPDF(ctx, data, opts)
	if err == nil {
		doc.Info.Warnings = append([]string{warnGarbage}, doc.Info.Warnings...)
		return doc
	}
	msg := warnGarbageKept
	switch {
	case errors.Is(err, ErrMissing):
		msg += "; " + MsgMissing
	case !errors.Is(err, context.Canceled):
		msg += warnGarbageFailed + err.Error()
	}
	old.Info.Warnings = append(old.Info.Warnings, msg)
	return old
}
