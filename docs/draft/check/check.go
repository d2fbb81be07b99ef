// Package check lists what a leader would send a draft back for, before it
// is signed: the number and date forms of Decree 30, the Quốc hiệu and Tiêu
// ngữ, the Kính gửi and Nơi nhận punctuation, the closing "./.", page
// margins and fonts, cited documents the library knows were replaced or
// repealed, and placeholders left unfilled. It reads the file and never
// changes it.
package check

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read/docx"
	"vanthu/docs/vn"
)

// Severities of a finding.
const (
	Error = "lỗi"   // against Decree 30: must be fixed before signing
	Note  = "lưu ý" // normal in a draft, to finish before issuing (a blank number)
)

// Finding is one thing to fix, with the place in the text.
type Finding struct {
	Code     string `json:"code"` // stable name: "so-ky-hieu", "ngay-thang", ...
	Severity string `json:"severity"`
	Message  string `json:"message"`   // Vietnamese
	Para     int    `json:"paragraph"` // index in Paragraphs, -1 when about the whole file
	Excerpt  string `json:"excerpt,omitempty"`
}

// Lookup tells what the library knows of a cited document.
type Lookup interface {
	// Superseded reports whether a document of the library says it replaces
	// or repeals the document numbered number, and which one says so.
	Superseded(ctx context.Context, number string) (by string, ok bool, err error)
}

// Result is the checker's answer.
type Result struct {
	Paragraphs []string  `json:"paragraphs"` // the draft's paragraphs, table cells flattened, as Para counts them
	Findings   []Finding `json:"findings"`
}

// Errors counts the findings of severity Error.
func (r *Result) Errors() int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == Error {
			n++
		}
	}
	return n
}

// File checks a .docx draft. lookup may be nil (no library).
func File(ctx context.Context, data []byte, lookup Lookup) (*Result, error) {
	doc, err := docx.Read(data)
	if err != nil {
		return nil, err
	}
	c := &checker{doc: doc, paras: doc.Paragraphs()}
	c.number()
	c.dateLine()
	c.nationalTitle()
	c.kinhGui()
	c.closing()
	c.noiNhan()
	c.placeholders()
	layout, err := readLayout(data)
	if err != nil {
		return nil, err
	}
	c.findings = append(c.findings, layout.findings()...)
	if lookup != nil {
		if err := c.citations(ctx, lookup); err != nil {
			return nil, err
		}
	}
	return &Result{Paragraphs: c.paras, Findings: c.findings}, nil
}

type checker struct {
	doc      *model.Document
	paras    []string
	findings []Finding
}

func (c *checker) add(code, sev string, para int, format string, args ...any) {
	f := Finding{Code: code, Severity: sev, Message: fmt.Sprintf(format, args...), Para: para}
	if para >= 0 && para < len(c.paras) {
		f.Excerpt = excerpt(c.paras[para])
	}
	c.findings = append(c.findings, f)
}

func excerpt(s string) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if r := []rune(s); len(r) > 90 {
		return string(r[:90]) + "…"
	}
	return s
}

// find returns the first paragraph matching re, or -1.
func (c *checker) find(re *regexp.Regexp) int {
	for i, p := range c.paras {
		if re.MatchString(p) {
			return i
		}
	}
	return -1
}

// Type codes of Appendix III that stand first in the symbol of a typed
// document ("15/QĐ-UBND"); a công văn has none.
var typeCodes = map[string]string{
	"NQ": "NGHỊ QUYẾT", "QĐ": "QUYẾT ĐỊNH", "CT": "CHỈ THỊ", "QC": "QUY CHẾ", "QyĐ": "QUY ĐỊNH", "TC": "THÔNG CÁO",
	"TB": "THÔNG BÁO", "HD": "HƯỚNG DẪN", "CTr": "CHƯƠNG TRÌNH", "KH": "KẾ HOẠCH", "PA": "PHƯƠNG ÁN", "ĐA": "ĐỀ ÁN",
	"DA": "DỰ ÁN", "BC": "BÁO CÁO", "BB": "BIÊN BẢN", "TTr": "TỜ TRÌNH", "HĐ": "HỢP ĐỒNG", "CĐ": "CÔNG ĐIỆN",
	"BGN": "BẢN GHI NHỚ", "BTT": "BẢN THỎA THUẬN", "GUQ": "GIẤY ỦY QUYỀN", "GM": "GIẤY MỜI", "GGT": "GIẤY GIỚI THIỆU",
	"GNP": "GIẤY NGHỈ PHÉP", "PG": "PHIẾU GỬI", "PC": "PHIẾU CHUYỂN", "PB": "PHIẾU BÁO",
}

var (
	numberLineRe = regexp.MustCompile(`^Số\s*:\s*(.*)$`)
	numberRe     = regexp.MustCompile(`^(\d+)/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)$`)
	blankNumRe   = regexp.MustCompile(`^(?:\.{0,}|…*|_*)\s*/([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)$`)
)

// typeName returns the code of the type-name line ("KẾ HOẠCH"), "" for a
// công văn.
func (c *checker) typeName() string {
	for _, p := range c.paras {
		for code, name := range typeCodes {
			if strings.TrimSpace(p) == name {
				return code
			}
		}
	}
	return ""
}

func (c *checker) number() {
	i := -1
	var raw string
	for j, p := range c.paras {
		if m := numberLineRe.FindStringSubmatch(strings.TrimSpace(strings.SplitN(p, "\n", 2)[0])); m != nil {
			i, raw = j, strings.TrimSpace(m[1])
			break
		}
	}
	if i < 0 {
		c.add("so-ky-hieu", Error, -1, "không thấy dòng số, ký hiệu (\"Số: 15/QĐ-UBND\")")
		return
	}
	var num, symbol string
	if m := numberRe.FindStringSubmatch(raw); m != nil {
		num, symbol = m[1], m[2]
		if n, _ := strconv.Atoi(num); n < 10 && len(num) < 2 {
			c.add("so-ky-hieu", Error, i, "số %s dưới 10 phải viết thêm số 0 phía trước (%02d)", num, n)
		}
	} else if m := blankNumRe.FindStringSubmatch(strings.ReplaceAll(raw, " ", "")); m != nil && !strings.Contains(raw, "{{") {
		symbol = m[1]
		c.add("so-ky-hieu", Note, i, "số văn bản để trống: văn thư điền khi ban hành")
	} else if !strings.Contains(raw, "{{") {
		c.add("so-ky-hieu", Error, i, "số, ký hiệu %q không đúng dạng \"Số: 15/QĐ-UBND\" (số, dấu \"/\", ký hiệu nối bằng \"-\", không có dấu cách)", raw)
		return
	}
	if symbol == "" {
		return
	}
	first, _, _ := strings.Cut(symbol, "-")
	typ := c.typeName()
	switch {
	case typ == "" && typeCodes[first] != "":
		c.add("so-ky-hieu", Error, i, "công văn không có tên loại nhưng ký hiệu lại bắt đầu bằng mã loại %q (ký hiệu công văn: tên cơ quan - đơn vị soạn thảo, như \"SYT-VP\")", first)
	case typ != "" && first != typ:
		c.add("so-ky-hieu", Error, i, "văn bản là %s nhưng ký hiệu không bắt đầu bằng %q (như \"%s-UBND\")", strings.ToLower(typeCodes[typ]), typ+"-", typ)
	}
}

var dateLineRe = regexp.MustCompile(`ngày\s+(\S*)\s+tháng\s+(\S*)\s+năm\s+(\d{4}|\S*)`)

func (c *checker) dateLine() {
	for i, p := range c.paras {
		p = strings.TrimSpace(p)
		if !strings.Contains(p, ", ngày") || strings.HasPrefix(p, "Số") && !strings.Contains(p, ",") {
			continue
		}
		m := dateLineRe.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		day, month := m[1], m[2]
		if day == "" || month == "" || !isDigits(day) || !isDigits(month) {
			c.add("ngay-thang", Note, i, "ngày tháng để trống: điền khi ký ban hành")
			return
		}
		d, _ := strconv.Atoi(day)
		mo, _ := strconv.Atoi(month)
		switch {
		case d < 10 && len(day) < 2:
			c.add("ngay-thang", Error, i, "ngày %s dưới 10 phải có số 0 phía trước (ngày %02d)", day, d)
		case d >= 10 && len(day) > 2:
			c.add("ngay-thang", Error, i, "ngày %q viết thừa số 0", day)
		}
		switch {
		case mo <= 2 && len(month) < 2:
			c.add("ngay-thang", Error, i, "tháng %s phải viết %02d (tháng 1 và 2 có số 0 phía trước)", month, mo)
		case mo >= 3 && strings.HasPrefix(month, "0"):
			c.add("ngay-thang", Error, i, "tháng %s không viết số 0 phía trước (tháng %d)", month, mo)
		}
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			c.add("ngay-thang", Error, i, "ngày tháng không có thật: ngày %s tháng %s", day, month)
		}
		return
	}
	c.add("ngay-thang", Error, -1, "không thấy dòng địa danh, ngày tháng năm (\"Hà Nội, ngày 05 tháng 01 năm 2021\")")
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func (c *checker) nationalTitle() {
	var qh, tn bool
	for _, p := range c.paras {
		k := vn.Key(p)
		qh = qh || strings.Contains(k, "cộng hòa xã hội chủ nghĩa việt nam")
		tn = tn || strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(k, "-", " ")), " "), "độc lập tự do hạnh phúc")
	}
	if !qh {
		c.add("quoc-hieu", Error, -1, "thiếu Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"")
	}
	if !tn {
		c.add("tieu-ngu", Error, -1, "thiếu Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\"")
	}
}

var kinhGuiRe = regexp.MustCompile(`^Kính\s+gửi\s*:\s*(.*)$`)

func (c *checker) kinhGui() {
	for i, p := range c.paras {
		m := kinhGuiRe.FindStringSubmatch(strings.TrimSpace(p))
		if m == nil {
			continue
		}
		rest := strings.TrimSpace(m[1])
		var items []int
		for j := i + 1; j < len(c.paras) && strings.HasPrefix(strings.TrimSpace(c.paras[j]), "-"); j++ {
			items = append(items, j)
		}
		if rest != "" && len(items) == 0 { // one recipient on the same line
			if !strings.HasSuffix(rest, ".") {
				c.add("kinh-gui", Error, i, "Kính gửi một nơi phải kết thúc bằng dấu \".\"")
			}
			return
		}
		if rest != "" {
			c.add("kinh-gui", Error, i, "Kính gửi nhiều nơi: mỗi nơi một dòng, bắt đầu bằng \"-\"")
		}
		if len(items) == 0 {
			c.add("kinh-gui", Error, i, "Kính gửi không có nơi nhận nào, hoặc các dòng không bắt đầu bằng \"-\"")
			return
		}
		for n, j := range items {
			t := strings.TrimSpace(c.paras[j])
			last := n == len(items)-1
			switch {
			case last && !strings.HasSuffix(t, "."):
				c.add("kinh-gui", Error, j, "dòng Kính gửi cuối cùng phải kết thúc bằng dấu \".\"")
			case !last && !strings.HasSuffix(t, ";"):
				c.add("kinh-gui", Error, j, "mỗi dòng Kính gửi (trừ dòng cuối) phải kết thúc bằng dấu \";\"")
			}
		}
		return
	}
}

var noiNhanRe = regexp.MustCompile(`^Nơi\s+nhận\s*:`)

// closing: the body's last paragraph, before the signer and Nơi nhận,
// ends with "./.".
func (c *checker) closing() {
	end := c.find(noiNhanRe)
	if end < 0 {
		end = len(c.paras)
	}
	for i := end - 1; i >= 0; i-- {
		t := strings.TrimSpace(c.paras[i])
		if t == "" || isSignerLine(t) || strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") { // "(Đính kèm …)" follows the body
			continue
		}
		if !strings.HasSuffix(t, "./.") {
			c.add("ket-thuc", Error, i, "phần nội dung phải kết thúc bằng dấu \"./.\"")
		}
		return
	}
}

// isSignerLine: the authority and title in capitals, or the signer's name
// (a few capitalised words), which may come before Nơi nhận once flattened.
func isSignerLine(t string) bool {
	if strings.ToUpper(t) == t {
		return true
	}
	words := strings.Fields(t)
	if len(words) > 5 || strings.ContainsAny(t, ".,;:") {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if strings.ToUpper(string(r[0])) != string(r[0]) {
			return false
		}
	}
	return true
}

var (
	luuRe = regexp.MustCompile(`Lưu\s*:\s*VT\b`)
	// The drafter's initials may follow the unit: "Lưu: VT, NCTH.HH".
	initialsRe = regexp.MustCompile(`\.\s*[\p{Lu}\p{N}]{1,6}$`)
)

func (c *checker) noiNhan() {
	i := c.find(noiNhanRe)
	if i < 0 {
		c.add("noi-nhan", Error, -1, "thiếu phần Nơi nhận")
		return
	}
	var items []int
	for j := i + 1; j < len(c.paras) && strings.HasPrefix(strings.TrimSpace(c.paras[j]), "-"); j++ {
		items = append(items, j)
	}
	if len(items) == 0 {
		c.add("noi-nhan", Error, i, "Nơi nhận không có dòng nào bắt đầu bằng \"-\"")
		return
	}
	last := items[len(items)-1]
	if !luuRe.MatchString(c.paras[last]) {
		c.add("noi-nhan", Error, last, "Nơi nhận phải kết thúc bằng \"- Lưu: VT, <đơn vị soạn thảo>.\"")
	} else if t := strings.TrimSpace(c.paras[last]); !strings.HasSuffix(t, ".") && !initialsRe.MatchString(t) {
		c.add("noi-nhan", Error, last, "dòng \"Lưu: VT, …\" phải kết thúc bằng dấu \".\"")
	}
	for _, j := range items[:len(items)-1] {
		if !strings.HasSuffix(strings.TrimSpace(c.paras[j]), ";") {
			c.add("noi-nhan", Error, j, "mỗi dòng Nơi nhận (trừ dòng Lưu) phải kết thúc bằng dấu \";\"")
		}
	}
}

var placeholderRe = regexp.MustCompile(`\{\{[^{}]*\}\}`)

func (c *checker) placeholders() {
	for i, p := range c.paras {
		for _, m := range placeholderRe.FindAllString(p, -1) {
			c.add("chua-dien", Error, i, "chỗ %s chưa điền", m)
		}
	}
	for _, n := range c.doc.Notes {
		for _, b := range n.Blocks {
			for _, m := range placeholderRe.FindAllString(b.Text, -1) {
				c.add("chua-dien", Error, -1, "chỗ %s trong chú thích (%s) chưa điền", m, n.Mark)
			}
		}
	}
	for _, b := range append(append([]model.Block{}, c.doc.Headers...), c.doc.Footers...) {
		for _, m := range placeholderRe.FindAllString(b.Text, -1) {
			c.add("chua-dien", Error, -1, "chỗ %s ở đầu trang hoặc chân trang chưa điền", m)
		}
	}
}

// citations asks the library about every document the draft cites.
func (c *checker) citations(ctx context.Context, lookup Lookup) error {
	flat := make([]string, len(c.paras))
	for i, p := range c.paras {
		flat[i] = strings.ReplaceAll(p, "\n", " ") // one line a paragraph, so offsets map back
	}
	text := strings.Join(flat, "\n")
	r := extract.FromText(text)
	seen := map[string]bool{}
	for _, ref := range r.References {
		if ref.Number == "" || seen[ref.Number] {
			continue
		}
		seen[ref.Number] = true
		by, ok, err := lookup.Superseded(ctx, ref.Number)
		if err != nil {
			return err
		}
		if ok {
			c.add("van-ban-het-hieu-luc", Error, c.paraAt(text, ref.Start), "văn bản số %s đã bị thay thế hoặc bãi bỏ (theo %s trong thư viện)", ref.Number, by)
		}
	}
	return nil
}

// paraAt maps a byte offset of the joined text to its paragraph.
func (c *checker) paraAt(text string, off int) int {
	if off < 0 || off > len(text) {
		return -1
	}
	return strings.Count(text[:off], "\n")
}

var (
	repealBefore = regexp.MustCompile(`(?i)(thay thế|bãi bỏ|hủy bỏ|huỷ bỏ|bị thay thế bởi)`)
	repealAfter  = regexp.MustCompile(`(?i)(hết hiệu lực|bị bãi bỏ|bị thay thế|được thay thế)`)
)

// Supersedes reports whether text says the document numbered number is
// replaced or repealed: "thay thế Quyết định số 15/QĐ-UBND", "bãi bỏ …",
// or "Quyết định số 15/QĐ-UBND … hết hiệu lực", within one sentence. It
// returns the sentence.
func Supersedes(text, number string) (string, bool) {
	if number == "" {
		return "", false
	}
	lt, ln := strings.ToLower(text), strings.ToLower(number)
	if len(lt) != len(text) || len(ln) != len(number) { // lowering changed byte lengths: offsets would not map back
		lt, ln = text, number
	}
	for from := 0; ; {
		i := strings.Index(lt[from:], ln)
		if i < 0 {
			return "", false
		}
		i += from
		from = i + len(ln)
		if from < len(lt) && (isAlnum(lt[from]) || lt[from] == '/' || lt[from] == '-') {
			continue // "15/QĐ-UBND" inside "115/QĐ-UBNDT"
		}
		if i > 0 && (isAlnum(lt[i-1]) || lt[i-1] == '/') {
			continue
		}
		start := strings.LastIndexAny(text[:i], ".;\n") + 1
		end := strings.IndexAny(text[from:], ";\n")
		if dot := strings.Index(text[from:], ". "); dot >= 0 && (end < 0 || dot < end) {
			end = dot
		}
		if end < 0 {
			end = len(text)
		} else {
			end += from
		}
		if repealBefore.MatchString(text[start:i]) || repealAfter.MatchString(text[from:end]) {
			return strings.TrimSpace(text[start:end]), true
		}
	}
}

func isAlnum(b byte) bool { return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 0x80 }
