package template

import (
	"archive/zip"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// Edit puts Text in place of [Start, End) of a paragraph's text.
type Edit struct {
	Start, End int
	Text       string
}

// Rewriter decides, for each paragraph of the body in order (table cells
// flattened, as Paragraphs gives them), the edits to make and whether to
// drop the paragraph.
type Rewriter func(i int, text string) (edits []Edit, drop bool)

// Rewrite returns the .docx with the body's paragraphs edited by fn. Edits
// take the formatting of the run where they start, as filling does; every
// other byte is copied untouched. It is how a clerk's finished letter
// becomes a template.
func (t *Template) Rewrite(fn Rewriter) ([]byte, error) {
	root, err := parseXML(t.parts["word/document.xml"])
	if err != nil {
		return nil, err
	}
	var drop []*node
	i := 0
	eachPara(root, func(pa *para) {
		edits, d := fn(i, pa.text)
		i++
		if d {
			drop = append(drop, pa.node)
			return
		}
		sort.Slice(edits, func(a, b int) bool { return edits[a].Start > edits[b].Start })
		for _, e := range edits {
			if e.Start < 0 || e.End > len(pa.text) || e.Start > e.End {
				continue
			}
			if e.Start == e.End { // an insertion: at the start of the next character's run
				if e.Start == len(pa.text) {
					if len(pa.segs) == 0 {
						continue
					}
					last := pa.segs[len(pa.segs)-1]
					last.setText(last.textOf() + e.Text)
					continue
				}
				s := pa.segAt(e.Start)
				tx := pa.segs[s].textOf()
				off := e.Start - pa.offs[s]
				pa.segs[s].setText(tx[:off] + e.Text + tx[off:])
				continue
			}
			pa.replace(e.Start, e.End, e.Text)
		}
	})
	removeNodes(root, drop)
	expandBreaks(root)
	var b bytes.Buffer
	root.write(&b)
	return t.withPart("word/document.xml", b.Bytes())
}

func removeNodes(n *node, drop []*node) {
	if len(drop) == 0 {
		return
	}
	kept := n.kids[:0:0]
	for _, k := range n.kids {
		gone := false
		for _, d := range drop {
			if k == d {
				gone = true
				break
			}
		}
		if !gone {
			removeNodes(k, drop)
			kept = append(kept, k)
		}
	}
	n.kids = kept
}

// withPart returns the package with one part replaced.
func (t *Template) withPart(name string, data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range t.files {
		if strings.ReplaceAll(f.Name, "\\", "/") != name {
			if err := zw.Copy(f); err != nil {
				return nil, fmt.Errorf("không chép được phần %s (%v)", f.Name, err)
			}
			continue
		}
		h := f.FileHeader
		h.Method = zip.Deflate
		w, err := zw.CreateHeader(&h)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(data); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
