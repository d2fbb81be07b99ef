package ocr

import (
	"strings"
	"unicode"

	"vanthu/docs/model"
	"vanthu/docs/read/ocr/cer"
)

// titles are the signers' positions of Decree 30 letters. In a scan the
// round seal and the signature lie over them, and OCR loses a letter or a
// mark ("HÓ GIÁM ĐỐC", "GIÁM ĐÓ"), which hides the signer from extraction.
var titles = []string{
	"GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC",
	"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG",
	"VỤ TRƯỞNG", "PHÓ VỤ TRƯỞNG", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG",
	"PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG",
	"CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "THỦ TRƯỞNG", "TRƯỞNG ĐOÀN",
}

// fixTitles puts back a signer's position misread in capitals: a short
// line of capitals within two letters of a known position (one for short
// ones), on the last page's second half where the signature block stands.
// An authority in front ("KT.", "TM.") is kept as read.
func fixTitles(blocks []model.Block, lastPage int) int {
	n := 0
	for i := range blocks {
		b := &blocks[i]
		if b.Kind != model.KindParagraph || b.Page != lastPage || i < len(blocks)/2 {
			continue
		}
		prefix, text := splitAuthority(strings.TrimSpace(b.Text))
		if prefix == "" {
			prefix, text = splitMisreadAuthority(text)
		}
		if !capitals(text) || len([]rune(text)) < 6 || len(strings.Fields(text)) > 5 {
			continue
		}
		best, bestD := "", 3
		for _, t := range titles {
			if d := cer.Distance(text, t); d < bestD {
				best, bestD = t, d
			}
		}
		limit := 2
		if len([]rune(best)) < 8 {
			limit = 1
		}
		if best != "" && best != text && bestD <= limit {
			b.Text = prefix + best
			n++
		}
	}
	return n
}

// splitAuthority takes "KT. ", "TM. ", "TL. ", "TUQ. ", "Q. " off a title.
func splitAuthority(s string) (prefix, rest string) {
	for _, p := range []string{"KT.", "TM.", "TL.", "TUQ.", "Q."} {
		if strings.HasPrefix(s, p) {
			return p + " ", strings.TrimSpace(s[len(p):])
		}
	}
	return "", s
}

// splitMisreadAuthority takes off a short first word ending in a full
// stop that is not in capitals: an authority ("KT.") the handwritten
// initials over it made unreadable ("t^V. GIÁM ĐỌC"). It is kept as read.
func splitMisreadAuthority(s string) (prefix, rest string) {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || !strings.HasSuffix(first, ".") || len([]rune(first)) > 5 || capitals(strings.TrimSuffix(first, ".")) {
		return "", s
	}
	return first + " ", strings.TrimSpace(rest)
}

func capitals(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r != ' ' && !unicode.Is(unicode.Mn, r):
			return false
		}
	}
	return letters > 0
}
