package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"vanthu/docs/vn"
)

// FuzzFromText runs every stage bare, without FromText's recover, so that
// any panic is reported, and checks that spans stay inside the text.
func FuzzFromText(f *testing.F) {
	for _, name := range []string{"kh-docx.txt", "cv-pdf.txt"} {
		f.Add(readTestdata(f, name))
	}
	for _, s := range []string{"Số: 1/", "Nơi nhận: - | KT.", "Kính gửi:\n-", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", ", ngày 1 tháng 2 năm", "Quyết định số 12/QĐ-\n",
		"Số:\n1/QĐ-X\n", "Luật số: 56/2010/QH12 |", "số 135/2020/NĐ -CP", "số 66.4/2025/NQ-CP", "Kính gửi:\nCông ty X. (Đ/c: Y)",
		"Ngày 28 tháng 10 năm 2025, Chủ tịch đã ban hành Công văn số 3280/UBND-VX", "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nVĂN PHÒNG\n\nĐẢNG CỘNG SẢN\nVIỆT NAM",
		"CỤC THUẾ\nTHUẾ TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nA B",
		// seventh round: a summary sentence, a restated title, "(Đã ký)", "+" parts, a date line without comma
		"Ngày 1/2/2025, Bộ X ban hành Công văn 1/BX-Y về việc z", "Số: 1/2005/QH11 X ngày 1 tháng 2 năm 2005 LUẬT A CỦA QUỐC HỘI NƯỚC CỘNG HOÀ X SỐ 1/2005/QH11",
		"Điều 1.\nA Bé (Đã ký)", "Nơi nhận:\n- VP:\n+ A;\n+ Lưu: VT. Hg", "Kính gửi: A\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nPHÓ THỦ TƯỚNG\nA B",
		// ninth round: no national title, OCR's numbers, the body above "Căn cứ", a glued type name, a seal's mark
		"ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 45/UBND-VX\n", "SỞ Y TẾ\nsó:426b /QĐ-SYT\nCỘNG HÒA XÃ HỘI", "Số: /427 /", "Số: 4 /",
		"| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/NQ-X\nNGHỊ QUYẾT\nVề a\n---\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nCăn cứ a;\n",
		"QUYẾTĐỊNH\nVề a TẠI\nNGÂN HÀNG X\nCăn cứ", "Nơi nhận:\n- A;\n- Lưu.\nGIÁM ĐỐC\n{Lê Bé\nTM. TỔ CHỨC\n{", "Ngày 1/2/2025, Văn phòng Ban chấp hành trung ương ban hành Công văn 1-CV/VPTW về a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = vn.NFC(s)
		}
		r := newResult(vn.NFC(s))
		extractInto(r, bare)
		for k, sp := range r.Spans {
			if sp.Start < 0 || sp.End > len(r.Text) || sp.Start > sp.End {
				t.Fatalf("span %s = %v, text length %d", k, sp, len(r.Text))
			}
		}
		for _, ref := range r.References {
			if ref.Start < 0 || ref.End > len(r.Text) || ref.Start > ref.End {
				t.Fatalf("reference %s span %d-%d", ref.Number, ref.Start, ref.End)
			}
		}
	})
}

// FuzzRespellFromBody checks that respelling keeps the name's words and
// changes nothing it does not report.
func FuzzRespellFromBody(f *testing.F) {
	f.Add("Sở Thông tin và Truyển thông", "Sở thông tin và Truyền thông tỉnh")
	f.Add("Ủy ban nhân dân", "Uỷ ban nhân dân")
	f.Add("A B", "ả b. (a) b")
	f.Fuzz(func(t *testing.T, name, body string) {
		name, body = vn.NFC(name), vn.NFC(body)
		got, changed := respellFromBody(name, body)
		if changed == "" && got != name {
			t.Fatalf("changed %q to %q without saying so", name, got)
		}
		if changed != "" && len(strings.Fields(got)) != len(strings.Fields(name)) {
			t.Fatalf("%q respelt to %q: words lost", name, got)
		}
		if f := foldSpaced(name); f != vn.Fold(strings.Join(strings.Fields(name), " ")) {
			t.Fatalf("foldSpaced(%q) = %q, vn.Fold gives %q", name, f, vn.Fold(strings.Join(strings.Fields(name), " ")))
		}
		if changed != "" && vn.Fold(got) != vn.Fold(strings.Join(strings.Fields(name), " ")) {
			t.Fatalf("%q respelt to %q: letters changed, not marks", name, got)
		}
	})
}

// BenchmarkFromText measures a full letter: the dev corpus's longest công
// văn where present, else the committed synthetic plan.
func BenchmarkFromText(b *testing.B) {
	text := readTestdata(b, "kh-docx.txt")
	if data, err := os.ReadFile(filepath.Join(devCorpusPath(), "cv-ubnd-kontum-cchc-2021.txt")); err == nil {
		text = string(data)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		FromText(text)
	}
}

// devCorpusPath is ../shared/corpus/dev beside the module root, or "".
func devCorpusPath() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "corpus", "dev")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// FuzzWithFieldPunctuation checks that giving a name its fields' commas
// and dashes changes nothing but them (and the old-style tone of "hoá").
func FuzzWithFieldPunctuation(f *testing.F) {
	for _, s := range []string{"Bộ Văn hóa Thể thao và Du lịch", "Sở Lao động-Thương binh và Xã hội tỉnh X", "- - Lao động", "Văn hóa, Thể thao và", ""} {
		f.Add(s)
	}
	bare := func(s string) string {
		s = vn.NewStyleTones(strings.ToLower(s))
		return strings.Map(func(r rune) rune {
			if r == ',' || r == '-' || r == '–' || r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0xA0 {
				return -1
			}
			return r
		}, strings.Join(strings.Fields(s), " "))
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = vn.NFC(strings.ToValidUTF8(s, ""))
		if got := withFieldPunctuation(s); got != s && bare(got) != bare(s) {
			t.Fatalf("%q became %q", s, got)
		}
	})
}
