package docx

import (
	"reflect"
	"strings"
	"testing"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/blocks/readertest"
)

const numbering3 = `<w:abstractNum w:abstractNumId="0">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3."/></w:lvl>` +
	`</w:abstractNum>`

func TestReadText(t *testing.T) {
	tests := []struct {
		name  string
		body  string
		extra map[string]string
		want  string // Document.PlainText()
	}{
		{
			name: "runs, tabs, breaks, hyphens, symbols, odd spaces, NFC",
			body: `<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t xml:space="preserve">12/UBND` + "\u00a0" + `ngày</w:t></w:r>` +
				`<w:r><w:br/><w:t>dòng</w:t><w:noBreakHyphen/><w:t>hai</w:t><w:sym w:font="Times New Roman" w:char="0040"/>` +
				`<w:sym w:font="Wingdings" w:char="F0E0"/></w:r></w:p>` +
				p("Quye\u0302\u0301t \u0111i\u0323nh"),
			want: "Số:\t12/UBND ngày\ndòng-hai@\nQuyết định\n",
		},
		{
			name: "tracked changes: insertions kept, deletions dropped",
			body: `<w:p><w:r><w:t xml:space="preserve">Gửi </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>Sở Nội vụ</w:t></w:r></w:ins>` +
				`<w:del w:id="2" w:author="A"><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del></w:p>`,
			want: "Gửi Sở Nội vụ\n",
		},
		{
			name: "complex field: instruction dropped, result kept, nested field inside instruction",
			body: `<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:r><w:instrText> = 1 "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
				`<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
				`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/5</w:t></w:r></w:fldSimple></w:p>`,
			want: "Trang 2/5\n",
		},
		{
			name: "hyperlink, content controls, hidden text",
			body: `<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent>` + p("Về việc A") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:hyperlink r:id="rId9"><w:r><w:t xml:space="preserve">xem </w:t></w:r></w:hyperlink>` +
				`<w:sdt><w:sdtContent><w:r><w:t>tại đây</w:t></w:r></w:sdtContent></w:sdt>` +
				`<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>`,
			want: "Về việc A\nxem tại đây\n",
		},
		{
			name: "AlternateContent: the text box is read once, after its anchor",
			body: `<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent>` +
				`<mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>` + p("ỦY BAN NHÂN DÂN") + `</w:txbxContent></wps:txbx></w:drawing></mc:Choice>` +
				`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + p("ỦY BAN NHÂN DÂN") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
				`</mc:AlternateContent></w:r></w:p>` + p("Sau"),
			want: "Neo\nỦY BAN NHÂN DÂN\nSau\n",
		},
		{
			name: "VML text box without AlternateContent",
			body: `<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>` + p("Hộp chữ") + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
			want: "Hộp chữ\n",
		},
		{
			name: "numbering: nested levels, deeper counters reset, multi-level text",
			body: numP("1", "0", "Một") + numP("1", "1", "a") + numP("1", "1", "b") + numP("1", "2", "sâu") +
				p("đoạn thường") + numP("1", "0", "Hai") + numP("1", "1", "a lại") + numP("1", "2", "sâu lại"),
			extra: map[string]string{"numbering.xml": numbering3 + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`},
			// %2 prints in level 2's own format (lowerLetter), as Word does without w:isLgl.
			want: "1. Một\na) a\nb) b\n1.b.1. sâu\nđoạn thường\n2. Hai\na) a lại\n2.a.1. sâu lại\n",
		},
		{
			name: "numbering: start values, roman, letters, bullets, numId 0 removes numbering",
			body: numP("1", "0", "I") + numP("1", "0", "II") + numP("2", "0", "c") + numP("3", "0", "chấm") +
				numP("4", "0", "cộng") + numP("0", "0", "không số"),
			extra: map[string]string{"numbering.xml": `<w:abstractNum w:abstractNumId="1">` + lvl("0", "1", "upperRoman", "%1.") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="2">` + lvl("0", "3", "lowerLetter", "(%1)") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="3">` + lvl("0", "1", "bullet", "\uf0b7") + `</w:abstractNum>` +
				`<w:abstractNum w:abstractNumId="4">` + lvl("0", "1", "bullet", "+") + `</w:abstractNum>` +
				`<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>`},
			want: "I. I\nII. II\n(c) c\n- chấm\n+ cộng\nkhông số\n",
		},
		{
			name: "numbering: a new numId of the same list continues; startOverride restarts",
			body: numP("1", "0", "a") + numP("1", "0", "b") + numP("2", "0", "tiếp") + numP("3", "0", "lại") + numP("3", "0", "tiếp"),
			extra: map[string]string{"numbering.xml": numbering3 +
				`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`},
			want: "1. a\n2. b\n3. tiếp\n1. lại\n2. tiếp\n",
		},
		{
			name: "numbering inherited from a paragraph style through basedOn",
			body: `<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t>Phạm vi</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Dieu"/></w:pPr><w:r><w:t>Đối tượng</w:t></w:r></w:p>`,
			extra: map[string]string{
				"numbering.xml": `<w:abstractNum w:abstractNumId="7">` + lvl("0", "1", "decimal", "Điều %1.") + `</w:abstractNum>` +
					`<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>`,
				"styles.xml": `<w:style w:type="paragraph" w:styleId="DieuBase"><w:name w:val="Dieu Base"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>` +
					`<w:style w:type="paragraph" w:styleId="Dieu"><w:name w:val="Dieu"/><w:basedOn w:val="DieuBase"/></w:style>`,
			},
			want: "Điều 1. Phạm vi\nĐiều 2. Đối tượng\n",
		},
		{
			name: "tables: gridSpan and vMerge, covered cells not repeated",
			body: `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
				`<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p("A") + `</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p("B") + `</w:tc></w:tr>` +
				`<w:tr><w:tc>` + p("C") + `</w:tc><w:tc>` + p("D") + `</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>` +
				`<w:tr><w:tc>` + p("E") + `</w:tc><w:tc>` + p("F") + `</w:tc><w:tc>` + p("G") + `</w:tc></w:tr>` +
				`</w:tbl>`,
			want: "A | B\nC | D\nE | F | G\n",
		},
		{
			name: "footnotes and endnotes: separators skipped, marks in the body",
			body: `<w:p><w:r><w:t>Kế hoạch</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t xml:space="preserve"> và </w:t></w:r>` +
				`<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`,
			extra: map[string]string{
				"footnotes.xml": `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
					`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
					`<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Kế hoạch số 4541/KH-UBND.</w:t></w:r></w:p></w:footnote>` +
					`<w:footnote w:id="3"><w:p><w:r><w:t>Ghi chú sao.</w:t></w:r></w:p></w:footnote>`,
				"endnotes.xml": `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Cuối văn bản.</w:t></w:r></w:p></w:endnote>`,
			},
			want: "Kế hoạch(1) và *(i)\n(1) Kế hoạch số 4541/KH-UBND.\n(*) Ghi chú sao.\n(i) Cuối văn bản.\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(docxOf(t, tc.body, tc.extra))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.PlainText(); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestMergedCellSpans(t *testing.T) {
	body := `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p("A") + `</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p("B") + `</w:tc></w:tr>` +
		`<w:tr><w:tc>` + p("C") + `</w:tc><w:tc><w:tbl><w:tr><w:tc>` + p("D") + `</w:tc></w:tr></w:tbl><w:p/></w:tc>` +
		`<w:tc><w:tcPr><w:vMerge w:val="continue"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`
	doc, err := Read(docxOf(t, body, nil))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Paragraphs(), []string{"A", "B", "C", "D"}; !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs %q, want %q (nested table included)", got, want)
	}
	rows := doc.Blocks[0].Rows
	if len(rows) != 2 || len(rows[0].Cells) != 2 || len(rows[1].Cells) != 2 {
		t.Fatalf("shape: %+v", rows)
	}
	if a, b := rows[0].Cells[0], rows[0].Cells[1]; a.ColSpan != 2 || a.RowSpan != 0 || b.RowSpan != 2 || b.ColSpan != 0 {
		t.Errorf("spans: A col %d row %d, B col %d row %d", a.ColSpan, a.RowSpan, b.ColSpan, b.RowSpan)
	}
}

func TestParagraphStyle(t *testing.T) {
	styles := `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
		`<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`
	body := `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:jc w:val="center"/></w:pPr><w:r><w:t>Chương I</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/><w:i/><w:sz w:val="28"/></w:rPr><w:t>Nơi nhận:</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Đậm </w:t></w:r><w:r><w:t>thường</w:t></w:r></w:p>` +
		`<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Mục</w:t></w:r></w:p>`
	doc, err := Read(docxOf(t, body, map[string]string{"styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Style{
		{Bold: true, Align: model.AlignCenter, SizePt: 13, Heading: 2},
		{Bold: true, Italic: true, Align: model.AlignJustify, SizePt: 14},
		{Align: model.AlignJustify, SizePt: 13},
		{Align: model.AlignJustify, SizePt: 13, Heading: 1},
	}
	for i, w := range want {
		if got := doc.Blocks[i].Style; got != w {
			t.Errorf("paragraph %d %q: style %+v, want %+v", i, doc.Blocks[i].Text, got, w)
		}
	}
}

func TestHeadersFooters(t *testing.T) {
	doc, err := Read(docxOf(t, p("Thân"), map[string]string{
		"header1.xml": p("Đầu trang"), "header2.xml": p("Đầu trang"), "footer1.xml": p("Trang 1"),
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Paragraphs(); !reflect.DeepEqual(got, []string{"Thân"}) {
		t.Errorf("body %q", got)
	}
	if len(doc.Headers) != 1 || doc.Headers[0].Text != "Đầu trang" || len(doc.Footers) != 1 || doc.Footers[0].Text != "Trang 1" {
		t.Errorf("headers %+v footers %+v", doc.Headers, doc.Footers)
	}
}

// latin1 is how Word stores the bytes of a legacy 8-bit font: each byte as
// the character with that code.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func TestLegacyFonts(t *testing.T) {
	enc := func(s string) string {
		b, err := legacy.Encode(legacy.TCVN3, s)
		if err != nil {
			t.Fatal(err)
		}
		return latin1(b)
	}
	vni, err := legacy.Encode(legacy.VNI, "Hà Nội")
	if err != nil {
		t.Fatal(err)
	}
	styles := `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:rPrDefault></w:docDefaults>`
	body := p(enc("Kính gửi các sở")) +
		`<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/></w:rPr><w:t>` + enc("cộng hòa") + `</w:t></w:r></w:p>` +
		`<w:p><w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>` + latin1(vni) + `</w:t></w:r>` +
		`<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr><w:t xml:space="preserve"> (Unicode)</w:t></w:r></w:p>`
	doc, err := Read(docxOf(t, body, map[string]string{"styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Kính gửi các sở", "CỘNG HÒA", "Hà Nội (Unicode)"}
	if got := doc.Paragraphs(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	wantConv := []string{"TCVN3 → Unicode (.VnTime): 1 đoạn", "TCVN3 → Unicode (.VnTimeH): 1 đoạn", "VNI → Unicode (VNI-Times): 1 đoạn"}
	if !reflect.DeepEqual(doc.Info.Conversions, wantConv) {
		t.Errorf("conversions %q, want %q", doc.Info.Conversions, wantConv)
	}
}

func TestReadErrors(t *testing.T) {
	readertest.Refuses(t, Read, []readertest.Refusal{
		{Name: "not a zip", Data: []byte("hello"), Msg: "bị hỏng"},
		{Name: "no document part", Data: readertest.Zip(t, map[string]string{"word/styles.xml": "<w:styles/>"}), Msg: "thiếu word/document.xml"},
		{Name: "broken XML", Data: readertest.Zip(t, map[string]string{"word/document.xml": "<w:document " + nsDecl + "><w:body><w:p>"}), Msg: "bị hỏng"},
		{Name: "truncated", Data: docxOf(t, p("abc"), nil)[:100], Msg: "bị hỏng"},
	})
}

func TestMacrosWarned(t *testing.T) {
	doc, err := Read(docxOf(t, p("Nội dung"), map[string]string{"word/vbaProject.bin": "\xd0\xcf\x11\xe0 not run"}))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Info.Warnings) != 1 || !strings.Contains(doc.Info.Warnings[0], "macro") {
		t.Errorf("warnings %q", doc.Info.Warnings)
	}
}
