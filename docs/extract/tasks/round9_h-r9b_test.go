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
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
