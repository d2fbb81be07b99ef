package check

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"vanthu/docs/read/ziputil"
)

// Decree 30 page in twips (1 mm = 56.7 twips), and the tolerance of 1 mm.
const (
	a4W, a4H  = 11906, 16838
	mm        = 56.7
	tolerance = 1 * mm
)

// margins allowed by Appendix I, in mm.
var marginRange = map[string][2]float64{
	"top": {20, 25}, "bottom": {20, 25}, "left": {30, 35}, "right": {15, 20},
}

var marginName = map[string]string{"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải"}

type section struct {
	w, h    int
	margins map[string]int
}

// layout is what the .docx says of its pages and fonts.
type layout struct {
	sections    []section
	fonts       map[string]bool // fonts of the text: ascii and hAnsi of the defaults, used styles and runs
	themeFonts  bool            // a theme font (Calibri/Cambria in Word's default theme) is used
	defaultFont bool            // the defaults name a font at all
	bodySize    int             // default size in half-points; 0 = Word's own (11 pt)
}

type style struct {
	basedOn string
	fonts   []string
	theme   bool
	size    int
}

func readLayout(data []byte) (*layout, error) {
	a, err := ziputil.Open(data, "docx")
	if err != nil {
		return nil, err
	}
	l := &layout{fonts: map[string]bool{}}
	styles := map[string]*style{}
	defaultPara := ""
	var defaults style
	if b, err := a.Read("word/styles.xml"); err == nil {
		defaultPara = readStyles(b, styles, &defaults)
	}
	doc, err := a.Read("word/document.xml")
	if err != nil {
		return nil, err
	}
	used := map[string]bool{defaultPara: defaultPara != ""}
	runFonts, runTheme := scanDocument(doc, l, used)
	for _, f := range defaults.fonts {
		l.fonts[f] = true
		l.defaultFont = true
	}
	l.themeFonts = defaults.theme || runTheme
	l.bodySize = defaults.size
	for id := range used {
		for s, guard := styles[id], 0; s != nil && guard < 20; s, guard = styles[s.basedOn], guard+1 {
			for _, f := range s.fonts {
				l.fonts[f] = true
			}
			l.themeFonts = l.themeFonts || s.theme
		}
	}
	if s := styles[defaultPara]; s != nil && s.size != 0 {
		l.bodySize = s.size
	}
	for _, f := range runFonts {
		l.fonts[f] = true
	}
	return l, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// fontsOf reads a w:rFonts element: the fonts for Latin text (ascii,
// hAnsi; Vietnamese letters are hAnsi) and whether a theme font stands in.
func fontsOf(se xml.StartElement) (fonts []string, theme bool) {
	for _, k := range []string{"ascii", "hAnsi"} {
		if v := attr(se, k); v != "" {
			fonts = append(fonts, v)
		}
		if attr(se, k+"Theme") != "" {
			theme = true
		}
	}
	return fonts, theme
}

func readStyles(b []byte, styles map[string]*style, defaults *style) (defaultPara string) {
	d := xml.NewDecoder(bytes.NewReader(b))
	var cur *style
	inDefaults := false
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "rPrDefault":
				inDefaults, cur = true, defaults
			case "style":
				inDefaults = false
				cur = &style{}
				id := attr(t, "styleId")
				styles[id] = cur
				if attr(t, "type") == "paragraph" && (attr(t, "default") == "1" || attr(t, "default") == "true") {
					defaultPara = id
				}
			case "basedOn":
				if cur != nil && !inDefaults {
					cur.basedOn = attr(t, "val")
				}
			case "rFonts":
				if cur != nil {
					f, th := fontsOf(t)
					cur.fonts = append(cur.fonts, f...)
					cur.theme = cur.theme || th
				}
			case "sz":
				if cur != nil {
					cur.size, _ = strconv.Atoi(attr(t, "val"))
				}
			}
		case xml.EndElement:
			if t.Name.Local == "rPrDefault" {
				inDefaults, cur = false, nil
			}
		}
	}
	return defaultPara
}

func scanDocument(b []byte, l *layout, used map[string]bool) (fonts []string, theme bool) {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF || err != nil {
			break
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch t.Name.Local {
		case "pStyle", "rStyle", "tblStyle":
			used[attr(t, "val")] = true
		case "rFonts":
			f, th := fontsOf(t)
			fonts = append(fonts, f...)
			theme = theme || th
		case "sectPr":
			l.sections = append(l.sections, section{margins: map[string]int{}})
		case "pgSz":
			if n := len(l.sections); n > 0 {
				l.sections[n-1].w, _ = strconv.Atoi(attr(t, "w"))
				l.sections[n-1].h, _ = strconv.Atoi(attr(t, "h"))
			}
		case "pgMar":
			if n := len(l.sections); n > 0 {
				for k := range marginRange {
					v, _ := strconv.Atoi(attr(t, k))
					l.sections[n-1].margins[k] = v
				}
			}
		}
	}
	return fonts, theme
}

func (l *layout) findings() []Finding {
	var out []Finding
	add := func(code, format string, args ...any) {
		out = append(out, Finding{Code: code, Severity: Error, Message: fmt.Sprintf(format, args...), Para: -1})
	}
	if len(l.sections) == 0 {
		add("kho-giay", "tệp không ghi khổ giấy và lề trang")
	}
	for i, s := range l.sections {
		where := ""
		if len(l.sections) > 1 {
			where = fmt.Sprintf(" (phần %d)", i+1)
		}
		tol := 57 // 1 mm in twips
		portrait := s.w >= a4W-tol && s.w <= a4W+tol && s.h >= a4H-tol && s.h <= a4H+tol
		if !portrait {
			add("kho-giay", "khổ giấy %.0f × %.0f mm, không phải A4 đứng (210 × 297 mm)%s", float64(s.w)/mm, float64(s.h)/mm, where)
		}
		for _, k := range []string{"top", "bottom", "left", "right"} {
			v := float64(s.margins[k]) / mm
			r := marginRange[k]
			if v < r[0]-1 || v > r[1]+1 {
				add("le-trang", "lề %s %.1f mm, Nghị định 30 quy định %.0f–%.0f mm%s", marginName[k], v, r[0], r[1], where)
			}
		}
	}
	var others []string
	for f := range l.fonts {
		if !strings.EqualFold(strings.TrimSpace(f), "Times New Roman") {
			others = append(others, f)
		}
	}
	sort.Strings(others)
	if len(others) > 0 {
		add("phong-chu", "có chữ dùng phông %s; Nghị định 30 dùng Times New Roman", strings.Join(others, ", "))
	}
	if l.themeFonts {
		add("phong-chu", "có chữ dùng phông theo chủ đề (theme) của Word, thường là Calibri hoặc Cambria; hãy đặt Times New Roman")
	}
	if !l.defaultFont && !l.themeFonts && len(l.fonts) == 0 {
		add("phong-chu", "tệp không đặt phông chữ mặc định; hãy đặt Times New Roman")
	}
	if l.bodySize != 0 && (l.bodySize < 26 || l.bodySize > 28) {
		add("co-chu", "cỡ chữ nội dung %s pt; Nghị định 30 quy định 13–14 pt", strconv.FormatFloat(float64(l.bodySize)/2, 'f', -1, 64))
	}
	return out
}
