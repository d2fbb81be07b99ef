package extract

import (
	"regexp"
	"strings"
)

// legalNumber is the number of a legal normative text (văn bản quy phạm
// pháp luật): number, year, symbol — "30/2020/NĐ-CP", "15/2010/QĐ-UBND".
var legalNumber = regexp.MustCompile(`^\d+[a-zA-Z]?/\d{4}/`)

// blankDateRe is a date line left blank for the signing day: "Kon Tum,
// ngày     tháng     năm 2024", "ngày … tháng … năm …".
var blankDateRe = regexp.MustCompile(`(?i)ngày[\s.…_]*tháng[\s.…_]*năm`)

// normative reports a legal normative text: its duties on whole classes of
// bodies are rules, not assignments to follow up.
func normative(r *Result) bool {
	switch r.Type {
	case "NĐ", "TT", "TTLT", "NQLT", "PL", "L", "LCT":
		return true
	}
	return legalNumber.MatchString(r.Number)
}

// unsure names the fields a clerk should confirm, with the reason in
// Vietnamese: a blank or missing date line, a field read from a Công báo
// title block rather than its own line, an issuer or signer not found.
func (d *doc) unsure(r *Result) {
	u := map[string]string{}
	switch {
	case r.Number == "" && d.titleBlock:
		u["number"] = "không có dòng «Số:», số lấy từ khối tiêu đề kiểu Công báo"
	case r.Number == "":
		u["number"] = "không tìm thấy số, ký hiệu văn bản"
	case strings.HasPrefix(r.Number, "/"):
		u["number"] = "số văn bản để trống, chỉ có ký hiệu"
	case d.titleBlock:
		u["number"] = "số lấy từ khối tiêu đề kiểu Công báo (không có dòng «Số:»)"
	case d.numberFromWeb:
		u["number"] = "không có dòng «Số:», số lấy từ dòng tiêu đề của trang web"
	case d.fromSummary:
		u["number"] = "bản sao không có phần đầu, số lấy từ câu tóm tắt «Ngày …, … ban hành …»"
	}
	if r.Date.IsZero() && blankDateRe.MatchString(d.text[:min(len(d.text), maxHead)]) {
		d.blankDate = true
	}
	switch {
	case r.Date.IsZero() && d.blankDate:
		u["date"] = "dòng ngày tháng để trống (văn bản chưa ký hoặc bản dự thảo)"
	case r.Date.IsZero():
		u["date"] = "không tìm thấy ngày ban hành"
	case d.titleBlock:
		u["date"] = "ngày lấy từ khối tiêu đề kiểu Công báo"
	}
	switch {
	case r.Issuer == "":
		u["issuer"] = "không tìm thấy cơ quan ban hành"
	case d.issuerFromTitle:
		u["issuer"] = "cơ quan ban hành lấy từ khối tiêu đề kiểu Công báo"
	case d.issuerAboveCanCu:
		u["issuer"] = "phần đầu không có tên cơ quan ban hành, tên lấy từ dòng chữ in hoa trên «Căn cứ»"
	case d.issuerFromAuthority:
		u["issuer"] = "cơ quan ban hành suy ra từ chức danh người có thẩm quyền"
	case d.issuerFromWeb:
		u["issuer"] = "không thấy khối cơ quan ban hành, tên lấy từ dòng tiêu đề của trang web"
	case d.fromSummary:
		u["issuer"] = "bản sao không có phần đầu, cơ quan lấy từ câu tóm tắt «Ngày …, … ban hành …»"
	case d.issuerRespelled != "":
		u["issuer"] = "dấu trong tên cơ quan ở phần đầu khác với trong nội dung, đã sửa theo nội dung (" + d.issuerRespelled + ")"
	case r.ParentIssuer != "" && r.Issuer != orgName(d.ownIssuer):
		u["issuer"] = "tên cơ quan ghép với cơ quan cấp trên «" + r.ParentIssuer + "»"
	}
	if d.subjectLong {
		u["subject"] = "trích yếu dài hơn 12 dòng, có thể bị cắt"
	}
	if r.Signer.Name != "" && r.Signer.Title != "" && !knownPosition(r.Signer.Title) {
		u["signer.title"] = "chức danh người ký không có trong danh mục, lấy theo khối chữ ký"
	}
	if r.Subject == "" {
		u["subject"] = "không tìm thấy trích yếu"
	}
	if r.Signer.Name == "" {
		u["signer"] = "không tìm thấy người ký"
	}
	if r.Type == "" {
		u["type"] = "không xác định được loại văn bản"
	}
	for i, t := range r.Tasks {
		if t.Assignee == "" {
			u[taskKey(i, "assignee")] = "không rõ đơn vị thực hiện"
		}
		if t.RelativeDays > 0 && t.Deadline.IsZero() {
			u[taskKey(i, "deadline")] = "thời hạn tính từ «" + t.Anchor + "», cần ngày nhận văn bản để tính"
		}
	}
	if len(u) > 0 {
		r.Unsure = u
	}
}

// knownPosition reports a signer title that is, or ends with, a position
// of the list ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG, CHỦ NHIỆM").
func knownPosition(title string) bool {
	for _, p := range positions {
		if title == p || strings.HasSuffix(title, " "+p) {
			return true
		}
	}
	return false
}

func taskKey(i int, field string) string {
	return "tasks[" + itoa(i) + "]." + field
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}
