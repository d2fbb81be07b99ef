package vnerr

import (
	"archive/zip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	_ "modernc.org/sqlite"
)

func TestMessage(t *testing.T) {
	tests := []struct {
		err  error
		want string
	}{
		{context.Canceled, "đã dừng theo yêu cầu (context canceled)"},
		{fmt.Errorf("nhập tệp a.docx: %w", io.ErrUnexpectedEOF), "nhập tệp a.docx: tệp bị cắt cụt, thiếu phần cuối (unexpected EOF)"},
		{fmt.Errorf("đọc x: %w", zip.ErrChecksum), "đọc x: dữ liệu nén bị hỏng (zip: checksum error)"},
		{fmt.Errorf("mở: %w", zip.ErrFormat), "mở: không phải tệp .zip hợp lệ, hoặc tệp bị cắt cụt (zip: not a valid zip file)"},
		{errors.New("lỗi khác"), "lỗi khác"},
		{&os.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}, "ổ đĩa đã đầy (write x: no space left on device)"},
		{fmt.Errorf("a: %w", Explain(context.DeadlineExceeded)), "a: quá thời gian cho phép (context deadline exceeded)"},
	}
	for _, tt := range tests {
		if got := Message(tt.err); got != tt.want {
			t.Errorf("Message(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	if Message(nil) != "" || Explain(nil) != nil {
		t.Error("nil must stay nil")
	}
}

// TestSQLite checks the real driver's errors: a file that is not a
// database and one whose pages are damaged.
func TestSQLite(t *testing.T) {
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("not a database ", 512)), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", garbage)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	_, err = db.Exec(`SELECT * FROM sqlite_master`)
	if err == nil {
		t.Fatal("garbage opened as a database")
	}
	if !DatabaseDamaged(fmt.Errorf("x: %w", err)) || DatabaseDamaged(context.Canceled) {
		t.Error("DatabaseDamaged does not tell")
	}
	msg := Message(fmt.Errorf("mở thư viện: %w", err))
	if !strings.HasPrefix(msg, "mở thư viện: tệp không phải cơ sở dữ liệu") {
		t.Errorf("got %q", msg)
	}
}
