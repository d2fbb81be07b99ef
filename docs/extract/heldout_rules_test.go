package extract

import (
	"reflect"
	"testing"
)

// Rules added after scoring testdata/tuning/meta (then called heldout); each case is a shape seen
// there, reduced to its lines.

func TestBodyBeforeNumberLabel(t *testing.T) {
	cases := []struct{ in, issuer, parent string }{
		{"UBND TỈNH PHÚ THỌ SỞ NỘI VỤ Số:  /KH-SNV | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc Phú Thọ, ngày 2 tháng 12 năm 2011\n",
			"Sở Nội vụ tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh Phú Thọ"},
		{"THANH TRA CHÍNH PHỦ –––– Số: 2442/2007/TT-TTCP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc\n",
			"Thanh tra Chính phủ", ""},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Issuer != c.issuer || r.ParentIssuer != c.parent {
			t.Errorf("%q: issuer %q parent %q, want %q %q", c.in, r.Issuer, r.ParentIssuer, c.issuer, c.parent)
		}
	}
}

func TestCapsSubjectEndsAtRunningText(t *testing.T) {
	cases := []struct{ in, subject string }{
		{"Số:\n299/TTg Hà Nội, ngày 10 tháng 11 năm 1980 CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định.\n",
			"VỀ CÔNG TÁC ĐO ĐẠC RUỘNG ĐẤT TRONG CẢ NƯỚC"},
		{"Số: 5/KH-UBND\nX, ngày 1 tháng 2 năm 2020\nKẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2018-2025\nCăn cứ Luật.\n",
			"THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2018-2025"},
		{"Số: 5/KH-UBND\nX, ngày 1 tháng 2 năm 2020\nKẾ HOẠCH\nTriển khai phần mềm Quản lý văn bản\nI. MỤC ĐÍCH\n",
			"Triển khai phần mềm Quản lý văn bản"},
	}
	for _, c := range cases {
		if r := FromText(c.in); r.Subject != c.subject {
			t.Errorf("%q: subject %q, want %q", c.in, r.Subject, c.subject)
		}
	}
}

func TestSignerLayouts(t *testing.T) {
	cases := []struct{ name, in, sname, title, auth string }{
		{"slash prefix", "trong cả nước.\nK/T THỦ TƯỚNG CHÍNH PHỦ PHÓ THỦ TƯỚNG Tố Hữu", "Tố Hữu", "PHÓ THỦ TƯỚNG", "K/T THỦ TƯỚNG CHÍNH PHỦ"},
		{"title in the next cell", "Nơi nhận: - Giám đốc; - Lưu: VT, P.CNTT. | GIÁM ĐỐC Phan Quang Thao\n", "Phan Quang Thao", "GIÁM ĐỐC", ""},
		{"after drafter initials, two posts", "Nơi nhận:\n- Như trên;\n- Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng\n", "Mai Tiến Dũng", "BỘ TRƯỞNG, CHỦ NHIỆM", ""},
		{"inspector general", "Nơi nhận: - Công báo; - Lưu VT, Vụ PC. | TỔNG THANH TRA Trần Văn Truyền – Đã ký", "Trần Văn Truyền", "TỔNG THANH TRA", ""},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if r.Signer.Name != c.sname || r.Signer.Title != c.title || r.Signer.Authority != c.auth {
			t.Errorf("%s: got %+v, want %q %q %q", c.name, r.Signer, c.sname, c.title, c.auth)
		}
	}
}

// TestClosingColumns: Nơi nhận and the signature kept side by side on the
// same lines, split by tabs (.doc) or by nothing but the items' ";"
// (a .txt whose tabs became spaces).
func TestClosingColumns(t *testing.T) {
	noiNhan := []string{"Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "CT, PCT UBND tỉnh", "UBND các huyện, thị xã", "Lưu VT"}
	cases := []struct{ name, in string }{
		{"tabs", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ;\tKT.CHỦ TỊCH\n- Thường trực Tỉnh ủy;\tPHÓ CHỦ TỊCH\n- CT, PCT UBND tỉnh;\t(Đã ký)\n- UBND các huyện, thị xã;\tNguyễn Văn Hiệp\n- Lưu VT.\n"},
		{"spaces", "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Bộ Khoa học và Công nghệ; KT.CHỦ TỊCH\n- Thường trực Tỉnh ủy; PHÓ CHỦ TỊCH\n- CT, PCT UBND tỉnh; (Đã ký)\n- UBND các huyện, thị xã; Nguyễn Văn Hiệp\n- Lưu VT.\n"},
	}
	for _, c := range cases {
		r := FromText(c.in)
		if !reflect.DeepEqual(r.NoiNhan, noiNhan) {
			t.Errorf("%s: noi_nhan %q", c.name, r.NoiNhan)
		}
		if want := (Signer{Name: "Nguyễn Văn Hiệp", Title: "PHÓ CHỦ TỊCH", Authority: "TM. ỦY BAN NHÂN DÂN KT.CHỦ TỊCH"}); r.Signer != want {
			t.Errorf("%s: signer %+v", c.name, r.Signer)
		}
	}
}

func TestCutAfterLuu(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG", "Lưu: VT, ĐMDN (2b)."},
		// the drafter's mark that ends the line stays (seventh round)
		{"Lưu: Văn thư, CCHC (5b). Hà", "Lưu: Văn thư, CCHC (5b). Hà"},
		{"Lưu: VT, CN (2). Ha THỦ TƯỚNG", "Lưu: VT, CN (2)."},
		{"Lưu: VT, P. TH", "Lưu: VT, P. TH"},
		{"Lưu: VT, P.CNTT.", "Lưu: VT, P.CNTT."},
	}
	for _, c := range cases {
		if got := cutAfterLuu(c.in); got != c.want {
			t.Errorf("%q: %q, want %q", c.in, got, c.want)
		}
	}
}

func TestReferenceRules(t *testing.T) {
	cases := []struct {
		name, in string
		refs     []string // number@date
	}{
		{"form numbers are not documents", "theo mẫu số 03/KBS/GSQL Phụ lục V Thông tư 38/2015/TT-BTC; mẫu Bản kê 21/BKTrC/GSQL.", []string{"38/2015/TT-BTC@"}},
		{"underscore for hyphen", "Căn cư Quyết định số 10/2007/QĐ_BKHCN ngày 11 tháng 5 năm 2007 của Bộ", []string{"10/2007/QĐ-BKHCN@2007-05-11"}},
		{"date after the issuer", "Thông tư số 556/2007/TT-TTCP của Thanh tra Chính phủ ngày 26 tháng 3 năm 2007 hướng dẫn", []string{"556/2007/TT-TTCP@2007-03-26"}},
		{"no-break space before the date", "Nghị định số 22/2013/NĐ-CP ngày\u00a013/3/2013 của Chính phủ", []string{"22/2013/NĐ-CP@2013-03-13"}},
	}
	for _, c := range cases {
		var got []string
		// a header first, so that the cited number is not taken for the
		// document's own (web copies start with it)
		for _, ref := range FromText("Số: 1/UBND-VP\n" + c.in).References {
			got = append(got, ref.Number+"@"+ref.Date.String())
		}
		if !reflect.DeepEqual(got, c.refs) {
			t.Errorf("%s: %v, want %v", c.name, got, c.refs)
		}
	}
}

// A PDF read column by column gives the whole left column (body, number,
// subject) before the national title, which a narrow column breaks in two.
func TestColumnOrderedHeader(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN
TỈNH HẬU GIANG
Số: 454/UBND-NCTH
V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn
CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vị Thanh, ngày 6 tháng 4 năm 2011
Kính gửi: Giám đốc Sở Thông tin và Truyền thông.
`
	r := FromText(text)
	cases := []struct{ field, got, want string }{
		{"issuer", r.Issuer, "Ủy ban nhân dân tỉnh Hậu Giang"},
		{"number", r.Number, "454/UBND-NCTH"},
		{"subject", r.Subject, "V/v tiếp tục phối hợp tuyên truyền và tham gia bầu chọn"},
		{"place", r.Place, "Vị Thanh"},
		{"date", r.Date.String(), "2011-04-06"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}
}
