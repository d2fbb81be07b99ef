package extract

import (
	"strings"
	"testing"
)

func TestRepairGlyphs(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Định kǶ gửi báo cáo", "Định kỳ gửi báo cáo"},
		{"ĐỊNH KǶ", "ĐỊNH KỲ"},
		{"đội ngǜ kỹ sư, ai cǜng có", "đội ngũ kỹ sư, ai cũng có"},
		{"lịch cǜ và mới", "lịch cũ và mới"},
		{"không có gì cần sửa", "không có gì cần sửa"},
		{"Ƕ", "ỳ"},
		{"", ""},
	}
	for _, c := range cases {
		if got := repairGlyphs(c.in); got != c.want {
			t.Errorf("repairGlyphs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The report duty of a plan whose PDF wrote "Định kǶ" is found as the one
// written "Định kỳ".
func TestGlyphsBeforeTasks(t *testing.T) {
	text := "KẾ HOẠCH\nVII. CHẾ ĐỘ BÁO CÁO\nCác sở, ngành được giao nhiệm vụ trong Kế hoạch có trách nhiệm tổ chức thực hiện. Định kǶ gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm về Sở Khoa học và Công nghệ.\n"
	r := FromText(text)
	found := false
	for _, tk := range r.Tasks {
		if tk.Recurrence == "yearly" && strings.Contains(tk.Quote, "gửi báo cáo") {
			found = true
		}
	}
	if !found {
		t.Fatalf("no yearly report duty in %+v", r.Tasks)
	}
}
