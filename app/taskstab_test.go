package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
	"vanthu/index/registers"
	"vanthu/index/settings"
	"vanthu/index/tracking"
)

// quarterLetter has a one-off task for a list of Sở and a quarterly duty.
const quarterLetter = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 2158/UBND-KTTH
Kon Tum, ngày 28 tháng 6 năm 2021
V/v khắc phục hạn chế Chỉ số PAPI
Kính gửi: Các sở, ban, ngành thuộc tỉnh.
1. Đề nghị Sở Y tế, Sở Tài chính xây dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021.
2. Sở Nội vụ theo dõi, tổng hợp, định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
`

func openTestUI(t *testing.T, dir string) (*mainUI, fyne.Window, *[]string) {
	t.Helper()
	w := test.NewWindow(nil)
	var sent []string
	ui := startUI(t, w, Options{Library: dir}, func(ui *mainUI) {
		ui.notifier = func(n *fyne.Notification) { sent = append(sent, n.Content) }
	})
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })
	return ui, w, &sent
}

func importLetter(t *testing.T, dir, text string, start string) {
	t.Helper()
	src := filepath.Join(t.TempDir(), "cv.txt")
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := library.Open(context.Background(), dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if _, err := lib.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	set := settings.Defaults()
	set.FollowUpStart = start
	set.Unit = "Sở Y tế"
	if err := settings.Save(context.Background(), lib.Store(), set, "test"); err != nil {
		t.Fatal(err)
	}
}

// buttons finds the buttons under o whose text starts with prefix.
func buttons(o fyne.CanvasObject, prefix string) []*widget.Button {
	var out []*widget.Button
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Button:
			if strings.HasPrefix(x.Text, prefix) && !x.Disabled() {
				out = append(out, x)
			}
		case *widget.Card:
			if x.Content != nil {
				walk(x.Content)
			}
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

func TestTasksTabTriage(t *testing.T) {
	newTestApp(t)
	dir := t.TempDir()
	importLetter(t, dir, quarterLetter, "2021-06-01")
	ui, _, sent := openTestUI(t, dir)
	waitFor(t, "the tasks", func() bool { return len(ui.tasks.items) >= 2 })

	var oneOff, quarterly *tracking.Item
	fyne.DoAndWait(func() {
		for i, it := range ui.tasks.items {
			if it.Occurrence {
				quarterly = &ui.tasks.items[i]
			} else if it.Deadline.String() == "2021-10-30" {
				oneOff = &ui.tasks.items[i]
			}
		}
	})
	if oneOff == nil || quarterly == nil {
		t.Fatalf("items %+v", ui.tasks.items)
	}
	// Today (2026 or later) the one-off task is overdue, shown in red with
	// its days late, and the quarterly duty shows its missed and next
	// occurrences, not every quarter since 2021.
	if oneOff.Status != tracking.StatusOverdue || !strings.Contains(dueText(*oneOff), "trễ") {
		t.Errorf("one-off: %+v %q", oneOff, dueText(*oneOff))
	}
	occ := 0
	for _, it := range ui.tasks.items {
		if it.Occurrence {
			occ++
		}
	}
	if occ != 2 {
		t.Errorf("%d occurrences shown, want the missed one and the next", occ)
	}
	if statusColor(tracking.StatusOverdue) != "error" {
		t.Error("overdue is not red")
	}
	waitFor(t, "the reminder badge", func() bool {
		return strings.HasPrefix(ui.tabs.Items[tasksTabIndex].Text, "Việc cần làm (")
	})
	waitFor(t, "the start notification", func() bool { return len(*sent) == 1 && strings.Contains((*sent)[0], "quá hạn") })

	// The clerk's unit: only the Sở Y tế task.
	fyne.DoAndWait(func() { ui.tasks.mine.SetChecked(true) })
	// (Fyne's test driver may run two refreshes at once, so wait for the
	// body as well as the list.)
	waitFor(t, "the unit filter", func() bool {
		return len(ui.tasks.items) == 1 && ui.tasks.items[0].Deadline.String() == "2021-10-30" &&
			len(buttons(ui.tasks.body, "Xác nhận")) == 1
	})

	// Confirm the proposal, mark it done, undo.
	fyne.DoAndWait(func() {
		bs := buttons(ui.tasks.body, "Xác nhận")
		test.Tap(bs[0])
	})
	waitFor(t, "the confirmation", func() bool {
		return len(ui.tasks.items) == 1 && ui.tasks.items[0].State == tracking.Confirmed &&
			len(buttons(ui.tasks.body, "Xác nhận")) == 0 && len(buttons(ui.tasks.body, "Đã xong")) == 1
	})
	fyne.DoAndWait(func() { test.Tap(buttons(ui.tasks.body, "Đã xong")[0]) })
	waitFor(t, "done and the undo button", func() bool {
		return len(ui.tasks.items) == 0 && len(buttons(ui.tasks.undoBar, "Hoàn tác")) == 1
	})
	fyne.DoAndWait(func() { test.Tap(buttons(ui.tasks.undoBar, "Hoàn tác")[0]) })
	waitFor(t, "the task back", func() bool {
		return len(ui.tasks.items) == 1 && len(ui.tasks.undoBar.Objects) == 0 && len(buttons(ui.tasks.body, "Đã xong")) == 1
	})
}

func TestTasksTabEmptyLibrary(t *testing.T) {
	newTestApp(t)
	ui, _, sent := openTestUI(t, t.TempDir())
	waitFor(t, "the empty-library help", func() bool {
		return ui.tasks.summary.Text == "Thư viện chưa có văn bản nào." && len(buttons(ui.tasks.body, "Nhập tệp")) == 1
	})
	if len(*sent) != 0 {
		t.Errorf("notification for an empty library: %q", *sent)
	}
}

func TestRegistersTab(t *testing.T) {
	newTestApp(t)
	dir := t.TempDir()
	importLetter(t, dir, quarterLetter, "2021-06-01")
	ui, _, _ := openTestUI(t, dir)
	waitFor(t, "the register tab", func() bool { return strings.Contains(ui.registers.next.Text, "số đến kế tiếp: 1") })
	var docID int64
	fyne.DoAndWait(func() { docID = 1 })
	fyne.DoAndWait(func() {
		ui.registers.registerIncoming(docID, registersIn("Sở Y tế"))
	})
	waitFor(t, "the entry", func() bool {
		return len(ui.registers.cells) == 1 && ui.registers.cells[0][1] == "1" && ui.registers.cells[0][3] == "2158/UBND-KTTH" &&
			strings.Contains(ui.registers.next.Text, "số đến kế tiếp: 2")
	})
	fyne.DoAndWait(func() { ui.registers.book.SetSelectedIndex(2) })
	waitFor(t, "the follow-up register", func() bool {
		return len(ui.registers.cells) == 1 && len(ui.registers.cells[0]) == 6 && ui.registers.cells[0][2] == "Sở Y tế"
	})
}

func registersIn(to string) registers.In { return registers.In{Recipient: to} }

// TestTasksTabPages: a view of more tasks than a page lays out a page, and
// «Xem thêm» lays out the next one.
func TestTasksTabPages(t *testing.T) {
	newTestApp(t)
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\nKon Tum, ngày 01 tháng 9 năm 2026\nKẾ HOẠCH\nCải cách hành chính\n")
	for i := 1; i <= pageItems+30; i++ {
		fmt.Fprintf(&b, "%d. Sở Nội vụ rà soát thủ tục hành chính nhóm %d, báo cáo Ủy ban nhân dân tỉnh trước ngày %d/12/2026.\n", i, i, i%28+1)
	}
	importLetter(t, dir, b.String(), "2026-01-01")
	ui, _, _ := openTestUI(t, dir)
	waitFor(t, "the tasks", func() bool { return len(ui.tasks.items) == pageItems+30 })
	done := func() (n int) {
		fyne.DoAndWait(func() { n = len(buttons(ui.tasks.body, "Đã xong")) })
		return n
	}
	if n := done(); n != pageItems {
		t.Fatalf("%d tasks laid out, want a page of %d", n, pageItems)
	}
	var more []*widget.Button
	fyne.DoAndWait(func() { more = buttons(ui.tasks.body, "Xem thêm") })
	if len(more) != 1 || !strings.Contains(more[0].Text, "Xem thêm 30 việc") {
		t.Fatalf("«Xem thêm» buttons: %d", len(more))
	}
	fyne.DoAndWait(func() { test.Tap(more[0]) })
	if n := done(); n != pageItems+30 {
		t.Errorf("after «Xem thêm» %d tasks laid out, want %d", n, pageItems+30)
	}
}
