package tasks

import (
	"regexp"
	"strings"
)

// A body followed by "được" or "chỉ được" and a verb is allowed or given
// something, not asked to act: "Quỹ Bảo vệ môi trường được nhận ủy thác
// cho vay …", "… chỉ được sử dụng tối đa 50% vốn bổ sung hàng năm …",
// "Hằng năm, Quỹ … được trích lập Quỹ dự phòng rủi ro". The name scan runs
// past "được" (it is no verb of a duty), so the unit it returns holds it.
// "được giao", "được phân công" assign a duty ("Các cơ quan được giao chủ
// trì …"), and a sentence that still says "có trách nhiệm", "chịu trách
// nhiệm" or "phải" after such a name keeps its duty ("Các đơn vị được kiểm
// tra có trách nhiệm cung cấp hồ sơ").
var (
	permittedWho = regexp.MustCompile(`^(\S+(?:\s+\S+){0,11}?)\s+(?:chỉ\s+)?được\s+(\S+(?:\s+\S+)?)`)
	dutyAfter    = regexp.MustCompile(`trách nhiệm|\bphải\b`)
	tenseWords   = map[string]bool{"đã": true, "đang": true, "sẽ": true, "chưa": true, "không": true}
)

// permitted reports a unit found in sentence key that is only allowed or
// given something.
func permitted(who, key string) bool {
	m := permittedWho.FindStringSubmatch(strings.ToLower(who))
	if m == nil {
		return false
	}
	if before := strings.Fields(m[1]); tenseWords[before[len(before)-1]] {
		return false // "… dữ liệu đã được cập nhật": a passive inside what is done
	}
	if m[2] = strings.TrimSpace(m[2]); strings.HasPrefix(m[2], "giao") || strings.HasPrefix(m[2], "phân công") || strings.HasPrefix(m[2], "ủy quyền") || strings.HasPrefix(m[2], "uỷ quyền") {
		return false
	}
	return !dutyAfter.MatchString(key)
}
