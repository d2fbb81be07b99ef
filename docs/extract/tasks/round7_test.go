package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule found studying the misses of tuning round 7
// (held-out batch 5, retired): the reporting regimes of quy chế, quyết
// định and kế hoạch, in the shapes official documents give them; each fails
// on the code before it.
func TestRoundSevenRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"several cadences in one sentence, each with its due day, are one task each", `Các sở, ngành định kỳ hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng kết năm (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu báo cáo tình hình thực hiện Kế hoạch, gửi Sở Công Thương.
`, []got{{who: "Các sở, ngành", rec: "monthly", quote: "hàng tháng (trước ngày 16"},
			{who: "Các sở, ngành", rec: "semiannual", quote: "6 tháng (trước ngày 16/6)"},
			{who: "Các sở, ngành", rec: "yearly", quote: "tổng kết năm (trước ngày 20/11"}}},
		{"a weekly and a nine-month cadence in a list", `Các sở, ngành báo cáo định kỳ hằng tuần (trước 15 giờ thứ Năm), 9 tháng (trước ngày 15/9) về Sở Nội vụ.
`, []got{{who: "Các sở, ngành", rec: "weekly", quote: "hằng tuần (trước 15 giờ thứ Năm)"},
			{who: "Các sở, ngành", rec: "yearly", quote: "9 tháng (trước ngày 15/9)"}}},
		{"cadences joined by \"và\", the verb after them", `Sở Nội vụ định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.
`, []got{{who: "Sở Nội vụ", rec: "semiannual", quote: "6 tháng (gửi trước ngày 15/6)"},
			{who: "Sở Nội vụ", rec: "yearly", quote: "hằng năm (gửi trước ngày 15/11), gửi báo cáo"}}},
		{"cadences with their due days after them, no brackets", `Ủy ban nhân dân cấp huyện báo cáo tình hình sử dụng phôi về Sở Tài nguyên và Môi trường định kỳ 06 tháng trước ngày 20 tháng 6 và định kỳ hằng năm trước ngày 20 tháng 12.
Sở Tư pháp báo cáo Ủy ban nhân dân tỉnh 06 tháng trước ngày hết hạn.
`, []got{{who: "Ủy ban nhân dân cấp huyện", rec: "semiannual", quote: "báo cáo tình hình"},
			{who: "Ủy ban nhân dân cấp huyện", rec: "yearly", quote: "định kỳ hằng năm trước ngày 20 tháng 12"},
			{who: "Sở Tư pháp", quote: "báo cáo Ủy ban"}}},
		{"cadences without due days of their own stay one task", `Sở Tư pháp định kỳ 6 tháng, hàng năm kiểm tra việc thực hiện cơ chế một cửa.
`, []got{{who: "Sở Tư pháp", rec: "semiannual", quote: "kiểm tra việc"}}},
		{"every three months is quarterly; a name keeps the bracket it opens", `Định kỳ 03 tháng, Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ) thông báo danh sách hộp thư bị tạm khóa gửi các cơ quan, đơn vị.
Sở Công Thương báo cáo tình hình thực hiện 03 tháng một lần về Ủy ban nhân dân tỉnh.
`, []got{{who: "Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ)", rec: "quarterly", quote: "Định kỳ 03 tháng"},
			{who: "Sở Công Thương", rec: "quarterly", quote: "báo cáo tình hình"}}},
		{"\"định kỳ\" with a day and month and no period is a yearly due day", `Các cơ quan, đơn vị thực hiện báo cáo định kỳ (trước ngày 15 tháng 12), đột xuất tình hình sử dụng hệ thống về Sở Khoa học và Công nghệ.
Sở Y tế báo cáo kết quả thực hiện trước ngày 15 tháng 12.
`, []got{{who: "Các cơ quan, đơn vị", rec: "yearly", quote: "định kỳ (trước ngày 15 tháng 12)"},
			{who: "Sở Y tế", deadline: "2025-12-15", quote: "báo cáo kết quả"}}},
		{"\"hằng năm\" of a budget or of a plan the duty works within is no rhythm", `Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thường xuyên, kinh phí sự nghiệp hàng năm để duy trì hoạt động của Hệ thống.
Các sở, ngành chủ động bố trí kinh phí trong phạm vi dự toán được cấp có thẩm quyền giao hàng năm để thực hiện nhiệm vụ.
Ủy ban nhân dân các xã chủ động bố trí kinh phí từ ngân sách địa phương trong kế hoạch hàng năm.
Ủy ban nhân dân các xã chủ động lồng ghép các nhiệm vụ phòng, chống ma túy vào Kế hoạch phát triển kinh tế - xã hội hằng năm của địa phương.
Sở Tài chính xây dựng phương án phân bổ kế hoạch đầu tư công trung hạn, hằng năm từ nguồn vốn ngân sách nhà nước.
`, []got{{who: "Sở Tài chính", quote: "bố trí kinh phí thường xuyên"}, {who: "Các sở, ngành", quote: "chủ động bố trí"},
			{who: "Ủy ban nhân dân các xã", quote: "trong kế hoạch hàng năm"}, {who: "Ủy ban nhân dân các xã", quote: "lồng ghép"},
			{who: "Sở Tài chính", quote: "xây dựng phương án"}}},
		{"a duty to draw up or fund yearly plans, or done each year, stays yearly", `Sở Khoa học và Công nghệ hằng năm lập dự toán kinh phí vận hành Hệ thống gửi Sở Tài chính thẩm định.
Các sở, ngành lập kế hoạch đầu tư trung hạn và hằng năm gửi Sở Tài chính.
Sở Tài chính bố trí kinh phí triển khai kế hoạch hoạt động khoa học và công nghệ hàng năm cho các sở, ngành.
`, []got{{who: "Sở Khoa học và Công nghệ", rec: "yearly", quote: "lập dự toán"}, {who: "Các sở, ngành", rec: "yearly", quote: "lập kế hoạch"},
			{who: "Sở Tài chính", rec: "yearly", quote: "bố trí kinh phí triển khai"}}},
		{"a day of the month after each period is a monthly due day, or a quarter's after its last month", `Sở Xây dựng gửi báo cáo giá vật liệu về Sở Tài chính trước ngày 05 của tháng tiếp theo.
Sở Công Thương gửi báo cáo về Sở Tài chính trước ngày 10 của tháng tiếp theo sau tháng cuối cùng của quý.
Cục Hải quan tỉnh gửi báo cáo về Tổng cục Hải quan trước ngày 10 của tháng đầu quý sau.
`, []got{{who: "Sở Xây dựng", rec: "monthly", quote: "gửi báo cáo giá"}, {who: "Sở Công Thương", rec: "quarterly", quote: "gửi báo cáo về"},
			{who: "Cục Hải quan tỉnh", rec: "quarterly", quote: "gửi báo cáo về Tổng cục"}}},
		{"a time's label, then a sentence with its subject and cadences", `c) Thời hạn gửi báo cáo: Các cơ quan được giao nhiệm vụ báo cáo gửi báo cáo giá thị trường về Sở Tài chính trước ngày 01 của tháng tiếp theo sau tháng kỳ báo cáo đối với báo cáo tháng và trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo cáo đối với báo cáo quý, 6 tháng và cả năm.
`, []got{{who: "Các cơ quan được giao nhiệm vụ", rec: "monthly", quote: "đối với báo cáo tháng"},
			{who: "Các cơ quan được giao nhiệm vụ", rec: "quarterly", quote: "đối với báo cáo quý"}}},
		{"a body named by what it manages: \"Sở quản lý ngành, lĩnh vực\"", `a) Sở quản lý ngành, lĩnh vực có trách nhiệm rà soát danh sách, gửi Sở Tài chính trước ngày 25 tháng 01 hàng năm.
`, []got{{who: "Sở quản lý ngành, lĩnh vực", rec: "yearly", quote: "rà soát danh sách"}}},
		{"a cycle of several years is no yearly duty and its day no one-off deadline", `Sở Tài nguyên và Môi trường tổ chức kiểm kê và gửi kết quả định kỳ 02 năm một lần về Bộ trước ngày 31 tháng 01 của kỳ báo cáo tiếp theo.
`, []got{{who: "Sở Tài nguyên và Môi trường", quote: "tổ chức kiểm kê"}}},
		{"an article's label broken over two lines still heads its clauses", `Điều
15. Trách nhiệm của Văn phòng Ủy ban nhân dân tỉnh
1. Là cơ quan thường trực Ban biên tập Cổng thông tin điện tử tỉnh.
2. Hằng năm, chịu trách nhiệm xây dựng dự toán bảo đảm kinh phí hoạt động của Cổng thông tin điện tử tỉnh.
`, []got{{who: "Văn phòng Ủy ban nhân dân tỉnh", rec: "yearly", quote: "Hằng năm, chịu trách nhiệm"}}},
		{"a unit's name closed by a full stop heads its lettered duties", `Điều 10. Quản lý, vận hành hệ thống
1. Văn phòng Ủy ban nhân dân tỉnh.
a) Chịu trách nhiệm quản lý chung hệ thống;
b) Định kỳ hàng quý báo cáo đánh giá kết quả hoạt động của hệ thống.
`, []got{{who: "Văn phòng Ủy ban nhân dân tỉnh", quote: "Chịu trách nhiệm"}, {who: "Văn phòng Ủy ban nhân dân tỉnh", rec: "quarterly", quote: "Định kỳ hàng quý"}}},
		{"a timed duty with no subject after a closing request that named the units", `Trên đây là Kế hoạch chuyển đổi số của tỉnh. Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng để tổng hợp.
`, []got{{who: "Các cơ quan, đơn vị", rec: "yearly", quote: "Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
