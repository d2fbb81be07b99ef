package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule found studying the misses of tuning round 6
// (held-out batch 4, retired), in the shape official documents give it;
// each fails on the code before it.
func TestRoundSixRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a time column headed \"dự kiến\" gives no deadline, its recurrences still hold", `PHỤ LỤC
TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian dự kiến hoàn thành
1
Xây dựng cơ sở dữ liệu về đất đai của tỉnh.
Sở Nông nghiệp và Môi trường
Sở Tài chính
Quý II/2026
2
Báo cáo tình hình triển khai Đề án.
Sở Tài chính
Các sở, ngành
Hằng năm
`, []got{{who: "Sở Nông nghiệp và Môi trường", quote: "Xây dựng cơ sở dữ liệu"},
			{who: "Sở Tài chính", rec: "yearly", quote: "Báo cáo tình hình"}}},
		{"a section row whose numeral and title share a line, rows numbered on across sections", `PHỤ LỤC
STT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
I. TUYÊN TRUYỀN
1
Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.
Sở Nội vụ
Các sở, ngành
Quý I/2026
II. HOÀN THIỆN THỂ
CHẾ, CHÍNH SÁCH
2
Ban hành quy chế quản lý dữ liệu của tỉnh.
Sở Tư pháp
Các sở, ngành
Quý III/2026
`, []got{{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Tổ chức tập huấn"},
			{who: "Sở Tư pháp", deadline: "2026-09-30", quote: "Ban hành quy chế"}}},
		{"\"Quí\" is the old spelling of \"quý\"", `PHỤ LỤC
STT
Tên nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Xây dựng Bộ tiêu chí đánh giá mức độ chuyển đổi số.
Sở Khoa học và Công nghệ
Các sở, ngành
Quí IV-2025
`, []got{{who: "Sở Khoa học và Công nghệ", deadline: "2025-12-31", quote: "Xây dựng Bộ tiêu chí"}}},
		{"\"Khi có phát sinh\" is a time cell; a rhythm's cell may name where reports go", `PHỤ LỤC
TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
1
Đề xuất điều chỉnh, bổ sung nhiệm vụ của Đề án.
Sở Tài chính
Các sở, ngành
Khi có phát sinh.
2
Cập nhật dữ liệu về quy hoạch lên Hệ thống thông tin.
Các sở, ngành
Sở Tài chính
Thường xuyên, định kỳ hằng quý báo cáo về Sở Nội vụ
`, []got{{who: "Sở Tài chính", quote: "Đề xuất điều chỉnh"},
			{who: "Các sở, ngành", rec: "quarterly", quote: "Cập nhật dữ liệu"}}},
		{"two due days a year make a twice-yearly duty with no single due day", `Các sở, ngành định kỳ trước ngày 15/5 và 15/11 hằng năm báo cáo kết quả thực hiện về Sở Nội vụ.
Sở Y tế báo cáo kết quả thực hiện trước ngày 15/12 hằng năm.
`, []got{{who: "Các sở, ngành", rec: "semiannual", quote: "báo cáo kết quả"},
			{who: "Sở Y tế", rec: "yearly", quote: "báo cáo kết quả"}}},
		{"a day of the next year after each year reported on is a yearly due day", `Sở Tài chính tổng hợp tình hình thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng 01 của năm sau.
Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh trước ngày 31 tháng 01 năm 2026.
`, []got{{who: "Sở Tài chính", rec: "yearly", quote: "tổng hợp tình hình"},
			{who: "Sở Nội vụ", deadline: "2026-01-31", quote: "báo cáo Ủy ban"}}},
		{"a yearly resolution's targets make no yearly duty", `Sở Xây dựng tiếp tục đầu tư mạng lưới cấp nước nhằm đạt tỷ lệ sử dụng nước sạch theo Nghị quyết hằng năm của Hội đồng nhân dân tỉnh.
Sở Tài chính báo cáo kết quả thực hiện Nghị quyết về Ủy ban nhân dân tỉnh hằng năm.
`, []got{{who: "Sở Xây dựng", quote: "tiếp tục đầu tư"}, {who: "Sở Tài chính", rec: "yearly", quote: "báo cáo kết quả"}}},
		{"the year after an event's year is no yearly cycle", `Sở Tài chính báo cáo Ủy ban nhân dân tỉnh kết quả kiểm kê trước ngày 30 tháng 6 của năm kế tiếp của năm kiểm kê.
`, []got{{who: "Sở Tài chính", deadline: "2026-06-30", quote: "báo cáo Ủy ban"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
