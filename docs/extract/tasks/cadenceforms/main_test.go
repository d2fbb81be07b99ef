package main

import (
	"strings"
	"testing"
)

// Each row is a phrase as offices write it, the form it is counted under
// and what a duty carrying it must give.
func TestForms(t *testing.T) {
	cases := []struct{ text, form, give string }{
		{"báo cáo trước ngày 20 hàng tháng.", "trước ngày DD hằng tháng", "monthly ---20"},
		{"định kỳ 06 (sáu) tháng, gửi", "định kỳ 6 (W) tháng", "semiannual"},
		{"gửi 06 tháng/lần về sở", "6 tháng/lần", "semiannual"},
		{"trước ngày 15 của tháng cuối quý", "trước ngày DD của tháng cuối quý", "quarterly ---15"},
		{"định kỳ hằng quý, 6 tháng, năm báo cáo", "định kỳ hằng quý, 6 tháng, năm", "quarterly"},
		{"vào thứ sáu hằng tuần.", "vào thứ sáu hằng tuần", "weekly FR"},
		{"hằng năm (trước ngày 15/12) gửi", "hằng năm (trước ngày DD/MM)", "yearly --12-15"},
		{"định kỳ (trước ngày 15 tháng 12), đột xuất", "định kỳ (trước ngày DD tháng MM)", "yearly --12-15"},
		{"hai năm một lần", "hai năm một lần", "—"},
		{"tuần một lần", "tuần một lần", "weekly"},
		{"định kỳ hàng quý (trước ngày 15 của tháng kế tiếp)", "định kỳ hằng quý (trước ngày DD của tháng kế tiếp)", "quarterly ---15"},
		{"báo cáo 06 tháng và hằng năm", "6 tháng và hằng năm", "semiannual"},
	}
	for _, c := range cases {
		var got [][2]string
		forms(c.text, func(form, example, give string) { got = append(got, [2]string{form, give}) })
		if len(got) != 1 || got[0][0] != c.form || got[0][1] != c.give {
			t.Errorf("%q: got %q, want %q %q", c.text, got, c.form, c.give)
		}
	}
}

func TestNounForms(t *testing.T) {
	var got []string
	nounForms("đất trồng cây hàng năm và kế hoạch sử dụng đất hằng năm", func(form, example, give string) { got = append(got, form) })
	if strings.Join(got, "|") != "trồng cây hằng năm|dụng đất hằng năm" {
		t.Errorf("got %q", got)
	}
}

// FuzzForms: no text makes the counter panic.
func FuzzForms(f *testing.F) {
	f.Add("định kỳ (trước ngày 15/12")
	f.Add("trước ngày 20 định kỳ (trước")
	f.Add("hằng năm, vào ngày mồng 5 thứ 6 hàng tuần 03 (ba) tháng/lần")
	f.Fuzz(func(t *testing.T, s string) {
		forms(strings.ToLower(s), func(form, example, give string) {})
		nounForms(strings.ToLower(s), func(form, example, give string) {})
	})
}
