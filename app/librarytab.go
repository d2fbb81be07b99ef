package app

import (
	"context"
	"fmt"
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/search"
)

// libraryTab searches and browses the library and imports into it.
type libraryTab struct {
	ui       *mainUI
	query    *widget.Entry
	typeSel  *widget.Select
	yearSel  *widget.Select
	openChk  *widget.Check
	overChk  *widget.Check
	checkChk *widget.Check // «Cần kiểm tra»: documents with a field to confirm
	sortSel  *widget.Select
	status   *widget.Label
	progress *widget.ProgressBar
	list     *resultList
	results  *resultSet // what the list shows; nil before the library opens
	detail   *fyne.Container
	scroll   *container.Scroll // around detail
	shownID  int64             // the document in the detail panel, 0 = none
	// renderedID is the document the panel has drawn (shownID while it loads).
	renderedID int64
	root       fyne.CanvasObject
	seq        int
	typing     bool // a search started by a keystroke is running
	typedAgain bool // and the clerk typed again since it started

	// The filter choices present in the library, aligned with the options
	// of typeSel and yearSel (index 0 = every type, every year).
	typeCodes []string
	years     []int
	libTotal  int
	quietSel  bool // the selects are being refilled: not a clerk's choice
}

// Sort choices; relevance means newest first when nothing is typed.
var sortChoices = []string{"Phù hợp nhất", "Mới nhất trước", "Theo số ký hiệu", "Theo cơ quan ban hành"}

const (
	allTypes = "Mọi loại văn bản"
	allYears = "Mọi năm"
)

func newLibraryTab(ui *mainUI) *libraryTab {
	t := &libraryTab{ui: ui, typeCodes: []string{""}, years: []int{0}}
	t.query = widget.NewEntry()
	t.query.SetPlaceHolder("Tìm: số ký hiệu (4541/KH-UBND), từ khóa có hoặc không dấu (cai cach hanh chinh), \"cụm từ\"…")
	t.query.OnSubmitted = func(string) { t.refreshThen(t.openFirst) }
	t.query.OnChanged = func(string) { t.refreshSoon() }
	t.typeSel = widget.NewSelect([]string{allTypes}, func(string) { t.filterChanged() })
	t.typeSel.SetSelectedIndex(0)
	t.yearSel = widget.NewSelect([]string{allYears}, func(string) { t.filterChanged() })
	t.yearSel.SetSelectedIndex(0)
	t.openChk = widget.NewCheck("Còn nhiệm vụ", func(bool) { t.refresh() })
	t.overChk = widget.NewCheck("Có việc quá hạn", func(bool) { t.refresh() })
	t.checkChk = widget.NewCheck("Cần kiểm tra", func(bool) { t.refresh() })
	t.sortSel = widget.NewSelect(sortChoices, func(string) { t.filterChanged() })
	t.sortSel.SetSelectedIndex(0)
	t.status = widget.NewLabel("Đang mở thư viện…")
	t.progress = widget.NewProgressBar()
	t.progress.Hide()

	t.list = newResultList(func() int {
		if t.results == nil {
			return 0
		}
		return t.results.total
	}, newResultItem, func(i widget.ListItemID, o fyne.CanvasObject) {
		if t.results == nil {
			return
		}
		r, ok := t.results.row(i)
		if !ok {
			r = resultRow{Title: "Đang tải…"}
			t.results.load(i)
		}
		fillResultItem(o, r, t.list.Size().Width-4*theme.Padding())
	})
	t.list.OnSelected = func(i widget.ListItemID) {
		if t.results == nil {
			return
		}
		if r, ok := t.results.row(i); ok && r.ID != t.shownID {
			t.showDocument(r.ID)
		}
	}
	t.detail = container.NewVBox()
	t.clearDetail()
	t.scroll = container.NewVScroll(container.NewPadded(t.detail))

	importFile := widget.NewButtonWithIcon("Nhập tệp…", theme.FileIcon(), t.chooseFileToImport)
	importDir := widget.NewButtonWithIcon("Nhập thư mục…", theme.FolderIcon(), t.chooseFolderToImport)
	search := widget.NewButtonWithIcon("Tìm", theme.SearchIcon(), t.refresh)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(search, importFile, importDir), t.query)
	filters := container.NewHBox(minWidth(250, t.typeSel), minWidth(130, t.yearSel), t.openChk, t.overChk, t.checkChk,
		widget.NewLabel("Sắp xếp:"), minWidth(210, t.sortSel))
	top := container.NewVBox(bar, filters, t.status, t.progress)
	split := container.NewHSplit(t.list, t.scroll)
	split.Offset = 0.45
	t.root = container.NewBorder(top, nil, nil, nil, split)
	return t
}

func (t *libraryTab) content() fyne.CanvasObject { return t.root }

// minWidth keeps o at least w wide: a Select is otherwise only as wide as
// its shortest choice and cuts the names of the others.
func minWidth(w float32, o fyne.CanvasObject) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(w, 0))
	return container.NewStack(r, o)
}

// resultList is the library list, where Enter opens the document under the
// keyboard as Space does.
type resultList struct{ widget.List }

func newResultList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *resultList {
	l := &resultList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

func (l *resultList) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace}
	}
	l.List.TypedKey(ev)
}

func (t *libraryTab) clearDetail() {
	t.shownID, t.renderedID = 0, 0
	t.detail.Objects = []fyne.CanvasObject{widget.NewLabel("Chọn một văn bản trong danh sách để xem chi tiết, nhiệm vụ và dẫn chiếu.")}
	t.detail.Refresh()
}

func newResultItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	subject := widget.NewLabel("")
	subject.Truncation = fyne.TextTruncateEllipsis
	snippet := widget.NewRichText()
	snippet.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, subject, snippet)
}

func fillResultItem(o fyne.CanvasObject, r resultRow, width float32) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.Title)
	box.Objects[1].(*widget.Label).SetText(r.Subject)
	rt := box.Objects[2].(*widget.RichText)
	rt.Segments = rowSegments(r, width)
	rt.Refresh()
}

// filterChanged runs the search again unless the selects are being refilled.
func (t *libraryTab) filterChanged() {
	if !t.quietSel {
		t.refresh()
	}
}

// refreshSoon searches as the clerk types: at once when no search is
// running, else as soon as the running one ends, with the text typed by then
// (the result of the older text is not shown). So results follow the last
// keystroke by one search's time, with no pause to wait out, and a fast
// typist never has more than one search running.
func (t *libraryTab) refreshSoon() {
	if t.typing {
		t.typedAgain = true
		return
	}
	t.typing = true
	t.search(nil, true)
}

func (t *libraryTab) refresh() { t.refreshThen(nil) }

// refreshThen runs the search (or the listing) off the UI goroutine, shows
// its count and first page, then calls done (if any) on the UI goroutine.
func (t *libraryTab) refreshThen(done func()) { t.search(done, false) }

func (t *libraryTab) search(done func(), typed bool) {
	lib := t.ui.lib
	if lib == nil {
		if typed {
			t.typing = false
		}
		return
	}
	if !typed {
		t.typedAgain = false // this search already has the text typed so far
	}
	t.seq++
	seq := t.seq
	spec := t.currentSpec()
	t.ui.goLib(func() {
		rs, err := newResultSet(lib, spec, t.pageLoaded, t.ui.goLib)
		fyne.Do(func() {
			if typed {
				t.typing = false
				if t.typedAgain {
					t.typedAgain = false
					t.refreshSoon()
					return
				}
			}
			if seq != t.seq {
				return
			}
			if err != nil {
				t.status.SetText("Lỗi khi tìm: " + err.Error())
				return
			}
			t.show(rs)
			if done != nil {
				done()
			}
		})
	})
}

// show puts a new result in the list: back at its top, the open document
// kept only if it is still in it.
func (t *libraryTab) show(rs *resultSet) {
	t.results = rs
	t.list.UnselectAll()
	t.list.Refresh()
	t.list.ScrollToTop()
	t.status.SetText(rs.summary(t.libTotal))
	if t.shownID != 0 {
		if i, ok := rs.indexOf(t.shownID); ok {
			t.list.Select(i)
		} else {
			t.clearDetail()
		}
	}
}

// pageLoaded is called on the UI goroutine when a later page arrives.
func (t *libraryTab) pageLoaded(rs *resultSet) {
	if rs == t.results {
		t.list.Refresh()
	}
}

// openFirst opens the first result (Enter in the search box) and puts the
// keyboard on the list.
func (t *libraryTab) openFirst() {
	if t.results == nil || t.results.total == 0 {
		return
	}
	t.list.Select(0)
	t.ui.win.Canvas().Focus(t.list)
}

func (t *libraryTab) currentSpec() listSpec {
	s := listSpec{
		Text:      strings.TrimSpace(t.query.Text),
		Open:      t.openChk.Checked,
		Overdue:   t.overChk.Checked,
		ToConfirm: t.checkChk.Checked,
		Sort:      t.sortSel.SelectedIndex(),
	}
	if i := t.typeSel.SelectedIndex(); i > 0 && i < len(t.typeCodes) {
		s.Type = t.typeCodes[i]
	}
	if i := t.yearSel.SelectedIndex(); i > 0 && i < len(t.years) {
		s.Year = t.years[i]
	}
	return s
}

// refreshLibrary is called when the library opens or changes: the filter
// choices are rebuilt from what it holds, then the list.
func (t *libraryTab) refreshLibrary() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	t.ui.goLib(func() {
		res, err := lib.Search(search.Query{Limit: 1})
		fyne.Do(func() {
			if err == nil {
				t.setChoices(res)
			}
			t.refresh()
		})
	})
}

// setChoices fills the type and year filters with what the library holds,
// with counts, keeping the clerk's choice when it is still there.
func (t *libraryTab) setChoices(res *search.Results) {
	t.libTotal = int(res.Total)
	keepType, keepYear := t.currentSpec().Type, t.currentSpec().Year
	t.typeCodes = []string{""}
	typeOpts := []string{fmt.Sprintf("%s (%d)", allTypes, res.Total)}
	for _, f := range res.Facets["type"] {
		t.typeCodes = append(t.typeCodes, f.Term)
		typeOpts = append(typeOpts, fmt.Sprintf("%s · %d", typeName(f.Term), f.Count))
	}
	t.years = []int{0}
	yearOpts := []string{allYears}
	for _, f := range sortedYears(res.Facets["year"]) {
		y, _ := strconv.Atoi(f.Term)
		t.years = append(t.years, y)
		yearOpts = append(yearOpts, fmt.Sprintf("%d · %d", y, f.Count))
	}
	t.quietSel = true
	t.typeSel.SetOptions(typeOpts)
	t.typeSel.SetSelectedIndex(max(indexOf(t.typeCodes, keepType), 0))
	t.yearSel.SetOptions(yearOpts)
	t.yearSel.SetSelectedIndex(max(indexOf(t.years, keepYear), 0))
	t.quietSel = false
}

func indexOf[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// showDocument loads one document with its tasks and references into the
// detail panel, scrolled to its top.
func (t *libraryTab) showDocument(id int64) {
	lib := t.ui.lib
	t.shownID = id
	t.ui.goLib(func() {
		v, err := lib.Document(context.Background(), id)
		fyne.Do(func() {
			if t.shownID != id {
				return // the clerk has moved on
			}
			if err != nil {
				dialog.ShowError(err, t.ui.win)
				return
			}
			t.detail.Objects = []fyne.CanvasObject{documentView(t.ui, v, func() { t.showDocument(id) })}
			t.detail.Refresh()
			if t.renderedID != id { // a new document opens at its top; a reload stays put
				t.scroll.ScrollToTop()
			}
			t.renderedID = id
		})
	})
}

// selectDocument shows a document and selects its row when the list has it
// (after an import: the new document).
func (t *libraryTab) selectDocument(id int64) {
	t.showDocument(id)
	if t.results != nil {
		if i, ok := t.results.indexOf(id); ok {
			t.list.Select(i)
			t.list.ScrollTo(i)
		}
	}
}
