package vn

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Cải cách hành chính", "cai cach hanh chinh"},
		{"ĐỒNG Đội", "dong doi"},
		{"Ủy ban nhân dân", "uy ban nhan dan"},
		{"Uỷ ban", "uy ban"},
		{norm.NFD.String("Kế hoạch"), "ke hoach"},
		{"4541/KH-UBND", "4541/kh-ubnd"},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNewStyleTones(t *testing.T) {
	cases := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"Hoà bình", "Hòa bình"},
		{"khoẻ", "khỏe"},
		{"Uỷ ban", "Ủy ban"},
		{"thuỷ lợi", "thủy lợi"},
		{"quý", "quý"},
		{"hoàn thành", "hoàn thành"},
		{"thuyền", "thuyền"},
		{"hòa", "hòa"},
		{"HOÀ", "HÒA"},
		{"luỹ kế", "lũy kế"},
		{"", ""},
	}
	for _, c := range cases {
		if got := NewStyleTones(c.in); got != c.want {
			t.Errorf("NewStyleTones(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestNFC(t *testing.T) {
	in := norm.NFD.String("Việt\u00a0Nam\u200b")
	if got := NFC(in); got != "Việt Nam" {
		t.Errorf("NFC = %q", got)
	}
	if !norm.NFC.IsNormalString(NFC(in)) {
		t.Error("not NFC")
	}
	// A soft hyphen between a letter and its combining mark.
	if got := NFC("Vie\u00ad\u0323\u0302t"); got != "Việt" {
		t.Errorf("NFC with soft hyphen = %q", got)
	}
}

func TestKey(t *testing.T) {
	if Key("  Uỷ  ban ") != Key("ủy ban") {
		t.Errorf("%q != %q", Key("  Uỷ  ban "), Key("ủy ban"))
	}
}

func TestPrefix(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want string
	}{
		{"Kính gửi", 100, "Kính gửi"},
		{"Kính gửi", 2, "K"}, // "í" is bytes 1–2: not split
		{"Kính gửi", 3, "Kí"},
		{"Kính gửi", 4, "Kín"},
		{"ủy", 1, ""},
		{"", 0, ""},
	} {
		if got := Prefix(tc.s, tc.n); got != tc.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tc.s, tc.n, got, tc.want)
		}
	}
}

func TestNFCInvalidUTF8(t *testing.T) {
	// A byte that is not UTF-8 becomes U+FFFD and the letter after it is
	// still composed.
	if got, want := NFC("\xf3a\u0308"), "\uFFFDä"; got != want {
		t.Errorf("NFC = %q, want %q", got, want)
	}
}
