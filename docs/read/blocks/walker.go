// Package blocks walks and assembles the block structure that .docx and .odt
// share under other element names: paragraphs with their text boxes, tables
// with merged and nested cells, headers that repeat, and the limits (nesting
// depth, paragraph count) that keep a hostile file from exhausting memory.
// It knows no element name of either format: each reader hands it its own
// through a callback and keeps only what is specific to its format.
package blocks

import (
	"encoding/xml"
	"errors"
	"io"

	"vanthu/docs/model"
	"vanthu/docs/read/ziputil"
)

// Walker streams one XML part (a body, a header, the notes) into blocks.
type Walker struct {
	Part *ziputil.Part
	// Block handles one block-level element whose start was just read,
	// appending what it yields; it is called through Element, under the
	// depth limit.
	Block func(se xml.StartElement, out []model.Block) ([]model.Block, error)
	depth int
}

// Blocks reads block content up to the end of the element whose start was
// just read.
func (w *Walker) Blocks() ([]model.Block, error) {
	var out []model.Block
	err := w.Children(func(se xml.StartElement) (err error) {
		out, err = w.Element(se, out)
		return err
	})
	return out, err
}

// Element hands one block-level element to Block, one level deeper.
func (w *Walker) Element(se xml.StartElement, out []model.Block) ([]model.Block, error) {
	err := w.Deeper(func() (err error) {
		out, err = w.Block(se, out)
		return err
	})
	return out, err
}

// Deeper runs read for the element whose start was just read, one nesting
// level down; past ziputil.MaxDepth the element is skipped instead and the
// archive notes that content was left out.
func (w *Walker) Deeper(read func() error) error {
	if w.depth > ziputil.MaxDepth {
		return w.Part.SkipDeep()
	}
	w.depth++
	defer func() { w.depth-- }()
	return read()
}

// Children calls child for each element inside the one whose start was just
// read, up to and including its end; text between them is passed over.
// child must consume the element it is given.
func (w *Walker) Children(child func(xml.StartElement) error) error {
	return Children(w.Part, child)
}

// Content is Children that also hands the text between the elements to
// text.
func (w *Walker) Content(child func(xml.StartElement) error, text func(xml.CharData)) error {
	return Content(w.Part, child, text)
}

// Children is Walker.Children for a part read without a walker (styles,
// numbering definitions).
func Children(part *ziputil.Part, child func(xml.StartElement) error) error {
	return Content(part, child, nil)
}

// Content is Walker.Content for a part read without a walker.
func Content(part *ziputil.Part, child func(xml.StartElement) error, text func(xml.CharData)) error {
	for {
		tok, err := part.Token()
		if err != nil {
			return part.Fail(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := child(t); err != nil {
				return err
			}
		case xml.CharData:
			if text != nil {
				text(t)
			}
		}
	}
}

// Done, returned by the fn of Starts, ends the scan without an error.
var Done = errors.New("blocks: scan done")

// Starts hands fn the start of each element of a whole part, in document
// order, until the part ends (no error: the root's end was read) or fn
// returns Done. fn may consume the element (Skip, Children) or leave its
// content to come as further starts.
func Starts(part *ziputil.Part, fn func(xml.StartElement) error) error {
	for {
		tok, err := part.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return part.Fail(err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if err := fn(se); err != nil {
				if errors.Is(err, Done) {
					return nil
				}
				return err
			}
		}
	}
}
