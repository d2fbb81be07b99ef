package tasks

import (
	"strings"
	"unicode/utf8"
)

// Plans' appendix tables are often numbered by section: a part letter
// ("A" over a title in capitals), Roman sections, and rows numbered after
// their section ("I" / "Hoàn thiện thể chế" / "1.1" / "1.2", "II" / … /
// "2.1"), with no row "1" above the "1.x" rows; a section may also hold a
// single row numbered alone ("III" / … / "3").

// partLetter reports a line that is only a part letter of a table, "A" or
// "B." (C and D read as Roman numerals already).
func partLetter(t string) bool {
	t = strings.TrimSuffix(strings.TrimSpace(t), ".")
	if utf8.RuneCountInString(t) != 1 {
		return false
	}
	return t[0] >= 'A' && t[0] <= 'H'
}

// sectionFirstRow returns the row number the table goes on with after a
// section row whose next line is t, given n, the number it expected: the
// number of a row alone ("3"), one past the section of a sub-row ("2.1" is
// a sub-row of a row 2 the table leaves out, so 3), else 1.
func sectionFirstRow(t string, n int) int {
	if m := rowNum(t); m > 0 {
		return m
	}
	if lab, k := matchLabel(t); k == kindNum2 {
		if major, _, ok := strings.Cut(lab, "."); ok && isDigits(major) {
			if m := atoi(major); m > 0 && subOpen(t, m) > 0 {
				return m + 1
			}
		}
	}
	return 1
}

// opensSectionRow reports a line that opens the first row of a section:
// its number alone, or a sub-row number "2.1".
func opensSectionRow(t string) bool {
	return isRowNumber(t) || sectionFirstRow(t, 0) > 1
}

// numberedRows reports whether the rows of a table whose header ends at
// spans[j] open with their numbers, and the number the first row has. A
// header without a number column ("Nội dung" / "Đơn vị thực hiện" / …,
// repeated under each section) may still head rows numbered "2.1", "2.2".
func numberedRows(text string, spans []span, j int, numCol bool) (bool, int) {
	if j >= len(spans) {
		return numCol, 1
	}
	t := text[spans[j].start:spans[j].end]
	n := sectionFirstRow(t, 1)
	if numCol {
		return true, n
	}
	return opensSectionRow(t), n
}
