package legacy

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encode writes s in a legacy encoding, the inverse of DecodeBytes. It is
// what tests and sample generators use to make TCVN3/VNI/cp1258 files.
//
// TCVN3 has no toned capitals; like a typist using an H font, Encode writes
// them as their lower-case code, so decoding gives lower case back unless
// the caller knows the font was an H font. A rune the encoding cannot
// express at all is an error.
func Encode(enc Encoding, s string) ([]byte, error) {
	s = norm.NFC.String(s)
	out := make([]byte, 0, len(s)+len(s)/4)
	for _, r := range s {
		var ok bool
		mark := len(out)
		switch enc {
		case TCVN3:
			out, ok = encodeTCVN3(out, r)
		case VNI:
			out, ok = encodeVNI(out, r)
		case Windows1258:
			out, ok = encodeCP1258(out, r)
		default:
			var b byte
			b, ok = charmap.Windows1252.EncodeRune(r)
			out = append(out, b)
		}
		// A letter outside Vietnamese (ṹ: u with tilde and acute) may
		// split into marks the encoding cannot stack: refuse it rather
		// than write something that reads back as another letter.
		// (TCVN3 writes toned capitals in lower case, as typists did.)
		if ok && r >= 0x80 && enc != None {
			back, want := DecodeBytes(enc, out[mark:]), string(r)
			if enc == TCVN3 {
				back, want = strings.ToLower(back), strings.ToLower(want)
			}
			ok = back == want
		}
		if !ok {
			return nil, fmt.Errorf("legacy: %q cannot be written in %v", r, enc)
		}
	}
	return out, nil
}

var unicodeToTCVN3 = map[rune]byte{}

func init() {
	for b, r := range tcvn3Letters {
		unicodeToTCVN3[r] = b
	}
}

func encodeTCVN3(out []byte, r rune) ([]byte, bool) {
	if r < 0x80 {
		return append(out, byte(r)), true
	}
	if b, ok := unicodeToTCVN3[r]; ok {
		return append(out, b), true
	}
	if b, ok := unicodeToTCVN3[unicode.ToLower(r)]; ok && unicode.IsUpper(r) {
		return append(out, b), true // toned capital: H-font convention
	}
	return out, false
}

// splitLetter takes a Vietnamese letter apart into base letter (with horn
// or stroke kept: ơ, ư, đ), shape mark and tone, e.g. 'ấ' → a, ^, ´.
func splitLetter(r rune) (base, shape, tone rune) {
	d := []rune(norm.NFD.String(string(r)))
	base = d[0]
	for _, m := range d[1:] {
		switch m {
		case markCircumflex, markBreve:
			shape = m
		case markGrave, markAcute, markTilde, markHook, markDot:
			tone = m
		case '\u031B': // horn: ơ ư are letters of their own
			base = []rune(norm.NFC.String(string([]rune{base, m})))[0]
		default:
			return r, 0, 0
		}
	}
	return base, shape, tone
}

func encodeVNI(out []byte, r rune) ([]byte, bool) {
	if r < 0x80 {
		return append(out, byte(r)), true
	}
	for b, l := range vniLetters {
		if l == r {
			return append(out, b), true
		}
		if unicode.ToUpper(l) == r {
			return append(out, b-0x20), true
		}
	}
	base, shape, tone := splitLetter(r)
	upper := unicode.IsUpper(base)
	lb := unicode.ToLower(base)
	switch {
	case base < 0x80:
		out = append(out, byte(base))
	case lb == 'ơ' || lb == 'ư':
		b := byte(0xF4)
		if lb == 'ư' {
			b = 0xF6
		}
		if upper {
			b -= 0x20
		}
		out = append(out, b)
	default:
		return out, false
	}
	if shape == 0 && tone == 0 {
		return out, true
	}
	if !strings.ContainsRune("aeiouyơư", lb) {
		return out, false // e.g. ñ: a mark VNI has, on a letter it never takes
	}
	for b, m := range vniMarks {
		if m.shape == shape && m.tone == tone && m.fits(base) {
			if upper {
				b -= 0x20
			}
			return append(out, b), true
		}
	}
	return out, false
}

// encodeCP1258 uses a precomposed cp1258 letter where there is one and
// otherwise the base letter followed by a combining tone byte, the way
// Windows itself writes Vietnamese in this code page.
func encodeCP1258(out []byte, r rune) ([]byte, bool) {
	if b, ok := charmap.Windows1258.EncodeRune(r); ok {
		return append(out, b), true
	}
	base, shape, tone := splitLetter(r)
	if tone == 0 {
		return out, false
	}
	withShape := base
	if shape != 0 {
		withShape = []rune(norm.NFC.String(string([]rune{base, shape})))[0]
	}
	bb, ok1 := charmap.Windows1258.EncodeRune(withShape)
	tb, ok2 := charmap.Windows1258.EncodeRune(tone)
	if !ok1 || !ok2 {
		return out, false
	}
	return append(out, bb, tb), true
}
