package export

import (
	"fmt"
	"strings"

	"vanthu/docs/doctype"
	"vanthu/docs/vndate"
	"vanthu/index/registers"
	"vanthu/index/tracking"
)

// Office names the body whose registers these are, for the headings.
type Office struct {
	Parent string // "Ủy ban nhân dân tỉnh Kon Tum"
	Unit   string // "Sở Y tế"
}

func (o Office) headings(title string, lines ...string) []string {
	body := strings.ToUpper(o.Unit)
	if o.Parent != "" {
		body = strings.ToUpper(o.Parent) + " — " + body
	}
	if strings.TrimSpace(body) == "" {
		body = " "
	}
	return append([]string{body, title}, lines...)
}

// typeAndSubject is the "tên loại và trích yếu nội dung" column.
func typeAndSubject(code, subject string) string {
	name, ok := doctype.Name(code)
	if !ok {
		name = code
	}
	if name == "" {
		return subject
	}
	if subject == "" {
		return name
	}
	return name + " " + subject
}

func span(entries []registers.Entry) string {
	if len(entries) == 0 {
		return "(chưa có văn bản nào)"
	}
	first, last := entries[0].EntryDate, entries[0].EntryDate
	for _, e := range entries {
		if e.EntryDate.Before(first) {
			first = e.EntryDate
		}
		if last.Before(e.EntryDate) {
			last = e.EntryDate
		}
	}
	return fmt.Sprintf("Từ ngày %s đến ngày %s — từ số %d đến số %d", dmy(first), dmy(last),
		entries[0].Number, entries[len(entries)-1].Number)
}

// IncomingTable is the sổ đăng ký văn bản đến of a year (Appendix IV, 10
// columns).
func IncomingTable(o Office, year int, entries []registers.Entry) Table {
	t := Table{Sheet: fmt.Sprintf("Sổ đến %d", year),
		Headings: o.headings("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", fmt.Sprintf("Năm %d", year), span(entries)),
		Columns: []Column{{"Ngày đến", 11}, {"Số đến", 7}, {"Tác giả", 22}, {"Số, ký hiệu", 16}, {"Ngày tháng", 11},
			{"Tên loại và trích yếu nội dung", 46}, {"Đơn vị hoặc người nhận", 18}, {"Ngày chuyển", 11},
			{"Ký nhận", 10}, {"Ghi chú", 14}}}
	for _, e := range entries {
		num := fmt.Sprint(e.Number)
		if e.Series != "" {
			num += " (" + e.Series + ")"
		}
		t.Rows = append(t.Rows, []any{e.EntryDate, num, e.Issuer, e.DocNumber, e.DocDate,
			typeAndSubject(e.DocType, e.Subject), e.Recipient, "", "", note(e)})
	}
	return t
}

func note(e registers.Entry) string {
	parts := []string{}
	for _, s := range []string{e.Urgency, e.Secrecy, e.Note, e.Source} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "; ")
}

// OutgoingTable is the sổ đăng ký văn bản đi of a year (Appendix IV, 10
// columns).
func OutgoingTable(o Office, year int, entries []registers.Entry) Table {
	t := Table{Sheet: fmt.Sprintf("Sổ đi %d", year),
		Headings: o.headings("SỔ ĐĂNG KÝ VĂN BẢN ĐI", fmt.Sprintf("Năm %d", year), span(entries)),
		Columns: []Column{{"Số, ký hiệu văn bản", 16}, {"Ngày tháng văn bản", 11},
			{"Tên loại và trích yếu nội dung văn bản", 46}, {"Người ký", 18}, {"Nơi nhận văn bản", 24},
			{"Đơn vị, người nhận bản lưu", 14}, {"Số lượng bản", 8}, {"Ngày chuyển", 11}, {"Ký nhận", 10}, {"Ghi chú", 14}}}
	for _, e := range entries {
		copies := ""
		if e.Copies > 0 {
			copies = fmt.Sprint(e.Copies)
		}
		t.Rows = append(t.Rows, []any{e.DocNumber, e.DocDate, typeAndSubject(e.DocType, e.Subject), e.Signer,
			e.Recipient, "", copies, "", "", note(e)})
	}
	return t
}

// FollowUpTable is the sổ theo dõi giải quyết văn bản đến of a year
// (Appendix IV, 7 columns); late lines are red.
func FollowUpTable(o Office, year int, fus []registers.FollowUp) Table {
	t := Table{Sheet: fmt.Sprintf("Theo dõi %d", year),
		Headings: o.headings("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", fmt.Sprintf("Năm %d", year)),
		Columns: []Column{{"Số đến", 8}, {"Tên loại, số và ký hiệu, ngày tháng, cơ quan ban hành văn bản", 44},
			{"Đơn vị hoặc người nhận", 22}, {"Thời hạn giải quyết", 14}, {"Tiến độ giải quyết", 24},
			{"Số, ký hiệu văn bản trả lời", 18}, {"Ghi chú", 16}},
		Red: map[int]bool{}}
	for i, f := range fus {
		desc := strings.TrimSpace(fmt.Sprintf("%s số %s ngày %s của %s", typeName(f.DocType), f.DocNumber, dmy(f.DocDate), f.Issuer))
		deadline := dmy(f.Deadline)
		if f.DeadlineFrom != "" && f.DeadlineFrom != tracking.FromDocument && deadline != "" {
			deadline += " (" + f.DeadlineFrom + ")"
		}
		t.Rows = append(t.Rows, []any{f.Number, desc, f.Lead, deadline, f.Progress, f.ReplyNumber, f.Note})
		t.Red[i] = f.Late && f.Finished.IsZero()
	}
	return t
}

func typeName(code string) string {
	if n, ok := doctype.Name(code); ok {
		return n
	}
	if code == "" {
		return "Văn bản"
	}
	return code
}

var statusNames = map[string]string{
	tracking.StatusOverdue: "Quá hạn", tracking.StatusDue: "Sắp đến hạn", tracking.StatusUpcoming: "Chưa đến hạn",
	tracking.StatusUndated: "Chưa có hạn", tracking.StatusDone: "Đã xong", tracking.StatusArchive: "Lưu trữ",
}

// TasksTable is the task list as of today; overdue lines are red.
func TasksTable(o Office, today vndate.Date, items []tracking.Item) Table {
	t := Table{Sheet: "Việc cần làm",
		Headings: o.headings("DANH SÁCH VIỆC CẦN THEO DÕI", "Tính đến ngày "+dmy(today)),
		Columns: []Column{{"STT", 5}, {"Thời hạn", 11}, {"Tình trạng", 12}, {"Đơn vị chủ trì", 22}, {"Đơn vị phối hợp", 20},
			{"Nội dung công việc", 48}, {"Văn bản giao", 22}, {"Ghi chú", 18}},
		Red: map[int]bool{}}
	for i, it := range items {
		status := statusNames[it.Status]
		if it.State == tracking.Proposed {
			status += " (đề xuất)"
		}
		due := dmy(it.Due)
		if it.Occurrence {
			due += " (" + tracking.Rule{Recurrence: it.Recurrence, Due: it.RecurrenceDue}.Describe() + ")"
		} else if it.DeadlineFrom == tracking.FromDefault || it.DeadlineFrom == tracking.FromButPhe {
			due += " (" + it.DeadlineFrom + ")"
		}
		doc := strings.TrimSpace(fmt.Sprintf("%s %s %s", typeName(it.DocType), it.DocNumber, dmy(it.DocDate)))
		t.Rows = append(t.Rows, []any{i + 1, due, status, it.Assignee, strings.Join(it.CoAssignees, "; "), it.Action,
			doc, it.Note})
		t.Red[i] = it.Status == tracking.StatusOverdue
	}
	return t
}

// MonthTable is the monthly report on the handling of incoming documents,
// by unit, followed by the documents it counts.
func MonthTable(o Office, rep *registers.MonthReport) []Table {
	head := o.headings("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN",
		fmt.Sprintf("Tháng %02d năm %d (số liệu đến ngày %s)", rep.Month, rep.Year, dmy(rep.AsOf)))
	sum := Table{Sheet: fmt.Sprintf("Tháng %02d-%d", rep.Month, rep.Year), Headings: head,
		Columns: []Column{{"STT", 5}, {"Đơn vị", 34}, {"Tổng số văn bản đến", 12}, {"Đã giải quyết đúng hạn", 14},
			{"Đã giải quyết trễ hạn", 14}, {"Đang giải quyết, trong hạn", 14}, {"Quá hạn, chưa giải quyết", 14}},
		Red: map[int]bool{}}
	for i, u := range rep.Units {
		sum.Rows = append(sum.Rows, []any{i + 1, u.Unit, u.Received, u.OnTime, u.Late, u.OpenInTime, u.OpenOverdue})
		sum.Red[i] = u.OpenOverdue > 0
	}
	tt := rep.Total
	sum.Rows = append(sum.Rows, []any{"", tt.Unit, tt.Received, tt.OnTime, tt.Late, tt.OpenInTime, tt.OpenOverdue})
	detail := FollowUpTable(o, rep.Year, rep.Entries)
	detail.Sheet = "Chi tiết"
	detail.Headings = o.headings("CHI TIẾT VĂN BẢN ĐẾN", fmt.Sprintf("Tháng %02d năm %d", rep.Month, rep.Year))
	return []Table{sum, detail}
}
