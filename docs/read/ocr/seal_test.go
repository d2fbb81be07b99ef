package ocr

import (
	"strings"
	"testing"

	"vanthu/docs/model"
)

func TestDropSealNoise(t *testing.T) {
	body := "Nhận được công văn, đề nghị các đơn vị thực hiện."
	para := func(s string) model.Block {
		label := ""
		if rest, ok := strings.CutPrefix(s, "- "); ok {
			label, s = "-", rest
		}
		return model.Block{Kind: model.KindParagraph, Page: 1, Label: label, Text: s}
	}
	tests := []struct {
		name     string
		in, want []string
	}{
		{"seal and signature between title and name",
			[]string{"Nơi nhận:", "- Như trên;", "Lưu: VT, csthuan.", "t^V. GIÁM ĐỌC", "PL >6 ÀMPĐ", "A0", "SƠ ) ị", "y NIÊN", "NguyễnVănHải"},
			[]string{"Nơi nhận:", "- Như trên;", "Lưu: VT, csthuan.", "t^V. GIÁM ĐỌC", "Nguyễn Văn Hải"}},
		{"title, centre of the seal, name",
			[]string{"Nơi nhận:", "- Như trên;", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Á2 VÀ", "œ", "YTẾ", "Nguyễn Văn Hải"},
			[]string{"Nơi nhận:", "- Như trên;", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Hải"}},
		{"nothing before the title is touched",
			[]string{"Nơi nhận:", "- Như trên;", "Lưu: VT.", "A0", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B"},
			nil},
		{"no title read: left alone",
			[]string{"Nơi nhận:", "- BGĐ SYT;", "o9/ Ế SƠ .", "s ^z", "4", "#"}, nil},
		{"no Nơi nhận: left alone",
			[]string{"GIÁM ĐỐC", "A0", "Nguyễn Văn A"}, nil},
		{"a list item and a long line stay",
			[]string{"Nơi nhận:", "GIÁM ĐỐC", "- A0", "đây là một dòng dài có nhiều chữ", "Lê Thị C"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := []model.Block{para(body), para(body), para(body), para(body), para(body), para(body), para(body), para(body), para(body)}
			for _, s := range tc.in {
				in = append(in, para(s))
			}
			want := tc.want
			if want == nil {
				want = tc.in
			}
			out, n := dropSealNoise(in, 1)
			var got []string
			for _, b := range out[9:] {
				s := b.Text
				if b.Label != "" {
					s = b.Label + " " + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(want, "|") || n != len(tc.in)-len(want) {
				t.Errorf("got %q (%d dropped), want %q", got, n, want)
			}
		})
	}
}
