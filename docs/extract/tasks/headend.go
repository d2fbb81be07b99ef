package tasks

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headEnds reports the first line of the body after a part of the header
// that never ends a sentence: the addressee line ("Kính gửi: Các sở, ban,
// ngành") or a title under the type's name in capitals ("KẾ HOẠCH" /
// "Triển khai …"). Without a full stop before it, the layout would run
// the body's first sentence on into the header, where no duty is sought.
func headEnds(cur *block, next string) bool {
	if cur.label != "" || endsSentence(strings.TrimRight(cur.text, " ")) {
		return false
	}
	if !kinhGui.MatchString(cur.text) && !capsPiece(cur) {
		return false
	}
	return wholeSentence(next)
}

// capsPiece reports a block with a line printed wholly in capitals: the
// agency, the motto or the type's name of a header.
func capsPiece(b *block) bool {
	for _, p := range b.pieces {
		if allCaps(b.text[p.at : p.at+p.n]) {
			return true
		}
	}
	return false
}

// wholeSentence reports a line that is a sentence of its own, as the
// body's first line is and an addressee or a title broken over two lines
// is not: it opens with a capital, has the words of a clause and ends with
// a full stop or a colon.
func wholeSentence(line string) bool {
	const minWords = 6
	t := strings.TrimRight(line, " ")
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || allCaps(t) {
		return false
	}
	if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ":") {
		return false
	}
	return len(strings.Fields(t)) >= minWords
}
