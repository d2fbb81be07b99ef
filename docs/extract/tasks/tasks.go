// Package tasks finds the obligations a Vietnamese official document places
// on named units: who must do what, with whom, by when, and how often.
//
// It reads plain text as it comes out of PDFs, web pages and the readers'
// Document.PlainText(): sentences broken across lines, footnotes between
// body lines at page breaks, list labels in front of paragraphs, table rows
// as cells joined by " | ".
package tasks

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"vanthu/docs/vndate"
)

// Task is one obligation. Offsets are byte offsets into the text given to Find.
type Task struct {
	Assignee      string      `json:"assignee"`
	CoAssignees   []string    `json:"co_assignees"`
	Action        string      `json:"action"`
	Deliverable   string      `json:"deliverable,omitempty"` // "báo cáo ... về Sở Nội vụ"
	Deadline      vndate.Date `json:"deadline"`
	DeadlineText  string      `json:"deadline_text"`
	Recurrence    string      `json:"recurrence"`     // weekly, monthly, quarterly, semiannual, yearly or ""
	RecurrenceDue string      `json:"recurrence_due"` // --MM-DD or ---DD, or ""
	// RecurrenceWeekday is the day a weekly duty falls due, MO … SU
	// ("trước 15 giờ thứ Sáu hằng tuần"), or "".
	RecurrenceWeekday string `json:"recurrence_weekday,omitempty"`
	// A deadline counted from a day the document does not give ("trong vòng
	// 10 ngày kể từ ngày nhận được văn bản") keeps its span and anchor, so
	// that follow-up can count it from the day the letter arrived.
	RelativeDays int    `json:"relative_days,omitempty"` // 10
	RelativeUnit string `json:"relative_unit,omitempty"` // "ngày", "ngày làm việc" or "tháng"
	Anchor       string `json:"anchor,omitempty"`        // "ngày nhận được văn bản"
	Quote        string `json:"quote"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	// Kind tells follow-up what the obligation is: KindAssignment (a duty
	// given to a named unit, followed up), KindRecurring (a periodic duty),
	// or KindRule (a rule a legal normative text lays down for whole classes
	// of bodies, left out of follow-up). Empty means not classified.
	Kind string `json:"kind,omitempty"`
}

// Kinds of task.
const (
	KindAssignment = "assignment"
	KindRecurring  = "recurring"
	KindRule       = "rule"
)

// Context is what the document around the tasks tells.
type Context struct {
	DocDate vndate.Date // the date of issue, zero if blank
	// Normative is set for a legal normative text (luật, nghị định, thông
	// tư, QPPL decisions): its standing duties on whole classes of bodies
	// are rules.
	Normative bool
}

// Find returns the tasks in text, in order of appearance.
func Find(text string, ctx Context) []Task {
	f := &finder{src: text, tc: timeCtx{doc: ctx.DocDate, year: ctx.DocDate.Year}, aims: -1}
	if f.tc.year == 0 {
		f.tc.year = latestYear(text)
	}
	lines := splitLines(text)
	cuts, notes := cutNotes(text, lines)
	f.notes = notes
	f.blocks = layout(text, bodySpans(text, lines, cuts))
	f.run()
	sort.SliceStable(f.out, func(i, j int) bool { return f.out[i].Start < f.out[j].Start })
	out := f.out[:0]
	for i := range f.out {
		// A law's time limit for an investor, a contractor or a citizen
		// binds a third party, no body the clerk follows up.
		if ctx.Normative && thirdPartyName(f.out[i].Assignee) {
			continue
		}
		settle(&f.out[i], ctx)
		out = append(out, f.out[i])
	}
	return out
}

// thirdPartyName reports a name that opens with a third party's word:
// "Chủ đầu tư", "Nhà thầu", "Doanh nghiệp".
func thirdPartyName(who string) bool {
	toks := tokenize(who, lower(who))
	return len(toks) > 0 && lawAddressees.at(who, toks, 0) > 0
}

// lawAddressees are those a law binds who are no public body.
var lawAddressees = newLexicon(`chủ đầu tư|nhà thầu|nhà đầu tư|doanh nghiệp|cá nhân|công dân|người dân|người sử dụng lao động|người lao động|người nộp thuế`)

// settle applies what holds for every task: a date before the document's
// own date is never its deadline (a 2024 land law's "trước ngày 18 tháng 12
// năm 1980" is a condition on the past, a notice's quote of an earlier
// deadline is history), and each task gets its kind.
func settle(t *Task, ctx Context) {
	if !ctx.DocDate.IsZero() && !t.Deadline.IsZero() && t.Deadline.Before(ctx.DocDate) {
		t.Deadline = vndate.Date{}
	}
	switch {
	case ctx.Normative && (t.Deadline.IsZero() || wholeClass(t.Assignee)):
		t.Kind = KindRule
	case t.Recurrence != "":
		t.Kind = KindRecurring
	default:
		t.Kind = KindAssignment
	}
}

// classWords open the name of a whole class of bodies or people rather
// than one named unit: "Các bộ, cơ quan ngang bộ", "Ủy ban nhân dân các
// cấp", "Tổ chức, cá nhân", "Người sử dụng lao động".
var classWords = regexp.MustCompile(`(?i)^(?:các|mọi|những|tổ chức|cá nhân|người|cơ quan, tổ chức|doanh nghiệp|bộ, cơ quan|bộ trưởng, thủ trưởng)\b|\b(?:các|cấp)\s+(?:tỉnh|huyện|xã|cấp|bộ|sở)\b`)

func wholeClass(who string) bool { return classWords.MatchString(strings.TrimSpace(who)) }

// latestYear is the year a date without one takes when the document's own
// date is blank: the latest year the text writes after "năm" or in a date.
func latestYear(text string) int {
	y := 0
	for i := 0; i+4 <= len(text); i++ {
		if (i > 0 && text[i-1] >= '0' && text[i-1] <= '9') || !isDigits(text[i:i+4]) {
			continue
		}
		if i+4 < len(text) && text[i+4] >= '0' && text[i+4] <= '9' {
			continue
		}
		if !strings.HasSuffix(text[:i], "năm ") && !strings.HasSuffix(text[:i], "/") && !strings.HasSuffix(text[:i], "-") {
			continue
		}
		if n := atoiOr(text[i:i+4], 0); n >= 1945 && n <= 2100 {
			y = max(y, n)
		}
	}
	return y
}

// scope is a unit that heads the items below it ("a) Sở Nội vụ có trách
// nhiệm:" and its dashes).
type scope struct {
	depth    int
	kind     kind
	siblings bool // "- Sở Tài chính:" heads the dashes after it at its own level
	who      string
	urged    bool      // the items list what people the unit urges must do, no duty of its own
	rhythm   *followUp // the lead's rhythm, for items with no time of their own (leadrhythm.go)
}

// cand is a task that may still take "Cơ quan thực hiện" / "Thời gian thực
// hiện" fields from the lines after it.
type cand struct {
	b      *block
	a, e   int // the quote in b.text
	act    int // where the action starts in b.text
	who    string
	depth  int
	fields *fieldGroup
	shared bool // the fields stand after a later item and cover this one too
	// underTask: the item is one line of a plan item's "a) Nhiệm vụ:" list.
	underTask bool
	late      *followUp
	// fixed is the time of one cadence of a list (cadenceParts), read
	// from the whole list rather than from the part's own words.
	fixed *when
}

// followUp is the time a later sentence gives the task before it: "Báo
// cáo sơ kết ... gửi về Ủy ban Dân tộc trước ngày 15 tháng 5 năm 2021."
type followUp struct {
	w    when
	text string // what w's offsets refer to
	end  int    // source offset where the sentence ends
}

type finder struct {
	src    string
	tc     timeCtx
	notes  map[string]string
	blocks []*block
	out    []Task
	scopes []scope
	cands  []*cand
	group  *fieldGroup
	head   *tableHead
	parens parenIndex
	starts map[int]bool // Start of every task in out
	// taskHead is the "a) Nhiệm vụ:" line whose lines are being read, with
	// its depth: the lines, the "Cơ quan thực hiện" and the "Thời gian" under
	// it make one plan item, followed up as one task.
	taskHead  *block
	taskDepth int
	// section is where the last part heading ("III. NHIỆM VỤ TRỌNG TÂM",
	// "Điều 5.") starts in the source: a follow-up sentence after it never
	// times a duty before it.
	section int
	// aims is the depth of the "Mục đích, yêu cầu" section being skipped,
	// -1 outside one.
	aims int
}

// parenIndex says how many brackets are open at an offset of one text in
// O(log n). Counting them from the start of the text at each question was
// quadratic on a long one-line file.
type parenIndex struct {
	text          string
	built         bool
	opens, closes []int
}

// openParens is the number of "(" minus the number of ")" in text[:at].
func (f *finder) openParens(text string, at int) int {
	p := &f.parens
	if !p.built || p.text != text {
		*p = parenIndex{text: text, built: true}
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case '(':
				p.opens = append(p.opens, i)
			case ')':
				p.closes = append(p.closes, i)
			}
		}
	}
	o, _ := slices.BinarySearch(p.opens, at)
	c, _ := slices.BinarySearch(p.closes, at)
	return o - c
}

func (f *finder) run() {
	for i, b := range f.blocks {
		if b.reset {
			f.flush(-2)
			f.scopes = nil
		}
		if b.kind == kindRow {
			f.row(b)
			continue
		}
		if b.kind == kindRoman || b.kind == kindDieu {
			f.section = b.src(0)
		}
		f.head = nil
		if b.addressee || eventBlock(f.blocks, i) {
			f.flush(-2) // an addressee or an event's time heads nothing and times nothing
			continue
		}
		if g := f.fieldsOf(b); g != nil && g.itemEnd == 0 {
			f.addFields(g)
			continue
		}
		f.flush(b.depth)
		f.popScopes(b)
		if f.aims >= 0 && b.depth <= f.aims {
			f.aims = -1
		}
		if aimsHeading.MatchString(b.key) {
			f.aims = b.depth
		}
		if f.aims >= 0 {
			continue
		}
		if f.taskHead != nil && b.depth <= f.taskDepth {
			f.taskHead = nil
		}
		if taskHeading(b) {
			f.taskHead, f.taskDepth = b, b.depth
		}
		if contentLine(b) && i > 0 && f.titled(f.blocks[i-1], b) {
			continue // the title above states the duty; its content line explains it
		}
		f.item(i, b)
	}
	f.flush(-2)
}

func (f *finder) popScopes(b *block) {
	for len(f.scopes) > 0 {
		s := f.scopes[len(f.scopes)-1]
		if b.depth > s.depth || (s.siblings && b.depth == s.depth && b.kind == s.kind) {
			return
		}
		f.scopes = f.scopes[:len(f.scopes)-1]
	}
}

func (f *finder) scope() *scope {
	if len(f.scopes) == 0 {
		return nil
	}
	return &f.scopes[len(f.scopes)-1]
}

// addFields collects field lines; they apply to the items before them.
func (f *finder) addFields(g *fieldGroup) {
	if f.group == nil {
		f.group = g
		return
	}
	f.group.merge(g)
}

// flush settles the waiting tasks: with the fields collected, or, when a
// block at depth or shallower comes, as they are.
func (f *finder) flush(depth int) {
	if f.group != nil {
		f.oneTaskPerPlanItem()
		f.taskHead = nil
		if n := len(f.cands); n > 0 {
			last := f.cands[n-1]
			last.fields = f.group
			// "1.1. ... 1.2. ... - Cơ quan thực hiện: ... - Thời gian
			// thực hiện: ..." : one pair of fields covers every item
			// waiting before it.
			for _, c := range f.cands[:n-1] {
				// Fields written inside an item ("3. … tổ chức Hội nghị,
				// thời gian: …") are that item's alone.
				if c.fields == nil && (f.group.itemEnd == 0 || c.b == last.b) {
					c.fields, c.shared = f.group, true
				}
			}
		}
		f.group = nil
		depth = -2
	}
	keep := f.cands[:0]
	for _, c := range f.cands {
		if c.depth > depth {
			f.emit(c)
		} else {
			keep = append(keep, c)
		}
	}
	f.cands = keep
}

var (
	// Closing formulas: the effective date, "chịu trách nhiệm thi hành
	// Quyết định này", "thông báo để ... biết, thực hiện", advice.
	notTask = gate(`có hiệu lực|thi hành (?:quyết định|chỉ thị|thông tư|nghị quyết|văn bản|công văn|kế hoạch|chương trình) này|`+
		`chịu trách nhiệm thi hành|thông báo (?:để|cho|tới|đến) [^.;]{0,160}\sbiết\b|trên đây là ý kiến|để tham khảo`,
		"hiệu lực", "thi hành", "biết", "ý kiến", "tham khảo")
	// effectAnchor counts a time from a text's taking effect: "chậm nhất 05
	// ngày làm việc kể từ ngày quyết định có hiệu lực" is a duty, not the
	// closing formula "Quyết định này có hiệu lực kể từ ngày ký".
	effectAnchor = gate(`(?:kể từ|tính từ|sau)\s+(?:ngày|khi)\s+[^,.;]{0,60}?có hiệu lực`, "hiệu lực")
	escalation   = regexp.MustCompile(`^(?:trong quá trình[^,]{0,60},\s*)?(?:nếu|trường hợp|khi)\s+(?:có\s+)?(?:khó khăn|vướng mắc|phát sinh|vấn đề)`)
	dongThoi     = regexp.MustCompile(`[,;]\s*(?:và\s+)?đồng thời[, ]`)
	subordin     = newLexicon(`để|đối với|trường hợp|khi|sau khi|trên cơ sở|căn cứ|nhằm|trong trường hợp|ngoài ra|đồng thời|riêng|với`)
	// timeOpeners open a sentence whose deadline stands before the duty:
	// "Chậm nhất đến ngày 31/12/2024, các Sở hoàn thành …", "Trước ngày 15
	// tháng 5, Sở Y tế tổng hợp …".
	timeOpeners = timeLexicon{newLexicon(`chậm nhất|trước|trong|hạn chót|đến hết|từ nay đến|hằng năm|hàng năm|hằng tháng|hàng tháng|hằng quý|hàng quý|định kỳ`)}
)

// item reads one paragraph or list item.
func (f *finder) item(i int, b *block) {
	text, key := b.text, b.key
	toks := tokenize(text, key)
	end := len(text)
	inline := f.fieldsOf(b)
	if inline != nil {
		end = inline.itemEnd
	}
	kids := i+1 < len(f.blocks) && f.blocks[i+1].depth > b.depth && f.blocks[i+1].kind != kindRow && !isFieldBlock(f.blocks[i+1]) &&
		!contentLine(f.blocks[i+1])
	before := len(f.cands)
	defer func() {
		if inline != nil && len(f.cands) > before {
			f.addFields(inline)
		}
	}()

	if who, rest, ok := f.topicUnit(text, toks, end); ok {
		f.add(b, rest, end, rest, who)
		return
	}
	if who, rest, ok := f.header(text, toks, end, kids); ok {
		f.scopes = append(f.scopes, scope{depth: b.depth, kind: b.kind, who: who,
			siblings: !kids && (b.kind == kindDash || b.kind == kindPlus || b.kind == kindStar)})
		if rest < end && hasAction(text[rest:end]) {
			f.add(b, rest, end, rest, who)
		}
		return
	}
	sc := f.scope()
	// named: the units a closing "Đề nghị các cơ quan, đơn vị nghiêm túc
	// triển khai thực hiện." asks to act with no duty of its own.
	named := ""
	body := strings.TrimRight(text[:end], " ")
	heading := (kids && !endsSentence(body)) || strings.HasSuffix(body, ":")
	for si, s := range sentences(text, end) {
		if si == 0 {
			if m := itemLabel.FindStringIndex(key[s.a:s.e]); m != nil {
				s.a += m[1] // "a) Nhiệm vụ: Lựa chọn …": the duty follows the label
			}
		}
		if n := dutyPart(key[s.a:s.e]); n == 0 {
			continue
		} else {
			s.e = s.a + n
		}
		sk := key[s.a:s.e]
		switch {
		case notTask.MatchString(effectAnchor.ReplaceAllString(sk, "")) || replyClosing(sk):
			if named == "" {
				named = f.closingUnits(text, key, toks, s) // closingnamed.go
			}
			continue
		case escalation.MatchString(sk):
			if n := len(f.cands); n > before {
				f.cands[n-1].e = s.e
			}
			continue
		}
		if si == 0 && sc != nil && startsWithAction(text, toks, s.a) {
			if !heading && !sc.urged {
				f.add(b, s.a, end, s.a, sc.who)
				f.leadTime(sc, before)
			}
			return
		}
		if who, at, act, ok := f.obligation(text, key, toks, s); ok {
			if strings.HasSuffix(strings.TrimRight(text[s.a:s.e], " "), ":") {
				if issuesThisText(key[act:s.e]) {
					continue // the issuer issuing this very text heads no duties
				}
				f.scopes = append(f.scopes, scope{depth: b.depth, kind: b.kind, who: who, urged: urgesOthers(key[act:s.e]), rhythm: leadRhythm(text, key, toks, s, f.tc)})
				if m := dongThoi.FindStringIndex(key[act:s.e]); m != nil && hasAction(text[act:act+m[0]]) {
					f.add(b, at, act+m[0], act, who)
				} else if hasAction(text[act:s.e]) && timedLead(key[act:s.e], f.tc) {
					// "Các Bộ: Tài chính, Y tế … khẩn trương khắc phục …, hoàn
					// thành trong tháng 11 năm 2025, cụ thể:": the lead is a
					// duty with its own time; the items under it detail it.
					f.add(b, at, s.e, act, who)
				}
				continue
			}
			if hasAction(text[act:s.e]) {
				f.add(b, at, s.e, act, who)
			} else {
				named = who
			}
			continue
		}
		if f.ownTimedDuty(b, toks, s, before) {
			continue
		}
		if named != "" && len(f.cands) == before && f.namedTimedDuty(b, toks, s, named) {
			continue
		}
		if f.passiveDuty(b, toks, s) {
			continue
		}
		if f.followUp(b, toks, s) {
			continue
		}
		if si == 0 && sc == nil && !heading && startsWithAction(text, toks, s.a) {
			f.add(b, s.a, end, s.a, "") // the unit may come in the fields below
			return
		}
	}
	if len(f.cands) == before && sc == nil && f.productLine(i, b) {
		f.add(b, 0, len(strings.TrimRight(text[:end], " .")), 0, "") // the unit comes in the fields below
	}
}

// productLine reports a list item that names what is to be made under a
// title that says to make it, with its own fields after it: "5. Xây dựng
// Nghị định của Chính phủ" / "- Nghị định quy định chi tiết …" / "+ Cơ
// quan chủ trì: …" / "+ Thời hạn ban hành: …". Each product is a duty.
func (f *finder) productLine(i int, b *block) bool {
	if b.label == "" || i+1 >= len(f.blocks) || strings.HasSuffix(strings.TrimSpace(b.text), ":") {
		return false
	}
	next := f.blocks[i+1]
	if next.depth <= b.depth || (!isFieldBlock(next) && !contentLine(next)) {
		return false
	}
	for j := i - 1; j >= 0; j-- {
		p := f.blocks[j]
		if p.depth < b.depth {
			toks := tokenize(p.text, p.key)
			return p.label != "" && startsWithAction(p.text, toks, 0)
		}
	}
	return false
}

// ownTimedDuty reads a later sentence of an item that opens with a verb
// and carries a time of its own as a second duty of the unit the item's
// first duty named: "Các cơ quan … xây dựng Kế hoạch … xong trong tháng
// 12/2025. Định kỳ báo cáo UBND tỉnh … hằng năm (trước ngày 15 tháng 11)",
// "Văn phòng Chính phủ … theo dõi, đôn đốc …. Báo cáo Thủ tướng Chính phủ
// … trước ngày 20 hằng tháng." A sentence that goes on with the first duty
// ("Hoàn thành …", "Đồng thời …") times that duty instead.
func (f *finder) ownTimedDuty(b *block, toks []token, s rng, before int) bool {
	n := len(f.cands)
	if n <= before {
		return false
	}
	last := f.cands[n-1]
	if last.b != b || last.who == "" || s.a < last.e {
		return false
	}
	first, _ := tokenRange(toks, s)
	if first >= len(toks) || !toks[first].upper || followOpeners.at(b.text, toks, first) > 0 || !startsWithAction(b.text, toks, s.a) {
		return false
	}
	if timeFirst(b.text, toks, first) {
		return false // "Hằng năm, cơ quan có thẩm quyền báo cáo …" has a subject of its own
	}
	w := findWhen(b.key[s.a:s.e], f.tc, false)
	if w.deadline.IsZero() && w.recurrence == "" {
		return false
	}
	f.add(b, s.a, s.e, s.a, last.who)
	return true
}

// namedTimedDuty reads a sentence with no subject that opens with what to
// do and carries a time, after a sentence that named units but asked
// nothing of its own: "Đề nghị các cơ quan, đơn vị nghiêm túc triển khai
// thực hiện. Định kỳ hằng năm (trước ngày 30 tháng 11) báo cáo kết quả
// thực hiện về Sở Xây dựng …": the units it named report.
func (f *finder) namedTimedDuty(b *block, toks []token, s rng, who string) bool {
	first, _ := tokenRange(toks, s)
	if first >= len(toks) || !toks[first].upper || !startsWithAction(b.text, toks, s.a) {
		return false
	}
	if w := findWhen(b.key[s.a:s.e], f.tc, false); w.deadline.IsZero() && w.recurrence == "" {
		return false
	}
	if r, n := utf8.DecodeRuneInString(who); n > 0 {
		who = string(unicode.ToUpper(r)) + who[n:] // it now opens the task's unit
	}
	f.add(b, s.a, s.e, s.a, who)
	return true
}

// timeFirst reports a sentence that opens with a time set off by a comma
// ("Hằng năm, …", "Định kỳ 6 tháng, …"): the words after the comma say who.
// "Định kỳ báo cáo UBND tỉnh …" acts at once: a verb before any comma.
func timeFirst(text string, toks []token, first int) bool {
	n := timeOpeners.at(text, toks, first)
	if n == 0 {
		return false
	}
	for k := first + n; k < len(toks) && k <= first+12; k++ {
		if strings.Contains(text[toks[k-1].e:toks[k].s], ",") {
			return true
		}
		if timeOpeners.at(text, toks, k) > 0 {
			continue // "Định kỳ hằng năm, …"
		}
		if verbAt(text, toks, k, false) > 0 {
			return false
		}
	}
	return false
}

// timedLead reports a lead-in that carries a one-off deadline of its own,
// said as one ("hoàn thành trong …", "trước ngày …"): a plan's name in a
// lead ("ban hành Kế hoạch … cuối năm 2025 … như sau:") is no deadline.
func timedLead(key string, tc timeCtx) bool {
	w := findWhen(key, tc, false)
	if w.deadline.IsZero() || w.end <= w.start {
		return false
	}
	due := key[w.start:w.end]
	for _, p := range []string{"hoàn thành", "trước", "chậm nhất", "xong"} {
		if strings.HasPrefix(due, p) {
			return true
		}
	}
	return false
}

// contentLine reports a plan item's "- Nội dung: …" line: it says what the
// item's title means, under a title that states the duty ("6. Xây dựng
// Cổng thông tin quốc gia …" / "- Nội dung: Cổng thông tin … cung cấp …").
func contentLine(b *block) bool {
	return b.label != "" && strings.HasPrefix(b.key, "nội dung") && !taskHeading(b) && itemLabel.MatchString(b.key)
}

// titled reports that the title just above a content line gave a duty.
func (f *finder) titled(title, b *block) bool {
	if title.depth >= b.depth {
		return false
	}
	n := len(f.cands)
	return n > 0 && f.cands[n-1].b == title
}

// itemLabel names what a plan item's first line holds: "Nhiệm vụ: …",
// "Nội dung thực hiện: …".
var itemLabel = regexp.MustCompile(`^(?:nhiệm vụ|nội dung(?: thực hiện| công việc)?|công việc)\s*:\s*`)

// followOpeners open a sentence that goes on with the duty before it
// rather than name a new unit: "Đối với nội dung vượt thẩm quyền, đề xuất
// … trước ngày 25 tháng 12 năm 2025."
// "Thời gian hoàn thành trước ngày …" as a sentence of its own times the
// duty before it too, and so does "Hoàn thành, báo cáo kết quả … trong
// tháng 11/2025.".
var followOpeners = newLexicon(`đối với|đồng thời|sau đó|hoàn thành|trên cơ sở đó|thời gian hoàn thành|thời gian thực hiện|thời hạn hoàn thành|thời hạn thực hiện|thời hạn`)

// deliverables open a sentence about what is to be sent, not who sends it.
var deliverables = newLexicon(`báo cáo|văn bản|kết quả|ý kiến|hồ sơ|danh sách|đề xuất|số liệu|bản đăng ký|phiếu`)

// followUpReach is how far (in bytes of source) a follow-up sentence may
// stand from the task it times: the next paragraph or two.
const followUpReach = 1200

// followUp gives the deadline of a sentence that names no unit but opens
// with what is to be sent ("Báo cáo ... gửi về ... trước ngày ...") to the
// task before it that has no time of its own.
func (f *finder) followUp(b *block, toks []token, s rng) bool {
	first, _ := tokenRange(toks, s)
	goesOn := first < len(toks) && followOpeners.at(b.text, toks, first) > 0
	if first >= len(toks) || !toks[first].upper || (deliverables.at(b.text, toks, first) == 0 && !goesOn) {
		return false
	}
	w := findWhen(b.key[s.a:s.e], f.tc, false)
	if !w.known || (w.deadline.IsZero() && w.recurrence == "") {
		return false
	}
	w.start, w.end = w.start+s.a, w.end+s.a
	_, end, _, _ := b.srcRange(f.src, s.a, s.e, w.start)
	fu := &followUp{w: w, text: b.text, end: end}
	if n := len(f.cands); n > 0 {
		if c := f.cands[n-1]; c.late == nil && (c.b != b || goesOn) && c.fields == nil && c.b.src(0) >= f.section {
			c.late = fu
			return true
		}
	}
	if n := len(f.out); n > 0 {
		if t := &f.out[n-1]; untimed(t) && end-t.End <= followUpReach && end > t.End && t.Start >= f.section {
			fu.apply(t, f.src)
			return true
		}
	}
	return false
}

func untimed(t *Task) bool { return t.Deadline.IsZero() && t.Recurrence == "" }

// apply gives t the follow-up's time and runs its quote on to the sentence.
func (fu *followUp) apply(t *Task, src string) {
	t.Deadline, t.Recurrence, t.RecurrenceDue, t.RecurrenceWeekday = fu.w.deadline, fu.w.recurrence, fu.w.due, fu.w.weekday
	if fu.w.end > fu.w.start {
		t.DeadlineText = strings.Join(strings.Fields(fu.text[fu.w.start:fu.w.end]), " ")
	}
	if fu.end > t.End {
		t.End = fu.end
		t.Quote = src[t.Start:t.End]
	}
}

// add queues a task found in b.text[a:e].
func (f *finder) add(b *block, a, e, act int, who string) {
	if act >= a && act <= e && e <= len(b.text) && meetingRhythm(who, b.text[act:e]) {
		return
	}
	if e <= len(b.key) && a <= e && permitted(who, b.key[a:e]) {
		return // permission.go
	}
	under := f.taskHead != nil && b != f.taskHead && b.depth > f.taskDepth
	f.cands = append(f.cands, &cand{b: b, a: a, e: e, act: act, who: who, depth: b.depth, underTask: under})
}

// aimsHeading opens the "Mục đích, yêu cầu" part of a plan: what the plan
// is for and how it must be carried out ("Gắn trách nhiệm người đứng đầu
// …", "Bảo đảm tuyệt đối an toàn thông tin …"), which asks no unit for a
// step of its own; the duties follow under "Nhiệm vụ" and "Tổ chức thực
// hiện". The "Chỉ tiêu chủ yếu đến năm 2030" / "Mục tiêu cụ thể" part
// states targets ("Hàng năm, giảm số người nghiện …"), not duties, likewise.
var aimsHeading = regexp.MustCompile(`^\s*(?:(?:mục đích|yêu cầu)(?:\s*(?:,|và)\s*yêu cầu)?|(?:các\s+)?(?:chỉ tiêu|mục tiêu)(?:\s+(?:chủ yếu|cụ thể|chung|tổng quát))?(?:\s+(?:đến|giai đoạn)\s[^.:;,]{0,30})?)\s*(?:[.:]|$)`)

// taskHeading reports a plan item's "a) Nhiệm vụ:" line with nothing after
// the colon: the duties follow as lines under it.
func taskHeading(b *block) bool {
	k := strings.TrimSpace(b.key)
	m := itemLabel.FindStringIndex(k)
	return m != nil && m[0] == 0 && m[1] == len(k) && strings.HasSuffix(k, ":")
}

// oneTaskPerPlanItem keeps, of the lines of one "a) Nhiệm vụ:" list that
// the item's fields are about to settle, only the first, whose quote then
// runs on over the others to the fields: a plan item is one duty of the
// units its fields name, with one time.
func (f *finder) oneTaskPerPlanItem() {
	first := -1
	for i, c := range f.cands {
		if !c.underTask {
			first = -1
			continue
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 || len(f.cands)-first < 2 {
		return
	}
	f.cands = f.cands[:first+1]
}

// header reads an item that names the units the items under it are for:
// "a) Sở Nội vụ có trách nhiệm:", "2. Giao Sở Lao động - Thương binh và Xã
// hội:", "b) Các đơn vị được giao ... : ngoài việc ...". It returns the
// units and where the item's own duty starts, if it has one after the colon.
func (f *finder) header(text string, toks []token, end int, kids bool) (string, int, bool) {
	if len(toks) == 0 {
		return "", 0, false
	}
	j := triggers.at(text, toks, 0)
	if j == 0 {
		j = dutyOf.at(text, toks, 0) // "Điều 5. Trách nhiệm của Chủ tịch ..."
		if who, ok := f.dutyHeading(text, toks, j, end, kids); ok {
			return who, len(text), true
		}
	}
	if _, ok := headAt(text, toks, j); !ok {
		return "", 0, false
	}
	// The names run to the colon; before it only "có trách nhiệm" and the
	// like may stand, or words after "được"/"thuộc" describing the units.
	body := strings.TrimRight(text[:end], " ")
	colon := -1
	for k := j + 1; k < len(toks) && toks[k].s < end; k++ {
		g := text[toks[k-1].e:toks[k].s]
		if c := strings.IndexByte(g, ':'); c >= 0 && f.openParens(text, toks[k-1].e) <= 0 {
			if !toks[k].upper || verbAt(text, toks, k, true) > 0 {
				colon = toks[k-1].e + c
				break
			}
		}
	}
	if colon < 0 && strings.HasSuffix(body, ":") {
		colon = len(body) - 1
	}
	stop := colon
	if stop < 0 {
		stop = len(strings.TrimRight(body, "."))
	}
	relative := false
	for k := j + 1; k < len(toks) && toks[k].s < stop; k++ {
		if w := toks[k].w; w == "được" || w == "thuộc" {
			relative = true
		}
		if relative || verbAt(text, toks, k, false) == 0 {
			continue
		}
		if !dutyTail.MatchString(lower(text[toks[k].s:stop])) {
			if colon < 0 && nameHeading(body, kids, maxNameWords) {
				who := cleanWho(body, f.notes)
				return who, len(text), who != ""
			}
			return "", 0, false
		}
		if colon < 0 && !strings.HasSuffix(body, ".") && !strings.HasSuffix(body, ":") && stop != len(body) {
			return "", 0, false
		}
		who := cleanWho(text[toks[j].s:toks[k].s], f.notes)
		return who, len(text), who != ""
	}
	if colon < 0 {
		// No word of it reads as a verb: it may list several units' heads
		// ("Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban
		// nhân dân các tỉnh, thành phố").
		if nameHeading(body, kids, maxListWords) {
			who := cleanWho(text[toks[j].s:len(body)], f.notes)
			return who, len(text), who != ""
		}
		// "1. Văn phòng Ủy ban nhân dân tỉnh." over its lettered duties: a
		// name alone, closed by a full stop.
		if name := strings.TrimSuffix(body, "."); name != body && !strings.Contains(name, ".") && nameHeading(name, kids, maxNameWords) {
			who := cleanWho(text[toks[j].s:len(name)], f.notes)
			return who, len(text), who != ""
		}
		return "", 0, false
	}
	who := cleanWho(text[toks[j].s:colon], f.notes)
	rest := colon + 1
	for rest < end && isSpace(text[rest]) {
		rest++
	}
	return who, rest, who != ""
}

// A heading that only names units is short; one with no verb in it may be
// longer, a list of several units.
const maxNameWords, maxListWords = 15, 32

// dutyOf opens a heading that names whose duties follow.
var dutyOf = newLexicon(`trách nhiệm của|nhiệm vụ của|trách nhiệm thực hiện của`)

// dutyEnd ends the name in a duty heading: what follows says in what
// matter or describes the units ("Trách nhiệm của các cơ quan quản lý cấp
// trên (bao gồm cả …):", "Trách nhiệm của Sở Y tế trong việc …:").
// A heading joined by the text reader to an opening sentence that says it
// again ("Trách nhiệm của Ủy ban nhân dân cấp xã Trách nhiệm của Ủy ban nhân
// dân cấp xã trong … được thực hiện …:") ends where the repeat starts.
var dutyEnd = regexp.MustCompile(`\(|:|\s(?:trong|về|đối với|khi|theo)\s|\s(?:Trách nhiệm|Nhiệm vụ|trách nhiệm|nhiệm vụ) của\s`)

// dutyHeading reads a heading "Trách nhiệm của X:" alone on its line with
// the duties under it. The heading itself says X is who must act, so X is
// taken whole even when its words would read as a verb ("cơ quan quản lý
// cấp trên", "đối tượng thực hiện kiểm kê").
func (f *finder) dutyHeading(text string, toks []token, j, end int, kids bool) (string, bool) {
	if j == 0 || j >= len(toks) {
		return "", false
	}
	body := strings.TrimRight(text[:end], " ")
	if !strings.HasSuffix(body, ":") && !(kids && !endsSentence(body)) {
		return "", false
	}
	name := body[toks[j].s:]
	if m := dutyEnd.FindStringIndex(name); m != nil {
		name = name[:m[0]]
	}
	if len(strings.Fields(name)) > 12 {
		return "", false
	}
	who := cleanWho(name, f.notes)
	if r, n := utf8.DecodeRuneInString(who); n > 0 {
		who = string(unicode.ToUpper(r)) + who[n:] // it now opens the task's unit
	}
	return who, who != ""
}

// nameHeading reports an item that only names units, "2. Văn phòng Sở",
// "5. Các phòng ban tham gia đào tạo", "Điều 7. Sở Thông tin và Truyền
// thông": short, with no full stop or colon, and with items under it that
// say what they must do.
func nameHeading(body string, kids bool, maxWords int) bool {
	return kids && !endsSentence(body) && !strings.HasSuffix(body, ":") && len(strings.Fields(body)) <= maxWords
}

// obligation finds the unit a sentence asks to act: after "Giao", "Đề
// nghị", "Yêu cầu", or as the subject of the sentence (after a leading
// "Đối với ...," / "Để ...," clause). It returns the unit, where the quote
// starts and where the action starts.
func (f *finder) obligation(text, key string, toks []token, s rng) (string, int, int, bool) {
	first, last := tokenRange(toks, s)
	for k := first; k < last; k++ {
		n := triggers.at(text, toks, k)
		if n == 0 {
			continue
		}
		if k > first {
			if p := toks[k-1].w; p == "theo" || p == "xét" || p == "được" || p == "đã" || p == "của" {
				continue
			}
		}
		j := k + n
		if j < last && toks[j].w == "của" {
			continue
		}
		if _, ok := headAt(text, toks, j); !ok {
			continue
		}
		v, e, ok := npEnd(text, toks, j, s.e)
		if !ok {
			continue
		}
		act := s.e
		if v < len(toks) {
			act = toks[v].s
		}
		who := cleanWho(text[toks[j].s:e], f.notes)
		if who == "" {
			continue
		}
		return who, toks[k].s, act, true
	}
	depth := 0
	if first < last {
		depth = f.openParens(text, toks[first].s)
	}
	for _, k := range subjectStarts(text, toks, first, last, depth) {
		if _, ok := headAt(text, toks, k); !ok {
			continue
		}
		v, e, ok := npEnd(text, toks, k, s.e)
		if !ok || v >= len(toks) || triggers.at(text, toks, v) > 0 {
			continue
		}
		if w := toks[v].w; w == "đã" || w == "được" || reports(toks[k:v]) {
			continue
		}
		who := cleanWho(text[toks[k].s:e], f.notes)
		if who == "" {
			continue
		}
		at := toks[k].s
		if k > first && timeOpeners.at(text, toks, first) > 0 {
			at = toks[first].s // the quote keeps the deadline that opens the sentence
		} else if j := rhythmBefore(text, toks, first, k); j > first {
			at = toks[j].s // "Căn cứ …, hàng năm, Sở Tư pháp …": the quote keeps the rhythm
		}
		return who, at, toks[v].s, true
	}
	if who, at, act, ok := genericHolder(text, toks, first, last); ok {
		if who = cleanWho(who, f.notes); who != "" {
			return who, at, act, true
		}
	}
	return "", 0, 0, false
}

// timeLabel opens the label of a time that a sentence with its own
// subject may follow.
var timeLabel = newLexicon(`thời hạn|thời gian`)

// fieldWords open a labelled field of a plan or an invitation rather than a
// heading: "Thành phần: …", "Địa điểm: …".
var fieldWords = newLexicon(`thành phần|địa điểm|thời gian|thời hạn|nội dung|mục đích|yêu cầu|đối tượng|phạm vi|kinh phí|sản phẩm|hình thức|số lượng|ghi chú`)

// reports tells a subject whose verb comes after "đã", "đang", "vừa":
// "Ủy ban Dân tộc và các địa phương đã tổ chức triển khai ..." states what
// was done, it asks nothing.
func reports(name []token) bool {
	for _, t := range name {
		if t.w == "đã" || t.w == "đang" || t.w == "vừa" {
			return true
		}
	}
	return false
}

// subjectStarts lists where a sentence's subject may start: its first word,
// after a leading subordinate clause, and after a semicolon.
// depth is the number of brackets open before the first word.
func subjectStarts(text string, toks []token, first, last, depth int) []int {
	out := []int{first}
	if k := rhythmThenSubject(toks, first, last); k > 0 && !strings.Contains(text[toks[first+1].e:toks[k].s], ",") {
		out = append(out, k)
	}
	sub := subordin.at(text, toks, first) > 0
	grounded := groundsOpen.at(text, toks, first) > 0 || topicOpen.at(text, toks, first) > 0
	timed := timeOpeners.at(text, toks, first) > 0
	topic := first < len(toks) && toks[first].w == "về"
	if first >= last {
		return nil
	}
	// "CHẾ ĐỘ BÁO CÁO Các sở, ban, ngành … gửi báo cáo …": a heading in
	// capitals that a text reader joined to the paragraph under it; the
	// subject starts at the first word in ordinary case.
	if first+1 < last && toks[first].caps && toks[first+1].caps {
		for k := first + 2; k < last && k < first+16; k++ {
			if !toks[k].caps {
				if toks[k].upper {
					out = append(out, k)
				}
				break
			}
		}
	}
	// "1. Quyết liệt trong chỉ đạo: Các đồng chí Bộ trưởng …": a heading
	// of three words or more, then its subject; "Thành phần: Lãnh đạo sở …"
	// is a field, not a heading.
	// "Thời hạn gửi báo cáo: Các cơ quan … gửi báo cáo … trước ngày …": a
	// time's label that no field reader took, then a duty with its subject.
	headed := fieldWords.at(text, toks, first) == 0 || timeLabel.at(text, toks, first) > 0
	for k := first + 1; k < last; k++ {
		g := text[toks[k-1].e:toks[k].s]
		if headed && strings.Contains(g, ":") {
			if toks[k].upper && depth == 0 && k-first >= 3 {
				out = append(out, k)
			}
			headed = false
		}
		depth += strings.Count(g, "(") - strings.Count(g, ")")
		if depth > 0 {
			continue // "(các phòng ban cử ...; Trung tâm CNTT: ...)" explains, it asks nothing
		}
		// "Căn cứ nội dung Kế hoạch này, các bộ, cơ quan ngang bộ … xây
		// dựng …": after the grounds, plural units may open in lower case.
		// So may they after "Đối với …,": "Đối với 355 nhiệm vụ …, các Bộ,
		// cơ quan ngang Bộ khẩn trương rà soát …".
		if strings.Contains(g, ";") || (sub && strings.Contains(g, ",") && (toks[k].upper || (grounded && toks[k].w == "các"))) {
			out = append(out, k)
		}
		if topic && strings.Contains(g, ":") && toks[k].upper {
			out = append(out, k) // "6. Về chủ trương đầu tư …: Ủy ban nhân dân tỉnh … báo cáo …"
			topic = false
		}
		if timed && strings.Contains(g, ",") {
			out = append(out, k) // "Chậm nhất đến ngày 31/12/2024, các Sở …": the subject follows the time
			// "Hàng năm, trước ngày 25 tháng 12, các cơ quan …": a second
			// time after the first, the subject after both.
			timed = timeOpeners.at(text, toks, k) > 0
			if groundsOpen.at(text, toks, k) > 0 {
				sub, grounded = true, true // "Hằng năm, căn cứ …, Giám đốc Quỹ lập …": the subject follows the grounds
			}
		}
	}
	return out
}

// startsWithAction reports an item that begins with what to do, perhaps
// after when: "Tập trung ...", "Trong năm 2021, nghiên cứu ...", "Hàng năm
// lập dự toán ...".
func startsWithAction(text string, toks []token, at int) bool {
	k := 0
	for k < len(toks) && toks[k].s < at {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if grounds.at(text, toks, k) > 0 {
		// "Căn cứ vào điều kiện thực tế, hình thành ..." acts after its
		// grounds; "Căn cứ Quyết định số ..., Ủy ban Dân tộc đề nghị ..." does not.
		const maxGrounds = 60
		for m := k + 1; m < len(toks) && m < k+maxGrounds; m++ {
			if strings.Contains(text[toks[m-1].e:toks[m].s], ",") {
				return verbAt(text, toks, m, true) > 0
			}
		}
		return false
	}
	if verbAt(text, toks, k, true) > 0 && triggers.at(text, toks, k) == 0 {
		return true
	}
	// "Trong năm 2021, ...", "Trước ngày 15/11/2021, ..."
	switch toks[k].w {
	case "trong", "trước", "chậm", "hằng", "hàng", "định", "mỗi", "cuối", "đầu", "từ", "sau", "năm", "tháng", "quý":
		for m := k + 1; m < len(toks) && m < k+12; m++ {
			if strings.Contains(text[toks[m-1].e:toks[m].s], ",") {
				return verbAt(text, toks, m, true) > 0
			}
		}
	}
	return false
}

// groundsOpen open a clause of grounds before the subject: "Căn cứ …,",
// "Trên cơ sở …,".
var groundsOpen = newLexicon(`căn cứ|trên cơ sở`)

// grounds open a sentence with what it rests on ("Căn cứ Quyết định số
// ..., Ủy ban Dân tộc đề nghị ..."), not with what to do.
var grounds = newLexicon(`căn cứ`)

// hasAction reports whether an action says more than "do it": the closing
// "nghiêm túc triển khai thực hiện" of a letter is no task.
func hasAction(s string) bool {
	k := lower(s)
	n := 0
	for _, t := range tokenize(s, k) {
		if !fillers[t.w] && !isDigits(t.w) {
			n++
		}
	}
	return n >= 2
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ";") || strings.HasSuffix(s, "./.")
}

type rng struct{ a, e int }

// sentences splits text[:end] at full stops followed by a capital letter.
func sentences(text string, end int) []rng {
	var out []rng
	a := 0
	for i := 0; i < end; i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < end && (text[j] == '/' || text[j] == '.') {
			j++
		}
		if j >= end || text[j] != ' ' {
			continue
		}
		k := j
		for k < end && text[k] == ' ' {
			k++
		}
		if k >= end {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsUpper(r) && r != '(' && r != '“' && r != '"' {
			continue
		}
		if w := lastWord(text[a:i]); w != "" && utf8.RuneCountInString(w) <= 2 && !isDigits(w) {
			continue // "TP.", "Đ/c."
		}
		out = append(out, rng{a, j})
		a = k
		i = k - 1
	}
	if a < end {
		out = append(out, rng{a, end})
	}
	return out
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " /(")
	return s[i+1:]
}

func tokenRange(toks []token, s rng) (int, int) {
	first := sort.Search(len(toks), func(i int) bool { return toks[i].s >= s.a })
	last := sort.Search(len(toks), func(i int) bool { return toks[i].s >= s.e })
	return first, last
}

// emit turns a settled candidate into a Task.
func (f *finder) emit(c *cand) {
	if parts := f.cadenceParts(c); len(parts) > 1 {
		for _, p := range parts {
			f.emitOne(p)
		}
		return
	}
	if parts := f.timedClauses(c); len(parts) > 1 {
		for _, p := range parts {
			f.emitOne(p)
		}
		return
	}
	f.emitOne(c)
}

// timedClauses splits an item that gives several times (deadlines or
// periods), one per clause or sentence ("… hoàn thành chậm nhất trước ngày
// 31/12/2025; xây dựng lại nhà … chậm nhất trước ngày 31/01/2026."), into
// one task per time: each runs from the end of the one before to its own clause,
// and the last takes the rest of the item. It gives nil when the item has
// fewer than two such clauses or takes its time from field lines.
func (f *finder) timedClauses(c *cand) []*cand {
	if c.fields != nil || c.late != nil || c.e <= c.a {
		return nil
	}
	key := c.b.key
	// Most items give one time or none: two time words at least, or no
	// clause is read again.
	if strings.Count(key[c.a:c.e], "ngày")+strings.Count(key[c.a:c.e], "tháng")+strings.Count(key[c.a:c.e], "tuần")+
		strings.Count(key[c.a:c.e], "quý")+strings.Count(key[c.a:c.e], "năm") < 2 {
		return nil
	}
	var clauses []rng
	for _, s := range sentences(c.b.text[c.a:c.e], c.e-c.a) {
		a := c.a + s.a
		for a < c.a+s.e {
			e := c.a + s.e
			if k := strings.IndexByte(key[a:e], ';'); k >= 0 {
				e = a + k + 1
			}
			// A time before the action opens the duty ("Chậm nhất đến
			// ngày …, Sở … hoàn thành …"): it times the first task
			// rather than make one of its own.
			if n := len(clauses); n > 0 && inWhich(key[a:e]) {
				clauses[n-1].e = e // the clause before goes on
			} else if e > c.act && mayTime(key[a:e]) {
				for _, cl := range f.commaClauses(c.b, a, e) {
					clauses = append(clauses, f.andRecurring(key, cl)...)
				}
			}
			a = e
		}
	}
	if len(clauses) < 2 {
		return nil
	}
	var ends []int
	for _, cl := range clauses {
		if w := findWhen(key[cl.a:cl.e], f.tc, false); w.known && !w.deadline.IsZero() || w.recurrence != "" {
			ends = append(ends, cl.e)
		}
	}
	if len(ends) < 2 {
		return nil
	}
	out := make([]*cand, 0, len(ends))
	a := c.a
	for i, e := range ends {
		if i == len(ends)-1 {
			e = c.e
		}
		for a < e && (isSpace(key[a]) || key[a] == ';') {
			a++
		}
		p := *c
		p.a, p.e = a, e
		if i > 0 {
			p.act = a
		}
		out = append(out, &p)
		a = e
	}
	return out
}

// commaClauses splits the clause b.key[a:e] after a time that closes a
// part of it when a new action follows the comma ("… hoàn thành và triển
// khai ngay trong tháng 12 năm 2025, số hoá 100% dữ liệu … trong năm
// 2026"): each part then has its own time.
func (f *finder) commaClauses(b *block, a, e int) []rng {
	var out []rng
	from := a
	for i := a; i < e; i++ {
		if b.key[i] != ',' || i+2 >= e || b.key[i+1] != ' ' {
			continue
		}
		// Cheap tests first: findWhen is the costly one.
		if !mayTime(b.key[from:i]) || !mayTime(b.key[i+1:e]) {
			continue
		}
		if !startsWithAction(b.text, tokenize(b.text[i+2:e], b.key[i+2:e]), 0) {
			continue
		}
		w := findWhen(b.key[from:i], f.tc, false)
		if w.deadline.IsZero() || from+w.end < i-1 {
			continue
		}
		out = append(out, rng{from, i + 1})
		from = i + 2
	}
	return append(out, rng{from, e})
}

// mayTime reports a clause that can hold a deadline or a period at all:
// a word that makes a time due, and a number or a word of recurrence.
func mayTime(k string) bool {
	rec := strings.Contains(k, "hằng") || strings.Contains(k, "hàng") || strings.Contains(k, "mỗi") || strings.Contains(k, "định kỳ")
	if rec {
		return true
	}
	if !strings.ContainsAny(k, "0123456789") {
		return false
	}
	for _, w := range []string{"trước", "chậm", "hạn", "trong", "hết", "cuối", "xong", "hoàn thành", "đến"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

func (f *finder) emitOne(c *cand) {
	who := c.who
	g := c.fields
	fieldsWho := g != nil && g.who != "" && (who == "" || !c.shared)
	if fieldsWho {
		who = g.who
	}
	if who == "" {
		return
	}
	b := c.b
	w := findWhen(b.key[c.a:c.e], f.tc, false)
	w.start, w.end = w.start+c.a, w.end+c.a
	if c.fixed != nil {
		w = *c.fixed
	}
	wText := b.text
	if g != nil && g.when.known && (!c.shared || !w.known) {
		w = g.when
		wText = g.text
		if c.shared && g.exception {
			w.deadline = vndate.Date{}
			if w.recurrence == "" {
				w.start, w.end = 0, 0
			}
		}
	}
	act := strings.Trim(strings.Join(strings.Fields(b.text[c.act:c.e]), " "), " .;:,/")
	t := Task{
		Assignee:          cleanWho(who, f.notes),
		Action:            act,
		Deliverable:       deliverable(b.text[c.act:c.e], b.key[c.act:c.e]),
		Deadline:          w.deadline,
		Recurrence:        w.recurrence,
		RecurrenceDue:     w.due,
		RecurrenceWeekday: w.weekday,
	}
	if w.end > w.start {
		t.DeadlineText = strings.Join(strings.Fields(wText[w.start:w.end]), " ")
	}
	if w.deadline.IsZero() && w.rel.N > 0 {
		t.RelativeDays, t.RelativeUnit, t.Anchor = w.rel.N, w.rel.Unit, w.rel.Anchor
	}
	t.CoAssignees = coAssignees(b.text[c.act:c.e], b.key[c.act:c.e])
	if fieldsWho && len(g.co) > 0 && (!c.shared || len(t.CoAssignees) == 0) {
		t.CoAssignees = g.co
	}
	prefer := -1
	if w.end > w.start && wText == b.text {
		prefer = w.start
	}
	s, e, _, _ := b.srcRange(f.src, c.a, c.e, prefer)
	if g != nil && !c.shared && g.end > e {
		e = g.end // the quote runs on to the fields that carry the unit and time
	}
	t.Start, t.End = s, e
	t.Quote = f.src[s:e]
	if c.late != nil && untimed(&t) && c.late.end-e <= followUpReach {
		c.late.apply(&t, f.src)
	}
	if f.starts[t.Start] {
		return // one task per quote (a set, not a scan of f.out: linear on long files)
	}
	if f.starts == nil {
		f.starts = map[int]bool{}
	}
	f.starts[t.Start] = true
	f.out = append(f.out, t)
}
