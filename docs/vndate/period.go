package vndate

import (
	"strings"
	"time"
)

// This file holds the calendar arithmetic behind the deadlines official
// documents write as periods ("trong quý II/2020", "trong tháng 10/2021",
// "6 tháng đầu năm") or as spans counted from a day ("trong thời hạn 10 ngày
// làm việc kể từ ngày ký").

// MonthEnd returns the last day of the month.
func MonthEnd(year, month int) Date {
	if month < 1 || month > 12 {
		return Date{}
	}
	return Date{year, month, DaysIn(year, month)}
}

// QuarterEnd returns the last day of quarter q (1 to 4).
func QuarterEnd(year, q int) Date {
	if q < 1 || q > 4 {
		return Date{}
	}
	return MonthEnd(year, 3*q)
}

// HalfYearEnd returns 30 June for the first half ("6 tháng đầu năm") and
// 31 December for the second ("6 tháng cuối năm").
func HalfYearEnd(year int, second bool) Date {
	if second {
		return YearEnd(year)
	}
	return MonthEnd(year, 6)
}

// YearEnd returns 31 December.
func YearEnd(year int) Date { return Date{year, 12, 31} }

// AddMonths returns d plus n months, keeping the day where the month has it
// and taking the month's last day otherwise (31 January + 1 month is
// 28 or 29 February, not 3 March).
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	m := d.Year*12 + (d.Month - 1) + n
	y, mo := m/12, m%12+1
	day := d.Day
	if last := DaysIn(y, mo); day > last {
		day = last
	}
	return Date{y, mo, day}
}

// AddWorkingDays returns the day n working days after d, counting Monday to
// Friday only. Public holidays (Tết, 30/4, 1/5, 2/9, Giỗ Tổ) move every year
// and are not known here, so a deadline that crosses one comes out early,
// which is the safe side for a clerk.
func (d Date) AddWorkingDays(n int) Date {
	if d.IsZero() || n <= 0 {
		return d
	}
	t := d.Time()
	for n > 0 {
		t = t.AddDate(0, 0, 1)
		if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n--
		}
	}
	return FromTime(t)
}

// Span is a length of time counted from a day: "10 ngày", "05 ngày làm
// việc", "03 tháng".
type Span struct {
	N       int
	Months  bool // counted in months instead of days
	Working bool // "ngày làm việc": Saturdays and Sundays do not count
}

// After returns the last day of the span counted from d. As in the Civil
// Code, the day of the event itself is not counted: 10 days from 1 March
// ends on 11 March.
func (s Span) After(d Date) Date {
	switch {
	case d.IsZero() || s.N <= 0:
		return Date{}
	case s.Months:
		return d.AddMonths(s.N)
	case s.Working:
		return d.AddWorkingDays(s.N)
	default:
		return d.AddDays(s.N)
	}
}

// Roman reads a Roman numeral from I to XII ("II", "iv"), the way quarters
// and sections are numbered, or plain digits.
func Roman(s string) (int, bool) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' || n > 1000 {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		v, ok := val[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && val[s[i+1]] > v {
			n -= v
		} else {
			n += v
		}
	}
	return n, n > 0 && n <= 12
}

// Relative is a deadline counted from a day the document does not give:
// "trong vòng 10 ngày kể từ ngày nhận được văn bản" is {10, "ngày", "ngày
// nhận được văn bản"}. Follow-up computes the date once it knows the day.
type Relative struct {
	N      int
	Unit   string // "ngày", "ngày làm việc" or "tháng"
	Anchor string
}

// From returns the deadline counted from the anchor day d.
func (r Relative) From(d Date) Date {
	return Span{N: r.N, Months: r.Unit == "tháng", Working: r.Unit == "ngày làm việc"}.After(d)
}
