package doc

// A grpprl is a run of property modifiers (sprms): a 16-bit code whose top
// three bits give the operand size, then the operand ([MS-DOC] 2.2.5).

// Sprms the reader applies.
const (
	sprmCFBold      = 0x0835
	sprmCFItalic    = 0x0836
	sprmCHps        = 0x4A43 // font size in half points
	sprmCIstd       = 0x4A30 // character style
	sprmCRgFtc0     = 0x4A4F // font for ASCII text
	sprmCRgFtc2     = 0x4A51 // font for other text, Latin-1 letters included
	sprmCSymbol     = 0x6A09 // the character is a symbol: font + code
	sprmCFVanish    = 0x083C // hidden text
	sprmCFRMarkDel  = 0x0800 // deleted with track changes on
	sprmPJc80       = 0x2403
	sprmPJc         = 0x2461
	sprmPFInTable   = 0x2416
	sprmPFTtp       = 0x2417
	sprmPItap       = 0x6649
	sprmPFInnerTtp  = 0x244C
	sprmPFInnerCell = 0x244B
	sprmTDefTable   = 0xD608
	sprmPChgTabs    = 0xC615
)

// eachSprm calls fn for every sprm in grpprl with its operand; it stops
// quietly at the first one that runs past the end.
func eachSprm(grpprl []byte, fn func(sprm uint16, operand []byte)) {
	for pos := 0; pos+2 <= len(grpprl); {
		sprm := uint16(grpprl[pos]) | uint16(grpprl[pos+1])<<8
		pos += 2
		size := operandSize(sprm, grpprl[pos:])
		if size < 0 || pos+size > len(grpprl) {
			return
		}
		fn(sprm, grpprl[pos:pos+size])
		pos += size
	}
}

// operandSize returns the operand length of sprm whose operand starts at
// rest, or -1 when it cannot be known.
func operandSize(sprm uint16, rest []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	// Variable length.
	switch sprm {
	case sprmTDefTable:
		cb, ok := u16(rest, 0)
		if !ok || cb == 0 {
			return -1
		}
		return 2 + int(cb) - 1
	case sprmPChgTabs:
		if len(rest) == 0 || rest[0] == 255 {
			return -1 // the rare long form: give up on this grpprl
		}
		return 1 + int(rest[0])
	}
	if len(rest) == 0 {
		return -1
	}
	return 1 + int(rest[0])
}

// chp is the character formatting the reader uses; unset fields are -1
// (or 0 for the size) so that layers can be merged.
type chp struct {
	ftc    int // index into the font table, for ASCII characters
	ftcHi  int // font for other characters: where TCVN3/VNI letters live
	bold   int8
	italic int8
	hps    int // half points
	istd   int // character style, -1 when none
	hidden int8
	del    bool // deleted revision: not part of the text
	symFtc int  // symbol character: its font, and its code in sym
	sym    rune
}

func unsetCHP() chp {
	return chp{ftc: -1, ftcHi: -1, bold: -1, italic: -1, istd: -1, hidden: -1, symFtc: -1}
}

// font is the font that draws the run's letters: the "other" slot when
// set, since 8-bit legacy letters fall there, else the ASCII one.
func (c chp) font() int {
	if c.ftcHi >= 0 {
		return c.ftcHi
	}
	return c.ftc
}

// apply updates c from a character grpprl. Toggle operands (0x80 keep the
// style's value, 0x81 invert it) are resolved against base.
func (c *chp) apply(grpprl []byte, base chp) {
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		switch sprm {
		case sprmCRgFtc0:
			if v, ok := u16(op, 0); ok {
				c.ftc = int(v)
			}
		case sprmCRgFtc2:
			if v, ok := u16(op, 0); ok {
				c.ftcHi = int(v)
			}
		case sprmCFBold:
			c.bold = toggle(op[0], base.bold)
		case sprmCFItalic:
			c.italic = toggle(op[0], base.italic)
		case sprmCHps:
			if v, ok := u16(op, 0); ok {
				c.hps = int(v)
			}
		case sprmCIstd:
			if v, ok := u16(op, 0); ok {
				c.istd = int(v)
			}
		case sprmCFVanish:
			c.hidden = toggle(op[0], base.hidden)
		case sprmCFRMarkDel:
			c.del = op[0] != 0
		case sprmCSymbol:
			ftc, _ := u16(op, 0)
			code, _ := u16(op, 2)
			c.symFtc, c.sym = int(ftc), rune(code)
		}
	})
}

func toggle(op byte, base int8) int8 {
	switch op {
	case 0, 1:
		return int8(op)
	case 0x80:
		return base
	case 0x81:
		if base == 1 {
			return 0
		}
		return 1
	}
	return -1
}

// over returns c with every unset field taken from under.
func (c chp) over(under chp) chp {
	if c.ftc < 0 {
		c.ftc = under.ftc
	}
	if c.ftcHi < 0 {
		c.ftcHi = under.ftcHi
	}
	if c.bold < 0 {
		c.bold = under.bold
	}
	if c.italic < 0 {
		c.italic = under.italic
	}
	if c.hps == 0 {
		c.hps = under.hps
	}
	if c.hidden < 0 {
		c.hidden = under.hidden
	}
	if c.symFtc < 0 {
		c.symFtc, c.sym = under.symFtc, under.sym
	}
	return c
}

// pap is the paragraph formatting the reader uses.
type pap struct {
	istd      int
	inTable   bool
	ttp       bool // table row end mark
	innerTtp  bool // row end mark of a nested table
	innerCell bool // cell end mark of a nested table
	itap      int  // table depth
	jc        int  // alignment, -1 when not set
	ilfo      int  // list override (1-based), 0 none, -1 not set
	ilvl      int  // list level, -1 not set
}

func parsePAP(istd int, grpprl []byte) pap {
	p := pap{istd: istd, jc: -1, ilfo: -1, ilvl: -1}
	eachSprm(grpprl, func(sprm uint16, op []byte) {
		switch sprm {
		case sprmPFInTable:
			p.inTable = op[0] != 0
		case sprmPFTtp:
			p.ttp = op[0] != 0
		case sprmPFInnerTtp:
			p.innerTtp = op[0] != 0
		case sprmPFInnerCell:
			p.innerCell = op[0] != 0
		case sprmPItap:
			if v, ok := u32(op, 0); ok && v < 64 {
				p.itap = int(v)
			}
		case sprmPJc80, sprmPJc:
			p.jc = int(op[0])
		case sprmPIlfo:
			if v, ok := u16(op, 0); ok {
				p.ilfo = int(int16(v))
			}
		case sprmPIlvl:
			p.ilvl = int(op[0])
		}
	})
	if p.itap > 0 {
		p.inTable = true
	}
	return p
}
