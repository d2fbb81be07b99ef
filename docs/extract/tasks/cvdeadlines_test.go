package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case is a way a công văn or công điện words a duty and its deadline,
// found studying tuning round 7 (cv-174-bcd-2025); each fails on the code
// before it.
func TestCongVanDeadlines(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"\"Đối với …,\" before plural units in lower case, the deadline in the next sentence", `1.1. Đối với 355 nhiệm vụ cần ban hành văn bản để hướng dẫn thực hiện (danh mục cụ thể theo Báo cáo số 11296/BC-BNV ngày 27/11/2025 của Bộ Nội vụ gửi kèm), các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực hiện. Thời hạn hoàn thành chậm nhất ngày 25/12/2025.
1.2. Trường hợp không cân đối được kinh phí, các đơn vị có văn bản đề xuất gửi Sở Tài chính.
`, []got{{who: "các Bộ, cơ quan ngang Bộ", deadline: "2025-12-25", quote: "khẩn trương rà soát"}}},
		{"units named in a list after \"các Bộ:\", the line broken after a semicolon", `1.2. Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền, yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;
Khoa học và Công nghệ xây dựng phương án đề xuất điều chỉnh thẩm quyền, báo cáo Ban Chỉ đạo của Chính phủ trước ngày 15/12/2025 để thống
nhất phương án thực hiện.
`, []got{{who: "các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ", deadline: "2025-12-15", quote: "Khoa học và Công nghệ xây dựng phương án"}}},
		{"a weekday before the date", `Đề nghị Sở Nội vụ báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước Thứ Tư ngày 03/12/2025.
`, []got{{who: "Sở Nội vụ", deadline: "2025-12-03", quote: "báo cáo kết quả"}}},
		{"a first report by a date and the regular reports after it are two duties; \"và hàng tháng\" times one", `Ban Chỉ đạo đề nghị các đồng chí Bộ trưởng báo cáo kết quả thực hiện về Ban Chỉ đạo (qua Bộ Nội vụ) trước Thứ Tư ngày 03/12/2025 và tại các báo cáo định kỳ hằng tuần để tổng hợp.
Ngân hàng Nhà nước Việt Nam triển khai Chương trình tín dụng, báo cáo Thủ tướng Chính phủ trước ngày 20/12/2025 và hàng tháng.
`, []got{{who: "các đồng chí Bộ trưởng", deadline: "2025-12-03", quote: "báo cáo kết quả"},
			{who: "các đồng chí Bộ trưởng", rec: "weekly", quote: "định kỳ hằng tuần"},
			{who: "Ngân hàng Nhà nước Việt Nam", deadline: "2025-12-20", rec: "monthly", quote: "triển khai Chương trình"}}},
		{"the year after \"đánh giá, xếp loại\" is the one assessed; a grading sent on by a date stays due", `3. Vụ Tổ chức cán bộ
- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa kết quả thực hiện nhiệm vụ vào công tác thi đua, khen thưởng; xác định kết quả thực hiện nhiệm vụ là tiêu chí để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể, cá nhân, nhất là người đứng đầu trong năm 2025.
4. Sở Nội vụ tổ chức đánh giá, xếp loại các đơn vị, gửi kết quả về Ủy ban nhân dân tỉnh trong tháng 12/2025.
`, []got{{who: "Vụ Tổ chức cán bộ", quote: "Quán triệt, hướng dẫn"},
			{who: "Sở Nội vụ", deadline: "2025-12-31", quote: "tổ chức đánh giá"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 28}})
}

// Only a list of short names after "các <class>:" keeps its sentence open
// over a line that ends in a semicolon.
func TestOpenNameList(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng;", true},
		{"Giao các tỉnh: Lào Cai; Yên Bái;", true},
		{"yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng", false}, // no semicolon at the end
		{"- Sở Tài chính: tổng hợp dự toán kinh phí của các sở, ngành trình Ủy ban nhân dân tỉnh;", false},
		{"Nội dung: rà soát; tổng hợp;", false},                                     // no "các <class>" before the colon
		{"các Bộ: Tài chính. Y tế;", false},                                         // a sentence ended
		{"các Sở: một tên rất dài gồm quá nhiều chữ để là tên một cơ quan;", false}, // no short name
	}
	for _, c := range cases {
		if got := openNameList(c.text); got != c.want {
			t.Errorf("openNameList(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
