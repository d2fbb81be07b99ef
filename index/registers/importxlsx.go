package registers

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// Fields a column of an old register can be mapped to.
const (
	FieldArrival   = "ngay_den"     // ngày đến (incoming)
	FieldNumber    = "so_den"       // số đến (incoming)
	FieldIssuer    = "tac_gia"      // tác giả, cơ quan ban hành
	FieldDocNumber = "so_ky_hieu"   // số, ký hiệu
	FieldDocDate   = "ngay_van_ban" // ngày tháng văn bản
	FieldSubject   = "trich_yeu"    // tên loại và trích yếu
	FieldRecipient = "nguoi_nhan"   // đơn vị hoặc người nhận; nơi nhận (outgoing)
	FieldSigner    = "nguoi_ky"     // người ký (outgoing)
	FieldCopies    = "so_ban"       // số lượng bản (outgoing)
	FieldNote      = "ghi_chu"
)

// Fields lists every field name, for help texts.
var Fields = []string{FieldArrival, FieldNumber, FieldIssuer, FieldDocNumber, FieldDocDate, FieldSubject,
	FieldRecipient, FieldSigner, FieldCopies, FieldNote}

var fieldNames = map[string]string{
	FieldArrival: "Ngày đến", FieldNumber: "Số đến", FieldIssuer: "Tác giả", FieldDocNumber: "Số, ký hiệu",
	FieldDocDate: "Ngày tháng", FieldSubject: "Trích yếu", FieldRecipient: "Người nhận", FieldSigner: "Người ký",
	FieldCopies: "Số bản", FieldNote: "Ghi chú",
}

// headerWords guess a field from a header cell, folded; the first match wins,
// so the longer phrases come first.
var headerWords = []struct{ words, field string }{
	{"ngay den", FieldArrival}, {"so den", FieldNumber}, {"tac gia", FieldIssuer}, {"co quan ban hanh", FieldIssuer},
	{"noi gui", FieldIssuer}, {"so, ky hieu", FieldDocNumber}, {"so ky hieu", FieldDocNumber}, {"ky hieu", FieldDocNumber},
	{"ngay thang", FieldDocDate}, {"ngay van ban", FieldDocDate}, {"ngay ban hanh", FieldDocDate},
	{"trich yeu", FieldSubject}, {"nguoi ky", FieldSigner}, {"so luong ban", FieldCopies}, {"so ban", FieldCopies},
	{"ban luu", ""}, {"ngay chuyen", ""}, {"ky nhan", ""}, {"nguoi nhan", FieldRecipient}, {"noi nhan", FieldRecipient},
	{"don vi", FieldRecipient}, {"ghi chu", FieldNote},
}

// ColumnMap is how one column of the sheet is read.
type ColumnMap struct {
	Column string `json:"column"` // "B"
	Header string `json:"header"`
	Field  string `json:"field"` // "" = not imported
}

// RowProblem is a row that could not be imported, and why.
type RowProblem struct {
	Row     int    `json:"row"`
	Column  string `json:"column,omitempty"`
	Message string `json:"message"`
}

func (p RowProblem) String() string {
	if p.Column != "" {
		return fmt.Sprintf("dòng %d, cột %s: %s", p.Row, p.Column, p.Message)
	}
	return fmt.Sprintf("dòng %d: %s", p.Row, p.Message)
}

// ImportResult tells what an import did: every non-empty row below the
// header is either imported or listed in Problems.
type ImportResult struct {
	Book      string       `json:"book"`
	Sheet     string       `json:"sheet"`
	HeaderRow int          `json:"header_row"`
	Columns   []ColumnMap  `json:"columns"`
	Imported  int          `json:"imported"`
	Problems  []RowProblem `json:"problems"`
}

// ImportOptions adjust an import.
type ImportOptions struct {
	Book    string            // Incoming or Outgoing; "" = guessed from the header
	Mapping map[string]string // column letter or header text → field; overrides the guess
	DryRun  bool              // read and check only
}

// ErrNoHeader means no row of the sheet looks like a register's header.
var ErrNoHeader = errors.New("không tìm thấy dòng tiêu đề của sổ (cần các cột như «Ngày đến», «Số đến», «Số, ký hiệu», «Trích yếu»)")

// GuessColumns reads the header row of the first sheet of an .xlsx file and
// guesses the mapping, for a clerk to review before importing.
func GuessColumns(path string) (*ImportResult, error) {
	f, rows, sheet, err := openSheet(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	res := &ImportResult{Sheet: sheet}
	if err := guess(rows, res, ImportOptions{}); err != nil {
		return nil, err
	}
	return res, nil
}

func openSheet(path string) (*excelize.File, [][]string, string, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return nil, nil, "", fmt.Errorf("%s: không đọc được tệp Excel .xlsx (%v)", filepath.Base(path), err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		f.Close()
		return nil, nil, "", fmt.Errorf("%s: tệp Excel không có trang tính nào", filepath.Base(path))
	}
	rows, err := f.GetRows(sheets[0], excelize.Options{RawCellValue: true})
	if err != nil {
		f.Close()
		return nil, nil, "", fmt.Errorf("%s: không đọc được trang «%s» (%v)", filepath.Base(path), sheets[0], err)
	}
	return f, rows, sheets[0], nil
}

func guessField(header string) string {
	h := strings.Join(strings.Fields(vn.Fold(header)), " ")
	for _, w := range headerWords {
		if strings.Contains(h, w.words) {
			return w.field
		}
	}
	return ""
}

func guess(rows [][]string, res *ImportResult, o ImportOptions) error {
	best, bestN := -1, 1
	for i := 0; i < len(rows) && i < 20; i++ {
		n := 0
		for _, c := range rows[i] {
			if guessField(c) != "" {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return ErrNoHeader
	}
	res.HeaderRow = best + 1
	res.Columns = nil
	has := map[string]bool{}
	for c, h := range rows[best] {
		col, _ := excelize.ColumnNumberToName(c + 1)
		field := guessField(h)
		if has[field] {
			field = "" // the first column of a kind wins
		}
		for _, key := range []string{col, strings.TrimSpace(h)} {
			if f, ok := o.Mapping[key]; ok {
				field = f
			}
		}
		if field != "" {
			has[field] = true
		}
		res.Columns = append(res.Columns, ColumnMap{Column: col, Header: strings.TrimSpace(h), Field: field})
	}
	res.Book = o.Book
	if res.Book == "" {
		res.Book = Outgoing
		if has[FieldArrival] || has[FieldNumber] {
			res.Book = Incoming
		}
	}
	return nil
}

// ParseMapping reads "B=so_den,Ngày đến=ngay_den" (a column letter or a
// header text, then a field; "-" for a column to leave out).
func ParseMapping(s string) (map[string]string, error) {
	out := map[string]string{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(part, "=")
		k, v = strings.TrimSpace(vn.NFC(k)), strings.TrimSpace(v)
		if !ok || k == "" {
			return nil, fmt.Errorf("ánh xạ cột %q: viết CỘT=trường, như B=so_den", part)
		}
		if v == "-" {
			v = ""
		} else if _, known := fieldNames[v]; !known {
			return nil, fmt.Errorf("ánh xạ cột %q: không có trường %q (các trường: %s)", part, v, strings.Join(Fields, ", "))
		}
		out[k] = v
	}
	return out, nil
}

var (
	reLeadingNumber = regexp.MustCompile(`^\s*(\d+)`)
	// A note saying the document is secret: "Mật", "Tối mật", "Tuyệt mật".
	reSecret = regexp.MustCompile(`(^|[^a-z])mat([^a-z]|$)`)
)

// ImportXLSX imports an old register kept in Excel. The whole import is one
// transaction: an office's past years come in whole, and every row that
// cannot be read is listed with its row and column, not dropped silently.
func (r *Registers) ImportXLSX(ctx context.Context, path string, o ImportOptions) (*ImportResult, error) {
	f, rows, sheet, err := openSheet(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	res := &ImportResult{Sheet: sheet}
	if err := guess(rows, res, o); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	colOf := map[string]int{}
	for i, c := range res.Columns {
		if c.Field != "" {
			colOf[c.Field] = i
		}
	}
	dateField, numberField := FieldArrival, FieldNumber
	if res.Book == Outgoing {
		dateField, numberField = FieldDocDate, FieldDocNumber
	}
	for _, need := range []string{dateField, numberField} {
		if _, ok := colOf[need]; !ok {
			return nil, fmt.Errorf("%s: sổ %s cần cột «%s» (trường %s); hãy chỉ rõ bằng ánh xạ cột", filepath.Base(path),
				BookName(res.Book), fieldNames[need], need)
		}
	}
	base := filepath.Base(path)
	var entries []Entry
	for i := res.HeaderRow; i < len(rows); i++ {
		row := rows[i]
		cell := func(field string) (string, string) {
			c, ok := colOf[field]
			if !ok || c >= len(row) {
				return "", res.columnName(c)
			}
			return strings.TrimSpace(vn.NFC(row[c])), res.columnName(c)
		}
		if blank(row) || numbersRow(row) {
			continue
		}
		rowNo := i + 1
		e := Entry{Book: res.Book, Source: fmt.Sprintf("%s, dòng %d", base, rowNo)}
		var bad *RowProblem
		v, col := cell(dateField)
		if e.EntryDate, err = excelDate(v); err != nil {
			bad = &RowProblem{rowNo, col, fmt.Sprintf("«%s» không phải ngày (viết DD/MM/YYYY)", v)}
		}
		if v, col := cell(FieldDocDate); bad == nil && v != "" {
			if e.DocDate, err = excelDate(v); err != nil {
				bad = &RowProblem{rowNo, col, fmt.Sprintf("«%s» không phải ngày (viết DD/MM/YYYY)", v)}
			}
		}
		if bad == nil {
			v, col := cell(numberField)
			m := reLeadingNumber.FindStringSubmatch(v)
			n, convErr := 0, error(nil)
			if m != nil {
				n, convErr = strconv.Atoi(m[1])
			}
			if m == nil || convErr != nil || n < 1 {
				bad = &RowProblem{rowNo, col, fmt.Sprintf("«%s» không có số thứ tự", v)}
			}
			e.Number = n
		}
		if bad != nil {
			res.Problems = append(res.Problems, *bad)
			continue
		}
		e.Year = e.EntryDate.Year
		e.DocNumber, _ = cell(FieldDocNumber)
		e.Issuer, _ = cell(FieldIssuer)
		e.Subject, _ = cell(FieldSubject)
		e.Recipient, _ = cell(FieldRecipient)
		e.Signer, _ = cell(FieldSigner)
		e.Note, _ = cell(FieldNote)
		if v, _ := cell(FieldCopies); v != "" {
			e.Copies, _ = strconv.Atoi(v)
		}
		secrecy := ""
		if reSecret.MatchString(vn.Fold(e.Note)) {
			secrecy = "Mật"
		}
		e.Secrecy = secrecy
		e.Series = IncomingSeries(secrecy)
		if res.Book == Outgoing {
			e.Series = OutgoingSeries(typeFromNumber(e.DocNumber), secrecy)
		}
		entries = append(entries, e)
	}
	err = r.st.InTx(ctx, func(tx *sql.Tx) error {
		for _, e := range entries {
			var taken int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM register_entries WHERE book = ? AND year = ? AND series = ? AND number = ?`,
				e.Book, e.Year, e.Series, e.Number).Scan(&taken); err != nil {
				return err
			}
			if taken > 0 {
				res.Problems = append(res.Problems, RowProblem{Row: rowOf(e.Source), Column: res.columnName(colOf[numberField]),
					Message: fmt.Sprintf("số %d năm %d đã có trong sổ %s", e.Number, e.Year, BookName(e.Book))})
				continue
			}
			e := e
			if err := r.insert(ctx, tx, &e); err != nil {
				return err
			}
			res.Imported++
		}
		if o.DryRun {
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

var errDryRun = errors.New("dry run")

func (res *ImportResult) columnName(c int) string {
	if c < 0 || c >= len(res.Columns) {
		return ""
	}
	col := res.Columns[c]
	if col.Header != "" {
		return fmt.Sprintf("%s (%s)", col.Column, col.Header)
	}
	return col.Column
}

func rowOf(source string) int {
	i := strings.LastIndex(source, "dòng ")
	if i < 0 {
		return 0
	}
	n, _ := strconv.Atoi(source[i+len("dòng "):])
	return n
}

func typeFromNumber(number string) string {
	_, sym, ok := strings.Cut(number, "/")
	if !ok {
		return ""
	}
	code, _, _ := strings.Cut(sym, "-")
	for c := range typeCodes {
		if strings.EqualFold(c, code) {
			return c
		}
	}
	return ""
}

// typeCodes are the Appendix III codes an outgoing number may start its symbol with.
var typeCodes = map[string]bool{"NQ": true, "QĐ": true, "CT": true, "QC": true, "QyĐ": true, "TC": true, "TB": true,
	"HD": true, "CTr": true, "KH": true, "PA": true, "ĐA": true, "DA": true, "BC": true, "BB": true, "TTr": true,
	"HĐ": true, "CĐ": true, "BGN": true, "BTT": true, "GUQ": true, "GM": true, "GGT": true, "GNP": true}

func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// numbersRow is the row of column numbers (1, 2, 3 …) under a Decree 30 header.
func numbersRow(row []string) bool {
	n := 0
	for i, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if c != strconv.Itoa(i+1) {
			return false
		}
		n++
	}
	return n >= 3
}

// excelDate reads a date cell: an Excel serial number, DD/MM/YYYY, or
// YYYY-MM-DD.
func excelDate(v string) (vndate.Date, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return vndate.Date{}, errors.New("trống")
	}
	valid := func(d vndate.Date) (vndate.Date, error) {
		if !d.Valid() {
			return vndate.Date{}, fmt.Errorf("ngày ngoài khoảng 1900–2200: %q", v)
		}
		return d, nil
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil && f > 1 && f < 200000 {
		t := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(math.Floor(f)))
		return valid(vndate.FromTime(t))
	}
	if d, err := vndate.ParseISO(v); err == nil {
		return valid(d)
	}
	for _, layout := range []string{"2/1/2006", "2-1-2006", "2.1.2006"} {
		if t, err := time.Parse(layout, v); err == nil {
			return valid(vndate.FromTime(t))
		}
	}
	return vndate.Date{}, fmt.Errorf("không phải ngày: %q", v)
}
