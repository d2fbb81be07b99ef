package fix

import (
	"strings"
	"unicode/utf8"
)

// gluedAcronyms are the acronyms that open a letterhead line and that OCR
// glues to the word after them ("UBNDTTỈNH KIÊN GIANG").
var gluedAcronyms = []string{"UBND", "HĐND"}

// Repair mends the words in capitals of one letterhead line that are no
// syllable of the lexicon: a letter read twice or a speck read as a letter
// ("SỞ Y TÈE" → "SỞ Y TẾ", one letter taken away and the marks the
// neighbours call for put on), and an acronym glued to the next word
// ("UBNDTTỈNH" → "UBND TỈNH"). A repair needs the neighbours' support
// (minPairs pairs), since a name in capitals may be no syllable. It
// returns the words (perhaps more than given) and how many it changed.
func (l *Lexicon) Repair(words []string) ([]string, int) {
	l.index()
	out := make([]string, 0, len(words)+1)
	changed := 0
	for i, w := range words {
		for _, a := range gluedAcronyms {
			rest, ok := strings.CutPrefix(w, a)
			if !ok || !upper(rest) || utf8.RuneCountInString(rest) < 2 {
				continue
			}
			next := ""
			if i+1 < len(words) {
				next = words[i+1]
			}
			if l.Uni[Norm(rest)] > 0 {
				out = append(out, a)
				w = rest
				changed++
			} else if fixed := l.dropOne(rest, a, next); fixed != "" {
				out = append(out, a)
				w = fixed
				changed++
			}
			break
		}
		s, ok := splitWord(w)
		if !ok || !upper(s.core) || l.Uni[Norm(s.core)] > 0 || utf8.RuneCountInString(s.core) < 3 {
			out = append(out, w)
			continue
		}
		prev, next := "", ""
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		if i+1 < len(words) {
			next = words[i+1]
		}
		if fixed := l.dropOne(s.core, prev, next); fixed != "" {
			w = s.pre + fixed + s.post
			changed++
		}
		out = append(out, w)
	}
	return out, changed
}

// dropOne finds the syllable w stands for with one letter too many: each
// letter taken away in turn, then the spelling of that skeleton that pairs
// best with the neighbours, in capitals. "" when no candidate has the
// neighbours' support.
func (l *Lexicon) dropOne(w, prev, next string) string {
	ctx := func(s string) string {
		if p, ok := splitWord(s); ok {
			return Norm(p.core)
		}
		return ""
	}
	p, n := ctx(prev), ctx(next)
	rs := []rune(w)
	best, bestPairs := "", minPairs-1
	for i := range rs {
		d := Norm(string(rs[:i]) + string(rs[i+1:]))
		for _, c := range l.bySkel[skeleton(d)] {
			if markDiff(c, d) > maxMarks {
				continue
			}
			pairs := 0
			if p != "" {
				pairs += l.Bi[[2]string{p, c}]
			}
			if n != "" {
				pairs += l.Bi[[2]string{c, n}]
			}
			if pairs > bestPairs {
				best, bestPairs = c, pairs
			}
		}
	}
	return strings.ToUpper(best)
}
