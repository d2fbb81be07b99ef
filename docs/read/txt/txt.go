// Package txt reads txt files into structured text.
package txt

import (
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Read reads a whole txt file.
// TODO(reader helper): placeholder, replaced by the real reader.
func Read(data []byte) (*model.Document, error) {
	return nil, readerr.New("chưa hỗ trợ định dạng txt", nil)
}
