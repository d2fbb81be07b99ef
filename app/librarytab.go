package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/search"
	"vanthu/index/store"
)

// resultRow is one line of the library list: a search hit or, with no
// query, a document of the newest-first listing.
type resultRow struct {
	ID      int64
	Title   string // "KH 4541/KH-UBND · 07/12/2020"
	Subject string
	Snippet string // with <mark>…</mark>
}

// libraryTab searches and browses the library and imports into it.
type libraryTab struct {
	ui       *mainUI
	query    *widget.Entry
	typeSel  *widget.Select
	yearSel  *widget.Select
	openChk  *widget.Check
	overChk  *widget.Check
	byDate   *widget.Check
	status   *widget.Label
	progress *widget.ProgressBar
	list     *widget.List
	rows     []resultRow
	detail   *fyne.Container
	root     fyne.CanvasObject
	seq      int
}

var typeChoices = []string{"Tất cả loại", "CV", "KH", "QĐ", "CT", "TB", "BC", "HD", "NQ", "TTr", "CTr", "GM"}

func newLibraryTab(ui *mainUI) *libraryTab {
	t := &libraryTab{ui: ui}
	t.query = widget.NewEntry()
	t.query.SetPlaceHolder("Tìm: số ký hiệu (4541/KH-UBND), từ khóa có hoặc không dấu (cai cach hanh chinh), \"cụm từ\"…")
	t.query.OnSubmitted = func(string) { t.refresh() }
	t.query.OnChanged = func(string) { t.refreshSoon() }
	t.typeSel = widget.NewSelect(typeChoices, func(string) { t.refresh() })
	t.typeSel.SetSelectedIndex(0)
	years := []string{"Mọi năm"}
	for y := time.Now().Year(); y >= 2000; y-- {
		years = append(years, strconv.Itoa(y))
	}
	t.yearSel = widget.NewSelect(years, func(string) { t.refresh() })
	t.yearSel.SetSelectedIndex(0)
	t.openChk = widget.NewCheck("Còn nhiệm vụ", func(bool) { t.refresh() })
	t.overChk = widget.NewCheck("Có việc quá hạn", func(bool) { t.refresh() })
	t.byDate = widget.NewCheck("Mới nhất trước", func(bool) { t.refresh() })
	t.status = widget.NewLabel("Đang mở thư viện…")
	t.progress = widget.NewProgressBar()
	t.progress.Hide()

	t.list = widget.NewList(func() int { return len(t.rows) }, newResultItem, func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < len(t.rows) {
			fillResultItem(o, t.rows[i])
		}
	})
	t.list.OnSelected = func(i widget.ListItemID) {
		if i < len(t.rows) {
			t.showDocument(t.rows[i].ID)
		}
	}
	t.detail = container.NewVBox(widget.NewLabel("Chọn một văn bản để xem chi tiết."))

	importFile := widget.NewButtonWithIcon("Nhập tệp…", theme.FileIcon(), t.chooseFileToImport)
	importDir := widget.NewButtonWithIcon("Nhập thư mục…", theme.FolderIcon(), t.chooseFolderToImport)
	search := widget.NewButtonWithIcon("Tìm", theme.SearchIcon(), t.refresh)
	bar := container.NewBorder(nil, nil, nil, container.NewHBox(search, importFile, importDir), t.query)
	filters := container.NewHBox(t.typeSel, t.yearSel, t.openChk, t.overChk, t.byDate)
	top := container.NewVBox(bar, filters, container.NewBorder(nil, nil, nil, nil, t.status), t.progress)
	split := container.NewHSplit(t.list, container.NewVScroll(container.NewPadded(t.detail)))
	split.Offset = 0.45
	t.root = container.NewBorder(top, nil, nil, nil, split)
	return t
}

func (t *libraryTab) content() fyne.CanvasObject { return t.root }

func newResultItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	subject := widget.NewLabel("")
	subject.Truncation = fyne.TextTruncateEllipsis
	snippet := widget.NewRichText()
	snippet.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(title, subject, snippet)
}

func fillResultItem(o fyne.CanvasObject, r resultRow) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(r.Title)
	box.Objects[1].(*widget.Label).SetText(r.Subject)
	rt := box.Objects[2].(*widget.RichText)
	rt.Segments = markSegments(r.Snippet)
	rt.Refresh()
}

// refreshSoon searches shortly after the clerk stops typing.
func (t *libraryTab) refreshSoon() {
	t.seq++
	seq := t.seq
	time.AfterFunc(250*time.Millisecond, func() {
		fyne.Do(func() {
			if seq == t.seq {
				t.refresh()
			}
		})
	})
}

// refresh runs the search (or the listing) off the UI goroutine.
func (t *libraryTab) refresh() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	t.seq++
	seq := t.seq
	q := t.currentQuery()
	go func() {
		rows, summary, err := runQuery(lib, q)
		fyne.Do(func() {
			if seq != t.seq {
				return
			}
			if err != nil {
				t.status.SetText("Lỗi khi tìm: " + err.Error())
				return
			}
			t.rows = rows
			t.list.UnselectAll()
			t.list.Refresh()
			t.status.SetText(summary)
		})
	}()
}

func (t *libraryTab) currentQuery() search.Query {
	q := search.Query{
		Text:         strings.TrimSpace(t.query.Text),
		HasOpenTasks: t.openChk.Checked,
		HasOverdue:   t.overChk.Checked,
		SortByDate:   t.byDate.Checked,
		Limit:        200,
	}
	if t.typeSel.SelectedIndex() > 0 {
		q.Types = []string{t.typeSel.Selected}
	}
	if y, err := strconv.Atoi(t.yearSel.Selected); err == nil {
		q.Year = y
	}
	return q
}

// runQuery answers q: a full-text search when there is text, otherwise the
// newest documents matching the filters.
func runQuery(lib *library.Library, q search.Query) ([]resultRow, string, error) {
	if q.Text == "" {
		f := store.Filter{Year: q.Year, HasOpen: q.HasOpenTasks, HasOverdue: q.HasOverdue, Limit: q.Limit}
		if len(q.Types) > 0 {
			f.Type = q.Types[0]
		}
		docs, err := lib.List(context.Background(), f)
		if err != nil {
			return nil, "", err
		}
		rows := make([]resultRow, 0, len(docs))
		for _, d := range docs {
			snippet := d.FileName
			if d.OverdueTasks > 0 {
				snippet = fmt.Sprintf("<mark>%d việc quá hạn</mark> · %d việc đang mở · %s", d.OverdueTasks, d.OpenTasks, d.FileName)
			} else if d.OpenTasks > 0 {
				snippet = fmt.Sprintf("%d việc đang mở · %s", d.OpenTasks, d.FileName)
			}
			rows = append(rows, resultRow{ID: d.ID, Title: rowTitle(d.Type, d.Number, d.Issuer, d.Date), Subject: d.Subject, Snippet: snippet})
		}
		return rows, fmt.Sprintf("%d văn bản trong thư viện (mới nhất trước).", len(rows)), nil
	}
	res, err := lib.Search(q)
	if err != nil {
		return nil, "", err
	}
	rows := make([]resultRow, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, _ := strconv.ParseInt(h.ID, 10, 64)
		snippet := ""
		if len(h.Snippets) > 0 {
			snippet = strings.Join(strings.Fields(h.Snippets[0]), " ")
		}
		rows = append(rows, resultRow{ID: id, Title: rowTitle(h.Type, h.Number, h.Issuer, vndate.FromTime(h.Date)), Subject: h.Subject, Snippet: snippet})
	}
	return rows, fmt.Sprintf("Tìm thấy %d văn bản (%d ms).", res.Total, res.Took.Milliseconds()), nil
}

func rowTitle(typ, number, issuer string, date vndate.Date) string {
	parts := []string{}
	if number != "" {
		parts = append(parts, number)
	} else if typ != "" {
		parts = append(parts, typ)
	}
	if issuer != "" {
		parts = append(parts, issuer)
	}
	if date.Valid() {
		parts = append(parts, shortDate(date))
	}
	if len(parts) == 0 {
		return "(chưa rõ số, ký hiệu)"
	}
	return strings.Join(parts, " · ")
}

// showDocument loads one document with its tasks and references.
func (t *libraryTab) showDocument(id int64) {
	lib := t.ui.lib
	go func() {
		v, err := lib.Document(context.Background(), id)
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, t.ui.win)
				return
			}
			t.detail.Objects = []fyne.CanvasObject{documentView(t.ui, v, func() { t.showDocument(id) })}
			t.detail.Refresh()
		})
	}()
}
