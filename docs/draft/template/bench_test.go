package template

import (
	"os"
	"testing"
)

// BenchmarkFill fills the built-in plan with a seven-task table.
func BenchmarkFill(b *testing.B) {
	data, err := os.ReadFile("../../../assets/templates/ke-hoach-khac-phuc.docx")
	if err != nil {
		b.Skip(err)
	}
	v := Values{Text: map[string]string{"co_quan": "SỞ Y TẾ", "so": "05", "trich_dan": "Công văn số 2158/UBND-KTTH"},
		Lists: map[string][]map[string]string{"nhiem_vu": {}, "noi_nhan": {{"ten": "Như trên", "dau": ";"}}}}
	for i := 0; i < 7; i++ {
		v.Lists["nhiem_vu"] = append(v.Lists["nhiem_vu"], map[string]string{"noi_dung": "Xây dựng kế hoạch khắc phục", "thoi_han": "25/10/2021"})
	}
	b.ReportAllocs()
	for b.Loop() {
		t, err := Parse(data)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := t.Fill(v); err != nil {
			b.Fatal(err)
		}
	}
}
