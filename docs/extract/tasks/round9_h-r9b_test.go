package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule h-r9b drew from batch 7A's regulations; each
// fails on the code before it.
func TestRoundNineBRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a due day in 'the year after' without 'của' is a yearly due day", `1. Sở Công Thương có nhiệm vụ phối hợp với các sở, ban, ngành tổ chức kiểm tra, đôn đốc thực hiện Quy định này; báo cáo định kỳ (trước ngày 30 tháng 01 năm sau) về tình hình an toàn điện về Ủy ban nhân dân tỉnh.
2. Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh trước ngày 15/01 năm sau.
`, []got{{who: "Sở Công Thương", rec: "yearly", quote: "báo cáo định kỳ (trước ngày 30 tháng 01 năm sau)"},
			{who: "Sở Nội vụ", rec: "yearly", quote: "trước ngày 15/01 năm sau"}}},
		{"a day and month followed by 'năm' and no year stays no deadline", `Sở Nội vụ báo cáo kết quả trước ngày 15 tháng 01 năm.
`, []got{{who: "Sở Nội vụ", quote: "báo cáo kết quả"}}},
		{"a rhythm between the grounds and the subject stays in the quote", `Căn cứ chức năng, nhiệm vụ và danh mục vị trí việc làm được cấp có thẩm quyền phê duyệt, hàng năm, Sở Tư pháp xây dựng kế hoạch biên chế công chức trình Ủy ban nhân dân tỉnh.
Căn cứ kết quả rà soát, Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
`, []got{{who: "Sở Tư pháp", rec: "yearly", quote: "hàng năm, Sở Tư pháp xây dựng"},
			{who: "Sở Nội vụ", quote: "Sở Nội vụ tổng hợp"}}},
		{"a council that works collectively and meets on a rhythm has no duty; its report keeps one", `2. Chế độ làm việc:
a) Hội đồng Quản lý Quỹ làm việc theo chế độ tập thể, họp thường kỳ 3 tháng/lần để xem xét và quyết định những vấn đề thuộc thẩm quyền.
b) Hội đồng thành viên làm việc theo chế độ tập thể, họp ít nhất mỗi quý một lần để xem xét và quyết định những vấn đề thuộc quyền.
c) Hội đồng Quản lý Quỹ làm việc theo chế độ tập thể, báo cáo Ủy ban nhân dân tỉnh kết quả hoạt động trước ngày 15/12 hằng năm.
`, []got{{who: "Hội đồng Quản lý Quỹ", rec: "yearly", quote: "báo cáo Ủy ban nhân dân tỉnh"}}},
		{"long-, short-term and yearly plans are kinds of plan, no rhythm", `1. Văn phòng Bộ có trách nhiệm:
a) Xây dựng, tổ chức thực hiện các đề án, chương trình, quy hoạch, kế hoạch dài hạn, ngắn hạn, hàng năm về công tác lưu trữ.
b) Hằng năm, tổng hợp, báo cáo Bộ trưởng kết quả thực hiện công tác lưu trữ.
`, []got{{who: "Văn phòng Bộ", quote: "kế hoạch dài hạn, ngắn hạn, hàng năm"},
			{who: "Văn phòng Bộ", rec: "yearly", quote: "Hằng năm, tổng hợp"}}},
		{"a subject after a rhythm and then the grounds does the duty", `5. Mức hỗ trợ cụ thể cho từng dự án do Hội đồng Quản lý Quỹ quyết định.
6. Hằng năm, căn cứ vào kế hoạch vốn bổ sung và nhu cầu hỗ trợ lãi suất của các dự án, Giám đốc Quỹ lập kế hoạch trình Hội đồng Quản lý Quỹ quyết định kế hoạch tài trợ.
7. Hằng năm, căn cứ kết quả rà soát, các sở, ban, ngành gửi báo cáo về Sở Nội vụ trước ngày 15/12.
`, []got{{who: "Giám đốc Quỹ", rec: "yearly", quote: "Hằng năm, căn cứ vào kế hoạch"},
			{who: "các sở, ban, ngành", rec: "yearly", quote: "Hằng năm, căn cứ kết quả rà soát"}}},
		{"'định kỳ cuối năm' is a yearly rhythm; a bare 'vào cuối năm' stays none", `3. Phòng Lưu trữ có trách nhiệm lập sổ theo dõi việc khai thác tài liệu. Định kỳ cuối năm báo cáo Chánh Văn phòng Bộ tình hình khai thác, sử dụng tài liệu lưu trữ.
4. Sở Y tế định kỳ vào cuối mỗi năm báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện.
5. Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện vào cuối năm.
`, []got{{who: "Phòng Lưu trữ", quote: "lập sổ theo dõi"},
			{who: "Phòng Lưu trữ", rec: "yearly", quote: "Định kỳ cuối năm báo cáo"},
			{who: "Sở Y tế", rec: "yearly", quote: "định kỳ vào cuối mỗi năm"},
			{who: "Sở Nội vụ", quote: "vào cuối năm"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
