package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headEnds reports the first line of the body after a part of the header
// that never ends a sentence: the addressee line ("Kính gửi: Các sở, ban,
// ngành") or a title under the type's name in capitals ("KẾ HOẠCH" /
// "Triển khai …"). Without a full stop before it, the layout would run
// the body's first sentence on into the header, where no duty is sought.
func headEnds(cur *block, next string) bool {
	if cur.label != "" && !cur.addressee || len(cur.pieces) == 0 || endsSentence(strings.TrimRight(cur.text, " ")) {
		return false
	}
	if dangles(cur.text) {
		return false // "Thực hiện Chương trình hành động của" / "Ban Chấp hành …"
	}
	// The Kính gửi line opens its block; a header run on into it has
	// lines in capitals. Neither test reads the whole of a long paragraph.
	first := cur.text[:cur.pieces[0].n]
	return (cur.addressee || kinhGui.MatchString(first) || capsPiece(cur)) && wholeSentence(next)
}

// namesAddressees reports the line after a "Kính gửi:" line that ends at
// its colon (on its own or run on into the header): it names who receives
// the letter ("Các sở, ban, ngành"), as the items of a list there do, and
// is never a task.
func namesAddressees(prev *block, line string) bool {
	if prev == nil || len(prev.pieces) == 0 {
		return false
	}
	p := prev.pieces[len(prev.pieces)-1]
	last := strings.TrimRight(prev.text[p.at:p.at+p.n], " ")
	if !strings.HasSuffix(last, ":") {
		return false
	}
	m := kinhGui.FindStringIndex(last)
	return m != nil && m[0] == 0 && !wholeSentence(line)
}

// capsPiece reports a block with a line printed wholly in capitals: the
// agency, the motto or the type's name of a header.
func capsPiece(b *block) bool {
	for _, p := range b.pieces {
		if allCaps(b.text[p.at : p.at+p.n]) {
			return true
		}
	}
	return false
}

// wholeSentence reports a line that opens a sentence of its own, as the
// body's first line does and an addressee or a title broken over two lines
// does not: it opens with a capital, has the words of a clause and either
// ends with a full stop or a colon or, broken as a PDF copy breaks it,
// opens as a duty does: "Giao …", "Chậm nhất ngày …", or a unit and then
// a verb in lower case ("Sở Nội vụ tổng hợp …").
func wholeSentence(line string) bool {
	const minWords = 6
	t := strings.TrimRight(line, " ")
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || strings.Count(t, " ")+1 < minWords || allCaps(t) {
		return false
	}
	if strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
		return true
	}
	toks := tokenize(t, lower(t))
	return triggers.at(t, toks, 0) > 0 || timeOpeners.at(t, toks, 0) > 0 || unitActs(t, toks)
}

// unitActs reports a line that opens with a unit's name and a verb in lower
// case before the first comma: "Sở Nội vụ tổng hợp …", "Các sở, ban,
// ngành báo cáo …". A name that goes on
// in lower case ("Ban quản lý các khu công nghiệp") is no unit to headAt,
// and the words of a name in capitals are no verbs.
func unitActs(t string, toks []token) bool {
	const nameWords = 12
	j, ok := headAt(t, toks, 0)
	if !ok {
		return false
	}
	// "Các sở, ban, ngành …" names kinds of bodies with commas between.
	plural := toks[0].w == "các" || toks[0].w == "những"
	for k := j; k < len(toks) && k < j+nameWords; k++ {
		if gap := t[toks[k-1].e:toks[k].s]; strings.ContainsAny(gap, ";:(") || !plural && strings.Contains(gap, ",") {
			return false
		}
		if verbAt(t, toks, k, false) > 0 {
			return true
		}
	}
	return false
}

// danglingWords cannot end a phrase: a title or a name broken after one
// goes on on the next line.
var danglingWords = map[string]bool{"của": true, "và": true, "về": true, "với": true, "cho": true, "tại": true,
	"theo": true, "trong": true, "các": true, "những": true, "số": true, "đối": true, "giữa": true, "hoặc": true}

// dangles reports text that stops on a word that cannot end a phrase.
func dangles(text string) bool {
	t := strings.TrimRight(text, " ")
	i := strings.LastIndexByte(t, ' ')
	return danglingWords[lower(t[i+1:])]
}
