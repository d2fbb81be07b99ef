package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/store"
)

// dueWindowDays is how far ahead "sắp đến hạn" looks.
const dueWindowDays = 14

// tasksTab is what waits for the chuyên viên: overdue tasks first, then
// those due in the next two weeks, each with its document and a tick box.
type tasksTab struct {
	ui      *mainUI
	summary *widget.Label
	body    *fyne.Container
	root    fyne.CanvasObject
}

func newTasksTab(ui *mainUI) *tasksTab {
	t := &tasksTab{ui: ui}
	t.summary = widget.NewLabelWithStyle("Đang mở thư viện…", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.body = container.NewVBox()
	reload := widget.NewButtonWithIcon("Làm mới", theme.ViewRefreshIcon(), t.refresh)
	t.root = container.NewBorder(container.NewBorder(nil, nil, nil, reload, t.summary), nil, nil, nil,
		container.NewVScroll(container.NewPadded(t.body)))
	return t
}

func (t *tasksTab) content() fyne.CanvasObject { return t.root }

func (t *tasksTab) refresh() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	go func() {
		ctx := context.Background()
		overdue, err1 := lib.Overdue(ctx)
		due, err2 := lib.Due(ctx, dueWindowDays)
		fyne.Do(func() {
			if err1 != nil || err2 != nil {
				dialog.ShowError(firstErr(err1, err2), t.ui.win)
				return
			}
			t.show(overdue, due)
		})
	}()
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func (t *tasksTab) show(overdue, due []store.DueTask) {
	today := t.ui.lib.Today()
	t.summary.SetText(fmt.Sprintf("Hôm nay %s: %d việc quá hạn, %d việc đến hạn trong %d ngày tới.",
		today.Vietnamese(), len(overdue), len(due), dueWindowDays))
	t.body.Objects = nil
	section := func(title string, tasks []store.DueTask, late bool) {
		head := widget.NewRichText(&widget.TextSegment{Text: title, Style: widget.RichTextStyle{
			SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}, ColorName: colorFor(late)}})
		t.body.Add(head)
		if len(tasks) == 0 {
			t.body.Add(widget.NewLabel("Không có."))
		}
		for _, dt := range tasks {
			t.body.Add(t.dueRow(dt, late))
			t.body.Add(widget.NewSeparator())
		}
	}
	section("Quá hạn", overdue, true)
	section(fmt.Sprintf("Sắp đến hạn (%d ngày tới)", dueWindowDays), due, false)
	t.body.Refresh()
}

func colorFor(late bool) fyne.ThemeColorName {
	if late {
		return theme.ColorNameError
	}
	return theme.ColorNamePrimary
}

func (t *tasksTab) dueRow(dt store.DueTask, late bool) fyne.CanvasObject {
	when := shortDate(dt.Deadline)
	if days := int(t.ui.lib.Today().Time().Sub(dt.Deadline.Time()).Hours() / 24); late {
		when = fmt.Sprintf("%s — trễ %d ngày", when, days)
	} else if days == 0 {
		when += " — hôm nay"
	} else {
		when = fmt.Sprintf("%s — còn %d ngày", when, -days)
	}
	deadline := widget.NewRichText(&widget.TextSegment{Text: "Hạn: " + when,
		Style: widget.RichTextStyle{ColorName: colorFor(late), TextStyle: fyne.TextStyle{Bold: true}}})
	doc := widget.NewButtonWithIcon(dt.DocNumber, theme.DocumentIcon(), func() {
		t.ui.tabs.SelectIndex(libraryTabIndex)
		t.ui.library.showDocument(dt.DocumentID)
	})
	if dt.DocNumber == "" {
		doc.SetText("Xem văn bản")
	}
	subject := widget.NewLabel(dt.DocSubject)
	subject.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(
		container.NewBorder(nil, nil, nil, doc, deadline),
		taskRow(t.ui, dt.Task, t.refresh),
		subject,
	)
}
