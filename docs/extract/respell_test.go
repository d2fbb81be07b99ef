package extract

import "testing"

func TestRespellFromBody(t *testing.T) {
	cases := []struct{ name, issuer, body, want, changed string }{
		{"a lost mark put back", "Sở Thông tin và Truyển thông tỉnh Phú Thọ",
			"Triển khai tại Sở thông tin và Truyền thông tỉnh Phú Thọ.", "Sở Thông tin và Truyền thông tỉnh Phú Thọ", "Truyển → Truyền"},
		{"the body spells it as the header: kept", "Sở Y tế tỉnh Kiên Giang",
			"Sở Y tế tỉnh Kiên Giang đề nghị; Sở Y tế tỉnh Kiên Giảng (lỗi gõ).", "Sở Y tế tỉnh Kiên Giang", ""},
		{"old-style tones are the same spelling", "Ủy ban nhân dân tỉnh Thanh Hóa",
			"Uỷ ban nhân dân tỉnh Thanh Hoá giao.", "Ủy ban nhân dân tỉnh Thanh Hóa", ""},
		{"another body's name is not it", "Sở Y tế tỉnh Kiên Giang",
			"Sở Tư pháp tỉnh Kiên Giang phối hợp.", "Sở Y tế tỉnh Kiên Giang", ""},
		{"one word is never respelt", "Bộ", "bố", "Bộ", ""},
		{"a scan's body misreads the name once and spells it right beside a neighbour elsewhere: kept", "Sở Y tế tỉnh Kiên Giang",
			"Căn cứ Quyết định của Ủy ban nhân dân tỉnh:Kiên Giang về việc quy định cơ cấu tổ chức của Sở Y tế tỉnh Kiện GIang;", "Sở Y tế tỉnh Kiên Giang", ""},
		{"the header's spelling apart from its neighbours is no proof: respelt", "Sở Thông tin và Truyển thông tỉnh Phú Thọ",
			"Truyển; Sở Thông tin và Truyền thông tỉnh Phú Thọ triển khai.", "Sở Thông tin và Truyền thông tỉnh Phú Thọ", "Truyển → Truyền"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, changed := respellFromBody(c.issuer, c.body)
			if got != c.want || changed != c.changed {
				t.Errorf("got %q (%q), want %q (%q)", got, changed, c.want, c.changed)
			}
		})
	}
}

// Each header field a clerk should check carries its reason.
func TestUnsureHeaderReasons(t *testing.T) {
	const qh = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
	cases := []struct{ name, text, field, want string }{
		{"issuer respelt from the body",
			"UBND TỈNH PHÚ THỌ\nSỞ THÔNG TIN VÀ TRUYỂN THÔNG\n" + qh + "Số: 12/KH-STTTT\nPhú Thọ, ngày 05 tháng 12 năm 2011\nKẾ HOẠCH\nTriển khai phần mềm\nI. MỤC ĐÍCH\nCán bộ Sở Thông tin và Truyền thông tỉnh Phú Thọ sử dụng phần mềm.\n",
			"issuer", "dấu trong tên cơ quan ở phần đầu khác với trong nội dung, đã sửa theo nội dung (Truyển → Truyền)"},
		{"issuer qualified by its parent",
			"BỘ TƯ PHÁP\nVĂN PHÒNG\n" + qh + "Số: 125/VP-TH\nV/v báo cáo\nHà Nội, ngày 05 tháng 3 năm 2024\nKính gửi: Các đơn vị.\n",
			"issuer", "tên cơ quan ghép với cơ quan cấp trên «Bộ Tư pháp»"},
		{"issuer and number from a web title line",
			"Công văn 3397/BKHĐT-TH năm 2019 về báo cáo do Bộ Kế hoạch và Đầu tư ban hành\nV/v báo cáo\nKính gửi: Các bộ.\n",
			"issuer", "không thấy khối cơ quan ban hành, tên lấy từ dòng tiêu đề của trang web"},
		{"number from a web title line",
			"Công văn 3397/BKHĐT-TH năm 2019 về báo cáo do Bộ Kế hoạch và Đầu tư ban hành\nV/v báo cáo\nKính gửi: Các bộ.\n",
			"number", "không có dòng «Số:», số lấy từ dòng tiêu đề của trang web"},
		{"unknown signer title",
			"BỘ Y TẾ\n" + qh + "Số: 12/BYT-KH\nHà Nội, ngày 05 tháng 3 năm 2024\nV/v báo cáo\nKính gửi: Các sở.\nĐề nghị các sở báo cáo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nQUYỀN VỤ TRƯỞNG VỤ KẾ HOẠCH\nNguyễn Văn An\n",
			"signer.title", "chức danh người ký không có trong danh mục, lấy theo khối chữ ký"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := FromText(c.text)
			if got := r.Unsure[c.field]; got != c.want {
				t.Errorf("unsure[%s] = %q, want %q (all: %v)", c.field, got, c.want, r.Unsure)
			}
		})
	}
	// A plain letter of a body named on its own line asks nothing of them.
	r := FromText("BỘ Y TẾ\n" + qh + "Số: 12/BYT-KH\nHà Nội, ngày 05 tháng 3 năm 2024\nV/v báo cáo\nKính gửi: Các sở.\nĐề nghị các sở báo cáo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn An\n")
	for _, f := range []string{"issuer", "number", "place", "date", "subject", "signer", "signer.title"} {
		if r.Unsure[f] != "" {
			t.Errorf("a plain letter's %s flagged: %q", f, r.Unsure[f])
		}
	}
}
