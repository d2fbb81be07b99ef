package templatize

import (
	"os"
	"strings"
	"testing"

	"vanthu/docs/draft/template"
	"vanthu/docs/read/docx"
)

func TestFromLetter(t *testing.T) {
	tests := []struct {
		file   string
		fields []string // name=original
	}{
		{"../../read/testdata/cv-ubnd-kontum-cchc-2021.docx", []string{
			"so=/UBND-KTTH", "dia_danh=Kon Tum", "kinh_gui.ten=Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh;", "noi_nhan.ten=Như trên;",
			"luu=KTTHTTHG.", "quyen_han=TM. ỦY BAN NHÂN DÂN", "chuc_vu=CHỦ TỊCH", "nguoi_ky=Lê Ngọc Tuấn"}},
		{"../../read/testdata/hg-454-ubnd-ncth-2011.docx", []string{"so=", "dia_danh=Vị Thanh", "ngay_thang=ngày 6 tháng 4 năm 2011", "nguoi_ky="}},
	}
	for _, tc := range tests {
		data, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		out, fields, err := FromLetter(data)
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		got := map[string]string{}
		for _, f := range fields {
			got[f.Name] = f.Original
		}
		for _, w := range tc.fields {
			name, orig, _ := strings.Cut(w, "=")
			if g, ok := got[name]; !ok || (orig != "" && g != orig) {
				t.Errorf("%s: field %s = %q (found %v), want %q", tc.file, name, g, ok, orig)
			}
		}
		// The result is a template: it parses, and filling it gives a letter
		// with the new values and the clerk's body unchanged.
		tp, err := template.Parse(out)
		if err != nil {
			t.Fatal(err)
		}
		filled, rep, err := tp.Fill(template.Values{
			Text: map[string]string{"so": "05", "ky_hieu": "SYT-VP", "dia_danh": "Kon Tum", "ngay_thang": "ngày 06 tháng 9 năm 2021",
				"quyen_han": "KT. GIÁM ĐỐC", "chuc_vu": "PHÓ GIÁM ĐỐC", "nguoi_ky": "Nguyễn Văn An", "luu": "VP", "trich_yeu": "trả lời", "kinh_gui_mot": "Sở Nội vụ."},
			Lists: map[string][]map[string]string{"kinh_gui": {{"ten": "Sở Nội vụ", "dau": ";"}, {"ten": "Sở Tài chính", "dau": "."}}, "noi_nhan": {{"ten": "Như trên", "dau": ";"}}},
		})
		if err != nil {
			t.Fatal(err)
		}
		if len(rep.Unfilled) > 0 {
			t.Errorf("%s: unfilled %v", tc.file, rep.Unfilled)
		}
		d, err := docx.Read(filled)
		if err != nil {
			t.Fatal(err)
		}
		text := d.PlainText()
		for _, w := range []string{"05/SYT-VP", "Kon Tum, ngày 06 tháng 9 năm 2021", "Nguyễn Văn An", "PHÓ GIÁM ĐỐC"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: filled letter lacks %q:\n%s", tc.file, w, text)
			}
		}
		orig, _ := docx.Read(data)
		if !strings.Contains(text, strings.SplitN(orig.Paragraphs()[12], "\n", 2)[0][:40]) {
			t.Errorf("%s: the body changed", tc.file)
		}
	}
}

func TestRefused(t *testing.T) {
	data, _ := os.ReadFile("../../../assets/templates/cong-van-tra-loi.docx")
	if _, _, err := FromLetter(data); err == nil || !strings.Contains(err.Error(), "đã là một mẫu") {
		t.Errorf("a template: %v", err)
	}
	if _, _, err := FromLetter([]byte("x")); err == nil {
		t.Error("not a docx")
	}
}
