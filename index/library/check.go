package library

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"vanthu/index/library/originals"
	"vanthu/index/store"
	"vanthu/internal/vnerr"
)

// Report is what Check found. Pending documents (stored but not yet in the
// search index, as a crash can leave them) and leftover originals (a file
// stored before a crash, without its row) are normal states that the next
// import or open repairs, so they are counted, not reported as problems.
type Report struct {
	Documents         int      `json:"documents"`
	SchemaVersion     int      `json:"schema_version"`
	Indexed           int      `json:"indexed"`
	Pending           int      `json:"pending"`
	LeftoverOriginals int      `json:"leftover_originals"`
	Problems          []string `json:"problems"` // Vietnamese, one per inconsistency
	// Filled by CheckDeep only.
	Deep           bool `json:"deep"`
	IndexDocuments int  `json:"index_documents"` // documents read back from the index
	SampledWords   int  `json:"sampled_words"`   // words looked up for a sample of documents
}

// DatabaseRepair is the way out of a damaged database.
const DatabaseRepair = "cách sửa: khôi phục từ bản sao lưu (vanthu restore --force TỆP.zip), " +
	"hoặc lập lại cơ sở dữ liệu từ bản gốc (vanthu reindex --from-originals)"

// originalRepair is the way to put a lost original back.
func originalRepair(d store.Original) string {
	return fmt.Sprintf("cách sửa: nhập lại đúng tệp %s (vanthu import TỆP), hoặc khôi phục từ bản sao lưu", d.FileName)
}

// maxReported bounds the lines of SQLite's own report.
const maxReported = 10

// OK reports whether no problem was found.
func (r *Report) OK() bool { return len(r.Problems) == 0 }

func (r *Report) problem(format string, args ...any) {
	r.Problems = append(r.Problems, fmt.Sprintf(format, args...))
}

// Check verifies the library: the database's own integrity and schema
// version, every original against its hash, and the search index against
// the store (every segment file's checksum, documents missing from it,
// entries for documents that are not in the store). It changes nothing.
func (l *Library) Check(ctx context.Context) (*Report, error) {
	return l.check(ctx, false)
}

// CheckDeep is Check plus the whole index read back against the store:
// every stored document and term of every segment, the document count,
// and a sample of words of the documents looked up in the index.
func (l *Library) CheckDeep(ctx context.Context) (*Report, error) {
	return l.check(ctx, true)
}

func (l *Library) check(ctx context.Context, deep bool) (*Report, error) {
	r := &Report{Deep: deep}
	v, err := l.store.Version()
	if err != nil {
		return nil, err
	}
	r.SchemaVersion = v
	if v != store.SchemaVersion {
		r.problem("phiên bản lược đồ cơ sở dữ liệu là %d, cần %d", v, store.SchemaVersion)
	}
	issues, err := l.store.IntegrityCheck(ctx)
	if err != nil {
		// So damaged SQLite cannot even check it.
		r.problem("cơ sở dữ liệu hỏng: %v; %s", vnerr.Explain(err), DatabaseRepair)
		return r, nil
	}
	for i, s := range issues {
		if i == maxReported {
			r.problem("cơ sở dữ liệu hỏng: còn %d lỗi nữa", len(issues)-i)
			break
		}
		r.problem("cơ sở dữ liệu hỏng (%s)", strings.ReplaceAll(strings.TrimSpace(s), "\n", "; "))
	}
	if len(issues) > 0 {
		r.problem("%s", DatabaseRepair)
	}

	docs, err := l.store.Originals(ctx)
	if err != nil && len(issues) > 0 {
		return r, nil // reading a damaged database: what is known is reported
	}
	if err != nil {
		return nil, err
	}
	r.Documents = len(docs)
	known := make(map[string]bool, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		known[d.SHA256] = true
		switch p, err := l.originals.Verify(d.SHA256, d.Format); {
		case err != nil:
			r.problem("văn bản mã %d: không đọc được bản gốc: %v", d.ID, err)
		case p == originals.Missing:
			r.problem("văn bản mã %d (%s): thiếu bản gốc %s; %s", d.ID, d.FileName, l.originals.Path(d.SHA256, d.Format), originalRepair(d))
		case p == originals.WrongHash:
			r.problem("văn bản mã %d (%s): bản gốc %s đã bị thay đổi (mã băm không khớp); %s", d.ID, d.FileName,
				l.originals.Path(d.SHA256, d.Format), originalRepair(d))
		}
	}
	err = l.originals.Walk(func(sha, path string) error {
		if !known[sha] {
			r.LeftoverOriginals++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := l.checkIndex(ctx, r, docs); err != nil {
		return nil, err
	}
	if deep {
		if err := l.checkIndexDeep(ctx, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func (l *Library) checkIndex(ctx context.Context, r *Report, docs []store.Original) error {
	pendingIDs, err := l.store.Pending(ctx)
	if err != nil {
		return err
	}
	pending := make(map[int64]bool, len(pendingIDs))
	for _, id := range pendingIDs {
		pending[id] = true
	}
	r.Pending = len(pendingIDs)
	if l.indexRepair != "" && r.Pending > 0 {
		// Found damaged when the library was opened for this check, and
		// not yet rebuilt (a check does not catch up).
		r.problem("%s; chỉ mục sẽ được lập lại khi mở thư viện lần sau, hoặc chạy \"vanthu reindex\"", l.indexRepair)
	}
	ix, err := l.searchIndex()
	if err != nil {
		r.problem("%v", err)
		return nil
	}
	files, err := ix.VerifyFiles(false)
	if err != nil {
		r.problem("không đọc được các tệp của chỉ mục tìm kiếm: %v (hãy chạy \"vanthu reindex\")", err)
	}
	for _, p := range files {
		r.problem("%s (hãy chạy \"vanthu reindex\")", p)
	}
	keys, err := ix.IDs()
	if err != nil {
		r.problem("không đọc được chỉ mục tìm kiếm: %v (hãy chạy \"vanthu reindex\")", err)
		return nil
	}
	inIndex := make(map[int64]bool, len(keys))
	for _, k := range keys {
		id, ok := parseDocKey(k)
		if !ok {
			r.problem("chỉ mục tìm kiếm có mục lạ %q", k)
			continue
		}
		inIndex[id] = true
	}
	inStore := make(map[int64]bool, len(docs))
	for _, d := range docs {
		inStore[d.ID] = true
		switch {
		case inIndex[d.ID]:
			r.Indexed++
		case !pending[d.ID]:
			r.problem("văn bản mã %d có trong dữ liệu nhưng thiếu trong chỉ mục tìm kiếm (hãy chạy \"vanthu reindex\")", d.ID)
		}
	}
	var extra []int64
	for id := range inIndex {
		if !inStore[id] {
			extra = append(extra, id)
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		r.problem("chỉ mục tìm kiếm còn văn bản mã %d không có trong dữ liệu (hãy chạy \"vanthu reindex\")", id)
	}
	return nil
}
