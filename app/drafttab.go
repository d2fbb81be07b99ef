package app

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/draft/catalog"
	"vanthu/docs/draft/check"
	"vanthu/docs/draft/prefill"
	"vanthu/docs/draft/template"
	"vanthu/index/drafting"
	"vanthu/index/registers"
)

// draftTab («Soạn thảo») drafts a reply, a plan or a report from a template:
// the clerk picks the template and the source, sees every field prefilled
// (editable; those left to fill are marked), saves the .docx, opens it in
// Word or LibreOffice, and reads the checker's findings, each one showing
// its place in the text.
type draftTab struct {
	ui       *mainUI
	choice   *widget.Select
	number   *widget.Check // take the next outgoing number from the register
	entries  []catalog.Entry
	source   *widget.Label
	status   *widget.Label
	form     *fyne.Container
	fields   map[string]*widget.Entry
	lists    *widget.Label
	saveBtn  *widget.Button
	openBtn  *widget.Button
	findings *widget.List
	place    *widget.Label
	root     fyne.CanvasObject

	// What the current draft is made of.
	docID    int64
	file     string
	draft    *drafting.Draft
	saved    string // the last file written
	result   *check.Result
	numberer prefill.Numberer     // shows the next outgoing number, when a register is given
	regs     *registers.Registers // takes it at the first save of a draft with «Lấy số» ticked
	issued   *registers.Entry     // the register line of the current draft, once taken
	gen      int                  // counts prepare calls: only the latest one's result is shown
}

// fieldLabels names the built-in templates' fields for the clerk.
var fieldLabels = map[string]string{
	"co_quan_chu_quan": "Cơ quan chủ quản", "co_quan": "Cơ quan ban hành", "so": "Số", "ky_hieu": "Ký hiệu",
	"dia_danh": "Địa danh", "ngay_thang": "Ngày tháng", "trich_yeu": "Trích yếu", "kinh_gui_mot": "Kính gửi",
	"trich_dan": "Trích dẫn văn bản nguồn", "ten_co_quan": "Tên đơn vị (trong câu)", "noi_dung": "Nội dung",
	"ket_thuc": "Câu kết", "muc_dich": "Mục đích, yêu cầu", "to_chuc": "Tổ chức thực hiện", "ket_qua": "Kết quả, tồn tại",
	"kien_nghi": "Kiến nghị, đề xuất", "luu": "Lưu (đơn vị soạn thảo)", "quyen_han": "Thẩm quyền ký (TM., KT.)",
	"chuc_vu": "Chức vụ người ký", "nguoi_ky": "Người ký",
}

// longFields get a multi-line box.
var longFields = map[string]bool{"noi_dung": true, "ket_qua": true, "kien_nghi": true, "muc_dich": true, "to_chuc": true, "trich_dan": true, "ket_thuc": true}

func newDraftTab(ui *mainUI) *draftTab {
	t := &draftTab{ui: ui, fields: map[string]*widget.Entry{}}
	t.choice = widget.NewSelect(nil, func(string) { t.prepare() })
	t.choice.PlaceHolder = "Chọn mẫu…"
	t.source = widget.NewLabel("Văn bản nguồn: chưa chọn (bấm «Soạn văn bản trả lời» trên một văn bản của Thư viện, hoặc chọn tệp)")
	t.source.Wrapping = fyne.TextWrapWord
	pick := widget.NewButtonWithIcon("Chọn tệp nguồn…", theme.FolderOpenIcon(), t.pickSource)
	// Taking a number is the văn thư's act at issue, so it is asked for, not
	// done on every prefill; it needs the outgoing register (sổ văn bản đi).
	t.number = widget.NewCheck("Lấy số văn bản đi tiếp theo", func(bool) { t.prepare() })
	t.number.Disable()
	t.status = widget.NewLabel("")
	t.status.Wrapping = fyne.TextWrapWord
	t.form = container.NewVBox()
	t.lists = widget.NewLabel("")
	t.lists.Wrapping = fyne.TextWrapWord
	t.saveBtn = widget.NewButtonWithIcon("Lưu bản thảo…", theme.DocumentSaveIcon(), t.askSave)
	t.saveBtn.Importance = widget.HighImportance
	t.openBtn = widget.NewButtonWithIcon("Mở bằng Word/LibreOffice", theme.FileIcon(), t.openSaved)
	t.openBtn.Disable()
	checkBtn := widget.NewButtonWithIcon("Soát một bản thảo…", theme.ConfirmIcon(), t.askCheck)
	t.place = widget.NewLabel("Bấm vào một dòng để xem chỗ cần sửa.")
	t.place.Wrapping = fyne.TextWrapWord
	t.findings = widget.NewList(t.findingCount, func() fyne.CanvasObject {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		return l
	}, t.showFinding)
	t.findings.OnSelected = t.selectFinding

	top := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel("Mẫu:"), nil, t.choice),
		container.NewBorder(nil, nil, nil, pick, t.source),
		t.number,
	)
	left := container.NewBorder(top, container.NewVBox(t.lists, t.status, container.NewHBox(t.saveBtn, t.openBtn, checkBtn)), nil, nil,
		container.NewVScroll(container.NewPadded(t.form)))
	right := container.NewBorder(widget.NewLabelWithStyle("Soát trước khi ký", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		widget.NewCard("", "Chỗ trong văn bản", t.place), nil, nil, t.findings)
	split := container.NewHSplit(left, right)
	split.Offset = 0.6
	t.root = split
	return t
}

func (t *draftTab) content() fyne.CanvasObject { return t.root }

// setRegister gives the tab the outgoing register that numbers issued
// drafts; until then the number stays for the văn thư to write.
func (t *draftTab) setRegister(n prefill.Numberer) {
	t.numberer = n
	if n != nil {
		t.number.Enable()
	} else {
		t.number.SetChecked(false)
		t.number.Disable()
	}
}

// useRegister gives the tab the library's outgoing register: ticking
// «Lấy số» shows the next number, and the first save takes it (sổ văn bản
// đi) and links the draft to the document it answers.
func (t *draftTab) useRegister(regs *registers.Registers) {
	t.regs = regs
	t.setRegister(drafting.OutgoingNumberer(regs))
}

// loadTemplates lists the templates once the library is open.
func (t *draftTab) loadTemplates() {
	dir := ""
	if t.ui.lib != nil {
		dir = drafting.TemplateDir(t.ui.lib.Dir())
	}
	go func() {
		list, err := catalog.List(dir)
		fyne.Do(func() {
			if err != nil {
				t.status.SetText(err.Error())
				return
			}
			t.entries = nil
			var titles []string
			for _, e := range list {
				if e.Problem != "" {
					continue
				}
				t.entries = append(t.entries, e)
				titles = append(titles, e.Title)
			}
			sel := t.choice.Selected
			t.choice.Options = titles
			t.choice.Refresh()
			if sel == "" && len(titles) > 0 {
				t.choice.SetSelected(titles[0])
			}
		})
	}()
}

func (t *draftTab) templateName() string {
	for _, e := range t.entries {
		if e.Title == t.choice.Selected {
			if e.Path != "" {
				return e.Path
			}
			return e.Name
		}
	}
	return ""
}

// startFrom begins a reply to a library document.
func (t *draftTab) startFrom(docID int64) {
	t.docID, t.file = docID, ""
	t.prepare()
}

// startNew begins a draft without a source (Ctrl+N).
func (t *draftTab) startNew() {
	t.docID, t.file = 0, ""
	t.prepare()
}

func (t *draftTab) pickSource() {
	pickFile(t.ui.win, []string{".docx", ".docm", ".doc", ".odt", ".pdf", ".txt"}, func(path string) {
		t.docID, t.file = 0, path
		t.prepare()
	})
}

// pickFile asks for a file to open and gives its path to fn.
func pickFile(win fyne.Window, exts []string, fn func(path string)) {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		fn(path)
	}, win)
	d.SetFilter(storage.NewExtensionFileFilter(exts))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// prepare prefills the chosen template in the background.
func (t *draftTab) prepare() {
	name := t.templateName()
	if name == "" {
		return
	}
	req := drafting.Request{Template: name, Lib: t.ui.lib, DocID: t.docID, File: t.file}
	if t.number.Checked && t.numberer != nil {
		req.Numberer = t.numberer
	}
	t.status.SetText("Đang điền sẵn…")
	t.gen++
	gen := t.gen
	go func() {
		d, err := drafting.Prepare(context.Background(), req)
		fyne.Do(func() {
			if gen != t.gen {
				return // the clerk chose something else meanwhile
			}
			if err != nil {
				t.status.SetText("Không soạn được: " + err.Error())
				return
			}
			t.show(d)
		})
	}()
}

// show lays out one entry per field of the template, prefilled.
func (t *draftTab) show(d *drafting.Draft) {
	t.draft = d
	t.issued = nil
	t.fields = map[string]*widget.Entry{}
	t.form.Objects = nil
	if d.Source != "" {
		t.source.SetText("Văn bản nguồn: " + d.Source)
	} else {
		t.source.SetText("Văn bản nguồn: không có")
	}
	missing := 0
	listRows := map[string]bool{}
	for _, f := range d.Template.Fields() {
		if f.Kind == template.KindListField {
			listRows[f.List] = true
			continue
		}
		if f.Kind != template.KindText || t.fields[f.Name] != nil {
			continue
		}
		e := widget.NewEntry()
		if longFields[f.Name] {
			e = widget.NewMultiLineEntry()
			e.Wrapping = fyne.TextWrapWord
			e.SetMinRowsVisible(3)
		}
		label := fieldLabels[f.Name]
		if label == "" {
			label = f.Name
		}
		value, ok := d.Prefill.Values.Text[f.Name]
		if ok {
			e.SetText(value)
		} else {
			missing++
			e.SetPlaceHolder("chưa điền — {{" + f.Name + "}} sẽ còn trong văn bản")
			label += " ✱"
		}
		t.fields[f.Name] = e
		t.form.Add(widget.NewLabelWithStyle(label, fyne.TextAlignLeading, fyne.TextStyle{Bold: !ok}))
		t.form.Add(e)
	}
	t.form.Refresh()
	var parts []string
	for _, l := range []string{"nhiem_vu", "kinh_gui", "noi_nhan"} {
		if n := len(d.Prefill.Values.Lists[l]); listRows[l] && n > 0 {
			parts = append(parts, fmt.Sprintf("%s: %d dòng", listTitle(l), n))
		}
	}
	if len(d.Prefill.Tasks) > 0 && !d.Prefill.Deadline.IsZero() {
		dl := d.Prefill.Deadline
		parts = append(parts, fmt.Sprintf("hạn của đơn vị trong văn bản nguồn %02d/%02d/%04d", dl.Day, dl.Month, dl.Year))
	}
	t.lists.SetText(strings.Join(parts, " · "))
	msg := fmt.Sprintf("Mẫu «%s»: %d chỗ đã điền sẵn, %d chỗ đánh dấu ✱ cần điền.", d.Entry.Title, len(t.fields)-missing, missing)
	for _, n := range d.Prefill.Notes {
		msg += "\nLưu ý: " + n
	}
	t.status.SetText(msg)
}

func listTitle(l string) string {
	switch l {
	case "nhiem_vu":
		return "Nhiệm vụ"
	case "noi_nhan":
		return "Nơi nhận"
	case "kinh_gui":
		return "Kính gửi"
	}
	return l
}

// edits are the field values as the clerk left them; an empty field that
// had no value stays a placeholder.
func (t *draftTab) edits() map[string]string {
	out := map[string]string{}
	for name, e := range t.fields {
		_, had := t.draft.Prefill.Values.Text[name]
		if e.Text != "" || had {
			out[name] = e.Text
		}
	}
	return out
}

func (t *draftTab) askSave() {
	if t.draft == nil {
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close() // written again below through a temporary file and a rename
		if !strings.HasSuffix(strings.ToLower(path), ".docx") {
			os.Remove(path)
			path += ".docx"
		}
		t.saveTo(path)
	}, t.ui.win)
	d.SetFileName(t.draft.Entry.Name + ".docx")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".docx"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// saveTo renders the draft, writes it and checks it.
func (t *draftTab) saveTo(path string) {
	edits := t.edits()
	d := t.draft
	var lookup check.Lookup
	if t.ui.lib != nil {
		lookup = drafting.Superseded{Lib: t.ui.lib}
	}
	t.status.SetText("Đang lưu…")
	regs, issued, answers := t.regs, t.issued, t.docID
	if !t.number.Checked {
		regs = nil
	}
	go func() {
		var err error
		switch {
		case issued != nil:
			edits["so"] = fmt.Sprintf("%02d", issued.Number) // saved again: the number already taken
		case regs != nil:
			issued, err = drafting.Issue(context.Background(), regs, d, answers, edits, t.ui.lib.Today())
		}
		var data []byte
		var rep *template.Report
		if err == nil {
			data, rep, err = d.Render(edits)
		}
		if err == nil {
			err = drafting.WriteFile(path, data)
		}
		var res *check.Result
		if err == nil {
			res, err = check.File(context.Background(), data, lookup)
		}
		fyne.Do(func() {
			if err != nil {
				t.status.SetText("Không lưu được: " + err.Error())
				return
			}
			t.saved = path
			t.openBtn.Enable()
			msg := "Đã lưu " + path + "."
			if issued != nil && t.issued == nil && t.draft == d {
				t.issued = issued
				msg += " Đã vào sổ văn bản đi số " + issued.DocNumber + "."
				t.ui.tasksChanged()
			}
			if len(rep.Unfilled) > 0 {
				msg += fmt.Sprintf(" Còn %d chỗ chưa điền.", len(rep.Unfilled))
			}
			t.status.SetText(msg)
			t.showResult(res)
		})
	}()
}

func (t *draftTab) openSaved() {
	if t.saved == "" {
		return
	}
	if err := fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: t.saved}); err != nil {
		dialog.ShowError(err, t.ui.win)
	}
}

// askCheck checks any .docx the clerk picks (a draft made elsewhere).
func (t *draftTab) askCheck() { pickFile(t.ui.win, []string{".docx"}, t.checkFile) }

func (t *draftTab) checkFile(path string) {
	var lookup check.Lookup
	if t.ui.lib != nil {
		lookup = drafting.Superseded{Lib: t.ui.lib}
	}
	go func() {
		data, err := os.ReadFile(path)
		var res *check.Result
		if err == nil {
			res, err = check.File(context.Background(), data, lookup)
		}
		fyne.Do(func() {
			if err != nil {
				t.status.SetText("Không soát được " + path + ": " + err.Error())
				return
			}
			t.status.SetText("Đã soát " + path + ".")
			t.showResult(res)
		})
	}()
}

func (t *draftTab) showResult(res *check.Result) {
	t.result = res
	t.findings.UnselectAll()
	t.findings.Refresh()
	if len(res.Findings) == 0 {
		t.place.SetText("Không thấy lỗi nào theo Nghị định 30.")
		return
	}
	t.place.SetText(fmt.Sprintf("%d lỗi, %d lưu ý. Bấm vào một dòng để xem chỗ cần sửa.", res.Errors(), len(res.Findings)-res.Errors()))
}

func (t *draftTab) findingCount() int {
	if t.result == nil {
		return 0
	}
	return len(t.result.Findings)
}

func (t *draftTab) showFinding(i widget.ListItemID, o fyne.CanvasObject) {
	f := t.result.Findings[i]
	mark := "⚠"
	if f.Severity == check.Note {
		mark = "ℹ"
	}
	o.(*widget.Label).SetText(fmt.Sprintf("%s %s", mark, f.Message))
}

// selectFinding shows the paragraph a finding is about, with the ones
// around it.
func (t *draftTab) selectFinding(i widget.ListItemID) {
	f := t.result.Findings[i]
	if f.Para < 0 {
		t.place.SetText("Cả văn bản: " + f.Message)
		return
	}
	ps := t.result.Paragraphs
	var b strings.Builder
	fmt.Fprintf(&b, "Đoạn %d:\n", f.Para+1)
	for j := max(0, f.Para-1); j <= min(len(ps)-1, f.Para+1); j++ {
		if j == f.Para {
			b.WriteString("▶ " + ps[j] + "\n")
		} else {
			b.WriteString("   " + ps[j] + "\n")
		}
	}
	t.place.SetText(strings.TrimRight(b.String(), "\n"))
}
