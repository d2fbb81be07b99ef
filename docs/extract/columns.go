package extract

import (
	"strings"
	"unicode/utf8"
)

// The closing block of a letter is a two-column table: Nơi nhận on the
// left, the signature on the right. A .doc or .txt copy may keep both
// columns on the same lines, split by a tab, or (when tabs were turned
// into spaces) only by the end of each list item:
//
//	Nơi nhận:<TAB>TM. ỦY BAN NHÂN DÂN
//	- Bộ Khoa học và Công nghệ;<TAB>KT. CHỦ TỊCH
//	- Thường trực Tỉnh ủy;
//	- UBND các huyện, thị xã; Nguyễn Văn Hiệp
//
// splitColumns returns two copies of text of the same length, so that
// offsets stay valid: in left the right-hand cells of the block's lines
// are blanked, in right the left-hand ones (and list items standing
// alone). Lines outside the block are kept in both. byTab chooses the tab
// as the cell mark; otherwise a cell ends with its item's ";" or ".".
func splitColumns(text string, ls []line, first, n int, byTab bool) (left, right string) {
	lb, rb := []byte(text), []byte(text)
	for k := first; k < len(ls) && k < first+n; k++ {
		l := ls[k]
		s := text[l.start:l.end]
		leftEnd, rightStart := cellMark(s, byTab, k == first)
		switch {
		case leftEnd >= 0:
			blank(lb, l.start+leftEnd, l.end)
			blank(rb, l.start, l.start+rightStart)
		case isItemLine(strings.TrimSpace(s)):
			blank(rb, l.start, l.end)
		}
	}
	return string(lb), string(rb)
}

// cellMark returns where the left cell of s ends and the right one
// begins, or -1, -1 when s holds one cell.
func cellMark(s string, byTab, labelLine bool) (int, int) {
	if byTab {
		i, j := strings.IndexByte(s, '\t'), strings.LastIndexByte(s, '\t')
		if i < 0 {
			return -1, -1
		}
		return i, j + 1
	}
	if labelLine {
		if m := noiNhanRe.FindStringIndex(s); m != nil {
			return m[1], m[1]
		}
		return -1, -1
	}
	// the last item end that more text follows
	for i := len(s) - 2; i > 0; i-- {
		if (s[i] == ';' || s[i] == '.') && s[i+1] == ' ' && strings.TrimSpace(s[i+1:]) != "" {
			r, _ := utf8.DecodeRuneInString(strings.TrimSpace(s[i+1:]))
			if r != '-' && r != '–' && r != '+' {
				return i + 1, i + 1
			}
		}
	}
	return -1, -1
}

// blank overwrites b[from:to] with spaces; every byte of a multi-byte
// rune becomes a space, so the result stays valid UTF-8.
func blank(b []byte, from, to int) {
	for i := from; i < to; i++ {
		b[i] = ' '
	}
}
