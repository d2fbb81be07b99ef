package vndate

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseTyped(t *testing.T) {
	cases := []struct {
		in   string
		want Date
		err  string // part of the error, "" = no error
	}{
		{"28/09/2013", Date{2013, 9, 28}, ""},
		{"28/9/2013", Date{2013, 9, 28}, ""},
		{"5/1/2021", Date{2021, 1, 5}, ""},
		{" 05 / 01 / 2021 ", Date{2021, 1, 5}, ""},
		{"28-09-2013", Date{2013, 9, 28}, ""},
		{"28.09.2013", Date{2013, 9, 28}, ""},
		{"2013-09-28", Date{2013, 9, 28}, ""},
		{"29/02/2024", Date{2024, 2, 29}, ""},
		{"29/02/2023", Date{}, "không có ngày 29/02/2023"},
		{"31/04/2020", Date{}, "không có ngày"},
		{"13/13/2020", Date{}, "không có ngày"},
		{"28/09/13", Date{}, "năm đủ bốn chữ số"},
		{"28/09-2013", Date{}, "không đọc được"},
		{"28/09", Date{}, "không đọc được"},
		{"ngày mai", Date{}, "không đọc được"},
		{"", Date{}, "chưa gõ ngày"},
		{"2013/09/28/1", Date{}, "không đọc được"},
		{"+1/+2/2020", Date{}, "không đọc được"},
		{"1/2/02020", Date{}, "không đọc được"},
	}
	for _, c := range cases {
		got, err := ParseTyped(c.in)
		if c.err == "" {
			if err != nil || got != c.want {
				t.Errorf("ParseTyped(%q) = %v, %v; want %v", c.in, got, err, c.want)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.err) || !errors.Is(err, ErrTyped) {
			t.Errorf("ParseTyped(%q) error = %v; want one saying %q", c.in, err, c.err)
		}
	}
}

func TestShort(t *testing.T) {
	if got := (Date{2013, 9, 28}).Short(); got != "28/09/2013" {
		t.Errorf("Short = %q", got)
	}
	if got := (Date{}).Short(); got != "" {
		t.Errorf("zero Short = %q", got)
	}
}

// FuzzParseTyped: never a panic; what parses is a real day that prints back
// to the same day in both forms.
func FuzzParseTyped(f *testing.F) {
	for _, s := range []string{"28/09/2013", "5/1/2021", "2013-09-28", "29/02/2023", "28/09/13", "", "//", "1.2.3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseTyped(s)
		if err != nil {
			if !utf8.ValidString(err.Error()) && utf8.ValidString(s) {
				t.Fatalf("error not UTF-8: %q", err)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseTyped(%q) = invalid %v", s, d)
		}
		for _, back := range []string{d.Short(), d.String()} {
			if e, err := ParseTyped(back); err != nil || e != d {
				t.Fatalf("%q → %v → %q → %v, %v", s, d, back, e, err)
			}
		}
	})
}
