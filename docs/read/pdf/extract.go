package pdf

import (
	"strings"
	"unicode"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"

	"vanthu/docs/read/pdf/layout"
)

// rawDoc is what PDFium gives of a document: the glyphs of each page.
type rawDoc struct {
	pageCount int // pages in the file; pages holds at most MaxPages of them
	pages     []layout.Page
	visible   int // glyphs that are not spaces
	images    int // image objects on pages with almost no text
	unmapped  int // glyphs PDFium could not map to Unicode
}

// Font descriptor flags (PDF 1.7, 9.8.2).
const (
	flagItalic    = 1 << 6
	flagForceBold = 1 << 18
)

// extract opens the document and collects the glyphs of its first limit
// pages.
func extract(p pdfium.Pdfium, data []byte, limit int) (*rawDoc, error) {
	d, err := p.OpenDocument(&requests.OpenDocument{File: &data})
	if err != nil {
		return nil, err
	}
	defer p.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.Document})
	cnt, err := p.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.Document})
	if err != nil {
		return nil, err
	}
	raw := &rawDoc{pageCount: cnt.PageCount}
	for i := 0; i < cnt.PageCount && i < limit; i++ {
		pg, err := extractPage(p, d.Document, i, raw)
		if err != nil {
			return nil, err
		}
		raw.pages = append(raw.pages, pg)
	}
	return raw, nil
}

func extractPage(p pdfium.Pdfium, doc references.FPDF_DOCUMENT, index int, raw *rawDoc) (layout.Page, error) {
	pg := layout.Page{Number: index + 1}
	lp, err := p.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: doc, Index: index})
	if err != nil {
		return pg, err
	}
	defer p.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: lp.Page})
	page := requests.Page{ByReference: &lp.Page}
	if w, err := p.FPDF_GetPageWidthF(&requests.FPDF_GetPageWidthF{Page: page}); err == nil {
		pg.Width = float64(w.PageWidth)
	}
	if h, err := p.FPDF_GetPageHeightF(&requests.FPDF_GetPageHeightF{Page: page}); err == nil {
		pg.Height = float64(h.PageHeight)
	}
	tp, err := p.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: page})
	if err != nil {
		return pg, err
	}
	defer p.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	n, err := p.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return pg, err
	}
	visible := 0
	for i := 0; i < n.Count; i++ {
		c, ok, err := glyph(p, tp.TextPage, i, raw)
		if err != nil {
			return pg, err
		}
		if !ok {
			continue
		}
		if !unicode.IsSpace(c.R) {
			visible++
		}
		pg.Chars = append(pg.Chars, c)
	}
	raw.visible += visible
	if visible < minCharsPerPage {
		raw.images += countImages(p, page)
	}
	return pg, nil
}

// glyph reads one character. Characters PDFium made up (the spaces and line
// breaks it infers) are skipped: layout decides on spaces from the geometry.
func glyph(p pdfium.Pdfium, tp references.FPDF_TEXTPAGE, i int, raw *rawDoc) (layout.Char, bool, error) {
	var c layout.Char
	u, err := p.FPDFText_GetUnicode(&requests.FPDFText_GetUnicode{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	r := rune(u.Unicode)
	switch {
	case r == 0 || r == 0xfffe || r == 0xfffd:
		raw.unmapped++
		return c, false, nil
	case r == 2:
		r = '-' // PDFium's mark for a hyphen ending a line
	case r == '\r' || r == '\n' || (unicode.IsControl(r) && r != '\t'):
		return c, false, nil
	}
	if r == ' ' || r == '\t' || r == 0xa0 {
		g, err := p.FPDFText_IsGenerated(&requests.FPDFText_IsGenerated{TextPage: tp, Index: i})
		if err != nil {
			return c, false, err
		}
		if g.IsGenerated {
			return c, false, nil
		}
		r = ' '
	}
	c.R = r
	// The loose box spans the glyph's advance, not its ink: gaps between
	// loose boxes are true spacing, even in a monospaced font.
	box, err := p.FPDFText_GetLooseCharBox(&requests.FPDFText_GetLooseCharBox{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	c.Left, c.Right, c.Bottom, c.Top = float64(box.Rect.Left), float64(box.Rect.Right), float64(box.Rect.Bottom), float64(box.Rect.Top)
	o, err := p.FPDFText_GetCharOrigin(&requests.FPDFText_GetCharOrigin{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	c.X, c.Y = o.X, o.Y
	fs, err := p.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	c.Size = fs.FontSize
	if r == ' ' {
		return c, true, nil
	}
	fw, err := p.FPDFText_GetFontWeight(&requests.FPDFText_GetFontWeight{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	fi, err := p.FPDFText_GetFontInfo(&requests.FPDFText_GetFontInfo{TextPage: tp, Index: i})
	if err != nil {
		return c, false, err
	}
	name := strings.ToLower(fi.FontName)
	c.Bold = fw.FontWeight >= 600 || fi.Flags&flagForceBold != 0 || strings.Contains(name, "bold")
	c.Italic = fi.Flags&flagItalic != 0 || strings.Contains(name, "italic") || strings.Contains(name, "oblique")
	return c, true, nil
}

// countImages counts the image objects of a page, to tell a scan from a
// blank page.
func countImages(p pdfium.Pdfium, page requests.Page) int {
	n, err := p.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return 0
	}
	images := 0
	for i := 0; i < n.Count; i++ {
		o, err := p.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: i})
		if err != nil {
			continue
		}
		t, err := p.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o.PageObject})
		if err == nil && t.Type == enums.FPDF_PAGEOBJ_IMAGE {
			images++
		}
	}
	return images
}
