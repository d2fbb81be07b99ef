package library

import (
	"context"
	"errors"

	"vanthu/index/search"
)

// deepSample is how many documents CheckDeep looks words up for: enough to
// catch postings that lost documents, few enough to stay quick.
const deepSample = 64

// checkIndexDeep reads the whole index back and looks up one word of each
// of a sample of indexed documents.
func (l *Library) checkIndexDeep(ctx context.Context, r *Report) error {
	ix, err := l.searchIndex()
	if err != nil {
		return nil // checkIndex reported it
	}
	n, err := ix.ReadBack(ctx)
	r.IndexDocuments = int(n)
	switch {
	case errors.Is(err, search.ErrCorrupt):
		r.problem("chỉ mục tìm kiếm bị hỏng khi đọc lại: %v (hãy chạy \"vanthu reindex\")", err)
		return nil
	case err != nil:
		return err
	}
	if int(n) < r.Indexed {
		r.problem("chỉ mục tìm kiếm đọc lại được %d văn bản, cần %d (hãy chạy \"vanthu reindex\")", n, r.Indexed)
	}
	ids, err := l.indexedIDs(ctx)
	if err != nil {
		return err
	}
	step := max(1, len(ids)/deepSample)
	for i := 0; i < len(ids); i += step {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, err := l.store.Get(ctx, ids[i])
		if err != nil {
			return err
		}
		word := search.MiddleWord(d.Text)
		if word == "" {
			continue
		}
		r.SampledWords++
		found, err := ix.HasWord(docKey(d.ID), word)
		switch {
		case err != nil:
			r.problem("chỉ mục tìm kiếm lỗi khi tra từ %q của văn bản mã %d: %v (hãy chạy \"vanthu reindex\")", word, d.ID, err)
		case !found:
			r.problem("chỉ mục tìm kiếm không tìm ra văn bản mã %d theo từ %q có trong văn bản (hãy chạy \"vanthu reindex\")", d.ID, word)
		}
	}
	return nil
}

// indexedIDs lists the documents the store says are in the index.
func (l *Library) indexedIDs(ctx context.Context) ([]int64, error) {
	docs, err := l.store.Originals(ctx)
	if err != nil {
		return nil, err
	}
	pendingIDs, err := l.store.Pending(ctx)
	if err != nil {
		return nil, err
	}
	pending := make(map[int64]bool, len(pendingIDs))
	for _, id := range pendingIDs {
		pending[id] = true
	}
	var ids []int64
	for _, d := range docs {
		if !pending[d.ID] {
			ids = append(ids, d.ID)
		}
	}
	return ids, nil
}
