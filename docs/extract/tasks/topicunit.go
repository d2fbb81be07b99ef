package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// topicUnit reads an item that names its unit as a topic before a colon
// and then says what it must do with no subject of its own: "3. Đối với
// ngành Giáo dục và Đào tạo: Căn cứ thời gian kết thúc năm học, gửi hồ sơ
// đề nghị khen thưởng đến Sở Nội vụ … trước ngày 10/7 hằng năm." Cases,
// not units, stand there more often ("Đối với cá nhân: Sử dụng kết quả …",
// "Đối với trường hợp …:"), and a unit with no verb after it gives a figure
// ("Đối với Ủy ban nhân dân cấp xã: tối thiểu 40m2"): neither is a duty.
// It returns the unit and where the duty starts.
func (f *finder) topicUnit(text string, toks []token, end int) (string, int, bool) {
	n := topicOpen.at(text, toks, 0)
	if n == 0 || n >= len(toks) {
		return "", 0, false
	}
	k := n
	if !bodyAt(text, toks, k) {
		return "", 0, false
	}
	colon := -1
	for m := k + 1; m < len(toks) && toks[m].s < end && m <= k+maxTopicWords; m++ {
		g := text[toks[m-1].e:toks[m].s]
		if strings.ContainsAny(g, ",;.()") && !strings.Contains(g, ":") {
			if strings.Contains(g, ",") {
				continue // "Đối với Sở Y tế, Sở Tài chính: …"
			}
			return "", 0, false
		}
		if c := strings.IndexByte(g, ':'); c >= 0 {
			colon = toks[m-1].e + c
			break
		}
	}
	if colon < 0 {
		return "", 0, false
	}
	rest := colon + 1
	for rest < end && isSpace(text[rest]) {
		rest++
	}
	if rest >= end || !startsWithAction(text, toks, rest) {
		return "", 0, false
	}
	who := cleanWho(text[toks[k].s:colon], f.notes)
	if r, size := utf8.DecodeRuneInString(who); size > 0 {
		who = string(unicode.ToUpper(r)) + who[size:] // it now opens the task's unit
	}
	return who, rest, who != ""
}

// maxTopicWords bounds the unit named after "Đối với": a name, not a case.
const maxTopicWords = 14

// bodyAt reports a public body's name at toks[k]: a unit head ("Sở Y tế",
// "các cơ quan, đơn vị", "Ủy ban nhân dân cấp xã") or a sector written as
// one ("ngành Giáo dục và Đào tạo"). People and cases ("cá nhân", "tập
// thể", "trường hợp") are none.
func bodyAt(text string, toks []token, k int) bool {
	if toks[k].w == "ngành" {
		return k+1 < len(toks) && toks[k+1].upper
	}
	if thirdParty.at(text, toks, k) > 0 {
		return false
	}
	_, ok := headAt(text, toks, k)
	return ok
}
