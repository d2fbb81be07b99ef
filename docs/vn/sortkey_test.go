package vn

import (
	"slices"
	"testing"
)

func TestSortKeyOrder(t *testing.T) {
	// Each list is in Vietnamese dictionary order.
	tests := [][]string{
		{"Bộ Nội vụ", "Bộ Tài chính", "Bộ Y tế", "Sở Y tế", "Ủy ban nhân dân tỉnh", "Văn phòng Chính phủ"},
		{"Dân", "Đảng", "Em"},                // đ after d, before e
		{"an", "ăn", "ân", "bàn"},            // a < ă < â < b
		{"u", "ủy", "ư", "ưa", "v"},          // u < ư < v, tone second
		{"ma", "mà", "mả", "mã", "má", "mạ"}, // tones in dictionary order
		{"ma", "mà", "mac"},                  // letters before tones
		{"Ban", "Bàn", "ban chỉ đạo"},        // case ignored; a longer name after a tone
		{"2 Sở", "Sở", "Sở Y tế"},            // numbers before letters; shorter first
		{"Công an", "Công ty"},               // words compared in turn
	}
	for _, want := range tests {
		got := slices.Clone(want)
		slices.Reverse(got)
		slices.SortStableFunc(got, func(a, b string) int {
			ka, kb := SortKey(a), SortKey(b)
			switch {
			case ka < kb:
				return -1
			case ka > kb:
				return 1
			}
			return 0
		})
		if !slices.Equal(got, want) {
			t.Errorf("sorted %q, want %q", got, want)
		}
	}
}

func TestSortKeySameName(t *testing.T) {
	for _, p := range [][2]string{
		{"Ủy ban nhân dân", "Uỷ ban nhân dân"},  // old-style tone
		{"ỦY BAN NHÂN DÂN", "Ủy ban  nhân dân"}, // case, spaces
		{"Ủy ban", "U\u0309y ban"},              // NFD
	} {
		if SortKey(p[0]) != SortKey(p[1]) {
			t.Errorf("%q and %q sort apart: %q %q", p[0], p[1], SortKey(p[0]), SortKey(p[1]))
		}
	}
}

func FuzzSortKey(f *testing.F) {
	f.Add("Ủy ban nhân dân tỉnh Kon Tum")
	f.Add("\u0301a\u0306\u0309")
	f.Fuzz(func(t *testing.T, s string) {
		k := SortKey(s)
		for i := 0; i < len(k); i++ {
			if k[i] < ' ' || k[i] > '~' {
				t.Fatalf("SortKey(%q) = %q: not printable ASCII", s, k)
			}
		}
	})
}
