package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"vanthu/index/library/originals"
	"vanthu/internal/vnerr"
)

// RebuildReport is what RebuildFromOriginals did.
type RebuildReport struct {
	Results []FileResult `json:"results"` // one per original, as an import reports them
	// Damaged lists originals whose content no longer matches the hash
	// they are named by: left where they are, not imported.
	Damaged []string `json:"damaged"`
	// Aside is where the old database was moved ("" if there was none).
	Aside string `json:"aside,omitempty"`
}

// RebuildFromOriginals makes a new store of record from the originals
// folder, for a library whose vanthu.db was lost or damaged beyond use:
// the old database (if any) is moved aside to vanthu.db.broken-<time>, a
// new one is created, every original is read, extracted and stored again
// (under its hash as file name: the names it was imported under were in
// the lost database) and the index is rebuilt. Edits made by hand, task
// states and the audit trail were only in the database and are not
// recovered. Originals are never changed.
func RebuildFromOriginals(ctx context.Context, dir string, opts ImportOptions) (*Library, *RebuildReport, error) {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if fi, err := os.Stat(filepath.Join(dir, originalsName)); err != nil || !fi.IsDir() {
		return nil, nil, &NotLibraryError{Dir: dir, Reason: "không có thư mục bản gốc " + originalsName}
	}
	lk, err := lockDir(dir)
	if err != nil {
		return nil, nil, err
	}
	lib := &Library{dir: dir, lock: lk, today: todayFunc, rebuilding: true}
	fail := func(err error) (*Library, *RebuildReport, error) {
		lib.Close()
		return nil, nil, err
	}
	rep := &RebuildReport{Damaged: []string{}}
	stamp := time.Now().Format("20060102-150405")
	for _, name := range []string{dbName, dbName + "-wal", dbName + "-shm"} {
		p := filepath.Join(dir, name)
		if !exists(p) {
			continue
		}
		if err := os.Rename(p, p+".broken-"+stamp); err != nil {
			return fail(fmt.Errorf("không dời được %s sang bên: %w", name, vnerr.Explain(err)))
		}
		if name == dbName {
			rep.Aside = name + ".broken-" + stamp
		}
	}
	// The index described the old database's ids: derived, so rebuilt.
	if err := os.RemoveAll(filepath.Join(dir, indexName)); err != nil {
		return fail(fmt.Errorf("không xóa được chỉ mục cũ: %w", vnerr.Explain(err)))
	}
	if err := lib.open(ctx, Options{SkipCatchUp: true}); err != nil {
		return fail(err)
	}

	var files []string
	err = lib.originals.Walk(func(sha, path string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		// Only an original that still matches its name is the document it
		// was; a changed one would come back as a different document.
		format := filepath.Ext(path)
		if format != "" {
			format = format[1:]
		}
		switch p, err := lib.originals.Verify(sha, format); {
		case err == nil && p == originals.OK:
			files = append(files, path)
		default:
			rep.Damaged = append(rep.Damaged, path)
		}
		return nil
	})
	if err != nil {
		return fail(fmt.Errorf("không đọc được thư mục bản gốc: %w", vnerr.Explain(err)))
	}
	rep.Results, err = lib.importFiles(ctx, files, nil, opts)
	if err != nil {
		return lib, rep, err
	}
	return lib, rep, nil
}
