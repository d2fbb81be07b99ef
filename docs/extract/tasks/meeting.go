package tasks

import "strings"

// A council's or a steering committee's own meeting rhythm ("Hội đồng họp
// định kỳ 06 tháng một lần", "Ban Chỉ đạo họp định kỳ mỗi quý một lần, do
// Trưởng ban triệu tập") is how the body works, set by the text that sets
// it up: no duty a clerk follows up. A name scan that ran into "họp"
// ("Ban Chỉ đạo họp") shows the same sentence.

// meetingRhythm reports a candidate whose unit meets on a rhythm: the
// action, or the end of the name, is "họp" and the sentence gives when.
func meetingRhythm(who, action string) bool {
	act := strings.ToLower(strings.TrimSpace(action))
	if !strings.HasSuffix(strings.ToLower(who), " họp") && !strings.HasPrefix(act, "họp ") {
		return false
	}
	return strings.Contains(act, "định kỳ") || strings.Contains(act, "thường kỳ") || findRecurrence(act).kind != ""
}
