package extract

import (
	"regexp"
	"strings"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// The Công báo (official gazette) prints a text with no header block: its
// type, issuer, number, date and subject stand in one title block, "NGHỊ
// ĐỊNH CỦA CHÍNH PHỦ SỐ 37/2007/NĐ-CP NGÀY 09 THÁNG 3 NĂM 2007 VỀ MINH BẠCH
// TÀI SẢN, THU NHẬP", "CHỈ THỊ CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH SỐ 12/2009/CT-BTC
// NGÀY …", over one or several lines.
var titleBlockRe = regexp.MustCompile(`^[\s|]*CỦA\s+(?P<body>[^\n]{2,120}?)\s+SỐ\s*:?\s*(?P<num>[0-9][^\s,]*)\s*,?\s+NGÀY\s+(?P<d>\d{1,2})\s*(?:THÁNG|/|-)\s*(?P<m>\d{1,2})\s*(?:NĂM|/|-)\s*(?P<y>\d{4})`)

// maxTitleAt is how far into the text a title block may start: after a web
// copy's title line at most.
const maxTitleAt = 600

// readTitleBlock reads a Công báo title block where the text has no "Số:" line.
func (d *doc) readTitleBlock(r *Result) {
	text := d.text
	head := text[:min(len(text), maxTitleAt)]
	for _, m := range typeNameRe.FindAllStringSubmatchIndex(head, 4) {
		after := m[3]
		rest := text[after:min(len(text), after+400)]
		g := titleBlockRe.FindStringSubmatchIndex(strings.ToUpper(rest))
		if g == nil || strings.ToUpper(rest) != rest && !strings.HasPrefix(strings.TrimLeft(rest, " \n|"), "CỦA") {
			continue
		}
		up := strings.ToUpper(rest)
		num := normNumber(rest[g[4]:g[5]])
		if !looksLikeSymbol(num) {
			continue
		}
		date := vndate.Date{Year: atoi(up[g[10]:g[11]]), Month: atoi(up[g[8]:g[9]]), Day: atoi(up[g[6]:g[7]])}
		r.Number = num
		r.Spans["number"] = Span{after + g[4], after + g[5]}
		d.numEnd = after + g[5]
		if date.Valid() {
			r.Date = date
			r.Spans["date"] = Span{after + g[6], after + g[11]}
		}
		if body := issuingBody(rest[g[2]:g[3]]); body != "" {
			r.Issuer = body
			d.issuerFromTitle = true
			r.Spans["issuer"] = Span{after + g[2], after + g[3]}
		}
		// The type name line's end is where the subject starts for subject().
		d.typeAt, d.typeEnd = m[2], after+g[1]
		d.dateEnd = after + g[1]
		d.titleBlock = true
		return
	}
}

// issuingBody is the body a title block names: "CHÍNH PHỦ", "BỘ TÀI CHÍNH"
// from "BỘ TRƯỞNG BỘ TÀI CHÍNH"; the Prime Minister issues as "Thủ tướng
// Chính phủ".
func issuingBody(s string) string {
	s = vn.NewStyleTones(collapse(strings.ToUpper(s)))
	if strings.HasPrefix(s, "THỦ TƯỚNG") {
		return orgName(s)
	}
	for _, p := range positions {
		if strings.HasPrefix(s, p+" ") {
			return orgName(strings.TrimSpace(strings.TrimPrefix(s, p)))
		}
	}
	return orgName(s)
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}
