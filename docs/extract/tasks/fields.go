package tasks

import (
	"regexp"
	"strings"
)

// Programmes and plans give each item its unit and time in labelled lines
// ("- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với ...", "- Thời gian
// thực hiện: Hoàn thành trong quý III/2020") or in a table whose columns are
// Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành.

// fieldName is a field's name and its colon, at the end of the window it is
// tried on: fieldMatches tries it just before each colon, so the matcher
// never walks a whole paragraph.
var fieldName = regexp.MustCompile(`(?:^|[\s;.*+(-])(?P<name>(?:cơ quan|đơn vị)(?:,\s*đơn vị)?\s+(?:thực hiện|chủ trì|phối hợp|thực hiện chính|phụ trách|tham mưu|chịu trách nhiệm)(?:\s+tham mưu)?(?:\s+thực hiện)?|` +
	`(?:chủ\s+trì|phối\s+hợp)(?:\s+thực hiện)?|` +
	`thời\s+(?:gian|hạn)(?:\s+(?:thực hiện|hoàn thành|báo cáo|gửi|trình))?|hạn hoàn thành|tiến\s+độ(?:\s+(?:thực hiện|hoàn thành))?|` +
	`sản\s+phẩm(?:\s+(?:đầu ra|hoàn thành))?)\s*:$`)

// maxFieldName bounds the bytes a field's name and its colon take.
const maxFieldName = 96

// fieldMatches returns the fields of key in order, as submatch indexes of
// fieldName into key.
func fieldMatches(key string) [][]int {
	var out [][]int
	for c := 0; c < len(key); c++ {
		if key[c] != ':' {
			continue
		}
		from := max(0, c+1-maxFieldName)
		for from > 0 && from < c && key[from]&0xC0 == 0x80 {
			from++ // start on a whole character
		}
		m := fieldName.FindStringSubmatchIndex(key[from : c+1])
		if m == nil {
			continue
		}
		if from > 0 && m[0] == m[2] && m[0] == 0 && !strings.ContainsRune(" \t\r\n\f\v;.*+(-", rune(key[from-1])) {
			continue // the window cut a word: the name does not start a word
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
	}
	return out
}

// fieldGroup is the unit and time the fields give.
type fieldGroup struct {
	itemEnd int // where the item's own words end in its block; 0 when the block is all fields
	who     string
	co      []string
	when    when
	text    string // the text when's offsets refer to
	// exception: the time is an exception ("Thực hiện thường xuyên, riêng
	// việc tuyên truyền ... hoàn thành trong quý II/2020") that holds for
	// one item, not for every item the fields cover.
	exception bool
	end       int // source offset where the fields end
}

func (g *fieldGroup) merge(o *fieldGroup) {
	if o.who != "" {
		g.who = o.who
		g.co = o.co
	} else if len(o.co) > 0 {
		g.co = o.co // "- Đơn vị phối hợp: …" on a line of its own
	}
	if o.when.known {
		g.when, g.text, g.exception = o.when, o.text, o.exception
	}
	g.end = max(g.end, o.end)
}

func isFieldBlock(b *block) bool {
	if strings.IndexByte(b.key, ':') < 0 {
		return false
	}
	ms := fieldMatches(b.key)
	return ms != nil && ms[0][2] == 0
}

// fieldsOf reads the fields of a block, nil if it has none.
func (f *finder) fieldsOf(b *block) *fieldGroup {
	if strings.IndexByte(b.key, ':') < 0 {
		return nil
	}
	ms := fieldMatches(b.key)
	if ms == nil {
		return nil
	}
	g := &fieldGroup{itemEnd: ms[0][2]}
	for i, m := range ms {
		end := len(b.text)
		if i+1 < len(ms) {
			end = ms[i+1][2]
		}
		vs, ve := m[1], end
		for vs < ve && isSpace(b.text[vs]) {
			vs++
		}
		for ve > vs && strings.ContainsRune(" -;.*\t", rune(b.text[ve-1])) {
			ve--
		}
		val, name := b.text[vs:ve], b.key[m[2]:m[3]]
		switch {
		case strings.Contains(name, "phối hợp"):
			g.co = splitUnits(val)
		case strings.HasPrefix(name, "cơ quan") || strings.HasPrefix(name, "đơn vị") || strings.HasPrefix(name, "chủ trì"):
			g.who, g.co = whoAndCo(val)
		case strings.HasPrefix(name, "sản phẩm"):
		default:
			g.when = findWhen(b.key[vs:ve], f.tc, true)
			g.when.start, g.when.end = g.when.start+vs, g.when.end+vs
			g.text = b.text
			g.exception = g.when.start > vs && strings.Contains(b.key[vs:g.when.start], "riêng")
		}
		if ve > vs {
			g.end = b.src(ve-1) + 1
		}
	}
	return g
}

// whoAndCo reads "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và UBND các
// huyện" into the unit in charge and those that work with it.
func whoAndCo(val string) (string, []string) {
	k := lower(val)
	toks := tokenize(val, k)
	if _, ok := headAt(val, toks, 0); ok {
		if v, e, ok := npEnd(val, toks, 0, len(val)); ok && v < len(toks) {
			return strings.Trim(val[:e], " ,;."), coAssignees(val[toks[v].s:], k[toks[v].s:])
		}
	}
	return strings.Trim(val, " ,;."), nil
}

// row reads one table row under a header row.
func (f *finder) row(b *block) {
	if h := headerRow(b); h != nil {
		f.head, h.fresh = h, true
		return
	}
	h := f.head
	if h != nil && h.fresh {
		h.fresh = false
		if h.subHeader(b) {
			return // "Chủ trì | Phối hợp | Bắt đầu | Hoàn thành" under merged headings
		}
	}
	if h == nil {
		return
	}
	vals := h.rowVals(b)
	if h.action >= len(vals) || vals[h.action].at < 0 {
		return
	}
	act := b.cells[vals[h.action].cell]
	if !hasAction(b.text[act.start:act.end]) {
		return
	}
	g := &fieldGroup{text: b.text, end: b.src(len(b.text)-1) + 1}
	if v, ok := h.val(vals, h.who); ok {
		g.who, g.co = whoAndCo(v.text)
		if whole := strings.Trim(v.text, " ,;."); g.co == nil && !strings.Contains(v.key, "chủ trì") {
			g.who = whole // a unit cell names the unit whole: "Các đơn vị được giao thực hiện TTHC"
		}
	}
	if v, ok := h.val(vals, h.co); ok {
		g.co = splitUnits(v.text)
	}
	if v, ok := h.val(vals, h.time); ok {
		at := v.at
		if at < 0 {
			g.text, at = v.text, 0 // a time cell merged down from the row above
		}
		if y, ok := yearCell(strings.TrimSpace(v.key)); ok {
			// A time cell that holds a year alone ("2025") or a span of years is due at its end.
			g.when = findWhen(y, f.tc, true)
			g.when.start, g.when.end = at, at+len(v.text)
		} else {
			g.when = findWhen(v.key, f.tc, true)
			g.when.start, g.when.end = g.when.start+at, g.when.end+at
		}
		if h.tentative && g.when.recurrence == "" {
			g.when = when{}
		}
	}
	who := ""
	if s := f.scope(); s != nil {
		who = s.who
	}
	f.emit(&cand{b: b, a: act.start, e: act.end, act: act.start, who: who, fields: g})
}
