// Package safely runs a piece of work so that a panic inside it (a bug, or
// a library tripping over damaged data) reaches the clerk as a Vietnamese
// message and the stack goes to a log file for support, never to the
// screen.
package safely

import (
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"time"
)

// PanicError is a recovered panic.
type PanicError struct {
	What  string // the work that failed, in Vietnamese: "lệnh search"
	Value any
	Log   string // where the stack was written, "" if it could not be
}

func (e *PanicError) Error() string {
	s := fmt.Sprintf("lỗi ngoài dự kiến khi chạy %s; dữ liệu trong thư viện không bị thay đổi dở dang. "+
		"Hãy thử lại; nếu vẫn lỗi, hãy gửi cho bộ phận hỗ trợ", e.What)
	if e.Log != "" {
		s += " tệp nhật ký " + e.Log
	}
	return s + fmt.Sprintf(" (panic: %v)", e.Value)
}

// Run calls fn and turns a panic inside it into a *PanicError, logging the
// stack.
func Run(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{What: what, Value: r, Log: logPanic(what, r, debug.Stack())}
		}
	}()
	return fn()
}

// Call is Run for work that returns a value: the window wraps its
// background work in it (a panic there would otherwise close the window).
func Call[T any](what string, fn func() (T, error)) (v T, err error) {
	err = Run(what, func() error {
		var ferr error
		v, ferr = fn()
		return ferr
	})
	return v, err
}

// LogEnv names the environment variable that moves the log file (tests).
const LogEnv = "VANTHU_LOG"

// LogPath is the log file: $VANTHU_LOG, else vanthu.log in the user cache
// folder beside the PDF engine's cache ($VANTHU_CACHE_DIR when set).
func LogPath() string {
	if p := os.Getenv(LogEnv); p != "" {
		return p
	}
	base := os.Getenv("VANTHU_CACHE_DIR")
	if base == "" {
		c, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		base = filepath.Join(c, "vanthu")
	}
	return filepath.Join(base, "vanthu.log")
}

var logMu sync.Mutex

// logPanic appends one entry and returns the file's path, or "".
func logPanic(what string, value any, stack []byte) string {
	path := LogPath()
	if path == "" {
		return ""
	}
	logMu.Lock()
	defer logMu.Unlock()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return ""
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return ""
	}
	defer f.Close()
	_, err = fmt.Fprintf(f, "%s panic in %s: %v\n%s\n", time.Now().Format(time.RFC3339), what, value, stack)
	if err != nil {
		return ""
	}
	return path
}

// LogStdTo sends the standard logger, where Fyne and bleve write their
// (English) messages, to the log file instead of the clerk's terminal; the
// file is started afresh past 1 MB. Without a usable file the messages are
// dropped.
func LogStdTo() {
	path := LogPath()
	if path == "" || os.MkdirAll(filepath.Dir(path), 0o755) != nil {
		log.SetOutput(io.Discard)
		return
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
	if fi, err := os.Stat(path); err == nil && fi.Size() > 1<<20 {
		flags |= os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		log.SetOutput(io.Discard)
		return
	}
	log.SetOutput(f)
}
