package pdf

import (
	"errors"
	"image"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"

	"vanthu/docs/read/pdf/engine"
	"vanthu/docs/read/readerr"
)

// maxRenderPixels bounds one rendered page (A3 at 300 dpi is 17.5 million
// pixels): a page claiming to be metres wide must not exhaust memory.
const maxRenderPixels = 36_000_000

// ErrPageTooLarge marks a page too large to render at the asked resolution.
var ErrPageTooLarge = errors.New("pdf: page too large to render")

const msgPageTooLarge = "trang PDF quá khổ, không dựng được ảnh để nhận dạng chữ"

// Render draws the first limit pages of a PDF in grayscale at dpi and hands
// each to fn in page order (page is 1-based, pages the file's page count).
// The image is only valid during the call: PDFium owns its pixels. An error
// from fn stops the rendering and is returned as it is.
func Render(data []byte, dpi, limit int, fn func(page, pages int, img *image.Gray) error) error {
	return render(data, dpi, limit, nil, func(page, pages, _ int, img *image.Gray) error { return fn(page, pages, img) })
}

// RenderScan is Render with a resolution chosen per page by dpiFor from
// the resolution the page's largest image was scanned at (0 when the page
// has none), which fn is told. OCR reads a 200 dpi bilevel scan better
// when every pixel is scaled whole.
func RenderScan(data []byte, limit int, dpiFor func(scanDPI float64) int, fn func(page, pages, dpi int, img *image.Gray) error) error {
	return render(data, 0, limit, dpiFor, fn)
}

func render(data []byte, dpi, limit int, dpiFor func(float64) int, fn func(page, pages, dpi int, img *image.Gray) error) error {
	eng, err := engine.Shared()
	if err != nil {
		return readerr.New(msgEngine, err)
	}
	var fnErr error
	err = eng.Do(func(p pdfium.Pdfium) error {
		d, err := p.OpenDocument(&requests.OpenDocument{File: &data})
		if err != nil {
			return err
		}
		defer p.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.Document})
		cnt, err := p.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: d.Document})
		if err != nil {
			return err
		}
		for i := 0; i < cnt.PageCount && i < limit; i++ {
			if dpiFor != nil {
				dpi = dpiFor(scanResolution(p, d.Document, i))
			}
			img, cleanup, err := renderPage(p, d.Document, i, dpi)
			if err != nil {
				return err
			}
			fnErr = fn(i+1, cnt.PageCount, dpi, img)
			cleanup()
			if fnErr != nil {
				return nil
			}
		}
		return nil
	})
	switch {
	case errors.Is(err, ErrPageTooLarge):
		return readerr.New(msgPageTooLarge, err)
	case err != nil:
		return classify(err)
	}
	return fnErr
}

// scanResolution is the resolution in dots per inch of the largest image
// on page i (0-based): its pixels over its size on the page. 0 when the
// page has no image or PDFium cannot tell.
func scanResolution(p pdfium.Pdfium, doc references.FPDF_DOCUMENT, i int) float64 {
	page := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	n, err := p.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: page})
	if err != nil {
		return 0
	}
	best, bestArea := 0.0, 0.0
	for k := 0; k < n.Count && k < 1000; k++ {
		o, err := p.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: page, Index: k})
		if err != nil {
			continue
		}
		t, err := p.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o.PageObject})
		if err != nil || t.Type != enums.FPDF_PAGEOBJ_IMAGE {
			continue
		}
		px, err1 := p.FPDFImageObj_GetImagePixelSize(&requests.FPDFImageObj_GetImagePixelSize{ImageObject: o.PageObject})
		b, err2 := p.FPDFPageObj_GetBounds(&requests.FPDFPageObj_GetBounds{PageObject: o.PageObject})
		if err1 != nil || err2 != nil {
			continue
		}
		w, h := float64(b.Right-b.Left), float64(b.Top-b.Bottom)
		if w <= 0 || h <= 0 || w*h <= bestArea {
			continue
		}
		// The longer sides match whatever the image's rotation on the page.
		best, bestArea = float64(max(px.Width, px.Height))*72/max(w, h), w*h
	}
	return best
}

// renderPage draws page i (0-based) in grayscale, white where the page is
// transparent.
func renderPage(p pdfium.Pdfium, doc references.FPDF_DOCUMENT, i, dpi int) (*image.Gray, func(), error) {
	page := requests.Page{ByIndex: &requests.PageByIndex{Document: doc, Index: i}}
	sz, err := p.GetPageSize(&requests.GetPageSize{Page: page})
	if err != nil {
		return nil, nil, err
	}
	if sz.Width*sz.Height*float64(dpi*dpi)/(72*72) > maxRenderPixels {
		return nil, nil, ErrPageTooLarge
	}
	r, err := p.RenderPageInDPI(&requests.RenderPageInDPI{Page: page, DPI: dpi,
		ImageFormat: requests.RenderImageFormatGrayscale})
	if err != nil {
		return nil, nil, err
	}
	g, ok := r.Result.RenderedImage.(*image.Gray)
	if !ok {
		r.Cleanup()
		return nil, nil, errors.New("pdf: render returned no grayscale image")
	}
	return g, r.Cleanup, nil
}
