// Package legacy converts the pre-Unicode Vietnamese encodings still found
// in old office files — TCVN3 (ABC, fonts .VnTime…), VNI (fonts VNI-Times…)
// and Windows-1258 — into Unicode NFC.
//
// Word never knew these were Vietnamese: a run in a ".VnTime" font is stored
// as the Western (cp1252) characters whose byte values the font draws as
// Vietnamese letters. DecodeRunes undoes that; DecodeBytes handles raw bytes
// such as a .txt file.
package legacy

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"vanthu/docs/vn"
)

// Encoding is a legacy Vietnamese character encoding.
type Encoding int

const (
	None        Encoding = iota // not a legacy Vietnamese encoding
	TCVN3                       // TCVN 5712:1993 VN3, the ABC fonts
	VNI                         // VNI-Windows: base letter + mark byte
	Windows1258                 // cp1258: Latin-1 like, combining tone marks
)

// String names the encoding the way Info.Encoding spells it, upper case.
func (e Encoding) String() string {
	switch e {
	case TCVN3:
		return "TCVN3"
	case VNI:
		return "VNI"
	case Windows1258:
		return "Windows-1258"
	}
	return ""
}

// FontEncoding tells which legacy encoding a font name implies: the ABC
// fonts all start with ".Vn", the VNI fonts with "VNI-". Case is ignored.
func FontEncoding(font string) Encoding {
	f := strings.ToLower(strings.TrimSpace(font))
	switch {
	case strings.HasPrefix(f, ".vn"):
		return TCVN3
	case strings.HasPrefix(f, "vni-"), strings.HasPrefix(f, "vni "):
		return VNI
	}
	return None
}

// FontIsCapitals reports whether font is one of the TCVN3 "H" fonts
// (.VnTimeH, .VnArialH…), which draw every lower-case code point as a
// capital: TCVN3 has no room for toned capitals, so titles are typed in
// lower case in an H font.
func FontIsCapitals(font string) bool {
	f := strings.TrimSpace(font)
	if FontEncoding(f) != TCVN3 || len(f) < 4 {
		return false
	}
	last := f[len(f)-1]
	return last == 'H' || last == 'h'
}

// DecodeBytes converts raw 8-bit text in enc to Unicode NFC. With None the
// bytes are taken as Windows-1252, which is what such a file shows on a
// Western Windows.
func DecodeBytes(enc Encoding, b []byte) string {
	return nfc(decodeRaw(enc, b))
}

// decodeRaw is DecodeBytes without the final normalisation, for Detect,
// whose syllable check decomposes the text anyway.
func decodeRaw(enc Encoding, b []byte) string {
	units := make([]rune, len(b))
	for i, c := range b {
		units[i] = rune(c)
	}
	return decodeUnits(enc, units)
}

// DecodeRunes converts text as Word stores it for a legacy "ANSI" font:
// each rune is the cp1252 (or Latin-1) image of one byte of the font's
// encoding. Runes that are not such an image pass through unchanged. Text
// that already holds Unicode-only Vietnamese letters (ơ, ư, ạ…) was
// converted before and only left in the old font, so it is returned as is:
// decoding it again would garble its Latin-1 letters (á would become ỏ).
func DecodeRunes(enc Encoding, s string) string {
	if strings.ContainsFunc(s, unicodeVietnamese) {
		return nfc(s)
	}
	units := make([]rune, 0, len(s))
	for _, r := range s {
		if b, ok := byteOf(r); ok {
			r = rune(b)
		} else {
			r = -r // not a byte: keep as is, marked negative
		}
		units = append(units, r)
	}
	return nfc(decodeUnits(enc, units))
}

// DecodeRunesFont converts s as stored in a run of the named font: the font
// picks the encoding, and an H font turns the result into capitals. Text in
// any other font is only normalised.
func DecodeRunesFont(font string, s string) string {
	enc := FontEncoding(font)
	if enc == None {
		return nfc(s)
	}
	out := DecodeRunes(enc, s)
	if FontIsCapitals(font) {
		out = strings.ToUpper(out)
	}
	return out
}

// decodeUnits decodes a sequence whose non-negative entries are bytes and
// whose negative entries are Unicode runes (negated) to copy as they are.
// The result is not yet normalised.
func decodeUnits(enc Encoding, units []rune) string {
	var sb strings.Builder
	sb.Grow(len(units) + len(units)/2)
	switch enc {
	case TCVN3:
		for _, u := range units {
			if u < 0 {
				sb.WriteRune(-u)
				continue
			}
			sb.WriteRune(tcvn3ToUnicode[u])
		}
	case VNI:
		decodeVNI(&sb, units)
	case Windows1258:
		for _, u := range units {
			if u < 0 {
				sb.WriteRune(-u)
				continue
			}
			sb.WriteRune(cp1258ToUnicode[u])
		}
	default:
		for _, u := range units {
			if u < 0 {
				sb.WriteRune(-u)
				continue
			}
			sb.WriteRune(cp1252ToUnicode[u])
		}
	}
	return sb.String()
}

// nfc is vn.NFC made safe for decoded text: vn.NFC drops soft hyphens and
// zero-width characters after composing, which can leave a base letter and
// a combining mark (cp1258 tones) side by side uncomposed; compose again.
func nfc(s string) string {
	return norm.NFC.String(vn.NFC(s))
}

// unicodeVietnamese reports runes that only Unicode text has: the
// Vietnamese letters outside Latin-1. No legacy byte image produces them.
func unicodeVietnamese(r rune) bool {
	switch r {
	case 'Ă', 'ă', 'Đ', 'đ', 'Ĩ', 'ĩ', 'Ũ', 'ũ', 'Ơ', 'ơ', 'Ư', 'ư':
		return true
	}
	return r >= 0x1EA0 && r <= 0x1EF9
}
