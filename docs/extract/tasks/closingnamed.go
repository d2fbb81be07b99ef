package tasks

import "regexp"

// The closing formula "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân
// dân các xã … chịu trách nhiệm thi hành Quy chế này." asks nothing of its
// own, but it names the units a subject-less sentence after it asks for a
// step with a time: "… thi hành Quy chế này. Định kỳ trước ngày 15/12 hằng
// năm báo cáo kết quả thực hiện … về Ủy ban nhân dân tỉnh" (namedTimedDuty).
var executesThisText = regexp.MustCompile(`(?:chịu|có) trách nhiệm (?:tổ chức )?thi hành`)

// closingUnits returns the units a closing formula names, or "".
func (f *finder) closingUnits(text, key string, toks []token, s rng) string {
	if !executesThisText.MatchString(key[s.a:s.e]) {
		return ""
	}
	if who, _, _, ok := f.obligation(text, key, toks, s); ok {
		return who
	}
	return ""
}
