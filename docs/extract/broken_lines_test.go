package extract

import (
	"os"
	"strings"
	"testing"
)

// Web copies break a line after the first word of a paragraph: a place
// or a signer's name split over two lines is still one name.
func TestNamesBrokenOverTwoLines(t *testing.T) {
	letter := func(place, name string) string {
		return `BỘ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1383/QĐ-BNV
` + place + `, ngày 26 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc phê duyệt kế hoạch
Điều 1. Phê duyệt kế hoạch kèm theo Quyết định này.
Nơi nhận:
- Như Điều 1;
- Lưu: VT, KHTC.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
` + name + "\n"
	}
	cases := []struct{ name, place, signer, wantPlace, wantName string }{
		{"whole", "Hà Nội", "Nguyễn Mạnh Khương", "Hà Nội", "Nguyễn Mạnh Khương"},
		{"place broken", "Hà\nNội", "Nguyễn Mạnh Khương", "Hà Nội", "Nguyễn Mạnh Khương"},
		{"city broken", "Thành phố Hồ\nChí Minh", "Lê Văn Thành", "Thành phố Hồ Chí Minh", "Lê Văn Thành"},
		{"name after the family name", "Hà Nội", "Nguyễn\nMạnh Khương", "Hà Nội", "Nguyễn Mạnh Khương"},
		{"name before the last word", "Hà Nội", "Nguyễn Mạnh\nKhương", "Hà Nội", "Nguyễn Mạnh Khương"},
		{"a name is no more than four words", "Hà Nội", "Nguyễn Mạnh Khương\nVăn Phòng Bộ", "Hà Nội", "Nguyễn Mạnh Khương"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := FromText(letter(c.place, c.signer))
			if r.Place != c.wantPlace {
				t.Errorf("place %q, want %q", r.Place, c.wantPlace)
			}
			if r.Signer.Name != c.wantName {
				t.Errorf("signer %q, want %q", r.Signer.Name, c.wantName)
			}
		})
	}
}

// A công điện's subject in capitals that a web copy runs into the sender's
// "THỦ TƯỚNG CHÍNH PHỦ điện:" ends where the sender begins.
func TestDienSubjectInCapitals(t *testing.T) {
	for _, sender := range []string{"THỦ TƯỚNG CHÍNH PHỦ", "PHÓ THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"} {
		text := "THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 234/CĐ-TTg Hà Nội, ngày 30 tháng 11 năm 2025 CÔNG ĐIỆN V/V PHÁT ĐỘNG, TRIỂN KHAI CHIẾN DỊCH THẦN TỐC XÂY DỰNG LẠI, SỬA CHỮA NHÀ Ở CHO CÁC GIA ĐÌNH TẠI CÁC TỈNH MIỀN TRUNG " +
			sender + " điện:\n- Chủ tịch Ủy ban nhân dân các tỉnh.\n"
		r := FromText(text)
		want := "V/V PHÁT ĐỘNG, TRIỂN KHAI CHIẾN DỊCH THẦN TỐC XÂY DỰNG LẠI, SỬA CHỮA NHÀ Ở CHO CÁC GIA ĐÌNH TẠI CÁC TỈNH MIỀN TRUNG"
		if r.Subject != want {
			t.Errorf("sender %q: subject %q, want %q", sender, r.Subject, want)
		}
	}
}

// A reader that joins a web copy's lines into paragraphs runs the last
// addressee into the body and the signature onto the "Lưu" entry.
func TestJoinedClosingAndAddressees(t *testing.T) {
	text := "THỦ TƯỚNG CHÍNH PHỦ ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- Số: 229/CĐ-TTg Hà Nội, ngày 26 tháng 11 năm 2025 CÔNG ĐIỆN VỀ KHẨN TRƯƠNG TRIỂN KHAI CÁC ĐỢT THI ĐUA THỦ TƯỚNG CHÍNH PHỦ điện:\n" +
		"- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ;\n" +
		"- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. Thiết thực lập thành tích chào mừng Đại hội, Thủ tướng Chính phủ yêu cầu:\n" +
		"1. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này./.\n" +
		"Nơi nhận:\n- Như trên;\n- Lưu: VT, TCCV. THỦ TƯỚNG Phạm Minh Chính\n"
	r := FromText(text)
	wantRec := []string{"Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"}
	if strings.Join(r.Recipients, "|") != strings.Join(wantRec, "|") {
		t.Errorf("recipients %q, want %q", r.Recipients, wantRec)
	}
	if n := len(r.NoiNhan); n == 0 || r.NoiNhan[n-1] != "Lưu: VT, TCCV" {
		t.Errorf("Nơi nhận %q, want it to end with %q", r.NoiNhan, "Lưu: VT, TCCV")
	}
	if r.Signer.Name != "Phạm Minh Chính" || r.Signer.Title != "THỦ TƯỚNG" {
		t.Errorf("signer %q %q, want Phạm Minh Chính, THỦ TƯỚNG", r.Signer.Name, r.Signer.Title)
	}
}

// Where the header's end is not found, the signature is still looked for
// after the Nơi nhận, never in the header ("THỦ TƯỚNG CHÍNH / PHỦ").
func TestSignerWithoutHeaderEnd(t *testing.T) {
	raw, err := os.ReadFile("testdata/tuning/round3/cd-229-ttg-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := FromText(string(raw))
	if r.Signer.Name != "Phạm Minh Chính" || r.Signer.Title != "THỦ TƯỚNG" {
		t.Errorf("signer %q %q, want Phạm Minh Chính, THỦ TƯỚNG", r.Signer.Name, r.Signer.Title)
	}
}
