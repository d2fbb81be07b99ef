package cli

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/docs/read/ocr"
)

// TestScanCommands runs read and extract on the committed scan, as an image
// and as a scanned PDF.
func TestScanCommands(t *testing.T) {
	if _, err := ocr.Find(); errors.Is(err, ocr.ErrMissing) {
		t.Skip("SKIP: tesseract-ocr with tesseract-ocr-vie is not installed; OCR commands are not tested here")
	}
	dir := filepath.Join("..", "docs", "read", "ocr", "testdata")
	for _, f := range []string{"letterhead-2014-syt.png", "letterhead-2014-syt.pdf"} {
		for _, c := range []struct {
			args   []string
			stdout string
		}{
			{[]string{"read", filepath.Join(dir, f)}, "UBND TỈNH KIÊN GIANG\n"},
			{[]string{"extract", "--json", filepath.Join(dir, f)}, `"parent_issuer": "Ủy ban nhân dân tỉnh Kiên Giang"`},
		} {
			var out, errb bytes.Buffer
			if code := Run(c.args, &out, &errb); code != ExitOK {
				t.Fatalf("%v: exit %d, stderr %q", c.args, code, errb.String())
			}
			if !strings.Contains(out.String(), c.stdout) {
				t.Errorf("%v: stdout lacks %q:\n%s", c.args, c.stdout, out.String())
			}
			if c.args[0] == "read" && !strings.Contains(errb.String(), "OCR") {
				t.Errorf("%v: no OCR warning in %q", c.args, errb.String())
			}
		}
	}
}
