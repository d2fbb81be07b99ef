package tasks

import (
	"regexp"
	"strings"
	"unicode"
)

// This file reads who is asked: the unit names that follow "Giao",
// "Đề nghị", "Yêu cầu", that stand as the subject of "có trách nhiệm", or
// that head a list of duties ("a) Sở Nội vụ có trách nhiệm:").

// npEnd scans the unit name that starts at toks[i] and returns the token
// where the action begins (a verb in lower case) and the byte offset where
// the name ends. A colon ends the name unless a list of names goes on after
// it ("Giao Giám đốc: Sở Văn hóa, ..."). ok is false when no action or
// colon follows within a name's length.
func npEnd(text string, toks []token, i, limit int) (verb int, end int, ok bool) {
	const maxWords = 70
	// The head's own words are no verbs: "Ban chỉ đạo ...", "Ban tổ chức ...".
	head, _ := headAt(text, toks, i)
	for k := i; k < len(toks) && toks[k].s < limit && k-i < maxWords; k++ {
		if k > i {
			gapText := text[toks[k-1].e:toks[k].s]
			if c := strings.IndexByte(gapText, ':'); c >= 0 {
				if !toks[k].upper || verbAt(text, toks, k, true) > 0 || triggers.at(text, toks, k) > 0 {
					return k, toks[k-1].e + c, true
				}
			}
			if strings.ContainsAny(gapText, ".!?") && strings.Contains(gapText, ". ") {
				return 0, 0, false
			}
		}
		if k > i && k == head && managesSector(text, toks, k) {
			continue // "Sở quản lý ngành, lĩnh vực", "Cơ quan quản lý nhà nước": the name holds the verb
		}
		if k > i && k >= head && verbAt(text, toks, k, false) > 0 {
			return k, closeBracket(text, toks[i].s, trimEnd(text, toks[k-1].e)), true
		}
		// "Sở Giáo dục và Đào tạo Chủ trì, phối hợp …": a heading's unit and
		// its first line joined by a text reader; these verbs never stand
		// inside a body's name.
		if k > i && k >= head && toks[k].upper && nameEndVerbs.at(text, toks, k) > 0 {
			return k, trimEnd(text, toks[k-1].e), true
		}
		if k > i && toks[k].w == "nếu" {
			// "Chi cục Hải quan ... nếu chấp nhận thì thực hiện ...": the
			// name ends before the condition, the action comes after "thì".
			if v := verbAfterThen(text, toks, k, limit); v > 0 {
				return v, trimEnd(text, toks[k-1].e), true
			}
			return 0, 0, false
		}
		if k > i && (toks[k].w == "là" || toks[k].w == "thì") {
			return 0, 0, false // "Hội đồng bầu cử ... là cơ quan có thẩm quyền ..." defines, it asks nothing
		}
	}
	// A name that runs to the end of the sentence and closes with ':'.
	if rest := strings.TrimSpace(text[min(toks[i].s, limit):limit]); strings.HasSuffix(rest, ":") {
		c := strings.LastIndexByte(text[:limit], ':')
		return len(toks), c, true
	}
	return 0, 0, false
}

// managesSector reports "quản lý" followed by what is managed, a sector or
// the State, right after a body's head word: that names a body.
func managesSector(text string, toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].w == "quản" && toks[k+1].w == "lý" && sectorWords.at(text, toks, k+2) > 0
}

var sectorWords = newLexicon(`ngành|lĩnh vực|chuyên ngành|nhà nước`)

// nameEndVerbs start an action even when capitalised: no body's name
// holds them.
var nameEndVerbs = newLexicon(`chủ trì|phối hợp|tham mưu|chịu trách nhiệm|có trách nhiệm`)

// verbAfterThen returns the verb right after the "thì" that closes the
// condition opened at toks[k], 0 if there is none near.
func verbAfterThen(text string, toks []token, k, limit int) int {
	const maxCondition = 20
	for m := k + 1; m < len(toks) && m < k+maxCondition && toks[m].s < limit; m++ {
		if toks[m].w == "thì" {
			if m+1 < len(toks) && verbAt(text, toks, m+1, false) > 0 {
				return m + 1
			}
			return 0
		}
	}
	return 0
}

// closeBracket keeps the ")" that closes a bracket opened inside the name
// text[start:e]: "Trung tâm Chuyển đổi số (Sở Khoa học và Công nghệ)
// thông báo …".
func closeBracket(text string, start, e int) int {
	if name := text[start:e]; strings.Count(name, "(") > strings.Count(name, ")") && strings.HasPrefix(text[e:], ")") {
		return e + 1
	}
	return e
}

func trimEnd(text string, e int) int {
	for e > 0 && (isSpace(text[e-1]) || text[e-1] == ',') {
		e--
	}
	return e
}

var (
	// What a header may say after the names: "a) Sở Nội vụ có trách nhiệm:".
	dutyTail = regexp.MustCompile(`^(?:có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|thực hiện|triển khai|tổ chức thực hiện)?\s*` +
		`(?:(?:các|những|một số)\s+(?:nhiệm vụ|nội dung|công việc)(?:\s+(?:cụ thể|chủ yếu|trọng tâm))?\s*(?:sau|như sau)?(?:\s+đây)?)?` +
		`\s*(?:như sau)?\s*[.:]?\s*$`)
	footMark   = regexp.MustCompile(`\s?[(\[](\d{1,2})[)\]]`)
	parenTheo  = regexp.MustCompile(`\s*\((?:theo|tại|kèm theo|sau đây)[^)]*\)`)
	titleColon = regexp.MustCompile(`^(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng)(?:\s+các)?\s*:\s*`)
	leadWords  = regexp.MustCompile(`^(?i:giao cho|giao|đề nghị|yêu cầu|ủy quyền cho|phân công cho|phân công)\s+`)
)

// cleanWho tidies a unit name and resolves a footnote mark to the units the
// note names ("các đơn vị được kiểm tra trực tiếp(3)").
func cleanWho(who string, notes map[string]string) string {
	who = strings.Join(strings.Fields(who), " ")
	if strings.ContainsAny(who, "([") {
		if m := footMark.FindStringSubmatch(who); m != nil {
			if n, ok := notes[m[1]]; ok && namesUnits(n) {
				return strings.Trim(strings.Join(strings.Fields(n), " "), " .;,")
			}
		}
		who = footMark.ReplaceAllString(who, "")
		who = parenTheo.ReplaceAllString(who, "")
	}
	who = leadWords.ReplaceAllString(who, "")
	for _, aside := range []string{" theo chức năng", ", trong phạm vi"} {
		if i := strings.Index(who, aside); i > 0 {
			// "Các Sở: Tài chính, Nội vụ theo chức năng, nhiệm vụ được giao",
			// "Chủ đầu tư, trong phạm vi, trách nhiệm của mình": the name ends
			// where the aside on its remit starts.
			who = who[:i]
		}
	}
	if strings.Contains(who, ":") {
		who = titleColon.ReplaceAllString(who, "")
	}
	who = strings.Trim(who, " .;:,-")
	if !plausibleUnit(who) {
		return ""
	}
	return who
}

// plausibleUnit rejects what the name scan picks up from a document's
// heading block ("BẢO HIỂM XÃ HỘI VIỆT NAM -------- CỘNG HÒA ..."): names
// in capitals, rules, numbers and subject lines are not addressees.
func plausibleUnit(who string) bool {
	if who == "" || len(who) > 400 || strings.Contains(who, "--") || strings.Contains(who, "V/v") || strings.Contains(who, "Số:") {
		return false
	}
	upper, letters := 0, 0
	for _, r := range who {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return len(strings.Fields(who)) <= 3 || upper*2 < letters
}

// namesUnits reports whether a footnote is a list of units, not a citation.
func namesUnits(note string) bool {
	k := lower(note)
	toks := tokenize(note, k)
	_, ok := headAt(note, toks, 0)
	return ok
}

// splitUnits cuts "Sở Tài chính, Sở Kế hoạch và Đầu tư; các sở, ngành và
// UBND huyện" into names: at semicolons, and at commas or "và" followed by
// a new name.
func splitUnits(s string) []string {
	s = strings.Trim(strings.Join(strings.Fields(s), " "), " .;:,")
	if s == "" {
		return nil
	}
	k := lower(s)
	toks := tokenize(s, k)
	var out []string
	start := 0
	for i := 1; i < len(toks); i++ {
		g := s[toks[i-1].e:toks[i].s]
		cut := strings.Contains(g, ";")
		if !cut && (strings.Contains(g, ",") || toks[i].w == "và") {
			j := i
			if toks[i].w == "và" {
				j++
			}
			if _, ok := headAt(s, toks, j); ok {
				cut = true
				if toks[i].w == "và" {
					out = appendUnit(out, s[start:toks[i-1].e])
					start = toks[j].s
					i = j
					continue
				}
			}
		}
		if cut {
			out = appendUnit(out, s[start:toks[i-1].e])
			start = toks[i].s
		}
	}
	return appendUnit(out, s[start:])
}

func appendUnit(out []string, u string) []string {
	u = strings.Trim(u, " .;:,")
	if u != "" {
		out = append(out, u)
	}
	return out
}

var coRe = regexp.MustCompile(`phối hợp(?:\s+(?:với|cùng))?\s+`)

// coAssignees returns the units an action says to work with
// ("chủ trì, phối hợp với Sở Tài chính, Sở Kế hoạch và Đầu tư ...").
func coAssignees(text, key string) []string {
	m := coRe.FindStringIndex(key)
	if m == nil {
		return nil
	}
	toks := tokenize(text, key)
	i := 0
	for i < len(toks) && toks[i].s < m[1] {
		i++
	}
	if _, ok := headAt(text, toks, i); !ok {
		return nil
	}
	_, end, ok := npEnd(text, toks, i, len(text))
	if !ok {
		end = len(text)
		if p := strings.IndexAny(text[toks[i].s:], ".;"); p >= 0 {
			end = toks[i].s + p
		}
	}
	return splitUnits(text[toks[i].s:end])
}

// sendWords open what a task is to send.
var sendWords = []string{"báo cáo", "gửi", "trình"}

// sendsAt lists where key says to send something: a send word standing as a
// whole word ("chương trình" sends nothing).
func sendsAt(key string) []int {
	var out []int
	for i := 0; i < len(key); i++ {
		if i > 0 && !boundary(key[i-1]) {
			continue
		}
		for _, w := range sendWords {
			if strings.HasPrefix(key[i:], w) && (i+len(w) == len(key) || !isAlnum(key[i+len(w)])) {
				out = append(out, i)
				i += len(w) - 1
				break
			}
		}
	}
	return out
}

// deliverable returns "báo cáo ... về Sở Nội vụ": what is to be sent, up to
// the unit it goes to.
func deliverable(text, key string) string {
	for _, at0 := range sendsAt(key) {
		rest := key[at0:]
		lim := len(rest)
		if p := strings.IndexAny(rest, ".;"); p >= 0 {
			lim = p
		}
		for _, prep := range []string{" về ", " gửi ", " lên ", " cho "} {
			p := strings.Index(rest[:lim], prep)
			if p < 0 || p > 200 {
				continue
			}
			at := at0 + p + len(prep)
			toks := tokenize(text[at:], key[at:])
			if _, ok := headAt(text[at:], toks, 0); !ok {
				continue
			}
			end := len(text)
			if _, e, ok := npEnd(text[at:], toks, 0, len(text)-at); ok {
				end = at + e
			} else if q := strings.IndexAny(text[at:], ".;,("); q >= 0 {
				end = at + q
			}
			return strings.Join(strings.Fields(text[at0:end]), " ")
		}
	}
	return ""
}
