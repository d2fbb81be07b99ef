package app

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/export"
	"vanthu/index/library"
	"vanthu/index/registers"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

// The books the tab shows, in the order of its selector.
var registerBooks = []struct{ name, book string }{
	{"Sổ đăng ký văn bản đến", registers.Incoming},
	{"Sổ đăng ký văn bản đi", registers.Outgoing},
	{"Sổ theo dõi giải quyết văn bản đến", "theodoi"},
}

// registerColumns are the columns shown on screen (the printed .xlsx has
// all of Appendix IV's).
var registerColumns = map[string][]struct {
	title string
	width float32
}{
	registers.Incoming: {{"Ngày đến", 95}, {"Số đến", 70}, {"Tác giả", 200}, {"Số, ký hiệu", 140}, {"Ngày", 95},
		{"Trích yếu", 380}, {"Đơn vị, người nhận", 170}},
	registers.Outgoing: {{"Số, ký hiệu", 140}, {"Ngày", 95}, {"Trích yếu", 400}, {"Người ký", 170}, {"Nơi nhận", 240}},
	"theodoi": {{"Số đến", 70}, {"Văn bản", 330}, {"Đơn vị, người nhận", 170}, {"Thời hạn", 185}, {"Tiến độ", 190},
		{"Số, ký hiệu trả lời", 140}},
}

// registersTab («Sổ văn bản») shows each register for a year, registers
// documents, and prints the registers and the monthly report to Excel.
type registersTab struct {
	ui     *mainUI
	book   *widget.Select
	year   *widget.Select
	next   *widget.Label
	status *widget.Label
	table  *widget.Table
	cells  [][]string
	red    map[int]bool
	root   fyne.CanvasObject
	seq    int
	mu     sync.Mutex // see tasksTab.mu
}

func newRegistersTab(ui *mainUI) *registersTab {
	t := &registersTab{ui: ui, red: map[int]bool{}}
	names := make([]string, len(registerBooks))
	for i, b := range registerBooks {
		names[i] = b.name
	}
	t.book = widget.NewSelect(names, func(string) { t.resizeColumns(); t.refresh() })
	t.year = widget.NewSelect(nil, func(string) { t.refresh() })
	t.next = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	t.status = widget.NewLabel("Đang mở thư viện…")
	t.table = widget.NewTableWithHeaders(func() (int, int) { return len(t.cells), len(t.columns()) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			if id.Row < len(t.cells) && id.Col < len(t.cells[id.Row]) {
				l.SetText(t.cells[id.Row][id.Col])
				l.Importance = widget.MediumImportance
				if t.red[id.Row] {
					l.Importance = widget.DangerImportance
				}
				l.Refresh()
			}
		})
	t.table.ShowHeaderColumn = false
	t.table.CreateHeader = func() fyne.CanvasObject {
		return widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	t.table.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		cols := t.columns()
		if id.Col >= 0 && id.Col < len(cols) {
			o.(*widget.Label).SetText(cols[id.Col].title)
		}
	}
	t.book.SetSelectedIndex(0)
	in := widget.NewButtonWithIcon("Vào sổ văn bản đến…", theme.ContentAddIcon(), t.showIncomingDialog)
	out := widget.NewButtonWithIcon("Vào sổ văn bản đi…", theme.MailSendIcon(), t.showOutgoingDialog)
	xlsx := widget.NewButtonWithIcon("Xuất Excel…", theme.DocumentSaveIcon(), t.exportXLSX)
	imp := widget.NewButtonWithIcon("Nhập sổ cũ (Excel)…", theme.UploadIcon(), t.importXLSX)
	month := widget.NewButtonWithIcon("Báo cáo tháng…", theme.DocumentPrintIcon(), t.monthReport)
	top := container.NewVBox(
		container.NewHBox(container.NewGridWrap(fyne.NewSize(330, t.book.MinSize().Height), t.book),
			container.NewGridWrap(fyne.NewSize(110, t.year.MinSize().Height), t.year), t.next),
		container.NewHBox(in, out, xlsx, imp, month),
		t.status,
	)
	t.root = container.NewBorder(top, nil, nil, nil, t.table)
	return t
}

func (t *registersTab) content() fyne.CanvasObject { return t.root }

func (t *registersTab) currentBook() string {
	return registerBooks[max(0, t.book.SelectedIndex())].book
}

func (t *registersTab) columns() []struct {
	title string
	width float32
} {
	return registerColumns[t.currentBook()]
}

func (t *registersTab) resizeColumns() {
	for i, c := range t.columns() {
		t.table.SetColumnWidth(i, c.width)
	}
}

func (t *registersTab) selectedYear() int {
	if y, err := strconv.Atoi(t.year.Selected); err == nil {
		return y
	}
	if t.ui.lib != nil {
		return t.ui.lib.Today().Year
	}
	return 0
}

func (t *registersTab) regs() *registers.Registers {
	return registers.New(t.ui.lib.Store(), t.ui.lib.Clerk(context.Background()))
}

func (t *registersTab) refresh() {
	lib := t.ui.lib
	if lib == nil {
		return
	}
	book, year := t.currentBook(), t.selectedYear()
	t.seq++
	seq := t.seq
	go func() {
		ctx := context.Background()
		regs := t.regs()
		var cells [][]string
		red := map[int]bool{}
		var years []int
		var next, nextOut int
		tr, err := t.ui.tracker(ctx)
		if err == nil {
			years, err = regs.Years(ctx, registers.Incoming)
		}
		if err == nil {
			next, err = regs.NextNumber(ctx, registers.Incoming, year, "")
		}
		if err == nil {
			nextOut, err = regs.NextNumber(ctx, registers.Outgoing, year, registers.OutgoingSeries("", ""))
		}
		if err == nil {
			cells, red, err = registerCells(ctx, regs, tr, book, year)
		}
		fyne.Do(func() {
			t.mu.Lock()
			defer t.mu.Unlock()
			if seq != t.seq {
				return
			}
			if err != nil {
				t.status.SetText("Không đọc được sổ: " + err.Error())
				return
			}
			t.setYears(years, lib.Today().Year)
			t.cells, t.red = cells, red
			t.next.SetText(fmt.Sprintf("Năm %d — số đến kế tiếp: %d · số công văn đi kế tiếp: %d", year, next, nextOut))
			t.status.SetText(fmt.Sprintf("%s năm %d: %d dòng.", registerBooks[max(0, t.book.SelectedIndex())].name, year, len(cells)))
			t.resizeColumns()
			t.table.Refresh()
		})
	}()
}

func (t *registersTab) setYears(years []int, this int) {
	opts := []string{strconv.Itoa(this)}
	for _, y := range years {
		if y != this {
			opts = append(opts, strconv.Itoa(y))
		}
	}
	sel := t.year.Selected
	t.year.Options = opts
	if sel == "" {
		t.year.Selected = opts[0]
	}
	t.year.Refresh()
}

// registerCells is the text of the on-screen register.
func registerCells(ctx context.Context, regs *registers.Registers, tr *tracking.Tracker, book string, year int) ([][]string, map[int]bool, error) {
	red := map[int]bool{}
	var cells [][]string
	if book == "theodoi" {
		fus, err := regs.FollowUps(ctx, year, tr)
		if err != nil {
			return nil, nil, err
		}
		for i, f := range fus {
			due := ""
			if !f.Deadline.IsZero() {
				due = shortDate(f.Deadline)
				if f.DeadlineFrom != "" && f.DeadlineFrom != tracking.FromDocument {
					due += " (" + f.DeadlineFrom + ")"
				}
			}
			doc := strings.TrimSpace(fmt.Sprintf("%s %s — %s", f.DocNumber, f.Issuer, f.Subject))
			cells = append(cells, []string{strconv.Itoa(f.Number), doc, f.Lead, due, f.Progress, f.ReplyNumber})
			red[i] = f.Late && f.Finished.IsZero()
		}
		return cells, red, nil
	}
	entries, err := regs.List(ctx, book, year)
	if err != nil {
		return nil, nil, err
	}
	for _, e := range entries {
		if book == registers.Incoming {
			num := strconv.Itoa(e.Number)
			if e.Series != "" {
				num += " " + e.Series
			}
			cells = append(cells, []string{dateOrEmpty(e.EntryDate.IsZero(), shortDate(e.EntryDate)), num, e.Issuer,
				e.DocNumber, dateOrEmpty(e.DocDate.IsZero(), shortDate(e.DocDate)), e.Subject, e.Recipient})
		} else {
			cells = append(cells, []string{e.DocNumber, dateOrEmpty(e.DocDate.IsZero(), shortDate(e.DocDate)), e.Subject,
				e.Signer, e.Recipient})
		}
	}
	return cells, red, nil
}

func dateOrEmpty(zero bool, s string) string {
	if zero {
		return ""
	}
	return s
}

// showIncomingDialog registers a document of the library as incoming,
// showing the number it will get before it is taken.
func (t *registersTab) showIncomingDialog() {
	if t.ui.lib == nil {
		return
	}
	go func() {
		docs, err := t.ui.lib.List(context.Background(), store.Filter{Limit: 300})
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, t.ui.win)
				return
			}
			t.incomingForm(docs, 0)
		})
	}()
}

func docLabel(s store.Summary) string {
	label := fmt.Sprintf("#%d %s", s.ID, strings.TrimSpace(s.Number))
	if !s.Date.IsZero() {
		label += " · " + shortDate(s.Date)
	}
	return label + " — " + truncateRunes(s.Subject, 60)
}

func (t *registersTab) incomingForm(docs []store.Summary, preselect int64) {
	names := make([]string, len(docs))
	sel := 0
	for i, d := range docs {
		names[i] = docLabel(d)
		if d.ID == preselect {
			sel = i
		}
	}
	doc := widget.NewSelect(names, nil)
	if len(names) > 0 {
		doc.SetSelectedIndex(sel)
	}
	arrival := widget.NewEntry()
	arrival.SetText(shortDate(t.ui.lib.Today()))
	to := widget.NewEntry()
	to.SetPlaceHolder("Phòng Tổng hợp, ông Nguyễn Văn A…")
	number := widget.NewLabel("")
	showNext := func() {
		d, err := parseShortDate(arrival.Text)
		if err != nil || d.IsZero() {
			number.SetText("—")
			return
		}
		n, err := t.regs().NextNumber(context.Background(), registers.Incoming, d.Year, "")
		if err == nil {
			number.SetText(fmt.Sprintf("%d (năm %d; văn bản mật có sổ riêng)", n, d.Year))
		}
	}
	arrival.OnChanged = func(string) { showNext() }
	showNext()
	dlg := dialog.NewForm("Vào sổ văn bản đến", "Vào sổ", "Hủy", []*widget.FormItem{
		widget.NewFormItem("Văn bản", doc), widget.NewFormItem("Ngày đến", arrival),
		widget.NewFormItem("Đơn vị, người nhận", to), widget.NewFormItem("Số đến sẽ cấp", number),
	}, func(ok bool) {
		if !ok || doc.SelectedIndex() < 0 {
			return
		}
		d, err := parseShortDate(arrival.Text)
		if err != nil {
			dialog.ShowError(err, t.ui.win)
			return
		}
		t.registerIncoming(docs[doc.SelectedIndex()].ID, registers.In{Arrival: d, Recipient: to.Text})
	}, t.ui.win)
	dlg.Resize(fyne.NewSize(760, 330))
	dlg.Show()
}

func (t *registersTab) registerIncoming(docID int64, in registers.In) {
	go func() {
		e, err := t.regs().RegisterIncoming(context.Background(), docID, in, t.ui.lib.Today())
		fyne.Do(func() {
			var dup *registers.DuplicateError
			if errors.As(err, &dup) {
				dialog.ShowConfirm("Trùng số, ký hiệu", dup.Error()+".\nVẫn vào sổ (đây là văn bản khác)?", func(yes bool) {
					if yes {
						in.AllowDuplicate = true
						t.registerIncoming(docID, in)
					}
				}, t.ui.win)
				return
			}
			if err != nil {
				dialog.ShowError(err, t.ui.win)
				return
			}
			t.status.SetText(fmt.Sprintf("Đã vào sổ: số đến %d, ngày đến %s.", e.Number, shortDate(e.EntryDate)))
			t.ui.tasksChanged()
		})
	}()
}

// offerAfterImport proposes to register the documents just imported.
func (t *registersTab) offerAfterImport(results []library.FileResult) {
	var ids []int64
	for _, r := range results {
		if r.Status == library.Imported && r.DocID != 0 {
			ids = append(ids, r.DocID)
		}
	}
	if len(ids) == 0 || t.ui.lib == nil {
		return
	}
	msg := fmt.Sprintf("Vào sổ văn bản đến %d văn bản vừa nhập, ngày đến hôm nay (%s)?", len(ids), shortDate(t.ui.lib.Today()))
	dialog.ShowConfirm("Vào sổ văn bản đến", msg, func(yes bool) {
		if !yes {
			return
		}
		go func() {
			regs, today := t.regs(), t.ui.lib.Today()
			var problems []string
			done := 0
			for _, id := range ids {
				if _, err := regs.RegisterIncoming(context.Background(), id, registers.In{Arrival: today}, today); err != nil {
					problems = append(problems, fmt.Sprintf("#%d: %v", id, err))
					continue
				}
				done++
			}
			fyne.Do(func() {
				t.status.SetText(fmt.Sprintf("Đã vào sổ %d văn bản.", done))
				if len(problems) > 0 {
					dialog.ShowInformation("Có văn bản chưa vào sổ", strings.Join(problems, "\n"), t.ui.win)
				}
				t.ui.tasksChanged()
			})
		}()
	}, t.ui.win)
}

// showOutgoingDialog registers a document the office issues: the number is
// shown before it is taken, and a reply closes the follow-up of the
// document it answers.
func (t *registersTab) showOutgoingDialog() {
	if t.ui.lib == nil {
		return
	}
	lib := t.ui.lib
	typ := widget.NewSelect([]string{"CV", "QĐ", "KH", "TB", "BC", "TTr", "GM", "HD", "CT", "NQ"}, nil)
	typ.SetSelectedIndex(0)
	symbol := widget.NewEntry()
	symbol.SetPlaceHolder("SYT-VP (công văn) hoặc QĐ-SYT")
	date := widget.NewEntry()
	date.SetText(shortDate(lib.Today()))
	subject, signer, to := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	secret := widget.NewCheck("Văn bản mật (sổ riêng)", nil)
	answers := widget.NewEntry()
	answers.SetPlaceHolder("mã văn bản đến được trả lời (như #12), nếu có")
	number := widget.NewLabel("")
	showNext := func() {
		d, err := parseShortDate(date.Text)
		if err != nil || d.IsZero() {
			number.SetText("—")
			return
		}
		secrecy := ""
		if secret.Checked {
			secrecy = "Mật"
		}
		n, err := t.regs().NextNumber(context.Background(), registers.Outgoing, d.Year, registers.OutgoingSeries(typ.Selected, secrecy))
		sym := strings.TrimSpace(symbol.Text)
		if sym == "" {
			sym = "…"
		}
		if err == nil {
			number.SetText("Số: " + registers.FormatNumber(n, sym))
		}
	}
	typ.OnChanged = func(string) { showNext() }
	date.OnChanged = func(string) { showNext() }
	symbol.OnChanged = func(string) { showNext() }
	secret.OnChanged = func(bool) { showNext() }
	showNext()
	if s, err := t.ui.tracker(context.Background()); err == nil {
		symbol.SetText(s.Settings().UnitSymbol)
		signer.SetText(s.Settings().SignerName)
	}
	dlg := dialog.NewForm("Vào sổ văn bản đi", "Lấy số", "Hủy", []*widget.FormItem{
		widget.NewFormItem("Loại", typ), widget.NewFormItem("Ký hiệu", symbol), widget.NewFormItem("Ngày", date),
		widget.NewFormItem("Trích yếu", subject), widget.NewFormItem("Người ký", signer), widget.NewFormItem("Nơi nhận", to),
		widget.NewFormItem("", secret), widget.NewFormItem("Trả lời văn bản", answers), widget.NewFormItem("Số sẽ cấp", number),
	}, func(ok bool) {
		if !ok {
			return
		}
		d, err := parseShortDate(date.Text)
		if err != nil {
			dialog.ShowError(err, t.ui.win)
			return
		}
		o := registers.Out{Type: typ.Selected, Symbol: symbol.Text, Date: d, Subject: subject.Text, Signer: signer.Text,
			Recipients: to.Text}
		if secret.Checked {
			o.Secrecy = "Mật"
		}
		if a := strings.TrimPrefix(strings.TrimSpace(answers.Text), "#"); a != "" {
			if o.AnswersDocID, err = strconv.ParseInt(a, 10, 64); err != nil {
				dialog.ShowError(fmt.Errorf("mã văn bản %q không hợp lệ", answers.Text), t.ui.win)
				return
			}
		}
		go func() {
			e, err := t.regs().RegisterOutgoing(context.Background(), o, lib.Today())
			if err == nil {
				_, err = lib.CatchUp(context.Background())
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
					return
				}
				dialog.ShowInformation("Đã lấy số", "Số: "+e.DocNumber+", ngày "+shortDate(e.DocDate), t.ui.win)
				t.ui.tasksChanged()
			})
		}()
	}, t.ui.win)
	dlg.Resize(fyne.NewSize(680, 520))
	dlg.Show()
}

// saveXLSX asks where to save, then builds the tables in the background
// and writes them; status says what was written.
func (t *registersTab) saveXLSX(name string, build func(ctx context.Context, tr *tracking.Tracker, o export.Office) ([]export.Table, error),
	status string) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil || wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		go func() {
			ctx := context.Background()
			tr, err := t.ui.tracker(ctx)
			var tables []export.Table
			if err == nil {
				o := export.Office{Parent: tr.Settings().ParentBody, Unit: tr.Settings().Unit}
				tables, err = build(ctx, tr, o)
			}
			if err == nil {
				err = export.WriteXLSX(path, tables...)
			}
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
					return
				}
				t.status.SetText(status + ": " + path)
			})
		}()
	}, t.ui.win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.Show()
}

// exportXLSX prints the register shown to an .xlsx file.
func (t *registersTab) exportXLSX() {
	if t.ui.lib == nil {
		return
	}
	book, year := t.currentBook(), t.selectedYear()
	t.saveXLSX(fmt.Sprintf("so-%s-%d.xlsx", book, year), func(ctx context.Context, tr *tracking.Tracker, o export.Office) ([]export.Table, error) {
		regs := t.regs()
		if book == "theodoi" {
			fus, err := regs.FollowUps(ctx, year, tr)
			return []export.Table{export.FollowUpTable(o, year, fus)}, err
		}
		entries, err := regs.List(ctx, book, year)
		if book == registers.Outgoing {
			return []export.Table{export.OutgoingTable(o, year, entries)}, err
		}
		return []export.Table{export.IncomingTable(o, year, entries)}, err
	}, "Đã ghi (A4 ngang, in được)")
}

// importXLSX brings an office's past register kept in Excel: the guessed
// columns are shown first, then every row that could not be read.
func (t *registersTab) importXLSX() {
	if t.ui.lib == nil {
		return
	}
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil || rc == nil {
			return
		}
		path := rc.URI().Path()
		rc.Close()
		go func() {
			guess, err := registers.GuessColumns(path)
			fyne.Do(func() {
				if err != nil {
					dialog.ShowError(err, t.ui.win)
					return
				}
				var lines []string
				for _, c := range guess.Columns {
					f := c.Field
					if f == "" {
						f = "(bỏ qua)"
					}
					lines = append(lines, fmt.Sprintf("%s  %s → %s", c.Column, c.Header, f))
				}
				msg := fmt.Sprintf("Sổ %s, dòng tiêu đề %d. Các cột:\n%s\n\nNhập? (Sửa ánh xạ cột bằng lệnh «vanthu register import --map».)",
					registers.BookName(guess.Book), guess.HeaderRow, strings.Join(lines, "\n"))
				dialog.ShowConfirm("Nhập sổ cũ từ Excel", msg, func(yes bool) {
					if !yes {
						return
					}
					go func() {
						res, err := t.regs().ImportXLSX(context.Background(), path, registers.ImportOptions{})
						fyne.Do(func() {
							if err != nil {
								dialog.ShowError(err, t.ui.win)
								return
							}
							text := fmt.Sprintf("Đã nhập %d dòng.", res.Imported)
							if len(res.Problems) > 0 {
								var ps []string
								for _, p := range res.Problems {
									ps = append(ps, p.String())
								}
								text += fmt.Sprintf("\n%d dòng không nhập được:\n%s", len(ps), strings.Join(ps, "\n"))
							}
							dialog.ShowInformation("Nhập sổ cũ", text, t.ui.win)
							t.refresh()
						})
					}()
				}, t.ui.win)
			})
		}()
	}, t.ui.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".xlsx"}))
	d.Show()
}

// monthReport writes the monthly report on incoming documents to .xlsx.
func (t *registersTab) monthReport() {
	if t.ui.lib == nil {
		return
	}
	today := t.ui.lib.Today()
	month := widget.NewEntry()
	month.SetText(fmt.Sprintf("%02d/%d", today.Month, today.Year))
	dialog.ShowForm("Báo cáo tình hình giải quyết văn bản đến", "Chọn nơi lưu…", "Hủy",
		[]*widget.FormItem{widget.NewFormItem("Tháng (mm/yyyy)", month)}, func(ok bool) {
			if !ok {
				return
			}
			ms, ys, _ := strings.Cut(strings.TrimSpace(month.Text), "/")
			m, err1 := strconv.Atoi(ms)
			y, err2 := strconv.Atoi(ys)
			if err1 != nil || err2 != nil || m < 1 || m > 12 {
				dialog.ShowError(fmt.Errorf("tháng %q không hợp lệ: viết mm/yyyy, như 03/2024", month.Text), t.ui.win)
				return
			}
			t.saveXLSX(fmt.Sprintf("bao-cao-thang-%02d-%d.xlsx", m, y),
				func(ctx context.Context, tr *tracking.Tracker, o export.Office) ([]export.Table, error) {
					rep, err := t.regs().Month(ctx, y, m, tr)
					if err != nil {
						return nil, err
					}
					return export.MonthTable(o, rep), nil
				}, fmt.Sprintf("Đã ghi báo cáo tháng %02d/%d", m, y))
		}, t.ui.win)
}
