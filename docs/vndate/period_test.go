package vndate

import "testing"

func TestPeriodEnds(t *testing.T) {
	cases := []struct {
		name string
		got  Date
		want string
	}{
		{"quý I", QuarterEnd(2021, 1), "2021-03-31"},
		{"quý II", QuarterEnd(2020, 2), "2020-06-30"},
		{"quý III", QuarterEnd(2020, 3), "2020-09-30"},
		{"quý IV", QuarterEnd(2021, 4), "2021-12-31"},
		{"quý 5", QuarterEnd(2021, 5), ""},
		{"tháng 2 nhuận", MonthEnd(2020, 2), "2020-02-29"},
		{"tháng 2", MonthEnd(2021, 2), "2021-02-28"},
		{"tháng 10", MonthEnd(2021, 10), "2021-10-31"},
		{"tháng 13", MonthEnd(2021, 13), ""},
		{"6 tháng đầu năm", HalfYearEnd(2021, false), "2021-06-30"},
		{"6 tháng cuối năm", HalfYearEnd(2021, true), "2021-12-31"},
		{"cuối năm", YearEnd(2021), "2021-12-31"},
	}
	for _, c := range cases {
		if c.got.String() != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestSpanAfter(t *testing.T) {
	fri := Date{2021, 10, 1} // a Friday
	cases := []struct {
		name string
		span Span
		from Date
		want string
	}{
		{"10 ngày", Span{N: 10}, Date{2021, 3, 1}, "2021-03-11"},
		{"qua cuối tháng", Span{N: 5}, Date{2021, 2, 26}, "2021-03-03"},
		{"1 ngày làm việc từ thứ Sáu", Span{N: 1, Working: true}, fri, "2021-10-04"},
		{"5 ngày làm việc từ thứ Sáu", Span{N: 5, Working: true}, fri, "2021-10-08"},
		{"10 ngày làm việc", Span{N: 10, Working: true}, fri, "2021-10-15"},
		{"1 tháng từ 31/1", Span{N: 1, Months: true}, Date{2021, 1, 31}, "2021-02-28"},
		{"3 tháng qua năm", Span{N: 3, Months: true}, Date{2021, 11, 15}, "2022-02-15"},
		{"không có ngày gốc", Span{N: 10}, Date{}, ""},
		{"không có độ dài", Span{}, fri, ""},
	}
	for _, c := range cases {
		if got := c.span.After(c.from).String(); got != c.want {
			t.Errorf("%s: %v after %v = %q, want %q", c.name, c.span, c.from, got, c.want)
		}
	}
}

func TestRoman(t *testing.T) {
	cases := []struct {
		in   string
		want int
		ok   bool
	}{
		{"I", 1, true}, {"ii", 2, true}, {"III", 3, true}, {"IV", 4, true},
		{"IX", 9, true}, {"XII", 12, true}, {"3", 3, true}, {"", 0, false},
		{"ABC", 0, false}, {"XXX", 30, false},
	}
	for _, c := range cases {
		got, ok := Roman(c.in)
		if ok != c.ok || (ok && got != c.want) {
			t.Errorf("Roman(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}
