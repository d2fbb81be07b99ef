package read

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16Of(s string, order binary.AppendByteOrder) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

// TestUTF16WithoutBOM: UTF-16 saved without a byte-order mark is guessed,
// as the README says, in both byte orders, also when most letters carry
// marks; binary data with zeros is still refused.
func TestUTF16WithoutBOM(t *testing.T) {
	const letter = "ỦY BAN NHÂN DÂN TỈNH KON TUM\r\nSố: 12/KH-UBND\r\nKính gửi: Sở Nội vụ, Sở Tài chính.\r\nĐề nghị các đơn vị báo cáo kết quả trước ngày 30/6/2021 “đúng hạn”.\r\n"
	for _, tc := range []struct {
		name     string
		data     []byte
		encoding string // "" = refused
	}{
		{"little endian", utf16Of(letter, binary.LittleEndian), "utf-16le"},
		{"big endian", utf16Of(letter, binary.BigEndian), "utf-16be"},
		{"marks on most letters", utf16Of(strings.Repeat("Ủy ban nhân dân tỉnh Đắk Lắk chỉ đạo ", 20), binary.LittleEndian), "utf-16le"},
		{"binary with zeros", []byte("\x00\x01\x02\x03\x00\x00\xff\xfe\x10\x00\x9c\x00\x00\x00\x01\x00"), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Bytes("x.txt", tc.data)
			if tc.encoding == "" {
				if err == nil {
					t.Fatalf("read %+v, want refused", doc.Info)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.Info.Encoding != tc.encoding || !strings.Contains(doc.PlainText(), "Ủy ban nhân dân") && !strings.Contains(doc.PlainText(), "ỦY BAN NHÂN DÂN") {
				t.Errorf("encoding %s, text %q", doc.Info.Encoding, doc.PlainText())
			}
		})
	}
}
