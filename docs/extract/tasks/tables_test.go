package tasks

import (
	"html"
	"strings"
	"testing"

	"vanthu/docs/read/docx"
	"vanthu/docs/vndate"
)

// Each case is one layout of an appendix table of tasks as a PDF's text
// gives it (one cell a line, long cells over several lines, empty cells left
// out), in the wording offices use; each fails on the table reader of the
// sixth round. TABLES.md lists the layouts met in the tuning sets.
func TestTableLayouts(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"a leader column before the units, a \"Kết quả\" column before the time, headings over two lines", `PHỤ LỤC
STT
Tên nhiệm vụ
Người đứng đầu chịu trách nhiệm
Cơ quan
chủ trì
Cơ quan
phối hợp
Kết quả
thực hiện
Thời hạn hoàn thành
1
Xây
dựng bộ quy tắc ứng xử văn hóa trên môi trường số
Cục trưởng Cục Phát thanh truyền hình và
Thông tin điện tử
Cục Phát thanh truyền hình và Thông tin điện
tử
Các cơ quan, đơn vị liên quan
Bộ quy tắc ứng xử được ban hành.
Tháng 12/2025
2
Đóng
giao diện Cổng Dịch vụ công cấp bộ
Giám đốc Trung tâm Chuyển đổi số
Trung tâm Chuyển đổi số
Văn phòng Bộ
Hoàn thành việc nâng cấp hệ thống.
01/03/2026
`, []got{{who: "Cục Phát thanh truyền hình và Thông tin điện tử", deadline: "2025-12-31", quote: "dựng bộ quy tắc"},
			{who: "Trung tâm Chuyển đổi số", deadline: "2026-03-01", quote: "giao diện"}}},
		{"a dash list and a \"(1)\" list inside cells, a cell line ending in a colon, an abbreviation on its own line", `STT
Nội dung công việc
Cơ quan chủ trì
Cơ quan phối hợp
Sản phẩm
Thời hạn
1
Triển khai xây dựng 03 nền tảng:
(1) Hệ thống thông tin giải quyết thủ tục hành chính;
(2) Nền tảng số du lịch
Trung tâm Chuyển đổi số; Cục Du lịch
Văn phòng Bộ
Kế hoạch triển khai cụ thể
Tháng 12/2025
2
Rà soát, tái cấu trúc quy trình giải quyết thủ tục hành chính
Các đơn vị được giao thực hiện
TTHC
Văn phòng Bộ
-
Hoàn thành tái cấu trúc quy trình.
-
Tích hợp 100% dịch vụ công trực tuyến.
31/12/2025
`, []got{{who: "Trung tâm Chuyển đổi số; Cục Du lịch", deadline: "2025-12-31", quote: "03 nền tảng"},
			{who: "Các đơn vị được giao thực hiện TTHC", deadline: "2025-12-31", quote: "Rà soát, tái cấu trúc"}}},
		{"the unit column before the duty, a form column between the duty and the time", `TT
Cơ quan chủ trì
Nội dung nhiệm vụ
Hình thức văn bản
Thời gian hoàn thành
1
Sở Nội vụ
Rà soát, sắp xếp các đơn vị sự nghiệp công lập.
Đề án trình Ủy ban nhân dân tỉnh
Quý I/2026
2
Sở Tài chính
Xây dựng phương án phân bổ kinh phí.
Quyết định của Ủy ban nhân dân tỉnh
Tháng 3/2026
`, []got{{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Rà soát, sắp xếp"},
			{who: "Sở Tài chính", deadline: "2026-03-31", quote: "Xây dựng phương án"}}},
		{"a section row in ordinary case, its title over two lines, rows numbered from 1 again", `STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
Sản phẩm
I
Hoàn
thiện thể chế, ban hành quy định
1
Xây dựng quy chế khai thác cơ sở dữ liệu.
Sở Tài chính
Các sở, ngành
Quý IV/2025
Quy chế
II
Xây
dựng hạ tầng công nghệ thông tin
1
Nâng cấp trung tâm dữ liệu của tỉnh.
Sở Khoa học và Công nghệ
Sở Tài chính
Quý II/2026
Trung tâm dữ liệu
`, []got{{who: "Sở Tài chính", deadline: "2025-12-31", quote: "Xây dựng quy chế"},
			{who: "Sở Khoa học và Công nghệ", deadline: "2026-06-30", quote: "Nâng cấp trung tâm"}}},
		{"a time cell with a range of months or a span ends at its end", `TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
1
Tổ chức tập huấn cho cán bộ cấp xã.
Sở Nội vụ
Ủy ban nhân dân các xã
Tháng 10 – 12/2025
2
Kiểm tra việc thực hiện tại các xã.
Sở Tư pháp
Sở Nội vụ
Từ tháng 6 đến tháng 9/2026
`, []got{{who: "Sở Nội vụ", deadline: "2025-12-31", quote: "Tổ chức tập huấn"},
			{who: "Sở Tư pháp", deadline: "2026-09-30", quote: "Kiểm tra việc"}}},
		{"a start and an end column: the end is the deadline", `STT
Nội dung
Đơn vị thực hiện
Thời gian bắt đầu
Thời gian hoàn thành
1
Xây dựng cơ sở dữ liệu hộ tịch.
Sở Tư pháp
Tháng 01/2026
Tháng 6/2026
`, []got{{who: "Sở Tư pháp", deadline: "2026-06-30", quote: "Xây dựng cơ sở dữ liệu"}}},
		{"rhythm cells: \"Thường xuyên\" no deadline, \"Hằng năm\" and \"Định kỳ hằng quý\" recurrences; a deputy head's column", `TT
Nhiệm vụ
Lãnh đạo phụ trách
Đơn vị chủ trì
Thời gian
thực hiện
1
Tuyên truyền về chuyển đổi số.
Phó Giám đốc Sở Khoa học và Công nghệ
Sở Khoa học và Công nghệ
Thường xuyên
2
Tổng hợp kế hoạch thực hiện của các sở, ngành.
Phó Giám đốc Sở Tài chính
Sở Tài chính
Hằng năm
3
Báo cáo tiến độ cập nhật dữ liệu.
Phó Chủ tịch Ủy ban nhân dân tỉnh
Các sở, ngành
Định kỳ hằng quý
`, []got{{who: "Sở Khoa học và Công nghệ", quote: "Tuyên truyền"},
			{who: "Sở Tài chính", rec: "yearly", quote: "Tổng hợp kế hoạch"},
			{who: "Các sở, ngành", rec: "quarterly", quote: "Báo cáo tiến độ"}}},
		{"a \"Dự kiến\" time cell is no deadline in any time column; \"Thời điểm\" heads a time column", `TT
Tên nhiệm vụ
Đơn vị chủ trì
Thời điểm hoàn thành
Ghi chú
1
Xây dựng Đề án phát triển du lịch.
Sở Văn hóa, Thể thao và Du lịch
Dự kiến tháng 12/2025
Trình Ủy ban nhân dân tỉnh
2
Ban hành kế hoạch tuyên truyền.
Sở Văn hóa, Thể thao và Du lịch
Tháng 01/2026
`, []got{{who: "Sở Văn hóa, Thể thao và Du lịch", quote: "Xây dựng Đề án"},
			{who: "Sở Văn hóa, Thể thao và Du lịch", deadline: "2026-01-31", quote: "Ban hành kế hoạch"}}},
		{"row numbers with a full stop, headings broken before a capital (\"Cơ quan\" / \"Chủ trì\")", `STT
Nội dung công việc
Cơ quan
Chủ trì
Cơ quan
Phối hợp
Thời gian
Hoàn thành
1.
Xây dựng quy chế phối hợp quản lý cơ sở dữ liệu.
Sở Nội vụ
Các sở, ngành
Quý I/2026
2.
Kiểm tra việc cập nhật dữ liệu tại các xã.
Sở Tư pháp
Sở Nội vụ
Tháng 6/2026
`, []got{{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Xây dựng quy chế"},
			{who: "Sở Tư pháp", deadline: "2026-06-30", quote: "Kiểm tra việc"}}},
		{"the row number on the row's first line (\"1. Xây dựng …\"), the table ending at the next part", `STT
Nội dung công việc
Cơ quan chủ trì
Thời gian hoàn thành
1. Xây dựng kế hoạch số hóa hồ sơ
lưu trữ của tỉnh.
Sở Nội vụ
Quý I/2026
2. Tập huấn nghiệp vụ lưu trữ
điện tử cho cán bộ cấp xã.
Sở Nội vụ
Tháng 6/2026
III. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
`, []got{{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Xây dựng kế hoạch"},
			{who: "Sở Nội vụ", deadline: "2026-06-30", quote: "Tập huấn"},
			{who: "Sở Tài chính", quote: "bố trí kinh phí"}}},
		{"sub-rows \"1.1\", \"1.2\" under a row that only titles them", `TT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Hoàn thiện thể chế
1.1
Ban hành quy chế quản lý cơ sở dữ liệu.
Sở Tài chính
Các sở, ngành
Quý IV/2025
1.2
Ban hành quy định chia sẻ dữ liệu.
Sở Khoa học và Công nghệ
Các sở, ngành
Quý I/2026
2
Kiểm tra việc thực hiện quy chế.
Sở Nội vụ
Sở Tài chính
Quý II/2026
`, []got{{who: "Sở Tài chính", deadline: "2025-12-31", quote: "Ban hành quy chế"},
			{who: "Sở Khoa học và Công nghệ", deadline: "2026-03-31", quote: "Ban hành quy định"},
			{who: "Sở Nội vụ", deadline: "2026-06-30", quote: "Kiểm tra việc"}}},
		{"a list of documents to draw up: \"Tên văn bản\" is the duty, \"Cơ quan chủ trì soạn thảo\" the unit, \"Thời gian trình\" the time", `TT
Tên văn bản
Cơ quan chủ trì soạn thảo
Cơ quan phối hợp
Thời gian trình
1
Quyết định quy định chi tiết về quản lý cụm công nghiệp trên địa bàn tỉnh
Sở Công Thương
Sở Tư pháp
Tháng 01/2026
2
Quyết định ban hành Quy chế phối hợp quản lý nhà nước về giá
Sở Tài chính
Các sở, ngành
Quý I/2026
`, []got{{who: "Sở Công Thương", deadline: "2026-01-31", quote: "Quyết định quy định chi tiết"},
			{who: "Sở Tài chính", deadline: "2026-03-31", quote: "Quyết định ban hành Quy chế"}}},
		{"no row numbers, a product column after the time: the next row opens with its duty", `Nội dung công việc
Cơ quan chủ trì
Thời gian hoàn thành
Sản phẩm
Xây dựng kế hoạch chuyển đổi số
của tỉnh năm 2026.
Sở Khoa học và Công nghệ
Tháng 01/2026
Kế hoạch của Ủy ban nhân dân tỉnh
Tổ chức tập huấn kỹ năng số cho cán bộ cấp xã.
Sở Nội vụ
Quý II/2026
Lớp tập huấn
`, []got{{who: "Sở Khoa học và Công nghệ", deadline: "2026-01-31", quote: "Xây dựng kế hoạch"},
			{who: "Sở Nội vụ", deadline: "2026-06-30", quote: "Tổ chức tập huấn"}}},
		{"a report form's \"Đơn vị tính\" column names no unit: the form is no table of tasks", `Nội dung | Đơn vị tính | Số lượng | Ghi chú
Tổng số cơ sở được kiểm tra | cơ sở |  |
Xây dựng kế hoạch kiểm tra hằng năm | kế hoạch |  |
`, nil},
		{"a document's symbol alone on a line of a duty cell is no time cell", `Nội dung công việc
Đơn vị chủ trì
Thời gian hoàn thành
Triển khai Kế hoạch số
02-KH/BCĐTW.
Sở Khoa học và Công nghệ
Tháng 12/2025
`, []got{{who: "Sở Khoa học và Công nghệ", deadline: "2025-12-31", quote: "Triển khai Kế hoạch"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}

// A time cell that opens with a number is a date, a span of years or of
// months, never a document's symbol.
func TestNumericTime(t *testing.T) {
	cases := []struct {
		cell string
		want bool
	}{
		{"30/11/2025", true},
		{"15/12/2025 - 30/12/2025", true},
		{"2025 - 2026", true},
		{"2025-2030", true},
		{"6 tháng cuối năm 2025", true},
		{"02-kh/bcđtw", false},
		{"03 nền tảng", false},
		{"100% hồ sơ", false},
	}
	for _, c := range cases {
		if got := numericTime(c.cell); got != c.want {
			t.Errorf("numericTime(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}

// The kind of a header cell comes from its words, whatever its place.
func TestHeadKind(t *testing.T) {
	cases := []struct {
		head string
		want colKind
	}{
		{"stt", colNumber},
		{"tên nhiệm vụ", colAction},
		{"nội dung công việc", colAction},
		{"người đứng đầu chịu trách nhiệm", colLeader},
		{"lãnh đạo phụ trách", colLeader},
		{"cơ quan chủ trì", colWho},
		{"đơn vị thực hiện", colWho},
		{"trách nhiệm thực hiện", colWho},
		{"cơ quan phối hợp", colCo},
		{"thời hạn hoàn thành", colTime},
		{"tiến độ thực hiện", colTime},
		{"thời gian dự kiến hoàn thành", colTime},
		{"kết quả thực hiện nhiệm vụ", colOther},
		{"sản phẩm", colOther},
		{"nguồn kinh phí", colOther},
		{"ghi chú", colOther},
		{"đơn vị tính", colOther},
		{"tên văn bản", colAction},
		{"tên sản phẩm", colAction},
		{"cơ quan chủ trì soạn thảo", colWho},
		{"thời gian trình", colTime},
	}
	for _, c := range cases {
		if got := headKind(c.head); got != c.want {
			t.Errorf("headKind(%q) = %d, want %d", c.head, got, c.want)
		}
	}
}

// A .docx table with merged headings: the second header row names the
// columns the first row's headings span; the data rows have them all.
func TestTwoRowHeader(t *testing.T) {
	type got = ruleGot
	cases := []ruleCase{
		{"merged \"Cơ quan thực hiện\" and \"Thời gian\" headings over \"Chủ trì | Phối hợp | Bắt đầu | Hoàn thành\"", `STT | Nội dung công việc | Cơ quan thực hiện | Thời gian | Ghi chú
Chủ trì | Phối hợp | Bắt đầu | Hoàn thành
1 | Xây dựng cơ sở dữ liệu hộ tịch của tỉnh. | Sở Tư pháp | Sở Khoa học và Công nghệ | Tháng 01/2026 | Tháng 6/2026 | 
2 | Số hóa sổ hộ tịch lưu trữ. | Ủy ban nhân dân các xã | Sở Tư pháp | Tháng 3/2026 | Quý IV/2026 | Theo hướng dẫn
`, []got{{who: "Sở Tư pháp", deadline: "2026-06-30", quote: "Xây dựng cơ sở dữ liệu"},
			{who: "Ủy ban nhân dân các xã", deadline: "2026-12-31", quote: "Số hóa sổ hộ tịch"}}},
		{"a unit or a time cell merged down over rows: the rows under it have fewer cells", `STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành
1 | Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh. | Sở Nội vụ | Quý I/2026
2 | Cắt giảm thành phần hồ sơ không cần thiết. | Quý II/2026
3 | Công bố danh mục thủ tục hành chính được cắt giảm. | Văn phòng Ủy ban nhân dân tỉnh
4 | Tập huấn cán bộ một cửa cấp xã. | Sở Tư pháp | Tháng 3/2026
5 | Kiểm tra việc thực hiện tại các xã. | Sở Tư pháp |
`, []got{{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Rà soát thủ tục"},
			{who: "Sở Nội vụ", deadline: "2026-06-30", quote: "Cắt giảm thành phần"},
			{who: "Văn phòng Ủy ban nhân dân tỉnh", deadline: "2026-06-30", quote: "Công bố danh mục"},
			{who: "Sở Tư pháp", deadline: "2026-03-31", quote: "Tập huấn cán bộ"},
			{who: "Sở Tư pháp", quote: "Kiểm tra việc"}}},
		{"a first data row is no sub-header", `STT | Nội dung công việc | Cơ quan chủ trì | Thời gian hoàn thành
1 | Xây dựng kế hoạch tuyên truyền. | Sở Văn hóa, Thể thao và Du lịch | Tháng 12/2025
`, []got{{who: "Sở Văn hóa, Thể thao và Du lịch", deadline: "2025-12-31", quote: "Xây dựng kế hoạch"}}},
	}
	runRules(t, cases, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}

// FuzzTableRows feeds the table reader table-shaped texts: no panic, every
// quote a stretch of the text, every row's cells in order inside its text.
func FuzzTableRows(f *testing.F) {
	f.Add("STT\nTên nhiệm vụ\nNgười đứng đầu chịu trách nhiệm\nCơ quan\nchủ trì\nKết quả\nthực hiện\nThời hạn hoàn thành\n1\nXây\ndựng quy tắc\nCục trưởng Cục A\nCục A\n-\nBộ quy tắc.\nTháng 12/2025\n")
	f.Add("TT\nNhiệm vụ\nCơ quan chủ trì\nThời gian\n1\nHoàn thiện thể chế\n1.1\nBan hành quy chế.\nSở Tài chính\nQuý IV/2025\nII\nXây\ndựng hạ tầng\n1. Nâng cấp.\nSở Nội vụ\n02-KH/BCĐTW.\n")
	f.Add("STT | Nội dung | Cơ quan thực hiện | Thời gian | Ghi chú\nChủ trì | Phối hợp | Bắt đầu | Hoàn thành\n1 | Rà soát. | Sở Tư pháp | Sở Nội vụ | Tháng 01/2026 | Tháng 6/2026 |\n")
	f.Add("Nội dung công việc\nĐơn vị chủ trì\nThời gian hoàn thành\nTriển khai\n02-KH/BCĐTW.\nSở Khoa học và Công nghệ\nTừ tháng 6 đến tháng 9/2026\n")
	f.Fuzz(func(t *testing.T, text string) {
		for _, task := range Find(text, Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}}) {
			if task.Start < 0 || task.Start > task.End || task.End > len(text) || text[task.Start:task.End] != task.Quote {
				t.Fatalf("quote %q is not text[%d:%d]", task.Quote, task.Start, task.End)
			}
		}
		lines := splitLines(text)
		cuts, _ := cutNotes(text, lines)
		for _, b := range layout(text, bodySpans(text, lines, cuts)) {
			at := 0
			for _, c := range b.cells {
				if c.start < at || c.end < c.start || c.end > len(b.text) {
					t.Fatalf("cells %v out of order in %q", b.cells, b.text)
				}
				at = c.end
			}
		}
	})
}

// A real .docx through the reader: merged headings (gridSpan) over a second
// header row, and a unit cell merged down (vMerge) over two rows.
func TestMergedCellsDocx(t *testing.T) {
	p := func(s string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(s) + `</w:t></w:r></w:p>`
	}
	tc := func(props, s string) string { return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + p(s) + `</w:tc>` }
	const restart, cont, span2 = `<w:vMerge w:val="restart"/>`, `<w:vMerge/>`, `<w:gridSpan w:val="2"/>`
	body := `<w:tbl><w:tblGrid>` + strings.Repeat(`<w:gridCol/>`, 5) + `</w:tblGrid>` +
		`<w:tr>` + tc(restart, "STT") + tc(restart, "Nội dung công việc") + tc(restart, "Cơ quan chủ trì") + tc(span2, "Thời gian") + `</w:tr>` +
		`<w:tr>` + tc(cont, "") + tc(cont, "") + tc(cont, "") + tc("", "Bắt đầu") + tc("", "Hoàn thành") + `</w:tr>` +
		`<w:tr>` + tc("", "1") + tc("", "Rà soát thủ tục hành chính của tỉnh.") + tc(restart, "Sở Nội vụ") + tc("", "Tháng 01/2026") + tc("", "Quý I/2026") + `</w:tr>` +
		`<w:tr>` + tc("", "2") + tc("", "Cắt giảm thành phần hồ sơ không cần thiết.") + tc(cont, "") + tc("", "Tháng 4/2026") + tc("", "Quý II/2026") + `</w:tr>` +
		`</w:tbl>`
	doc, err := docx.Read(docxBytes(t, body))
	if err != nil {
		t.Fatal(err)
	}
	runRules(t, []ruleCase{{"merged cells", doc.PlainText(), []ruleGot{
		{who: "Sở Nội vụ", deadline: "2026-03-31", quote: "Rà soát thủ tục"},
		{who: "Sở Nội vụ", deadline: "2026-06-30", quote: "Cắt giảm thành phần"}}}},
		Context{DocDate: vndate.Date{Year: 2025, Month: 11, Day: 18}})
}
