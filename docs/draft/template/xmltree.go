package template

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// node is one piece of an XML part, kept as the bytes it was read from so
// that whatever the engine does not change is written back byte for byte.
// An element keeps its start and end tags raw; everything else (text,
// comments, processing instructions) is a leaf with only raw bytes.
type node struct {
	name  string // prefixed name of an element ("w:p"); "" for a leaf
	start []byte // raw start tag, or the whole raw leaf
	end   []byte // raw end tag; nil for a self-closing element or a leaf
	kids  []*node
	text  string // decoded character data of a leaf that is text
	isTxt bool
	dirty bool // a w:t whose text was replaced: written from text, not raw
}

const maxDepth = 512 // deeper nesting than any real document; refused as hostile

// parseXML reads a part into a tree. It fails on malformed XML.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	root := &node{name: "#root"}
	stack := []*node{root}
	prev := int64(0)
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		off := d.InputOffset()
		raw := data[prev:off]
		cur := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: qname(t.Name), start: raw}
			cur.kids = append(cur.kids, n)
			stack = append(stack, n)
			if len(stack) > maxDepth {
				return nil, errors.New("XML lồng nhau quá sâu")
			}
		case xml.EndElement:
			if len(stack) == 1 {
				return nil, fmt.Errorf("thẻ đóng thừa </%s>", qname(t.Name))
			}
			if off == prev { // self-closing: the decoder made up this end tag
				cur.end = nil
			} else {
				cur.end = raw
			}
			stack = stack[:len(stack)-1]
		case xml.CharData:
			cur.kids = append(cur.kids, &node{start: raw, text: string(t), isTxt: true})
		default:
			cur.kids = append(cur.kids, &node{start: raw})
		}
		prev = off
	}
	if len(stack) != 1 {
		return nil, errors.New("XML bị cắt cụt (thiếu thẻ đóng)")
	}
	if prev != int64(len(data)) {
		root.kids = append(root.kids, &node{start: data[prev:]})
	}
	return root, nil
}

func qname(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// write serialises the tree: raw bytes where nothing changed.
func (n *node) write(b *bytes.Buffer) {
	if n.name == "#root" {
		for _, k := range n.kids {
			k.write(b)
		}
		return
	}
	if n.name == "" {
		b.Write(n.start)
		return
	}
	if n.dirty { // a w:t with new text
		b.WriteString(`<w:t xml:space="preserve">`)
		xml.EscapeText(b, []byte(n.textOf()))
		b.WriteString(`</w:t>`)
		return
	}
	if n.end == nil && len(n.kids) == 0 {
		b.Write(n.start)
		return
	}
	if n.end == nil { // was self-closing, has gained children
		s := bytes.TrimSuffix(bytes.TrimRight(n.start, " \t\r\n>"), []byte("/"))
		b.Write(s)
		b.WriteByte('>')
		for _, k := range n.kids {
			k.write(b)
		}
		b.WriteString("</" + n.name + ">")
		return
	}
	b.Write(n.start)
	for _, k := range n.kids {
		k.write(b)
	}
	b.Write(n.end)
}

// textOf is the character data directly inside n.
func (n *node) textOf() string {
	var s string
	for _, k := range n.kids {
		if k.isTxt {
			s += k.text
		}
	}
	return s
}

// setText replaces the text of a w:t element.
func (n *node) setText(s string) {
	n.kids = []*node{{isTxt: true, text: s}}
	n.dirty = true
}

// clone copies a subtree deeply (raw bytes are shared, never modified).
func (n *node) clone() *node {
	c := *n
	c.kids = make([]*node, len(n.kids))
	for i, k := range n.kids {
		c.kids[i] = k.clone()
	}
	return &c
}

// newElem builds a new element from raw markup of a self-closing tag.
func newLeafElem(name, raw string) *node { return &node{name: name, start: []byte(raw)} }
