package blocks

import "vanthu/docs/model"

// Table assembles a table row by row. A merged cell is kept once, where the
// merge starts, with ColSpan and RowSpan counting the grid columns and rows
// it covers (0 for one).
type Table struct {
	Rows []model.Row
}

// AddRow starts a row.
func (t *Table) AddRow() {
	t.Rows = append(t.Rows, model.Row{Cells: []model.Cell{}})
}

// AddCell appends a cell holding blocks to the last row (a cell met before
// any row starts one) and returns where it stands, for a vertical merge
// found later to reach back to it.
func (t *Table) AddCell(blocks []model.Block, colSpan, rowSpan int) (row, cell int) {
	if len(t.Rows) == 0 {
		t.AddRow()
	}
	if blocks == nil {
		blocks = []model.Block{}
	}
	row = len(t.Rows) - 1
	r := &t.Rows[row]
	r.Cells = append(r.Cells, model.Cell{Blocks: blocks, ColSpan: spanOf(colSpan), RowSpan: spanOf(rowSpan)})
	return row, len(r.Cells) - 1
}

// Extend grows the cell AddCell placed at row, cell one row down, where a
// vertical merge continues it; any stray text of the continuation joins it.
func (t *Table) Extend(row, cell int, blocks []model.Block) {
	c := &t.Rows[row].Cells[cell]
	c.RowSpan = max(c.RowSpan, 1) + 1
	c.Blocks = append(c.Blocks, blocks...)
}

// Block returns the table.
func (t *Table) Block() model.Block {
	return model.Block{Kind: model.KindTable, Rows: t.Rows}
}

// spanOf stores a span of one (or a nonsensical one) as 0, as model.Cell
// documents it.
func spanOf(n int) int {
	if n > 1 {
		return n
	}
	return 0
}
