// Command gen writes the built-in drafting templates of vanthu,
// assets/templates/*.docx, laid out per Decree 30/2020/NĐ-CP Appendix I:
// A4, margins 20/20/30/15 mm, Times New Roman at the appendix's sizes, the
// header table, the signer block and Nơi nhận. Run from the module root:
//
//	go run ./assets/templates/gen
//
// The output is byte-for-byte reproducible (fixed zip times), so a change to
// this program shows up as a change to the committed .docx.
package main

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Page and text widths in twentieths of a point (1 mm = 56.7 twips).
const (
	pageW, pageH = 11906, 16838 // A4
	marTop       = 1134         // 20 mm
	marBottom    = 1134         // 20 mm
	marLeft      = 1701         // 30 mm
	marRight     = 851          // 15 mm
	textW        = pageW - marLeft - marRight
	leftCol      = 3685 // 6.5 cm: issuing body, number, V/v
	rightCol     = textW - leftCol
	indent127    = 720 // first-line indent 1.27 cm
)

// Font sizes in half-points, per Appendix I.
const (
	szParent   = 26 // cơ quan chủ quản, capitals, upright: 12–13 pt
	szIssuer   = 26 // issuing body, capitals, bold: 12–13 pt
	szQuocHieu = 26 // 12–13 pt bold
	szTieuNgu  = 26 // 13–14 pt bold: 13 keeps it on one line in the 10 cm column
	szNumber   = 26 // 13 pt
	szDate     = 28 // 13–14 pt italic
	szVv       = 26 // 12–13 pt
	szType     = 28 // 13–14 pt bold
	szBody     = 28 // 13–14 pt
	szTable    = 24 // 12 pt in the task table
	szSigner   = 28 // 13–14 pt bold
	szNNLabel  = 24 // "Nơi nhận:" 12 pt bold italic
	szNN       = 22 // entries 11 pt
)

type rp struct {
	b, i bool
	sz   int
}

func run(text string, p rp) string {
	var s strings.Builder
	s.WriteString("<w:r><w:rPr>")
	if p.b {
		s.WriteString("<w:b/><w:bCs/>")
	}
	if p.i {
		s.WriteString("<w:i/><w:iCs/>")
	}
	if p.sz != 0 {
		fmt.Fprintf(&s, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, p.sz, p.sz)
	}
	s.WriteString(`</w:rPr><w:t xml:space="preserve">`)
	xml.EscapeText(&s, []byte(text))
	s.WriteString("</w:t></w:r>")
	return s.String()
}

type pp struct {
	jc                 string // left, center, both, right
	first, left, right int    // indents
	before, after      int    // spacing in twips
	line               int    // line spacing in 240ths; 0 = single
	rule               bool   // a bottom border: the short rules under the issuing body, the Tiêu ngữ and the title
	keepNext           bool
}

func para(p pp, runs ...string) string {
	var s strings.Builder
	s.WriteString("<w:p><w:pPr>")
	if p.keepNext {
		s.WriteString("<w:keepNext/>")
	}
	if p.rule {
		s.WriteString(`<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>`)
	}
	line := p.line
	if line == 0 {
		line = 240
	}
	fmt.Fprintf(&s, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="auto"/>`, p.before, p.after, line)
	if p.first != 0 || p.left != 0 || p.right != 0 {
		fmt.Fprintf(&s, `<w:ind w:left="%d" w:right="%d" w:firstLine="%d"/>`, p.left, p.right, p.first)
	}
	if p.jc != "" {
		fmt.Fprintf(&s, `<w:jc w:val="%s"/>`, p.jc)
	}
	s.WriteString("</w:pPr>")
	for _, r := range runs {
		s.WriteString(r)
	}
	s.WriteString("</w:p>")
	return s.String()
}

// body is a paragraph of the text: 14 pt, justified, first line 1.27 cm,
// 6 pt after, line spacing 1.15 (Appendix I: single to 1.5).
func body(runs ...string) string {
	return para(pp{jc: "both", first: indent127, after: 120, line: 276}, runs...)
}

func bodyText(s string) string { return body(run(s, rp{sz: szBody})) }

func heading(s string) string {
	return para(pp{jc: "both", first: indent127, before: 120, after: 120, keepNext: true}, run(s, rp{b: true, sz: szBody}))
}

func cell(w int, content ...string) string {
	return fmt.Sprintf(`<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>`, w, strings.Join(content, ""))
}

// layoutTable is a table without borders that only places things side by
// side: the header and the signer block.
func layoutTable(widths []int, rows ...string) string {
	var g strings.Builder
	for _, w := range widths {
		fmt.Fprintf(&g, `<w:gridCol w:w="%d"/>`, w)
	}
	return `<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(textW) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
		`<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>` +
		`<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
		`<w:tblGrid>` + g.String() + `</w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}

func row(cells ...string) string { return "<w:tr>" + strings.Join(cells, "") + "</w:tr>" }

func center(sz int, bold, italic bool, text string) string {
	return para(pp{jc: "center"}, run(text, rp{b: bold, i: italic, sz: sz}))
}

// header is the Decree 30 header: issuing body and Quốc hiệu, number and
// date line, and for a công văn the V/v line under the number.
func header(congVan bool) string {
	left := para(pp{jc: "center"}, run("{{?co_quan_chu_quan}}{{co_quan_chu_quan}}{{/co_quan_chu_quan}}", rp{sz: szParent})) +
		// The short rule under the issuing body: 1/3–1/2 of the line.
		para(pp{jc: "center", left: 1020, right: 1020, rule: true, after: 0}, run("{{co_quan}}", rp{b: true, sz: szIssuer}))
	right := center(szQuocHieu, true, false, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") +
		// The rule under the Tiêu ngữ, as long as its line.
		para(pp{jc: "center", left: 1000, right: 1000, rule: true}, run("Độc lập - Tự do - Hạnh phúc", rp{b: true, sz: szTieuNgu}))
	rows := []string{
		row(cell(leftCol, left), cell(rightCol, right)),
		row(cell(leftCol, para(pp{jc: "center", before: 120}, run("Số: {{so}}/{{ky_hieu}}", rp{sz: szNumber}))),
			cell(rightCol, para(pp{jc: "center", before: 120}, run("{{dia_danh}}, {{ngay_thang}}", rp{i: true, sz: szDate})))),
	}
	if congVan {
		rows = append(rows, row(cell(leftCol, para(pp{jc: "center", before: 60}, run("V/v {{trich_yeu}}", rp{sz: szVv}))), cell(rightCol, para(pp{}))))
	}
	return layoutTable([]int{leftCol, rightCol}, rows...)
}

// title is the type name and the subject of a document that has a type.
func title(typeName string) string {
	return para(pp{jc: "center", before: 360}, run(typeName, rp{b: true, sz: szType})) +
		para(pp{jc: "center", left: 567, right: 567}, run("{{trich_yeu}}", rp{b: true, sz: szType})) +
		para(pp{jc: "center", left: 3400, right: 3400, rule: true, after: 240})
}

// kinhGui: one recipient on the same line, several one per line with "-"
// and ";", the last ".".
func kinhGui() string {
	return para(pp{jc: "center", before: 240, after: 120},
		run("Kính gửi: ", rp{sz: szBody}), run("{{?kinh_gui_mot}}{{kinh_gui_mot}}{{/kinh_gui_mot}}", rp{sz: szBody})) +
		para(pp{left: 2835, after: 0}, run("- {{kinh_gui.ten}}{{kinh_gui.dau}}", rp{sz: szBody}))
}

// signer is Nơi nhận on the left and the signature on the right.
func signer() string {
	left := para(pp{before: 240}, run("Nơi nhận:", rp{b: true, i: true, sz: szNNLabel})) +
		para(pp{}, run("- {{noi_nhan.ten}}{{noi_nhan.dau}}", rp{sz: szNN})) +
		para(pp{}, run("- Lưu: VT, {{luu}}.", rp{sz: szNN}))
	right := para(pp{jc: "center", before: 240}, run("{{?quyen_han}}{{quyen_han}}{{/quyen_han}}", rp{b: true, sz: szSigner})) +
		center(szSigner, true, false, "{{chuc_vu}}") +
		para(pp{}) + para(pp{}) + para(pp{}) + para(pp{}) +
		center(szSigner, true, false, "{{nguoi_ky}}")
	return layoutTable([]int{4535, textW - 4535}, row(cell(4535, left), cell(textW-4535, right)))
}

// taskTable is a bordered table; its second row repeats per task.
func taskTable(heads []string, fields []string, widths []int) string {
	var g, h, f strings.Builder
	for i, w := range widths {
		fmt.Fprintf(&g, `<w:gridCol w:w="%d"/>`, w)
		h.WriteString(cell(w, para(pp{jc: "center", before: 60, after: 60}, run(heads[i], rp{b: true, sz: szTable}))))
		jc := "left"
		if i == 0 || fields[i] == "thoi_han" {
			jc = "center"
		}
		f.WriteString(cell(w, para(pp{jc: jc, before: 60, after: 60}, run("{{nhiem_vu."+fields[i]+"}}", rp{sz: szTable}))))
	}
	b := `<w:top w:val="single" w:sz="4" w:color="000000"/><w:left w:val="single" w:sz="4" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:color="000000"/><w:right w:val="single" w:sz="4" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:color="000000"/>`
	return `<w:tbl><w:tblPr><w:tblW w:w="` + fmt.Sprint(textW) + `" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>` + b + `</w:tblBorders>` +
		`<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>` + g.String() + `</w:tblGrid>` +
		`<w:tr><w:trPr><w:tblHeader/></w:trPr>` + h.String() + `</w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>` + f.String() + `</w:tr></w:tbl>`
}

// spacer keeps the text after a table from touching it.
func spacer() string { return para(pp{after: 0}) }

var templates = []struct {
	file string
	body func() string
}{
	{"cong-van-tra-loi.docx", func() string {
		return header(true) + kinhGui() +
			body(run("Thực hiện {{trich_dan}}, {{ten_co_quan}} có ý kiến như sau:", rp{sz: szBody})) +
			bodyText("{{noi_dung}}") +
			bodyText("{{ket_thuc}}") +
			signer()
	}},
	{"ke-hoach-khac-phuc.docx", func() string {
		return header(false) + title("KẾ HOẠCH") +
			bodyText("Thực hiện {{trich_dan}}, {{ten_co_quan}} xây dựng Kế hoạch khắc phục tồn tại, hạn chế như sau:") +
			heading("I. MỤC ĐÍCH, YÊU CẦU") +
			bodyText("{{muc_dich}}") +
			heading("II. NHIỆM VỤ VÀ GIẢI PHÁP") +
			taskTable([]string{"STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"},
				[]string{"stt", "noi_dung", "chu_tri", "phoi_hop", "thoi_han", "san_pham"},
				[]int{680, 2948, 1418, 1276, 1418, textW - 680 - 2948 - 1418 - 1276 - 1418}) +
			spacer() +
			heading("III. TỔ CHỨC THỰC HIỆN") +
			bodyText("{{to_chuc}}") +
			signer()
	}},
	{"bao-cao-thuc-hien.docx", func() string {
		return header(false) + title("BÁO CÁO") + kinhGui() +
			bodyText("Thực hiện {{trich_dan}}, {{ten_co_quan}} báo cáo tình hình thực hiện như sau:") +
			heading("I. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ") +
			taskTable([]string{"STT", "Nhiệm vụ", "Thời hạn", "Tình hình thực hiện"},
				[]string{"stt", "noi_dung", "thoi_han", "tinh_trang"},
				[]int{680, 4423, 1418, textW - 680 - 4423 - 1418}) +
			spacer() +
			heading("II. KẾT QUẢ, TỒN TẠI, HẠN CHẾ") +
			bodyText("{{ket_qua}}") +
			heading("III. KIẾN NGHỊ, ĐỀ XUẤT") +
			bodyText("{{kien_nghi}}") +
			bodyText("{{ket_thuc}}") +
			signer()
	}},
}

const (
	nsW     = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

func document(b string) string {
	sect := fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:headerReference w:type="first" r:id="rIdHeaderFirst"/>`+
		`<w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="567" w:footer="567" w:gutter="0"/>`+
		`<w:titlePg/></w:sectPr>`, pageW, pageH, marTop, marRight, marBottom, marLeft)
	return xmlHead + `<w:document ` + nsW + `><w:body>` + b + sect + `</w:body></w:document>`
}

// The page number, centred in the top margin from page 2 on (Appendix I).
var headerPage = xmlHead + `<w:hdr ` + nsW + `>` + `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
	`<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
	`<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>`

var headerFirst = xmlHead + `<w:hdr ` + nsW + `><w:p/></w:hdr>`

const tnr = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>`

var styles = xmlHead + `<w:styles ` + nsW + `><w:docDefaults><w:rPrDefault><w:rPr>` + tnr +
	`<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>` + tnr + `</w:rPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
	`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`</w:styles>`

var settings = xmlHead + `<w:settings ` + nsW + `><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

var fontTable = xmlHead + `<w:fonts ` + nsW + `><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`

const contentTypes = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`

const docRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>` +
	`<Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>`

func core(title string) string {
	return xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + title + `</dc:title><dc:creator>vanthu</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>`
}

const app = xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>vanthu</Application></Properties>`

func pack(b string, name string) ([]byte, error) {
	parts := [][2]string{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", core(strings.TrimSuffix(name, ".docx"))},
		{"docProps/app.xml", app},
		{"word/document.xml", document(b)},
		{"word/_rels/document.xml.rels", docRels},
		{"word/styles.xml", styles},
		{"word/settings.xml", settings},
		{"word/fontTable.xml", fontTable},
		{"word/header1.xml", headerPage},
		{"word/header2.xml", headerFirst},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	when := time.Date(2020, 3, 5, 0, 0, 0, 0, time.UTC) // the day Decree 30 was signed: fixed, so the files are reproducible
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p[0], Method: zip.Deflate, Modified: when})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p[1])); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func main() {
	dir := filepath.Join("assets", "templates")
	for _, t := range templates {
		data, err := pack(t.body(), t.file)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(dir, t.file), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(filepath.Join(dir, t.file), len(data), "bytes")
	}
}
