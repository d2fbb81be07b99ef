package ocr

import (
	"image"
	"math"
	"os"
	"testing"

	"vanthu/docs/read/pdf"
)

// TestRenderScanResolution checks that the scan's own resolution reaches
// the choice of rendering resolution, and that the page comes at the
// chosen one: the committed scan is a 2484 px wide image at 300 dpi.
func TestRenderScanResolution(t *testing.T) {
	data, err := os.ReadFile("testdata/letterhead-2014-syt.pdf")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []int{150, 300} {
		var scan float64
		var width, gotDPI int
		err := pdf.RenderScan(data, 1, func(s float64) int { scan = s; return want }, func(_, _, dpi int, img *image.Gray) error {
			width, gotDPI = img.Bounds().Dx(), dpi
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(scan-300) > 1 {
			t.Errorf("scan resolution %.1f, want 300", scan)
		}
		if gotDPI != want || math.Abs(float64(width)-2484*float64(want)/300) > 2 {
			t.Errorf("rendered %d px wide at %d dpi, want %d dpi", width, gotDPI, want)
		}
	}
}
