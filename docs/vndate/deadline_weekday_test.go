package vndate

import "testing"

// A letter names the day of the week before its date: "trước Thứ Tư ngày
// 03/12/2025". The weekday stands between the trigger and the date and
// leaves the date due (rows of the deadline table, kept apart so that the
// main table's owner and this file do not edit the same lines).
func TestDeadlineWeekdayBeforeDate(t *testing.T) {
	letter := Date{2025, 11, 28}
	cases := []struct{ form, phrase, want string }{
		{"weekday before the date", "báo cáo kết quả về Ban Chỉ đạo trước Thứ Tư ngày 03/12/2025", "2025-12-03"},
		{"weekday and comma before the date", "gửi về Bộ Nội vụ trước thứ Sáu, ngày 05/12/2025", "2025-12-05"},
		{"hour, then weekday, then the date", "trước 16 giờ thứ Hai, ngày 08/12/2025", "2025-12-08"},
		{"weekday in digits", "chậm nhất thứ 6 ngày 12/12/2025", "2025-12-12"},
		{"ngày, then the weekday, then the date", "gửi báo cáo trước ngày thứ Hai 08/12/2025", "2025-12-08"},
		{"hour, comma, weekday, comma", "báo cáo trước 17 giờ 00, thứ Năm, ngày 04/12/2025", "2025-12-04"},
		{"a weekday alone is no date", "họp vào thứ Hai hằng tuần", ""},
	}
	for _, c := range cases {
		t.Run(c.form, func(t *testing.T) {
			got, _ := Deadline(c.phrase, letter, false)
			if got.Date.String() != c.want {
				t.Errorf("Deadline(%q) = %v, want %q", c.phrase, got.Date, c.want)
			}
		})
	}
}
