package templatize

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"vanthu/docs/draft/template"
)

func letterDocx(paras []string) []byte {
	var b strings.Builder
	for _, p := range paras {
		b.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		xml.EscapeText(&b, []byte(p))
		b.WriteString(`</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("word/document.xml")
	io.WriteString(w, `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`+b.String()+`</w:body></w:document>`)
	zw.Close()
	return buf.Bytes()
}

// FuzzFromLetter: any letter text: no panic, and what comes out is a
// template that parses.
func FuzzFromLetter(f *testing.F) {
	f.Add("Số: 15/SYT-VP\nKon Tum, ngày 05 tháng 01 năm 2021\nV/v x\nKính gửi:\n- A;\n- B.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn An")
	f.Add("Số:/\n, ngày tháng năm\nKính gửi: \nTM.\nA B")
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 3000 {
			return
		}
		out, _, err := FromLetter(letterDocx(strings.Split(text, "\n")))
		if err != nil {
			return
		}
		if _, err := template.Parse(out); err != nil {
			t.Fatalf("the template does not parse: %v", err)
		}
	})
}
