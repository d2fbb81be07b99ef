package ocr

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // page images a clerk may scan to
	_ "image/jpeg"
	_ "image/png"

	_ "golang.org/x/image/bmp"
	_ "golang.org/x/image/tiff"

	"vanthu/docs/read/pdf"
	"vanthu/docs/read/readerr"
)

// ViewDPI is the resolution pages are drawn at for the clerk to read
// beside the fields: sharp enough for a handwritten number, light enough
// for a modest PC.
const ViewDPI = 110

// maxViewPixels bounds a decoded image file shown to the clerk.
const maxViewPixels = 60_000_000

// PageImages draws the first limit pages of a scan for display: the pages
// of a PDF rendered at dpi, or the image of an image file (the first page
// of a TIFF).
func PageImages(data []byte, dpi, limit int) ([]image.Image, error) {
	if ImageFormat(data) != "" {
		cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			return nil, readerr.New("không hiển thị được ảnh", err)
		}
		if cfg.Width*cfg.Height > maxViewPixels {
			return nil, readerr.New(fmt.Sprintf("ảnh quá lớn để hiển thị (%d×%d điểm ảnh)", cfg.Width, cfg.Height), nil)
		}
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, readerr.New("không hiển thị được ảnh", err)
		}
		return []image.Image{img}, nil
	}
	var out []image.Image
	err := pdf.Render(data, dpi, limit, func(_, _ int, g *image.Gray) error {
		// PDFium owns g's pixels, and its rows may be padded.
		b := g.Bounds()
		c := image.NewGray(b)
		for y := b.Min.Y; y < b.Max.Y; y++ {
			copy(c.Pix[c.PixOffset(b.Min.X, y):c.PixOffset(b.Max.X, y)], g.Pix[g.PixOffset(b.Min.X, y):])
		}
		out = append(out, c)
		return nil
	})
	return out, err
}

// writeDecoded decodes an image file and writes it as a grayscale PGM, for
// a Tesseract that cannot open the format itself. Only the first page of a
// TIFF is decoded.
func writeDecoded(path string, data []byte) error {
	imgs, err := PageImages(data, 0, 1)
	if err != nil {
		return err
	}
	src := imgs[0]
	g, ok := src.(*image.Gray)
	if !ok {
		b := src.Bounds()
		g = image.NewGray(b)
		draw.Draw(g, b, src, b.Min, draw.Src)
	}
	return writePGM(path, g)
}
