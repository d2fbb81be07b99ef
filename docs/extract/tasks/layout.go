package tasks

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The layout step turns the lines of the text into blocks: one list item or
// paragraph each, with its label, its nesting depth and the places in the
// source its words come from. PDF copies break sentences across lines (and
// across blank lines at page breaks), so a line continues the block before
// it unless it opens a list item or the block before it has ended a
// sentence.

// kind is the family of a list label; items nest by the order in which the
// families first appear, as clerks number them.
type kind string

const (
	kindNone   kind = ""
	kindDieu   kind = "dieu"
	kindRoman  kind = "roman"
	kindNum1   kind = "num1"
	kindNum2   kind = "num2"
	kindNum3   kind = "num3"
	kindParen  kind = "paren"
	kindLetter kind = "letter"
	kindPLet   kind = "pletter"
	kindPRoman kind = "proman" // (i), (ii), (iii), (iv): sub-items of a notice's conclusions
	kindDash   kind = "dash"
	kindPlus   kind = "plus"
	kindStar   kind = "star"
	kindRow    kind = "row"
)

// piece says that block.text[at:at+n] is source[src:src+n].
type piece struct{ at, src, n int }

// block is one paragraph, list item or table row.
type block struct {
	label  string
	kind   kind
	depth  int  // nesting depth; -1 for paragraphs outside any list
	reset  bool // "Kính gửi", "Nơi nhận": what came before no longer applies
	text   string
	key    string // lower-case copy of text, byte for byte the same length
	pieces []piece
	cells  []cell // table rows only

	// addressee: an item of the Kính gửi list or of an event's attendees,
	// never a task
	addressee bool
}

type cell struct{ start, end int } // offsets into block.text

var (
	labelRe = regexp.MustCompile(`^(?:` +
		`(?P<dieu>Điều\s+\d{1,3}[a-zđ]?\s*[.:]?)(?:\s|$)` +
		`|(?P<roman>[IVX]{1,5}\s*[.)])(?:\s|$)` +
		`|(?P<num3>\d{1,2}\.\d{1,2}\.\d{1,2}\.?)(?:\s|$)` +
		`|(?P<num2>\d{1,2}\.\d{1,2}\.?)(?:\s|$)` +
		`|(?P<num1>\d{1,2}\s*[.]|\d{1,2}\s+-|\d{1,2}$)(?:\s|$)` +
		`|(?P<paren>\d{1,2}\)|\(\d{1,2}\))(?:\s|$)` +
		`|(?P<letter>[a-zđ]\))` +
		`|(?P<proman>\((?:i{1,3}|iv|vi{0,3}|ix|x)\))(?:\s|$)` +
		`|(?P<pletter>\([a-zđ]\))(?:\s|$)` +
		`|(?P<dash>[-–—]+)` +
		`|(?P<plus>\+)` +
		`|(?P<star>[*•·])` +
		`)`)
	labelKinds = labelRe.SubexpNames()
	// "3. Giải quyết ... đình công 3.1. Rà soát ..." — and sometimes inside it.
	innerLabel = regexp.MustCompile(`\s(\d{1,2}\.\d{1,2}\.)\s+\p{Lu}`)
	kinhGui    = regexp.MustCompile(`(?i)kính\s+gửi\s*:`)
	noiNhan    = regexp.MustCompile(`^(?i)nơi\s+nhận\s*:?`)
	preamble   = regexp.MustCompile(`^(?:Căn cứ|Theo đề nghị|Xét đề nghị|QUYẾT ĐỊNH|Quyết định:)`)
	rule       = regexp.MustCompile(`^[-_=*.–—\s]+$`)
	// Words after which a number ends a reference or a date, not an item's
	// label at a line end: "Điều 5.", "… trước ngày 20 tháng 12." / "Sở …".
	notLabelW = map[string]bool{"điều": true, "khoản": true, "điểm": true, "mục": true, "số": true, "tại": true, "chương": true, "phần": true,
		"ngày": true, "tháng": true, "quý": true, "năm": true}
)

// matchLabel returns the label at the start of s and its kind.
func matchLabel(s string) (string, kind) {
	if !mayLabel(s) {
		return "", kindNone
	}
	m := labelRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", kindNone
	}
	for i := 1; i < len(labelKinds); i++ {
		if m[2*i] >= 0 && labelKinds[i] != "" {
			return s[m[2*i]:m[2*i+1]], kind(labelKinds[i])
		}
	}
	return "", kindNone
}

// mayLabel is a quick test of the first characters a label can open
// with; most lines open with a capitalised word and need no matching.
func mayLabel(s string) bool {
	if s == "" {
		return false
	}
	switch c := s[0]; {
	case c >= '0' && c <= '9', c == 'I', c == 'V', c == 'X', c == '(', c == '-', c == '+', c == '*':
		return true
	case c >= 'a' && c <= 'z':
		return len(s) > 1 && s[1] == ')'
	}
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case 'Đ', '–', '—', '•', '·':
		return true
	case 'đ':
		return len(s) > n && s[n] == ')'
	}
	return false
}

// trailingLabel finds the item number a web copy glues to the end of the
// line before the item ("... tiến bộ 1.1."): it returns where the space
// before the number stands and where the number starts and ends.
func trailingLabel(t string) (sp, a, e int, ok bool) {
	e = len(t)
	for e > 0 && isSpace(t[e-1]) {
		e--
	}
	if e == 0 || t[e-1] != '.' {
		return 0, 0, 0, false
	}
	a = e - 1
	for a > 0 && (t[a-1] == '.' || t[a-1] >= '0' && t[a-1] <= '9') {
		a--
	}
	if a == 0 || !isSpace(t[a-1]) {
		return 0, 0, 0, false
	}
	parts := strings.Split(t[a:e-1], ".")
	if len(parts) > 3 {
		return 0, 0, 0, false
	}
	for _, p := range parts {
		if len(p) < 1 || len(p) > 2 {
			return 0, 0, 0, false
		}
	}
	return a - 1, a, e, true
}

// span is a trimmed stretch of one line.
type span struct{ start, end int }

func trimSpan(text string, s span) span {
	for s.start < s.end && isSpace(text[s.start]) {
		s.start++
	}
	for s.end > s.start && isSpace(text[s.end-1]) {
		s.end--
	}
	return s
}

func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '\f' || b == '\v'
}

// bodySpans returns the non-blank stretches of the body lines, splitting off
// item numbers that web copies glue to the end or the middle of a line.
func bodySpans(text string, lines []line, cuts []span) []span {
	var out []span
	c := 0
	for _, l := range lines {
		for _, part := range subtract(span{l.start, l.end}, cuts, &c) {
			s := trimSpan(text, part)
			if s.start == s.end || (rule.MatchString(text[s.start:s.end]) && !loneBullet(text[s.start:s.end])) {
				continue
			}
			for _, p := range splitInner(text, s) {
				out = append(out, splitRun(text, p)...)
			}
		}
	}
	// Move a trailing item number to the start of the next stretch.
	for i := 0; i+1 < len(out); i++ {
		t := text[out[i].start:out[i].end]
		sp, la, le, ok := trailingLabel(t)
		if !ok || sp == 0 {
			continue
		}
		before := strings.Fields(t[:sp])
		if len(before) == 0 || notLabelW[strings.ToLower(before[len(before)-1])] || isDigits(before[len(before)-1]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(text[out[i+1].start:out[i+1].end])
		if !unicode.IsUpper(r) {
			continue
		}
		lab := span{out[i].start + la, out[i].start + le}
		out[i].end = out[i].start + sp
		out = append(out[:i+1], append([]span{lab}, out[i+1:]...)...)
		i++
	}
	return out
}

// loneBullet is a dash or star alone on its line: web copies break "- Phụ
// trách chung, …" after the label, so it numbers the next line rather than
// drawing a rule.
func loneBullet(t string) bool {
	switch t {
	case "-", "–", "—", "*", "•":
		return true
	}
	return false
}

// subtract returns the parts of l outside the cuts; *c walks the sorted
// cuts along with the lines.
func subtract(l span, cuts []span, c *int) []span {
	for *c < len(cuts) && cuts[*c].end <= l.start {
		*c++
	}
	var out []span
	at := l.start
	for k := *c; k < len(cuts) && cuts[k].start < l.end; k++ {
		if cuts[k].start > at {
			out = append(out, span{at, cuts[k].start})
		}
		at = max(at, cuts[k].end)
	}
	if at < l.end {
		out = append(out, span{at, l.end})
	}
	return out
}

// splitInner cuts "3. Heading 3.1. Text" into "3. Heading" and "3.1. Text"
// when the inner number is the first child of the line's own number.
func splitInner(text string, s span) []span {
	t := text[s.start:s.end]
	lab, k := matchLabel(t)
	if k != kindNum1 {
		return []span{s}
	}
	num := strings.TrimRight(strings.TrimSpace(lab), ".")
	for _, m := range innerLabel.FindAllStringSubmatchIndex(t, -1) {
		if strings.HasPrefix(t[m[2]:m[3]], num+".") {
			cut := s.start + m[2]
			return []span{trimSpan(text, span{s.start, cut}), {cut, s.end}}
		}
	}
	return []span{s}
}

// runLabel is a sub-item label inside a line: "(1)", "(2)" or "a)", "b)"
// after the colon or full stop that ends the clause before it, opening a
// capitalised duty. Text readers join such items into their parent's
// paragraph ("5. Bộ trưởng Bộ Tài chính chủ trì: (1) Phối hợp … (2) Khẩn
// trương …").
var runLabel = regexp.MustCompile(`[:.;]\s+(\((\d{1,2})\)|([a-zđ])\))\s+\p{Lu}`)

// splitRun cuts a line at each label of a run of sub-items that starts at
// (1) or a) and counts up; a lone "(3)" or "b)" in a sentence, a reference
// to a point of an article, is left alone.
func splitRun(text string, s span) []span {
	t := text[s.start:s.end]
	if !strings.Contains(t, ")") {
		return []span{s}
	}
	var cuts []int
	last := 0
	for _, m := range runLabel.FindAllStringSubmatchIndex(t, -1) {
		n := 0
		if m[4] >= 0 {
			n = atoi(t[m[4]:m[5]])
		} else {
			r, _ := utf8.DecodeRuneInString(t[m[6]:m[7]])
			n = letterOrder(r)
		}
		if (last == 0 && n != 1) || (last > 0 && n <= last) {
			continue
		}
		cuts, last = append(cuts, s.start+m[2]), n
	}
	if len(cuts) == 0 {
		return []span{s}
	}
	out := []span{trimSpan(text, span{s.start, cuts[0]})}
	for i, c := range cuts {
		e := s.end
		if i+1 < len(cuts) {
			e = cuts[i+1]
		}
		out = append(out, trimSpan(text, span{c, e}))
	}
	return out
}

// letterOrder numbers the letters of Vietnamese item labels: a) 1, b) 2, …,
// with đ) after d).
func letterOrder(r rune) int {
	const order = "abcdđeghiklmnopqrstuvxy"
	i := 0
	for _, c := range order {
		i++
		if c == r {
			return i
		}
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// layout builds the blocks of the body.
func layout(text string, spans []span) []*block {
	var (
		out        []*block
		cur        *block
		stack      []kind
		recipients bool // inside the "Kính gửi" list
		lastDepth  = -1
	)
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		t := text[s.start:s.end]
		if mayHead(t) {
			if rows, next := pdfTable(text, spans, i); rows != nil {
				out = append(out, rows...)
				cur, i = nil, next-1
				continue
			}
		}
		if isRow(t) {
			cur = nil
			if b := rowBlock(text, s); b != nil {
				out = append(out, b)
			}
			continue
		}
		lab, k := matchLabel(t)
		article := ""
		if k == kindNone && t == "Điều" && i+1 < len(spans) {
			// "Điều" / "13. Trách nhiệm của …": a crawl broke the article's
			// label over two lines; its clauses "1.", "2." nest under it.
			if l2, k2 := matchLabel(text[spans[i+1].start:spans[i+1].end]); k2 == kindNum1 {
				i++
				s, t, lab, k = spans[i], text[spans[i].start:spans[i].end], l2, kindDieu
				article = "Điều " + strings.TrimSpace(l2)
			}
		}
		if k != kindNone && recipients && !bullet(k) {
			// A numbered item ends the Nơi nhận list: a decision's attached
			// plan ("I. MỤC ĐÍCH …") starts its own numbering afresh.
			recipients, stack, lastDepth = false, nil, -1
		}
		if k == kindDash && cur != nil && brokenAtDash(cur, text, spans, i) {
			cur.add(text, s) // "… về trật tự xã hội" / "- Cơ quan thường trực …": one name
			continue
		}
		if k != kindNone {
			rest := trimSpan(text, span{s.start + len(lab), s.end})
			// A label alone on its line numbers the next line.
			if rest.start == rest.end && i+1 < len(spans) {
				i++
				rest = spans[i]
				if l2, k2 := matchLabel(text[rest.start:rest.end]); k2 == kindDash && l2 != "" {
					rest = trimSpan(text, span{rest.start + len(l2), rest.end})
				}
			}
			stack = push(stack, k)
			cur = &block{label: strings.TrimSpace(lab), kind: k, depth: len(stack) - 1}
			if article != "" {
				cur.label = article
			}
			cur.addressee = recipients && bullet(k)
			cur.add(text, rest)
			lastDepth = cur.depth
			out = append(out, cur)
			continue
		}
		if cur != nil && (continues(cur.text, t) || openNameList(cur.text)) && !namesThenActs(cur, t) && !capsHeadingEnds(cur, t) && !headEnds(cur, t) {
			cur.addressee = cur.addressee && !opensSentence(t)
			cur.add(text, s)
			if m := kinhGui.FindStringIndex(t); m != nil && m[0] == 0 {
				recipients, stack, lastDepth = true, nil, -1 // "Kính gửi:" run on into the header
			}
			continue
		}
		prev := cur
		cur = &block{depth: -1, addressee: namesAddressees(prev, t)}
		switch {
		case kinhGui.MatchString(t):
			cur.reset, recipients, stack, lastDepth = true, true, nil, -1
		case noiNhan.MatchString(t):
			cur.reset, recipients, stack, lastDepth = true, true, nil, -1
		case preamble.MatchString(t) && (len(stack) == 0 || !strings.HasPrefix(t, "Căn cứ")):
			// "Căn cứ nội dung Kế hoạch này, các bộ … xây dựng …" inside a
			// numbered part is a duty, not the preamble.
			cur.reset, recipients, stack, lastDepth = true, false, nil, -1
		case attendeesHead(t):
			recipients, stack, lastDepth = true, nil, -1
		case recipients || len(stack) == 0:
			recipients, stack, lastDepth = false, nil, -1
		case endsListItem(prev, t, func() []string { return nearSpans(text, spans, i) }):
			// It ends the bullet item before it and stands beside it.
			d := min(prev.depth, len(stack))
			stack, lastDepth, cur.depth = stack[:d], d-1, d
		default:
			// A paragraph after a list item belongs to that item.
			cur.depth = lastDepth + 1
		}
		cur.add(text, s)
		out = append(out, cur)
	}
	for _, b := range out {
		b.key = lower(b.text)
	}
	return out
}

func push(stack []kind, k kind) []kind {
	if k == kindDieu {
		return []kind{k}
	}
	for i, s := range stack {
		if s == k {
			return stack[:i+1]
		}
		// Numbered items never stand inside dashes: a number after a
		// dash list goes back to the numbering above it.
		if bullet(s) && !bullet(k) {
			return append(stack[:i], k)
		}
	}
	return append(stack, k)
}

func bullet(k kind) bool { return k == kindDash || k == kindPlus || k == kindStar }

// continues reports whether a line goes on with the block before it: it
// does unless that block ended a sentence and the line starts a new one.
func continues(prev, next string) bool {
	p := strings.TrimRight(prev, " ")
	if p == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	last := p[len(p)-1]
	if last == ')' && p[0] == '(' {
		last = '.' // "(Có đề cương chi tiết gửi kèm)" stands on its own
	}
	switch last {
	case '.', ':', '!', '?':
		return !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '(' && r != '"' && r != '“'
	case ';':
		return unicode.IsLower(r)
	}
	return true
}

// brokenAtDash reports a dash line that is no list item but the rest of a
// sentence a web copy broke at the " - " inside a name ("Cục Cảnh sát Quản
// lý hành chính về trật tự xã hội - Cơ quan thường trực …"): the item before
// it is a long numbered item or paragraph that stops mid-sentence, and no
// other dash item follows, as one would in a list.
func brokenAtDash(cur *block, text string, spans []span, i int) bool {
	const minSentence, lookAhead = 120, 30
	if cur.kind == kindDash || cur.kind == kindPlus || cur.kind == kindStar || cur.kind == kindRow || cur.reset {
		return false
	}
	p := strings.TrimRight(cur.text, " ")
	if len(p) < minSentence {
		return false
	}
	switch p[len(p)-1] {
	case '.', ':', ';', '!', '?', ')', ',':
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(p); !unicode.IsLetter(r) {
		return false
	}
	for j := i + 1; j < len(spans) && j <= i+lookAhead; j++ {
		if _, k := matchLabel(text[spans[j].start:spans[j].end]); k != kindNone {
			return k != kindDash && k != kindPlus
		}
	}
	return true
}

// capsHeadingEnds reports a line in ordinary case after a numbered heading
// printed in capitals: a web copy breaks "VII. CHẾ" / "ĐỘ BÁO CÁO" over
// lines, and the paragraph under it ("Các sở, ban, ngành … gửi báo cáo …")
// starts on the next line with no full stop before it. The capital lines go
// on with the heading; the first line in ordinary case starts the body.
func capsHeadingEnds(cur *block, next string) bool {
	if cur.label == "" || !allCaps(cur.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsUpper(r) && !allCaps(next)
}

// allCaps reports text with letters, none of them in lower case.
func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

// namesThenActs reports a numbered line that only names a unit ("1. Phòng
// Công nghệ thông tin") followed by a line that starts with what it must do
// ("Chủ trì phối hợp ..."): the name heads the lines after it, it does not
// run on into them.
func namesThenActs(cur *block, next string) bool {
	// A web copy breaks the name itself ("2.6. Sở" / "Văn hóa, Thể thao
	// và Du lịch"), so it may stand on a few lines.
	if cur.label == "" || len(cur.pieces) > 3 {
		return false
	}
	name := cur.text
	toks := tokenize(name, lower(name))
	if _, ok := headAt(name, toks, 0); !ok {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if verbAt(name, toks, k, false) > 0 {
			return false
		}
	}
	ntoks := tokenize(next, lower(next))
	return len(ntoks) > 0 && ntoks[0].upper && verbAt(next, ntoks, 0, true) > 0 && triggers.at(next, ntoks, 0) == 0
}

// add appends a stretch of the source to the block, joined by one space.
func (b *block) add(text string, s span) {
	if s.start >= s.end {
		return
	}
	if b.text != "" {
		b.text += " "
	}
	b.pieces = append(b.pieces, piece{len(b.text), s.start, s.end - s.start})
	b.text += text[s.start:s.end]
}

// srcRange maps the block range [a, b) to source offsets. Where the range
// crosses a footnote cut out of the middle of the sentence, it keeps the
// part that holds prefer (or the longest part when prefer is -1), so the
// quote stays a verbatim stretch of the source.
func (b *block) srcRange(source string, a, e, prefer int) (int, int, int, int) {
	type run struct{ a, e int }
	var runs []run
	prevEnd := -1
	for _, p := range b.pieces {
		pa, pe := max(a, p.at), min(e, p.at+p.n)
		if pa >= pe {
			continue
		}
		if len(runs) > 0 && strings.TrimSpace(source[prevEnd:p.src]) == "" {
			runs[len(runs)-1].e = pe
		} else {
			runs = append(runs, run{pa, pe})
		}
		prevEnd = p.src + p.n
	}
	if len(runs) == 0 {
		return 0, 0, a, a
	}
	best := runs[0]
	for _, r := range runs[1:] {
		if prefer >= 0 {
			if prefer >= r.a && prefer < r.e {
				best = r
			}
		} else if r.e-r.a > best.e-best.a {
			best = r
		}
	}
	return b.src(best.a), b.src(best.e-1) + 1, best.a, best.e
}

// src maps a byte of the block text to the source.
func (b *block) src(i int) int {
	for k := len(b.pieces) - 1; k >= 0; k-- {
		p := b.pieces[k]
		if i >= p.at {
			if i >= p.at+p.n {
				return p.src + p.n - 1
			}
			return p.src + i - p.at
		}
	}
	if len(b.pieces) > 0 {
		return b.pieces[0].src
	}
	return 0
}

// lower lowercases s keeping every byte offset: a rune whose lower case has
// another length, and invalid bytes, are kept as they are.
func lower(s string) string {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if r == utf8.RuneError || utf8.RuneLen(lr) != n {
			buf = append(buf, s[i:i+n]...)
		} else {
			buf = utf8.AppendRune(buf, lr)
		}
		i += n
	}
	return string(buf)
}

// isRow reports a table row: cells joined by " | ".
func isRow(t string) bool {
	return strings.HasPrefix(t, "|") || strings.Count(t, " | ") >= 1
}

// rowBlock makes a table row block; separator rows ("| --- |") give nil.
func rowBlock(text string, s span) *block {
	b := &block{kind: kindRow, depth: -1}
	b.add(text, s)
	t := b.text
	start := 0
	if strings.HasPrefix(t, "|") {
		start = 1
	}
	content := false
	for start <= len(t) {
		end := strings.IndexByte(t[start:], '|')
		if end < 0 {
			end = len(t)
		} else {
			end += start
		}
		c := trimCell(t, start, end)
		if start < len(t) || c.end > c.start {
			b.cells = append(b.cells, c)
		}
		if strings.Trim(t[c.start:c.end], "-: ") != "" {
			content = true
		}
		start = end + 1
	}
	if strings.HasSuffix(strings.TrimSpace(t), "|") && len(b.cells) > 0 && b.cells[len(b.cells)-1].start == b.cells[len(b.cells)-1].end {
		b.cells = b.cells[:len(b.cells)-1]
	}
	if !content {
		return nil
	}
	return b
}

func trimCell(t string, a, e int) cell {
	for a < e && isSpace(t[a]) {
		a++
	}
	for e > a && isSpace(t[e-1]) {
		e--
	}
	return cell{a, e}
}
