package docx

import (
	"encoding/xml"
	"strconv"

	"vanthu/docs/model"
	"vanthu/docs/read/blocks"
	"vanthu/docs/read/ziputil"
)

// tableBuild collects a w:tbl. Vertically merged cells are kept once, in
// the row where the merge starts, with RowSpan counting the rows it covers.
type tableBuild struct {
	blocks.Table
	merges map[int][2]int // grid column → row and cell index of an open vertical merge
}

type cellProps struct {
	span         int
	merge        bool // w:vMerge present
	mergeRestart bool // w:vMerge w:val="restart"
}

func (s *story) table() (model.Block, error) {
	t := &tableBuild{merges: map[int][2]int{}}
	if err := s.tableContent(t); err != nil {
		return model.Block{}, err
	}
	return t.Block(), nil
}

// tableContent reads rows, looking through the containers (w:sdt,
// w:customXml) that may wrap them.
func (s *story) tableContent(t *tableBuild) error {
	return s.Children(func(e xml.StartElement) error {
		switch e.Name.Local {
		case "tr":
			t.AddRow()
			col := 0
			return s.rowContent(t, &col)
		case "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr", "del", "bookmarkStart", "bookmarkEnd":
			return s.Part.Skip()
		}
		return s.Deeper(func() error { return s.tableContent(t) })
	})
}

// rowContent reads the cells of the last row; col is the grid column
// reached so far.
func (s *story) rowContent(t *tableBuild, col *int) error {
	return s.Children(func(e xml.StartElement) error {
		switch e.Name.Local {
		case "tc":
			return s.cell(t, col)
		case "trPr":
			return s.rowProps(col)
		case "tblPrEx", "sdtPr", "sdtEndPr", "bookmarkStart", "bookmarkEnd":
			return s.Part.Skip()
		}
		return s.Deeper(func() error { return s.rowContent(t, col) })
	})
}

// rowProps reads w:trPr for w:gridBefore, the grid columns left empty before
// the first cell.
func (s *story) rowProps(col *int) error {
	return s.Children(func(e xml.StartElement) error {
		if e.Name.Local == "gridBefore" {
			if v, _ := ziputil.Attr(e, "val"); v != "" {
				if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1000 {
					*col += n
				}
			}
		}
		return s.Part.Skip()
	})
}

func (s *story) cell(t *tableBuild, col *int) error {
	var props cellProps
	var content []model.Block
	err := s.Children(func(e xml.StartElement) (err error) {
		if e.Name.Local == "tcPr" {
			props, err = s.cellProps()
			return err
		}
		content, err = s.Element(e, content)
		return err
	})
	if err != nil {
		return err
	}
	span := max(props.span, 1)
	if props.merge && !props.mergeRestart {
		if o, ok := t.merges[*col]; ok {
			// A continuation cell is normally empty; keep any stray text.
			t.Extend(o[0], o[1], content)
			*col += span
			return nil
		}
	}
	ri, ci := t.AddCell(content, span, 1)
	for c := *col; c < *col+span; c++ {
		delete(t.merges, c)
	}
	if props.merge {
		t.merges[*col] = [2]int{ri, ci}
	}
	*col += span
	return nil
}

func (s *story) cellProps() (cellProps, error) {
	var p cellProps
	err := s.Children(func(e xml.StartElement) error {
		val, _ := ziputil.Attr(e, "val")
		switch e.Name.Local {
		case "gridSpan":
			if n, err := strconv.Atoi(val); err == nil && n > 0 && n < 1000 {
				p.span = n
			}
		case "vMerge":
			p.merge, p.mergeRestart = true, val == "restart"
		}
		return s.Part.Skip()
	})
	return p, err
}
