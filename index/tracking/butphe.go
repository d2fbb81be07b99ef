package tracking

import (
	"regexp"
	"strconv"
	"strings"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// ButPhe is the leader's note on an incoming document: who leads, who
// helps, by when ("Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10").
type ButPhe struct {
	Text     string      `json:"text"`
	Lead     string      `json:"lead"`
	Helpers  []string    `json:"helpers"`
	Deadline vndate.Date `json:"deadline"`
}

var (
	reLeadAfter  = regexp.MustCompile(`(?i)^(?:giao\s+|chuyển\s+|đề\s+nghị\s+|gửi\s+)?(.+?)\s+(?:chủ\s+trì|xử\s+lý|tham\s+mưu|giải\s+quyết|thực\s+hiện|nghiên\s+cứu)(?:\s|$)`)
	reLeadBefore = regexp.MustCompile(`(?i)^(?:giao|chuyển|gửi|đề\s+nghị)\s+(.+)$`)
	reWhen       = regexp.MustCompile(`(?i)(?:trước|hạn|chậm\s+nhất|xong|hoàn\s+thành|báo\s+cáo)\D{0,20}?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?`)
	reSplit      = regexp.MustCompile(`[,;\n]+`)
)

// ParseButPhe reads a leader's note. Dates without a year take the first
// such day on or after ref (the day the document arrived or was signed).
// A note naming nobody or no date leaves those fields empty; it never fails.
func ParseButPhe(text string, ref vndate.Date) ButPhe {
	text = vn.NFC(strings.TrimSpace(text))
	b := ButPhe{Text: text}
	if m := reWhen.FindStringSubmatch(text); m != nil {
		b.Deadline = dateWithYear(m[1], m[2], m[3], ref)
		text = strings.Replace(text, m[0], ",", 1)
	}
	for _, part := range reSplit.Split(text, -1) {
		part = strings.Trim(strings.TrimSpace(part), ".")
		if part == "" {
			continue
		}
		lower := strings.ToLower(part)
		switch {
		case strings.Contains(lower, "phối hợp"):
			i := strings.Index(lower, "phối hợp")
			before, after := strings.TrimSpace(part[:i]), strings.TrimSpace(part[i+len("phối hợp"):])
			after = strings.TrimSpace(strings.TrimPrefix(after, "với"))
			if m := reLeadAfter.FindStringSubmatch(before + " "); m != nil {
				if b.Lead == "" {
					b.Lead = cleanUnit(m[1])
				}
				b.Helpers = append(b.Helpers, splitUnits(after)...)
			} else if after != "" {
				b.Helpers = append(b.Helpers, splitUnits(after)...)
			} else {
				b.Helpers = append(b.Helpers, splitUnits(before)...)
			}
		case b.Lead == "" && reLeadAfter.MatchString(part):
			b.Lead = cleanUnit(reLeadAfter.FindStringSubmatch(part)[1])
		case b.Lead == "" && reLeadBefore.MatchString(part):
			b.Lead = cleanUnit(reLeadBefore.FindStringSubmatch(part)[1])
		}
	}
	return b
}

func splitUnits(s string) []string {
	var out []string
	for _, p := range regexp.MustCompile(`\s+và\s+|\s*,\s*`).Split(s, -1) {
		if p = cleanUnit(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func cleanUnit(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"giao ", "Giao ", "chuyển ", "Chuyển ", "đề nghị ", "Đề nghị ", "với ", "các đơn vị: "} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.Trim(strings.TrimSpace(s), ".:;")
}

func dateWithYear(dd, mm, yy string, ref vndate.Date) vndate.Date {
	d, _ := strconv.Atoi(dd)
	m, _ := strconv.Atoi(mm)
	if yy != "" {
		y, _ := strconv.Atoi(yy)
		if y < 100 {
			y += 2000
		}
		out := vndate.Date{Year: y, Month: m, Day: d}
		if !out.Valid() {
			return vndate.Date{}
		}
		return out
	}
	if ref.IsZero() {
		return vndate.Date{}
	}
	for y := ref.Year; y <= ref.Year+1; y++ {
		out := vndate.Date{Year: y, Month: m, Day: d}
		if out.Valid() && !out.Before(ref) {
			return out
		}
	}
	return vndate.Date{}
}
