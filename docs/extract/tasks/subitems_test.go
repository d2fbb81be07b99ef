package tasks

import "testing"

type shapeCase struct {
	name, text string
	want       []shape
}

// runShapeCases checks each case's tasks against its shapes, as of a
// document dated doc2024.
func runShapeCases(t *testing.T, cases []shapeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}

// Sub-items that a text reader joins into their parent's paragraph, and a
// lone "(2)" or "b)" that only cites a point, which must not split.
func TestInlineSubItems(t *testing.T) {
	runShapeCases(t, []shapeCase{
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
	})
}

// A web copy breaks a sentence at the " - " inside a name; a dash list after
// an item that stops without punctuation is still a list.
func TestBrokenAtDash(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"a name broken at its dash",
			"1. Sở Khoa học và Công nghệ theo dõi, đôn đốc các sở, ngành triển khai thực hiện nhiệm vụ theo đúng tiến độ; tham mưu báo cáo kết quả về Cục Cảnh sát Quản lý hành chính về trật tự xã hội\n\n" +
				"- Cơ quan thường trực Tổ công tác triển khai Đề án 06 trước ngày 20 hằng tháng để tổng hợp.\n\n" +
				"2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/11/2024.",
			[]shape{{who: "Sở Khoa học và Công nghệ", rec: "monthly"}, {who: "Sở Tài chính", deadline: "2024-11-30"}}},
	})
}

// The layout keeps a dash list after an unpunctuated item as a list, and
// joins a lone dash line that ends a broken sentence.
func TestBrokenAtDashLayout(t *testing.T) {
	long := "1. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các huyện triển khai các nội dung sau đây trong năm 2024 và những năm tiếp theo"
	cases := []struct {
		name, text string
		blocks     int
	}{
		{"list", long + "\n- Rà soát hạ tầng số của tỉnh\n- Nâng cấp hệ thống thư điện tử", 3},
		{"broken name", long + " về Cục Cảnh sát Quản lý hành chính về trật tự xã hội\n- Cơ quan thường trực Tổ công tác\n2. Sở Tài chính bố trí kinh phí.", 2},
		{"short heading", "1. Về hạ tầng số\n- Cơ quan thường trực Tổ công tác\n2. Sở Tài chính bố trí kinh phí.", 3},
		{"sentence ended", long + ".\n- Cơ quan thường trực Tổ công tác\n2. Sở Tài chính bố trí kinh phí.", 3},
	}
	for _, c := range cases {
		lines := splitLines(c.text)
		cuts, _ := cutNotes(c.text, lines)
		if got := len(layout(c.text, bodySpans(c.text, lines, cuts))); got != c.blocks {
			t.Errorf("%s: %d blocks, want %d", c.name, got, c.blocks)
		}
	}
}

// A plan item "a) Nhiệm vụ: - … - … / b) Cơ quan thực hiện / c) Thời gian"
// is one task of the units its fields name; the "Mục đích, yêu cầu" part of
// a plan asks no unit for anything.
func TestPlanItemsAndAims(t *testing.T) {
	runShapeCases(t, []shapeCase{
		{"dash lines under Nhiệm vụ make one task",
			"II. NHIỆM VỤ\n2. Về các nền tảng số\na) Nhiệm vụ:\n- Tổ chức triển khai, sử dụng thống nhất các nền tảng số quốc gia dùng chung.\n" +
				"- Triển khai rà soát, đánh giá, nâng cấp các hệ thống thông tin.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Các Sở, ban, ngành.\n" +
				"- Đơn vị phối hợp: Sở Khoa học và Công nghệ.\nc) Thời gian thực hiện: Hoàn thành trong năm 2024.\n" +
				"3. Về nguồn lực\na) Nhiệm vụ: Lựa chọn kiến trúc sư trưởng về chuyển đổi số.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Nội vụ.\nc) Thời gian thực hiện: Quý III/2024.",
			[]shape{{who: "Các Sở, ban, ngành", deadline: "2024-12-31"}, {who: "Sở Nội vụ", deadline: "2024-09-30"}}},
		{"numbered items with shared fields stay apart",
			"2. Nhiệm vụ cụ thể\n2.1. Rà soát hạ tầng số của tỉnh.\n2.2. Nâng cấp hệ thống thư điện tử.\n- Cơ quan thực hiện: Sở Khoa học và Công nghệ.\n- Thời gian thực hiện: Quý III/2024.",
			[]shape{{who: "Sở Khoa học và Công nghệ", deadline: "2024-09-30"}, {who: "Sở Khoa học và Công nghệ", deadline: "2024-09-30"}}},
		{"aims and requirements ask nothing",
			"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích: Các sở, ngành nâng cao hiệu quả quản lý dữ liệu trước ngày 31/12/2024.\n2. Yêu cầu\na) Các sở, ngành bảo đảm an toàn thông tin trong quá trình triển khai.\n" +
				"II. NHIỆM VỤ\n1. Sở Nội vụ rà soát danh mục dữ liệu, hoàn thành trước ngày 30/11/2024.",
			[]shape{{who: "Sở Nội vụ", deadline: "2024-11-30"}}},
		{"tổ chức thực hiện after a plural unit",
			"Ủy ban nhân dân các xã, phường tổ chức thực hiện, báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp.",
			[]shape{{who: "Ủy ban nhân dân các xã, phường", deadline: "2024-12-15"}}},
		{"tổ chức, cá nhân stay nouns",
			"Sở Tư pháp hướng dẫn các tổ chức, cá nhân thực hiện, báo cáo trước ngày 15/12/2024.",
			[]shape{{who: "Sở Tư pháp", deadline: "2024-12-15"}}},
		{"có ý kiến is the action, not part of the name",
			"Đề nghị Sở Y tế có ý kiến bằng văn bản gửi Sở Tư pháp trước ngày 15/12/24.",
			[]shape{{who: "Sở Y tế", deadline: "2024-12-15"}}},
		{"a sentence of its own gives the time",
			"Công an tỉnh chủ trì, phối hợp với các đơn vị liên quan kiểm tra, xử lý vi phạm. Thời gian hoàn thành trước ngày 20/12/2024.",
			[]shape{{who: "Công an tỉnh", deadline: "2024-12-20"}}},
		{"a time counted from the text taking effect is a duty",
			"Trung tâm Phục vụ hành chính công tỉnh công khai thủ tục hành chính chậm nhất 05 ngày làm việc kể từ ngày quyết định có hiệu lực.",
			[]shape{{who: "Trung tâm Phục vụ hành chính công tỉnh"}}},
		{"the closing formula is none",
			"Quyết định này có hiệu lực kể từ ngày ký.", nil},
		{"a provincial inspectorate in lower case",
			"Thanh tra tỉnh tiến hành thanh tra, kết luận trước ngày 31/12/2024.",
			[]shape{{who: "Thanh tra tỉnh", deadline: "2024-12-31"}}},
		{"theo chức năng ends the unit",
			"Các Sở: Tài chính, Nội vụ, Tư pháp theo chức năng, nhiệm vụ được giao có trách nhiệm hướng dẫn, hoàn thành trong tháng 12/2024.",
			[]shape{{who: "Các Sở: Tài chính, Nội vụ, Tư pháp", deadline: "2024-12-31"}}},
		{"a request is no aims heading",
			"Yêu cầu các sở, ngành báo cáo kết quả trước ngày 30/11/2024.",
			[]shape{{who: "các sở, ngành", deadline: "2024-11-30"}}},
	})
}
