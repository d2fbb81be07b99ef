package tasks

import (
	"testing"

	"vanthu/docs/vndate"
)

// Each case holds one rule of the ninth round (the tuning rounds'
// leftovers); each fails on the code before it.
func TestRoundNineRules(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"the issuer issuing this very plan heads none of its parts", `UBND tỉnh Đồng Nai ban hành Kế hoạch phát triển kinh tế số giai đoạn 2026 - 2030, cụ thể như sau:
I. NHIỆM VỤ, GIẢI PHÁP
1. Hạ tầng số
- Hằng năm tổ chức Tuần lễ Chuyển đổi số của tỉnh.
- Xây dựng và định kỳ hàng năm công bố báo cáo dự báo nhu cầu nhân lực.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
Chủ trì tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch trước ngày 15/12 hằng năm.
`, []got{{who: "Sở Khoa học và Công nghệ", rec: "yearly", quote: "báo cáo Ủy ban nhân dân tỉnh"}}},
		{"a unit told to issue a text by a date keeps its duty", `Sở Tư pháp ban hành Hướng dẫn thực hiện Quy chế trước ngày 15/12/2025.
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
- Các sở, ngành báo cáo kết quả trước ngày 20/12/2025.
`, []got{{who: "Sở Tư pháp", deadline: "2025-12-15", quote: "ban hành Hướng dẫn"},
			{who: "Các sở, ngành", deadline: "2025-12-20", quote: "báo cáo kết quả"}}},
		{"a unit's lead that does not issue the text still heads its items", `Sở Y tế có trách nhiệm thực hiện các nội dung như sau:
- Hằng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.
`, []got{{who: "Sở Y tế", rec: "yearly", quote: "tổng hợp kết quả"}}},
		{"a unit named as a topic before a colon does the subject-less duty after it", `2. Đối với khen thưởng tổng kết năm: Các cơ quan, đơn vị, địa phương gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ trước ngày 10/12 hằng năm.
3. Đối với ngành Giáo dục và Đào tạo: Căn cứ thời gian kết thúc năm học, gửi hồ sơ đề nghị khen thưởng đến Sở Nội vụ (qua Phòng Thi đua, khen thưởng) trước ngày 10/7 hằng năm.
4. Đối với Sở Y tế, Sở Tài chính: tổng hợp nhu cầu kinh phí, gửi Ủy ban nhân dân tỉnh trước ngày 15/12/2025.
`, []got{{who: "Các cơ quan, đơn vị, địa phương", rec: "yearly", quote: "trước ngày 10/12 hằng năm"},
			{who: "Ngành Giáo dục và Đào tạo", rec: "yearly", quote: "trước ngày 10/7 hằng năm"},
			{who: "Sở Y tế, Sở Tài chính", deadline: "2025-12-15", quote: "tổng hợp nhu cầu kinh phí"}}},
		{"a case or a figure after 'Đối với …:' is no unit's duty", `1. Đối với cá nhân: Sử dụng kết quả đánh giá mức độ hoàn thành nhiệm vụ hằng năm theo quy định.
2. Đối với trường hợp quy định tại điểm a khoản 1 Điều này: Trong thời hạn 10 ngày, gửi đơn phúc khảo.
3. Đối với Ủy ban nhân dân cấp xã: tối thiểu 40m2 hằng năm.
`, nil},
		{"a clause opening on 'trong đó' goes on with the clause before", `a) Sở Tài chính:
- Phối hợp với Sở Khoa học và Công nghệ xây dựng và trình Ủy ban nhân dân tỉnh phê duyệt Kế hoạch sao lưu dữ liệu hằng năm; trong đó quy định cụ thể chu kỳ sao lưu, chế độ kiểm tra định kỳ và tổ chức diễn tập tối thiểu một lần/năm.
- Hoàn thành sửa chữa trụ sở chậm nhất trước ngày 31/12/2025; xây dựng lại nhà kho chậm nhất trước ngày 31/01/2026.
`, []got{{who: "Sở Tài chính", rec: "yearly", quote: "trong đó quy định"},
			{who: "Sở Tài chính", deadline: "2025-12-31", quote: "sửa chữa trụ sở"},
			{who: "Sở Tài chính", deadline: "2026-01-31", quote: "xây dựng lại nhà kho"}}},
		{"a body named by its role before 'có trách nhiệm' is the subject, the verb in its name notwithstanding", `2. Cơ quan quản lý cấp trên có trách nhiệm rà soát, kiểm tra và phê duyệt dữ liệu tài sản công của các đơn vị trực thuộc.
3. Cơ quan tiếp nhận kê khai giá có trách nhiệm thông báo hình thức tiếp nhận cho các tổ chức.
`, []got{{who: "Cơ quan quản lý cấp trên", quote: "rà soát, kiểm tra"}, {who: "Cơ quan tiếp nhận kê khai giá", quote: "thông báo hình thức"}}},
		{"a passive duty with a time takes the unit the clause above gave the same action", `Điều 5. Phê duyệt dữ liệu tài sản
2. Cơ quan quản lý cấp trên có trách nhiệm rà soát, kiểm tra và phê duyệt dữ liệu tài sản công của các đơn vị trực thuộc.
3. Việc phê duyệt dữ liệu tài sản công phải được hoàn thành trước thời điểm khóa sổ theo thời gian quy định hằng năm.
4. Việc bàn giao hồ sơ phải được hoàn thành trước ngày 31/12/2025.
Điều 6. Lập dự toán
Việc lập dự toán chi ngân sách hằng năm phải được thực hiện như sau:
`, []got{{who: "Cơ quan quản lý cấp trên", quote: "rà soát, kiểm tra"},
			{who: "Cơ quan quản lý cấp trên", rec: "yearly", quote: "Việc phê duyệt dữ liệu"}}},
	}
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}
	runRules(t, cases, ctx)
}
