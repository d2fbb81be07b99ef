package extract

import (
	"reflect"
	"strings"
	"testing"
)

// Header layouts of the fourth round (headerCasesRound4) and the fifth
// (testdata/tuning/round5, round4), one table a round.
func TestHeaderLayoutsByRound(t *testing.T) {
	for round, cases := range map[string][]headerCase{"round4": headerCasesRound4, "round5": headerCasesRound5} {
		t.Run(round, func(t *testing.T) { checkHeaderCases(t, cases) })
	}
}

// Header layouts of the fifth round, reduced to their lines, each beside a
// near variant the rule must leave as it was.
const qh5 = "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"

var headerCasesRound5 = []headerCase{
	{"ỦY broken off its BAN",
		"ỦY\nBAN NHÂN DÂN\nTỈNH LAI CHÂU\n--------\n" + qh5 + "Số: 12/UBND-VX\nV/v rà soát dữ liệu\nLai Châu, ngày 25 tháng 11 năm 2025\nKính gửi: Sở Xây dựng.\n",
		"CV", "12/UBND-VX", "Ủy ban nhân dân tỉnh Lai Châu", "2025-11-25", "Lai Châu", "V/v rà soát dữ liệu"},
	{"VĂN broken off its PHÒNG",
		"VĂN\nPHÒNG CHÍNH PHỦ\n-------\n" + qh5 + "Số: 624/TB-VPCP\nHà Nội, ngày 16 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN PHIÊN HỌP\nNgày 15 tháng 11 năm 2025, tại Trụ sở Chính phủ.\n",
		"TB", "624/TB-VPCP", "Văn phòng Chính phủ", "2025-11-16", "Hà Nội", "KẾT LUẬN PHIÊN HỌP"},
	{"a bare VĂN PHÒNG is named by the line under it",
		"VĂN PHÒNG\nCHÍNH PHỦ\n--------\n" + qh5 + "Số: 659/TB-VPCP\nHà Nội, ngày 29 tháng 11 năm 2025\nTHÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG\nNgày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ.\n",
		"TB", "659/TB-VPCP", "Văn phòng Chính phủ", "2025-11-29", "Hà Nội", "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG"},
	{"THỦ TƯỚNG over CHÍNH PHỦ is one issuer",
		"THỦ TƯỚNG\nCHÍNH PHỦ\n--------\n" + qh5 + "Số: 2623/QĐ-TTg\nHà Nội, ngày\n29 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nBAN HÀNH KẾ HOẠCH\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ;\n",
		"QĐ", "2623/QĐ-TTg", "Thủ tướng Chính phủ", "2025-11-29", "Hà Nội", "BAN HÀNH KẾ HOẠCH"},
	{"a code's 'Bộ luật số:' and its type line",
		"QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Bộ luật số: 45/2019/QH14\nHà Nội, ngày 20 tháng 11 năm 2019 BỘ LUẬT LAO ĐỘNG\nCăn cứ Hiến pháp;\n",
		"L", "45/2019/QH14", "Quốc hội", "2019-11-20", "Hà Nội", "LAO ĐỘNG"},
	{"a law's type line on the date line is unchanged",
		"QUỐC HỘI\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 31/2024/QH15\nHà Nội, ngày 18 tháng 01 năm 2024 LUẬT ĐẤT ĐAI\nCăn cứ Hiến pháp;\n",
		"L", "31/2024/QH15", "Quốc hội", "2024-01-18", "Hà Nội", "ĐẤT ĐAI"},
	{"a web copy's notes in brackets around a law's title",
		"QUỐC HỘI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số: 72/2020/QH14 Hà Nội, ngày 17 tháng 11 năm 2020 LUẬT [Xử phạt vi phạm được hướng dẫn bởi Nghị định 45/2022/NĐ-CP] BẢO VỆ MÔI TRƯỜNG [Xử phạt vi phạm được hướng dẫn bởi Nghị định 45/2022/NĐ-CP]\nCăn cứ Hiến pháp;\n",
		"L", "72/2020/QH14", "Quốc hội", "2020-11-17", "Hà Nội", "BẢO VỆ MÔI TRƯỜNG"},
	{"a note broken over lines",
		"QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:\n61/2020/QH14\nHà Nội, ngày 17 tháng 06 năm 2020 LUẬT [Xử phạt vi phạm được hướng dẫn bởi\nNghị định 122/2021/NĐ-CP] ĐẦU TƯ [Xử phạt vi phạm được hướng dẫn bởi\nNghị định 122/2021/NĐ-CP]\nCăn cứ Hiến pháp;\n",
		"L", "61/2020/QH14", "Quốc hội", "2020-06-17", "Hà Nội", "ĐẦU TƯ"},
	{"an older law's title states its issuer and number",
		"QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********\nSố:\n28/2001/QH10 Hà Nội, ngày 29 tháng 6 năm 2001 LUẬT CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 28/2001/QH10 VỀ DI SẢN VĂN HOÁ Di sản văn hoá Việt Nam là tài sản quý giá.\nCăn cứ vào Hiến pháp;\n",
		"L", "28/2001/QH10", "Quốc hội", "2001-06-29", "Hà Nội", "VỀ DI SẢN VĂN HOÁ"},
	{"the number first",
		"QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -Hạnh phúc\nSố: 13/2003/QH11 Hà Nội , ngày 26 tháng 11 năm 2003 LUẬT SỐ13/2003/QH11 CỦA QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM VỀ ĐẤT ĐAI\nCăn cứ vào Hiến pháp;\n",
		"L", "13/2003/QH11", "Quốc hội", "2003-11-26", "Hà Nội", "VỀ ĐẤT ĐAI"},
	{"a conclusion's title opened by CỦA, no number, stays whole",
		"BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/TB-BYT\nHà Nội, ngày 02 tháng 12 năm 2025\nTHÔNG BÁO\nCỦA BỘ TRƯỞNG TẠI CUỘC HỌP VỀ CÔNG TÁC Y TẾ\nNgày 01 tháng 12 năm 2025, Bộ trưởng chủ trì cuộc họp.\n",
		"TB", "7/TB-BYT", "Bộ Y tế", "2025-12-02", "Hà Nội", "CỦA BỘ TRƯỞNG TẠI CUỘC HỌP VỀ CÔNG TÁC Y TẾ"},
	{"a bracket inside a subject stays",
		"BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BYT-KH\nV/v góp ý dự thảo [lần 2]\nHà Nội, ngày 02 tháng 12 năm 2025\nKính gửi: Các Sở Y tế.\n",
		"CV", "12/BYT-KH", "Bộ Y tế", "2025-12-02", "Hà Nội", "V/v góp ý dự thảo [lần 2]"},
	{"a child VĂN PHÒNG under its parent stays two bodies",
		"BỘ TƯ PHÁP\nVĂN PHÒNG\n--------\n" + qh5 + "Số: 45/VP-TH\nV/v lịch công tác\nHà Nội, ngày 29 tháng 11 năm 2025\nKính gửi: Các đơn vị.\n",
		"CV", "45/VP-TH", "Văn phòng Bộ Tư pháp", "2025-11-29", "Hà Nội", "V/v lịch công tác"},
	{"a party committee's line ending in ỦY keeps its department apart",
		"TỈNH ỦY\nBAN TUYÊN GIÁO\n--------\n" + qh5 + "Số: 88-CV/BTGTU\nV/v tuyên truyền\nLai Châu, ngày 02 tháng 12 năm 2025\nKính gửi: Các huyện ủy.\n",
		"CV", "88-CV/BTGTU", "Ban Tuyên giáo", "2025-12-02", "Lai Châu", "V/v tuyên truyền"},
	{"Thành / phố: the place broken inside its level word",
		"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n" + qh5 + "Số: 4085/UBND-ĐT\nV/v rà soát và\nchuẩn hóa dữ liệu số nhà, mã bưu chính\nThành\nphố Hồ Chí Minh, ngày 25 tháng 11 năm 2025\nKính gửi: Sở Xây dựng.\n",
		"CV", "4085/UBND-ĐT", "Ủy ban nhân dân thành phố Hồ Chí Minh", "2025-11-25", "Thành phố Hồ Chí Minh", "V/v rà soát và chuẩn hóa dữ liệu số nhà, mã bưu chính"},
	{"a place of one line is unchanged",
		"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n--------\n" + qh5 + "Số: 4085/UBND-ĐT\nV/v rà soát dữ liệu số nhà\nThành phố Hồ Chí Minh, ngày 25 tháng 11 năm 2025\nKính gửi: Sở Xây dựng.\n",
		"CV", "4085/UBND-ĐT", "Ủy ban nhân dân thành phố Hồ Chí Minh", "2025-11-25", "Thành phố Hồ Chí Minh", "V/v rà soát dữ liệu số nhà"},
	{"a công văn's subject opened by Về alone",
		"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n--------\n" + qh5 + "Số: 5155/SGDĐT-GDTXNNĐH\nVề hướng dẫn đánh giá, xếp loại trung tâm\nhọc tập cộng đồng\nThành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\nKính gửi: Ủy ban nhân dân phường, xã và đặc khu\n",
		"CV", "5155/SGDĐT-GDTXNNĐH", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", "2025-11-28", "Thành phố Hồ Chí Minh", "Về hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng"},
	{"Về far under the number is no subject",
		"SỞ GIÁO DỤC VÀ ĐÀO TẠO\n--------\n" + qh5 + "Số: 5155/SGDĐT-GDTX\nHà Nội, ngày 28 tháng 11 năm 2025\nKính gửi: Các phường.\nVề hướng dẫn đánh giá, Sở đề nghị các phường thực hiện.\n",
		"CV", "5155/SGDĐT-GDTX", "Sở Giáo dục và Đào tạo", "2025-11-28", "Hà Nội", ""},
}

// headerCase is a header reduced to its lines and the fields it must give.
type headerCase struct {
	name, text                                string
	typ, number, issuer, date, place, subject string
}

// checkHeaderCases extracts each case and checks its header fields, and
// that the document's own number is not listed among its references.
func checkHeaderCases(t *testing.T, cases []headerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := FromText(c.text)
			checkHeader(t, r, c.typ, c.number, c.issuer, c.date, c.place, c.subject)
			for _, ref := range r.References {
				if ref.Number == c.number {
					t.Errorf("own number %s listed as a reference", c.number)
				}
			}
		})
	}
}

// fieldCase is a text (after a prefix the cases share) and what one field
// of its result must read.
type fieldCase struct{ name, text, want string }

// checkField extracts prefix + each case's text and compares field(r).
func checkField(t *testing.T, prefix string, field func(*Result) string, cases []fieldCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := field(FromText(prefix + c.text)); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

// An "&" inside a symbol never ends it: a space after it is a copy's slip.
func TestSymbolWithAmpersand(t *testing.T) {
	cases := []struct{ in, want string }{
		{"tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025 về", "15972/SXD-QLN&TTBĐS@2025-11-14"},
		{"tại Công văn số 15972/SXD-QLN&TTBĐS ngày 14 tháng 11 năm 2025 về", "15972/SXD-QLN&TTBĐS@2025-11-14"},
		{"tại Công văn số 15972/SXD-QLN& ngày 14 tháng 11 năm 2025 về", "15972/SXD-QLN&@2025-11-14"},
	}
	for _, c := range cases {
		var got []string
		for _, ref := range FromText("Số: 1/UBND-VP\n" + c.in).References {
			got = append(got, ref.Number+"@"+ref.Date.String())
		}
		if !reflect.DeepEqual(got, []string{c.want}) {
			t.Errorf("%q: %v, want %s", c.in, got, c.want)
		}
	}
}

// Stamps stand by the number and the trích yếu; a plan's body, which no
// "Kính gửi" ends, holds none however it sets its capitals.
func TestStampsStayInTheHeader(t *testing.T) {
	body := strings.Repeat("Các sở, ngành triển khai thực hiện kế hoạch này theo đúng quy định hiện hành.\n", 20)
	cases := []struct{ in, urg, sec string }{
		{"Số: 7/KH-UBND\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nBảo vệ bí mật nhà nước\nKHẨN\n" + body, "Khẩn", ""},
		{"Số: 7/KH-UBND\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nBảo vệ bí mật nhà nước\n\n" + body + "II. Danh mục tài liệu\nMẬT\n" + body, "", ""},
		{"Số: 7/KH-UBND\nĐộ mật: Mật\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nBảo vệ bí mật nhà nước\n\n" + body, "", "Mật"},
		{"Số: 7/KH-UBND\nHà Nội, ngày 2 tháng 12 năm 2025\nKẾ HOẠCH\nBảo vệ bí mật nhà nước\n\n" + body + body + "Độ khẩn: Hỏa tốc\n", "", ""},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Urgency != c.urg || r.Secrecy != c.sec {
			t.Errorf("%.60q: urgency %q secrecy %q, want %q %q", c.in, r.Urgency, r.Secrecy, c.urg, c.sec)
		}
	}
}

// A steering committee's head signs in its office, his government post
// under it; his deputy and a minister's deputy keep theirs.
func TestSignerInCommitteeOffice(t *testing.T) {
	const closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, BCĐ (2b).\n"
	checkSigners(t, "", []signerCase{
		{"head of a steering committee", closing + "TRƯỞNG BAN\nPHÓ THỦ TƯỚNG\nMai Văn Chính\n", "TRƯỞNG BAN", "Mai Văn Chính", ""},
		{"his deputy", closing + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn An\n", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An", "KT. TRƯỞNG BAN"},
		{"a minister's deputy", closing + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n", "THỨ TRƯỞNG", "Lê Văn Bình", "KT. BỘ TRƯỞNG"},
	})
}

// signerCase is a text's end and the signature it must give.
type signerCase struct{ name, text, title, sname, auth string }

// checkSigners extracts prefix + each case's text and checks the signer.
func checkSigners(t *testing.T, prefix string, cases []signerCase) {
	t.Helper()
	for _, c := range cases {
		r := FromText(prefix + c.text)
		if r.Signer.Title != c.title || r.Signer.Name != c.sname || r.Signer.Authority != c.auth {
			t.Errorf("%s: signer = %+v, want %q %q %q", c.name, r.Signer, c.title, c.sname, c.auth)
		}
	}
}

// A web copy of a law keeps the signer's title and name on its last line.
func TestLawSignatureOnOneLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("QUỐC HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Luật số: 45/2019/QH14 Hà Nội, ngày 20 tháng 11 năm 2019 BỘ LUẬT LAO ĐỘNG\nCăn cứ Hiến pháp;\n")
	for range 300 {
		b.WriteString("Điều 1. Người lao động được bảo đảm quyền theo quy định của Bộ luật này.\n")
	}
	b.WriteString("Bộ luật này được Quốc hội khóa XIV thông qua ngày 20 tháng 11 năm 2019.\n")
	checkSigners(t, b.String(), []signerCase{
		{"title and name", "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân", ""},
		{"title and name with a newline", "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân\n", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Thị Kim Ngân", ""},
		{"a sentence in capitals is no signature", "CHỦ TỊCH QUỐC HỘI Nguyễn Thị Kim Ngân đã ký ban hành", "", "", ""},
		{"an office and its body are no title and name", "GIÁM ĐỐC Sở Y Tế", "", "", ""},
	})
}

// A consolidated text is signed by the head of the office that
// authenticates it, where its last article ends, before its footnotes.
func TestConsolidatedTextAuthentication(t *testing.T) {
	var b strings.Builder
	b.WriteString("VĂN PHÒNG QUỐC HỘI -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 09/VBHN-VPQH Hà Nội, ngày 15 tháng 7 năm 2020 LUẬT THỦY LỢI\nLuật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội.\n")
	for range 300 {
		b.WriteString("Điều 1. Tổ chức quản lý khai thác công trình thủy lợi theo quy định của Luật này.\n")
	}
	footnotes := strings.Repeat("[2] Luật Chăn nuôi số 32/2018/QH14 có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2020.\n", 60)
	checkSigners(t, b.String(), []signerCase{
		{"mark, title and name on one line", "XÁC THỰC VĂN BẢN HỢP NHẤT CHỦ NHIỆM Nguyễn Hạnh Phúc [1] Luật Chăn nuôi số 32/2018/QH14.\n" + footnotes, "CHỦ NHIỆM", "Nguyễn Hạnh Phúc", "XÁC THỰC VĂN BẢN HỢP NHẤT"},
		{"the mark in running text is none", "Văn bản được xác thực văn bản hợp nhất theo quy định.\n" + footnotes, "", "", ""},
	})
}
