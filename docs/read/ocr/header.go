package ocr

import (
	"strings"
	"unicode"

	"vanthu/docs/model"
	"vanthu/docs/read/ocr/cer"
	"vanthu/docs/read/ocr/fix"
)

// fixedLines are the lines every Decree 30 letterhead prints the same: the
// Quốc hiệu and the motto, whose dashes OCR often drops or doubles.
var fixedLines = []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}

// maxFixedDistance is how many letters or marks a line may differ by from a
// fixed line and still be it.
const maxFixedDistance = 2

// fixedLine returns the fixed line s was read for, or "" when it is none or
// is already right. Only letters are compared; where they agree and the
// fixed line has no punctuation, s is left as printed ("CỘNG HOÀ", in the
// old tone placement, stays).
func fixedLine(s string) string {
	got := letters(s)
	for _, f := range fixedLines {
		want := letters(f)
		if got == want && !strings.ContainsAny(f, "-") || s == f {
			return ""
		}
		if cer.Distance(got, want) <= maxFixedDistance {
			return f
		}
	}
	return ""
}

// letters is s in lookup form with everything but letters taken out.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			return r
		}
		return -1
	}, fix.Norm(s))
}

// repairHeader mends page 1's letterhead: the Quốc hiệu and the motto
// (fixedLines), and in the lines in capitals (the issuing body and its
// parent, which extraction reads the issuer from) a letter read twice
// ("SỞ Y TÈE"), an acronym glued to the next word ("UBNDTTỈNH"). It
// returns how many lines or words changed.
func repairHeader(blocks []model.Block) int {
	lex := fix.Default()
	n := 0
	for i := 0; i < len(blocks) && i < headerBlocks; i++ {
		b := &blocks[i]
		if b.Page > 1 {
			break
		}
		if b.Kind != model.KindParagraph {
			continue
		}
		if f := fixedLine(b.Text); f != "" {
			b.Text = f
			n++
			continue
		}
		if !capitals(b.Text) {
			continue
		}
		words, k := lex.Repair(strings.Fields(b.Text))
		if k > 0 {
			b.Text = strings.Join(words, " ")
			n += k
		}
	}
	return n
}
