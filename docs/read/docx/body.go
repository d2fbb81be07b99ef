package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/ziputil"
	"vanthu/docs/vn"
)

// story parses one stream of WordprocessingML content (the body, a header,
// the notes) into blocks. Each story keeps its own list counters and open
// fields; styles, numbering and note bookkeeping are shared.
type story struct {
	part     *ziputil.Part
	doc      *docState
	counters *counters
	fields   []bool // open complex fields: true once past their separator
	depth    int
}

// docState is what every story of one document shares.
type docState struct {
	styles    *styleSheet
	numbering *numbering
	notes     noteRefs
	converted map[string]int // legacy font → paragraphs converted
	kept      int            // paragraphs kept so far, see maxParagraphs
}

// maxParagraphs bounds the paragraphs kept from one document, so that a
// hostile file of millions of tiny paragraphs cannot exhaust memory. A
// 400-page law has about 5,000.
const maxParagraphs = 200000

// admit counts a paragraph and reports whether it is still kept.
func (d *docState) admit() bool {
	d.kept++
	return d.kept <= maxParagraphs
}

func (d *docState) newStory(part *ziputil.Part) *story {
	return &story{part: part, doc: d, counters: newCounters()}
}

// paragraph collects one w:p.
type paragraph struct {
	direct paraProps
	style  string // resolved paragraph style id
	text   strings.Builder
	boxes  []model.Block // text-box content anchored in the paragraph
	chars  int           // visible non-space characters
	bold   int
	italic int
	sizes  map[int]int // half-points → characters
	fonts  map[string]bool
}

// run collects one w:r.
type run struct {
	direct runProps
	text   strings.Builder
}

// blocks reads block-level content up to the end of the element whose start
// was just read.
func (s *story) blocks() ([]model.Block, error) {
	var out []model.Block
	for {
		tok, err := s.part.Token()
		if err != nil {
			return out, s.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return out, nil
		case xml.StartElement:
			if out, err = s.block(t, out); err != nil {
				return out, err
			}
		}
	}
}

// block handles one block-level element, appending what it yields.
func (s *story) block(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	if s.depth > ziputil.MaxDepth {
		return out, s.part.SkipDeep()
	}
	s.depth++
	defer func() { s.depth-- }()
	switch se.Name.Local {
	case "p":
		return s.paragraph(out)
	case "tbl":
		b, err := s.table()
		if err != nil {
			return out, err
		}
		return append(out, b), nil
	case "AlternateContent":
		err := s.alternate(func() error {
			bs, err := s.blocks()
			out = append(out, bs...)
			return err
		})
		return out, err
	case "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "tblPr", "tblGrid", "trPr", "tcPr",
		"customXmlPr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr":
		return out, s.part.Skip()
	}
	// Containers (w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo, w:body)
	// and anything unknown: read what is inside.
	bs, err := s.blocks()
	return append(out, bs...), err
}

// alternate reads an mc:AlternateContent: the first branch (mc:Choice, else
// mc:Fallback) through read, the other branches skipped, so a text box saved
// both as DrawingML and as VML is read once.
func (s *story) alternate(read func() error) error {
	taken := false
	for {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if !taken && (t.Name.Local == "Choice" || t.Name.Local == "Fallback") {
				taken = true
				if err := read(); err != nil {
					return err
				}
				continue
			}
			if err := s.part.Skip(); err != nil {
				return err
			}
		}
	}
}

// paragraph reads a w:p and appends it, then any text boxes anchored in it.
func (s *story) paragraph(out []model.Block) ([]model.Block, error) {
	p := &paragraph{sizes: map[int]int{}, fonts: map[string]bool{}}
	p.style = s.doc.styles.defaultPara
	if err := s.inline(p, nil); err != nil {
		return out, err
	}
	props, styleID := s.doc.styles.paragraph(p.direct)
	b := model.Block{Kind: model.KindParagraph, Text: cleanText(p.text.String())}
	if props.hasNum && props.numID != "0" && props.numID != "" {
		ilvl, ok := props.ilvl, props.hasIlvl
		if !ok {
			ilvl, _ = s.doc.numbering.levelForStyle(props.numID, styleID, s.doc.styles)
		}
		b.Label = s.doc.numbering.next(s.counters, props.numID, ilvl, s.doc.styles)
		b.Level = ilvl
	}
	b.Style = model.Style{
		Align:   props.align,
		Heading: s.doc.styles.heading(styleID, props),
		Bold:    p.chars > 0 && p.bold == p.chars,
		Italic:  p.chars > 0 && p.italic == p.chars,
		SizePt:  p.commonSize(),
	}
	if (b.Text != "" || b.Label != "") && s.doc.admit() {
		out = append(out, b)
		for f := range p.fonts {
			s.doc.converted[f]++
		}
	}
	return append(out, p.boxes...), nil
}

func (p *paragraph) commonSize() float64 {
	best, bestN := 0, 0
	for hp, n := range p.sizes {
		if n > bestN || n == bestN && hp < best {
			best, bestN = hp, n
		}
	}
	return float64(best) / 2
}

// inline reads paragraph content up to the end of the element whose start
// was just read. r is the run being read, nil between runs.
func (s *story) inline(p *paragraph, r *run) error {
	for {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := s.inlineElement(p, r, t); err != nil {
				return err
			}
		}
	}
}

func (s *story) inlineElement(p *paragraph, r *run, se xml.StartElement) error {
	if s.depth > ziputil.MaxDepth {
		return s.part.SkipDeep()
	}
	s.depth++
	defer func() { s.depth-- }()
	switch se.Name.Local {
	case "pPr":
		if r != nil {
			return s.part.Skip()
		}
		pp, err := parsePPr(s.part)
		p.direct = pp
		if pp.style != "" {
			p.style = pp.style
		}
		return err
	case "rPr":
		if r == nil {
			return s.part.Skip()
		}
		rp, err := parseRPr(s.part)
		r.direct = rp
		return err
	case "r":
		nr := &run{}
		if err := s.inline(p, nr); err != nil {
			return err
		}
		s.flush(p, nr)
		return nil
	case "t":
		text, err := s.part.Text()
		s.emit(p, r, text)
		return err
	case "tab", "ptab":
		s.emit(p, r, "\t")
	case "br", "cr":
		s.emit(p, r, "\n")
	case "noBreakHyphen":
		s.emit(p, r, "-")
	case "sym":
		s.emit(p, r, symbol(se))
	case "fldChar":
		s.fieldChar(se)
	case "footnoteReference", "endnoteReference":
		s.noteReference(p, r, se)
	case "txbxContent":
		bs, err := s.blocks()
		p.boxes = append(p.boxes, bs...)
		return err
	case "AlternateContent":
		return s.alternate(func() error { return s.inline(p, r) })
	case "delText", "instrText", "delInstrText", "del", "moveFrom", "rt", "sectPr", "sdtPr", "sdtEndPr",
		"commentReference", "annotationRef", "footnoteRef", "endnoteRef", "separator", "continuationSeparator",
		"bookmarkStart", "bookmarkEnd", "proofErr", "lastRenderedPageBreak", "softHyphen":
		// deleted text, field instructions, ruby guides, note marks printed
		// inside notes themselves: not part of the read text
	default:
		// w:hyperlink, w:ins, w:moveTo, w:smartTag, w:sdt, w:fldSimple
		// (its content is the field result), w:drawing, w:pict...
		return s.inline(p, r)
	}
	return s.part.Skip()
}

// emit adds text to the current run, or straight to the paragraph outside a
// run, unless it is a field instruction.
func (s *story) emit(p *paragraph, r *run, text string) {
	for _, past := range s.fields {
		if !past {
			return
		}
	}
	if r != nil {
		r.text.WriteString(text)
		return
	}
	p.text.WriteString(text)
}

// fieldChar tracks complex fields: begin..separate is the instruction,
// separate..end the result shown on the page.
func (s *story) fieldChar(se xml.StartElement) {
	switch typ, _ := ziputil.Attr(se, "fldCharType"); typ {
	case "begin":
		if len(s.fields) < ziputil.MaxDepth {
			s.fields = append(s.fields, false)
		}
	case "separate":
		if n := len(s.fields); n > 0 {
			s.fields[n-1] = true
		}
	case "end":
		if n := len(s.fields); n > 0 {
			s.fields = s.fields[:n-1]
		}
	}
}

// flush adds a finished run to its paragraph, converting legacy-font text.
func (s *story) flush(p *paragraph, r *run) {
	text := r.text.String()
	if text == "" {
		return
	}
	props := s.doc.styles.run(p.style, r.direct)
	if props.hidden == on {
		return
	}
	if s.doc.notes.awaitingMark() {
		s.doc.notes.setCustomMark(text)
	}
	if font, enc := legacyFont(props, text); enc != legacy.None {
		text = legacy.DecodeRunes(enc, text)
		if legacy.FontIsCapitals(font) {
			text = strings.ToUpper(text)
		}
		p.fonts[font] = true
	}
	p.text.WriteString(text)
	n := 0
	for _, c := range text {
		if !unicode.IsSpace(c) {
			n++
		}
	}
	p.chars += n
	if props.bold == on {
		p.bold += n
	}
	if props.italic == on {
		p.italic += n
	}
	if props.halfPoints > 0 {
		p.sizes[props.halfPoints] += n
	}
}

// legacyFont returns the font a run is shown in and its legacy encoding.
// Word shows ASCII with w:ascii and the other characters (where TCVN3 and
// VNI keep their letters) with w:hAnsi.
func legacyFont(props runProps, text string) (string, legacy.Encoding) {
	font := props.fontHAnsi
	if font == "" || isASCII(text) && props.fontASCII != "" {
		font = props.fontASCII
	}
	if font == "" {
		return "", legacy.None
	}
	return font, legacy.FontEncoding(font)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// symbol renders a w:sym. Symbol-font characters live in the private-use
// area F000-F0FF; only those of ordinary text fonts are kept, since a
// Wingdings or Symbol code means a picture glyph, not a letter.
func symbol(se xml.StartElement) string {
	font, _ := ziputil.Attr(se, "font")
	code, _ := ziputil.Attr(se, "char")
	n, err := strconv.ParseUint(code, 16, 32)
	if err != nil {
		return ""
	}
	if n >= 0xF000 && n <= 0xF0FF {
		n -= 0xF000
	}
	f := strings.ToLower(font)
	if strings.Contains(f, "symbol") || strings.Contains(f, "wingding") || strings.Contains(f, "webding") {
		return ""
	}
	c := rune(n)
	if !unicode.IsPrint(c) {
		return ""
	}
	s := string(c)
	if enc := legacy.FontEncoding(font); enc != legacy.None {
		s = legacy.DecodeRunes(enc, s)
	}
	return s
}

// cleanText makes paragraph text NFC with plain spaces and trims it; tabs
// and line breaks inside stay.
func cleanText(s string) string {
	return strings.TrimSpace(vn.NFC(s))
}
