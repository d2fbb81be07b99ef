package tasks

import (
	"math"
	"regexp"
	"strings"
)

// A table of tasks is read by what its header cells say, not by where they
// stand: offices put the unit in charge before or after the duty, add a
// "Người đứng đầu chịu trách nhiệm" column before the units, a "Kết quả" or
// "Sản phẩm" column before or after the time, and split one heading over two
// lines ("Cơ quan" / "chủ trì"). Each header cell gets a kind; the cells of
// a row taken out of a PDF are then fitted to the kinds (fitCells).

// colKind is what a column of a table of tasks holds.
type colKind int

const (
	colOther  colKind = iota // result, product, funding, notes: free text
	colNumber                // STT, TT
	colAction                // the duty: "Nội dung", "Tên nhiệm vụ"
	colWho                   // the unit in charge: "Cơ quan chủ trì"
	colCo                    // the units that work with it: "Cơ quan phối hợp"
	colLeader                // the head answerable: "Người đứng đầu chịu trách nhiệm"
	colTime                  // "Thời gian hoàn thành", "Thời hạn", "Tiến độ"
)

// headKind classifies one header cell (in lower case). The order of the
// tests matters: "Người đứng đầu chịu trách nhiệm" is a leader, not a unit;
// "Kết quả thực hiện nhiệm vụ" is a result, not the duty.
func headKind(k string) colKind {
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(k, w) {
				return true
			}
		}
		return false
	}
	switch {
	case isNumberCol(k):
		return colNumber
	case has("phối hợp"):
		return colCo
	case has("người đứng đầu", "lãnh đạo", "người chịu trách nhiệm", "người phụ trách"):
		return colLeader
	case has("thời gian", "thời hạn", "tiến độ", "thời điểm", "mốc "):
		return colTime
	case namesWork(k):
		return colAction // "Tên sản phẩm", "Tên văn bản": what is to be made is the duty
	case has("kết quả", "sản phẩm", "ghi chú", "kinh phí", "hình thức", "cấp trình", "cấp ban hành", "chỉ tiêu", "đơn vị tính"):
		// "Đơn vị tính" is the unit of measure of a report form, no body.
		return colOther
	case has("chủ trì", "trách nhiệm", "phân công", "đầu mối") ||
		(has("cơ quan", "đơn vị") && !has("nội dung")):
		return colWho
	case has("nội dung", "nhiệm vụ", "công việc", "hoạt động", "giải pháp", "việc cần làm") || namesWork(k):
		return colAction
	}
	return colOther
}

// workNames head the column of what is to be made in a list of documents or
// projects to draw up: "Tên văn bản", "Tên đề án", "Văn bản cần ban hành".
var workNames = []string{"tên văn bản", "tên đề án", "tên dự án", "tên chương trình", "tên kế hoạch", "tên báo cáo",
	"văn bản cần ban hành", "văn bản quy định chi tiết", "danh mục văn bản", "tên sản phẩm"}

func namesWork(k string) bool {
	for _, w := range workNames {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// tableHead gives the column of each field, -1 where the table has none.
type tableHead struct {
	action, who, co, time int
	// tentative: the time column is headed "Thời gian dự kiến …", whose
	// dates are no deadline; a recurrence in it ("Hằng năm") still holds.
	tentative bool
	kinds     []colKind // every column's kind, for fitting a PDF row's cells
	fresh     bool      // no row read under it yet: the next may be a sub-header
	prev      []cellVal // the last row's cells, for those merged down from it
}

// headerRow reads a header row, nil when the row is no header of a table
// of tasks: it needs a duty column and a unit or a time column.
func headerRow(b *block) *tableHead {
	h := &tableHead{action: -1, who: -1, co: -1, time: -1}
	leader := -1
	for i, c := range b.cells {
		k := b.key[c.start:c.end]
		if len(strings.Fields(k)) > 8 || looksTime(k) {
			return nil
		}
		kind := headKind(k)
		switch kind {
		case colCo:
			h.co = i
		case colLeader:
			leader = i
		case colWho:
			// "Cơ quan chủ trì" wins over a broader "Đơn vị thực hiện".
			if h.who < 0 || strings.Contains(k, "chủ trì") {
				h.who = i
			}
		case colTime:
			// "Thời hạn hoàn thành" wins over "Thời gian bắt đầu".
			if h.time < 0 || endTime(k) {
				h.time = i
				h.tentative = strings.Contains(k, "dự kiến")
			}
		case colAction:
			if h.action >= 0 {
				kind = colOther // a second duty-like column ("Hoạt động cụ thể") is detail
			} else {
				h.action = i
			}
		}
		h.kinds = append(h.kinds, kind)
	}
	if h.who < 0 && leader >= 0 {
		h.who = leader // the head of the unit is all the table names
		h.kinds[leader] = colWho
	}
	if h.action < 0 || (h.who < 0 && h.time < 0) {
		return nil
	}
	return h
}

// times counts the time columns: with a start and an end column a row
// goes on after its first time cell.
func (h *tableHead) times() int {
	n := 0
	for _, k := range h.kinds {
		if k == colTime {
			n++
		}
	}
	return n
}

// endTime reports a time heading that names the end of the work.
func endTime(k string) bool {
	return strings.Contains(k, "hoàn thành") || strings.Contains(k, "thời hạn") || strings.Contains(k, "kết thúc")
}

// leaderTitles open the name of a unit's head: "Cục trưởng Cục Du lịch",
// "Giám đốc Trung tâm …", "Thủ trưởng các đơn vị …".
var leaderTitles = newLexicon(`cục trưởng|vụ trưởng|viện trưởng|giám đốc|thủ trưởng|chủ tịch|trưởng ban|chánh văn phòng|chánh thanh tra|tổng cục trưởng|người đứng đầu|lãnh đạo|bộ trưởng|thứ trưởng|phó giám đốc|phó chủ tịch|phó cục trưởng|phó vụ trưởng|phó trưởng ban|phó chánh văn phòng`)

func namesLeader(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "(") {
		if i := strings.IndexByte(t, ')'); i > 0 && i < 5 {
			t = strings.TrimSpace(t[i+1:]) // "(1) Giám đốc …"
		}
	}
	toks := tokenize(t, lower(t))
	return len(toks) > 0 && leaderTitles.at(t, toks, 0) > 0
}

// groupTraits are what fitCells needs to know of one group of lines.
type groupTraits struct{ unit, time, leader, num bool }

// Scores of fitCells: how well a group of lines fits a column.
const (
	fitNever     = math.MinInt32 / 4
	fitEmptyTime = -2
	fitEmptyCell = -1
	fitEmptyWho  = -3 // a row always names the unit in charge
)

// fitCells puts the row's groups of lines under the columns of kinds, in
// order, each column taking none, one or more consecutive groups: the fit
// of highest score, found by dynamic programming over (column, group). A
// time goes under the time column, units under the unit columns, a head's
// title under the leader column; the duty takes the first groups. Groups
// left over after the last column are dropped (a merged cell's second row).
func fitCells(text string, groups [][]span, kinds []colKind) [][]span {
	n, m := len(groups), len(kinds)
	tr := make([]groupTraits, n)
	for i, g := range groups {
		t := joinSpans(text, g)
		tr[i] = groupTraits{unit: namesUnit(text, g), time: looksTime(t), leader: namesLeader(t), num: isRowNumber(t)}
	}
	// one scores group g as the first (first) or a further group of a cell
	// of kind k.
	one := func(k colKind, g int, first bool) int {
		t := tr[g]
		switch k {
		case colAction:
			switch {
			case t.num:
				return -3 // a row's number is no duty
			case first:
				return 0
			case t.time:
				return fitNever
			case t.unit || t.leader:
				return -3
			}
			return 0
		case colWho, colCo:
			switch {
			case t.time:
				return fitNever
			case t.leader && k == colWho:
				return -1
			case t.unit:
				return 2
			}
			return -1
		case colLeader:
			switch {
			case t.time:
				return fitNever
			case t.leader:
				return 2
			case t.unit:
				return 0
			}
			return -1
		case colTime:
			if !t.time {
				return fitNever
			}
			if first {
				return 3
			}
			return -1 // a second time line goes to a second time column first
		case colNumber:
			if first && t.num {
				return 1 // a .docx row's number in its own cell
			}
			return fitNever
		}
		if t.time || t.unit {
			return -1 // free text may name a unit; a time belongs under the time column
		}
		return 0
	}
	empty := func(k colKind) int {
		switch k {
		case colAction:
			return fitNever
		case colTime:
			return fitEmptyTime
		case colNumber, colOther:
			return 0
		case colWho:
			return fitEmptyWho
		}
		return fitEmptyCell
	}
	// best[c][g]: the best score of fitting groups[g:] to kinds[c:];
	// take[c][g]: how many groups column c takes there.
	best := make([][]int, m+1)
	take := make([][]int, m+1)
	for c := range best {
		best[c] = make([]int, n+1)
		take[c] = make([]int, n+1)
	}
	for g := 0; g < n; g++ {
		best[m][g] = -2 * (n - g) // dropped groups cost
	}
	for c := m - 1; c >= 0; c-- {
		for g := n; g >= 0; g-- {
			b, bk := add(empty(kinds[c]), best[c+1][g]), 0
			s := 0
			for k := 1; g+k <= n; k++ {
				s = add(s, one(kinds[c], g+k-1, k == 1))
				if s <= fitNever {
					break
				}
				if v := add(s, best[c+1][g+k]); v > b {
					b, bk = v, k
				}
			}
			best[c][g], take[c][g] = b, bk
		}
	}
	cells := make([][]span, m)
	g := 0
	for c := 0; c < m; c++ {
		k := take[c][g]
		for _, gr := range groups[g : g+k] {
			cells[c] = append(cells[c], gr...)
		}
		g += k
	}
	return cells
}

// add sums scores, keeping fitNever absorbing.
func add(a, b int) int {
	if a <= fitNever || b <= fitNever {
		return fitNever
	}
	return a + b
}

// spanOpeners open a time cell that gives a span or a qualified time:
// "Từ tháng 6 đến tháng 9/2025", "Trong quý I/2026", "Chậm nhất
// 30/6/2026", "Dự kiến tháng 12/2025", "Giai đoạn 2026 - 2030".
var spanOpeners = []string{"từ ", "trong ", "cuối ", "đầu ", "giữa ", "chậm nhất", "hoàn thành", "dự kiến", "tuần ", "giai đoạn", "cả năm", "sau ", "đến "}

// spanTime reports a short cell (lower case) that opens with a span
// opener and names a period with a number: the words alone ("Trong đó …")
// are no time.
func spanTime(k string) bool {
	const maxWords = 8
	if len(strings.Fields(k)) > maxWords || !strings.ContainsAny(k, "0123456789") {
		return false
	}
	opens := false
	for _, w := range spanOpeners {
		if strings.HasPrefix(k, w) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	if strings.HasPrefix(k, "giai đoạn") {
		return true // "Giai đoạn 2026 - 2030"
	}
	for _, w := range []string{"tháng", "quý", "quí", "năm", "ngày", "/"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// reNumericTime is a time cell that opens with a number: a date
// ("30/11/2025", "15/12/2025 - 30/12/2025"), a span of years ("2025 -
// 2026"), "6 tháng cuối năm 2025". A document's symbol ("02-KH/BCĐTW")
// opens with a number too and is none.
var reNumericTime = regexp.MustCompile(`^\d{1,4}\s*(?:[/.\-–]\s*\d{1,4}\b|tháng\b)`)

func numericTime(k string) bool { return reNumericTime.MatchString(k) }

// A heading broken over two lines may go on with a capital: "Cơ quan" /
// "Chủ trì", "Thời gian" / "Hoàn thành". The first line is then a bare noun
// and the second names its role.
var (
	bareHeads = map[string]bool{"cơ quan": true, "đơn vị": true, "cơ quan, đơn vị": true, "thời gian": true,
		"thời hạn": true, "nội dung": true, "kết quả": true, "sản phẩm": true, "người": true}
	headRoles = []string{"chủ trì", "phối hợp", "thực hiện", "hoàn thành", "dự kiến", "công việc", "nhiệm vụ",
		"đầu mối", "đứng đầu", "chịu trách nhiệm", "đạt được", "đầu ra", "bắt đầu", "kết thúc"}
)

// completesHead reports a header line (lower case) that goes on with the
// cell before it, whose text is prev.
func completesHead(prev, k string) bool {
	if !bareHeads[strings.TrimSpace(prev)] {
		return false
	}
	for _, w := range headRoles {
		if strings.HasPrefix(k, w) {
			return true
		}
	}
	return false
}

// A .docx table with merged headings gives two header rows: "STT | Nội
// dung | Cơ quan thực hiện | Thời gian | Ghi chú" over "Chủ trì | Phối hợp |
// Bắt đầu | Hoàn thành", the covered cells left out of the second. Each
// heading of the units or the time then spans as many columns as it has
// sub-headings, and the columns after it move right.

var (
	unitSubs = []string{"chủ trì", "phối hợp", "thực hiện"}
	timeSubs = []string{"bắt đầu", "hoàn thành", "kết thúc", "từ ngày", "đến ngày", "từ", "đến"}
)

// subOf reports the sub-heading among subs that the cell k (lower case) is.
func subOf(k string, subs []string) (string, bool) {
	k = strings.Trim(strings.TrimSpace(k), ":.")
	for _, w := range subs {
		if k == w || strings.HasPrefix(k, w+" ") && len(strings.Fields(k)) <= 3 {
			return w, true
		}
	}
	return "", false
}

// subHeader reads b as the second row of a two-row header and moves the
// columns of h to the data rows' cells. It reports false, changing nothing,
// when b is no such row.
func (h *tableHead) subHeader(b *block) bool {
	var subs []string
	for _, c := range b.cells {
		if k := b.key[c.start:c.end]; strings.TrimSpace(k) != "" {
			subs = append(subs, k)
		}
	}
	if len(subs) == 0 {
		return false
	}
	n := *h
	n.kinds = nil
	si := 0
	for i, kind := range h.kinds {
		at := len(n.kinds)
		family := unitSubs
		if kind == colTime {
			family = timeSubs
		}
		var taken []string
		if kind == colTime || kind == colWho {
			for si < len(subs) {
				w, ok := subOf(subs[si], family)
				if !ok {
					break
				}
				taken, si = append(taken, w), si+1
			}
		}
		if len(taken) == 0 {
			n.kinds = append(n.kinds, kind)
			n.move(h, i, at)
			continue
		}
		for j, w := range taken {
			switch w {
			case "chủ trì", "thực hiện":
				n.who = at + j
				n.kinds = append(n.kinds, colWho)
			case "phối hợp":
				n.co = at + j
				n.kinds = append(n.kinds, colCo)
			case "hoàn thành", "kết thúc", "đến ngày", "đến":
				n.time = at + j
				n.kinds = append(n.kinds, colTime)
			default:
				n.kinds = append(n.kinds, colTime) // the start of the work: a time, not the deadline
			}
		}
	}
	if si < len(subs) || len(n.kinds) == len(h.kinds) {
		return false
	}
	*h = n
	return true
}

// move puts in column at each field that stood in column i of old.
func (h *tableHead) move(old *tableHead, i, at int) {
	from := []int{old.action, old.who, old.co, old.time}
	for k, f := range []*int{&h.action, &h.who, &h.co, &h.time} {
		if from[k] == i {
			*f = at
		}
	}
}

// A .docx table whose unit or time cell is merged down over several rows
// ("Sở Nội vụ" for three duties) writes that cell in the first row only:
// the rows under it have fewer cells, the others moved left. Their cells
// are fitted to the columns as a PDF row's lines are, and a column left
// without one takes the cell of the row above.

// cellVal is a column's text in one row: the cell's place in the row's
// text, or at -1 for a cell merged down from the row above.
type cellVal struct {
	text, key string
	at, cell  int // offset in the row's text and index in its cells; -1, -1 when merged down
}

// rowVals gives each column's cell of the row b.
func (h *tableHead) rowVals(b *block) []cellVal {
	vals := make([]cellVal, len(b.cells))
	for i, c := range b.cells {
		vals[i] = cellVal{b.text[c.start:c.end], b.key[c.start:c.end], c.start, i}
	}
	short := len(b.cells) < len(h.kinds) && !strings.HasSuffix(strings.TrimSpace(b.text), "|")
	if short && len(h.prev) == len(h.kinds) {
		groups := make([][]span, len(b.cells))
		for i, c := range b.cells {
			groups[i] = []span{{c.start, c.end}}
		}
		fit := fitCells(b.text, groups, h.kinds)
		out := make([]cellVal, len(h.kinds))
		next := 0
		for col, spans := range fit {
			if len(spans) == 0 {
				out[col] = h.prev[col]
				out[col].at, out[col].cell = -1, -1
				continue
			}
			for next < len(b.cells) && b.cells[next].start != spans[0].start {
				next++
			}
			if next < len(b.cells) {
				out[col] = vals[next]
			}
		}
		vals = out
	}
	if len(vals) == len(h.kinds) {
		h.prev = vals
	}
	return vals
}

// val gives the cell of column col, if the row has one with text.
func (h *tableHead) val(vals []cellVal, col int) (cellVal, bool) {
	if col < 0 || col >= len(vals) || strings.TrimSpace(vals[col].text) == "" {
		return cellVal{}, false
	}
	return vals[col], true
}
