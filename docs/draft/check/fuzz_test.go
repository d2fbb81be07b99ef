package check

import (
	"context"
	"strings"
	"testing"
)

// FuzzCheck: any paragraphs, any number: the checker never panics and every
// finding points at a paragraph that exists.
func FuzzCheck(f *testing.F) {
	f.Add(strings.Join(good, "\n"), "15/QĐ-UBND")
	f.Add("Số: /\nKính gửi:\n-\nNơi nhận:\n-\n, ngày  tháng  năm", "/")
	f.Add("Số: 0/KH-\nKẾ HOẠCH\n{{\n}}./.", "thay thế")
	f.Fuzz(func(t *testing.T, text, number string) {
		if len(text) > 4000 || len(number) > 200 {
			return
		}
		r, err := File(context.Background(), page{paras: strings.Split(text, "\n")}.docx(t), fakeLookup{number: "x"})
		if err != nil {
			return
		}
		for _, fd := range r.Findings {
			if fd.Para >= len(r.Paragraphs) {
				t.Fatalf("finding at paragraph %d of %d", fd.Para, len(r.Paragraphs))
			}
		}
		Supersedes(text, number)
	})
}
