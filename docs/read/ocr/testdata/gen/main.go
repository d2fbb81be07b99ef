// Command gen wraps a scanned page image (PNG) into a PDF with no text layer,
// the way a copier's "scan to PDF" does: one page, one image, at the
// image's resolution. It makes the small scanned-PDF fixture of the OCR
// tests without any PDF tool:
//
//	go run ./docs/read/ocr/testdata/gen -dpi 300 IN.png OUT.pdf
//
// With -text FILE it adds the lines of FILE as an invisible text layer
// (ASCII only), as an old scanner's OCR did: the fixture of a garbage
// text layer.
package main

import (
	"bytes"
	"compress/zlib"
	"flag"
	"fmt"
	"image"
	"image/png"
	"log"
	"os"
	"strings"
)

func main() {
	dpi := flag.Float64("dpi", 300, "resolution of the image")
	textFile := flag.String("text", "", "lines for an invisible text layer")
	flag.Parse()
	if flag.NArg() != 2 {
		log.Fatal("usage: gen [-dpi N] IN.png OUT.pdf")
	}
	f, err := os.Open(flag.Arg(0))
	if err != nil {
		log.Fatal(err)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		log.Fatal(err)
	}
	var lines []string
	if *textFile != "" {
		b, err := os.ReadFile(*textFile)
		if err != nil {
			log.Fatal(err)
		}
		lines = strings.Split(strings.TrimSpace(string(b)), "\n")
	}
	if err := os.WriteFile(flag.Arg(1), imagePDF(img, *dpi, lines), 0o644); err != nil {
		log.Fatal(err)
	}
}

// imagePDF is a one-page PDF showing img as a 1-bit image (black where the
// image is darker than mid-grey).
func imagePDF(img image.Image, dpi float64, lines []string) []byte {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	row := (w + 7) / 8
	bits := make([]byte, row*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			if (r+g+bl)/3 >= 0x8000 { // white is 1 in DeviceGray
				bits[y*row+x/8] |= 0x80 >> (x % 8)
			}
		}
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(bits)
	zw.Close()
	pw, ph := float64(w)*72/dpi, float64(h)*72/dpi
	content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q", pw, ph)
	fonts := ""
	if len(lines) > 0 {
		fonts = " /Font << /F1 6 0 R >>"
		// Rendering mode 3: text that is there but not drawn.
		content += fmt.Sprintf("\nBT 3 Tr /F1 9 Tf 40 %.2f Td 11 TL", ph-30)
		for _, l := range lines {
			l = strings.NewReplacer("\\", "\\\\", "(", "\\(", ")", "\\)").Replace(l)
			content += " (" + l + ") '"
		}
		content += " ET"
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 4 0 R >>%s >> /Contents 5 0 R >>", pw, ph, fonts),
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", w, h, z.Len(), z.String()),
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
	}
	if len(lines) > 0 {
		objs = append(objs, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	}
	var out bytes.Buffer
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&out, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return out.Bytes()
}
