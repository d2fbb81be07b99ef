package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text taken out of a PDF loses a table's grid: each cell comes on its own
// line, a long cell over several lines, an empty cell not at all:
//
//	STT
//	Nội dung công việc
//	Cơ quan
//	chủ trì
//	...
//	1
//	Xây dựng Kế hoạch tuyên
//	truyền cải cách hành chính
//	Sở Thông tin và Truyền thông
//	Quý II/2024
//
// pdfTable rebuilds such a table into the row blocks a reader's " | " rows
// give, so that the rows are read the same way.

// headWords mark a line as a piece of a table's header row.
var headWords = []string{"nội dung", "công việc", "nhiệm vụ", "hoạt động", "cơ quan", "đơn vị", "chủ trì", "phối hợp",
	"thời gian", "thời hạn", "tiến độ", "hoàn thành", "sản phẩm", "ghi chú", "kinh phí", "trách nhiệm",
	"kết quả", "người đứng đầu", "lãnh đạo", "đầu mối", "thời điểm", "giải pháp", "hình thức", "chỉ tiêu",
	"tên văn bản", "tên đề án", "tên dự án", "tên chương trình", "tên kế hoạch", "tên báo cáo", "văn bản cần"}

const (
	maxHeadWords   = 6  // words in one line of a header cell
	maxRowLines    = 40 // lines one row may take
	minTableFields = 3  // columns a table of tasks has at least
)

// column is one header cell: its lines.
type column struct{ lines []span }

// pdfTable reads the table whose header starts at spans[i]. It returns the
// header and row blocks and the index of the first span after the table,
// or nil when no such table starts there.
func pdfTable(text string, spans []span, i int) ([]*block, int) {
	cols, j := pdfHeader(text, spans, i)
	if cols == nil {
		return nil, i
	}
	head := rowOf(text, cols)
	h := headerRow(head)
	if h == nil || h.action < 0 {
		return nil, i
	}
	numCol := isNumberCol(strings.ToLower(head.text[head.cells[0].start:head.cells[0].end]))
	numbered, n := numberedRows(text, spans, j, numCol)
	out := []*block{head}
	glued := false // the table writes "1. Xây dựng …" with its number on the row's first line
	section := -1  // where the section row just read starts
	for j < len(spans) {
		if numbered {
			// "II" / "TRIỂN KHAI ĐỒNG BỘ VĂN BẢN …": a section row; the
			// rows under it are numbered from 1 again, or go on from the
			// last section's. A web copy's gap ("….........") leaves the
			// next number unknown.
			if k, ok := sectionRow(text, spans, j); ok {
				if k >= len(spans) {
					n = 1
				} else {
					n = sectionFirstRow(text[spans[k].start:spans[k].end], n)
				}
				section, j = j, k
				continue
			}
			if isGap(text[spans[j].start:spans[j].end]) && j+1 < len(spans) {
				if m := rowNum(text[spans[j+1].start:spans[j+1].end]); m > 0 {
					j, n = j+1, m
					continue
				}
			}
		}
		if numbered && n == 1 && !glued {
			_, glued = rowOpen(text[spans[j].start:spans[j].end], 1, true)
			glued = glued && rowNum(text[spans[j].start:spans[j].end]) == 0
		}
		rs := rowScan{numbered: numbered, glued: glued, n: n, timeLast: h.time == len(cols)-1 && h.times() == 1,
			timeMid: h.time >= 0 && h.time < len(cols)-1 && h.action < h.time}
		lines, next, sub := pdfRowLines(text, spans, j, rs)
		if lines == nil {
			break
		}
		// "1" / "Hoàn thiện thể chế" over "1.1" / "1.2" …: a row whose
		// sub-rows carry the duties heads them, it is none itself.
		if !(len(lines) <= maxTitleRowLines && next < len(spans) && subOpen(text[spans[next].start:spans[next].end], n) > 0 && !sub) {
			row := pdfRow(text, lines, cols, h, numCol)
			if section >= 0 && dutyOnly(row, h) {
				// "III. TỔ CHỨC THỰC HIỆN" / "1. Sở Tài chính bố trí …":
				// the part after the table, no section of it.
				j = section
				break
			}
			out = append(out, row)
		}
		section = -1
		j = next
		if !sub {
			n++
		}
	}
	if len(out) == 1 {
		return nil, i
	}
	return out, j
}

// pdfHeader gathers the header lines from spans[i] into columns: a line
// that starts in lower case goes on with the column before it.
func pdfHeader(text string, spans []span, i int) ([]column, int) {
	var cols []column
	j := i
	for ; j < len(spans); j++ {
		t := text[spans[j].start:spans[j].end]
		k := strings.ToLower(t)
		if len(strings.Fields(t)) > maxHeadWords || strings.ContainsAny(t, ".:;|") {
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		switch {
		case len(cols) == 0 && isNumberCol(k):
			cols = append(cols, column{[]span{spans[j]}})
		case len(cols) > 0 && (unicode.IsLower(r) || completesHead(strings.ToLower(joinSpans(text, cols[len(cols)-1].lines)), k)):
			c := &cols[len(cols)-1]
			c.lines = append(c.lines, spans[j])
		case hasHeadWord(k):
			cols = append(cols, column{[]span{spans[j]}})
		default:
			goto done
		}
	}
done:
	if len(cols) < minTableFields {
		return nil, i
	}
	return cols, j
}

// mayHead is a quick test for a line that can open a table's header.
func mayHead(t string) bool {
	if len(t) > 80 || strings.Contains(t, " | ") {
		return false
	}
	k := strings.ToLower(t)
	return isNumberCol(k) || hasHeadWord(k)
}

func hasHeadWord(k string) bool {
	for _, w := range headWords {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

func isNumberCol(k string) bool {
	k = strings.TrimSpace(k)
	return k == "stt" || k == "tt" || k == "số tt" || k == "số thứ tự"
}

// rowScan is what pdfRowLines needs to know of the table.
type rowScan struct {
	numbered, glued, timeLast bool
	timeMid                   bool // the time column stands after the duty, not last
	n                         int  // the number the row should open with
}

// pdfRowLines returns the lines of the row starting at spans[j] and the
// index after them, nil at the table's end; sub is set for a sub-row
// ("1.1"). A numbered table's row opens with its number, alone on a line
// or, in a table that writes it so, before the first words ("1. Xây dựng
// …"), and runs to the next number; a row of a table without numbers ends
// with its time cell when that is the last.
func pdfRowLines(text string, spans []span, j int, rs rowScan) (lines []span, next int, sub bool) {
	if rs.numbered {
		t := text[spans[j].start:spans[j].end]
		at, ok := rowOpen(t, rs.n, rs.glued)
		if !ok {
			if at = subOpen(t, rs.n-1); at == 0 {
				return nil, j, false
			}
			sub = true
		}
		if at < len(t) {
			lines = append(lines, trimSpan(text, span{spans[j].start + at, spans[j].end}))
		}
		j++
	}
	timed := false // the row's time cell is read
	main := rs.n   // the main row this row is or belongs to
	if sub {
		main--
	}
	for ; j < len(spans) && len(lines) < maxRowLines; j++ {
		t := text[spans[j].start:spans[j].end]
		if rs.numbered {
			if _, ok := rowOpen(t, main+1, rs.glued); ok || subOpen(t, main) > 0 || isRoman(t) || romanTitled(t) || isGap(t) {
				break
			}
		}
		if endsTable(t) && !(rs.numbered && cellLine(t)) {
			break
		}
		// Without numbers and with columns after the time, the next row
		// opens with its duty: a line that starts with a verb once this
		// row's time is read.
		if !rs.numbered && rs.timeMid && timed && len(lines) > 0 && !continuesCell(text, spans, j) &&
			!openEnded(lines[len(lines)-1:], text) && startsWithAction(t, tokenize(t, lower(t)), 0) {
			break
		}
		if !timed && len(lines) > 0 && looksTime(t) && !continuesCell(text, spans, j) {
			timed = true
		}
		lines = append(lines, spans[j])
		// A line in lower case goes on with the cell before it ("… đến" /
		// "năm 2030" closing an action), so it cannot be the time cell.
		if rs.timeLast && len(lines) > 1 && looksTime(t) && !continuesCell(text, spans, j) && !continuesCell(text, spans, j+1) {
			j++
			break
		}
	}
	if len(lines) == 0 {
		return nil, j, false
	}
	return lines, j, sub
}

// maxTitleRowLines bounds the lines of a row that only titles its sub-rows.
const maxTitleRowLines = 3

// rowOpen reports a line that opens row n: the number alone ("3", "3."),
// or, where glued is set, the number before the row's first words ("3.
// Xây dựng …", "3 Xây dựng …"). It returns where the row's own text starts
// in the line.
func rowOpen(t string, n int, glued bool) (int, bool) {
	if rowNum(t) == n {
		return len(t), true
	}
	if !glued {
		return 0, false
	}
	num := itoa(n)
	if !strings.HasPrefix(t, num) {
		return 0, false
	}
	rest := strings.TrimPrefix(t[len(num):], ".")
	if rest == "" || rest[0] != ' ' {
		return 0, false
	}
	at := len(t) - len(strings.TrimLeft(rest, " "))
	r, _ := utf8.DecodeRuneInString(t[at:])
	return at, unicode.IsUpper(r)
}

// subOpen reports a line that opens a sub-row of row n, "1.1" or "1.1."
// alone or before capitalised words; it returns where the sub-row's text
// starts in the line, 0 for none.
func subOpen(t string, n int) int {
	lab, k := matchLabel(t)
	if k != kindNum2 || n <= 0 || !strings.HasPrefix(lab, itoa(n)+".") {
		return 0
	}
	at := len(lab)
	for at < len(t) && t[at] == ' ' {
		at++
	}
	if at == len(t) {
		return at
	}
	if r, _ := utf8.DecodeRuneInString(t[at:]); !unicode.IsUpper(r) {
		return 0
	}
	return at
}

func itoa(n int) string {
	if n <= 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// sectionRow reports a section row of a numbered table at spans[j]: a
// Roman numeral alone, then its title in capitals over one or more lines.
// It returns the index after the title.
func sectionRow(text string, spans []span, j int) (int, bool) {
	t := text[spans[j].start:spans[j].end]
	titled := romanTitled(t)
	letter := partLetter(t)
	if !isRoman(t) && !titled && !letter {
		return j, false
	}
	k := j + 1
	for k < len(spans) && allCaps(text[spans[k].start:spans[k].end]) && !isRoman(text[spans[k].start:spans[k].end]) &&
		!romanTitled(text[spans[k].start:spans[k].end]) {
		k++
	}
	if k > j+1 || titled {
		return k, true
	}
	if letter {
		return j, false
	}
	return plainSection(text, spans, j)
}

// plainSection reads a section row whose title is in ordinary case ("IV" /
// "Quản" / "lý, vận hành, khai thác …"): a Roman numeral alone, then a few
// lines of title, then a row number.
func plainSection(text string, spans []span, j int) (int, bool) {
	const maxTitleLines = 6
	if !isRoman(text[spans[j].start:spans[j].end]) {
		return j, false
	}
	for k := j + 1; k < len(spans) && k <= j+maxTitleLines; k++ {
		t := text[spans[k].start:spans[k].end]
		if opensSectionRow(t) {
			return k, k > j+1
		}
		if looksTime(t) || endsTable(t) {
			break
		}
	}
	return j, false
}

// romanTitled reports a section row whose numeral and title share a line,
// the title in capitals ("II. HOÀN", its title going on on the next line
// where a web copy broke it).
func romanTitled(t string) bool {
	num, title, ok := strings.Cut(strings.TrimSpace(t), ". ")
	return ok && isRoman(num) && allCaps(title)
}

// isRoman reports a line that is only a Roman numeral ("II", "VII.").
func isRoman(t string) bool {
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if t == "" || len(t) > 6 {
		return false
	}
	return strings.Trim(t, "IVX") == ""
}

// isGap reports a line of dots a web copy puts where it left rows out.
func isGap(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) >= 3 && strings.Trim(t, ".…") == ""
}

// isRowNumber reports a line that is only a row number (1 to 3 digits,
// with or without a full stop).
func isRowNumber(t string) bool { return rowNum(t) > 0 }

// rowNum is the row number a line holds alone, "12" or "12.", else 0.
func rowNum(t string) int {
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if len(t) > 3 || !isDigits(t) {
		return 0
	}
	return atoi(t)
}

// endsTable reports a line that cannot stand in a table cell: a heading
// or item label, a sentence closing with a colon.
func endsTable(t string) bool {
	if _, k := matchLabel(t); k != kindNone && !isDigits(strings.TrimSpace(t)) {
		return true
	}
	return strings.HasSuffix(t, ":") || strings.HasPrefix(strings.ToLower(t), "nơi nhận")
}

// abbrevTail reports a line that is one abbreviation in capitals, the end
// of a cell a PDF broke before it: "… hồ sơ công bố" / "TTHC".
func abbrevTail(t string) bool {
	const maxAbbrev = 8
	t = strings.TrimRight(strings.TrimSpace(t), ".;,")
	return len(t) >= 2 && len(t) <= maxAbbrev && !strings.ContainsRune(t, ' ') && allCaps(t) && !isRoman(t)
}

// cellLine reports a line that stands inside a cell of a numbered table,
// whose rows run to the next number: a dash or "(1)" item of a result
// cell, a cell line that announces a list ("… 03 nền tảng:").
func cellLine(t string) bool {
	switch _, k := matchLabel(t); k {
	case kindDash, kindPlus, kindStar, kindParen, kindPLet, kindLetter, kindPRoman:
		return true
	case kindNone:
		const minWords = 4 // "Ghi chú:" after the table ends it
		return strings.HasSuffix(t, ":") && len(strings.Fields(t)) >= minWords && !strings.HasPrefix(strings.ToLower(t), "nơi nhận")
	}
	return false
}

// continuesCell reports whether spans[j] goes on with the cell before it.
func continuesCell(text string, spans []span, j int) bool {
	if j >= len(spans) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[spans[j].start:spans[j].end])
	return unicode.IsLower(r)
}

// looksTime reports a time cell: a date, month, quarter, year, or a
// standing rhythm ("Thường xuyên", "Hằng quý").
func looksTime(t string) bool {
	k := strings.ToLower(strings.TrimSpace(t))
	if n := len(strings.Fields(k)); n > 12 || n > 8 && !longRhythm(k) {
		return false
	}
	for _, w := range []string{"thường xuyên", "hằng ", "hàng ", "định kỳ", "quý ", "quí ", "tháng ", "năm ", "trước ", "ngày ", "khi có "} {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	if isYear(k) {
		return true // "2025" alone: the year the row is due in
	}
	if spanTime(k) {
		return true
	}
	return numericTime(k)
}

// longRhythm reports a time cell that names where its reports go besides
// its rhythm: "Thường xuyên, định kỳ hằng quý báo cáo về Sở Tài chính".
func longRhythm(k string) bool {
	return (strings.HasPrefix(k, "thường xuyên") || strings.HasPrefix(k, "định kỳ")) && findRecurrence(k).kind != ""
}

// isYear reports a year alone: "2025".
func isYear(k string) bool {
	return len(k) == 4 && isDigits(k) && (strings.HasPrefix(k, "19") || strings.HasPrefix(k, "20"))
}

// pdfRow builds the row block: the row's lines grouped into cells (a line
// that starts in lower case goes on with the cell before it) and the cells
// put under the columns they fit, empty cells being left out of PDF text.
func pdfRow(text string, lines []span, cols []column, h *tableHead, numbered bool) *block {
	var groups [][]span
	for _, l := range lines {
		r, _ := utf8.DecodeRuneInString(text[l.start:l.end])
		if len(groups) > 0 && (unicode.IsLower(r) || openEnded(groups[len(groups)-1], text) || abbrevTail(text[l.start:l.end])) {
			groups[len(groups)-1] = append(groups[len(groups)-1], l)
			continue
		}
		groups = append(groups, []span{l})
	}
	kinds := h.kinds
	if numbered && len(kinds) > 0 {
		kinds = append([]colKind{colNumber}, kinds[1:]...) // its number was taken with the row
	}
	cells := fitCells(text, groups, kinds)
	return rowOf(text, cellsToCols(cells))
}

func cellsToCols(cells [][]span) []column {
	out := make([]column, len(cells))
	for i, c := range cells {
		out[i] = column{c}
	}
	return out
}

// openEnded reports a cell whose last line ends mid-list: "Sở Nội vụ,".
func openEnded(g []span, text string) bool {
	t := text[g[len(g)-1].start:g[len(g)-1].end]
	if strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";") || strings.HasSuffix(t, ":") || strings.HasSuffix(t, " và") || strings.HasSuffix(t, "-") {
		return true
	}
	// A cell broken before a date: "Trước ngày" / "30/11/2025", "… Thông
	// tư số 85/2020/TT-BTC ngày" / "01/10/2020 của Bộ Tài chính".
	k := strings.ToLower(t)
	if strings.HasSuffix(k, " ngày") || k == "ngày" {
		return true
	}
	return looksTime(t) && (strings.HasSuffix(k, "trước") || strings.HasSuffix(k, " tháng") || strings.HasSuffix(k, " quý"))
}

func namesUnit(text string, g []span) bool {
	t := joinSpans(text, g)
	_, ok := headAt(t, tokenize(t, lower(t)), 0)
	return ok
}

func joinSpans(text string, g []span) string {
	parts := make([]string, len(g))
	for i, s := range g {
		parts[i] = text[s.start:s.end]
	}
	return strings.Join(parts, " ")
}

// rowOf makes a row block of the columns' lines, cells joined by " | " as
// a reader's PlainText joins them, each piece mapped to its source line.
func rowOf(text string, cols []column) *block {
	b := &block{kind: kindRow, depth: -1}
	for i, c := range cols {
		if i > 0 {
			b.text += " | "
		}
		start := len(b.text)
		for k, l := range c.lines {
			if k > 0 {
				b.text += " "
			}
			b.pieces = append(b.pieces, piece{len(b.text), l.start, l.end - l.start})
			b.text += text[l.start:l.end]
		}
		b.cells = append(b.cells, cell{start, len(b.text)})
	}
	b.key = lower(b.text)
	return b
}

// dutyOnly reports a row with text under the duty column alone.
func dutyOnly(row *block, h *tableHead) bool {
	for i, c := range row.cells {
		if i != h.action && c.end > c.start {
			return false
		}
	}
	return true
}
