package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/docs/vn"
	"vanthu/internal/gentext"
)

// planHead is a plan's header: no "Kính gửi" nor "Căn cứ" ends it, so
// every header rule may read on into the body.
const planHead = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 141/KH-UBND
Kon Tum, ngày 15 tháng 3 năm 2025
KẾ HOẠCH
Phổ biến, quán triệt các quy định mới của pháp luật về đất đai
`

const planTail = `
Nơi nhận:
- Như trên;
- Lưu: VT, KTTH.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn An
`

// lawText is the longest law of ../shared/corpus/legal (the 800 KB Luật
// Đất đai 2024), or generated text of that size where the corpus is absent.
func lawText(b *testing.B) string {
	if data, err := os.ReadFile(filepath.Join(filepath.Dir(devCorpusPath()), "legal", "luat-dat-dai-2024.txt")); err == nil {
		return string(data)
	}
	return string(gentext.Text(800<<10, false))
}

// benchTexts are a letter made of law articles (the 10 000-letter import
// the header was profiled on) and a whole law.
func benchTexts(b *testing.B) map[string]string {
	law := lawText(b)
	body := law
	if i := strings.Index(law, "Điều 1."); i >= 0 {
		body = law[i:]
	}
	body = vn.Prefix(body, 24<<10)
	return map[string]string{
		"letter": vn.NFC(planHead + body + planTail),
		"law":    vn.NFC(law),
	}
}

// BenchmarkHeader measures the header stage alone (number, date, issuer,
// type, subject, stamps) and the signature block.
//
//	go test -run - -bench 'Header|FromTextLong' ./docs/extract/
func BenchmarkHeader(b *testing.B) {
	benchEach(b, func(text string) {
		r := newResult(text)
		d := newDoc(text)
		d.header(r)
		d.signer(r)
	})
}

// BenchmarkFromTextLong is the whole extraction of the same texts.
func BenchmarkFromTextLong(b *testing.B) {
	benchEach(b, func(text string) { FromText(text) })
}

// benchEach runs fn on each of benchTexts as a sub-benchmark.
func benchEach(b *testing.B, fn func(text string)) {
	texts := benchTexts(b)
	for _, name := range []string{"letter", "law"} {
		text := texts[name]
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				fn(text)
			}
		})
	}
}
