package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"vanthu/docs/read/ocr"
	"vanthu/index/search"
)

// TestImportScanWithOCR imports a scanned PDF (no text layer): it is read by
// OCR with progress per page, its text is stored and searchable, it stays
// marked as a scan, and the original is kept byte for byte.
func TestImportScanWithOCR(t *testing.T) {
	if _, err := ocr.Find(); errors.Is(err, ocr.ErrMissing) {
		t.Skip("SKIP: tesseract-ocr with tesseract-ocr-vie is not installed; OCR import is not tested here")
	}
	scan := filepath.Join(moduleRoot(t), "docs", "read", "ocr", "testdata", "letterhead-2014-syt.pdf")
	orig, err := os.ReadFile(scan)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	lib := openLib(t, t.TempDir())
	var mu sync.Mutex
	var pages []int
	rs, err := lib.Import(ctx, []string{scan}, ImportOptions{PageProgress: func(file string, page, n int) {
		mu.Lock()
		defer mu.Unlock()
		if file == scan && n == 1 {
			pages = append(pages, page)
		}
	}})
	if err != nil || len(rs) != 1 {
		t.Fatalf("Import = %+v, %v", rs, err)
	}
	r := rs[0]
	if r.Status != Imported || r.Scanned || !strings.Contains(r.Message, "OCR") {
		t.Fatalf("result = %+v, want imported and read by OCR", r)
	}
	if len(pages) != 1 || pages[0] != 1 {
		t.Errorf("page progress = %v, want [1]", pages)
	}
	d, err := lib.Store().Get(ctx, r.DocID)
	if err != nil {
		t.Fatal(err)
	}
	if !d.Scanned || d.Format != "pdf" || !strings.Contains(d.Text, "Vitamin A") || !strings.Contains(strings.Join(d.Warnings, " "), "OCR") {
		t.Errorf("stored: scanned %v, format %q, warnings %q, text %q", d.Scanned, d.Format, d.Warnings, d.Text)
	}
	res, err := lib.Search(search.Query{Text: "trung tam cham soc suc khoe sinh san"})
	if err != nil || res.Total != 1 {
		t.Errorf("search = %+v, %v; want the scan", res, err)
	}
	got, err := os.ReadFile(lib.OriginalPath(d))
	if err != nil || string(got) != string(orig) {
		t.Errorf("original not kept byte for byte (%v)", err)
	}
}
