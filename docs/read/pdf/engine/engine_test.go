package engine

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/requests"
)

func TestCacheDir(t *testing.T) {
	t.Setenv(CacheDirEnv, "/srv/vanthu-cache")
	if got, err := CacheDir(); err != nil || got != filepath.Join("/srv/vanthu-cache", "wazero") {
		t.Errorf("with %s set: CacheDir() = %q, %v", CacheDirEnv, got, err)
	}
	t.Setenv(CacheDirEnv, "")
	base, err := os.UserCacheDir()
	if err != nil {
		t.Skip("no user cache folder here:", err)
	}
	if got, err := CacheDir(); err != nil || got != filepath.Join(base, "vanthu", "wazero") {
		t.Errorf("CacheDir() = %q, %v; want it under %s", got, err, base)
	}
}

// TestStartFillsCache: a start with an empty cache folder leaves the
// compiled engine in it for the next start.
func TestStartFillsCache(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles PDFium from scratch (several seconds)")
	}
	dir := t.TempDir()
	e, err := Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		t.Fatalf("cache folder empty after a start (%v)", err)
	}
}

func TestDo(t *testing.T) {
	e, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	minimal := []byte("%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
		"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
		"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>endobj\n" +
		"trailer<</Root 1 0 R>>\n%%EOF")
	pageCount := func(p pdfium.Pdfium) (int, error) {
		d, err := p.OpenDocument(&requests.OpenDocument{File: &minimal})
		if err != nil {
			return 0, err
		}
		defer p.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.Document})
		n, err := p.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.Document})
		if err != nil {
			return 0, err
		}
		return n.PageCount, nil
	}
	boom := errors.New("boom")
	for _, tc := range []struct {
		name    string
		fn      func(pdfium.Pdfium) error
		wantErr bool
	}{
		{"works", func(p pdfium.Pdfium) error {
			n, err := pageCount(p)
			if err == nil && n != 1 {
				t.Errorf("page count = %d, want 1", n)
			}
			return err
		}, false},
		{"error", func(pdfium.Pdfium) error { return boom }, true},
		{"panic", func(pdfium.Pdfium) error { panic("reader bug") }, true},
		{"works after a failure", func(p pdfium.Pdfium) error { _, err := pageCount(p); return err }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := e.Do(tc.fn)
			if (err != nil) != tc.wantErr {
				t.Errorf("Do() = %v, want error: %v", err, tc.wantErr)
			}
		})
	}
}

func TestSharedLifecycle(t *testing.T) {
	Warm()
	Warm() // a second call must not start a second engine
	a, err := Shared()
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := Shared(); b != a {
		t.Error("Shared() returned two different engines")
	}
	if err := Close(); err != nil {
		t.Fatal(err)
	}
	if err := Close(); err != nil {
		t.Errorf("second Close() = %v, want nil", err)
	}
	c, err := Shared()
	if err != nil || c == a {
		t.Fatalf("Shared() after Close = %p, %v; want a new engine", c, err)
	}
	Close()
}

// BenchmarkEngineColdStart is the first start on a machine: PDFium is
// compiled to machine code and written to an empty cache folder.
func BenchmarkEngineColdStart(b *testing.B) {
	for b.Loop() {
		dir, err := os.MkdirTemp("", "wazero-cold")
		if err != nil {
			b.Fatal(err)
		}
		e, err := Start(dir)
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
		os.RemoveAll(dir)
	}
}

// BenchmarkEngineCachedStart is every later start: the compiled code is
// loaded from the cache folder.
func BenchmarkEngineCachedStart(b *testing.B) {
	dir := b.TempDir()
	e, err := Start(dir)
	if err != nil {
		b.Fatal(err)
	}
	e.Close()
	for b.Loop() {
		e, err := Start(dir)
		if err != nil {
			b.Fatal(err)
		}
		e.Close()
	}
}
