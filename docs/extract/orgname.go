package extract

import (
	"regexp"
	"slices"
	"strings"

	"vanthu/docs/vn"
)

// Organisation names are printed in capitals in the header; Appendix II of
// Decree 30 writes them in running text with only the first word, the first
// syllable of each field of a ministry or department, and proper names
// capitalised: "ỦY BAN NHÂN DÂN TỈNH KON TUM" → "Ủy ban nhân dân tỉnh
// Kon Tum", "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" → "Bộ Kế hoạch và Đầu tư".

// abbreviations expanded in issuer names.
var abbreviations = map[string]string{
	"ubnd":   "ủy ban nhân dân",
	"hđnd":   "hội đồng nhân dân",
	"mttq":   "mặt trận tổ quốc",
	"bhxh":   "bảo hiểm xã hội",
	"tp.":    "thành phố",
	"tp":     "thành phố",
	"tw":     "trung ương",
	"ubmttq": "ủy ban mặt trận tổ quốc",
}

// levelWords are administrative levels: what follows them is a place name.
var levelWords = [][]string{
	{"thành", "phố"}, {"thị", "xã"}, {"thị", "trấn"}, {"tỉnh"}, {"huyện"}, {"quận"}, {"xã"}, {"phường"},
}

// fieldHeads are bodies whose name continues with fields, each capitalised:
// "Bộ Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch".
var fieldHeads = map[string]bool{"bộ": true, "sở": true}

// singleHeads capitalise only the first syllable after them.
var singleHeads = map[string]bool{
	"cục": true, "vụ": true, "ban": true, "phòng": true, "viện": true, "chi cục": true,
	"tổng cục": true, "trung tâm": true, "học viện": true, "trường": true,
}

// properNames are capitalised wherever they stand.
var properNames = []string{"Việt Nam", "Trung ương", "Nhà nước", "Chính phủ", "Quốc hội", "Tổ quốc", "Hồ Chí Minh", "Đảng"}

// partyCommittees are "tỉnh ủy", "huyện ủy"...: a body, its place follows.
var partyCommittees = map[string]bool{"tỉnh": true, "huyện": true, "thành": true, "quận": true, "thị": true, "đảng": true, "xã": true, "phường": true}

// orgName renders a capitalised organisation name in running-text case,
// expanding the usual abbreviations. Names not in capitals are kept.
func orgName(caps string) string {
	caps = vn.NewStyleTones(collapse(caps))
	if caps == "" {
		return ""
	}
	var ws []string
	for _, w := range strings.Fields(caps) {
		if !isCaps(w) && hasLetter(w) {
			return caps // already written in running-text case
		}
		lw := strings.ToLower(w)
		if exp, ok := abbreviations[lw]; ok {
			ws = append(ws, strings.Fields(exp)...)
			continue
		}
		ws = append(ws, lw)
	}
	out := make([]string, len(ws))
	copy(out, ws)
	upper := make([]bool, len(ws))
	if len(ws) > 0 {
		upper[0] = true
	}
	matchAt := func(i int, seq []string) bool {
		if i+len(seq) > len(ws) {
			return false
		}
		for k, s := range seq {
			if ws[i+k] != s {
				return false
			}
		}
		return true
	}
	inPlace := false
	fields := false
	for i := 0; i < len(ws); i++ {
		for _, p := range properNames {
			if pw := strings.Fields(p); matchAt(i, strings.Fields(strings.ToLower(p))) {
				copy(out[i:], pw)
			}
		}
		if partyCommittees[ws[i]] && i+1 < len(ws) && ws[i+1] == "ủy" {
			i++
			inPlace = true
			continue
		}
		if inPlace {
			upper[i] = true
			continue
		}
		level := false
		for _, lv := range levelWords {
			// "xã hội" is a word, not the commune level
			if matchAt(i, lv) && i+len(lv) < len(ws) && !(lv[0] == "xã" && ws[i+1] == "hội") {
				i += len(lv) - 1
				inPlace, level = true, true
				break
			}
		}
		if level {
			continue
		}
		if i == 0 || (i > 0 && isSep(ws[i-1])) {
			if fieldHeads[ws[i]] && i+1 < len(ws) {
				upper[i+1] = true
				fields = true
				i++
				continue
			}
			two := ""
			if i+1 < len(ws) {
				two = ws[i] + " " + ws[i+1]
			}
			if singleHeads[two] && i+2 < len(ws) {
				upper[i+2] = true
				i += 2
				continue
			}
			if singleHeads[ws[i]] && i+1 < len(ws) && !(ws[i] == "ban" && i > 0 && ws[i-1] == "ủy") {
				upper[i+1] = true
				i++
				continue
			}
		}
		if fields && (ws[i] == "và" || ws[i] == "-" || strings.HasSuffix(ws[i], ",")) && i+1 < len(ws) {
			upper[i+1] = true
		}
	}
	// A school: its level, then its own name, a proper name ("Trường THCS
	// Nguyễn Huệ", "Trường Mầm non Hoa Hồng").
	if len(ws) > 1 && ws[0] == "trường" {
		if n := schoolLevel(ws[1:]); n > 0 {
			if n == 1 {
				out[1] = strings.ToUpper(ws[1]) // the one-word levels are abbreviations: THCS, THPT
			}
			for i := 1 + n; i < len(ws); i++ {
				upper[i] = true
			}
		}
	}
	// The chairman issuing in his own name (2025, "QĐ-CTUBND"): the body
	// after the office keeps its capital, "Chủ tịch Ủy ban nhân dân …".
	if len(ws) > 2 && ws[0] == "chủ" && ws[1] == "tịch" && (ws[2] == "ủy" || ws[2] == "uỷ" || ws[2] == "hội") {
		upper[2] = true
	}
	for i, w := range out {
		if upper[i] {
			out[i] = upperFirst(w)
		}
	}
	return strings.Join(out, " ")
}

func isSep(w string) bool { return w == "-" || w == "–" }

// schoolLevels are the levels a school's name opens with, in lower case.
var schoolLevels = [][]string{
	{"mầm", "non"}, {"tiểu", "học"}, {"trung", "học", "cơ", "sở"}, {"trung", "học", "phổ", "thông"},
	{"thcs"}, {"thpt"}, {"ptdtnt"}, {"ptdtbt"}, {"mn"}, {"th"},
}

// schoolLevel returns how many words of ws name a school's level, 0 if none.
func schoolLevel(ws []string) int {
	for _, lv := range schoolLevels {
		if len(ws) > len(lv) && slices.Equal(ws[:len(lv)], lv) {
			return len(lv)
		}
	}
	return 0
}

// genericUnits are bodies whose own line does not say whose they are:
// "VĂN PHÒNG" under "BỘ TƯ PHÁP" is the Văn phòng Bộ Tư pháp.
var genericUnits = map[string]bool{"văn phòng": true, "thanh tra": true, "văn phòng đoàn đại biểu quốc hội và hội đồng nhân dân": true}

// localUnits are departments of a local government, named with their place:
// "SỞ Y TẾ" under "UBND TỈNH KIÊN GIANG" is the Sở Y tế tỉnh Kiên Giang.
var localUnits = []string{"sở ", "phòng ", "ban quản lý ", "trung tâm "}

// centralPartyName names a central party unit written out with its parent
// in running text ("Văn phòng Ban chấp hành trung ương") as the header's
// two lines name it: "Văn phòng Trung ương Đảng".
func centralPartyName(name string) string {
	low := strings.ToLower(name)
	for _, parent := range []string{" ban chấp hành trung ương đảng", " ban chấp hành trung ương"} {
		if strings.HasSuffix(low, parent) && len(low) > len(parent) {
			return qualify(name[:len(name)-len(parent)], "Ban Chấp hành Trung ương")
		}
	}
	return name
}

// qualify completes a unit name from its parent where the own line alone
// does not identify it.
func qualify(own, parent string) string {
	if own == "" || parent == "" {
		return own
	}
	low := strings.ToLower(own)
	// The party's central bodies are named "… Trung ương" ("Ban Tổ chức
	// Trung ương"), its office "Văn phòng Trung ương Đảng", never "… Ban
	// Chấp hành Trung ương".
	if strings.EqualFold(parent, "Ban Chấp hành Trung ương") || strings.EqualFold(parent, "Ban Chấp hành Trung ương Đảng") {
		if low == "văn phòng" {
			return own + " Trung ương Đảng"
		}
		if strings.HasPrefix(low, "ban ") && !strings.Contains(low, "trung ương") {
			return own + " Trung ương"
		}
		return own
	}
	if genericUnits[low] {
		return own + " " + parent
	}
	for _, l := range localUnits {
		if !strings.HasPrefix(low, l) || placeOf(low) != "" {
			continue
		}
		if p := placeOf(parent); p != "" {
			return own + " " + p
		}
	}
	return own
}

// placeOf returns the place part of a local body's name, "tỉnh Kiên Giang"
// of "Ủy ban nhân dân tỉnh Kiên Giang", or "".
func placeOf(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		lw := strings.ToLower(w)
		for _, lv := range levelWords {
			if lw != lv[0] || i+len(lv) > len(ws) {
				continue
			}
			match := true
			for k, part := range lv {
				if strings.ToLower(ws[i+k]) != part {
					match = false
				}
			}
			if match && i > 0 && i+len(lv) < len(ws) {
				return strings.Join(ws[i:], " ")
			}
		}
	}
	return ""
}

// punctuatedFields are the fields of ministries and departments whose
// official names hold a comma or a dash, which a summary or a header typed
// in a hurry leaves out ("Bộ Văn hóa Thể thao và Du lịch").
var punctuatedFields = []string{"Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội"}

var gluedDashRe = regexp.MustCompile(`(\p{L})[-–](\p{L})`)

// withFieldPunctuation gives the fields of name their official commas and
// dashes, leaving everything else as it was.
func withFieldPunctuation(name string) string {
	if name == "" {
		return ""
	}
	// "Lao động-Thương binh": the dash glued to the words stands apart
	ws := strings.Fields(gluedDashRe.ReplaceAllString(name, "$1 - $2"))
	key := make([]string, len(ws)) // each word bare, in lower case
	for i, w := range ws {
		key[i] = vn.NewStyleTones(strings.ToLower(strings.Trim(w, ",-–")))
	}
	for _, f := range punctuatedFields {
		var fk []string
		for _, w := range strings.Fields(f) {
			if w = strings.Trim(w, ",-–"); w != "" {
				fk = append(fk, strings.ToLower(w))
			}
		}
	next:
		for i := 0; i < len(ws); i++ {
			// match fk from word i, passing over a dash standing alone
			j, k := i, 0
			for k < len(fk) && j < len(ws) {
				if key[j] == "" {
					j++
					continue
				}
				if key[j] != fk[k] {
					continue next
				}
				j, k = j+1, k+1
			}
			if k < len(fk) {
				continue
			}
			out := append(append(append([]string{}, ws[:i]...), f), ws[j:]...)
			return strings.Join(out, " ")
		}
	}
	return name
}
