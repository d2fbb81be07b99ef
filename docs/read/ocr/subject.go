package ocr

import (
	"strings"

	"vanthu/docs/model"
)

// headerBlocks bounds how far into page 1 the letterhead is looked for.
const headerBlocks = 14

// subjectToLeftColumn puts the subject of a công văn ("V/v …") back under
// the number, in the left column of the letterhead. Where a blank line sets
// the subject apart from the number, it stands below the band of the two
// columns, and layout reads it after the right column (Quốc hiệu, place and
// date); Decree 30 places it under the number. The subject runs to "Kính
// gửi" or to the first block that is not one of its short lines. It
// returns whether it moved anything.
func subjectToLeftColumn(blocks []model.Block) bool {
	nation, subj := -1, -1
	for i := 0; i < len(blocks) && i < headerBlocks; i++ {
		b := blocks[i]
		if b.Page > 1 || b.Kind != model.KindParagraph {
			break
		}
		t := strings.TrimSpace(b.Text)
		switch {
		case nation < 0 && strings.HasPrefix(strings.ToUpper(t), "CỘNG HÒA"):
			nation = i
		case nation >= 0 && isSubjectStart(t):
			subj = i
		}
		if subj >= 0 {
			break
		}
	}
	// Only a subject after the right column moves, and only where the left
	// column ends with the number ("Số: …/SYT-NVY"), read in full: one read
	// in place is already in order.
	if nation < 1 || subj < 0 {
		return false
	}
	num := nation - 1
	if t := blocks[num].Text; !numberWord.MatchString(t) && !strings.Contains(t, "/") {
		return false
	}
	end := subj + 1
	for end < len(blocks) && end < subj+4 && blocks[end].Page == blocks[subj].Page &&
		blocks[end].Kind == model.KindParagraph && isSubjectLine(blocks[end].Text) {
		end++
	}
	moved := append([]model.Block(nil), blocks[subj:end]...)
	copy(blocks[num+1+len(moved):end], blocks[num+1:subj])
	copy(blocks[num+1:], moved)
	return true
}

// isSubjectStart tells the first line of a công văn's subject: "V/v",
// which OCR may read "V/V" or with a space.
func isSubjectStart(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return len(s) > 3 && strings.EqualFold(s[:3], "v/v")
}

// isSubjectLine tells a continuation of the subject: a short line that is
// not the salutation, a list item or a sentence of the body.
func isSubjectLine(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len([]rune(s)) > 60 || strings.HasPrefix(s, "Kính gửi") || strings.HasPrefix(s, "-") {
		return false
	}
	return !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ";")
}
