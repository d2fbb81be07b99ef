package tasks

import "strings"

// inWhich reports a clause that opens with "trong đó" after a semicolon:
// it says what the thing just named holds ("… trình phê duyệt Kế hoạch sao
// lưu … hằng năm; trong đó quy định cụ thể chu kỳ sao lưu … tối thiểu một
// lần/năm") or which part of the duty before comes first ("…; trong đó,
// tập trung rà soát …"). Either way it goes on with the clause before and
// is no duty with a time of its own.
func inWhich(key string) bool {
	return strings.HasPrefix(strings.TrimLeft(key, " \n\t;,"), "trong đó")
}
