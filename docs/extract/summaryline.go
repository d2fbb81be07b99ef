package extract

import (
	"regexp"
	"strings"

	"vanthu/docs/vndate"
)

// summaryLineRe is the sentence a news or legal-database copy opens with in
// place of the header: "Ngày 18/11/2025, Bộ Tài chính ban hành Công văn
// 17899/BTC-VP năm 2025 về việc bồi dưỡng …".
var summaryLineRe = regexp.MustCompile(`^Ngày\s+([^,\n]{5,30}),\s+([^,\n]{3,120}?)\s+(?:đã\s+)?ban\s+hành\s+` +
	`(Công\s+văn|Quyết\s+định|Kế\s+hoạch|Thông\s+báo|Chỉ\s+thị|Nghị\s+quyết|Nghị\s+định|Thông\s+tư|Hướng\s+dẫn|Công\s+điện|Kết\s+luận|Chương\s+trình)` +
	`\s+(?:số\s+)?(\S+)(?:\s+năm\s+\d{4})?\s+(?:về\s+việc|về|V/v)\s+([^\n]{3,400}?)\.?(?:\n|$)`)

// summaryLine fills, from that opening sentence, the fields of a copy with
// no header: type, number, date, issuer and subject. It reads the first
// line only, and only where no number was found.
func (d *doc) summaryLine(r *Result) {
	text := strings.TrimLeft(d.text, " \t\r\n")
	off := len(d.text) - len(text)
	if !strings.HasPrefix(text, "Ngày") {
		return
	}
	line := text
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		line = text[:i+1]
	}
	m := summaryLineRe.FindStringSubmatchIndex(line)
	if m == nil {
		return
	}
	num := normNumber(line[m[8]:m[9]])
	if !looksLikeSymbol(num) {
		return
	}
	r.Number = num
	r.Spans["number"] = Span{off + m[8], off + m[9]}
	r.Type = typeFromNumber(num)
	if word := strings.ToUpper(collapse(line[m[6]:m[7]])); word == "CÔNG VĂN" {
		r.Type = "CV"
	} else {
		for _, t := range typeNames {
			if t.name == word {
				r.Type = t.code
			}
		}
	}
	if ds := vndate.FindAll(line[m[0]:m[3]]); len(ds) > 0 && r.Date.IsZero() {
		r.Date = ds[0].Date
		r.Spans["date"] = Span{off + m[2], off + m[3]}
	}
	if r.Issuer == "" {
		r.Issuer = centralPartyName(collapse(line[m[4]:m[5]]))
		r.Spans["issuer"] = Span{off + m[4], off + m[5]}
	}
	subj := strings.TrimRight(collapse(line[m[10]:m[11]]), " .")
	if subj != "" {
		r.Subject = subj
		r.Spans["subject"] = Span{off + m[10], off + m[11]}
	}
	d.fromSummary = true
}
