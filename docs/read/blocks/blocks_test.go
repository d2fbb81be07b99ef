package blocks

import (
	"encoding/xml"
	"errors"
	"reflect"
	"strings"
	"testing"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/blocks/readertest"
	"vanthu/docs/read/readerr"
	"vanthu/docs/read/ziputil"
)

// tcvn3 stores s as a TCVN3 file does: the characters with its byte codes.
func tcvn3(t *testing.T, s string) string {
	t.Helper()
	b, err := legacy.Encode(legacy.TCVN3, s)
	if err != nil {
		t.Fatal(err)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func TestParagraphBlock(t *testing.T) {
	type piece struct {
		text string
		run  Run
		raw  bool // written with Write, without hints
	}
	tests := []struct {
		name   string
		pieces []piece
		want   model.Block
	}{
		{"empty", nil, model.Block{Kind: model.KindParagraph}},
		{"trimmed and NFC", []piece{{text: "  Ho\u0300a ", run: Run{}}},
			model.Block{Kind: model.KindParagraph, Text: "Hòa"}},
		{"bold when every letter is", []piece{{text: "Kính ", run: Run{Bold: true}}, {text: "gửi", run: Run{Bold: true}}},
			model.Block{Kind: model.KindParagraph, Text: "Kính gửi", Style: model.Style{Bold: true}}},
		{"a plain space keeps bold", []piece{{text: "A", run: Run{Bold: true}}, {text: " ", run: Run{}}, {text: "B", run: Run{Bold: true}}},
			model.Block{Kind: model.KindParagraph, Text: "A B", Style: model.Style{Bold: true}}},
		{"one plain letter is not bold", []piece{{text: "A", run: Run{Bold: true, Italic: true}}, {text: "b", run: Run{Italic: true}}},
			model.Block{Kind: model.KindParagraph, Text: "Ab", Style: model.Style{Italic: true}}},
		{"marks have no hints", []piece{{text: "(1)", raw: true}, {text: "x", run: Run{Bold: true}}},
			model.Block{Kind: model.KindParagraph, Text: "(1)x", Style: model.Style{Bold: true}}},
		{"size of most letters", []piece{{text: "abc", run: Run{SizePt: 14}}, {text: "de", run: Run{SizePt: 13}}},
			model.Block{Kind: model.KindParagraph, Text: "abcde", Style: model.Style{SizePt: 14}}},
		{"a tie takes the smaller", []piece{{text: "ab", run: Run{SizePt: 14}}, {text: "cd", run: Run{SizePt: 12.5}}},
			model.Block{Kind: model.KindParagraph, Text: "abcd", Style: model.Style{SizePt: 12.5}}},
		{"TCVN3 converted", []piece{{text: tcvn3(t, "Kính gửi"), run: Run{Font: ".VnTime"}}},
			model.Block{Kind: model.KindParagraph, Text: "Kính gửi"}},
		{"TCVN3 capitals font", []piece{{text: tcvn3(t, "sở y tế"), run: Run{Font: ".VnTimeH"}}},
			model.Block{Kind: model.KindParagraph, Text: "SỞ Y TẾ"}},
		{"a Unicode font left alone", []piece{{text: "Điều 1", run: Run{Font: "Times New Roman"}}},
			model.Block{Kind: model.KindParagraph, Text: "Điều 1"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var p Paragraph
			for _, pc := range tc.pieces {
				if pc.raw {
					p.Write(pc.text)
				} else {
					p.Add(pc.text, pc.run)
				}
			}
			if got := p.Block(); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

func TestTallyAppend(t *testing.T) {
	para := func(text, font string) (*Paragraph, model.Block) {
		p := &Paragraph{}
		p.Add(text, Run{Font: font})
		return p, p.Block()
	}
	tally := NewTally(2)
	var out []model.Block
	p, b := para(tcvn3(t, "một"), ".VnTime")
	out = tally.Append(out, p, b)
	p, b = para("", "")
	p.Boxes = []model.Block{{Kind: model.KindParagraph, Text: "hộp chữ"}}
	out = tally.Append(out, p, b) // empty: not counted, its text box kept
	p, b = para("", "")
	b.Label = "2."
	out = tally.Append(out, p, b) // a label alone is a paragraph
	if w := tally.Warning(); w != "" {
		t.Errorf("warning %q under the limit", w)
	}
	p, b = para(tcvn3(t, "bốn"), ".VnTime")
	out = tally.Append(out, p, b) // past the limit: dropped, its font not counted
	var got []string
	for _, b := range out {
		got = append(got, b.Label+b.Text)
	}
	if want := []string{"một", "hộp chữ", "2."}; !reflect.DeepEqual(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
	if w := tally.Warning(); w != "văn bản quá dài: chỉ đọc 2 đoạn đầu" {
		t.Errorf("warning %q", w)
	}
	if got, want := tally.Conversions(), []string{"TCVN3 → Unicode (.VnTime): 1 đoạn"}; !reflect.DeepEqual(got, want) {
		t.Errorf("conversions %q, want %q", got, want)
	}
}

func TestTableSpans(t *testing.T) {
	var tb Table
	tb.AddCell(nil, 1, 1) // before any row: starts one
	r, c := tb.AddCell([]model.Block{{Kind: model.KindParagraph, Text: "Gộp"}}, 2, 1)
	tb.AddRow()
	tb.AddCell(nil, 0, 0)
	tb.Extend(r, c, nil)
	tb.AddRow()
	tb.Extend(r, c, []model.Block{{Kind: model.KindParagraph, Text: "lạc"}})
	got := tb.Block()
	want := model.Block{Kind: model.KindTable, Rows: []model.Row{
		{Cells: []model.Cell{
			{Blocks: []model.Block{}},
			{Blocks: []model.Block{{Kind: model.KindParagraph, Text: "Gộp"}, {Kind: model.KindParagraph, Text: "lạc"}}, ColSpan: 2, RowSpan: 3},
		}},
		{Cells: []model.Cell{{Blocks: []model.Block{}}}},
		{Cells: []model.Cell{}},
	}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestAppendNew(t *testing.T) {
	b := func(texts ...string) []model.Block {
		var out []model.Block
		for _, s := range texts {
			out = append(out, model.Block{Kind: model.KindParagraph, Text: s})
		}
		return out
	}
	tests := []struct {
		name            string
		have, add, want []model.Block
	}{
		{"nothing to add", b("a"), nil, b("a")},
		{"into nothing", nil, b("a", "b"), b("a", "b")},
		{"a repeat", b("a", "b", "c"), b("b", "c"), b("a", "b", "c")},
		{"same text, other style", b("a"), []model.Block{{Kind: model.KindParagraph, Text: "a", Style: model.Style{Bold: true}}}, b("a")},
		{"new text", b("a", "b"), b("b", "d"), b("a", "b", "b", "d")},
		{"longer than what is there", b("a"), b("a", "b"), b("a", "a", "b")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := AppendNew(tc.have, tc.add); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// openPart opens body as the one part of an archive.
func openPart(t testing.TB, body string) (*ziputil.Part, *ziputil.Archive) {
	t.Helper()
	a, err := ziputil.Open(readertest.Zip(t, map[string]string{"part.xml": body}), "docx")
	if err != nil {
		t.Fatal(err)
	}
	part, err := a.XML("part.xml")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { part.Close() })
	return part, a
}

// walk reads the children of the root of body with a Walker that keeps
// element x as a paragraph holding its text and reads into anything else.
func walk(t testing.TB, body string) ([]model.Block, *ziputil.Archive, error) {
	t.Helper()
	part, a := openPart(t, body)
	w := &Walker{Part: part}
	w.Block = func(se xml.StartElement, out []model.Block) ([]model.Block, error) {
		switch se.Name.Local {
		case "x":
			text, err := part.Text()
			return append(out, model.Block{Kind: model.KindParagraph, Text: text}), err
		case "skip":
			return out, part.Skip()
		}
		bs, err := w.Blocks()
		return append(out, bs...), err
	}
	for {
		tok, err := part.Token()
		if err != nil {
			return nil, a, part.Fail(err)
		}
		if _, ok := tok.(xml.StartElement); ok {
			bs, err := w.Blocks()
			return bs, a, err
		}
	}
}

func TestWalker(t *testing.T) {
	deep := strings.Repeat("<d>", 300) + "<x>sâu</x>" + strings.Repeat("</d>", 300)
	tests := []struct {
		name    string
		body    string
		want    []string
		tooDeep bool
		err     bool
	}{
		{"flat", `<r><x>một</x>lẻ<x>hai</x></r>`, []string{"một", "hai"}, false, false},
		{"containers read into", `<r><c><c><x>trong</x></c></c><skip><x>bỏ</x></skip></r>`, []string{"trong"}, false, false},
		{"too deep is skipped, not lost silently", `<r><x>nông</x>` + deep + `</r>`, []string{"nông"}, true, false},
		{"just deep enough", `<r>` + strings.Repeat("<d>", 200) + `<x>đủ</x>` + strings.Repeat("</d>", 200) + `</r>`, []string{"đủ"}, false, false},
		{"truncated", `<r><c><x>một</x>`, nil, false, true},
		{"broken", `<r><x>một</y></r>`, nil, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bs, a, err := walk(t, tc.body)
			if tc.err {
				var re *readerr.Error
				if !errors.As(err, &re) || re.Msg == "" {
					t.Fatalf("got %v, want a readerr.Error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, b := range bs {
				got = append(got, b.Text)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if a.TooDeep() != tc.tooDeep {
				t.Errorf("TooDeep %v, want %v", a.TooDeep(), tc.tooDeep)
			}
		})
	}
}

// FuzzWalker: any XML either walks or fails with a readerr.Error; it never
// panics, however deep.
func FuzzWalker(f *testing.F) {
	f.Add(`<r><c><x>một</x></c><skip/></r>`)
	f.Add(`<r>` + strings.Repeat("<d>", 400) + `</r>`)
	f.Fuzz(func(t *testing.T, body string) {
		_, _, err := walk(t, body)
		var re *readerr.Error
		if err != nil && (!errors.As(err, &re) || re.Msg == "") {
			t.Fatalf("error without a clerk message: %v", err)
		}
	})
}

func TestOver(t *testing.T) {
	if got := Over(On, Unset); got != On {
		t.Errorf("Over(On, Unset) = %v, want On: an unset layer keeps the one below", got)
	}
	if got := Over(On, Off); got != Off {
		t.Errorf("Over(On, Off) = %v, want Off", got)
	}
	if got := Over(12.5, 0); got != 12.5 {
		t.Errorf("Over(12.5, 0) = %v", got)
	}
	if got := Over(".VnTime", "Times New Roman"); got != "Times New Roman" {
		t.Errorf("Over of fonts = %q", got)
	}
	if got := Over(model.AlignCenter, model.AlignNone); got != model.AlignCenter {
		t.Errorf("Over of alignments = %q", got)
	}
}

func TestAlignment(t *testing.T) {
	tests := []struct {
		v       string
		justify []string
		want    model.Align
	}{
		{"left", nil, model.AlignLeft},
		{"start", nil, model.AlignLeft},
		{"center", nil, model.AlignCenter},
		{"end", nil, model.AlignRight},
		{"right", []string{"justify"}, model.AlignRight},
		{"justify", []string{"justify"}, model.AlignJustify},
		{"both", []string{"both", "distribute"}, model.AlignJustify},
		{"distribute", []string{"both", "distribute"}, model.AlignJustify},
		{"both", []string{"justify"}, model.AlignNone}, // Word's word, not ODF's
		{"justify", []string{"both"}, model.AlignNone},
		{"", nil, model.AlignNone},
		{"Center", nil, model.AlignNone}, // the values are case-sensitive
	}
	for _, tc := range tests {
		if got := Alignment(tc.v, tc.justify...); got != tc.want {
			t.Errorf("Alignment(%q, %q) = %q, want %q", tc.v, tc.justify, got, tc.want)
		}
	}
}

func TestStarts(t *testing.T) {
	tests := []struct {
		name, body, stopAt string
		want               string // the starts seen, joined by spaces
		err                bool
	}{
		{"every start, to the end", `<a><b/>chữ<c><d/></c></a>`, "", "a b c d", false},
		{"Done stops without an error", `<a><b/><c/><d/></a>`, "c", "a b c", false},
		{"the root left open", `<a><b/>`, "", "a b", true},
		{"no XML", `chữ thôi`, "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var seen []string
			part, _ := openPart(t, tc.body)
			err := Starts(part, func(se xml.StartElement) error {
				seen = append(seen, se.Name.Local)
				if se.Name.Local == tc.stopAt {
					return Done
				}
				return nil
			})
			if got := strings.Join(seen, " "); got != tc.want {
				t.Errorf("seen %q, want %q", got, tc.want)
			}
			var re *readerr.Error
			if tc.err != (err != nil) || err != nil && !errors.As(err, &re) {
				t.Errorf("err %v, want a readerr.Error: %v", err, tc.err)
			}
		})
	}
	t.Run("an error of fn is returned", func(t *testing.T) {
		want := errors.New("x")
		part, _ := openPart(t, `<a/>`)
		if err := Starts(part, func(xml.StartElement) error { return want }); err != want {
			t.Errorf("err %v, want %v", err, want)
		}
	})
}
