package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"vanthu/docs/vn"
	"vanthu/index/search"
	"vanthu/index/store"
)

// indexBatch is how many documents are loaded from the store at once, and
// indexBatchBytes bounds the text of one bleve batch. Bleve holds a whole
// batch's analysis until its segment is built: 1 MB batches took the
// legal-corpus import from ~290 to ~230 MB peak RSS for the same CPU (with
// merges planned by file size, more small segments cost little).
const (
	indexBatch      = 32
	indexBatchBytes = 1 << 20
)

// CatchUp indexes every document the store has not marked indexed and
// returns how many it indexed.
func (l *Library) CatchUp(ctx context.Context) (int, error) {
	return l.catchUp(ctx, nil)
}

func (l *Library) catchUp(ctx context.Context, progress func(done, total int)) (int, error) {
	ids, err := l.store.Pending(ctx)
	if err != nil {
		return 0, err
	}
	return len(ids), l.indexIDs(ctx, ids, progress)
}

// indexIDs indexes documents, loading them from the store a few at a time.
func (l *Library) indexIDs(ctx context.Context, ids []int64, progress func(done, total int)) error {
	for start := 0; start < len(ids); start += indexBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		end := min(start+indexBatch, len(ids))
		docs, err := l.store.IndexDocs(ctx, ids[start:end])
		if err != nil {
			return err
		}
		if err := l.putIndex(ctx, docs); err != nil {
			return err
		}
		if progress != nil {
			progress(end, len(ids))
		}
	}
	return nil
}

// putIndex indexes docs in bleve batches of at most indexBatchBytes of
// text (bleve keeps a whole batch's analysis in memory), marking each
// batch indexed in the store once the index holds it.
func (l *Library) putIndex(ctx context.Context, docs []store.IndexDoc) error {
	for len(docs) > 0 {
		n, size := 0, 0
		for n < len(docs) && (n == 0 || size+len(docs[n].Text) <= indexBatchBytes) {
			size += len(docs[n].Text)
			n++
		}
		sdocs := make([]search.Doc, n)
		for i, d := range docs[:n] {
			sdocs[i] = searchDoc(d)
		}
		ix, err := l.searchIndex()
		if err != nil {
			return err
		}
		if err := ix.Put(sdocs...); err != nil {
			return err
		}
		if err := l.store.MarkIndexed(ctx, docs[:n]); err != nil {
			return err
		}
		docs = docs[n:]
	}
	return nil
}

func searchDoc(d store.IndexDoc) search.Doc {
	sd := search.Doc{
		ID:      docKey(d.ID),
		Number:  d.Number,
		Type:    d.Type,
		Issuer:  d.Issuer,
		Subject: d.Subject,
		Signer:  d.Signer,
		Text:    vn.Prefix(d.Text, MaxIndexText),
	}
	if !d.Date.IsZero() {
		sd.Date = d.Date.Time()
	}
	return sd
}

// MaxIndexText bounds the text of one document given to the search index:
// bleve holds every token of a document's three text fields in memory at
// once, about 60 bytes per byte of text, so a 50 MB one-line file took
// gigabytes. Four times the longest law; the store keeps the whole text.
const MaxIndexText = 4 << 20

// docKey is a document's id in the search index.
func docKey(id int64) string { return strconv.FormatInt(id, 10) }

// parseDocKey reads docKey back; ok is false for anything else.
func parseDocKey(s string) (int64, bool) {
	id, err := strconv.ParseInt(s, 10, 64)
	return id, err == nil && id > 0 && docKey(id) == s
}

// Reindex throws the search index away and rebuilds it from the store.
// progress, when not nil, is told how many documents are done.
func (l *Library) Reindex(ctx context.Context, progress func(done, total int)) error {
	path := filepath.Join(l.dir, indexName)
	if ix := l.setIndex(nil); ix != nil {
		if err := ix.Close(); err != nil {
			return err
		}
	}
	if err := os.RemoveAll(path); err != nil {
		return fmt.Errorf("không xóa được chỉ mục cũ: %w", err)
	}
	ix, err := search.Open(path)
	if err != nil {
		return fmt.Errorf("không tạo được chỉ mục mới: %w", err)
	}
	l.setIndex(ix)
	if err := l.store.MarkAllPending(ctx); err != nil {
		return err
	}
	_, err = l.catchUp(ctx, progress)
	return err
}
