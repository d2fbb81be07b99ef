package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule of the ninth round's batch 7A study (branch
// h-r9a); each fails on the code before it.
func TestRoundNineBatch7ARules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a lead's rhythm times the lettered duties under it", `Điều 7. Đề xuất dự án đầu tư
1. Định kỳ (trước ngày 30 tháng 6 hằng năm), Ủy ban nhân dân cấp xã có trách nhiệm:
a) Rà soát, lập danh mục các dự án xây dựng các công trình hạ tầng trên địa bàn.
b) Có văn bản đề xuất chủ trương giao chủ đầu tư dự án, gửi Sở Tài chính.
c) Báo cáo kết quả về Sở Tài chính trước ngày 15 tháng 7 hằng năm.
2. Ủy ban nhân dân cấp xã làm chủ đầu tư dự án.
`, []got{{who: "Ủy ban nhân dân cấp xã", rec: "yearly", quote: "Rà soát, lập danh mục"},
			{who: "Ủy ban nhân dân cấp xã", rec: "yearly", quote: "Có văn bản đề xuất"},
			{who: "Ủy ban nhân dân cấp xã", rec: "yearly", quote: "Báo cáo kết quả"},
			{who: "Ủy ban nhân dân cấp xã", quote: "làm chủ đầu tư"}}},
		{"guard: a rhythm inside a lead that does not open on it times no item", `Sở Tài chính có trách nhiệm xây dựng kế hoạch vốn hằng năm, cụ thể:
a) Rà soát danh mục dự án.
`, []got{{who: "Sở Tài chính", quote: "Rà soát danh mục"}}},
		{"a state fund is a body with duties of its own", `Hằng năm, Quỹ Bảo vệ môi trường có trách nhiệm:
1. Xây dựng kế hoạch về vốn và kế hoạch sử dụng vốn.
2. Lập dự toán thu, chi tài chính cho hoạt động của bộ máy Quỹ.
`, []got{{who: "Quỹ Bảo vệ môi trường", rec: "yearly", quote: "Xây dựng kế hoạch về vốn"},
			{who: "Quỹ Bảo vệ môi trường", rec: "yearly", quote: "Lập dự toán"}}},
		{"a fund that reports at a rhythm joined to an event", `Định kỳ hàng năm (trước ngày 30 tháng 10) và khi kết thúc dự án, Quỹ đầu tư phát triển Thành phố có trách nhiệm báo cáo Ủy ban nhân dân Thành phố kết quả sử dụng vốn.
Quỹ tiền lương thực hiện theo quy định. Quỹ đất dự kiến thực hiện dự án.
`, []got{{who: "Quỹ đầu tư phát triển Thành phố", rec: "yearly", quote: "có trách nhiệm báo cáo"}}},
		{"a body that is only allowed or given something has no duty", `5. Sở Tài chính chỉ được sử dụng tối đa 50% vốn bổ sung hàng năm để thực hiện phương thức tài trợ.
a) Hằng năm, Sở Tài chính được trích lập quỹ dự phòng rủi ro theo quy định.
Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm báo cáo kết quả trước ngày 15/12 hằng năm.
Sở Nội vụ được giao chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.
`, []got{{who: "Các cơ quan, đơn vị được giao nhiệm vụ", rec: "yearly", quote: "báo cáo kết quả"},
			{who: "Sở Nội vụ được giao", rec: "yearly", quote: "chủ trì tổng hợp"}}},
		{"guard: a body given a duty or whose duties a lead sets out keeps them", `1. Nhiệm vụ của Kiểm lâm được quy định như sau:
a) Hằng năm tổ chức cảnh báo, dự báo nguy cơ cháy rừng.
2. Các cơ quan, tổ chức và chuyên gia được yêu cầu cho ý kiến bằng văn bản trước ngày 15/12 hằng năm.
3. Giám đốc hoặc người được giám đốc ủy quyền thực hiện việc ký hợp đồng trước ngày 20/12 hằng năm.
`, []got{{who: "Kiểm lâm được quy định như sau", rec: "yearly", quote: "tổ chức cảnh báo"},
			{who: "Các cơ quan, tổ chức và chuyên gia được yêu cầu", rec: "yearly", quote: "cho ý kiến"},
			{who: "Giám đốc hoặc người được giám đốc ủy quyền", rec: "yearly", quote: "ký hợp đồng"}}},
		{"the units of the closing formula do the subject-less timed step after it", `2. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quy chế này. Định kỳ trước ngày 15/12 hằng năm báo cáo kết quả thực hiện Quy chế về Ủy ban nhân dân tỉnh (qua Sở Dân tộc và Tôn giáo).
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này. Văn phòng Ủy ban nhân dân tỉnh đăng tải Quyết định.
`, []got{{who: "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường", rec: "yearly", quote: "Định kỳ trước ngày 15/12"},
			{who: "Văn phòng Ủy ban nhân dân tỉnh", quote: "đăng tải"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}

// permitted reads any unit name and sentence without a panic.
func FuzzPermitted(f *testing.F) {
	for _, s := range []string{"Quỹ Bảo vệ môi trường chỉ được sử dụng", "người được", " được ", "được", "[được", "Sở X đã được giao"} {
		f.Add(s, "có trách nhiệm")
	}
	f.Fuzz(func(t *testing.T, who, key string) {
		_ = permitted(who, key)
	})
}
