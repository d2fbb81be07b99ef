package extract

import "testing"

// Header rules of the ninth round (branch h-meta8): headers of letters the
// gold sets never held, each with a near variant the rule must leave as it
// was.

// A short letter typed without the national title: the body's lines stand
// right above "Số:".
func TestIssuerWithoutNationalTitle(t *testing.T) {
	const rest = "Kon Tum, ngày 05 tháng 3 năm 2026\nV/v báo cáo tình hình tiêm chủng\nKính gửi: Sở Y tế.\nĐề nghị Sở Y tế báo cáo trước ngày 20/3/2026.\n"
	checkField(t, "", func(r *Result) string { return r.Issuer }, []fieldCase{
		{"one line", "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 45/UBND-VX\n" + rest, "Ủy ban nhân dân tỉnh Kon Tum"},
		{"two lines", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 45/UBND-VX\n" + rest, "Ủy ban nhân dân tỉnh Kon Tum"},
		{"a department under its committee", "UBND TỈNH KON TUM\nSỞ Y TẾ\n-------\nSố: 45/SYT-NV\n" + rest, "Sở Y tế tỉnh Kon Tum"},
		{"a rule line under the body", "BỘ Y TẾ\n-------\nSố: 45/BYT-KHTC\n" + rest, "Bộ Y tế"},
		{"a type name above the number is no body", "QUYẾT ĐỊNH\nSố: 45/QĐ-UBND\n" + rest, ""},
		{"capitals that open no body", "KẾT QUẢ KIỂM TRA\nSố: 45/UBND-VX\n" + rest, ""},
		{"running text before the number", "Ủy ban nhân dân tỉnh Kon Tum gửi\nSố: 45/UBND-VX\n" + rest, ""},
		{"no number under the capitals", "ỦY BAN NHÂN DÂN TỈNH KON TUM\n" + rest, ""},
	})
}

// The number's digits parted from the symbol by a space: a typing slip
// keeps them; OCR's junk around digits written in by hand ("426b",
// "/427") leaves the number blank with its symbol. Read from a scan, the
// number line may stand right above the national title, and "Số:" may
// come out as "só:".
func TestNumberSpacedAndScanned(t *testing.T) {
	const head = "UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\n"
	const rest = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKiên Giang, ngày 03 tháng 11 năm 2017\nV/v kiểm tra\nKính gửi: Các bệnh viện.\n"
	field := func(r *Result) string { return r.Number + " ~ " + r.Issuer }
	checkField(t, head, field, []fieldCase{
		{"a space before the symbol", "Số: 45 /SYT-NVY\n" + rest, "45/SYT-NVY ~ Sở Y tế tỉnh Kiên Giang"},
		{"digits with a letter read from handwriting", "só:426b /QĐ-SYT\n" + rest, "/QĐ-SYT ~ Sở Y tế tỉnh Kiên Giang"},
		{"digits after a stray slash", "Số: /427 /KH-SYT\n" + rest, "/KH-SYT ~ Sở Y tế tỉnh Kiên Giang"},
		{"a blank number above the national title", "Số: /SYT-NVY\n" + rest, "/SYT-NVY ~ Sở Y tế tỉnh Kiên Giang"},
		{"a number with a letter and no space is kept", "Số: 426b/QĐ-SYT\n" + rest, "426b/QĐ-SYT ~ Sở Y tế tỉnh Kiên Giang"},
		{"a plain number is unchanged", "Số: 4366/QĐ-SYT\n" + rest, "4366/QĐ-SYT ~ Sở Y tế tỉnh Kiên Giang"},
	})
}

// A web copy whose header cell lost the issuing body's block still names
// the body in capitals right above "Căn cứ".
func TestIssuerAboveCanCu(t *testing.T) {
	const head = "---------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc---------- |\nSố: 1668/NQ-UBTVQH15\nNGHỊ QUYẾT\nVề việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025\n----------\n"
	const body = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQUYẾT NGHỊ:\nĐiều 1. Sắp xếp các đơn vị hành chính cấp xã.\n"
	checkField(t, head, func(r *Result) string { return r.Issuer + " ~ " + r.Subject }, []fieldCase{
		{"a body issuing in its own name", "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n" + body,
			"Ủy ban thường vụ Quốc hội ~ Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025"},
		{"an office with its body", "BỘ TRƯỞNG BỘ Y TẾ\n" + body,
			"Bộ Y tế ~ Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025"},
		{"no line of capitals: none", body, " ~ Về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025"},
	})
	// A header that names its body keeps it.
	r := FromText("BỘ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-BYT\nHà Nội, ngày 05 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc thành lập hội đồng\nCHÍNH PHỦ\n" + body)
	if r.Issuer != "Bộ Y tế" {
		t.Errorf("issuer %q, want the header's Bộ Y tế", r.Issuer)
	}
}

// A subject line broken after a preposition goes on with a body's name:
// that name is the subject's own, no authority line.
func TestSubjectBrokenBeforeABody(t *testing.T) {
	const head = "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2553/QĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\nQUYẾT ĐỊNH\n"
	const body = "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
	checkField(t, head, func(r *Result) string { return r.Subject }, []fieldCase{
		{"after TẠI", "VỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT CHO VAY TẠI\nNGÂN HÀNG CHÍNH SÁCH XÃ HỘI\n" + body,
			"VỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT CHO VAY TẠI NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"},
		{"after VỚI", "VỀ VIỆC PHỐI HỢP CÔNG TÁC VỚI\nỦY BAN NHÂN DÂN TỈNH KON TUM\n" + body,
			"VỀ VIỆC PHỐI HỢP CÔNG TÁC VỚI ỦY BAN NHÂN DÂN TỈNH KON TUM"},
		{"an authority line after a whole subject is still cut", "VỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT CHO VAY\nTHỦ TƯỚNG CHÍNH PHỦ\n" + body,
			"VỀ VIỆC ĐIỀU CHỈNH GIẢM LÃI SUẤT CHO VAY"},
	})
}

// A title with no prefix right under the Nơi nhận signs, though a form of
// the appendix further on holds a prefixed one.
func TestSignerBeforeAnAppendixForm(t *testing.T) {
	const closing = "Nơi nhận:\n- Như Điều 4;\n- Lưu: VT, Sở DTTG.\n"
	const form = "PHỤ LỤC\nMẪU ĐƠN ĐỀ NGHỊ\nTM. TỔ CHỨC\n(Ký, ghi rõ họ tên)\n"
	checkSigners(t, "", []signerCase{
		{"a director above an appendix form", closing + "GIÁM ĐỐC\nCù Ngọc Trang\n" + form, "GIÁM ĐỐC", "Cù Ngọc Trang", ""},
		{"a prefixed signature is unchanged", closing + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nCù Ngọc Trang\n" + form, "PHÓ GIÁM ĐỐC", "Cù Ngọc Trang", "KT. GIÁM ĐỐC"},
	})
}

// The fields of a ministry or department keep their official comma or
// dash, however the copy typed them.
func TestFieldPunctuation(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Bộ Văn hóa Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"},
		{"Sở Văn hoá Thể thao và Du lịch tỉnh Phú Thọ", "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"},
		{"Sở Lao động-Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"},
		{"Phòng Lao động Thương binh và xã hội huyện Đăk Hà", "Phòng Lao động - Thương binh và Xã hội huyện Đăk Hà"},
		{"Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch"},
		{"Sở Văn hóa và Thể thao", "Sở Văn hóa và Thể thao"},
		{"Bộ Y tế", "Bộ Y tế"},
		{"", ""},
	}
	for _, c := range cases {
		if got := withFieldPunctuation(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

// A central party unit written out with its parent in a summary sentence
// is named as its header's two lines name it.
func TestCentralPartyName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Văn phòng Ban chấp hành trung ương", "Văn phòng Trung ương Đảng"},
		{"Ban Tổ chức Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương"},
		{"Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương"},
		{"Văn phòng Chính phủ", "Văn phòng Chính phủ"},
	}
	for _, c := range cases {
		if got := centralPartyName(c.in); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
	r := FromText("Ngày 28/11/2025, Văn phòng Ban chấp hành trung ương ban hành Công văn 19197-CV/VPTW năm 2025 về việc tập huấn sử dụng Hệ thống thông tin.\nTheo đó, các cơ quan cử cán bộ tham dự.\n")
	if r.Issuer != "Văn phòng Trung ương Đảng" {
		t.Errorf("summary sentence: issuer %q", r.Issuer)
	}
}

// What OCR does to a scanned header and signature: the type name's space
// lost ("QUYẾTĐỊNH"), so the authority line under the subject is still cut;
// a seal's mark glued to the name ("{Lê Hoàng Anh").
func TestScannedTypeLineAndName(t *testing.T) {
	const head = "UBND TỈNH KIÊN GIANG\nSỞ Y TẾ\nSố: /QĐ-SYT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKiên Giang, ngày tháng 11 năm 2017\n"
	const body = "Về việc thành lập Đoàn kiểm tra năm 2017\nGIÁM ĐỐC SỞ Y TẾ KIÊN GIANG\nCăn cứ Quyết định số 4969/QĐ-BYT;\nĐiều 1. Thành lập Đoàn kiểm tra./.\nNơi nhận:\n- Như Điều 3;\n- Lưu VT.\nGIÁM ĐỐC\n* :\n"
	field := func(r *Result) string { return r.Type + " | " + r.Subject + " | " + r.Signer.Name }
	checkField(t, head, field, []fieldCase{
		{"type name without its space", "QUYẾTĐỊNH\n" + body + "{Lê Hoàng Anh\n", "QĐ | Về việc thành lập Đoàn kiểm tra năm 2017 | Lê Hoàng Anh"},
		{"type name as printed", "QUYẾT ĐỊNH\n" + body + "Lê Hoàng Anh\n", "QĐ | Về việc thành lập Đoàn kiểm tra năm 2017 | Lê Hoàng Anh"},
		{"a mark before a word that is no name", "QUYẾT ĐỊNH\n" + body + "{ký tên}\n", "QĐ | Về việc thành lập Đoàn kiểm tra năm 2017 | "},
	})
}

// A place whose last syllable is a body's head ("HẢI PHÒNG") is no child
// body.
func TestPlaceEndingOnABodysHead(t *testing.T) {
	const rest = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX\nHải Phòng, ngày 05 tháng 3 năm 2025\nV/v báo cáo\nKính gửi: Các sở.\n"
	checkField(t, "", func(r *Result) string { return r.Issuer }, []fieldCase{
		{"two lines", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n-------\n" + rest, "Ủy ban nhân dân thành phố Hải Phòng"},
		{"one line", "UBND THÀNH PHỐ HẢI PHÒNG\n" + rest, "Ủy ban nhân dân thành phố Hải Phòng"},
		{"a department under it, flattened", "UBND THÀNH PHỐ HẢI PHÒNG SỞ Y TẾ\n" + rest, "Sở Y tế thành phố Hải Phòng"},
		{"a department under it", "UBND THÀNH PHỐ HẢI PHÒNG\nSỞ Y TẾ\n" + rest, "Sở Y tế thành phố Hải Phòng"},
		{"a customs office is unchanged", "BỘ TÀI CHÍNH CỤC HẢI QUAN\n" + rest, "Cục Hải quan"},
	})
}

// A title not in the list, broken after a comma, starts on the line above.
func TestSignerTitleBrokenAfterAComma(t *testing.T) {
	const closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\n"
	checkSigners(t, "", []signerCase{
		{"a committee's head broken after a comma", closing + "TL. CỤC TRƯỞNG\nTRƯỞNG BAN BAN CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nNguyễn Thị Thanh Hằng\n",
			"TRƯỞNG BAN BAN CHÍNH SÁCH, THUẾ QUỐC TẾ", "Nguyễn Thị Thanh Hằng", "TL. CỤC TRƯỞNG"},
		{"a prefix line ending on a comma stays the authority", closing + "KT. CỤC TRƯỞNG,\nTRƯỞNG BAN QUẢN LÝ THUẾ\nNguyễn Thị Thanh Hằng\n",
			"TRƯỞNG BAN QUẢN LÝ THUẾ", "Nguyễn Thị Thanh Hằng", "KT. CỤC TRƯỞNG,"},
		{"a title on one line is unchanged", closing + "TL. CỤC TRƯỞNG\nTRƯỞNG BAN QUẢN LÝ THUẾ\nNguyễn Thị Thanh Hằng\n",
			"TRƯỞNG BAN QUẢN LÝ THUẾ", "Nguyễn Thị Thanh Hằng", "TL. CỤC TRƯỞNG"},
	})
}
