package legacy

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"vanthu/docs/vn"
)

// tones in the order the test rows below list them.
var toneMarks = []rune{0, markAcute, markGrave, markHook, markTilde, markDot}

// withTone builds the expected Unicode letter independently of the tables
// under test: base letter plus combining tone, then NFC.
func withTone(base rune, tone rune) string {
	if tone == 0 {
		return string(base)
	}
	return norm.NFC.String(string([]rune{base, tone}))
}

// tcvn3Rows is the TCVN3 code of every vowel with every tone (none, sắc,
// huyền, hỏi, ngã, nặng), written out again by vowel from the published
// VN3 layout so that it checks the byte-keyed table in tables.go.
var tcvn3Rows = map[rune][6]byte{
	'a': {'a', 0xB8, 0xB5, 0xB6, 0xB7, 0xB9},
	'ă': {0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6},
	'â': {0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB},
	'e': {'e', 0xD0, 0xCC, 0xCE, 0xCF, 0xD1},
	'ê': {0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6},
	'i': {'i', 0xDD, 0xD7, 0xD8, 0xDC, 0xDE},
	'o': {'o', 0xE3, 0xDF, 0xE1, 0xE2, 0xE4},
	'ô': {0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9},
	'ơ': {0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE},
	'u': {'u', 0xF3, 0xEF, 0xF1, 0xF2, 0xF4},
	'ư': {0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9},
	'y': {'y', 0xFD, 0xFA, 0xFB, 0xFC, 0xFE},
}

// vniRows is the VNI code of the same letters, written as the Latin-1 text
// a VNI file shows in a Western font. Capitals are the same text upper-cased.
var vniRows = map[rune][6]string{
	'a': {"a", "aù", "aø", "aû", "aõ", "aï"},
	'ă': {"aê", "aé", "aè", "aú", "aü", "aë"},
	'â': {"aâ", "aá", "aà", "aå", "aã", "aä"},
	'e': {"e", "eù", "eø", "eû", "eõ", "eï"},
	'ê': {"eâ", "eá", "eà", "eå", "eã", "eä"},
	'i': {"i", "í", "ì", "æ", "ó", "ò"},
	'o': {"o", "où", "oø", "oû", "oõ", "oï"},
	'ô': {"oâ", "oá", "oà", "oå", "oã", "oä"},
	'ơ': {"ô", "ôù", "ôø", "ôû", "ôõ", "ôï"},
	'u': {"u", "uù", "uø", "uû", "uõ", "uï"},
	'ư': {"ö", "öù", "öø", "öû", "öõ", "öï"},
	'y': {"y", "yù", "yø", "yû", "yõ", "î"},
}

// latin1 turns a Latin-1 string into its bytes.
func latin1(s string) []byte {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func TestTCVN3EveryVowelAndTone(t *testing.T) {
	for base, row := range tcvn3Rows {
		for i, tone := range toneMarks {
			lower := withTone(base, tone)
			upper := strings.ToUpper(lower)
			code := []byte{row[i]}
			if got := DecodeBytes(TCVN3, code); got != lower {
				t.Errorf("DecodeBytes(TCVN3, %#x) = %q, want %q", code, got, lower)
			}
			if got := DecodeRunesFont(".VnTimeH", string(rune(row[i]))); got != upper {
				t.Errorf("H font %#x = %q, want %q", code, got, upper)
			}
			enc, err := Encode(TCVN3, lower)
			if err != nil || string(enc) != string(code) {
				t.Errorf("Encode(TCVN3, %q) = %#x, %v; want %#x", lower, enc, err, code)
			}
			// Toned capitals have no code of their own: H-font convention.
			enc, err = Encode(TCVN3, upper)
			if err != nil || (tone != 0 && string(enc) != string(code)) {
				t.Errorf("Encode(TCVN3, %q) = %#x, %v", upper, enc, err)
			}
		}
	}
	// Untoned capitals that VN3 does have, and đ/Đ.
	for code, want := range map[byte]string{0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ", 0xAE: "đ"} {
		if got := DecodeBytes(TCVN3, []byte{code}); got != want {
			t.Errorf("DecodeBytes(TCVN3, %#x) = %q, want %q", code, got, want)
		}
		if enc, _ := Encode(TCVN3, want); string(enc) != string([]byte{code}) {
			t.Errorf("Encode(TCVN3, %q) = %#x, want %#x", want, enc, code)
		}
	}
}

func TestVNIEveryVowelAndTone(t *testing.T) {
	rows := map[rune][6]string{}
	for k, v := range vniRows {
		rows[k] = v
	}
	for base, row := range rows {
		for i, tone := range toneMarks {
			for _, capital := range []bool{false, true} {
				want, code := withTone(base, tone), latin1(row[i])
				if capital {
					want, code = strings.ToUpper(want), latin1(strings.ToUpper(row[i]))
				}
				if got := DecodeBytes(VNI, code); got != want {
					t.Errorf("DecodeBytes(VNI, %q) = %q, want %q", row[i], got, want)
				}
				if got := DecodeRunesFont("VNI-Times", string(latin1ToRunes(code))); got != want {
					t.Errorf("DecodeRunesFont(VNI-Times, %q) = %q, want %q", code, got, want)
				}
				enc, err := Encode(VNI, want)
				if err != nil || string(enc) != string(code) {
					t.Errorf("Encode(VNI, %q) = %q, %v; want %q", want, enc, err, code)
				}
			}
		}
	}
	for code, want := range map[string]string{"ñ": "đ", "Ñ": "Đ"} {
		if got := DecodeBytes(VNI, latin1(code)); got != want {
			t.Errorf("DecodeBytes(VNI, %q) = %q, want %q", code, got, want)
		}
	}
}

func latin1ToRunes(b []byte) []rune {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return r
}

func TestWindows1258EveryVowelAndTone(t *testing.T) {
	for base := range tcvn3Rows {
		for _, tone := range toneMarks {
			for _, s := range []string{withTone(base, tone), strings.ToUpper(withTone(base, tone))} {
				enc, err := Encode(Windows1258, s)
				if err != nil {
					t.Fatalf("Encode(cp1258, %q): %v", s, err)
				}
				if got := DecodeBytes(Windows1258, enc); got != s {
					t.Errorf("cp1258 round trip %q → %#x → %q", s, enc, got)
				}
			}
		}
	}
	// Windows writes "ế" as ê (0xEA) followed by the combining acute (0xEC).
	if got := DecodeBytes(Windows1258, []byte{'k', 'h', 'u', 'y', 0xEA, 0xEC, 'n'}); got != "khuyến" {
		t.Errorf("got %q", got)
	}
}

// Real phrases as they look when a legacy file is opened in a Western font.
func TestPhrases(t *testing.T) {
	tests := []struct {
		enc   Encoding
		font  string
		coded string // Latin-1 image of the bytes
		want  string
	}{
		{TCVN3, ".VnTime", "Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{TCVN3, ".VnTimeH", "céng hoµ x· héi chñ nghÜa viÖt nam", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{TCVN3, ".VnTime", "ñy ban nh©n d©n tØnh", "ủy ban nhân dân tỉnh"},
		{TCVN3, ".VnArialH", "ñy ban nh©n d©n tØnh", "ỦY BAN NHÂN DÂN TỈNH"},
		{TCVN3, ".VnTime", "§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"},
		{TCVN3, ".VnTime", "Ng­êi ký: Chñ tÞch UBND x·", "Người ký: Chủ tịch UBND xã"},
		{VNI, "VNI-Times", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
		{VNI, "VNI-Helve", "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{VNI, "VNI-Times", "UÛy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh"},
		{VNI, "VNI-Times", "Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"},
		{VNI, "VNI-Times", "Ngöôøi kyù: Chuû tòch UBND xaõ", "Người ký: Chủ tịch UBND xã"},
	}
	for _, tt := range tests {
		if got := DecodeBytes(tt.enc, latin1(tt.coded)); strings.ToUpper(got) != strings.ToUpper(tt.want) {
			t.Errorf("DecodeBytes(%v, %q) = %q, want %q", tt.enc, tt.coded, got, tt.want)
		}
		if got := DecodeRunesFont(tt.font, tt.coded); got != tt.want {
			t.Errorf("DecodeRunesFont(%s, %q) = %q, want %q", tt.font, tt.coded, got, tt.want)
		}
	}
}

func TestDecodeRunesKeepsWhatIsNotAByte(t *testing.T) {
	// Curly quotes are cp1252 bytes 0x93/0x94 and mean the same in TCVN3.
	got := DecodeRunes(TCVN3, "\u201cQuy\u00d5t \u00ae\u00denh\u201d")
	if want := "\u201cQuyết định\u201d"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// Text already converted to Unicode but left in a .VnTime font.
	if got := DecodeRunesFont(".VnTime", "Quyết định số 12"); got != "Quyết định số 12" {
		t.Errorf("Unicode text in a legacy font must stay, got %q", got)
	}
	if got := DecodeRunesFont("Times New Roman", "Quye\u0301t"); got != "Quyét" {
		t.Errorf("non-legacy font must only be normalised, got %q", got)
	}
}

func TestFontNames(t *testing.T) {
	tests := []struct {
		font     string
		enc      Encoding
		capitals bool
	}{
		{".VnTime", TCVN3, false},
		{".VnTimeH", TCVN3, true},
		{".vntimeh", TCVN3, true},
		{".VnArial", TCVN3, false},
		{".VnArialH", TCVN3, true},
		{".VnCentury Schoolbook", TCVN3, false},
		{".VnBook-AntiquaH", TCVN3, true},
		{"VNI-Times", VNI, false},
		{"vni-helve", VNI, false},
		{"VNI-Helve-Condense", VNI, false},
		{"Times New Roman", None, false},
		{"Arial", None, false},
		{"VnTime", None, false},
		{"", None, false},
	}
	for _, tt := range tests {
		if got := FontEncoding(tt.font); got != tt.enc {
			t.Errorf("FontEncoding(%q) = %v, want %v", tt.font, got, tt.enc)
		}
		if got := FontIsCapitals(tt.font); got != tt.capitals {
			t.Errorf("FontIsCapitals(%q) = %v, want %v", tt.font, got, tt.capitals)
		}
	}
	for e, want := range map[Encoding]string{None: "", TCVN3: "TCVN3", VNI: "VNI", Windows1258: "Windows-1258"} {
		if e.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(e), e.String(), want)
		}
	}
}

const sampleLetter = `ỦY BAN NHÂN DÂN HUYỆN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét đề nghị của Trưởng phòng Nội vụ, Ủy ban nhân dân huyện yêu cầu các xã,
thị trấn báo cáo kết quả thực hiện trước ngày 15 tháng 3 năm 2024.
Điều 1. Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với các cơ quan liên quan.
Nơi nhận: Như Điều 3; Lưu: VT.`

func TestDetect(t *testing.T) {
	for _, enc := range []Encoding{TCVN3, VNI, Windows1258} {
		b, err := Encode(enc, sampleLetter)
		if err != nil {
			t.Fatal(err)
		}
		got, conf := Detect(b)
		if got != enc || conf < 0.6 {
			t.Errorf("Detect(%v letter) = %v, %.2f", enc, got, conf)
		}
	}
	negatives := map[string][]byte{
		"ascii":  []byte("Hello world, plain ASCII text only."),
		"utf-8":  []byte(sampleLetter),
		"french": latin1("Le café est très élégant, déjà vu à Noël près de la forêt où naît la rivière."),
		"empty":  nil,
	}
	for name, b := range negatives {
		if got, _ := Detect(b); got != None {
			t.Errorf("Detect(%s) = %v, want None", name, got)
		}
	}
}

func TestPlausibleSyllable(t *testing.T) {
	for w, want := range map[string]bool{
		"người": true, "khuyến": true, "nghiêng": true, "gì": true, "quyết": true, "xoong": true,
		"Việt": true, "ĐIỀU": true, "oái": true,
		"Baựo": false, "B¸o": false, "nhaõn": false, "aaa": false, "hóà": false, "x": false,
	} {
		if got := plausibleSyllable(w); got != want {
			t.Errorf("plausibleSyllable(%q) = %v, want %v", w, got, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("C\xe9ng h\xdfa x\xb7 h\xe9i"), "Cộng hòa xã hội")
	f.Add(latin1("Coäng hoøa xaõ hoäi"), "Ủy ban nhân dân tỉnh")
	f.Add([]byte{0xEA, 0xEC, 0xD2, 0xF2, 'a', 0xF9}, "Độc lập - Tự do")
	f.Fuzz(func(t *testing.T, b []byte, s string) {
		for _, enc := range []Encoding{None, TCVN3, VNI, Windows1258} {
			out := DecodeBytes(enc, b)
			if !utf8.ValidString(out) || !norm.NFC.IsNormalString(out) {
				t.Fatalf("%v: output not NFC UTF-8: %q", enc, out)
			}
			_ = DecodeRunes(enc, string(b))
		}
		Detect(b)
		if !utf8.ValidString(s) {
			return
		}
		for _, enc := range []Encoding{VNI, Windows1258} {
			coded, err := Encode(enc, s)
			if err != nil {
				continue
			}
			if got, want := DecodeBytes(enc, coded), vn.NFC(s); got != want {
				t.Fatalf("%v round trip %q → %q → %q", enc, s, coded, got)
			}
		}
	})
}
