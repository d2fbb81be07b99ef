// Package doctype names the types of documents by their codes: the
// abbreviations of Appendix III of Decree 30/2020/NĐ-CP ("KH", "QĐ") and
// those of legal normative texts (Luật, Nghị định, Thông tư…).
package doctype

import "strings"

// names holds each canonical code once, so a name gives back one code.
var names = map[string]string{
	// Appendix III
	"NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
	"TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
	"PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
	"HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền",
	"GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép", "PG": "Phiếu gửi", "PC": "Phiếu chuyển",
	"PB": "Phiếu báo", "CV": "Công văn",
	// legal normative texts
	"L": "Luật", "PL": "Pháp lệnh", "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
}

// aliases are codes written without their Vietnamese letter.
var aliases = map[string]string{"QD": "QĐ", "ND": "NĐ", "CD": "CĐ"}

// Name is the name of a code ("KH" → "Kế hoạch") and whether it is known.
func Name(code string) (string, bool) {
	if c, ok := aliases[code]; ok {
		code = c
	}
	n, ok := names[code]
	return n, ok
}

// Code is the code of a type name in any case ("KẾ HOẠCH" → "KH").
func Code(name string) (string, bool) {
	name = strings.ToLower(strings.TrimSpace(name))
	for code, n := range names {
		if strings.ToLower(n) == name {
			return code, true
		}
	}
	return "", false
}
