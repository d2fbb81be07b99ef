package app

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/extract"
	"vanthu/docs/model"
	"vanthu/docs/read/ocr"
	"vanthu/docs/vndate"
	"vanthu/index/library"
)

// scanView is where a clerk checks a scan read by OCR: the page image on
// the left, the extracted fields on the right. The number and the day are
// usually written in by hand after signing, which OCR never reads right,
// so their boxes come empty where extraction found nothing and the first
// empty one has the focus: the clerk types two things, not the letter.
type scanView struct {
	win      fyne.Window
	path     string
	res      *extract.Result
	lib      func() *library.Library
	pages    []image.Image
	image    *canvas.Image
	pageSel  *widget.Select
	number   *widget.Entry
	date     *widget.Entry
	issuer   *widget.Entry
	subject  *widget.Entry
	signer   *widget.Entry
	status   *widget.Label
	progress *widget.ProgressBar
	save     *widget.Button
}

// showScanView opens the scan view of path in a window of its own. The
// page images are drawn in the background.
func showScanView(path string, doc *model.Document, res *extract.Result, lib func() *library.Library) *scanView {
	v := newScanView(fyne.CurrentApp().NewWindow("Bản quét — "+filepath.Base(path)), path, doc, res, lib)
	v.win.Resize(fyne.NewSize(1200, 800))
	v.win.Show()
	v.focusFirstEmpty()
	go v.loadPages()
	return v
}

func newScanView(w fyne.Window, path string, doc *model.Document, res *extract.Result, lib func() *library.Library) *scanView {
	v := &scanView{win: w, path: path, res: res, lib: lib}
	v.image = canvas.NewImageFromImage(nil)
	v.image.FillMode = canvas.ImageFillContain
	v.image.ScaleMode = canvas.ImageScaleSmooth
	v.pageSel = widget.NewSelect(nil, func(s string) {
		var n int
		if _, err := fmt.Sscanf(s, "Trang %d", &n); err == nil && n >= 1 && n <= len(v.pages) {
			v.image.Image = v.pages[n-1]
			v.image.Refresh()
		}
	})
	v.pageSel.Hide()

	v.number = widget.NewEntry()
	v.date = widget.NewEntry()
	v.date.SetPlaceHolder("dd/mm/yyyy")
	num, symbol := splitNumber(res.Number)
	v.number.SetText(num)
	v.number.SetPlaceHolder("số viết tay" + symbol)
	if !res.Date.IsZero() {
		v.date.SetText(res.Date.Time().Format("02/01/2006"))
	}
	v.issuer = widget.NewEntry()
	v.issuer.SetText(res.Issuer)
	v.subject = widget.NewMultiLineEntry()
	v.subject.Wrapping = fyne.TextWrapWord
	v.subject.SetText(res.Subject)
	v.signer = widget.NewEntry()
	v.signer.SetText(res.Signer.Name)
	var low []model.OCRWord
	if doc.Info.OCR != nil {
		low = doc.Info.OCR.LowConfidence
	}
	item := func(label string, e *widget.Entry) *widget.FormItem {
		it := widget.NewFormItem(label, e)
		if w := doubtful(e.Text, low); w != "" {
			it.HintText = "⚠ đối chiếu «" + w + "» với bản giấy (nhận dạng không chắc chắn)"
		}
		return it
	}
	form := widget.NewForm(item("Số", v.number), item("Ngày", v.date), item("Cơ quan ban hành", v.issuer),
		item("Trích yếu", v.subject), item("Người ký", v.signer))
	v.status = widget.NewLabel("")
	v.status.Wrapping = fyne.TextWrapWord
	v.progress = widget.NewProgressBar()
	v.progress.Hide()
	v.save = widget.NewButton("Nhập vào thư viện với các thông tin này", v.importScan)
	v.save.Importance = widget.HighImportance

	note := widget.NewLabel(scanNote(doc.Info.OCR))
	note.Wrapping = fyne.TextWrapWord
	right := container.NewVBox(
		widget.NewLabelWithStyle("Đối chiếu với bản quét", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		form, note, v.save, v.progress, v.status)
	left := container.NewBorder(v.pageSel, nil, nil, nil, v.image)
	split := container.NewHSplit(left, container.NewVScroll(container.NewPadded(right)))
	split.Offset = 0.58
	w.SetContent(split)
	return v
}

// splitNumber separates a document number into its digits and its symbol
// ("/SYT-NVY"); a number left blank by extraction keeps only the symbol.
func splitNumber(n string) (num, symbol string) {
	i := strings.Index(n, "/")
	if i < 0 {
		return n, ""
	}
	return n[:i], n[i:]
}

// joinNumber puts back what the clerk typed and the printed symbol: "1987"
// becomes "1987/SYT-NVY"; a full number typed is kept as typed.
func joinNumber(typed, symbol string) string {
	typed = strings.TrimSpace(typed)
	if typed == "" || strings.Contains(typed, "/") {
		return typed
	}
	return typed + symbol
}

// parseDay reads the date the clerk typed (dd/mm/yyyy or as a letter
// writes it) into YYYY-MM-DD; "" stays "".
func parseDay(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	d, ok := vndate.Parse(s)
	if !ok || !d.Valid() {
		return "", fmt.Errorf("ngày %q không hợp lệ; hãy gõ theo dạng dd/mm/yyyy, ví dụ 17/10/2017", s)
	}
	return d.String(), nil
}

// scanNote says how the scan was read and which words to check.
func scanNote(info *model.OCRInfo) string {
	if info == nil {
		return ""
	}
	s := fmt.Sprintf("Đọc bằng nhận dạng chữ (%s), độ tin cậy trung bình %.0f%%", info.Engine, info.Confidence)
	if info.Corrected > 0 {
		s += fmt.Sprintf(", đã sửa dấu %d chữ theo từ điển", info.Corrected)
	}
	s += "."
	if n := len(info.LowConfidence); n > 0 {
		var ws []string
		for _, w := range info.LowConfidence[:min(n, 15)] {
			ws = append(ws, fmt.Sprintf("«%s» (trang %d)", w.Text, w.Page))
		}
		s += fmt.Sprintf(" Chữ cần đối chiếu (%d): %s", n, strings.Join(ws, ", "))
		if n > 15 {
			s += ", …"
		}
	}
	return s
}

// focusFirstEmpty puts the cursor where the clerk has to type.
func (v *scanView) focusFirstEmpty() {
	switch {
	case v.number.Text == "":
		v.win.Canvas().Focus(v.number)
	case v.date.Text == "":
		v.win.Canvas().Focus(v.date)
	}
}

// loadPages draws the pages off the UI goroutine.
func (v *scanView) loadPages() {
	data, err := os.ReadFile(v.path)
	var pages []image.Image
	if err == nil {
		pages, err = ocr.PageImages(data, ocr.ViewDPI, ocr.MaxPages)
	}
	fyne.Do(func() {
		if err != nil {
			v.status.SetText("Không hiển thị được trang: " + messageOf(err))
			return
		}
		v.pages = pages
		if len(pages) == 0 {
			return
		}
		v.image.Image = pages[0]
		v.image.Refresh()
		if len(pages) > 1 {
			var opts []string
			for i := range pages {
				opts = append(opts, fmt.Sprintf("Trang %d", i+1))
			}
			v.pageSel.Options = opts
			v.pageSel.SetSelected(opts[0])
			v.pageSel.Show()
		}
	})
}

// importScan imports the file (OCR runs again in the background with
// progress per page; the original is kept byte for byte) and then records
// what the clerk typed or corrected, through the audited field updates.
func (v *scanView) importScan() {
	var lib *library.Library
	if v.lib != nil {
		lib = v.lib()
	}
	if lib == nil {
		dialog.ShowInformation("Chưa mở được thư viện", "Thư viện chưa sẵn sàng, hãy thử lại sau giây lát.", v.win)
		return
	}
	_, symbol := splitNumber(v.res.Number)
	day, err := parseDay(v.date.Text)
	if err != nil {
		dialog.ShowError(err, v.win)
		return
	}
	edits := map[string]string{}
	set := func(field, typed, extracted string) {
		if typed = strings.TrimSpace(typed); typed != strings.TrimSpace(extracted) {
			edits[field] = typed
		}
	}
	set("number", joinNumber(v.number.Text, symbol), v.res.Number)
	if !v.res.Date.IsZero() || day != "" {
		set("date", day, v.res.Date.String())
	}
	set("issuer", v.issuer.Text, v.res.Issuer)
	set("subject", v.subject.Text, v.res.Subject)
	set("signer_name", v.signer.Text, v.res.Signer.Name)

	v.save.Disable()
	v.progress.SetValue(0)
	v.progress.Show()
	v.status.SetText("Đang nhập …")
	go func() {
		ctx := context.Background()
		rs, err := lib.Import(ctx, []string{v.path}, library.ImportOptions{
			PageProgress: func(_ string, page, pages int) {
				fyne.Do(func() {
					v.progress.SetValue(float64(page) / float64(pages))
					v.status.SetText(fmt.Sprintf("Đang nhận dạng chữ trang %d/%d …", page, pages))
				})
			},
		})
		msg := ""
		switch {
		case err != nil:
			msg = "Không nhập được: " + err.Error()
		case len(rs) != 1 || rs[0].Status == library.Failed:
			msg = "Không nhập được: " + firstMessage(rs)
		default:
			id := rs[0].DocID
			if rs[0].Existing != nil {
				id = rs[0].Existing.ID
			}
			msg = fmt.Sprintf("Đã nhập vào thư viện (mã %d).", id)
			for _, f := range []string{"number", "date", "issuer", "subject", "signer_name"} {
				val, ok := edits[f]
				if !ok {
					continue
				}
				if err := lib.UpdateField(ctx, id, f, val); err != nil {
					msg += " Không lưu được " + f + ": " + err.Error()
				}
			}
			if len(edits) > 0 {
				msg += fmt.Sprintf(" Đã lưu %d thông tin bạn nhập.", len(edits))
			}
		}
		fyne.Do(func() {
			v.progress.Hide()
			v.save.Enable()
			v.status.SetText(msg)
		})
	}()
}

func firstMessage(rs []library.FileResult) string {
	for _, r := range rs {
		if r.Message != "" {
			return r.Message
		}
	}
	return "không rõ lý do"
}

// doubtful is the first low-confidence word that stands in a field's
// value, or "": that field is to be checked against the paper.
func doubtful(value string, low []model.OCRWord) string {
	if value == "" {
		return ""
	}
	for _, w := range low {
		t := strings.TrimFunc(w.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len([]rune(t)) >= 2 && strings.Contains(value, t) {
			return t
		}
	}
	return ""
}
