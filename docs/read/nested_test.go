package read

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"vanthu/docs/extract"
)

func zipOf(t *testing.T, parts ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(p[1]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A layout table (one row: a number, then a cell with a heading and a task
// table), and inside the task table's cell one more table holding the unit.
var (
	nestedOuter = "1"
	nestedWord  = "Phân công thực hiện:"
	nestedHead  = []string{"Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành"}
	nestedRow   = []string{"Báo cáo kết quả cải cách hành chính", "Sở Nội vụ", "Trước ngày 30/6/2021"}
	nestedDeep  = "Phối hợp: Sở Tài chính"
)

// nestedText is the plain text wanted: the layout row, then the nested
// table's rows as rows of their own, then the table nested in its cell.
var nestedText = "1 | Phân công thực hiện:\n" +
	"Nội dung | Đơn vị chủ trì | Thời gian hoàn thành\n" +
	"Báo cáo kết quả cải cách hành chính | Sở Nội vụ | Trước ngày 30/6/2021\n" +
	"Phối hợp: Sở Tài chính\n"

func nestedDocx(t *testing.T) []byte {
	p := func(s string) string { return `<w:p><w:r><w:t>` + s + `</w:t></w:r></w:p>` }
	row := func(cells ...string) string {
		out := `<w:tr>`
		for _, c := range cells {
			out += `<w:tc>` + c + `</w:tc>`
		}
		return out + `</w:tr>`
	}
	deep := `<w:tbl>` + row(p(nestedDeep)) + `</w:tbl><w:p/>`
	tasks := `<w:tbl>` + row(p(nestedHead[0]), p(nestedHead[1]), p(nestedHead[2])) +
		row(p(nestedRow[0]), p(nestedRow[1])+deep, p(nestedRow[2])) + `</w:tbl><w:p/>`
	body := `<w:tbl>` + row(p(nestedOuter), p(nestedWord)+tasks) + `</w:tbl>`
	return zipOf(t,
		[2]string{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		[2]string{"word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`})
}

func nestedODT(t *testing.T) []byte {
	p := func(s string) string { return `<text:p>` + s + `</text:p>` }
	cell := func(s string) string { return `<table:table-cell>` + s + `</table:table-cell>` }
	row := func(cells ...string) string {
		out := `<table:table-row>`
		for _, c := range cells {
			out += cell(c)
		}
		return out + `</table:table-row>`
	}
	deep := `<table:table>` + row(p(nestedDeep)) + `</table:table>`
	tasks := `<table:table>` + row(p(nestedHead[0]), p(nestedHead[1]), p(nestedHead[2])) +
		row(p(nestedRow[0]), p(nestedRow[1])+deep, p(nestedRow[2])) + `</table:table>`
	body := `<table:table>` + row(p(nestedOuter), p(nestedWord)+tasks) + `</table:table>`
	return zipOf(t,
		[2]string{"mimetype", "application/vnd.oasis.opendocument.text"},
		[2]string{"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:text>` + body + `</office:text></office:body></office:document-content>`})
}

// TestNestedTables: text in a table inside a table cell (two levels deep)
// reaches the paragraphs, the plain text that is stored and indexed, and
// extraction, in .docx, .odt and .doc.
func TestNestedTables(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"nested.docx", nestedDocx(t)},
		{"nested.odt", nestedODT(t)},
		// nestedDocx saved as Word 97 by LibreOffice 7.4: tables by depth
		// (itap) with inner cell and row marks.
		{"nested-table.doc", readFixture(t, "nested-table.doc")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Bytes(tc.name, tc.data)
			if err != nil {
				t.Fatal(err)
			}
			want := append(append([]string{nestedOuter, nestedWord}, nestedHead...), nestedRow[0], nestedRow[1], nestedDeep, nestedRow[2])
			if got := doc.Paragraphs(); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("paragraphs %q, want %q", got, want)
			}
			if got := doc.PlainText(); got != nestedText {
				t.Errorf("plain text %q, want %q", got, nestedText)
			}
			r := extract.FromDocument(doc)
			if len(r.Tasks) != 1 || r.Tasks[0].Assignee != "Sở Nội vụ" || r.Tasks[0].Deadline.String() != "2021-06-30" {
				t.Errorf("tasks %+v, want Sở Nội vụ by 2021-06-30", r.Tasks)
			}
		})
	}
}
