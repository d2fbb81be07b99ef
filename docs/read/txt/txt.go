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

	"golang.org/x/text/unicode/norm"

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
	if order, ok := bomlessUTF16(data); ok {
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

// bomlessUTF16 spots UTF-16 saved without a BOM: mostly-ASCII text then has
// a zero in every other byte, on the odd side for little endian.
func bomlessUTF16(data []byte) (binary.ByteOrder, bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return nil, false
	}
	var evenZero, oddZero, evenText, oddText int
	for i := 0; i < n; i += 2 {
		lo, hi := data[i], data[i+1]
		if lo == 0 {
			evenZero++
			if textByte(hi) {
				oddText++
			}
		}
		if hi == 0 {
			oddZero++
			if textByte(lo) {
				evenText++
			}
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 > pairs*6 && evenZero*10 < pairs && evenText*10 > oddZero*9:
		return binary.LittleEndian, true
	case evenZero*10 > pairs*6 && oddZero*10 < pairs && oddText*10 > evenZero*9:
		return binary.BigEndian, true
	}
	return nil, false
}

// textByte is an ASCII byte that plain text is made of.
func textByte(b byte) bool {
	return b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t'
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

// nfc is vn.NFC followed by a second composition: vn.NFC drops soft
// hyphens and zero-width characters after composing, which can leave a
// letter and its combining tone apart.
func nfc(s string) string {
	return norm.NFC.String(vn.NFC(s))
}
