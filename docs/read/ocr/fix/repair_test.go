package fix

import (
	"strings"
	"testing"
)

func TestRepair(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"SỞ Y TÈE", "SỞ Y TẾ"},
		{"UBNDTTỈNH KIÊN GIANG", "UBND TỈNH KIÊN GIANG"},
		{"UBNDTỈNH KIÊN GIANG", "UBND TỈNH KIÊN GIANG"},
		// Right lines, names and acronyms stay.
		{"UBND TỈNH KIÊN GIANG", "UBND TỈNH KIÊN GIANG"},
		{"SỞ Y TẾ", "SỞ Y TẾ"},
		{"BAN QLDA XYZW", "BAN QLDA XYZW"},
		{"UBNDXQ", "UBNDXQ"},
		{"Sở Y tèe", "Sở Y tèe"}, // only capitals are repaired
		{"", ""},
	}
	lex := Default()
	for _, tt := range tests {
		got, n := lex.Repair(strings.Fields(tt.in))
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Repair(%q) = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
		if (n > 0) != (tt.in != tt.want) {
			t.Errorf("Repair(%q): %d changed", tt.in, n)
		}
	}
}

func FuzzRepair(f *testing.F) {
	for _, s := range []string{"SỞ Y TÈE", "UBNDTTỈNH KIÊN GIANG", "UBND", "ĐĐĐ", "\xff\xfe"} {
		f.Add(s)
	}
	lex := Default()
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := lex.Repair(strings.Fields(s))
		if len(got) < len(strings.Fields(s)) {
			t.Errorf("Repair(%q) lost words: %q", s, got)
		}
	})
}
