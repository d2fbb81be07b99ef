package vndate

import "testing"

// TestDeadlineForms is the table of deadline forms (FORMS.md): one row per
// form officials write, read in a letter dated 20/9/2024 unless the row
// gives another date.
func TestDeadlineForms(t *testing.T) {
	letter := Date{2024, 9, 20}
	cases := []struct {
		form, phrase string
		field        bool
		doc          Date // zero: letter
		want         string
		rel          Relative
	}{
		// day forms
		{"ngày dd tháng mm năm yyyy", "chậm nhất ngày 30 tháng 10 năm 2024", false, Date{}, "2024-10-30", Relative{}},
		{"dd/mm/yyyy", "gửi về Sở trước ngày 15/11/2024", false, Date{}, "2024-11-15", Relative{}},
		{"dd-mm-yyyy", "hoàn thành trước ngày 15-11-2024", false, Date{}, "2024-11-15", Relative{}},
		{"dd.mm.yyyy after a trigger", "trước ngày 15.11.2024", false, Date{}, "2024-11-15", Relative{}},
		{"day without ngày", "hoàn thành trước 15/11/2024", false, Date{}, "2024-11-15", Relative{}},
		{"ngày mồng", "trước ngày mồng 5 tháng 10 năm 2024", false, Date{}, "2024-10-05", Relative{}},
		{"mùng without ngày", "chậm nhất mùng 5 tháng 10 năm 2024", false, Date{}, "2024-10-05", Relative{}},
		{"two-digit year", "báo cáo trước ngày 15/8/25", false, Date{}, "2025-08-15", Relative{}},
		{"two-digit year, older letter", "trước ngày 15/8/99", false, Date{1999, 3, 1}, "1999-08-15", Relative{}},
		// months in words and Roman numerals
		{"month in words", "hoàn thành trong tháng tư năm 2025", false, Date{}, "2025-04-30", Relative{}},
		{"tháng chạp", "xong trước ngày 20 tháng chạp năm 2024", false, Date{}, "2024-12-20", Relative{}},
		{"tháng giêng", "hoàn thành trong tháng giêng năm 2025", false, Date{}, "2025-01-31", Relative{}},
		{"month in Roman numerals", "trong tháng XI/2024", false, Date{}, "2024-11-30", Relative{}},
		{"tháng mười một", "trước ngày 05 tháng mười một năm 2024", false, Date{}, "2024-11-05", Relative{}},
		// missing years
		{"day and month, the letter's year", "gửi trước ngày 05 tháng 12", false, Date{}, "2024-12-05", Relative{}},
		{"day and month rolls to next year", "hoàn thành trước ngày 15/01", false, Date{}, "2025-01-15", Relative{}},
		{"month without year", "tổ chức trong tháng 11", false, Date{}, "2024-11-30", Relative{}},
		{"month without year rolls", "hoàn thành trong tháng 3", false, Date{}, "2025-03-31", Relative{}},
		{"quarter without year", "hoàn thành trong quý 4", false, Date{}, "2024-12-31", Relative{}},
		{"quarter in Roman numerals without year", "trong quý IV", false, Date{}, "2024-12-31", Relative{}},
		// time of day in front
		{"16 giờ 00", "trước 16 giờ 00 ngày 25/9/2024", false, Date{}, "2024-09-25", Relative{}},
		{"16h", "trước 16h ngày 25/9/2024", false, Date{}, "2024-09-25", Relative{}},
		{"7:30", "trước 7:30 ngày 25/9/2024", false, Date{}, "2024-09-25", Relative{}},
		{"14:00, day and month", "trước 14:00 ngày 10 tháng 10", false, Date{}, "2024-10-10", Relative{}},
		{"8 giờ 30 phút", "chậm nhất 8 giờ 30 phút ngày 01/10/2024", false, Date{}, "2024-10-01", Relative{}},
		{"sáng", "trước 9 giờ sáng ngày 01/10/2024", false, Date{}, "2024-10-01", Relative{}},
		{"buổi chiều first", "trước chiều ngày 01/10/2024", false, Date{}, "2024-10-01", Relative{}},
		// periods
		{"tháng mm/yyyy", "hoàn thành trong tháng 10/2024", false, Date{}, "2024-10-31", Relative{}},
		{"tháng mm năm yyyy", "hoàn thành trong tháng 02 năm 2025", false, Date{}, "2025-02-28", Relative{}},
		{"quý Roman/yyyy", "hoàn thành trong quý II/2025", false, Date{}, "2025-06-30", Relative{}},
		{"quý digit năm", "trong quý 3 năm 2025", false, Date{}, "2025-09-30", Relative{}},
		{"6 tháng đầu năm", "hoàn thành trong 6 tháng đầu năm 2025", false, Date{}, "2025-06-30", Relative{}},
		{"6 tháng cuối năm", "trong 6 tháng cuối năm", false, Date{}, "2024-12-31", Relative{}},
		{"trong năm", "hoàn thành trong năm 2025", false, Date{}, "2025-12-31", Relative{}},
		{"cuối năm", "hoàn thành trước cuối năm", false, Date{}, "2024-12-31", Relative{}},
		{"cuối năm yyyy", "xong cuối năm 2025", false, Date{}, "2025-12-31", Relative{}},
		{"trước tháng", "trước tháng 11/2024", false, Date{}, "2024-10-31", Relative{}},
		{"trước quý", "trước quý II/2025", false, Date{}, "2025-03-31", Relative{}},
		{"chậm nhất đến ngày", "Chậm nhất đến ngày 31/12/2024, hoàn thành việc cập nhật", false, Date{}, "2024-12-31", Relative{}},
		// lists and ranges
		{"quarter list", "Thời gian thực hiện: Quý I, II/2025", true, Date{}, "2025-06-30", Relative{}},
		{"quarter list with và", "Quý III và IV/2025", true, Date{}, "2025-12-31", Relative{}},
		{"quarter range", "Quý II - III/2025", true, Date{}, "2025-09-30", Relative{}},
		{"quarter to quarter", "từ nay đến quý II và quý III năm 2025", false, Date{}, "2025-09-30", Relative{}},
		{"month list", "trong tháng 10, 11/2024", false, Date{}, "2024-11-30", Relative{}},
		{"month range", "Tháng 10 - 12/2024", true, Date{}, "2024-12-31", Relative{}},
		{"month range is not a date", "Thời gian thực hiện: Tháng 11 - 12/2024", true, Date{}, "2024-12-31", Relative{}},
		{"year range", "Thời gian thực hiện: năm 2025 - 2026", true, Date{}, "2026-12-31", Relative{}},
		// fields: a bare time counts
		{"field quarter", "Quý III/2025", true, Date{}, "2025-09-30", Relative{}},
		{"field month", "Tháng 12/2024", true, Date{}, "2024-12-31", Relative{}},
		{"field year", "Năm 2025", true, Date{}, "2025-12-31", Relative{}},
		{"field date", "30/10/2024", true, Date{}, "2024-10-30", Relative{}},
		// relative deadlines
		{"kể từ ngày ký", "trong thời hạn 10 ngày kể từ ngày ký", false, Date{}, "2024-09-30", Relative{}},
		{"ngày làm việc", "trong thời hạn 05 ngày làm việc kể từ ngày ký văn bản này", false, Date{}, "2024-09-27", Relative{}},
		{"kể từ ngày nhận", "trong vòng 10 ngày kể từ ngày nhận được văn bản", false, Date{}, "", Relative{10, "ngày", "ngày nhận được văn bản"}},
		{"working days from arrival", "chậm nhất 05 ngày làm việc kể từ ngày nhận được công văn", false, Date{}, "", Relative{5, "ngày làm việc", "ngày nhận được công văn"}},
		{"months from an event", "trong thời hạn 03 tháng kể từ khi có kết quả", false, Date{}, "", Relative{3, "tháng", "khi có kết quả"}},
		// not deadlines
		{"before the letter", "trước ngày 18 tháng 12 năm 1980", false, Date{2024, 1, 18}, "", Relative{}},
		{"whole year", "Cả năm 2025", true, Date{}, "", Relative{}},
		{"open span", "Năm 2025 và các năm tiếp theo", true, Date{}, "", Relative{}},
		{"open span, quarter", "Quý IV năm 2024 và các năm tiếp theo", true, Date{}, "", Relative{}},
		{"giai đoạn", "giai đoạn 2026 - 2030", true, Date{}, "", Relative{}},
		{"event date", "Hội nghị tổ chức vào ngày 20/10/2024", false, Date{}, "", Relative{}},
		{"bare date in a clause", "Nghị quyết số 03-NQ/TU ngày 30 tháng 6 năm 2024", false, Date{}, "", Relative{}},
		{"thường xuyên", "Thường xuyên", true, Date{}, "", Relative{}},
		{"hai lần", "tháng hai lần", false, Date{}, "", Relative{}},
	}
	for _, c := range cases {
		t.Run(c.form, func(t *testing.T) {
			doc := c.doc
			if doc.IsZero() {
				doc = letter
			}
			got, ok := Deadline(c.phrase, doc, c.field)
			if got.Date.String() != c.want || got.Relative != c.rel {
				t.Errorf("Deadline(%q) = %v %+v (%v), want %q %+v", c.phrase, got.Date, got.Relative, ok, c.want, c.rel)
			}
			if (c.want != "" || c.rel.N > 0) != ok {
				t.Errorf("Deadline(%q) ok = %v", c.phrase, ok)
			}
		})
	}
}

func TestCanonKeepsOffsets(t *testing.T) {
	for _, s := range []string{"ngày mồng 5 tháng tư", "mùng 10 tháng chạp năm 2024", "trước 14:30 ngày 2/9", "tháng mười một", "tháng iv/2024", "hai tháng ba lần", "tháng x/2024", "quí iv-2025", "tequí"} {
		if got := Canon(s); len(got) != len(s) {
			t.Errorf("Canon(%q) = %q changes the length", s, got)
		}
	}
	if got := Canon("ngày mồng 5 tháng tư"); got != "ngày        5 tháng 4  " {
		t.Errorf("Canon = %q", got)
	}
	// "Quí": the old spelling of "quý"; inside a word it stays
	for in, want := range map[string]string{"quí iv-2025": "quý iv-2025", "hoàn thành quí i": "hoàn thành quý i", "tequí": "tequí"} {
		if got := Canon(in); got != want {
			t.Errorf("Canon(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDeadline(f *testing.F) {
	for _, s := range []string{"trước ngày mồng 5 tháng chạp", "Quý I, II và III/2020", "trong vòng 10 ngày kể từ ngày nhận", "14:00 ngày 1/2/25", "tháng mười một năm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(Canon(s)) != len(s) {
			t.Fatalf("Canon changed the length of %q", s)
		}
		if d, ok := Deadline(s, Date{2024, 9, 20}, true); ok && !d.Date.IsZero() && !d.Date.Valid() {
			t.Fatalf("Deadline(%q) = %v, not a calendar day", s, d.Date)
		}
	})
}
