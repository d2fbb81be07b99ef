package ocr

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNumberConf is the confidence under which the digits of a document
// number are taken as written in by hand: Tesseract never reads those
// right (a clerk writes the number after signing), and a wrong number is
// worse than none. Printed numbers come out above 85.
const maxNumberConf = 60

var (
	// numberWord is the "Số:" of the number line as OCR reads it (Só,
	// Sô, Sé, S6), perhaps with the number stuck to it.
	numberWord = regexp.MustCompile(`^S(?:ố|ó|ô|o|ồ|ổ|ỗ|ộ|é|ế|ê|6)[:.;]?`)
	// symbolTail is the printed symbol at the end of a number:
	// "/SYT-NVY", "/2020/NĐ-CP".
	symbolTail = regexp.MustCompile(`/[\p{Lu}0-9][\p{Lu}0-9./-]*$`)
	// misreadSlash is a symbol whose slash OCR read as another stroke
	// ("#", "J", "|") next to handwriting, perhaps with a letter in
	// lowercase ("20#sYT-NVY"): a symbol has a hyphen, and Vietnamese
	// writes no J.
	misreadSlash = regexp.MustCompile(`[#J|\\]([\pL][\pL0-9]*(?:-[\pL0-9]+)+)$`)
)

// blankHandwritten keeps only the printed symbol of a document number
// whose digits were written by hand ("Só:{/&†/SYT-NVY" → "Số:" and
// "/SYT-NVY"), so extraction gives the number blank with its symbol and
// the clerk types the digits. It works on the words of one page in
// Tesseract's order.
func blankHandwritten(words []Word) []Word {
	out := make([]Word, 0, len(words))
	for i := 0; i < len(words); i++ {
		w := words[i]
		m := numberWord.FindString(w.Text)
		if m == "" || !nearLineStart(words, i) {
			out = append(out, w)
			continue
		}
		rest := w.Text[len(m):]
		colon := m[len(m)-1] == ':' || m[len(m)-1] == '.' || m[len(m)-1] == ';'
		// "Sông", "Soạn" are other words; "SốzZ40/SYT" is a number
		// misread, with a digit and little confidence.
		misread := w.Conf < minWordConf || w.Conf < maxNumberConf && strings.ContainsAny(rest, "0123456789") || garbled(rest)
		if r, _ := utf8.DecodeRuneInString(rest); !colon && !misread && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)) {
			out = append(out, w)
			continue
		}
		head := w
		head.Text = "Số:"
		switch {
		case rest != "":
			if tail, ok := symbolOnly(rest, w.Conf); ok {
				// Each part keeps its share of the box, so that layout
				// keeps them in order.
				n := utf8.RuneCountInString(w.Text)
				head.Width = max(1, w.Width*utf8.RuneCountInString(m)/n)
				sym := w
				sym.Text = tail
				sym.Width = max(1, w.Width*utf8.RuneCountInString(tail)/n)
				sym.Left = w.Left + w.Width - sym.Width
				out = append(out, head, sym)
				continue
			}
		case i+1 < len(words) && sameLine(w, words[i+1]):
			if tail, ok := symbolOnly(words[i+1].Text, words[i+1].Conf); ok {
				sym := words[i+1]
				sym.Text = tail
				out = append(out, head, sym)
				i++
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// symbolOnly is the printed symbol of a number read with low confidence,
// the digits before it dropped; ok is false when the number is to be
// kept as read.
func symbolOnly(num string, conf float64) (string, bool) {
	if conf >= maxNumberConf && !garbled(num) {
		return "", false
	}
	tail := symbolTail.FindString(num)
	if tail == "" {
		if m := misreadSlash.FindStringSubmatch(num); m != nil {
			tail = "/" + strings.ToUpper(m[1])
		}
	}
	if tail == "" || tail == num {
		return "", false
	}
	return tail, true
}

// garbled tells a number whose slash was misread: whatever Tesseract's
// confidence, its digits are not to be trusted either.
func garbled(num string) bool {
	return symbolTail.FindString(num) == "" && misreadSlash.MatchString(num)
}

// nearLineStart tells whether words[i] is among the first three words of
// its line: the number stands at the start of the left column.
func nearLineStart(words []Word, i int) bool {
	for k := 1; k <= 3; k++ {
		if i-k < 0 || !sameLine(words[i-k], words[i]) {
			return true
		}
	}
	return false
}
