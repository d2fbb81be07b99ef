package docx

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/ziputil"
)

// story parses one stream of WordprocessingML content (the body, a header,
// the notes) into blocks. Each story keeps its own list counters and open
// fields; styles, numbering and note bookkeeping are shared.
type story struct {
	blocks.Walker
	doc      *docState
	counters *counters
	fields   []bool // open complex fields: true once past their separator
}

// docState is what every story of one document shares.
type docState struct {
	styles    *styleSheet
	numbering *numbering
	notes     noteRefs
	tally     *blocks.Tally
}

func (d *docState) newStory(part *ziputil.Part) *story {
	s := &story{doc: d, counters: newCounters()}
	s.Walker = blocks.Walker{Part: part, Block: s.block}
	return s
}

// paragraph collects one w:p.
type paragraph struct {
	blocks.Paragraph
	direct paraProps
	style  string // resolved paragraph style id
}

// run collects one w:r.
type run struct {
	direct runProps
	text   strings.Builder
}

// block handles one block-level element, appending what it yields.
func (s *story) block(se xml.StartElement, out []model.Block) ([]model.Block, error) {
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
			bs, err := s.Blocks()
			out = append(out, bs...)
			return err
		})
		return out, err
	case "sectPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "tblPr", "tblGrid", "trPr", "tcPr",
		"customXmlPr", "bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "proofErr":
		return out, s.Part.Skip()
	}
	// Containers (w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo, w:body)
	// and anything unknown: read what is inside.
	bs, err := s.Blocks()
	return append(out, bs...), err
}

// alternate reads an mc:AlternateContent: the first branch (mc:Choice, else
// mc:Fallback) through read, the other branches skipped, so a text box saved
// both as DrawingML and as VML is read once.
func (s *story) alternate(read func() error) error {
	taken := false
	return s.Children(func(se xml.StartElement) error {
		if !taken && (se.Name.Local == "Choice" || se.Name.Local == "Fallback") {
			taken = true
			return read()
		}
		return s.Part.Skip()
	})
}

// paragraph reads a w:p and appends it, then any text boxes anchored in it.
func (s *story) paragraph(out []model.Block) ([]model.Block, error) {
	p := &paragraph{style: s.doc.styles.defaultPara}
	if err := s.inline(p, nil); err != nil {
		return out, err
	}
	props, styleID := s.doc.styles.paragraph(p.direct)
	b := p.Block()
	if props.hasNum && props.numID != "0" && props.numID != "" {
		ilvl, ok := props.ilvl, props.hasIlvl
		if !ok {
			ilvl, _ = s.doc.numbering.levelForStyle(props.numID, styleID, s.doc.styles)
		}
		b.Label = s.doc.numbering.next(s.counters, props.numID, ilvl, s.doc.styles)
		b.Level = ilvl
	}
	b.Style.Align = props.align
	b.Style.Heading = s.doc.styles.heading(styleID, props)
	return s.doc.tally.Append(out, &p.Paragraph, b), nil
}

// inline reads paragraph content up to the end of the element whose start
// was just read. r is the run being read, nil between runs.
func (s *story) inline(p *paragraph, r *run) error {
	return s.Children(func(se xml.StartElement) error {
		return s.Deeper(func() error { return s.inlineElement(p, r, se) })
	})
}

func (s *story) inlineElement(p *paragraph, r *run, se xml.StartElement) error {
	switch se.Name.Local {
	case "pPr":
		if r != nil {
			return s.Part.Skip()
		}
		pp, err := parsePPr(s.Part)
		p.direct = pp
		if pp.style != "" {
			p.style = pp.style
		}
		return err
	case "rPr":
		if r == nil {
			return s.Part.Skip()
		}
		rp, err := parseRPr(s.Part)
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
		text, err := s.Part.Text()
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
		bs, err := s.Blocks()
		p.Boxes = append(p.Boxes, bs...)
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
	return s.Part.Skip()
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
	p.Write(text)
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
	if props.hidden == blocks.On {
		return
	}
	if s.doc.notes.awaitingMark() {
		s.doc.notes.setCustomMark(text)
	}
	p.Add(text, blocks.Run{
		Font:   legacyFont(props, text),
		Bold:   props.bold == blocks.On,
		Italic: props.italic == blocks.On,
		SizePt: float64(props.halfPoints) / 2,
	})
}

// legacyFont returns the font a run's letters are drawn in. Word shows
// ASCII with w:ascii and the other characters (where TCVN3 and VNI keep
// their letters) with w:hAnsi.
func legacyFont(props runProps, text string) string {
	if props.fontHAnsi == "" || isASCII(text) && props.fontASCII != "" {
		return props.fontASCII
	}
	return props.fontHAnsi
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
