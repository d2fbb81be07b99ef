package doc

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

var fonts = []string{"Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times", "Arial", "Wingdings 2"}

const (
	fTNR = iota
	fVnTime
	fVnTimeH
	fVNI
	fArial
	fWingdings2
)

func TestSyntheticDocuments(t *testing.T) {
	tests := []struct {
		name  string
		doc   fxDoc
		want  []string // Paragraphs()
		notes []string // "mark: text"
		conv  int      // number of Info.Conversions
	}{
		{
			name: "TCVN3 font from the Normal style",
			doc: fxDoc{fonts: fonts, styleFont: fVnTime, body: []fxPara{
				p('\r', r("Céng hßa x· héi chñ nghÜa ViÖt Nam", -1)),
				p('\r', r("§éc lËp - Tù do - H¹nh phóc", -1)),
			}},
			want: []string{"Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc"},
			conv: 1,
		},
		{
			name: "run fonts: H font, VNI, Unicode in Times, TCVN3 with cp1252 quotes",
			doc: fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
				p('\r', r("ñy ban nh©n d©n tØnh", fVnTimeH)),
				p('\r', r("UÛy ban nhaân daân ", fVNI), r("tỉnh Hà Giang", fTNR)),
				p('\r', r("\u201cQuyÕt ®Þnh\u201d", fVnTime)),
			}},
			want: []string{"ỦY BAN NHÂN DÂN TỈNH", "Ủy ban nhân dân tỉnh Hà Giang", "\u201cQuyết định\u201d"},
			conv: 3,
		},
		{
			name: "legacy font only in the run's non-ASCII font slot",
			doc: fxDoc{fonts: fonts, styleFont: -1, hiSlot: true, body: []fxPara{
				p('\r', r("Coäng hoøa xaõ hoäi", fVNI)),
			}},
			want: []string{"Cộng hòa xã hội"},
			conv: 1,
		},
		{
			name: "compressed cp1252 piece in TCVN3",
			doc: fxDoc{fonts: fonts, styleFont: fVnTime, compressed: true, body: []fxPara{
				p('\r', r("Ng\u00adêi ký: Chñ tÞch UBND x·", -1)),
			}},
			want: []string{"Người ký: Chủ tịch UBND xã"},
			conv: 1,
		},
		{
			name: "fields, special characters, line and page breaks",
			doc: fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
				p('\r', r("Xem \x13 HYPERLINK \"http://x\" \x14trang web\x15 và \x13PAGE\x15hết", fTNR)),
				p('\r', r("Dòng một\x0bDòng hai\x01\x08", fTNR)),
				p('\r', r("mã\x1eso\x1f cần\x0cTrang sau", fTNR)),
				p('\r', r("\x13 IF \x13 PAGE \x14 1\x15 = 1 \x14kết quả lồng\x15", fTNR)),
			}},
			want: []string{"Xem trang web và hết", "Dòng một\nDòng hai", "mã-so cần", "Trang sau", "kết quả lồng"},
		},
		{
			name: "symbol fonts and hidden text",
			doc: fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
				p('\r', r("Có ", fTNR), r("\uF0A3", fWingdings2), r(" Không ", fTNR), r("\uF0A3\uF0E7", fWingdings2)),
				p('\r', r("Hiện ", fTNR), fxRun{text: "ẩn ", font: fTNR, hidden: true}, r("rõ", fTNR)),
			}},
			want: []string{"Có □ Không □", "Hiện rõ"},
		},
		{
			name: "table with TTP row ends",
			doc: fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
				p('\r', r("Trước bảng", fTNR)),
				{runs: []fxRun{r("Số", fTNR)}, end: '\x07', inTable: true},
				{runs: []fxRun{r("Trích yếu", fTNR)}, end: '\x07', inTable: true},
				{end: '\x07', inTable: true, ttp: true},
				{runs: []fxRun{r("12/UBND", fTNR)}, end: '\r', inTable: true},
				{runs: []fxRun{r("dòng hai của ô", fTNR)}, end: '\x07', inTable: true},
				{end: '\x07', inTable: true},
				{end: '\x07', inTable: true, ttp: true},
				p('\r', r("Sau bảng", fTNR)),
			}},
			want: []string{"Trước bảng", "Số", "Trích yếu", "12/UBND", "dòng hai của ô", "Sau bảng"},
		},
		{
			name: "footnotes become (N) marks and notes",
			doc: fxDoc{fonts: fonts, styleFont: -1, footnotes: []string{"Chú thích một", "Chú thích hai"}, body: []fxPara{
				p('\r', r("Căn cứ Luật\x02 và Nghị định\x02.", fTNR)),
			}},
			want:  []string{"Căn cứ Luật(1) và Nghị định(2)."},
			notes: []string{"1: Chú thích một", "2: Chú thích hai"},
		},
		{
			name: "endnotes are marked i, ii",
			doc: fxDoc{fonts: fonts, styleFont: -1, endnotes: true, footnotes: []string{"Ghi chú cuối"}, body: []fxPara{
				p('\r', r("Xem ghi chú\x02.", fTNR)),
			}},
			want:  []string{"Xem ghi chú(i)."},
			notes: []string{"i: Ghi chú cuối"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read(tt.doc.build())
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Paragraphs(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
			var notes []string
			for _, n := range doc.Notes {
				var parts []string
				for _, b := range n.Blocks {
					parts = append(parts, b.Text)
				}
				notes = append(notes, n.Mark+": "+strings.Join(parts, " "))
			}
			if !reflect.DeepEqual(notes, tt.notes) {
				t.Errorf("notes %q, want %q", notes, tt.notes)
			}
			if len(doc.Info.Conversions) != tt.conv || doc.Info.Format != "doc" {
				t.Errorf("info %+v, want %d conversions", doc.Info, tt.conv)
			}
		})
	}
}

func TestTableShape(t *testing.T) {
	cell := func(s string) fxPara {
		return fxPara{runs: []fxRun{r(s, fTNR)}, end: '\x07', inTable: true}
	}
	rowEnd := fxPara{end: '\x07', inTable: true, ttp: true}
	doc, err := Read(fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
		cell("a1"), cell("b1"), rowEnd, cell("a2"), {end: '\x07', inTable: true}, rowEnd,
	}}.build())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Kind != model.KindTable {
		t.Fatalf("blocks %+v", doc.Blocks)
	}
	if got := doc.PlainText(); got != "a1 | b1\na2 | \n" {
		t.Errorf("table text %q", got)
	}
	// Without TTP flags the row end is the empty cell mark that follows
	// another cell mark.
	doc, err = Read(fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
		cell("a1"), cell("b1"), {end: '\x07', inTable: true}, cell("a2"), cell("b2"), {end: '\x07', inTable: true},
		p('\r', r("sau", fTNR)),
	}}.build())
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.PlainText(); got != "a1 | b1\na2 | b2\nsau\n" {
		t.Errorf("heuristic table text %q", got)
	}
}

func TestListNumbering(t *testing.T) {
	item := func(level int, text string) fxPara {
		return fxPara{runs: []fxRun{r(text, fTNR)}, end: '\r', list: level + 1}
	}
	doc, err := Read(fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
		item(0, "Thủ trưởng các cơ quan"), item(1, "Sở Nội vụ"), item(1, "Sở Tài chính"),
		item(2, "Chi tiết"), p('\r', r("Đoạn thường", fTNR)), item(0, "Tổ chức thực hiện"), item(1, "Sở Y tế"),
	}}.build())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1. Thủ trưởng các cơ quan", "a) Sở Nội vụ", "b) Sở Tài chính", "1.1. Chi tiết",
		"Đoạn thường", "2. Tổ chức thực hiện", "a) Sở Y tế"}
	if got := doc.Paragraphs(); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if doc.Blocks[1].Label != "a)" || doc.Blocks[1].Level != 1 {
		t.Errorf("block %+v, want label a) at level 1", doc.Blocks[1])
	}
}

func TestHeadingAndBoldFromStyle(t *testing.T) {
	doc, err := Read(fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{
		{runs: []fxRun{r("Chương I", fTNR)}, end: '\r', styleIsHeading: true},
	}}.build())
	if err != nil {
		t.Fatal(err)
	}
	if s := doc.Blocks[0].Style; s.Heading != 1 || !s.Bold {
		t.Errorf("style %+v, want heading 1, bold", s)
	}
}

// A document whose legacy font is invisible (here: an unknown font name)
// is recognised from its text and converted with a warning.
func TestLegacyGuessedFromText(t *testing.T) {
	body := []fxPara{
		p('\r', r("ñy ban nh©n d©n huyÖn Thanh S¬n", -1)),
		p('\r', r("VÒ viÖc b¸o c¸o kÕt qu¶ thùc hiÖn nhiÖm vô c¶i c¸ch hµnh chÝnh", -1)),
	}
	doc, err := Read(fxDoc{fonts: []string{"ABC Times"}, styleFont: 0, body: body}.build())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ủy ban nhân dân huyện Thanh Sơn", "Về việc báo cáo kết quả thực hiện nhiệm vụ cải cách hành chính"}
	if got := doc.Paragraphs(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
	if len(doc.Info.Warnings) == 0 || len(doc.Info.Conversions) != 1 {
		t.Errorf("info %+v: want a warning and a conversion", doc.Info)
	}
}

func TestRecognisedErrors(t *testing.T) {
	plain := fxDoc{fonts: fonts, styleFont: -1, body: []fxPara{p('\r', r("Nội dung", fTNR))}}
	encrypted := plain
	encrypted.flags = 0x0100
	word2 := plain
	word2.nFib = 45
	word6complex := plain
	word6complex.nFib = 104
	word6complex.flags = 0x0004
	good := plain.build()
	tests := []struct {
		name string
		data []byte
		msg  string
	}{
		{"encrypted doc", encrypted.build(), msgEncryptedDoc},
		{"encrypted docx", buildOLE(map[string][]byte{"EncryptionInfo": {1}, "EncryptedPackage": {2}}), msgEncryptedDocx},
		{"excel", buildOLE(map[string][]byte{"Workbook": {1}}), msgExcel},
		{"powerpoint", buildOLE(map[string][]byte{"PowerPoint Document": {1}}), msgPowerPoint},
		{"word 2", word2.build(), msgTooOld},
		{"word 95 fast-saved", word6complex.build(), msgWord6Complex},
		{"truncated", good[:700], msgCorrupt},
		{"no FIB", buildOLE(map[string][]byte{"WordDocument": {1, 2, 3}}), msgCorrupt},
		{"not OLE", []byte("just some bytes"), "tệp không phải văn bản Word .doc (thiếu chữ ký OLE)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.data)
			var re *readerr.Error
			if !errors.As(err, &re) || re.Msg != tt.msg {
				t.Errorf("err = %v, want message %q", err, tt.msg)
			}
		})
	}
}

func TestWord6BestEffort(t *testing.T) {
	d := fxDoc{fonts: fonts, styleFont: -1, nFib: 104, compressed: true, body: []fxPara{
		p('\r', r("Céng hßa x· héi chñ nghÜa ViÖt Nam", -1)),
		p('\r', r("Thùc hiÖn kÕ ho¹ch cña ñy ban nh©n d©n huyÖn", -1)),
	}}
	doc, err := Read(d.build())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Cộng hòa xã hội chủ nghĩa Việt Nam", "Thực hiện kế hoạch của ủy ban nhân dân huyện"}
	if got := doc.Paragraphs(); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q", got)
	}
	if len(doc.Info.Warnings) == 0 {
		t.Error("Word 6 read must warn")
	}
}

func TestFixtures(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"qd-93-2007-qd-ttg.doc", []string{
			"THỦ TƯỚNG CHÍNH PHỦ",
			"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
			"Số: 93/2007/QĐ-TTg",
			"Ban hành Quy chế thực hiện cơ chế một cửa, cơ chế một cửa liên thông tại cơ quan hành chính nhà nước ở địa phương",
			"Điều 2. Quyết định này có hiệu lực thi hành sau 15 ngày, kể từ ngày đăng Công báo.",
			"Nguyễn Tấn Dũng",
		}},
		{"so-van-ban-den-2011-printout.doc", []string{
			"IN SỔ VĂN BẢN ĐẾN",
			"Ngày đến | Số đến | Nơi gửi | Số/ký hiệu",
			"4532/UBND-KSTTHC",
		}},
	}
	for _, tt := range tests {
		data, err := os.ReadFile(filepath.Join("testdata", tt.file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Fatalf("%s: %v", tt.file, err)
		}
		text := doc.PlainText()
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s: missing %q", tt.file, w)
			}
		}
		if strings.ContainsRune(text, '\uFFFD') {
			t.Errorf("%s: replacement characters in output", tt.file)
		}
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

// Every real sample must read to real Vietnamese: nearly all its accented
// words are Vietnamese syllables, and the expected passages are there.
func TestRealSamples(t *testing.T) {
	want := map[string][]string{
		"luat-thanh-tra-2010.doc":          {"Luật số: 56/2010/QH12", "Điều 1. Phạm vi điều chỉnh", "Nguyễn Phú Trọng"},
		"nd-37-2007-nd-cp.doc":             {"VỀ MINH BẠCH TÀI SẢN, THU NHẬP", "Điều 2. Đối tượng áp dụng"},
		"nd-68-cp.doc":                     {"MẪU BẢN KÊ KHAI TÀI SẢN, THU NHẬP", "Công trình xây dựng(1)"},
		"nd-86-2011-nd-cp.doc":             {"Số: 86/2011/NĐ-CP", "QUY ĐỊNH CHUNG"},
		"qd-93-2007-qd-ttg.doc":            {"Số: 93/2007/QĐ-TTg"},
		"tt-01-2011-tt-bnv-mau.doc":        {"Số: 01/2011/TT-BNV", "HƯỚNG DẪN THỂ THỨC VÀ KỸ THUẬT TRÌNH BÀY VĂN BẢN HÀNH CHÍNH"},
		"so-van-ban-den-2011-printout.doc": {"Sổ văn bản đến năm 2011"},
	}
	files, _ := filepath.Glob(filepath.Join(sharedDir(t), "samples", "doc", "*.doc"))
	if len(files) == 0 {
		t.Skip("no samples")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Read(data)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		text := doc.PlainText()
		if score := legacy.VietnameseScore(text); score < 0.97 {
			t.Errorf("%s: only %.3f of accented words are Vietnamese", filepath.Base(f), score)
		}
		for _, w := range want[filepath.Base(f)] {
			if !strings.Contains(text, w) {
				t.Errorf("%s: missing %q", filepath.Base(f), w)
			}
		}
	}
}

// FuzzRead is seeded with the small fixtures only: a 78 KB seed makes
// the fuzzer spend its whole time minimising instead of exploring.
func FuzzRead(f *testing.F) {
	if data, err := os.ReadFile("testdata/so-van-ban-den-2011-printout.doc"); err == nil {
		f.Add(data)
	}
	f.Add(fxDoc{fonts: fonts, styleFont: fVnTime, footnotes: []string{"ghi chú"}, body: []fxPara{
		p('\r', r("Céng hßa\x02 \x13 PAGE \x141\x15", -1)),
		{runs: []fxRun{r("ô", fTNR)}, end: '\x07', inTable: true},
		{end: '\x07', inTable: true, ttp: true},
	}}.build())
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
	files, _ := filepath.Glob("testdata/*.doc")
	if dir := sharedDirOrEmpty(); dir != "" {
		more, _ := filepath.Glob(filepath.Join(dir, "samples", "doc", "*.doc"))
		files = append(files, more...)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Read(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func sharedDirOrEmpty() string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		return ""
	}
	return dir
}
