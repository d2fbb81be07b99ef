package legacy

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Combining marks used to build letters; NFC then makes them precomposed.
const (
	markGrave      = '\u0300'
	markAcute      = '\u0301'
	markCircumflex = '\u0302'
	markTilde      = '\u0303'
	markBreve      = '\u0306'
	markHook       = '\u0309'
	markDot        = '\u0323'
)

// vniMark is what one VNI mark byte adds to the letter before it: an
// optional shape (circumflex or breve) and an optional tone.
type vniMark struct {
	shape rune // 0, markCircumflex or markBreve
	tone  rune // 0 or one of the five tone marks
}

// vniMarks is keyed by the lower-case mark byte; the capital form of each
// mark is 0x20 lower, as in Latin-1 (ù/Ù, â/Â…).
var vniMarks = map[byte]vniMark{
	0xF9: {0, markAcute}, 0xF8: {0, markGrave}, 0xFB: {0, markHook}, 0xF5: {0, markTilde}, 0xEF: {0, markDot},
	0xE2: {markCircumflex, 0}, 0xE1: {markCircumflex, markAcute}, 0xE0: {markCircumflex, markGrave},
	0xE5: {markCircumflex, markHook}, 0xE3: {markCircumflex, markTilde}, 0xE4: {markCircumflex, markDot},
	0xEA: {markBreve, 0}, 0xE9: {markBreve, markAcute}, 0xE8: {markBreve, markGrave},
	0xFA: {markBreve, markHook}, 0xFC: {markBreve, markTilde}, 0xEB: {markBreve, markDot},
}

// vniLetters are the letters VNI codes as one byte of their own, keyed by
// the lower-case byte; the capital is again 0x20 lower.
var vniLetters = map[byte]rune{
	0xF4: 'ơ', 0xF6: 'ư', 0xF1: 'đ',
	0xEC: 'ì', 0xED: 'í', 0xE6: 'ỉ', 0xF3: 'ĩ', 0xF2: 'ị',
	0xEE: 'ỵ',
}

// vniMarkOf returns the mark a byte stands for, either case.
func vniMarkOf(b byte) (vniMark, bool) {
	if m, ok := vniMarks[b]; ok {
		return m, true
	}
	if b >= 0xC0 && b < 0xE0 {
		m, ok := vniMarks[b+0x20]
		return m, ok
	}
	return vniMark{}, false
}

// vniLetterOf returns the letter a single byte stands for, either case.
func vniLetterOf(b byte) (rune, bool) {
	if r, ok := vniLetters[b]; ok {
		return r, true
	}
	if b >= 0xC0 && b < 0xE0 {
		if r, ok := vniLetters[b+0x20]; ok {
			return unicode.ToUpper(r), true
		}
	}
	return 0, false
}

// vniBase returns the vowel a VNI mark may follow: a plain ASCII vowel or
// the one-byte ơ/ư.
func vniBase(u rune) (rune, bool) {
	if u < 0 || u > 0xFF {
		return 0, false
	}
	switch b := byte(u); b {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y':
		return rune(b), true
	case 0xF4, 0xF6, 0xD4, 0xD6:
		r, _ := vniLetterOf(b)
		return r, true
	}
	return 0, false
}

// fits reports whether mark m can sit on base: circumflex on a/e/o, breve
// on a, tones on any vowel.
func (m vniMark) fits(base rune) bool {
	switch unicode.ToLower(base) {
	case 'a':
		return true
	case 'e', 'o':
		return m.shape != markBreve
	default: // i, u, y, ơ, ư
		return m.shape == 0
	}
}

func decodeVNI(sb *strings.Builder, units []rune) {
	for i := 0; i < len(units); i++ {
		u := units[i]
		if u < 0 {
			sb.WriteRune(-u)
			continue
		}
		if base, ok := vniBase(u); ok && i+1 < len(units) && units[i+1] >= 0 {
			if m, ok := vniMarkOf(byte(units[i+1])); ok && m.fits(base) {
				sb.WriteString(compose(base, m.shape, m.tone))
				i++
				continue
			}
		}
		if r, ok := vniLetterOf(byte(u)); ok {
			sb.WriteRune(r)
			continue
		}
		sb.WriteRune(cp1252ToUnicode[u])
	}
}

// letterKey names a letter by its base and marks, for composedLetters.
type letterKey struct{ base, shape, tone rune }

// composedLetters caches compose: VNI text holds few distinct letters.
var composedLetters sync.Map // letterKey → string

// compose returns base with an optional shape mark and tone, in NFC.
func compose(base, shape, tone rune) string {
	key := letterKey{base, shape, tone}
	if s, ok := composedLetters.Load(key); ok {
		return s.(string)
	}
	buf := make([]rune, 0, 3)
	buf = append(buf, base)
	if shape != 0 {
		buf = append(buf, shape)
	}
	if tone != 0 {
		buf = append(buf, tone)
	}
	s := norm.NFC.String(string(buf))
	composedLetters.Store(key, s)
	return s
}
