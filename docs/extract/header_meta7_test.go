package extract

import (
	"strings"
	"testing"
)

// Header rules of the seventh round (testdata/tuning/round7), each with a
// near variant the rule must leave as it was.

// A copy whose header was lost opens on "Kính gửi": a công văn, the only
// type that addresses someone without a type name line.
func TestTypeOfAHeaderlessLetter(t *testing.T) {
	checkField(t, "", func(r *Result) string { return r.Type }, []fieldCase{
		{"opens on Kính gửi", "Kính gửi: Các\nđồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ\nThực hiện Kết luận số 192-KL/TW, yêu cầu các Bộ báo cáo.\n", "CV"},
		{"opens on Kính gửi and a dash list", "Kính gửi:\n- Vụ Pháp chế.\nThủ tướng Chính phủ đã ban hành Công điện số 220/CĐ-TTg.\n", "CV"},
		{"a body with no Kính gửi stays untyped", "UBND tỉnh có ý kiến như sau:\nGiao Sở Tài nguyên và Môi trường chủ trì.\n", ""},
		{"a tờ trình keeps its type line", "TỜ TRÌNH\nVề việc phê duyệt đề án\nKính gửi: Ủy ban nhân dân tỉnh.\n", "TTr"},
	})
}

// The deputy head of a steering committee signs in his deputy's office,
// his government post under it.
func TestSignerDeputyInCommitteeOffice(t *testing.T) {
	const closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, BCĐ (02).\n"
	checkSigners(t, "", []signerCase{
		{"deputy head with a government post", closing + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\nPHÓ THỦ TƯỚNG\nPhạm Thị Thanh Trà\n",
			"PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Phạm Thị Thanh Trà", "KT. TRƯỞNG BAN"},
		{"deputy head of a delegation", closing + "KT. TRƯỞNG ĐOÀN\nPHÓ TRƯỞNG ĐOÀN\nTHỨ TRƯỞNG\nLê Văn Bình\n",
			"PHÓ TRƯỞNG ĐOÀN", "Lê Văn Bình", "KT. TRƯỞNG ĐOÀN"},
		{"a minister's deputy is unchanged", closing + "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Bình\n", "THỨ TRƯỞNG", "Lê Văn Bình", "KT. BỘ TRƯỞNG"},
		{"the committee's deputy without a post is unchanged", closing + "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nNguyễn Văn An\n", "PHÓ TRƯỞNG BAN", "Nguyễn Văn An", "KT. TRƯỞNG BAN"},
	})
}

// A subject in capitals that ends on a compound whose second half is a
// body's head ("CÔNG VỤ", "DỊCH VỤ") is no authority line.
func TestCapsSubjectEndingOnACompound(t *testing.T) {
	const head = "ỦY BAN NHÂN\nDÂN\nTỈNH ĐỒNG THÁP\n--------\nCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố:\n143/2025/QĐ-UBND\nĐồng Tháp,\nngày 02 tháng 12 năm 2025\nQUYẾT ĐỊNH\n"
	const subject = "BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KHAI THÁC, SỬ DỤNG\nHỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TỈNH ĐỒNG THÁP\n"
	checkField(t, head, func(r *Result) string { return r.Subject }, []fieldCase{
		{"CÔNG VỤ ends the subject", subject + "Căn cứ Luật Tổ chức chính quyền địa phương;\n",
			"BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KHAI THÁC, SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TỈNH ĐỒNG THÁP"},
		{"DỊCH VỤ ends the subject", "QUY ĐỊNH GIÁ\nDỊCH VỤ TỈNH ĐỒNG THÁP\nCăn cứ Luật Giá;\n", "QUY ĐỊNH GIÁ DỊCH VỤ TỈNH ĐỒNG THÁP"},
		{"an authority line under it is still cut", subject + "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
			"BAN HÀNH QUY CHẾ QUẢN LÝ, VẬN HÀNH, KHAI THÁC, SỬ DỤNG HỆ THỐNG THƯ ĐIỆN TỬ CÔNG VỤ TỈNH ĐỒNG THÁP"},
	})
}

// Nơi nhận: the "+" lines under a unit opened with a colon are its parts,
// in its item; a drafter's mark that ends the "Lưu" line stays in it.
func TestNoiNhanSubListsAndDrafterMark(t *testing.T) {
	const head = "BỘ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BNV-TCBC\nHà Nội, ngày 21 tháng 11 năm 2025\nV/v báo cáo\nKính gửi: Các bộ.\nĐề nghị các bộ báo cáo./.\nNơi nhận:\n- Như trên;\n"
	const sig = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nVũ Chiến Thắng\n"
	checkField(t, head, func(r *Result) string { return strings.Join(r.NoiNhan, "|") + " ~ " + r.Signer.Name }, []fieldCase{
		{"parts under a unit", "- VP UBND tỉnh:\n+ LĐVP, KGVX;\n+ TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo);\n- Lưu: VT, KGVX.\n" + sig,
			"Như trên|VP UBND tỉnh: + LĐVP, KGVX; + TTTT: 01 bản giấy, 01 bản điện tử (đăng Công báo)|Lưu: VT, KGVX ~ Vũ Chiến Thắng"},
		{"the first part on the unit's line", "- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n- Lưu: VT, KTTHVTD.\n" + sig,
			"Như trên|VPUB: + CVP, các PCVP (đ/b); + Cổng TTĐT tỉnh (đưa tin)|Lưu: VT, KTTHVTD ~ Vũ Chiến Thắng"},
		{"a + line after a closed item is its own", "- Sở Y tế;\n+ Sở Tài chính;\n- Lưu: VT.\n" + sig,
			"Như trên|Sở Y tế|Sở Tài chính|Lưu: VT ~ Vũ Chiến Thắng"},
		{"the drafter's mark after the entry", "- Lưu VT, NN (03). Hg.\n" + sig, "Như trên|Lưu VT, NN (03). Hg ~ Vũ Chiến Thắng"},
		{"the drafter's initials after a Q.", "- Lưu: VT, QHĐP (2b)Q.Cường.\n" + sig, "Như trên|Lưu: VT, QHĐP (2b)Q.Cường ~ Vũ Chiến Thắng"},
		{"a signature flattened onto the entry is cut", "- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n", "Như trên|Lưu: VT, ĐMDN (2b) ~ Mai Tiến Dũng"},
	})
}

// A cited document's date that contradicts the year of its symbol gives
// way to another citation's that agrees.
func TestReferenceDateAgreesWithSymbol(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"a slip in the first citation", "thực hiện Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt. Theo Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội.", "2024-11-27"},
		{"the first date agrees: kept", "theo Nghị quyết số 163/2024/QH15 ngày 27/11/2024. Theo Nghị quyết số 163/2024/QH15 ngày 28/11/2024.", "2024-11-27"},
		{"no other date: the slip stays", "thực hiện Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025 phê duyệt.", "2025-11-27"},
		{"the day it takes effect is no day of issue", "bãi bỏ Nghị quyết số 724/2009/UBTVQH12 của Ủy ban Thường vụ Quốc hội kể từ ngày 01 tháng 01 năm 2016.", ""},
		{"the day of issue after the issuer stays", "theo Thông tư số 556/2007/TT-TTCP của Thanh tra Chính phủ ngày 26 tháng 3 năm 2007.", "2007-03-26"},
		{"a symbol without a year takes the first", "theo Công văn số 12/UBND-VX ngày 02/3/2024. Công văn số 12/UBND-VX ngày 05/3/2025.", "2024-03-02"},
	}
	for _, c := range cases {
		refs := findReferences(c.text, "")
		if len(refs) != 1 || refs[0].Date.String() != c.want {
			t.Errorf("%s: refs %+v, want one dated %s", c.name, refs, c.want)
		}
	}
}

// A resolution of the Quốc hội is typed by its type line, its symbol
// naming no type; a law keeps "L".
func TestTypeOfAQuocHoiResolution(t *testing.T) {
	const qh = "QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- "
	check := func(r *Result) string { return r.Type + " | " + r.Subject }
	checkField(t, qh, check, []fieldCase{
		{"a resolution", "Nghị quyết số: 96/2023/QH15\nHà Nội, ngày 23 tháng 6 năm 2023 NGHỊ QUYẾT VỀ VIỆC LẤY PHIẾU TÍN NHIỆM ĐỐI VỚI NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU HOẶC PHÊ CHUẨN QUỐC HỘI\nCăn cứ Hiến pháp;\n",
			"NQ | VỀ VIỆC LẤY PHIẾU TÍN NHIỆM ĐỐI VỚI NGƯỜI GIỮ CHỨC VỤ DO QUỐC HỘI, HỘI ĐỒNG NHÂN DÂN BẦU HOẶC PHÊ CHUẨN"},
		{"a decision numbered as a directive", "Số: 55/2007/CT-UBND\nHà Nội, ngày 05 tháng 3 năm 2007\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH HÀNH ĐỘNG\nCăn cứ Luật Tổ chức;\n", "QĐ | BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG"},
		{"a law", "Luật số: 26/2023/QH15\nHà Nội, ngày 27 tháng 11 năm 2023 LUẬT CĂN CƯỚC\nCăn cứ Hiến pháp;\n", "L | CĂN CƯỚC"},
	})
}

// A body after "CỦA" is the subject's own words; an older title that
// restates its own number or its issuer after its name is cut there, a
// cited document's number is kept.
func TestSubjectRestatedTail(t *testing.T) {
	const qh = "QUỐC HỘI ******** CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ********\n"
	const cp = "CHÍNH PHỦ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
	checkField(t, "", func(r *Result) string { return r.Subject }, []fieldCase{
		{"a body after CỦA", qh + "Luật số:\n87/2015/QH13\nHà Nội, ngày 20 tháng 11 năm 2015 LUẬT HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN\nCăn cứ Hiến pháp;\n",
			"HOẠT ĐỘNG GIÁM SÁT CỦA QUỐC HỘI VÀ HỘI ĐỒNG NHÂN DÂN"},
		{"a ministry after CỦA", cp + "Số: 131/2025/NĐ-CP\nHà Nội, ngày 12 tháng 6 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH PHÂN ĐỊNH THẨM QUYỀN TRONG LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCăn cứ Luật Tổ chức Chính phủ;\n",
			"QUY ĐỊNH PHÂN ĐỊNH THẨM QUYỀN TRONG LĨNH VỰC QUẢN LÝ NHÀ NƯỚC CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"},
		{"a law's name that opens like a body's", "QUỐC HỘI -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Luật số:\n07/2022/QH15\nHà Nội, ngày 16 tháng 6 năm 2022 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT SỞ HỮU TRÍ TUỆ\nCăn cứ Hiến pháp;\n",
			"SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT SỞ HỮU TRÍ TUỆ"},
		{"the issuer restated into the national title", qh + "Số:\n42/2005/QH11\nHà Nội, ngày 14 tháng 6 năm 2005 LUẬT SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT HẢI QUAN CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 42/2005/QH11 NGÀY 14 THÁNG 6 NĂM 2005\nCăn cứ vào Hiến pháp;\n",
			"SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT HẢI QUAN"},
		{"the own number restated", qh + "Số: 24-L/CTN\nHà Nội, ngày 14 tháng 7 năm 1993 LUẬT ĐẤT ĐAI SỐ 24-L/CTN NGÀY 14/07/1993 CỦA QUỐC HỘI\nĐất đai là tài nguyên quốc gia vô cùng quý giá.\n",
			"ĐẤT ĐAI"},
		{"a cited decree's number stays", cp + "Số: 167/2025/NĐ-CP\nHà Nội, ngày 30 tháng 6 năm 2025\nNGHỊ ĐỊNH SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 08/2015/NĐ-CP NGÀY 21 THÁNG 01 NĂM 2015 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT LUẬT HẢI QUAN\nCăn cứ Luật Tổ chức Chính phủ;\n",
			"SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 08/2015/NĐ-CP NGÀY 21 THÁNG 01 NĂM 2015 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT LUẬT HẢI QUAN"},
	})
}

// A date line whose comma was left out is read by the number; a cited
// law's "… ngày …" in the body is not.
func TestDateLineWithoutComma(t *testing.T) {
	const head = "CHÍNH PHỦ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
	checkField(t, head, func(r *Result) string { return r.Place + " " + r.Date.String() }, []fieldCase{
		{"on the number's line", "Số: 87/2025/NĐ-CP Hà Nội ngày 11 tháng 4 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH VIỆC GIẢM TIỀN THUÊ ĐẤT\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n", "Hà Nội 2025-04-11"},
		{"on the line under it", "Số: 87/2025/NĐ-CP\nHà Nội ngày 11 tháng 4 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH VIỆC GIẢM TIỀN THUÊ ĐẤT\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n", "Hà Nội 2025-04-11"},
		{"a cited law's date is none", "Số: 87/2025/NĐ-CP\nNGHỊ ĐỊNH QUY ĐỊNH VIỆC GIẢM TIỀN THUÊ ĐẤT\nCăn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;\n", " "},
		{"with its comma, unchanged", "Số: 87/2025/NĐ-CP Hà Nội, ngày 11 tháng 4 năm 2025\nNGHỊ ĐỊNH QUY ĐỊNH VIỆC GIẢM TIỀN THUÊ ĐẤT\n", "Hà Nội 2025-04-11"},
	})
}

// An older law reprinted by the Công báo is signed by a name and "(Đã
// ký)" alone; a line that is no name gives none.
func TestSignedNameWithoutTitle(t *testing.T) {
	const law = "QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 29/2001/QH10\nHà Nội, ngày 29 tháng 6 năm 2001\nLUẬT\nHẢI QUAN\nCăn cứ vào Hiến pháp;\nĐiều 1. Luật này quy định về hải quan.\nLuật này đã được Quốc hội thông qua ngày 29 tháng 6 năm 2001.\n"
	checkSigners(t, law, []signerCase{
		{"name and (Đã ký)", "Nông Đức Mạnh (Đã ký)\n", "", "Nông Đức Mạnh", ""},
		{"before an appendix", "Võ Văn Kiệt (Đã ký)\nPHỤ LỤC\n| Hệ số | 0,00 |\n", "", "Võ Văn Kiệt", ""},
		{"no (Đã ký): none", "Nông Đức Mạnh\n", "", "", ""},
		{"a body (Đã ký) is no name", "Bộ Tài Chính (Đã ký)\n", "", "", ""},
		{"with a title, as before", "CHỦ TỊCH QUỐC HỘI\nNguyễn Văn An (Đã ký)\n", "CHỦ TỊCH QUỐC HỘI", "Nguyễn Văn An", ""},
	})
}

// A copy with no header that opens on the summary sentence "Ngày …, X ban
// hành Công văn N về việc …" takes its fields from it; a body sentence
// that cites another document that way later on gives nothing.
func TestSummarySentence(t *testing.T) {
	fields := func(r *Result) string {
		return strings.Join([]string{r.Type, r.Number, r.Date.String(), r.Issuer, r.Subject, r.Unsure["number"]}, " | ")
	}
	checkField(t, "", fields, []fieldCase{
		{"a công văn", "Ngày 18/11/2025, Bộ Tài chính ban hành Công văn 17899/BTC-VP năm 2025 về việc bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã.\nTheo đó, thực hiện Kết luận 186-KL/TW.\n",
			"CV | 17899/BTC-VP | 2025-11-18 | Bộ Tài chính | bồi dưỡng, tập huấn nghiệp vụ thuế cho công chức, viên chức cấp xã | bản sao không có phần đầu, số lấy từ câu tóm tắt «Ngày …, … ban hành …»"},
		{"a decision, the date in words", "Ngày 10 tháng 11 năm 2025, Bộ Văn hóa Thể thao và Du lịch đã ban hành Quyết định 4269/QĐ-BVHTTDL về việc tổ chức Hội thảo tập huấn.\n",
			"QĐ | 4269/QĐ-BVHTTDL | 2025-11-10 | Bộ Văn hóa, Thể thao và Du lịch | tổ chức Hội thảo tập huấn | bản sao không có phần đầu, số lấy từ câu tóm tắt «Ngày …, … ban hành …»"},
		{"not the first line", "Thông tin văn bản.\nNgày 18/11/2025, Bộ Tài chính ban hành Công văn 17899/BTC-VP về việc bồi dưỡng.\n",
			" |  |  |  |  | không tìm thấy số, ký hiệu văn bản"},
	})
}

// "thứ Năm, ngày 04/12/2025" in a body is a weekday, no place and date
// line.
func TestWeekdayIsNoPlace(t *testing.T) {
	checkField(t, "", func(r *Result) string { return r.Place + "|" + r.Date.String() }, []fieldCase{
		{"a weekday", "Kính gửi: Các đơn vị.\n- Thời gian: Tập huấn 1 ngày, thứ Năm, ngày 04/12/2025\n", "|"},
		{"a place", "Số: 12/UBND-VP\nKon Tum, ngày 04 tháng 12 năm 2025\nKính gửi: Các đơn vị.\n", "Kon Tum|2025-12-04"},
	})
}
