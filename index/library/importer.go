package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"

	"vanthu/docs/extract"
	"vanthu/docs/extract/tasks"
	"vanthu/docs/model"
	"vanthu/docs/read"
	"vanthu/docs/read/pdf"
	"vanthu/index/library/originals"
	"vanthu/index/store"
	"vanthu/internal/vnerr"
)

// Status is the outcome of importing one file.
type Status string

const (
	Imported  Status = "imported"
	Duplicate Status = "duplicate" // the same content is already in the library
	Failed    Status = "failed"
)

// FileResult is what happened to one file.
type FileResult struct {
	Path     string          `json:"path"`
	Status   Status          `json:"status"`
	DocID    int64           `json:"doc_id,omitempty"` // the new or the existing document
	Number   string          `json:"number,omitempty"`
	Scanned  bool            `json:"scanned,omitempty"` // kept, but without text
	Message  string          `json:"message,omitempty"` // Vietnamese, for the clerk
	Existing *store.Existing `json:"existing,omitempty"`
}

// Progress is reported after each file.
type Progress struct {
	Done, Total int
	File        string
	Result      FileResult
}

// ImportOptions tunes an import.
type ImportOptions struct {
	Progress func(Progress) // called from one goroutine, in completion order
	Workers  int            // readers in parallel; 0 = runtime.NumCPU()
	// PageProgress is told each page OCR has read of a scan; it is called
	// from the reading goroutines, concurrently.
	PageProgress func(file string, page, pages int)
	NoOCR        bool // keep scans as scans, without running OCR
}

// ImportMemoryLimit is the soft memory limit (runtime/debug.SetMemoryLimit)
// the CLI and the window set while importing: bleve's analysis of a batch
// is garbage soon after, and without a limit the collector lets the heap
// grow to twice the live data, well past what a clerk's PC can spare.
const ImportMemoryLimit = 200 << 20

// importIndexDocs bounds the documents in one indexing batch of an import
// (indexBatchBytes bounds their text).
const importIndexDocs = 64

// prepared is a file read, extracted and with its original stored, ready
// for the single writer.
type prepared struct {
	n         int  // position in the file list
	cancelled bool // not done: the import was cancelled first
	result    FileResult
	sha       string
	repaired  string // a note when a duplicate's lost original was put back
	doc       *store.Document
	tasks     []store.Task
	refs      []store.Ref
}

// Import reads, extracts, stores and indexes the files and folders given
// (folders recursively). Reading and extraction run in parallel; one
// goroutine writes to the database, one transaction per document, after
// the original is safely on disk. The results are in file order. The error
// is about the import as a whole (cancelled, index failed); problems of
// single files are in their results.
func (l *Library) Import(ctx context.Context, paths []string, opts ImportOptions) ([]FileResult, error) {
	files, results := l.collect(paths)
	return l.importFiles(ctx, files, results, opts)
}

// importFiles imports the files; results are those that failed before
// (collection), reported first.
func (l *Library) importFiles(ctx context.Context, files []string, results []FileResult, opts ImportOptions) ([]FileResult, error) {
	total := len(files) + len(results)
	done := 0
	report := func(r FileResult) {
		done++
		if opts.Progress != nil {
			opts.Progress(Progress{Done: done, Total: total, File: r.Path, Result: r})
		}
	}
	for _, r := range results {
		l.store.LogImport(ctx, r.Path, "", store.LogFailed, r.Message, 0)
		report(r)
	}

	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ix := newIndexFeeder(ctx, l)
	byFile := make([]*FileResult, len(files))
	l.prepareInOrder(ctx, files, workers, opts, func(p prepared) {
		r := l.write(ctx, p, ix)
		byFile[p.n] = &r
		report(r)
	})
	indexErr := ix.finish()

	for _, r := range byFile {
		if r != nil {
			results = append(results, *r)
		}
	}
	if err := ctx.Err(); err != nil {
		return results, fmt.Errorf("đã dừng nhập theo yêu cầu; %d văn bản đã nhập xong được giữ lại, các tệp còn lại chưa nhập (%w)", countImported(results), err)
	}
	if indexErr != nil {
		return results, fmt.Errorf("văn bản đã được lưu nhưng chưa cập nhật được chỉ mục tìm kiếm (sẽ tự làm lại lần mở sau): %w", indexErr)
	}
	return results, nil
}

func countImported(rs []FileResult) int {
	n := 0
	for _, r := range rs {
		if r.Status == Imported {
			n++
		}
	}
	return n
}

// prepareInOrder runs prepare over files on several goroutines and hands
// the results to write on the calling goroutine, in file order, so ids
// follow the order the clerk gave. A window of tokens bounds how far the
// readers run ahead of the writer, and so the memory held by finished,
// unwritten files. Files not started before ctx is cancelled are skipped.
func (l *Library) prepareInOrder(ctx context.Context, files []string, workers int, opts ImportOptions, write func(prepared)) {
	window := make(chan struct{}, 4*workers)
	jobs := make(chan int)
	out := make(chan prepared, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				out <- l.prepare(ctx, n, files[n], opts)
			}
		}()
	}
	go func() {
		defer close(jobs)
		for n := range files {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- n:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()

	waiting := map[int]prepared{}
	next := 0
	for p := range out {
		waiting[p.n] = p
		for q, ok := waiting[next]; ok; q, ok = waiting[next] {
			delete(waiting, next)
			next++
			if !q.cancelled {
				write(q)
			}
			<-window
		}
	}
}

// collect expands folders into files, sorted, and reports paths that do
// not exist. Hidden files and the library's own folder are skipped.
// documentExts are the endings a folder walk imports. A file named on
// its own is always tried (its format is sniffed from the content); in a
// folder, spreadsheets, images, notes and the like are passed over.
var documentExts = map[string]bool{
	".docx": true, ".docm": true, ".dotx": true, ".doc": true, ".dot": true,
	".odt": true, ".pdf": true, ".txt": true, ".htm": true, ".html": true,
}

// isDocumentName reports whether a file met in a folder is a document to
// import; Word's "~$" owner files are not.
func isDocumentName(name string) bool {
	return !strings.HasPrefix(name, "~$") && documentExts[strings.ToLower(filepath.Ext(name))]
}

func (l *Library) collect(paths []string) (files []string, failed []FileResult) {
	seen := map[string]bool{}
	add := func(p string) {
		if abs, err := filepath.Abs(p); err == nil {
			if abs == l.dir || strings.HasPrefix(abs, l.dir+string(filepath.Separator)) {
				return
			}
			if seen[abs] {
				return
			}
			seen[abs] = true
		}
		files = append(files, p)
	}
	for _, p := range paths {
		fi, err := os.Stat(p) // follows a symlink: a folder given through one is walked
		if err != nil {
			failed = append(failed, FileResult{Path: p, Status: Failed, Message: pathMessage(p, err)})
			continue
		}
		if !fi.IsDir() {
			add(p) // named on its own: always tried; read.Load refuses special files
			continue
		}
		w := &docWalk{visited: map[string]bool{}}
		w.walk(p, p)
		failed = append(failed, w.failed...)
		if len(w.files) == 0 && len(w.failed) == 0 {
			failed = append(failed, FileResult{Path: p, Status: Failed,
				Message: "thư mục không có văn bản nào nhập được (.docx, .doc, .odt, .pdf, .txt)"})
		}
		sort.Strings(w.files)
		for _, f := range w.files {
			add(f)
		}
	}
	return files, failed
}

// pathMessage says why a path given to import cannot be looked at.
func pathMessage(p string, err error) string {
	switch {
	case errors.Is(err, syscall.ELOOP):
		return "liên kết (symlink) trỏ vòng lặp, không dẫn tới tệp hay thư mục nào"
	case errors.Is(err, os.ErrNotExist):
		if _, lerr := os.Lstat(p); lerr == nil {
			return "liên kết (symlink) trỏ tới tệp hoặc thư mục không còn tồn tại"
		}
		return "không tìm thấy tệp hoặc thư mục"
	}
	return "không mở được tệp hoặc thư mục"
}

// docWalk gathers the documents under a folder. Symlinks are followed,
// each folder is walked once by its real path, so a link back up the tree
// is reported instead of walked forever. Only regular files are taken: a
// FIFO, device or socket with a document's name is reported, never opened.
type docWalk struct {
	visited map[string]bool // real paths of the folders walked
	files   []string
	failed  []FileResult
}

func (w *docWalk) walk(root, dir string) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		w.failed = append(w.failed, FileResult{Path: dir, Status: Failed, Message: pathMessage(dir, err)})
		return
	}
	if w.visited[real] {
		if dir != root {
			w.failed = append(w.failed, FileResult{Path: dir, Status: Failed,
				Message: "liên kết thư mục trỏ ngược lên thư mục đã duyệt (vòng lặp); bỏ qua"})
		}
		return
	}
	w.visited[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.failed = append(w.failed, FileResult{Path: dir, Status: Failed, Message: "không đọc được thư mục"})
	}
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders
		}
		path := filepath.Join(dir, name)
		t := e.Type()
		if t&fs.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				if isDocumentName(name) || errors.Is(err, syscall.ELOOP) {
					w.failed = append(w.failed, FileResult{Path: path, Status: Failed, Message: pathMessage(path, err)})
				}
				continue
			}
			t = fi.Mode().Type()
		}
		switch {
		case t.IsDir():
			w.walk(root, path)
		case !isDocumentName(name):
		case t.IsRegular():
			w.files = append(w.files, path)
		default: // a FIFO or device with a document's name: said, never opened
			w.failed = append(w.failed, FileResult{Path: path, Status: Failed, Message: read.NotRegular(t)})
		}
	}
}

// prepare does the parallel part of importing one file: read the bytes,
// hash, skip known content, parse, extract, and store the original.
func (l *Library) prepare(ctx context.Context, n int, path string, opts ImportOptions) prepared {
	p := prepared{n: n, result: FileResult{Path: path}}
	fail := func(msg string) prepared {
		p.result.Status = Failed
		p.result.Message = msg
		return p
	}
	if ctx.Err() != nil {
		p.cancelled = true
		return p
	}
	data, err := read.Load(path)
	if err != nil {
		return fail(readMessage(err))
	}
	p.sha = originals.Hash(data)
	if ex, err := l.store.BySHA(ctx, p.sha); err == nil && ex != nil {
		p.result.Status = Duplicate
		p.result.Existing = ex
		p.repaired = l.repairOriginal(ctx, ex.ID, p.sha, data)
		return p
	}

	ropts := read.Options{NoOCR: opts.NoOCR}
	if opts.PageProgress != nil {
		ropts.OCRProgress = func(page, pages int) { opts.PageProgress(path, page, pages) }
	}
	doc, rerr := read.BytesContextWith(ctx, path, data, ropts)
	if ctx.Err() != nil {
		p.cancelled = true
		return p
	}
	scanned := rerr != nil && errors.Is(rerr, pdf.ErrScanned)
	if rerr != nil && !scanned {
		return fail(readMessage(rerr))
	}
	format := "pdf"
	var res *extract.Result
	if !scanned {
		format = doc.Info.Format
		if res, err = extractSafely(ctx, doc); err != nil {
			if ctx.Err() != nil {
				p.cancelled = true
				return p
			}
			return fail("lỗi khi trích thông tin văn bản")
		}
		if strings.TrimSpace(res.Text) == "" {
			return fail(emptyMessage(doc))
		}
		if len(res.Text) > extract.MaxText {
			doc.Info.Warnings = append(doc.Info.Warnings, fmt.Sprintf(
				"văn bản rất dài (%d MB chữ): số, ngày, trích yếu, văn bản dẫn chiếu và việc cần làm chỉ được tìm trong %d MB đầu, tìm kiếm chỉ thấy %d MB đầu; toàn văn vẫn được lưu",
				len(res.Text)>>20, extract.MaxText>>20, MaxIndexText>>20))
		}
	}
	if _, err := l.originals.Put(p.sha, format, data); err != nil {
		return fail("không lưu được bản gốc vào thư viện: " + vnerr.Message(err))
	}
	p.doc = &store.Document{
		SHA256:   p.sha,
		FileName: filepath.Base(path),
		Size:     int64(len(data)),
		Format:   format,
		Scanned:  scanned,
	}
	if scanned {
		p.doc.Warnings = []string{readMessage(rerr)}
		p.result.Scanned = true
		p.result.Message = "bản quét, chưa có lớp chữ"
		return p
	}
	p.doc.Warnings = doc.Info.Warnings
	if doc.Info.OCR != nil {
		p.doc.Scanned = true // a scan read by OCR; its warnings say so
		p.result.Message = "bản quét, đã đọc bằng nhận dạng chữ (OCR)"
	}
	fillFromExtraction(&p, res)
	return p
}

// readMessage is the clerk's message of a reader error, without the path
// (the result names the file already).
func readMessage(err error) string {
	var re *read.Error
	if errors.As(err, &re) {
		return re.Msg
	}
	return "không đọc được nội dung tệp"
}

// extractSafely runs the extractor, turning a panic on strange input into
// an error so one bad file cannot stop an import.
// It returns as soon as ctx is done: a stage of the rules (up to a second
// or two on the 4 MB budget of a long text) finishes in the background.
func extractSafely(ctx context.Context, doc *model.Document) (*extract.Result, error) {
	type result struct {
		res *extract.Result
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{nil, fmt.Errorf("extract: panic: %v", r)}
			}
		}()
		res, err := extract.FromDocumentContext(ctx, doc)
		done <- result{res, err}
	}()
	select {
	case r := <-done:
		return r.res, r.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// emptyMessage is why a document with no text at all is not stored: an
// empty entry in the library would look imported and find nothing. The
// reader's warnings say why it is empty (content nested too deep, …).
func emptyMessage(doc *model.Document) string {
	msg := "tệp không có chữ nào đọc được nên không được lưu; hãy mở bằng Word hoặc LibreOffice để kiểm tra"
	if len(doc.Info.Warnings) > 0 {
		msg += " (" + strings.Join(doc.Info.Warnings, "; ") + ")"
	}
	return msg
}

func fillFromExtraction(p *prepared, r *extract.Result) {
	d := p.doc
	d.Text = r.Text
	d.Meta = store.Meta{
		Type:            r.Type,
		Number:          r.Number,
		Issuer:          r.Issuer,
		ParentIssuer:    r.ParentIssuer,
		Date:            r.Date,
		Place:           r.Place,
		Subject:         r.Subject,
		SignerName:      r.Signer.Name,
		SignerTitle:     r.Signer.Title,
		SignerAuthority: r.Signer.Authority,
		Recipients:      r.Recipients,
		NoiNhan:         r.NoiNhan,
		Urgency:         r.Urgency,
		Secrecy:         r.Secrecy,
	}
	if b, err := json.Marshal(r); err == nil {
		d.Extraction = b
	}
	for _, t := range r.Tasks {
		p.tasks = append(p.tasks, store.Task{
			Assignee:      t.Assignee,
			CoAssignees:   t.CoAssignees,
			Action:        t.Action,
			Deliverable:   t.Deliverable,
			Deadline:      t.Deadline,
			DeadlineText:  t.DeadlineText,
			Recurrence:    t.Recurrence,
			RecurrenceDue: recurrenceDue(t),
			Quote:         t.Quote,
			Start:         t.Start,
			End:           t.End,
		})
	}
	for _, ref := range r.References {
		p.refs = append(p.refs, store.Ref{Type: ref.Type, Number: ref.Number, Date: ref.Date, Issuer: ref.Issuer})
	}
	p.result.Number = r.Number
}

// write is the single-writer part: one transaction per document, then the
// document is queued for indexing.
func (l *Library) write(ctx context.Context, p prepared, ix *indexFeeder) FileResult {
	r := p.result
	switch r.Status {
	case Failed:
		l.store.LogImport(ctx, r.Path, p.sha, store.LogFailed, r.Message, 0)
		return r
	case Duplicate:
		r = l.duplicate(ctx, r, p.sha)
		if p.repaired != "" {
			r.Message += "; " + p.repaired
		}
		return r
	}
	id, err := l.store.Insert(ctx, p.doc, p.tasks, p.refs, r.Path)
	var dup *store.DuplicateError
	switch {
	case errors.As(err, &dup):
		// The same content twice in one import: the first one won.
		r.Existing = &dup.Existing
		return l.duplicate(ctx, r, p.sha)
	case err != nil:
		r.Status = Failed
		r.Message = "không ghi được vào cơ sở dữ liệu: " + vnerr.Message(err)
		l.store.LogImport(ctx, r.Path, p.sha, store.LogFailed, r.Message, 0)
		return r
	}
	r.Status = Imported
	r.DocID = id
	ix.add(newIndexDoc(id, p))
	return r
}

func (l *Library) duplicate(ctx context.Context, r FileResult, sha string) FileResult {
	r.Status = Duplicate
	ex := r.Existing
	r.DocID, r.Number = ex.ID, ex.Number
	what := fmt.Sprintf("văn bản mã %d", ex.ID)
	if ex.Number != "" {
		what += ", số " + ex.Number
	}
	r.Message = fmt.Sprintf("đã có trong thư viện (%s, nhập từ tệp %s)", what, ex.FileName)
	l.store.LogImport(ctx, r.Path, sha, store.LogDuplicate, r.Message, ex.ID)
	return r
}

func newIndexDoc(id int64, p prepared) store.IndexDoc {
	d := p.doc
	return store.IndexDoc{
		ID: id, Type: d.Type, Number: d.Number, Issuer: d.Issuer, Subject: d.Subject,
		Signer: strings.TrimSpace(d.SignerTitle + " " + d.SignerName), Date: d.Date, Text: d.Text,
	}
}

// indexFeeder collects freshly stored documents into batches bounded by
// count and text size, and indexes them on its own goroutine, so the
// writer goes on storing the next documents while bleve analyses a batch.
type indexFeeder struct {
	batch   []store.IndexDoc
	bytes   int
	batches chan []store.IndexDoc
	done    chan struct{}
	err     error // set by the indexing goroutine, read after done
}

func newIndexFeeder(ctx context.Context, l *Library) *indexFeeder {
	f := &indexFeeder{batches: make(chan []store.IndexDoc, 1), done: make(chan struct{})}
	go func() {
		defer close(f.done)
		for b := range f.batches {
			// After a failure stop trying: the documents stay pending in
			// the store and the next open catches up.
			if f.err == nil {
				f.err = l.putIndex(ctx, b)
			}
		}
	}()
	return f
}

func (f *indexFeeder) add(d store.IndexDoc) {
	f.batch = append(f.batch, d)
	f.bytes += len(d.Text)
	if len(f.batch) >= importIndexDocs || f.bytes >= indexBatchBytes {
		f.batches <- f.batch
		f.batch, f.bytes = nil, 0
	}
}

// finish indexes what is left, waits for the indexing goroutine and
// returns its first error.
func (f *indexFeeder) finish() error {
	if len(f.batch) > 0 {
		f.batches <- f.batch
		f.batch = nil
	}
	close(f.batches)
	<-f.done
	return f.err
}

// recurrenceDue is the due day stored with a task: a weekly duty keeps its
// weekday there ("MO" … "SU"), the others the extractor's due day.
func recurrenceDue(t tasks.Task) string {
	if t.Recurrence == "weekly" {
		return t.RecurrenceWeekday
	}
	return t.RecurrenceDue
}
