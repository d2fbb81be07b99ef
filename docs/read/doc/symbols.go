package doc

import "strings"

// Symbol fonts draw pictures at letter codes: Word's checkbox "☐" is the
// "(" of a Wingdings 2 run, or a U+F0xx code. Only the codes official
// letters use (boxes, ticks, bullets, arrows, math signs) are mapped; any
// other symbol is dropped rather than shown as a wrong letter.
var symbolChars = map[string]map[byte]rune{
	"symbol": {
		0xB7: '•', 0x2D: '−', 0xAE: '→', 0xAC: '←', 0xB3: '≥', 0xA3: '≤', 0xB4: '×',
		0xB8: '÷', 0xB1: '±', 0xB9: '≠', 0xBB: '≈', 0xA5: '∞', 0xD6: '√', 0xB0: '°',
		0x2B: '+', 0x3D: '=', 0x3C: '<', 0x3E: '>', 0xBE: '—', 0xDE: '⇒',
	},
	"wingdings": {
		0x6F: '□', 0x71: '❑', 0xA8: '◻', 0xFE: '☑', 0xFD: '☒', 0xFC: '✓', 0xFB: '✗',
		0x9F: '•', 0x6C: '●', 0xA7: '▪', 0x76: '❖', 0xD8: '➢', 0xE0: '→', 0xE8: '➔',
		0xF0: '⇨', 0x46: '☞', 0x3F: '✍', 0x2A: '✉', 0x28: '☎',
	},
	"wingdings 2": {
		0xA3: '□', 0x2A: '☐', 0x52: '☑', 0x54: '☒', 0x50: '✓', 0x4F: '✗', 0x51: '✗',
		0x97: '•', 0x98: '•', 0xA2: '■',
	},
	"wingdings 3": {0x86: '►', 0x71: '▶', 0x75: '◆', 0xC6: '→', 0xC5: '←'},
	"webdings":    {0x3D: '•', 0x63: '□', 0x61: '✓', 0x72: '✗'},
}

// symbolTable returns the map of a symbol font, nil for a text font.
func symbolTable(font string) map[byte]rune {
	return symbolChars[strings.ToLower(strings.TrimSpace(font))]
}

// symbolText maps runes of a symbol-font run: U+F0xx and plain codes alike.
func symbolText(table map[byte]rune, runes []rune) string {
	var sb strings.Builder
	for _, r := range runes {
		if r >= 0xF000 && r <= 0xF0FF {
			r -= 0xF000
		}
		if r > 0xFF {
			continue
		}
		if m, ok := table[byte(r)]; ok {
			sb.WriteRune(m)
		}
	}
	return sb.String()
}
