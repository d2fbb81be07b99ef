package extract

import (
	"strings"
	"unicode"
)

// Some PDFs map a Vietnamese letter of their font to a code point of
// another alphabet, and the text taken out of them reads "định kǶ" for
// "định kỳ", "đội ngǜ" for "đội ngũ": the extractor then misses "định
// kỳ", and a search misses the word. Neither code point is ever written in
// Vietnamese, so each is read as the letter it stands for.
var glyphFixes = map[rune]rune{
	'Ƕ': 'ỳ', // U+01F6 LATIN CAPITAL LETTER HWAIR, seen in "kǶ"
	'ǜ': 'ũ', // U+01DC u WITH DIAERESIS AND GRAVE, seen in "cǜ", "ngǜ", "cǜng"
}

// repairGlyphs returns s with the look-alike code points of glyphFixes
// read as their Vietnamese letters; the letter takes the case of the
// letter before it ("KǶ" gives "KỲ").
func repairGlyphs(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { _, ok := glyphFixes[r]; return ok }) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s) + 8)
	prev := rune(0)
	for _, r := range s {
		if fix, ok := glyphFixes[r]; ok {
			if unicode.IsUpper(prev) {
				fix = unicode.ToUpper(fix)
			}
			r = fix
		}
		sb.WriteRune(r)
		prev = r
	}
	return sb.String()
}
