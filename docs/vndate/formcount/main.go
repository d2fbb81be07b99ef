// Command formcount counts the deadline forms officials write, in a folder
// of real documents, as the table of docs/vndate/FORMS.md shows them:
//
//	go run ./docs/vndate/formcount ../shared/corpus/legal
//
// A phrase counts where vndate's grammar finds a deadline word before a
// time ("trước ngày 15/11/2024", "chậm nhất trong quý II/2020"), plus the
// relative spans and recurring periods. Each form is printed with its count
// and a first example, so the grammar can be held against what offices
// really write.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

type row struct {
	n       int
	example string
}

var (
	reRecur = regexp.MustCompile(`(?:hằng|hàng|mỗi)\s+(tuần|tháng|quý|năm)|định\s+kỳ\s+(6|06|sáu)\s+tháng`)
	reList  = regexp.MustCompile(`\d\s*(?:,|và|-|–|đến)\s*(?:quý\s+|tháng\s+)?(?:iv|i{1,3}|\d)`)
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "cách dùng: formcount THƯ_MỤC")
		os.Exit(2)
	}
	files, _ := filepath.Glob(filepath.Join(os.Args[1], "*.txt"))
	counts := map[string]*row{}
	add := func(form, example string) {
		r := counts[form]
		if r == nil {
			r = &row{example: strings.Join(strings.Fields(example), " ")}
			counts[form] = r
		}
		r.n++
	}
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		orig := strings.ToLower(vn.NFC(string(data)))
		key := vndate.Canon(orig)
		for p := 0; p < len(key); p++ {
			if p > 0 && !boundary(key[p-1]) {
				continue
			}
			c, ok := vndate.CoreAt(key[p:min(len(key), p+64)], 2000)
			if !ok {
				continue
			}
			trig, at := vndate.TriggerBefore(key, p)
			if trig == "" {
				continue
			}
			total++
			add(describe(c, trig, orig[at:p], orig[p:p+c.End]), orig[at:min(len(orig), p+c.End)])
			p += c.End - 1
		}
		for _, r := range vndate.Relatives(key) {
			total++
			from := "kể từ ngày …"
			if strings.HasPrefix(r.Anchor, "khi") {
				from = "kể từ khi …"
			}
			add("relative: N "+r.Unit+" "+from, fmt.Sprintf("%d %s kể từ %s", r.N, r.Unit, firstWords(r.Anchor, 8)))
		}
		for _, m := range reRecur.FindAllStringSubmatch(key, -1) {
			total++
			period := m[1]
			if period == "" {
				period = "6 tháng"
			}
			add("recurring: hằng "+period, m[0])
		}
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]].n != counts[keys[j]].n {
			return counts[keys[i]].n > counts[keys[j]].n
		}
		return keys[i] < keys[j]
	})
	fmt.Printf("%d documents, %d deadline phrases\n\n| form | count | first example |\n|---|---:|---|\n", len(files), total)
	for _, k := range keys {
		fmt.Printf("| %s | %d | %s |\n", k, counts[k].n, strings.ReplaceAll(counts[k].example, "|", "/"))
	}
}

// describe names the form of one deadline phrase.
func describe(c vndate.Core, trig, between, core string) string {
	var parts []string
	switch {
	case strings.HasPrefix(trig, "chậm nhất"):
		parts = append(parts, "chậm nhất …")
	case strings.HasPrefix(trig, "hoàn thành"), strings.HasPrefix(trig, "xong"):
		parts = append(parts, "hoàn thành …")
	case trig == "trước", trig == "trong", trig == "vào", trig == "cuối", trig == "không quá":
		parts = append(parts, trig)
	default:
		parts = append(parts, "other word")
	}
	if strings.ContainsAny(between, "0123456789") {
		parts = append(parts, "time of day")
	}
	form := string(c.Form)
	switch c.Form {
	case vndate.FormDate:
		switch {
		case c.Sep == "":
			form += " ngày d tháng m năm y"
		default:
			form += " d" + c.Sep + "m" + c.Sep + "y"
		}
		if c.TwoDigit {
			form += ", 2-digit year"
		}
	case vndate.FormNoYear:
		form += ", no year"
	case vndate.FormMonth, vndate.FormQuarter:
		if c.Year == 0 {
			form += ", no year"
		}
		if reList.MatchString(core) {
			form += ", list or range"
		}
		if c.Form == vndate.FormQuarter && strings.ContainsAny(core, "iv") {
			form += ", Roman"
		}
	case vndate.FormYear:
		if reList.MatchString(core) {
			form += ", range"
		}
	}
	if strings.Contains(between, "mồng") || strings.Contains(between, "mùng") || strings.Contains(core, "mồng") || strings.Contains(core, "mùng") {
		form += ", mồng/mùng"
	}
	if c.Form != vndate.FormNoYear && c.Form != vndate.FormDate && c.Form != vndate.FormHalf && regexp.MustCompile(`tháng\s+\p{L}`).MatchString(core) {
		form += ", month in words"
	}
	return strings.Join(append(parts, form), ": ")
}

func boundary(b byte) bool {
	return b < 0x80 && !(b >= '0' && b <= '9' || b >= 'a' && b <= 'z')
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
