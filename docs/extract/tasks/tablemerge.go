package tasks

import "strings"

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
