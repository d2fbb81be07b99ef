package tasks

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/vndate"
)

// when is the time of a task: a one-off deadline, a recurrence, or both
// ("Thực hiện định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020").
type when struct {
	deadline   vndate.Date
	recurrence string
	due        string
	start, end int // the phrase in the searched text; start == end if none
	known      bool
	rel        vndate.Relative // a span counted from a day not known here
}

// timeCtx is what deadlines without a year or counted from the signing day
// need to know.
type timeCtx struct {
	doc  vndate.Date // the date of issue, zero if blank
	year int         // the year a date without one takes
}

// The phrases are matched on the lower-case text. A deadline needs a word
// that makes it one ("trước", "chậm nhất", "hoàn thành trong", "trong"): a
// bare date is a reference, an event or a period. In a "Thời gian thực
// hiện:" field or a table's time column the bare forms count too.
const (
	trig = `(?P<trig>chậm nhất(?: là)?(?: vào)?(?: trong)?|trước(?: hoặc trong)?|hạn chót(?: là)?|hạn cuối(?: là)?|` +
		`không quá|không muộn hơn|không chậm hơn|hoàn thành(?: xong)?(?: trước| trong| vào)?|xong trước|xong trong|` +
		`trong|đến hết|hết|vào|cuối|từ nay đến)`
	clock = `(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút|p|')?)?\s*(?:sáng|chiều|tối)?\s*,?\s*)?`
)

var (
	// Cores, matched at the start of a word on a short window.
	reDate    = regexp.MustCompile(`^(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))`)
	reNoYear  = regexp.MustCompile(`^(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2}))`)
	reMonth   = regexp.MustCompile(`^tháng\s+(?P<m>\d{1,2})\s*(?:/|-|năm)\s*(?P<y>\d{4})`)
	reQuarter = regexp.MustCompile(`^quý\s+(?P<q>iv|i{1,3}|[1-4])\b(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?`)
	reHalf    = regexp.MustCompile(`^(?:06|6|sáu)\s+tháng\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4}))?`)
	reYear    = regexp.MustCompile(`^năm\s+(?P<y>\d{4}|nay)\b`)
	reEndYear = regexp.MustCompile(`^cuối\s+năm\b`)
	// The word before a core that makes it a deadline, with the hour and
	// "ngày" that may stand between.
	// Anchored at both ends: trigBefore tries it only where a word starts.
	reTrig = regexp.MustCompile(`^(?P<trig>` + trig + `)\s+` + clock + `(?:là\s+)?(?:ngày\s+)?$`)

	reDayOnly = regexp.MustCompile(`(?:trước|chậm nhất(?: là)?|vào|trong)\s+` + clock + `ngày\s+(?P<d>\d{1,2})\b`)
	reSpan    = regexp.MustCompile(`(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)|chậm\s+nhất(?:\s+là)?|không\s+quá|sau)\s+` +
		`(?:[\p{L}]+\s+)?\(?(?P<n>\d{1,3})\)?\s*(?:\([^)]{0,20}\)\s*)?(?P<unit>ngày\s+làm\s+việc|ngày|tháng)\s*,?\s*` +
		`(?:kể\s+từ|tính\s+từ|từ|sau)\s+(?P<from>ngày|khi)\s+(?P<ref>[^,.;]{0,60})`)

	// Recurrences, matched at the start of a word on a short window.
	reMonthly    = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+tháng|định\s+kỳ\s+(?:theo\s+)?tháng\b|(?:lần|tin|bài|buổi|kỳ|số|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?tháng)`)
	reQuarterly  = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+quý|định\s+kỳ\s+(?:theo\s+)?quý\b|tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý|(?:lần|tin|bài|buổi|kỳ|số|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?quý)`)
	reSemiannual = regexp.MustCompile(`^(?:định\s+kỳ\s+(?:06|6|sáu)\s+tháng|(?:06|6|sáu)\s+tháng\s+(?:một|1|01)\s+lần|(?:mỗi|hằng|hàng)\s+(?:06|6|sáu)\s+tháng|(?:06|6)\s+tháng\s*/\s*lần|nửa\s+năm\s+(?:một|1)\s+lần)`)
	reYearly     = regexp.MustCompile(`^(?:(?:hằng|hàng|mỗi)\s+năm|định\s+kỳ\s+(?:theo\s+)?năm\b|năm\s+(?:một|1)\s+lần|(?:lần|tin|bài|buổi|kỳ|đợt|cuộc|báo\s+cáo)\s*/\s*(?:0?1\s+)?năm)`)
	reDinhKy     = regexp.MustCompile(`định\s+kỳ\s+$`)
	// "Thực hiện thường xuyên hằng năm" is an ongoing duty, not a periodic one.
	reOngoing = regexp.MustCompile(`thường\s+xuyên\s*,?\s*(?:và\s+)?$`)

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

// trigBefore returns the word that makes the core at p a deadline, and
// where that word starts.
func trigBefore(key string, p int) (string, int) {
	from := max(0, p-72)
	for from > 0 && from < p && key[from]&0xC0 == 0x80 {
		from++ // start on a whole character
	}
	win := key[from:p]
	for i := 0; i < len(win); i++ {
		if !trigStart(win[i:]) {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(win[:i]); unicode.IsLetter(r) {
				continue
			}
		}
		if m := reTrig.FindStringSubmatchIndex(win[i:]); m != nil {
			return win[i+m[2] : i+m[3]], from + i + m[2]
		}
	}
	return "", p
}

// trigWords are the first words of the deadline words in trig.
var trigWords = []string{"chậm", "trước", "hạn", "không", "hoàn", "xong", "trong", "đến", "hết", "vào", "cuối", "từ"}

// trigStart reports a deadline word's first word at the start of s.
func trigStart(s string) bool {
	for _, w := range trigWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
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
	var w when
	rec := findRecurrence(key)
	var dated, noYear []found
	add := func(f found, ok bool) {
		if !ok || (!bare && f.trig == "") {
			return
		}
		if f.trig == "vào" && strings.Contains(key[f.start:f.end], "ngày") {
			return // "vào ngày ..." dates an event
		}
		if f.day > 0 {
			noYear = append(noYear, f)
		} else if !f.date.IsZero() {
			dated = append(dated, f)
		}
	}
	half := func(g map[string]string, f found) {
		if f.trig == "" && !bare || f.trig == "cuối" || f.trig == "vào" {
			return
		}
		if f.trig == "trong" && !bare && namesPeriod(key, f.start) {
			return // "số liệu trong 6 tháng đầu năm" is what a report covers
		}
		f.date, f.rank = vndate.HalfYearEnd(atoiOr(g["y"], tc.year), g["h"] == "cuối"), 2
		add(f, f.date.Valid())
	}
	wordStarts(key, func(p int, win string) {
		core := func(re *regexp.Regexp) (map[string]string, found, bool) {
			m := re.FindStringSubmatchIndex(win)
			if m == nil {
				return nil, found{}, false
			}
			trig, at := trigBefore(key, p)
			return groups(re, win, m), found{start: at, end: p + m[1], trig: trig}, true
		}
		switch c := win[0]; {
		case c >= '0' && c <= '9':
			if g, f, ok := core(reDate); ok {
				if g["sep"] == "." && f.trig == "" {
					return // "1.3.2021" with no word before reads like a section number
				}
				f.date, ok = mkDate(g["y"]+g["y2"], g["m"]+g["m2"], g["d"]+g["d2"])
				f.rank = 4
				add(f, ok)
				return
			}
			if g, f, ok := core(reNoYear); ok && f.trig != "" {
				rest := key[f.end:]
				if strings.HasPrefix(strings.TrimLeft(rest, " "), "năm") || followedByDigits(rest) {
					return
				}
				if g["d"] != "" && f.trig == "trong" && !strings.HasSuffix(key[:p], "ngày ") {
					return // "trong 15/20 ..." is a ratio
				}
				f.day, _ = strconv.Atoi(g["d"] + g["d2"])
				f.month, _ = strconv.Atoi(g["m"] + g["m2"])
				if f.month >= 1 && f.month <= 12 && f.day >= 1 && f.day <= 31 {
					f.rank = 4
					add(f, true)
				}
				return
			}
			if g, f, ok := core(reHalf); ok {
				half(g, f)
			}
		case strings.HasPrefix(win, "sáu"):
			if g, f, ok := core(reHalf); ok {
				half(g, f)
			}
		case strings.HasPrefix(win, "tháng"):
			if g, f, ok := core(reMonth); ok {
				mo, _ := strconv.Atoi(g["m"])
				y, _ := strconv.Atoi(g["y"])
				if f.trig == "trước" {
					mo--
					if mo == 0 {
						mo, y = 12, y-1
					}
				}
				f.date, f.rank = vndate.MonthEnd(y, mo), 3
				add(f, f.date.Valid())
			}
		case strings.HasPrefix(win, "quý"):
			if g, f, ok := core(reQuarter); ok {
				q, _ := vndate.Roman(g["q"])
				y := atoiOr(g["y"], tc.year)
				if f.trig == "trước" {
					q--
					if q == 0 {
						q, y = 4, y-1
					}
				}
				f.date, f.rank = vndate.QuarterEnd(y, q), 2
				add(f, f.date.Valid() && (g["y"] != "" || f.trig != ""))
			}
		case strings.HasPrefix(win, "năm"):
			if g, f, ok := core(reYear); ok {
				if (g["y"] == "nay" && f.trig == "") || strings.HasSuffix(key[:f.start], "tháng ") {
					return // "6 tháng cuối năm 2021" is a period
				}
				if f.trig == "vào" {
					return // "sơ kết giữa kỳ vào năm 2008" dates an event
				}
				if f.trig == "trong" && !bare && namesPeriod(key, f.start) {
					return // "kết quả thực hiện trong năm 2021" is what a report covers
				}
				y := atoiOr(g["y"], tc.year)
				if f.trig == "trước" {
					y--
				}
				f.date, f.rank = vndate.YearEnd(y), 1
				add(f, f.date.Valid())
			}
		case strings.HasPrefix(win, "cuối"):
			if _, f, ok := core(reEndYear); ok && !startsYear(key[f.end:]) {
				switch f.trig {
				case "trước", "chậm nhất", "chậm nhất là", "chậm nhất là vào", "chậm nhất vào", "hoàn thành", "hoàn thành trước", "hoàn thành trong", "hoàn thành vào", "trong":
					f.date, f.rank = vndate.YearEnd(tc.year), 1
					add(f, f.date.Valid())
				}
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
	for _, f := range noYear {
		if rec.kind == "yearly" {
			if rec.due == "" {
				rec.due = fmt.Sprintf("--%02d-%02d", f.month, f.day)
				rec.start, rec.end = min(rec.start, f.start), max(rec.end, f.end)
			}
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
		w.recurrence, w.due = rec.kind, rec.due
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

// pick chooses the deadline: the first one a word introduces, or in a field
// without such words the most precise one.
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
	start, end int
}

// findRecurrence returns the first stated period of a recurring duty.
// "định kỳ" alone, or "định kỳ và đột xuất", states none.
func findRecurrence(key string) recur {
	best := recur{start: -1}
	kinds := []struct {
		re   *regexp.Regexp
		kind string
	}{{reSemiannual, "semiannual"}, {reMonthly, "monthly"}, {reQuarterly, "quarterly"}, {reYearly, "yearly"}}
	wordStarts(key, func(p int, win string) {
		if best.start >= 0 || !recAnchor(win) {
			return
		}
		for _, k := range kinds {
			m := k.re.FindStringIndex(win)
			if m == nil || reOngoing.MatchString(key[max(0, p-30):p]) {
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
		return recur{}
	}
	switch best.kind {
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

// recAnchor is a quick test for the words a recurrence starts with.
func recAnchor(win string) bool {
	for _, a := range []string{"hằng", "hàng", "mỗi", "định", "năm", "nửa", "6 ", "06 ", "sáu", "tháng cuối"} {
		if strings.HasPrefix(win, a) {
			return true
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
	return strings.HasPrefix(s, "/") || strings.HasPrefix(s, "tháng") || strings.HasPrefix(s, "-") || strings.HasPrefix(s, ".")
}

func startsYear(s string) bool {
	s = strings.TrimLeft(s, " ")
	return len(s) >= 4 && isDigits(s[:4])
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
