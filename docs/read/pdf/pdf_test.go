package pdf

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"

	"vanthu/docs/model"
	"vanthu/docs/read/pdf/engine"
	"vanthu/docs/read/pdf/layout"
	"vanthu/docs/read/readerr"
	"vanthu/docs/vn"
)

func TestMain(m *testing.M) {
	code := m.Run()
	Close()
	os.Exit(code)
}

func fixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestLetters reads LibreOffice PDFs of Decree 30 letters and compares the
// paragraphs, in reading order, with the ones the letters were written from.
func TestLetters(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pages   int
		headers []string // page numbers taken out of the body
	}{
		{"kontum-cchc", 3, []string{"2", "3"}},
		{"quyet-dinh-short", 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := strings.Split(strings.TrimSpace(string(fixture(t, tc.name+".want.txt"))), "\n")
			doc, err := Read(fixture(t, tc.name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			got := doc.Paragraphs()
			for i := 0; i < max(len(got), len(want)); i++ {
				var g, w string
				if i < len(got) {
					g = got[i]
				}
				if i < len(want) {
					w = want[i]
				}
				if g != w {
					t.Errorf("paragraph %d:\n got %q\nwant %q", i, g, w)
				}
			}
			if doc.Info.Pages != tc.pages || doc.Info.Format != "pdf" || doc.Info.Scanned {
				t.Errorf("info = %+v, want %d pages of pdf text", doc.Info, tc.pages)
			}
			var headers []string
			for _, h := range doc.Headers {
				headers = append(headers, h.Text)
			}
			if strings.Join(headers, ",") != strings.Join(tc.headers, ",") {
				t.Errorf("headers = %q, want %q", headers, tc.headers)
			}
			if last := doc.Blocks[len(doc.Blocks)-1]; last.Page != tc.pages {
				t.Errorf("last block on page %d, want %d", last.Page, tc.pages)
			}
		})
	}
}

// TestHeaderReadingOrder: the two-column header reads left column first.
func TestHeaderReadingOrder(t *testing.T) {
	doc, err := Read(fixture(t, "quyet-dinh-short.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"ỦY BAN NHÂN DÂN", "HUYỆN NGỌC HỒI", "Số: 05/QĐ-UBND",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Ngọc Hồi, ngày 07 tháng 01 năm 2022",
		"QUYẾT ĐỊNH",
	}
	got := doc.Paragraphs()
	if len(got) < len(want) {
		t.Fatalf("only %d paragraphs", len(got))
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("paragraph %d = %q, want %q", i, got[i], w)
		}
	}
	b := doc.Blocks[4]
	if !b.Style.Bold || b.Page != 1 {
		t.Errorf("Tiêu ngữ block = %+v, want bold on page 1", b)
	}
}

// TestFallbackFontOrder: letters drawn later in another font stay in place.
func TestFallbackFontOrder(t *testing.T) {
	lines := []string{"Quốc hội Việt Nam", "Độc lập - Tự do - Hạnh phúc"}
	data := fallbackFontPDF(lines...)

	// The file really draws the accented letters last.
	eng, err := engine.Shared()
	if err != nil {
		t.Fatal(err)
	}
	var raw *rawDoc
	if err := eng.Do(func(p pdfium.Pdfium) (e error) { raw, e = extract(p, data, 1); return e }); err != nil {
		t.Fatal(err)
	}
	var stream, accents []rune
	for _, c := range raw.pages[0].Chars {
		stream = append(stream, c.R)
	}
	for _, r := range strings.Join(lines, "") {
		if r >= 128 {
			accents = append(accents, r)
		}
	}
	if tail := string(stream[len(stream)-len(accents):]); tail != string(accents) {
		t.Fatalf("content order ends with %q: the fixture does not draw the accents last", tail)
	}

	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(doc.Paragraphs(), " "), strings.Join(lines, " "); got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
}

func TestUnreadable(t *testing.T) {
	kontum := fixture(t, "kontum-cchc.pdf")
	for _, tc := range []struct {
		name    string
		data    []byte
		sentry  error  // errors.Is target, or nil
		msg     string // start of the clerk's message
		scanned bool
	}{
		{"scan", imageOnlyPDF(), ErrScanned, "tệp PDF là bản quét (ảnh)", true},
		{"blank page", blankPDF(), ErrBlank, "tệp PDF không có chữ", false},
		{"password", fixture(t, "encrypted.pdf"), nil, "tệp PDF được đặt mật khẩu", false},
		{"garbage", []byte("%PDF-1.4\n\x00\x01 not really a pdf"), nil, "tệp PDF bị hỏng", false},
		{"truncated", kontum[:len(kontum)/8], nil, "tệp PDF bị hỏng", false},
		{"empty", nil, nil, "tệp PDF bị hỏng", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(tc.data)
			var re *readerr.Error
			if !errors.As(err, &re) {
				t.Fatalf("err = %v, want a *readerr.Error", err)
			}
			if !strings.HasPrefix(re.Msg, tc.msg) {
				t.Errorf("message %q, want it to start with %q", re.Msg, tc.msg)
			}
			if tc.sentry != nil && !errors.Is(err, tc.sentry) {
				t.Errorf("err = %v, want errors.Is %v", err, tc.sentry)
			}
			if tc.sentry == nil {
				if doc != nil {
					t.Errorf("doc = %+v, want nil", doc)
				}
				return
			}
			if doc == nil || len(doc.Blocks) != 0 || doc.Info.Scanned != tc.scanned || len(doc.Info.Warnings) == 0 || doc.Info.Pages != 1 {
				t.Errorf("doc = %+v, want no blocks, scanned=%v, a warning, 1 page", doc, tc.scanned)
			}
		})
	}
}

// TestRealScan reads the scanned sample of the shared material when present.
func TestRealScan(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(moduleRoot(t), "..", "shared", "samples", "scan-quy-trinh-kcb-bhyt.pdf"))
	if err != nil {
		t.Skip("shared samples not available:", err)
	}
	doc, err := Read(data)
	if !errors.Is(err, ErrScanned) || doc == nil || !doc.Info.Scanned || doc.Info.Pages < 2 {
		t.Fatalf("doc = %+v, err = %v; want a scanned document of several pages", doc, err)
	}
}

func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
}

// FuzzRead feeds damaged PDFs through PDFium and the layout. Each input runs
// the wasm engine, so it manages only a few inputs a second: keep runs short
// (layout.FuzzBuild fuzzes the geometry fast).
func FuzzRead(f *testing.F) {
	f.Add(blankPDF())
	f.Add(imageOnlyPDF())
	f.Add(fallbackFontPDF("Số: 12/UBND-VX", "Kính gửi: Sở Nội vụ"))
	f.Add([]byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err != nil {
			var re *readerr.Error
			if !errors.As(err, &re) || re.Msg == "" {
				t.Fatalf("err = %v, want a *readerr.Error with a message", err)
			}
			return
		}
		checkText(t, doc.Blocks)
		checkText(t, doc.Headers)
		checkText(t, doc.Footers)
	})
}

func checkText(t *testing.T, bs []model.Block) {
	for _, b := range bs {
		if !utf8.ValidString(b.Text) || vn.NFC(b.Text) != b.Text {
			t.Fatalf("block text %q is not NFC UTF-8", b.Text)
		}
		if b.Page < 1 {
			t.Fatalf("block %q without a page", b.Text)
		}
	}
}

// BenchmarkReadPerPage reads a three-page letter; ms/page is the figure.
func BenchmarkReadPerPage(b *testing.B) {
	data := fixture(b, "kontum-cchc.pdf")
	if _, err := Read(data); err != nil { // start the engine outside the timing
		b.Fatal(err)
	}
	pages := 0
	b.ResetTimer()
	for b.Loop() {
		doc, err := Read(data)
		if err != nil {
			b.Fatal(err)
		}
		pages += doc.Info.Pages
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(pages), "ms/page")
}

// TestBuildWarns: a file longer than what was read, or with letters PDFium
// could not decode, says so to the clerk.
func TestBuildWarns(t *testing.T) {
	var chars []layout.Char
	for i, r := range []rune("Công văn số 12/UBND-VX về việc cải cách hành chính") {
		x := 72 + float64(i)*6
		chars = append(chars, layout.Char{R: r, Left: x, Right: x + 6, X: x, Y: 700, Size: 12})
	}
	raw := &rawDoc{pageCount: MaxPages + 5, visible: len(chars), unmapped: 3,
		pages: []layout.Page{{Number: 1, Width: 595, Height: 842, Chars: chars}}}
	doc, err := build(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{fmt.Sprintf(warnTooLong, MaxPages+5, 1), warnNoUnicode}
	if strings.Join(doc.Info.Warnings, "|") != strings.Join(want, "|") {
		t.Errorf("warnings = %q, want %q", doc.Info.Warnings, want)
	}
	if doc.Info.Pages != MaxPages+5 || len(doc.Blocks) != 1 {
		t.Errorf("doc = %+v, want all pages counted and one paragraph", doc)
	}
}
