package txt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode/utf16"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
	"vanthu/docs/vn"
)

const sample = "ỦY BAN NHÂN DÂN HUYỆN\r\nSố: 12/UBND-VP\r\nĐiều 1. Giao Phòng Nội vụ chủ trì.\r\n\r\na) Báo cáo trước ngày 15 tháng 3 năm 2024;\r\n- Lưu: VT.\r\n"

var sampleParas = []string{
	"ỦY BAN NHÂN DÂN HUYỆN",
	"Số: 12/UBND-VP",
	"Điều 1. Giao Phòng Nội vụ chủ trì.",
	"a) Báo cáo trước ngày 15 tháng 3 năm 2024;",
	"- Lưu: VT.",
}

func utf16Bytes(s string, order binary.AppendByteOrder, bom bool) []byte {
	var out []byte
	if bom {
		out = order.AppendUint16(out, 0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

func mustEncode(t *testing.T, enc legacy.Encoding, s string) []byte {
	t.Helper()
	b, err := legacy.Encode(enc, s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestEncodings(t *testing.T) {
	tests := []struct {
		name     string
		data     []byte
		encoding string
		lower    bool // TCVN3 keeps no toned capitals in plain text
	}{
		{"utf-8", []byte(sample), "utf-8", false},
		{"utf-8 BOM", append([]byte{0xEF, 0xBB, 0xBF}, sample...), "utf-8", false},
		{"utf-16le BOM", utf16Bytes(sample, binary.LittleEndian, true), "utf-16le", false},
		{"utf-16be BOM", utf16Bytes(sample, binary.BigEndian, true), "utf-16be", false},
		{"utf-16le no BOM", utf16Bytes(sample, binary.LittleEndian, false), "utf-16le", false},
		{"windows-1258", mustEncode(t, legacy.Windows1258, sample), "windows-1258", false},
		{"tcvn3", mustEncode(t, legacy.TCVN3, sample), "tcvn3", true},
		{"vni", mustEncode(t, legacy.VNI, sample), "vni", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Info.Encoding != tt.encoding || doc.Info.Format != "txt" {
				t.Errorf("Info = %+v, want encoding %s", doc.Info, tt.encoding)
			}
			want := sampleParas
			if tt.lower {
				want = lowerToned(sampleParas)
			}
			if got := doc.Paragraphs(); !reflect.DeepEqual(got, want) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, want)
			}
		})
	}
}

// lowerToned lower-cases what TCVN3 cannot hold as capitals.
func lowerToned(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		var sb strings.Builder
		for _, r := range p {
			if b, err := legacy.Encode(legacy.TCVN3, string(r)); err == nil && legacy.DecodeBytes(legacy.TCVN3, b) != string(r) {
				r = []rune(strings.ToLower(string(r)))[0]
			}
			sb.WriteRune(r)
		}
		out[i] = sb.String()
	}
	return out
}

func TestFixtures(t *testing.T) {
	want, err := os.ReadFile("testdata/letter-utf8.txt")
	if err != nil {
		t.Fatal(err)
	}
	for file, enc := range map[string]string{"tcvn3-letter.txt": "tcvn3", "vni-letter.txt": "vni", "letter-utf8.txt": "utf-8"} {
		data, err := os.ReadFile(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if doc.Info.Encoding != enc {
			t.Errorf("%s: encoding %q, want %q", file, doc.Info.Encoding, enc)
		}
		text := doc.PlainText()
		for _, sub := range []string{
			"Kính gửi: ủy ban nhân dân các xã, thị trấn.",
			"1. Các xã, thị trấn báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính quý I năm 2024.",
			"b) Bản điện tử gửi qua hệ thống quản lý văn bản.",
			"Nguyễn Văn Hùng",
		} {
			if enc != "tcvn3" {
				sub = strings.Replace(sub, "ủy", "Ủy", 1)
			}
			if !strings.Contains(text, sub) {
				t.Errorf("%s: missing %q in\n%s", file, sub, text)
			}
		}
		if enc == "vni" && strings.TrimSpace(text) != strings.TrimSpace(string(want)) {
			t.Errorf("vni fixture differs from the UTF-8 original:\n%s", text)
		}
	}
}

func TestParagraphLayouts(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []model.Block
	}{
		{"one per line", "Dòng một\nDòng hai\n\nDòng ba", []model.Block{
			para("", "Dòng một", 0), para("", "Dòng hai", 0), para("", "Dòng ba", 0)}},
		{"hard wrapped", "Căn cứ Luật Tổ chức\nchính quyền địa phương;\n\nXét đề nghị của\nTrưởng phòng Nội vụ.\n1. Điểm một\nvẫn tiếp tục", []model.Block{
			para("", "Căn cứ Luật Tổ chức chính quyền địa phương;", 0),
			para("", "Xét đề nghị của Trưởng phòng Nội vụ.", 0),
			para("1.", "Điểm một vẫn tiếp tục", 0)}},
		{"form feed and tabs", "Trang một\tcó\t tab\fTrang hai", []model.Block{
			para("", "Trang một có tab", 0), para("", "Trang hai", 0)}},
		{"labels", "Điều 3. Hiệu lực\n1.2. Mục con\nII. Phần hai\nđ) Điểm đ\n+ Ý phụ\n12 tháng 3\n3.500.000 đồng", []model.Block{
			para("Điều 3.", "Hiệu lực", 0), para("1.2.", "Mục con", 1), para("II.", "Phần hai", 0),
			para("đ)", "Điểm đ", 1), para("+", "Ý phụ", 2), para("", "12 tháng 3", 0), para("", "3.500.000 đồng", 0)}},
		// A table flattened one cell a line, with only the file's final
		// newline after it: no blank line stands between two lines of text,
		// so this is not hard-wrapped text and each cell keeps its line.
		{"flattened table, final newline", "1\nTổ chức tập huấn\ncho cán bộ cấp xã\nSở Nội vụ\ntrong quý IV/2025\n", []model.Block{
			para("", "1", 0), para("", "Tổ chức tập huấn", 0), para("", "cho cán bộ cấp xã", 0), para("", "Sở Nội vụ", 0),
			para("", "trong quý IV/2025", 0)}},
		{"blank lines before the text only", "\n\nCăn cứ Luật\ntổ chức\nchính quyền", []model.Block{
			para("", "Căn cứ Luật", 0), para("", "tổ chức", 0), para("", "chính quyền", 0)}},
		{"empty", "\n \n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Paragraphs(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func para(label, text string, level int) model.Block {
	return model.Block{Kind: model.KindParagraph, Label: label, Text: text, Level: level}
}

func TestSplitLabel(t *testing.T) {
	tests := []struct{ in, label, rest string }{
		{"1. Nội dung", "1.", "Nội dung"},
		{"2) Nội dung", "2)", "Nội dung"},
		{"2.3) Nội dung", "2.3)", "Nội dung"},
		{"a) Điểm a", "a)", "Điểm a"},
		{"- Gạch đầu dòng", "-", "Gạch đầu dòng"},
		{"– Gạch dài", "–", "Gạch dài"},
		{"• Chấm", "•", "Chấm"},
		{"Điều 12. Trách nhiệm thi hành", "Điều 12.", "Trách nhiệm thi hành"},
		{"Điều 5a: Bổ sung", "Điều 5a:", "Bổ sung"},
		{"IV. Tổ chức thực hiện", "IV.", "Tổ chức thực hiện"},
		{"1.", "", "1."},
		{"15/2010/QĐ-UBND ngày", "", "15/2010/QĐ-UBND ngày"},
		{"-5 độ", "", "-5 độ"},
		{"Điều chỉnh kế hoạch", "", "Điều chỉnh kế hoạch"},
		{"v.v. và", "", "v.v. và"},
	}
	for _, tt := range tests {
		label, rest, _ := SplitLabel(tt.in)
		if label != tt.label || rest != tt.rest {
			t.Errorf("SplitLabel(%q) = %q, %q; want %q, %q", tt.in, label, rest, tt.label, tt.rest)
		}
	}
}

func TestBadInput(t *testing.T) {
	for name, data := range map[string][]byte{
		"NUL bytes": []byte("abc\x00\x01\x02\x00\x00\xff\x10binary"),
		"random":    {0x00, 0x9f, 0x00, 0x00, 0x13, 0x88, 0x00, 0x07},
	} {
		_, err := Read(data)
		var re *readerr.Error
		if !errors.As(err, &re) || re.Msg == "" {
			t.Errorf("%s: err = %v, want a readerr.Error", name, err)
		}
	}
	doc, err := Read([]byte("Caf\xe9 \x80 na\xefve r\xe9sum\xe9 d\xe9j\xe0"))
	if err != nil || doc.Info.Encoding != "windows-1252" || len(doc.Info.Warnings) == 0 {
		t.Errorf("Western 8-bit text: %v %+v", err, doc)
	}
	doc, err = Read([]byte("Hà Nội \xff ngày 5"))
	if err != nil || doc.Info.Encoding != "utf-8" || !strings.Contains(doc.PlainText(), "Hà Nội � ngày 5") {
		t.Errorf("UTF-8 with a stray byte: %v %+v", err, doc)
	}
}

func TestHTML(t *testing.T) {
	page := `<html><head><title>x</title><style>p {color:red}</style></head><body>
<h1>QUYẾT ĐỊNH</h1><p class=MsoNormal>Căn cứ&nbsp;Luật <b>Tổ chức</b>;<br>Xét đề nghị</p>
<!-- <p>ẩn</p> -->
<table><tr><td><p>Số</p></td><td>Trích y&#7871;u</td></tr>
<tr><td>1</td><td>Báo cáo<table><tr><td>lồng</td></tr></table></td></tr></table>
<p>1. Điểm một</p></body></html>`
	doc, err := Read([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := "QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức;\nXét đề nghị\nSố | Trích yếu\n1 | Báo cáo lồng\n1. Điểm một\n"
	if got := doc.PlainText(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if doc.Blocks[0].Style.Heading != 1 || doc.Blocks[3].Kind != model.KindTable || doc.Blocks[4].Label != "1." {
		t.Errorf("structure: %+v", doc.Blocks)
	}
}

// sharedDir is ../shared beside the module root, where CI puts the corpus.
func sharedDir(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	for ; dir != filepath.Dir(dir); dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		t.Skip("../shared not present")
	}
	return shared
}

func TestRealWordHTMLSavedAsDoc(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(sharedDir(t), "samples", "doc", "so-van-ban-den-2011-printout.doc"))
	if err != nil {
		t.Skip(err)
	}
	doc, err := Read(data)
	if err != nil {
		t.Fatal(err)
	}
	text := doc.PlainText()
	for _, sub := range []string{"SỞ THÔNG TIN TRUYỀN THÔNG", "Tên sổ: Sổ văn bản đến năm 2011",
		"Ngày đến | Số đến | Nơi gửi", "4532/UBND-KSTTHC", "V/v Xây dựng kế hoạch rà soát quy trình thủ tục hành chính"} {
		if !strings.Contains(text, sub) {
			t.Errorf("missing %q", sub)
		}
	}
}

func TestDevCorpusReadsWhole(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "corpus", "dev", "*.txt"))
	for _, f := range files {
		data, _ := os.ReadFile(f)
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		// Hard-wrapped PDF copies get their lines joined: every word must
		// survive, in order.
		var got []string
		for _, p := range doc.Paragraphs() {
			got = append(got, strings.Fields(p)...)
		}
		if doc.Info.Encoding != "utf-8" || !reflect.DeepEqual(got, strings.Fields(vn.NFC(string(data)))) {
			t.Errorf("%s: %s, words lost or reordered", f, doc.Info.Encoding)
		}
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"tcvn3-letter.txt", "vni-letter.txt", "letter-utf8.txt"} {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(sample))
	f.Add(utf16Bytes(sample, binary.BigEndian, true))
	f.Add([]byte("<html><table><tr><td>a</td></table></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data)
		if err != nil {
			var re *readerr.Error
			if !errors.As(err, &re) {
				t.Fatalf("error is not a readerr.Error: %v", err)
			}
			return
		}
		_ = doc.PlainText()
	})
}

func BenchmarkRead(b *testing.B) {
	cases := map[string][]byte{}
	for _, name := range []string{"tcvn3-letter.txt", "vni-letter.txt", "letter-utf8.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		cases[name] = data
	}
	for name, data := range cases {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzGuessUTF16: any bytes; a guess is only made on data whose every
// other byte has zeros, which UTF-8 and 8-bit text never have.
func FuzzGuessUTF16(f *testing.F) {
	f.Add(utf16Bytes(sample, binary.LittleEndian, false))
	f.Add(utf16Bytes(sample, binary.BigEndian, false))
	f.Add([]byte(sample))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, ok := GuessUTF16(data); ok && bytes.IndexByte(data, 0) < 0 {
			t.Fatalf("guessed UTF-16 for data without a zero byte: %q", data)
		}
	})
}

// TestNFCJoinsTones: one composition after cleaning joins every letter to
// its tone, whatever sat between them or however the text was encoded.
func TestNFCJoinsTones(t *testing.T) {
	utf16le := func(s string) []byte {
		var b bytes.Buffer
		b.Write([]byte{0xFF, 0xFE})
		for _, u := range utf16.Encode([]rune(s)) {
			binary.Write(&b, binary.LittleEndian, u)
		}
		return b.Bytes()
	}
	for _, tc := range []struct {
		name string
		in   []byte
		want string
	}{
		{"decomposed", []byte("Vie\u0323\u0302t Nam"), "Việt Nam"},
		{"soft hyphen before the marks", []byte("Vie\u00ad\u0323\u0302t"), "Việt"},
		{"zero-width space before the tone", []byte("ho\u200b\u0300a"), "hòa"},
		{"BOM inside, no-break space", []byte("\ufeffỦy\u00a0ban"), "Ủy ban"},
		{"UTF-16 decomposed with a zero-width joiner", utf16le("Vie\u0323\u200d\u0302t"), "Việt"},
		{"broken byte then a decomposed letter", []byte("Việt Nam đã \xffe\u0301"), "Việt Nam đã \uFFFDé"},
		{"already NFC", []byte("Kính gửi"), "Kính gửi"},
	} {
		got, _, err := Decode(tc.in)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got != tc.want || got != vn.NFC(got) {
			t.Errorf("%s: Decode = %q, want %q", tc.name, got, tc.want)
		}
	}
}
