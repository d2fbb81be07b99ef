package template

import (
	"regexp"
	"strings"
)

// A placeholder is {{name}}; {{?name}} opens and {{/name}} closes an optional
// block; a dotted name {{list.field}} is a field of an item of a list.
var placeholderRe = regexp.MustCompile(`\{\{\s*([?/]?)\s*([\p{L}\p{N}_#\-]+(?:\.[\p{L}\p{N}_#\-]+)?)\s*\}\}`)

// match is one placeholder in a paragraph's text.
type match struct {
	start, end int    // byte offsets in the paragraph text
	mark       string // "", "?" or "/"
	name       string
}

// para is a paragraph's visible text as the concatenation of its w:t
// elements, each remembered with where its text starts.
type para struct {
	node *node
	segs []*node
	offs []int
	text string
}

func isW(n *node, local string) bool { return n.name == "w:"+local }

// newPara collects the w:t elements of p in order. Nested paragraphs (text
// boxes inside a run) are left to their own para; deleted text and field
// instructions are not text the reader sees.
func newPara(p *node) *para {
	pa := &para{node: p}
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, k := range n.kids {
			switch {
			case k.name == "":
				continue
			case isW(k, "p"), isW(k, "txbxContent"), isW(k, "del"), isW(k, "delText"), isW(k, "instrText"):
				continue
			case isW(k, "t"):
				pa.segs = append(pa.segs, k)
				pa.offs = append(pa.offs, b.Len())
				b.WriteString(k.textOf())
			default:
				walk(k)
			}
		}
	}
	walk(p)
	pa.text = b.String()
	return pa
}

func (pa *para) matches() []match {
	var out []match
	for _, m := range placeholderRe.FindAllStringSubmatchIndex(pa.text, -1) {
		out = append(out, match{start: m[0], end: m[1], mark: pa.text[m[2]:m[3]], name: pa.text[m[4]:m[5]]})
	}
	return out
}

// replace puts value in place of text[a:b]. The value goes into the w:t
// where the span starts, so it takes that run's formatting; the rest of the
// span is cut from the following w:t elements. Calls must go from the last
// span to the first so that earlier offsets stay valid.
func (pa *para) replace(a, b int, value string) {
	sa, sb := pa.segAt(a), pa.segAt(b-1)
	if sa < 0 || sb < 0 {
		return
	}
	ta := pa.segs[sa].textOf()
	if sa == sb {
		pa.segs[sa].setText(ta[:a-pa.offs[sa]] + value + ta[b-pa.offs[sa]:])
		return
	}
	pa.segs[sa].setText(ta[:a-pa.offs[sa]] + value)
	for s := sa + 1; s < sb; s++ {
		pa.segs[s].setText("")
	}
	tb := pa.segs[sb].textOf()
	pa.segs[sb].setText(tb[b-pa.offs[sb]:])
}

func (pa *para) segAt(i int) int {
	for s := len(pa.segs) - 1; s >= 0; s-- {
		if pa.offs[s] <= i && i < pa.offs[s]+len(pa.segs[s].textOf()) {
			return s
		}
	}
	return -1
}

// hasContent reports whether p holds anything but text: a picture, an
// object, a text box, a field, which must not be dropped with an empty line.
func hasContent(n *node) bool {
	for _, k := range n.kids {
		switch {
		case isW(k, "drawing"), isW(k, "pict"), isW(k, "object"), isW(k, "txbxContent"), isW(k, "fldChar"), isW(k, "fldSimple"):
			return true
		case k.name != "" && hasContent(k):
			return true
		}
	}
	return false
}

// expandBreaks turns "\n" in replaced text into w:br and "\t" into w:tab,
// splitting the w:t inside its run.
func expandBreaks(n *node) {
	var out []*node
	changed := false
	for _, k := range n.kids {
		if k.dirty && strings.ContainsAny(k.textOf(), "\n\t") {
			changed = true
			out = append(out, splitBreaks(k.textOf())...)
			continue
		}
		if k.name != "" {
			expandBreaks(k)
		}
		out = append(out, k)
	}
	if changed {
		n.kids = out
	}
}

func splitBreaks(s string) []*node {
	var out []*node
	s = strings.ReplaceAll(s, "\r\n", "\n")
	cur := strings.Builder{}
	flush := func() {
		t := &node{name: "w:t"}
		t.setText(cur.String())
		out = append(out, t)
		cur.Reset()
	}
	for _, r := range s {
		switch r {
		case '\n', '\r':
			flush()
			out = append(out, newLeafElem("w:br", "<w:br/>"))
		case '\t':
			flush()
			out = append(out, newLeafElem("w:tab", "<w:tab/>"))
		default:
			cur.WriteRune(r)
		}
	}
	flush()
	return out
}
