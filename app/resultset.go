package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
	"vanthu/index/library"
	"vanthu/index/search"
	"vanthu/index/store"
)

// pageSize is how many rows are fetched at once as the list scrolls: a
// screenful or two, as a search builds the snippets of every row it fetches.
const pageSize = 20

// Sort positions of sortChoices.
const (
	sortRelevance = iota
	sortDate
	sortNumber
	sortIssuer
)

// listSpec is what the clerk asked the library list for.
type listSpec struct {
	Text          string
	Type          string
	Year          int
	Open, Overdue bool
	ToConfirm     bool // a header field the extractor was unsure of, not checked yet
	Sort          int  // a position in sortChoices
}

func (s listSpec) filtered() bool {
	return s.Type != "" || s.Year != 0 || s.Open || s.Overdue || s.ToConfirm
}

// resultRow is one line of the library list.
type resultRow struct {
	ID       int64
	Title    string // "4541/KH-UBND · Ủy ban nhân dân tỉnh Kon Tum · 07/12/2020"
	Subject  string
	Snippet  string // with <mark>…</mark>
	Open     int    // open tasks, as follow-up counts them
	Overdue  int    // overdue tasks, as follow-up counts them
	FileName string
}

// resultSet is the whole answer to a listSpec: its count, and its rows
// fetched a page at a time as the list needs them, so every match can be
// scrolled to however many there are.
type resultSet struct {
	lib    *library.Library
	spec   listSpec
	total  int
	tookMS int64
	onPage func(*resultSet) // called on the UI goroutine when a page arrives
	goLib  func(func())     // runs a job on the library in the background

	mu      sync.Mutex
	pages   map[int][]resultRow
	loading map[int]bool
	fetchMu sync.Mutex // one page fetched at a time: the next is usually just below
}

// newResultSet counts the matches and fetches the first page.
func newResultSet(lib *library.Library, spec listSpec, onPage func(*resultSet), goLib func(func())) (*resultSet, error) {
	rs := &resultSet{lib: lib, spec: spec, onPage: onPage, goLib: goLib, pages: map[int][]resultRow{}, loading: map[int]bool{}}
	rows, total, err := rs.fetch(0)
	if err != nil {
		return nil, err
	}
	rs.total = total
	rs.pages[0] = rows
	return rs, nil
}

// row returns row i if its page is loaded.
func (rs *resultSet) row(i int) (resultRow, bool) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	p, ok := rs.pages[i/pageSize]
	if !ok || i%pageSize >= len(p) {
		return resultRow{}, false
	}
	return p[i%pageSize], true
}

// load fetches the page of row i in the background, once.
func (rs *resultSet) load(i int) {
	page := i / pageSize
	rs.mu.Lock()
	if rs.loading[page] || rs.pages[page] != nil {
		rs.mu.Unlock()
		return
	}
	rs.loading[page] = true
	rs.mu.Unlock()
	rs.goLib(func() {
		rs.fetchMu.Lock()
		defer rs.fetchMu.Unlock()
		rows, _, err := rs.fetch(page)
		rs.mu.Lock()
		if err == nil {
			rs.pages[page] = rows
		}
		rs.mu.Unlock()
		if err == nil && rs.onPage != nil {
			fyne.Do(func() { rs.onPage(rs) })
		}
		// Not loading any more: after a failure the next draw of the row
		// tries again.
		rs.mu.Lock()
		rs.loading[page] = false
		rs.mu.Unlock()
	})
}

// busy reports whether a page is being fetched.
func (rs *resultSet) busy() bool {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	for _, l := range rs.loading {
		if l {
			return true
		}
	}
	return false
}

// indexOf finds a document among the loaded rows.
func (rs *resultSet) indexOf(id int64) (int, bool) {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	for p, rows := range rs.pages {
		for j, r := range rows {
			if r.ID == id {
				return p*pageSize + j, true
			}
		}
	}
	return 0, false
}

// fetch reads one page: a full-text search when there is text, otherwise
// the store's listing (which knows each document's open and overdue tasks).
func (rs *resultSet) fetch(page int) ([]resultRow, int, error) {
	s := rs.spec
	if s.Text == "" {
		f := store.Filter{Type: s.Type, Year: s.Year, HasOpen: s.Open, HasOverdue: s.Overdue, ToConfirm: s.ToConfirm,
			Limit: pageSize, Offset: page * pageSize, Sort: storeSort(s.Sort)}
		ctx := context.Background()
		docs, err := rs.lib.List(ctx, f)
		if err != nil {
			return nil, 0, err
		}
		total := rs.total
		if page == 0 {
			if total, err = rs.lib.CountList(ctx, f); err != nil {
				return nil, 0, err
			}
		}
		rows := make([]resultRow, 0, len(docs))
		for _, d := range docs {
			rows = append(rows, resultRow{ID: d.ID, Title: rowTitle(d.Number, d.Subject, d.FileName, d.Issuer, d.Date),
				Subject: d.Subject, Snippet: d.FileName, Open: d.OpenTasks, Overdue: d.OverdueTasks, FileName: d.FileName})
		}
		return rows, total, nil
	}
	q := search.Query{Text: s.Text, Year: s.Year,
		SortByDate: s.Sort == sortDate, SortByIssuer: s.Sort == sortIssuer, SortByNumber: s.Sort == sortNumber, Limit: pageSize, Offset: page * pageSize}
	if s.Type != "" {
		q.Types = []string{s.Type}
	}
	ctx := context.Background()
	res, err := rs.lib.SearchWithStatus(ctx, q, library.StatusFilter{Open: s.Open, Overdue: s.Overdue, ToConfirm: s.ToConfirm})
	if err != nil {
		return nil, 0, err
	}
	ids := make([]int64, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, _ := strconv.ParseInt(h.ID, 10, 64)
		ids = append(ids, id)
	}
	// The hits' tasks as follow-up counts them, as the listing shows them.
	status, err := rs.lib.DocStatuses(ctx, ids)
	if err != nil {
		return nil, 0, err
	}
	if page == 0 {
		rs.tookMS = res.Took.Milliseconds()
	}
	rows := make([]resultRow, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, _ := strconv.ParseInt(h.ID, 10, 64)
		snippet := ""
		if len(h.Snippets) > 0 {
			snippet = strings.Join(strings.Fields(h.Snippets[0]), " ")
		}
		rows = append(rows, resultRow{ID: id, Title: rowTitle(h.Number, h.Subject, "", h.Issuer, vndate.FromTime(h.Date)),
			Subject: h.Subject, Snippet: snippet, Open: status[id].Open, Overdue: status[id].Late})
	}
	return rows, int(res.Total), nil
}

func storeSort(i int) string {
	switch i {
	case sortNumber:
		return store.SortNumber
	case sortIssuer:
		return store.SortIssuer
	}
	return store.SortDate
}

// summary is the count line above the list.
func (rs *resultSet) summary(libTotal int) string {
	s := rs.spec
	switch {
	case s.Text != "":
		return fmt.Sprintf("Tìm thấy %d kết quả (%d ms).", rs.total, rs.tookMS)
	case s.filtered():
		return fmt.Sprintf("%d kết quả, trong %d văn bản của thư viện.", rs.total, libTotal)
	case rs.total == 0:
		return "Thư viện chưa có văn bản nào. Bấm «Nhập tệp…» hoặc «Nhập thư mục…», hoặc kéo tệp vào đây."
	}
	order := map[int]string{sortNumber: "theo số ký hiệu", sortIssuer: "theo cơ quan ban hành"}[s.Sort]
	if order == "" {
		order = "mới nhất trước"
	}
	return fmt.Sprintf("%d văn bản trong thư viện (%s).", rs.total, order)
}

// rowTitle is the bold line of a row: the number when the document has one,
// else its subject, else its file name; then the issuer and the date.
func rowTitle(number, subject, fileName, issuer string, date vndate.Date) string {
	head := number
	if head == "" {
		head = firstLine(subject)
	}
	if head == "" && fileName != "" {
		head = strings.TrimSuffix(fileName, filepath.Ext(fileName))
	}
	parts := nonEmpty(head, issuer)
	if date.Valid() {
		parts = append(parts, date.Short())
	}
	if len(parts) == 0 {
		return "(chưa rõ số, ký hiệu)"
	}
	return strings.Join(parts, " · ")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(s)
}

// rowSegments is the third line of a row: the tasks (overdue in red, as
// everywhere a task is late) and the snippet or file name.
// The snippet is cut between words to the width left (when known).
func rowSegments(r resultRow, width float32) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	var lead string
	if r.Overdue > 0 {
		segs = append(segs, &widget.TextSegment{Text: fmt.Sprintf("%d việc quá hạn", r.Overdue), Style: overdueStyle()},
			&widget.TextSegment{Text: " · ", Style: widget.RichTextStyleInline})
		lead += fmt.Sprintf("%d việc quá hạn · ", r.Overdue)
	}
	if r.Open > 0 {
		open := fmt.Sprintf("%d việc đang mở · ", r.Open)
		segs = append(segs, &widget.TextSegment{Text: open, Style: widget.RichTextStyleInline})
		lead += open
	}
	snippet := r.Snippet
	if width > 0 {
		snippet = fitSnippet(snippet, width-measureBold(lead), measureBold)
	}
	return append(segs, markSegments(snippet)...)
}

// measureBold is the drawn width of text in bold body size: a little more
// than plain text, so what fits in bold fits.
func measureBold(s string) float32 {
	return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
}

// overdueStyle is how a late task is written everywhere: bold, in the
// theme's error red.
func overdueStyle() widget.RichTextStyle {
	return widget.RichTextStyle{Inline: true, ColorName: theme.ColorNameError, TextStyle: fyne.TextStyle{Bold: true}}
}

// sortedYears puts the year facet newest first.
func sortedYears(fs []search.FacetCount) []search.FacetCount {
	out := slices.Clone(fs)
	slices.SortFunc(out, func(a, b search.FacetCount) int { return strings.Compare(b.Term, a.Term) })
	return out
}
