// Package doc reads Word 97–2003 .doc files: it opens the OLE container,
// reads the FIB, rebuilds the text from the piece table, and splits it into
// the main text, footnotes, headers/footers, endnotes and text boxes. Run
// fonts come from the CHPX/stylesheet/font table so that old Vietnamese
// documents typed in TCVN3 (.VnTime) or VNI (VNI-Times) fonts are converted
// to Unicode. It never trusts an offset: every index is bounds-checked and
// bad input gives a readerr.Error in Vietnamese.
package doc

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
	"vanthu/docs/read/txt"
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read reads a whole .doc file.
func Read(data []byte) (*model.Document, error) {
	if !bytes.HasPrefix(data, oleMagic) {
		return readNotOLE(data)
	}
	c, err := openOLE(data)
	if err != nil {
		return nil, err
	}
	word, ok := c.streams["WordDocument"]
	if !ok {
		return nil, c.notWord()
	}
	f, err := parseFIB(word)
	if err != nil {
		return nil, readerr.New(msgCorrupt, err)
	}
	if f.encrypted || f.obfuscated {
		return nil, readerr.New(msgEncryptedDoc, nil)
	}
	switch {
	case f.nFib < nFibWord6:
		return nil, readerr.New(msgTooOld, fmt.Errorf("nFib %d", f.nFib))
	case f.nFib < nFibWord97:
		return readWord6(f, word)
	}
	table := c.streams["0Table"]
	if f.table1 {
		table = c.streams["1Table"]
	}
	if table == nil {
		return nil, readerr.New(msgCorrupt, fmt.Errorf("table stream missing"))
	}
	pieces, prcs, err := parseCLX(f.table(table, idxClx))
	if err != nil {
		return nil, readerr.New(msgCorrupt, err)
	}
	total := f.ccpText + f.ccpFtn + f.ccpHdd + f.ccpMcr + f.ccpAtn + f.ccpEdn + f.ccpTxbx + f.ccpHdrTxbx + 1
	d := &document{
		fib:         f,
		text:        assemble(pieces, word, total),
		prcs:        prcs,
		chpx:        characterRuns(f.table(table, idxPlcfBteChpx), word),
		papx:        paragraphRuns(f.table(table, idxPlcfBtePapx), word),
		fonts:       fontNames(f.table(table, idxSttbfFfn)),
		legacyFonts: map[string]bool{},
	}
	d.styles, d.defaultFont, d.defaultFontHi = stylesheet(f.table(table, idxStshf))
	d.lists = parseLists(f, table)
	for _, r := range d.papx {
		if r.props.ttp {
			d.sawTTP = true
			break
		}
	}
	return d.read(table), nil
}

// readNotOLE handles what reaches the .doc reader without the OLE
// signature: Word's "Web page" and plain-text saves named .doc are read as
// text; anything else is not a Word document.
func readNotOLE(data []byte) (*model.Document, error) {
	head := strings.ToLower(string(data[:min(len(data), 512)]))
	if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") {
		doc, err := txt.Read(data)
		if err != nil {
			return nil, err
		}
		doc.Info.Format = "doc"
		doc.Info.Warnings = append(doc.Info.Warnings, "tệp .doc này thực chất là trang web (HTML) do Word lưu; đã đọc phần chữ")
		return doc, nil
	}
	return nil, readerr.New("tệp không phải văn bản Word .doc (thiếu chữ ký OLE)", nil)
}

// document is one Word 97+ file being read.
type document struct {
	fib           *fib
	text          *text
	prcs          [][]byte
	chpx          runs[chp]
	papx          runs[pap]
	sawTTP        bool
	styles        []style
	defaultFont   int // ASCII and "other" default fonts of the stylesheet
	defaultFontHi int
	fonts         []string
	lists         *lists          // list definitions and counters; nil without lists
	fallback      legacy.Encoding // used when fonts do not reveal the encoding
	legacyFonts   map[string]bool // legacy fonts met, for Info.Conversions
}

// noteRefs pairs the reference CPs of a PlcfndRef with the text ranges of
// its PlcfndTxt, relative to the note sub-document starting at base.
type noteRefs struct {
	refs   []int
	ranges [][2]int
}

func readNotes(refPlc, txtPlc []byte, base int) noteRefs {
	var nr noteRefs
	if len(refPlc) < 4 || len(txtPlc) < 8 {
		return nr
	}
	n := (len(refPlc) - 4) / 6
	m := len(txtPlc) / 4
	for i := 0; i < n && i+1 < m; i++ {
		ref, _ := u32(refPlc, 4*i)
		s, _ := u32(txtPlc, 4*i)
		e, _ := u32(txtPlc, 4*(i+1))
		if s > e || e > maxSubdocLength {
			continue
		}
		nr.refs = append(nr.refs, int(ref))
		nr.ranges = append(nr.ranges, [2]int{base + int(s), base + int(e)})
	}
	return nr
}

// roman writes n in lower-case roman numerals, Word's default endnote mark.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

// read splits the text into its sub-documents and builds the model.
func (d *document) read(table []byte) *model.Document {
	f := d.fib
	ftnBase := f.ccpText
	hddBase := ftnBase + f.ccpFtn
	ednBase := hddBase + f.ccpHdd + f.ccpMcr + f.ccpAtn
	txbxBase := ednBase + f.ccpEdn

	footnotes := readNotes(f.table(table, idxPlcffndRef), f.table(table, idxPlcffndTxt), ftnBase)
	endnotes := readNotes(f.table(table, idxPlcfendRef), f.table(table, idxPlcfendTxt), ednBase)
	marks := map[int]string{}
	for i, cp := range footnotes.refs {
		marks[cp] = fmt.Sprint(i + 1)
	}
	for i, cp := range endnotes.refs {
		marks[cp] = roman(i + 1)
	}

	body := d.story(0, f.ccpText, marks)
	type rawNote struct {
		kind  model.NoteKind
		mark  string
		paras []para
	}
	var notes []rawNote
	for i, r := range footnotes.ranges {
		notes = append(notes, rawNote{model.Footnote, fmt.Sprint(i + 1), d.story(r[0], min(r[1], hddBase), nil)})
	}
	for i, r := range endnotes.ranges {
		notes = append(notes, rawNote{model.Endnote, roman(i + 1), d.story(r[0], min(r[1], txbxBase), nil)})
	}
	headers, footers := d.headerStories(f.table(table, idxPlcfHdd), hddBase, hddBase+f.ccpHdd)
	boxes := d.story(txbxBase, txbxBase+f.ccpTxbx, nil)

	doc := &model.Document{Info: model.Info{Format: "doc"}}
	d.guessFallback(body, &doc.Info)
	doc.Blocks = d.blocks(body)
	if bx := d.blocks(boxes); len(bx) > 0 {
		doc.Blocks = append(doc.Blocks, bx...)
		doc.Info.Warnings = append(doc.Info.Warnings, "chữ trong khung (text box) được đặt ở cuối văn bản")
	}
	for _, n := range notes {
		doc.Notes = append(doc.Notes, model.Note{Kind: n.kind, Mark: n.mark, Blocks: d.blocks(n.paras)})
	}
	doc.Headers = dedupe(d.blocks(headers))
	doc.Footers = dedupe(d.blocks(footers))

	fonts := make([]string, 0, len(d.legacyFonts))
	for font := range d.legacyFonts {
		fonts = append(fonts, font)
	}
	sort.Strings(fonts)
	for _, font := range fonts {
		doc.Info.Conversions = append(doc.Info.Conversions,
			fmt.Sprintf("%s → Unicode (phông %s)", legacy.FontEncoding(font), font))
	}
	if len(doc.Blocks) == 0 {
		doc.Info.Warnings = append(doc.Info.Warnings, "văn bản không có nội dung chữ")
	}
	return doc
}

// headerStories splits the header sub-document. Its PlcfHdd lists six
// separator stories, then six stories per section: even header, odd
// header, even footer, odd footer, first-page header, first-page footer.
func (d *document) headerStories(plc []byte, base, end int) (headers, footers []para) {
	n := len(plc) / 4
	for i := 6; i+1 < n; i++ {
		s, _ := u32(plc, 4*i)
		e, _ := u32(plc, 4*(i+1))
		if s >= e || e > maxSubdocLength {
			continue
		}
		ps := d.story(base+int(s), min(base+int(e), end), nil)
		switch (i - 6) % 6 {
		case 0, 1, 4:
			headers = append(headers, ps...)
		default:
			footers = append(footers, ps...)
		}
	}
	return headers, footers
}

// dedupe drops repeated blocks: sections and odd/even pages usually
// repeat the same header.
func dedupe(bs []model.Block) []model.Block {
	seen := map[string]bool{}
	var out []model.Block
	for _, b := range bs {
		key := string(b.Kind) + b.Text
		for _, r := range b.Rows {
			for _, c := range r.Cells {
				for _, cb := range c.Blocks {
					key += "|" + cb.Text
				}
			}
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, b)
	}
	return out
}

// guessFallback handles old documents whose legacy font is not visible
// (no CHPX/style font, a font table that does not say .VnTime): when the
// body has no Unicode Vietnamese yet its 8-bit characters read as TCVN3
// or VNI, text in non-legacy fonts is converted with that encoding.
func (d *document) guessFallback(body []para, info *model.Info) {
	var sample []byte
	unicodeVN := 0
	for _, p := range body {
		for _, s := range p.segs {
			if s.literal {
				continue
			}
			under, _ := d.paraStyle(p.pap)
			if legacy.FontEncoding(d.fontName(d.runFont(s.c, under))) != legacy.None {
				continue // its font already says how to read it
			}
			for _, r := range s.runes {
				switch {
				case r >= 0x1EA0 && r <= 0x1EF9, r == 'ă', r == 'đ', r == 'ơ', r == 'ư', r == 'Ă', r == 'Đ', r == 'Ơ', r == 'Ư':
					unicodeVN++
				case r < 0x100:
					sample = append(sample, byte(r))
				}
			}
			sample = append(sample, ' ')
		}
		if len(sample) > 1<<16 {
			break
		}
	}
	if unicodeVN > 0 {
		return
	}
	enc, conf := legacy.Detect(sample)
	if (enc == legacy.TCVN3 || enc == legacy.VNI) && conf >= 0.5 {
		d.fallback = enc
		info.Conversions = append(info.Conversions, enc.String()+" → Unicode (đoán theo nội dung)")
		info.Warnings = append(info.Warnings, fmt.Sprintf(
			"văn bản gõ bằng bảng mã cũ %s nhưng không xác định được phông; đã chuyển sang Unicode, hãy kiểm tra lại dấu", enc))
	}
}
