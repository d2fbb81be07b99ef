//go:build unix

package library

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"vanthu/docs/extract"
	"vanthu/internal/gentext"
)

// TestImportSpecialFilesAndSymlinks: special files are refused before they
// are opened (a FIFO would hang), a folder given through a symlink is
// walked, a link back up the tree is reported once, an empty folder says so.
func TestImportSpecialFilesAndSymlinks(t *testing.T) {
	src := writeFiles(t, map[string]string{"real/a.txt": letterA, "empty/notes.json": "{}"})
	if err := syscall.Mkfifo(filepath.Join(src, "real", "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := func(target, name string) string {
		p := filepath.Join(src, name)
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		return p
	}
	folderLink := link(filepath.Join(src, "real"), "via-link")
	link(filepath.Join(src, "real"), filepath.Join("real", "loop")) // real/loop → real
	fifo := filepath.Join(src, "fifo.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	zero := link("/dev/zero", "zero.docx")
	loop := link(filepath.Join(src, "loop2.txt"), "loop1.txt")
	link(filepath.Join(src, "loop1.txt"), "loop2.txt")

	lib := openLib(t, t.TempDir())
	rs, err := lib.Import(context.Background(), []string{folderLink, fifo, zero, loop, filepath.Join(src, "empty")}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]FileResult{}
	for _, r := range rs {
		byPath[r.Path] = r
	}
	for _, tc := range []struct {
		path    string
		status  Status
		message string
	}{
		{filepath.Join(folderLink, "a.txt"), Imported, ""},
		{filepath.Join(folderLink, "loop"), Failed, "vòng lặp"},
		{filepath.Join(folderLink, "pipe.txt"), Failed, "FIFO"}, // in a folder: reported, not opened
		{fifo, Failed, "FIFO"},
		{zero, Failed, "tệp thiết bị"},
		{loop, Failed, "vòng lặp"},
		{filepath.Join(src, "empty"), Failed, "không có văn bản nào nhập được"},
	} {
		r, ok := byPath[tc.path]
		if !ok || r.Status != tc.status || !strings.Contains(r.Message, tc.message) {
			t.Errorf("%s: %+v, want %s with %q", tc.path, r, tc.status, tc.message)
		}
	}
	if len(rs) != 7 {
		t.Errorf("%d results, want 7: %+v", len(rs), rs)
	}
}

// TestImportHugeOneLineText: a one-line text of many megabytes imports
// whole with a warning that extraction and search cover its first
// megabytes; a cancelled import of it stops and says so in Vietnamese.
func TestImportHugeOneLineText(t *testing.T) {
	size := 3 * extract.MaxText / 2
	src := t.TempDir()
	path := filepath.Join(src, "mot-dong.txt")
	if err := os.WriteFile(path, gentext.Text(size, true), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	lib := openLib(t, t.TempDir())

	cctx, cancel := context.WithCancel(ctx)
	time.AfterFunc(50*time.Millisecond, cancel)
	// Reading and extracting 6 MB takes seconds; the cancel comes first.
	rs, err := lib.Import(cctx, []string{path}, ImportOptions{})
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "đã dừng nhập theo yêu cầu") {
		t.Fatalf("cancelled Import = %v", err)
	}
	if n, _ := lib.Store().Count(ctx); n != 0 || countImported(rs) != 0 {
		t.Fatalf("%d stored, %d reported imported by a cancelled import", n, countImported(rs))
	}

	rs, err = lib.Import(ctx, []string{path}, ImportOptions{})
	if err != nil || len(rs) != 1 || rs[0].Status == Failed {
		t.Fatalf("Import = %+v, %v", rs, err)
	}
	d, err := lib.Store().Get(ctx, rs[0].DocID)
	if err != nil || len(d.Text) < size-1024 || d.Number != "1234/UBND-KTTH" {
		t.Fatalf("stored %d bytes of text, number %q, err %v", len(d.Text), d.Number, err)
	}
	if !strings.Contains(strings.Join(d.Warnings, " "), "văn bản rất dài") {
		t.Errorf("warnings %q, want the long-text warning", d.Warnings)
	}
}

// TestImportEmptyDocumentRefused: a document that reads as empty (here all
// its text nested past the readers' depth cap, or blanks only) is refused
// with a message carrying the reader's warning, never stored empty.
func TestImportEmptyDocumentRefused(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`))
	w, _ = zw.Create("word/document.xml")
	w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Repeat(`<w:sdt><w:sdtContent>`, 1000) + `<w:p><w:r><w:t>Kính gửi</w:t></w:r></w:p>` + strings.Repeat(`</w:sdtContent></w:sdt>`, 1000) +
		`</w:body></w:document>`))
	zw.Close()
	src := writeFiles(t, map[string]string{"deep.docx": buf.String(), "blank.txt": " \n\t\n  \n"})
	ctx := context.Background()
	lib := openLib(t, t.TempDir())
	rs, err := lib.Import(ctx, []string{src}, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := statuses(rs)
	for name, fragment := range map[string]string{"deep.docx": "lồng nhau quá sâu", "blank.txt": "không có chữ nào"} {
		r := got[name]
		if r.Status != Failed || !strings.Contains(r.Message, "không có chữ nào đọc được") || !strings.Contains(r.Message, fragment) {
			t.Errorf("%s: %s %q, want refused with %q", name, r.Status, r.Message, fragment)
		}
	}
	if n, _ := lib.Store().Count(ctx); n != 0 {
		t.Errorf("%d documents stored, want none", n)
	}
}
