// Package vndate reads the dates of Vietnamese official documents in every
// written form ("ngày 05 tháng 01 năm 2020", "05/01/2020", "5-1-2020") and
// holds the calendar Date type the extraction results use.
package vndate

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"time"
)

// Date is a calendar day without time zone. The zero Date means "no date"
// and marshals to JSON null.
type Date struct {
	Year, Month, Day int
}

// Valid reports whether d is a real calendar day.
func (d Date) Valid() bool {
	if d.Year < 1900 || d.Year > 2200 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= DaysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String gives YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Time returns d at midnight UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

// FromTime returns the calendar day of t.
func FromTime(t time.Time) Date {
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// AddDays returns d plus n days.
func (d Date) AddDays(n int) Date { return FromTime(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is earlier than e.
func (d Date) Before(e Date) bool { return d.String() < e.String() }

// Vietnamese renders d as Decree 30 writes it: "ngày 05 tháng 01 năm 2020"
// (leading zero for days under 10 and for months 1 and 2).
func (d Date) Vietnamese() string {
	if d.IsZero() {
		return "ngày ... tháng ... năm ..."
	}
	m := strconv.Itoa(d.Month)
	if d.Month <= 2 {
		m = fmt.Sprintf("%02d", d.Month)
	}
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d.Day, m, d.Year)
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON reads what MarshalJSON writes.
func (d *Date) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" || s == `""` {
		*d = Date{}
		return nil
	}
	p, err := ParseISO(s[1 : len(s)-1])
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// ParseISO reads YYYY-MM-DD.
func ParseISO(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, err
	}
	return FromTime(t), nil
}

// DaysIn returns the number of days in the month.
func DaysIn(year, month int) int {
	return time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Match is one full date found in a text, with its byte offsets.
type Match struct {
	Date       Date
	Start, End int
}

// sp allows the spaces and line breaks PDFs put inside a date.
const sp = `[\s\x{00a0}]*`

var (
	longForm = regexp.MustCompile(`(?i)ngày` + sp + `(\d{1,2})` + sp + `tháng` + sp + `(\d{1,2})` + sp + `năm` + sp + `(\d{4})`)
	numForm  = regexp.MustCompile(`\b(\d{1,2})` + `\s?([/.\-])\s?` + `(\d{1,2})` + `\s?([/.\-])\s?` + `(\d{4})\b`)
)

// FindAll returns every full date (day, month and year) in text, in order.
func FindAll(text string) []Match {
	var out []Match
	for _, m := range longForm.FindAllStringSubmatchIndex(text, -1) {
		if d, ok := mk(text[m[2]:m[3]], text[m[4]:m[5]], text[m[6]:m[7]]); ok {
			out = append(out, Match{d, m[0], m[1]})
		}
	}
	for _, m := range numForm.FindAllStringSubmatchIndex(text, -1) {
		if text[m[4]:m[5]] != text[m[8]:m[9]] { // same separator twice
			continue
		}
		if d, ok := mk(text[m[2]:m[3]], text[m[6]:m[7]], text[m[10]:m[11]]); ok {
			out = append(out, Match{d, m[0], m[1]})
		}
	}
	slices.SortFunc(out, func(a, b Match) int { return a.Start - b.Start })
	return out
}

// Parse reads the first full date in s.
func Parse(s string) (Date, bool) {
	ms := FindAll(s)
	if len(ms) == 0 {
		return Date{}, false
	}
	return ms[0].Date, true
}

func mk(day, month, year string) (Date, bool) {
	d, _ := strconv.Atoi(day)
	m, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(year)
	dt := Date{y, m, d}
	return dt, dt.Valid()
}
