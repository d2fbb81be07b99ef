package extract

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/vndate"
)

var (
	// refTypeRe is the type word before a cited number ("Công văn số",
	// "Nghị quyết số", "Luật KCB số").
	refTypeRe     = regexp.MustCompile(`(?i)(Công\s+văn|Quyết\s+định|Nghị\s+quyết|Nghị\s+định|Thông\s+tư\s+liên\s+tịch|Thông\s+tư|Chỉ\s+thị|Kế\s+hoạch|Tờ\s+trình|Thông\s+báo|Bộ\s+luật|Luật|Pháp\s+lệnh|Hướng\s+dẫn|Báo\s+cáo|Chương\s+trình|Công\s+điện|Đề\s+án|Quy\s+chế|Quy\s+định|Giấy\s+mời|Văn\s+bản|Kết\s+luận|Thông\s+báo\s+kết\s+luận|Biên\s+bản|Hợp\s+đồng|Phương\s+án)[^\p{L}]`)
	refDateLeadRe = regexp.MustCompile(`(?i)^[\s,]*(?:ban\s+hành\s+)?ngày\s*`)
	refIssuerRe   = regexp.MustCompile(`^[\s,]*(?:của|do)\s+`)
	// formLeadRe: a number after "mẫu" names a form ("mẫu số 03/KBS/GSQL",
	// "mẫu Bản kê 21/BKTrC/GSQL"), not a document.
	formLeadRe = regexp.MustCompile(`(?i)\bmẫu(?:\s+(?:số|biểu|bản\s+kê))?\s*$`)
	// issuedOnRe is a sentence that opens with the day a cited document
	// was issued and names it after: "Ngày 28 tháng 10 năm 2025, Chủ tịch
	// … đã ban hành Công văn số 3280/UBND-VX". It is matched on the text
	// just before the number.
	// "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP" is the same day.
	issuedOnRe = regexp.MustCompile(`(?:^|[.;:]\s+|\n\s*)(Ngày\s+[^,.;\n]{3,30}),(?:[^.;]{0,160}?\bban\s+hành|\s*tại)\s+[^.;]{0,30}$`)
	// issuerStop ends the name of a cited document's issuer.
	// "… của Ủy ban Thường vụ Quốc hội kể từ ngày 01 tháng 01 năm 2016":
	// the day a text takes effect is no day of issue.
	issuerStop = regexp.MustCompile(`\s(?:ngày\s|về|V/v|v/v|(?i:hướng\s+dẫn|quy\s+định|ban\s+hành|phê\s+duyệt|thực\s+hiện|kể\s+từ|có\s+hiệu\s+lực)|đã|là|để|tại|đối\s+với|và\s+\p{Ll}|“|")|[,;:.()“"|]`)
)

// numberStartRe is numberRe for a match that starts with its number,
// anchored: it is tried only where a number meets a separator.
var numberStartRe = regexp.MustCompile(`^` + numberRe.String())

// numberedSymbols returns the matches of numberRe that carry a number
// ("1585/KH-UBND", "03-NQ/TU"), as FindAllStringSubmatchIndex would. A
// reference always has its number, so instead of running numberRe over
// every dash of a long law, it is tried only where a digit (or a digit and
// one letter) stands right before "/", "-" or "–".
func numberedSymbols(text string) [][]int {
	var out [][]int
	next := 0 // matches do not overlap
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '/' && c != '-' && !(c == 0xE2 && strings.HasPrefix(text[i:], "–")) {
			continue
		}
		j := i
		if j > 0 && isASCIILetter(text[j-1]) {
			j--
		}
		k := j
		for k > 0 && j-k < 6 && text[k-1] >= '0' && text[k-1] <= '9' {
			k--
		}
		// "66.4/2025/NQ-CP": a resolution numbered with a decimal
		if k > 1 && k < j && text[k-1] == '.' && text[k-2] >= '0' && text[k-2] <= '9' {
			k2 := k - 1
			for k2 > 0 && k-k2 < 4 && text[k2-1] >= '0' && text[k2-1] <= '9' {
				k2--
			}
			if k2 == 0 || text[k2-1] < '0' || text[k2-1] > '9' {
				k = k2
			}
		}
		if k == j || k < next {
			continue
		}
		m := numberStartRe.FindStringSubmatchIndex(text[k:min(len(text), k+400)])
		if m == nil || m[2] < 0 {
			continue
		}
		for x := range m {
			if m[x] >= 0 {
				m[x] += k
			}
		}
		out = append(out, m)
		next = m[1]
		i = m[1] - 1
	}
	return out
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// findReferences returns every document the text cites, once each, in
// order of first citation; own is the document's own number.
func findReferences(text, own string) []Reference {
	out := []Reference{}
	seen := map[string]int{}
	ownKey := strings.ToUpper(strings.TrimLeft(own, "/"))
	for _, m := range numberedSymbols(text) {
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:m[0]])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' || r == '.' || r == '-' || r == ',' {
				continue
			}
		}
		num := normNumber(text[m[0]:m[1]])
		if !looksLikeSymbol(num) {
			continue
		}
		key := strings.ToUpper(num)
		if key == ownKey || formLeadRe.MatchString(text[max(0, m[0]-24):m[0]]) {
			continue
		}
		ref := Reference{Number: num, Start: m[0], End: m[0] + len(strings.TrimRight(text[m[0]:m[1]], ".-/"))}
		ref.Type = refTypeBefore(text[max(0, m[0]-60):m[0]])
		after := ref.End
		if dm := refDateLeadRe.FindStringIndex(text[after:min(len(text), after+40)]); dm != nil {
			lead := after + dm[0]
			window := text[lead:min(len(text), lead+80)]
			for _, f := range vndate.FindAll(window) {
				// the long form starts at "ngày", the numeric one just after
				if f.Start <= dm[1]-dm[0] {
					ref.Date = f.Date
					after = lead + f.End
				}
				break
			}
		}
		if im := refIssuerRe.FindStringIndex(text[after:min(len(text), after+20)]); im != nil {
			s := after + im[1]
			rest := text[s:min(len(text), s+150)]
			if sm := issuerStop.FindStringIndex(rest); sm != nil {
				rest = rest[:sm[0]]
			}
			if iss := collapse(rest); iss != "" && len(strings.Fields(iss)) <= 14 && startsUpper(iss) {
				ref.Issuer = iss
				// "số 556/2007/TT-TTCP của Thanh tra Chính phủ ngày 26
				// tháng 3 năm 2007": the date may follow the issuer.
				if ref.Date.IsZero() {
					ref.Date = dateAt(text, s+len(rest))
				}
			}
		}
		if ref.Date.IsZero() {
			ref.Date = issuedOnBefore(text[max(0, m[0]-260):m[0]])
		}
		if i, ok := seen[key]; ok {
			prev := &out[i]
			// A date that contradicts the year in the symbol is a typing
			// slip ("163/2024/QH15 ngày 27 tháng 11 năm 2025"): another
			// citation's that agrees with it wins.
			if !ref.Date.IsZero() && (prev.Date.IsZero() || !agreesWithSymbol(prev.Number, prev.Date) && agreesWithSymbol(ref.Number, ref.Date)) {
				prev.Date = ref.Date
			}
			if prev.Issuer == "" {
				prev.Issuer = ref.Issuer
			}
			if prev.Type == "" {
				prev.Type = ref.Type
			}
			continue
		}
		seen[key] = len(out)
		out = append(out, ref)
	}
	return out
}

// agreesWithSymbol reports whether date d can be the issue date of num: a
// legal symbol states its year ("30/2020/NĐ-CP"), and a document is dated
// in that year; a symbol without a year agrees with any date.
func agreesWithSymbol(num string, d vndate.Date) bool {
	_, segs := symbolParts(num)
	if len(segs) < 2 || len(segs[0]) != 4 {
		return true
	}
	y, err := strconv.Atoi(segs[0])
	if err != nil || y < 1945 || y > 2100 {
		return true
	}
	return d.Year == y
}

// issuedOnBefore returns the day of issue a sentence gives before the
// cited number it names ("Ngày 28 tháng 10 năm 2025, … đã ban hành Công
// văn số"), or the zero Date.
func issuedOnBefore(before string) vndate.Date {
	for !utf8.ValidString(before) && before != "" {
		before = before[1:] // the window may cut a letter
	}
	if !strings.Contains(before, "Ngày") {
		return vndate.Date{} // most citations: no regexp pass
	}
	m := issuedOnRe.FindStringSubmatchIndex(before)
	if m == nil {
		return vndate.Date{}
	}
	for _, f := range vndate.FindAll(before[m[2]:m[3]]) {
		// the long form starts at "Ngày", the numeric one after it
		if f.Start <= len("Ngày ") {
			return f.Date
		}
		break
	}
	return vndate.Date{}
}

// dateAt reads a date written "ngày ..." right at pos, or the zero Date.
func dateAt(text string, pos int) vndate.Date {
	dm := refDateLeadRe.FindStringIndex(text[pos:min(len(text), pos+40)])
	if dm == nil {
		return vndate.Date{}
	}
	lead := pos + dm[0]
	for _, f := range vndate.FindAll(text[lead:min(len(text), lead+80)]) {
		if f.Start <= dm[1]-dm[0] {
			return f.Date
		}
		break
	}
	return vndate.Date{}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// refTypeBefore returns the type word written closest before a cited
// number, within a few words ("Nghị định số", "Luật KCB số"), or "".
func refTypeBefore(before string) string {
	ms := refTypeRe.FindAllStringSubmatchIndex(before, -1)
	if len(ms) == 0 {
		return ""
	}
	m := ms[len(ms)-1]
	gap := before[m[3]:]
	if len(gap) > 30 || strings.ContainsAny(gap, ".;") {
		return ""
	}
	return upperFirst(strings.ToLower(collapse(before[m[2]:m[3]])))
}
