package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"vanthu/index/search"
	"vanthu/internal/vnerr"
)

// setIndex replaces the open index and returns the one it replaced.
func (l *Library) setIndex(ix *search.Index) *search.Index {
	l.indexMu.Lock()
	defer l.indexMu.Unlock()
	old := l.index
	l.index = ix
	return old
}

// replaceBrokenIndex moves the index folder aside to index.broken-<time>,
// opens a new empty index and marks every document pending; the caller
// catches up. broken is the index found broken (nil at open): when another
// search already replaced it, nothing is done.
func (l *Library) replaceBrokenIndex(ctx context.Context, broken *search.Index, cause error) error {
	l.indexMu.Lock()
	if broken != nil && l.index != broken {
		l.indexMu.Unlock()
		return nil
	}
	old := l.index
	l.index = nil
	l.indexMu.Unlock()
	if old != nil {
		old.Close() // errors of a broken index say nothing new
	}
	path := filepath.Join(l.dir, indexName)
	aside := fmt.Sprintf("%s.broken-%s", path, time.Now().Format("20060102-150405"))
	for i := 2; exists(aside); i++ {
		aside = fmt.Sprintf("%s.broken-%s-%d", path, time.Now().Format("20060102-150405"), i)
	}
	if exists(path) {
		if err := os.Rename(path, aside); err != nil {
			return fmt.Errorf("chỉ mục tìm kiếm bị hỏng và không dời đi được: %w", vnerr.Explain(err))
		}
	}
	ix, err := search.Open(path)
	if err != nil {
		return fmt.Errorf("không tạo được chỉ mục tìm kiếm mới: %w", vnerr.Explain(err))
	}
	l.setIndex(ix)
	l.indexRepair = fmt.Sprintf("chỉ mục tìm kiếm bị hỏng (%v); đã chuyển sang %s", cause, filepath.Base(aside))
	l.notices = append(l.notices, l.indexRepair+" và lập lại từ dữ liệu gốc")
	return l.store.MarkAllPending(ctx)
}

// indexLostDocuments compares the index's document count with what the
// store says was indexed: a segment bleve could not load is skipped with
// a log line, and the index opens with documents silently missing. It
// returns "" when nothing is missing. (More documents than that is normal
// after a crash between indexing and marking them indexed.)
func (l *Library) indexLostDocuments(ctx context.Context, ix *search.Index) string {
	inIndex, err := ix.Count()
	if err != nil {
		return err.Error()
	}
	total, err := l.store.Count(ctx)
	if err != nil {
		return ""
	}
	pending, err := l.store.Pending(ctx)
	if err != nil {
		return ""
	}
	if indexed := total - len(pending); int(inIndex) < indexed {
		return fmt.Sprintf("chỉ mục có %d văn bản, dữ liệu ghi %d văn bản đã vào chỉ mục", inIndex, indexed)
	}
	return ""
}

// Search runs a full-text search. An index that turns out broken while
// searching (bleve panics or fails on a damaged segment) is moved aside and
// rebuilt from the store, and the search is run again; Notices says so.
func (l *Library) Search(q search.Query) (*search.Results, error) {
	ix, err := l.searchIndex()
	if err != nil {
		return nil, err
	}
	res, err := ix.SearchSafely(q)
	if err == nil || !indexBroken(ix, err) {
		return res, err
	}
	ctx := context.Background()
	if rerr := l.replaceBrokenIndex(ctx, ix, err); rerr != nil {
		return nil, rerr
	}
	if _, err := l.catchUp(ctx, nil); err != nil {
		return nil, fmt.Errorf("chỉ mục tìm kiếm bị hỏng và chưa lập lại được: %w; hãy chạy \"vanthu reindex\"", vnerr.Explain(err))
	}
	if ix, err = l.searchIndex(); err != nil {
		return nil, err
	}
	return ix.SearchSafely(q)
}

// indexBroken tells an error of a damaged index from one of the query.
func indexBroken(ix *search.Index, err error) bool {
	if errors.Is(err, search.ErrCorrupt) {
		return true
	}
	problems, verr := ix.VerifyFiles(true)
	return verr != nil || len(problems) > 0
}
