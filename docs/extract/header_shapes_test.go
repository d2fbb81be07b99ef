package extract

import (
	"strings"
	"testing"
)

// Header layouts of issue 10, reduced to their lines: the Công báo title
// block, a decision issued by a minister or chairman in person, a generic
// unit under its parent, subjects printed over several lines.
func TestHeaderLayouts(t *testing.T) {
	cases := []struct {
		name, text                                string
		typ, number, issuer, date, place, subject string
	}{
		{"Công báo title block over lines",
			"NGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007\nVỀ MINH BẠCH TÀI SẢN, THU NHẬP\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n",
			"NĐ", "37/2007/NĐ-CP", "Chính phủ", "2007-03-09", "", "VỀ MINH BẠCH TÀI SẢN, THU NHẬP"},
		{"Công báo title block on one line, a minister's",
			"CHỈ THỊ CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 12/2009/CT-BTC NGÀY 15 THÁNG 4 NĂM 2009 VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ CHI TIÊU NGÂN SÁCH\nThời gian qua, công tác quản lý chi tiêu đã có nhiều chuyển biến.\n",
			"CT", "12/2009/CT-BTC", "Bộ Tài chính", "2009-04-15", "", "VỀ VIỆC TĂNG CƯỜNG QUẢN LÝ CHI TIÊU NGÂN SÁCH"},
		{"decision issued by the minister: the issuer is the ministry",
			"BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 120/QĐ-BYT\nHà Nội, ngày 10 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành quy trình nội bộ\nBỘ TRƯỞNG BỘ Y TẾ\nCăn cứ Nghị định số 95/2022/NĐ-CP;\n",
			"QĐ", "120/QĐ-BYT", "Bộ Y tế", "2024-01-10", "Hà Nội", "Về việc ban hành quy trình nội bộ"},
		{"decision issued by the chairman: the issuer is the committee",
			"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/QĐ-UBND\nĐông Hà, ngày 10 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ\n- XÃ HỘI HUYỆN HẢI\nLĂNG NĂM 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n",
			"QĐ", "15/QĐ-UBND", "Ủy ban nhân dân tỉnh Quảng Trị", "2024-01-10", "Đông Hà", "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI HUYỆN HẢI LĂNG NĂM 2024"},
		{"generic unit under its parent, subject over two lines",
			"BỘ TƯ PHÁP\nVĂN PHÒNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 125/VP-TH\nV/v triển khai kế hoạch phát triển kinh tế\n- xã hội năm 2024 tại các đơn vị\nHà Nội, ngày 05 tháng 3 năm 2024\nKính gửi: Các đơn vị thuộc Bộ.\n",
			"CV", "125/VP-TH", "Văn phòng Bộ Tư pháp", "2024-03-05", "Hà Nội", "V/v triển khai kế hoạch phát triển kinh tế - xã hội năm 2024 tại các đơn vị"},
		{"department named with its province",
			"UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 88/SYT-VP\nV/v báo cáo\nRạch Giá, ngày 05 tháng 3 năm 2024\nKính gửi: Các bệnh viện.\n",
			"CV", "88/SYT-VP", "Sở Y tế tỉnh Kiên Giang", "2024-03-05", "Rạch Giá", "V/v báo cáo"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := FromText(c.text)
			checkHeader(t, r, c.typ, c.number, c.issuer, c.date, c.place, c.subject)
			if len(r.Warnings) > 0 {
				t.Errorf("warnings: %v", r.Warnings)
			}
		})
	}
}

// A field the clerk should confirm carries a reason in Vietnamese.
func TestUnsure(t *testing.T) {
	r := FromText("NGHỊ ĐỊNH\nCỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007\nVỀ MINH BẠCH TÀI SẢN, THU NHẬP\nCHÍNH PHỦ\nCăn cứ Luật;\n")
	for _, k := range []string{"number", "date", "issuer", "signer"} {
		if r.Unsure[k] == "" {
			t.Errorf("unsure[%s] missing: %v", k, r.Unsure)
		}
	}
	blank := FromText("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố:     /UBND-VX\nKon Tum, ngày     tháng     năm 2024\nV/v báo cáo\nKính gửi: Sở Y tế.\n")
	if blank.Unsure["date"] != "dòng ngày tháng để trống (văn bản chưa ký hoặc bản dự thảo)" || blank.Unsure["number"] == "" {
		t.Errorf("blank number and date not flagged: %v", blank.Unsure)
	}
	if _, ok := FromText("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 12/UBND-VX\nKon Tum, ngày 05 tháng 3 năm 2024\nV/v báo cáo\nKính gửi: Sở Y tế.\n").Unsure["date"]; ok {
		t.Error("a dated letter's date flagged unsure")
	}
}

// A panic in a stage is recovered by FromText and reported as a warning.
func TestStagePanicIsAWarning(t *testing.T) {
	r := newResult("x")
	guarded(r, "tasks", func() { panic("boom") })
	if len(r.Warnings) != 1 || r.Warnings[0] == "" {
		t.Fatalf("warnings = %v", r.Warnings)
	}
}

// A công điện names its addressees after "… điện:", as a letter does after
// "Kính gửi:", and its subject stops before that line.
func TestCongDienAddressees(t *testing.T) {
	r := FromText("THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 230/CĐ-TTg\nHà Nội, ngày 26 tháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ VIỆC KHẨN TRƯƠNG HOÀN\nTHÀNH CẬP NHẬT DỮ LIỆU\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\nNgày 22/10/2025, tại Thông báo số 569/TB-VPCP …\n")
	if r.Subject != "VỀ VIỆC KHẨN TRƯƠNG HOÀN THÀNH CẬP NHẬT DỮ LIỆU" {
		t.Errorf("subject %q", r.Subject)
	}
	want := []string{"Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}
	if strings.Join(r.Recipients, "|") != strings.Join(want, "|") {
		t.Errorf("recipients %q", r.Recipients)
	}
}

// checkHeader compares the header fields of r with those wanted.
func checkHeader(t *testing.T, r *Result, want ...string) {
	t.Helper()
	got := []string{r.Type, r.Number, r.Issuer, r.Date.String(), r.Place, r.Subject}
	for i, name := range []string{"type", "number", "issuer", "date", "place", "subject"} {
		if got[i] != want[i] {
			t.Errorf("%s = %q, want %q", name, got[i], want[i])
		}
	}
}
