package tasks

import "regexp"

// rePaidNoun is money paid or budgeted on a rhythm, named just before the
// cadence word: "chi trả chế độ trợ cấp hàng tháng", "phụ cấp hằng tháng",
// "lương hưu hằng tháng", "ngoài dự toán chi hàng năm đã được phê duyệt".
// The allowance or the budget is monthly or yearly; the duty that pays or
// funds it has no rhythm of its own (survey9: two monthly allowances of
// qd-2025-8180ae11 and a yearly budget of qd-2025-adf53d88 made timed
// tasks). annualNoun knows the budget words of "kinh phí …", "dự toán
// được giao …"; these are the payments and "dự toán chi".
var rePaidNoun = regexp.MustCompile(`(?:^|\s)(?:trợ\s+cấp|phụ\s+cấp|tiền\s+lương|lương(?:\s+hưu)?|(?:dự\s+toán|ngân\s+sách)\s+chi(?:\s+thường\s+xuyên)?)\s+$`)

// paidNoun reports a cadence word that qualifies a payment or a budget
// named in the text just before it.
func paidNoun(before string) bool {
	if len(before) > 60 {
		before = before[len(before)-60:]
	}
	return rePaidNoun.MatchString(before)
}
