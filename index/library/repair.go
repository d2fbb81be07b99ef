package library

import (
	"context"
	"fmt"

	"vanthu/index/library/originals"
	"vanthu/internal/vnerr"
)

// repairOriginal is called when a file being imported is already in the
// library: if that document's stored original is missing or damaged, the
// same bytes (the caller hashed them) put it back. It returns a note for
// the clerk, "" when there was nothing to repair.
func (l *Library) repairOriginal(ctx context.Context, docID int64, sha string, data []byte) string {
	d, err := l.store.Get(ctx, docID)
	if err != nil || d.SHA256 != sha {
		return ""
	}
	p, err := l.originals.Verify(d.SHA256, d.Format)
	if err == nil && p == originals.OK {
		return ""
	}
	what := "bị thiếu"
	if p == originals.WrongHash || err != nil {
		what = "bị hỏng"
	}
	if _, err := l.originals.Put(sha, d.Format, data); err != nil {
		return fmt.Sprintf("bản gốc trong thư viện %s và chưa khôi phục được từ tệp này: %s", what, vnerr.Message(err))
	}
	return fmt.Sprintf("bản gốc trong thư viện %s, đã khôi phục từ tệp này", what)
}
