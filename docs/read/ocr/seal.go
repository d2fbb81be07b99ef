package ocr

import (
	"regexp"
	"strings"
	"unicode"

	"vanthu/docs/model"
)

// A Decree 30 signature block is the title ("KT. GIÁM ĐỐC / PHÓ GIÁM
// ĐỐC"), the signature and the round seal, then the name. Tesseract reads
// the seal's ring and centre ("SỞ Y TẾ") and the signature's strokes as
// short lines of symbols and stray letters, often with fair confidence,
// between the title and the name.
var (
	// titleWords are the words of signers' positions and authorities.
	titleWords = func() map[string]bool {
		m := map[string]bool{"KT": true, "TM": true, "TL": true, "TUQ": true}
		for _, t := range titles {
			for _, w := range strings.Fields(t) {
				m[w] = true
			}
		}
		return m
	}()
	// gluedName is a name whose spaces OCR lost ("NguyễnVănHải").
	gluedName = regexp.MustCompile(`^(?:\p{Lu}\p{Ll}+){2,5}[.,]?$`)
)

// maxSealWords bounds a line taken for the seal or the signature.
const maxSealWords = 4

// dropSealNoise removes, from the signature block of the last page (after
// «Nơi nhận» and from the first line with a title word on), the short
// lines that are neither a title, nor a name, nor an item of a list, and
// puts back the spaces of a name read without them. It returns the blocks
// kept and how many lines were dropped.
func dropSealNoise(blocks []model.Block, lastPage int) ([]model.Block, int) {
	start := -1
	for i := len(blocks) / 2; i < len(blocks); i++ {
		b := blocks[i]
		if b.Page != lastPage || b.Kind != model.KindParagraph {
			continue
		}
		if start < 0 && strings.HasPrefix(strings.TrimSpace(b.Text), "Nơi nhận") {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return blocks, 0
	}
	for start < len(blocks) && !hasTitleWord(blocks[start].Text) {
		start++
	}
	out := blocks[:start:start]
	dropped := 0
	for _, b := range blocks[start:] {
		if b.Page == lastPage && b.Kind == model.KindParagraph && b.Label == "" && sealNoise(b.Text) {
			dropped++
			continue
		}
		if t := strings.TrimSpace(b.Text); gluedName.MatchString(t) {
			b.Text = unglue(t)
		}
		out = append(out, b)
	}
	return out, dropped
}

// sealNoise tells a short line with no title word and no name.
func sealNoise(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > maxSealWords || hasTitleWord(s) {
		return false
	}
	titled := 0
	for _, w := range ws {
		if gluedName.MatchString(w) {
			return false
		}
		if isTitleCase(strings.Trim(w, ".,;:")) {
			titled++
		}
	}
	return titled < 2
}

// unglue puts a space before each capital that follows a lowercase
// letter: "NguyễnVănHải" → "Nguyễn Văn Hải".
func unglue(s string) string {
	var sb strings.Builder
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			sb.WriteByte(' ')
		}
		sb.WriteRune(r)
		prevLower = unicode.IsLower(r)
	}
	return sb.String()
}

func hasTitleWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if titleWords[strings.Trim(w, ".,;:")] {
			return true
		}
	}
	return false
}

// isTitleCase tells a word of two letters or more with a capital first and
// lowercase after: a syllable of a name.
func isTitleCase(w string) bool {
	rs := []rune(w)
	if len(rs) < 2 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for _, r := range rs[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
