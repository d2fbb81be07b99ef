// Package txt reads plain-text files: UTF-8 (with or without BOM), UTF-16
// with a BOM, and the legacy 8-bit Vietnamese encodings TCVN3, VNI and
// Windows-1258, recognised from the bytes. Word's "Web page, filtered"
// output saved with a .doc name is plain text too, so HTML is recognised
// and reduced to its paragraphs and tables.
package txt

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
	"vanthu/docs/vn"
)

// minLegacyConfidence is how sure legacy.Detect must be before 8-bit text
// is converted as TCVN3/VNI/cp1258 rather than read as Western text.
const minLegacyConfidence = 0.3

// Read reads a whole text file.
func Read(data []byte) (*model.Document, error) {
	text, info, err := Decode(data)
	if err != nil {
		return nil, err
	}
	var doc *model.Document
	if looksHTML(text) {
		doc = &model.Document{Blocks: htmlBlocks(text)}
		info.Conversions = append(info.Conversions, "HTML → văn bản")
	} else {
		doc = &model.Document{Blocks: Paragraphs(text)}
	}
	doc.Info = info
	if len(doc.Blocks) == 0 {
		doc.Info.Warnings = append(doc.Info.Warnings, "tệp không có nội dung chữ")
	}
	return doc, nil
}

// Decode turns the bytes of a text file into NFC text and says which
// encoding it found (Info.Format, Encoding, Conversions, Warnings).
func Decode(data []byte) (string, model.Info, error) {
	info := model.Info{Format: "txt"}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		info.Encoding = "utf-8"
		return decodeUTF8(data[3:], &info), info, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		info.Encoding = "utf-16le"
		return decodeUTF16(data[2:], binary.LittleEndian), info, nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		info.Encoding = "utf-16be"
		info.Conversions = append(info.Conversions, "UTF-16BE → UTF-8")
		return decodeUTF16(data[2:], binary.BigEndian), info, nil
	}
	if order, ok := GuessUTF16(data); ok {
		info.Encoding = "utf-16le"
		if order == binary.ByteOrder(binary.BigEndian) {
			info.Encoding = "utf-16be"
		}
		info.Warnings = append(info.Warnings, "tệp UTF-16 không có BOM; đã đoán thứ tự byte")
		return decodeUTF16(data, order), info, nil
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", info, readerr.New("tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản thuần", nil)
	}
	if utf8.Valid(data) {
		info.Encoding = "utf-8"
		return nfc(string(data)), info, nil
	}
	if mostlyUTF8(data) {
		info.Encoding = "utf-8"
		return decodeUTF8(data, &info), info, nil
	}
	enc, conf := legacy.Detect(data)
	if enc != legacy.None && conf >= minLegacyConfidence {
		info.Encoding = strings.ToLower(enc.String())
		info.Conversions = append(info.Conversions, enc.String()+" → Unicode")
		return legacy.DecodeBytes(enc, data), info, nil
	}
	info.Encoding = "windows-1252"
	info.Warnings = append(info.Warnings, "không nhận ra bảng mã tiếng Việt của tệp; đã đọc theo Windows-1252, dấu có thể sai")
	return legacy.DecodeBytes(legacy.None, data), info, nil
}

// decodeUTF8 reads UTF-8 that may hold a few broken bytes, noting them.
func decodeUTF8(data []byte, info *model.Info) string {
	if !utf8.Valid(data) {
		info.Warnings = append(info.Warnings, "tệp có một số byte không hợp lệ UTF-8; đã thay bằng dấu �")
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return nfc(string(data))
}

func decodeUTF16(data []byte, order binary.ByteOrder) string {
	units := make([]uint16, len(data)/2)
	for i := range units {
		units[i] = order.Uint16(data[2*i:])
	}
	return nfc(strings.ToValidUTF8(string(utf16.Decode(units)), "\uFFFD"))
}

// GuessUTF16 spots UTF-16 saved without a BOM (Notepad's "Unicode" with the
// mark stripped, some exports): it reports the byte order in which the
// first 4 KB decode as text. ASCII text alone is not enough a test for
// Vietnamese, whose letters with marks are Latin-1, Latin Extended and
// Latin Extended Additional (U+1Exx) units with no zero byte.
func GuessUTF16(data []byte) (binary.ByteOrder, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return nil, false
	}
	switch {
	case utf16Likely(data[:n], binary.LittleEndian):
		return binary.LittleEndian, true
	case utf16Likely(data[:n], binary.BigEndian):
		return binary.BigEndian, true
	}
	return nil, false
}

// utf16Likely: in this byte order at least 19 units in 20 are characters
// Vietnamese text is written with (ASCII, Latin-1, Latin Extended-A/B,
// combining marks, U+1Exx, general punctuation), and at least one in
// four is ASCII (spaces, letters without marks, digits). UTF-8 and 8-bit
// text have no zero bytes, so they never give ASCII units.
func utf16Likely(b []byte, order binary.ByteOrder) bool {
	units, good, ascii := len(b)/2, 0, 0
	for i := 0; i+1 < len(b); i += 2 {
		u := order.Uint16(b[i:])
		switch {
		case u == '\n' || u == '\r' || u == '\t' || u == '\f' || (u >= 0x20 && u < 0x7F):
			good++
			ascii++
		case u >= 0xA0 && u < 0x250, u >= 0x300 && u < 0x370, u >= 0x1E00 && u < 0x1F00, u >= 0x2000 && u < 0x2070:
			good++
		}
	}
	return good*20 >= units*19 && ascii*4 >= units
}

// mostlyUTF8 tells UTF-8 with a few damaged bytes from 8-bit text: three
// in four of its non-ASCII sequences decode. Legacy 8-bit Vietnamese almost
// never forms a valid multi-byte sequence.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case size > 1:
			good++
		}
		data = data[size:]
	}
	return good > 0 && good >= 3*bad
}

// nfc is vn.NFC, which drops soft hyphens and zero-width characters before
// composing, so one pass leaves no letter apart from its tone (a second
// composition here took a twentieth of a .txt import; TestNFCJoinsTones).
func nfc(s string) string {
	return vn.NFC(s)
}
