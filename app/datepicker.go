package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"vanthu/docs/vndate"
)

// newDateEntry is where a clerk types a date as dd/mm/yyyy (or d/m/yyyy),
// with a button that opens a month calendar. Fyne's DateEntry is not used:
// it takes the date in the order of the system locale (month first under C
// or en_US) and names the months in English.
func newDateEntry(win fyne.Window, onEsc func()) *escEntry {
	e := newEscEntry(false, onEsc)
	e.SetPlaceHolder("ngày/tháng/năm, ví dụ 28/09/2013")
	e.Validator = func(s string) error {
		if strings.TrimSpace(s) == "" {
			return nil // no date: the field is cleared
		}
		_, err := vndate.ParseTyped(s)
		return err
	}
	var pop *widget.PopUp
	btn := widget.NewButtonWithIcon("", theme.CalendarIcon(), nil)
	btn.Importance = widget.LowImportance
	btn.OnTapped = func() {
		start, err := vndate.ParseTyped(e.Text)
		if err != nil {
			start = vndate.FromTime(time.Now())
		}
		cal := newMonthPicker(start, func(d vndate.Date) {
			e.SetText(d.Short())
			if pop != nil {
				pop.Hide()
			}
		})
		pop = widget.NewPopUp(cal.content(), win.Canvas())
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e).Add(fyne.NewPos(0, e.Size().Height))
		pop.ShowAtPosition(pos)
	}
	e.ActionItem = btn
	return e
}

// escEntry is an entry of a dialog where Esc closes the dialog, as «Hủy»
// does: a focused entry otherwise keeps the key from the window.
type escEntry struct {
	widget.Entry
	onEsc func() // nil: Esc does nothing
}

func newEscEntry(multiLine bool, onEsc func()) *escEntry {
	e := &escEntry{onEsc: onEsc}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

func (e *escEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.onEsc != nil {
		e.onEsc()
		return
	}
	e.Entry.TypedKey(ev)
}

// monthPicker is a month of days to click, Monday first as Vietnamese
// calendars are, titled "Tháng 9/2013".
type monthPicker struct {
	year, month int
	selected    vndate.Date
	onPick      func(vndate.Date)
	title       *widget.Label
	grid        *fyne.Container
	root        fyne.CanvasObject
}

var weekdayHeads = []string{"T2", "T3", "T4", "T5", "T6", "T7", "CN"}

func newMonthPicker(selected vndate.Date, onPick func(vndate.Date)) *monthPicker {
	p := &monthPicker{year: selected.Year, month: selected.Month, selected: selected, onPick: onPick}
	p.title = widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	prev := widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.shift(-1) })
	next := widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.shift(1) })
	p.grid = container.NewGridWithColumns(7)
	p.root = container.NewBorder(container.NewBorder(nil, nil, prev, next, p.title), nil, nil, nil, p.grid)
	p.fill()
	return p
}

func (p *monthPicker) content() fyne.CanvasObject { return p.root }

func (p *monthPicker) shift(months int) {
	m := p.year*12 + (p.month - 1) + months
	p.year, p.month = m/12, m%12+1
	p.fill()
}

func (p *monthPicker) fill() {
	p.title.SetText(fmt.Sprintf("Tháng %d/%d", p.month, p.year))
	var cells []fyne.CanvasObject
	for _, h := range weekdayHeads {
		cells = append(cells, widget.NewLabelWithStyle(h, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	first := time.Date(p.year, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC)
	lead := (int(first.Weekday()) + 6) % 7 // Monday = 0
	for i := 0; i < lead; i++ {
		cells = append(cells, widget.NewLabel(""))
	}
	for day := 1; day <= vndate.DaysIn(p.year, p.month); day++ {
		d := vndate.Date{Year: p.year, Month: p.month, Day: day}
		b := widget.NewButton(strconv.Itoa(day), func() { p.onPick(d) })
		if d == p.selected {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.LowImportance
		}
		cells = append(cells, b)
	}
	p.grid.Objects = cells
	p.grid.Refresh()
}
