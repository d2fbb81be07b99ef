// Package gentext generates large Vietnamese official texts for the tests
// and benchmarks that prove reading and extraction stay linear in the size
// of the input. The text is made of the shapes the extractor reacts to (a
// Decree 30 header, numbered items, assignments with deadlines, citations),
// varied by a seeded counter so no two paragraphs are the same.
package gentext

import (
	"bytes"
	"fmt"
)

const header = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/UBND-KTTH
Kon Tum, ngày 15 tháng 3 năm 2021
V/v tăng cường công tác cải cách hành chính
Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các huyện, thành phố.
`

var paragraphs = []string{
	"%d. Giao Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tham mưu kế hoạch cải cách hành chính năm %d, hoàn thành trước ngày %d/%d/2021.",
	"Thực hiện Công văn số %d/BNV-CCHC ngày %d/%d/2020 của Bộ Nội vụ về việc hướng dẫn xác định Chỉ số cải cách hành chính, Ủy ban nhân dân tỉnh đề nghị các đơn vị thực hiện tốt các nội dung sau:",
	"- Đề nghị Sở Tài chính bố trí kinh phí thực hiện nhiệm vụ số %d; báo cáo kết quả về Ủy ban nhân dân tỉnh chậm nhất ngày %d tháng %d năm 2021.",
	"%d.%d. Các sở, ban, ngành định kỳ báo cáo tình hình thực hiện trước ngày 20 hằng tháng; báo cáo năm gửi trước ngày 15 tháng 12 năm %d.",
	"Căn cứ Nghị định số %d/2020/NĐ-CP ngày %d tháng %d năm 2020 của Chính phủ về công tác văn thư; Quyết định số %d/QĐ-UBND của Ủy ban nhân dân tỉnh.",
	"Ủy ban nhân dân các huyện, thành phố có trách nhiệm rà soát thủ tục hành chính thuộc thẩm quyền, công khai trên Cổng dịch vụ công trong quý %s/2021; nếu có khó khăn, vướng mắc, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.",
	"Trong thời hạn %d ngày làm việc kể từ ngày nhận được văn bản này, Sở Thông tin và Truyền thông hướng dẫn triển khai phần mềm quản lý văn bản, mục %d.",
	"Tổng hợp số liệu: đã tiếp nhận %d hồ sơ, giải quyết đúng hạn %d hồ sơ, trễ hạn %d hồ sơ; tỷ lệ hài lòng đạt %d phần trăm.",
}

var quarters = []string{"I", "II", "III", "IV"}

// Text returns about size bytes of UTF-8 text. With oneLine the line breaks
// are spaces: the whole text is a single paragraph, as a badly exported
// file can be.
func Text(size int, oneLine bool) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	b.WriteString(header)
	for i := 0; b.Len() < size; i++ {
		n := i*7919 + 13
		p := paragraphs[i%len(paragraphs)]
		switch i % len(paragraphs) {
		case 5:
			fmt.Fprintf(&b, p, quarters[n%4])
		case 3:
			fmt.Fprintf(&b, p, n%9+1, n%7+1, 2021+n%5)
		default:
			fmt.Fprintf(&b, p, n%997+1, n%28+1, n%12+1, n%3000+1)
		}
		b.WriteByte('\n')
	}
	out := b.Bytes()
	if oneLine {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte(" "))
	}
	return out
}
