package extract

import (
	"os"
	"reflect"
	"testing"
)

func readTestdata(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWholeDocuments checks every field on synthetic documents in shapes
// the dev letters lack: a .docx header table flattened to "cell | cell"
// rows, and a PDF with interleaved columns, a wrapped recipient, a number
// broken over lines, an urgency stamp and a digital-signature label.
func TestWholeDocuments(t *testing.T) {
	cases := []struct {
		file string
		want Result
		refs []string // number@date
	}{
		{"kh-docx.txt", Result{
			Type: "KH", Number: "125/KH-SNV", Issuer: "Sở Nội vụ tỉnh Kon Tum", ParentIssuer: "Ủy ban nhân dân tỉnh Kon Tum",
			Place: "Kon Tum", Subject: "Triển khai công tác cải cách hành chính năm 2022 của Sở Nội vụ",
			Signer:     Signer{Name: "Trần Văn Bình", Title: "PHÓ GIÁM ĐỐC", Authority: "KT. GIÁM ĐỐC"},
			Recipients: []string{}, NoiNhan: []string{"UBND tỉnh (b/c)", "Các phòng thuộc Sở", "Lưu: VT, VP"},
		}, []string{"4541/KH-UBND@2021-12-07", "30/2020/NĐ-CP@2020-03-05"}},
		{"cv-pdf.txt", Result{
			Type: "CV", Number: "1234/KCB-NV", Issuer: "Cục Quản lý khám, chữa bệnh", ParentIssuer: "Bộ Y tế",
			Place: "TP. Hồ Chí Minh", Subject: "V/v tăng cường phòng, chống dịch bệnh sốt xuất huyết", Urgency: "Hỏa tốc",
			Signer:     Signer{Name: "Lương Ngọc Khuê", Title: "PHÓ CỤC TRƯỞNG", Authority: "KT. CỤC TRƯỞNG"},
			Recipients: []string{"Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "Các bệnh viện trực thuộc Bộ Y tế"},
			NoiNhan:    []string{"Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, NV"},
		}, []string{"04/2017/TT-BYT@2017-04-14", "71/2025/QH15@", "1149/QĐ-BNV@2020-12-30"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := FromText(readTestdata(t, c.file))
			got := Result{Type: r.Type, Number: r.Number, Issuer: r.Issuer, ParentIssuer: r.ParentIssuer,
				Place: r.Place, Subject: r.Subject, Signer: r.Signer, Recipients: r.Recipients,
				NoiNhan: r.NoiNhan, Urgency: r.Urgency, Secrecy: r.Secrecy}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
			var refs []string
			for _, ref := range r.References {
				refs = append(refs, ref.Number+"@"+ref.Date.String())
			}
			if !reflect.DeepEqual(refs, c.refs) {
				t.Errorf("refs = %v, want %v", refs, c.refs)
			}
			for f, sp := range r.Spans {
				if sp.Start < 0 || sp.End > len(r.Text) || sp.Start > sp.End {
					t.Errorf("span %s = %v out of text", f, sp)
				}
			}
		})
	}
}

func TestHeaderShapes(t *testing.T) {
	cases := []struct {
		name, text           string
		issuer, parent, numb string
	}{
		{"two lines one body", "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX\n",
			"Ủy ban nhân dân tỉnh Kon Tum", "", "12/UBND-VX"},
		{"columns interleaved", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐĂK HÀ Độc lập - Tự do - Hạnh phúc\nSố: 05/BC-UBND Đăk Hà, ngày 01 tháng 02 năm 2021\n",
			"Ủy ban nhân dân huyện Đăk Hà", "", "05/BC-UBND"},
		{"parent and child lines", "UBND TỈNH KON TUM\nSỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:   /SNV-VP\n",
			"Sở Nội vụ tỉnh Kon Tum", "Ủy ban nhân dân tỉnh Kon Tum", "/SNV-VP"},
		{"ministry one line", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\nSố: 1/LĐTBXH-VP\n",
			"Bộ Lao động - Thương binh và Xã hội", "", "1/LĐTBXH-VP"},
		{"name broken after và", "BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 45/BTNMT-TCMT\n",
			"Bộ Tài nguyên và Môi trường", "", "45/BTNMT-TCMT"},
		{"party", "TỈNH ỦY KON TUM ĐẢNG CỘNG SẢN VIỆT NAM\nSố 03-NQ/TU Kon Tum, ngày 30 tháng 6 năm 2021\n",
			"Tỉnh ủy Kon Tum", "", "03-NQ/TU"},
	}
	for _, c := range cases {
		r := FromText(c.text)
		if r.Issuer != c.issuer || r.ParentIssuer != c.parent || r.Number != c.numb {
			t.Errorf("%s: issuer %q parent %q number %q; want %q %q %q", c.name, r.Issuer, r.ParentIssuer, r.Number, c.issuer, c.parent, c.numb)
		}
	}
}

func TestDateLine(t *testing.T) {
	cases := []struct{ in, place, date string }{
		{"Số: 1/UBND-VP Hà Nội, ngày 05 tháng 01 năm 2020\n", "Hà Nội", "2020-01-05"},
		{"Số: 1/UBND-VP\nVị Thanh, ngày 6 tháng 4 năm 2011\n", "Vị Thanh", "2011-04-06"},
		{"Số: 1/UBND-VP\nKon Tum, ngày       tháng      năm  \n", "Kon Tum", ""},
		{"Số: 1/UBND-VP\nHà Nội, ngày ... tháng ... năm 2024\n", "Hà Nội", ""},
		{"Số: 1/UBND-VP\nThành phố Hồ Chí Minh, ngày 15 tháng 8 năm 2022\n", "Thành phố Hồ Chí Minh", "2022-08-15"},
		{"Số: 1/UBND-VP\nBuôn Ma Thuột, ngày 3/2/2019\n", "Buôn Ma Thuột", "2019-02-03"},
		{"Số: 1/UBND-VP V/v góp ý dự thảo Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019\n", "Hà Nội", "2019-05-23"},
		{"Số: 1/UBND-VP\nPhan Rang-Tháp Chàm, ngày 31 tháng 12 năm 2020\n", "Phan Rang-Tháp Chàm", "2020-12-31"},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Place != c.place || r.Date.String() != c.date {
			t.Errorf("%q: place %q date %q, want %q %q", c.in, r.Place, r.Date, c.place, c.date)
		}
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct{ in, num, typ string }{
		{"Số: 1585/KH-UBND", "1585/KH-UBND", "KH"},
		{"Số: 03-NQ/TU", "03-NQ/TU", "NQ"},
		{"Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP", "NĐ"},
		{"Số: 71/2025/QH15", "71/2025/QH15", "L"},
		{"Số:           /UBND-KTTH", "/UBND-KTTH", "CV"},
		{"Số: 1149/QĐ-\nBNV", "1149/QĐ-BNV", "QĐ"},
		{"Số: 119- KH/TU", "119-KH/TU", "KH"},
		{"Số: 33/TTr-SLĐTBXH", "33/TTr-SLĐTBXH", "TTr"},
		{"Số: 12/QD-UBND", "12/QD-UBND", "QĐ"},
		{"Số: 1056/QĐ-CT", "1056/QĐ-CT", "QĐ"},
		{"Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn", "3397/BKHĐT-QLKTTW", "CV"},
		{"Số: 123/SYT-KH", "123/SYT-KH", "CV"}, // drafting unit KH, not a plan
	}
	for _, c := range cases {
		r := FromText(c.in + "\n")
		if r.Number != c.num || r.Type != c.typ {
			t.Errorf("%q: number %q type %q, want %q %q", c.in, r.Number, r.Type, c.num, c.typ)
		}
	}
}

func TestTypeFromNameLine(t *testing.T) {
	r := FromText("ỦY BAN NHÂN DÂN TỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nX, ngày    tháng    năm 2024\nTHÔNG BÁO\nKết luận của Chủ tịch tại cuộc họp\nNgày 12/3/2024, Chủ tịch đã họp.\n")
	if r.Type != "TB" || r.Subject != "Kết luận của Chủ tịch tại cuộc họp" {
		t.Errorf("type %q subject %q", r.Type, r.Subject)
	}
}

func TestSigner(t *testing.T) {
	cases := []struct{ in, name, title, auth string }{
		{"Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNguyễn Văn An\n", "Nguyễn Văn An", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"},
		{"Nơi nhận:\n- Như trên;\n- Lưu: VT, QLKTTW.\nTL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm", "Nguyễn Đức Tâm", "CHÁNH VĂN PHÒNG", "TL. BỘ TRƯỞNG"},
		{"Nơi nhận:\n- Lưu VT.\nKT.CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thị Bích Việt\nBiểu số 1 MỨC TRỢ CẤP", "Vũ Thị Bích Việt", "PHÓ CHỦ TỊCH", "KT.CHỦ TỊCH"},
		{"Trân trọng./.\nGIÁM ĐỐC\n(Đã ký)\nHoàng Thị Lan\nNơi nhận:\n- Lưu: VT.", "Hoàng Thị Lan", "GIÁM ĐỐC", ""},
		{"thực hiện./.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNơi nhận:\n- Như trên;\n- Lưu: VT, KCB.\nNguyễn Thị Xuyên\n", "Nguyễn Thị Xuyên", "THỨ TRƯỞNG", "KT. BỘ TRƯỞNG"},
		{"Nơi nhận: - Như trên; - Lưu: VT. | TUQ. CHỦ TỊCH CHÁNH VĂN PHÒNG\nKý bởi: Văn phòng UBND tỉnh\nLê Văn Hùng", "Lê Văn Hùng", "CHÁNH VĂN PHÒNG", "TUQ. CHỦ TỊCH"},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Signer.Name != c.name || r.Signer.Title != c.title || r.Signer.Authority != c.auth {
			t.Errorf("%q:\n got %+v\nwant %q %q %q", c.in, r.Signer, c.name, c.title, c.auth)
		}
	}
}

func TestRecipients(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn số 615/KVN-PC", []string{"Tổng công ty Khí Việt Nam-CTCP (PV GAS)"}},
		{"Kính gửi: Sở Tài chính\nThực hiện ý kiến chỉ đạo", []string{"Sở Tài chính"}},
		{"Kính gửi:\n\n- Sở Y tế;\n\n- Sở Tài chính.\n\nCăn cứ", []string{"Sở Y tế", "Sở Tài chính"}},
		{"Kính gửi:\nỦy ban nhân dân các huyện, thành phố\nĐể triển khai", []string{"Ủy ban nhân dân các huyện, thành phố"}},
		{"Kính gửi: - Sở Nội vụ; - Sở Tư pháp.\nTheo đề nghị", []string{"Sở Nội vụ", "Sở Tư pháp"}},
		// one addressee broken over two lines: after a joining word, or a
		// head's office before the body's name
		{"Kính gửi: Sở Nội vụ, Sở Kế hoạch và\nĐầu tư\nỦy ban nhân dân tỉnh đề nghị", []string{"Sở Nội vụ, Sở Kế hoạch và Đầu tư"}},
		{"Kính gửi: Bộ trưởng\nBộ Công Thương\nỦy ban nhân dân tỉnh đề nghị", []string{"Bộ trưởng Bộ Công Thương"}},
		// the body's first line naming a body is the body's
		{"Kính gửi: Sở Y tế\nSở Y tế tổng hợp, báo cáo kết quả trước ngày 15/12/2026.", []string{"Sở Y tế"}},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if !reflect.DeepEqual(r.Recipients, c.want) {
			t.Errorf("%q: %q, want %q", c.in, r.Recipients, c.want)
		}
	}
}

func TestNoiNhan(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Nơi nhận:\n- Thường trực Tỉnh uỷ; (Báo cáo)\n- Ủy ban Mặt trận Tổ quốc Việt\nNam tỉnh;\n- Lưu VT ( H1.25 ) .\nKT.CHỦ TỊCH", []string{"Thường trực Tỉnh uỷ; (Báo cáo)", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Lưu VT ( H1.25 )"}},
		{"Nơi nhận:\n- Như trên;\n- Lưu: VT, QLKTTW. TL. BỘ TRƯỞNG", []string{"Như trên", "Lưu: VT, QLKTTW"}},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if !reflect.DeepEqual(r.NoiNhan, c.want) {
			t.Errorf("%q: %q, want %q", c.in, r.NoiNhan, c.want)
		}
	}
}

func TestReferences(t *testing.T) {
	text := "Số: 12/UBND-VP\nCăn cứ Nghị quyết số 03-NQ/TU ngày 30 tháng 6 năm 2021 của Ban Chấp hành Đảng bộ tỉnh; " +
		"Công văn số 2158/UBND-KTTH ngày 28 tháng 6 \n\nnăm 2021; Chỉ thị số 37- CT/TW, ngày 03/9/2019; " +
		"Công văn số 12/UBND-VP (văn bản này); Kế hoạch số 4541/KH-UBND; Kế hoạch số 4541/KH-UBND ngày 07/12/2020; " +
		"các ngày 15/11/2021, 2017-2021, HIV/AIDS, quý II/2020, COVID-19 không phải văn bản."
	r := FromText(text)
	var got []string
	for _, ref := range r.References {
		got = append(got, ref.Type+" "+ref.Number+"@"+ref.Date.String())
	}
	want := []string{
		"Nghị quyết 03-NQ/TU@2021-06-30",
		"Công văn 2158/UBND-KTTH@2021-06-28",
		"Chỉ thị 37-CT/TW@2019-09-03",
		"Kế hoạch 4541/KH-UBND@2020-12-07",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("refs\n got %q\nwant %q", got, want)
	}
	if r.References[0].Issuer != "Ban Chấp hành Đảng bộ tỉnh" {
		t.Errorf("issuer %q", r.References[0].Issuer)
	}
}

func TestOrgName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ỦY BAN NHÂN DÂN TỈNH KON TUM", "Ủy ban nhân dân tỉnh Kon Tum"},
		{"UỶ BAN NHÂN DÂN TỈNH TUYÊN QUANG", "Ủy ban nhân dân tỉnh Tuyên Quang"},
		{"UBND THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân thành phố Hồ Chí Minh"},
		{"BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Bộ Kế hoạch và Đầu tư"},
		{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"},
		{"BẢO HIỂM XÃ HỘI VIỆT NAM", "Bảo hiểm xã hội Việt Nam"},
		{"KHO BẠC NHÀ NƯỚC", "Kho bạc Nhà nước"},
		{"HĐND XÃ ĐĂK BLÀ", "Hội đồng nhân dân xã Đăk Blà"},
		{"Bộ Y tế", "Bộ Y tế"},
		{"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai"},
		{"CHỦ TỊCH UBND THÀNH PHỐ CẦN THƠ", "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ"},
		{"CHỦ TỊCH NHÂN DÂN THÀNH PHỐ HUẾ", "Chủ tịch nhân dân thành phố Huế"},
		{"TRƯỜNG THCS NGUYỄN HUỆ", "Trường THCS Nguyễn Huệ"},
		{"TRƯỜNG MẦM NON HOA HỒNG", "Trường Mầm non Hoa Hồng"},
		{"TRƯỜNG TRUNG HỌC PHỔ THÔNG CHU VĂN AN", "Trường Trung học phổ thông Chu Văn An"},
		{"TRƯỜNG CAO ĐẲNG Y TẾ", "Trường Cao đẳng y tế"},
	}
	for _, c := range cases {
		if got := orgName(c.in); got != c.want {
			t.Errorf("orgName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMarks(t *testing.T) {
	cases := []struct{ in, urg, sec string }{
		{"MẬT\nSố: 1/UBND-VP\nTHƯỢNG KHẨN\nKính gửi: Sở A", "Thượng khẩn", "Mật"},
		{"Số: 1/UBND-VP\nHOẢ TỐC\nKính gửi: Sở A", "Hỏa tốc", ""},
		{"Số: 1/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ DANH MỤC BÍ MẬT NHÀ NƯỚC\nCăn cứ", "", ""},
		{"Số: 1/UBND-VP\nĐộ khẩn: Khẩn\nKính gửi: Sở A", "Khẩn", ""},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Urgency != c.urg || r.Secrecy != c.sec {
			t.Errorf("%q: urgency %q secrecy %q, want %q %q", c.in, r.Urgency, r.Secrecy, c.urg, c.sec)
		}
	}
}

func TestNeverPanicsOnOddInput(t *testing.T) {
	for _, s := range []string{"", "\n", "Số:", "Nơi nhận:", "Kính gửi:", "KT.", ", ngày", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1/", "\xff\xfe"} {
		r := FromText(s)
		if r == nil || r.Recipients == nil || r.References == nil {
			t.Errorf("FromText(%q) = %+v", s, r)
		}
	}
}
