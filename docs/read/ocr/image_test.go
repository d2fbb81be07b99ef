package ocr

import (
	"encoding/binary"
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
