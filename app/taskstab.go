package app

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
	"vanthu/index/tracking"
)

// pageItems keeps the tab responsive on a large library: it lays out this
// many tasks, and «Xem thêm» as many more each time (laying out 300 cards
// took 2 s on 10 000 documents); the clerk may also narrow by unit or view.
const pageItems = 100

// undoSeconds is how long «Hoàn tác» stays after «Đã xong».
const undoSeconds = 12

// Views of the tasks tab.
var taskViews = []struct {
	name     string
	statuses []string
	states   []string
}{
	{"Cần xử lý", []string{tracking.StatusOverdue, tracking.StatusDue, tracking.StatusUpcoming, tracking.StatusUndated}, nil},
	{"Quá hạn", []string{tracking.StatusOverdue}, nil},
	{"Đến hạn trong ít ngày tới", []string{tracking.StatusOverdue, tracking.StatusDue}, nil},
	{"Đề xuất chờ xác nhận", nil, []string{tracking.Proposed}},
	{"Đã xong", []string{tracking.StatusDone}, nil},
	{"Lưu trữ (trước khi theo dõi)", []string{tracking.StatusArchive}, nil},
	{"Đã loại, văn bản QPPL", nil, []string{tracking.Rejected, tracking.Excluded}},
}

// tasksTab is the clerk's triage of what is due: tasks grouped by
// document, proposals to confirm, recurring duties by their next
// occurrence, the unit filter, the bút phê entry and the reply link.
type tasksTab struct {
	ui      *mainUI
	summary *widget.Label
	view    *widget.Select
	unit    *widget.Entry
	mine    *widget.Check
	undoBar *fyne.Container
	body    *fyne.Container
	root    fyne.CanvasObject
	items   []tracking.Item // what is shown, for tests
	shown   int             // how many tasks are laid out; 0 = pageItems
	seq     int
	// mu keeps two refreshes from interleaving where callbacks are not
	// serialised (Fyne's test driver).
	mu sync.Mutex
}

func newTasksTab(ui *mainUI) *tasksTab {
	t := &tasksTab{ui: ui}
	t.summary = widget.NewLabelWithStyle("Đang mở thư viện…", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.summary.Wrapping = fyne.TextWrapWord
	names := make([]string, len(taskViews))
	for i, v := range taskViews {
		names[i] = v.name
	}
	t.view = widget.NewSelect(names, func(string) { t.shown = 0; t.refresh() })
	t.view.SetSelectedIndex(0)
	t.unit = widget.NewEntry()
	t.unit.SetPlaceHolder("Lọc theo đơn vị (có dấu hay không): so y te")
	t.unit.OnSubmitted = func(string) { t.shown = 0; t.refresh() }
	t.unit.OnChanged = func(string) { t.shown = 0; t.refreshSoon() }
	t.mine = widget.NewCheck("Đơn vị của tôi", func(on bool) {
		if on {
			t.unit.Disable()
		} else {
			t.unit.Enable()
		}
		t.shown = 0
		t.refresh()
	})
	t.undoBar = container.NewHBox()
	t.body = container.NewVBox()
	reload := widget.NewButtonWithIcon("Làm mới", theme.ViewRefreshIcon(), t.refresh)
	filters := container.NewBorder(nil, nil, container.NewHBox(t.view, t.mine), reload, t.unit)
	top := container.NewVBox(t.summary, filters, t.undoBar)
	t.root = container.NewBorder(top, nil, nil, nil, container.NewVScroll(container.NewPadded(t.body)))
	return t
}

func (t *tasksTab) content() fyne.CanvasObject { return t.root }

// refreshSoon waits for the clerk to stop typing.
func (t *tasksTab) refreshSoon() {
	t.seq++
	seq := t.seq
	time.AfterFunc(300*time.Millisecond, func() {
		fyne.Do(func() {
			if seq == t.seq {
				t.refresh()
			}
		})
	})
}

// tracker opens a tracker over the window's library (off the UI goroutine).
func (ui *mainUI) tracker(ctx context.Context) (*tracking.Tracker, error) {
	return tracking.New(ctx, ui.lib.Store(), ui.lib.Clerk(ctx), ui.lib.Today())
}

func (t *tasksTab) refresh() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	v := taskViews[max(0, t.view.SelectedIndex())]
	unit, mine := strings.TrimSpace(t.unit.Text), t.mine.Checked
	t.seq++
	seq := t.seq
	go func() {
		ctx := context.Background()
		tr, err := t.ui.tracker(ctx)
		var items []tracking.Item
		var count int
		if err == nil {
			if mine {
				unit = tr.Settings().Unit
			}
			items, err = tr.List(ctx, tracking.Query{Unit: unit, Statuses: v.statuses, States: v.states})
			if err == nil {
				count, err = lib.Store().Count(ctx)
			}
		}
		fyne.Do(func() {
			t.mu.Lock()
			defer t.mu.Unlock()
			if seq != t.seq {
				return // a newer refresh is on its way
			}
			if err != nil {
				t.summary.SetText("Không đọc được danh sách việc: " + err.Error())
				return
			}
			if mine && tr.Settings().Unit == "" {
				t.summary.SetText("Chưa đặt «đơn vị của tôi» trong «Cài đặt»; đang hiện mọi đơn vị.")
			}
			t.show(tr, items, count)
		})
		t.ui.updateReminder(tr)
	}()
}

func (t *tasksTab) show(tr *tracking.Tracker, items []tracking.Item, docs int) {
	t.items = items
	t.body.Objects = nil
	if docs == 0 {
		t.summary.SetText("Thư viện chưa có văn bản nào.")
		t.body.Add(widget.NewLabel("Hãy nhập công văn, kế hoạch, quyết định… vanthu sẽ tìm các việc được giao, " +
			"thời hạn và việc định kỳ để theo dõi ở đây."))
		t.body.Add(container.NewHBox(
			widget.NewButtonWithIcon("Nhập tệp…", theme.FileIcon(), t.ui.library.chooseFileToImport),
			widget.NewButtonWithIcon("Nhập thư mục…", theme.FolderOpenIcon(), t.ui.library.chooseFolderToImport)))
		t.body.Refresh()
		return
	}
	counts := map[string]int{}
	proposals := 0
	for _, it := range items {
		counts[it.Status]++
		if it.State == tracking.Proposed {
			proposals++
		}
	}
	t.summary.SetText(fmt.Sprintf("Hôm nay %s: %d việc quá hạn, %d việc đến hạn trong %d ngày tới, %d đề xuất chờ xác nhận. "+
		"Theo dõi từ %s; việc có hạn trước đó ở mục «Lưu trữ».", shortDate(tr.Today()), counts[tracking.StatusOverdue],
		counts[tracking.StatusDue], tr.Settings().ReminderDays, proposals, shortDate(tr.FollowUpStart())))
	if len(items) == 0 {
		t.body.Add(widget.NewLabel("Không có việc nào trong mục này."))
		t.body.Refresh()
		return
	}
	// Group by document, documents in the order of their most urgent item.
	var order []int64
	groups := map[int64][]tracking.Item{}
	limit := t.shown
	if limit <= 0 {
		limit = pageItems
	}
	for i, it := range items {
		if i >= limit {
			rest := len(items) - limit
			more := widget.NewButtonWithIcon(fmt.Sprintf("Xem thêm %d việc (còn %d; có thể lọc theo đơn vị)", min(rest, pageItems), rest),
				theme.MoreVerticalIcon(), func() {
					t.shown = limit + pageItems
					t.show(tr, items, docs)
				})
			t.body.Add(container.NewHBox(more))
			break
		}
		if _, ok := groups[it.DocumentID]; !ok {
			order = append(order, it.DocumentID)
		}
		groups[it.DocumentID] = append(groups[it.DocumentID], it)
	}
	var cards []fyne.CanvasObject
	for _, id := range order {
		cards = append(cards, t.documentCard(tr, groups[id]))
	}
	t.body.Objects = append(cards, t.body.Objects...)
	t.body.Refresh()
}

// documentCard is one document with its tasks and the document's actions.
func (t *tasksTab) documentCard(tr *tracking.Tracker, items []tracking.Item) fyne.CanvasObject {
	first := items[0]
	title := strings.TrimSpace(first.DocNumber)
	if title == "" || strings.HasPrefix(title, "/") {
		title = strings.TrimSpace(typeName(first.DocType) + " không số " + title)
	}
	if !first.DocDate.IsZero() {
		title += " · " + shortDate(first.DocDate)
	}
	open := widget.NewButtonWithIcon(title, theme.DocumentIcon(), func() {
		t.ui.tabs.SelectIndex(libraryTabIndex)
		t.ui.library.showDocument(first.DocumentID)
	})
	open.Importance = widget.LowImportance
	open.Alignment = widget.ButtonAlignLeading
	butphe := widget.NewButtonWithIcon("Bút phê…", theme.DocumentCreateIcon(), func() { t.showButPheDialog(first) })
	reply := widget.NewButtonWithIcon("Trả lời bằng…", theme.MailReplyIcon(), func() { t.showReplyDialog(first) })
	add := widget.NewButtonWithIcon("Thêm việc", theme.ContentAddIcon(), func() {
		showTaskDialog(t.ui, tr, first.DocumentID, nil, t.refresh)
	})
	head := container.NewBorder(nil, nil, nil, container.NewHBox(butphe, reply, add), open)
	subject := widget.NewLabel(first.DocSubject)
	subject.Wrapping = fyne.TextWrapWord
	box := container.NewVBox(head, subject)
	if first.ReplyNumber != "" {
		box.Add(widget.NewLabelWithStyle("Đã trả lời bằng văn bản số "+first.ReplyNumber, fyne.TextAlignLeading,
			fyne.TextStyle{Italic: true}))
	}
	for _, it := range items {
		box.Add(t.itemRow(tr, it))
	}
	return widget.NewCard("", "", box)
}

func statusColor(status string) fyne.ThemeColorName {
	switch status {
	case tracking.StatusOverdue:
		return theme.ColorNameError
	case tracking.StatusDue:
		return theme.ColorNameWarning
	case tracking.StatusDone, tracking.StatusArchive:
		return theme.ColorNameDisabled
	}
	return theme.ColorNameForeground
}

// dueText says when an item is due: "Hạn: 30/10/2021 — trễ 3 ngày".
func dueText(it tracking.Item) string {
	if it.Due.IsZero() {
		return "Chưa có hạn"
	}
	s := "Hạn: " + shortDate(it.Due)
	switch it.Status {
	case tracking.StatusOverdue:
		s += fmt.Sprintf(" — trễ %d ngày", -it.DaysLeft)
	case tracking.StatusDue, tracking.StatusUpcoming:
		if it.DaysLeft == 0 {
			s += " — hôm nay"
		} else {
			s += fmt.Sprintf(" — còn %d ngày", it.DaysLeft)
		}
	case tracking.StatusDone:
		s += " — đã xong"
	case tracking.StatusArchive:
		s += " — lưu trữ: " + it.ArchiveReason
	}
	if it.Occurrence {
		s += " · " + tracking.Rule{Recurrence: it.Recurrence, Due: it.RecurrenceDue}.Describe()
	} else if it.DeadlineFrom != "" && it.DeadlineFrom != tracking.FromDocument {
		s += " · " + it.DeadlineFrom
	}
	return s
}

func (t *tasksTab) itemRow(tr *tracking.Tracker, it tracking.Item) fyne.CanvasObject {
	due := widget.NewRichText(&widget.TextSegment{Text: dueText(it), Style: widget.RichTextStyle{
		ColorName: statusColor(it.Status), TextStyle: fyne.TextStyle{Bold: true}, Inline: true}})
	who := it.Assignee
	if len(it.CoAssignees) > 0 {
		who += " (phối hợp: " + strings.Join(it.CoAssignees, ", ") + ")"
	}
	text := it.Action
	if who != "" {
		text = who + ": " + it.Action
	}
	body := widget.NewRichText(&widget.TextSegment{Text: text, Style: widget.RichTextStyle{ColorName: statusColor(it.Status)}})
	body.Wrapping = fyne.TextWrapWord
	var actions []fyne.CanvasObject
	act := func(label string, icon fyne.Resource, f func(ctx context.Context) error, after func()) *widget.Button {
		b := widget.NewButtonWithIcon(label, icon, nil)
		b.OnTapped = func() {
			b.Disable()
			go func() {
				err := f(context.Background())
				if err == nil {
					_, err = t.ui.lib.CatchUp(context.Background())
				}
				fyne.Do(func() {
					if err != nil {
						dialog.ShowError(err, t.ui.win)
					} else if after != nil {
						after()
					}
					t.ui.tasksChanged()
				})
			}()
		}
		return b
	}
	switch it.State {
	case tracking.Proposed:
		actions = append(actions, act("Xác nhận", theme.ConfirmIcon(), func(ctx context.Context) error { return tr.Confirm(ctx, it.ID) }, nil),
			act("Loại", theme.CancelIcon(), func(ctx context.Context) error { return tr.Reject(ctx, it.ID) }, nil))
	case tracking.Rejected, tracking.Excluded:
		actions = append(actions, act("Theo dõi việc này", theme.ContentAddIcon(), func(ctx context.Context) error { return tr.Confirm(ctx, it.ID) }, nil))
	}
	if it.Status != tracking.StatusDone && it.State != tracking.Rejected && it.State != tracking.Excluded {
		var closed vndate.Date
		actions = append(actions, act("Đã xong", theme.ConfirmIcon(), func(ctx context.Context) (err error) {
			closed, err = tr.Done(ctx, it.ID, occurrenceDue(it))
			return err
		}, func() { t.offerUndo(tr, it, closed) }))
	} else if it.Status == tracking.StatusDone && !it.Occurrence {
		actions = append(actions, act("Mở lại", theme.ContentUndoIcon(), func(ctx context.Context) error {
			return tr.Undo(ctx, it.ID, vndate.Date{})
		}, nil))
	}
	edit := widget.NewButtonWithIcon("Sửa…", theme.DocumentCreateIcon(), func() {
		showTaskDialog(t.ui, tr, it.DocumentID, &it, t.refresh)
	})
	actions = append(actions, edit)
	tag := stateTag(it)
	head := container.NewBorder(nil, nil, nil, container.NewHBox(actions...), container.NewHBox(due, tag))
	return container.NewVBox(widget.NewSeparator(), head, body)
}

func occurrenceDue(it tracking.Item) vndate.Date {
	if it.Occurrence {
		return it.Due
	}
	return vndate.Date{}
}

func stateTag(it tracking.Item) fyne.CanvasObject {
	text := map[string]string{tracking.Proposed: "đề xuất", tracking.Rejected: "đã loại",
		tracking.Excluded: "quy định QPPL", tracking.Confirmed: ""}[it.State]
	if it.Manual {
		text = strings.TrimSpace(text + " nhập tay")
	}
	if text == "" {
		return widget.NewLabel("")
	}
	return widget.NewLabelWithStyle("["+text+"]", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
}

// offerUndo shows «Hoàn tác» for a short while after «Đã xong».
func (t *tasksTab) offerUndo(tr *tracking.Tracker, it tracking.Item, closed vndate.Date) {
	label := widget.NewLabel("Đã đánh dấu xong: " + truncateRunes(it.Action, 70))
	var undo *widget.Button
	undo = widget.NewButtonWithIcon("Hoàn tác", theme.ContentUndoIcon(), func() {
		undo.Disable()
		go func() {
			err := tr.Undo(context.Background(), it.ID, closed)
			if err == nil {
				_, err = t.ui.lib.CatchUp(context.Background())
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
				}
				t.undoBar.Objects = nil
				t.undoBar.Refresh()
				t.ui.tasksChanged()
			})
		}()
	})
	t.undoBar.Objects = []fyne.CanvasObject{label, undo}
	t.undoBar.Refresh()
	bar := t.undoBar
	objs := bar.Objects
	time.AfterFunc(undoSeconds*time.Second, func() {
		fyne.Do(func() {
			if len(bar.Objects) == len(objs) && len(objs) > 0 && bar.Objects[1] == objs[1] {
				bar.Objects = nil
				bar.Refresh()
			}
		})
	})
}

func truncateRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// showButPheDialog takes the leader's note in a few keystrokes and shows
// what was understood before saving.
func (t *tasksTab) showButPheDialog(it tracking.Item) {
	entry := widget.NewEntry()
	entry.SetPlaceHolder("Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10")
	preview := widget.NewLabel("")
	preview.Wrapping = fyne.TextWrapWord
	ref := t.ui.lib.Today()
	if tr, err := t.ui.tracker(context.Background()); err == nil {
		ref = tr.ButPheRef(context.Background(), it.DocumentID) // a quick lookup of the arrival date
	}
	entry.OnChanged = func(s string) {
		bp := tracking.ParseButPhe(s, ref)
		due := "—"
		if !bp.Deadline.IsZero() {
			due = shortDate(bp.Deadline)
		}
		preview.SetText(fmt.Sprintf("Chủ trì: %s\nPhối hợp: %s\nHạn: %s", orDash(bp.Lead), orDash(strings.Join(bp.Helpers, ", ")), due))
	}
	entry.OnChanged("")
	d := dialog.NewForm("Bút phê của lãnh đạo", "Lưu", "Hủy", []*widget.FormItem{
		widget.NewFormItem("Bút phê", entry), widget.NewFormItem("Hiểu là", preview),
	}, func(ok bool) {
		if !ok {
			return
		}
		text := entry.Text
		go func() {
			tr, err := t.ui.tracker(context.Background())
			if err == nil {
				_, err = tr.SetButPhe(context.Background(), it.DocumentID, text)
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
				}
				t.ui.tasksChanged()
			})
		}()
	}, t.ui.win)
	d.Resize(fyne.NewSize(620, 300))
	d.Show()
	t.ui.win.Canvas().Focus(entry)
}

// showReplyDialog links the document that answers this one.
func (t *tasksTab) showReplyDialog(it tracking.Item) {
	number := widget.NewEntry()
	number.SetPlaceHolder("123/SYT-VP")
	date := widget.NewEntry()
	date.SetPlaceHolder("dd/mm/yyyy")
	date.SetText(shortDate(t.ui.lib.Today()))
	dialog.ShowForm("Văn bản trả lời", "Lưu", "Hủy", []*widget.FormItem{
		widget.NewFormItem("Số, ký hiệu", number), widget.NewFormItem("Ngày", date),
	}, func(ok bool) {
		if !ok {
			return
		}
		d, err := parseShortDate(date.Text)
		if err != nil {
			dialog.ShowError(err, t.ui.win)
			return
		}
		n := number.Text
		go func() {
			tr, err := t.ui.tracker(context.Background())
			if err == nil {
				err = tr.LinkReply(context.Background(), it.DocumentID, n, d, "")
			}
			if err == nil {
				_, err = t.ui.lib.CatchUp(context.Background())
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
				}
				t.ui.tasksChanged()
			})
		}()
	}, t.ui.win)
}

// parseShortDate reads a typed date (dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd);
// "" is no date.
func parseShortDate(s string) (vndate.Date, error) {
	if strings.TrimSpace(s) == "" {
		return vndate.Date{}, nil
	}
	return vndate.ParseTyped(s)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

var recurrenceChoices = []struct{ name, code string }{
	{"Không định kỳ", ""}, {"Hằng tuần", tracking.Weekly}, {"Hằng tháng", tracking.Monthly}, {"Hằng quý", tracking.Quarterly},
	{"6 tháng một lần", tracking.Semiannual}, {"Hằng năm", tracking.Yearly},
}

// showTaskDialog corrects a task (it != nil) or adds one to a document.
func showTaskDialog(ui *mainUI, tr *tracking.Tracker, docID int64, it *tracking.Item, reload func()) {
	assignee, co, action, due, dueDay, note := widget.NewEntry(), widget.NewEntry(), widget.NewMultiLineEntry(),
		widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	action.Wrapping = fyne.TextWrapWord
	co.SetPlaceHolder("Sở Tài chính; Sở Nội vụ")
	due.SetPlaceHolder("dd/mm/yyyy")
	dueDay.SetPlaceHolder("---15 (ngày 15), --11-30 (30/11), hằng tuần: MO … SU (thứ Hai … Chủ nhật)")
	names := make([]string, len(recurrenceChoices))
	for i, r := range recurrenceChoices {
		names[i] = r.name
	}
	rec := widget.NewSelect(names, nil)
	rec.SetSelectedIndex(0)
	title := "Thêm việc"
	if it != nil {
		title = "Sửa việc"
		assignee.SetText(it.Assignee)
		co.SetText(strings.Join(it.CoAssignees, "; "))
		action.SetText(it.Action)
		if !it.Deadline.IsZero() {
			due.SetText(shortDate(it.Deadline))
		}
		for i, r := range recurrenceChoices {
			if r.code == it.Recurrence {
				rec.SetSelectedIndex(i)
			}
		}
		dueDay.SetText(it.RecurrenceDue)
		note.SetText(it.Note)
	}
	d := dialog.NewForm(title, "Lưu", "Hủy", []*widget.FormItem{
		widget.NewFormItem("Đơn vị chủ trì", assignee), widget.NewFormItem("Phối hợp", co),
		widget.NewFormItem("Nội dung", action), widget.NewFormItem("Hạn", due),
		widget.NewFormItem("Định kỳ", rec), widget.NewFormItem("Hạn định kỳ", dueDay), widget.NewFormItem("Ghi chú", note),
	}, func(ok bool) {
		if !ok {
			return
		}
		deadline, err := parseShortDate(due.Text)
		if err != nil {
			dialog.ShowError(err, ui.win)
			return
		}
		var coList []string
		for _, s := range strings.Split(co.Text, ";") {
			if s = strings.TrimSpace(s); s != "" {
				coList = append(coList, s)
			}
		}
		recCode := recurrenceChoices[max(0, rec.SelectedIndex())].code
		a, ac, n, dd := assignee.Text, action.Text, note.Text, strings.TrimSpace(dueDay.Text)
		if recCode == "" {
			dd = ""
		}
		go func() {
			ctx := context.Background()
			var err error
			if it == nil {
				_, err = tr.Add(ctx, docID, tracking.NewTask{Assignee: a, CoAssignees: coList, Action: ac,
					Deadline: deadline, Recurrence: recCode, RecurrenceDue: dd, Note: n})
			} else {
				ch := tracking.Change{Assignee: &a, Action: &ac, Note: &n, CoAssignees: append([]string{}, coList...)}
				if deadline != it.Deadline {
					ch.Deadline = &deadline
				}
				if recCode != it.Recurrence || dd != it.RecurrenceDue {
					ch.Recurrence, ch.RecurrenceDue = &recCode, &dd
				}
				err = tr.Correct(ctx, it.ID, ch)
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, ui.win)
				}
				reload()
				ui.tasksChanged()
			})
		}()
	}, ui.win)
	d.Resize(fyne.NewSize(680, 520))
	d.Show()
}
