package fix

import (
	"strings"
	"unicode"
)

// Thresholds of Garbage, on the letter words of a text.
const (
	garbageMinWords = 40   // fewer words say too little to judge
	vietnameseShare = 0.6  // words whose letters are those of a known syllable
	validShare      = 0.55 // known syllables with their marks, in Vietnamese text
	markedShare     = 0.08 // words with any mark, in Vietnamese text
)

// Garbage tells a text layer that is Vietnamese with its marks lost or
// mangled, as an old scanner's OCR left it ("CONG HOA XA HOI CHU NGHIA"):
// most words have the letters of Vietnamese syllables, but few are real
// syllables with their marks, or almost none carries a mark. Such a layer
// is better replaced by a new OCR of the page images. English or other
// text is not Vietnamese and never garbage.
func (l *Lexicon) Garbage(text string) bool {
	l.index()
	words, viet, valid, marked := 0, 0, 0, 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
	}) {
		w := Norm(f)
		if len([]rune(w)) < 2 {
			continue
		}
		words++
		if len(l.bySkel[skeleton(w)]) > 0 {
			viet++
		}
		if l.Uni[w] > 0 {
			valid++
		}
		if skeleton(w) != w {
			marked++
		}
	}
	if words < garbageMinWords || float64(viet) < vietnameseShare*float64(words) {
		return false
	}
	return float64(valid) < validShare*float64(viet) || float64(marked) < markedShare*float64(words)
}
