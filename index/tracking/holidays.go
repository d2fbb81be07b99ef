package tracking

import (
	"sort"
	"time"

	"vanthu/docs/vndate"
)

// lunar holds the solar dates of the two lunar holidays, 2020–2030: the first
// day of Tết Nguyên đán and Giỗ Tổ Hùng Vương (10/3 âm lịch).
var lunar = map[int][2]vndate.Date{ // year: Tết, Giỗ Tổ
	2020: {ymd(2020, 1, 25), ymd(2020, 4, 2)},
	2021: {ymd(2021, 2, 12), ymd(2021, 4, 21)},
	2022: {ymd(2022, 2, 1), ymd(2022, 4, 10)},
	2023: {ymd(2023, 1, 22), ymd(2023, 4, 29)},
	2024: {ymd(2024, 2, 10), ymd(2024, 4, 18)},
	2025: {ymd(2025, 1, 29), ymd(2025, 4, 7)},
	2026: {ymd(2026, 2, 17), ymd(2026, 4, 26)},
	2027: {ymd(2027, 2, 6), ymd(2027, 4, 16)},
	2028: {ymd(2028, 1, 26), ymd(2028, 4, 4)},
	2029: {ymd(2029, 2, 13), ymd(2029, 4, 23)},
	2030: {ymd(2030, 2, 3), ymd(2030, 4, 12)},
}

// BuiltinHolidays is the public-holiday table used when the library's
// settings give none, for 2020–2030. It holds the statutory days of the
// Labour Code 2019 (art. 112): 1/1; Tết Nguyên đán 5 days (the last day of
// the lunar year and mùng 1–4); Giỗ Tổ Hùng Vương; 30/4; 1/5; 2/9 and a day
// next to it (the Friday or Monday that joins a weekend, as the government
// has chosen since 2021). A holiday falling on a weekend is followed by a
// compensating day off (nghỉ bù) on the next working day (art. 111). The
// extra bridge days the government announces some years, swapped against
// a Saturday worked, are not included: a clerk adds them in «Cài đặt».
func BuiltinHolidays() []string {
	var out []string
	for y := 2020; y <= 2030; y++ {
		for _, d := range holidaysOf(y) {
			out = append(out, d.String())
		}
	}
	return out
}

func holidaysOf(y int) []vndate.Date {
	l := lunar[y]
	days := []vndate.Date{ymd(y, 1, 1)}
	for i := -1; i <= 3; i++ {
		days = append(days, l[0].AddDays(i))
	}
	days = append(days, l[1], vndate.Date{Year: y, Month: 4, Day: 30}, vndate.Date{Year: y, Month: 5, Day: 1})
	nat := vndate.Date{Year: y, Month: 9, Day: 2}
	days = append(days, nat, nationalDayNeighbour(nat))
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	off := map[vndate.Date]bool{}
	for _, d := range days {
		off[d] = true
	}
	// Compensating days: each holiday on a weekend moves to the next day
	// that is neither a weekend nor already off.
	var extra []vndate.Date
	for _, d := range days {
		if !weekend(d) {
			continue
		}
		c := d.AddDays(1)
		for weekend(c) || off[c] {
			c = c.AddDays(1)
		}
		off[c] = true
		extra = append(extra, c)
	}
	days = append(days, extra...)
	sort.Slice(days, func(i, j int) bool { return days[i].Before(days[j]) })
	return days
}

// nationalDayNeighbour is the day added to 2/9: the one that makes a long
// weekend (Thursday 2/9 → Friday 3/9, Tuesday → Monday 1/9), the day after
// otherwise.
func nationalDayNeighbour(d vndate.Date) vndate.Date {
	switch d.Time().Weekday() {
	case time.Tuesday, time.Friday, time.Saturday:
		return d.AddDays(-1)
	default:
		return d.AddDays(1)
	}
}

func weekend(d vndate.Date) bool {
	wd := d.Time().Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

func ymd(y, m, day int) vndate.Date { return vndate.Date{Year: y, Month: m, Day: day} }
