package tasks

import "testing"

// Sub-items that a text reader joins into their parent's paragraph, and a
// lone "(2)" or "b)" that only cites a point, which must not split.
func TestInlineSubItems(t *testing.T) {
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"numbered in brackets after a colon",
			"5. Bộ Tài chính chủ trì: (1) Phối hợp với Bộ Nội vụ rà soát thiệt hại, báo cáo Chính phủ. " +
				"(2) Khẩn trương hoàn thiện dự thảo Nghị quyết, trình Chính phủ trước ngày 26/11/2024. " +
				"(3) Triển khai các chính sách giãn, hoãn thuế, hoàn thành trước ngày 30/11/2024.",
			[]shape{{who: "Bộ Tài chính", deadline: ""}, {who: "Bộ Tài chính", deadline: "2024-11-26"}, {who: "Bộ Tài chính", deadline: "2024-11-30"}}},
		{"lettered after a colon, a number skipped",
			"1. Ủy ban nhân dân các tỉnh tập trung một số nhiệm vụ sau: a) Huy động lực lượng cứu trợ, hoàn thành trước ngày 30/11/2024. " +
				"c) Bố trí chỗ ở tạm cho các hộ dân, hoàn thành trước ngày 31/12/2024.",
			[]shape{{who: "Ủy ban nhân dân các tỉnh", deadline: "2024-11-30"}, {who: "Ủy ban nhân dân các tỉnh", deadline: "2024-12-31"}}},
		{"a cited point is no item",
			"Sở Tài chính hướng dẫn theo quy định tại điểm b) Khoản 2 Điều 5, hoàn thành trước ngày 30/11/2024.",
			[]shape{{who: "Sở Tài chính", deadline: "2024-11-30"}}},
		{"a run that does not start at one is no run",
			"Sở Y tế chủ trì thực hiện nội dung nêu tại mục: (2) Tổ chức tiêm chủng, hoàn thành trước ngày 30/11/2024.",
			[]shape{{who: "Sở Y tế", deadline: "2024-11-30"}}},
		{"a broadcaster named in lower case",
			"4. Đài truyền hình Việt Nam chủ trì, phối hợp với các bộ, ngành xây dựng kịch bản, gửi Bộ Xây dựng trước ngày 03 tháng 12 năm 2024.",
			[]shape{{who: "Đài truyền hình Việt Nam", deadline: "2024-12-03"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}
