package doc

import (
	"fmt"

	"vanthu/docs/legacy"
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// readWord6 is a best-effort reader for Word 6.0/95 files, which predate
// Unicode and the Word 97 FIB. When the file was not fast-saved its text
// lies in one 8-bit run from fcMin; the 8-bit encoding (TCVN3, VNI,
// Windows-1258 or Western) is guessed from the bytes. Formatting, tables
// and notes are not recovered.
func readWord6(f *fib, word []byte) (*model.Document, error) {
	if f.complex {
		return nil, readerr.New(msgWord6Complex, nil)
	}
	start, n := uint64(f.fcMin), uint64(f.ccpText)
	if start+n > uint64(len(word)) || n == 0 {
		return nil, readerr.New(msgCorrupt, fmt.Errorf("Word 6 text range %d+%d outside stream", start, n))
	}
	raw := word[start : start+n]
	t := &text{}
	for i, b := range raw {
		t.add(rune(b), uint32(start)+uint32(i), -1)
	}
	d := &document{fib: f, text: t, defaultFont: -1, defaultFontHi: -1, legacyFonts: map[string]bool{}}
	doc := &model.Document{Info: model.Info{Format: "doc"}}
	enc, conf := legacy.Detect(raw)
	if enc != legacy.None && conf >= 0.3 {
		d.fallback = enc
		doc.Info.Conversions = append(doc.Info.Conversions, enc.String()+" → Unicode")
	} else {
		d.fallback = legacy.None
	}
	doc.Blocks = d.blocks(d.story(0, len(t.runes), nil))
	doc.Info.Warnings = append(doc.Info.Warnings,
		"tệp Word 6/95 (phiên bản cũ): chỉ đọc được chữ, không có định dạng, bảng và chú thích; nên mở bằng Word và lưu lại dạng .docx")
	return doc, nil
}
