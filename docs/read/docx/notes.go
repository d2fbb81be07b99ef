package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/listnum"
	"vanthu/docs/read/ziputil"
	"vanthu/docs/vn"
)

// noteRefs numbers note references in body order, as Word does.
type noteRefs struct {
	refs     []noteRef
	footSeq  int
	endSeq   int
	footFmt  listnum.Format
	endFmt   listnum.Format
	awaiting int // index+1 of a reference whose mark is the text that follows
}

type noteRef struct {
	kind model.NoteKind
	id   string
	mark string
}

func (n *noteRefs) awaitingMark() bool { return n.awaiting > 0 }

func (n *noteRefs) setCustomMark(text string) {
	n.refs[n.awaiting-1].mark = strings.TrimSpace(vn.NFC(text))
	n.awaiting = 0
}

// noteReference records a w:footnoteReference or w:endnoteReference and
// writes its mark into the body as "(N)", or leaves the author's own mark
// (w:customMarkFollows: the mark is the text of the next run).
func (s *story) noteReference(p *paragraph, r *run, se xml.StartElement) {
	n := &s.doc.notes
	kind := model.Footnote
	if se.Name.Local == "endnoteReference" {
		kind = model.Endnote
	}
	id, _ := ziputil.Attr(se, "id")
	ref := noteRef{kind: kind, id: id}
	if custom, _ := ziputil.Attr(se, "customMarkFollows"); isTrue(custom) {
		n.refs = append(n.refs, ref)
		n.awaiting = len(n.refs)
		return
	}
	if kind == model.Footnote {
		n.footSeq++
		ref.mark = listnum.Render(n.footFmt, n.footSeq)
	} else {
		n.endSeq++
		ref.mark = listnum.Render(n.endFmt, n.endSeq)
	}
	n.refs = append(n.refs, ref)
	s.emit(p, r, "("+ref.mark+")")
}

// parseNotes reads footnotes.xml or endnotes.xml into blocks by note id,
// leaving out the separator lines Word stores as notes.
func (d *docState) parseNotes(part *ziputil.Part) (map[string][]model.Block, error) {
	out := map[string][]model.Block{}
	s := d.newStory(part)
	err := blocks.Starts(part, func(se xml.StartElement) error {
		if se.Name.Local != "footnote" && se.Name.Local != "endnote" {
			return nil
		}
		if typ, _ := ziputil.Attr(se, "type"); typ != "" && typ != "normal" {
			return part.Skip()
		}
		id, _ := ziputil.Attr(se, "id")
		bs, err := s.Blocks()
		if err == nil {
			out[id] = bs
		}
		return err
	})
	return out, err
}

// assemble pairs the references with their text, in reference order.
func (n *noteRefs) assemble(foot, end map[string][]model.Block) []model.Note {
	var out []model.Note
	for _, r := range n.refs {
		src := foot
		if r.kind == model.Endnote {
			src = end
		}
		bs, ok := src[r.id]
		if !ok {
			continue
		}
		mark := r.mark
		if mark == "" {
			mark = strconv.Itoa(len(out) + 1)
		}
		out = append(out, model.Note{Kind: r.kind, Mark: mark, Blocks: bs})
	}
	return out
}

// noteFormat maps the w:numFmt of w:footnotePr / w:endnotePr.
func noteFormat(v string) listnum.Format {
	f, bullet := numFormat(v)
	if bullet || f == listnum.NoNumber {
		return listnum.Decimal
	}
	return f
}
