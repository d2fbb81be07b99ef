package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Appendix tables of plans numbered by section: a letter part ("A" over a
// title in capitals), Roman sections, rows numbered "1.1", "2.1" after
// their section's numeral with no row "1" above them, a row "3" alone in
// section III; time cells of a bare year (a deadline at its end) and of a
// whole phase ("2026 - 2030": no deadline); a duty that says "Hàng năm" in
// its own words. Each case fails on the table reader of the seventh round.
func TestSectionNumberedTables(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a letter part, Roman sections, rows numbered after their section", `PHỤ LỤC
STT
Nhiệm vụ, giải
pháp
Đơn vị thực hiện
Đơn vị phối hợp
Thời gian thực
hiện
Sản phẩm đầu ra
A
NHIỆM VỤ CHUNG
I
Hoàn thiện thể chế
1.1
Rà soát các quy định về giao dịch điện tử
Sở Tư pháp
Các sở, ban, ngành
2026 - 2030
Văn bản
1.2
Ban hành quy chế quản lý dữ liệu dùng chung
Sở Tài chính
Các sở, ban, ngành
2026
Quy chế
II
Phát triển dữ liệu
2.1
Xây dựng kế hoạch phát triển dữ liệu mở của tỉnh
Công an tỉnh
Các sở, ban, ngành
2025
Kế hoạch
III
Phát triển kỹ năng
3
Hàng năm tổ chức đánh giá kỹ năng số của công chức
Sở Nội vụ
Các sở, ban, ngành
2026 - 2030
Báo cáo
`, []got{{who: "Sở Tư pháp", quote: "giao dịch điện tử"},
			{who: "Sở Tài chính", deadline: "2026-12-31", quote: "quy chế quản lý dữ liệu"},
			{who: "Công an tỉnh", deadline: "2025-12-31", quote: "dữ liệu mở"},
			{who: "Sở Nội vụ", rec: "yearly", quote: "đánh giá kỹ năng số"}}},
		{"a second table under its own header without a number column ends the row before it", `STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm
1
Xây dựng cơ sở dữ liệu cán bộ
Sở Nội vụ
Các sở, ngành
2026
Cơ sở dữ liệu

Tổ chức bộ máy
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm
1.1
Kiện toàn Tổ công tác chuyển đổi số
Văn phòng UBND tỉnh
Các sở, ngành
2025
Quyết định
`, []got{{who: "Sở Nội vụ", deadline: "2026-12-31", quote: "cơ sở dữ liệu cán bộ"},
			{who: "Văn phòng UBND tỉnh", deadline: "2025-12-31", quote: "Kiện toàn Tổ công tác"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}

// A section's own header without a number column, its rows numbered
// after the section ("2.1", "2.2"), as plans repeat the header under each
// section of a long appendix.
func TestSectionHeaderWithoutNumberColumn(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"rows 2.1 and 2.2 under a header without STT", `II
Chuyển đổi số trong y tế
Nội dung
Đơn vị thực hiện
Đơn vị phối hợp
Thời gian thực hiện
Sản phẩm đầu ra
2.1
Kiện toàn Tổ công tác chuyển đổi số ngành y tế
Sở Y tế
Các sở, ngành; UBND các xã
2025
Quyết định
2.2
Triển khai nền tảng hồ sơ sức khỏe điện tử
Sở Y tế
Các sở, ngành
2026 - 2030
Nền tảng ứng dụng
`, []got{{who: "Sở Y tế", deadline: "2025-12-31", quote: "Kiện toàn Tổ công tác"},
			{who: "Sở Y tế", quote: "hồ sơ sức khỏe"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}
