package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// numberRe matches a document number and symbol: "1585/KH-UBND",
// "03-NQ/TU", "30/2020/NĐ-CP", "/UBND-KTTH" (blank number). A separator may
// be followed by spaces or line breaks, as when a PDF breaks "1149/QĐ-" /
// "BNV" over two lines, but never preceded by them, so that a list dash or a
// following "V/v" is not swallowed. An underscore typed for a hyphen
// inside the symbol ("10/2007/QĐ_BKHCN") is read as one.
//
// One space may stand before a hyphen that joins two capitals segments
// ("135/2020/NĐ -CP", a typing slip): the hyphen then touches the next
// capitals, which a list dash never does.
//
// An "&" joins two abbreviations and never ends a symbol, so a space a
// copy put after it ("QLN& TTBĐS") stays inside when capitals follow.
var numberRe = regexp.MustCompile(`(\d{1,6}(?:\.\d{1,3})?[a-zA-Z]?)?[/\-–]\s*[\p{L}\d]` + symbolSegRest + `(?:[/\-–_]\s*[\p{L}\d]` + symbolSegRest + `|[ ][\-–]\p{Lu}[\p{Lu}\d]` + symbolSegRest + `)*`)

// symbolSegRest is the rest of a symbol's segment after its first letter.
const symbolSegRest = `(?:[\p{L}\d.]|&(?:[ ]?[\p{Lu}\d])?)*`

// normNumber is the comparison form of a number: no spaces, en dashes as
// hyphens, no trailing dots.
func normNumber(s string) string {
	s = strings.Join(strings.Fields(s), "")
	s = latinLookalikes.Replace(s)
	s = strings.ReplaceAll(s, "–", "-")
	s = strings.ReplaceAll(s, "_", "-")
	return strings.TrimRight(s, ".-/")
}

// latinLookalikes are the Cyrillic capitals a web copy may hold in a
// symbol ("16495/BТС-PTHT" with Cyrillic Т, С): a symbol is Latin.
var latinLookalikes = strings.NewReplacer("А", "A", "В", "B", "С", "C", "Е", "E", "Н", "H", "К", "K",
	"М", "M", "О", "O", "Р", "P", "Т", "T", "Х", "X")

// symbolParts splits a normalised number into its numeric part and the
// segments of its symbol: "30/2020/NĐ-CP" → "30", ["2020", "NĐ", "CP"].
func symbolParts(num string) (n string, segs []string) {
	i := strings.IndexAny(num, "/-")
	if i < 0 {
		return num, nil
	}
	n = num[:i]
	segs = strings.FieldsFunc(num[i+1:], func(r rune) bool { return r == '/' || r == '-' })
	return n, segs
}

// looksLikeSymbol tells a document symbol from dates, fractions and
// abbreviations such as "HIV/AIDS": it needs a segment of two or more
// letters with at least one capital, and the numeric part must be digits.
func looksLikeSymbol(num string) bool {
	n, segs := symbolParts(num)
	if n != "" && !unicode.IsDigit(rune(n[0])) { // "12", "12a", "66.4", or blank
		return false
	}
	for _, s := range segs {
		upper, letters := 0, 0
		for _, r := range s {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 2 && upper >= 1 && upper*2 >= letters {
			return true
		}
	}
	return false
}

// typeCodes are the codes of Appendix III of Decree 30 plus those of legal
// normative documents, keyed by their upper-case form.
var typeCodes = func() map[string]string {
	m := map[string]string{}
	for _, c := range []string{
		"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA",
		"BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG",
		"PC", "PB", "SY", "TrS", "SL",
		// party documents (Hướng dẫn 36-HD/VPTW): kết luận, quy định
		"KL", "QĐi",
		// legal normative documents
		"NĐ", "TT", "TTLT", "NQLT", "PL", "L", "LCT",
	} {
		m[strings.ToUpper(c)] = c
	}
	m["QD"] = "QĐ" // symbols typed without đ
	return m
}()

// typeFromNumber returns the type code the symbol carries, "CV" for a
// symbol without one, or "" for an empty number. The code stands in the
// first segment of the symbol: "N/TYPE-ISSUER", party "N-TYPE/ISSUER",
// legal "N/YEAR/TYPE-ISSUER".
func typeFromNumber(num string) string {
	_, segs := symbolParts(num)
	if len(segs) == 0 {
		return ""
	}
	first := segs[0]
	if len(first) == 4 && strings.TrimFunc(first, unicode.IsDigit) == "" && len(segs) > 1 {
		first = segs[1] // the year of a legal document
		if strings.HasPrefix(strings.ToUpper(first), "QH") {
			return "L" // a law: "71/2025/QH15"
		}
	}
	if c, ok := typeCodes[strings.ToUpper(first)]; ok {
		return c
	}
	return "CV"
}

// typeNames maps the type name line of a document ("KẾ HOẠCH") to its code.
var typeNames = []struct{ name, code string }{
	{"NGHỊ QUYẾT", "NQ"}, {"QUYẾT ĐỊNH", "QĐ"}, {"CHỈ THỊ", "CT"}, {"QUY CHẾ", "QC"},
	{"QUY ĐỊNH", "QyĐ"}, {"THÔNG CÁO", "TC"}, {"THÔNG BÁO", "TB"}, {"HƯỚNG DẪN", "HD"},
	{"CHƯƠNG TRÌNH", "CTr"}, {"KẾ HOẠCH", "KH"}, {"PHƯƠNG ÁN", "PA"}, {"ĐỀ ÁN", "ĐA"},
	{"DỰ ÁN", "DA"}, {"BÁO CÁO", "BC"}, {"BIÊN BẢN", "BB"}, {"TỜ TRÌNH", "TTr"},
	{"HỢP ĐỒNG", "HĐ"}, {"CÔNG ĐIỆN", "CĐ"}, {"BẢN GHI NHỚ", "BGN"}, {"BẢN THỎA THUẬN", "BTT"},
	{"GIẤY ỦY QUYỀN", "GUQ"}, {"GIẤY MỜI", "GM"}, {"GIẤY GIỚI THIỆU", "GGT"},
	{"GIẤY NGHỈ PHÉP", "GNP"}, {"PHIẾU GỬI", "PG"}, {"PHIẾU CHUYỂN", "PC"}, {"PHIẾU BÁO", "PB"},
	{"KẾT LUẬN", "KL"},
	{"NGHỊ ĐỊNH", "NĐ"}, {"THÔNG TƯ LIÊN TỊCH", "TTLT"}, {"THÔNG TƯ", "TT"}, {"BỘ LUẬT", "L"}, {"LUẬT", "L"},
}

// opensOnKinhGui reports a text whose first line that holds anything is
// its "Kính gửi" line.
func opensOnKinhGui(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n|")
	return strings.HasPrefix(t, "Kính gửi") || strings.HasPrefix(t, "Kính\tgửi")
}
