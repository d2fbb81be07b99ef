package layout

import (
	"strings"
	"testing"
	"unicode/utf8"

	"vanthu/docs/model"
	"vanthu/docs/vn"
)

// set lays s out from x on baseline y, each glyph 0.5 em wide. A space in s
// leaves a gap without drawing anything, like most PDF makers do.
func set(s string, x, y, size float64) []Char {
	var cs []Char
	for _, r := range s {
		w := 0.5 * size
		if r != ' ' {
			cs = append(cs, Char{R: r, Left: x, Right: x + w, Bottom: y - 0.2*size, Top: y + 0.8*size, X: x, Y: y, Size: size})
		}
		x += w
	}
	return cs
}

func page(n int, parts ...[]Char) Page {
	p := Page{Number: n, Width: 595, Height: 842}
	for _, cs := range parts {
		p.Chars = append(p.Chars, cs...)
	}
	return p
}

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name  string
		chars []Char
		want  string
	}{
		{"gap makes a space", set("Số: 12", 72, 700, 12), "Số: 12"},
		{"drawn out of order", reverse(set("Quốc hội", 72, 700, 12)), "Quốc hội"},
		{"explicit space", []Char{
			{R: 'a', Left: 0, Right: 5, Size: 10}, {R: ' ', Left: 5, Right: 6, Size: 10}, {R: 'b', Left: 6, Right: 11, Size: 10},
		}, "a b"},
		{"tight glyphs stay one word", []Char{
			{R: 'đ', Left: 0, Right: 5, Size: 10}, {R: 'i', Left: 5.5, Right: 8, Size: 10},
		}, "đi"},
		{"combining mark follows its letter", []Char{
			{R: 'a', Left: 0, Right: 5, Size: 10}, {R: '\u0301', Left: 1, Right: 4, Size: 10}, {R: 'n', Left: 5, Right: 10, Size: 10},
		}, "a\u0301n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := append([]Char(nil), tc.chars...)
			sortRow(cs)
			if got := text(cs); got != tc.want {
				t.Errorf("text = %q, want %q", got, tc.want)
			}
		})
	}
}

func reverse(cs []Char) []Char {
	out := make([]Char, len(cs))
	for i, c := range cs {
		out[len(cs)-1-i] = c
	}
	return out
}

func TestRows(t *testing.T) {
	mark := set("1", 190, 705, 8) // a raised footnote mark
	rs := rows(append(append(set("Kế hoạch năm 2021", 72, 700, 13), mark...), set("của tỉnh", 72, 684, 13)...))
	var got []string
	for _, r := range rs {
		got = append(got, text(r.chars))
	}
	if want := []string{"Kế hoạch năm 2021 1", "của tỉnh"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows = %q, want %q", got, want)
	}
}

func TestColumns(t *testing.T) {
	for _, tc := range []struct {
		name string
		page Page
		want []string // line texts in reading order, "L:"/"R:" for band columns
	}{
		{
			"Decree 30 header",
			page(1,
				set("ỦY BAN NHÂN DÂN", 90, 800, 13), set("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 260, 800, 12),
				set("TỈNH KON TUM", 100, 785, 13), set("Độc lập - Tự do - Hạnh phúc", 290, 785, 13),
				set("Số: 12/UBND-VX", 95, 760, 13), set("Kon Tum, ngày 05 tháng 8 năm 2021", 280, 760, 13),
				set("V/v tăng cường", 100, 745, 12),
				set("Kính gửi: Sở Nội vụ tỉnh Kon Tum và các sở ngành", 72, 700, 13),
			),
			[]string{"L:ỦY BAN NHÂN DÂN", "L:TỈNH KON TUM", "L:Số: 12/UBND-VX", "L:V/v tăng cường",
				"R:CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "R:Độc lập - Tự do - Hạnh phúc", "R:Kon Tum, ngày 05 tháng 8 năm 2021",
				"Kính gửi: Sở Nội vụ tỉnh Kon Tum và các sở ngành"},
		},
		{
			"body lines stay whole",
			page(1,
				set("Xét đề nghị của Hội đồng kiểm tra, đánh giá chấm", 100, 700, 13),
				set("điểm cải cách hành chính tỉnh tại Công văn số 2018", 72, 684, 13),
			),
			[]string{"Xét đề nghị của Hội đồng kiểm tra, đánh giá chấm", "điểm cải cách hành chính tỉnh tại Công văn số 2018"},
		},
		{
			"a left-only line after a blank gap leaves the band",
			page(1,
				set("ỦY BAN NHÂN DÂN", 90, 800, 13), set("CỘNG HÒA XÃ HỘI", 300, 800, 12),
				set("Kính gửi:", 100, 740, 13),
			),
			[]string{"L:ỦY BAN NHÂN DÂN", "R:CỘNG HÒA XÃ HỘI", "Kính gửi:"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			band := 0
			var got []string
			for _, l := range pageLines(1, rows(tc.page.Chars), &band) {
				prefix := map[Column]string{FullWidth: "", LeftColumn: "L:", RightColumn: "R:"}[l.Column]
				got = append(got, prefix+l.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

func TestBuild(t *testing.T) {
	const left, size, pitch = 72.0, 13.0, 16.0
	indent := left + 36
	// A justified body: every full line ends at left+400, the word gaps
	// widened to get there.
	full := func(s string, x, y float64) []Char {
		natural := set(s, x, y, size)
		extra := (left + 400 - natural[len(natural)-1].Right) / float64(strings.Count(s, " "))
		var cs []Char
		for _, word := range strings.Split(s, " ") {
			cs = append(cs, set(word, x, y, size)...)
			x = cs[len(cs)-1].Right + 0.5*size + extra
		}
		return cs
	}
	y := func(line int) float64 { return 760 - float64(line)*pitch }
	p1 := page(1,
		full("Xét đề nghị của Sở Nội vụ tại Tờ trình số 12", indent, y(0)),
		full("ngày 05 tháng 3 năm 2021, Ủy ban nhân dân tỉnh", left, y(1)),
		set("yêu cầu:", left, y(2), size),
		full("1. Các sở, ban, ngành thực hiện nghiêm các nội", indent, y(3)),
		set("dung sau;", left, y(4), size),
		full("- Rà soát thủ tục hành chính thuộc phạm vi quản", indent, y(6)), // after a blank line
		set("lý.", left, y(7), size),
		set("1", 297, 40, 10), // page number at the bottom
	)
	p2 := page(2,
		set("2", 297, 800, 13), // page number at the top, Decree 30 style
		full("Điều 5. Quyết định này có hiệu lực kể từ ngày", indent, y(0)),
		set("ký.", left, y(1), size),
	)
	res := Build([]Page{p1, p2})
	want := []model.Block{
		{Text: "Xét đề nghị của Sở Nội vụ tại Tờ trình số 12 ngày 05 tháng 3 năm 2021, Ủy ban nhân dân tỉnh yêu cầu:", Page: 1},
		{Label: "1.", Text: "Các sở, ban, ngành thực hiện nghiêm các nội dung sau;", Page: 1},
		{Label: "-", Text: "Rà soát thủ tục hành chính thuộc phạm vi quản lý.", Page: 1},
		{Label: "Điều 5.", Text: "Quyết định này có hiệu lực kể từ ngày ký.", Page: 2},
	}
	if len(res.Blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d: %+v", len(res.Blocks), len(want), res.Blocks)
	}
	for i, w := range want {
		g := res.Blocks[i]
		if g.Label != w.Label || g.Text != w.Text || g.Page != w.Page || g.Kind != model.KindParagraph {
			t.Errorf("block %d = [%s] %q p%d, want [%s] %q p%d", i, g.Label, g.Text, g.Page, w.Label, w.Text, w.Page)
		}
	}
	if len(res.Headers) != 1 || res.Headers[0].Text != "2" || res.Headers[0].Page != 2 {
		t.Errorf("headers = %+v, want the page number 2", res.Headers)
	}
	if len(res.Footers) != 1 || res.Footers[0].Text != "1" {
		t.Errorf("footers = %+v, want the page number 1", res.Footers)
	}
}

func TestSplitLabel(t *testing.T) {
	for _, tc := range []struct{ in, label, rest string }{
		{"Điều 5. Hiệu lực thi hành", "Điều 5.", "Hiệu lực thi hành"},
		{"1. Thủ trưởng các cơ quan", "1.", "Thủ trưởng các cơ quan"},
		{"1.2. Nội dung", "1.2.", "Nội dung"},
		{"a) Sở Nội vụ có trách nhiệm:", "a)", "Sở Nội vụ có trách nhiệm:"},
		{"- Như trên;", "-", "Như trên;"},
		{"II. NHIỆM VỤ", "II.", "NHIỆM VỤ"},
		{"2021 là năm bản lề", "", "2021 là năm bản lề"},
		{"Số: 12/UBND", "", "Số: 12/UBND"},
	} {
		label, rest := splitLabel(tc.in)
		if label != tc.label || rest != tc.rest {
			t.Errorf("splitLabel(%q) = %q, %q; want %q, %q", tc.in, label, rest, tc.label, tc.rest)
		}
	}
}

func TestPageNumber(t *testing.T) {
	for in, want := range map[string]bool{
		"2": true, "- 3 -": true, "Trang 4": true, "5/12": true,
		"2021":  true, // a bare number in the margin is a page number too
		"Số: 2": false, "Điều 2": false, "12/UBND": false,
	} {
		if got := pageNumber.MatchString(in); got != want {
			t.Errorf("pageNumber(%q) = %v, want %v", in, got, want)
		}
	}
}

// FuzzBuild lays out arbitrary glyphs: 9 bytes a glyph (rune, x, y, width,
// size, style), over up to three pages. It must not panic and must return
// NFC text with pages set.
func FuzzBuild(f *testing.F) {
	f.Add([]byte("Sxx\x10\x0c\x00ốyx\x10\x0c\x01"))
	f.Add([]byte("\x00\x00\x00\x00\x00\x00\x00\x00\x00-\x80\x80\xff\xff\xff\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pages := []Page{{Number: 1, Width: 595, Height: 842}, {Number: 2, Width: 595, Height: 842}, {Number: 3, Width: 842, Height: 595}}
		for len(data) >= 6 {
			r, n := utf8.DecodeRune(data)
			if n == 0 || len(data) < n+5 {
				break
			}
			b := data[n : n+5]
			data = data[n+5:]
			x, y := float64(b[0])*2.4, float64(b[1])*3.3
			w, size := float64(b[2]%32), float64(b[3]%40)
			c := Char{R: r, Left: x, Right: x + w, Bottom: y - size/5, Top: y + size*0.8, X: x, Y: y, Size: size,
				Bold: b[4]&1 != 0, Italic: b[4]&2 != 0}
			p := &pages[int(b[4]>>2)%len(pages)]
			p.Chars = append(p.Chars, c)
		}
		res := Build(pages)
		for _, bs := range [][]model.Block{res.Blocks, res.Headers, res.Footers} {
			for _, b := range bs {
				if b.Page < 1 || b.Page > 3 || !utf8.ValidString(b.Text) || vn.NFC(b.Text) != b.Text {
					t.Fatalf("bad block %+v", b)
				}
			}
		}
	})
}
