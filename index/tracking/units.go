package tracking

import (
	"strings"
	"unicode"

	"vanthu/docs/vn"
)

// abbreviations clerks write for the bodies' names, folded.
var abbreviations = map[string]string{
	"ubnd": "uy ban nhan dan",
	"hdnd": "hoi dong nhan dan",
	"bhxh": "bao hiem xa hoi",
	"mttq": "mat tran to quoc",
}

// unitTokens folds s (no accents, lower case, đ → d) and splits it into
// words and the separators a list of units uses (",", ":", ";", ".", "và").
// "các" and "những" are dropped: "Ủy ban nhân dân các huyện" names the same
// kind as "Ủy ban nhân dân huyện".
func unitTokens(s string) []string {
	var out []string
	var word strings.Builder
	flush := func() {
		if word.Len() == 0 {
			return
		}
		w := word.String()
		word.Reset()
		switch w {
		case "cac", "nhung":
			return
		}
		if full, ok := abbreviations[w]; ok {
			out = append(out, strings.Fields(full)...)
			return
		}
		out = append(out, w)
	}
	for _, r := range vn.Fold(vn.NFC(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word.WriteRune(r)
		case r == ',' || r == ':' || r == ';' || r == '.' || r == '\n':
			flush()
			out = append(out, string(r))
		default:
			flush()
		}
	}
	flush()
	for i, t := range out {
		if t == "va" {
			out[i] = ","
		}
	}
	return out
}

func hasAt(t []string, i int, w []string) bool {
	if i+len(w) > len(t) {
		return false
	}
	for k := range w {
		if t[i+k] != w[k] {
			return false
		}
	}
	return true
}

// MatchUnit reports whether text (an assignee, a list of units) names unit,
// with or without accents: "Sở Y tế" is named by "Sở Y tế các tỉnh", by
// "Sở Tài chính, Sở Y tế" and by "các Sở: Tài chính, Y tế và Xây dựng",
// where the kind of body is written once for the whole list.
func MatchUnit(unit, text string) bool {
	u := unitTokens(unit)
	var words []string
	for _, w := range u {
		if len(w) > 1 || unicode.IsLetter(rune(w[0])) || unicode.IsDigit(rune(w[0])) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return false
	}
	t := unitTokens(text)
	for i := range t {
		if hasAt(t, i, words) {
			return true
		}
	}
	// A shared head: "Sở" + list items, "Ủy ban nhân dân huyện" + names.
	for k := 1; k < len(words); k++ {
		head, tail := words[:k], words[k:]
		for i := range t {
			if !hasAt(t, i, head) {
				continue
			}
			if listHas(t[i+k:], tail) {
				return true
			}
		}
	}
	return false
}

// listHas reports whether one item of the list starting at t (up to the end
// of the clause) begins with tail.
func listHas(t, tail []string) bool {
	atItem := true
	for j := 0; j < len(t) && j < 60; j++ {
		switch t[j] {
		case ";", ".", "\n":
			return false
		case ",", ":":
			atItem = true
			continue
		}
		if atItem && hasAt(t, j, tail) {
			return true
		}
		atItem = false
	}
	return false
}
