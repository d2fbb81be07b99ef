package builtin

import (
	"strings"
	"testing"

	"vanthu/docs/draft/template"
)

// Every built-in template parses and has the fields the prefill fills.
func TestBuiltins(t *testing.T) {
	common := []string{"co_quan", "so", "ky_hieu", "dia_danh", "ngay_thang", "trich_yeu", "trich_dan", "ten_co_quan",
		"chuc_vu", "nguoi_ky", "noi_nhan.ten", "luu"}
	extra := map[string][]string{
		"cong-van-tra-loi":   {"kinh_gui.ten", "noi_dung"},
		"ke-hoach-khac-phuc": {"nhiem_vu.noi_dung", "nhiem_vu.chu_tri", "nhiem_vu.phoi_hop", "nhiem_vu.thoi_han", "nhiem_vu.san_pham", "muc_dich", "to_chuc"},
		"bao-cao-thuc-hien":  {"kinh_gui.ten", "nhiem_vu.noi_dung", "nhiem_vu.tinh_trang", "ket_qua", "kien_nghi"},
	}
	for _, b := range All {
		data, err := Data(b.Name)
		if err != nil {
			t.Fatal(err)
		}
		tp, err := template.Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", b.Name, err)
		}
		have := map[string]bool{}
		for _, f := range tp.Fields() {
			have[f.Name] = true
		}
		for _, want := range append(common, extra[b.Name]...) {
			if !have[want] {
				t.Errorf("%s lacks {{%s}}", b.Name, want)
			}
		}
	}
	if _, err := Data("khong-co"); err == nil || !strings.Contains(err.Error(), "không có mẫu") {
		t.Errorf("unknown template: %v", err)
	}
}
