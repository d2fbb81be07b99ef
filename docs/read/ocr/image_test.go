package ocr

import (
	"encoding/binary"
	"os"
	"testing"
)

func TestImageFormat(t *testing.T) {
	bmp := make([]byte, 64)
	copy(bmp, "BM")
	binary.LittleEndian.PutUint32(bmp[2:], 64)
	binary.LittleEndian.PutUint32(bmp[14:], 40)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00"), "png"},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0}, "jpg"},
		{"tiff little endian", []byte("II*\x00\x08\x00\x00\x00"), "tif"},
		{"tiff big endian", []byte("MM\x00*\x00\x00\x00\x08"), "tif"},
		{"gif", []byte("GIF89a\x01\x00"), "gif"},
		{"bmp", bmp, "bmp"},
		{"text starting BM", []byte("BMW của Sở Giao thông vận tải, số 12"), ""},
		{"pdf", []byte("%PDF-1.4"), ""},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		if got := ImageFormat(tt.data); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

// tiff builds a TIFF header with n chained directories of one entry each;
// loop makes the last directory point back to the first.
func tiff(n int, loop bool) []byte {
	b := []byte("II*\x00")
	b = binary.LittleEndian.AppendUint32(b, 8)
	for i := 0; i < n; i++ {
		b = binary.LittleEndian.AppendUint16(b, 1)
		b = append(b, make([]byte, 12)...)
		next := uint32(len(b) + 4)
		if i == n-1 {
			next = 0
			if loop {
				next = 8
			}
		}
		b = binary.LittleEndian.AppendUint32(b, next)
	}
	return b
}

func TestTIFFPages(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want int
	}{
		{"one page", tiff(1, false), 1},
		{"three pages", tiff(3, false), 3},
		{"loop", tiff(2, true), 2},
		{"truncated", tiff(3, false)[:30], 1},
		{"not tiff", []byte("%PDF-1.4 xxxx"), 0},
		{"offset past the end", []byte("II*\x00\xff\xff\xff\xff"), 0},
	}
	for _, tt := range tests {
		if got := TIFFPages(tt.data); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

func FuzzTIFFPages(f *testing.F) {
	f.Add(tiff(2, false))
	f.Add(tiff(2, true))
	f.Fuzz(func(t *testing.T, data []byte) {
		if n := TIFFPages(data); n < 0 || n > 10000 {
			t.Fatalf("pages = %d", n)
		}
	})
}

func TestPageImages(t *testing.T) {
	for _, f := range []string{"testdata/letterhead-2014-syt.png", "testdata/letterhead-2014-syt.pdf"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		imgs, err := PageImages(data, 100, 5)
		if err != nil || len(imgs) != 1 {
			t.Fatalf("%s: %d images, %v", f, len(imgs), err)
		}
		if b := imgs[0].Bounds(); b.Dx() < 800 || b.Dy() < 300 {
			t.Errorf("%s: image %v", f, b)
		}
	}
	if _, err := PageImages([]byte("\x89PNG\r\n\x1a\nbroken"), 100, 1); err == nil {
		t.Error("a broken PNG gave an image")
	}
}

// TestPageImagesMatch checks the PDF page drawn for the clerk is the image
// the PDF holds (rows not shifted by the renderer's padding).
func TestPageImagesMatch(t *testing.T) {
	pngData, _ := os.ReadFile("testdata/letterhead-2014-syt.png")
	pdfData, _ := os.ReadFile("testdata/letterhead-2014-syt.pdf")
	a, err1 := PageImages(pngData, 300, 1)
	b, err2 := PageImages(pdfData, 300, 1)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	ab, bb := a[0].Bounds(), b[0].Bounds()
	if abs(ab.Dx()-bb.Dx()) > 1 || abs(ab.Dy()-bb.Dy()) > 1 { // the renderer rounds up
		t.Fatalf("sizes %v and %v", ab, bb)
	}
	differ := 0
	for y := 0; y < min(ab.Dy(), bb.Dy()); y += 7 {
		for x := 0; x < min(ab.Dx(), bb.Dx()); x += 7 {
			ga, _, _, _ := a[0].At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			gb, _, _, _ := b[0].At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if (ga > 0x8000) != (gb > 0x8000) {
				differ++
			}
		}
	}
	if total := (ab.Dx() / 7) * (ab.Dy() / 7); differ > total/50 {
		t.Errorf("%d of %d sampled pixels differ", differ, total)
	}
}

func abs(n int) int { return max(n, -n) }

// TestPageImagesOddWidth draws the PDF at a resolution where the rows of
// PDFium's bitmap are padded: the page's blank left margin must stay blank
// (copying the pixels as one block shears the page).
func TestPageImagesOddWidth(t *testing.T) {
	data, _ := os.ReadFile("testdata/letterhead-2014-syt.pdf")
	imgs, err := PageImages(data, 101, 1)
	if err != nil {
		t.Fatal(err)
	}
	b := imgs[0].Bounds()
	if b.Dx()%4 == 0 {
		t.Fatalf("width %d is not odd enough for this test", b.Dx())
	}
	dark := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Min.X+100; x++ {
			if g, _, _, _ := imgs[0].At(x, y).RGBA(); g < 0x8000 {
				dark++
			}
		}
	}
	if dark > 50 {
		t.Errorf("%d dark pixels in the blank left margin", dark)
	}
}
