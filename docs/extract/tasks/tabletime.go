package tasks

import (
	"regexp"
	"strings"
)

// Time cells of a table of tasks beyond the plain dates, months and
// quarters looksTime knows.

// spanOpeners open a time cell that gives a span or a qualified time:
// "Từ tháng 6 đến tháng 9/2025", "Trong quý I/2026", "Chậm nhất
// 30/6/2026", "Dự kiến tháng 12/2025", "Giai đoạn 2026 - 2030".
var spanOpeners = []string{"từ ", "trong ", "cuối ", "đầu ", "giữa ", "chậm nhất", "hoàn thành", "dự kiến", "tuần ", "giai đoạn", "cả năm", "sau ", "đến "}

// spanTime reports a short cell (lower case) that opens with a span
// opener and names a period with a number: the words alone ("Trong đó …")
// are no time.
func spanTime(k string) bool {
	const maxWords = 8
	if len(strings.Fields(k)) > maxWords || !strings.ContainsAny(k, "0123456789") {
		return false
	}
	opens := false
	for _, w := range spanOpeners {
		if strings.HasPrefix(k, w) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	if strings.HasPrefix(k, "giai đoạn") {
		return true // "Giai đoạn 2026 - 2030"
	}
	for _, w := range []string{"tháng", "quý", "quí", "năm", "ngày", "/"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// reNumericTime is a time cell that opens with a number: a date
// ("30/11/2025", "15/12/2025 - 30/12/2025"), a span of years ("2025 -
// 2026"), "6 tháng cuối năm 2025". A document's symbol ("02-KH/BCĐTW")
// opens with a number too and is none.
var reNumericTime = regexp.MustCompile(`^\d{1,4}\s*(?:[/.\-–]\s*\d{1,4}\b|tháng\b)`)

func numericTime(k string) bool { return reNumericTime.MatchString(k) }
