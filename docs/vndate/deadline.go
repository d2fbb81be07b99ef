package vndate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the grammar of the deadlines Vietnamese officials write, in
// the forms counted in FORMS.md: a word that makes a time a deadline
// ("trước", "chậm nhất", "hoàn thành trong" …), an optional time of day,
// and a core — a full date, a day and month, a month, a quarter, half a
// year or a year, alone or as a list or range ("Quý I, II/2020", "tháng 9 -
// 10/2020", "năm 2026 - 2027": the end of the last one named). It reads
// lower-case text put through Canon.

// Canon rewrites, in lower-case text, the word forms of dates into the
// digit forms the cores read, keeping every byte offset: each replacement
// is padded with spaces to the length of what it replaces. "ngày mồng 5"
// → "ngày      5", "mùng 5" → "ngày 5", "tháng tư" → "tháng 4  ",
// "tháng chạp" → "tháng 12   ", "tháng iv" → "tháng 4 ", "14:00" → "14g00",
// "quí" → "quý".
func Canon(s string) string {
	if !strings.Contains(s, "tháng") && !strings.Contains(s, "mồng") && !strings.Contains(s, "mùng") && !strings.Contains(s, ":") &&
		!strings.Contains(s, "quí") {
		return s
	}
	b := []byte(s)
	for at := 0; ; {
		// "Quí IV-2025": the old spelling of "quý", the same length in bytes
		i := strings.Index(s[at:], "quí")
		if i < 0 {
			break
		}
		p := at + i
		at = p + len("quí")
		if wordAt(s, p, len("quí")) {
			copy(b[p:], "quý")
		}
	}
	put := func(at, n int, with string) {
		if len(with) > n {
			return // "tháng x" cannot become "tháng 10" in place; left as written
		}
		copy(b[at:at+n], with+strings.Repeat(" ", n-len(with)))
	}
	for _, w := range []string{"mồng", "mùng"} {
		for at := 0; ; {
			i := strings.Index(s[at:], w)
			if i < 0 {
				break
			}
			p := at + i
			at = p + len(w)
			if !wordAt(s, p, len(w)) || !startsDigit(s[at:]) {
				continue
			}
			if strings.HasSuffix(strings.TrimRight(s[:p], " "), "ngày") {
				put(p, len(w), "") // "ngày mồng 5": the day word is there already
			} else {
				put(p, len(w), "ngày")
			}
		}
	}
	for at := 0; ; {
		i := strings.Index(s[at:], "tháng ")
		if i < 0 {
			break
		}
		p := at + i + len("tháng ")
		at = p
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if n, l := monthWord(s[p:]); l > 0 {
			put(p, l, strconv.Itoa(n))
		}
	}
	for i := 1; i+2 < len(s); i++ {
		// "14:00", "7:30": a time of day; written as "14g00" the cores read it
		if s[i] == ':' && isDigit(s[i-1]) && isDigit(s[i+1]) && isDigit(s[i+2]) && (i+3 == len(s) || !isDigit(s[i+3])) {
			b[i] = 'g'
		}
	}
	return string(b)
}

// monthWords are the months written in words; "tháng năm" (May) is left
// out, since "… tháng năm 2024" is far more often a blank day.
var monthWords = []struct {
	w string
	n int
}{
	{"mười một", 11}, {"mười hai", 12}, {"mười", 10}, {"giêng", 1}, {"chạp", 12},
	{"hai", 2}, {"ba", 3}, {"tư", 4}, {"bốn", 4}, {"sáu", 6}, {"bảy", 7}, {"tám", 8}, {"chín", 9},
	{"xii", 12}, {"xi", 11}, {"ix", 9}, {"x", 10}, {"viii", 8}, {"vii", 7}, {"vi", 6}, {"iv", 4}, {"v", 5},
	{"iii", 3}, {"ii", 2}, {"i", 1},
}

// monthWord reads a month in words or Roman numerals at the start of s and
// returns it with the bytes it takes, or 0, 0.
func monthWord(s string) (int, int) {
	for _, m := range monthWords {
		if strings.HasPrefix(s, m.w) && wordEnds(s, len(m.w)) {
			// "tháng hai lần" / "03 tháng ba ngày" are counts, not months
			rest := strings.TrimLeft(s[len(m.w):], " ")
			if strings.HasPrefix(rest, "lần") || strings.HasPrefix(rest, "ngày") || strings.HasPrefix(rest, "tháng") {
				return 0, 0
			}
			return m.n, len(m.w)
		}
	}
	return 0, 0
}

func wordAt(s string, p, n int) bool {
	if p > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:p]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return wordEnds(s, p+n)
}

func wordEnds(s string, end int) bool {
	if end >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[end:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func startsDigit(s string) bool {
	s = strings.TrimLeft(s, " ")
	return s != "" && isDigit(s[0])
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// Form names the shape of a core, as FORMS.md counts them.
type Form string

// Forms of a core.
const (
	FormDate    Form = "date"     // 15/11/2024, ngày 15 tháng 11 năm 2024, 15/8/19
	FormNoYear  Form = "day"      // 15/11, ngày 15 tháng 11
	FormMonth   Form = "month"    // tháng 10/2024, tháng 9, tháng 9 - 10/2020
	FormQuarter Form = "quarter"  // quý II/2020, quý 2, quý I, II/2020
	FormHalf    Form = "half"     // 6 tháng đầu năm 2024
	FormYear    Form = "year"     // năm 2024, năm 2026 - 2027
	FormEndYear Form = "end-year" // cuối năm
)

// Core is a time found at the start of a window of canonical text.
type Core struct {
	Form       Form
	Date       Date // the day it ends on; zero for FormNoYear and for a form without its year
	Day, Month int  // FormNoYear
	N          int  // the month, quarter or half (1 first, 2 second) when Date is zero
	Year       int  // the year written, 0 if none
	TwoDigit   bool // the year was written with two digits
	Sep        string
	End        int // bytes of the window the core covers
	Rank       int // precision: 4 a day, 3 a month, 2 a quarter or half, 1 a year
}

var (
	reCoreDate = regexp.MustCompile(`^(?:(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P<sep2>[/.-])\s*(?P<y>\d{4}|\d{2}\b)|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>\d{4}))`)
	reCoreDay  = regexp.MustCompile(`^(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2}))`)
	// Lists and ranges: the last one named is the one a deadline ends on.
	reCoreMonth   = regexp.MustCompile(`^tháng\s+(?P<m>\d{1,2})\b(?:\s*(?:,|và|-|–|đến(?:\s+hết)?)\s*(?:tháng\s+)?(?P<m2>\d{1,2})\b)*(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})\b)?`)
	reCoreQuarter = regexp.MustCompile(`^quý\s+(?P<q>iv|i{1,3}|[1-4])\b(?:\s*(?:,|và|-|–|đến(?:\s+hết)?)\s*(?:quý\s+)?(?P<q2>iv|i{1,3}|[1-4])\b)*(?:\s*(?:/|-|năm)\s*(?P<y>\d{4})\b)?`)
	reCoreHalf    = regexp.MustCompile(`^(?:06|6|sáu)\s+tháng\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4}))?`)
	reCoreYear    = regexp.MustCompile(`^năm\s+(?P<y>\d{4}|nay)\b(?:\s*(?:-|–|đến)\s*(?:năm\s+)?(?P<y2>\d{4})\b)?`)
	reCoreEndYear = regexp.MustCompile(`^cuối\s+năm\b`)
)

// CoreAt reads the core at the start of win (canonical lower-case text, a
// word start). year is the year a core without one takes; pass 0 to leave
// Date zero for those.
func CoreAt(win string, year int) (Core, bool) {
	if win == "" {
		return Core{}, false
	}
	switch c := win[0]; {
	case isDigit(c):
		// "11 - 12/2025" is a range of months, not 11 December: a date
		// writes the same separator twice.
		if g, end, ok := sub(reCoreDate, win); ok && g["sep"] == g["sep2"] {
			y, two := g["y"]+g["y2"], false
			if len(y) == 2 {
				y, two = strconv.Itoa(expandYear(atoi(y), year)), true
			}
			d := Date{atoi(y), atoi(g["m"] + g["m2"]), atoi(g["d"] + g["d2"])}
			return Core{Form: FormDate, Date: d, Year: d.Year, TwoDigit: two, Sep: g["sep"], End: end, Rank: 4}, d.Valid()
		}
		if g, end, ok := sub(reCoreDay, win); ok {
			c := Core{Form: FormNoYear, Day: atoi(g["d"] + g["d2"]), Month: atoi(g["m"] + g["m2"]), End: end, Rank: 4}
			if c.Sep = "/"; g["d2"] != "" {
				c.Sep = "tháng"
			}
			return c, c.Month >= 1 && c.Month <= 12 && c.Day >= 1 && c.Day <= 31
		}
		return half(win, year)
	case strings.HasPrefix(win, "sáu"):
		return half(win, year)
	case strings.HasPrefix(win, "tháng"):
		if g, end, ok := sub(reCoreMonth, win); ok {
			m := atoi(g["m"])
			if g["m2"] != "" {
				m = atoi(g["m2"])
			}
			c := Core{Form: FormMonth, N: m, Year: atoi(g["y"]), End: end, Rank: 3}
			if y := orYear(c.Year, year); y > 0 {
				c.Date = MonthEnd(y, m)
			}
			return c, m >= 1 && m <= 12
		}
	case strings.HasPrefix(win, "quý"):
		if g, end, ok := sub(reCoreQuarter, win); ok {
			q, _ := Roman(g["q"])
			if g["q2"] != "" {
				q, _ = Roman(g["q2"])
			}
			c := Core{Form: FormQuarter, N: q, Year: atoi(g["y"]), End: end, Rank: 2}
			if y := orYear(c.Year, year); y > 0 {
				c.Date = QuarterEnd(y, q)
			}
			return c, q >= 1 && q <= 4
		}
	case strings.HasPrefix(win, "năm"):
		if g, end, ok := sub(reCoreYear, win); ok {
			c := Core{Form: FormYear, End: end, Rank: 1}
			if g["y"] != "nay" {
				c.Year = atoi(g["y"])
			}
			if g["y2"] != "" && atoi(g["y2"]) >= c.Year && c.Year > 0 {
				c.Year = atoi(g["y2"])
			}
			if y := orYear(c.Year, year); y > 0 {
				c.Date = YearEnd(y)
			}
			return c, true
		}
	case strings.HasPrefix(win, "cuối"):
		if _, end, ok := sub(reCoreEndYear, win); ok && !startsYear(win[end:]) {
			c := Core{Form: FormEndYear, End: end, Rank: 1}
			if year > 0 {
				c.Date = YearEnd(year)
			}
			return c, true
		}
	}
	return Core{}, false
}

func half(win string, year int) (Core, bool) {
	g, end, ok := sub(reCoreHalf, win)
	if !ok {
		return Core{}, false
	}
	c := Core{Form: FormHalf, N: 1, Year: atoi(g["y"]), End: end, Rank: 2}
	if g["h"] == "cuối" {
		c.N = 2
	}
	if y := orYear(c.Year, year); y > 0 {
		c.Date = HalfYearEnd(y, c.N == 2)
	}
	return c, true
}

// Back is the core a "trước" before it means: before a month, a quarter or
// a year is the end of the one before it ("trước quý III" is by 30 June).
func (c Core) Back() Core {
	switch {
	case c.Date.IsZero():
		return c
	case c.Form == FormMonth:
		c.Date = Date{c.Date.Year, c.Date.Month, 1}.AddDays(-1)
	case c.Form == FormQuarter:
		c.Date = Date{c.Date.Year, c.Date.Month - 2, 1}.AddDays(-1)
	case c.Form == FormYear || c.Form == FormEndYear:
		c.Date = YearEnd(c.Date.Year - 1)
	}
	return c
}

// expandYear reads a two-digit year as the one nearest to the context's:
// "15/8/19" in a 2019 letter is 2019, in a 1998 one 2019 would be odd, so
// years more than 10 ahead of the context fall in the century before.
func expandYear(yy, ctx int) int {
	if ctx == 0 {
		ctx = 2000
	}
	y := ctx/100*100 + yy
	if y > ctx+10 {
		y -= 100
	}
	return y
}

func orYear(y, def int) int {
	if y > 0 {
		return y
	}
	return def
}

func startsYear(s string) bool {
	s = strings.TrimLeft(s, " ")
	return len(s) >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func sub(re *regexp.Regexp, s string) (map[string]string, int, bool) {
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return nil, 0, false
	}
	g := map[string]string{}
	for i, name := range re.SubexpNames() {
		if name != "" && m[2*i] >= 0 {
			g[name] = s[m[2*i]:m[2*i+1]]
		}
	}
	return g, m[1], true
}

// Triggers are the words that make a time a deadline, the time of day that
// may follow them, and "ngày".
const (
	triggers = `chậm nhất(?: là)?(?: đến)?(?: vào)?(?: trong)?|trước(?: hoặc trong)?|hạn chót(?: là)?|hạn cuối(?: là)?|` +
		`không quá|không muộn hơn|không chậm hơn|hoàn thành(?: xong)?(?: trước| trong| vào)?|xong trước|xong trong|` +
		`trong|đến hết|hết|vào|cuối|từ nay đến`
	clock = `(?:\d{1,2}\s*(?:giờ|h|g)\s*(?:\d{1,2}\s*(?:phút|p|')?)?\s*(?:sáng|chiều|tối)?\s*,?\s*)?`
)

// reTrigger is anchored at both ends: TriggerBefore tries it only where a
// word starts, on the bytes just before a core.
var reTrigger = regexp.MustCompile(`^(?P<trig>` + triggers + `)\s+(?:(?:buổi\s+)?(?:sáng|chiều|tối)\s+)?` + clock + weekday + `(?:là\s+)?(?:ngày\s+)?$`)

// weekday names the day of the week before a date: "trước Thứ Tư ngày
// 03/12/2025", "trước 16 giờ thứ Sáu, ngày 05/12/2025", "trước ngày thứ Hai
// 08/12/2025".
const weekday = `(?:(?:ngày\s+)?(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*)?`

// trigWords are the first words of the triggers.
var trigWords = []string{"chậm", "trước", "hạn", "không", "hoàn", "xong", "trong", "đến", "hết", "vào", "cuối", "từ"}

// TriggerBefore returns the word that makes the core at p of key a
// deadline, and where that word starts; "" and p if there is none.
func TriggerBefore(key string, p int) (string, int) {
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
		if m := reTrigger.FindStringSubmatchIndex(win[i:]); m != nil {
			return win[i+m[2] : i+m[3]], from + i + m[2]
		}
	}
	return "", p
}

func trigStart(s string) bool {
	for _, w := range trigWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// reOngoing follows a time that opens a span with no end: "năm 2025 và
// các năm tiếp theo", "từ quý IV/2025 trở đi".
var reOngoing = regexp.MustCompile(`^\s*(?:(?:,|và)\s*(?:các|những)\s+(?:năm|tháng|quý|giai\s+đoạn)\s+(?:tiếp\s+theo|sau)|trở\s+đi)`)

// Ongoing reports whether the text after a core makes it the start of an
// open span rather than a deadline.
func Ongoing(after string) bool { return reOngoing.MatchString(after) }

// reWhole stands before a time that spans the whole period: "Cả năm 2015",
// "suốt năm 2024", "giai đoạn 2021 - 2025".
var reWhole = regexp.MustCompile(`(?:cả|suốt|trong suốt|giai đoạn|từ)\s+$`)

// WholePeriod reports whether the text before a core makes it a period a
// duty spans, not one it ends in.
func WholePeriod(before string) bool { return reWhole.MatchString(before) }

// Due is a deadline read from a phrase: a date, or a span counted from an
// anchor the phrase names but does not date.
type Due struct {
	Date     Date
	Relative Relative
	Form     Form
}

// reRelative is "trong vòng 10 ngày kể từ ngày nhận được văn bản", "chậm
// nhất 05 ngày làm việc sau khi …", "trong thời hạn 03 tháng kể từ ngày ký".
var reRelative = regexp.MustCompile(`(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)|chậm\s+nhất(?:\s+là)?|không\s+quá|sau)\s+` +
	`(?:[\p{L}]+\s+)?\(?(?P<n>\d{1,3})\)?\s*(?:\([^)]{0,20}\)\s*)?(?P<unit>ngày\s+làm\s+việc|ngày|tháng)\s*,?\s*` +
	`(?:kể\s+từ|tính\s+từ|từ|sau)\s+(?P<from>ngày|khi)\s+(?P<ref>[^,.;]{0,60})`)

// Deadline reads the deadline of one phrase — a clause, or the value of a
// "Thời gian thực hiện:" field (field set: a bare time counts) — in a
// document dated doc. A date without a year takes doc's year, rolling to
// the next year when it would fall before the letter; a date before doc is
// no deadline; a whole period or an open span is none either.
func Deadline(phrase string, doc Date, field bool) (Due, bool) {
	key := Canon(strings.ToLower(phrase))
	if m := reRelative.FindStringSubmatch(key); m != nil {
		n, unit, from, ref := atoi(m[1]), strings.Join(strings.Fields(m[2]), " "), m[3], strings.TrimSpace(m[4])
		rel := Relative{N: n, Unit: unit, Anchor: from + " " + ref}
		if strings.Contains(ref, "ký") || strings.Contains(ref, "ban hành") {
			if d := rel.From(doc); !d.IsZero() {
				return Due{Date: d, Form: "relative"}, true
			}
		}
		return Due{Relative: rel, Form: "relative"}, true
	}
	for p := 0; p < len(key); p++ {
		if p > 0 && !boundary(key[p-1]) {
			continue
		}
		win := key[p:min(len(key), p+64)]
		c, ok := CoreAt(win, doc.Year)
		if !ok {
			continue
		}
		trig, at := TriggerBefore(key, p)
		if trig == "" && !(field && strings.TrimSpace(key[:p]) == "" || field && strings.HasSuffix(strings.TrimSpace(key[:p]), ":")) {
			continue
		}
		if trig == "vào" && c.Form == FormDate || Ongoing(key[p+c.End:]) || WholePeriod(key[:at]) {
			return Due{}, false
		}
		if c.Form == FormNoYear {
			d := Date{doc.Year, c.Month, c.Day}
			if !doc.IsZero() && d.Before(doc) {
				d.Year++ // "trước ngày 15/01" written in December
			}
			return Due{Date: d, Form: c.Form}, d.Valid()
		}
		if c.Year == 0 && (c.Form == FormMonth || c.Form == FormQuarter) && !doc.IsZero() && c.Date.Before(doc) {
			c, _ = CoreAt(win, doc.Year+1) // "trong tháng 3" written in September: next March
		}
		if trig == "trước" {
			c = c.Back()
		}
		if !c.Date.Valid() || (!doc.IsZero() && c.Date.Before(doc)) {
			return Due{}, false // no date, a year no document means (5020), or a past one
		}
		return Due{Date: c.Date, Form: c.Form}, true
	}
	return Due{}, false
}

func boundary(b byte) bool {
	return b < 0x80 && !(b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z')
}

// Relatives lists the relative deadlines in canonical lower-case text.
func Relatives(key string) []Relative {
	var out []Relative
	for _, m := range reRelative.FindAllStringSubmatch(key, -1) {
		out = append(out, Relative{N: atoi(m[1]), Unit: strings.Join(strings.Fields(m[2]), " "), Anchor: m[3] + " " + strings.TrimSpace(m[4])})
	}
	return out
}
