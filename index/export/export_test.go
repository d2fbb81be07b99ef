package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
	"github.com/xuri/excelize/v2"

	"vanthu/docs/vndate"
	"vanthu/index/registers"
	"vanthu/index/tracking"
)

func date(s string) vndate.Date {
	d, err := vndate.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestRegisterXLSXReadsBack(t *testing.T) {
	entries := []registers.Entry{
		{Book: registers.Incoming, Year: 2024, Number: 1, EntryDate: date("2024-01-03"), Issuer: "Ủy ban nhân dân tỉnh Kon Tum",
			DocType: "KH", DocNumber: "1585/KH-UBND", DocDate: date("2023-12-28"), Subject: "Cải cách hành chính năm 2024",
			Recipient: "Phòng Tổng hợp"},
		{Book: registers.Incoming, Year: 2024, Series: registers.SecretSeries, Number: 1, EntryDate: date("2024-01-04"),
			DocNumber: "12/UBND-NC", Secrecy: "Mật"},
	}
	path := filepath.Join(t.TempDir(), "den.xlsx")
	o := Office{Parent: "Ủy ban nhân dân tỉnh Kon Tum", Unit: "Sở Y tế"}
	var rows [][]any
	for i := 0; i < 80; i++ { // more than one printed page
		rows = append(rows, []any{i})
	}
	tasks := TasksTable(o, date("2024-02-01"), []tracking.Item{{Status: tracking.StatusOverdue, Due: date("2024-01-15"),
		Assignee: "Sở Y tế", Action: "báo cáo"}})
	if err := WriteXLSX(path, IncomingTable(o, 2024, entries), tasks); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 2 || got[0] != "Sổ đến 2024" || got[1] != "Việc cần làm" {
		t.Fatalf("sheets %q", got)
	}
	sheet := "Sổ đến 2024"
	cell := func(ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if cell("A2") != "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN" || cell("A3") != "Năm 2024" {
		t.Errorf("headings %q %q", cell("A2"), cell("A3"))
	}
	// Appendix IV columns, then their numbers, then the entries.
	want := []string{"Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
		"Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"}
	for i, w := range want {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if got := cell(col + "6"); got != w {
			t.Errorf("column %d: %q, want %q", i+1, got, w)
		}
		if got := cell(col + "7"); got != strconv.Itoa(i+1) {
			t.Errorf("column number %d: %q", i+1, got)
		}
	}
	if cell("A8") != "03/01/2024" || cell("B8") != "1" || cell("D8") != "1585/KH-UBND" ||
		cell("F8") != "Kế hoạch Cải cách hành chính năm 2024" || cell("B9") != "1 (MẬT)" || cell("J9") != "Mật" {
		t.Errorf("first rows: %q %q %q %q %q %q", cell("A8"), cell("B8"), cell("D8"), cell("F8"), cell("B9"), cell("J9"))
	}
	// Printable: A4 landscape, one page wide, the header rows repeated.
	pl, err := f.GetPageLayout(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if pl.Size == nil || *pl.Size != 9 || pl.Orientation == nil || *pl.Orientation != "landscape" ||
		pl.FitToWidth == nil || *pl.FitToWidth != 1 {
		t.Errorf("page layout %+v", pl)
	}
	found := false
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.Scope == sheet && strings.HasSuffix(dn.RefersTo, "$6:$7") {
			found = true
		}
	}
	if !found {
		t.Errorf("no repeated header rows: %+v", f.GetDefinedName())
	}
	st, _ := f.GetCellStyle(sheet, "F8")
	style, err := f.GetStyle(st)
	if err != nil || style.Font == nil || style.Font.Family != "Times New Roman" || !style.Alignment.WrapText {
		t.Errorf("cell style %+v", style)
	}
	// The overdue task is red.
	st, _ = f.GetCellStyle("Việc cần làm", "F7")
	style, _ = f.GetStyle(st)
	if style.Font == nil || style.Font.Color != "C00000" {
		t.Errorf("overdue task not red: %+v", style.Font)
	}
}

func TestRRule(t *testing.T) {
	cases := []struct {
		rule tracking.Rule
		want string
	}{
		{tracking.Rule{Recurrence: tracking.Monthly, Due: "---20"}, "FREQ=MONTHLY;BYMONTHDAY=20"},
		{tracking.Rule{Recurrence: tracking.Monthly, Due: "---30"}, "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1"},
		{tracking.Rule{Recurrence: tracking.Monthly}, "FREQ=MONTHLY;BYMONTHDAY=-1"},
		{tracking.Rule{Recurrence: tracking.Quarterly, Due: "---15"}, "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15"},
		{tracking.Rule{Recurrence: tracking.Semiannual}, "FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1"},
		{tracking.Rule{Recurrence: tracking.Yearly, Due: "--11-30"}, "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=28,29,30;BYSETPOS=-1"},
		{tracking.Rule{Recurrence: tracking.Yearly, Due: "--02-15"}, "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=15"},
		{tracking.Rule{Recurrence: tracking.Weekly, Due: "MO"}, "FREQ=WEEKLY;BYDAY=MO"},
		{tracking.Rule{Recurrence: tracking.Weekly}, "FREQ=WEEKLY;BYDAY=FR"},
		{tracking.Rule{Recurrence: "fortnightly"}, ""},
	}
	for _, c := range cases {
		if got := RRule(c.rule); got != c.want {
			t.Errorf("%+v: %q, want %q", c.rule, got, c.want)
		}
	}
}

func TestICSParsesBack(t *testing.T) {
	items := []tracking.Item{
		{Key: "abc-x1", Status: tracking.StatusDue, Due: date("2024-03-15"), Assignee: "Sở Y tế",
			Action: "báo cáo kết quả, gửi Sở Nội vụ; hạn chót", DocNumber: "12/UBND-VX", DocType: "CV"},
		{Key: "abc-x2", Status: tracking.StatusUpcoming, Due: date("2024-06-30"), Occurrence: true,
			Recurrence: tracking.Quarterly, Action: "báo cáo quý"},
		{Key: "abc-x2", Status: tracking.StatusOverdue, Due: date("2024-03-31"), Occurrence: true,
			Recurrence: tracking.Quarterly, Action: "báo cáo quý"},
		{Key: "abc-x3", Status: tracking.StatusDone, Due: date("2024-01-01"), Action: "đã xong"},
		{Key: "abc-x4", Status: tracking.StatusArchive, Due: date("2020-01-01"), Action: "cũ"},
	}
	var buf bytes.Buffer
	now := time.Date(2024, 3, 10, 9, 0, 0, 0, time.UTC)
	if err := WriteICS(&buf, items, ICSOptions{ReminderDays: 3, Now: now}); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 3 {
		t.Fatalf("%d events, want 3 (done and archived left out)", len(evs))
	}
	byUID := map[string]*ics.VEvent{}
	for _, e := range evs {
		byUID[e.Id()] = e
	}
	one := byUID["abc-x1@vanthu"]
	if one == nil {
		t.Fatalf("UIDs %v", byUID)
	}
	start, err := one.GetAllDayStartAt()
	if err != nil || start.Format("2006-01-02") != "2024-03-15" {
		t.Errorf("start %v %v", start, err)
	}
	if s := one.GetProperty(ics.ComponentPropertySummary); s == nil || s.Value != "Hạn: Sở Y tế — báo cáo kết quả, gửi Sở Nội vụ; hạn chót" {
		t.Errorf("summary %+v", s)
	}
	if al := one.Alarms(); len(al) != 1 || al[0].GetProperty(ics.ComponentPropertyTrigger).Value != "-P3D" {
		t.Errorf("alarm %+v", al)
	}
	rec := byUID["abc-x2@vanthu"]
	if rec == nil || rec.GetProperty(ics.ComponentPropertyRrule).Value != "FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1" {
		t.Errorf("recurring event %+v", rec)
	}
	if byUID["abc-x2-2024-03-31@vanthu"] == nil {
		t.Error("the missed occurrence is not its own event")
	}
	// A second export: same UIDs, higher SEQUENCE.
	var again bytes.Buffer
	if err := WriteICS(&again, items, ICSOptions{ReminderDays: 3, Now: now.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	cal2, _ := ics.ParseCalendar(bytes.NewReader(again.Bytes()))
	for _, e := range cal2.Events() {
		old := byUID[e.Id()]
		if old == nil {
			t.Errorf("UID %s not stable", e.Id())
			continue
		}
		if !(seqOf(e) > seqOf(old)) {
			t.Errorf("SEQUENCE did not grow for %s", e.Id())
		}
	}
	// A second, plain reader: lines are CRLF, folded at 75 octets, and every
	// BEGIN has its END.
	lines := unfold(t, buf.Bytes())
	depth := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "BEGIN:"):
			depth++
		case strings.HasPrefix(l, "END:"):
			depth--
		}
	}
	if depth != 0 || lines[0] != "BEGIN:VCALENDAR" || !contains(lines, "VERSION:2.0") || !contains(lines, "BEGIN:VALARM") {
		t.Errorf("structure: depth %d, first %q", depth, lines[0])
	}
}

func seqOf(e *ics.VEvent) string {
	p := e.GetProperty(ics.ComponentPropertySequence)
	if p == nil {
		return ""
	}
	return strings.Repeat("0", 12-len(p.Value)) + p.Value
}

func unfold(t *testing.T, b []byte) []string {
	t.Helper()
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.Index(data, []byte("\r\n")); i >= 0 {
			return i + 2, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		l := sc.Text()
		if len(l) > 75 {
			t.Errorf("line longer than 75 octets: %q", l)
		}
		if strings.HasPrefix(l, " ") && len(out) > 0 {
			out[len(out)-1] += l[1:]
			continue
		}
		out = append(out, l)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestJSONNames(t *testing.T) {
	if n, s := SplitNumber("1585/KH-UBND"); n != "1585" || s != "KH-UBND" {
		t.Errorf("split %q %q", n, s)
	}
	if n, s := SplitNumber("/UBND-KTTH"); n != "" || s != "UBND-KTTH" {
		t.Errorf("split blank %q %q", n, s)
	}
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Record{{CodeNumber: "12", CodeNotation: "UBND-VX", OrganName: "Ủy ban nhân dân",
		ArrivalNumber: 3, ArrivalDate: "2024-01-02", DueDate: "2024-01-10"}}); err != nil {
		t.Fatal(err)
	}
	var back []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"CodeNumber", "CodeNotation", "OrganName", "Subject", "ArrivalDate", "ArrivalNumber",
		"DueDate", "SignerInfo", "ToPlaces"} {
		if _, ok := back[0][k]; !ok {
			t.Errorf("no %s in %s", k, buf.String())
		}
	}
	if !strings.Contains(buf.String(), "Ủy ban nhân dân") {
		t.Error("Vietnamese escaped")
	}
}
