// Package read turns any supported file into structured text. It sniffs the
// format from the content (never trusting the extension), hands the bytes to
// the reader of that format, and reports failures in Vietnamese, naming the
// file and the cause.
package read

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"vanthu/docs/model"
	msdoc "vanthu/docs/read/doc"
	"vanthu/docs/read/docx"
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

// Bytes reads a file already in memory; name is used in messages only.
func Bytes(name string, data []byte) (doc *model.Document, err error) {
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
