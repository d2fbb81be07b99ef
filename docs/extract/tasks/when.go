package tasks

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"vanthu/docs/vndate"
)

// when is the time of a task: a one-off deadline, a recurrence, or both
// ("Thực hiện định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020").
type when struct {
	deadline   vndate.Date
	recurrence string
	due        string
	weekday    string // MO … SU for a weekly duty on a set day
	start, end int    // the phrase in the searched text; start == end if none
	known      bool
	rel        vndate.Relative // a span counted from a day not known here
}

// timeCtx is what deadlines without a year or counted from the signing day
// need to know.
type timeCtx struct {
	doc  vndate.Date // the date of issue, zero if blank
	year int         // the year a date without one takes
}

// The phrases are matched on the lower-case text put through vndate.Canon
// (which keeps offsets), and the cores — dates, months, quarters, lists and
// ranges of them — are vndate's grammar. A deadline needs a word that makes
// it one ("trước", "chậm nhất", "hoàn thành trong", "trong"): a bare date is
// a reference, an event or a period. In a "Thời gian thực hiện:" field or a
// table's time column the bare forms count too.
var (
	reDayOnly = regexp.MustCompile(`(?:trước|chậm nhất(?: là)?|vào|trong)\s+` + `(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút|p|')?)?\s*(?:sáng|chiều|tối)?\s*,?\s*)?` + `ngày\s+(?P<d>\d{1,2})\b`)
	reSpan    = regexp.MustCompile(`(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)|chậm\s+nhất(?:\s+là)?|không\s+quá|sau)\s+` +
		`(?:[\p{L}]+\s+)?\(?(?P<n>\d{1,3})\)?\s*(?:\([^)]{0,20}\)\s*)?(?P<unit>ngày\s+làm\s+việc|ngày|tháng)\s*,?\s*` +
		`(?:kể\s+từ|tính\s+từ|từ|sau)\s+(?P<from>ngày|khi)\s+(?P<ref>[^,.;]{0,60})`)

	// Recurrences, matched at the start of a word on a short window.
	reMonthly = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+tháng|định\s+kỳ\s+(?:theo\s+)?(?:(?:0?1|một)\s+)?tháng\b|(?:(?:một|0?1)\s+)?tháng\s*(?:/\s*(?:0?1\s*)?lần|(?:một|1|01)\s+lần)|(?:lần|tin|bài|buổi|kỳ|số|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?tháng)`)
	// "Định kỳ 03 tháng", "03 tháng một lần": every three months is a quarter.
	// "định kỳ quý" has no \b: Go's \b is ASCII and "quý" ends on a mark.
	reQuarterly  = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+quý|định\s+kỳ\s+(?:theo\s+)?quý|(?:định\s+kỳ|mỗi|hằng|hàng)\s+(?:03|3|ba)` + spelledAgain + `\s+tháng\b|(?:03|3|ba)` + spelledAgain + `\s+tháng\s*(?:(?:một|1|01)\s+lần|/\s*(?:0?1\s*)?lần)|(?:(?:một|0?1)\s+)?quý\s*(?:(?:một|1|01)\s+lần|/\s*(?:0?1\s*)?lần)|tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý|(?:lần|tin|bài|buổi|kỳ|số|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?quý)`)
	reSemiannual = regexp.MustCompile(`^(?:định\s+kỳ\s+(?:06|6|sáu)` + spelledAgain + `\s+tháng|(?:06|6|sáu)` + spelledAgain + `\s+tháng\s+(?:một|1|01)\s+lần|(?:mỗi|hằng|hàng)\s+(?:06|6|sáu)\s+tháng|(?:06|6)\s+tháng\s*/\s*(?:0?1\s*)?lần|nửa\s+năm\s+(?:một|1)\s+lần|(?:06|6|sáu)\s+tháng\s*(?:,|và)\s*(?:hằng|hàng)\s+năm)`)
	reWeekly     = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+tuần|(?:(?:một|0?1)\s+)?tuần\s*(?:/\s*(?:0?1\s*)?lần|(?:một|1|01)\s+lần)|định\s+kỳ\s+(?:theo\s+)?tuần\b|(?:lần|tin|bài|buổi|kỳ|số|báo\s+cáo)\s*/\s*(?:0?1\s+)?tuần)`)
	reWeekday    = regexp.MustCompile(`(?:thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật))\b`)
	// "Định kỳ cuối năm báo cáo …": at each year's end.
	reYearly = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+năm|định\s+kỳ\s+(?:vào\s+)?cuối\s+(?:mỗi\s+|hằng\s+|hàng\s+)?năm\b|định\s+kỳ\s+(?:theo\s+)?(?:(?:0?1|một)\s+)?năm\b|(?:12|mười\s+hai)\s+tháng\s*(?:/\s*(?:0?1\s*)?lần|(?:một|1|01)\s+lần)|(?:mỗi|hằng|hàng|định\s+kỳ)\s+(?:12|mười\s+hai)\s+tháng\b|năm\s+(?:một|1|01)\s+lần|(?:lần|tin|bài|buổi|kỳ|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?năm)`)
	reDinhKy = regexp.MustCompile(`định\s+kỳ\s+$`)
	// "Thực hiện thường xuyên hằng năm" is an ongoing duty, not a periodic one.
	reOngoing = regexp.MustCompile(`thường\s+xuyên\s*,?\s*(?:và\s+)?$`)

	// reSecondDay is a second day and month after a first: "… 01/6 và
	// 15/11", "… ngày 15 tháng 5 và ngày 15 tháng 11".
	reSecondDay = regexp.MustCompile(`^\s*(?:và|,)\s*(?:ngày\s+)?\d{1,2}\s*(?:/|-|\s+tháng\s+)\s*\d{1,2}\b`)

	reOfYear   = regexp.MustCompile(`^\s*(?:của\s+)?năm\b`)
	reNextYear = regexp.MustCompile(`^\s*(?:của\s+)?năm\s+(?:sau|tiếp\s+theo|kế\s+tiếp|liền\s+sau)\b`)

	reDueMonthly   = regexp.MustCompile(`ngày\s+(\d{1,2})\s+(?:của\s+)?(?:hằng|hàng|mỗi)\s+tháng`)
	reDueQuarterly = regexp.MustCompile(`ngày\s+(\d{1,2})\s+(?:của\s+)?tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý`)
)

// wordStarts calls fn at every byte where a word starts in key, with a
// short window of the text from there: the cores are short, and Go's
// backtracking matcher costs in proportion to the input it is given.
func wordStarts(key string, fn func(p int, win string)) {
	for p := 0; p < len(key); p++ {
		if p > 0 && !boundary(key[p-1]) {
			continue
		}
		if c := key[p]; c == ' ' || (c < 0x80 && !isAlnum(c)) {
			continue
		}
		fn(p, key[p:min(len(key), p+64)])
	}
}

func boundary(b byte) bool { return b < 0x80 && !isAlnum(b) }

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}

type found struct {
	start, end int
	trig       string
	date       vndate.Date
	day, month int // a date without a year
	rank       int // how precise: a day beats a month beats a quarter
}

// findWhen reads the time of a task in key (lower-case text). In a field
// (bare is true) forms without a leading word count as well.
func findWhen(key string, tc timeCtx, bare bool) when {
	orig := key
	key = vndate.Canon(key)
	var w when
	rec := findRecurrence(key)
	var dated, noYear []found
	add := func(f found, ok bool) {
		if !ok || (!bare && f.trig == "") {
			return
		}
		if f.trig == "vào" && strings.Contains(key[f.start:f.end], "ngày") && !launchBefore(key[:f.start]) && (rec.kind != "yearly" || f.day == 0) {
			return // "vào ngày ..." dates an event; "vào ngày 17 tháng 4 hằng năm" is a yearly duty's day
		}
		f.end = wholeWord(orig, f.end) // "tháng chạp" read as "tháng 12  ": quote the whole word
		if strings.HasPrefix(strings.TrimLeft(key[f.end:], " ,"), "đạt ") {
			return // "bảo đảm đến hết năm 2030 đạt 50% …": a target's level, not a duty's deadline
		}
		if f.trig == "cuối" && eventAtEnd(key[:f.start]) {
			return // "tổ chức sơ kết … vào cuối năm 2027" dates the review, as "vào năm" does
		}
		if f.trig == "trong" && describedBefore(key[:f.start]) {
			return // "các nhiệm vụ được giao trong năm 2025": when they were given, not when they are due
		}
		if f.trig == "trong" && assessedBefore(key[:f.start]) {
			return // "… để đánh giá, xếp loại … trong năm 2025": the year assessed
		}
		if strings.HasPrefix(f.trig, "đến") && namesPeriod(key, f.start) {
			return // "số liệu (tính) đến hết ngày 30/11/2025": the figures' cut-off, not a deadline
		}
		if f.trig == "" && reClock.MatchString(clauseWindow(key[:f.start])) {
			return // "Thời gian: 8 giờ 00 ngày 26/11/2025": the hour of a meeting or an event, no deadline
		}
		if tentativeBefore(key[:f.start]) {
			return // "…, dự kiến trong tháng 12/2025": a tentative time is no deadline
		}
		if targetBefore(key[:f.start]) {
			return // "bảo đảm mục tiêu đến hết năm 2025 cả nước có 1.700 km": the target's time, not the duty's
		}
		if purposeBefore(key[:f.start]) {
			return // "tháo gỡ vướng mắc để có thể triển khai trong năm 2026": the aim's time, not the duty's
		}
		if !f.date.IsZero() && !tc.doc.IsZero() && f.date.Before(tc.doc) {
			return // a date before the letter is history or a condition, never its deadline
		}
		if f.day > 0 {
			noYear = append(noYear, f)
		} else if !f.date.IsZero() {
			dated = append(dated, f)
		}
	}
	wordStarts(key, func(p int, win string) {
		c, ok := vndate.CoreAt(win, tc.year)
		if !ok {
			return
		}
		trig, at := vndate.TriggerBefore(key, p)
		f := found{start: at, end: p + c.End, trig: trig, rank: c.Rank, date: c.Date}
		if vndate.Ongoing(key[f.end:]) || vndate.WholePeriod(key[max(0, at-16):at]) {
			return // "năm 2025 và các năm tiếp theo", "Cả năm 2015" span a period, they end none
		}
		if windowStart(key[f.end:]) {
			return // "từ ngày 01/01/2026 đến ngày 31/3/2026": a window is due at its end
		}
		switch c.Form {
		case vndate.FormDate:
			if (c.Sep == "." || c.TwoDigit) && trig == "" {
				return // "1.3.2021" with no word before reads like a section number
			}
			add(f, true)
		case vndate.FormNoYear:
			if trig == "" {
				return
			}
			rest := key[f.end:]
			if (strings.HasPrefix(strings.TrimLeft(rest, " "), "năm") && !reNextYear.MatchString(rest)) || followedByDigits(rest) {
				return // "ngày 30 tháng 01 năm sau" is read below as a yearly due day
			}
			if c.Sep == "/" && trig == "trong" && !strings.HasSuffix(key[:p], "ngày ") {
				return // "trong 15/20 ..." is a ratio
			}
			f.day, f.month, f.date = c.Day, c.Month, vndate.Date{}
			add(f, true)
		case vndate.FormHalf:
			if trig == "" && !bare || trig == "cuối" || trig == "vào" {
				return
			}
			if trig == "trong" && !bare && namesPeriod(key, f.start) {
				return // "số liệu trong 6 tháng đầu năm" is what a report covers
			}
			add(f, f.date.Valid())
		case vndate.FormMonth:
			if c.Year == 0 && trig == "" && !bare {
				return // "ngày 20 tháng 11" is a day, its month no deadline
			}
			if c.Year == 0 && rec.kind == "yearly" {
				return // "Tháng 12 hằng năm": the month a yearly duty falls in, no one-off deadline
			}
			f.date = rollOver(c, win, tc)
			if trig == "trước" {
				f.date = backOf(c, f.date)
			}
			add(f, f.date.Valid())
		case vndate.FormQuarter:
			if c.Year == 0 && trig == "" {
				return
			}
			f.date = rollOver(c, win, tc)
			if trig == "trước" {
				f.date = backOf(c, f.date)
			}
			add(f, f.date.Valid())
		case vndate.FormYear:
			if (c.Year == 0 && trig == "") || strings.HasSuffix(key[:f.start], "tháng ") {
				return // "6 tháng cuối năm 2021" is a period
			}
			if trig == "vào" {
				return // "sơ kết giữa kỳ vào năm 2008" dates an event
			}
			if trig == "trong" && !bare && namesPeriod(key, f.start) {
				return // "kết quả thực hiện trong năm 2021" is what a report covers
			}
			if trig == "trong" && !bare && reCarryOn.MatchString(key[max(0, f.start-40):f.start]) {
				return // "…, triển khai thực hiện trong năm 2026": the doing spans the year
			}
			if trig == "trước" {
				f.date = backOf(c, f.date)
			}
			add(f, f.date.Valid())
		case vndate.FormEndYear:
			switch trig {
			case "trước", "chậm nhất", "chậm nhất là", "chậm nhất là vào", "chậm nhất vào", "chậm nhất đến", "hoàn thành", "hoàn thành trước", "hoàn thành trong", "hoàn thành vào", "trong":
				add(f, f.date.Valid())
			}
		}
	})
	for _, m := range spanMatches(key) {
		g := groups(reSpan, key, m)
		n, _ := strconv.Atoi(g["n"])
		sp := vndate.Span{N: n, Months: g["unit"] == "tháng", Working: strings.Contains(g["unit"], "làm")}
		var dt vndate.Date
		if ref := g["ref"]; strings.Contains(ref, "ký") || strings.Contains(ref, "ban hành") {
			dt = sp.After(tc.doc)
		}
		end := m[1] - len(g["ref"]) + len(firstWords(g["ref"], 4))
		f := found{start: m[0], end: end, trig: "trong", date: dt, rank: 5}
		if dt.IsZero() { // counted from a day we do not know: keep the words and the anchor
			w.start, w.end = f.start, f.end
			w.rel = vndate.Relative{N: n, Unit: strings.Join(strings.Fields(g["unit"]), " "), Anchor: anchorOf(g["from"], g["ref"])}
			continue
		}
		add(f, true)
	}

	// Dates without a year: the due day of a yearly duty, or a deadline in
	// the year the context gives.
	cycle := strings.Contains(key, "lần") && reYearsCycle.MatchString(key)
	for _, f := range noYear {
		if cycle {
			continue // "định kỳ 02 năm một lần … trước ngày 31 tháng 01 của kỳ báo cáo tiếp theo": due once a cycle, no one-off date
		}
		if rec.kind == "yearly" {
			if m := reSecondDay.FindStringIndex(key[f.end:]); m != nil && rec.due == "" && !reSecondDay.MatchString(key[f.end+m[1]:]) {
				// "trước ngày 01/6 và 15/11 hằng năm": due twice a year, on
				// no single day
				rec.kind = "semiannual"
				rec.start, rec.end = min(rec.start, f.start), max(rec.end, f.end+m[1])
				continue
			}
			if rec.due == "" {
				rec.due = fmt.Sprintf("--%02d-%02d", f.month, f.day)
				rec.start, rec.end = min(rec.start, f.start), max(rec.end, f.end)
			}
			continue
		}
		if m := reNextYear.FindStringIndex(key[f.end:]); m != nil && rec.kind == "" && !datedOutside(dated, f) && !reOfYear.MatchString(key[f.end+m[1]:]) {
			// "báo cáo … trước ngày 30 tháng 01 của năm tiếp theo": the year
			// after each year reported on, a yearly due day; "… của năm kế
			// tiếp của năm kiểm kê" counts from an event's year instead
			rec = recur{kind: "yearly", due: fmt.Sprintf("--%02d-%02d", f.month, f.day), start: f.start, end: f.end + m[1]}
			dated = slices.DeleteFunc(dated, func(d found) bool { return d.start < f.end+m[1] && f.start < d.end })
			continue
		}
		if rec.kind != "" || tc.year == 0 {
			continue
		}
		dt := vndate.Date{Year: tc.year, Month: f.month, Day: f.day}
		if !tc.doc.IsZero() && dt.Before(tc.doc) {
			dt.Year++ // "trước ngày 15/01" written in December
		}
		if dt.Valid() {
			f.date = dt
			dated = append(dated, f)
		}
	}
	if (rec.kind == "monthly" || rec.kind == "quarterly" || rec.kind == "semiannual") && rec.due == "" {
		if m := reDayOnly.FindStringSubmatchIndex(key); m != nil && !followedByMonth(key[m[1]:]) {
			rec.due = "---" + pad2(key[m[2]:m[3]])
			rec.start, rec.end = min(rec.start, m[0]), max(rec.end, m[1])
		}
	}

	if best, ok := pick(dated, bare); ok {
		w.deadline, w.start, w.end, w.known = best.date, best.start, best.end, true
	}
	if rec.kind != "" {
		w.recurrence, w.due, w.weekday = rec.kind, rec.due, rec.weekday
		if !w.known || gap(rec.start, rec.end, w.start, w.end) > 40 {
			if !w.known {
				w.start, w.end = rec.start, rec.end
			}
		} else {
			w.start, w.end = min(rec.start, w.start), max(rec.end, w.end)
		}
		w.known = true
	}
	if w.end > w.start {
		w.known = true
	}
	return w
}

// reLaunch is a duty whose day is set rather than bounded: "phát động và
// triển khai ngay «Chiến dịch Quang Trung» vào ngày 01/12/2025", "khởi công
// vào ngày …", "đưa vào vận hành vào ngày …". The date of a meeting or of a
// past event stays no deadline.
var reLaunch = regexp.MustCompile(`(?:phát động|khởi công|khánh thành|khai trương|ra quân|ra mắt|đưa vào (?:vận hành|sử dụng|hoạt động|khai thác)|chính thức (?:triển khai|vận hành|áp dụng))[^.;:]{0,90}$`)

// reCarryOn is a bare "carry it out" just before "trong năm …": the year
// is when the work goes on, not when it is due.
var reCarryOn = regexp.MustCompile(`(?:^|[,;]\s*)(?:triển khai thực hiện|tổ chức thực hiện|triển khai)\s+$`)

// eventAtEnd reports "vào" just before "cuối …" with no verb that
// finishes something before it ("hoàn thành vào cuối năm" stays due).
func eventAtEnd(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, " vào") {
		return false
	}
	b = strings.TrimRight(strings.TrimSuffix(b, "vào"), " ")
	for _, v := range []string{"hoàn thành", "xong", "nộp", "gửi", "báo cáo", "trình", "ban hành"} {
		if strings.HasSuffix(b, v) {
			return false
		}
	}
	return true
}

// rePurpose is a clause of purpose running up to the time: what the duty
// is for ("… để có thể triển khai", "nhằm đưa vào sử dụng"), whose time is
// the aim's. A verb that finishes something in between makes the time the
// duty's again ("để … hoàn thành trước").
var rePurpose = regexp.MustCompile(`(?:^|\s)(?:để có thể|nhằm)\s[^,;:.()]{0,80}$`)

func purposeBefore(before string) bool {
	before = clauseWindow(before)
	m := rePurpose.FindStringIndex(before)
	return m != nil && !strings.Contains(before[m[0]:], "hoàn thành") && !strings.Contains(before[m[0]:], "xong")
}

// reTarget is a target the duty must keep running up to the time: "bảo
// đảm mục tiêu đến hết năm 2025 …", "đạt mục tiêu vào năm 2030", "phấn đấu
// đến hết năm 2026 có 95% …". A duty that finishes the target ("hoàn thành
// mục tiêu … trong năm 2025", "phấn đấu hoàn thành … trong năm 2025") stays
// due.
var reTarget = regexp.MustCompile(`(?:^|\s)(?:(?:bảo đảm|đảm bảo|đạt(?: được)?)\s+(?:các\s+)?mục tiêu\s[^,;:.()]{0,60}|phấn đấu\s*,?\s*)$`)

func targetBefore(before string) bool {
	before = clauseWindow(before)
	return reTarget.MatchString(before)
}

// reDescribed is a passive or past verb just before the time: "các nhiệm
// vụ được giao trong năm 2025", "vướng mắc tiếp tục được xử lý trong năm
// 2025", "kế hoạch đã ban hành trong năm 2024" tell when something was or
// is done to the thing named, not when the unit must act. "phải được
// hoàn thành trong …" and "được hoàn thành trong …" stay due.
var reDescribed = regexp.MustCompile(`(?:^|\s)(\p{L}+\s+)?(?:được|đã)\s+(\p{L}+(?:\s+\p{L}+)?)\s*$`)

func describedBefore(before string) bool {
	before = clauseWindow(before)
	m := reDescribed.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	switch strings.TrimSpace(m[1]) {
	case "phải", "cần", "sẽ", "sớm":
		return false
	}
	// "hoàn thành toàn bộ các nhiệm vụ được giao trong năm 2025": the
	// clause finishes them by the time.
	if c := strings.LastIndexAny(before, ",;:."); strings.Contains(before[c+1:], "hoàn thành") {
		return false
	}
	v := m[2]
	return !strings.HasPrefix(v, "hoàn thành") && !strings.HasPrefix(v, "thực hiện xong") && !strings.HasPrefix(v, "xong") && !strings.HasPrefix(v, "hoàn tất")
}

// reClock is an hour of the day just before a date: a meeting's or an
// event's time. "trước 16 giờ ngày 20/11" has a word that makes it due.
var reClock = regexp.MustCompile(`\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút|p|')?)?\s*(?:sáng|chiều|tối)?\s*,?\s*(?:ngày\s*)?$`)

// tentativeBefore reports "dự kiến" in the clause that runs up to the time:
// "…, dự kiến trong tháng 12/2025", "thời gian dự kiến tổ chức trước ngày
// 20/12", "Sở Tài chính dự kiến hoàn thành … trong quý I/2026".
func tentativeBefore(before string) bool {
	before = clauseWindow(before)
	if c := strings.LastIndexAny(before, ",;:.()"); c >= 0 {
		before = before[c+1:]
	}
	return strings.Contains(before, "dự kiến")
}

// clauseWindow is the end of the text before a time, as far back as the
// clause that bears on it can reach.
func clauseWindow(before string) string {
	const reach = 120
	if len(before) > reach {
		return before[len(before)-reach:]
	}
	return before
}

// launchBefore reports a launch verb in the clause that ends at the "vào".
func launchBefore(before string) bool {
	before = clauseWindow(before)
	m := reLaunch.FindStringIndex(before)
	if m == nil {
		return false
	}
	// "đẩy nhanh … để khởi công dự án vào ngày …": the launch is what the
	// duty is for, its day the aim's.
	b := strings.TrimRight(before[:m[0]], " ")
	return !strings.HasSuffix(b, " để") && !strings.HasSuffix(b, " nhằm")
}

// pick chooses the deadline: the first one a word introduces, or in a field
// without such words the most precise one.
// windowStart reports a time that opens a window, rest being what follows
// it: "… đến ngày 31/3/2026", "… – 20/4/2026". Only the end can be due;
// a window open to the end of an event ("đến khi kết thúc") ends nowhere.
func windowStart(rest string) bool {
	rest = strings.TrimLeft(rest, " ,")
	for _, d := range []string{"-", "–", "—", "đến "} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			return opensTime(strings.TrimLeft(r, " "))
		}
	}
	return false
}

// opensTime: "… đến Sở Nội vụ" sends, "… đến ngày 31/3" ends a window.
func opensTime(r string) bool {
	if r != "" && r[0] >= '0' && r[0] <= '9' {
		return true
	}
	for _, w := range []string{"ngày", "tháng", "quý", "năm", "hết", "cuối", "khi"} {
		if strings.HasPrefix(r, w+" ") {
			return true
		}
	}
	return false
}

func pick(fs []found, bare bool) (found, bool) {
	var best found
	ok := false
	for _, f := range fs {
		switch {
		case !ok:
			best, ok = f, true
		case (f.trig != "") != (best.trig != ""):
			if f.trig != "" {
				best = f
			}
		case f.trig == "" && f.rank > best.rank:
			best = f
		case f.trig != "" && f.start < best.start:
			best = f
		}
	}
	_ = bare
	return best, ok
}

type recur struct {
	kind       string
	due        string
	weekday    string
	start, end int
}

// findRecurrence returns the first stated period of a recurring duty.
// "định kỳ" alone, or "định kỳ và đột xuất", states none.
func findRecurrence(key string) recur {
	best := recur{start: -1}
	kinds := []struct {
		re   *regexp.Regexp
		kind string
	}{{reSemiannual, "semiannual"}, {reMonthly, "monthly"}, {reQuarterly, "quarterly"}, {reYearly, "yearly"}, {reWeekly, "weekly"}}
	wordStarts(key, func(p int, win string) {
		if best.start >= 0 || !recAnchor(win) {
			return
		}
		for _, k := range kinds {
			m := k.re.FindStringIndex(win)
			if m == nil || reOngoing.MatchString(key[max(0, p-30):p]) || annualNoun(key[:p]) || paidNoun(key[:p]) || everyYears(win, key[max(0, p-12):p]) {
				continue
			}
			best = recur{kind: k.kind, start: p, end: p + m[1]}
			if d := reDinhKy.FindStringIndex(key[max(0, p-24):p]); d != nil {
				best.start = max(0, p-24) + d[0]
			}
			return
		}
	})
	if best.start < 0 {
		if r := periodicDay(key); r.kind != "" {
			return r
		}
		return nextMonthDay(key)
	}
	switch best.kind {
	case "weekly":
		if m := reWeekday.FindStringSubmatchIndex(key); m != nil {
			best.weekday = weekdayCode(key, m)
			best.start, best.end = min(best.start, m[0]), max(best.end, m[1])
		}
	case "monthly":
		if m := reDueMonthly.FindStringSubmatchIndex(key); m != nil {
			best.due = "---" + pad2(key[m[2]:m[3]])
			best.start, best.end = min(best.start, m[0]), max(best.end, m[1])
		}
	case "quarterly":
		if m := reDueQuarterly.FindStringSubmatchIndex(key); m != nil {
			best.due = "---" + pad2(key[m[2]:m[3]])
			best.start, best.end = min(best.start, m[0]), max(best.end, m[1])
		}
	}
	return best
}

// reEveryYears is a count of years before "năm một lần": "định kỳ 02 năm
// một lần" is no yearly duty, and no rhythm this package names.
var reEveryYears = regexp.MustCompile(`(?:^|\s)(?:0?[2-9]|[1-9]\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)` + spelledAgain + `\s+$`)

// reYearsCycle is a cycle of several years: "02 năm một lần".
var reYearsCycle = regexp.MustCompile(`(?:^|\s)(?:0?[2-9]|[1-9]\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)` + spelledAgain + `\s+năm\s+(?:một|1|01)\s+lần`)

// A count of weeks or months before a rhythm read from its period word
// ("hai tuần một lần", "24 tháng một lần") is none this package names;
// 3, 6 and 12 months are read from the count itself.
func everyYears(win, before string) bool {
	return (strings.HasPrefix(win, "năm") || strings.HasPrefix(win, "tuần") || strings.HasPrefix(win, "tháng") && !strings.HasPrefix(win, "tháng cuối")) &&
		reEveryYears.MatchString(before)
}

// reDinhKyDay is "định kỳ" with a day and month but no period or year:
// "Thực hiện báo cáo định kỳ (trước ngày 15 tháng 12), đột xuất …". A
// periodic duty due on a day of the year is yearly.
var reDinhKyDay = regexp.MustCompile(`định\s+kỳ\s*(\()?\s*(?:gửi\s+)?(?:trước|chậm\s+nhất(?:\s+là)?|vào)\s+ngày\s+(\d{1,2})\s*(?:/|-|\s+tháng\s+)\s*(\d{1,2})\b\s*(\))?`)

// periodicDay reads a yearly due day said as "định kỳ (trước ngày 15
// tháng 12)".
func periodicDay(key string) recur {
	if !strings.Contains(key, "định kỳ") || !strings.Contains(key, "ngày") {
		return recur{}
	}
	m := reDinhKyDay.FindStringSubmatchIndex(key)
	if m == nil || followedByDigits(key[m[7]:]) || strings.HasPrefix(strings.TrimLeft(key[m[7]:], " "), "năm") {
		return recur{}
	}
	r := recur{kind: "yearly", due: fmt.Sprintf("--%02d-%02d", atoiOr(key[m[6]:m[7]], 0), atoiOr(key[m[4]:m[5]], 0)), start: m[0], end: m[7]}
	if m[2] >= 0 && m[8] >= 0 {
		r.end = m[9] // the bracket closes on the day
	}
	return r
}

// weekdayCode names the day reWeekday matched: "thứ Sáu" → FR.
func weekdayCode(key string, m []int) string {
	if m[4] >= 0 {
		return "SU"
	}
	switch key[m[2]:m[3]] {
	case "hai", "2":
		return "MO"
	case "ba", "3":
		return "TU"
	case "tư", "4":
		return "WE"
	case "năm", "5":
		return "TH"
	case "sáu", "6":
		return "FR"
	}
	return "SA"
}

// recAnchor is a quick test for the words a recurrence starts with.
func recAnchor(win string) bool {
	for _, a := range []string{"hằng", "hàng", "mỗi", "định", "năm", "nửa", "6 ", "06 ", "sáu", "3 ", "03 ", "ba ", "tháng cuối"} {
		if strings.HasPrefix(win, a) {
			return true
		}
	}
	// "tuần một lần", "01 tháng/lần", "12 tháng một lần", "quý 1 lần"
	for _, a := range []string{"tuần", "tháng", "quý", "một ", "1 ", "01 ", "12 ", "mười"} {
		if strings.HasPrefix(win, a) {
			return strings.Contains(win[:min(len(win), 26)], "lần")
		}
	}
	// "01 lần/01 năm", "tin, bài/tháng", "báo cáo/quý"
	slash := strings.IndexByte(win, '/')
	if slash <= 0 || slash >= 16 {
		return false
	}
	for _, a := range []string{"lần", "tin", "bài", "buổi", "kỳ", "số", "đợt", "cuộc", "báo"} {
		if strings.HasPrefix(win, a) {
			return true
		}
	}
	return false
}

// spanMatches finds "trong thời hạn 10 ngày kể từ ngày ký" where the words
// that can start one stand.
func spanMatches(key string) [][]int {
	if !strings.Contains(key, "ngày") && !strings.Contains(key, "tháng") {
		return nil
	}
	var out [][]int
	for _, w := range []string{"trong ", "chậm nhất", "không quá", "sau "} {
		for at := 0; ; {
			i := strings.Index(key[at:], w)
			if i < 0 {
				break
			}
			p := at + i
			win := key[p:min(len(key), p+160)]
			if m := reSpan.FindStringSubmatchIndex(win); m != nil && m[0] == 0 {
				for k := range m {
					if m[k] >= 0 {
						m[k] += p
					}
				}
				out = append(out, m)
			}
			at = p + len(w)
		}
	}
	return out
}

func groups(re *regexp.Regexp, s string, m []int) map[string]string {
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[name] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g
}

func mkDate(y, m, d string) (vndate.Date, bool) {
	yy, _ := strconv.Atoi(y)
	mm, _ := strconv.Atoi(m)
	dd, _ := strconv.Atoi(d)
	dt := vndate.Date{Year: yy, Month: mm, Day: dd}
	return dt, dt.Valid()
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

func followedByDigits(s string) bool {
	s = strings.TrimLeft(s, " ")
	if len(s) < 2 {
		return false
	}
	return (s[0] == '/' || s[0] == '-' || s[0] == '.') && s[1] >= '0' && s[1] <= '9'
}

func followedByMonth(s string) bool {
	s = strings.TrimLeft(s, " ")
	// "ngày 20.12" gives a month; "trước ngày 20." ends the sentence.
	dotMonth := len(s) > 1 && s[0] == '.' && s[1] >= '0' && s[1] <= '9'
	return strings.HasPrefix(s, "/") || strings.HasPrefix(s, "tháng") || strings.HasPrefix(s, "-") || dotMonth
}

// wholeWord moves end to the end of the word it falls in.
func wholeWord(s string, end int) int {
	for end > 0 && end < len(s) && s[end-1] != ' ' && (s[end]&0xC0 == 0x80 || !boundary(s[end])) {
		end++
	}
	return end
}

// rollOver is the end of a month or quarter written without its year: in
// the document's year, or the next one when that end is already past.
func rollOver(c vndate.Core, win string, tc timeCtx) vndate.Date {
	if c.Year == 0 && !tc.doc.IsZero() && c.Date.Before(tc.doc) {
		if n, ok := vndate.CoreAt(win, tc.year+1); ok {
			return n.Date
		}
	}
	return c.Date
}

// backOf is what "trước" before a month, quarter or year means: the end of
// the one before it.
func backOf(c vndate.Core, d vndate.Date) vndate.Date {
	c.Date = d
	return c.Back().Date
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	if len(f) == 0 {
		return ""
	}
	i := strings.Index(s, f[len(f)-1])
	return s[:i+len(f[len(f)-1])]
}

func gap(a1, e1, a2, e2 int) int {
	if e1 < a2 {
		return a2 - e1
	}
	if e2 < a1 {
		return a1 - e2
	}
	return 0
}

// anchorOf is the day a relative deadline counts from, as the text names
// it: "ngày nhận được văn bản", "khi có kết quả".
func anchorOf(from, ref string) string {
	ref = strings.TrimSpace(ref)
	for _, stop := range []string{" để ", " và ", " thì ", " phải ", " gửi "} {
		if i := strings.Index(ref, stop); i > 0 {
			ref = ref[:i]
		}
	}
	return from + " " + ref
}

// datedOutside reports a dated time in the text other than the one f's
// phrase holds ("tháng 01" of "ngày 30 tháng 01").
func datedOutside(dated []found, f found) bool {
	for _, d := range dated {
		if d.end <= f.start || d.start >= f.end {
			return true
		}
	}
	return false
}
