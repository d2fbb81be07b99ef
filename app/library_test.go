package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"vanthu/index/library"
	"vanthu/index/settings"
)

const sampleLetter = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 4541/KH-UBND
Kon Tum, ngày 07 tháng 12 năm 2020
KẾ HOẠCH
Cải cách hành chính năm 2021
1. Sở Nội vụ có trách nhiệm:
- Tổng hợp, báo cáo kết quả cải cách hành chính về Ủy ban nhân dân tỉnh trước ngày 15/12/2020.
`

// waitFor polls cond on the UI goroutine until it holds or time runs out.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		fyne.DoAndWait(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(25 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestLibraryAndTasksTabs opens a library as the window does, searches it
// without accents and sees the overdue task in the tasks tab.
func TestLibraryAndTasksTabs(t *testing.T) {
	newTestApp(t)
	dir := t.TempDir()
	src := filepath.Join(t.TempDir(), "kh.txt")
	if err := os.WriteFile(src, []byte(sampleLetter), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := library.Open(context.Background(), dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	// Follow-up started before the letter's deadline, so it is overdue
	// rather than archive.
	set := settings.Defaults()
	set.FollowUpStart = "2020-01-01"
	if err := settings.Save(context.Background(), lib.Store(), set, "test"); err != nil {
		t.Fatal(err)
	}
	lib.Close()

	ui := startUI(t, test.NewWindow(nil), Options{Library: dir}, nil)
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })
	waitFor(t, "the listing", func() bool { return ui.library.results != nil && ui.library.results.total == 1 })

	fyne.DoAndWait(func() {
		ui.library.query.SetText("cai cach hanh chinh")
		ui.library.refresh()
	})
	waitFor(t, "an accentless hit", func() bool {
		r, ok := ui.library.results.row(0)
		return ui.library.results.total == 1 && ok && strings.Contains(r.Snippet, "<mark>")
	})
	if r, _ := ui.library.results.row(0); !strings.Contains(r.Title, "4541/KH-UBND") {
		t.Errorf("hit title = %q", r.Title)
	}
	waitFor(t, "the overdue task", func() bool {
		return strings.Contains(ui.tasks.summary.Text, "1 việc quá hạn")
	})
}
