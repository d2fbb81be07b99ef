package tasks

import (
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

type want struct {
	who, deadline, rec, due, quote string
	co                             []string
}

var doc2021 = Context{DocDate: vndate.Date{Year: 2021, Month: 9, Day: 20}}

func TestFindLayouts(t *testing.T) {
	cases := []struct {
		name, text string
		ctx        Context
		want       []want
	}{
		{"letter items under unit headers", `2. Tổ chức thực hiện
a) Sở Nội vụ có trách nhiệm:
- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2021.
- Theo dõi, đôn đốc các đơn vị thực hiện.
b) Sở Tài chính có trách nhiệm:
- Bố trí kinh phí thực hiện trong quý IV/2021.
`, doc2021, []want{
			{who: "Sở Nội vụ", deadline: "2021-11-15", quote: "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2021"},
			{who: "Sở Nội vụ", quote: "Theo dõi, đôn đốc"},
			{who: "Sở Tài chính", deadline: "2021-12-31", quote: "Bố trí kinh phí"},
		}},
		{"numbered section per unit", `1. Sở Y tế:
- Chủ trì kiểm tra, giám sát; báo cáo kết quả trước ngày 20 hằng tháng.
2. Ủy ban nhân dân các huyện, thành phố:
- Tuyên truyền cho nhân dân trên địa bàn.
`, doc2021, []want{
			{who: "Sở Y tế", rec: "monthly", due: "---20", quote: "Chủ trì kiểm tra"},
			{who: "Ủy ban nhân dân các huyện, thành phố", quote: "Tuyên truyền"},
		}},
		{"giao chủ trì phối hợp", "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các đơn vị liên quan rà soát, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/6/2022.\n",
			doc2021, []want{{who: "Sở Kế hoạch và Đầu tư", deadline: "2022-06-30", quote: "Giao Sở Kế hoạch và Đầu tư chủ trì", co: []string{"Sở Tài chính", "các đơn vị liên quan"}}}},
		{"đề nghị", "Đề nghị Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế thực hiện việc thanh toán chi phí khám bệnh.\n",
			doc2021, []want{{who: "Bảo hiểm xã hội tỉnh", quote: "Đề nghị Bảo hiểm xã hội tỉnh", co: []string{"Sở Y tế"}}}},
		{"yêu cầu trong tháng", "Yêu cầu Thủ trưởng các sở, ban, ngành tổ chức kiểm tra, báo cáo kết quả trong tháng 10/2021.\n",
			doc2021, []want{{who: "Thủ trưởng các sở, ban, ngành", deadline: "2021-10-31", quote: "trong tháng 10/2021"}}},
		{"có trách nhiệm, ngày làm việc kể từ ngày ký", "Sở Tài chính có trách nhiệm thẩm định dự toán, báo cáo Ủy ban nhân dân tỉnh trong thời hạn 10 ngày làm việc kể từ ngày ký.\n",
			doc2021, []want{{who: "Sở Tài chính", deadline: "2021-10-04", quote: "Sở Tài chính có trách nhiệm thẩm định"}}},
		{"table", `Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
Xây dựng kế hoạch tuyên truyền | Sở Thông tin và Truyền thông | Sở Nội vụ | Quý II/2022
Tổ chức tập huấn cho cán bộ, công chức | Sở Nội vụ | Các sở, ngành; UBND các huyện | Tháng 9/2022
Theo dõi, báo cáo tình hình | Văn phòng UBND tỉnh | | Hằng quý
`, doc2021, []want{
			{who: "Sở Thông tin và Truyền thông", deadline: "2022-06-30", quote: "Xây dựng kế hoạch tuyên truyền", co: []string{"Sở Nội vụ"}},
			{who: "Sở Nội vụ", deadline: "2022-09-30", quote: "Tổ chức tập huấn", co: []string{"Các sở, ngành", "UBND các huyện"}},
			{who: "Văn phòng UBND tỉnh", rec: "quarterly", quote: "Theo dõi, báo cáo"},
		}},
		{"markdown table", `| STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |
| --- | --- | --- | --- |
| 1 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | 30/11/2021 |
`, doc2021, []want{{who: "Văn phòng UBND tỉnh", deadline: "2021-11-30", quote: "Rà soát thủ tục hành chính"}}},
		{"footnote after the body names the units", "d) Các đơn vị được kiểm tra trực tiếp(3): xây dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ trước ngày 30/10/2021.\n(3) Sở Y tế, Sở Tài chính.\n",
			doc2021, []want{{who: "Sở Y tế, Sở Tài chính", deadline: "2021-10-30", quote: "xây dựng kế hoạch khắc phục"}}},
		{"PDF footnote between body lines", "d) Các đơn vị được kiểm tra trực tiếp(3): xây\n\n" + strings.Repeat(" ", 40) + "\n3 Sở Y tế, Sở Tài chính, Ban \n\nQuản lý Khu kinh tế tỉnh. \n dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ chậm nhất \nngày 30 tháng 10 năm 2021.\n",
			Context{}, []want{{who: "Sở Y tế, Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh", deadline: "2021-10-30", quote: "dựng kế hoạch khắc phục"}}},
		{"reflowed footnotes inside the sentence", "d) Các đơn vị được kiểm tra trực tiếp(3) (theo Kế hoạch số 1585/KH-UBND)(2): xây\n2 Các bài viết là tài liệu kiểm chứng\nphục vụ chấm điểm. 3 Sở Y tế, Sở Tài chính, Ban\nQuản lý Khu kinh tế tỉnh. dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021.\n",
			Context{}, []want{{who: "Sở Y tế, Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh", deadline: "2021-10-30", quote: "dựng kế hoạch khắc phục"}}},
		{"fields below the item", `1.1. Tổ chức tuyên truyền Chỉ thị số 37-CT/TW cho cán bộ, công chức.
- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ.
- Thời gian thực hiện: Hoàn thành trong quý III/2022.
1.2. Kiểm tra việc thực hiện.
- Cơ quan thực hiện: Thanh tra tỉnh.
- Thời gian thực hiện: Thực hiện thường xuyên hằng năm.
`, doc2021, []want{
			{who: "Sở Tư pháp", deadline: "2022-09-30", quote: "Hoàn thành trong quý III/2022", co: []string{"Sở Nội vụ"}},
			{who: "Thanh tra tỉnh", quote: "Kiểm tra việc thực hiện"},
		}},
		{"fields inside the item", "1. Rà soát, đơn giản hóa thủ tục hành chính. Đơn vị thực hiện: Văn phòng UBND tỉnh. Thời gian hoàn thành: trước 30/11/2022.\n",
			doc2021, []want{{who: "Văn phòng UBND tỉnh", deadline: "2022-11-30", quote: "Rà soát, đơn giản hóa"}}},
		{"dash headers with dashes after them", `- Sở Tài chính:
- Bố trí kinh phí cho các đơn vị.
- Sở Nội vụ:
- Thẩm định đề án trước ngày 01/12/2022.
`, doc2021, []want{
			{who: "Sở Tài chính", quote: "Bố trí kinh phí"},
			{who: "Sở Nội vụ", deadline: "2022-12-01", quote: "Thẩm định đề án"},
		}},
		{"quarterly due in the last month", "a) Sở Nội vụ có trách nhiệm:\n- Hằng quý, tổng hợp báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng cuối quý.\n",
			doc2021, []want{{who: "Sở Nội vụ", rec: "quarterly", due: "---15", quote: "Hằng quý"}}},
		{"yearly due", "Giao Sở Lao động - Thương binh và Xã hội:\n- Tổng hợp báo cáo gửi Bộ Lao động - Thương binh và Xã hội trước ngày 30 tháng 11 hằng năm.\n",
			doc2021, []want{{who: "Sở Lao động - Thương binh và Xã hội", rec: "yearly", due: "--11-30", quote: "Tổng hợp báo cáo"}}},
		{"semiannual", "Đề nghị Ủy ban nhân dân các huyện định kỳ 6 tháng báo cáo kết quả về Sở Nội vụ.\n",
			doc2021, []want{{who: "Ủy ban nhân dân các huyện", rec: "semiannual", quote: "định kỳ 6 tháng"}}},
		{"deadline before 16:00", "Đề nghị các sở, ban, ngành gửi báo cáo về Văn phòng UBND tỉnh trước 16 giờ 00 ngày 25/9/2021 để tổng hợp.\n",
			doc2021, []want{{who: "các sở, ban, ngành", deadline: "2021-09-25", quote: "trước 16 giờ 00 ngày 25/9/2021"}}},
		{"conditional escalation belongs to the main task", "Đề nghị Sở Y tế khẩn trương rà soát danh sách cơ sở khám bệnh. Nếu có khó khăn, vướng mắc, báo cáo Bộ Y tế để xem xét.\n",
			doc2021, []want{{who: "Sở Y tế", quote: "Nếu có khó khăn"}}},
		{"request with items after it", `Bộ Y tế đề nghị Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện các nội dung sau:
1. Chỉ đạo Sở Y tế rà soát các cơ sở khám bệnh.
2. Bố trí kinh phí cho các cơ sở y tế công lập.
`, doc2021, []want{
			{who: "Chủ tịch Ủy ban nhân dân tỉnh", quote: "Chỉ đạo Sở Y tế rà soát"},
			{who: "Chủ tịch Ủy ban nhân dân tỉnh", quote: "Bố trí kinh phí"},
		}},
		{"not tasks", `Quyết định này có hiệu lực kể từ ngày ký.
Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị báo cáo về Sở Nội vụ để tổng hợp.
Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ, cơ sở kinh doanh có trách nhiệm nộp báo cáo.
Trên đây là ý kiến của Bộ Tài chính để Công ty tham khảo thực hiện./.
Ủy ban nhân dân tỉnh yêu cầu các đơn vị nghiêm túc triển khai thực hiện./.
Việc thanh toán tiền ngày giường bệnh hàng quý thực hiện theo quy định tại Thông tư số 39/2018/TT-BYT.
Hội nghị được tổ chức vào ngày 20/10/2021 tại Hội trường Ủy ban nhân dân tỉnh.
Ủy ban nhân dân tỉnh nhận được Công văn số 847/UBND-VX1 ngày 22 tháng 3 năm 2011, Chủ tịch UBND tỉnh có ý kiến như sau:
Kính gửi:
- Sở Y tế;
- Sở Tài chính.
Nơi nhận:
- Như trên;
- Lưu: VT.
`, doc2021, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.text, c.ctx)
			if len(got) != len(c.want) {
				for _, g := range got {
					t.Logf("got %q %s %s %q", g.Assignee, g.Deadline, g.Recurrence, g.Quote)
				}
				t.Fatalf("%d tasks, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				g := got[i]
				if g.Assignee != w.who || g.Deadline.String() != w.deadline || g.Recurrence != w.rec || g.RecurrenceDue != w.due {
					t.Errorf("task %d = %q %s %q %q, want %q %s %q %q", i, g.Assignee, g.Deadline, g.Recurrence, g.RecurrenceDue, w.who, w.deadline, w.rec, w.due)
				}
				if !strings.Contains(g.Quote, w.quote) {
					t.Errorf("task %d quote %q lacks %q", i, g.Quote, w.quote)
				}
				if c.text[g.Start:g.End] != g.Quote {
					t.Errorf("task %d quote is not text[%d:%d]", i, g.Start, g.End)
				}
				if w.co != nil && strings.Join(g.CoAssignees, "|") != strings.Join(w.co, "|") {
					t.Errorf("task %d co-assignees %q, want %q", i, g.CoAssignees, w.co)
				}
			}
		})
	}
}
