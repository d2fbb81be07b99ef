// Command gen builds the .docx fixtures of docs/read/testdata from the
// small markup files in ../src, the way a clerk's letter is laid out: a
// two-column header table (issuer | national motto), numbered items from
// numbering.xml ("1.", "a)"), footnotes, and a signature table.
//
//	go run ./docs/read/testdata/gen   # from the module root; then ../convert.sh
//
// Markup, one paragraph a line ("#" lines are comments):
//
//	@table ... @end       rows of a table; cells split by " || ", paragraphs in a cell by " // "
//	#1 text, #2 text      list item at level 1 ("1.") or level 2 ("a)")
//	[b] [i] [c] [bi]...   paragraph starts bold, italic, centred
//	text{note text}       a footnote referenced at that point
package main

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

func main() {
	srcs, err := filepath.Glob("docs/read/testdata/src/*.txt")
	if err != nil || len(srcs) == 0 {
		log.Fatal("run from the module root: no docs/read/testdata/src/*.txt")
	}
	for _, src := range srcs {
		text, err := os.ReadFile(src)
		if err != nil {
			log.Fatal(err)
		}
		data, err := build(string(text))
		if err != nil {
			log.Fatalf("%s: %v", src, err)
		}
		out := filepath.Join("docs/read/testdata", strings.TrimSuffix(filepath.Base(src), ".txt")+".docx")
		if err := os.WriteFile(out, data, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Println(out)
	}
	if err := writeBad("docs/read/testdata/bad"); err != nil {
		log.Fatal(err)
	}
}

// writeBad writes the small bad inputs the read tests feed to read.Bytes.
// Truncated and corrupted copies of a good file and the zip bomb are made
// by the test itself.
func writeBad(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	docm, err := build("Văn bản có macro.")
	if err != nil {
		return err
	}
	docm, err = withPart(docm, "word/vbaProject.bin", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 macro never run")
	if err != nil {
		return err
	}
	plain, err := zipOf(map[string]string{"ghi-chu.txt": "Tệp nén thường."})
	if err != nil {
		return err
	}
	xlsx, err := zipOf(map[string]string{
		"[Content_Types].xml":      contentTypes,
		"xl/workbook.xml":          `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
		"xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`,
	})
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"empty.docx":       nil,
		"png-renamed.docx": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"),
		"exe-renamed.docx": append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), make([]byte, 48)...),
		"macro.docm":       docm,
		"plain.zip":        plain,
		"sheet.xlsx":       xlsx,
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// withPart adds a part to a zip.
func withPart(data []byte, name, content string) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	parts := map[string]string{name: content}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		_, err = b.ReadFrom(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		parts[f.Name] = b.String()
	}
	return zipOf(parts)
}

// zipOf packs the parts: the names in first in that order (a .docx as Word
// writes it, [Content_Types].xml first), then the others in name order.
func zipOf(parts map[string]string, first ...string) ([]byte, error) {
	rest := make([]string, 0, len(parts))
	for n := range parts {
		if !slices.Contains(first, n) {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range append(first, rest...) {
		w, err := zw.Create(n)
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			return nil, err
		}
	}
	err := zw.Close()
	return buf.Bytes(), err
}

type builder struct {
	body  strings.Builder
	notes []string // footnote XML, id 1..n
}

func build(src string) ([]byte, error) {
	b := &builder{}
	var table [][]string
	inTable := false
	for _, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, " \r")
		switch {
		case line == "" || strings.HasPrefix(line, "# "):
		case line == "@table":
			inTable, table = true, nil
		case line == "@end":
			b.table(table)
			inTable = false
		case inTable:
			table = append(table, strings.Split(line, " || "))
		default:
			b.body.WriteString(b.paragraph(line, false))
		}
	}
	return pack(map[string]string{
		"[Content_Types].xml":          contentTypes,
		"_rels/.rels":                  rootRels,
		"word/_rels/document.xml.rels": docRels,
		"word/document.xml":            xmlHead + `<w:document ` + ns + `><w:body>` + b.body.String() + sectPr + `</w:body></w:document>`,
		"word/styles.xml":              styles,
		"word/numbering.xml":           numbering,
		"word/settings.xml":            settings,
		"word/footnotes.xml":           xmlHead + `<w:footnotes ` + ns + `>` + separators + strings.Join(b.notes, "") + `</w:footnotes>`,
	})
}

func (b *builder) table(rows [][]string) {
	b.body.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="9500" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
		`<w:tblGrid><w:gridCol w:w="3800"/><w:gridCol w:w="5700"/></w:tblGrid>`)
	for _, row := range rows {
		b.body.WriteString("<w:tr>")
		for i, cell := range row {
			w := []string{"3800", "5700"}[min(i, 1)]
			b.body.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + w + `" w:type="dxa"/></w:tcPr>`)
			for _, para := range strings.Split(cell, " // ") {
				b.body.WriteString(b.paragraph(para, true))
			}
			b.body.WriteString("</w:tc>")
		}
		b.body.WriteString("</w:tr>")
	}
	b.body.WriteString("</w:tbl>")
}

// paragraph renders one markup line as a w:p.
func (b *builder) paragraph(line string, inCell bool) string {
	var ppr, rpr string
	if lvl, rest, ok := strings.Cut(line, " "); ok && (lvl == "#1" || lvl == "#2") {
		ppr += fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>`, lvl[1]-'1')
		line = rest
	}
	if strings.HasPrefix(line, "[") {
		if end := strings.Index(line, "]"); end > 0 {
			flags := line[1:end]
			line = line[end+1:]
			if strings.Contains(flags, "b") {
				rpr += "<w:b/>"
			}
			if strings.Contains(flags, "i") {
				rpr += "<w:i/>"
			}
			if strings.Contains(flags, "c") {
				ppr += `<w:jc w:val="center"/>`
			}
		}
	}
	if inCell && !strings.HasPrefix(line, "- ") {
		ppr += `<w:jc w:val="center"/>`
	}
	var sb strings.Builder
	sb.WriteString("<w:p><w:pPr>" + ppr + "</w:pPr>")
	for line != "" {
		text, note, rest := line, "", ""
		if i := strings.Index(line, "{"); i >= 0 {
			if j := strings.Index(line[i:], "}"); j > 0 {
				text, note, rest = line[:i], line[i+1:i+j], line[i+j+1:]
			}
		}
		sb.WriteString(`<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + html.EscapeString(text) + `</w:t></w:r>`)
		if note != "" {
			id := len(b.notes) + 1
			sb.WriteString(fmt.Sprintf(`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, id))
			b.notes = append(b.notes, fmt.Sprintf(`<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>`+
				`<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>`+
				`<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>`, id, html.EscapeString(note)))
		}
		line = rest
	}
	sb.WriteString("</w:p>")
	return sb.String()
}

// pack zips a .docx built by build.
func pack(parts map[string]string) ([]byte, error) {
	return zipOf(parts, "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
		"word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footnotes.xml")
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

const contentTypes = xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>` +
	`</Types>`

const rootRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`</Relationships>`

const docRels = xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>` +
	`</Relationships>`

const styles = xmlHead + `<w:styles ` + ns + `>` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>` +
	`<w:sz w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>` +
	`<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
	`</w:styles>`

const numbering = xmlHead + `<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>` +
	`<w:pPr><w:ind w:left="0" w:firstLine="720"/></w:pPr></w:lvl>` +
	`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`

const settings = xmlHead + `<w:settings ` + ns + `><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>`

const separators = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
	`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`

const sectPr = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>`
