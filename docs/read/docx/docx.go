// Package docx reads docx files into structured text.
package docx

import (
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Read reads a whole docx file.
// TODO(reader helper): placeholder, replaced by the real reader.
func Read(data []byte) (*model.Document, error) {
	return nil, readerr.New("chưa hỗ trợ định dạng docx", nil)
}
