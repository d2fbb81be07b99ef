package tasks

import (
	"math"
	"strings"
)

// A PDF row's lines come grouped into cells with no mark of the column
// each stands under (an empty cell is left out). fitCells puts them under
// the columns by what they hold.

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
