package listnum

import "testing"

func TestRender(t *testing.T) {
	tests := []struct {
		f    Format
		n    int
		want string
	}{
		{Decimal, 1, "1"}, {Decimal, 12, "12"},
		{LowerLetter, 1, "a"}, {LowerLetter, 26, "z"}, {LowerLetter, 27, "aa"}, {UpperLetter, 28, "BB"},
		{LowerLetter, 0, "0"},
		{LowerRoman, 4, "iv"}, {UpperRoman, 9, "IX"}, {UpperRoman, 1994, "MCMXCIV"}, {UpperRoman, 4000, "4000"},
		{UpperRoman, 0, "0"},
		{NoNumber, 3, ""},
	}
	for _, tc := range tests {
		if got := Render(tc.f, tc.n); got != tc.want {
			t.Errorf("Render(%d, %d) = %q, want %q", tc.f, tc.n, got, tc.want)
		}
	}
}

func TestBullet(t *testing.T) {
	tests := map[string]string{
		"+": "+", "*": "*", "-": "-", " - ": "-",
		"•": "-", "\uf0b7": "-", "\uf0a7": "-", "o": "-", "–": "-", "": "-",
	}
	for in, want := range tests {
		if got := Bullet(in); got != want {
			t.Errorf("Bullet(%q) = %q, want %q", in, got, want)
		}
	}
}
