package tasks

import "testing"

// A decision with its plan attached: the Nơi nhận list of the decision
// must not swallow the plan's numbering, a dash broken from its line by a
// web copy still numbers the next line, and "Trách nhiệm của X:" names X
// even when X's words read as a verb.
func TestPlanAfterNoiNhan(t *testing.T) {
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"plan after the decision's Nơi nhận", `Điều 2. Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A
KẾ HOẠCH
I. NHIỆM VỤ CỤ THỂ
1. Sở Tài chính
- Tuyên truyền, phổ biến các quy định về tài sản công.
Thời gian thực hiện: Từ tháng 11/2024 đến khi kết thúc.
- Hướng dẫn biểu mẫu kiểm kê.
Thời gian hoàn thành: Tháng 12/2024.
`, []shape{{who: "Sở Tài chính"}, {who: "Sở Tài chính", deadline: "2024-12-31"}}},
		{"dash alone on its line", `1. Sở Tài chính
-
Hướng dẫn biểu mẫu kiểm kê.
Thời
gian hoàn thành: Tháng 12/2024.
`, []shape{{who: "Sở Tài chính", deadline: "2024-12-31"}}},
		{"duty heading with a verb in the name", `1. Trách nhiệm của đối tượng thực hiện kiểm kê:
- Thành lập Tổ kiểm kê.
Thời hạn hoàn thành: Trước ngày 30/11/2024.
2. Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm cả cơ quan đại diện chủ sở hữu):
- Tổng hợp kết quả kiểm kê của các đơn vị cấp dưới.
Thời hạn hoàn thành: Trước ngày 15/12/2024.
`, []shape{{who: "Đối tượng thực hiện kiểm kê", deadline: "2024-11-30"},
			{who: "Các cơ quan quản lý cấp trên", deadline: "2024-12-15"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}

// An item that gives several deadlines, one per clause or sentence, is one
// task per deadline (a công điện's "…trước ngày 31/12/2025; … trước ngày
// 31/01/2026").
func TestSeveralDeadlinesInOneItem(t *testing.T) {
	text := `1. Chủ tịch Ủy ban nhân dân các tỉnh:
a) Huy động lực lượng hỗ trợ sửa chữa nhà bị hư hỏng nặng, hoàn thành chậm nhất trước ngày 31/12/2024; xây dựng lại nhà cho các gia đình có nhà bị sập chậm nhất trước ngày 31/01/2025.
b) Chủ động bố trí nguồn lực để hỗ trợ các gia đình bị thiệt hại. Báo cáo nhu cầu hỗ trợ gửi Bộ Tài chính trước ngày 20/4/2024 để tổng hợp. Đồng thời thống kê số hộ bị ảnh hưởng, gửi Bộ Tài chính trước ngày 25/4/2024.
c) Rà soát các khu tái định cư, hoàn thành trước ngày 30/6/2024.
`
	who := "Chủ tịch Ủy ban nhân dân các tỉnh"
	checkShapes(t, text, doc2024, []shape{
		{who: who, deadline: "2024-12-31", action: "Huy động"},
		{who: who, deadline: "2025-01-31", action: "xây dựng lại"},
		{who: who, deadline: "2024-04-20", action: "Chủ động"},
		{who: who, deadline: "2024-04-25", action: "Đồng thời"},
		{who: who, deadline: "2024-06-30"},
	})
}

// "Chủ trì thực hiện: / Phối hợp thực hiện:" label a plan item's unit as
// "Cơ quan chủ trì:" does (the layout of Hà Nội's Kế hoạch 127/KH-UBND of
// 2025, quoted in a crawl of github:tnt305/tai_lieu_noi_bo).
func TestChuTriThucHien(t *testing.T) {
	text := `(1) Ban hành quy định phân cấp về quản lý tổ chức bộ máy tại các xã, phường mới.
- Chủ trì thực hiện: Sở Nội vụ
- Phối hợp thực hiện: Sở Tài chính; UBND các xã, phường.
- Thời gian hoàn thành: trước ngày 30/6/2024.
(2) Lập mới hồ sơ, bản đồ địa giới đơn vị hành chính cấp xã.
- Chủ trì: Sở Nông nghiệp và Môi trường
- Phối hợp: UBND các xã, phường.
- Thời gian hoàn thành: trong năm 2025.
`
	checkShapes(t, text, doc2024, []shape{
		{who: "Sở Nội vụ", deadline: "2024-06-30", co: []string{"Sở Tài chính", "UBND các xã, phường"}},
		{who: "Sở Nông nghiệp và Môi trường", deadline: "2025-12-31"},
	})
}
