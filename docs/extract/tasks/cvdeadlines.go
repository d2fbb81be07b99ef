package tasks

import "strings"

// A công văn names the ministries or provinces it asks in a list inside
// the sentence, after a colon and between semicolons, before the verb:
// "yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công
// nghệ xây dựng phương án …". A PDF breaks the line after a "Xây dựng;",
// and the next line, which starts with a capital, still belongs to the
// sentence.

// openNameList reports a block that ends inside such a list: its last
// clause is "các <class>:" then short names, each closed by a semicolon.
func openNameList(text string) bool {
	const maxNameWords, maxNames = 7, 12
	t := strings.TrimRight(text, " ")
	if !strings.HasSuffix(t, ";") {
		return false
	}
	c := strings.LastIndexByte(t, ':')
	if c < 0 || strings.ContainsAny(t[c:], ".") {
		return false
	}
	head := strings.Fields(lower(t[:c]))
	if len(head) < 2 || head[len(head)-2] != "các" {
		return false // "các Bộ:", "các tỉnh:", "các Sở:"
	}
	names := strings.Split(strings.TrimSuffix(t[c+1:], ";"), ";")
	if len(names) > maxNames {
		return false
	}
	for _, n := range names {
		if w := len(strings.Fields(n)); w == 0 || w > maxNameWords {
			return false
		}
	}
	return true
}

// topicOpen opens a clause that names what the duty is about before its
// subject: "Đối với 355 nhiệm vụ …, các Bộ … rà soát …".
var topicOpen = newLexicon(`đối với`)

// A letter often asks for a first report by a date and then with the
// regular ones: "báo cáo kết quả … trước Thứ Tư ngày 03/12/2025 và tại các
// báo cáo định kỳ hằng tuần". That is two duties, one due once and one
// recurring; a task with both a deadline and a recurrence is neither.

// andRecurring splits the clause key[cl.a:cl.e] at the "và" between a dated
// time and a recurrence after it; it gives the clause alone otherwise.
func (f *finder) andRecurring(key string, cl rng) []rng {
	const maxGap = 40 // bytes from "và" to the rhythm: "và tại các báo cáo định kỳ hằng tuần"
	s := key[cl.a:cl.e]
	for from := 0; ; {
		i := strings.Index(s[from:], " và ")
		if i < 0 {
			return []rng{cl}
		}
		i += from
		from = i + 1
		right := s[i+len(" và "):]
		if !rhythmNear(right[:min(len(right), maxGap+24)]) {
			continue // the cheap test first: most "và" join no rhythm
		}
		r := findRecurrence(right)
		// "trước ngày 15/5 và 15/11 hằng năm" gives two due days of one
		// rhythm, "định kỳ trước ngày 15/5 …" a due day of one.
		// "… trước ngày 20/11/2025 và hàng tháng" times one duty twice;
		// "… và tại các báo cáo định kỳ hằng tuần" names a second report.
		if r.kind == "" || r.start == 0 || r.start > maxGap || strings.ContainsAny(right[:r.start], "0123456789") || strings.Contains(s[:i], "định kỳ") {
			continue
		}
		if w := findWhen(s[:i], f.tc, false); !w.known || w.deadline.IsZero() || w.recurrence != "" {
			continue
		}
		return []rng{{cl.a, cl.a + i}, {cl.a + i + len(" và "), cl.e}}
	}
}

// rhythmNear reports a word that opens a rhythm in w.
func rhythmNear(w string) bool {
	for _, r := range []string{"hằng ", "hàng ", "định kỳ", "mỗi "} {
		if strings.Contains(w, r) {
			return true
		}
	}
	return false
}

// A period after "đánh giá, xếp loại" is the one assessed: "xác định kết
// quả … là tiêu chí để đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của
// tập thể, cá nhân trong năm 2025" grades the year, it sets no deadline.

// maxAssessed bounds how far back in the sentence "xếp loại" is looked for.
const maxAssessed = 200

// assessedBefore reports "xếp loại" in the sentence that runs up to the
// time, with no verb after it that finishes a step of its own ("… xếp loại,
// gửi kết quả về Sở Nội vụ trong tháng 12" stays due).
func assessedBefore(before string) bool {
	from := max(0, len(before)-maxAssessed)
	if i := strings.LastIndexAny(before[from:], ".;:"); i >= 0 {
		from += i + 1
	}
	w := before[from:]
	i := strings.LastIndex(w, "xếp loại")
	if i < 0 {
		return false
	}
	for _, v := range []string{"gửi", "báo cáo", "trình", "nộp", "tổng hợp", "ban hành", "tổ chức"} {
		if strings.Contains(w[i:], v) {
			return false
		}
	}
	return true
}
