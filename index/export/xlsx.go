// Package export writes what a library follows up in forms other programs
// and printers take: the Decree 30 registers, the task list and the monthly
// report as .xlsx laid out to print (A4 landscape, Times New Roman, the
// Appendix IV columns, header rows repeated on every page); deadlines as an
// iCalendar file; documents as JSON with the Appendix VI metadata names.
package export

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/xuri/excelize/v2"

	"vanthu/docs/vndate"
)

// Column is one column of a printed table.
type Column struct {
	Title string
	Width float64 // in characters
}

// Table is one sheet: title lines above a table whose header row (and the
// row of column numbers under it, as Decree 30's forms have) repeats on
// every printed page.
type Table struct {
	Sheet    string   // sheet name (at most 31 characters)
	Headings []string // lines above the table: the body's name, the register's name, the year
	Columns  []Column
	Rows     [][]any
	Red      map[int]bool // rows (0-based) printed in red: overdue
	Footer   []string     // lines under the table
}

const font = "Times New Roman"

// WriteXLSX writes the tables, one sheet each, to path.
func WriteXLSX(path string, tables ...Table) error {
	f, err := BuildXLSX(tables...)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.SaveAs(path); err != nil {
		return fmt.Errorf("không ghi được %s: %w", path, err)
	}
	return nil
}

// BuildXLSX lays the tables out in a new workbook.
func BuildXLSX(tables ...Table) (*excelize.File, error) {
	f := excelize.NewFile()
	if err := f.SetDefaultFont(font); err != nil {
		f.Close()
		return nil, err
	}
	for i, t := range tables {
		if err := addSheet(f, i, t); err != nil {
			f.Close()
			return nil, err
		}
	}
	f.SetActiveSheet(0)
	return f, nil
}

func addSheet(f *excelize.File, i int, t Table) error {
	name := sheetName(t.Sheet)
	if i == 0 {
		if err := f.SetSheetName("Sheet1", name); err != nil {
			return err
		}
	} else if _, err := f.NewSheet(name); err != nil {
		return err
	}
	n := len(t.Columns)
	if n == 0 {
		return fmt.Errorf("bảng %q không có cột", t.Sheet)
	}
	last, _ := excelize.ColumnNumberToName(n)
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	row := 1
	for k, h := range t.Headings {
		cell := fmt.Sprintf("A%d", row)
		f.SetCellValue(name, cell, h)
		f.MergeCell(name, cell, fmt.Sprintf("%s%d", last, row))
		style := st.heading
		if k == 0 && len(t.Headings) > 2 {
			style = st.body // the body's name, in small capitals above the title
		}
		f.SetCellStyle(name, cell, cell, style)
		f.SetRowHeight(name, row, 20)
		row++
	}
	if len(t.Headings) > 0 {
		row++ // a blank line before the table
	}
	header := row
	for c, col := range t.Columns {
		cn, _ := excelize.ColumnNumberToName(c + 1)
		f.SetCellValue(name, fmt.Sprintf("%s%d", cn, row), col.Title)
		f.SetCellValue(name, fmt.Sprintf("%s%d", cn, row+1), c+1)
		f.SetColWidth(name, cn, cn, col.Width)
	}
	f.SetCellStyle(name, fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", last, row), st.header)
	titles := make([]any, n)
	for c, col := range t.Columns {
		titles[c] = col.Title
	}
	f.SetRowHeight(name, row, rowHeight(t.Columns, titles, 14, 0.95))
	f.SetCellStyle(name, fmt.Sprintf("A%d", row+1), fmt.Sprintf("%s%d", last, row+1), st.number)
	row += 2
	for r, values := range t.Rows {
		for c, v := range values {
			if c >= n {
				break
			}
			cn, _ := excelize.ColumnNumberToName(c + 1)
			if d, ok := v.(vndate.Date); ok {
				v = dmy(d)
			}
			f.SetCellValue(name, fmt.Sprintf("%s%d", cn, row), v)
		}
		// LibreOffice keeps the stored height of a row, so wrapped cells
		// need it set to the lines they take.
		f.SetRowHeight(name, row, rowHeight(t.Columns, values, 14.5, 1.1))
		style := st.cell
		if t.Red[r] {
			style = st.red
		}
		f.SetCellStyle(name, fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", last, row), style)
		row++
	}
	for _, line := range t.Footer {
		row++
		f.SetCellValue(name, fmt.Sprintf("A%d", row), line)
		f.MergeCell(name, fmt.Sprintf("A%d", row), fmt.Sprintf("%s%d", last, row))
		f.SetCellStyle(name, fmt.Sprintf("A%d", row), fmt.Sprintf("A%d", row), st.body)
	}
	// Print: A4 (paper size 9) landscape, all columns on one page width,
	// the header rows on every page, page numbers in the footer.
	a4, landscape, one, any := 9, "landscape", 1, 0
	if err := f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape,
		FitToWidth: &one, FitToHeight: &any}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	top, side, bottom := 0.6, 0.5, 0.6
	center := true
	if err := f.SetPageMargins(name, &excelize.PageLayoutMarginsOptions{Top: &top, Bottom: &bottom, Left: &side,
		Right: &side, Horizontally: &center}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(name, &excelize.HeaderFooterOptions{OddFooter: `&C&"Times New Roman"Trang &P/&N`}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles",
		RefersTo: fmt.Sprintf("'%s'!$%d:$%d", name, header, header+1), Scope: name}); err != nil {
		return err
	}
	return f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: header + 1,
		TopLeftCell: fmt.Sprintf("A%d", header+2), ActivePane: "bottomLeft"})
}

// rowHeight is the height in points of a row whose cells wrap within their
// columns: the most lines any cell takes (charsPerUnit characters of Times
// New Roman 11 pt per unit of column width; fewer in bold or capitals), at
// perLine points a line.
func rowHeight(cols []Column, values []any, perLine, charsPerUnit float64) float64 {
	lines := 1
	for c, v := range values {
		if c >= len(cols) {
			break
		}
		var text string
		switch x := v.(type) {
		case string:
			text = x
		case vndate.Date:
			continue
		default:
			text = fmt.Sprint(x)
		}
		perRow := int(cols[c].Width * charsPerUnit)
		if perRow < 1 {
			perRow = 1
		}
		n := 0
		for _, para := range strings.Split(text, "\n") {
			n += (width(para) + perRow - 1) / perRow
		}
		lines = max(lines, n)
	}
	return float64(lines)*perLine + 3
}

// width counts a capital as 1.4 letters: titles in capitals are wider.
func width(s string) int {
	w := 0.0
	for _, r := range s {
		if unicode.IsUpper(r) {
			w += 1.4
		} else {
			w++
		}
	}
	return int(w + 0.5)
}

type styles struct{ heading, header, number, cell, red, body int }

func newStyles(f *excelize.File) (styles, error) {
	border := []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
		{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}}
	var s styles
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	s.heading = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 14, Bold: true},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	s.body = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 12},
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center"}})
	s.header = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11, Bold: true}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}})
	s.number = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 10, Italic: true}, Border: border,
		Alignment: &excelize.Alignment{Horizontal: "center"}})
	s.cell = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, Border: border,
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.red = mk(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11, Color: "C00000"}, Border: border,
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	return s, err
}

// sheetName makes a valid sheet name: at most 31 characters, none of : \ / ? * [ ].
func sheetName(s string) string {
	s = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`:\/?*[]`, r) {
			return '-'
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 31 {
		s = string(r[:31])
	}
	if s == "" {
		s = "Sổ"
	}
	return s
}

func dmy(d vndate.Date) string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%02d/%02d/%04d", d.Day, d.Month, d.Year)
}
