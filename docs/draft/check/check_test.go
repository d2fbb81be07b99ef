package check

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"vanthu/docs/draft/builtin"
	"vanthu/docs/draft/template"
)

// page is a .docx with the given paragraphs, section and default font.
type page struct {
	paras    []string
	sect     string // w:sectPr content; "" = A4 with Decree 30 margins
	defaults string // w:rPrDefault content; "" = Times New Roman 14 pt
	runFont  string // a font set on every run, if any
}

func (pg page) docx(t testing.TB) []byte {
	t.Helper()
	var b strings.Builder
	for _, p := range pg.paras {
		b.WriteString("<w:p><w:r>")
		if pg.runFont != "" {
			b.WriteString(`<w:rPr><w:rFonts w:ascii="` + pg.runFont + `" w:hAnsi="` + pg.runFont + `"/></w:rPr>`)
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		xml.EscapeText(&b, []byte(p))
		b.WriteString("</w:t></w:r></w:p>")
	}
	sect := pg.sect
	if sect == "" {
		sect = `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/>`
	}
	def := pg.defaults
	if def == "" {
		def = `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr>`
	}
	ns := `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<w:document ` + ns + `><w:body>` + b.String() + `<w:sectPr>` + sect + `</w:sectPr></w:body></w:document>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`},
		{"word/styles.xml", `<w:styles ` + ns + `><w:docDefaults><w:rPrDefault>` + def + `</w:rPrDefault></w:docDefaults>` +
			`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Unused"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style></w:styles>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, _ := zw.Create(p[0])
		io.WriteString(w, p[1])
	}
	zw.Close()
	return buf.Bytes()
}

// good is a công văn without a fault.
var good = []string{
	"ỦY BAN NHÂN DÂN TỈNH KON TUM", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
	"Số: 07/SYT-VP", "Kon Tum, ngày 06 tháng 9 năm 2021", "V/v khắc phục tồn tại",
	"Kính gửi:", "- Sở Nội vụ;", "- Sở Tài chính.",
	"Thực hiện Công văn số 2158/UBND-KTTH ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh Kon Tum về việc khắc phục, Sở Y tế báo cáo như sau:",
	"Sở Y tế đã triển khai đầy đủ./.",
	"Nơi nhận:", "- Như trên;", "- Lưu: VT, VP.",
	"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A",
}

func with(i int, s string) []string {
	out := append([]string{}, good...)
	out[i] = s
	return out
}

func withAll(m map[int]string) []string {
	out := append([]string{}, good...)
	for i, s := range m {
		out[i] = s
	}
	return out
}

func hasNonASCII(s string) bool {
	for _, r := range s {
		if r > 127 {
			return true
		}
	}
	return false
}

func without(i int) []string {
	return append(append([]string{}, good[:i]...), good[i+1:]...)
}

func TestFindings(t *testing.T) {
	tests := []struct {
		name string
		pg   page
		want []string // "code@paragraph" of each error, in order; paragraph -1 for the file
	}{
		{"good", page{paras: good}, nil},
		{"one recipient on the line", page{paras: append(append(with(7, "Kính gửi: Sở Nội vụ."), good[10:]...)[:8:8], good[10:]...)}, nil},
		{"công văn with a type code", page{paras: with(4, "Số: 15/QĐ-SYT")}, []string{"so-ky-hieu@4"}},
		{"number under 10 without 0", page{paras: with(4, "Số: 7/SYT-VP")}, []string{"so-ky-hieu@4"}},
		{"spaces in the number", page{paras: with(4, "Số: 07 / SYT - VP")}, []string{"so-ky-hieu@4"}},
		{"plan without KH-", page{paras: append(with(6, "KẾ HOẠCH"), "")}, []string{"so-ky-hieu@4"}},
		{"plan with KH-", page{paras: withAll(map[int]string{4: "Số: 07/KH-SYT", 6: "KẾ HOẠCH"})}, nil},
		{"day without 0", page{paras: with(5, "Kon Tum, ngày 6 tháng 9 năm 2021")}, []string{"ngay-thang@5"}},
		{"January without 0", page{paras: with(5, "Kon Tum, ngày 06 tháng 1 năm 2021")}, []string{"ngay-thang@5"}},
		{"March with 0", page{paras: with(5, "Kon Tum, ngày 16 tháng 03 năm 2021")}, []string{"ngay-thang@5"}},
		{"February right", page{paras: with(5, "Kon Tum, ngày 16 tháng 02 năm 2021")}, nil},
		{"no Quốc hiệu", page{paras: without(2)}, []string{"quoc-hieu@-1"}},
		{"no Tiêu ngữ", page{paras: without(3)}, []string{"tieu-ngu@-1"}},
		{"Kính gửi item without ;", page{paras: with(8, "- Sở Nội vụ")}, []string{"kinh-gui@8"}},
		{"last Kính gửi without .", page{paras: with(9, "- Sở Tài chính;")}, []string{"kinh-gui@9"}},
		{"Kính gửi items without -", page{paras: with(8, "Sở Nội vụ;")}, []string{"kinh-gui@7"}},
		{"body without ./.", page{paras: with(11, "Sở Y tế đã triển khai đầy đủ.")}, []string{"ket-thuc@11"}},
		{"Nơi nhận without Lưu", page{paras: with(14, "- Sở Tài chính.")}, []string{"noi-nhan@14"}},
		{"Nơi nhận item without ;", page{paras: with(13, "- Như trên")}, []string{"noi-nhan@13"}},
		{"placeholder left", page{paras: with(17, "{{nguoi_ky}}")}, []string{"chua-dien@17"}},
		{"blank number is a note", page{paras: with(4, "Số:      /SYT-VP")}, nil},
		{"margins off", page{paras: good, sect: `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/>`},
			[]string{"le-trang@-1", "le-trang@-1"}}, // left and right; 25.4 mm top and bottom are within 20–25 mm and 1 mm
		{"margin within 1 mm", page{paras: good, sect: `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1100" w:right="851" w:bottom="1134" w:left="1701"/>`}, nil},
		{"Letter paper", page{paras: good, sect: `<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/>`}, []string{"kho-giay@-1"}},
		{"Arial runs", page{paras: good, runFont: "Arial"}, []string{"phong-chu@-1"}},
		{"theme fonts", page{paras: good, defaults: `<w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="28"/></w:rPr>`}, []string{"phong-chu@-1"}},
		{"12 pt body", page{paras: good, defaults: `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="24"/></w:rPr>`}, []string{"co-chu@-1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := File(context.Background(), tc.pg.docx(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range r.Findings {
				if f.Severity == Error {
					got = append(got, f.Code+"@"+itoa(f.Para))
				}
				if strings.Trim(f.Message, "\x00\x7f") == f.Message && !hasNonASCII(f.Message) {
					t.Errorf("message not Vietnamese: %q", f.Message)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("errors %v, want %v\n%+v", got, tc.want, r.Findings)
			}
		})
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

type fakeLookup map[string]string

func (f fakeLookup) Superseded(_ context.Context, n string) (string, bool, error) {
	if n == "fail" {
		return "", false, errors.New("x")
	}
	by, ok := f[n]
	return by, ok, nil
}

func TestSupersededCitation(t *testing.T) {
	r, err := File(context.Background(), page{paras: good}.docx(t), fakeLookup{"2158/UBND-KTTH": "Công văn số 3000/UBND-KTTH"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Errors() != 1 || r.Findings[0].Code != "van-ban-het-hieu-luc" || r.Findings[0].Para != 10 {
		t.Errorf("findings %+v", r.Findings)
	}
}

func TestSupersedes(t *testing.T) {
	tests := []struct {
		text, number string
		want         bool
	}{
		{"Quyết định này thay thế Quyết định số 15/QĐ-UBND ngày 05/01/2020 của UBND tỉnh.", "15/QĐ-UBND", true},
		{"Bãi bỏ Kế hoạch số 4541/KH-UBND ngày 07/12/2020.", "4541/KH-UBND", true},
		{"Quyết định số 15/QĐ-UBND ngày 05/01/2020 hết hiệu lực kể từ ngày ký.", "15/qđ-ubnd", true},
		{"Thực hiện Quyết định số 15/QĐ-UBND; thay thế thiết bị cũ.", "15/QĐ-UBND", false},
		{"Căn cứ Quyết định số 115/QĐ-UBND; bãi bỏ Điều 3.", "15/QĐ-UBND", false},
		{"Quyết định số 15/QĐ-UBND bãi bỏ Quyết định số 9/QĐ-UBND.", "15/QĐ-UBND", false},
		{"", "15/QĐ-UBND", false},
	}
	for _, tc := range tests {
		if _, got := Supersedes(tc.text, tc.number); got != tc.want {
			t.Errorf("Supersedes(%q, %q) = %v", tc.text, tc.number, got)
		}
	}
}

// The built-in templates, filled, pass the checker but for what only the
// clerk can write; unfilled, their placeholders are reported.
func TestBuiltinsPass(t *testing.T) {
	for _, b := range builtin.All {
		data, _ := builtin.Data(b.Name)
		tp, _ := template.Parse(data)
		v := template.Values{Text: map[string]string{
			"co_quan_chu_quan": "ỦY BAN NHÂN DÂN TỈNH KON TUM", "co_quan": "SỞ Y TẾ", "so": "07", "ky_hieu": map[string]string{"CV": "SYT-VP", "KH": "KH-SYT", "BC": "BC-SYT"}[b.Type],
			"dia_danh": "Kon Tum", "ngay_thang": "ngày 06 tháng 9 năm 2021", "trich_yeu": "khắc phục", "kinh_gui_mot": "Sở Nội vụ.",
			"trich_dan": "Công văn số 2158/UBND-KTTH", "ten_co_quan": "Sở Y tế", "noi_dung": "Nội dung.", "ket_thuc": "Trên đây là ý kiến./.",
			"muc_dich": "Mục đích.", "to_chuc": "Tổ chức thực hiện./.", "ket_qua": "Kết quả.", "kien_nghi": "Kiến nghị.",
			"luu": "VP", "quyen_han": "KT. GIÁM ĐỐC", "chuc_vu": "PHÓ GIÁM ĐỐC", "nguoi_ky": "Nguyễn Văn A",
		}, Lists: map[string][]map[string]string{
			"kinh_gui": nil, "noi_nhan": {{"ten": "Như trên", "dau": ";"}},
			"nhiem_vu": {{"noi_dung": "Việc", "chu_tri": "Sở Y tế", "phoi_hop": "", "thoi_han": "25/10/2021", "san_pham": "Báo cáo", "tinh_trang": ""}},
		}}
		out, rep, err := tp.Fill(v)
		if err != nil || len(rep.Unfilled) > 0 {
			t.Fatalf("%s: %v %+v", b.Name, err, rep)
		}
		r, err := File(context.Background(), out, nil)
		if err != nil {
			t.Fatal(err)
		}
		if r.Errors() != 0 {
			t.Errorf("%s filled: %+v", b.Name, r.Findings)
		}
		r, _ = File(context.Background(), data, nil)
		n := 0
		for _, f := range r.Findings {
			if f.Code == "chua-dien" {
				n++
			}
		}
		if n < 10 {
			t.Errorf("%s unfilled: only %d placeholders reported", b.Name, n)
		}
	}
}

func TestBadFile(t *testing.T) {
	if _, err := File(context.Background(), []byte("not a docx"), nil); err == nil {
		t.Error("no error")
	}
}
