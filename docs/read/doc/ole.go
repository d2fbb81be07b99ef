package doc

import (
	"bytes"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"

	"vanthu/docs/read/readerr"
)

// Messages for OLE files that are not a readable Word document.
const (
	msgCorrupt       = "tệp .doc bị hỏng hoặc không đầy đủ (có thể tải về chưa xong); hãy mở bằng Word và lưu lại"
	msgEncryptedDocx = "tệp .docx được đặt mật khẩu; hãy mở bằng Word, bỏ mật khẩu rồi nhập lại"
	msgEncryptedDoc  = "tệp .doc được đặt mật khẩu; hãy mở bằng Word, bỏ mật khẩu rồi nhập lại"
	msgExcel         = "đây là bảng tính Excel (.xls), không phải văn bản Word"
	msgPowerPoint    = "đây là tệp trình chiếu PowerPoint (.ppt), không phải văn bản Word"
	msgNotWord       = "tệp OLE này không phải văn bản Word (không có luồng WordDocument)"
	msgTooOld        = "phiên bản Word quá cũ (trước Word 6), không đọc được; hãy mở bằng Word và lưu lại dạng .docx"
	msgWord6Complex  = "phiên bản Word quá cũ (Word 6/95, lưu nhanh), không đọc được; hãy mở bằng Word và lưu lại dạng .docx"
)

// container holds the streams of an OLE compound file that the reader uses.
type container struct {
	streams map[string][]byte // top-level streams by name
	names   map[string]bool   // every entry name, for recognising the file kind
}

// wanted are the streams read into memory; other entries are only named.
var wanted = map[string]bool{"WordDocument": true, "0Table": true, "1Table": true}

// openOLE parses the compound file. mscfb is not hardened against hostile
// input, so a panic inside it is turned into the "corrupt" error.
func openOLE(data []byte) (c *container, err error) {
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, readerr.New(msgCorrupt, fmt.Errorf("mscfb panic: %v", r))
		}
	}()
	r, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, readerr.New(msgCorrupt, err)
	}
	c = &container{streams: map[string][]byte{}, names: map[string]bool{}}
	for f, err := r.Next(); err == nil; f, err = r.Next() {
		c.names[f.Name] = true
		if !wanted[f.Name] || len(f.Path) > 0 {
			continue
		}
		// A stream cannot be larger than the file holding it.
		if f.Size < 0 || f.Size > int64(len(data)) {
			return nil, readerr.New(msgCorrupt, fmt.Errorf("stream %s claims %d bytes", f.Name, f.Size))
		}
		buf := make([]byte, f.Size)
		if _, err := io.ReadFull(f, buf); err != nil {
			return nil, readerr.New(msgCorrupt, fmt.Errorf("stream %s: %w", f.Name, err))
		}
		c.streams[f.Name] = buf
	}
	return c, nil
}

// notWord names what an OLE file without a Word document really is.
func (c *container) notWord() error {
	switch {
	case c.names["EncryptionInfo"] || c.names["EncryptedPackage"]:
		return readerr.New(msgEncryptedDocx, nil)
	case c.names["Workbook"] || c.names["Book"]:
		return readerr.New(msgExcel, nil)
	case c.names["PowerPoint Document"]:
		return readerr.New(msgPowerPoint, nil)
	}
	return readerr.New(msgNotWord, nil)
}
