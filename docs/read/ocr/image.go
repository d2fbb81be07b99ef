package ocr

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"image"
	"os"
	"unicode"
)

// ImageFormat names an image file Tesseract can read by its first bytes:
// png, jpg, tif, bmp or gif; "" for anything else.
func ImageFormat(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")):
		return "png"
	case bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}):
		return "jpg"
	case bytes.HasPrefix(data, []byte("II*\x00")), bytes.HasPrefix(data, []byte("MM\x00*")):
		return "tif"
	case bytes.HasPrefix(data, []byte("GIF87a")), bytes.HasPrefix(data, []byte("GIF89a")):
		return "gif"
	case len(data) > 26 && bytes.HasPrefix(data, []byte("BM")) &&
		int(binary.LittleEndian.Uint32(data[2:6])) <= len(data)+16 && binary.LittleEndian.Uint32(data[14:18]) >= 12:
		return "bmp"
	}
	return ""
}

// TIFFPages counts the pages (image file directories) of a TIFF file,
// following the chain of directories with a bound and a loop check, since
// the offsets come from the file.
func TIFFPages(data []byte) int {
	if len(data) < 8 {
		return 0
	}
	var bo binary.ByteOrder
	switch string(data[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
		bo = binary.BigEndian
	default:
		return 0
	}
	seen := map[uint32]bool{}
	off := bo.Uint32(data[4:8])
	n := 0
	for off != 0 && !seen[off] && n < 10000 {
		seen[off] = true
		if uint64(off)+2 > uint64(len(data)) {
			break
		}
		entries := uint64(bo.Uint16(data[off:]))
		next := uint64(off) + 2 + 12*entries
		if next+4 > uint64(len(data)) {
			break
		}
		n++
		off = bo.Uint32(data[next:])
	}
	return n
}

// writePGM writes a grayscale image as binary PGM, which Tesseract reads
// without decoding cost.
func writePGM(path string, img *image.Gray) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	b := img.Bounds()
	fmt.Fprintf(w, "P5\n%d %d\n255\n", b.Dx(), b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		i := img.PixOffset(b.Min.X, y)
		w.Write(img.Pix[i : i+b.Dx()])
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
