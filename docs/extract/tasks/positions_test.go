package tasks

import (
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

// The task finder must find a plain duty wherever a letter puts it: each
// common construction below is set into each position a real letter uses,
// under the header of a công văn, kế hoạch, quyết định or thông báo.

// posDuty is one duty construction and the task it must give.
type posDuty struct {
	name, text string
	who        string
	deadline   string // yyyy-mm-dd, or ""
	rec, due   string // recurrence and its due day, or ""
}

var posDuties = []posDuty{
	{"subject first, two verbs", "Sở Nội vụ tổng hợp kết quả, báo cáo Sở Tài chính trước ngày 15/12/2026.", "Sở Nội vụ", "2026-12-15", "", ""},
	{"có trách nhiệm", "Sở Nội vụ có trách nhiệm tổng hợp kết quả trước ngày 15/12/2026.", "Sở Nội vụ", "2026-12-15", "", ""},
	{"plural subject", "Các sở, ban, ngành báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.", "Các sở, ban, ngành", "2026-12-15", "", ""},
	{"giao", "Giao Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2026.", "Sở Nội vụ", "2026-12-15", "", ""},
	{"đề nghị", "Đề nghị Sở Tư pháp rà soát các văn bản, gửi Sở Nội vụ trước ngày 15/12/2026.", "Sở Tư pháp", "2026-12-15", "", ""},
	{"the issuer asks", "Ủy ban nhân dân tỉnh đề nghị Sở Nội vụ tổng hợp kết quả, báo cáo trước ngày 15/12/2026.", "Sở Nội vụ", "2026-12-15", "", ""},
	{"yêu cầu", "Yêu cầu Sở Tài chính hoàn thành việc thẩm định trước ngày 15/12/2026.", "Sở Tài chính", "2026-12-15", "", ""},
	{"chậm nhất, then the units", "Chậm nhất ngày 15/12/2026, các đơn vị gửi báo cáo kết quả về Sở Nội vụ.", "các đơn vị", "2026-12-15", "", ""},
	{"trước ngày, then the subject", "Trước ngày 15/12/2026, Sở Nội vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.", "Sở Nội vụ", "2026-12-15", "", ""},
	{"monthly, day after the period", "Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.", "Sở Khoa học và Công nghệ", "", "monthly", "---20"},
	{"giao, monthly, bare day", "Giao Sở Khoa học và Công nghệ định kỳ hằng tháng báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20.", "Sở Khoa học và Công nghệ", "", "monthly", "---20"},
	{"định kỳ first, then the subject", "Định kỳ hằng tháng, Sở Khoa học và Công nghệ báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.", "Sở Khoa học và Công nghệ", "", "monthly", "---20"},
	{"định kỳ and day first", "Định kỳ hằng tháng, trước ngày 20, Sở Y tế báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện.", "Sở Y tế", "", "monthly", "---20"},
	{"giao, quarterly, day of the quarter's last month", "Giao Sở Tài chính định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh tình hình giải ngân trước ngày 25 của tháng cuối quý.", "Sở Tài chính", "", "quarterly", "---25"},
	{"quarterly, day first", "Định kỳ hằng quý, trước ngày 15 của tháng cuối quý, Sở Y tế báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.", "Sở Y tế", "", "quarterly", "---15"},
}

// posHeaders are the tops of letters; the body follows each, then
// posFooter.
var posHeaders = map[string]string{
	"công văn": posTop("123/UBND-NC", "V/v tổng hợp kết quả cải cách hành chính\nKính gửi: Các sở, ban, ngành\n"),
	"công văn, Kính gửi on a line of its own": posTop("124/UBND-NC", "V/v tổng hợp kết quả cải cách hành chính\nKính gửi:\nCác sở, ban, ngành\n"),
	"công văn, Kính gửi and a list": posTop("125/UBND-NC", "V/v tổng hợp kết quả cải cách hành chính\nKính gửi:\n"+
		"- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các huyện, thị xã, thành phố\n"),
	"kế hoạch": posTop("45/KH-UBND", "KẾ HOẠCH\nTriển khai cải cách hành chính năm 2027\n"),
	"quyết định": posTop("678/QĐ-UBND", `QUYẾT ĐỊNH
Về việc ban hành Kế hoạch cải cách hành chính năm 2027
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Theo đề nghị của Giám đốc Sở Nội vụ.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2027.
`),
	"thông báo": posTop("321/TB-UBND", "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về cải cách hành chính\n"),
}

// posTop is the agency, number, motto and date every letter opens with,
// then what its type puts under them.
func posTop(number, rest string) string {
	return "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: " + number +
		"\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 18 tháng 11 năm 2026\n" + rest
}

const posFooter = `Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
`

// posPlace puts a duty into the body at one position; the body follows the
// header directly.
type posPlace struct {
	name  string
	types []string // the letters that use the position
	body  func(duty string) string
}

var posPlaces = []posPlace{
	{"first body paragraph", []string{"công văn", "công văn, Kính gửi on a line of its own", "công văn, Kính gửi and a list", "kế hoạch", "thông báo"}, func(d string) string { return d + "\n" }},
	{"first body paragraph broken over two lines", []string{"công văn", "công văn, Kính gửi on a line of its own", "công văn, Kính gửi and a list", "kế hoạch", "thông báo"}, func(d string) string { return breakLine(d) + "\n" }},
	{"after an intro paragraph", []string{"công văn", "thông báo"}, func(d string) string {
		return "Thực hiện chỉ đạo của Tỉnh ủy về cải cách hành chính, Ủy ban nhân dân tỉnh có ý kiến như sau:\n" + d + "\n"
	}},
	{"inside a numbered item", []string{"công văn", "kế hoạch", "thông báo"}, func(d string) string {
		return "1. Các cơ quan, đơn vị quán triệt nội dung cải cách hành chính đến cán bộ, công chức.\n2. " + d + "\n"
	}},
	{"inside a dash sub-item", []string{"công văn", "kế hoạch", "thông báo"}, func(d string) string {
		return "1. Về tổ chức thực hiện:\n- " + d + "\n- Các cơ quan, đơn vị quán triệt nội dung đến cán bộ, công chức.\n"
	}},
	{"after III. TỔ CHỨC THỰC HIỆN", []string{"kế hoạch"}, func(d string) string {
		return "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao chất lượng cải cách hành chính.\nII. NỘI DUNG\nRà soát thủ tục hành chính.\nIII. TỔ CHỨC THỰC HIỆN\n" + d + "\n"
	}},
	{"in Điều 2", []string{"quyết định"}, func(d string) string {
		return "Điều 2. " + d + "\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
	}},
}

// breakLine breaks a sentence at the space nearest its middle, as a PDF
// copy breaks it; the text keeps its length.
func breakLine(s string) string {
	mid := len(s) / 2
	for d := 0; d < mid; d++ {
		if s[mid+d] == ' ' {
			return s[:mid+d] + "\n" + s[mid+d+1:]
		}
		if s[mid-d] == ' ' {
			return s[:mid-d] + "\n" + s[mid-d+1:]
		}
	}
	return s
}

func TestDutyPositions(t *testing.T) {
	ctx := Context{DocDate: vndate.Date{Year: 2026, Month: 11, Day: 18}}
	for _, p := range posPlaces {
		for _, typ := range p.types {
			for _, d := range posDuties {
				t.Run(typ+"/"+p.name+"/"+d.name, func(t *testing.T) {
					text := posHeaders[typ] + p.body(d.text) + posFooter
					at := strings.Index(strings.ReplaceAll(text, "\n", " "), d.text)
					var got []Task
					for _, f := range Find(text, ctx) {
						if f.Start < len(posHeaders[typ]) {
							t.Errorf("a task in the header: %q %q", f.Assignee, f.Quote)
						}
						if f.Start >= at && f.End <= at+len(d.text) {
							got = append(got, f)
						}
					}
					if len(got) != 1 {
						t.Fatalf("found %d tasks in the duty, want 1: %+v", len(got), got)
					}
					g := got[0]
					if g.Assignee != d.who || g.Deadline.String() != d.deadline || g.Recurrence != d.rec || g.RecurrenceDue != d.due {
						t.Errorf("got %q %q %q %q, want %q %q %q %q", g.Assignee, g.Deadline.String(), g.Recurrence, g.RecurrenceDue, d.who, d.deadline, d.rec, d.due)
					}
				})
			}
		}
	}
}

// An addressee or a title broken over lines goes on; the body's first
// sentence does not.
func TestWholeSentence(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Sở Nội vụ tổng hợp kết quả, báo cáo Sở Tài chính", true},
		{"Các sở, ban, ngành báo cáo kết quả về", true},
		{"Chậm nhất ngày 15/12/2026, các đơn vị gửi", true},
		{"Giao Sở Khoa học và Công nghệ định kỳ hằng tháng", true},
		{"Thực hiện chỉ đạo của Tỉnh ủy, Ủy ban nhân dân tỉnh có ý kiến như sau:", true},
		{"Ủy ban nhân dân các huyện, thị xã, thành phố trong tỉnh", false},
		{"Ban quản lý các khu công nghiệp tỉnh Quảng Nam", false},
		{"Sở Kế hoạch và Đầu tư, Sở Xây dựng, Sở Tài chính", false},
		{"Triển khai cải cách hành chính năm 2027", false},
		{"Thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh", false},
		{"Đầu tư", false},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM.", false},
		{"", false},
	}
	for _, c := range cases {
		if got := wholeSentence(c.line); got != c.want {
			t.Errorf("wholeSentence(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// A title broken after a word that cannot end it goes on, however its next
// line opens; the body after it still stands alone.
func TestTitleBrokenAfterPreposition(t *testing.T) {
	text := posTop("1/KH-UBND", "KẾ HOẠCH\nThực hiện Chương trình hành động của\nBan Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 57-NQ/TW trong năm 2027\n"+
		"Sở Nội vụ tổng hợp kết quả, báo cáo Sở Tài chính trước ngày 15/12/2026.\n")
	found := Find(text, Context{DocDate: vndate.Date{Year: 2026, Month: 11, Day: 18}})
	if len(found) != 1 || found[0].Assignee != "Sở Nội vụ" || found[0].Deadline.String() != "2026-12-15" {
		t.Fatalf("got %+v, want the one duty of Sở Nội vụ", found)
	}
}
