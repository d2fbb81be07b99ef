package extract

import (
	"iter"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/vn"
	"vanthu/docs/vndate"
)

// maxHead bounds the searches for header fields: a header never runs
// longer, and the bound keeps huge inputs linear and fast.
const maxHead = 6000

// doc is one text being extracted, with what later steps need from earlier
// ones.
type doc struct {
	text    string
	lines   []line
	headEnd int // where the body begins: "Kính gửi", "Căn cứ", ...
	numEnd  int // end of the number printed after "Số:"
	dateAt  int // start of the place of the date line, -1 if none
	dateEnd int
	typeAt  int // start and end of the type name line, -1 if none
	typeEnd int
	// the "Nơi nhận" block, -1 if none
	noiNhanAt, noiNhanEnd int
	// signText is the text the signature is read from: text itself, or
	// its right-hand column where the closing block keeps two columns on
	// the same lines.
	signText string
	// What unsure() tells the clerk: the date line was there but blank; the
	// number, date or issuer came from a Công báo title block; the issuer
	// was read from the authority line above "Căn cứ".
	blankDate, titleBlock, issuerFromTitle, issuerFromAuthority bool
	// issuerAboveCanCu: the header had no body's block; the issuer is the
	// body named in capitals right above "Căn cứ".
	issuerAboveCanCu bool
	// issuerFromWeb, numberFromWeb: read from a web copy's title line, the
	// header having none; issuerRespelled: the marks the body's spelling
	// changed in the issuer ("TRUYỂN → truyền").
	issuerFromWeb, numberFromWeb bool
	issuerRespelled              string
	ownIssuer                    string // the issuer's own header line, before qualify()
	// subjectLong: the subject ran to the line limit and may be cut.
	subjectLong bool
	// fromSummary: number, date, issuer and subject were read from the
	// sentence a copy without a header opens with.
	fromSummary bool
}

var (
	// spacedNumberRe is a number's digits parted from its symbol by a
	// space, perhaps with OCR's junk around them: a slash before, a letter
	// after ("45 /", "/427 /", "426b /").
	spacedNumberRe = regexp.MustCompile(`^(/?)(\d{1,6})(\p{L}?)[ \t]+/`)
	// dienRe opens the address of a công điện: "THỦ TƯỚNG CHÍNH PHỦ điện:".
	dienRe         = regexp.MustCompile(`(?:\p{Lu}+\s+)+điện\s*:`)
	subjectVVRe    = regexp.MustCompile(`V/[vV]\b|v/v\b|Về\s+việc\b|VỀ\s+VIỆC\b`)
	openerRe       = regexp.MustCompile(`^(?:Kính\s*gửi|Căn\s+cứ|Thực\s+hiện|Phúc\s+đáp|Xét\s|Theo\s|Để\s|Nhằm\s|Ngày\s+\d|Điều\s+\d|Chương\s|Phần\s|[IVX]+\.|\d+\.|\(|Nơi\s+nhận|Trả\s+lời|Tiếp\s+theo|Vừa\s+qua|Hiện\s+nay)`)
	typeNameRe     = buildTypeNameRe(`(?:^|[^\p{L}])`)
	typeNameNextRe = buildTypeNameRe(`[^\p{L}]`)
	urgencyLabelRe = regexp.MustCompile(`(?i)Độ\s+khẩn\s*:\s*(Hỏa\s+tốc|Thượng\s+khẩn|Khẩn)`)
	secrecyLabelRe = regexp.MustCompile(`(?i)Độ\s+mật\s*:\s*(Tuyệt\s+mật|Tối\s+mật|Mật)`)
	urgencyMarks   = []string{"HỎA TỐC", "THƯỢNG KHẨN", "KHẨN"}
	secrecyMarks   = []string{"TUYỆT MẬT", "TỐI MẬT", "MẬT"}
)

// buildTypeNameRe matches a type name with before it what the regexp
// before says.
func buildTypeNameRe(before string) *regexp.Regexp {
	var alts []string
	for _, t := range typeNames {
		// "QUYẾTĐỊNH": OCR and some PDFs lose the space of a spaced-out name
		alts = append(alts, strings.ReplaceAll(t.name, " ", `\s*`))
	}
	return regexp.MustCompile(before + `(` + strings.Join(alts, "|") + `)(?:[^\p{L}]|$)`)
}

// header fills the fields of the header: number, type, issuer, place and
// date, subject, urgency and secrecy.
func (d *doc) header(r *Result) {
	text := d.text
	d.dateAt, d.typeAt = -1, -1
	d.headEnd = len(text)
	if at := bodyStart(text[:min(len(text), 3*maxHead)]); at >= 0 {
		d.headEnd = at
	}
	d.number(r)
	if r.Number == "" {
		d.readTitleBlock(r)
	}
	if !d.titleBlock {
		d.dateLine(r)
	}
	if !d.issuerFromTitle {
		d.issuer(r)
	}
	// The body starts at "Kính gửi"/"Căn cứ", or, in a plan without them,
	// after the number and date lines.
	if bodyAt := min(d.headEnd, max(d.numEnd, d.dateEnd)+1); r.Issuer != "" && bodyAt > 1 && bodyAt < len(d.text) {
		body := vn.Prefix(d.text[bodyAt:], respellWindow)
		if fixed, changed := respellFromBody(r.Issuer, body); changed != "" {
			r.Issuer, d.issuerRespelled = fixed, changed
		}
	}
	d.docType(r)
	d.subject(r)
	if r.Issuer == "" {
		d.issuerAboveBody(r)
	}
	if r.Number == "" && r.Subject == "" {
		d.summaryLine(r)
	}
	r.Issuer = withFieldPunctuation(r.Issuer)
	r.ParentIssuer = withFieldPunctuation(r.ParentIssuer)
	d.marks(r)
}

// number reads the number and symbol after "Số:".
func (d *doc) number(r *Result) {
	text := d.text
	limit := min(len(text), max(d.headEnd, 4000))
	// The labels are read one at a time: the first nearly always holds
	// the number, and asking for eight ran the regex over the whole head
	// of a plan (no "Kính gửi" ends it) for nothing.
	labelled := false
	for m := range matches(numberLabelRe, text[:limit], 8) {
		labelled = true
		if d.numberAfter(r, m) {
			return
		}
	}
	if !labelled {
		for m := range matches(lawNumberLabelRe, text[:min(len(text), maxHead)], 2) {
			if d.numberAfter(r, m) {
				return
			}
		}
	}
	// Web copies give the number in their title line: "Quyết định
	// 435/QĐ-UBND năm 2020".
	first := d.lines[0]
	for _, l := range d.lines {
		if strings.TrimSpace(text[l.start:l.end]) != "" {
			first = l
			break
		}
	}
	ws := words(text, first.start, first.end)
	for i, w := range ws {
		if i > 4 {
			break
		}
		if nm := numberRe.FindStringIndex(w.text); nm != nil && nm[0] == 0 && looksLikeSymbol(normNumber(w.text)) && unicode.IsDigit(rune(w.text[0])) {
			r.Number = normNumber(w.text)
			r.Spans["number"] = Span{w.start, w.start + nm[1]}
			d.numberFromWeb = true
			return
		}
	}
}

// numberAfter reads the number after the label at m, and reports whether
// there was one.
func (d *doc) numberAfter(r *Result, m []int) bool {
	text := d.text
	pos := m[1]
	if text[m[1]-1] != ':' { // "Số 12/UBND": the match took the first char
		pos = m[0] + len("Số")
		if strings.HasPrefix(text[m[0]:], "SỐ") {
			pos = m[0] + len("SỐ")
		}
	}
	for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
		pos++
	}
	// A web copy may put the number on the line under "Số:".
	if pos < len(text) && text[pos] == '\n' && text[m[1]-1] == ':' {
		pos++
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
	}
	start := pos
	digits := ""
	// "Số: 45 /UBND-VX": a space slipped in before the symbol. Read by OCR
	// from a number written in by hand, the digits carry junk ("426b
	// /QĐ-SYT", "/427 /KH-SYT"): they are not to be trusted, and the number
	// is left blank with its printed symbol, as docs/read/ocr leaves it.
	if sm := spacedNumberRe.FindStringSubmatchIndex(text[pos:min(len(text), pos+40)]); sm != nil {
		if sm[3] == sm[2] && sm[7] == sm[6] {
			digits = text[pos+sm[4] : pos+sm[5]]
		}
		pos += sm[1] - 1
	}
	nm := numberRe.FindStringIndex(text[pos:min(len(text), pos+120)])
	if nm == nil || nm[0] != 0 {
		return false
	}
	num := digits + normNumber(text[pos:pos+nm[1]])
	if !looksLikeSymbol(num) {
		return false
	}
	r.Number = num
	d.numEnd = pos + nm[1]
	r.Spans["number"] = Span{start, pos + nm[1]}
	return true
}

// matches yields the first n matches of re in s one by one, as
// FindAllStringIndex(s, n) lists them, so that a caller who stops at the
// first pays for one search only. Each search after the first starts on
// the rest of s, where "^" and "\b" see no text before: re must not lean
// on them past its first match (numberLabelRe's "\b" could only differ
// after a match ending in a digit and "Số" straight after it; its "^" of
// OCR's "só:" could only differ where a label stood right before one).
func matches(re *regexp.Regexp, s string, n int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for pos, k := 0, 0; k < n && pos < len(s); k++ {
			m := re.FindStringIndex(s[pos:])
			if m == nil || m[1] == 0 {
				return
			}
			m[0], m[1] = m[0]+pos, m[1]+pos
			if !yield(m) {
				return
			}
			pos = m[1]
		}
	}
}

// dateLine finds "<place>, ngày ... tháng ... năm ...".
func (d *doc) dateLine(r *Result) {
	text := d.text
	from := 0
	if sp, ok := r.Spans["number"]; ok {
		from = d.lines[lineIndex(d.lines, sp.Start)].start
	}
	limit := min(len(text), max(d.headEnd, from+3000), from+maxHead)
	if limit < from {
		return
	}
	try := func(re *regexp.Regexp) bool {
		for _, m := range re.FindAllStringSubmatchIndex(text[from:limit], 6) {
			for k := range m {
				if m[k] >= 0 {
					m[k] += from
				}
			}
			placeStart := placeBefore(text, d.lines, m[0])
			if placeStart < 0 || afterWeekdayWord(text, placeStart) {
				continue
			}
			d.dateAt, d.dateEnd = placeStart, m[1]
			r.Place = collapse(text[placeStart:m[0]])
			r.Spans["place"] = Span{placeStart, m[0]}
			r.Spans["date"] = Span{m[0] + 1, m[1]}
			if m[2] >= 0 && m[4] >= 0 && m[6] >= 0 {
				day, _ := strconv.Atoi(text[m[2]:m[3]])
				mon, _ := strconv.Atoi(text[m[4]:m[5]])
				yr, _ := strconv.Atoi(text[m[6]:m[7]])
				if dt := (vndate.Date{Year: yr, Month: mon, Day: day}); dt.Valid() {
					r.Date = dt
				}
			}
			return true
		}
		return false
	}
	if !try(dateLineRe) && !try(dateLineNumRe) {
		if sp, ok := r.Spans["number"]; ok {
			li := lineIndex(d.lines, sp.Start)
			limit = d.lines[min(li+1, len(d.lines)-1)].end
			try(dateLineBareRe)
		}
	}
}

// placeBefore returns where the place name ending at end begins: the
// capitalised words before ", ngày" on the same line ("Hà Nội", "TP. Hồ Chí
// Minh"), or -1 if there are none.
func placeBefore(text string, ls []line, end int) int {
	l := ls[lineIndex(ls, end)]
	ws := words(text, l.start, end)
	start := -1
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-6; i-- {
		w := ws[i].text
		if !isPlaceWord(w) {
			break
		}
		start = ws[i].start
	}
	// A web copy breaks the line inside the name ("Hà" / "Nội, ngày 26"):
	// a short line of place words just before, when the name opens its own
	// line, goes with it.
	if start >= 0 && len(ws) > 0 && start == ws[0].start && len(ws) < 4 {
		if i := lineIndex(ls, end); i > 0 {
			p := ls[i-1]
			pw := words(text, p.start, p.end)
			whole := len(pw) > 0 && len(pw)+len(ws) <= 6
			for k, w := range pw {
				lv := ""
				if k > 0 {
					lv = strings.ToLower(pw[k-1].text + " " + w.text)
				}
				whole = whole && (isPlaceWord(w.text) || k == 1 && (lv == "thành phố" || lv == "thị xã" || lv == "thị trấn"))
			}
			if whole {
				start = pw[0].start
			}
		}
	}
	// "Thành phố Hồ Chí Minh", "Thị xã Sơn Tây"
	if start >= 0 {
		ws2 := words(text, l.start, start)
		if n := len(ws2); n >= 2 {
			lv := strings.ToLower(ws2[n-2].text + " " + ws2[n-1].text)
			if lv == "thành phố" || lv == "thị xã" || lv == "thị trấn" {
				start = ws2[n-2].start
			}
		}
		// "Thành" / "phố Hồ Chí Minh, ngày": the break fell inside the
		// level word, whose first half ends the line above.
		if i := lineIndex(ls, end); len(ws2) == 1 && i > 0 {
			p := ls[i-1]
			if pw := words(text, p.start, p.end); len(pw) > 0 {
				lv := strings.ToLower(pw[len(pw)-1].text + " " + ws2[0].text)
				if isTitleWord(pw[len(pw)-1].text) && (lv == "thành phố" || lv == "thị xã" || lv == "thị trấn") {
					start = pw[len(pw)-1].start
				}
			}
		}
	}
	return start
}

// afterWeekdayWord reports a "place" that is a weekday's number: "thứ
// Năm, ngày 04/12/2025" in an invitation's body is no date line.
func afterWeekdayWord(text string, at int) bool {
	before := strings.TrimRight(text[max(0, at-8):at], " \t")
	return strings.HasSuffix(before, "thứ") || strings.HasSuffix(before, "Thứ")
}

func isPlaceWord(w string) bool {
	switch w {
	case "TP.", "Tp.", "TX.", "Tx.", "TT.", "Q.", "H.":
		return true
	}
	for _, part := range strings.Split(w, "-") {
		if !isTitleWord(part) {
			return false
		}
	}
	return true
}

// issuer reads the issuing body and its parent from the header block.
func (d *doc) issuer(r *Result) {
	text := d.text
	// A web copy may put a page of summary before the header; the national
	// title stands near the number wherever that is.
	searchEnd := min(len(text), max(4000, d.numEnd+1000), 2*maxHead)
	if m := nationalTitleRe.FindStringIndex(text[:searchEnd]); m != nil {
		lines := headerBodies(text, d.lines, m[0], m[1])
		if len(lines) == 0 {
			// A PDF read column by column puts the whole left column
			// (body, number, subject) before the national title.
			lines = leadingCapsLines(text, d.lines)
		}
		if d.setIssuer(r, splitBodies(lines)) {
			return
		}
	}
	// A short letter typed without the national title still opens on its
	// body's lines, right above "Số:".
	if d.setIssuer(r, splitBodies(bodyLinesAboveNumber(text, d.lines))) {
		return
	}
	// A web copy names the issuer in its title line: "... do Bộ Y tế ban
	// hành".
	first := d.lines[0]
	if m := webTitleIssuerRe.FindStringSubmatchIndex(text[first.start:first.end]); m != nil {
		r.Issuer = strings.TrimSpace(text[first.start+m[2] : first.start+m[3]])
		r.Spans["issuer"] = Span{first.start + m[2], first.start + m[3]}
		d.issuerFromWeb = true
	}
}

// setIssuer names the issuer from the header's bodies, parent first, and
// reports whether there was one.
func (d *doc) setIssuer(r *Result, bodies []string) bool {
	n := len(bodies)
	if n == 0 {
		return false
	}
	bodies[n-1] = bodyOfOfficeHolder(bodies[n-1]) // officeholder.go
	r.Issuer = orgName(bodies[n-1])
	d.ownIssuer = bodies[n-1]
	if n > 1 {
		r.ParentIssuer = orgName(bodies[n-2])
		r.Issuer = qualify(r.Issuer, r.ParentIssuer)
	}
	if i := strings.Index(d.text, strings.Fields(bodies[n-1])[0]); i >= 0 {
		r.Spans["issuer"] = Span{i, i + len(strings.Fields(bodies[n-1])[0])}
	}
	return true
}

// bodyLinesAboveNumber returns the lines of capitals that open a text with
// no national title when the "Số:" line comes right under them and the
// first opens with a body's head ("ỦY BAN NHÂN DÂN TỈNH KON TUM" / "Số:
// 45/UBND-VX"); nil otherwise, for capitals alone may be a title.
func bodyLinesAboveNumber(text string, ls []line) []string {
	out, stop := capsLinesUntil(text, ls)
	if stop < 0 || len(out) == 0 || !startsWithAny(collapse(out[0]), bodyHeads) {
		return nil
	}
	if m := numberLabelRe.FindStringIndex(strings.TrimSpace(text[ls[stop].start:ls[stop].end])); m == nil || m[0] != 0 {
		return nil
	}
	return out
}

// leadingCapsLines returns the lines of capitals that open the text,
// before the number, the national title or any running text: the issuing
// body block when the header's left column comes first.
func leadingCapsLines(text string, ls []line) []string {
	out, _ := capsLinesUntil(text, ls)
	return out
}

// capsLinesUntil returns the lines of capitals that open the text and the
// index of the line that ended them, -1 past the eighth line.
func capsLinesUntil(text string, ls []line) ([]string, int) {
	var out []string
	for k := 0; k < len(ls) && k < 8; k++ {
		t := strings.TrimSpace(text[ls[k].start:ls[k].end])
		if strings.Trim(t, " |\t") == "" || allRules(t) {
			continue
		}
		if numberLabelRe.MatchString(t) || nationalTitleRe.MatchString(t) || nationalTitleHeadRe.MatchString(t) {
			return out, k
		}
		run, whole := trailingCaps(t)
		if !whole || run == "" || typeNameAt(run) != "" {
			return out, k
		}
		out = append(out, run)
	}
	return out, -1
}

// docType sets the type code from the symbol, or from the type name line.
func (d *doc) docType(r *Result) {
	from := d.numEnd
	if d.dateEnd > from {
		from = d.dateEnd
	}
	end := min(len(d.text), d.headEnd, from+maxHead)
	if from < end {
		seg := d.text[from:end]
		// One match at a time: the type name line is nearly always the
		// first, and listing them all read on through the head of a plan.
		// After the first, typeNameNextRe asks for the non-letter before
		// the name that typeNameRe's "^" no longer stands for.
		re := typeNameRe
		for pos := 0; pos < len(seg); re = typeNameNextRe {
			m := re.FindStringSubmatchIndex(seg[pos:])
			if m == nil {
				break
			}
			for k := range m {
				m[k] += pos
			}
			pos = m[1]
			at := from + m[2]
			// The type name stands alone at the head of a line or right
			// after the date line of a flattened header.
			if strings.TrimSpace(d.text[d.lines[lineIndex(d.lines, at)].start:at]) != "" && at-d.dateEnd > 3 {
				continue
			}
			d.typeAt, d.typeEnd = at, from+m[3]
			break
		}
	}
	r.Type = typeFromNumber(r.Number)
	if d.titleBlock {
		return // the type name line runs on into the block; the symbol says the type
	}
	// The type name line is what the document calls itself: it wins over
	// a symbol of the Quốc hội ("96/2023/QH15" names no type, "L" is a
	// guess) and over a symbol typed wrong ("QUYẾT ĐỊNH" numbered
	// "55/2007/CT-UBND").
	if d.typeAt >= 0 {
		name := strings.ReplaceAll(collapse(d.text[d.typeAt:d.typeEnd]), " ", "")
		for _, t := range typeNames {
			if strings.ReplaceAll(t.name, " ", "") == name {
				r.Type = t.code
			}
		}
	}
	if r.Type == "" && r.Number == "" && subjectVVRe.MatchString(d.text[:min(len(d.text), d.headEnd, maxHead)]) {
		r.Type = "CV"
	}
	// A copy that lost its header opens straight on "Kính gửi": of the
	// types that address someone so, only the công văn has no type name
	// line (Decree 30, Appendix I), and a tờ trình's would stand above.
	if r.Type == "" && r.Number == "" && d.typeAt < 0 && opensOnKinhGui(d.text) {
		r.Type = "CV"
	}
	// A symbol may open with the issuer's initials that read as a type
	// code ("5253/CT-CS" of the Cục Thuế): with no type name line and a
	// "V/v" between the number and the date line, it is a công văn.
	if r.Type != "CV" && r.Type != "" && d.typeAt < 0 && d.numEnd > 0 && d.dateAt > d.numEnd &&
		subjectVVRe.MatchString(d.text[d.numEnd:d.dateAt]) {
		r.Type = "CV"
	}
}

// subject reads the trích yếu: the "V/v" lines of a công văn, or the title
// under the type name.
func (d *doc) subject(r *Result) {
	text := d.text
	start := -1
	if d.typeAt >= 0 {
		start = skipNotes(text, d.typeEnd, min(len(text), d.typeEnd+noteReach))
		start = afterNumberBlock(text, start)
	} else {
		from := d.numEnd
		if sp, ok := r.Spans["number"]; ok && sp.Start < from {
			from = sp.Start
		}
		end := min(len(text), d.headEnd, from+maxHead)
		if from < end {
			if m := subjectVVRe.FindStringIndex(text[from:end]); m != nil {
				start = from + m[0]
			}
		}
		if start < 0 {
			start = d.subjectVe()
		}
	}
	if start < 0 {
		return
	}
	s, e := d.subjectSpan(start)
	if d.typeAt >= 0 && hasAuthorityLine(r.Type) {
		if a := authorityStart(text[s:e]); a > 0 {
			auth := collapse(text[s+a : e])
			e = s + a
			d.applyAuthority(r, auth)
		}
	}
	e = capsRunEnd(text, s, e)
	if hasAuthorityLine(r.Type) {
		e = restatedTail(text, s, e, r.Number)
	}
	subj := strings.TrimSpace(collapse(text[s:e]))
	subj = strings.TrimLeft(subj, ":- ")
	if subj == "" {
		return
	}
	r.Subject = subj
	r.Spans["subject"] = Span{s, e}
}

// skipNotes moves s past the editor's notes in square brackets a web copy
// puts between a law's type name and its title ("LUẬT [Xử phạt … được
// hướng dẫn bởi Nghị định 45/2022/NĐ-CP …] BẢO VỆ MÔI TRƯỜNG"): they are
// the site's, not the document's.
func skipNotes(text string, s, e int) int {
	for {
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\n' || text[s] == '\r') {
			s++
		}
		if s >= e || text[s] != '[' {
			return s
		}
		j := strings.IndexByte(text[s:e], ']')
		if j < 0 {
			return s
		}
		s += j + 1
	}
}

// noteReach bounds an editor's note: a sentence or two.
const noteReach = 1000

// titleNumberRe is the number a title block states: "SỐ 28/2001/QH10",
// "SỐ13/2003/QH11".
var titleNumberRe = regexp.MustCompile(`SỐ\s*\d`)

// afterNumberBlock moves start past the issuer and number an older law's
// title states before its name ("LUẬT CỦA QUỐC HỘI NƯỚC … SỐ 28/2001/QH10
// VỀ DI SẢN VĂN HOÁ", "LUẬT SỐ13/2003/QH11 CỦA QUỐC HỘI … VỀ ĐẤT ĐAI"): the
// subject is what the "VỀ" opens, as in a Công báo title block. Without a
// number in capitals before the "VỀ", start is kept.
func afterNumberBlock(text string, start int) int {
	rest := vn.Prefix(text[start:], 400)
	lead := strings.TrimLeft(rest, " \t\r\n|")
	if !strings.HasPrefix(lead, "CỦA ") && !titleNumberRe.MatchString(vn.Prefix(lead, 8)) {
		return start
	}
	i := strings.Index(rest, " VỀ ")
	if i < 0 || hasLower(rest[:i]) || !titleNumberRe.MatchString(rest[:i]) {
		return start
	}
	return start + i + 1
}

// restatedTail cuts what an older title in capitals restates after its
// name, in the way of the Công báo title block: its number ("LUẬT ĐẤT ĐAI
// SỐ 24-L/CTN NGÀY 14/07/1993 CỦA QUỐC HỘI") or its issuer running into the
// national title ("… LUẬT HẢI QUAN CỦA QUỐC HỘI NƯỚC CỘNG HOÀ …"). Returns
// the new end of text[s:e].
func restatedTail(text string, s, e int, own string) int {
	seg := text[s:e]
	if hasLower(seg) {
		return e
	}
	if at := ownNumberAt(seg, own); at > 0 {
		e = s + at
	} else if !nationalTitleRe.MatchString(vn.Prefix(strings.TrimLeft(text[e:], " \t"), 48)) {
		return e
	}
	seg = text[s:e]
	if i := strings.LastIndex(seg, " CỦA "); i > 0 && startsWithAny(seg[i+len(" CỦA "):], bodyHeads) {
		e = s + i
	}
	for e > s && (text[e-1] == ' ' || text[e-1] == '\n' || text[e-1] == ',') {
		e--
	}
	return e
}

// ownNumberAt returns where "SỐ <own number>" stands in seg, after a
// space, or -1: a cited document's number ("… CỦA NGHỊ ĐỊNH SỐ
// 08/2015/NĐ-CP …") belongs in the subject.
func ownNumberAt(seg, own string) int {
	if own == "" {
		return -1
	}
	for _, m := range titleNumberRe.FindAllStringIndex(seg, -1) {
		if m[0] == 0 || (seg[m[0]-1] != ' ' && seg[m[0]-1] != '\n') {
			continue
		}
		d := m[1] - 1 // the first digit
		if nm := numberRe.FindStringIndex(seg[d:]); nm != nil && nm[0] == 0 && strings.EqualFold(normNumber(seg[d:d+nm[1]]), own) {
			return m[0]
		}
	}
	return -1
}

// subjectVeRe is a công văn's trích yếu opened by "Về" alone ("Về hướng
// dẫn đánh giá …"), with no "V/v" nor "việc".
var subjectVeRe = regexp.MustCompile(`^[\s|]*Về\s+\p{Ll}`)

// subjectVe returns where a trích yếu opened by "Về" starts, right under
// the number or the date line as Decree 30 places it, or -1.
func (d *doc) subjectVe() int {
	for _, at := range []int{d.numEnd, d.dateEnd} {
		if at <= 0 || at >= len(d.text) {
			continue
		}
		if m := subjectVeRe.FindStringIndex(d.text[at:min(len(d.text), at+64)]); m != nil {
			return at + strings.Index(d.text[at:], "Về")
		}
	}
	return -1
}

// subjectSpan extends the subject from start over the lines that continue
// it, stopping at the date line, "Kính gửi", the body, or a rule.
func (d *doc) subjectSpan(start int) (int, int) {
	text := d.text
	for start < len(text) && (text[start] == ' ' || text[start] == '\t' || text[start] == '\n' || text[start] == '\r') {
		start++
	}
	li := lineIndex(d.lines, start)
	end := d.lines[li].end
	if cut := d.stopInLine(start, end); cut >= 0 {
		return start, cut
	}
	blank := false
	lastAt := -1 // start of the last line taken
	for k := li + 1; k < len(d.lines); k++ {
		if k > li+12 {
			// still running at the limit: the subject may be cut
			d.subjectLong = lastAt == d.lines[k-1].start
			break
		}
		l := d.lines[k]
		t := strings.TrimSpace(text[l.start:l.end])
		if t == "" {
			blank = true
			continue
		}
		if dienRe.MatchString(t) {
			// "THỦ" / "TƯỚNG CHÍNH PHỦ điện:": a line break inside the
			// sender left its first word on the line before.
			if lastAt >= 0 && len(strings.Fields(text[lastAt:end])) <= 2 && startsWithAny(collapse(text[lastAt:end])+" "+t, positions) {
				end = lastAt
				for end > start && (text[end-1] == '\n' || text[end-1] == ' ' || text[end-1] == '\r') {
					end--
				}
			}
			break
		}
		if allRules(t) || openerRe.MatchString(t) || dateLineRe.MatchString(t) || nationalTitleRe.MatchString(t) ||
			nationalTitleHeadRe.MatchString(t) || mottoRe.MatchString(t) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		lower := unicode.IsLower(r)
		capsCont := isCaps(firstWord(t)) && isCaps(lastWord(text[start:end]))
		if !lower && !capsCont && (blank || utf8.RuneCountInString(t) > 90) {
			break
		}
		if cut := d.stopInLine(l.start, l.end); cut >= 0 {
			if cut > l.start {
				end = cut
			}
			break
		}
		end = l.end
		lastAt = l.start
		blank = false
	}
	return start, end
}

// subjectWindow bounds how far stopInLine looks: ten times the longest
// trích yếu.
const subjectWindow = 4096

// stopInLine returns where, in text[from:to], the subject runs into the
// date line, "Kính gửi" or the motto, or -1.
func (d *doc) stopInLine(from, to int) int {
	cut := -1
	// The date line may open the line itself ("V/v …" / "Hà Nội, ngày …"):
	// the subject stops before it.
	if d.dateAt >= from && d.dateAt < to {
		cut = d.dateAt
	}
	// A subject is a line or a few; on a line of megabytes (a one-line
	// file) looking past the first subjectWindow bytes cost a regexp pass
	// over the whole line for nothing.
	if to-from > subjectWindow {
		to = from + subjectWindow
		for to > from && !utf8.RuneStart(d.text[to]) {
			to--
		}
	}
	seg := d.text[from:to]
	if i := strings.Index(seg, " | "); i > 0 && (cut < 0 || from+i < cut) {
		cut = from + i // the next table cell
	}
	if at := bodyStart(seg); at > 0 && (cut < 0 || from+at < cut) {
		cut = from + at
	}
	for _, re := range []*regexp.Regexp{kinhGuiRe, nationalTitleRe, mottoRe, dienRe} {
		m := re.FindStringIndex(seg)
		if m != nil && re == dienRe {
			m[0] += dienSender(seg[m[0]:m[1]])
		}
		if m != nil && m[0] > 0 && (cut < 0 || from+m[0] < cut) {
			cut = from + m[0]
		}
	}
	return cut
}

// dienSender is where the sender starts in a run of capitals that ends in
// "điện:": a subject in capitals runs straight into "THỦ TƯỚNG CHÍNH PHỦ
// điện:" when a web copy joins the lines, and the sender begins at the last
// signer's title in the run (0 when there is none).
func dienSender(run string) int {
	at := 0
	for _, p := range positions {
		for i := strings.LastIndex(run, p); i >= 0; i = strings.LastIndex(run[:i], p) {
			if i == 0 || run[i-1] == ' ' || run[i-1] == '\n' || run[i-1] == '\t' {
				at = max(at, i)
				break
			}
		}
	}
	if strings.HasSuffix(run[:at], "PHÓ ") {
		at -= len("PHÓ ") // "PHÓ THỦ TƯỚNG" holds "THỦ TƯỚNG"
	}
	return at
}

// capsRunEnd cuts a title set in capitals where running text begins on
// the same line, as web copies run the title into the first sentence
// ("... TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng ..."). A title in
// running-text case is left whole.
func capsRunEnd(text string, s, e int) int {
	ws := words(text, s, e)
	if len(ws) < 2 || !isCaps(ws[0].text) || !isCaps(ws[1].text) {
		return e
	}
	for i, w := range ws {
		if i > 0 && hasLower(w.text) {
			return ws[i-1].end
		}
	}
	return e
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// positions are the signer titles and the heads of authority lines.
var positions = []string{
	"PHÓ TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHỦ TỊCH",
	"THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ THỦ TƯỚNG", "THỦ TƯỚNG", "PHÓ CHÁNH VĂN PHÒNG", "CHÁNH VĂN PHÒNG",
	"PHÓ TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG",
	"CHI CỤC TRƯỞNG", "PHÓ VỤ TRƯỞNG", "VỤ TRƯỞNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN",
	"PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG", "PHÓ CHÁNH THANH TRA", "CHÁNH THANH TRA", "PHÓ TỔNG THANH TRA", "TỔNG THANH TRA",
	"PHÓ BÍ THƯ", "BÍ THƯ", "PHÓ HIỆU TRƯỞNG", "HIỆU TRƯỞNG", "PHÓ VIỆN TRƯỞNG", "VIỆN TRƯỞNG",
	"PHÓ CHỦ NHIỆM", "CHỦ NHIỆM", "PHÓ TỔNG THƯ KÝ", "TỔNG THƯ KÝ", "PHÓ CHÁNH ÁN", "CHÁNH ÁN",
	"PHÓ VIỆN TRƯỞNG", "PHÓ TRƯỞNG ĐOÀN", "TRƯỞNG ĐOÀN", "PHÓ TỔNG BIÊN TẬP", "TỔNG BIÊN TẬP",
	"PHÓ KHOA TRƯỞNG", "PHÓ TRƯỞNG KHOA", "TRƯỞNG KHOA", "PHÓ GIÁM ĐỐC THƯỜNG TRỰC",
	"PHÓ TRƯỞNG THUẾ TỈNH", "TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ THÀNH PHỐ", "TRƯỞNG THUẾ THÀNH PHỐ",
	"PHÓ TRƯỞNG THUẾ CƠ SỞ", "TRƯỞNG THUẾ CƠ SỞ", "CHỦ TỊCH QUỐC HỘI", "PHÓ CHỦ TỊCH QUỐC HỘI",
	"KẾ TOÁN TRƯỞNG", "THỦ TRƯỞNG", "CHỈ HUY TRƯỞNG", "PHÓ CHỈ HUY TRƯỞNG", "TƯ LỆNH", "CHÁNH VĂN PHÒNG",
}

// authorityStart finds, in a capitalised title run, where the authority
// line of a decision begins ("... TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN
// TỈNH", "... MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM"): the earliest position or
// body name after which the run is a short, plain name. Returns -1 if none.
func authorityStart(s string) int {
	// An office ("BỘ TRƯỞNG BỘ NỘI VỤ") is looked for first, then a body:
	// a subject may end on a body's name ("… CỦA BỘ NỘI VỤ") just before
	// the authority line.
	// One that opens a line is taken first: a subject may end on a body's
	// name ("… CỦA LUẬT THANH TRA" / "CHÍNH PHỦ"), and a body's own name
	// may hold "VỀ" ("TRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH").
	if a := authorityFrom(s, positions, true, true); a > 0 {
		return a
	}
	if a := authorityFrom(s, bodyHeads, true, false); a > 0 {
		return officeBefore(s, a)
	}
	if a := authorityFrom(s, positions, false, false); a > 0 {
		return a
	}
	return officeBefore(s, authorityFrom(s, bodyHeads, false, false))
}

// subjectGoesOn are words a subject's line never ends on: the name after
// them is the subject's own, never an authority line.
var subjectGoesOn = map[string]bool{"TẠI": true, "CHO": true, "VỚI": true, "GIỮA": true, "THUỘC": true, "VÀO": true, "ĐẾN": true, "TỪ": true, "VÀ": true, "TRONG": true}

// officeBefore moves an authority line found at a body's name back over
// the office that heads it on the same line ("GIÁM ĐỐC TRUNG TÂM …", too
// long a line for the office to be found first).
func officeBefore(s string, a int) int {
	if a <= 0 {
		return a
	}
	before := s[:a]
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	head := strings.TrimRight(before, " \t")
	for _, p := range positions {
		if head == p || strings.HasSuffix(head, " "+p) {
			return a - (len(before) - len(head)) - len(p)
		}
	}
	return a
}

// hasAuthorityLine reports the types whose header may carry an authority
// line under the subject (decisions, resolutions, legal texts); a plan's or
// a notice's capitalised subject may end on a body's name ("… VỚI THƯỜNG
// TRỰC TỈNH ỦY THANH HÓA") that is no authority.
func hasAuthorityLine(typ string) bool {
	switch typ {
	case "QĐ", "NQ", "NĐ", "TT", "TTLT", "NQLT", "CT", "L", "PL", "LCT", "":
		return true
	}
	return false
}

// authorityFrom returns where the run of capitals closing s begins with
// one of heads and reads as a name, or -1; atLine asks for one that opens
// a line, and withVe lets "VỀ" stand in the name (an office's line).
func authorityFrom(s string, heads []string, atLine, withVe bool) int {
	ws := words(s, 0, len(s))
	for i := 1; i < len(ws); i++ {
		rest := ws[i:]
		// an office's own line names a long body ("GIÁM ĐỐC TRUNG TÂM
		// PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ HÀ NỘI")
		limit := 12
		if withVe {
			limit = 16
		}
		if len(rest) > limit || !isCaps(ws[i].text) {
			continue
		}
		if atLine && !strings.Contains(s[ws[i-1].end:ws[i].start], "\n") {
			continue
		}
		// "… QUẢN LÝ NHÀ NƯỚC CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": a body
		// after "CỦA" is the subject's own, never an authority line; so
		// is a law's name that opens like one ("CỦA LUẬT SỞ HỮU TRÍ TUỆ").
		// After "DO" or a comma it is one of the subject's own list ("…
		// NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU …").
		// A line broken after a preposition goes on with the subject ("…
		// CHÍNH SÁCH TẠI" / "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI").
		if prev := ws[i-1].text; prev == "CỦA" || prev == "LUẬT" || prev == "DO" || strings.HasSuffix(prev, ",") || subjectGoesOn[prev] {
			continue
		}
		joined := strings.Join(wordTexts(rest), " ")
		if !startsWithAny(joined, heads) || strings.HasPrefix(joined, "BAN HÀNH") || compoundBefore(ws[i-1].text) && !strings.Contains(s[ws[i-1].end:ws[i].start], "\n") {
			continue
		}
		ok := true
		for _, w := range rest {
			if !isCaps(w.text) {
				ok = false
				break
			}
			switch strings.Trim(w.text, "“”\"'(),.;:") {
			case "VỀ":
				ok = withVe
			case "CỦA", "VIỆC", "CHO", "TRÊN", "ĐỐI", "THEO", "NĂM", "TẠI", "VÀO", "ĐẾN", "TỪ", "CÁC", "NHỮNG", "TRONG", "VỚI", "THỰC", "BAN HÀNH":
				ok = false
			}
			if strings.ContainsAny(w.text, "“”\"()") {
				ok = false
			}
			if !ok {
				break
			}
		}
		if ok {
			return ws[i].start
		}
	}
	return -1
}

func wordTexts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.text
	}
	return out
}

// issuerAboveBody names the issuer from the line of capitals right above
// "Căn cứ" where the header lost its body's block (a web copy's table cell
// left empty): a body issuing in its own name ("ỦY BAN THƯỜNG VỤ QUỐC
// HỘI", "CHÍNH PHỦ") or an office with its body ("BỘ TRƯỞNG BỘ Y TẾ").
func (d *doc) issuerAboveBody(r *Result) {
	if d.headEnd >= len(d.text) || d.typeAt < 0 || !hasAuthorityLine(r.Type) {
		return
	}
	for k := lineIndex(d.lines, d.headEnd) - 1; k >= 0; k-- {
		t := strings.TrimSpace(d.text[d.lines[k].start:d.lines[k].end])
		if t == "" || allRules(t) {
			continue
		}
		run, whole := trailingCaps(t)
		if !whole || run == "" {
			return
		}
		auth := vn.NewStyleTones(collapse(run))
		if startsWithAny(auth, positions) {
			d.applyAuthority(r, auth) // an office: its body follows it
		} else if startsWithAny(auth, bodyHeads) && typeNameAt(auth) == "" {
			r.Issuer = orgName(auth)
			d.issuerAboveCanCu = true
		}
		return
	}
}

// applyAuthority reads the authority line of a decision issued by the head
// of a body in person ("BỘ TRƯỞNG BỘ Y TẾ", "CHỦ TỊCH ỦY BAN NHÂN DÂN
// TỈNH"). That is who signs, not who issues: the issuer stays the body of
// the header, and only where the header names none is it taken from the
// line, without the office ("Bộ Y tế").
func (d *doc) applyAuthority(r *Result, auth string) {
	auth = vn.NewStyleTones(auth)
	for _, p := range positions {
		if auth == p || strings.HasPrefix(auth, p+" ") {
			if r.Issuer == "" {
				if body := strings.TrimSpace(strings.TrimPrefix(auth, p)); body != "" {
					r.Issuer = orgName(body)
					d.issuerFromAuthority = true
				}
			}
			return
		}
	}
}

// stampReach is how far past the last header field a stamp is looked
// for: a few lines.
const stampReach = 1000

// marks finds urgency and secrecy stamps in the header.
func (d *doc) marks(r *Result) {
	end := min(len(d.text), max(d.headEnd, 200), maxHead)
	// A stamp stands by the number and the trích yếu (Decree 30, Appendix
	// I): a plan without "Kính gửi" need not be read on into its body.
	last := max(d.numEnd, d.dateEnd, d.typeEnd)
	if sp, ok := r.Spans["subject"]; ok {
		last = max(last, sp.End)
	}
	if last > 0 {
		end = min(end, last+stampReach)
		for end < len(d.text) && !utf8.RuneStart(d.text[end]) {
			end++
		}
	}
	head := d.text[:end]
	ws := words(head, 0, len(head))
	// A stamp stands as a run of capitals of its own: "MẬT" inside "DANH
	// MỤC BÍ MẬT NHÀ NƯỚC" is not one.
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) && isCaps(strings.Trim(ws[j].text, ".,:;()")) {
			j++
		}
		if j == i {
			i++
			continue
		}
		run := vn.NewStyleTones(strings.Trim(strings.Join(wordTexts(ws[i:j]), " "), ".,:;() "))
		for _, m := range urgencyMarks {
			if run == m && r.Urgency == "" {
				r.Urgency = upperFirst(strings.ToLower(m))
				r.Spans["urgency"] = Span{ws[i].start, ws[j-1].end}
			}
		}
		for _, m := range secrecyMarks {
			if run == m && r.Secrecy == "" {
				r.Secrecy = upperFirst(strings.ToLower(m))
				r.Spans["secrecy"] = Span{ws[i].start, ws[j-1].end}
			}
		}
		i = j
	}
	// The labels are looked for only where their word stands ("khẩn",
	// "mật" in any case; the text is NFC): respelling the tones of the whole
	// head and a case-blind regexp over it cost a fifth of the header.
	lower := strings.ToLower(head)
	if r.Urgency == "" && strings.Contains(lower, "khẩn") {
		if m := urgencyLabelRe.FindStringSubmatch(vn.NewStyleTones(head)); m != nil {
			r.Urgency = upperFirst(strings.ToLower(m[1]))
		}
	}
	if r.Secrecy == "" && strings.Contains(lower, "mật") {
		if m := secrecyLabelRe.FindStringSubmatch(head); m != nil {
			r.Secrecy = upperFirst(strings.ToLower(m[1]))
		}
	}
}
