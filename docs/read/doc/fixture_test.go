package doc

import (
	"encoding/binary"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
)

// This file builds small but genuine Word 97 files in memory, so that the
// tests can exercise what the real samples lack (TCVN3/VNI fonts, notes,
// encryption flags…). It writes an OLE compound file with the streams a
// Word file needs and a FIB, piece table, CHPX/PAPX pages, stylesheet and
// font table, following [MS-CFB] and [MS-DOC].

var le = binary.LittleEndian

// fxRun is text in one font (index into fxDoc.fonts, -1 for the style's).
type fxRun struct {
	text   string
	font   int
	hidden bool // hidden text (sprmCFVanish)
}

// fxPara is one paragraph; end is '\r' or the cell mark '\x07'.
type fxPara struct {
	runs           []fxRun
	end            rune
	inTable, ttp   bool
	styleIsHeading bool
	list           int // 0: not numbered, else level+1 in the one list
}

type fxDoc struct {
	fonts      []string
	styleFont  int      // font of the Normal style, -1 for none
	body       []fxPara // main text
	footnotes  []string // one paragraph each; body refers with '\x02'
	endnotes   bool     // write the notes as endnotes instead
	compressed bool     // store text as cp1252 bytes
	hiSlot     bool     // give run fonts in the "other" slot, ASCII in Times
	nFib       uint16
	flags      uint16 // FibBase flags besides fWhichTblStm
}

func p(end rune, runs ...fxRun) fxPara { return fxPara{runs: runs, end: end} }
func r(text string, font int) fxRun    { return fxRun{text: text, font: font} }

// charPos is one character of the text with its font and paragraph.
type charPos struct {
	r      rune
	font   int
	hidden bool
	para   int // index into paras, -1 outside body paragraphs
}

func (d fxDoc) build() []byte {
	if d.nFib == 0 {
		d.nFib = 0xC1
	}
	// Lay out the characters: body, then footnotes, then a final mark.
	var chars []charPos
	var paras []fxPara
	for _, pa := range d.body {
		for _, ru := range pa.runs {
			for _, c := range ru.text {
				chars = append(chars, charPos{c, ru.font, ru.hidden, len(paras)})
			}
		}
		end := pa.end
		if end == 0 {
			end = '\r'
		}
		chars = append(chars, charPos{end, -1, false, len(paras)})
		paras = append(paras, pa)
	}
	ccpText := len(chars)
	var ftnStarts []int
	for _, f := range d.footnotes {
		ftnStarts = append(ftnStarts, len(chars)-ccpText)
		for _, c := range "\x02 " + f + "\r" {
			chars = append(chars, charPos{c, -1, false, -1})
		}
	}
	ccpFtn := len(chars) - ccpText
	chars = append(chars, charPos{'\r', -1, false, -1})

	// WordDocument: FIB, text at 1024, then the CHPX and PAPX pages.
	word := make([]byte, 1024)
	textFC := uint32(1024)
	width := uint32(2)
	if d.compressed {
		width = 1
	}
	for _, c := range chars {
		if d.compressed {
			b, ok := charmap.Windows1252.EncodeRune(c.r)
			if !ok {
				panic("fixture: rune not in cp1252")
			}
			word = append(word, b)
		} else {
			word = le.AppendUint16(word, uint16(c.r))
		}
	}
	fcOf := func(i int) uint32 { return textFC + uint32(i)*width }
	pad := func() {
		for len(word)%512 != 0 {
			word = append(word, 0)
		}
	}
	pad()

	// CHPX: one run per change of font.
	chpxPage := uint32(len(word) / 512)
	page := make([]byte, 512)
	type span struct {
		start, end, font int
		hidden           bool
	}
	var spans []span
	for i, c := range chars {
		if n := len(spans); n > 0 && spans[n-1].font == c.font && spans[n-1].hidden == c.hidden {
			spans[n-1].end = i + 1
			continue
		}
		spans = append(spans, span{i, i + 1, c.font, c.hidden})
	}
	if len(spans) > 50 {
		panic("fixture: too many runs for one page")
	}
	crun := len(spans)
	top := 511
	for i, s := range spans {
		le.PutUint32(page[4*i:], fcOf(s.start))
		le.PutUint32(page[4*(i+1):], fcOf(s.end))
		var grpprl []byte
		if s.font >= 0 {
			slot := uint16(sprmCRgFtc0)
			if d.hiSlot {
				grpprl = le.AppendUint16(le.AppendUint16(grpprl, sprmCRgFtc0), 0)
				slot = sprmCRgFtc2
			}
			grpprl = le.AppendUint16(le.AppendUint16(grpprl, slot), uint16(s.font))
		}
		if s.hidden {
			grpprl = append(le.AppendUint16(grpprl, sprmCFVanish), 1)
		}
		if len(grpprl) == 0 {
			continue
		}
		top -= len(grpprl) + 1
		top &^= 1
		page[top] = byte(len(grpprl))
		copy(page[top+1:], grpprl)
		page[4*(crun+1)+i] = byte(top / 2)
	}
	page[511] = byte(crun)
	word = append(word, page...)

	// PAPX: one entry per body paragraph, then one for the rest.
	papxPage := uint32(len(word) / 512)
	page = make([]byte, 512)
	type paraSpan struct {
		start, end int
		pa         fxPara
	}
	var pspans []paraSpan
	start := 0
	for i, c := range chars {
		last := i+1 == len(chars) || chars[i+1].para != c.para
		if c.para >= 0 && last {
			pspans = append(pspans, paraSpan{start, i + 1, paras[c.para]})
			start = i + 1
		}
	}
	pspans = append(pspans, paraSpan{start, len(chars), fxPara{}})
	cpara := len(pspans)
	top = 511
	for i, s := range pspans {
		le.PutUint32(page[4*i:], fcOf(s.start))
		le.PutUint32(page[4*(i+1):], fcOf(s.end))
		grpprl := []byte{0, 0} // istd 0: Normal
		if s.pa.styleIsHeading {
			grpprl = []byte{1, 0}
		}
		if s.pa.inTable {
			grpprl = append(grpprl, 0x16, 0x24, 1)
		}
		if s.pa.ttp {
			grpprl = append(grpprl, 0x17, 0x24, 1)
		}
		if s.pa.list > 0 {
			grpprl = append(grpprl, 0x0B, 0x46, 1, 0, 0x0A, 0x26, byte(s.pa.list-1))
		}
		if len(grpprl)%2 == 1 {
			grpprl = append(grpprl, 0)
		}
		size := 2 + len(grpprl)
		top -= size
		top &^= 1
		page[top] = 0
		page[top+1] = byte(len(grpprl) / 2)
		copy(page[top+2:], grpprl)
		page[4*(cpara+1)+13*i] = byte(top / 2)
	}
	page[511] = byte(cpara)
	word = append(word, page...)

	// Table stream.
	var table []byte
	type loc struct{ fc, lcb uint32 }
	put := func(b []byte) loc {
		l := loc{uint32(len(table)), uint32(len(b))}
		table = append(table, b...)
		return l
	}
	stsh := put(d.stylesheet())
	ffn := put(fontTable(d.fonts))
	var clx []byte
	clx = append(clx, 0x02)
	clx = le.AppendUint32(clx, 4*2+8)
	clx = le.AppendUint32(clx, 0)
	clx = le.AppendUint32(clx, uint32(len(chars)))
	clx = append(clx, 0, 0)
	if d.compressed {
		clx = le.AppendUint32(clx, textFC*2|0x40000000)
	} else {
		clx = le.AppendUint32(clx, textFC)
	}
	clx = append(clx, 0, 0)
	clxLoc := put(clx)
	bte := func(pn uint32) []byte {
		var b []byte
		b = le.AppendUint32(b, fcOf(0))
		b = le.AppendUint32(b, fcOf(len(chars)))
		return le.AppendUint32(b, pn)
	}
	lst, lfo := listTables()
	lstLoc := put(lst[:2+lstfSize])
	table = append(table, lst[2+lstfSize:]...) // the LVLs follow the PlfLst
	lfoLoc := put(lfo)
	chpxLoc := put(bte(chpxPage))
	papxLoc := put(bte(papxPage))
	var fndRef, fndTxt loc
	if len(d.footnotes) > 0 {
		var ref, txt []byte
		n := 0
		for i, c := range chars[:ccpText] {
			if c.r == 0x02 {
				ref = le.AppendUint32(ref, uint32(i))
				n++
			}
		}
		ref = le.AppendUint32(ref, uint32(ccpText))
		for range n {
			ref = le.AppendUint16(ref, 1)
		}
		for _, s := range ftnStarts {
			txt = le.AppendUint32(txt, uint32(s))
		}
		txt = le.AppendUint32(txt, uint32(ccpFtn))
		txt = le.AppendUint32(txt, uint32(ccpFtn+1))
		fndRef, fndTxt = put(ref), put(txt)
	}

	// FIB.
	le.PutUint16(word[0:], wIdentWord)
	le.PutUint16(word[2:], d.nFib)
	le.PutUint16(word[0x0A:], d.flags|0x0200)
	le.PutUint32(word[0x18:], textFC)
	le.PutUint32(word[0x1C:], fcOf(len(chars)))
	le.PutUint32(word[0x34:], uint32(ccpText)) // Word 6 place of ccpText
	le.PutUint16(word[0x20:], 14)
	le.PutUint16(word[0x3E:], 22)
	le.PutUint32(word[0x40+4*3:], uint32(ccpText))
	if d.endnotes {
		le.PutUint32(word[0x40+4*8:], uint32(ccpFtn)) // ccpEdn
	} else {
		le.PutUint32(word[0x40+4*4:], uint32(ccpFtn))
	}
	le.PutUint16(word[0x98:], 0x5D)
	setLoc := func(idx int, l loc) {
		le.PutUint32(word[0x9A+8*idx:], l.fc)
		le.PutUint32(word[0x9A+8*idx+4:], l.lcb)
	}
	setLoc(idxStshf, stsh)
	setLoc(idxSttbfFfn, ffn)
	setLoc(idxClx, clxLoc)
	setLoc(idxPlcfBteChpx, chpxLoc)
	setLoc(idxPlcfBtePapx, papxLoc)
	setLoc(idxPlfLst, lstLoc)
	setLoc(idxPlfLfo, lfoLoc)
	switch {
	case len(d.footnotes) > 0 && d.endnotes:
		setLoc(idxPlcfendRef, fndRef)
		setLoc(idxPlcfendTxt, fndTxt)
	case len(d.footnotes) > 0:
		setLoc(idxPlcffndRef, fndRef)
		setLoc(idxPlcffndTxt, fndTxt)
	}
	return buildOLE(map[string][]byte{"WordDocument": word, "1Table": table})
}

// stylesheet writes an STSH with "Normal" (its font d.styleFont) and
// "heading 1" based on it.
func (d fxDoc) stylesheet() []byte {
	var b []byte
	b = le.AppendUint16(b, 18) // cbStshi
	b = le.AppendUint16(b, 2)  // cstd
	b = le.AppendUint16(b, 10) // cbSTDBaseInFile
	b = append(b, make([]byte, 8)...)
	b = le.AppendUint16(b, 0) // rgftcStandardChpStsh: Times New Roman
	b = append(b, make([]byte, 4)...)
	std := func(sti int, base uint16, name string, chpx []byte) []byte {
		var s []byte
		s = le.AppendUint16(s, uint16(sti))
		s = le.AppendUint16(s, 1|base<<4) // stk paragraph
		s = le.AppendUint16(s, 2)         // cupx
		s = append(s, make([]byte, 4)...)
		s = le.AppendUint16(s, uint16(len(name)))
		for _, c := range name {
			s = le.AppendUint16(s, uint16(c))
		}
		s = le.AppendUint16(s, 0)
		s = le.AppendUint16(s, 2) // papx UPX: istd only
		s = le.AppendUint16(s, 0)
		s = le.AppendUint16(s, uint16(len(chpx)))
		s = append(s, chpx...)
		if len(s)%2 == 1 {
			s = append(s, 0)
		}
		return append(le.AppendUint16(nil, uint16(len(s))), s...)
	}
	var normal []byte
	if d.styleFont >= 0 {
		normal = le.AppendUint16(le.AppendUint16(nil, sprmCRgFtc0), uint16(d.styleFont))
	}
	b = append(b, std(0, 0x0FFF, "Normal", normal)...)
	b = append(b, std(1, 0, "heading 1", []byte{0x35, 0x08, 1})...) // bold
	return b
}

func fontTable(names []string) []byte {
	var b []byte
	b = le.AppendUint16(b, uint16(len(names)))
	b = le.AppendUint16(b, 0)
	for _, n := range names {
		ffn := make([]byte, 40)
		for _, u := range utf16.Encode([]rune(n)) {
			ffn = le.AppendUint16(ffn, u)
		}
		ffn = le.AppendUint16(ffn, 0)
		ffn[0] = byte(len(ffn) - 1)
		b = append(b, ffn...)
	}
	return b
}

// buildOLE writes a version 3 compound file holding the given top-level
// streams. Streams are padded to 4096 bytes so none goes to the mini
// stream.
func buildOLE(streams map[string][]byte) []byte {
	const (
		sector     = 512
		endChain   = 0xFFFFFFFE
		freeSect   = 0xFFFFFFFF
		fatSect    = 0xFFFFFFFD
		noStream   = 0xFFFFFFFF
		perFATSect = sector / 4
	)
	names := make([]string, 0, len(streams))
	for _, n := range []string{"WordDocument", "1Table", "0Table", "Workbook", "EncryptionInfo", "EncryptedPackage", "PowerPoint Document"} {
		if _, ok := streams[n]; ok {
			names = append(names, n)
		}
	}
	var body []byte
	var starts, sizes []uint32
	var chains [][2]uint32 // first sector, count
	for _, n := range names {
		s := streams[n]
		for len(s) < 4096 || len(s)%sector != 0 {
			s = append(s, 0)
		}
		chains = append(chains, [2]uint32{uint32(len(body) / sector), uint32(len(s) / sector)})
		sizes = append(sizes, uint32(len(s)))
		body = append(body, s...)
	}
	dataSectors := uint32(len(body) / sector)
	// Sectors: FAT sectors, one directory sector, then the data.
	total := dataSectors + 1
	nFAT := (total + 1 + perFATSect - 1) / perFATSect
	for (total+nFAT+perFATSect-1)/perFATSect > nFAT {
		nFAT++
	}
	dirSect := nFAT
	first := nFAT + 1
	fat := make([]uint32, nFAT*perFATSect)
	for i := range fat {
		fat[i] = freeSect
	}
	for i := range nFAT {
		fat[i] = fatSect
	}
	fat[dirSect] = endChain
	for _, c := range chains {
		for k := range c[1] {
			s := first + c[0] + k
			fat[s] = s + 1
			if k == c[1]-1 {
				fat[s] = endChain
			}
		}
		starts = append(starts, first+c[0])
	}
	out := make([]byte, sector)
	copy(out, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(out[0x18:], 0x3E)
	le.PutUint16(out[0x1A:], 3)
	le.PutUint16(out[0x1C:], 0xFFFE)
	le.PutUint16(out[0x1E:], 9)
	le.PutUint16(out[0x20:], 6)
	le.PutUint32(out[0x2C:], nFAT)
	le.PutUint32(out[0x30:], dirSect)
	le.PutUint32(out[0x38:], 4096)
	le.PutUint32(out[0x3C:], endChain)
	le.PutUint32(out[0x44:], endChain)
	for i := range 109 {
		v := uint32(freeSect)
		if uint32(i) < nFAT {
			v = uint32(i)
		}
		le.PutUint32(out[0x4C+4*i:], v)
	}
	for _, v := range fat {
		out = le.AppendUint32(out, v)
	}
	dir := make([]byte, sector)
	entry := func(i int, name string, typ byte, right, child, start, size uint32) {
		e := dir[128*i:]
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le.PutUint16(e[2*k:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66] = typ
		e[67] = 1
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint32(e[120:], size)
	}
	child := uint32(noStream)
	if len(names) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, noStream, child, endChain, 0)
	for i, n := range names {
		right := uint32(noStream)
		if i+1 < len(names) {
			right = uint32(i + 2)
		}
		entry(i+1, n, 2, right, noStream, starts[i], sizes[i])
	}
	for i := len(names) + 1; i < 4; i++ {
		e := dir[128*i:]
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], noStream)
	}
	out = append(out, dir...)
	return append(out, body...)
}

// listTables writes one list (lsid 7): level 0 "1.", level 1 "a)", deeper
// levels "1.1."-style legal numbers; and one LFO pointing at it.
func listTables() (lst, lfo []byte) {
	lst = le.AppendUint16(lst, 1)
	head := make([]byte, lstfSize)
	le.PutUint32(head, 7)
	lst = append(lst, head...)
	for lvl := range maxLevels {
		lvlf := make([]byte, lvlfSize)
		le.PutUint32(lvlf, 1)
		text := []rune{rune(lvl), '.'}
		switch lvl {
		case 1:
			lvlf[4] = 4 // lower letter
			text = []rune{1, ')'}
		case 2:
			lvlf[5] = 0x04 // legal
			text = []rune{0, '.', 2, '.'}
		}
		lst = append(lst, lvlf...)
		lst = le.AppendUint16(lst, uint16(len(text)))
		for _, c := range text {
			lst = le.AppendUint16(lst, uint16(c))
		}
	}
	lfo = le.AppendUint32(lfo, 1)
	entry := make([]byte, 16)
	le.PutUint32(entry, 7)
	lfo = append(lfo, entry...)
	return lst, le.AppendUint32(lfo, 0) // LFOData: cp, no overrides
}
