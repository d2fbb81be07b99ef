package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
	"vanthu/index/settings"
)

// manyLetters makes n small letters of two types over three years, letter i
// numbered i+1.
func manyLetters(n int) map[string]string {
	out := map[string]string{}
	for i := 0; i < n; i++ {
		typ, word := "UBND-VP", "V/v"
		if i%5 == 0 {
			typ, word = "KH-UBND", "KẾ HOẠCH\nVề"
		}
		out[fmt.Sprintf("vb-%03d.txt", i+1)] = fmt.Sprintf("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: %d/%s\nKon Tum, ngày %02d tháng %02d năm %d\n%s công việc thứ %d\nNội dung văn bản.\n",
			i+1, typ, i%28+1, i%12+1, 2019+i%3, word, i+1)
	}
	return out
}

// openUI opens the window's tabs on a library with these letters.
func openUI(t *testing.T, letters map[string]string) (*mainUI, fyne.Window) {
	t.Helper()
	return openUIWelcome(t, letters, false)
}

// openUIWelcome is openUI, with the welcome of a first start when welcome
// is set (otherwise the clerk counts as asked their name already).
func openUIWelcome(t *testing.T, letters map[string]string, welcome bool) (*mainUI, fyne.Window) {
	t.Helper()
	return openUIWith(t, letters, welcome, nil)
}

// openUIWith is openUIWelcome with prepare run on the library before the
// window opens it.
func openUIWith(t *testing.T, letters map[string]string, welcome bool, prepare func(*library.Library)) (*mainUI, fyne.Window) {
	t.Helper()
	newTestApp(t)
	fyne.CurrentApp().Preferences().SetBool(prefNameAsked, !welcome)
	lib, dir := openTestLibrary(t, letters)
	if prepare != nil {
		prepare(lib)
	}
	lib.Close()
	w := test.NewWindow(nil)
	w.Resize(fyne.NewSize(1180, 760))
	ui := startUI(t, w, Options{Library: dir}, nil)
	waitFor(t, "the library to open", func() bool { return ui.lib != nil })
	waitFor(t, "the listing", func() bool { return ui.library.results != nil && ui.library.results.total == len(letters) })
	fyne.DoAndWait(func() { ui.tabs.SelectIndex(libraryTabIndex) })
	return ui, w
}

// TestListShowsEveryDocument: 205 documents, all counted, and scrolling to
// the 201st shows it (the list used to stop at 200).
func TestListShowsEveryDocument(t *testing.T) {
	ui, _ := openUI(t, manyLetters(205))
	lt := ui.library
	if got := lt.status.Text; !strings.HasPrefix(got, "205 văn bản trong thư viện") {
		t.Errorf("count line = %q", got)
	}
	fyne.DoAndWait(func() { lt.sortSel.SetSelectedIndex(sortNumber) })
	waitFor(t, "the list by number", func() bool {
		r, ok := lt.results.row(0)
		return lt.results.spec.Sort == sortNumber && ok && strings.HasPrefix(r.Title, "1/")
	})
	// A search keeps the order by number (6 before 11, as in a register).
	fyne.DoAndWait(func() { lt.query.SetText("ke hoach"); lt.refresh() })
	waitFor(t, "the matches by number", func() bool {
		r0, ok0 := lt.results.row(0)
		r2, ok2 := lt.results.row(2)
		return lt.results.spec.Text == "ke hoach" && ok0 && ok2 &&
			strings.HasPrefix(r0.Title, "1/KH") && strings.HasPrefix(r2.Title, "11/KH")
	})
	fyne.DoAndWait(func() { lt.query.SetText(""); lt.refresh() })
	waitFor(t, "the whole list again", func() bool { return lt.results.spec.Text == "" && lt.results.total == 205 })
	// Scrolling down draws rows whose page is not loaded yet: they load.
	// Fyne's test driver runs the UI updates of background work on that
	// goroutine, so the test touches the list only while no page loads.
	waitFor(t, "row 201 loaded", func() bool {
		if lt.results.busy() {
			return false
		}
		if _, ok := lt.results.row(200); ok {
			return true
		}
		lt.list.ScrollTo(200) // (again, if a page arriving redrew the list at the top)
		return false
	})
	fyne.DoAndWait(func() { lt.list.ScrollTo(200); lt.list.Refresh() })
	if !strings.Contains("\n"+drawnTexts(lt.list), "\n201/KH-UBND") {
		t.Errorf("document 201 not on screen: %q", drawnTexts(lt.list))
	}
	waitFor(t, "the last row loaded", func() bool {
		if lt.results.busy() {
			return false
		}
		if _, ok := lt.results.row(204); ok {
			return true
		}
		lt.list.ScrollToBottom()
		return false
	})
	if r, _ := lt.results.row(204); !strings.HasPrefix(r.Title, "205/") {
		t.Errorf("last row = %q", r.Title)
	}
}

// TestFiltersShowWhatTheLibraryHas: only the types and years present, with
// names and counts; a filtered list says "kết quả".
func TestFiltersShowWhatTheLibraryHas(t *testing.T) {
	ui, _ := openUI(t, manyLetters(15))
	lt := ui.library
	waitFor(t, "the filter choices", func() bool { return len(lt.typeSel.Options) > 1 })
	opts := strings.Join(lt.typeSel.Options, "|")
	for _, want := range []string{"Mọi loại văn bản (15)", "Kế hoạch (KH) · 3", "Công văn (CV) · 12"} {
		if !strings.Contains(opts, want) {
			t.Errorf("type choices %q lack %q", opts, want)
		}
	}
	if strings.Contains(opts, "TTr") || strings.Contains(opts, "GM") {
		t.Errorf("type choices list types the library lacks: %q", opts)
	}
	if got := strings.Join(lt.yearSel.Options, "|"); got != "Mọi năm|2021 · 5|2020 · 5|2019 · 5" {
		t.Errorf("year choices = %q", got)
	}
	fyne.DoAndWait(func() { lt.typeSel.SetSelectedIndex(indexOf(lt.typeCodes, "KH")) })
	waitFor(t, "the filtered count", func() bool { return strings.HasPrefix(lt.status.Text, "3 kết quả, trong 15 văn bản") })
}

// TestDetailPanel: a new document opens at its top; a document the search
// leaves out of the list leaves the panel.
func TestDetailPanel(t *testing.T) {
	ui, _ := openUI(t, manyLetters(3))
	lt := ui.library
	fyne.DoAndWait(func() { lt.list.Select(0) })
	waitFor(t, "the first document", func() bool { return lt.shownID != 0 && lt.renderedID == lt.shownID })
	first := lt.shownID
	fyne.DoAndWait(func() { lt.scroll.ScrollToBottom() })
	if lt.scroll.Offset.Y == 0 {
		t.Fatal("the panel did not scroll down")
	}
	fyne.DoAndWait(func() { lt.list.Select(1) })
	waitFor(t, "the second document at its top", func() bool {
		return lt.shownID != first && lt.renderedID == lt.shownID && lt.scroll.Offset.Y == 0
	})

	shown := lt.shownID
	r, _ := lt.results.row(1)
	num := strings.SplitN(r.Title, " ", 2)[0]
	fyne.DoAndWait(func() { lt.query.SetText(num); lt.refresh() }) // still in the list
	waitFor(t, "the search", func() bool { return lt.results.spec.Text == num })
	if lt.shownID != shown {
		t.Errorf("the document still listed was closed")
	}
	fyne.DoAndWait(func() { lt.query.SetText("khong co van ban nay"); lt.refresh() })
	waitFor(t, "the panel cleared", func() bool { return lt.shownID == 0 && lt.results.total == 0 })
	if !strings.Contains(drawnTexts(lt.scroll), "Chọn một văn bản") {
		t.Errorf("panel still shows: %s", drawnTexts(lt.scroll))
	}
}

// TestCtrlFSelectsQuery: Ctrl+F from another tab selects the old query, so
// typing replaces it.
func TestCtrlFSelectsQuery(t *testing.T) {
	ui, w := openUI(t, manyLetters(2))
	fyne.DoAndWait(func() {
		ui.library.query.SetText("ke hoach cu")
		ui.tabs.SelectIndex(readerTabIndex)
	})
	ctrlF := &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	fyne.DoAndWait(func() { w.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(ctrlF) })
	if ui.tabs.SelectedIndex() != libraryTabIndex || w.Canvas().Focused() != ui.library.query {
		t.Fatal("Ctrl+F did not bring the search box")
	}
	if got := ui.library.query.SelectedText(); got != "ke hoach cu" {
		t.Errorf("selected %q", got)
	}
	fyne.DoAndWait(func() { test.Type(ui.library.query, "bao cao") })
	if got := ui.library.query.Text; got != "bao cao" {
		t.Errorf("after typing the query is %q", got)
	}
}

// TestOverdueIsRed: in the list and in the document, a late task is
// written in the theme's error red, not link blue.
func TestOverdueIsRed(t *testing.T) {
	// Follow-up started before the letter: its task is late, not archive.
	ui, _ := openUIWith(t, map[string]string{"kh.txt": sampleLetter}, false, func(lib *library.Library) {
		set := settings.Defaults()
		set.FollowUpStart = "2020-01-01"
		if err := settings.Save(context.Background(), lib.Store(), set, "test"); err != nil {
			t.Fatal(err)
		}
	})
	lt := ui.library
	red := func(o fyne.CanvasObject) []string {
		var out []string
		for _, x := range test.LaidOutObjects(o) {
			if rt, ok := x.(*widget.RichText); ok {
				for _, s := range rt.Segments {
					if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == theme.ColorNameError {
						out = append(out, ts.Text)
					}
				}
			}
		}
		return out
	}
	waitFor(t, "the red count in the list", func() bool { return strings.Contains(strings.Join(red(lt.list), "|"), "1 việc quá hạn") })
	fyne.DoAndWait(func() { lt.list.Select(0) })
	waitFor(t, "the document", func() bool { return lt.renderedID != 0 })
	got := strings.Join(red(lt.scroll), "|")
	if !strings.Contains(got, "1 việc quá hạn") || !strings.Contains(got, "Quá hạn") || !strings.Contains(got, "(hạn 15/12/2020)") {
		t.Errorf("red in the document: %q", got)
	}
}

// TestKeyboard: Enter in the search box opens the first result and puts
// the keyboard on the list, where Down and Enter open the next; Esc closes
// a dialog.
func TestKeyboard(t *testing.T) {
	ui, w := openUI(t, manyLetters(3))
	lt := ui.library
	fyne.DoAndWait(func() {
		w.Canvas().Focus(lt.query)
		test.Type(lt.query, "cong viec")
		lt.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	waitFor(t, "the first result open", func() bool { return lt.renderedID != 0 && w.Canvas().Focused() == lt.list })
	first := lt.shownID
	fyne.DoAndWait(func() {
		lt.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		lt.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	waitFor(t, "the second result open", func() bool { return lt.renderedID != 0 && lt.shownID != first })

	fyne.DoAndWait(func() { dialog.ShowInformation("Thử", "Esc đóng hộp thoại này.", w) })
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog")
	}
	fyne.DoAndWait(func() {
		w.Canvas().Unfocus()
		w.Canvas().(interface{ OnTypedKey() func(*fyne.KeyEvent) }).OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	})
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Esc left %T open", top)
	}

	// In «Sửa thông tin…», Esc in a field closes the dialog too.
	v, err := ui.lib.Document(context.Background(), lt.shownID)
	if err != nil {
		t.Fatal(err)
	}
	fyne.DoAndWait(func() { showEditDialog(ui, v.Document, func() {}) })
	var field *escEntry
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if e, ok := o.(*escEntry); ok && field == nil {
			field = e
		}
	}
	if field == nil {
		t.Fatal("no field in the edit dialog")
	}
	fyne.DoAndWait(func() {
		w.Canvas().Focus(field)
		field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	})
	if top := w.Canvas().Overlays().Top(); top != nil {
		t.Errorf("Esc in a field left %T open", top)
	}
}

// TestTypingSearchesTheLastText: keystrokes that come while a search runs are
// not lost: once it ends, the text typed by then is searched and shown.
func TestTypingSearchesTheLastText(t *testing.T) {
	ui, _ := openUI(t, manyLetters(30))
	lt := ui.library
	fyne.DoAndWait(func() {
		for _, r := range "ke hoach" {
			lt.query.TypedRune(r) // one search starts; the other letters wait for it
		}
	})
	waitFor(t, "the whole word searched", func() bool {
		return lt.results != nil && lt.results.spec.Text == "ke hoach" && lt.results.total == 6 && !lt.typing
	})
}
