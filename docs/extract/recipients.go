package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	kinhGuiRe = regexp.MustCompile(`Kính\s*gửi\s*:?`)
	noiNhanRe = regexp.MustCompile(`Nơi\s*nhận\s*:?`)
	// inlineOpenerRe finds where a letter's first sentence begins after a
	// recipient written on the "Kính gửi:" line itself.
	inlineOpenerRe = regexp.MustCompile(`\s(?:Thực\s+hiện|Phúc\s+đáp|Căn\s+cứ|Theo\s|Trả\s+lời|Ngày\s+\d|Vừa\s+qua|Để\s|Nhằm\s|Tiếp\s+theo|Tiếp\s+nhận|Xét\s|Sau\s+khi|Hiện\s+nay|Thời\s+gian\s+qua|Nhận\s+được|Triển\s+khai|Thừa\s+lệnh|Thừa\s+ủy\s+quyền|Qua\s)`)
	// sigPrefixRe is the authority prefix that opens a signature block,
	// also in the older slash spelling "K/T", "T/M", "T/L".
	sigPrefixRe = regexp.MustCompile(`(?:^|[^\p{L}/])((?:TM|KT|TL|TUQ|Q)\.\s*|(?:T/M|K/T|T/L|TUQ/)\.?\s*)\p{Lu}`)
	// addressRe opens the address written after a single addressee.
	addressRe = regexp.MustCompile(`\s*\((?:Đ/c|ĐC|Địa\s+chỉ)\s*:`)
	// inlineItemRe splits items that a flattened list keeps on one line.
	inlineItemRe = regexp.MustCompile(`[;.]\s+[-–+•]\s+`)
)

// isItemLine reports whether a line starts a list item.
func isItemLine(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return r == '-' || r == '–' || r == '+' || r == '•' || r == '*'
}

// endsItem reports whether an item is closed by its punctuation.
func endsItem(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ";") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "./.")
}

// recipients reads the "Kính gửi" list.
func (d *doc) recipients(r *Result) {
	text := d.text
	m := kinhGuiRe.FindStringIndex(text)
	if m == nil && r.Type == "CĐ" {
		// A công điện names its addressees after "THỦ TƯỚNG CHÍNH PHỦ điện:".
		m = dienRe.FindStringIndex(text[:min(len(text), maxHead)])
	}
	if m == nil {
		return
	}
	li := lineIndex(d.lines, m[1])
	rest := strings.TrimSpace(text[m[1]:d.lines[li].end])
	var items []string
	spanEnd := m[1]
	if rest != "" && !isItemLine(rest) {
		// "Kính gửi: Sở Y tế" on the line; the body may follow on it.
		cut := d.lines[li].end
		if om := inlineOpenerRe.FindStringIndex(text[m[1]:cut]); om != nil {
			cut = m[1] + om[0]
		}
		// "Kính gửi: Công ty X. (Đ/c: …) Cục Hải quan nhận được …": the
		// address ends the addressee
		if am := addressRe.FindStringIndex(text[m[1]:cut]); am != nil && am[0] > 0 {
			cut = m[1] + am[0]
		}
		item := text[m[1]:cut]
		// "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố" / "trực thuộc
		// Trung ương": a web copy's line break inside the one addressee.
		if cut == d.lines[li].end && !endsItem(item) && li+1 < len(d.lines) {
			nl := d.lines[li+1]
			if t := strings.TrimSpace(text[nl.start:nl.end]); inlineGoesOn(item, t) {
				item += " " + t
				cut = nl.end
			}
		}
		items = append(items, trimItem(item))
		spanEnd = cut
		r.Recipients = nonEmptyItems(items)
		r.Spans["recipients"] = Span{m[0], spanEnd}
		return
	}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			items = append(items, splitInline(strings.Join(cur, " "))...)
			cur = nil
		}
	}
	if rest != "" {
		cur = append(cur, rest)
		spanEnd = d.lines[li].end
	}
	single := false
	for k := li + 1; k < len(d.lines) && k <= li+40; k++ {
		l := d.lines[k]
		t := strings.TrimSpace(text[l.start:l.end])
		if t == "" {
			continue
		}
		switch {
		case isItemLine(t):
			if len(cur) > 0 && endsWithStop(cur) && !addresseeItem(t) {
				flush()
				d.setRecipients(r, items, m[0], spanEnd)
				return
			}
			flush()
			if cut := sentenceEnd(t); cut > 0 {
				// A web copy joined the last addressee and the body's
				// first sentence into one line.
				cur = append(cur, t[:cut])
				flush()
				d.setRecipients(r, items, m[0], l.start+strings.Index(text[l.start:l.end], t)+cut)
				return
			}
			cur = append(cur, t)
		case len(cur) == 0 && len(items) == 0 && !single:
			// a single recipient on its own line, no dash
			single = true
			cut := len(t)
			if om := inlineOpenerRe.FindStringIndex(t); om != nil {
				cut = om[0]
			}
			// "Công ty X. (Đ/c: Lô CN06, …)": the address is not the name
			if am := addressRe.FindStringIndex(t[:cut]); am != nil && am[0] > 0 {
				cut = am[0]
			}
			cur = append(cur, t[:cut])
			if cut < len(t) || endsItem(t) {
				flush()
				d.setRecipients(r, items, m[0], l.start+cut)
				return
			}
		case len(cur) > 0 && (wrapsOnto(cur[len(cur)-1], t) || namesGoOn(cur[len(cur)-1], t)):
			cur = append(cur, t) // a wrapped item
		default:
			flush()
			d.setRecipients(r, items, m[0], spanEnd)
			return
		}
		spanEnd = l.end
		if len(cur) > 0 && strings.HasSuffix(strings.TrimSpace(cur[len(cur)-1]), ".") && !d.addresseeNext(k) {
			flush()
			d.setRecipients(r, items, m[0], spanEnd)
			return
		}
	}
	flush()
	d.setRecipients(r, items, m[0], spanEnd)
}

// inlineGoesOn reports whether the line after "Kính gửi: …" carries on the
// one addressee there, left open without its punctuation: a line opening
// in lower case ("Ủy ban nhân dân các tỉnh, thành phố" / "trực thuộc Trung
// ương"), the rest of a name broken after a joining word ("Sở Kế hoạch
// và" / "Đầu tư"), or a body after its head's office ("Bộ trưởng" / "Bộ
// Công Thương"). A line that opens the body ("Sở Nội vụ tổng hợp …", long,
// or an opener) stays the body's.
func inlineGoesOn(item, t string) bool {
	if openerRe.MatchString(t) || utf8.RuneCountInString(t) >= 60 {
		return false
	}
	if startsLower(t) {
		return true
	}
	last := strings.ToLower(lastWord(item))
	switch last {
	case "và", "của", "các", "thuộc", "về", "-", "–":
		return true
	}
	if strings.HasSuffix(strings.TrimSpace(item), ",") {
		return true
	}
	up := strings.ToUpper(strings.TrimSpace(item))
	for _, p := range positions {
		if up == p || strings.HasSuffix(up, " "+p) {
			ws := strings.Fields(t)
			return startsWithAny(strings.ToUpper(strings.Join(ws[:min(3, len(ws))], " ")), bodyHeads)
		}
	}
	return false
}

// addresseeItem reports a dash line that names an addressee ("- Bí thư
// Tỉnh ủy, …", "- Chủ tịch Ủy ban nhân dân …"): a list whose item closed
// with a full stop goes on with it.
func addresseeItem(t string) bool {
	t = strings.TrimLeft(t, "-–+• ")
	up := strings.ToUpper(strings.Join(strings.Fields(t)[:min(3, len(strings.Fields(t)))], " "))
	return startsWithAny(up, positions) || startsWithAny(up, bodyHeads) || strings.HasPrefix(up, "BÍ THƯ") ||
		strings.HasPrefix(up, "CÁC BỘ") || strings.HasPrefix(up, "CÁC SỞ") || strings.HasPrefix(up, "CÁC CƠ QUAN")
}

// addresseeNext reports whether the next non-blank line after line k is
// a dash item naming an addressee.
func (d *doc) addresseeNext(k int) bool {
	for j := k + 1; j < len(d.lines) && j <= k+3; j++ {
		t := strings.TrimSpace(d.text[d.lines[j].start:d.lines[j].end])
		if t == "" {
			continue
		}
		return isItemLine(t) && addresseeItem(t)
	}
	return false
}

func endsWithStop(cur []string) bool {
	return strings.HasSuffix(strings.TrimSpace(cur[len(cur)-1]), ".")
}

func (d *doc) setRecipients(r *Result, items []string, start, end int) {
	r.Recipients = nonEmptyItems(items)
	if len(r.Recipients) > 0 {
		r.Spans["recipients"] = Span{start, end}
	}
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// splitInline splits "- A; - B; - C." kept on one line into items.
func splitInline(s string) []string {
	var out []string
	for _, part := range inlineItemRe.Split(s, -1) {
		out = append(out, trimItem(part))
	}
	return out
}

func nonEmptyItems(items []string) []string {
	out := []string{}
	for _, it := range items {
		if it != "" {
			out = append(out, it)
		}
	}
	return out
}

// closingLines bounds the closing block (Nơi nhận and signature).
const closingLines = 60

// noiNhan reads the "Nơi nhận" list; the "Lưu" entry closes it.
func (d *doc) noiNhan(r *Result) {
	text := d.text
	var m []int
	for _, mm := range noiNhanRe.FindAllStringIndex(text, -1) {
		if mm[0] >= d.headEnd || d.headEnd == len(text) {
			m = mm
			break
		}
	}
	if m == nil {
		return
	}
	d.noiNhanAt = m[0]
	li := lineIndex(d.lines, m[1])
	// The signature column may share the lines of the list.
	if rest := text[m[1]:d.lines[li].end]; strings.Contains(rest, "\t") {
		text, d.signText = splitColumns(text, d.lines, li, closingLines, true)
	} else if sm := sigPrefixRe.FindStringSubmatchIndex(rest); sm != nil && strings.TrimSpace(rest[:sm[2]]) == "" {
		text, d.signText = splitColumns(text, d.lines, li, closingLines, false)
	}
	var items []string
	var cur string
	end := m[1]
	done := false
	add := func(t string, lineEnd int) {
		// The next table cell (the signature beside the list) ends it.
		if i := strings.Index(t, " | "); i >= 0 {
			t = t[:i]
			done = true
		}
		// A signature flattened onto the item's line ends the item.
		// "(2b)Q.Cường": a drafter's initials after the entry are no "Q."
		// (quyền) prefix, whose office is in capitals.
		if sm := sigPrefixRe.FindStringSubmatchIndex(t); sm != nil && sm[2] > 0 && isCaps(strings.Trim(firstWord(t[sm[3]:]), ",.")) {
			t = t[:sm[2]]
			done = true
		}
		parts := inlineItemRe.Split(t, -1)
		for i, p := range parts {
			if i > 0 {
				items = appendItem(items, cur)
				cur = ""
			}
			if cur != "" {
				cur += " "
			}
			cur += strings.TrimSpace(p)
			if isLuu(cur) {
				cur = cutAfterLuu(cur)
				done = true
			}
		}
		end = lineEnd
	}
	first := strings.TrimSpace(text[m[1]:d.lines[li].end])
	if first != "" {
		add(first, d.lines[li].end)
	}
	for k := li + 1; !done && k < len(d.lines) && k <= li+60; k++ {
		l := d.lines[k]
		t := strings.TrimSpace(text[l.start:l.end])
		if t == "" {
			continue
		}
		switch {
		// "- VP UBND tỉnh:" / "+ LĐVP, KGVX;" / "+ TTTT …;": the "+" lines
		// are the parts of the unit the item opened with a colon, and go
		// in its item.
		case strings.HasPrefix(t, "+") && opensSubList(cur):
			add(t, l.end)
		case isItemLine(t):
			items = appendItem(items, cur)
			cur = ""
			add(t, l.end)
		// A line in capitals may be the signature, unless it closes the
		// item with ";" ("… Văn phòng Đoàn ĐBQH và" / "HĐND tỉnh;") or
		// the item is a list left open by a comma ("VPCP: BTCN, PCN A," /
		// "PCN B,").
		case cur != "" && wrapsOnto(cur, t) && !sigPrefixRe.MatchString(t) && (!isCaps(firstWord(t)) || strings.HasSuffix(t, ";") || strings.HasSuffix(cur, ",")):
			add(t, l.end)
		// "- Lãnh đạo Bộ" / "(để báo cáo);": the purpose wrapped alone.
		case cur != "" && !endsItem(cur) && strings.HasPrefix(t, "(") && !sigPrefixRe.MatchString(t):
			add(t, l.end)
		// "- VPCP: BTCN, các PCN;" / "Các Vụ: TH, KTTH;": a line closed by
		// ";" after a closed item is one more item, its dash left out.
		case cur != "" && endsItem(cur) && !startsLower(t) && strings.HasSuffix(t, ";") && !sigPrefixRe.MatchString(t):
			items = appendItem(items, cur)
			cur = ""
			add(t, l.end)
		// "… Cổng TTĐT;" / "các Vụ: KTTH, TH;": no item starts in lower
		// case, so the line goes on the one before even after its ";".
		case cur != "" && startsLower(t) && !openerRe.MatchString(t):
			add(t, l.end)
		default:
			done = true
		}
	}
	items = appendItem(items, cur)
	r.NoiNhan = nonEmptyItems(items)
	d.noiNhanEnd = end
	if len(r.NoiNhan) > 0 {
		r.Spans["noi_nhan"] = Span{m[0], end}
	}
}

// opensSubList reports an item that names a unit and then lists its parts
// after a colon: "VP UBND tỉnh:", "VPUB: + CVP, các PCVP (đ/b);".
func opensSubList(item string) bool {
	item = strings.TrimSpace(item)
	return item != "" && !isLuu(item) && (strings.HasSuffix(item, ":") || strings.Contains(item, ": +"))
}

func appendItem(items []string, it string) []string {
	it = strings.TrimSpace(it)
	if it == "" {
		return items
	}
	return append(items, trimItem(it))
}

// cutAfterLuu ends the file-copy entry at its closing full stop when a
// flattened layout runs the drafter's initials or the signature into it
// ("Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG ..."). A stop followed by an
// abbreviation ("Lưu: VT, P. TH") does not end it.
func cutAfterLuu(item string) string {
	for i := 0; i+2 < len(item); i++ {
		// "Lưu: VT, KTTH (2) THỦ TƯỚNG Phạm Minh Chính": the signature
		// flattened onto the entry's line.
		if item[i] == ' ' && i > 0 && startsWithAny(item[i+1:], positions) {
			return item[:i]
		}
		if item[i] == '.' && item[i+1] == ' ' && (isTitleWord(strings.Trim(firstWord(item[i+2:]), ",;.")) || startsWithAny(item[i+2:], positions)) {
			// "Lưu: VT, KGVX. Thg": the drafter's mark that ends the
			// line is part of the entry; more words are a signature
			// or a sentence run into it.
			if len(strings.Fields(item[i+2:])) <= 2 && !startsWithAny(item[i+2:], positions) {
				continue
			}
			return item[:i+1]
		}
	}
	return item
}

// isLuu reports whether an item is the file-copy entry "Lưu: VT, ...".
func isLuu(item string) bool {
	t := strings.TrimLeft(strings.TrimSpace(item), "-–+• ")
	return strings.HasPrefix(t, "Lưu") || strings.HasPrefix(t, "LƯU")
}

// namesGoOn reports an addressee broken before a body's name ("… Chủ
// tịch" / "Ủy ban nhân dân các tỉnh, …"): the item is open, its last word
// in lower case, and the line opens with a body, however long it runs.
func namesGoOn(item, t string) bool {
	if endsItem(item) || strings.HasSuffix(strings.TrimSpace(item), ":") || !hasLower(lastWord(item)) || openerRe.MatchString(t) {
		return false
	}
	ws := strings.Fields(t)
	return startsWithAny(strings.ToUpper(strings.Join(ws[:min(3, len(ws))], " ")), bodyHeads)
}

// wrapsOnto reports whether line t continues an item left open by a
// narrow column: the item lacks its closing punctuation and t does not
// begin the body.
func wrapsOnto(item, t string) bool {
	if endsItem(item) || openerRe.MatchString(t) {
		return false
	}
	// an item left open by a comma goes on however long the line
	return startsLower(t) || utf8.RuneCountInString(t) < 60 || strings.HasSuffix(strings.TrimSpace(item), ",")
}

// sentenceEnd is where, in an addressee's line, a sentence ends and
// another begins ("… trực thuộc Trung ương. Thiết thực lập thành tích …"),
// or 0. A full stop after a short word ("TP. Hồ Chí Minh") is an
// abbreviation.
func sentenceEnd(t string) int {
	for i := 1; i+2 < len(t); i++ {
		if t[i] != '.' || t[i+1] != ' ' {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[i+2:])
		if !unicode.IsUpper(r) {
			continue
		}
		w := t[strings.LastIndexAny(t[:i], " (")+1 : i]
		if utf8.RuneCountInString(w) >= 3 && !isCaps(w) {
			return i + 1
		}
	}
	return 0
}
