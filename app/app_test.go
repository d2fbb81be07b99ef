package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/model"
)

func TestParseArgs(t *testing.T) {
	cases := []struct {
		args    []string
		lib     string
		files   []string
		wantErr bool
	}{
		{nil, "", nil, false},
		{[]string{"--library", "/tmp/lib", "a.docx"}, "/tmp/lib", []string{"a.docx"}, false},
		{[]string{"a.pdf", "b.txt"}, "", []string{"a.pdf", "b.txt"}, false},
		{[]string{"--khong-co"}, "", nil, true},
	}
	t.Setenv("VANTHU_LIBRARY", "")
	for _, c := range cases {
		o, err := ParseArgs(c.args)
		if (err != nil) != c.wantErr {
			t.Errorf("ParseArgs(%v) err = %v", c.args, err)
			continue
		}
		if err == nil && (o.Library != c.lib || strings.Join(o.Files, ",") != strings.Join(c.files, ",")) {
			t.Errorf("ParseArgs(%v) = %+v", c.args, o)
		}
	}
}

func TestDocumentSegments(t *testing.T) {
	d := &model.Document{Blocks: []model.Block{
		{Kind: model.KindParagraph, Text: "KẾ HOẠCH", Style: model.Style{Bold: true, Align: model.AlignCenter}},
		{Kind: model.KindParagraph, Label: "1.", Text: "Sở Nội vụ có trách nhiệm:"},
		{Kind: model.KindTable, Rows: []model.Row{{Cells: []model.Cell{
			{Blocks: []model.Block{{Text: "Nội dung"}}}, {Blocks: []model.Block{{Text: "Thời gian"}}}}}}},
	}, Notes: []model.Note{{Kind: model.Footnote, Mark: "1", Blocks: []model.Block{{Text: "Kế hoạch số 4541/KH-UBND"}}}}}
	segs := documentSegments(d)
	var texts []string
	for _, s := range segs {
		if ts, ok := s.(*widget.TextSegment); ok {
			texts = append(texts, ts.Text)
		}
	}
	want := []string{"KẾ HOẠCH", "1. Sở Nội vụ có trách nhiệm:", "Nội dung  │  Thời gian", "(1) Kế hoạch số 4541/KH-UBND"}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("segments:\n%s\nwant:\n%s", strings.Join(texts, "\n"), strings.Join(want, "\n"))
	}
	if first := segs[0].(*widget.TextSegment); !first.Style.TextStyle.Bold || first.Style.Alignment != fyne.TextAlignCenter {
		t.Errorf("title style = %+v", first.Style)
	}
}

// TestReaderOpensFile drives the reader tab as a clerk would: open a file,
// wait for the background read, see its text and the extracted number.
func TestReaderOpensFile(t *testing.T) {
	a := newTestApp(t)
	_ = a
	dir := t.TempDir()
	p := filepath.Join(dir, "cv.txt")
	letter := "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 123/UBND-KTTH\nKon Tum, ngày 05 tháng 01 năm 2021\nV/v tăng cường công tác cải cách hành chính\n"
	if err := os.WriteFile(p, []byte(letter), 0o644); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	defer w.Close()
	var r *readerTab
	fyne.DoAndWait(func() {
		r = newReaderTab(w)
		w.SetContent(r.content())
		r.open(p)
	})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var got string
		fyne.DoAndWait(func() { got = r.text.String() })
		if strings.Contains(got, "cải cách hành chính") {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("text never shown; title %q, text %q", r.title.Text, r.text.String())
}

func TestReaderShowsErrorInVietnamese(t *testing.T) {
	newTestApp(t)
	p := filepath.Join(t.TempDir(), "rong.docx")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	w := test.NewWindow(nil)
	defer w.Close()
	var r *readerTab
	fyne.DoAndWait(func() {
		r = newReaderTab(w)
		r.open(p)
	})
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		var got string
		fyne.DoAndWait(func() { got = r.text.String() })
		if strings.Contains(got, "Không đọc được tệp") {
			if !strings.Contains(got, "rỗng") {
				t.Errorf("message %q does not say the file is empty", got)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("error never shown")
}
