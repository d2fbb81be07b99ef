package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one line of the text as byte offsets, without its "\n" (or "\r").
type line struct{ start, end int }

func splitLines(s string) []line {
	var out []line
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			end := i
			if end > start && s[end-1] == '\r' {
				end--
			}
			out = append(out, line{start, end})
			start = i + 1
		}
	}
	end := len(s)
	if end > start && s[end-1] == '\r' {
		end--
	}
	out = append(out, line{start, end})
	return out
}

// word is one whitespace-separated token with its offsets.
type word struct {
	text       string
	start, end int
}

// words splits s[from:to] into tokens, offsets relative to s.
func words(s string, from, to int) []word {
	var out []word
	i := from
	for i < to {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < to {
			r2, n2 := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		out = append(out, word{s[i:j], i, j})
		i = j
	}
	return out
}

// isCaps reports whether w has letters and every letter is upper case and
// it holds no digit: a word of a heading set in capitals.
func isCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// isTitleWord reports whether w is a capitalised word ("Nguyễn", "A"),
// letters only.
func isTitleWord(w string) bool {
	first := true
	for _, r := range w {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			return false
		}
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
			continue
		}
		if unicode.IsUpper(r) {
			return false
		}
	}
	return !first
}

// hasLetter reports whether s has any letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isRule reports whether w is a run of dashes or underscores, the short
// lines drawn under header blocks.
func isRule(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r != '-' && r != '_' && r != '–' && r != '—' && r != '=' && r != '*' {
			return false
		}
	}
	return utf8.RuneCountInString(w) >= 3
}

// collapse joins whitespace runs into single spaces and trims.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// trimItem strips list marks and the punctuation that ends list items.
func trimItem(s string) string {
	s = collapse(s)
	s = strings.TrimLeft(s, "-–—+•* ")
	s = strings.TrimRight(s, " ;,.")
	return strings.TrimSpace(s)
}

// lineIndex returns the index of the line holding offset off.
func lineIndex(ls []line, off int) int {
	lo, hi := 0, len(ls)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if ls[mid].start <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}
