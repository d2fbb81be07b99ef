package cli

import (
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

func TestCitation(t *testing.T) {
	day := vndate.Date{Year: 2021, Month: 3, Day: 3}
	tests := []struct {
		typ, number string
		date        vndate.Date
		issuer      string
		want        string
	}{
		{"Công văn", "12/UBND-VX", day, "UBND tỉnh Kon Tum", "Công văn 12/UBND-VX ngày 03 tháng 3 năm 2021 của UBND tỉnh Kon Tum"},
		{"", "12/UBND-VX", vndate.Date{}, "", "12/UBND-VX"},
		{"Luật", "", vndate.Date{}, "Quốc hội", "Luật của Quốc hội"},
		{"", "", day, "", " ngày 03 tháng 3 năm 2021"},
	}
	for _, tc := range tests {
		if got := citation(tc.typ, tc.number, tc.date, tc.issuer); got != tc.want {
			t.Errorf("citation(%q, %q, %v, %q) = %q, want %q", tc.typ, tc.number, tc.date, tc.issuer, got, tc.want)
		}
	}
}

func TestLetterFields(t *testing.T) {
	tests := []struct {
		name string
		l    letterFields
		want string
	}{
		{"nothing found", letterFields{}, "Loại:              —\nSố:                —\nCơ quan ban hành:  —\nNgày:              —\nNơi:               —\nTrích yếu:         —\n"},
		{"every field", letterFields{Type: "CV", Number: "5/SYT", Issuer: "Sở Y tế", ParentIssuer: "UBND tỉnh Hà Giang",
			Date: vndate.Date{Year: 2026, Month: 1, Day: 5}, Place: "Hà Giang", Urgency: "Hỏa tốc", Secrecy: "Mật", Subject: "Về việc X"},
			"Loại:              CV\nSố:                5/SYT\nCơ quan ban hành:  Sở Y tế (thuộc UBND tỉnh Hà Giang)\nNgày:              ngày 05 tháng 01 năm 2026\n" +
				"Nơi:               Hà Giang\nĐộ khẩn:           Hỏa tốc\nĐộ mật:            Mật\nTrích yếu:         Về việc X\n"},
		{"a parent without an issuer is not shown", letterFields{ParentIssuer: "UBND tỉnh"},
			"Loại:              —\nSố:                —\nCơ quan ban hành:  —\nNgày:              —\nNơi:               —\nTrích yếu:         —\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var sb strings.Builder
			fields{&sb}.letter(tc.l)
			if got := sb.String(); got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
		})
	}
}

func TestFieldsList(t *testing.T) {
	var sb strings.Builder
	f := fields{&sb}
	f.list("Kính gửi", nil)
	f.list("Nơi nhận", []string{"Như trên;", "Lưu: VT."})
	want := "Kính gửi:          —\nNơi nhận:\n  - Như trên;\n  - Lưu: VT.\n"
	if got := sb.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
