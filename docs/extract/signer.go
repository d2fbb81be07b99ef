package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	endMarkRe = regexp.MustCompile(`\./\.`)
	// signNoiseRe is what stands between a title and the name in copies of
	// signed letters: "(Đã ký)", "Ký bởi: ...", "[daky]".
	signNoiseRe = regexp.MustCompile(`(?i)^(?:\((?:đã\s+)?ký[^)]*\)|\[[^\]]*\]|\(đã\s+ký[^)]*\)|đã\s+ký|\(chữ\s+ký[^)]*\)|\(ký[^)]*\)|\(dấu[^)]*\))`)
	// nameStop are capitalised words that begin what follows a signature,
	// never a personal name.
	nameStop = map[string]bool{
		"Nơi": true, "Biểu": true, "Phụ": true, "Mẫu": true, "Ký": true, "Đã": true,
		"Người": true, "Kèm": true, "Danh": true, "Bảng": true, "Số": true, "Ghi": true,
	}
	// titlePrefixes are ranks and degrees written before a name.
	titlePrefixes = map[string]bool{
		"TS.": true, "ThS.": true, "PGS.": true, "GS.": true, "BS.": true, "KS.": true,
		"PGS.TS.": true, "GS.TS.": true, "TS": true, "ThS": true, "Ts.": true, "Bs.": true,
		"Đ/c": true, "Ông": true, "Bà": true,
	}
)

// signer reads the signature block: authority, title and name.
func (d *doc) signer(r *Result) {
	text := d.signText
	head := d.headEnd
	if head >= len(text) {
		head = 0 // the header's end is unknown: the Nơi nhận or the body's "./." still bound the search
	}
	from := head
	if d.noiNhanAt >= 0 && d.noiNhanAt > from {
		from = d.noiNhanAt
	}
	if m := endMarkRe.FindStringIndex(text[head:]); m != nil {
		if at := head + m[0]; at < from {
			from = at
		}
	}
	if from >= len(text) {
		from = 0
	}
	start := -1
	if m := findSigPrefix(text[from:]); m != nil {
		start = from + m[2]
		// A title with no prefix right under the Nơi nhận ("GIÁM ĐỐC" /
		// name) is the signature: a prefix further on belongs to a form
		// of an appendix ("TM. TỔ CHỨC").
		if d.noiNhanEnd > 0 && d.noiNhanEnd < start {
			if p := d.positionLine(d.noiNhanEnd); p >= 0 && p < start && strings.TrimSpace(text[d.noiNhanEnd:p]) == "" {
				start = p
			}
		}
	} else {
		start = d.positionLine(from)
	}
	if start < 0 && d.noiNhanAt >= 0 {
		start = d.positionRun(d.noiNhanAt)
	}
	// A law has neither Nơi nhận nor "./.": its signature closes the text,
	// past the 200 lines positionLine reads from the header.
	if start < 0 && d.noiNhanAt < 0 && len(d.lines) > 40 {
		start = d.positionLine(d.lines[len(d.lines)-40].start)
	}
	// A consolidated text's authentication stands where its last article
	// ends, before footnotes that may run for pages.
	if start < 0 {
		if i := strings.Index(text[from:], consolidationMark); i >= 0 {
			start = authenticationAt(text, d.lines[lineIndex(d.lines, from+i)])
		}
	}
	if start < 0 {
		d.signedNameOnly(r, head)
		return
	}
	// The block of capitals: authority and title.
	ws := words(text, start, min(len(text), start+400))
	n := 0
	for n < len(ws) && n < 16 && (isCaps(ws[n].text) || isRule(ws[n].text)) {
		n++
	}
	if n == 0 {
		return
	}
	block := ws[:n]
	var caps []string
	for _, w := range block {
		if !isRule(w.text) {
			caps = append(caps, w.text)
		}
	}
	b := strings.Join(caps, " ")
	title, auth := splitTitle(b, text, block)
	r.Signer.Title = title
	r.Signer.Authority = auth
	r.Spans["signer.title"] = Span{block[0].start, block[n-1].end}

	// The name follows, possibly after noise, or after a Nơi nhận list that
	// the layout put between.
	pos := block[n-1].end
	if d.noiNhanAt > pos && d.noiNhanEnd > pos && strings.TrimSpace(text[pos:d.noiNhanAt]) == "" {
		pos = d.noiNhanEnd
	}
	name, ns, ne := findName(text, pos)
	if name != "" {
		r.Signer.Name = name
		r.Spans["signer.name"] = Span{ns, ne}
	}
}

// signedNameRe is a line that holds only a name and the copy's "(Đã ký)":
// older laws and decrees as the Công báo reprinted them, signed without a
// title ("Nông Đức Mạnh (Đã ký)").
var signedNameRe = regexp.MustCompile(`(?m)^[ \t|]*(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){1,4})[ \t]*\((?:Đã|đã)[ \t]+ký\)[ \t.|]*$`)

// signedNameOnly takes the signer's name from a "(Đã ký)" line after the
// header, where no title was found to stand above one.
func (d *doc) signedNameOnly(r *Result, from int) {
	text := d.signText
	if from >= len(text) {
		from = 0
	}
	if !strings.Contains(text[from:], "ký)") {
		return // most texts: no regexp pass
	}
	m := signedNameRe.FindStringSubmatchIndex(text[from:])
	if m == nil {
		return
	}
	name := collapse(text[from+m[2] : from+m[3]])
	for _, w := range strings.Fields(name) {
		if nameStop[w] || bodyWords[w] {
			return
		}
	}
	r.Signer.Name = name
	r.Spans["signer.name"] = Span{from + m[2], from + m[3]}
}

// positionLine finds a line that is only a signer title ("CHỦ TỊCH"), for
// blocks without an authority prefix. Returns its start or -1.
func (d *doc) positionLine(from int) int {
	first := lineIndex(d.lines, from)
	for k := first; k < len(d.lines) && k < first+200; k++ {
		l := d.lines[k]
		if at := authenticationAt(d.signText, l); at >= 0 {
			return at
		}
		if l.end-l.start > 120 {
			continue // a position line is short
		}
		// "| CHỦ TỊCH QUỐC HỘI": the signature's table cell
		t := strings.TrimLeft(collapse(d.signText[l.start:l.end]), "| ")
		if t == "" {
			continue
		}
		if !isCaps(strings.ReplaceAll(t, " ", "")) || len(strings.Fields(t)) > 8 {
			// A web copy of a law puts the name on the title's line: "CHỦ
			// TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân".
			if t = titleBeforeName(t); t == "" {
				continue
			}
		}
		if startsWithAny(t, positions) {
			return l.start + strings.Index(d.signText[l.start:l.end], t[:1])
		}
	}
	return -1
}

// consolidationMark opens the signature of a consolidated text (văn bản
// hợp nhất): the head of the office that consolidated it authenticates it
// ("XÁC THỰC VĂN BẢN HỢP NHẤT" / "CHỦ NHIỆM" / name).
const consolidationMark = "XÁC THỰC VĂN BẢN HỢP NHẤT"

// authenticationAt returns where line l opens with consolidationMark and a
// title, or -1. A web copy keeps the name and the first footnotes on the
// same line, so the line may be long.
func authenticationAt(text string, l line) int {
	t := strings.TrimLeft(text[l.start:min(l.end, l.start+200)], " |\t")
	rest, ok := strings.CutPrefix(collapse(t), consolidationMark+" ")
	if !ok || !startsWithAny(rest, positions) {
		return -1
	}
	return l.end - len(strings.TrimLeft(text[l.start:l.end], " |\t"))
}

// titleBeforeName returns the capitals of a line that holds a title and a
// personal name after it (two to five capitalised words, nothing else), or
// "".
func titleBeforeName(t string) string {
	ws := strings.Fields(t)
	n := 0
	for n < len(ws) && n < 8 && isCaps(ws[n]) {
		n++
	}
	name := ws[n:]
	if n == 0 || len(name) < 2 || len(name) > 5 {
		return ""
	}
	for _, w := range name {
		if !isTitleWord(w) || nameStop[w] || bodyWords[w] {
			return ""
		}
	}
	return strings.Join(ws[:n], " ")
}

// bodyWords begin the name of a body, never a person's: "GIÁM ĐỐC Sở Y
// Tế" is an office and its body, not a title and a name.
var bodyWords = map[string]bool{
	"Bộ": true, "Sở": true, "Ban": true, "Ủy": true, "Uỷ": true, "Tỉnh": true, "Huyện": true, "Xã": true,
	"Phường": true, "Quận": true, "Phòng": true, "Cục": true, "Vụ": true, "Viện": true, "Chính": true, "Phủ": true,
}

// positionRun finds, after from, a run of capitals that begins with a
// signer title where a flattened layout keeps it on the line of the last
// Nơi nhận item or of the drafter's initials ("... Vụ PC. | TỔNG THANH
// TRA Trần Văn Truyền", "(2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến
// Dũng"). The run must start fresh: after a word that is not in
// capitals, a cell mark or a line break. Returns its start or -1.
func (d *doc) positionRun(from int) int {
	text := d.signText
	ws := words(text, from, min(len(text), from+4000))
	for i, w := range ws {
		if !isCaps(w.text) {
			continue
		}
		if i > 0 && isCaps(ws[i-1].text) && !strings.ContainsAny(text[ws[i-1].end:w.start], "\n\t") && !strings.HasSuffix(ws[i-1].text, ".") {
			continue // inside a run; "Lưu: VT, TCCV. THỦ TƯỚNG" starts one after the full stop
		}
		var run []string
		for j := i; j < len(ws) && j < i+8 && isCaps(ws[j].text); j++ {
			run = append(run, strings.TrimRight(ws[j].text, ","))
		}
		if startsWithAny(strings.Join(run, " "), positions) {
			return w.start
		}
	}
	return -1
}

// splitTitle splits "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" into the title (the known
// position it ends with, or its last line) and the authority before it.
func splitTitle(b, text string, block []word) (title, auth string) {
	best := ""
	for _, p := range positions {
		if (b == p || strings.HasSuffix(b, " "+p) || strings.HasSuffix(b, "."+p)) && len(p) > len(best) {
			best = p
		}
	}
	if best != "" {
		auth := strings.TrimSpace(b[:len(b)-len(best)])
		// "BỘ TRƯỞNG, CHỦ NHIỆM": one person holding two posts
		if strings.HasSuffix(auth, ",") && startsWithAny(strings.TrimSuffix(auth, ","), positions) {
			return auth + " " + best, ""
		}
		// The head of a steering committee or a delegation signs in that
		// office, the post he holds elsewhere under it ("TRƯỞNG BAN" /
		// "PHÓ THỦ TƯỚNG"); his deputy's title names the office again
		// ("PHÓ TRƯỞNG BAN").
		if (auth == "TRƯỞNG BAN" || auth == "TRƯỞNG ĐOÀN") && !strings.Contains(best, auth) {
			return auth, ""
		}
		// So does the deputy who signs for him, his post elsewhere under
		// his deputy's office ("KT. TRƯỞNG BAN" / "PHÓ TRƯỞNG BAN THƯỜNG
		// TRỰC" / "PHÓ THỦ TƯỚNG").
		for _, office := range []string{"TRƯỞNG BAN", "TRƯỞNG ĐOÀN"} {
			if i := strings.Index(auth, " PHÓ "+office); i > 0 && strings.HasPrefix(auth, "KT. "+office) && !strings.Contains(best, office) {
				return auth[i+1:], auth[:i]
			}
		}
		return best, auth
	}
	// "KT. TRƯỞNG THUẾ TỈNH PHÓ TRƯỞNG THUẾ TỈNH": the deputy signs for the
	// head, so an unknown title after "KT." starts at its last "PHÓ".
	if strings.HasPrefix(b, "KT.") || strings.HasPrefix(b, "K/T") {
		if i := strings.LastIndex(b, " PHÓ "); i > 0 {
			return b[i+1:], b[:i]
		}
	}
	// Unknown title: the last line of the block.
	last := len(block) - 1
	for last > 0 && !strings.Contains(text[block[last-1].end:block[last].start], "\n") {
		last--
	}
	// A title broken after a comma or "VÀ" starts on the line above
	// ("TRƯỞNG BAN BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ"), never on a prefix's.
	for last > 0 && openEnded(" "+block[last-1].text) {
		s := last - 1
		for s > 0 && !strings.Contains(text[block[s-1].end:block[s].start], "\n") {
			s--
		}
		if m := sigPrefixRe.FindStringIndex(text[block[s].start:block[last-1].end]); m != nil && m[0] == 0 {
			break
		}
		last = s
	}
	var t, a []string
	for i, w := range block {
		if isRule(w.text) {
			continue
		}
		if i >= last {
			t = append(t, w.text)
		} else {
			a = append(a, w.text)
		}
	}
	if len(a) == 0 && len(t) > 0 && sigPrefixRe.MatchString(t[0]) {
		return strings.Join(t[1:], " "), t[0]
	}
	return strings.Join(t, " "), strings.Join(a, " ")
}

// strayMarks are the symbols OCR reads from a seal or a signature's
// strokes next to a name.
const strayMarks = "{}[]|*~_«»"

// findName returns the first personal name after pos: two to five
// capitalised syllables on one line.
func findName(text string, pos int) (string, int, int) {
	end := min(len(text), pos+600)
	// skip noise
	for {
		rest := strings.TrimLeft(text[pos:end], " \t\r\n")
		pos = end - len(rest)
		m := signNoiseRe.FindStringIndex(rest)
		if m == nil {
			break
		}
		pos += m[1]
	}
	ws := words(text, pos, end)
	for i := range ws {
		// A scan's seal or stroke leaves a mark glued to the name: "{Lê".
		if t := strings.TrimLeft(ws[i].text, strayMarks); t != ws[i].text && isTitleWord(t) {
			ws[i].start += len(ws[i].text) - len(t)
			ws[i].text = t
		}
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i].text
		if titlePrefixes[w] {
			continue
		}
		// a label line: "Ký bởi: Sở Nội vụ", "Cơ quan: ..."
		ls := strings.LastIndexByte(text[:ws[i].start], '\n') + 1
		if strings.Contains(text[max(ls, pos):ws[i].start], ":") {
			continue
		}
		if !isTitleWord(w) || nameStop[w] {
			if i > 8 {
				break
			}
			continue
		}
		j := i
		for j < len(ws) && j-i < 5 && isTitleWord(ws[j].text) && !nameStop[ws[j].text] {
			if j > i && strings.Contains(text[ws[j-1].end:ws[j].start], "\n") && !nameGoesOn(text, ws, i, j) {
				break
			}
			j++
		}
		if j-i >= 2 {
			return strings.Join(wordTexts(ws[i:j]), " "), ws[i].start, ws[j-1].end
		}
		if i > 8 {
			break
		}
	}
	return "", 0, 0
}

// nameGoesOn reports a name a web copy broke over two lines ("Nguyễn" /
// "Mạnh Khương"): the line at ws[j] holds only name words, and with the
// words before it the name stays within four, as Vietnamese names do.
func nameGoesOn(text string, ws []word, i, j int) bool {
	k := j
	for k < len(ws) && (k == j || !strings.Contains(text[ws[k-1].end:ws[k].start], "\n")) {
		if !isTitleWord(ws[k].text) || nameStop[ws[k].text] {
			return false
		}
		k++
	}
	return k-i <= 4
}

// sigLiterals are the literal starts of every authority prefix sigPrefixRe
// matches. Scanning a whole law with that regex costs a quarter of its
// extraction; finding the literals first and trying the regex only there
// costs next to nothing.
var sigLiterals = []string{"TM.", "KT.", "TL.", "TUQ", "Q.", "T/M", "K/T", "T/L"}

// findSigPrefix returns what sigPrefixRe.FindStringSubmatchIndex(s)
// returns, without running the regex over all of s.
func findSigPrefix(s string) []int {
	for from := 0; from < len(s); {
		p := -1
		for _, lit := range sigLiterals {
			if i := strings.Index(s[from:], lit); i >= 0 && (p < 0 || from+i < p) {
				p = from + i
			}
		}
		if p < 0 {
			return nil
		}
		ws := p
		if p > 0 {
			_, size := utf8.DecodeLastRuneInString(s[:p])
			ws = p - size
		}
		we := min(len(s), p+64)
		// "(2b)Q.Cường": a drafter's initials, not a "Q." (quyền) whose
		// office is in capitals
		if m := sigPrefixRe.FindStringSubmatchIndex(s[ws:we]); m != nil && ws+m[2] == p && isCaps(strings.Trim(firstWord(s[ws+m[3]:we]), ",.")) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += ws
				}
			}
			return m
		}
		from = p + 1
	}
	return nil
}
