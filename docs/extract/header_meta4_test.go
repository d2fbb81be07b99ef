package extract

import (
	"strings"
	"testing"
)

// Header layouts of the fourth round (testdata/tuning/meta4), reduced to
// their lines, each with a near variant the rule must not change; run by
// TestHeaderLayoutsByRound.
const qh4 = "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"

var headerCasesRound4 = []headerCase{
	{"number on the line under Số:",
		"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n-------\n" + qh4 + "Số:\n125/2025/QĐ-UBND\nHuế, ngày 24\ntháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH QUY TRÌNH RÀ SOÁT\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
		"QĐ", "125/2025/QĐ-UBND", "Ủy ban nhân dân thành phố Huế", "2025-11-24", "Huế", "BAN HÀNH QUY TRÌNH RÀ SOÁT"},
	{"a law's 'Luật số:'",
		"QUỐC HỘI\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n--------------\nLuật số: 56/2010/QH12 | Hà Nội, ngày 15 tháng 11 năm 2010\nLUẬT\nTHANH TRA\nCăn cứ Hiến pháp;\n",
		"L", "56/2010/QH12", "Quốc hội", "2010-11-15", "Hà Nội", "THANH TRA"},
	{"V/v stops at the date line under it",
		"BỘ NỘI VỤ\n--------\n" + qh4 + "Số: 10989/BNV-TCBC\nV/v\nđề xuất biên chế theo vị trí việc làm\nHà Nội, ngày 21 tháng\n11 năm 2025\nKính gửi: Các bộ.\n",
		"CV", "10989/BNV-TCBC", "Bộ Nội vụ", "2025-11-21", "Hà Nội", "V/v đề xuất biên chế theo vị trí việc làm"},
	{"V/v stops at a place broken over two lines",
		"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n" + qh4 + "Số: 4240/UBND-VX\nV/v khẩn trương hoàn thành cập nhật, đồng bộ\ncơ sở dữ liệu cán bộ\nThành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025\nKính gửi: Sở Nội vụ.\n",
		"CV", "4240/UBND-VX", "Ủy ban nhân dân thành phố Hồ Chí Minh", "2025-11-28", "Thành phố Hồ Chí Minh", "V/v khẩn trương hoàn thành cập nhật, đồng bộ cơ sở dữ liệu cán bộ"},
	{"party office under the Central Committee",
		"BAN CHẤP HÀNH\nTRUNG ƯƠNG\nVĂN PHÒNG\n\nĐẢNG CỘNG SẢN\nVIỆT NAM\n---------------\nSố 07-KL/VPTW\nHà Nội, ngày 01 tháng 12 năm 2025\n\nKẾT LUẬN\n\nCỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG\n\nTẠI HỘI NGHỊ TOÀN QUỐC NĂM 2025\n\n-----\n\nHội nghị đã thống nhất đánh giá kết quả.\n",
		"KL", "07-KL/VPTW", "Văn phòng Trung ương Đảng", "2025-12-01", "Hà Nội", "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TẠI HỘI NGHỊ TOÀN QUỐC NĂM 2025"},
	{"party department flattened onto one line",
		"BAN CHẤP HÀNH TRUNG ƯƠNG BAN TỔ CHỨC\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-HD/BTCTW\nHà Nội, ngày 10 tháng 11 năm 2025\nHƯỚNG DẪN\nVỀ CÔNG TÁC NHÂN SỰ\nCăn cứ Điều lệ Đảng;\n",
		"HD", "45-HD/BTCTW", "Ban Tổ chức Trung ương", "2025-11-10", "Hà Nội", "VỀ CÔNG TÁC NHÂN SỰ"},
	{"tax office under the Cục Thuế",
		"CỤC THUẾ\nTHUẾ TỈNH VĨNH LONG\n-------\n" + qh4 + "Số: 1539/VLO-QLDN3\nV/v trả lãi tiền vay cho cổ đông\nVĩnh Long, ngày\n02 tháng 12 năm 2025\nNgày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được Công văn.\n",
		"CV", "1539/VLO-QLDN3", "Thuế tỉnh Vĩnh Long", "2025-12-02", "Vĩnh Long", "V/v trả lãi tiền vay cho cổ đông"},
	{"tax office flattened onto the parent's line",
		"CỤC THUẾ THUẾ TỈNH VĨNH LONG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 1539/VLO-QLDN3 V/v trả lãi tiền vay Vĩnh Long, ngày 02 tháng 12 năm 2025\nNgày 18/11/2025, Thuế tỉnh Vĩnh Long có nhận được Công văn.\n",
		"CV", "1539/VLO-QLDN3", "Thuế tỉnh Vĩnh Long", "2025-12-02", "Vĩnh Long", "V/v trả lãi tiền vay"},
	{"a subject ending on a tax is no authority line",
		"BỘ TÀI CHÍNH\n-------\n" + qh4 + "Số: 12/2025/TT-BTC\nHà Nội, ngày 02 tháng 12 năm 2025\nTHÔNG TƯ\nHƯỚNG DẪN MỨC THU\nTHUẾ BẢO VỆ MÔI TRƯỜNG\nCăn cứ Luật Thuế bảo vệ môi trường;\n",
		"TT", "12/2025/TT-BTC", "Bộ Tài chính", "2025-12-02", "Hà Nội", "HƯỚNG DẪN MỨC THU THUẾ BẢO VỆ MÔI TRƯỜNG"},
	{"authority line of a steering committee holds 'VỀ'",
		"BAN CHỈ ĐẠO NHÀ\nNƯỚC\nVỀ DU LỊCH\n-------\n" + qh4 + "Số: 170/QĐ-BCĐNNDL\nHà Nội, ngày 21\ntháng 11 năm 2025\n\nQUYẾT ĐỊNH\n\nBAN\nHÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\n\nTRƯỞNG BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH\n\nCăn cứ Luật Tổ chức Chính phủ;\n",
		"QĐ", "170/QĐ-BCĐNNDL", "Ban Chỉ đạo Nhà nước về du lịch", "2025-11-21", "Hà Nội", "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO NHÀ NƯỚC VỀ DU LỊCH"},
	{"authority line opening its line, after a law's name that is a body's",
		"CHÍNH PHỦ\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 86/2011/NĐ-CP | Hà Nội, ngày 22 tháng 09 năm 2011\nNGHỊ ĐỊNH\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THANH TRA\nCHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ;\n",
		"NĐ", "86/2011/NĐ-CP", "Chính phủ", "2011-09-22", "Hà Nội", "QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT THANH TRA"},
	{"the national title after a page of web summary",
		"Số hiệu:\n96/CĐ-BXD\nLoại văn bản:\nCông điện\n## Bộ Xây dựng yêu cầu ứng phó mưa lũ\n" + strings.Repeat("Bộ Xây dựng yêu cầu các cơ quan, đơn vị tập trung ứng phó, khắc phục nhanh hậu quả mưa lũ tại khu vực Trung Bộ.\n", 40) +
			"BỘ XÂY DỰNG\n-------\n" + qh4 + "Số: 96/CĐ-BXD\nHà Nội, ngày 22\ntháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ VIỆC ỨNG PHÓ MƯA LŨ\nBỘ XÂY DỰNG điện:\n- Sở Xây dựng các tỉnh.\n",
		"CĐ", "96/CĐ-BXD", "Bộ Xây dựng", "2025-11-22", "Hà Nội", "VỀ VIỆC ỨNG PHÓ MƯA LŨ"},
}

// Signature blocks of the fourth round.
func TestSignerRound4(t *testing.T) {
	const head = "BỘ NỘI VỤ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BNV-TCBC\nHà Nội, ngày 21 tháng 11 năm 2025\nV/v báo cáo\nKính gửi: Các bộ.\nĐề nghị các bộ báo cáo./.\n"
	checkSigners(t, head, []signerCase{
		{"KT. with an unknown title: the deputy's starts at PHÓ",
			"Nơi nhận:\n- Như trên;\n- Lưu: VT, QLDN3.\nKT. TRƯỞNG THUẾ\nTỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\nHuỳnh Minh Giám\n",
			"PHÓ TRƯỞNG THUẾ TỈNH", "Huỳnh Minh Giám", "KT. TRƯỞNG THUẾ TỈNH"},
		{"KT. and title flattened onto the Lưu line",
			"Nơi nhận:\n- Như trên;\n- Lưu: VT, QLDN3. H(4) KT. TRƯỞNG THUẾ TỈNH PHÓ TRƯỞNG THUẾ TỈNH Huỳnh Minh Giám\n",
			"PHÓ TRƯỞNG THUẾ TỈNH", "Huỳnh Minh Giám", "KT. TRƯỞNG THUẾ TỈNH"},
		{"KT. of a known office stays as it was",
			"Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nVũ Chiến Thắng\n",
			"THỨ TRƯỞNG", "Vũ Chiến Thắng", "KT. BỘ TRƯỞNG"},
	})
}

// A law has no Nơi nhận and no "./.": its signature closes the text, far
// from the header.
func TestLawSignatureAtTheEnd(t *testing.T) {
	var b strings.Builder
	b.WriteString("QUỐC HỘI\n------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nLuật số: 56/2010/QH12 | Hà Nội, ngày 15 tháng 11 năm 2010\nLUẬT\nTHANH TRA\nCăn cứ Hiến pháp;\n")
	for i := 1; i <= 300; i++ {
		b.WriteString("Điều " + strings.Repeat("1", 1) + ". Cơ quan thanh tra nhà nước thực hiện nhiệm vụ theo quy định\n")
	}
	b.WriteString("Luật này đã được Quốc hội khóa XII thông qua ngày 15 tháng 11 năm 2010.\n | CHỦ TỊCH QUỐC HỘI\n\n\n\nNguyễn Phú Trọng\nCopyright ©2010, LawSoft Corp.\n")
	r := FromText(b.String())
	if r.Signer.Title != "CHỦ TỊCH QUỐC HỘI" || r.Signer.Name != "Nguyễn Phú Trọng" {
		t.Errorf("signer = %+v", r.Signer)
	}
}

// A Nơi nhận item wrapped onto a line that starts in capitals ("HĐND
// tỉnh;") goes on; a capitals line without ";" after an open item is the
// signature.
func TestNoiNhanWrapOntoCapitals(t *testing.T) {
	text := "HỘI ĐỒNG NHÂN DÂN\nTỈNH VĨNH LONG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 20/2025/NQ-HĐND\nVĩnh Long, ngày 18 tháng 11 năm 2025\nNGHỊ QUYẾT\nQUY ĐỊNH MỨC HỌC PHÍ\nCăn cứ Luật;\nĐiều 1. Quy định mức học phí.\nNơi nhận:\n- Chính phủ;\n- Trang tin điện tử Văn phòng Đoàn ĐBQH và\nHĐND tỉnh;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Minh Dũng\n"
	r := FromText(text)
	want := "Chính phủ|Trang tin điện tử Văn phòng Đoàn ĐBQH và HĐND tỉnh|Lưu: VT"
	if got := strings.Join(r.NoiNhan, "|"); got != want {
		t.Errorf("noi_nhan = %q, want %q", got, want)
	}
	if r.Signer.Title != "CHỦ TỊCH" || r.Signer.Name != "Nguyễn Minh Dũng" {
		t.Errorf("signer = %+v", r.Signer)
	}
}

// A cited document takes the day a sentence opening with it gives, and
// only that sentence's.
func TestReferenceDateBefore(t *testing.T) {
	cases := []struct{ name, text, number, date string }{
		{"day opens the sentence", "Ngày 28 tháng 10 năm 2025, Chủ tịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc cập nhật.", "3280/UBND-VX", "2025-10-28"},
		{"numeric day", "Ngày 05/3/2024, Bộ Y tế ban hành Quyết định số 120/QĐ-BYT về quy trình.", "120/QĐ-BYT", "2024-03-05"},
		{"a date after the number wins", "Ngày 05/3/2024, Bộ Y tế ban hành Quyết định số 120/QĐ-BYT ngày 01/3/2024 về quy trình.", "120/QĐ-BYT", "2024-03-01"},
		{"another sentence's day is not its", "Ngày 05/3/2024, Bộ Y tế họp. Sở Y tế thực hiện Quyết định số 120/QĐ-BYT về quy trình.", "120/QĐ-BYT", ""},
		{"'tại' right after the day", "Ngày 22/10/2025, tại Thông báo số 569/TB-VPCP của Văn phòng Chính phủ, Phó Thủ tướng kết luận.", "569/TB-VPCP", "2025-10-22"},
		{"'tại' further on is another day's", "Ngày 22/10/2025, Bộ trưởng họp và chỉ đạo tại Thông báo số 569/TB-VPCP của Văn phòng.", "569/TB-VPCP", ""},
		{"space before the hyphen", "theo Nghị định số 135/2020/NĐ -CP ngày 18/11/2020 của Chính phủ", "135/2020/NĐ-CP", "2020-11-18"},
		{"a list dash after a number is no part of it", "Quyết định số 12/QĐ-UBND - Sở Y tế thực hiện", "12/QĐ-UBND", ""},
		{"a decimal number", "theo Nghị quyết số 66.4/2025/NQ-CP đối với thủ tục", "66.4/2025/NQ-CP", ""},
		{"Cyrillic look-alikes in the symbol", "văn bản số 16495/BТС-PTHT ngày 22/10/2025", "16495/BTC-PTHT", "2025-10-22"},
		{"received, not issued, that day", "Ngày 18/11/2025, Thuế tỉnh nhận được Công văn số 144/2025/CV-BSGBTr của Công ty.", "144/2025/CV-BSGBTr", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			refs := findReferences(c.text, "")
			if len(refs) != 1 || refs[0].Number != c.number || refs[0].Date.String() != c.date {
				t.Errorf("refs = %+v, want %s %q", refs, c.number, c.date)
			}
		})
	}
}

// A công điện's sender broken after its first word ("THỦ" / "TƯỚNG CHÍNH
// PHỦ điện:") is not the subject's last word.
func TestDienSenderBrokenAfterFirstWord(t *testing.T) {
	head := "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 226/CĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC\n"
	checkField(t, head, func(r *Result) string { return r.Subject }, []fieldCase{
		{"sender broken", "TRUNG BỘ\nTHỦ\nTƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ.\n", "VỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ"},
		{"sender whole", "TRUNG BỘ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng các Bộ.\n", "VỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC TRUNG BỘ"},
		{"a subject's last short line stays", "MIỀN TRUNG\nBỘ XÂY DỰNG điện:\n- Sở Xây dựng.\n", "VỀ VIỆC ỨNG PHÓ MƯA, LŨ TẠI KHU VỰC MIỀN TRUNG"},
	})
}

// A single addressee with its address on the next line: the address is
// not part of the name.
func TestAddresseeWithAddress(t *testing.T) {
	head := "BỘ TÀI CHÍNH\nCỤC HẢI QUAN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 37413/CHQ-NVTHQ\nV/v kê khai trị giá hải quan\nHà Nội, ngày 21 tháng 11 năm 2025\nKính gửi:\n"
	for _, body := range []string{
		"Công ty TNHH Sunny Automotive Vina.\n(Đ/c: Lô CN06, KCN Bình Xuyên II)\nCục Hải quan nhận được công văn.\n",
		"Công ty TNHH Sunny Automotive Vina. (Đ/c: Lô CN06, KCN Bình Xuyên II) Cục Hải quan nhận được công văn.\n",
	} {
		for _, joined := range []bool{false, true} {
			text := head + body
			if joined { // a reader joins "Kính gửi:" and the paragraph under it
				text = strings.Replace(text, "Kính gửi:\n", "Kính gửi: ", 1)
			}
			r := FromText(text)
			if len(r.Recipients) != 1 || r.Recipients[0] != "Công ty TNHH Sunny Automotive Vina" {
				t.Errorf("joined %v: recipients %q", joined, r.Recipients)
			}
		}
	}
	for _, body := range []string{} {
		r := FromText(head + body)
		if len(r.Recipients) != 1 || r.Recipients[0] != "Công ty TNHH Sunny Automotive Vina" {
			t.Errorf("recipients %q", r.Recipients)
		}
	}
}

// An office heading a long body's name on its line stays out of the
// subject ("GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ / HÀ NỘI").
func TestLongAuthorityLine(t *testing.T) {
	text := "UBND THÀNH PHỐ HÀ\nNỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n-------\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1597/QĐ-TTPVHCC\nHà Nội, ngày 21\ntháng 11 năm 2025\nQUYẾT ĐỊNH\nVỀ\nVIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ SỞ XÂY DỰNG\nGIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ\nHÀ NỘI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
	r := FromText(text)
	if r.Subject != "VỀ VIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC PHẠM VI QUẢN LÝ SỞ XÂY DỰNG" {
		t.Errorf("subject %q", r.Subject)
	}
	if r.Issuer != "Trung tâm Phục vụ hành chính công thành phố Hà Nội" {
		t.Errorf("issuer %q", r.Issuer)
	}
}

// Nơi nhận items wrapped or left without their dash.
func TestNoiNhanItemShapes(t *testing.T) {
	head := "VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 11414/VPCP-CN\nV/v đẩy nhanh tiến độ\nHà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Bộ Xây dựng.\nĐề nghị thực hiện./.\nNơi nhận:\n"
	const sig = "KT. BỘ TRƯỞNG,\nCHỦ NHIỆM\nPHÓ CHỦ NHIỆM\nPhạm Mạnh Cường\n"
	const signedBy = " ~ PHÓ CHỦ NHIỆM Phạm Mạnh Cường"
	checkField(t, head, noiNhanAndSigner, []fieldCase{
		{"a list left open by a comma", "- Như trên;\n- VPCP: BTCN, PCN Nguyễn Sỹ Hiệp,\nPCN Phạm Mạnh Cường,\nTrợ lý TTg, TGĐ Cổng TTĐT;\ncác Vụ: KTTH, QHĐP, TH;\n- Lưu: VT, CN (2). Ha\n" + sig,
			"Như trên|VPCP: BTCN, PCN Nguyễn Sỹ Hiệp, PCN Phạm Mạnh Cường, Trợ lý TTg, TGĐ Cổng TTĐT; các Vụ: KTTH, QHĐP, TH|Lưu: VT, CN (2). Ha" + signedBy},
		{"the purpose wrapped alone", "- Như\ntrên;\n- Lãnh đạo Bộ\n(để báo cáo);\n- Cục Thuế (để phối hợp);\n- Lưu: VT, CT (PC)\n" + sig,
			"Như trên|Lãnh đạo Bộ (để báo cáo)|Cục Thuế (để phối hợp)|Lưu: VT, CT (PC)" + signedBy},
		{"an item without its dash", "- VPCP: BTCN, các PCN, TGĐ Cổng TTĐT;\nCác Vụ: TH, KTTH, NN;\n- Lưu: VT, CN.\n" + sig,
			"VPCP: BTCN, các PCN, TGĐ Cổng TTĐT|Các Vụ: TH, KTTH, NN|Lưu: VT, CN" + signedBy},
	})
}

// noiNhanAndSigner is the Nơi nhận list and the signer's title and name.
func noiNhanAndSigner(r *Result) string {
	return strings.Join(r.NoiNhan, "|") + " ~ " + r.Signer.Title + " " + r.Signer.Name
}

// A symbol opening with the issuer's initials that read as a type code is
// a công văn when a "V/v" stands under the number; a chỉ thị keeps its type.
func TestTypeFromInitials(t *testing.T) {
	const head = "BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
	cv := FromText(head + "Số: 5253/CT-CS\nV/v chính sách tiền thuê đất\nHà Nội, ngày 17\ntháng 11 năm 2025\nKính gửi: Thuế\ntỉnh Đắk Lắk.\nCục Thuế nhận được công văn.\n")
	if cv.Type != "CV" || len(cv.Recipients) != 1 || cv.Recipients[0] != "Thuế tỉnh Đắk Lắk" {
		t.Errorf("type %q recipients %q", cv.Type, cv.Recipients)
	}
	ct := FromText("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 06/CT-UBND\nQuảng Trị, ngày 25 tháng 11 năm 2025\nCHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG XỬ LÝ LẤN CHIẾM RỪNG\nTrong những năm qua, tình hình có chuyển biến.\n")
	if ct.Type != "CT" {
		t.Errorf("chỉ thị typed %q", ct.Type)
	}
}

// A công điện's addressee closed by a full stop is followed by another.
func TestAddresseeAfterFullStop(t *testing.T) {
	head := "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 226/CĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\nCÔNG ĐIỆN\nVỀ VIỆC ỨNG PHÓ MƯA LŨ\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng\ncác Bộ:\nQuốc phòng, Công an, Y tế.\n"
	checkField(t, head, func(r *Result) string { return strings.Join(r.Recipients, "|") }, []fieldCase{
		{"another addressee", "- Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Huế, Đà Nẵng.\nTrong những ngày qua, mưa lũ lớn.\n",
			"Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế|Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Huế, Đà Nẵng"},
		{"the body's first item", "- Trong những ngày qua, mưa lũ lớn đã gây thiệt hại.\n",
			"Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế"},
		{"another addressee broken before a body's name", "- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch\nỦy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng.\nTrong tháng 11 năm 2025, mưa lũ lớn.\n",
			"Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế|Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng"},
		{"a closed addressee, then the body naming a body", "- Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Huế.\nỦy ban nhân dân các tỉnh đã chủ động ứng phó với mưa lũ trong những ngày qua.\n",
			"Bộ trưởng các Bộ: Quốc phòng, Công an, Y tế|Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh: Huế"},
	})
}
