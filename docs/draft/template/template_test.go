package template

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"vanthu/docs/read/docx"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// build makes a minimal .docx whose body is body; extra parts are added as
// given (name → XML).
func build(t testing.TB, body string, extra map[string]string) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<w:document ` + wNS + `><w:body>` + body + `<w:sectPr/></w:body></w:document>`,
	}
	for k, v := range extra {
		parts[k] = v
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml"} {
		w, _ := zw.Create(name)
		io.WriteString(w, parts[name])
		delete(parts, name)
	}
	for name, s := range parts {
		w, _ := zw.Create(name)
		io.WriteString(w, s)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// fill parses, fills and checks that every XML part of the output is well
// formed; it returns the output and its parts.
func fill(t testing.TB, data []byte, v Values) ([]byte, map[string]string, *Report) {
	t.Helper()
	tp, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	out, rep, err := tp.Fill(v)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("output is not a zip: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(b)
		if strings.HasSuffix(f.Name, ".xml") || strings.HasSuffix(f.Name, ".rels") {
			d := xml.NewDecoder(bytes.NewReader(b))
			for {
				_, err := d.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed XML: %v\n%s", f.Name, err, b)
				}
			}
		}
	}
	return out, parts, rep
}

func plain(t testing.TB, data []byte) string {
	t.Helper()
	d, err := docx.Read(data)
	if err != nil {
		t.Fatalf("the reader cannot open the output: %v", err)
	}
	return d.PlainText()
}

func p(runs ...string) string { return "<w:p>" + strings.Join(runs, "") + "</w:p>" }
func r(text string) string {
	return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}
func rb(text string) string { return `<w:r><w:rPr><w:b/></w:rPr><w:t>` + text + `</w:t></w:r>` }

func TestScalars(t *testing.T) {
	tests := []struct {
		name, body string
		v          map[string]string
		want       []string // substrings of the output's text
		xml        []string // substrings of the output's document.xml
		unfilled   []string
	}{
		{
			name: "split over runs takes the first run's formatting",
			body: p(r("Số: "), rb("{{s"), r("o}}"), r("/UBND-VP")),
			v:    map[string]string{"so": "15"},
			want: []string{"Số: 15/UBND-VP"},
			xml:  []string{`<w:rPr><w:b/></w:rPr><w:t xml:space="preserve">15</w:t>`},
		},
		{
			name: "split inside the braces, proofing marks between runs",
			body: p(r("{"), `<w:proofErr w:type="spellStart"/>`, r("{ten_co"), `<w:proofErr w:type="spellEnd"/>`, r("_quan}} xin báo cáo")),
			v:    map[string]string{"ten_co_quan": "Sở Y tế"},
			want: []string{"Sở Y tế xin báo cáo"},
		},
		{
			name: "spaces around are kept",
			body: p(r("Kính gửi:  "), r("{{kinh_gui}}"), r("  .")),
			v:    map[string]string{"kinh_gui": "Sở Nội vụ"},
			xml:  []string{`<w:t xml:space="preserve">Kính gửi:  </w:t>`, `<w:t xml:space="preserve">Sở Nội vụ</w:t>`},
			want: []string{"Kính gửi:  Sở Nội vụ  ."},
		},
		{
			name: "newlines become line breaks",
			body: p(rb("{{ky}}")),
			v:    map[string]string{"ky": "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"},
			xml:  []string{`<w:t xml:space="preserve">KT. GIÁM ĐỐC</w:t><w:br/><w:t xml:space="preserve">PHÓ GIÁM ĐỐC</w:t>`},
			want: []string{"KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"},
		},
		{
			name: "XML in values is escaped",
			body: p(r("{{a}}")),
			v:    map[string]string{"a": `<w:b/> & "x" ]]>`},
			want: []string{`<w:b/> & "x" ]]>`},
			xml:  []string{`&lt;w:b/&gt; &amp; `},
		},
		{
			name:     "an unfilled placeholder stays and is reported",
			body:     p(r("Số: {{so}}/{{ky_hieu}}")),
			v:        map[string]string{"ky_hieu": "KH-SYT"},
			want:     []string{"Số: {{so}}/KH-SYT"},
			unfilled: []string{"so"},
		},
		{
			name: "an empty value fills with nothing",
			body: p(r("Số:      {{so}}/KH-SYT")),
			v:    map[string]string{"so": ""},
			want: []string{"Số:      /KH-SYT"},
		},
		{
			name: "decomposed names and values are read as NFC",
			body: p(r("{{đơn_vị}}")),
			v:    map[string]string{"đ\u01a1n_vi\u0323": "Y te\u0302\u0301"},
			want: []string{"Y tế"},
		},
		{
			name: "several on one line, in several runs each",
			body: p(r("{{dia"), r("_danh}}, ngày {{ngay}} tháng {{th"), rb("ang}} năm {{nam}}")),
			v:    map[string]string{"dia_danh": "Kon Tum", "ngay": "05", "thang": "01", "nam": "2021"},
			want: []string{"Kon Tum, ngày 05 tháng 01 năm 2021"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, parts, rep := fill(t, build(t, tc.body, nil), Values{Text: tc.v})
			text := plain(t, out)
			for _, w := range tc.want {
				if !strings.Contains(text, w) {
					t.Errorf("text %q lacks %q", text, w)
				}
			}
			for _, w := range tc.xml {
				if !strings.Contains(parts["word/document.xml"], w) {
					t.Errorf("document.xml lacks %q:\n%s", w, parts["word/document.xml"])
				}
			}
			var got []string
			for _, u := range rep.Unfilled {
				got = append(got, u.Name)
			}
			if strings.Join(got, ",") != strings.Join(tc.unfilled, ",") {
				t.Errorf("unfilled %v, want %v", got, tc.unfilled)
			}
		})
	}
}

func tbl(rows ...string) string {
	return `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}
func tr(cells ...string) string {
	s := "<w:tr>"
	for _, c := range cells {
		s += "<w:tc>" + c + "</w:tc>"
	}
	return s + "</w:tr>"
}

var tasks = []map[string]string{
	{"noi_dung": "Xây dựng kế hoạch", "thoi_han": "15/10/2021"},
	{"noi_dung": "Báo cáo kết quả", "thoi_han": "30/10/2021"},
	{"noi_dung": "Đăng tin <hằng tháng>", "thoi_han": "Hằng tháng"},
}

func TestRepeatedRows(t *testing.T) {
	body := tbl(
		tr(p(r("STT")), p(r("Nội dung")), p(r("Thời hạn"))),
		tr(p(r("{{nv.stt}}")), p(r("{{nv.noi"), rb("_dung}}")), p(r("{{nv.thoi_han}}"))),
	) + p(r("Tổng: {{tong}} nhiệm vụ"))
	out, parts, rep := fill(t, build(t, body, nil), Values{
		Text:  map[string]string{"tong": "3"},
		Lists: map[string][]map[string]string{"nv": tasks},
	})
	d, err := docx.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	rows := d.Blocks[0].Rows
	if len(rows) != 4 {
		t.Fatalf("%d rows, want 1 + 3:\n%s", len(rows), parts["word/document.xml"])
	}
	for i, it := range tasks {
		got := rows[i+1].CellTexts()
		want := []string{string(rune('1' + i)), it["noi_dung"], it["thoi_han"]}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("row %d = %q, want %q", i+1, got, want)
		}
	}
	if len(rep.Unfilled) != 0 {
		t.Errorf("unfilled %v", rep.Unfilled)
	}
	if !strings.Contains(d.PlainText(), "Tổng: 3 nhiệm vụ") {
		t.Errorf("scalar after the table not filled")
	}

	// An empty list leaves only the header row; a list never given stays visible.
	out, _, rep = fill(t, build(t, body, nil), Values{Lists: map[string][]map[string]string{"nv": {}}})
	d, _ = docx.Read(out)
	if n := len(d.Blocks[0].Rows); n != 1 {
		t.Errorf("empty list: %d rows, want the header only", n)
	}
	out, _, rep = fill(t, build(t, body, nil), Values{})
	if !strings.Contains(plain(t, out), "{{nv.noi_dung}}") || len(rep.Unfilled) != 4 {
		t.Errorf("list not given: want it visible and 4 unfilled, got %v", rep.Unfilled)
	}
}

func TestRepeatedParagraphs(t *testing.T) {
	// The Nơi nhận beside the signature: several paragraphs in one cell.
	cell := p(rb("Nơi nhận:")) + p(r("- {{nn.ten}}{{nn.dau}}")) + p(r("- Lưu: VT, {{luu}}."))
	body := tbl(tr(cell, p(r("{{nguoi_ky}}")))) + p(r("- {{kg.ten}};"))
	out, _, rep := fill(t, build(t, body, nil), Values{
		Text: map[string]string{"luu": "VP", "nguoi_ky": "Nguyễn Văn A"},
		Lists: map[string][]map[string]string{
			"nn": {{"ten": "Như trên", "dau": ";"}, {"ten": "Sở Nội vụ (để b/c)", "dau": ";"}},
			"kg": {{"ten": "Sở Nội vụ"}, {"ten": "Sở Tài chính"}},
		},
	})
	text := plain(t, out)
	for _, w := range []string{"Nơi nhận: - Như trên; - Sở Nội vụ (để b/c); - Lưu: VT, VP.", "- Sở Nội vụ;\n- Sở Tài chính;", "Nguyễn Văn A"} {
		if !strings.Contains(text, w) {
			t.Errorf("text lacks %q:\n%s", w, text)
		}
	}
	if len(rep.Unfilled) != 0 {
		t.Errorf("unfilled %v", rep.Unfilled)
	}
}

func TestOptionalBlocks(t *testing.T) {
	body := p(r("Mở đầu.")) +
		p(r("{{?can_cu}}")) + p(r("Căn cứ {{can_cu}};")) + tbl(tr(p(r("bảng trong khối")))) + p(r("{{/can_cu}}")) +
		p(r("Thời hạn{{?han}}: {{han}}{{/"), r("han}}."))
	tests := []struct {
		v         map[string]string
		want, not []string
	}{
		{map[string]string{"can_cu": "Luật X", "han": "30/10/2021"}, []string{"Căn cứ Luật X;", "bảng trong khối", "Thời hạn: 30/10/2021."}, []string{"{{"}},
		{map[string]string{}, []string{"Mở đầu.", "Thời hạn."}, []string{"Căn cứ", "bảng trong khối", "{{"}},
	}
	for _, tc := range tests {
		out, parts, rep := fill(t, build(t, body, nil), Values{Text: tc.v})
		text := plain(t, out)
		for _, w := range tc.want {
			if !strings.Contains(text, w) {
				t.Errorf("%v: text lacks %q:\n%s", tc.v, w, text)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(text, w) {
				t.Errorf("%v: text has %q:\n%s", tc.v, w, text)
			}
		}
		if len(rep.Unfilled) != 0 || len(rep.Problems) != 0 {
			t.Errorf("%v: report %+v", tc.v, rep)
		}
		// The marker paragraphs are gone, not left as empty lines.
		if n := strings.Count(parts["word/document.xml"], "<w:p>"); tc.v["can_cu"] != "" && n != 4 {
			t.Errorf("%d paragraphs, want 4:\n%s", n, parts["word/document.xml"])
		}
	}
	_, _, rep := fill(t, build(t, p(r("{{?x}} không đóng")), nil), Values{})
	if len(rep.Problems) != 1 {
		t.Errorf("an unclosed block is not reported: %+v", rep)
	}
}

func TestOtherParts(t *testing.T) {
	hdr := `<?xml version="1.0" encoding="UTF-8"?><w:hdr ` + wNS + `>` + p(r("{{co_quan}} — trang")) + `</w:hdr>`
	ftr := `<w:ftr ` + wNS + `>` + p(r("Chân trang không có chỗ điền")) + `</w:ftr>`
	notes := `<w:footnotes ` + wNS + `><w:footnote w:id="1">` + p(r("Kế hoạch số {{so_kh}}.")) + `</w:footnote></w:footnotes>`
	styles := `<w:styles ` + wNS + `><!-- untouched --><w:style w:styleId="x"/></w:styles>`
	box := `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>` +
		p(r("Hộp: {{hop}}")) + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
	body := p(r("Thân "), box, r("{{than}}"))
	src := build(t, body, map[string]string{"word/header1.xml": hdr, "word/footer1.xml": ftr, "word/footnotes.xml": notes, "word/styles.xml": styles, "customXml/item1.xml": "<x>{{khong_dien}}</x>"})
	_, parts, rep := fill(t, src, Values{Text: map[string]string{"co_quan": "SỞ Y TẾ", "so_kh": "12/KH-SYT", "hop": "ô chữ", "than": "văn bản"}})
	checks := map[string]string{
		"word/header1.xml":   "SỞ Y TẾ",
		"word/footnotes.xml": "12/KH-SYT",
		"word/document.xml":  "ô chữ",
	}
	for part, w := range checks {
		if !strings.Contains(parts[part], w) {
			t.Errorf("%s lacks %q:\n%s", part, w, parts[part])
		}
	}
	if !strings.Contains(parts["word/document.xml"], ">văn bản<") {
		t.Errorf("the body run after the text box is not filled")
	}
	// Parts without placeholders, and parts the engine does not fill, are byte for byte the same.
	for _, name := range []string{"word/footer1.xml", "word/styles.xml", "customXml/item1.xml", "[Content_Types].xml", "_rels/.rels"} {
		orig := map[string]string{"word/footer1.xml": ftr, "word/styles.xml": styles, "customXml/item1.xml": "<x>{{khong_dien}}</x>"}[name]
		if orig != "" && parts[name] != orig {
			t.Errorf("%s changed:\n%s", name, parts[name])
		}
	}
	if len(rep.Unfilled) != 0 {
		t.Errorf("unfilled %v", rep.Unfilled)
	}
}

func TestUntouchedBytes(t *testing.T) {
	// Everything of document.xml outside the filled w:t is kept byte for byte:
	// odd spacing, attribute order, namespaces, comments, self-closing tags.
	body := `<w:p w:rsidR="00AB"  ><w:pPr><w:jc w:val="both" /></w:pPr><!-- c -->` + r("{{x}}") + `</w:p>` + p(r("tĩnh &amp; yên"))
	src := build(t, body, nil)
	_, parts, _ := fill(t, src, Values{Text: map[string]string{"x": "y"}})
	want := strings.Replace(`<w:document `+wNS+`><w:body>`+body, `<w:t xml:space="preserve">{{x}}</w:t>`, `<w:t xml:space="preserve">y</w:t>`, 1)
	if !strings.Contains(parts["word/document.xml"], want) {
		t.Errorf("document.xml changed outside the placeholder:\n%s\nwant\n%s", parts["word/document.xml"], want)
	}
}

func TestFields(t *testing.T) {
	body := p(r("{{so}}/{{ky_hieu}} {{?can_cu}}{{can_cu}}{{/can_cu}}")) + tbl(tr(p(r("{{nv.stt}}")), p(r("{{nv.noi_dung}}"))))
	hdr := `<w:hdr ` + wNS + `>` + p(r("{{trang}}")) + `</w:hdr>`
	tp, err := Parse(build(t, body, map[string]string{"word/header2.xml": hdr}))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range tp.Fields() {
		got = append(got, f.Kind+":"+f.Name+":"+f.List)
	}
	want := "text:so:,text:ky_hieu:,optional:can_cu:,text:can_cu:,list-field:nv.stt:nv,list-field:nv.noi_dung:nv,text:trang:"
	if strings.Join(got, ",") != want {
		t.Errorf("fields\n%s\nwant\n%s", strings.Join(got, ","), want)
	}
}

func TestBadInput(t *testing.T) {
	good := build(t, p(r("x")), nil)
	noDoc := func() []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, _ := zw.Create("word/other.xml")
		io.WriteString(w, "<x/>")
		zw.Close()
		return buf.Bytes()
	}()
	tests := map[string][]byte{
		"empty":        nil,
		"not a zip":    []byte("PK\x03\x04 garbage"),
		"plain text":   []byte("{{so}}"),
		"no document":  noDoc,
		"broken XML":   build(t, "<w:p><w:r>", nil),
		"truncated":    good[:len(good)/2],
		"deep nesting": build(t, strings.Repeat("<w:x>", 600)+strings.Repeat("</w:x>", 600), nil),
	}
	for name, data := range tests {
		if _, err := Parse(data); err == nil {
			t.Errorf("%s: no error", name)
		} else if !isVietnamese(err.Error()) {
			t.Errorf("%s: message not Vietnamese: %v", name, err)
		}
	}
}

func isVietnamese(s string) bool {
	return strings.ContainsAny(s, "ệảấờớạịọủđư")
}

func TestOptionalLineDropped(t *testing.T) {
	body := p(r("{{?chu_quan}}{{chu_quan}}{{/chu_quan}}")) + p(rb("SỞ Y TẾ"))
	out, parts, _ := fill(t, build(t, body, nil), Values{})
	if n := strings.Count(parts["word/document.xml"], "<w:p>"); n != 1 {
		t.Errorf("%d paragraphs, want the empty optional line gone", n)
	}
	if !strings.Contains(plain(t, out), "SỞ Y TẾ") {
		t.Error("the next line is lost")
	}
}
