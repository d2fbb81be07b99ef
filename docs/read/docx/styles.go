package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/ziputil"
)

// runProps are the character properties vanthu uses.
type runProps struct {
	bold, italic, hidden blocks.Toggle
	halfPoints           int    // w:sz, 0 when unset
	fontASCII, fontHAnsi string // w:rFonts
	style                string // w:rStyle (direct formatting only)
}

// over lays the properties set in top over r.
func (r runProps) over(top runProps) runProps {
	r.bold = blocks.Over(r.bold, top.bold)
	r.italic = blocks.Over(r.italic, top.italic)
	r.hidden = blocks.Over(r.hidden, top.hidden)
	r.halfPoints = blocks.Over(r.halfPoints, top.halfPoints)
	r.fontASCII = blocks.Over(r.fontASCII, top.fontASCII)
	r.fontHAnsi = blocks.Over(r.fontHAnsi, top.fontHAnsi)
	return r
}

// paraProps are the paragraph properties vanthu uses.
type paraProps struct {
	style   string // w:pStyle (direct formatting only)
	align   model.Align
	numID   string // "0" switches numbering off
	hasNum  bool
	ilvl    int
	hasIlvl bool
	outline int // w:outlineLvl + 1; 0 when unset, 10 for "body text"
}

func (p paraProps) over(top paraProps) paraProps {
	if top.align != model.AlignNone {
		p.align = top.align
	}
	if top.hasNum {
		p.numID, p.hasNum = top.numID, true
	}
	if top.hasIlvl {
		p.ilvl, p.hasIlvl = top.ilvl, true
	}
	if top.outline != 0 {
		p.outline = top.outline
	}
	return p
}

type style struct {
	name    string // w:name, e.g. "heading 1"
	basedOn string
	para    paraProps
	run     runProps
}

// styleSheet is styles.xml: named styles plus document defaults.
type styleSheet struct {
	byID         map[string]*style
	defaultPara  string // style applied to paragraphs without w:pStyle
	defaultRun   runProps
	defaultParaP paraProps
}

func newStyleSheet() *styleSheet { return &styleSheet{byID: map[string]*style{}} }

// chain returns the style and its ancestors, ancestor first, stopping at
// cycles (basedOn loops occur in damaged files).
func (s *styleSheet) chain(id string) []*style {
	var out []*style
	seen := map[string]bool{}
	for id != "" && !seen[id] && len(out) < 32 {
		seen[id] = true
		st, ok := s.byID[id]
		if !ok {
			break
		}
		out = append(out, st)
		id = st.basedOn
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// paragraph resolves the paragraph properties of a paragraph with the given
// direct properties.
func (s *styleSheet) paragraph(direct paraProps) (paraProps, string) {
	id := direct.style
	if id == "" {
		id = s.defaultPara
	}
	p := s.defaultParaP
	for _, st := range s.chain(id) {
		p = p.over(st.para)
	}
	return p.over(direct), id
}

// run resolves a run: defaults, then the paragraph style, then the
// character style, then direct formatting.
func (s *styleSheet) run(paraStyle string, direct runProps) runProps {
	r := s.defaultRun
	for _, st := range s.chain(paraStyle) {
		r = r.over(st.run)
	}
	for _, st := range s.chain(direct.style) {
		r = r.over(st.run)
	}
	return r.over(direct)
}

// heading returns the outline level 1..9 of a resolved paragraph, 0 for body
// text. Word's built-in names ("heading 1") are English in every language.
func (s *styleSheet) heading(styleID string, p paraProps) int {
	if p.outline >= 1 && p.outline <= 9 {
		return p.outline
	}
	for _, st := range s.chain(styleID) {
		name := strings.ToLower(st.name)
		if n, ok := strings.CutPrefix(name, "heading "); ok {
			if lvl, err := strconv.Atoi(n); err == nil && lvl >= 1 && lvl <= 9 {
				return lvl
			}
		}
	}
	return 0
}

// parseStyles reads styles.xml.
func parseStyles(part *ziputil.Part) (*styleSheet, error) {
	s := newStyleSheet()
	err := blocks.Starts(part, func(se xml.StartElement) error {
		switch se.Name.Local {
		case "rPr": // of w:rPrDefault, whose start came before
			r, err := parseRPr(part)
			if err == nil {
				s.defaultRun = s.defaultRun.over(r)
			}
			return err
		case "pPr": // of w:pPrDefault
			p, err := parsePPr(part)
			if err == nil {
				s.defaultParaP = s.defaultParaP.over(p)
			}
			return err
		case "style":
			return s.parseStyle(part, se)
		case "latentStyles":
			return part.Skip()
		}
		return nil
	})
	return s, err
}

func (s *styleSheet) parseStyle(part *ziputil.Part, se xml.StartElement) error {
	id, _ := ziputil.Attr(se, "styleId")
	typ, _ := ziputil.Attr(se, "type")
	st := &style{}
	err := blocks.Children(part, func(t xml.StartElement) (err error) {
		switch t.Name.Local {
		case "name":
			st.name, _ = ziputil.Attr(t, "val")
		case "basedOn":
			st.basedOn, _ = ziputil.Attr(t, "val")
		case "pPr":
			st.para, err = parsePPr(part)
			st.para.style = ""
			return err
		case "rPr":
			st.run, err = parseRPr(part)
			st.run.style = ""
			return err
		}
		return part.Skip()
	})
	if err != nil {
		return err
	}
	if typ == "" || typ == "paragraph" || typ == "character" || typ == "numbering" {
		s.byID[id] = st
		if d, _ := ziputil.Attr(se, "default"); isTrue(d) && (typ == "paragraph" || typ == "") {
			s.defaultPara = id
		}
	}
	return nil
}

// parsePPr reads a w:pPr whose start was just read. Its w:numPr is read
// in the same loop, not by recursion, so nesting cannot grow the stack.
func parsePPr(part *ziputil.Part) (paraProps, error) {
	var p paraProps
	for {
		tok, err := part.Token()
		if err != nil {
			return p, part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "numPr" {
				continue
			}
			return p, nil
		case xml.StartElement:
			val, _ := ziputil.Attr(t, "val")
			switch t.Name.Local {
			case "pStyle":
				p.style = val
			case "jc":
				p.align = alignment(val)
			case "outlineLvl":
				if n, err := strconv.Atoi(val); err == nil && n >= 0 && n <= 9 {
					p.outline = n + 1
				}
			case "numPr":
				continue // its children ilvl and numId follow
			case "numId":
				p.numID, p.hasNum = val, true
			case "ilvl":
				if n, err := strconv.Atoi(val); err == nil && n >= 0 && n < maxLevels {
					p.ilvl, p.hasIlvl = n, true
				}
			}
			// Everything else (w:rPr of the paragraph mark, w:sectPr,
			// w:pPrChange with the old properties, tabs...) is skipped.
			if err := part.Skip(); err != nil {
				return p, err
			}
		}
	}
}

// parseRPr reads a w:rPr whose start was just read.
func parseRPr(part *ziputil.Part) (runProps, error) {
	var r runProps
	err := blocks.Children(part, func(t xml.StartElement) error {
		val, hasVal := ziputil.Attr(t, "val")
		switch t.Name.Local {
		case "rStyle":
			r.style = val
		case "b":
			r.bold = toggle(val, hasVal)
		case "i":
			r.italic = toggle(val, hasVal)
		case "vanish":
			r.hidden = toggle(val, hasVal)
		case "sz":
			if n, err := strconv.Atoi(val); err == nil && n > 0 && n < 10000 {
				r.halfPoints = n
			}
		case "rFonts":
			r.fontASCII, _ = ziputil.Attr(t, "ascii")
			r.fontHAnsi, _ = ziputil.Attr(t, "hAnsi")
		}
		// w:rPrChange holds the properties before a tracked change.
		return part.Skip()
	})
	return r, err
}

func toggle(val string, hasVal bool) blocks.Toggle {
	if !hasVal || isTrue(val) {
		return blocks.On
	}
	return blocks.Off
}

func isTrue(v string) bool {
	switch strings.ToLower(v) {
	case "1", "true", "on":
		return true
	}
	return false
}

// alignment maps w:jc; Word's words for justified text include the
// Arabic and Thai kinds.
func alignment(v string) model.Align {
	return blocks.Alignment(v, "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute")
}
