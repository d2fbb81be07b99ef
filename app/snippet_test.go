package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"vanthu/index/store"
)

func TestFitSnippet(t *testing.T) {
	runes := func(s string) float32 { return float32(utf8.RuneCountInString(s)) }
	long := "Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện công tác <mark>cải cách</mark> <mark>hành chính</mark> năm 2021 trên địa bàn tỉnh"
	cases := []struct {
		in    string
		width float32
		want  string
	}{
		{"ngắn <mark>gọn</mark>", 40, "ngắn <mark>gọn</mark>"},
		{long, 30, "… hiện công tác <mark>cải cách</mark> …"},
		{long, 60, "… hiện công tác <mark>cải cách</mark> <mark>hành chính</mark> năm 2021 trên địa bàn …"},
		{"<mark>quan hệ lao động</mark> là một cụm từ dài hơn chỗ", 10, "<mark>quan hệ lao động</mark> …"},
		{"không có chỗ nào được đánh dấu trong đoạn này", 20, "không có chỗ nào …"},
	}
	for _, c := range cases {
		got := fitSnippet(c.in, c.width, runes)
		if got != c.want {
			t.Errorf("fitSnippet(%q, %v)\n got %q\nwant %q", c.in, c.width, got, c.want)
		}
		if strings.Count(got, "<mark>") != strings.Count(got, "</mark>") {
			t.Errorf("a mark was cut: %q", got)
		}
		for _, w := range strings.Fields(plainText(got)) {
			if w != "…" && !strings.Contains(plainText(c.in), w) {
				t.Errorf("word %q cut: %q", w, got)
			}
		}
	}
}

func TestDocumentTitle(t *testing.T) {
	cases := []struct {
		d    store.Document
		want string
	}{
		{store.Document{Meta: store.Meta{Type: "KH", Number: "4541/KH-UBND", Subject: "Cải cách"}}, "Kế hoạch số 4541/KH-UBND"},
		{store.Document{Meta: store.Meta{Type: "NĐ", Subject: "Quy định chi tiết Luật Đất đai\nvà hơn"}}, "Quy định chi tiết Luật Đất đai"},
		{store.Document{Meta: store.Meta{Type: "NĐ"}, Text: "QUỐC HỘI\n----\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập\nLUẬT ĐẤT ĐAI\nCăn cứ"}, "LUẬT ĐẤT ĐAI"},
		{store.Document{Meta: store.Meta{Type: "NĐ"}, FileName: "luat.pdf", Text: "không có tiêu đề"}, "luat.pdf"},
	}
	for _, c := range cases {
		if got := documentTitle(&c.d); got != c.want {
			t.Errorf("documentTitle = %q, want %q", got, c.want)
		}
	}
}
