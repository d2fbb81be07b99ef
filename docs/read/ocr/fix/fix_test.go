package fix

import (
	"bytes"
	"compress/gzip"
	"io"
	"strings"
	"testing"
)

func TestCorrect(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Marks Tesseract loses, restored from the neighbours or the
		// frequency of the syllable.
		{"Sô: 15/UBND", "Số: 15/UBND"},
		{"Só: 15/UBND", "Số: 15/UBND"},
		{"SƠ Y TE", "SỞ Y TẾ"},
		{"GIÁM ĐÓC", "GIÁM ĐỐC"},
		{"công tác tô chức cán bộ", "công tác tổ chức cán bộ"},
		{"cho trẻ uông bô sung Vitamin", "cho trẻ uống bổ sung Vitamin"},
		// One tone taken for another, where the pair is a set phrase.
		{"Giám độc các bệnh viện", "Giám đốc các bệnh viện"},
		// Right words stay, however common another spelling is.
		{"trong tỉnh;", "trong tỉnh;"},
		{"độc lập", "độc lập"},
		{"chất độc hại", "chất độc hại"},
		{"Kiên Giang", "Kiên Giang"},
		{"UBND TỈNH KIÊN GIANG", "UBND TỈNH KIÊN GIANG"},
		{"Răng Hàm Mặt", "Răng Hàm Mặt"},
		{"liều cao", "liều cao"},
		{"Y tế", "Y tế"},
		// What is not a bare syllable is left alone.
		{"V/v 2017 SYT-NVY drcongluankg@gmail.com", "V/v 2017 SYT-NVY drcongluankg@gmail.com"},
		{"", ""},
	}
	lex := Default()
	for _, tt := range tests {
		got, n := lex.Correct(strings.Fields(tt.in))
		if strings.Join(got, " ") != tt.want {
			t.Errorf("Correct(%q) = %q, want %q", tt.in, strings.Join(got, " "), tt.want)
		}
		if (n > 0) != (tt.in != tt.want) {
			t.Errorf("Correct(%q): %d changed", tt.in, n)
		}
	}
}

func TestSplitWord(t *testing.T) {
	tests := []struct {
		in        string
		pre, core string
		post      string
		ok        bool
	}{
		{"Số:", "", "Số", ":", true},
		{"(đính", "(", "đính", "", true},
		{"kèm).", "", "kèm", ").", true},
		{"V/v", "", "", "", false},
		{"2017", "", "", "", false},
		{"...", "", "", "", false},
	}
	for _, tt := range tests {
		s, ok := splitWord(tt.in)
		if ok != tt.ok || ok && (s.pre != tt.pre || s.core != tt.core || s.post != tt.post) {
			t.Errorf("splitWord(%q) = %+v, %v", tt.in, s, ok)
		}
	}
}

func TestWithCase(t *testing.T) {
	tests := []struct{ c, orig, want string }{
		{"đốc", "ĐÓC", "ĐỐC"},
		{"số", "Sô", "Số"},
		{"tổ", "tô", "tổ"},
	}
	for _, tt := range tests {
		if got := withCase(tt.c, tt.orig); got != tt.want {
			t.Errorf("withCase(%q, %q) = %q, want %q", tt.c, tt.orig, got, tt.want)
		}
	}
}

// TestLexicon checks the embedded lexicon loads whole and reads back what
// Write wrote.
func TestLexicon(t *testing.T) {
	lex := Default()
	if len(lex.Uni) < 2000 || len(lex.Bi) < 20000 {
		t.Fatalf("embedded lexicon has %d syllables, %d pairs", len(lex.Uni), len(lex.Bi))
	}
	for _, w := range []string{"số", "tổ", "chức", "giám", "đốc", "hòa"} {
		if lex.Uni[w] == 0 {
			t.Errorf("%q missing", w)
		}
	}
	var buf bytes.Buffer
	if err := lex.Write(&buf); err != nil {
		t.Fatal(err)
	}
	written := bytes.Clone(buf.Bytes())
	back, err := Read(&buf)
	if err != nil || len(back.Uni) != len(lex.Uni) || len(back.Bi) != len(lex.Bi) {
		t.Fatalf("round trip: %v", err)
	}
	zr, _ := gzip.NewReader(bytes.NewReader(lexiconGz))
	raw, _ := io.ReadAll(zr)
	if !bytes.Equal(raw, written) {
		t.Error("lexicon.gz is not in Write's canonical form; regenerate it with gen")
	}
	for _, bad := range []string{"u x", "u x 0", "b a 3", "z a b 1", "u x y"} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("Read(%q) accepted", bad)
		}
	}
}

func FuzzCorrect(f *testing.F) {
	f.Add("Sô: 15/UBND SƠ Y TE GIÁM ĐÓC tô chức")
	f.Add("Ho\u0300a ((( ́ ̀a đ̉")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		got, n := Default().Correct(words)
		if len(got) != len(words) || n < 0 || n > len(words) {
			t.Fatalf("Correct(%q) = %q, %d", s, got, n)
		}
	})
}

func TestGarbage(t *testing.T) {
	letter := strings.Repeat("Giám đốc Sở Y tế đề nghị thủ trưởng các đơn vị cử cán bộ tham dự tập huấn theo tinh thần nội dung công văn trên. ", 3)
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"a letter", letter, false},
		{"marks lost", strings.Repeat("Giam doc So Y te de nghi thu truong cac don vi cu can bo tham du tap huan theo tinh than noi dung cong van tren. ", 3), true},
		{"English", strings.Repeat("The director of the health department asks the heads of units to send staff to the training course on treatment. ", 3), false},
		{"too short", "Giam doc So Y te de nghi", false},
		{"a letter with OCR errors", strings.ReplaceAll(letter, "cử", "cu"), false},
		{"empty", "", false},
	}
	lex := Default()
	for _, tt := range tests {
		if got := lex.Garbage(tt.text); got != tt.want {
			t.Errorf("%s: Garbage = %v, want %v", tt.name, got, tt.want)
		}
	}
}
