// Package read turns any supported file into structured text. It sniffs the
// format from the content (never trusting the extension), hands the bytes to
// the reader of that format, and reports failures in Vietnamese, naming the
// file and the cause.
package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"

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

// MaxTextSize bounds a plain-text (or HTML) file: about 30,000 pages, far
// past any official document. Its text is copied several times on the way
// to the store (decoding, NFC, paragraphs, the plain text), so a 190 MB
// .txt took over 1 GB; at this size an import stays near 600 MB.
const MaxTextSize = 64 << 20

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
	return FileContext(context.Background(), path)
}

// FileContext is File that gives up when ctx is done.
func FileContext(ctx context.Context, path string) (*model.Document, error) {
	data, err := Load(path)
	if err != nil {
		return nil, err
	}
	return BytesContext(ctx, path, data)
}

// Load reads the bytes of the file at path, refusing before it is opened
// anything that is not a regular file: a FIFO would block the open forever,
// a device (/dev/zero behind a symlink named .docx) never ends. A symlink is
// followed (the system follows a chain of them; a loop is reported), and the
// opened file is checked again, so a file swapped after the check is
// refused too. At most MaxFileSize bytes are read.
func Load(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, statError(path, err)
	}
	if msg := NotRegular(fi.Mode()); msg != "" {
		return nil, &Error{path, msg, nil}
	}
	if fi.Size() > MaxFileSize {
		return nil, &Error{path, fmt.Sprintf("tệp quá lớn (%d MB, tối đa %d MB)", fi.Size()>>20, MaxFileSize>>20), nil}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, &Error{path, "không mở được tệp", err}
	}
	defer f.Close()
	if ofi, err := f.Stat(); err != nil || !ofi.Mode().IsRegular() || !os.SameFile(fi, ofi) {
		return nil, &Error{path, "tệp vừa bị thay đổi trong khi mở; hãy thử lại", err}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &Error{path, "không đọc được tệp", err}
	}
	if len(data) > MaxFileSize {
		return nil, &Error{path, fmt.Sprintf("tệp quá lớn (tối đa %d MB)", MaxFileSize>>20), nil}
	}
	return data, nil
}

// statError names why a path cannot be looked at.
func statError(path string, err error) *Error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		if _, lerr := os.Lstat(path); lerr == nil {
			return &Error{path, "liên kết (symlink) trỏ tới tệp không còn tồn tại", err}
		}
		return &Error{path, "không tìm thấy tệp", err}
	case errors.Is(err, syscall.ELOOP):
		return &Error{path, "liên kết (symlink) trỏ vòng lặp, không dẫn tới tệp nào", err}
	case errors.Is(err, os.ErrPermission):
		return &Error{path, "không có quyền đọc tệp", err}
	}
	return &Error{path, "không mở được tệp", err}
}

// NotRegular says, in Vietnamese, what a file of mode m that is not a
// regular file is, or returns "".
func NotRegular(m os.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "đây là thư mục, không phải tệp văn bản"
	case m&os.ModeNamedPipe != 0:
		return "đây là ống dẫn (FIFO), không phải tệp văn bản; không đọc"
	case m&os.ModeSocket != 0:
		return "đây là socket, không phải tệp văn bản; không đọc"
	case m&(os.ModeDevice|os.ModeCharDevice) != 0:
		return "đây là tệp thiết bị (như /dev/zero), không phải tệp văn bản; không đọc"
	}
	return "đây không phải tệp thông thường; không đọc"
}

// TimeBudget is how long reading a file of n bytes may take: far above what
// any real document needs (a 50 MB text reads in 3 s, a 2,000-page PDF in
// under a minute), so only a file that sends a reader into pathological
// work meets it.
func TimeBudget(n int) time.Duration {
	return 30*time.Second + time.Duration(n>>20)*2*time.Second
}

// timeBudget and readBytes are TimeBudget and BytesWith, replaced in tests.
var (
	timeBudget = TimeBudget
	readBytes  = BytesWith
)

// BytesContext is Bytes that returns as soon as ctx is done or the time
// budget for the file's size is spent.
func BytesContext(ctx context.Context, name string, data []byte) (*model.Document, error) {
	return BytesContextWith(ctx, name, data, Options{})
}

// BytesContextWith is BytesWith that returns as soon as ctx is done or the
// time budget for the file's size is spent; each page that OCR finishes
// starts the budget afresh (OCR has its own limit per page). The reader
// cannot be interrupted inside a format's code, so it finishes in the
// background; its work is bounded by the same budgets (file size, inflate
// caps, the PDF engine's memory), and its result is dropped.
func BytesContextWith(ctx context.Context, name string, data []byte, opts Options) (*model.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, cancelled(name, err)
	}
	opts.Context = ctx
	budget := timeBudget(len(data))
	alive := make(chan struct{}, 1)
	progress := opts.OCRProgress
	opts.OCRProgress = func(page, pages int) {
		select {
		case alive <- struct{}{}:
		default:
		}
		if progress != nil {
			progress(page, pages)
		}
	}
	type result struct {
		doc *model.Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		doc, err := readBytes(name, data, opts)
		done <- result{doc, err}
	}()
	timer := time.NewTimer(budget)
	defer timer.Stop()
	for {
		select {
		case r := <-done:
			return r.doc, r.err
		case <-alive:
			timer.Reset(budget)
		case <-ctx.Done():
			return nil, cancelled(name, ctx.Err())
		case <-timer.C:
			return nil, &Error{name, fmt.Sprintf("đọc tệp quá lâu (quá %d giây) nên đã dừng; tệp có thể bị hỏng hoặc có cấu trúc bất thường", int(budget.Seconds())), context.DeadlineExceeded}
		}
	}
}

// MsgCancelled is the message of a read stopped by the clerk.
const MsgCancelled = "đã dừng theo yêu cầu"

func cancelled(name string, err error) *Error { return &Error{name, MsgCancelled, err} }

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
	if format == "txt" && len(data) > MaxTextSize {
		return nil, &Error{name, fmt.Sprintf("tệp chữ thuần quá lớn (%d MB, tối đa %d MB); hãy chia thành nhiều tệp nhỏ hơn", len(data)>>20, MaxTextSize>>20), nil}
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
