package tasks

// A sentence may open on its rhythm and name who acts after a comma, in
// every form the cadence table counts (testdata/cadence-forms.tsv):
// "Mỗi quý, Sở Y tế …", "Hằng tuần vào thứ 7, …", "Mỗi 2 năm, …", "Vào
// ngày 15 hằng tháng, …", a list "Định kỳ hằng tháng, quý, năm, …",
// "Hằng quý, 06 tháng, …", and a due day after the rhythm "Hằng năm, vào
// ngày 21 tháng 2, …". timeLexicon reads them on top of the fixed phrases.

// timeLexicon is a lexicon of time phrases that also reads rhythm leads.
type timeLexicon struct{ lexicon }

// at returns how many tokens from toks[i] a time phrase covers, 0 if none.
func (tl timeLexicon) at(text string, toks []token, i int) int {
	if n := tl.lexicon.at(text, toks, i); n > 0 {
		return n
	}
	return rhythmLeadAt(text, toks, i)
}

// maxLeadWords bounds how far "vào …" may run to its rhythm: "vào ngày 01
// tháng 01 hằng năm" is seven words.
const maxLeadWords = 8

// rhythmLeadAt returns how many tokens from toks[i] a rhythm covers, 0 if
// none.
func rhythmLeadAt(text string, toks []token, i int) int {
	if i < 0 || i >= len(toks) {
		return 0
	}
	switch w := toks[i].w; {
	case w == "mỗi" || w == "hằng" || w == "hàng":
		k := i + 1
		if k < len(toks) && countWord(toks[k].w) {
			k++ // "mỗi 2 năm", "hằng 6 tháng"
		}
		if k < len(toks) && periodWord(toks[k].w) && spaced(text, toks, i, k) {
			return k - i + 1
		}
	case w == "vào":
		// "Vào ngày 15 hằng tháng, …": a due day, then its rhythm
		for k := i + 1; k+1 < len(toks) && k <= i+maxLeadWords; k++ {
			if spanHas(text, toks, k, ",.;:") {
				break
			}
			if n := rhythmLeadAt(text, toks, k); n > 0 {
				return k - i + n
			}
		}
		// "Hằng năm, vào ngày 21 tháng 2, …": a due day after its rhythm
		if i >= 2 && rhythmLeadAt(text, toks, i-2) == 2 && spanHas(text, toks, i, ",") {
			return 1
		}
	case countWord(w):
		// "Hằng quý, 06 tháng, …", "Định kỳ 06 tháng, 01 năm, …": one
		// period of a list
		if k := i + 1; k < len(toks) && periodWord(toks[k].w) && spaced(text, toks, i, k) && listGoesOn(text, toks, k) {
			return 2
		}
	case w == "quý" || w == "năm" || w == "tháng":
		// "Định kỳ hằng tháng, quý, năm, …": the list's bare periods
		if i > 0 && spanHas(text, toks, i, ",") && listGoesOn(text, toks, i) {
			return 1
		}
	}
	return 0
}

// countWord is a small count of periods: "2", "06", "hai", "sáu".
func countWord(w string) bool {
	if len(w) <= 2 && w != "" && w[0] >= '0' && w[0] <= '9' && (len(w) == 1 || w[1] >= '0' && w[1] <= '9') {
		return true
	}
	switch w {
	case "một", "hai", "ba", "bốn", "sáu":
		return true
	}
	return false
}

func periodWord(w string) bool {
	switch w {
	case "ngày", "tuần", "tháng", "quý", "năm":
		return true
	}
	return false
}

// spaced reports only spaces between toks[a] and toks[b].
func spaced(text string, toks []token, a, b int) bool {
	for k := a + 1; k <= b; k++ {
		for _, c := range text[toks[k-1].e:toks[k].s] {
			if c != ' ' {
				return false
			}
		}
	}
	return true
}

// spanHas reports one of chars between toks[k-1] and toks[k].
func spanHas(text string, toks []token, k int, chars string) bool {
	if k <= 0 || k >= len(toks) {
		return false
	}
	for _, c := range text[toks[k-1].e:toks[k].s] {
		for _, d := range chars {
			if c == d {
				return true
			}
		}
	}
	return false
}

// listGoesOn reports a period followed by a comma, "và" or "hoặc": an item
// of a list of periods, not a period that a sentence is about.
func listGoesOn(text string, toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	if spanHas(text, toks, k+1, ",") {
		return true
	}
	w := toks[k+1].w
	return (w == "và" || w == "hoặc") && k+2 < len(toks) && spaced(text, toks, k, k+1) && (periodWord(toks[k+2].w) || countWord(toks[k+2].w) || toks[k+2].w == "hằng" || toks[k+2].w == "hàng")
}
