// Package template fills .docx templates that clerks edit in Word or
// LibreOffice. A template is an ordinary .docx with placeholders:
//
//	{{name}}                 a value (newlines become line breaks, tabs tabs)
//	{{list.field}}           a field of each item of a list: the table row
//	                         repeats when the placeholder sits alone in its
//	                         cell's only paragraph, otherwise the paragraph
//	                         repeats; {{list.stt}} numbers the items
//	{{?name}} … {{/name}}    an optional block, kept only when name has a
//	                         value: inside one paragraph, or whole paragraphs
//	                         and tables between two sibling paragraphs
//
// Placeholders are found even when Word splits them over several runs; the
// value takes the formatting of the run where the placeholder starts. They
// are filled in the body, headers, footers, footnotes, endnotes and text
// boxes. A placeholder without a value stays visible and is reported. Every
// other part of the package, and every byte of a part outside the changed
// paragraphs, is copied untouched.
package template

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"vanthu/docs/read/ziputil"
	"vanthu/docs/vn"
)

// Values are what a template is filled with. A name present with "" fills
// the placeholder with nothing; a name absent leaves it visible.
type Values struct {
	Text  map[string]string
	Lists map[string][]map[string]string
}

// Field is a placeholder of a template.
type Field struct {
	Name string `json:"name"`           // "so", "nhiem_vu.thoi_han"
	Kind string `json:"kind"`           // KindText, KindListField or KindOptional
	List string `json:"list,omitempty"` // the list of a list field
}

// Kinds of field.
const (
	KindText      = "text"
	KindListField = "list-field"
	KindOptional  = "optional"
)

// Unfilled is a placeholder left without a value.
type Unfilled struct {
	Name string `json:"name"`
	Part string `json:"part"` // "word/document.xml", "word/header1.xml", ...
}

// Report tells what filling did.
type Report struct {
	Unfilled []Unfilled `json:"unfilled"`
	Problems []string   `json:"problems,omitempty"` // an optional block never closed, ...
}

// Template is a parsed .docx template.
type Template struct {
	files []*zip.File
	parts map[string][]byte // the XML parts that may hold placeholders
}

// contentPart names the parts that carry text a clerk sees.
var contentPart = regexp.MustCompile(`^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$`)

// Parse reads a template. It refuses what is not a .docx, with a message in
// Vietnamese.
func Parse(data []byte) (*Template, error) {
	a, err := ziputil.Open(data, "docx")
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, errors.New(ziputil.Corrupt("docx"))
	}
	t := &Template{files: zr.File, parts: map[string][]byte{}}
	for _, name := range a.Names() {
		if !contentPart.MatchString(name) {
			continue
		}
		b, err := a.Read(name)
		if err != nil {
			return nil, err
		}
		t.parts[name] = b
	}
	if _, ok := t.parts["word/document.xml"]; !ok {
		return nil, errors.New("tệp .docx không có nội dung văn bản (thiếu word/document.xml)")
	}
	for name, b := range t.parts {
		if _, err := parseXML(b); err != nil {
			return nil, fmt.Errorf("tệp .docx hỏng ở phần %s (%v)", name, err)
		}
	}
	return t, nil
}

// partNames returns the content parts, the body first.
func (t *Template) partNames() []string {
	names := make([]string, 0, len(t.parts))
	for n := range t.parts {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "word/document.xml") != (names[j] == "word/document.xml") {
			return names[i] == "word/document.xml"
		}
		return names[i] < names[j]
	})
	return names
}

// Fields lists the placeholders of the template in order of first
// appearance, the body first.
func (t *Template) Fields() []Field {
	var out []Field
	seen := map[string]bool{}
	for _, name := range t.partNames() {
		root, _ := parseXML(t.parts[name])
		eachPara(root, func(pa *para) {
			for _, m := range pa.matches() {
				n := vn.NFC(m.name)
				f := Field{Name: n, Kind: KindText}
				switch {
				case m.mark == "/":
					continue
				case m.mark == "?":
					f.Kind = KindOptional
				case strings.Contains(n, "."):
					f.Kind, f.List = KindListField, listOf(n)
				}
				key := f.Kind + "\x00" + n
				if !seen[key] {
					seen[key] = true
					out = append(out, f)
				}
			}
		})
	}
	return out
}

func listOf(name string) string {
	l, _, _ := strings.Cut(name, ".")
	return l
}

// Fill returns the filled .docx and what is left to do.
func (t *Template) Fill(v Values) ([]byte, *Report, error) {
	v = normalise(v)
	rep := &Report{}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range t.files {
		name := strings.ReplaceAll(f.Name, "\\", "/")
		src, ok := t.parts[name]
		if !ok {
			if err := zw.Copy(f); err != nil { // raw copy: not even recompressed
				return nil, nil, fmt.Errorf("không chép được phần %s của mẫu (%v)", f.Name, err)
			}
			continue
		}
		out, err := fillPart(name, src, v, rep)
		if err != nil {
			return nil, nil, err
		}
		h := f.FileHeader
		h.Method = zip.Deflate
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, nil, err
		}
		if _, err := w.Write(out); err != nil {
			return nil, nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), rep, nil
}

func normalise(v Values) Values {
	out := Values{Text: map[string]string{}, Lists: map[string][]map[string]string{}}
	for k, s := range v.Text {
		out.Text[vn.NFC(k)] = vn.NFC(s)
	}
	for k, items := range v.Lists {
		l := make([]map[string]string, 0, len(items))
		for i, it := range items {
			m := map[string]string{"stt": strconv.Itoa(i + 1)}
			for f, s := range it {
				m[vn.NFC(f)] = vn.NFC(s)
			}
			l = append(l, m)
		}
		out.Lists[vn.NFC(k)] = l
	}
	return out
}

// fillPart fills one XML part: optional blocks first (what they drop is not
// reported), then lists, then single values.
func fillPart(name string, src []byte, v Values, rep *Report) ([]byte, error) {
	root, err := parseXML(src)
	if err != nil {
		return nil, fmt.Errorf("phần %s của mẫu hỏng (%v)", name, err)
	}
	if !hasPlaceholder(root) {
		return src, nil
	}
	optionals(root, v, name, rep)
	repeats(root, v)
	eachPara(root, func(pa *para) { fillScalars(pa, v.Text, nil) })
	eachPara(root, func(pa *para) {
		for _, m := range pa.matches() {
			rep.Unfilled = append(rep.Unfilled, Unfilled{Name: vn.NFC(m.name), Part: name})
		}
	})
	expandBreaks(root)
	var b bytes.Buffer
	root.write(&b)
	return b.Bytes(), nil
}

func hasPlaceholder(root *node) bool {
	found := false
	eachPara(root, func(pa *para) {
		if !found && placeholderRe.MatchString(pa.text) {
			found = true
		}
	})
	return found
}

// eachPara calls fn for every paragraph, nested ones (text boxes) included.
func eachPara(n *node, fn func(*para)) {
	for _, k := range n.kids {
		if k.name == "" {
			continue
		}
		if isW(k, "p") {
			fn(newPara(k))
		}
		eachPara(k, fn)
	}
}

// fillScalars replaces the placeholders of pa that have a value; item, when
// given, answers the fields of a list item first.
func fillScalars(pa *para, text map[string]string, item func(string) (string, bool)) {
	ms := pa.matches()
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.mark != "" {
			continue
		}
		n := vn.NFC(m.name)
		if item != nil {
			if s, ok := item(n); ok {
				pa.replace(m.start, m.end, s)
				continue
			}
		}
		if s, ok := text[n]; ok {
			pa.replace(m.start, m.end, s)
		}
	}
}

// truthy reports whether an optional block named n is kept.
func truthy(v Values, n string) bool {
	return strings.TrimSpace(v.Text[n]) != "" || len(v.Lists[n]) > 0
}

// optionals resolves {{?x}}…{{/x}} blocks, inside one paragraph or across
// sibling paragraphs of one container (the body, a cell, a header).
func optionals(n *node, v Values, part string, rep *Report) {
	for _, k := range n.kids {
		if k.name != "" {
			optionals(k, v, part, rep)
		}
	}
	// Blocks inside one paragraph; a paragraph that held only a dropped
	// block goes with it rather than leaving an empty line.
	kept := n.kids[:0:0]
	for _, k := range n.kids {
		if isW(k, "p") && inlineOptionals(newPara(k), v) && strings.TrimSpace(newPara(k).text) == "" && !hasContent(k) {
			continue
		}
		kept = append(kept, k)
	}
	n.kids = kept
	// Blocks across paragraphs.
	for guard := 0; guard < 1000; guard++ {
		i, name := -1, ""
		for j, k := range n.kids {
			if !isW(k, "p") {
				continue
			}
			for _, m := range newPara(k).matches() {
				if m.mark == "?" {
					i, name = j, vn.NFC(m.name)
					break
				}
			}
			if i >= 0 {
				break
			}
		}
		if i < 0 {
			return
		}
		end := -1
		for j := i + 1; j < len(n.kids) && end < 0; j++ {
			if !isW(n.kids[j], "p") {
				continue
			}
			for _, m := range newPara(n.kids[j]).matches() {
				if m.mark == "/" && vn.NFC(m.name) == name {
					end = j
					break
				}
			}
		}
		if end < 0 {
			rep.Problems = append(rep.Problems, fmt.Sprintf("%s: khối tùy chọn {{?%s}} không có {{/%s}} đóng", part, name, name))
			removeMarker(newPara(n.kids[i]), "?", name) // so the loop ends; the block stays
			continue
		}
		if !truthy(v, name) {
			n.kids = append(n.kids[:i:i], n.kids[end+1:]...)
			continue
		}
		var drop []int
		for _, j := range []int{end, i} {
			pa := newPara(n.kids[j])
			removeMarker(pa, map[int]string{i: "?", end: "/"}[j], name)
			if strings.TrimSpace(newPara(n.kids[j]).text) == "" && !hasContent(n.kids[j]) {
				drop = append(drop, j)
			}
		}
		for _, j := range drop { // end first, so i stays valid
			n.kids = append(n.kids[:j:j], n.kids[j+1:]...)
		}
	}
}

func removeMarker(pa *para, mark, name string) {
	ms := pa.matches()
	for i := len(ms) - 1; i >= 0; i-- {
		if ms[i].mark == mark && vn.NFC(ms[i].name) == name {
			pa.replace(ms[i].start, ms[i].end, "")
			return
		}
	}
}

// inlineOptionals resolves the blocks that open and close in pa; it reports
// whether one was dropped.
func inlineOptionals(pa *para, v Values) (dropped bool) {
	for {
		ms := pa.matches()
		done := true
		for i, m := range ms {
			if m.mark != "?" {
				continue
			}
			for _, e := range ms[i+1:] {
				if e.mark != "/" || vn.NFC(e.name) != vn.NFC(m.name) {
					continue
				}
				if truthy(v, vn.NFC(m.name)) {
					pa.replace(e.start, e.end, "")
					pa.replace(m.start, m.end, "")
				} else {
					pa.replace(m.start, e.end, "")
					dropped = true
				}
				done = false
				break
			}
			if !done {
				break
			}
		}
		if done {
			return dropped
		}
		pa = newPara(pa.node)
	}
}

// listIn returns the first list with values named by a placeholder in p.
func listIn(p *node, v Values) string {
	l := ""
	eachParaSelf(p, func(pa *para) {
		for _, m := range pa.matches() {
			if m.mark == "" && l == "" && strings.Contains(m.name, ".") {
				if _, ok := v.Lists[vn.NFC(listOf(m.name))]; ok {
					l = vn.NFC(listOf(m.name))
				}
			}
		}
	})
	return l
}

func eachParaSelf(n *node, fn func(*para)) {
	if isW(n, "p") {
		fn(newPara(n))
	}
	eachPara(n, fn)
}

// repeats copies the table rows and paragraphs that hold list fields, once
// per item.
func repeats(n *node, v Values) {
	var out []*node
	changed := false
	for _, k := range n.kids {
		if k.name == "" {
			out = append(out, k)
			continue
		}
		var l string
		switch {
		case isW(k, "tr") && rowRepeats(k, v):
			l = listIn(k, v)
		case isW(k, "p"):
			l = listIn(k, v)
		}
		if l == "" {
			repeats(k, v)
			out = append(out, k)
			continue
		}
		changed = true
		for _, item := range v.Lists[l] {
			c := k.clone()
			eachParaSelf(c, func(pa *para) {
				fillScalars(pa, nil, func(name string) (string, bool) {
					if listOf(name) != l || !strings.Contains(name, ".") {
						return "", false
					}
					s, ok := item[strings.TrimPrefix(name, l+".")]
					return s, ok
				})
			})
			out = append(out, c)
		}
	}
	if changed {
		n.kids = out
	}
}

// rowRepeats: a row repeats when one of its cells has a single paragraph
// holding a list field; a list field in a cell of several paragraphs (the
// Nơi nhận beside the signature) repeats its paragraph instead.
func rowRepeats(tr *node, v Values) bool {
	for _, tc := range tr.kids {
		if !isW(tc, "tc") {
			continue
		}
		var ps []*node
		for _, k := range tc.kids {
			if isW(k, "p") {
				ps = append(ps, k)
			}
		}
		if len(ps) == 1 && listIn(ps[0], v) != "" {
			return true
		}
	}
	return false
}

// ReadFile is a helper for commands: it reads and parses a template file.
func ReadFile(r io.Reader, limit int64) (*Template, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("mẫu quá lớn (trên %d MB)", limit>>20)
	}
	return Parse(data)
}

// Name of a template file without its folder and ending, as `vanthu
// templates` lists it.
func Name(file string) string { return strings.TrimSuffix(path.Base(file), path.Ext(file)) }

// Paragraphs returns the text of the body's paragraphs, placeholders as
// written, for recognising what kind of document a template drafts.
func (t *Template) Paragraphs() []string {
	root, _ := parseXML(t.parts["word/document.xml"])
	var out []string
	eachPara(root, func(pa *para) { out = append(out, pa.text) })
	return out
}
