package model

import (
	"strings"
	"testing"
)

func TestPlainTextAndParagraphs(t *testing.T) {
	d := &Document{
		Blocks: []Block{
			{Kind: KindParagraph, Text: "ỦY BAN NHÂN DÂN TỈNH"},
			{Kind: KindParagraph, Label: "1.", Text: "Sở Nội vụ có trách nhiệm:"},
			{Kind: KindParagraph, Text: "   "},
			{Kind: KindTable, Rows: []Row{
				{Cells: []Cell{{Blocks: []Block{{Text: "Nội dung"}}}, {Blocks: []Block{{Text: "Thời gian"}}}}},
				{Cells: []Cell{{Blocks: []Block{{Label: "a)", Text: "Rà soát"}, {Text: "thủ tục"}}}, {}}},
			}},
		},
		Notes: []Note{{Kind: Footnote, Mark: "1", Blocks: []Block{{Text: "Kế hoạch số 4541/KH-UBND."}}}},
	}
	wantText := "ỦY BAN NHÂN DÂN TỈNH\n1. Sở Nội vụ có trách nhiệm:\n   \nNội dung | Thời gian\na) Rà soát thủ tục | \n(1) Kế hoạch số 4541/KH-UBND.\n"
	if got := d.PlainText(); got != wantText {
		t.Errorf("PlainText:\n%q\nwant\n%q", got, wantText)
	}
	wantPars := []string{"ỦY BAN NHÂN DÂN TỈNH", "1. Sở Nội vụ có trách nhiệm:", "Nội dung", "Thời gian", "a) Rà soát", "thủ tục"}
	if got := d.Paragraphs(); strings.Join(got, "|") != strings.Join(wantPars, "|") {
		t.Errorf("Paragraphs = %q, want %q", got, wantPars)
	}
}

// TestNestedTable: a table in a cell shows in its cell's text (display) and
// in the plain text as rows of its own after the row that holds it; a row
// holding nothing but a nested table gives no empty line.
func TestNestedTable(t *testing.T) {
	inner := Block{Kind: KindTable, Rows: []Row{
		{Cells: []Cell{{Blocks: []Block{{Text: "Đơn vị"}}}, {Blocks: []Block{{Text: "Thời hạn"}}}}},
		{Cells: []Cell{{Blocks: []Block{{Text: "Sở Nội vụ"}}}, {Blocks: []Block{{Text: "30/6/2021"}}}}},
	}}
	d := &Document{Blocks: []Block{
		{Kind: KindTable, Rows: []Row{
			{Cells: []Cell{{Blocks: []Block{{Text: "1"}}}, {Blocks: []Block{{Text: "Phân công:"}, inner}}}},
			{Cells: []Cell{{Blocks: []Block{inner}}}},
		}},
	}}
	if got := d.Blocks[0].Rows[0].CellTexts(); strings.Join(got, "|") != "1|Phân công: Đơn vị Thời hạn Sở Nội vụ 30/6/2021" {
		t.Errorf("CellTexts = %q", got)
	}
	want := "1 | Phân công:\nĐơn vị | Thời hạn\nSở Nội vụ | 30/6/2021\nĐơn vị | Thời hạn\nSở Nội vụ | 30/6/2021\n"
	if got := d.PlainText(); got != want {
		t.Errorf("PlainText:\n%q\nwant\n%q", got, want)
	}
}
