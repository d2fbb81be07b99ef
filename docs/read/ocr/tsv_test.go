package ocr

import (
	"fmt"
	"strings"
	"testing"

	"vanthu/docs/model"
	"vanthu/docs/read/pdf/layout"
)

const tsvHeader = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

func TestParseTSV(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		pages int
		words []string
	}{
		{"empty", "", 0, nil},
		{"header only", tsvHeader, 0, nil},
		{"one word", tsvHeader + "1\t1\t0\t0\t0\t0\t0\t0\t100\t200\t-1\t\n" +
			"5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t91.5\tSo\u0302\u0301:\n", 1, []string{"Số:"}},
		{"blank and zero-size words skipped", tsvHeader + "1\t1\t0\t0\t0\t0\t0\t0\t100\t200\t-1\t\n" +
			"5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t95\t \n5\t1\t1\t1\t1\t2\t10\t20\t0\t40\t95\tx\n", 1, nil},
		{"two pages", tsvHeader + "1\t1\t0\t0\t0\t0\t0\t0\t100\t200\t-1\t\n5\t1\t1\t1\t1\t1\t1\t1\t1\t1\t90\ta\n" +
			"1\t2\t0\t0\t0\t0\t0\t0\t100\t200\t-1\t\n5\t2\t1\t1\t1\t1\t1\t1\t1\t1\t90\tb\n", 2, []string{"a", "b"}},
		{"broken rows and a cut last line", tsvHeader + "5\tx\t1\n5\t1\t1\t1\t1\t1\t1\t1\t1\t1\t90\tgửi\n5\t1\t1\t1", 1, []string{"gửi"}},
		{"CRLF", strings.ReplaceAll(tsvHeader+"5\t1\t1\t1\t1\t1\t1\t1\t1\t1\t90\tVăn\n", "\n", "\r\n"), 1, []string{"Văn"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := parseTSV([]byte(tt.in))
			if len(pages) != tt.pages {
				t.Fatalf("pages = %d, want %d", len(pages), tt.pages)
			}
			var got []string
			for _, p := range pages {
				for _, w := range p.Words {
					got = append(got, w.Text)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.words) {
				t.Errorf("words = %q, want %q", got, tt.words)
			}
		})
	}
}

// letterhead builds the words of a Decree 30 letterhead as Tesseract's
// --psm 6 gives them: each row of the two columns as one line.
func letterhead() tsvPage {
	p := tsvPage{Number: 1, Width: 2480, Height: 3508}
	line := 0
	add := func(top int, parts ...any) {
		line++
		for i := 0; i+1 < len(parts); i += 2 {
			x := parts[i].(int)
			for _, w := range strings.Fields(parts[i+1].(string)) {
				wd := 24 * len([]rune(w))
				p.Words = append(p.Words, Word{Page: 1, Block: 1, Par: 1, Line: line,
					Left: x, Top: top, Width: wd, Height: 46, Conf: 95, Text: w})
				x += wd + 16
			}
		}
	}
	add(240, 430, "UBND TỈNH KIÊN GIANG", 1080, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
	add(310, 600, "SỞ Y TẾ", 1260, "Độc lập - Tự do - Hạnh phúc")
	add(470, 440, "Số: 1987/SYT-NVY", 1200, "Kiên Giang, ngày 17 tháng 10 năm 2017")
	add(530, 440, "V/v tập huấn công tác", 1200, "")
	add(700, 300, "Thực hiện Giấy mời số 296/GM-KCB ngày 13 tháng 10 năm 2017 của Cục Quản lý")
	// A justified line with one stretched space (36 px, twice the others)
	// above a short last line: not a two-column band.
	add(770, 300, "Khám, chữa bệnh Bộ Y tế về việc tham dự lớp", 1288, "tập huấn công tác điều trị")
	add(840, 300, "tại tỉnh.")
	return p
}

func TestReadingOrder(t *testing.T) {
	res := layout.Build([]layout.Page{toLayout(letterhead(), 300)})
	var got []string
	for _, b := range res.Blocks {
		got = append(got, b.Text)
	}
	want := []string{
		"UBND TỈNH KIÊN GIANG", "SỞ Y TẾ", "Số: 1987/SYT-NVY", "V/v tập huấn công tác",
		"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Kiên Giang, ngày 17 tháng 10 năm 2017",
		"Thực hiện Giấy mời số 296/GM-KCB ngày 13 tháng 10 năm 2017 của Cục Quản lý Khám, chữa bệnh Bộ Y tế về việc tham dự lớp tập huấn công tác điều trị tại tỉnh.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDropNoise(t *testing.T) {
	w := func(line int, conf float64, text string) Word {
		return Word{Block: 1, Par: 1, Line: line, Conf: conf, Text: text, Width: 10, Height: 10}
	}
	in := []Word{
		w(1, 95, "-"), w(1, 90, "Như"), w(1, 92, "trên;"), w(1, 12, "xFEjiG"),
		w(2, 80, "Số:{/&†/SYT-NVY"), w(2, 10, "{/&†/SYT"), w(2, 90, "ngày"),
		w(3, 90, "———"), w(3, 40, "⁄"), w(3, 93, "|"), w(3, 95, "Kính"), w(3, 95, "gửi:"),
		w(4, 10, "S\\("), w(4, 20, "YTÊ("), w(4, 30, "Jš"),
		w(5, 90, "._"), w(5, 95, "UBND"), w(5, 90, "..."),
	}
	var got []string
	for _, x := range dropNoise(in) {
		got = append(got, x.Text)
	}
	want := []string{"-", "Như", "trên;", "Số:{/&†/SYT-NVY", "{/&†/SYT", "ngày", "Kính", "gửi:", "UBND", "..."}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("kept %q, want %q", got, want)
	}
}

func FuzzParseTSV(f *testing.F) {
	f.Add([]byte(tsvHeader + "1\t1\t0\t0\t0\t0\t0\t0\t100\t200\t-1\t\n5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t91.5\tSố:\n"))
	f.Add([]byte("5\t1\t1\t1\t1\t1\t-10\t-20\t30\t40\tNaN\tx\n5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t1e9\t\xff\n"))
	f.Add([]byte("5\t1\t1\t1\t1\t1\t10\t20\t3\t40\t5\tSó:{/&†/SYT-NVY\n5\t1\t1\t1\t1\t2\t50\t20\t30\t40\t90\tSô:\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var lp []layout.Page
		for _, p := range parseTSV(data) {
			p.Words = dropNoise(p.Words)
			correctPage(p.Words)
			p.Words = blankHandwritten(p.Words)
			lp = append(lp, toLayout(p, 300))
		}
		layout.Build(lp)
	})
}

func TestBlankHandwritten(t *testing.T) {
	w := func(line int, conf float64, text string) Word {
		return Word{Page: 1, Block: 1, Par: 1, Line: line, Conf: conf, Text: text, Width: 10, Height: 10}
	}
	tests := []struct {
		name string
		in   []Word
		want string
	}{
		{"stuck, handwritten", []Word{w(1, 22, "Só:{/&†/SYT-NVY"), w(1, 95, "Kiên")}, "Số: /SYT-NVY Kiên"},
		{"stuck, read as letters", []Word{w(1, 30, "Số:ÍÉ‡/SYT-NVY")}, "Số: /SYT-NVY"},
		{"stuck, digits misread", []Word{w(1, 11, "Só20/SYT-NVY")}, "Số: /SYT-NVY"},
		{"apart", []Word{w(1, 90, "Số:"), w(1, 30, "1O87/UBND-VX")}, "Số: /UBND-VX"},
		{"printed number kept", []Word{w(1, 93, "Số:"), w(1, 91, "15/2020/NĐ-CP")}, "Số: 15/2020/NĐ-CP"},
		{"printed, stuck, kept", []Word{w(1, 90, "Số:1585/KH-UBND")}, "Số:1585/KH-UBND"},
		{"no symbol to keep", []Word{w(1, 20, "Só:{/&†")}, "Só:{/&†"},
		{"another word", []Word{w(1, 20, "Sông/X")}, "Sông/X"},
		{"no colon, no confidence", []Word{w(1, 0, "Sóz‡/SYT-NVY")}, "Số: /SYT-NVY"},
		{"no colon, digits", []Word{w(1, 45, "SốzZ40/SYT-NVY")}, "Số: /SYT-NVY"},
		{"a word, confident", []Word{w(1, 90, "Sông/X1")}, "Sông/X1"},
		{"not at line start", []Word{w(1, 95, "công"), w(1, 95, "văn"), w(1, 95, "gửi"), w(1, 95, "kèm"), w(1, 20, "số:12/X")}, "công văn gửi kèm số:12/X"},
		{"next line", []Word{w(1, 90, "Số:"), w(2, 30, "12/UBND")}, "Số: 12/UBND"},
		{"slash read as #", []Word{w(1, 26, "Só20#sYT-NVY")}, "Số: /SYT-NVY"},
		{"slash read as J", []Word{w(1, 90, "Số:"), w(1, 31, "2014JSYT-NVY")}, "Số: /SYT-NVY"},
		{"Sé for Số", []Word{w(1, 40, "Sé:.2044/SYT-NVY")}, "Số: /SYT-NVY"},
		{"slash misread, confident", []Word{w(1, 72, "Só20#sYT-NVY")}, "Số: /SYT-NVY"},
		{"slash misread, apart, confident", []Word{w(1, 92, "Số:"), w(1, 90, "12JQĐ-UBND")}, "Số: /QĐ-UBND"},
		{"printed, confident, no hyphen", []Word{w(1, 92, "Số:"), w(1, 90, "12#AB")}, "Số: 12#AB"},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range blankHandwritten(tt.in) {
			got = append(got, x.Text)
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, strings.Join(got, " "), tt.want)
		}
	}
	// The parts of a split word keep their order on the page.
	ws := blankHandwritten([]Word{{Line: 1, Left: 100, Width: 150, Height: 40, Conf: 10, Text: "Só:{/&†/SYT-NVY"}})
	if len(ws) != 2 || ws[0].Left+ws[0].Width > ws[1].Left || ws[1].Left+ws[1].Width != 250 {
		t.Errorf("boxes %+v", ws)
	}
}

func TestFixTitles(t *testing.T) {
	body := model.Block{Kind: model.KindParagraph, Page: 1, Text: "Nhận được công văn, đề nghị các đơn vị thực hiện."}
	tests := []struct{ in, want string }{
		{"HÓ GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"},
		{"GIÁM ĐÓ", "GIÁM ĐỐC"},
		{"KT. GIÁM ĐỐC", "KT. GIÁM ĐỐC"},
		{"TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN"},
		{"CHỦ TICH", "CHỦ TỊCH"},
		{"SỞ Y TẾ", "SỞ Y TẾ"},         // far from every title
		{"GIÁM ĐỐC SỞ", "GIÁM ĐỐC SỞ"}, // three letters more
		{"Giám đốc", "Giám đốc"},       // not in capitals: body text
		{"NguyễnVănHải", "NguyễnVănHải"},
		{"t^V. GIÁM ĐỌC", "t^V. GIÁM ĐỐC"}, // a misread authority kept as read
		{"KTX. GIÁM ĐỌC", "KTX. GIÁM ĐỌC"}, // capitals: not a misread authority
	}
	for _, tt := range tests {
		blocks := []model.Block{body, body, {Kind: model.KindParagraph, Page: 1, Text: tt.in}}
		fixTitles(blocks, 1)
		if blocks[2].Text != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, blocks[2].Text, tt.want)
		}
	}
	// Only in the signature block: the second half of the last page.
	early := []model.Block{{Kind: model.KindParagraph, Page: 1, Text: "HÓ GIÁM ĐỐC"}, body, body}
	if fixTitles(early, 1); early[0].Text != "HÓ GIÁM ĐỐC" {
		t.Errorf("changed in the header: %q", early[0].Text)
	}
}
