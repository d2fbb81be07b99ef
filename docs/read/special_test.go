//go:build unix

package read

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vanthu/docs/model"
)

// TestSpecialFiles: what is not a regular file is refused before it is
// opened for reading. A FIFO would block the open forever, /dev/zero behind
// a symlink named .docx would never end; a symlink loop is named.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	letter := filepath.Join(dir, "letter.docx")
	if err := os.WriteFile(letter, readFixture(t, "cv-ubnd-kontum-cchc-2021.docx"), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	link := func(name, target string) string {
		p := filepath.Join(dir, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sock := filepath.Join(dir, "s.txt")
	ln, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	for _, tc := range []struct {
		name, path, msg string // msg "" = reads
	}{
		{"regular", letter, ""},
		{"symlink to a letter", link("link.docx", letter), ""},
		{"symlink to a symlink", link("link2.docx", filepath.Join(dir, "link.docx")), ""},
		{"fifo", fifo, "ống dẫn (FIFO)"},
		{"symlink to a fifo", link("fifo-link.docx", fifo), "ống dẫn (FIFO)"},
		{"symlink to /dev/zero", link("zero.docx", "/dev/zero"), "tệp thiết bị"},
		{"device", "/dev/null", "tệp thiết bị"},
		{"socket", sock, "socket"},
		{"symlink loop", func() string {
			link("b.docx", filepath.Join(dir, "a.docx"))
			return link("a.docx", filepath.Join(dir, "b.docx"))
		}(), "vòng lặp"},
		{"dangling symlink", link("gone.docx", filepath.Join(dir, "missing.docx")), "không còn tồn tại"},
		{"folder", dir, "thư mục"},
		{"missing", filepath.Join(dir, "nothing.txt"), "không tìm thấy"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := File(tc.path)
			if tc.msg == "" {
				if err != nil || len(doc.Blocks) == 0 {
					t.Fatalf("File = %v, %v; want the letter", doc, err)
				}
				return
			}
			var re *Error
			if !errors.As(err, &re) || !strings.Contains(re.Msg, tc.msg) || re.File != tc.path {
				t.Fatalf("File = %v; want a *read.Error naming the file with %q", err, tc.msg)
			}
		})
	}
}

func TestBytesContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := BytesContext(ctx, "x.txt", []byte("Kính gửi"))
	var re *Error
	if !errors.As(err, &re) || re.Msg != MsgCancelled || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want the Vietnamese cancel message wrapping context.Canceled", err)
	}
}

// TestBytesContextTimeBudget: a read that outlives its time budget is
// given up with a message; the budget grows with the file.
func TestBytesContextTimeBudget(t *testing.T) {
	defer func(f func(int) time.Duration, r func(string, []byte, Options) (*model.Document, error)) {
		timeBudget, readBytes = f, r
	}(timeBudget, readBytes)
	// A reader stuck in pathological work, and a budget of a millisecond.
	stuck := make(chan struct{})
	defer close(stuck)
	readBytes = func(string, []byte, Options) (*model.Document, error) { <-stuck; return nil, nil }
	timeBudget = func(int) time.Duration { return time.Millisecond }
	_, err := BytesContext(context.Background(), "x.txt", []byte("Kính gửi"))
	var re *Error
	if !errors.As(err, &re) || !strings.Contains(re.Msg, "đọc tệp quá lâu") || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want the time-budget message", err)
	}
	if TimeBudget(50<<20) <= TimeBudget(1<<20) {
		t.Errorf("budget does not grow with the size")
	}
}

// TestTextSizeCap: a plain-text file past MaxTextSize is refused at once
// with its size, before any decoding.
func TestTextSizeCap(t *testing.T) {
	data := bytes.Repeat([]byte("Kính gửi các sở, ban, ngành.\n"), MaxTextSize/20)
	_, err := Bytes("lon.txt", data)
	var re *Error
	if !errors.As(err, &re) || !strings.Contains(re.Msg, "tệp chữ thuần quá lớn") {
		t.Fatalf("err = %v, want the text-size message", err)
	}
}
