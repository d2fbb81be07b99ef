package ocr

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"vanthu/docs/model"
)

// needTesseract skips a test, saying so, where Tesseract with Vietnamese is
// not installed (scripts/deps.sh installs it for make test).
func needTesseract(t testing.TB) *Tesseract {
	t.Helper()
	tess, err := Find()
	if errors.Is(err, ErrMissing) {
		t.Skip("SKIP: tesseract-ocr with tesseract-ocr-vie is not installed; the OCR path is not tested here")
	}
	if err != nil {
		t.Fatal(err)
	}
	return tess
}

// The committed scan is the top of a real letter (testdata/SOURCES.md):
// the two-column letterhead, a number with a handwritten part, the subject
// and the recipients.
func TestReadImage(t *testing.T) {
	needTesseract(t)
	data, err := os.ReadFile("testdata/letterhead-2014-syt.png")
	if err != nil {
		t.Fatal(err)
	}
	var progress [][2]int
	doc, err := ReadImage(context.Background(), data, Options{Progress: func(p, n int) {
		progress = append(progress, [2]int{p, n})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Info.Format != "png" || !doc.Info.Scanned || doc.Info.OCR == nil || doc.Info.OCR.Pages != 1 {
		t.Fatalf("info = %+v", doc.Info)
	}
	if len(progress) == 0 || progress[len(progress)-1] != [2]int{1, 1} {
		t.Errorf("progress = %v", progress)
	}
	text := doc.PlainText()
	// Reading order: the left column (issuing body, number) comes whole
	// before the right one (Quốc hiệu, place and date); the subject follows
	// the number, in the left column or after the band (where a blank line
	// sets it apart, as here, both are a fair reading).
	before := func(a, b string) {
		t.Helper()
		i, j := strings.Index(text, a), strings.Index(text, b)
		if i < 0 || j < 0 || i >= j {
			t.Errorf("%q should come before %q in:\n%s", a, b, text)
		}
	}
	before("UBND TỈNH KIÊN GIANG", "SYT-NVY")
	before("SYT-NVY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	before("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập")
	before("Độc lập", "Kiên Giang, ngày")
	before("SYT-NVY", "Vitamin A")
	before("Vitamin A", "Kính gửi")
	before("Kiên Giang, ngày", "Kính gửi")
	before("Kính gửi", "Trung tâm Chăm sóc sức khỏe sinh sinh sản")
}

func TestReadImageCancelled(t *testing.T) {
	needTesseract(t)
	data, err := os.ReadFile("testdata/letterhead-2014-syt.png")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ReadImage(ctx, data, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestReadImageBad(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"not an image", []byte("hello"), "không nhận ra định dạng ảnh"},
		{"broken png", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...), "tệp ảnh"},
	}
	for _, tt := range tests {
		_, err := ReadImage(context.Background(), tt.data, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.msg)
		}
	}
}

// TestReadPDF reads the same scan wrapped in a PDF without a text layer,
// as a copier makes it: rendered by the PDF engine, then recognised.
func TestReadPDF(t *testing.T) {
	needTesseract(t)
	data, err := os.ReadFile("testdata/letterhead-2014-syt.pdf")
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	doc, err := ReadPDF(context.Background(), data, Options{Progress: func(p, n int) { pages = n }})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Info.Format != "pdf" || doc.Info.Pages != 1 || pages != 1 || doc.Info.OCR == nil {
		t.Fatalf("info = %+v, progress pages %d", doc.Info, pages)
	}
	text := doc.PlainText()
	for _, s := range []string{"UBND TỈNH KIÊN GIANG", "Kiên Giang, ngày", "Kính gửi:", "sinh sinh sản;"} {
		if !strings.Contains(text, s) {
			t.Errorf("%q missing in:\n%s", s, text)
		}
	}
}

// TestGarbageLayer reads a scan whose PDF carries an old OCR text layer
// without marks: the layer is recognised as garbage and the page read anew.
func TestGarbageLayer(t *testing.T) {
	needTesseract(t)
	data, err := os.ReadFile("testdata/letterhead-2014-syt-oldocr.pdf")
	if err != nil {
		t.Fatal(err)
	}
	layer := &model.Document{Blocks: []model.Block{{Kind: model.KindParagraph,
		Text: "UBND TINH KIEN GIANG CONG HOA XA HOI CHU NGHIA VIET NAM SO Y TE Doc lap - Tu do - Hanh phuc"}}}
	if Garbage(layer) {
		t.Error("too short a text judged garbage")
	}
	old := &model.Document{Blocks: []model.Block{{Kind: model.KindParagraph, Text: strings.Repeat(layer.Blocks[0].Text+" Kinh gui Trung tam y te du phong ", 2)}}}
	if !Garbage(old) {
		t.Fatal("layer without marks not judged garbage")
	}
	doc := Reread(context.Background(), data, old, Options{})
	if doc.Info.OCR == nil || !strings.Contains(doc.PlainText(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") ||
		!strings.Contains(doc.Info.Warnings[0], "mất dấu") {
		t.Errorf("reread: %+v\n%s", doc.Info, doc.PlainText())
	}
}

// TestReadImageDecoded reads the committed scan as a Tesseract without
// image libraries would get it (the Windows bundle): decoded to PGM here.
func TestReadImageDecoded(t *testing.T) {
	tess := needTesseract(t)
	saved := tess.Reads
	tess.Reads = map[string]bool{"bmp": true}
	defer func() { tess.Reads = saved }()
	data, err := os.ReadFile("testdata/letterhead-2014-syt.png")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ReadImage(context.Background(), data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.PlainText(), "Trung tâm Chăm sóc sức khỏe sinh sinh sản") {
		t.Errorf("text:\n%s", doc.PlainText())
	}
}

func TestReadsFormats(t *testing.T) {
	v := "tesseract 5.3.0\n leptonica-1.82.0\n  libgif 5.2.1 : libjpeg 6b (libjpeg-turbo 2.1.2) : libpng 1.6.39 : libtiff 4.5.0 : zlib 1.2.13\n"
	got := readsFormats(v)
	for _, f := range []string{"png", "jpg", "tif", "gif", "bmp"} {
		if !got[f] {
			t.Errorf("%s not read by %q", f, v)
		}
	}
	bare := readsFormats("tesseract 5.3.0\n leptonica-1.82.0\n")
	if bare["png"] || !bare["bmp"] {
		t.Errorf("bare build reads %v", bare)
	}
}

// TestReadMultiPageTIFF reads a two-page TIFF in one run, with progress
// for each page.
func TestReadMultiPageTIFF(t *testing.T) {
	tess := needTesseract(t)
	if !tess.Reads["tif"] {
		t.Skip("SKIP: this Tesseract reads no TIFF itself")
	}
	data, err := os.ReadFile("testdata/letterhead-2014-syt-2pages.tif")
	if err != nil {
		t.Fatal(err)
	}
	if n := TIFFPages(data); n != 2 {
		t.Fatalf("TIFFPages = %d", n)
	}
	var progress [][2]int
	doc, err := ReadImage(context.Background(), data, Options{Progress: func(p, n int) {
		progress = append(progress, [2]int{p, n})
	}})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Info.Format != "tif" || doc.Info.Pages != 2 || doc.Info.OCR.Pages != 2 {
		t.Errorf("info %+v, OCR %+v", doc.Info, doc.Info.OCR)
	}
	if len(progress) == 0 || progress[len(progress)-1] != [2]int{2, 2} {
		t.Errorf("progress %v", progress)
	}
	text := doc.PlainText()
	if !strings.Contains(text, "UBND TỈNH KIÊN GIANG") || !strings.Contains(text, "Kính gửi:") {
		t.Errorf("text:\n%s", text)
	}
	if pages := map[int]bool{}; true {
		for _, b := range doc.Blocks {
			pages[b.Page] = true
		}
		if !pages[1] || !pages[2] {
			t.Errorf("blocks on pages %v", pages)
		}
	}
}
