package tracking

import (
	"time"

	"vanthu/docs/vndate"
)

// Calendar tells working days from days off: weekends and the public
// holidays of a yearly table.
type Calendar struct {
	off map[vndate.Date]bool
}

// NewCalendar builds a calendar from holidays given as YYYY-MM-DD; nil means
// the built-in table (BuiltinHolidays). Unreadable entries are skipped.
func NewCalendar(holidays []string) Calendar {
	if holidays == nil {
		holidays = BuiltinHolidays()
	}
	c := Calendar{off: map[vndate.Date]bool{}}
	for _, h := range holidays {
		if d, err := vndate.ParseISO(h); err == nil {
			c.off[d] = true
		}
	}
	return c
}

// IsHoliday reports whether d is in the holiday table.
func (c Calendar) IsHoliday(d vndate.Date) bool { return c.off[d] }

// IsWorkday reports whether d is neither a weekend nor a holiday.
func (c Calendar) IsWorkday(d vndate.Date) bool {
	wd := d.Time().Weekday()
	return wd != time.Saturday && wd != time.Sunday && !c.off[d]
}

// AddWorkdays returns the n-th working day after from ("trong 7 ngày làm
// việc kể từ ngày nhận": the day of arrival does not count). n <= 0 gives
// from itself.
func (c Calendar) AddWorkdays(from vndate.Date, n int) vndate.Date {
	d := from
	for n > 0 {
		d = d.AddDays(1)
		if c.IsWorkday(d) {
			n--
		}
	}
	return d
}

// Workdays counts the working days after from up to and including to (0
// when to is not after from).
func (c Calendar) Workdays(from, to vndate.Date) int {
	n := 0
	for d := from.AddDays(1); !to.Before(d); d = d.AddDays(1) {
		if c.IsWorkday(d) {
			n++
		}
	}
	return n
}
