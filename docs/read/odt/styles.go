package odt

import (
	"encoding/xml"
	"strconv"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/listnum"
	"vanthu/docs/read/ziputil"
)

// style is a paragraph or text style with the properties vanthu uses.
type style struct {
	parent    string
	listStyle string // style:list-style-name
	bold      blocks.Toggle
	italic    blocks.Toggle
	sizePt    float64
	align     model.Align
	outline   int    // style:default-outline-level
	font      string // font family, resolved from style:font-name
}

// listLevel is one level of a text:list-style.
type listLevel struct {
	bullet  bool
	char    string // bullet character
	format  listnum.Format
	prefix  string
	suffix  string
	start   int
	display int    // text:display-levels: how many levels the label shows
	pattern string // loext:num-list-format, e.g. "%1%.%2%."
}

// styleSheet holds the styles of styles.xml and content.xml together:
// automatic styles and common styles share one name space per family in
// practice, and content.xml's are read last so they win.
type styleSheet struct {
	styles     map[string]*style // by family + ":" + name
	lists      map[string]map[int]*listLevel
	fonts      map[string]string // font-face name → family
	defaultPar *style
}

func newStyleSheet() *styleSheet {
	return &styleSheet{styles: map[string]*style{}, lists: map[string]map[int]*listLevel{}, fonts: map[string]string{}}
}

// chain returns the named style and its ancestors, nearest first.
func (s *styleSheet) chain(family, name string) []*style {
	var out []*style
	seen := map[string]bool{}
	for name != "" && !seen[name] && len(out) < 32 {
		seen[name] = true
		st := s.styles[family+":"+name]
		if st == nil {
			break
		}
		out = append(out, st)
		name = st.parent
	}
	if family == "paragraph" && s.defaultPar != nil {
		out = append(out, s.defaultPar)
	}
	return out
}

// resolved flattens a style chain into one style.
func (s *styleSheet) resolved(family, name string) style {
	var r style
	chain := s.chain(family, name)
	for i := len(chain) - 1; i >= 0; i-- {
		st := chain[i]
		r.bold = blocks.Over(r.bold, st.bold)
		r.italic = blocks.Over(r.italic, st.italic)
		r.sizePt = blocks.Over(r.sizePt, st.sizePt)
		r.align = blocks.Over(r.align, st.align)
		r.outline = blocks.Over(r.outline, st.outline)
		r.listStyle = blocks.Over(r.listStyle, st.listStyle)
		r.font = blocks.Over(r.font, st.font)
	}
	return r
}

// readStyle reads a style:style or style:default-style whose start was just
// read.
func (s *styleSheet) readStyle(part *ziputil.Part, se xml.StartElement) error {
	name, _ := ziputil.Attr(se, "name")
	family, _ := ziputil.Attr(se, "family")
	st := &style{}
	st.parent, _ = ziputil.Attr(se, "parent-style-name")
	st.listStyle, _ = ziputil.Attr(se, "list-style-name")
	if v, ok := ziputil.Attr(se, "default-outline-level"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 10 {
			st.outline = n
		}
	}
	err := blocks.Children(part, func(t xml.StartElement) error {
		switch t.Name.Local {
		case "text-properties":
			for _, a := range t.Attr {
				switch a.Name.Local {
				case "font-weight":
					st.bold = weight(a.Value)
				case "font-style":
					st.italic = slant(a.Value)
				case "font-size":
					if v, err := strconv.ParseFloat(strings.TrimSuffix(a.Value, "pt"), 64); err == nil && strings.HasSuffix(a.Value, "pt") {
						st.sizePt = v
					}
				case "font-name":
					st.font = s.fontFamily(a.Value)
				}
			}
		case "paragraph-properties":
			if v, ok := ziputil.Attr(t, "text-align"); ok {
				st.align = alignment(v)
			}
		}
		return part.Skip()
	})
	if err != nil {
		return err
	}
	if se.Name.Local == "default-style" {
		if family == "paragraph" {
			s.defaultPar = st
		}
		return nil
	}
	s.styles[family+":"+name] = st
	return nil
}

func (s *styleSheet) fontFamily(face string) string {
	if f, ok := s.fonts[face]; ok {
		return f
	}
	return face
}

// readFontFace reads a style:font-face: the name styles use for a family.
func (s *styleSheet) readFontFace(part *ziputil.Part, se xml.StartElement) error {
	name, _ := ziputil.Attr(se, "name")
	family, _ := ziputil.Attr(se, "font-family")
	s.fonts[name] = strings.Trim(family, `'"`)
	return part.Skip()
}

// readListStyle reads a text:list-style (or text:outline-style).
func (s *styleSheet) readListStyle(part *ziputil.Part, se xml.StartElement) error {
	name, _ := ziputil.Attr(se, "name")
	levels := map[int]*listLevel{}
	s.lists[name] = levels
	return blocks.Children(part, func(t xml.StartElement) error {
		n, _ := strconv.Atoi(attrOr(t, "level", "0"))
		l := &listLevel{start: 1, display: 1}
		switch t.Name.Local {
		case "list-level-style-number", "outline-level-style":
			format, _ := ziputil.Attr(t, "num-format")
			l.format = numFormat(format)
			l.prefix, _ = ziputil.Attr(t, "num-prefix")
			l.suffix, _ = ziputil.Attr(t, "num-suffix")
			l.pattern, _ = ziputil.Attr(t, "num-list-format")
			if v, err := strconv.Atoi(attrOr(t, "start-value", "1")); err == nil {
				l.start = v
			}
			if v, err := strconv.Atoi(attrOr(t, "display-levels", "1")); err == nil && v >= 1 {
				l.display = v
			}
		case "list-level-style-bullet":
			l.bullet = true
			l.char, _ = ziputil.Attr(t, "bullet-char")
		default:
			l = nil // pictures and unknown level styles: no label
		}
		if l != nil && n >= 1 && n <= maxLevels {
			levels[n-1] = l
		}
		return part.Skip()
	})
}

func numFormat(v string) listnum.Format {
	switch v {
	case "a":
		return listnum.LowerLetter
	case "A":
		return listnum.UpperLetter
	case "i":
		return listnum.LowerRoman
	case "I":
		return listnum.UpperRoman
	case "":
		return listnum.NoNumber
	}
	return listnum.Decimal
}

func weight(v string) blocks.Toggle {
	switch v {
	case "bold", "600", "700", "800", "900":
		return blocks.On
	case "normal", "100", "200", "300", "400", "500":
		return blocks.Off
	}
	return blocks.Unset
}

func slant(v string) blocks.Toggle {
	switch v {
	case "italic", "oblique":
		return blocks.On
	case "normal":
		return blocks.Off
	}
	return blocks.Unset
}

// alignment maps fo:text-align.
func alignment(v string) model.Align { return blocks.Alignment(v, "justify") }

func attrOr(se xml.StartElement, local, def string) string {
	if v, ok := ziputil.Attr(se, local); ok {
		return v
	}
	return def
}
