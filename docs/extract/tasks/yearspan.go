package tasks

import "regexp"

// reYearSpan is a time cell of a plan table that holds a span of years and
// nothing else: "2026-2027", "2026–2028", "2026 - 2030". A short span (up
// to three calendar years) is the window of a step, due like a year alone
// at the end of its last year (round5 qd-2623's "năm 2026 - 2027" →
// 2027-12-31; survey9 qd-2025-ec00bd6f has eight such cells, none read
// before). A longer one is a planning period ("2026 - 2030", "2025 -
// 2035"): it spans the whole of the plan rather than ending a step, so it
// is no deadline (../shared/eval/README.md; the gold of round8 kh-179 and
// round6 kh-552 lists none of their 90 such rows).
var reYearSpan = regexp.MustCompile(`^((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)$`)

// maxStepYears is the longest span, in calendar years, read as a step's
// window: "2026-2028" is one, "2026-2030" a planning period.
const maxStepYears = 3

// yearCell gives the words findWhen reads for a time cell that is a year or
// a short span of years ("năm 2026", "năm 2026 - 2027"), or false for any
// other cell. A span that runs backwards is no time.
func yearCell(k string) (string, bool) {
	if isYear(k) {
		return "năm " + k, true
	}
	m := reYearSpan.FindStringSubmatch(k)
	if m == nil || m[2] < m[1] || atoiYear(m[2])-atoiYear(m[1])+1 > maxStepYears {
		return "", false
	}
	return "năm " + m[1] + " - " + m[2], true
}

// atoiYear reads four ASCII digits the pattern has checked.
func atoiYear(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
