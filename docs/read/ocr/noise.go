package ocr

import (
	"strings"
	"unicode"
)

// Thresholds of the noise filter, on Tesseract's confidences (0–100).
// Stamps, signatures, table rules and specks come out as lines of symbols
// and made-up words with low confidence; printed text rarely falls below.
const (
	minLineConf   = 40 // a line whose words average less is dropped whole
	minWordConf   = 20 // a word below this is dropped
	minSymbolConf = 60 // a word of symbols only (no letter or digit) below this is dropped
)

// dropNoise removes what is not text: specks that open a line, lines
// whose mean confidence is too low, words of almost no confidence, symbols of low confidence and rules
// drawn with dashes or bars ("———", "|"). A word with a digit or a slash
// stays on a line of fair confidence however low its own: it may be the
// number with a handwritten part ("Số:{/&†/SYT-NVY"), whose symbol the
// extractor still needs.
func dropNoise(words []Word) []Word {
	type key struct{ b, p, l int }
	sum, n := map[key]float64{}, map[key]int{}
	for _, w := range words {
		k := key{w.Block, w.Par, w.Line}
		sum[k] += w.Conf
		n[k]++
	}
	out := words[:0:0]
	for i, w := range words {
		k := key{w.Block, w.Par, w.Line}
		first := i == 0 || key{words[i-1].Block, words[i-1].Par, words[i-1].Line} != k
		switch {
		case first && isSpeck(w.Text):
		case sum[k]/float64(n[k]) < minLineConf:
		case w.Conf < minWordConf && !hasDigitOrSlash(w.Text):
		case !hasLetterOrDigit(w.Text) && (w.Conf < minSymbolConf || isRule(w.Text)):
		default:
			out = append(out, w)
		}
	}
	return out
}

// isSpeck tells dots and strokes that open a line: specks of the scan
// before the letterhead ("._ UBND TỈNH"), never a list mark, which is a dash.
func isSpeck(s string) bool {
	return strings.Trim(s, ".,_'`:;~") == ""
}

// isRule tells a run of dashes, bars and underscores: a line drawn on the
// page, or a table border, not a word.
func isRule(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '|' || r == '_' || r == '=' || r == '¬' || unicode.Is(unicode.Pd, r):
			n++
		default:
			return false
		}
	}
	return n >= 3 || s == "|"
}

func hasDigitOrSlash(s string) bool {
	for _, r := range s {
		if r == '/' || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
