package tracking

import (
	"strconv"
	"strings"
	"time"

	"vanthu/docs/vndate"
)

// Recurrences of a periodic duty, as the extractor writes them.
const (
	Weekly     = "weekly"
	Monthly    = "monthly"
	Quarterly  = "quarterly"
	Semiannual = "semiannual"
	Yearly     = "yearly"
)

// Rule is when a periodic duty falls due.
//
// Due is the extractor's due day: "---DD" (a day of the month: monthly on
// that day, quarterly in the last month of the quarter, semiannual in June
// and December), "--MM-DD" (a date each year; for quarterly and semiannual,
// the month is taken within the period), or "" (the last day of the
// period). A weekly duty's Due is its weekday, "MO" … "SU", or "" for
// Friday, the last working day of the week. A leading "+" ("+---10") moves a quarterly or semiannual due day
// to the month after the period ("trước ngày 10 tháng đầu quý sau").
type Rule struct {
	Recurrence string
	Due        string
}

// Valid reports whether the rule names a known recurrence and a readable
// due day.
func (r Rule) Valid() bool {
	switch r.Recurrence {
	case Weekly:
		_, ok := r.weekday()
		return ok
	case Monthly, Quarterly, Semiannual, Yearly:
	default:
		return false
	}
	_, _, ok := r.parseDue()
	return ok
}

// parseDue returns month (0 if none) and day (0 = last day of the month).
func (r Rule) parseDue() (month, day int, ok bool) {
	due := strings.TrimPrefix(r.Due, "+")
	switch {
	case due == "":
		return 0, 0, true
	case strings.HasPrefix(due, "---"):
		d, err := strconv.Atoi(due[3:])
		return 0, d, err == nil && d >= 1 && d <= 31
	case strings.HasPrefix(due, "--") && len(due) == 7 && due[4] == '-':
		m, err1 := strconv.Atoi(due[2:4])
		d, err2 := strconv.Atoi(due[5:])
		return m, d, err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31
	}
	return 0, 0, false
}

// weekdays are the iCalendar names of the days, Sunday first as in Go.
var weekdays = []string{"SU", "MO", "TU", "WE", "TH", "FR", "SA"}

// weekday is a weekly rule's day (Friday when none is given).
func (r Rule) weekday() (time.Weekday, bool) {
	if r.Due == "" {
		return time.Friday, true
	}
	for i, w := range weekdays {
		if r.Due == w {
			return time.Weekday(i), true
		}
	}
	return 0, false
}

// dayIn is day of month y/m, clamped to the month's end (day 31 in
// February is the 28th or 29th); 0 means the last day.
func dayIn(y, m, day int) vndate.Date {
	last := vndate.DaysIn(y, m)
	if day == 0 || day > last {
		day = last
	}
	return vndate.Date{Year: y, Month: m, Day: day}
}

// periodMonths is the length of one period in months.
func (r Rule) periodMonths() int {
	switch r.Recurrence {
	case Monthly:
		return 1
	case Quarterly:
		return 3
	case Semiannual:
		return 6
	default:
		return 12
	}
}

// inPeriod returns the due date of the period that starts in month
// (y, m0), m0 being its first month.
func (r Rule) inPeriod(y, m0 int) vndate.Date {
	month, day, _ := r.parseDue()
	n := r.periodMonths()
	m := m0 + n - 1 // the last month of the period
	if month != 0 {
		switch r.Recurrence {
		case Yearly:
			m = month
		case Quarterly, Semiannual:
			// "--03-15" in a quarterly rule: the same month within each period.
			m = m0 + (month-1)%n
		}
	}
	if strings.HasPrefix(r.Due, "+") && r.Recurrence != Monthly && r.Recurrence != Yearly {
		m++
	}
	for m > 12 {
		m -= 12
		y++
	}
	return dayIn(y, m, day)
}

// OnOrAfter returns the first due date on or after d.
func (r Rule) OnOrAfter(d vndate.Date) vndate.Date {
	if !r.Valid() {
		return vndate.Date{}
	}
	if r.Recurrence == Weekly {
		wd, _ := r.weekday()
		return d.AddDays((int(wd) - int(d.Time().Weekday()) + 7) % 7)
	}
	n := r.periodMonths()
	// Start one period back: a due date in the month after a period belongs
	// to the period before.
	y, m0 := d.Year, ((d.Month-1)/n)*n+1
	y, m0 = addMonths(y, m0, -n)
	for {
		due := r.inPeriod(y, m0)
		if !due.Before(d) {
			return due
		}
		y, m0 = addMonths(y, m0, n)
	}
}

// Before returns the last due date strictly before d.
func (r Rule) Before(d vndate.Date) vndate.Date {
	if !r.Valid() {
		return vndate.Date{}
	}
	if r.Recurrence == Weekly {
		return r.OnOrAfter(d.AddDays(-7))
	}
	n := r.periodMonths()
	y, m0 := d.Year, ((d.Month-1)/n)*n+1
	y, m0 = addMonths(y, m0, n)
	for {
		due := r.inPeriod(y, m0)
		if due.Before(d) {
			return due
		}
		y, m0 = addMonths(y, m0, -n)
	}
}

// Between returns the due dates from from to to, inclusive.
func (r Rule) Between(from, to vndate.Date) []vndate.Date {
	var out []vndate.Date
	for d := r.OnOrAfter(from); !d.IsZero() && !to.Before(d); d = r.OnOrAfter(d.AddDays(1)) {
		out = append(out, d)
	}
	return out
}

func addMonths(y, m, n int) (int, int) {
	t := y*12 + (m - 1) + n
	return t / 12, t%12 + 1
}

// RecurrenceName says a period in Vietnamese ("quarterly" → "hằng quý"),
// the word itself when it is not one.
func RecurrenceName(r string) string {
	switch r {
	case Weekly:
		return "hằng tuần"
	case Monthly:
		return "hằng tháng"
	case Quarterly:
		return "hằng quý"
	case Semiannual:
		return "6 tháng một lần"
	case Yearly:
		return "hằng năm"
	}
	return r
}

// Describe says the rule in Vietnamese: "hằng quý, trước ngày 15 tháng cuối quý".
func (r Rule) Describe() string {
	month, day, _ := r.parseDue()
	after := strings.HasPrefix(r.Due, "+")
	dd := "ngày cuối"
	if day != 0 {
		dd = "ngày " + strconv.Itoa(day)
	}
	switch r.Recurrence {
	case Weekly:
		wd, _ := r.weekday()
		return "hằng tuần, vào " + weekdayNames[wd]
	case Monthly:
		return "hằng tháng, trước " + dd + " của tháng"
	case Quarterly:
		if after {
			return "hằng quý, trước " + dd + " tháng đầu quý sau"
		}
		if month != 0 {
			return "hằng quý, trước " + dd + " tháng thứ " + strconv.Itoa((month-1)%3+1) + " của quý"
		}
		return "hằng quý, trước " + dd + " tháng cuối quý"
	case Semiannual:
		if after {
			return "6 tháng một lần, trước " + dd + " tháng sau kỳ"
		}
		return "6 tháng một lần, trước " + dd + " tháng cuối kỳ (tháng 6 và 12)"
	case Yearly:
		if month != 0 {
			return "hằng năm, trước " + dd + " tháng " + strconv.Itoa(month)
		}
		return "hằng năm, trước ngày 31 tháng 12"
	}
	return ""
}

// weekdayNames are the days as Vietnamese write them.
var weekdayNames = []string{"Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"}
