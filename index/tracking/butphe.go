package tracking

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

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

// The words of a note are matched on the folded text, so a note typed
// without accents ("So Y te chu tri, truoc 15/10") reads the same; the
// names are then cut from the text as typed.
var (
	reLeadAfter  = regexp.MustCompile(`^(?:giao\s+|chuyen\s+|de\s+nghi\s+|gui\s+)?(.+?)\s+(?:chu\s+tri|xu\s+ly|tham\s+muu|giai\s+quyet|thuc\s+hien|nghien\s+cuu)(?:\s|$)`)
	reLeadBefore = regexp.MustCompile(`^(?:giao|chuyen|gui|de\s+nghi)\s+(.+)$`)
	reWhen       = regexp.MustCompile(`(?:truoc|han|cham\s+nhat|xong|hoan\s+thanh|bao\s+cao)\D{0,20}?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?`)
	reSplit      = regexp.MustCompile(`[,;\n]+`)
	reAnd        = regexp.MustCompile(`\s+va\s+|\s*,\s*`)
	rePrefixes   = regexp.MustCompile(`^(?:giao|chuyen|de\s+nghi|voi|cac\s+don\s+vi:)\s+`)
)

// folded is a text and its folded form, rune for rune, so a match in the
// folded form cuts the same place in the text.
type folded struct {
	orig []rune
	key  string
}

func fold(s string) folded {
	f := folded{orig: []rune(s)}
	var sb strings.Builder
	for _, r := range f.orig {
		k := []rune(vn.Fold(string(r)))
		if len(k) != 1 {
			k = []rune{r} // keep rune alignment for anything that does not fold to one letter
		}
		sb.WriteRune(k[0])
	}
	f.key = sb.String()
	return f
}

// cut returns the original text of the folded byte range [i, j).
func (f folded) cut(i, j int) string {
	ri := utf8.RuneCountInString(f.key[:i])
	rj := ri + utf8.RuneCountInString(f.key[i:j])
	return string(f.orig[ri:rj])
}

// ParseButPhe reads a leader's note. Dates without a year take the first
// such day on or after ref (the day the document arrived or was signed).
// A note naming nobody or no date leaves those fields empty; it never fails.
func ParseButPhe(text string, ref vndate.Date) ButPhe {
	text = vn.NFC(strings.TrimSpace(text))
	b := ButPhe{Text: text}
	f := fold(text)
	if m := reWhen.FindStringSubmatchIndex(f.key); m != nil {
		g := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return f.key[m[2*k]:m[2*k+1]]
		}
		b.Deadline = dateWithYear(g(1), g(2), g(3), ref)
		text = f.cut(0, m[0]) + "," + f.cut(m[1], len(f.key))
		f = fold(text)
	}
	for _, loc := range splitBy(f.key, reSplit) {
		part := strings.TrimSpace(f.cut(loc[0], loc[1]))
		part = strings.Trim(part, ".")
		if part == "" {
			continue
		}
		pf := fold(part)
		key := strings.ToLower(pf.key)
		switch {
		case strings.Contains(key, "phoi hop"):
			i := strings.Index(key, "phoi hop")
			before := strings.TrimSpace(pf.cut(0, i))
			after := strings.TrimSpace(pf.cut(i+len("phoi hop"), len(key)))
			af := fold(after)
			if strings.HasPrefix(strings.ToLower(af.key), "voi ") {
				after = strings.TrimSpace(af.cut(4, len(af.key)))
			}
			bf := fold(before + " ")
			if m := reLeadAfter.FindStringSubmatchIndex(strings.ToLower(bf.key)); m != nil {
				if b.Lead == "" {
					b.Lead = cleanUnit(bf.cut(m[2], m[3]))
				}
				b.Helpers = append(b.Helpers, splitUnits(after)...)
			} else if after != "" {
				b.Helpers = append(b.Helpers, splitUnits(after)...)
			} else {
				b.Helpers = append(b.Helpers, splitUnits(before)...)
			}
		case b.Lead == "":
			if m := reLeadAfter.FindStringSubmatchIndex(key); m != nil {
				b.Lead = cleanUnit(pf.cut(m[2], m[3]))
			} else if m := reLeadBefore.FindStringSubmatchIndex(key); m != nil {
				b.Lead = cleanUnit(pf.cut(m[2], m[3]))
			}
		}
	}
	return b
}

func splitUnits(s string) []string {
	f := fold(s)
	var out []string
	for _, loc := range splitBy(strings.ToLower(f.key), reAnd) {
		if p := cleanUnit(f.cut(loc[0], loc[1])); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// splitBy gives the byte ranges of s between the matches of re.
func splitBy(s string, re *regexp.Regexp) [][2]int {
	var out [][2]int
	at := 0
	for _, m := range re.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{at, m[0]})
		at = m[1]
	}
	return append(out, [2]int{at, len(s)})
}

func cleanUnit(s string) string {
	s = strings.TrimSpace(s)
	for {
		f := fold(s)
		m := rePrefixes.FindStringIndex(strings.ToLower(f.key))
		if m == nil {
			break
		}
		s = strings.TrimSpace(f.cut(m[1], len(f.key)))
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
