package app

import (
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read"
	"vanthu/docs/read/ocr"
)

func TestJoinNumber(t *testing.T) {
	tests := []struct{ typed, symbol, want string }{
		{"1987", "/SYT-NVY", "1987/SYT-NVY"},
		{" 1987 ", "/SYT-NVY", "1987/SYT-NVY"},
		{"15/2020/NĐ-CP", "/SYT-NVY", "15/2020/NĐ-CP"},
		{"", "/SYT-NVY", ""},
		{"12", "", "12"},
	}
	for _, tt := range tests {
		if got := joinNumber(tt.typed, tt.symbol); got != tt.want {
			t.Errorf("joinNumber(%q, %q) = %q, want %q", tt.typed, tt.symbol, got, tt.want)
		}
	}
	if n, s := splitNumber("/SYT-NVY"); n != "" || s != "/SYT-NVY" {
		t.Errorf("splitNumber = %q %q", n, s)
	}
}

func TestParseDay(t *testing.T) {
	tests := []struct {
		in, want string
		bad      bool
	}{
		{"17/10/2017", "2017-10-17", false},
		{"ngày 17 tháng 10 năm 2017", "2017-10-17", false},
		{"", "", false},
		{"32/10/2017", "", true},
		{"hôm qua", "", true},
	}
	for _, tt := range tests {
		got, err := parseDay(tt.in)
		if got != tt.want || (err != nil) != tt.bad {
			t.Errorf("parseDay(%q) = %q, %v", tt.in, got, err)
		}
		if err != nil && !strings.Contains(err.Error(), "dd/mm/yyyy") {
			t.Errorf("message %q", err)
		}
	}
}

// TestScanView opens the committed scan: the page image is drawn, the
// number box is empty (the digits are handwritten) and has the focus.
func TestScanView(t *testing.T) {
	if _, err := ocr.Find(); errors.Is(err, ocr.ErrMissing) {
		t.Skip("SKIP: tesseract-ocr with tesseract-ocr-vie is not installed; the scan view is not tested here")
	}
	newTestApp(t)
	path := "../docs/read/ocr/testdata/letterhead-2014-syt.png"
	doc, err := read.File(path)
	if err != nil {
		t.Fatal(err)
	}
	res := extract.FromDocument(doc)
	w := test.NewTempWindow(t, nil)
	v := newScanView(w, path, doc, res, nil)
	v.focusFirstEmpty()
	// The number was written in by hand: OCR did not read it.
	if v.number.Text != "" || !strings.HasPrefix(v.number.PlaceHolder, "số viết tay") {
		t.Errorf("number box %q, hint %q", v.number.Text, v.number.PlaceHolder)
	}
	if w.Canvas().Focused() != v.number {
		t.Error("the number box does not have the focus")
	}
	if v.issuer.Text != "Sở Y tế tỉnh Kiên Giang" { // the Sở named with its province
		t.Errorf("issuer %q", v.issuer.Text)
	}
	v.loadPages()
	waitFor(t, "the page image", func() bool { return v.image.Image != nil })
}

func TestDoubtful(t *testing.T) {
	low := []model.OCRWord{{Text: "«Thông.tư»"}, {Text: "ĐÓ"}, {Text: "x"}}
	tests := []struct{ value, want string }{
		{"Căn cứ Thông.tư số 19", "Thông.tư"},
		{"GIÁM ĐÓC", "ĐÓ"},
		{"Sở Y tế", ""},
		{"", ""},
		{"x y z", ""}, // one letter says nothing
	}
	for _, tt := range tests {
		if got := doubtful(tt.value, low); got != tt.want {
			t.Errorf("doubtful(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
