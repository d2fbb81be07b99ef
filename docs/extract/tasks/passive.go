package tasks

import (
	"regexp"
	"strings"
)

// genericHolder reads a subject that names a body by its role, not by its
// name, in front of "có trách nhiệm": "Cơ quan quản lý cấp trên có trách
// nhiệm rà soát …", "Cơ quan tiếp nhận kê khai giá có trách nhiệm cập nhật
// …". The role holds a verb ("quản lý", "tiếp nhận") that would end any
// other name; "có trách nhiệm" says where it really ends.
func genericHolder(text string, toks []token, first, last int) (who string, at, act int, ok bool) {
	if first >= last || !toks[first].upper || roleHeads.at(text, toks, first) == 0 {
		return "", 0, 0, false
	}
	for k := first + 2; k < last && k <= first+maxRoleWords; k++ {
		if strings.ContainsAny(text[toks[k-1].e:toks[k].s], ",;:.()") {
			return "", 0, 0, false
		}
		if dutyWords.at(text, toks, k) == 0 {
			continue
		}
		v := k + dutyWords.at(text, toks, k)
		if v >= last || verbAt(text, toks, v, true) == 0 {
			return "", 0, 0, false
		}
		return text[toks[first].s:toks[k-1].e], toks[first].s, toks[v].s, true
	}
	return "", 0, 0, false
}

// maxRoleWords bounds a role's name: "Cơ quan quản lý cấp trên" is five.
const maxRoleWords = 9

var (
	roleHeads = newLexicon(`cơ quan|đơn vị`)
	dutyWords = newLexicon(`có trách nhiệm|chịu trách nhiệm`)
)

// passiveDuty reads a clause that puts a duty in the passive with no agent,
// "3. Việc phê duyệt dữ liệu tài sản công phải được hoàn thành trước thời
// điểm khóa sổ theo thời gian quy định hằng năm.", with a time of its own:
// the agent is the unit a clause just above, in the same article, gave the
// same action ("2. Cơ quan quản lý cấp trên có trách nhiệm rà soát, kiểm tra
// và phê duyệt …"). With no such unit the clause is procedure ("Việc lập dự
// toán … phải được thực hiện như sau:") and makes no task.
func (f *finder) passiveDuty(b *block, toks []token, s rng) bool {
	first, last := tokenRange(toks, s)
	if first+3 >= last || !toks[first].upper || toks[first].w != "việc" {
		return false
	}
	m := strings.Index(b.key[s.a:s.e], " phải được ")
	if m < 0 || !passiveDone.MatchString(b.key[s.a+m:s.e]) {
		return false
	}
	if w := findWhen(b.key[s.a:s.e], f.tc, false); w.deadline.IsZero() && w.recurrence == "" {
		return false
	}
	// The action the clause names: the verb after "Việc" ("việc" makes it
	// a noun, so verbAt would say no), as the lexicon spells it.
	n := verbs.at(b.text, toks, first+1)
	if n == 0 {
		return false
	}
	act := b.key[toks[first+1].s:toks[first+n].e]
	for i := len(f.cands) - 1; i >= 0 && i >= len(f.cands)-passiveReach; i-- {
		c := f.cands[i]
		if c.b.src(0) < f.section || c.who == "" {
			break
		}
		if strings.Contains(c.b.key[c.act:c.e], act) {
			f.add(b, s.a, s.e, s.a, c.who)
			return true
		}
	}
	for i := len(f.out) - 1; i >= 0 && i >= len(f.out)-passiveReach; i-- {
		t := &f.out[i]
		if t.Start < f.section || t.Assignee == "" {
			break
		}
		if strings.Contains(lower(t.Quote), act) {
			f.add(b, s.a, s.e, s.a, t.Assignee)
			return true
		}
	}
	return false
}

// passiveReach is how many tasks above a passive clause may hold its agent:
// the clauses just before it in its article.
const passiveReach = 3

var passiveDone = regexp.MustCompile(`^ phải được (?:hoàn thành|thực hiện|hoàn tất)\b`)
