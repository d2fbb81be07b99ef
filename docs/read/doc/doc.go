// Package doc reads doc files into structured text.
package doc

import (
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Read reads a whole doc file.
// TODO(reader helper): placeholder, replaced by the real reader.
func Read(data []byte) (*model.Document, error) {
	return nil, readerr.New("chưa hỗ trợ định dạng doc", nil)
}
