// Package vnerr turns the low-level errors a clerk could otherwise see in
// English (SQLite, zip, a short read, a cancelled context, a full disk)
// into Vietnamese, keeping the English cause in parentheses for support.
package vnerr

import (
	"archive/zip"
	"compress/flate"
	"context"
	"errors"
	"io"
	"io/fs"
	"runtime"
	"strings"
	"syscall"

	"modernc.org/sqlite"
)

// SQLite primary result codes (sqlite3.h) that a clerk can meet.
const (
	sqlitePerm     = 3
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteNoMem    = 7
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// translate is the Vietnamese of one known cause, or "".
func translate(err error) string {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqliteCorrupt:
			return "cơ sở dữ liệu bị hỏng"
		case sqliteNotADB:
			return "tệp không phải cơ sở dữ liệu của vanthu, hoặc đã bị hỏng"
		case sqliteFull:
			return "ổ đĩa đã đầy"
		case sqliteBusy, sqliteLocked:
			return "cơ sở dữ liệu đang bận, hãy thử lại sau ít phút"
		case sqliteReadOnly:
			return "không ghi được vào cơ sở dữ liệu (chỉ đọc)"
		case sqliteIOErr:
			return "lỗi đọc/ghi ổ đĩa"
		case sqliteCantOpen:
			return "không mở được tệp cơ sở dữ liệu"
		case sqlitePerm:
			return "không có quyền truy cập cơ sở dữ liệu"
		case sqliteNoMem:
			return "không đủ bộ nhớ"
		}
		return ""
	}
	var fe flate.CorruptInputError
	switch {
	case errors.Is(err, context.Canceled):
		return "đã dừng theo yêu cầu"
	case errors.Is(err, context.DeadlineExceeded):
		return "quá thời gian cho phép"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "tệp bị cắt cụt, thiếu phần cuối"
	case errors.Is(err, zip.ErrChecksum), errors.As(err, &fe):
		return "dữ liệu nén bị hỏng"
	case errors.Is(err, zip.ErrFormat):
		return "không phải tệp .zip hợp lệ, hoặc tệp bị cắt cụt"
	case errors.Is(err, zip.ErrAlgorithm):
		return "tệp nén dùng cách nén không được hỗ trợ"
	case diskFull(err):
		return "ổ đĩa đã đầy"
	case errors.Is(err, fs.ErrPermission):
		return "không có quyền truy cập"
	case errors.Is(err, fs.ErrNotExist):
		return "không tìm thấy tệp hoặc thư mục"
	}
	return ""
}

// DatabaseDamaged reports whether err comes from SQLite finding the
// database file damaged or not a database at all.
func DatabaseDamaged(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	code := se.Code() & 0xff
	return code == sqliteCorrupt || code == sqliteNotADB
}

// Windows error codes of a full disk (winerror.h).
const (
	winHandleDiskFull = 39
	winDiskFull       = 112
)

func diskFull(err error) bool {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return false
	}
	if runtime.GOOS == "windows" {
		return errno == winDiskFull || errno == winHandleDiskFull
	}
	return errno == syscall.ENOSPC
}

// Error is a cause said in Vietnamese, with the original for support.
type Error struct {
	Msg   string // Vietnamese
	Cause error
}

func (e *Error) Error() string { return e.Msg + " (" + e.Cause.Error() + ")" }
func (e *Error) Unwrap() error { return e.Cause }

// Explain returns err with its cause in Vietnamese when the cause is one
// vanthu knows; other errors are returned as they are.
func Explain(err error) error {
	if err == nil {
		return nil
	}
	var done *Error
	if errors.As(err, &done) {
		return err
	}
	if msg := translate(err); msg != "" {
		return &Error{Msg: msg, Cause: err}
	}
	return err
}

// Message is what a clerk is shown for err: its text with the English
// cause said in Vietnamese (the English kept in parentheses). A
// message that already went through Explain is left as it is.
func Message(err error) string {
	if err == nil {
		return ""
	}
	s := err.Error()
	var done *Error
	if errors.As(err, &done) {
		return s
	}
	cause := englishCause(err)
	if cause == nil {
		return s
	}
	tail := cause.Error()
	vn := (&Error{Msg: translate(cause), Cause: cause}).Error()
	if prefix, ok := strings.CutSuffix(s, tail); ok {
		return prefix + vn
	}
	return s + ": " + vn
}

// englishCause walks the chain (first branch of a joined error) and
// returns the outermost error translate knows whose text is all ASCII: the
// English part of the message (an os.PathError with its operation, not
// just its errno), after any Vietnamese context. Failing that, the deepest
// known one.
func englishCause(err error) error {
	var deepest error
	for e := err; e != nil; {
		if translate(e) != "" {
			if isASCII(e.Error()) {
				return e
			}
			deepest = e
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			e = u.Unwrap()
		case interface{ Unwrap() []error }:
			if es := u.Unwrap(); len(es) > 0 {
				e = es[0]
			} else {
				e = nil
			}
		default:
			e = nil
		}
	}
	return deepest
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
