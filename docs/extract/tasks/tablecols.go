package tasks

import "strings"

// A table of tasks is read by what its header cells say, not by where they
// stand: offices put the unit in charge before or after the duty, add a
// "Người đứng đầu chịu trách nhiệm" column before the units, a "Kết quả" or
// "Sản phẩm" column before or after the time, and split one heading over two
// lines ("Cơ quan" / "chủ trì"). Each header cell gets a kind; the cells of
// a row taken out of a PDF are then fitted to the kinds (tablefit.go), a
// .docx table's merged cells spread (tablemerge.go), and its time cells
// read (tabletime.go).

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
	case has("nội dung", "nhiệm vụ", "công việc", "hoạt động", "giải pháp", "việc cần làm"):
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
