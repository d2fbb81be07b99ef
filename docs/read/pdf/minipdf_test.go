package pdf

import (
	"bytes"
	"fmt"
	"strings"
)

// Tiny hand-built PDFs for the cases LibreOffice cannot be made to produce.

// assemble writes objects 1..n (1 must be the catalog) with a correct xref.
func assemble(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func stream(dict, data string) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// onePage is a one-page A4 PDF with the given resources and content; extra
// objects are numbered from 5 on.
func onePage(resources, content string, extra ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + " /Contents 4 0 R >>",
		stream("", content),
	}
	return assemble(append(objs, extra...)...)
}

// fallbackFontPDF sets each line in Courier 12 pt, one character per 7.2 pt
// cell, without drawing spaces. The ASCII letters are drawn first; every
// other letter is drawn afterwards in a second font, the way a PDF maker
// fills in glyphs the first font lacks. Read in content order the accented
// letters would all pile up at the end.
func fallbackFontPDF(lines ...string) []byte {
	const size, cell, left, top, leading = 12.0, 7.2, 72.0, 760.0, 16.0
	var first, later strings.Builder
	codes := map[rune]int{}
	var order []rune
	for i, line := range lines {
		y := top - float64(i)*leading
		for k, r := range []rune(line) {
			x := left + float64(k)*cell
			switch {
			case r == ' ':
			case r < 128:
				fmt.Fprintf(&first, "1 0 0 1 %.1f %.1f Tm (%s) Tj\n", x, y, strings.NewReplacer(`(`, `\(`, `)`, `\)`, `\`, `\\`).Replace(string(r)))
			default:
				if codes[r] == 0 {
					order = append(order, r)
					codes[r] = len(order)
				}
				fmt.Fprintf(&later, "1 0 0 1 %.1f %.1f Tm <%02X> Tj\n", x, y, codes[r])
			}
		}
	}
	content := "BT /F1 12 Tf\n" + first.String() + "ET\nBT /F2 12 Tf\n" + later.String() + "ET"
	var widths, names, cmap strings.Builder
	for i, r := range order {
		fmt.Fprintf(&widths, "600 ")
		// PDFium drops a code whose glyph the font lacks, so borrow Latin
		// glyph names; the ToUnicode map gives the real letters.
		fmt.Fprintf(&names, "/%c ", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"[i%52])
		fmt.Fprintf(&cmap, "<%02X> <%04X>\n", i+1, r)
	}
	toUnicode := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n" +
		"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
		"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n" +
		"1 begincodespacerange <00> <FF> endcodespacerange\n" +
		fmt.Sprintf("%d beginbfchar\n%sendbfchar\n", len(order), cmap.String()) +
		"endcmap CMapName currentdict /CMap defineresource pop end end"
	return onePage("<< /Font << /F1 5 0 R /F2 6 0 R >> >>", content,
		"<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
		fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 1 /LastChar %d /Widths [%s] "+
			"/Encoding << /Type /Encoding /Differences [1 %s] >> /ToUnicode 7 0 R >>", len(order), widths.String(), names.String()),
		stream("", toUnicode))
}

// imageOnlyPDF is a page that is one picture, like a scanned letter.
func imageOnlyPDF() []byte {
	return onePage("<< /XObject << /Im1 5 0 R >> >>", "q 595 0 0 842 0 0 cm /Im1 Do Q",
		stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x10\xf0\xf0\x10"))
}

// blankPDF is a page with nothing on it.
func blankPDF() []byte { return onePage("<< >>", "") }
