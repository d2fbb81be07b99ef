package app

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read"
	"vanthu/index/library"
)

// readerTab shows one file: its structured text on the left, what the reader
// did and what was extracted on the right.
type readerTab struct {
	win      fyne.Window
	title    *widget.Label
	busy     *widget.ProgressBarInfinite
	text     *widget.RichText
	details  *fyne.Container
	openBtn  *widget.Button
	root     fyne.CanvasObject
	loadSeqN int                     // guards against a slow earlier file overwriting a newer one
	lib      func() *library.Library // the open library, for the scan view's import; may return nil
}

func newReaderTab(w fyne.Window) *readerTab {
	t := &readerTab{win: w}
	t.title = widget.NewLabelWithStyle("Chưa mở văn bản nào. Bấm «Mở văn bản…» (Ctrl+Shift+O) hoặc kéo thả tệp vào đây để đọc mà không nhập vào thư viện.",
		fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
	t.title.Truncation = fyne.TextTruncateEllipsis
	t.busy = widget.NewProgressBarInfinite()
	t.busy.Hide()
	t.text = widget.NewRichText()
	t.text.Wrapping = fyne.TextWrapWord
	t.details = container.NewVBox()
	t.openBtn = widget.NewButtonWithIcon("Mở văn bản…", theme.FolderOpenIcon(), nil)

	top := container.NewBorder(nil, t.busy, t.openBtn, nil, t.title)
	split := container.NewHSplit(container.NewVScroll(container.NewPadded(t.text)),
		container.NewVScroll(container.NewPadded(t.details)))
	split.Offset = 0.62
	t.root = container.NewBorder(top, nil, nil, nil, split)
	return t
}

func (t *readerTab) content() fyne.CanvasObject { return t.root }

// open reads and extracts path off the UI goroutine; the result is shown
// through fyne.Do so the window never freezes on a large PDF.
func (t *readerTab) open(path string) {
	t.loadSeqN++
	seq := t.loadSeqN
	t.title.SetText("Đang đọc " + filepath.Base(path) + " …")
	t.busy.Show()
	t.busy.Start()
	go func() {
		doc, err := read.File(path)
		var res *extract.Result
		if err == nil {
			res = extract.FromDocument(doc)
		}
		fyne.Do(func() {
			if seq != t.loadSeqN {
				return
			}
			t.busy.Stop()
			t.busy.Hide()
			t.show(path, doc, res, err)
		})
	}()
}

func (t *readerTab) show(path string, doc *model.Document, res *extract.Result, err error) {
	t.title.SetText(filepath.Base(path))
	if err != nil {
		t.text.Segments = []widget.RichTextSegment{&widget.TextSegment{
			Text: "Không đọc được tệp: " + messageOf(err), Style: widget.RichTextStyleStrong}}
		t.text.Refresh()
		t.details.Objects = nil
		t.details.Refresh()
		return
	}
	t.text.Segments = documentSegments(doc)
	t.text.Refresh()
	t.details.Objects = []fyne.CanvasObject{readInfoCard(doc.Info), extractionCard(res)}
	if doc.Info.OCR != nil {
		// A scan: show the page beside the fields, the handwritten number
		// and day to type.
		open := func() { showScanView(path, doc, res, t.lib) }
		t.details.Objects = append([]fyne.CanvasObject{widget.NewButton("Xem bản quét, điền số và ngày", open)}, t.details.Objects...)
		open()
	}
	t.details.Refresh()
}

// messageOf gives the clerk's message of an error: the Vietnamese cause
// without the path, which the title already shows.
func messageOf(err error) string {
	if re, ok := err.(*read.Error); ok {
		return re.Msg
	}
	return err.Error()
}

// readInfoCard says what the reader did: format, encoding, conversions, warnings.
func readInfoCard(info model.Info) fyne.CanvasObject {
	lines := []string{"Định dạng: " + strings.ToUpper(info.Format)}
	if info.Encoding != "" {
		lines = append(lines, "Bảng mã: "+info.Encoding)
	}
	if info.Pages > 0 {
		lines = append(lines, fmt.Sprintf("Số trang: %d", info.Pages))
	}
	for _, c := range info.Conversions {
		lines = append(lines, "Đã chuyển: "+c)
	}
	for _, w := range info.Warnings {
		lines = append(lines, "⚠ "+w)
	}
	l := widget.NewLabel(strings.Join(lines, "\n"))
	l.Wrapping = fyne.TextWrapWord
	return widget.NewCard("Tệp", "", l)
}
