package app

import (
	"context"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/store"
)

// documentView shows a library document: its metadata (editable), its
// tasks (to tick off) and the documents it cites and that cite it.
// reload is called after a change so the view shows the stored state.
func documentView(ui *mainUI, v *library.DocumentView, reload func()) fyne.CanvasObject {
	d := v.Document
	form := widget.NewForm()
	add := func(label, value string) { addFormRow(form, label, value) }
	add("Loại", typeName(d.Type))
	add("Số, ký hiệu", d.Number)
	add("Cơ quan ban hành", d.Issuer)
	date := "(để trống)"
	if !d.Date.IsZero() {
		date = d.Date.Vietnamese()
	}
	add("Địa danh, ngày", strings.TrimPrefix(d.Place+", "+date, ", "))
	add("Trích yếu", d.Subject)
	add("Người ký", strings.Join(nonEmpty(d.SignerAuthority, d.SignerTitle, d.SignerName), " · "))
	add("Kính gửi", strings.Join(d.Recipients, "\n"))
	add("Nơi nhận", strings.Join(d.NoiNhan, "\n"))
	add("Tệp gốc", fmt.Sprintf("%s (%s, %d KB)", d.FileName, strings.ToUpper(d.Format), (d.Size+1023)/1024))
	for _, w := range d.Warnings {
		add("Lưu ý", w)
	}

	openOriginal := widget.NewButtonWithIcon("Mở bản gốc", theme.FileIcon(), func() {
		path := ui.lib.OriginalPath(d)
		if err := fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: path}); err != nil {
			ui.win.Canvas().Unfocus() // Esc closes it
			dialog.ShowError(openFailure(path, err), ui.win)
		}
	})
	edit := widget.NewButtonWithIcon("Sửa thông tin…", theme.DocumentCreateIcon(), func() {
		showEditDialog(ui, d, reload)
	})

	reply := widget.NewButtonWithIcon("Soạn văn bản trả lời", theme.MailReplyIcon(), func() { ui.newDraft(d.ID) })

	tasks := container.NewVBox()
	if n := v.FollowUp.Late; n > 0 {
		tasks.Add(widget.NewRichText(&widget.TextSegment{Text: fmt.Sprintf("%d việc quá hạn", n), Style: overdueStyle()}))
	}
	for _, t := range v.Tasks {
		tasks.Add(lateTaskRow(ui, t, slices.Contains(v.FollowUp.LateTasks, t.ID), reload))
	}
	if len(v.Tasks) == 0 {
		tasks.Add(widget.NewLabel("Văn bản không giao nhiệm vụ nào."))
	}

	links := container.NewVBox()
	addLinks := func(heading string, ls []library.Link) {
		if len(ls) == 0 {
			return
		}
		links.Add(widget.NewLabelWithStyle(heading, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		for _, lk := range ls {
			links.Add(linkRow(ui, lk))
		}
	}
	addLinks("Văn bản này dẫn chiếu", v.Cites)
	addLinks("Được dẫn chiếu bởi", v.CitedBy)
	if len(links.Objects) == 0 {
		links.Add(widget.NewLabel("Không có dẫn chiếu."))
	}
	head := container.NewVBox(form)
	buttons := container.NewHBox(openOriginal, edit)
	if check, ok := confirmBlock(ui, v, reload); check != nil {
		head.Add(check)
		buttons.Add(ok)
	}
	buttons.Add(reply)
	head.Add(buttons)
	return container.NewVBox(
		widget.NewCard(documentTitle(d), "", head),
		widget.NewCard(fmt.Sprintf("Nhiệm vụ (%d)", len(v.Tasks)), "", tasks),
		widget.NewCard("Dẫn chiếu", "", links),
	)
}

// documentTitle names a document for a heading: its type and number when it
// has a standard header, else its subject, else its first heading (a law
// with no header: "LUẬT ĐẤT ĐAI"), else its file name. Never a bare type code.
func documentTitle(d *store.Document) string {
	if d.Number != "" {
		return strings.TrimSpace(typeWord(d.Type) + " số " + d.Number)
	}
	if s := firstLine(d.Subject); s != "" {
		return s
	}
	if h := firstHeading(d.Text); h != "" {
		return h
	}
	return d.FileName
}

// typeWord is the type's name without its code: "Kế hoạch".
func typeWord(code string) string {
	name := typeName(code)
	if i := strings.Index(name, " ("); i > 0 {
		return name[:i]
	}
	return name
}

// firstHeading is the first line of the opening lines written in capitals
// (two words at least) after the national motto when there is one, so not
// the issuing body above it.
func firstHeading(text string) string {
	lines := strings.SplitN(text, "\n", 40)
	lines = lines[:min(len(lines), 39)]
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "Độc lập") {
			lines = lines[i+1:]
			break
		}
	}
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if len(strings.Fields(l)) < 2 || strings.ToUpper(l) != l || strings.ToLower(l) == l {
			continue
		}
		if strings.HasPrefix(l, "CỘNG HÒA XÃ HỘI") || strings.HasPrefix(l, "CỘNG HOÀ XÃ HỘI") {
			continue
		}
		return l
	}
	return ""
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}

// taskRow is a task with a tick box that marks it done (or open again).
func taskRow(ui *mainUI, t store.Task, reload func()) fyne.CanvasObject {
	done := widget.NewCheck("Đã xong", nil)
	done.SetChecked(t.Status == store.StatusDone)
	done.OnChanged = func(on bool) {
		ui.goLib(func() {
			// Through follow-up, so the tasks tab and the registers agree.
			tr, err := ui.tracker(context.Background())
			if err == nil {
				err = tr.SetTaskDone(context.Background(), t.ID, on)
			}
			if err == nil {
				_, err = ui.lib.CatchUp(context.Background())
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, ui.win)
				}
				reload()
				ui.tasksChanged()
			})
		})
	}
	return container.NewBorder(nil, nil, nil, done,
		taskLabel(0, t.Assignee, t.Action, t.Deadline, t.DeadlineText, t.Recurrence))
}

// lateTaskRow is a task of the document view: its row, and in red how late
// it is when follow-up counts it overdue (a letter older than the start of
// follow-up is archive, not late: the tasks tab says the same).
func lateTaskRow(ui *mainUI, t store.Task, late bool, reload func()) fyne.CanvasObject {
	row := taskRow(ui, t, reload)
	if !late {
		return row
	}
	text := "Quá hạn một kỳ (xem thẻ «Việc cần làm»)" // a missed occurrence of a recurring duty
	if days := daysLate(t, ui.lib.Today()); days > 0 {
		text = fmt.Sprintf("Quá hạn %d ngày (hạn %s)", days, t.Deadline.Short())
	}
	return container.NewVBox(row, widget.NewRichText(&widget.TextSegment{Text: text, Style: overdueStyle()}))
}

// daysLate is how many days an open task is past its deadline (0 if not).
func daysLate(t store.Task, today vndate.Date) int {
	if t.Status != store.StatusOpen || t.Deadline.IsZero() || !t.Deadline.Before(today) {
		return 0
	}
	return int(today.Time().Sub(t.Deadline.Time()).Hours() / 24)
}

// linkRow is a cited or citing document, with a button to open it when the
// library holds it.
func linkRow(ui *mainUI, lk library.Link) fyne.CanvasObject {
	text := strings.TrimSpace(lk.Type + " " + lk.Number)
	if !lk.Date.IsZero() {
		text += " (" + lk.Date.Vietnamese() + ")"
	}
	if lk.Other == nil {
		return widget.NewLabel(text + " — chưa có trong thư viện")
	}
	other := *lk.Other
	if other.Number != "" && !strings.Contains(text, other.Number) {
		text = other.Number + " — " + text
	}
	return widget.NewButtonWithIcon(text, theme.NavigateNextIcon(), func() { ui.library.showDocument(other.ID) })
}

// metadataForm is the form of «Sửa thông tin…»: one entry per editable
// field, the date typed as dd/mm/yyyy.
type metadataForm struct {
	doc     *store.Document
	fields  []editField
	entries []*widget.Entry
	widgets []fyne.CanvasObject // what the form shows of each entry
	onEsc   func()              // closes the dialog (set once it exists)
}

type editField struct{ key, label, value string }

func newMetadataForm(win fyne.Window, d *store.Document) *metadataForm {
	f := &metadataForm{doc: d, fields: []editField{
		{"type", "Loại (mã)", d.Type}, {"number", "Số, ký hiệu", d.Number}, {"issuer", "Cơ quan ban hành", d.Issuer},
		{"date", "Ngày (ngày/tháng/năm)", d.Date.Short()}, {"place", "Địa danh", d.Place}, {"subject", "Trích yếu", d.Subject},
		{"signer_name", "Người ký", d.SignerName}, {"signer_title", "Chức vụ", d.SignerTitle},
	}}
	esc := func() {
		if f.onEsc != nil {
			f.onEsc()
		}
	}
	for _, fd := range f.fields {
		var e *escEntry
		switch fd.key {
		case "subject":
			e = newEscEntry(true, esc)
		case "date":
			e = newDateEntry(win, esc)
		default:
			e = newEscEntry(false, esc)
		}
		e.SetText(fd.value)
		f.entries = append(f.entries, &e.Entry)
		f.widgets = append(f.widgets, e)
	}
	return f
}

func (f *metadataForm) items() []*widget.FormItem {
	items := make([]*widget.FormItem, len(f.fields))
	for i, fd := range f.fields {
		items[i] = widget.NewFormItem(fd.label, f.widgets[i])
	}
	return items
}

// save writes the changed fields; it returns what could not be saved, in
// the clerk's words.
func (f *metadataForm) save(ctx context.Context, lib *library.Library) []string {
	var errs []string
	for i, fd := range f.fields {
		if nv := strings.TrimSpace(f.entries[i].Text); nv != fd.value {
			if err := lib.UpdateField(ctx, f.doc.ID, fd.key, nv); err != nil {
				errs = append(errs, fd.label+": "+err.Error())
			}
		}
	}
	return errs
}

// showEditDialog lets the clerk correct what extraction got wrong; every
// change goes to the audit trail.
func showEditDialog(ui *mainUI, d *store.Document, reload func()) {
	form := newMetadataForm(ui.win, d)
	dlg := dialog.NewForm("Sửa thông tin văn bản", "Lưu", "Hủy", form.items(), func(ok bool) {
		if !ok {
			return
		}
		ui.goLib(func() {
			errs := form.save(context.Background(), ui.lib)
			fyne.Do(func() {
				if len(errs) > 0 {
					dialog.ShowInformation("Một số thông tin chưa lưu được", strings.Join(errs, "\n"), ui.win)
				}
				reload()
				ui.library.refreshLibrary()
			})
		})
	}, ui.win)
	form.onEsc = dlg.Hide
	dlg.Resize(fyne.NewSize(720, 560))
	dlg.Show()
}
