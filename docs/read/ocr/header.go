package ocr

import (
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/ocr/fix"
)

// repairHeader mends the lines in capitals of page 1's letterhead (the
// issuing body and its parent, the Quốc hiệu), which extraction reads the
// issuer from: a letter read twice ("SỞ Y TÈE"), an acronym glued to the
// next word ("UBNDTTỈNH"). It returns how many words changed.
func repairHeader(blocks []model.Block) int {
	lex := fix.Default()
	n := 0
	for i := 0; i < len(blocks) && i < headerBlocks; i++ {
		b := &blocks[i]
		if b.Page > 1 {
			break
		}
		if b.Kind != model.KindParagraph || !capitals(b.Text) {
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
