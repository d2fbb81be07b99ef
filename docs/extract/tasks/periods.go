package tasks

import "strings"

// "Trong năm 2021" bounds an action ("hoàn thành trong năm 2021", "tổ chức
// 02 lớp tập huấn trong năm 2021") or names the period a report covers
// ("báo cáo kết quả thực hiện trong năm 2021", "số liệu trong năm 2021",
// "tình hình triển khai trong năm 2021"). Only the first is a deadline.

// periodNouns name what happened over a period: results, figures, the
// state of things. "kết quả" alone is left out: "báo cáo kết quả trong
// tháng 10" asks for the report within the month.
var periodNouns = []string{
	"kết quả thực hiện", "kết quả triển khai", "kết quả đạt được", "kết quả công tác", "kết quả hoạt động",
	"số liệu", "tình hình", "những việc đã làm", "các hoạt động đã", "thành tích",
}

// boundingVerbs finish or hold something, so a period after them bounds
// the doing: "tổng hợp số liệu, hoàn thành ... trong năm".
var boundingVerbs = []string{"hoàn thành", "xong", "ban hành", "tổ chức", "gửi", "trình", "nộp", "xây dựng", "phê duyệt"}

// maxPeriodClause bounds how far back the clause before "trong" is read.
const maxPeriodClause = 160

// namesPeriod reports whether the "trong ..." at key[at:] follows a noun
// that names what the period covers, in the same clause and with no verb
// that bounds an action between them.
func namesPeriod(key string, at int) bool {
	from := max(0, at-maxPeriodClause)
	if i := strings.LastIndexAny(key[from:at], ",;:.()"); i >= 0 {
		from += i + 1
	}
	clause := key[from:at]
	noun := -1
	for _, n := range periodNouns {
		if i := strings.LastIndex(clause, n); i >= 0 && wordAt(clause, i) {
			noun = max(noun, i+len(n))
		}
	}
	if noun < 0 {
		return false
	}
	for _, v := range boundingVerbs {
		if i := strings.Index(clause[noun:], v); i >= 0 && wordAt(clause[noun:], i) {
			return false
		}
	}
	return true
}

// wordAt reports whether s[i:] starts a word.
func wordAt(s string, i int) bool {
	return i == 0 || boundary(s[i-1])
}
