// Package pdf reads pdf files into structured text.
package pdf

import (
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Read reads a whole pdf file.
// TODO(reader helper): placeholder, replaced by the real reader.
func Read(data []byte) (*model.Document, error) {
	return nil, readerr.New("chưa hỗ trợ định dạng pdf", nil)
}
