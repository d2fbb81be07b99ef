package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

func TestFindWhen(t *testing.T) {
	doc := timeCtx{doc: vndate.Date{Year: 2021, Month: 9, Day: 20}, year: 2021}
	cases := []struct {
		name, in           string
		bare               bool
		deadline, rec, due string
		text               string
	}{
		{"chậm nhất ngày dài", "báo cáo về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021 để tổng hợp", false, "2021-10-30", "", "", "chậm nhất ngày 30 tháng 10 năm 2021"},
		{"trước ngày số", "gửi về Sở Tài chính trước ngày 15/11/2021.", false, "2021-11-15", "", "", "trước ngày 15/11/2021"},
		{"trước ngày không năm", "gửi báo cáo trước ngày 15/11.", false, "2021-11-15", "", "", "trước ngày 15/11"},
		{"không năm sang năm sau", "hoàn thành trước ngày 15/01", false, "2022-01-15", "", "", "hoàn thành trước ngày 15/01"},
		{"trước ngày dài không năm", "gửi trước ngày 05 tháng 12", false, "2021-12-05", "", "", "trước ngày 05 tháng 12"},
		{"giờ", "gửi về Văn phòng trước 16 giờ 00 ngày 25/9/2021 qua hộp thư", false, "2021-09-25", "", "", "trước 16 giờ 00 ngày 25/9/2021"},
		{"giờ h", "trước 10h ngày 01/10/2021", false, "2021-10-01", "", "", "trước 10h ngày 01/10/2021"},
		{"quý II", "hoàn thành trong quý II/2022.", false, "2022-06-30", "", "", "hoàn thành trong quý II/2022"},
		{"quý đã qua", "hoàn thành trong quý II/2020.", false, "", "", "", ""},
		{"danh sách quý", "Quý I, II/2022", true, "2022-06-30", "", "", "Quý I, II/2022"},
		{"khoảng quý", "Quý III và IV/2022", true, "2022-12-31", "", "", "Quý III và IV/2022"},
		{"khoảng tháng không phải ngày", "Tháng 11 - 12/2021", true, "2021-12-31", "", "", "Tháng 11 - 12/2021"},
		{"mồng, tháng chữ", "trước ngày mồng 5 tháng chạp", false, "2021-12-05", "", "", "trước ngày mồng 5 tháng chạp"},
		{"ngày phát động", "phát động và triển khai ngay \"Chiến dịch Quang Trung\" vào ngày 01/12/2021 để huy động", false, "2021-12-01", "", "", "vào ngày 01/12/2021"},
		{"khởi công vào ngày", "tổ chức khởi công đồng loạt các công trình vào ngày 19/12/2021", false, "2021-12-19", "", "", "vào ngày 19/12/2021"},
		{"ngày họp không là hạn", "Hội nghị được tổ chức vào ngày 10/10/2021 tại Hà Nội", false, "", "", "", ""},
		{"phát động rồi câu khác", "đã phát động phong trào; hội nghị sơ kết vào ngày 10/10/2021", false, "", "", "", ""},
		{"giờ phút kiểu 14:00", "trước 14:00 ngày 10 tháng 10", false, "2021-10-10", "", "", "trước 14:00 ngày 10 tháng 10"},
		{"năm hai chữ số", "gửi trước ngày 15/10/21", false, "2021-10-15", "", "", "trước ngày 15/10/21"},
		{"tháng không năm", "tổ chức trong tháng 11", false, "2021-11-30", "", "", "trong tháng 11"},
		{"thời hạn đứng trước", "Chậm nhất đến ngày 31/12/2021, hoàn thành việc cập nhật", false, "2021-12-31", "", "", "Chậm nhất đến ngày 31/12/2021"},
		{"hằng tuần, thứ Sáu", "gửi báo cáo trước 15 giờ thứ Sáu hằng tuần", false, "", "weekly", "", "thứ Sáu hằng tuần"},
		{"hằng tuần, chủ nhật", "báo cáo Thủ tướng vào 15:00 ngày Chủ nhật hàng tuần", false, "", "weekly", "", "Chủ nhật hàng tuần"},
		{"khoảng ngày, hạn ở cuối", "Từ ngày 01/10/2021 đến ngày 31/12/2021.", true, "2021-12-31", "", "", "31/12/2021"},
		{"khoảng ngày gạch ngang", "26/10/2021 – 20/11/2021", true, "2021-11-20", "", "", "20/11/2021"},
		{"đến khi kết thúc không là hạn", "Từ tháng 10/2021 đến khi kết thúc đợt kiểm kê.", true, "", "", "", ""},
		{"gửi đến một cơ quan", "gửi báo cáo trước ngày 15/12/2021 đến Sở Nội vụ", false, "2021-12-15", "", "", "trước ngày 15/12/2021"},
		{"các năm tiếp theo", "Năm 2022 và các năm tiếp theo", true, "", "", "", ""},
		{"cả năm", "Cả năm 2022", true, "", "", "", ""},
		{"quý IV năm", "trong quý IV năm 2021", false, "2021-12-31", "", "", "trong quý IV năm 2021"},
		{"quý số", "trong quý 3/2022", false, "2022-09-30", "", "", "trong quý 3/2022"},
		{"quý không năm", "hoàn thành trong quý IV", false, "2021-12-31", "", "", "hoàn thành trong quý IV"},
		{"tháng", "tổ chức trong tháng 10/2021", false, "2021-10-31", "", "", "trong tháng 10/2021"},
		{"tháng năm", "hoàn thành trong tháng 02 năm 2024", false, "2024-02-29", "", "", "hoàn thành trong tháng 02 năm 2024"},
		{"trong năm", "Trong năm 2021, nghiên cứu tham mưu", false, "2021-12-31", "", "", "Trong năm 2021"},
		{"cuối năm", "hoàn thành cuối năm 2021", false, "2021-12-31", "", "", "cuối năm 2021"},
		{"trước cuối năm không năm", "hoàn thành trước cuối năm", false, "2021-12-31", "", "", "hoàn thành trước cuối năm"},
		{"6 tháng đầu năm", "hoàn thành trong 6 tháng đầu năm 2022", false, "2022-06-30", "", "", "hoàn thành trong 6 tháng đầu năm 2022"},
		{"6 tháng cuối năm không năm", "triển khai trong 6 tháng cuối năm", false, "2021-12-31", "", "", "trong 6 tháng cuối năm"},
		{"6 tháng đầu năm đã qua", "triển khai trong 6 tháng đầu năm", false, "", "", "", ""},
		{"thời hạn kể từ ngày ký", "trong thời hạn 10 ngày kể từ ngày ký", false, "2021-09-30", "", "", "trong thời hạn 10 ngày kể từ ngày ký"},
		{"ngày làm việc", "trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này", false, "2021-09-27", "", "", "trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này"},
		{"kể từ ngày nhận: không biết ngày", "trong vòng 15 ngày kể từ ngày nhận được văn bản", false, "", "", "", "trong vòng 15 ngày kể từ ngày nhận được văn bản"},
		{"hằng tháng", "báo cáo hằng tháng về Sở", false, "", "monthly", "", "hằng tháng"},
		{"trước ngày 20 hằng tháng", "báo cáo trước ngày 20 hằng tháng", false, "", "monthly", "---20", "ngày 20 hằng tháng"},
		{"định kỳ hàng tháng trước ngày 25", "định kỳ hàng tháng, gửi trước ngày 25", false, "", "monthly", "---25", "định kỳ hàng tháng, gửi trước ngày 25"},
		{"/tháng", "ít nhất 01 tin, bài/tháng", false, "", "monthly", "", "bài/tháng"},
		{"hằng quý", "định kỳ hằng quý báo cáo", false, "", "quarterly", "", "định kỳ hằng quý"},
		{"tháng cuối quý", "gửi trước ngày 15 tháng cuối quý", false, "", "quarterly", "---15", "ngày 15 tháng cuối quý"},
		{"6 tháng", "định kỳ 6 tháng báo cáo", false, "", "semiannual", "", "định kỳ 6 tháng"},
		{"6 tháng một lần", "tổ chức sơ kết 06 tháng một lần", false, "", "semiannual", "", "06 tháng một lần"},
		{"hằng năm", "Hàng năm lập dự toán", false, "", "yearly", "", "Hàng năm"},
		{"hằng năm có ngày", "trước ngày 30 tháng 11 hằng năm", false, "", "yearly", "--11-30", "trước ngày 30 tháng 11 hằng năm"},
		{"hằng năm ngày số", "định kỳ hàng năm (trước ngày 15/11 và đột xuất", false, "", "yearly", "--11-15", "định kỳ hàng năm (trước ngày 15/11"},
		{"vừa hằng năm vừa hạn", "Thực hiện định kỳ hằng năm; Riêng năm 2022 hoàn thành trong quý II/2022.", true, "2022-06-30", "yearly", "", ""},
		{"field quý", "Quý III/2021", true, "2021-09-30", "", "", "Quý III/2021"},
		{"field tháng", "Tháng 12/2021", true, "2021-12-31", "", "", "Tháng 12/2021"},
		{"field năm", "Năm 2022", true, "2022-12-31", "", "", "Năm 2022"},
		{"field ngày", "30/10/2021", true, "2021-10-30", "", "", "30/10/2021"},
		// not deadlines
		{"định kỳ không kỳ hạn", "kiểm tra (định kỳ và đột xuất)", false, "", "", "", ""},
		{"thường xuyên hằng năm", "Thực hiện thường xuyên hằng năm.", true, "", "", "", ""},
		{"ngày của văn bản", "Nghị quyết số 03-NQ/TU ngày 30 tháng 6 năm 2021 của Tỉnh ủy", false, "", "", "", ""},
		{"giai đoạn", "nhiệm vụ 6 tháng cuối năm 2021", false, "", "", "", ""},
		{"từ năm", "để thực hiện từ năm 2021 và những năm tiếp theo", false, "", "", "", ""},
		{"vào ngày sự kiện", "Hội nghị tổ chức vào ngày 20/10/2021", false, "", "", "", ""},
		{"kể từ ngày áp dụng", "được hưởng mức trợ giúp kể từ ngày 01/01/2010", false, "", "", "", ""},
		{"tiền tháng", "mức 180.000 đồng/tháng", false, "", "", "", ""},
		{"cuối năm không năm là sự kiện", "chấm điểm cải cách hành chính cuối năm", false, "", "", "", ""},
		{"số liệu tính đến", "số liệu tính đến ngày 30/9/2021", false, "", "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := findWhen(lower(c.in), doc, c.bare)
			if w.deadline.String() != c.deadline || w.recurrence != c.rec || w.due != c.due {
				t.Errorf("findWhen(%q) = %s %q %q, want %s %q %q", c.in, w.deadline, w.recurrence, w.due, c.deadline, c.rec, c.due)
			}
			if c.text != "" && (w.end <= w.start || c.in[w.start:w.end] != c.text) {
				t.Errorf("findWhen(%q) text = %q, want %q", c.in, c.in[w.start:w.end], c.text)
			}
		})
	}
}

// A weekly duty keeps the day it falls due.
func TestWeeklyDay(t *testing.T) {
	doc := timeCtx{doc: vndate.Date{Year: 2025, Month: 11, Day: 26}, year: 2025}
	for in, want := range map[string]string{
		"gửi báo cáo trước 15:00 ngày thứ Sáu hàng tuần": "FR",
		"báo cáo vào 15:00 ngày Chủ nhật hàng tuần":      "SU",
		"giao ban vào sáng thứ 2 hằng tuần":              "MO",
		"họp giao ban hằng tuần":                         "",
	} {
		if w := findWhen(lower(in), doc, false); w.recurrence != "weekly" || w.weekday != want {
			t.Errorf("findWhen(%q) = %q %q, want weekly %q", in, w.recurrence, w.weekday, want)
		}
	}
}
