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
