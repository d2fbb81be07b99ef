package docx

import (
	"encoding/xml"
	"strconv"

	"vanthu/docs/model"
	"vanthu/docs/read/ziputil"
)

// tableBuild collects a w:tbl. Vertically merged cells are kept once, in
// the row where the merge starts, with RowSpan counting the rows it covers.
type tableBuild struct {
	rows   []model.Row
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
	for ri := range t.rows {
		for ci := range t.rows[ri].Cells {
			c := &t.rows[ri].Cells[ci]
			if c.ColSpan == 1 {
				c.ColSpan = 0
			}
			if c.RowSpan == 1 {
				c.RowSpan = 0
			}
		}
	}
	return model.Block{Kind: model.KindTable, Rows: t.rows}, nil
}

// tableContent reads rows, looking through the containers (w:sdt,
// w:customXml) that may wrap them.
func (s *story) tableContent(t *tableBuild) error {
	for {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch e.Name.Local {
			case "tr":
				t.rows = append(t.rows, model.Row{Cells: []model.Cell{}})
				col := 0
				if err := s.rowContent(t, &col); err != nil {
					return err
				}
			case "tblPr", "tblGrid", "tblPrEx", "sdtPr", "sdtEndPr", "del", "bookmarkStart", "bookmarkEnd":
				if err := s.part.Skip(); err != nil {
					return err
				}
			default:
				if s.depth > ziputil.MaxDepth {
					if err := s.part.SkipDeep(); err != nil {
						return err
					}
					continue
				}
				s.depth++
				err := s.tableContent(t)
				s.depth--
				if err != nil {
					return err
				}
			}
		}
	}
}

// rowContent reads the cells of the last row; col is the grid column
// reached so far.
func (s *story) rowContent(t *tableBuild, col *int) error {
	for {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			var err error
			switch e.Name.Local {
			case "tc":
				err = s.cell(t, col)
			case "trPr":
				err = s.rowProps(col)
			case "tblPrEx", "sdtPr", "sdtEndPr", "bookmarkStart", "bookmarkEnd":
				err = s.part.Skip()
			default:
				if s.depth > ziputil.MaxDepth {
					err = s.part.SkipDeep()
					break
				}
				s.depth++
				err = s.rowContent(t, col)
				s.depth--
			}
			if err != nil {
				return err
			}
		}
	}
}

// rowProps reads w:trPr for w:gridBefore, the grid columns left empty before
// the first cell.
func (s *story) rowProps(col *int) error {
	for {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if e.Name.Local == "gridBefore" {
				if v, _ := ziputil.Attr(e, "val"); v != "" {
					if n, err := strconv.Atoi(v); err == nil && n > 0 && n < 1000 {
						*col += n
					}
				}
			}
			if err := s.part.Skip(); err != nil {
				return err
			}
		}
	}
}

func (s *story) cell(t *tableBuild, col *int) error {
	var props cellProps
	var blocks []model.Block
	for done := false; !done; {
		tok, err := s.part.Token()
		if err != nil {
			return s.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			done = true
		case xml.StartElement:
			if e.Name.Local == "tcPr" {
				props, err = s.cellProps()
			} else {
				blocks, err = s.block(e, blocks)
			}
			if err != nil {
				return err
			}
		}
	}
	span := max(props.span, 1)
	ri := len(t.rows) - 1
	row := &t.rows[ri]
	if props.merge && !props.mergeRestart {
		if o, ok := t.merges[*col]; ok {
			origin := &t.rows[o[0]].Cells[o[1]]
			origin.RowSpan++
			// A continuation cell is normally empty; keep any stray text.
			origin.Blocks = append(origin.Blocks, blocks...)
			*col += span
			return nil
		}
	}
	if blocks == nil {
		blocks = []model.Block{}
	}
	row.Cells = append(row.Cells, model.Cell{Blocks: blocks, ColSpan: span, RowSpan: 1})
	for c := *col; c < *col+span; c++ {
		delete(t.merges, c)
	}
	if props.merge {
		t.merges[*col] = [2]int{ri, len(row.Cells) - 1}
	}
	*col += span
	return nil
}

func (s *story) cellProps() (cellProps, error) {
	var p cellProps
	for {
		tok, err := s.part.Token()
		if err != nil {
			return p, s.part.Fail(err)
		}
		switch e := tok.(type) {
		case xml.EndElement:
			return p, nil
		case xml.StartElement:
			val, _ := ziputil.Attr(e, "val")
			switch e.Name.Local {
			case "gridSpan":
				if n, err := strconv.Atoi(val); err == nil && n > 0 && n < 1000 {
					p.span = n
				}
			case "vMerge":
				p.merge, p.mergeRestart = true, val == "restart"
			}
			if err := s.part.Skip(); err != nil {
				return p, err
			}
		}
	}
}
