package tracking

import (
	"testing"

	"vanthu/docs/vndate"
)

func date(s string) vndate.Date {
	d, err := vndate.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestRuleOnOrAfter(t *testing.T) {
	cases := []struct {
		rec, due, from, want string
	}{
		{Monthly, "---20", "2024-01-20", "2024-01-20"},
		{Monthly, "---20", "2024-01-21", "2024-02-20"},
		{Monthly, "---31", "2024-02-01", "2024-02-29"}, // leap year month end
		{Monthly, "---31", "2023-02-01", "2023-02-28"},
		{Monthly, "---30", "2024-12-31", "2025-01-30"}, // year boundary
		{Monthly, "", "2024-04-10", "2024-04-30"},
		{Quarterly, "---15", "2021-10-01", "2021-12-15"}, // last month of the quarter
		{Quarterly, "---15", "2021-12-16", "2022-03-15"},
		{Quarterly, "", "2026-12-03", "2026-12-31"},
		{Quarterly, "", "2026-01-01", "2026-03-31"},
		{Quarterly, "+---10", "2021-12-16", "2022-01-10"}, // the month after the quarter
		{Quarterly, "+---10", "2022-01-11", "2022-04-10"},
		{Quarterly, "--01-20", "2022-02-01", "2022-04-20"}, // first month of each quarter
		{Semiannual, "---15", "2022-06-16", "2022-12-15"},
		{Semiannual, "", "2022-01-01", "2022-06-30"},
		{Semiannual, "+---15", "2022-12-20", "2023-01-15"},
		{Yearly, "--11-30", "2026-12-03", "2027-11-30"},
		{Yearly, "--11-30", "2026-11-30", "2026-11-30"},
		{Yearly, "--02-29", "2025-03-01", "2026-02-28"}, // 29/2 in a common year
		{Yearly, "--02-29", "2027-03-01", "2028-02-29"},
		{Yearly, "", "2026-12-03", "2026-12-31"},
	}
	for _, c := range cases {
		r := Rule{c.rec, c.due}
		if got := r.OnOrAfter(date(c.from)); got.String() != c.want {
			t.Errorf("%s %q from %s: got %s, want %s", c.rec, c.due, c.from, got, c.want)
		}
	}
}

func TestRuleBeforeAndBetween(t *testing.T) {
	r := Rule{Quarterly, "---15"}
	if got := r.Before(date("2022-03-15")); got.String() != "2021-12-15" {
		t.Errorf("before: %s", got)
	}
	if got := r.Before(date("2022-03-16")); got.String() != "2022-03-15" {
		t.Errorf("before: %s", got)
	}
	got := r.Between(date("2021-11-01"), date("2022-09-15"))
	want := []string{"2021-12-15", "2022-03-15", "2022-06-15", "2022-09-15"}
	if len(got) != len(want) {
		t.Fatalf("between: %v", got)
	}
	for i := range want {
		if got[i].String() != want[i] {
			t.Errorf("between[%d] = %s, want %s", i, got[i], want[i])
		}
	}
	for _, bad := range []Rule{{"fortnightly", ""}, {Weekly, "XX"}, {Monthly, "---32"}, {Yearly, "--13-01"}, {Monthly, "x"}} {
		if bad.Valid() || !bad.OnOrAfter(date("2022-01-01")).IsZero() {
			t.Errorf("%v should be invalid", bad)
		}
	}
}

func TestWeekly(t *testing.T) {
	tests := []struct {
		rule            Rule
		from            string
		onOrAfter, prev string
		describe        string
	}{
		// 2022-01-03 is a Monday.
		{Rule{Weekly, "MO"}, "2022-01-03", "2022-01-03", "2021-12-27", "hằng tuần, vào thứ Hai"},
		{Rule{Weekly, "FR"}, "2022-01-03", "2022-01-07", "2021-12-31", "hằng tuần, vào thứ Sáu"},
		{Rule{Weekly, ""}, "2022-01-08", "2022-01-14", "2022-01-07", "hằng tuần, vào thứ Sáu"},
		{Rule{Weekly, "SU"}, "2021-12-30", "2022-01-02", "2021-12-26", "hằng tuần, vào Chủ nhật"}, // across the year
	}
	for _, tt := range tests {
		if !tt.rule.Valid() {
			t.Errorf("%v invalid", tt.rule)
			continue
		}
		if got := tt.rule.OnOrAfter(date(tt.from)).String(); got != tt.onOrAfter {
			t.Errorf("%v on or after %s = %s, want %s", tt.rule, tt.from, got, tt.onOrAfter)
		}
		if got := tt.rule.Before(date(tt.from)).String(); got != tt.prev {
			t.Errorf("%v before %s = %s, want %s", tt.rule, tt.from, got, tt.prev)
		}
		if got := tt.rule.Describe(); got != tt.describe {
			t.Errorf("%v describe %q, want %q", tt.rule, got, tt.describe)
		}
	}
	if n := len((Rule{Weekly, "WE"}).Between(date("2022-01-01"), date("2022-01-31"))); n != 4 {
		t.Errorf("%d Wednesdays in January 2022, want 4", n)
	}
}

func TestHolidaysAndWorkdays(t *testing.T) {
	cal := NewCalendar(nil)
	for _, h := range []string{
		"2024-01-01", "2024-02-09", "2024-02-10", "2024-02-13", // Tết Giáp Thìn: 30 Tết to mùng 4
		"2024-02-12", "2024-02-14", "2024-02-15", // Sat 10 and Sun 11 compensated on 14 and 15
		"2024-04-18", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
		"2025-01-28", "2025-01-29", "2025-02-01", // Tết Ất Tỵ
		"2023-09-01", "2023-09-04", // 2/9 on a Saturday: Friday before, Monday after
		"2026-02-16", "2026-04-27", // Giỗ Tổ 2026 on a Sunday: Monday off
		"2030-02-02",
	} {
		if !cal.IsHoliday(date(h)) {
			t.Errorf("%s should be a holiday", h)
		}
	}
	for _, w := range []string{"2024-02-16", "2024-05-02", "2024-09-04", "2025-12-31"} {
		if !cal.IsWorkday(date(w)) {
			t.Errorf("%s should be a working day", w)
		}
	}
	cases := []struct {
		from string
		n    int
		want string
	}{
		{"2024-03-01", 7, "2024-03-12"}, // Friday + 7 working days
		{"2024-02-07", 3, "2024-02-19"}, // across Tết: 8th, 16th, 19th
		{"2023-12-29", 1, "2024-01-02"}, // year boundary and 1/1
		{"2024-04-26", 3, "2024-05-03"}, // 29/4, then 2 and 3/5
		{"2024-03-01", 0, "2024-03-01"},
	}
	for _, c := range cases {
		if got := cal.AddWorkdays(date(c.from), c.n); got.String() != c.want {
			t.Errorf("%s + %d working days = %s, want %s", c.from, c.n, got, c.want)
		}
	}
	own := NewCalendar([]string{"2024-03-04", "bad"})
	if own.IsWorkday(date("2024-03-04")) || !own.IsWorkday(date("2024-04-30")) {
		t.Error("a clerk's own table replaces the built-in one")
	}
	if n := cal.Workdays(date("2024-03-01"), date("2024-03-12")); n != 7 {
		t.Errorf("workdays = %d", n)
	}
}

func FuzzRule(f *testing.F) {
	for _, s := range []string{"---15", "--11-30", "+---10", "", "--02-29", "---00", "--1-1"} {
		f.Add("quarterly", s, 2024, 2, 29)
	}
	f.Fuzz(func(t *testing.T, rec, due string, y, m, d int) {
		from := vndate.Date{Year: y, Month: m, Day: d}
		r := Rule{rec, due}
		if !from.Valid() || !r.Valid() {
			return
		}
		next := r.OnOrAfter(from)
		if !next.Valid() || next.Before(from) {
			t.Fatalf("%+v from %s: %s", r, from, next)
		}
		if prev := r.Before(from); !prev.Valid() || !prev.Before(from) {
			t.Fatalf("%+v before %s: %s", r, from, prev)
		}
		_ = r.Describe()
	})
}
