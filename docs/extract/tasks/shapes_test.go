package tasks

import (
	"archive/zip"
	"bytes"
	"html"
	"strings"
	"testing"

	"vanthu/docs/read/docx"
	"vanthu/docs/vndate"
)

// shape is what a case expects of one task; empty fields are not checked,
// except deadline and recurrence, which must match as given.
type shape struct {
	who, action, deadline, rec string
	co                         []string
}

var doc2024 = Context{DocDate: vndate.Date{Year: 2024, Month: 3, Day: 15}}

// checkShapes compares the tasks Find gives with the shapes wanted, in order.
func checkShapes(t *testing.T, text string, ctx Context, want []shape) {
	t.Helper()
	got := Find(text, ctx)
	if len(got) != len(want) {
		for _, g := range got {
			t.Logf("got %q co=%q %s %q act=%q", g.Assignee, g.CoAssignees, g.Deadline, g.Recurrence, g.Action)
		}
		t.Fatalf("%d tasks, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if w.who != "" && g.Assignee != w.who {
			t.Errorf("task %d assignee %q, want %q", i, g.Assignee, w.who)
		}
		if g.Deadline.String() != w.deadline || g.Recurrence != w.rec {
			t.Errorf("task %d time %s %q, want %s %q", i, g.Deadline, g.Recurrence, w.deadline, w.rec)
		}
		if w.action != "" && !strings.HasPrefix(g.Action, w.action) {
			t.Errorf("task %d action %q, want it to start %q", i, g.Action, w.action)
		}
		if w.co != nil && strings.Join(g.CoAssignees, "|") != strings.Join(w.co, "|") {
			t.Errorf("task %d co-assignees %q, want %q", i, g.CoAssignees, w.co)
		}
		if text[g.Start:g.End] != g.Quote {
			t.Errorf("task %d quote is not text[%d:%d]", i, g.Start, g.End)
		}
	}
}

// One pair of "Cơ quan thực hiện / Thời gian thực hiện" lines after
// several items covers them all.
func TestSharedFields(t *testing.T) {
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"two items, one pair", `2. Nhiệm vụ cụ thể
2.1. Rà soát, thống kê các thủ tục hành chính thuộc thẩm quyền giải quyết.
2.2. Đề xuất phương án đơn giản hóa thủ tục hành chính, giấy tờ công dân.
- Cơ quan thực hiện: Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh.
- Thời gian thực hiện: Hoàn thành trong quý II/2024.
2.3. Kiểm tra việc thực hiện.
- Cơ quan thực hiện: Sở Nội vụ.
- Thời gian thực hiện: Tháng 10/2024.
`, []shape{
			{who: "Sở Tư pháp", action: "Rà soát, thống kê", deadline: "2024-06-30", co: []string{"Văn phòng UBND tỉnh"}},
			{who: "Sở Tư pháp", action: "Đề xuất phương án", deadline: "2024-06-30", co: []string{"Văn phòng UBND tỉnh"}},
			{who: "Sở Nội vụ", action: "Kiểm tra", deadline: "2024-10-31"},
		}},
		{"đơn vị chủ trì, thời gian hoàn thành; an item's own time stands", `a) Xây dựng cơ sở dữ liệu cán bộ, công chức của tỉnh.
b) Số hóa hồ sơ cán bộ, công chức trước ngày 30/9/2024.
c) Cập nhật dữ liệu lên hệ thống quản lý hồ sơ.
Đơn vị chủ trì: Sở Nội vụ.
Thời gian hoàn thành: Năm 2024.
`, []shape{
			{who: "Sở Nội vụ", action: "Xây dựng cơ sở dữ liệu", deadline: "2024-12-31"},
			{who: "Sở Nội vụ", action: "Số hóa hồ sơ", deadline: "2024-09-30"},
			{who: "Sở Nội vụ", action: "Cập nhật dữ liệu", deadline: "2024-12-31"},
		}},
		{"an exception holds for one item only", `1.1. Tổ chức quán triệt Chỉ thị số 05-CT/TU cho cán bộ, công chức.
1.2. Tuyên truyền nâng cao nhận thức của người lao động.
- Cơ quan thực hiện: Các sở, ban, ngành.
- Thời gian thực hiện: Thực hiện thường xuyên, riêng việc quán triệt Chỉ thị hoàn thành trong quý II/2024.
`, []shape{
			{who: "Các sở, ban, ngành", action: "Tổ chức quán triệt"},
			{who: "Các sở, ban, ngành", action: "Tuyên truyền", deadline: "2024-06-30"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}

// "trong năm 2024" is a deadline where it bounds the action and no
// deadline where it names the period a report covers.
func TestPeriodOrDeadline(t *testing.T) {
	cases := []struct {
		name, text, deadline string
	}{
		{"hoàn thành trong năm", "Giao Sở Tài chính hoàn thành việc rà soát tài sản công trong năm 2024.", "2024-12-31"},
		{"triển khai thực hiện trong năm", "Đề nghị Sở Y tế triển khai thực hiện Đề án trong năm 2024.", "2024-12-31"},
		{"tổ chức ... trong năm", "Sở Nội vụ có trách nhiệm tổ chức 02 lớp tập huấn cho cán bộ cấp xã trong năm 2024.", "2024-12-31"},
		{"báo cáo kết quả thực hiện trong năm", "Đề nghị các sở, ban, ngành báo cáo kết quả thực hiện trong năm 2024 về Sở Nội vụ.", ""},
		{"số liệu trong năm", "Giao Cục Thống kê tỉnh cung cấp số liệu trong năm 2024 cho Sở Kế hoạch và Đầu tư.", ""},
		{"tình hình ... trong năm", "Yêu cầu Ủy ban nhân dân các huyện đánh giá tình hình thực hiện Kế hoạch trong năm 2024.", ""},
		{"kết quả trong 6 tháng đầu năm", "Đề nghị Sở Y tế tổng hợp kết quả triển khai trong 6 tháng đầu năm 2024.", ""},
		{"period, then a deadline", "Đề nghị Sở Xây dựng báo cáo kết quả thực hiện trong năm 2024, gửi về Văn phòng UBND tỉnh trước ngày 15/01/2025.", "2025-01-15"},
		{"a deadline before the letter is no deadline", "Đề nghị Sở Xây dựng báo cáo kết quả thực hiện trong năm 2023, gửi về Văn phòng UBND tỉnh trước ngày 15/01/2024.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Find(c.text+"\n", doc2024)
			if len(got) != 1 {
				t.Fatalf("%d tasks, want 1: %+v", len(got), got)
			}
			if got[0].Deadline.String() != c.deadline {
				t.Errorf("deadline %s (%q), want %s", got[0].Deadline, got[0].DeadlineText, c.deadline)
			}
		})
	}
}

// Committees and associations whose names go on in lower case are units.
func TestLowerCaseBodies(t *testing.T) {
	cases := []struct{ text, who string }{
		{"Ban vì sự tiến bộ phụ nữ tỉnh có trách nhiệm theo dõi, tổng hợp kết quả thực hiện Kế hoạch.", "Ban vì sự tiến bộ phụ nữ tỉnh"},
		{"Ban chỉ đạo cải cách hành chính tỉnh chủ trì kiểm tra việc thực hiện tại các địa phương.", "Ban chỉ đạo cải cách hành chính tỉnh"},
		{"Hội Liên hiệp Phụ nữ tỉnh phối hợp tuyên truyền đến hội viên phụ nữ.", "Hội Liên hiệp Phụ nữ tỉnh"},
		{"Hội nông dân tỉnh tổ chức tập huấn kỹ thuật cho nông dân.", "Hội nông dân tỉnh"},
		{"Đoàn thanh niên Cộng sản Hồ Chí Minh tỉnh phát động phong trào tình nguyện.", "Đoàn thanh niên Cộng sản Hồ Chí Minh tỉnh"},
		{"Giao Ủy ban an toàn giao thông tỉnh xây dựng kế hoạch kiểm tra.", "Ủy ban an toàn giao thông tỉnh"},
		{"Đề nghị Sở Tư pháp phối hợp với Ban vì sự tiến bộ phụ nữ tỉnh rà soát văn bản.", "Sở Tư pháp"},
		// common words a head also begins
		{"Ban hành kèm theo Quyết định này Quy chế làm việc của cơ quan.", ""},
		{"Hội nghị tổ chức tập huấn cho cán bộ cấp xã.", ""},
		{"Đoàn kết các tầng lớp nhân dân thực hiện tốt chủ trương.", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			got := Find(c.text+"\n", doc2024)
			if c.who == "" {
				if len(got) != 0 {
					t.Fatalf("found %q, want no task", got[0].Assignee)
				}
				return
			}
			if len(got) != 1 || got[0].Assignee != c.who {
				t.Fatalf("found %+v, want one task for %q", got, c.who)
			}
		})
	}
	co := Find("Đề nghị Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ và Ban vì sự tiến bộ phụ nữ tỉnh rà soát văn bản.\n", doc2024)
	if len(co) != 1 || strings.Join(co[0].CoAssignees, "|") != "Sở Nội vụ|Ban vì sự tiến bộ phụ nữ tỉnh" {
		t.Errorf("co-assignees %+v", co)
	}
}

// Rewards and sanctions are no duties; a duty beside them stays one.
func TestRewardsAndSanctions(t *testing.T) {
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"rewarded yearly", "Chủ tịch Ủy ban nhân dân các cấp, cán bộ, công chức hoàn thành tốt nhiệm vụ cải cách hành chính được xem xét, khen thưởng hằng năm theo quy định.\n", nil},
		{"disciplined", "Thủ trưởng các cơ quan, đơn vị không thực hiện nghiêm túc Chỉ thị này sẽ bị xử lý kỷ luật theo quy định của pháp luật.\n", nil},
		{"thi đua", "Các sở, ban, ngành thực hiện tốt công tác văn thư, lưu trữ được xét thi đua hằng năm.\n", nil},
		{"under a Khen thưởng heading", "Điều 12. Khen thưởng, kỷ luật\n1. Cơ quan, đơn vị có thành tích trong thực hiện Quy chế này được khen thưởng theo quy định.\n2. Cán bộ, công chức vi phạm Quy chế này thì tùy theo mức độ bị xử lý kỷ luật.\n", nil},
		{"duty before a sanction clause", "Sở Nội vụ có trách nhiệm kiểm tra việc chấp hành kỷ luật hành chính hằng quý; đơn vị vi phạm sẽ bị xử lý theo quy định.\n",
			[]shape{{who: "Sở Nội vụ", action: "có trách nhiệm kiểm tra", rec: "quarterly"}}},
		{"the award's basis times no task", "Giao Sở Nội vụ theo dõi, đánh giá kết quả cải cách hành chính của các đơn vị, làm căn cứ xét thi đua, khen thưởng hằng năm.\n",
			[]shape{{who: "Sở Nội vụ", action: "theo dõi, đánh giá"}}},
		{"proposing an award is a duty", "Giao Sở Nội vụ tổng hợp, đề xuất khen thưởng các tập thể, cá nhân có thành tích, trình Ủy ban nhân dân tỉnh trước ngày 15/12/2024.\n",
			[]shape{{who: "Sở Nội vụ", action: "tổng hợp, đề xuất khen thưởng", deadline: "2024-12-15"}}},
		{"a reward in the object of a request", "Đề nghị các đơn vị tổng hợp danh sách cá nhân được khen thưởng, gửi về Sở Nội vụ trước ngày 30/11/2024.\n",
			[]shape{{who: "các đơn vị", deadline: "2024-11-30"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}

// The rows of an implementation table each make a task, as a reader's
// PlainText gives them (cells joined by " | ") and as PDF text gives them
// (one cell a line).
var tableRows = [][]string{
	{"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
	{"1", "Xây dựng Kế hoạch tuyên truyền cải cách hành chính", "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Quý II/2024"},
	{"2", "Tổ chức tập huấn nghiệp vụ văn thư, lưu trữ", "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện", "Tháng 6/2024"},
	{"3", "Rà soát, công bố danh mục thủ tục hành chính", "Văn phòng UBND tỉnh", "Sở Tư pháp", "Trước 30/6/2024"},
	{"4", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Thông tin và Truyền thông", "", "Năm 2024"},
	{"5", "Kiểm tra công tác cải cách hành chính tại các địa phương", "Sở Nội vụ", "Các thành viên Ban chỉ đạo", "Thường xuyên"},
	{"6", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Sở Nội vụ", "Các sở, ban, ngành", "Hằng quý"},
}

var tableWant = []shape{
	{who: "Sở Thông tin và Truyền thông", action: "Xây dựng Kế hoạch tuyên truyền", deadline: "2024-06-30", co: []string{"Sở Nội vụ"}},
	{who: "Sở Nội vụ", action: "Tổ chức tập huấn", deadline: "2024-06-30", co: []string{"Các sở, ban, ngành", "UBND các huyện"}},
	{who: "Văn phòng UBND tỉnh", action: "Rà soát, công bố", deadline: "2024-06-30", co: []string{"Sở Tư pháp"}},
	{who: "Sở Thông tin và Truyền thông", action: "Số hóa hồ sơ", deadline: "2024-12-31", co: []string{}},
	{who: "Sở Nội vụ", action: "Kiểm tra công tác", co: []string{"Các thành viên Ban chỉ đạo"}},
	{who: "Sở Nội vụ", action: "Tổng hợp, báo cáo", rec: "quarterly", co: []string{"Các sở, ban, ngành"}},
}

const tableIntro = "III. TỔ CHỨC THỰC HIỆN\nCác cơ quan, đơn vị triển khai các nhiệm vụ theo bảng sau:\n"

func TestTablePlainText(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(tableIntro)
	for _, r := range tableRows {
		sb.WriteString(strings.Join(r, " | ") + "\n")
	}
	checkShapes(t, sb.String(), doc2024, tableWant)
}

func TestTablePDFLines(t *testing.T) {
	cases := []struct {
		name string
		text func() string
	}{
		{"one cell a line", func() string {
			var sb strings.Builder
			sb.WriteString(tableIntro)
			for _, r := range tableRows {
				for _, c := range r {
					if c != "" {
						sb.WriteString(c + "\n")
					}
				}
			}
			return sb.String()
		}},
		{"cells wrapped over lines", func() string {
			var sb strings.Builder
			sb.WriteString(tableIntro)
			sb.WriteString("STT\nNội dung công việc\nCơ quan\nchủ trì\nCơ quan\nphối hợp\nThời gian\nhoàn thành\n")
			for _, r := range tableRows[1:] {
				for i, c := range r {
					if c == "" {
						continue
					}
					if i == 1 { // a long action breaks after its fourth word
						w := strings.Fields(c)
						c = strings.Join(w[:4], " ") + "\n" + strings.Join(w[4:], " ")
					}
					sb.WriteString(c + "\n")
				}
			}
			return sb.String()
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text(), doc2024, tableWant) })
	}
}

// An action cell wrapped before a year ("… đến" / "năm 2030") is not the
// row's time cell: the row runs on to its units and its quarter
// (tuning/round4/kh-310-hanoi-2025).
func TestTableActionEndsWithYear(t *testing.T) {
	text := tableIntro + `TT
Nội dung/nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian thực hiện
1
Tổ chức điều chỉnh, bổ sung
quy hoạch hạ tầng viễn thông trong các khu công nghiệp đến
năm 2030
Ban Quản lý các khu công nghiệp
Sở Công Thương; UBND các phường, xã
Quý III Năm 2025
2
Khảo sát, đánh giá thực trạng
hạ tầng viễn thông trong các khu công nghiệp
Ban Quản lý các khu công nghiệp
Sở Công Thương
Quý IV/2024- Quý II/2025
`
	checkShapes(t, text, doc2024, []shape{
		{who: "Ban Quản lý các khu công nghiệp", deadline: "2025-09-30", action: "Tổ chức điều chỉnh"},
		{who: "Ban Quản lý các khu công nghiệp", deadline: "2025-06-30", action: "Khảo sát"},
	})
}

// A plan's appendix table as a web copy flattens it
// (tuning/round4/kh-980-nghean-2025): Roman section rows whose rows are
// numbered from 1 again, a gap of dots, a year alone as the time, a time cell
// broken before its date, unit cells the lexicon does not know, a month of
// a yearly duty, a cell left empty.
func TestTableSectionsAndGaps(t *testing.T) {
	text := tableIntro + `TT
Nội dung thực
hiện
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
Sản phẩm dự kiến
I
KIỆN TOÀN CƠ CHẾ CHỈ ĐẠO,
ĐIỀU HÀNH
1
Tổ chức lại Ban Chỉ huy cấp tỉnh, cấp xã
Bộ CHQS tỉnh; UBND
cấp xã
Văn phòng Ban Chỉ
huy; các sở, ban, ngành
Trước ngày
30/11/2024
Quyết định của Chủ
tịch UBND tỉnh
II
TRIỂN KHAI VĂN BẢN
1
Hướng dẫn phương pháp, trình tự thống kê phù hợp
với lĩnh vực quản lý các ngành
Sở, ban, ngành, tổ
chức chính trị - xã hội
Cơ quan liên quan
2024
2
Triển khai thực hiện khi có Thông tư mới thay thế
Thông tư số 92/2009/TT-BTC ngày
12/5/2009 của Bộ Tài chính
Sở Tài chính
Cơ quan, địa
phương liên quan
2025
….................................
4
Rà soát, tổng hợp danh mục các công trình phòng thủ dân sự
Sở Xây dựng
Cơ quan có liên
quan
Tháng 12 hằng năm
Báo cáo của Sở
`
	checkShapes(t, text, doc2024, []shape{
		{who: "Bộ CHQS tỉnh; UBND cấp xã", deadline: "2024-11-30", action: "Tổ chức lại"},
		{who: "Sở, ban, ngành, tổ chức chính trị - xã hội", deadline: "2024-12-31", action: "Hướng dẫn phương pháp"},
		{who: "Sở Tài chính", deadline: "2025-12-31", action: "Triển khai thực hiện khi có Thông tư mới thay thế Thông tư số 92/2009/TT-BTC ngày 12/5/2009"},
		{who: "Sở Xây dựng", rec: "yearly", action: "Rà soát"},
	})
}

// A .docx with the table goes through the reader and PlainText.
func TestTableDocx(t *testing.T) {
	para := func(s string) string {
		return `<w:p><w:r><w:t xml:space="preserve">` + html.EscapeString(s) + `</w:t></w:r></w:p>`
	}
	var body strings.Builder
	for _, l := range strings.Split(strings.TrimSpace(tableIntro), "\n") {
		body.WriteString(para(l))
	}
	body.WriteString(`<w:tbl><w:tblGrid>` + strings.Repeat(`<w:gridCol/>`, len(tableRows[0])) + `</w:tblGrid>`)
	for _, r := range tableRows {
		body.WriteString(`<w:tr>`)
		for _, c := range r {
			body.WriteString(`<w:tc>` + para(c) + `</w:tc>`)
		}
		body.WriteString(`</w:tr>`)
	}
	body.WriteString(`</w:tbl>`)
	doc, err := docx.Read(docxBytes(t, body.String()))
	if err != nil {
		t.Fatal(err)
	}
	checkShapes(t, doc.PlainText(), doc2024, tableWant)
}

// docxBytes zips a minimal .docx whose body is body.
func docxBytes(t *testing.T, body string) []byte {
	t.Helper()
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The shapes of issue 10: a deadline that opens the sentence, one in a
// sentence or sub-line after the duty, lists and ranges of quarters in a
// plan's "Thời gian thực hiện" line, and one deadline per line of a list
// under one duty.
func TestDeadlineShapes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []shape
	}{
		{"deadline before the duty", "1. Chậm nhất đến ngày 31/12/2024, các Sở, ban, ngành hoàn thành việc cập nhật dữ liệu lên hệ thống.\n",
			[]shape{{who: "các Sở, ban, ngành", deadline: "2024-12-31"}}},
		{"day and month before the duty", "Trước ngày 15 tháng 5, Sở Y tế tổng hợp báo cáo Ủy ban nhân dân tỉnh.\n",
			[]shape{{who: "Sở Y tế", deadline: "2024-05-15"}}},
		{"deadline in the next sentence", "2. Sở Tài chính chủ trì rà soát kinh phí. Thời hạn hoàn thành: trước ngày 30/11/2024.\n",
			[]shape{{who: "Sở Tài chính", deadline: "2024-11-30"}}},
		{"quarter list in a sub-line", "5. Xây dựng cơ sở dữ liệu cán bộ.\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian thực hiện: Quý I, II/2025.\n",
			[]shape{{who: "Sở Nội vụ", deadline: "2025-06-30"}}},
		{"quarter range in a sub-line", "6. Tổ chức kiểm tra việc thực hiện.\n- Cơ quan chủ trì: Thanh tra tỉnh.\n- Thời gian hoàn thành: Quý III và IV/2024.\n",
			[]shape{{who: "Thanh tra tỉnh", deadline: "2024-12-31"}}},
		{"an open span is no deadline", "7. Tuyên truyền, phổ biến Luật.\n- Cơ quan thực hiện: Sở Tư pháp.\n- Thời gian thực hiện: Năm 2024 và các năm tiếp theo.\n",
			[]shape{{who: "Sở Tư pháp", deadline: ""}}},
		{"topic heading before the unit", "6. Về chủ trương đầu tư tuyến đường giao thông: Ủy ban nhân dân tỉnh Thanh Hóa khẩn trương báo cáo Thủ tướng Chính phủ trước ngày 01 tháng 12 năm 2024.\n",
			[]shape{{who: "Ủy ban nhân dân tỉnh Thanh Hóa", deadline: "2024-12-01"}}},
		{"deadline in a sentence that goes on with the duty", "7. Về vốn dự án: giao Bộ Tài chính chủ trì xem xét, xử lý theo đúng quy định. Đối với nội dung vượt thẩm quyền, đề xuất báo cáo cấp có thẩm quyền trước ngày 25 tháng 12 năm 2024.\n",
			[]shape{{who: "Bộ Tài chính", deadline: "2024-12-25"}}},
		{"lettered plan item with a Nhiệm vụ label", "4.2. Nguồn nhân lực\na) Nhiệm vụ: Lựa chọn kiến trúc sư trưởng về Chuyển đổi số.\nb) Cơ quan thực hiện:\n- Đơn vị chủ trì: Sở Khoa học và Công nghệ.\n- Đơn vị phối hợp: Các Sở, ban, ngành.\nc) Thời gian thực hiện: Hoàn thành trong năm 2024.\n",
			[]shape{{who: "Sở Khoa học và Công nghệ", deadline: "2024-12-31"}}},
		{"two deadlines in one sentence, the second after a comma", "3. Bộ Giáo dục và Đào tạo hướng dẫn các địa phương số hoá bằng cấp trong tháng 12 năm 2024, số hoá 100% dữ liệu văn bằng trong năm 2025.\n",
			[]shape{{who: "Bộ Giáo dục và Đào tạo", deadline: "2024-12-31"}, {who: "Bộ Giáo dục và Đào tạo", deadline: "2025-12-31", action: "số hoá 100%"}}},
		{"carrying on through a year after a deadline is no second deadline", "2. Bộ Xây dựng: Khẩn trương thành lập đoàn công tác, hoàn thành trong tháng 12 năm 2024, triển khai thực hiện trong năm 2025.\n",
			[]shape{{who: "Bộ Xây dựng", deadline: "2024-12-31"}}},
		{"the time of a purpose is no deadline", "4. Bộ Khoa học và Công nghệ phối hợp với các bộ tháo gỡ các vướng mắc của dự án để có thể triển khai trong năm 2025.\n",
			[]shape{{who: "Bộ Khoa học và Công nghệ", deadline: ""}}},
		{"comrades holding the heads of bodies", "1. Quyết liệt trong chỉ đạo:\nCác đồng chí Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh gửi văn bản cam kết tiến độ về Bộ Nội vụ; hoàn thành trước ngày 25 tháng 11 năm 2024.\n",
			[]shape{{deadline: "2024-11-25"}}},
		{"a capital heading broken over lines, the paragraph under it", "VII. CHẾ\nĐỘ BÁO CÁO\nCác sở, ban, ngành, đoàn thể\nThành phố gửi báo cáo kết quả về Sở Nội vụ\ntrước ngày 16 tháng 12 năm 2024 để tổng hợp./.\n",
			[]shape{{who: "Các sở, ban, ngành, đoàn thể Thành phố", deadline: "2024-12-16"}}},
		{"an annual budget is no yearly duty", "1. Các sở, ban, ngành xây dựng dự toán kinh phí từ ngân sách hằng năm được cấp có thẩm quyền giao để triển khai Kế hoạch này.\n",
			[]shape{{who: "Các sở, ban, ngành", deadline: ""}}},
		{"two times open the sentence, the subject after both", "Hàng năm, trước ngày 25 tháng 12, các cơ quan, đơn vị gửi Bộ Nội vụ báo cáo tình hình triển khai các nhiệm vụ.\n",
			[]shape{{who: "các cơ quan, đơn vị", rec: "yearly"}}},
		{"a review held at the end of a year is no deadline", "a) Bộ Nội vụ chủ trì hướng dẫn các địa phương; tổ chức sơ kết kết quả triển khai Kế hoạch vào cuối năm 2025 và tổng kết vào cuối năm 2027.\n",
			[]shape{{who: "Bộ Nội vụ", deadline: ""}}},
		{"a heading and its subject joined by a reader, after a colon", "1. Quyết liệt trong chỉ đạo, điều hành: Các đồng chí Chủ tịch Ủy ban nhân dân các huyện gửi văn bản cam kết về Sở Nội vụ trước ngày 25 tháng 11 năm 2024.\n",
			[]shape{{deadline: "2024-11-25"}}},
		{"a capital heading and its paragraph joined by a reader", "VII. CHẾ ĐỘ BÁO CÁO Các sở, ban, ngành gửi báo cáo kết quả về Sở Nội vụ trước ngày 16 tháng 12 năm 2024./.\n",
			[]shape{{who: "Các sở, ban, ngành", deadline: "2024-12-16"}}},
		{"a field label is no heading", "a) Khai mạc chương trình tập huấn.\n- Thành phần: Lãnh đạo sở, lãnh đạo và chuyên viên các phòng thuộc Sở.\n",
			nil},
		{"a unit's name broken over lines heads the duty under it; its next sentence times it", "2.6. Sở\nVăn hóa, Thể thao và Du lịch\nChủ trì, phối hợp với các Sở,\nban, ngành liên quan tổ chức thực hiện Tiểu dự\nán 1 trên địa bàn tỉnh. Hoàn thành,\nbáo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2024.\n",
			[]shape{{who: "Sở Văn hóa, Thể thao và Du lịch", deadline: "2024-11-30", action: "Chủ trì"}}},
		{"the targets of a plan are no duties", "6. Chỉ tiêu chủ yếu đến năm\n2030\n6.1. Hàng năm, giảm số người nghiện ma túy trên địa bàn tỉnh.\nIII. NHIỆM VỤ\n1. Sở Y tế hằng năm báo cáo kết quả cai nghiện.\n",
			[]shape{{who: "Sở Y tế", rec: "yearly"}}},
		{"a target's level after its time is no deadline", "1. Ủy ban nhân dân các xã đăng ký chỉ tiêu xây dựng xã không ma túy, bảo đảm đến hết năm 2030 đạt 50% địa bàn.\n",
			[]shape{{deadline: ""}}},
		{"a unit heading joined to its capitalised first line, a later sentence opening with Hoàn thành", "2.6. Sở Văn hóa, Thể thao và Du lịch Chủ trì, phối hợp với các Sở, ban, ngành tổ chức thực hiện Tiểu dự án 1 trên địa bàn tỉnh. Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2024.\n",
			[]shape{{who: "Sở Văn hóa, Thể thao và Du lịch", deadline: "2024-11-30", action: "Chủ trì"}}},
		{"one deadline per line", "4. Đề nghị Ủy ban nhân dân các huyện hoàn thành việc rà soát đất đai, cụ thể:\n- Các huyện miền núi: cuối năm 2024;\n- Các huyện đồng bằng: trong quý III/2024.\n",
			[]shape{{who: "Các huyện miền núi", deadline: "2024-12-31"}, {who: "Các huyện đồng bằng", deadline: "2024-09-30"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkShapes(t, c.text, doc2024, c.want) })
	}
}

// A legal normative text's duties on whole classes of bodies are rules; a
// named body's one-off duty in it is still an assignment.
func TestKinds(t *testing.T) {
	law := Context{DocDate: vndate.Date{Year: 2024, Month: 1, Day: 18}, Normative: true}
	got := Find("Điều 5. Trách nhiệm thi hành\n1. Các bộ, cơ quan ngang bộ có trách nhiệm hướng dẫn thi hành Luật này trước ngày 18 tháng 12 năm 1980.\n2. Bộ Tài nguyên và Môi trường chủ trì xây dựng cơ sở dữ liệu đất đai, hoàn thành trước ngày 31/12/2025.\n3. Hằng năm, Bộ Tài chính báo cáo Chính phủ kết quả thực hiện.\n", law)
	want := []struct{ kind, deadline string }{{KindRule, ""}, {KindAssignment, "2025-12-31"}, {KindRule, ""}}
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		if got[i].Kind != w.kind || got[i].Deadline.String() != w.deadline {
			t.Errorf("task %d: kind %q deadline %s, want %q %s", i, got[i].Kind, got[i].Deadline, w.kind, w.deadline)
		}
	}
	letter := Find("Đề nghị Sở Y tế báo cáo hằng tháng, trước ngày 20.\n", doc2024)
	if len(letter) != 1 || letter[0].Kind != KindRecurring {
		t.Errorf("a monthly duty in a letter: %+v", letter)
	}
}

// A relative deadline keeps its span and anchor, for follow-up to count
// from the day the letter arrived.
func TestRelativeDeadline(t *testing.T) {
	got := Find("Đề nghị Sở Nội vụ báo cáo kết quả trong vòng 10 ngày làm việc kể từ ngày nhận được văn bản này.\n", doc2024)
	if len(got) != 1 {
		t.Fatalf("%d tasks", len(got))
	}
	g := got[0]
	if !g.Deadline.IsZero() || g.RelativeDays != 10 || g.RelativeUnit != "ngày làm việc" || g.Anchor != "ngày nhận được văn bản này" {
		t.Errorf("got deadline %s, %d %q from %q", g.Deadline, g.RelativeDays, g.RelativeUnit, g.Anchor)
	}
}
