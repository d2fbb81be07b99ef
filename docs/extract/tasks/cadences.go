package tasks

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// A reporting regime of a quy chế, a quyết định or a kế hoạch often gives
// several cadences in one sentence, each with its own due day: "Định kỳ
// hàng tháng (trước ngày 16 hàng tháng), 6 tháng (trước ngày 16/6), tổng
// kết năm (trước ngày 20/11 hàng năm) hoặc khi có yêu cầu báo cáo …", "d)
// Định kỳ 6 tháng (gửi trước ngày 15/6) và hằng năm (gửi trước ngày 15/11),
// gửi báo cáo …", "… trước ngày 01 của tháng tiếp theo … đối với báo cáo
// tháng và trước ngày 03 của tháng tiếp theo … đối với báo cáo quý". Each
// cadence is a report of its own, due on its own day: one task each.
// Without due days of their own ("Định kỳ 6 tháng, hàng năm kiểm tra …")
// the cadences stay one task, timed by the first.

var (
	// reCadence is one cadence with its due day in brackets.
	reCadence = regexp.MustCompile(`(?:(?:định\s+kỳ|báo\s+cáo|sơ\s+kết|tổng\s+kết)\s+){0,2}(?:(?:hằng|hàng|mỗi)\s+)?` +
		`((?:0?6|sáu)\s+tháng(?:\s+đầu\s+năm)?|(?:0?9|chín)\s+tháng|(?:0?3|ba)\s+tháng|tháng|quý|năm|tuần)\s*\(([^()]{1,60})\)`)
	// reCadenceBare is one cadence with its due day after it, no brackets:
	// "định kỳ 06 tháng trước ngày 20 tháng 6", "định kỳ hằng năm trước
	// ngày 20 tháng 12". "định kỳ" or "hằng" must open it: "06 tháng trước
	// ngày hết hạn" counts back from a day.
	reCadenceBare = regexp.MustCompile(`(?:định\s+kỳ|hằng|hàng|mỗi)\s+(?:(?:hằng|hàng|mỗi)\s+)?` +
		`((?:0?6|sáu)\s+tháng|(?:0?3|ba)\s+tháng|tháng|quý|năm)\s*,?\s*` +
		`((?:gửi\s+)?(?:trước|chậm\s+nhất(?:\s+là)?)\s+ngày\s+\d{1,2}(?:\s*(?:/|-|\s+tháng\s+)\s*\d{1,2}\b)?)`)
	// reReportCadence is a due day counted from the month after the period
	// reported on, named by the kind of report it is for.
	reReportCadence = regexp.MustCompile(`(?:trước|chậm\s+nhất(?:\s+là)?)\s+ngày\s+(?:thứ\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+(?:tiếp\s+theo|kế\s+tiếp|sau)\b` +
		`[^;.()]{0,90}?đối\s+với\s+(?:các\s+)?báo\s+cáo\s+((?:0?6|sáu)\s+tháng|tháng|quý|năm)`)
	// reNextMonthDay is a day of the month after each period: "trước ngày
	// 01 của tháng tiếp theo".
	// "… vào trước ngày 10 của tháng đầu quý sau" is a quarter's.
	reNextMonthDay = regexp.MustCompile(`(?:trước|chậm\s+nhất(?:\s+là)?)\s+ngày\s+(?:thứ\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+` +
		`(?:tiếp\s+theo|kế\s+tiếp|sau|(đầu\s+(?:của\s+)?quý\s+(?:sau|tiếp\s+theo|kế\s+tiếp)))\b`)
	// reAfterQuarter: the month after the last month of a quarter or of
	// the period reported on, or a report that names a longer period.
	reAfterQuarter = regexp.MustCompile(`^[^;.]{0,40}?(?:sau\s+tháng\s+cuối\s+(?:cùng\s+)?(?:của\s+)?(?:mỗi\s+|các\s+)?(?:kỳ\s+báo\s+cáo|quý)|đối\s+với\s+(?:các\s+)?báo\s+cáo\s+quý)`)
	reCadenceGap   = regexp.MustCompile(`^\s*(?:,|;|và|,\s*và)\s*$`)
	reCadenceDue   = regexp.MustCompile(`(?:trước|chậm\s+nhất)`)
	reDueDayMonth  = regexp.MustCompile(`ngày\s+(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})\b`)
	reDueDayOfMnth = regexp.MustCompile(`ngày\s+(\d{1,2})\b`)
)

// cadence is one cadence of a list: its phrase key[a:e] and its time.
type cadence struct {
	a, e               int
	kind, due, weekday string
}

// cadenceList finds, in key, two cadences or more that follow one another
// with only a comma or "và" between them, each with a due day of its own.
func cadenceList(key string) []cadence {
	if !strings.Contains(key, "(trước") && !strings.Contains(key, "(gửi") && !strings.Contains(key, "(chậm") &&
		!strings.Contains(key, "đối với báo cáo") && strings.Count(key, "trước ngày")+strings.Count(key, "chậm nhất") < 2 {
		return nil // cheap test first: most items list no cadences
	}
	for _, read := range []func(string) []cadence{bracketCadences, reportCadences} {
		all := read(key)
		var run []cadence
		for _, c := range all {
			if len(run) > 0 && !reCadenceGap.MatchString(key[run[len(run)-1].e:c.a]) {
				if len(run) > 1 {
					return run
				}
				run = run[:0]
			}
			run = append(run, c)
		}
		if len(run) > 1 {
			return run
		}
	}
	return nil
}

// bracketCadences reads "6 tháng (trước ngày 16/6)", "năm (trước ngày
// 25/12 hàng năm)", "Định kỳ hàng tháng (trước ngày 16 hàng tháng)".
func bracketCadences(key string) []cadence {
	var out []cadence
	ms := reCadence.FindAllStringSubmatchIndex(key, -1)
	if strings.Contains(key, "trước ngày") || strings.Contains(key, "chậm nhất") {
		for _, m := range reCadenceBare.FindAllStringSubmatchIndex(key, -1) {
			if !overlapsAny(ms, m) {
				ms = append(ms, m)
			}
		}
		slices.SortFunc(ms, func(a, b []int) int { return a[0] - b[0] })
	}
	for _, m := range ms {
		head, due := key[m[2]:m[3]], key[m[4]:m[5]]
		if !reCadenceDue.MatchString(due) || !strings.ContainsAny(due, "0123456789") {
			continue
		}
		c := cadence{a: m[0], e: m[1], kind: cadenceKind(head)}
		switch c.kind {
		case "weekly":
			if d := reWeekday.FindStringSubmatchIndex(due); d != nil {
				c.weekday = weekdayCode(due, d)
			}
		case "monthly":
			if d := reDueDayOfMnth.FindStringSubmatchIndex(due); d != nil && !followedByMonth(due[d[1]:]) {
				c.due = "---" + pad2(due[d[2]:d[3]])
			}
		case "yearly":
			if d := reDueDayMonth.FindStringSubmatch(due); d != nil {
				c.due = fmt.Sprintf("--%02d-%02d", atoiOr(d[2], 0), atoiOr(d[1], 0))
			}
		}
		out = append(out, c)
	}
	return out
}

// overlapsAny reports a match m that overlaps one of ms.
func overlapsAny(ms [][]int, m []int) bool {
	for _, o := range ms {
		if m[0] < o[1] && o[0] < m[1] {
			return true
		}
	}
	return false
}

// reportCadences reads "trước ngày 01 của tháng tiếp theo sau tháng kỳ báo
// cáo đối với báo cáo tháng".
func reportCadences(key string) []cadence {
	var out []cadence
	for _, m := range reReportCadence.FindAllStringSubmatchIndex(key, -1) {
		c := cadence{a: m[0], e: m[1], kind: cadenceKind(key[m[4]:m[5]])}
		if c.kind == "monthly" {
			c.due = "---" + pad2(key[m[2]:m[3]])
		}
		out = append(out, c)
	}
	return out
}

// nextMonthDay reads a due day counted from the month after each period:
// "gửi báo cáo … trước ngày 01 của tháng tiếp theo" is monthly, due on the
// 1st; "… trước ngày 03 của tháng tiếp theo sau tháng cuối cùng của kỳ báo
// cáo đối với báo cáo quý" quarterly.
func nextMonthDay(key string) recur {
	if !strings.Contains(key, "tháng tiếp") && !strings.Contains(key, "tháng kế") && !strings.Contains(key, "tháng sau") &&
		!strings.Contains(key, "tháng đầu") {
		return recur{}
	}
	m := reNextMonthDay.FindStringSubmatchIndex(key)
	if m == nil {
		return recur{}
	}
	if m[4] >= 0 {
		return recur{kind: "quarterly", start: m[0], end: m[1]}
	}
	if q := reAfterQuarter.FindStringIndex(key[m[1]:]); q != nil {
		return recur{kind: "quarterly", start: m[0], end: m[1] + q[1]}
	}
	return recur{kind: "monthly", due: "---" + pad2(key[m[2]:m[3]]), start: m[0], end: m[1]}
}

// cadenceKind names the rhythm of a cadence's head word. A nine-month
// report ("9 tháng (trước ngày 15/9)") falls due once a year.
func cadenceKind(head string) string {
	switch {
	case head == "tuần":
		return "weekly"
	case strings.HasPrefix(head, "9"), strings.HasPrefix(head, "09"), strings.HasPrefix(head, "chín"):
		return "yearly"
	case strings.Contains(head, "quý"), strings.HasPrefix(head, "3"), strings.HasPrefix(head, "03"), strings.HasPrefix(head, "ba"):
		return "quarterly"
	case strings.HasPrefix(head, "6"), strings.HasPrefix(head, "06"), strings.HasPrefix(head, "sáu"):
		return "semiannual"
	case strings.HasPrefix(head, "tháng"):
		return "monthly"
	}
	return "yearly"
}

// cadenceParts splits a task whose text lists cadences into one task per
// cadence: each runs from the end of the one before to its own cadence,
// and the last takes the rest of the item.
func (f *finder) cadenceParts(c *cand) []*cand {
	if c.fields != nil || c.late != nil || c.e <= c.a {
		return nil
	}
	key := c.b.key[c.a:c.e]
	list := cadenceList(key)
	if len(list) < 2 {
		return nil
	}
	out := make([]*cand, 0, len(list))
	a := c.a
	for i, cd := range list {
		e := c.a + cd.e
		if i == len(list)-1 {
			e = c.e
		}
		if i > 0 {
			for a < e && (isSpace(c.b.key[a]) || c.b.key[a] == ',' || c.b.key[a] == ';') {
				a++
			}
			if strings.HasPrefix(c.b.key[a:e], "và ") {
				a += len("và ")
			}
		}
		p := *c
		p.a, p.e = a, e
		if i > 0 {
			p.act = a
		}
		p.fixed = &when{recurrence: cd.kind, due: cd.due, weekday: cd.weekday, start: c.a + cd.a, end: c.a + cd.e, known: true}
		out = append(out, &p)
		a = e
	}
	return out
}
