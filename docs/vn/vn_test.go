package vn

import (
	"testing"
	"unicode/utf8"

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

// TestStableStarter checks every rune plainNFC lets through against x/text's
// tables: NFC as it stands, combining class 0, composing with nothing before
// it, and no odd space.
func TestStableStarter(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= 0x2FFF; r++ {
		if !stableStarter(r) {
			continue
		}
		n++
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() || oddSpace(r) {
			t.Errorf("U+%04X taken as a stable starter: normal %v, ccc %d, boundary before %v, odd space %v",
				r, norm.NFC.IsNormalString(s), p.CCC(), p.BoundaryBefore(), oddSpace(r))
		}
	}
	if n < 900 {
		t.Errorf("only %d stable starters: the fast path would rarely apply", n)
	}
}

// TestNFCFastPath: texts the one-pass check accepts come back as they are,
// others take the long way; both agree with composeNFC.
func TestNFCFastPath(t *testing.T) {
	for _, tc := range []struct {
		in    string
		plain bool
	}{
		{"", true},
		{"Kính gửi: Ủy ban nhân dân tỉnh Kon Tum", true},
		{"Điều 5 – “quy định” … • ₫", false}, // ₫ is outside the blocks checked
		{"Điều 5 – “quy định” … •", true},
		{"Vie\u0323\u0302t", false}, // decomposed
		{"Việt\u00a0Nam", false},    // no-break space
		{"mu\u00adc", false},        // soft hyphen
		{"a\xffb", false},           // not UTF-8
		{"\uFFFD", false},           // the replacement character goes the long way too
		{"Ω \u212b", false},         // Ohm and Angstrom signs decompose
		{"e\u0301", false},          // a combining mark after a starter
		{"ǅ ȸ ʰ ˆ", true},           // Latin Extended-B, IPA, modifiers
		{"\u2000\u2001 hai dấu cách", false},
	} {
		if got := plainNFC(tc.in); got != tc.plain {
			t.Errorf("plainNFC(%q) = %v, want %v", tc.in, got, tc.plain)
		}
		if got, want := NFC(tc.in), composeNFC(tc.in); got != want {
			t.Errorf("NFC(%q) = %q, composeNFC gives %q", tc.in, got, want)
		}
		if tc.plain && NFC(tc.in) != tc.in {
			t.Errorf("NFC(%q) changed a plain text", tc.in)
		}
	}
}

// FuzzNFC: the fast path never changes NFC's answer.
func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Việt Nam", "Vie\u0323\u0302t", "a\xffb", "Ủy\u00a0ban", "ê\u0301", "\u1ec7\u0300", "Ω"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := NFC(s), composeNFC(s)
		if got != want {
			t.Fatalf("NFC(%q) = %q, composeNFC gives %q", s, got, want)
		}
		if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
			t.Fatalf("NFC(%q) = %q is not valid NFC", s, got)
		}
	})
}
