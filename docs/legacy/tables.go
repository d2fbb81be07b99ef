package legacy

import "golang.org/x/text/encoding/charmap"

// tcvn3Letters lists the Vietnamese letters of TCVN 5712:1993 VN3, the set
// the ABC fonts (.VnTime…) draw. The other byte values keep their
// Windows-1252 meaning. VN3 has no toned capitals: those are written in
// lower case with an H font.
var tcvn3Letters = map[byte]rune{
	0xA1: 'Ă', 0xA2: 'Â', 0xA3: 'Ê', 0xA4: 'Ô', 0xA5: 'Ơ', 0xA6: 'Ư', 0xA7: 'Đ',
	0xA8: 'ă', 0xA9: 'â', 0xAA: 'ê', 0xAB: 'ô', 0xAC: 'ơ', 0xAD: 'ư', 0xAE: 'đ',

	0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB8: 'á', 0xB9: 'ạ',
	0xBB: 'ằ', 0xBC: 'ẳ', 0xBD: 'ẵ', 0xBE: 'ắ', 0xC6: 'ặ',
	0xC7: 'ầ', 0xC8: 'ẩ', 0xC9: 'ẫ', 0xCA: 'ấ', 0xCB: 'ậ',
	0xCC: 'è', 0xCE: 'ẻ', 0xCF: 'ẽ', 0xD0: 'é', 0xD1: 'ẹ',
	0xD2: 'ề', 0xD3: 'ể', 0xD4: 'ễ', 0xD5: 'ế', 0xD6: 'ệ',
	0xD7: 'ì', 0xD8: 'ỉ', 0xDC: 'ĩ', 0xDD: 'í', 0xDE: 'ị',
	0xDF: 'ò', 0xE1: 'ỏ', 0xE2: 'õ', 0xE3: 'ó', 0xE4: 'ọ',
	0xE5: 'ồ', 0xE6: 'ổ', 0xE7: 'ỗ', 0xE8: 'ố', 0xE9: 'ộ',
	0xEA: 'ờ', 0xEB: 'ở', 0xEC: 'ỡ', 0xED: 'ớ', 0xEE: 'ợ',
	0xEF: 'ù', 0xF1: 'ủ', 0xF2: 'ũ', 0xF3: 'ú', 0xF4: 'ụ',
	0xF5: 'ừ', 0xF6: 'ử', 0xF7: 'ữ', 0xF8: 'ứ', 0xF9: 'ự',
	0xFA: 'ỳ', 0xFB: 'ỷ', 0xFC: 'ỹ', 0xFD: 'ý', 0xFE: 'ỵ',
}

var (
	cp1252ToUnicode [256]rune
	cp1258ToUnicode [256]rune
	tcvn3ToUnicode  [256]rune
	// unicodeToCP1252 maps the cp1252 characters outside Latin-1
	// (“ ” – € …) back to their byte.
	unicodeToCP1252 = map[rune]byte{}
)

func init() {
	for i := range 256 {
		b := byte(i)
		cp1252ToUnicode[i] = charmap.Windows1252.DecodeByte(b)
		cp1258ToUnicode[i] = charmap.Windows1258.DecodeByte(b)
		if cp1252ToUnicode[i] == '\ufffd' {
			cp1252ToUnicode[i] = rune(i) // the five holes of cp1252 stay Latin-1
		}
		if cp1258ToUnicode[i] == '\ufffd' {
			cp1258ToUnicode[i] = rune(i)
		}
		if r := cp1252ToUnicode[i]; r >= 0x100 {
			unicodeToCP1252[r] = b
		}
	}
	tcvn3ToUnicode = cp1252ToUnicode
	for b, r := range tcvn3Letters {
		tcvn3ToUnicode[b] = r
	}
}

// byteOf returns the byte that Word's Western code page turned into r:
// Latin-1 runes are their own byte, the cp1252 extras map back, and the
// U+F0xx private-use images Word uses for symbol-charset fonts drop the
// F0 page.
func byteOf(r rune) (byte, bool) {
	switch {
	case r < 0x100:
		return byte(r), true
	case r >= 0xF000 && r <= 0xF0FF:
		return byte(r - 0xF000), true
	}
	b, ok := unicodeToCP1252[r]
	return b, ok
}
