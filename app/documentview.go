package app

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
		u := &url.URL{Scheme: "file", Path: ui.lib.OriginalPath(d)}
		if err := fyne.CurrentApp().OpenURL(u); err != nil {
			dialog.ShowError(err, ui.win)
		}
	})
	edit := widget.NewButtonWithIcon("Sửa thông tin…", theme.DocumentCreateIcon(), func() {
		showEditDialog(ui, d, reload)
	})

	tasks := container.NewVBox()
	for _, t := range v.Tasks {
		tasks.Add(taskRow(ui, t, reload))
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
	return container.NewVBox(
		widget.NewCard("Văn bản", "", container.NewVBox(form, container.NewHBox(openOriginal, edit))),
		widget.NewCard(fmt.Sprintf("Nhiệm vụ (%d)", len(v.Tasks)), "", tasks),
		widget.NewCard("Dẫn chiếu", "", links),
	)
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
		go func() {
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
		}()
	}
	return container.NewBorder(nil, nil, nil, done,
		taskLabel(0, t.Assignee, t.Action, t.Deadline, t.DeadlineText, t.Recurrence))
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

// showEditDialog lets the clerk correct what extraction got wrong; every
// change goes to the audit trail.
func showEditDialog(ui *mainUI, d *store.Document, reload func()) {
	fields := []struct{ key, label, value string }{
		{"type", "Loại (mã)", d.Type}, {"number", "Số, ký hiệu", d.Number}, {"issuer", "Cơ quan ban hành", d.Issuer},
		{"date", "Ngày (YYYY-MM-DD)", d.Date.String()}, {"place", "Địa danh", d.Place}, {"subject", "Trích yếu", d.Subject},
		{"signer_name", "Người ký", d.SignerName}, {"signer_title", "Chức vụ", d.SignerTitle},
	}
	entries := make([]*widget.Entry, len(fields))
	items := make([]*widget.FormItem, len(fields))
	for i, f := range fields {
		e := widget.NewEntry()
		if f.key == "subject" {
			e = widget.NewMultiLineEntry()
			e.Wrapping = fyne.TextWrapWord
		}
		e.SetText(f.value)
		entries[i] = e
		items[i] = widget.NewFormItem(f.label, e)
	}
	dlg := dialog.NewForm("Sửa thông tin văn bản", "Lưu", "Hủy", items, func(ok bool) {
		if !ok {
			return
		}
		go func() {
			var errs []string
			for i, f := range fields {
				if nv := strings.TrimSpace(entries[i].Text); nv != f.value {
					if err := ui.lib.UpdateField(context.Background(), d.ID, f.key, nv); err != nil {
						errs = append(errs, f.label+": "+err.Error())
					}
				}
			}
			fyne.Do(func() {
				if len(errs) > 0 {
					dialog.ShowInformation("Một số thông tin chưa lưu được", strings.Join(errs, "\n"), ui.win)
				}
				reload()
				ui.library.refresh()
			})
		}()
	}, ui.win)
	dlg.Resize(fyne.NewSize(720, 560))
	dlg.Show()
}
