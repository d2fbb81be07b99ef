package extract

import (
	"regexp"
	"strings"
)

// The header of a document (Decree 30, Appendix I): the issuing body top
// left, the national motto top right, "Số:" under the body, the place and
// date on the same line, then the type name and subject. Text taken from a
// PDF or web page runs these together in many ways, so each field is found
// by its own anchor rather than by line position.

var (
	// nationalTitleHeadRe is the first half of the national title, which a
	// narrow column breaks off onto its own line.
	nationalTitleHeadRe = regexp.MustCompile(`(?i)^CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI`)
	nationalTitleRe     = regexp.MustCompile(`(?i)CỘNG\s*H(?:ÒA|OÀ)\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM`)
	mottoRe             = regexp.MustCompile(`(?i)Độc\s*lập\s*[-–]\s*Tự\s*do\s*[-–]\s*Hạnh\s*phúc`)
	numberLabelRe       = regexp.MustCompile(`Số\s*:|\bSố\s+(?:\d|/)|SỐ\s*:|(?m)^[ \t]*[Ss](?:ó|ô|ồ|ổ|ộ)[ \t]*:`)
	// numberLineRe is a line that opens on the number's label.
	numberLineRe = regexp.MustCompile(`^[ \t]*(?:Số|SỐ|[Ss](?:ó|ô|ồ|ổ|ộ))[ \t]*:`)
	// lawNumberLabelRe is a law's "Luật số:" (a code's "Bộ luật số:", a
	// pháp lệnh's "Pháp lệnh số:"), tried only where no "Số:" is found.
	lawNumberLabelRe = regexp.MustCompile(`(?:Bộ\s+luật|Luật|Pháp\s+lệnh|Lệnh)\s+số\s*:`)
	// The date line: "<place>, ngày 05 tháng 01 năm 2020", possibly with
	// the numbers left blank for signing.
	dateLineRe = regexp.MustCompile(`(?i),\s*ngày\s*(\d{1,2})?[\s.…_]*tháng\s*(\d{1,2})?[\s.…_]*năm\s*(\d{4})?`)
	// dateLineNumRe is the rarer "Hà Nội, ngày 05/01/2020".
	dateLineNumRe = regexp.MustCompile(`(?i),\s*ngày\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})`)
	// dateLineBareRe is a date line whose comma was left out ("Số:
	// 87/2025/NĐ-CP Hà Nội ngày 11 tháng 4 năm 2025"), tried only by the
	// number, where a cited law's "… ngày …" cannot stand.
	dateLineBareRe = regexp.MustCompile(`[ \t]+ngày\s*(\d{1,2})\s+tháng\s*(\d{1,2})\s+năm\s*(\d{4})`)
	// webTitleRe is the title line web copies put first: "Công văn 3397/...
	// năm 2019 ... do Bộ Kế hoạch và Đầu tư ban hành".
	webTitleIssuerRe = regexp.MustCompile(`\bdo\s+(.{3,120}?)\s+ban\s+hành\.?\s*`)
)

// headerBodies returns the lines of the issuing-body block, top to bottom:
// the capitals standing left of and under the national title.
func headerBodies(text string, ls []line, qhStart, qhEnd int) []string {
	var out []string
	li := lineIndex(ls, qhStart)
	// Left of the national title on its own line, and the lines above.
	prefix := ""
	if ls[li].start <= qhStart {
		prefix = text[ls[li].start:qhStart]
	}
	// A flattened header may put the number between the body and the
	// national title ("SỞ X Số: /KH-STTTT | CỘNG HÒA ..."): the body is
	// what stands before "Số:".
	if m := numberLabelRe.FindStringIndex(prefix); m != nil {
		prefix = prefix[:m[0]]
	}
	run, whole := trailingCaps(prefix)
	if run != "" {
		out = append(out, run)
	}
	for k := li - 1; whole && k >= 0 && k >= li-4; k-- {
		s := text[ls[k].start:ls[k].end]
		// The number's line may stand between the body and the national
		// title ("Số: /SYT-NVY" read from a scan): its symbol is no body.
		if strings.Trim(s, " \t|") == "" || allRules(s) || numberLineRe.MatchString(s) {
			continue
		}
		run, whole = trailingCaps(s)
		if run == "" {
			break
		}
		out = append([]string{run}, out...)
	}
	// Under it: the part of the motto line left of the motto, and whole
	// lines of capitals until the number or date line.
	// The national title may run over a line break ("CỘNG HÒA XÃ HỘI" /
	// "CHỦ NGHĨA VIỆT NAM"): what is under it starts on its last line.
	if qhEnd > qhStart {
		li = lineIndex(ls, qhEnd-1)
	}
	for k := li; k < len(ls) && k <= li+4; k++ {
		s := text[ls[k].start:ls[k].end]
		if k == li {
			s = ""
			if qhEnd < ls[k].end {
				s = text[qhEnd:ls[k].end]
			}
		}
		if m := mottoRe.FindStringIndex(s); m != nil {
			if run, _ := trailingCaps(s[:m[0]]); run != "" && k != li {
				out = append(out, run)
			}
			continue
		}
		if k == li {
			continue
		}
		t := strings.TrimSpace(s)
		if t == "" || allRules(t) {
			continue
		}
		if numberLabelRe.MatchString(t) || dateLineRe.MatchString(t) {
			break
		}
		run, whole := trailingCaps(t)
		if !whole || run == "" || typeNameAt(run) != "" {
			break
		}
		out = append(out, run)
	}
	return out
}

// trailingCaps returns the run of capitalised words at the end of s
// (ignoring rules), and whether that run is all of s.
func trailingCaps(s string) (string, bool) {
	ws := words(s, 0, len(s))
	i := len(ws)
	for i > 0 && (isRule(ws[i-1].text) || ws[i-1].text == "|") {
		i--
	}
	end := i
	for i > 0 && (isCaps(ws[i-1].text) || isRule(ws[i-1].text) || ws[i-1].text == "-" || ws[i-1].text == "–" || ws[i-1].text == "&") {
		i--
	}
	for i < end && (isRule(ws[i].text) || ws[i].text == "-" || ws[i].text == "–") {
		i++
	}
	var parts []string
	for _, w := range ws[i:end] {
		if !isRule(w.text) {
			parts = append(parts, w.text)
		}
	}
	return strings.Join(parts, " "), i == 0
}

func allRules(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isRule(w) {
			return false
		}
	}
	return true
}

// bodyHeads open the name of a body: a header line beginning with one starts
// a new body, any other line continues the one above ("ỦY BAN NHÂN DÂN" /
// "TỈNH KON TUM" is one body; "UBND TỈNH KON TUM" / "SỞ NỘI VỤ" are two).
var bodyHeads = []string{
	"ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "BỘ", "SỞ", "BAN", "CỤC", "TỔNG CỤC", "CHI CỤC",
	"VỤ", "VIỆN", "TRƯỜNG", "BỆNH VIỆN", "PHÒNG", "VĂN PHÒNG", "THANH TRA", "KHO BẠC",
	"BẢO HIỂM", "BHXH", "CÔNG AN", "TÒA ÁN", "TOÀ ÁN", "ĐẢNG ỦY", "ĐẢNG BỘ", "TỈNH ỦY", "TỈNH UỶ",
	"THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY", "HUYỆN UỶ", "QUẬN ỦY", "TRUNG TÂM", "ĐÀI", "BÁO",
	"CÔNG TY", "TỔNG CÔNG TY", "TẬP ĐOÀN", "NGÂN HÀNG", "ĐẠI HỌC", "HỌC VIỆN", "LIÊN ĐOÀN",
	"ĐOÀN", "MẶT TRẬN", "CHÍNH PHỦ", "QUỐC HỘI", "THỦ TƯỚNG", "CHỦ TỊCH", "BỘ CHỈ HUY",
	"HỘI", "LIÊN MINH", "KIỂM TOÁN", "CỤC THUẾ", "CHI NHÁNH", "BAN QUẢN LÝ",
}

// ownLineHeads start a body only as a header line of their own: the tax
// offices under the Cục Thuế since 2025 ("CỤC THUẾ" / "THUẾ TỈNH VĨNH
// LONG"). As bodyHeads they would take "… THUẾ BẢO VỆ MÔI TRƯỜNG" at the
// end of a subject for an authority line.
var ownLineHeads = []string{"THUẾ TỈNH", "THUẾ THÀNH PHỐ", "THUẾ CƠ SỞ", "HẢI QUAN KHU VỰC"}

// completeParents are parents whose name is whole without a place, so a
// flattened line may hold them and a child ("BAN CHẤP HÀNH TRUNG ƯƠNG VĂN
// PHÒNG", "BỘ TÀI CHÍNH CỤC THUẾ").
var completeParents = []string{"BAN CHẤP HÀNH TRUNG ƯƠNG", "CHÍNH PHỦ", "QUỐC HỘI", "CỤC THUẾ", "CỤC HẢI QUAN"}

// innerHeads may start a second body inside one flattened header line
// ("UBND TỈNH KON TUM SỞ NỘI VỤ", "BỘ Y TẾ CỤC QUẢN LÝ DƯỢC").
var innerHeads = []string{
	"SỞ", "BAN", "CỤC", "TỔNG CỤC", "CHI CỤC", "PHÒNG", "VĂN PHÒNG", "TRUNG TÂM", "TRƯỜNG",
	"BỆNH VIỆN", "THANH TRA", "HỘI ĐỒNG", "ỦY BAN", "UBND", "VIỆN", "KHO BẠC", "ĐÀI", "BỘ CHỈ HUY",
}

func startsWithAny(s string, heads []string) bool {
	for _, h := range heads {
		if s == h || strings.HasPrefix(s, h+" ") {
			return true
		}
	}
	return false
}

// splitBodies groups header lines into bodies, parent first.
func splitBodies(lines []string) []string {
	var bodies []string
	for _, l := range lines {
		l = collapse(l)
		if l == "" {
			continue
		}
		if len(bodies) == 0 || (startsWithAny(l, bodyHeads) || startsWithAny(l, ownLineHeads)) && !openEnded(bodies[len(bodies)-1]) &&
			!headFragment(bodies[len(bodies)-1]) && !(len(bodies) == 1 && bareHead(bodies[0])) {
			bodies = append(bodies, l)
			continue
		}
		bodies[len(bodies)-1] += " " + l
	}
	var out []string
	for _, b := range bodies {
		out = append(out, splitInner(b)...)
	}
	return out
}

// openEnded tells a name broken mid-way ("BỘ TÀI NGUYÊN VÀ", "SỞ LAO ĐỘNG -")
// whose next line must continue it.
func openEnded(b string) bool {
	return strings.HasSuffix(b, " VÀ") || strings.HasSuffix(b, "-") || strings.HasSuffix(b, "–") || strings.HasSuffix(b, ",")
}

// headFragment tells the first word of a body's head that a web copy
// broke off onto its own line ("ỦY" / "BAN NHÂN DÂN", "VĂN" / "PHÒNG
// CHÍNH PHỦ"): it is no name, and the next line finishes it.
func headFragment(b string) bool {
	if strings.Contains(b, " ") || startsWithAny(b, bodyHeads) {
		return false
	}
	for _, h := range bodyHeads {
		if strings.HasPrefix(h, b+" ") {
			return true
		}
	}
	return false
}

// bareHead tells a first header line that is the head of a unit or an
// office alone ("VĂN PHÒNG", "THỦ TƯỚNG"): it names the issuer only with
// the line under it ("CHÍNH PHỦ"), for a child never stands above its
// parent. A name whole alone ("CHÍNH PHỦ", "TỈNH ỦY") is no bare head.
func bareHead(b string) bool {
	return slicesContains(unitHeads, b)
}

var unitHeads = []string{"VĂN PHÒNG", "THANH TRA", "VỤ", "CỤC", "BAN", "SỞ", "PHÒNG", "VIỆN", "TRUNG TÂM", "THỦ TƯỚNG"}

// splitInner splits a flattened line holding a parent and a child body: a
// child head may follow a place name ("... TỈNH KON TUM SỞ NỘI VỤ") or the
// name of a ministry ("BỘ Y TẾ CỤC ...").
func splitInner(b string) []string {
	ws := strings.Fields(b)
	for i := 2; i < len(ws); i++ {
		rest := strings.Join(ws[i:], " ")
		if !startsWithAny(rest, innerHeads) && !startsWithAny(rest, ownLineHeads) {
			continue
		}
		// a head alone names no child: a place's last syllable ("… HẢI
		// PHÒNG")
		if i == len(ws)-1 {
			continue
		}
		if compoundBefore(ws[i-1]) {
			continue
		}
		// The parent must be complete: a place after a level word, or a
		// ministry-level name of at least two words.
		head := strings.Join(ws[:i], " ")
		if hasPlace(ws[:i]) || strings.HasPrefix(head, "BỘ ") || slicesContains(completeParents, head) {
			return []string{head, rest}
		}
	}
	return []string{b}
}

// compoundBefore reports a word that makes a compound with a body's head
// after it: "ỦY BAN", "MÔI TRƯỜNG", "QUỐC PHÒNG", "CƠ SỞ", "THỊ TRƯỜNG",
// and the words of which "VỤ" and "BÁO" are the second half ("CÔNG VỤ",
// "DỊCH VỤ", "THÔNG BÁO", "XÃ HỘI"), which a subject may end on, and the
// city of "HẢI PHÒNG".
func compoundBefore(w string) bool {
	switch w {
	case "ỦY", "UỶ", "VÀ", "-", "–", "CHỦ", "MÔI", "THỊ", "NHÀ", "CƠ", "QUỐC", "VĂN", "TỔNG", "CHI", "BỆNH", "HỌC", "TRUNG", "HỘI", "KHO", "THANH",
		"CÔNG", "NHIỆM", "DỊCH", "PHỤC", "NGHĨA", "CHỨC", "NGHIỆP", "THÔNG", "XÃ", "HẢI":
		return true
	}
	return false
}

func slicesContains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func hasPlace(ws []string) bool {
	for i, w := range ws[:len(ws)-1] {
		switch w {
		case "TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "PHỐ", "TRẤN", "TP.", "TP":
			return i+1 < len(ws)
		}
	}
	return false
}

// typeNameAt returns the code of the type name s begins with.
func typeNameAt(s string) string {
	for _, t := range typeNames {
		if s == t.name || strings.HasPrefix(s, t.name+" ") || strings.HasPrefix(s, t.name+":") {
			return t.code
		}
	}
	return ""
}
