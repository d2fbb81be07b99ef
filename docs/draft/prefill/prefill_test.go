package prefill

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"vanthu/docs/draft/builtin"
	"vanthu/docs/draft/template"
	"vanthu/docs/extract"
	"vanthu/docs/extract/tasks"
	"vanthu/docs/read"
	"vanthu/docs/read/docx"
	"vanthu/docs/vndate"
)

var office = Office{
	Unit: "Sở Y tế", ParentBody: "Ủy ban nhân dân tỉnh Kon Tum", UnitSymbol: "SYT-VP", Place: "Kon Tum",
	SignerAuthority: "KT. Giám đốc", SignerTitle: "Phó Giám đốc", SignerName: "Nguyễn Văn A",
}

func seed(t *testing.T) *Source {
	t.Helper()
	doc, err := read.File("../../read/testdata/cv-ubnd-kontum-cchc-2021.docx")
	if err != nil {
		t.Fatal(err)
	}
	return FromExtract(extract.FromDocument(doc))
}

type fixedNumber struct {
	n   int
	err error
}

func (f fixedNumber) NextOutgoing(context.Context, int, string, bool) (int, error) { return f.n, f.err }

// The "done when": from the seed letter each built-in template gives
// a draft that cites it, lists its tasks for Sở Y tế with deadlines no later
// than 30/10/2021, and fills every field the settings and the letter know.
func TestSeedLetter(t *testing.T) {
	src := seed(t)
	today := vndate.Date{Year: 2021, Month: 9, Day: 6}
	for _, b := range builtin.All {
		t.Run(b.Name, func(t *testing.T) {
			res, err := Prefill(context.Background(), Input{Type: b.Type, Office: office, Source: src, Today: today, Numberer: fixedNumber{n: 7}})
			if err != nil {
				t.Fatal(err)
			}
			if res.Deadline != (vndate.Date{Year: 2021, Month: 10, Day: 30}) {
				t.Errorf("deadline %v, want 2021-10-30", res.Deadline)
			}
			if res.ReportTo != "Sở Nội vụ" {
				t.Errorf("report to %q", res.ReportTo)
			}
			named := 0
			for _, ut := range res.Tasks {
				if ut.Named {
					named++
				}
				if ut.Recurrence == "" && (ut.Due.IsZero() || !ut.Due.Before(res.Deadline)) {
					t.Errorf("task %q due %v, want before %v", ut.Action, ut.Due, res.Deadline)
				}
			}
			if named != 1 || len(res.Tasks) < 5 {
				t.Errorf("%d tasks (%d naming Sở Y tế), want the footnote task and those of the cơ quan chuyên môn", len(res.Tasks), named)
			}
			data, _ := builtin.Data(b.Name)
			tp, _ := template.Parse(data)
			out, rep, err := tp.Fill(res.Values)
			if err != nil {
				t.Fatal(err)
			}
			d, err := docx.Read(out)
			if err != nil {
				t.Fatal(err)
			}
			text := d.PlainText()
			want := []string{
				"ỦY BAN NHÂN DÂN TỈNH KON TUM", "SỞ Y TẾ", "Số: 07/" + map[string]string{"CV": "SYT-VP", "KH": "KH-SYT", "BC": "BC-SYT"}[b.Type],
				"Kon Tum, ngày 06 tháng 9 năm 2021",
				"Thực hiện Công văn số …/UBND-KTTH của Ủy ban nhân dân tỉnh Kon Tum về việc tăng cường công tác lãnh đạo",
				"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A", "Lưu: VT, VP.",
			}
			if b.Type != "KH" {
				want = append(want, "Kính gửi: Sở Nội vụ.", "Như trên;")
			} else {
				want = append(want, "KẾ HOẠCH", "25/10/2021", "Hằng tháng", "Xây dựng kế hoạch khắc phục")
			}
			for _, w := range want {
				if !strings.Contains(text, w) {
					t.Errorf("draft lacks %q:\n%s", w, text)
				}
			}
			var unfilled []string
			for _, u := range rep.Unfilled {
				unfilled = append(unfilled, u.Name)
			}
			wantUnfilled := map[string]string{"CV": "noi_dung", "KH": "", "BC": "ket_qua,kien_nghi"}[b.Type]
			if strings.Join(unfilled, ",") != wantUnfilled {
				t.Errorf("unfilled %v, want %s", unfilled, wantUnfilled)
			}
		})
	}
}

func TestCitation(t *testing.T) {
	tests := []struct {
		src         Source
		full, short string
	}{
		{Source{Type: "CV", Number: "2158/UBND-KTTH", Date: vndate.Date{Year: 2021, Month: 6, Day: 28}, Issuer: "Ủy ban nhân dân tỉnh Kon Tum", Subject: "V/v khắc phục tồn tại, hạn chế của Chỉ số PAPI"},
			"Công văn số 2158/UBND-KTTH ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Kon Tum về việc khắc phục tồn tại, hạn chế của Chỉ số PAPI", "Công văn số 2158/UBND-KTTH"},
		{Source{Type: "KH", Number: "4541/KH-UBND", Date: vndate.Date{Year: 2020, Month: 12, Day: 7}, Issuer: "Ủy ban nhân dân tỉnh", Subject: "Cải cách hành chính năm 2021"},
			"Kế hoạch số 4541/KH-UBND ngày 07 tháng 12 năm 2020 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2021", "Kế hoạch số 4541/KH-UBND"},
		{Source{Type: "QĐ", Number: "15/QĐ-UBND", Date: vndate.Date{Year: 2021, Month: 2, Day: 3}, Subject: "PAPI và PAR INDEX"},
			"Quyết định số 15/QĐ-UBND ngày 03 tháng 02 năm 2021 về PAPI và PAR INDEX", "Quyết định số 15/QĐ-UBND"},
		{Source{Type: "XX"}, "Văn bản", "Văn bản"},
	}
	for _, tc := range tests {
		full, short := Citation(&tc.src)
		if full != tc.full || short != tc.short {
			t.Errorf("Citation(%+v)\n got %q / %q\nwant %q / %q", tc.src, full, short, tc.full, tc.short)
		}
	}
}

func TestUnitTasks(t *testing.T) {
	d := func(m, day int) vndate.Date { return vndate.Date{Year: 2021, Month: m, Day: day} }
	src := []Task{
		{Task: tasks.Task{Assignee: "Sở Nội vụ", Action: "tổng hợp", Deadline: d(11, 15)}},
		{Task: tasks.Task{Assignee: "Sở Y tế", Action: "báo cáo về Sở Nội vụ", Deadline: d(10, 30)}},
		{Task: tasks.Task{Assignee: "Sở Tài chính", CoAssignees: []string{"Sở Y tế"}, Action: "rà soát", Deadline: d(10, 1)}},
		{Task: tasks.Task{Assignee: "Các sở, ban, ngành", Action: "tuyên truyền", Recurrence: "quarterly"}},
		{Task: tasks.Task{Assignee: "Các cơ quan chuyên môn thuộc UBND tỉnh", Action: "kiểm tra", Deadline: d(12, 31)}},
		{Task: tasks.Task{Assignee: "Sở Y tế", Action: "quy định chung", Kind: tasks.KindRule}},
		{Task: tasks.Task{Assignee: "Ủy ban nhân dân các huyện", Action: "không phải của sở"}},
	}
	got, deadline := unitTasks(src, "Sở Y tế", 5)
	if deadline != d(10, 30) {
		t.Fatalf("deadline %v", deadline)
	}
	want := []string{"báo cáo về Sở Nội vụ|Sở Y tế||25/10/2021", "rà soát|Sở Tài chính|Sở Y tế|01/10/2021", "tuyên truyền|Sở Y tế||Hằng quý", "kiểm tra|Sở Y tế||25/10/2021"}
	if len(got) != len(want) {
		t.Fatalf("%d tasks, want %d: %+v", len(got), len(want), got)
	}
	for i, ut := range got {
		if s := ut.Action + "|" + ut.Lead + "|" + ut.Partners + "|" + ut.DueText; s != want[i] {
			t.Errorf("task %d = %q, want %q", i, s, want[i])
		}
	}
	if r := reportTo(got); r != "Sở Nội vụ" {
		t.Errorf("report to %q", r)
	}
}

func TestNotesAndErrors(t *testing.T) {
	res, err := Prefill(context.Background(), Input{Type: "CV"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Notes) < 4 {
		t.Errorf("empty settings give notes %v", res.Notes)
	}
	if _, ok := res.Values.Text["so"]; ok {
		t.Error("without a register the number must stay a placeholder")
	}
	_, err = Prefill(context.Background(), Input{Type: "CV", Numberer: fixedNumber{err: errors.New("sổ bị khóa")}})
	if err == nil {
		t.Error("a register error is not reported")
	}
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }

func TestTypeOf(t *testing.T) {
	for code, want := range map[string]string{"KH": "KH", "BC": "BC", "CV": "CV"} {
		data, _ := builtin.Data(map[string]string{"KH": "ke-hoach-khac-phuc", "BC": "bao-cao-thuc-hien", "CV": "cong-van-tra-loi"}[code])
		tp, _ := template.Parse(data)
		if got := TypeOf(tp.Paragraphs()); got != want {
			t.Errorf("%s: TypeOf = %s", code, got)
		}
	}
	if got := TypeOf([]string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUYẾT ĐỊNH", "Về việc"}); got != "QĐ" {
		t.Errorf("decision: %s", got)
	}
}

func TestSummary(t *testing.T) {
	tests := map[string]string{
		"Tập trung lãnh đạo, chỉ đạo, thực hiện các nội dung của tỉnh(1) và kế hoạch; đồng thời, xem xét việc cắt giảm": "Tập trung lãnh đạo, chỉ đạo, thực hiện các nội dung của tỉnh và kế hoạch",
		"ngắn; nhưng đủ":       "ngắn; nhưng đủ",
		"xây dựng   kế hoạch.": "xây dựng kế hoạch",
		"xây dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021 để làm tài liệu": "xây dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ",
	}
	for in, want := range tests {
		if got := Summary(in); got != want {
			t.Errorf("Summary(%q) = %q, want %q", in, got, want)
		}
	}
}

// A report lists the source's own deadlines; a plan its earlier ones.
func TestRowDeadlines(t *testing.T) {
	src := seed(t)
	for typ, want := range map[string]string{"KH": "25/10/2021", "BC": "30/10/2021"} {
		res, err := Prefill(context.Background(), Input{Type: typ, Office: office, Source: src})
		if err != nil {
			t.Fatal(err)
		}
		rows := res.Values.Lists["nhiem_vu"]
		last := rows[len(rows)-1]
		if last["thoi_han"] != want {
			t.Errorf("%s: last row due %q, want %q", typ, last["thoi_han"], want)
		}
	}
}
