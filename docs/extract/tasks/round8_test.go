package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule found studying the misses of tuning round 8
// (held-out batch 6's regulations, retired): the reporting regimes and
// yearly duties of quy chế and quy định; each fails on the code before it.
func TestRoundEightRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a number spelled again in brackets keeps its period", `2. Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng Ủy ban nhân dân tỉnh báo cáo Ủy ban nhân dân tỉnh tình hình giải quyết kiến nghị cử tri.
3. Sở Tư pháp định kỳ 03 (ba) tháng báo cáo kết quả kiểm tra về Ủy ban nhân dân tỉnh.
`, []got{{who: "Văn phòng Ủy ban nhân dân tỉnh", rec: "semiannual", quote: "Định kỳ 06 (sáu) tháng"},
			{who: "Sở Tư pháp", rec: "quarterly", quote: "báo cáo kết quả"}}},
		{"\"(05 năm và hằng năm)\" after plans names two kinds of plan; drawing them up stays yearly", `Sở Khoa học và Công nghệ chủ trì, phối hợp với các đơn vị có liên quan triển khai các kế hoạch phát triển hạ tầng, kế hoạch ngầm hóa, chỉnh trang (05 năm và hằng năm);
Sở Xây dựng lập kế hoạch phát triển nhà ở 05 năm và hằng năm trình Ủy ban nhân dân tỉnh.
`, []got{{who: "Sở Khoa học và Công nghệ", quote: "triển khai các kế hoạch"}, {who: "Sở Xây dựng", rec: "yearly", quote: "lập kế hoạch phát triển nhà ở"}}},
		{"the criteria of the yearly emulation rating time no duty", `Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tham mưu bổ sung tiêu chí đánh giá thi đua, khen thưởng hằng năm của các sở, ban, ngành.
Sở Nội vụ tổng hợp kết quả thi đua, khen thưởng hằng năm báo cáo Ủy ban nhân dân tỉnh.
`, []got{{who: "Sở Nội vụ", quote: "tham mưu bổ sung"}, {who: "Sở Nội vụ", rec: "yearly", quote: "tổng hợp kết quả"}}},
		{"a sentence that opens on its rhythm with no comma, then its subject", `Điều 12. Chỉnh trang mạng cáp
4. Các tuyến cáp viễn thông phải được sắp xếp, bó gọn.
Hàng năm Ủy ban nhân dân các xã, phường lồng ghép việc chỉnh trang mạng cáp viễn thông vào kế hoạch, phương án ngầm hóa mạng cáp viễn thông.
6. Hàng năm Sở Tài chính rà soát định mức chi.
`, []got{{who: "Ủy ban nhân dân các xã, phường", rec: "yearly", quote: "Hàng năm Ủy ban nhân dân các xã"},
			{who: "Sở Tài chính", rec: "yearly", quote: "Hàng năm Sở Tài chính rà soát"}}},
		{"an article's heading joined to an opening sentence that restates it still heads its clauses", `Điều 20. Trách nhiệm của Ủy ban nhân dân cấp xã
Trách nhiệm của Ủy ban nhân dân cấp xã trong quản lý chất thải rắn sinh hoạt được thực hiện theo quy định tại khoản 3 Điều 63 Nghị định số 08/2022/NĐ-CP và các quy định sau:
1. Chịu trách nhiệm về công tác thu gom chất thải rắn sinh hoạt trên địa bàn. Định kỳ trước ngày 31 tháng 12 hằng năm gửi Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện trong năm.
`, []got{{who: "Ủy ban nhân dân cấp xã", rec: "yearly", quote: "Định kỳ trước ngày 31 tháng 12 hằng năm"}}},
		{"what a unit urges pupils or citizens to do is no duty of the unit's", `đ) Các trường học tuyên truyền, khuyến khích giáo viên, học sinh, sinh viên thực hiện các nội dung sau:
- Hằng năm vào đầu năm học thực hiện bọc sách vở bằng các loại giấy không làm từ chất liệu nhựa.
- Khi thải bỏ dụng cụ học tập phải để đúng nơi quy định.
e) Các trường học thực hiện các nội dung sau:
- Hằng năm rà soát danh mục dụng cụ học tập bằng nhựa.
`, []got{{who: "Các trường học", rec: "yearly", quote: "Hằng năm rà soát danh mục"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
