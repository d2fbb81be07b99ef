package tracking

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestMatchUnit(t *testing.T) {
	cases := []struct {
		unit, text string
		want       bool
	}{
		{"Sở Y tế", "Sở Y tế", true},
		{"Sở Y tế", "Sở Y tế các tỉnh, thành phố", true},
		{"so y te", "Sở Y tế", true},
		{"Sở Y tế", "SO Y TE", true},
		{"Sở Y tế", "Sở Y tế, Sở Giáo dục và Đào tạo, Sở Ngoại vụ", true},
		{"Sở Tài chính", "Sở Y tế, Sở Giáo dục và Đào tạo, Sở Tài chính, Ban Quản lý", true},
		{"Sở Y tế", "Các Sở: Tài chính, Y tế và Xây dựng", true},
		{"Sở Xây dựng", "Các Sở: Tài chính, Y tế và Xây dựng", true},
		{"UBND huyện Sa Thầy", "Ủy ban nhân dân các huyện: Sa Thầy, Đăk Hà, Kon Plông", true},
		{"Ủy ban nhân dân huyện Đăk Hà", "UBND các huyện: Sa Thầy, Đăk Hà", true},
		{"Sở Y tế", "Sở Tài chính", false},
		{"Sở Y tế", "Bộ Y tế", false},
		{"Sở Y tế", "Các Sở: Tài chính, Xây dựng; Y tế dự phòng", false}, // another clause
		{"Sở Tài chính", "Sở Y tế; Tài chính", false},
		{"", "Sở Y tế", false},
		{"Sở Y tế", "", false},
	}
	for _, c := range cases {
		if got := MatchUnit(c.unit, c.text); got != c.want {
			t.Errorf("MatchUnit(%q, %q) = %v, want %v", c.unit, c.text, got, c.want)
		}
	}
}

func TestParseButPhe(t *testing.T) {
	ref := date("2021-09-20")
	cases := []struct {
		text    string
		lead    string
		helpers []string
		due     string
	}{
		{"Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10", "Sở Y tế", []string{"Sở Tài chính"}, "2021-10-15"},
		{"Giao Phòng Tổng hợp xử lý; hạn 30/9/2021", "Phòng Tổng hợp", nil, "2021-09-30"},
		{"Chuyển Văn phòng tham mưu, phối hợp với Sở Nội vụ và Sở Tư pháp. Xong trước ngày 05/01",
			"Văn phòng", []string{"Sở Nội vụ", "Sở Tư pháp"}, "2022-01-05"},
		{"Sở Y tế chủ trì phối hợp Sở Tài chính, trước 15/10/2021", "Sở Y tế", []string{"Sở Tài chính"}, "2021-10-15"},
		{"Phòng KT chủ trì", "Phòng KT", nil, ""},
		{"So Y te chu tri, So Tai chinh phoi hop, truoc 15/10", "So Y te", []string{"So Tai chinh"}, "2021-10-15"},
		{"SỞ Y TẾ CHỦ TRÌ; HẠN 01/10", "SỞ Y TẾ", nil, "2021-10-01"},
		{"trước 31/02", "", nil, ""}, // not a day
		{"", "", nil, ""},
	}
	for _, c := range cases {
		got := ParseButPhe(c.text, ref)
		if got.Lead != c.lead || !reflect.DeepEqual(got.Helpers, c.helpers) || got.Deadline.String() != c.due {
			t.Errorf("ParseButPhe(%q) = %q %q %s; want %q %q %s", c.text, got.Lead, got.Helpers, got.Deadline,
				c.lead, c.helpers, c.due)
		}
	}
}

func FuzzParseButPhe(f *testing.F) {
	for _, s := range []string{"Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10", "phối hợp", "hạn 99/99/99",
		"Giao , chủ trì; ; phối hợp với và", "trước 29/2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b := ParseButPhe(s, date("2024-02-01"))
		if !b.Deadline.IsZero() && !b.Deadline.Valid() {
			t.Fatalf("invalid deadline %v", b.Deadline)
		}
		if utf8.ValidString(s) && !utf8.ValidString(b.Lead) {
			t.Fatalf("lead not UTF-8: %q", b.Lead)
		}
		MatchUnit(s, s)
	})
}
