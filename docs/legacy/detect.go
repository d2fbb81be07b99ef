package legacy

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// detectSample bounds the work Detect does on a big file: this many words
// holding 8-bit bytes are plenty to tell the encodings apart.
const detectSample = 3000

// Detect guesses the legacy encoding of raw text bytes: TCVN3, VNI or
// Windows-1258, or None (plain ASCII, valid UTF-8, or 8-bit text that reads
// as Vietnamese in none of them). The confidence is in [0,1]: the share of
// words with 8-bit bytes that become Vietnamese syllables, scaled down when
// there are only a few such words or a rival encoding reads almost as well.
func Detect(b []byte) (Encoding, float64) {
	if utf8.Valid(b) {
		return None, 1
	}
	words := highWords(b, detectSample)
	if len(words) == 0 {
		return None, 1
	}
	candidates := []Encoding{TCVN3, VNI, Windows1258}
	scores := make([]float64, len(candidates))
	for i, enc := range candidates {
		good := 0
		for _, w := range words {
			if plausibleSyllable(decodeRaw(enc, w)) {
				good++
			}
		}
		scores[i] = float64(good) / float64(len(words))
	}
	best, second := 0, -1
	for i := 1; i < len(scores); i++ {
		if scores[i] > scores[best] {
			best, second = i, best
		} else if second < 0 || scores[i] > scores[second] {
			second = i
		}
	}
	conf := scores[best]
	if conf < 0.5 {
		return None, 1 - conf
	}
	conf -= scores[second] / 2 // a close rival halves our certainty
	if n := len(words); n < 5 {
		conf *= float64(n) / 5
	}
	if conf < 0 {
		conf = 0
	}
	return candidates[best], conf
}

// highWords splits b into words (runs of ASCII letters and 8-bit bytes)
// and returns up to max of those holding at least one 8-bit byte.
func highWords(b []byte, max int) [][]byte {
	var out [][]byte
	start, high := -1, false
	flush := func(end int) {
		if start >= 0 && high {
			out = append(out, b[start:end])
		}
		start, high = -1, false
	}
	for i, c := range b {
		letter := c >= 0x80 && !isPunct8(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter {
			flush(i)
			if len(out) >= max {
				return out
			}
			continue
		}
		if start < 0 {
			start = i
		}
		if c >= 0x80 {
			high = true
		}
	}
	flush(len(b))
	return out
}

// isPunct8 marks the cp1252 punctuation bytes that no Vietnamese encoding
// uses for letters: curly quotes, dashes, ellipsis, bullets, no-break space.
func isPunct8(c byte) bool {
	switch c {
	case 0x85, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0xA0:
		return true
	}
	return false
}

// VietnameseScore is the share of words with non-ASCII letters in s that
// read as Vietnamese syllables, 1 when there are none. Readers use it to
// check a conversion; tests to check that output is real Vietnamese.
func VietnameseScore(s string) float64 {
	words, good := 0, 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		if !strings.ContainsFunc(w, func(r rune) bool { return r >= 0x80 }) {
			continue
		}
		words++
		if plausibleSyllable(w) {
			good++
		}
	}
	if words == 0 {
		return 1
	}
	return float64(good) / float64(words)
}
