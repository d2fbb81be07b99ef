// Command cadenceforms counts the ways offices write a recurring duty — its
// rhythm ("hằng tháng", "06 tháng/lần", "định kỳ hằng quý, 6 tháng, năm",
// "thứ Sáu hằng tuần") and its due day ("trước ngày 15 của tháng cuối quý",
// "(trước ngày 15/12)") — in real documents, so that the task rules can be
// held against what is written rather than against a few files:
//
//	go run ./docs/extract/tasks/cadenceforms ../shared/corpus/legal/*.txt \
//	    ../shared/corpus/dev/*.txt docs/extract/testdata/tuning/*/*.txt \
//	    '/tmp/tnt/src/etl/dataset/[89a-f]*.md' > docs/extract/tasks/testdata/cadence-forms.tsv
//
// Arguments are files or glob patterns; a path under a heldout folder is
// never read. It prints one row per normalised form: the form, its count,
// the first example as written, and what a duty carrying it must give
// (recurrence, due day, weekday). Numbers of days become DD, of months MM;
// "hàng" is written "hằng". With -nouns it prints instead the two words
// before each bare "hằng năm|tháng|quý", the place where a rhythm qualifies
// a noun ("kế hoạch hằng năm") rather than timing a duty.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"vanthu/docs/vn"
)

const (
	count  = `(?:\d{1,2}|một|hai|ba|bốn|sáu|chín|mười hai)`
	again  = `(?:\s*\([^\d()]{2,12}\))?`   // "06 (sáu) tháng"
	period = `(?:tuần|tháng|quý|năm|ngày)` // no \b: Go's \b is ASCII and "quý" ends on a mark
	every  = `(?:hằng|hàng|mỗi)`
)

var (
	// reCore is one rhythm, and a list of others after it ("định kỳ hằng
	// quý, 6 tháng, năm").
	reCore = regexp.MustCompile(
		`(?:định\s+kỳ\s+(?:` + every + `\s+)?(?:theo\s+)?(?:` + count + again + `\s+)?` + period +
			`|` + every + `\s+(?:` + count + again + `\s+)?` + period +
			`|tháng\s+cuối\s+(?:cùng\s+)?(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+|các\s+)?quý` +
			`|(?:` + count + again + `\s+)?` + period + `\s*(?:/\s*(?:một\s+|1\s+|01\s+)?lần|(?:một|1|01)\s+lần)` +
			`|(?:(?:0?1|một)\s+)?(?:lần|kỳ|báo\s+cáo|bài|tin|số)\s*/\s*(?:0?1\s+)?(?:` + count + `\s+)?` + period +
			`|nửa\s+năm\s+(?:một|1)\s+lần` +
			`|(?:0?6|sáu|0?3|ba)` + again + `\s+tháng\s*(?:,|và)\s*(?:hằng|hàng)\s+năm` + // "báo cáo 06 tháng và hằng năm"
			`|định\s+kỳ\s*\(?\s*(?:gửi\s+)?(?:trước|chậm\s+nhất)` + // "định kỳ (trước ngày 15/12)"
			`)` +
			`(?:\s*(?:,|và|hoặc)\s*(?:định\s+kỳ\s+)?(?:` + every + `\s+)?(?:` + count + again + `\s+)?` + `(?:tuần|tháng|quý|năm))*`)
	// reDue is a due day: "trước ngày 15 hằng tháng", "(trước ngày
	// 15/12)", "chậm nhất ngày 20 của tháng cuối quý".
	reDue = regexp.MustCompile(`^\s*,?\s*\(?\s*(?:gửi\s+(?:báo\s+cáo\s+)?(?:về\s+)?)?(?:(?:vào\s+)?trước|chậm\s+nhất(?:\s+là)?|vào|trong)\s+` +
		`(?:ngày\s+)?(?:thứ\s+)?(?:mồng\s+|mùng\s+)?\d{1,2}\b(?:\s*(?:/|-|\.)\s*\d{1,2}\b|\s+tháng\s+\d{1,2}\b)?` +
		`(?:\s+(?:của\s+)?(?:` + every + `\s+(?:tháng|năm|quý)|tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý|` +
		`tháng\s+(?:đầu\s+(?:của\s+)?quý\s+(?:sau|tiếp\s+theo|kế\s+tiếp)|tiếp\s+theo|kế\s+tiếp|sau)|năm\s+(?:sau|tiếp\s+theo)))?\s*\)?`)
	// reDueBefore is a due day written before the rhythm: "trước ngày
	// 20 hằng tháng", "vào ngày 25 hằng tháng".
	reDueBefore = regexp.MustCompile(`(?:(?:vào\s+)?trước|chậm\s+nhất(?:\s+là)?|vào)\s+(?:ngày\s+)?(?:mồng\s+|mùng\s+)?\d{1,2}\b(?:\s*(?:/|-|\.)\s*\d{1,2}\b|\s+tháng\s+\d{1,2}\b)?\s+(?:của\s+)?$`)
	// reWeekday is the day of a weekly duty, before or after its rhythm.
	reWeekdayAfter  = regexp.MustCompile(`^\s*,?\s*(?:vào\s+)?(?:(?:ngày\s+)?thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\b`)
	reWeekdayBefore = regexp.MustCompile(`(?:(?:vào|trước|trong)\s+)?(?:(?:ngày\s+)?thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s+$`)
	reNum           = regexp.MustCompile(`\d{1,2}`)
	reSpace         = regexp.MustCompile(`\s+`)
	reMarkdown      = regexp.MustCompile("[*_`#>]+")
	reBareRhythm    = regexp.MustCompile(every + `\s+(năm|tháng|quý)\b`)
	reTwoWords      = regexp.MustCompile(`(?:^|[\s(])([\p{L}]+\s+[\p{L}]+)\s+$`)
)

type row struct {
	n         int
	example   string
	give      string
	firstFile string
}

func main() {
	nouns := flag.Bool("nouns", false, "đếm hai từ đứng trước «hằng năm/tháng/quý»")
	flag.Parse()
	files := expand(flag.Args())
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "cách dùng: cadenceforms [-nouns] TỆP|MẪU …")
		os.Exit(2)
	}
	counts := map[string]*row{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		text := vn.NFC(string(data))
		if strings.HasSuffix(f, ".md") {
			text = reMarkdown.ReplaceAllString(text, "")
		}
		text = reSpace.ReplaceAllString(text, " ")
		low := strings.ToLower(text)
		add := func(form, example, give string) {
			r := counts[form]
			if r == nil {
				r = &row{example: example, give: give, firstFile: filepath.Base(f)}
				counts[form] = r
			}
			r.n++
		}
		if *nouns {
			nounForms(low, add)
		} else {
			forms(low, add)
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := counts[keys[i]], counts[keys[j]]
		if a.n != b.n {
			return a.n > b.n
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("# %d files\nform\tcount\texample\tmust give\n", len(files))
	for _, k := range keys {
		r := counts[k]
		fmt.Printf("%s\t%d\t%s\t%s\n", k, r.n, r.example, r.give)
	}
}

// expand reads the arguments as globs, leaving out the held-out gold.
func expand(args []string) []string {
	var out []string
	for _, a := range args {
		ms, _ := filepath.Glob(a)
		if len(ms) == 0 {
			ms = []string{a}
		}
		for _, m := range ms {
			if strings.Contains(filepath.ToSlash(m), "/heldout/") {
				continue
			}
			out = append(out, m)
		}
	}
	return out
}

// forms finds every rhythm in low with the due day or weekday written next
// to it, and names its form.
func forms(low string, add func(form, example, give string)) {
	for _, m := range reCore.FindAllStringIndex(low, -1) {
		a, e := m[0], m[1]
		if a > 0 && !boundaryBefore(low, a) {
			continue
		}
		core, c0 := low[a:e], a // a moves back over a due day written before
		pre, post := "", ""
		if d := reDueBefore.FindStringIndex(low[max(0, a-40):a]); d != nil {
			pre = low[max(0, a-40)+d[0] : a]
			a = max(0, a-40) + d[0]
		} else if d := reWeekdayBefore.FindStringIndex(low[max(0, a-30):a]); d != nil {
			pre = low[max(0, a-30)+d[0] : a]
			a = max(0, a-30) + d[0]
		}
		rest := low[e:min(len(low), e+90)]
		if d := reDue.FindStringIndex(rest); d != nil {
			post = rest[:d[1]]
		} else if d := reWeekdayAfter.FindStringIndex(rest); d != nil {
			post = rest[:d[1]]
		}
		if strings.HasPrefix(core, "định kỳ") && (strings.HasSuffix(core, "trước") || strings.HasSuffix(core, "nhất")) {
			// "định kỳ (trước ngày …)": the due day carries the rhythm
			at := c0 + len("định kỳ")
			if d := reDue.FindStringIndex(low[at:min(len(low), at+90)]); d != nil {
				post = low[at : at+d[1]]
				core = "định kỳ"
				e = at + d[1]
			} else {
				continue
			}
		}
		end := e + len(post)
		if core == "định kỳ" {
			end = e
		}
		form := normalise(pre + " " + core + " " + post)
		example := strings.TrimSuffix(strings.TrimSpace(low[a:min(len(low), end)]), ",")
		if strings.Count(example, "(") > strings.Count(example, ")") {
			example += ")" // a bracket the due day left open
		}
		add(form, example, must(pre, core, post))
	}
}

// nounForms counts the two words before a bare "hằng năm|tháng|quý": the
// noun a rhythm may qualify.
func nounForms(low string, add func(form, example, give string)) {
	for _, m := range reBareRhythm.FindAllStringIndex(low, -1) {
		if m[0] > 0 && !boundaryBefore(low, m[0]) {
			continue
		}
		w := reTwoWords.FindStringSubmatch(low[max(0, m[0]-40):m[0]])
		if w == nil {
			continue
		}
		add(w[1]+" "+normalise(low[m[0]:m[1]]), strings.TrimSpace(low[max(0, m[0]-60):min(len(low), m[1]+30)]), "")
	}
}

func boundaryBefore(s string, a int) bool {
	c := s[a-1]
	return c < 0x80 && !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}

// normalise gives the shape of a phrase: "hàng" written "hằng", spaces
// single, numbers of days DD and of months MM, a count of periods kept
// (6 tháng is not 3 tháng) without its leading zero, a number spelled
// again in brackets "(W)".
func normalise(s string) string {
	s = strings.TrimSpace(reSpace.ReplaceAllString(s, " "))
	s = strings.ReplaceAll(s, "hàng ", "hằng ")
	s = strings.ReplaceAll(s, " ,", ",")
	s = strings.TrimSuffix(strings.TrimSuffix(s, ","), " (")
	if strings.Count(s, "(") > strings.Count(s, ")") {
		s += ")" // a bracket the window cut
	}
	s = regexp.MustCompile(`tháng (0?1|một) lần`).ReplaceAllString(s, "tháng một lần")
	s = regexp.MustCompile(`\(\s*[^\d()]{2,12}\)\s+(tháng|năm|tuần)`).ReplaceAllString(s, "(W) $1")
	s = regexp.MustCompile(`(\d{1,2})\s*(/|-|\.)\s*(\d{1,2})\b`).ReplaceAllString(s, "DD/MM")
	s = regexp.MustCompile(`(\d{1,2}) tháng (\d{1,2})\b`).ReplaceAllString(s, "DD tháng MM")
	s = regexp.MustCompile(`ngày (mồng |mùng )?\d{1,2}\b`).ReplaceAllString(s, "ngày ${1}DD")
	s = regexp.MustCompile(`(trước|nhất|là|vào) \d{1,2}\b`).ReplaceAllString(s, "$1 DD")
	s = regexp.MustCompile(`\b0(\d)\b`).ReplaceAllString(s, "$1")
	return s
}

// must is what a duty carrying the form gives, by the conventions of
// ../shared/eval/README.md. It and weekday are written apart from the
// tasks package on purpose (weekday repeats weekdayCode): the table is a
// check on the rules, so it must not read rhythms with them.
// The conventions: the first rhythm named, its due day as
// ---DD (a day of the month, of a monthly or quarterly duty) or --MM-DD
// (yearly), its weekday. A rhythm of days or of several years is none
// the schema names.
func must(pre, core, post string) string {
	kind := kindOf(core)
	if strings.HasPrefix(core, "tháng cuối") {
		kind = "quarterly"
	}
	due := pre + " " + post
	if core == "định kỳ" {
		kind = "yearly" // "định kỳ (trước ngày 15/12)": a day of the year
		if !regexp.MustCompile(`\d\s*(?:/|-|\.|tháng)\s*\d`).MatchString(due) {
			kind = "monthly"
		}
	}
	if kind == "" {
		return "—"
	}
	out := kind
	switch {
	case kind == "weekly":
		if m := regexp.MustCompile(`thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật`).FindStringSubmatch(due); m != nil {
			out += " " + weekday(m)
		}
	case kind == "yearly":
		if m := regexp.MustCompile(`(\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(\d{1,2})\b`).FindStringSubmatch(due); m != nil {
			out += fmt.Sprintf(" --%02d-%02d", atoi(m[2]), atoi(m[1]))
		}
	case kind == "monthly" || kind == "quarterly" || kind == "semiannual":
		if strings.Contains(due, "tiếp theo") || strings.Contains(due, "tháng sau") || strings.Contains(due, "kế tiếp") || strings.Contains(due, "đầu quý") {
			if kind != "semiannual" { // the day of the month after each period
				if m := reNum.FindString(due); m != "" {
					out += fmt.Sprintf(" ---%02d", atoi(m))
				}
			}
			break
		}
		if regexp.MustCompile(`\d\s*(?:/|-|\.|\s+tháng\s+)\s*\d`).MatchString(due) {
			break // a day and month: the first report's day, no day of every month
		}
		if kind == "semiannual" {
			break
		}
		if m := reNum.FindString(due); m != "" {
			out += fmt.Sprintf(" ---%02d", atoi(m))
		}
	}
	return out
}

func kindOf(core string) string {
	first := regexp.MustCompile(`(?:(\d{1,2}|một|hai|ba|bốn|sáu|chín|mười hai)` + again + `\s+)?(tuần|tháng|quý|năm|ngày)`).FindStringSubmatch(core)
	if strings.Contains(core, "nửa năm") {
		return "semiannual"
	}
	if first == nil {
		return ""
	}
	n, p := first[1], first[2]
	switch n {
	case "", "1", "01", "một":
	case "3", "03", "ba":
		if p == "tháng" {
			return "quarterly"
		}
		return ""
	case "6", "06", "sáu":
		if p == "tháng" {
			return "semiannual"
		}
		return ""
	case "12", "mười hai":
		if p == "tháng" {
			return "yearly"
		}
		return ""
	default:
		return "" // "2 năm một lần", "9 tháng"
	}
	switch p {
	case "tuần":
		return "weekly"
	case "tháng":
		return "monthly"
	case "quý":
		return "quarterly"
	case "năm":
		return "yearly"
	}
	return "" // a daily rhythm
}

func weekday(m []string) string {
	switch m[1] {
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
	case "bảy", "7":
		return "SA"
	}
	return "SU"
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
