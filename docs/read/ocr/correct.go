package ocr

import "vanthu/docs/read/ocr/fix"

// correctPage runs the post-correction over each Tesseract line of a page,
// so that each word is judged next to its neighbours. It returns how many
// words changed.
func correctPage(words []Word) int {
	lex := fix.Default()
	changed := 0
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && sameLine(words[i], words[j]) {
			j++
		}
		texts := make([]string, j-i)
		for k := range texts {
			texts[k] = words[i+k].Text
		}
		fixed, n := lex.Correct(texts)
		for k, t := range fixed {
			words[i+k].Text = t
		}
		changed += n
		i = j
	}
	return changed
}

func sameLine(a, b Word) bool {
	return a.Page == b.Page && a.Block == b.Block && a.Par == b.Par && a.Line == b.Line
}
