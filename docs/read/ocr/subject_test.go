package ocr

import (
	"strings"
	"testing"

	"vanthu/docs/model"
)

func TestSubjectToLeftColumn(t *testing.T) {
	paras := func(texts ...string) []model.Block {
		var bs []model.Block
		for _, s := range texts {
			bs = append(bs, model.Block{Kind: model.KindParagraph, Text: s, Page: 1})
		}
		return bs
	}
	head := []string{"UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: /SYT-NVY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
		"Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 23 tháng 10 năm 2017"}
	with := func(rest ...string) []string { return append(append([]string(nil), head...), rest...) }
	tests := []struct {
		name string
		in   []string
		want []string
		move bool
	}{
		{"subject of two lines after the date goes under the number",
			with("V/v tổ chức bổ sung Vitamin A", "đợt 2 năm 2017", "Kính gửi:", "Trung tâm y tế dự phòng;"),
			[]string{"UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: /SYT-NVY", "V/v tổ chức bổ sung Vitamin A", "đợt 2 năm 2017",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 23 tháng 10 năm 2017",
				"Kính gửi:", "Trung tâm y tế dự phòng;"}, true},
		{"misread number word and V/V",
			[]string{"SỞ Y TẾ", "Sé:.2044/SYT-NVY", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "V/V tập huấn", "Kính gửi:"},
			[]string{"SỞ Y TẾ", "Sé:.2044/SYT-NVY", "V/V tập huấn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi:"}, true},
		{"subject already under the number stays",
			[]string{"SỞ Y TẾ", "Số: /SYT-NVY", "V/v tập huấn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Kính gửi:"},
			nil, false},
		{"no number before the Quốc hiệu: left alone",
			[]string{"SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "V/v tập huấn", "Kính gửi:"}, nil, false},
		{"a decision has no V/v", with("QUYẾT ĐỊNH", "Về việc ban hành quy chế"), nil, false},
		{"a list item ends the subject",
			with("V/v tập huấn", "- Giám đốc các bệnh viện;"),
			[]string{"UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: /SYT-NVY", "V/v tập huấn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 23 tháng 10 năm 2017", "- Giám đốc các bệnh viện;"}, true},
		{"empty", nil, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bs := paras(tc.in...)
			if got := subjectToLeftColumn(bs); got != tc.move {
				t.Errorf("moved = %v, want %v", got, tc.move)
			}
			want := tc.want
			if want == nil {
				want = tc.in
			}
			var got []string
			for _, b := range bs {
				got = append(got, b.Text)
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got\n%q\nwant\n%q", got, want)
			}
		})
	}
}

func TestRenderDPI(t *testing.T) {
	for _, tc := range []struct {
		scan float64
		want int
	}{
		{200, 400}, {199.8, 400}, {150, 300}, {120, 360}, {100, 300}, {300, 300}, {250, 250}, {400, 400},
		{600, DPI}, {72, DPI}, {0, DPI}, {-5, DPI}, {1e9, DPI},
	} {
		if got := renderDPI(tc.scan); got != tc.want {
			t.Errorf("renderDPI(%v) = %d, want %d", tc.scan, got, tc.want)
		}
	}
}

func TestFixedLine(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Độc lập Tự do Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"},
		{"Độc lập - Tự do Hạnh phúc :", "Độc lập - Tự do - Hạnh phúc"},
		{"Độc lập — Tự do — Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"},
		{"Độc lập - Tự do - Hạnh phúc", ""},
		{"CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""}, // the old tone placement, as printed
		{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ""},
		{"UBND TỈNH KIÊN GIANG", ""},
		{"Kiên Giang, ngày 13 tháng 11 năm 2017", ""},
		{"", ""},
	} {
		if got := fixedLine(tc.in); got != tc.want {
			t.Errorf("fixedLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
