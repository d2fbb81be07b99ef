// Package odt reads odt files into structured text.
package odt

import (
	"vanthu/docs/model"
	"vanthu/docs/read/readerr"
)

// Read reads a whole odt file.
// TODO(reader helper): placeholder, replaced by the real reader.
func Read(data []byte) (*model.Document, error) {
	return nil, readerr.New("chưa hỗ trợ định dạng odt", nil)
}
