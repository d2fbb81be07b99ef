// Package prefill computes the values of a draft: from the clerk's office
// (the library settings, given as a plain struct so docs/ never imports
// index/), from the source document it answers (its first citation, the
// tasks it gives the unit, their deadline, who to report to), today's date
// in Decree 30 form, and the next outgoing number when a register is given.
package prefill

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/doctype"
	"vanthu/docs/draft/template"
	"vanthu/docs/extract"
	"vanthu/docs/extract/tasks"
	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// Office is the clerk's own office, as the settings hold it.
type Office struct {
	Unit            string // "Sở Y tế"
	ParentBody      string // "Ủy ban nhân dân tỉnh Kon Tum"
	UnitSymbol      string // "SYT-VP": issuer symbol, then the drafting unit
	Place           string // "Kon Tum"
	SignerAuthority string // "KT. GIÁM ĐỐC"
	SignerTitle     string // "PHÓ GIÁM ĐỐC"
	SignerName      string
}

// Task is a task of the source with its follow-up state when tracking knows
// it ("open", "done"; "" unknown).
type Task struct {
	tasks.Task
	Status string
}

// Source is the document the draft answers.
type Source struct {
	Type    string // Appendix III code, "CV" for a công văn
	Number  string // "2158/UBND-KTTH", "/UBND-KTTH" when the number is blank
	Date    vndate.Date
	Issuer  string
	Subject string
	Tasks   []Task
}

// FromExtract makes a Source of an extraction result (a file read directly).
func FromExtract(r *extract.Result) *Source {
	s := &Source{Type: r.Type, Number: r.Number, Date: r.Date, Issuer: r.Issuer, Subject: r.Subject}
	for _, t := range r.Tasks {
		s.Tasks = append(s.Tasks, Task{Task: t})
	}
	return s
}

// Numberer gives the next outgoing number of a type of document in a year
// (index/drafting adapts the library's outgoing register to it).
type Numberer interface {
	NextOutgoing(ctx context.Context, year int, docType string, secret bool) (int, error)
}

// Input is what a draft is prefilled from.
type Input struct {
	Type     string // what is drafted: "CV", "KH", "BC"
	Office   Office
	Source   *Source     // nil: a draft that answers nothing
	Today    vndate.Date // zero: today
	Numberer Numberer    // nil: the number stays a placeholder for the văn thư
	Secret   bool
	LeadDays int // working days a plan's tasks end before the source's deadline; 0 = 5
}

// UnitTask is a task of the source that falls to the unit, as the draft
// lists it.
type UnitTask struct {
	Task
	Named    bool        // the unit is named; false: named by its class ("các cơ quan chuyên môn")
	Due      vndate.Date // the deadline the draft gives it; zero for a recurring one
	DueText  string      // as the table shows it
	Lead     string      // đơn vị chủ trì
	Partners string      // đơn vị phối hợp
}

// Result is the prefilled values and what could not be prefilled.
type Result struct {
	Values   template.Values
	Tasks    []UnitTask
	Deadline vndate.Date // the source's deadline for the unit
	ReportTo string      // who the unit reports to
	Notes    []string    // in Vietnamese, for the clerk
}

// Prefill computes the values of a draft.
func Prefill(ctx context.Context, in Input) (*Result, error) {
	if in.Today.IsZero() {
		in.Today = vndate.FromTime(time.Now())
	}
	if in.LeadDays <= 0 {
		in.LeadDays = 5
	}
	o := in.Office
	res := &Result{Values: template.Values{Text: map[string]string{}, Lists: map[string][]map[string]string{}}}
	txt := res.Values.Text
	set := func(k, v, missing string) {
		if strings.TrimSpace(v) == "" {
			if missing != "" {
				res.Notes = append(res.Notes, missing)
			}
			return
		}
		txt[k] = vn.NFC(strings.TrimSpace(v))
	}

	txt["co_quan_chu_quan"] = upper(o.ParentBody)
	set("co_quan", upper(o.Unit), "chưa khai báo tên đơn vị trong Cài đặt")
	set("ten_co_quan", o.Unit, "")
	issuerSym, draftingSym, _ := strings.Cut(o.UnitSymbol, "-")
	switch {
	case o.UnitSymbol == "":
		res.Notes = append(res.Notes, "chưa khai báo ký hiệu đơn vị (ví dụ SYT-VP) trong Cài đặt")
	case in.Type == "CV" || in.Type == "":
		txt["ky_hieu"] = o.UnitSymbol
	default:
		txt["ky_hieu"] = in.Type + "-" + issuerSym
	}
	set("luu", draftingSym, "")
	set("dia_danh", o.Place, "chưa khai báo địa danh trong Cài đặt")
	txt["ngay_thang"] = in.Today.Vietnamese()
	txt["quyen_han"] = upper(o.SignerAuthority)
	set("chuc_vu", upper(o.SignerTitle), "chưa khai báo chức vụ người ký trong Cài đặt")
	set("nguoi_ky", o.SignerName, "chưa khai báo tên người ký trong Cài đặt")

	if in.Numberer != nil {
		n, err := in.Numberer.NextOutgoing(ctx, in.Today.Year, in.Type, in.Secret)
		if err != nil {
			return nil, fmt.Errorf("không lấy được số văn bản đi tiếp theo (%v)", err)
		}
		txt["so"] = fmt.Sprintf("%02d", n) // numbers under 10 take a leading 0
	}

	src := in.Source
	if src == nil {
		res.Notes = append(res.Notes, "không có văn bản nguồn: trích dẫn và nhiệm vụ để trống")
		return res, nil
	}
	full, short := Citation(src)
	if src.Date.IsZero() {
		res.Notes = append(res.Notes, "văn bản nguồn chưa có ngày ban hành: trích dẫn thiếu ngày")
	}
	if strings.HasPrefix(src.Number, "/") || src.Number == "" {
		res.Notes = append(res.Notes, "văn bản nguồn chưa có số: trích dẫn để trống số")
	}
	txt["trich_dan"] = full
	txt["trich_dan_ngan"] = short
	subject := strings.TrimSpace(trimPrefixFold(trimPrefixFold(src.Subject, "về việc "), "v/v "))
	from := short
	if src.Issuer != "" {
		from += " của " + src.Issuer
	}
	switch in.Type {
	case "KH":
		txt["trich_yeu"] = "Khắc phục tồn tại, hạn chế theo " + from
	case "BC":
		txt["trich_yeu"] = "Tình hình thực hiện " + from
	default:
		if subject != "" {
			txt["trich_yeu"] = lowerFirst(subject)
		} else {
			txt["trich_yeu"] = "trả lời " + from
		}
	}

	res.Tasks, res.Deadline = unitTasks(src.Tasks, o.Unit, in.LeadDays)
	if o.Unit != "" && len(res.Tasks) == 0 {
		res.Notes = append(res.Notes, "văn bản nguồn không giao nhiệm vụ nào cho "+o.Unit)
	}
	res.ReportTo = reportTo(res.Tasks)
	recipient := res.ReportTo
	if recipient == "" {
		recipient = src.Issuer
	}
	if recipient != "" {
		txt["kinh_gui_mot"] = recipient + "."
		res.Values.Lists["kinh_gui"] = nil
	}
	var noiNhan []map[string]string
	add := func(s string) { noiNhan = append(noiNhan, map[string]string{"ten": s, "dau": ";"}) }
	if in.Type == "KH" {
		if res.ReportTo != "" {
			add(res.ReportTo + " (để báo cáo)")
		}
		if src.Issuer != "" && vn.Key(src.Issuer) != vn.Key(res.ReportTo) {
			add(src.Issuer + " (để báo cáo)")
		}
		add("Các phòng, đơn vị thuộc " + o.Unit)
	} else {
		add("Như trên")
		if src.Issuer != "" && vn.Key(src.Issuer) != vn.Key(recipient) {
			add(src.Issuer + " (để báo cáo)")
		}
	}
	res.Values.Lists["noi_nhan"] = noiNhan

	var rows []map[string]string
	for _, t := range res.Tasks {
		due := t.DueText     // a plan sets its own deadlines before the source's
		if in.Type != "KH" { // a report or a letter answers with the source's own
			switch {
			case !t.Deadline.IsZero():
				due = dmy(t.Deadline)
			case t.Recurrence != "":
				due = recurrenceText(t.Recurrence)
			default:
				due = ""
			}
		}
		rows = append(rows, map[string]string{
			"noi_dung":   upperFirst(Summary(t.Action)),
			"chu_tri":    t.Lead,
			"phoi_hop":   t.Partners,
			"thoi_han":   due,
			"san_pham":   product(t.Task.Task),
			"tinh_trang": status(t.Status),
		})
	}
	res.Values.Lists["nhiem_vu"] = rows

	due := ""
	if !res.Deadline.IsZero() {
		due = " trước ngày " + dmy(res.Deadline)
	}
	to := recipient
	if to == "" {
		to = "cơ quan cấp trên"
	}
	txt["muc_dich"] = "Khắc phục kịp thời, có hiệu quả các tồn tại, hạn chế được chỉ ra tại " + short +
		"; xác định rõ nội dung, đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; hoàn thành" + due + "."
	txt["to_chuc"] = "Các phòng, đơn vị được giao chủ trì khẩn trương triển khai các nhiệm vụ nêu trên, báo cáo kết quả về " +
		o.Unit + " để tổng hợp, báo cáo " + to + due + " theo yêu cầu tại " + short + "./."
	if in.Type == "BC" {
		txt["ket_thuc"] = "Trên đây là báo cáo tình hình thực hiện " + short + " của " + o.Unit + "./."
	} else {
		txt["ket_thuc"] = "Trên đây là ý kiến của " + o.Unit + ", kính gửi " + to + " xem xét, tổng hợp./."
	}
	return res, nil
}

// Citation gives the full first citation of a document ("Công văn số
// 2158/UBND-KTTH ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Kon Tum
// về việc …") and the short one for later ("Công văn số 2158/UBND-KTTH").
func Citation(s *Source) (full, short string) {
	name := TypeName(s.Type)
	num := s.Number
	if strings.HasPrefix(num, "/") {
		num = "…" + num // a blank number, as the source left it
	}
	short = name
	if num != "" {
		short += " số " + num
	}
	full = short
	if !s.Date.IsZero() {
		full += " " + citeDate(s.Date)
	}
	if s.Issuer != "" {
		full += " của " + s.Issuer
	}
	if subj := strings.TrimSpace(s.Subject); subj != "" {
		if rest, ok := cutPrefixFold(subj, "v/v "); ok {
			subj = "về việc " + rest
		} else if !hasPrefixFold(subj, "về ") {
			subj = "về " + lowerFirst(subj)
		} else {
			subj = lowerFirst(subj)
		}
		full += " " + subj
	}
	return vn.NFC(full), vn.NFC(short)
}

// citeDate writes a date in a citation as Decree 30's own example does:
// "ngày 28 tháng 6 năm 2021", leading zeros for days under 10 and months
// 1 and 2.
func citeDate(d vndate.Date) string { return d.Vietnamese() }

// TypeName is the name of a type code ("KH" → "Kế hoạch"); "Văn bản" when unknown.
func TypeName(code string) string {
	if n, ok := doctype.Name(code); ok {
		return n
	}
	return "Văn bản"
}

// unitTasks picks the tasks that fall to unit, named first, and gives each
// the deadline the plan sets: LeadDays working days before the unit's
// deadline in the source, or its own deadline when that is earlier.
func unitTasks(all []Task, unit string, lead int) ([]UnitTask, vndate.Date) {
	if strings.TrimSpace(unit) == "" {
		return nil, vndate.Date{}
	}
	var out []UnitTask
	var deadline vndate.Date
	for _, t := range all {
		if t.Kind == tasks.KindRule {
			continue
		}
		named, byClass := names(t.Task, unit)
		if !named && !byClass {
			continue
		}
		ut := UnitTask{Task: t, Named: named, Lead: unit, Partners: strings.Join(t.CoAssignees, ", ")}
		if named && !strings.Contains(vn.Key(t.Assignee), vn.Key(unit)) { // the unit only supports
			ut.Lead, ut.Partners = t.Assignee, unit
		}
		out = append(out, ut)
	}
	// The unit's deadline: the earliest of the tasks it leads, else of those
	// it supports, else of those of its class.
	for _, pick := range []func(UnitTask) bool{
		func(t UnitTask) bool { return t.Named && t.Lead == unit },
		func(t UnitTask) bool { return t.Named },
		func(UnitTask) bool { return true },
	} {
		for _, t := range out {
			if pick(t) && !t.Deadline.IsZero() && (deadline.IsZero() || t.Deadline.Before(deadline)) {
				deadline = t.Deadline
			}
		}
		if !deadline.IsZero() {
			break
		}
	}
	target := vndate.Date{}
	if !deadline.IsZero() {
		target = workingDaysBefore(deadline, lead)
	}
	for i := range out {
		t := &out[i]
		switch {
		case t.Recurrence != "":
			t.DueText = recurrenceText(t.Recurrence)
		case !t.Deadline.IsZero() && (target.IsZero() || t.Deadline.Before(target)):
			t.Due = t.Deadline
		default:
			t.Due = target
		}
		if !t.Due.IsZero() {
			t.DueText = dmy(t.Due)
		}
	}
	return out, deadline
}

// names tells whether a task names the unit, or names a class it belongs
// to: a Sở or Ban of the province is one of "các cơ quan chuyên môn" or "các
// sở, ban, ngành"; a district people's committee one of "Ủy ban nhân dân các
// huyện".
func names(t tasks.Task, unit string) (named, byClass bool) {
	who := vn.Key(t.Assignee + ", " + strings.Join(t.CoAssignees, ", "))
	u := vn.Key(unit)
	if strings.Contains(who, u) {
		return true, false
	}
	switch {
	case strings.HasPrefix(u, "sở ") || strings.HasPrefix(u, "ban "):
		byClass = strings.Contains(who, "cơ quan chuyên môn") || strings.Contains(who, "các sở, ban") || strings.Contains(who, "các sở, ngành")
	case strings.HasPrefix(u, "ủy ban nhân dân huyện") || strings.HasPrefix(u, "ủy ban nhân dân thành phố") || strings.HasPrefix(u, "ủy ban nhân dân thị xã"):
		byClass = strings.Contains(who, "ủy ban nhân dân các huyện")
	}
	return false, byClass
}

func workingDaysBefore(d vndate.Date, n int) vndate.Date {
	t := d.Time()
	for n > 0 {
		t = t.AddDate(0, 0, -1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return vndate.FromTime(t)
}

var reportRe = regexp.MustCompile(`(?i)(?:báo cáo|gửi)[^.;]*?\svề\s+(\p{Lu}[^,.;()]*?)(?:\s+(?:chậm nhất|trước|để|trong|theo)\b|[,.;()]|$)`)

// reportTo finds whom the unit reports to: "báo cáo … về Sở Nội vụ".
func reportTo(ts []UnitTask) string {
	for _, named := range []bool{true, false} {
		for _, t := range ts {
			if t.Named != named {
				continue
			}
			for _, s := range []string{t.Deliverable, t.Action, t.Quote} {
				if m := reportRe.FindStringSubmatch(s); m != nil {
					return strings.TrimSpace(m[1])
				}
			}
		}
	}
	return ""
}

func recurrenceText(r string) string {
	switch r {
	case "weekly":
		return "Hằng tuần"
	case "monthly":
		return "Hằng tháng"
	case "quarterly":
		return "Hằng quý"
	case "semiannual":
		return "6 tháng một lần"
	case "yearly":
		return "Hằng năm"
	}
	return "Định kỳ"
}

func product(t tasks.Task) string {
	if t.Deliverable != "" {
		return upperFirst(t.Deliverable)
	}
	k := vn.Key(t.Action)
	switch {
	case strings.Contains(k, "kế hoạch"):
		return "Kế hoạch; báo cáo kết quả"
	case strings.Contains(k, "tin, bài") || strings.Contains(k, "chuyên mục"):
		return "Tin, bài đã đăng"
	}
	return "Báo cáo kết quả thực hiện"
}

func status(s string) string {
	switch s {
	case "done":
		return "Đã hoàn thành"
	case "open":
		return "Đang thực hiện"
	}
	return ""
}

func dmy(d vndate.Date) string { return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year) }

func upper(s string) string { return strings.ToUpper(vn.NFC(strings.TrimSpace(s))) }

func upperFirst(s string) string {
	s = strings.TrimSpace(s)
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// lowerFirst lowers the first letter unless the first word is all capitals
// (an abbreviation such as "PAPI").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	w, _, _ := strings.Cut(s, " ")
	if utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

func hasPrefixFold(s, p string) bool { _, ok := cutPrefixFold(s, p); return ok }

func cutPrefixFold(s, p string) (string, bool) {
	if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
		return s[len(p):], true
	}
	return s, false
}

func trimPrefixFold(s, p string) string { r, _ := cutPrefixFold(s, p); return r }

// TypeOf recognises what a template drafts from its paragraphs: a line that
// is a type name in capitals ("KẾ HOẠCH") gives its code; none, a công văn.
func TypeOf(paragraphs []string) string {
	for _, p := range paragraphs {
		p = strings.TrimSpace(p)
		if p == "" || strings.ToUpper(p) != p {
			continue
		}
		if code, ok := doctype.Code(p); ok {
			return code
		}
	}
	return "CV"
}

var noteMark = regexp.MustCompile(`\(\d{1,2}\)`)

// Summary shortens a task's action for a table cell: footnote marks out,
// and the first clause when the sentence goes on after "; ".
func Summary(action string) string {
	s := strings.Join(strings.Fields(noteMark.ReplaceAllString(action, "")), " ")
	if i := strings.Index(s, "; "); i >= 40 {
		s = s[:i]
	}
	// The deadline has its own column.
	for _, cut := range []string{" chậm nhất ngày", " chậm nhất là ngày", " trước ngày"} {
		if i := strings.Index(s, cut); i >= 20 {
			s = s[:i]
		}
	}
	return strings.TrimRight(s, " ;,.")
}
