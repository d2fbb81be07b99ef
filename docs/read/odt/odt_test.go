package odt

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/blocks/readertest"
	"vanthu/docs/read/ziputil"
)

const ns = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ` +
	`xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ` +
	`xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ` +
	`xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ` +
	`xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"`

// odtOf builds an .odt from automatic styles and body content.
func odtOf(t testing.TB, styles, body string) []byte {
	t.Helper()
	return readertest.Zip(t, map[string]string{
		"mimetype": "application/vnd.oasis.opendocument.text",
		"content.xml": `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + ns + `>` +
			`<office:automatic-styles>` + styles + `</office:automatic-styles>` +
			`<office:body><office:text>` + body + `</office:text></office:body></office:document-content>`,
	})
}

const listStyles = `<text:list-style style:name="L1">` +
	`<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>` +
	`<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>` +
	`<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1" text:display-levels="3"/>` +
	`</text:list-style>` +
	`<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="I" text:start-value="3"/></text:list-style>` +
	`<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>` +
	`<text:list-level-style-bullet text:level="2" text:bullet-char="+"/></text:list-style>` +
	`<text:list-style style:name="L4"><text:list-level-style-number text:level="1" style:num-format="1" loext:num-list-format="Điều %1%."/></text:list-style>`

func item(text string) string {
	return `<text:list-item><text:p>` + text + `</text:p></text:list-item>`
}

func TestReadText(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // Document.PlainText()
	}{
		{
			name: "spaces, tabs, line breaks, spans, links; soft page breaks and tracked deletions ignored",
			body: `<text:tracked-changes><text:changed-region><text:deletion><text:p>đã xóa</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
				`<text:p>Số:<text:tab/>12<text:s text:c="3"/>ngày` + "\n   " + `<text:span>tháng</text:span></text:p>` +
				`<text:soft-page-break/><text:p>dòng<text:line-break/>hai <text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink">liên kết</text:a>` + "\u00a0" + `xong</text:p>` +
				`<text:p>Quye` + "\u0302\u0301" + `t</text:p><text:p/>`,
			want: "Số:\t12   ngày tháng\ndòng\nhai liên kết xong\nQuyết\n",
		},
		{
			name: "nested list: deeper counters reset, display-levels",
			body: `<text:list text:style-name="L1">` + item("Một") +
				`<text:list-item><text:p>Hai</text:p><text:list>` + item("a") + item("b") +
				`<text:list-item><text:list>` + item("sâu") + `</text:list></text:list-item></text:list></text:list-item>` +
				item("Ba") + `</text:list>`,
			want: "1. Một\n2. Hai\na) a\nb) b\n2.b.1. sâu\n3. Ba\n",
		},
		{
			name: "continue-numbering and continue-list across interruptions, a new list restarts",
			body: `<text:list xml:id="x1" text:style-name="L1">` + item("a") + `</text:list><text:p>chen</text:p>` +
				`<text:list text:continue-numbering="true" text:style-name="L1">` + item("b") + `</text:list>` +
				`<text:list text:style-name="L1">` + item("mới") + `</text:list>` +
				`<text:list text:continue-list="x1" text:style-name="L1">` + item("c") + `</text:list>`,
			want: "1. a\nchen\n2. b\n1. mới\n3. c\n",
		},
		{
			name: "prefix, roman, start values, bullets, list header, num-list-format",
			body: `<text:list text:style-name="L2">` + item("ba") + `<text:list-item text:start-value="7"><text:p>bảy</text:p><text:p>tiếp</text:p></text:list-item>` +
				`<text:list-header><text:p>đầu</text:p></text:list-header></text:list>` +
				`<text:list text:style-name="L3">` + item("chấm") + `<text:list-item><text:list>` + item("cộng") + `</text:list></text:list-item></text:list>` +
				`<text:list text:style-name="L4">` + item("Phạm vi") + `</text:list>`,
			want: "(III) ba\n(VII) bảy\ntiếp\nđầu\n- chấm\n+ cộng\nĐiều 1. Phạm vi\n",
		},
		{
			name: "table with spans, covered cells skipped",
			body: `<table:table><table:table-column table:number-columns-repeated="3"/><table:table-header-rows><table:table-row>` +
				`<table:table-cell table:number-columns-spanned="2"><text:p>A</text:p></table:table-cell><table:covered-table-cell/>` +
				`<table:table-cell table:number-rows-spanned="2"><text:p>B</text:p></table:table-cell></table:table-row></table:table-header-rows>` +
				`<table:table-row><table:table-cell><text:p>C</text:p></table:table-cell><table:table-cell><text:p>D</text:p></table:table-cell><table:covered-table-cell/></table:table-row>` +
				`</table:table>`,
			want: "A | B\nC | D\n",
		},
		{
			name: "notes: citation in the body, note text kept apart, custom label as written",
			body: `<text:p>Kế hoạch<text:note text:id="n1" text:note-class="footnote"><text:note-citation>1</text:note-citation>` +
				`<text:note-body><text:p>Kế hoạch số 4541/KH-UBND.</text:p></text:note-body></text:note> và` +
				`<text:note text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation><text:note-body><text:p>Sao.</text:p></text:note-body></text:note>` +
				`<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Cuối.</text:p></text:note-body></text:note></text:p>`,
			want: "Kế hoạch(1) và*(i)\n(1) Kế hoạch số 4541/KH-UBND.\n(*) Sao.\n(i) Cuối.\n",
		},
		{
			name: "text box read after its anchor paragraph",
			body: `<text:p>Neo<draw:frame><svg:title>ảnh</svg:title><draw:text-box><text:p>ỦY BAN NHÂN DÂN</text:p></draw:text-box></draw:frame></text:p><text:p>Sau</text:p>`,
			want: "Neo\nỦY BAN NHÂN DÂN\nSau\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(odtOf(t, listStyles, tc.body))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.PlainText(); got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestNoteKinds(t *testing.T) {
	doc, err := Read(odtOf(t, "", `<text:p>x<text:note text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>E</text:p></text:note-body></text:note></text:p>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Notes) != 1 || doc.Notes[0].Kind != model.Endnote || doc.Notes[0].Mark != "i" {
		t.Errorf("notes %+v", doc.Notes)
	}
}

func TestStylesAndHeadings(t *testing.T) {
	styles := `<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>` +
		`<style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>` +
		`<style:style style:name="P2" style:family="paragraph" style:parent-style-name="P1"><style:paragraph-properties fo:text-align="justify"/></style:style>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="normal" fo:font-style="italic"/></style:style>`
	body := `<text:p text:style-name="P1">CỘNG HÒA</text:p>` +
		`<text:p text:style-name="P2">Đậm <text:span text:style-name="T1">nghiêng</text:span></text:p>` +
		`<text:h text:outline-level="2">Chương I</text:h>`
	doc, err := Read(odtOf(t, styles, body))
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Style{
		{Bold: true, Align: model.AlignCenter, SizePt: 13},
		{Align: model.AlignJustify, SizePt: 13},
		{Heading: 2},
	}
	for i, w := range want {
		if got := doc.Blocks[i].Style; got != w {
			t.Errorf("block %d %q: %+v, want %+v", i, doc.Blocks[i].Text, got, w)
		}
	}
}

func TestHeadersFooters(t *testing.T) {
	data := readertest.Zip(t, map[string]string{
		"content.xml": `<office:document-content ` + ns + `><office:body><office:text><text:p>Thân</text:p></office:text></office:body></office:document-content>`,
		"styles.xml": `<office:document-styles ` + ns + `><office:master-styles><style:master-page style:name="Standard">` +
			`<style:header><text:p>Đầu trang</text:p></style:header><style:header-first><text:p>Đầu trang</text:p></style:header-first>` +
			`<style:footer><text:p>Chân trang</text:p></style:footer></style:master-page></office:master-styles></office:document-styles>`,
	})
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	got := [][]string{doc.Paragraphs(), (&model.Document{Blocks: doc.Headers}).Paragraphs(), (&model.Document{Blocks: doc.Footers}).Paragraphs()}
	want := [][]string{{"Thân"}, {"Đầu trang"}, {"Chân trang"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	readertest.Refuses(t, Read, []readertest.Refusal{
		{Name: "not a zip", Data: []byte("PK\x03\x04..."), Msg: "tệp .odt bị hỏng"},
		{Name: "no content.xml", Data: readertest.Zip(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text"}), Msg: "thiếu content.xml"},
		{Name: "broken XML", Data: readertest.Zip(t, map[string]string{"content.xml": `<office:document-content ` + ns + `><office:body><office:text><text:p>`}), Msg: "bị hỏng"},
	})
}

func TestLegacyFonts(t *testing.T) {
	enc := func(s string) string {
		b, err := legacy.Encode(legacy.TCVN3, s)
		if err != nil {
			t.Fatal(err)
		}
		r := make([]rune, len(b)) // stored as the characters with those byte codes
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	data := readertest.Zip(t, map[string]string{
		"content.xml": `<office:document-content ` + ns + `><office:font-face-decls>` +
			`<style:font-face style:name="VnTime1" svg:font-family="'.VnTime'"/><style:font-face style:name=".VnTimeH" svg:font-family=".VnTimeH"/></office:font-face-decls>` +
			`<office:automatic-styles><style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name="VnTime1"/></style:style>` +
			`<style:style style:name="T1" style:family="text"><style:text-properties style:font-name=".VnTimeH"/></style:style></office:automatic-styles>` +
			`<office:body><office:text><text:p text:style-name="P1">` + enc("Kính gửi") + ` <text:span text:style-name="T1">` + enc("sở nội vụ") + `</text:span></text:p>` +
			`</office:text></office:body></office:document-content>`,
	})
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Paragraphs(), []string{"Kính gửi SỞ NỘI VỤ"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got, want := doc.Info.Conversions, []string{"TCVN3 → Unicode (.VnTime): 1 đoạn", "TCVN3 → Unicode (.VnTimeH): 1 đoạn"}; !reflect.DeepEqual(got, want) {
		t.Errorf("conversions %q, want %q", got, want)
	}
}

// TestRowsInRows: rows nested in rows count against the depth limit like
// any other nesting. Unbounded, a 100 KB file of rows a million deep
// overflowed the stack, which kills the program rather than panicking.
func TestRowsInRows(t *testing.T) {
	rows := func(levels int) string {
		return `<table:table><table:table-row><table:table-cell><text:p>Kính gửi</text:p></table:table-cell></table:table-row>` +
			strings.Repeat(`<table:table-row>`, levels) + `<table:table-cell><text:p>Nội dung lồng sâu</text:p></table:table-cell>` +
			strings.Repeat(`</table:table-row>`, levels) + `</table:table>`
	}
	tests := []struct {
		name   string
		levels int
		want   []string
		warned bool
	}{
		{"within the limit", 100, []string{"Kính gửi", "Nội dung lồng sâu"}, false},
		{"past the limit", 300, []string{"Kính gửi"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(odtOf(t, "", rows(tc.levels)))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("paragraphs %q, want %q", got, tc.want)
			}
			if warned := slices.Contains(doc.Info.Warnings, ziputil.WarnTooDeep); warned != tc.warned {
				t.Errorf("warnings %q, want the depth warning: %v", doc.Info.Warnings, tc.warned)
			}
		})
	}
}
