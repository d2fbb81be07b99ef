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
)

// permitted reports a unit found in sentence key that is only allowed or
// given something.
func permitted(who, key string) bool {
	low := strings.ToLower(who)
	if i := strings.IndexAny(low, "[("); i >= 0 {
		low = low[:i] // "… [Khoản này được bổ sung bởi …]": a note, not the name
	}
	m := permittedWho.FindStringSubmatch(low)
	if m == nil || strings.Contains(m[1], " nơi ") {
		return false // "Thanh tra tỉnh nơi người được xác minh ứng cử …"
	}
	before := strings.Fields(m[1])
	if relativeBefore[before[len(before)-1]] {
		return false // "… dữ liệu đã được cập nhật", "người được ủy quyền", "nhận được"
	}
	for _, p := range dutyGiven {
		if strings.HasPrefix(strings.TrimSpace(m[2]), p) {
			return false
		}
	}
	return !dutyAfter.MatchString(low) && !dutyAfter.MatchString(key)
}

// relativeBefore are words after which "được" is no permission of the body:
// a tense or negation inside what is done, a person or a choice the
// clause describes, a verb "được" completes ("nhận được").
var relativeBefore = map[string]bool{"đã": true, "đang": true, "sẽ": true, "chưa": true, "không": true,
	"người": true, "hoặc": true, "và": true, "nhận": true}

// dutyGiven follow "được" when the body is given a duty: "được giao",
// "được yêu cầu cho ý kiến", "Nhiệm vụ của Kiểm lâm được quy định như sau:".
var dutyGiven = []string{"giao", "phân công", "ủy quyền", "uỷ quyền", "yêu cầu", "đề nghị", "mời", "quy định", "lấy ý kiến"}
