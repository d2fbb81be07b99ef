package extract

import "testing"

func TestBodyOfOfficeHolder(t *testing.T) {
	cases := []struct{ in, want string }{
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"},
		{"CHỦ TỊCH UBND TỈNH CAO BẰNG", "UBND TỈNH CAO BẰNG"},
		{"CHỦ TỊCH NƯỚC", "CHỦ TỊCH NƯỚC"},
		{"THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"},
		{"ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"},
		{"CHỦ TỊCH ", "CHỦ TỊCH "},
		{"", ""},
	}
	for _, c := range cases {
		if got := bodyOfOfficeHolder(c.in); got != c.want {
			t.Errorf("bodyOfOfficeHolder(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The header of a chairman's own decision names the committee as issuer.
func TestChairmansHeaderNamesTheBody(t *testing.T) {
	text := "CHỦ TỊCH ỦY BAN\nNHÂN DÂN\nTỈNH NINH BÌNH\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố:\n163/2025/QĐ-CTUBND\nNinh Bình, ngày\n25 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ QUẢN LÝ HỆ THỐNG THÔNG TIN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
	if got := FromText(text).Issuer; got != "Ủy ban nhân dân tỉnh Ninh Bình" {
		t.Errorf("issuer %q, want %q", got, "Ủy ban nhân dân tỉnh Ninh Bình")
	}
}
