package library

import (
	"archive/zip"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"vanthu/internal/vnerr"
)

// ErrNotEmpty is returned by Restore for a folder that already holds a
// library, unless forced.
var ErrNotEmpty = errors.New("thư mục thư viện đã có dữ liệu; dùng --force để thay bằng bản sao lưu " +
	"(thư viện hiện có chỉ bị thay khi bản khôi phục đã kiểm tra xong và mở được)")

// beforeRestore is the suffix the replaced library's files carry while a
// restore is being swapped in.
const beforeRestore = ".before-restore"

// swapNames are the parts of a library a restore replaces. The database
// comes first when moving aside and is placed last, so "vanthu.db is
// missing but vanthu.db.before-restore is there" means a swap was cut off.
var swapNames = []string{dbName, dbName + "-wal", dbName + "-shm", originalsName, indexName}

// Restore fills the library folder dir from a backup archive and opens it,
// rebuilding the search index. Nothing in dir is touched until the archive
// has been unpacked into a temporary folder inside dir and verified
// (every checksum and hash, the database's integrity and counts). A folder
// that already holds a library is refused unless force is set; then its
// files are renamed to *.before-restore, the new ones renamed in, and the
// old ones deleted only once the restored library has opened. Any failure
// puts the old library back.
func Restore(ctx context.Context, archive, dir string, force bool) (*Library, error) {
	zr, err := zip.OpenReader(archive)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("không tìm thấy tệp sao lưu %s", archive)
	}
	if errors.Is(err, zip.ErrFormat) {
		return nil, &vnerr.Error{Msg: fmt.Sprintf("tệp %s không phải tệp sao lưu .zip của vanthu, hoặc đã bị cắt cụt", archive), Cause: err}
	}
	if err != nil {
		return nil, fmt.Errorf("không mở được tệp sao lưu %s: %w", archive, vnerr.Explain(err))
	}
	defer zr.Close()

	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("không tạo được thư mục thư viện %s: %w", dir, vnerr.Explain(err))
	}
	lk, err := lockDir(dir)
	if err != nil {
		return nil, err
	}
	lib := &Library{dir: dir, lock: lk, today: todayFunc, restoring: true}
	fail := func(err error) (*Library, error) {
		lib.Close()
		return nil, err
	}
	empty, err := isEmptyDir(dir)
	if err != nil {
		return fail(vnerr.Explain(err))
	}
	if !empty && !force {
		return fail(ErrNotEmpty)
	}
	for _, name := range swapNames {
		if exists(filepath.Join(dir, name+beforeRestore)) {
			return fail(fmt.Errorf("trong %s còn %s từ một lần khôi phục trước; hãy dời hoặc xóa nó rồi thử lại", dir, name+beforeRestore))
		}
	}

	tmp, err := os.MkdirTemp(dir, ".restore-*")
	if err != nil {
		return fail(fmt.Errorf("không tạo được thư mục tạm trong %s: %w", dir, vnerr.Explain(err)))
	}
	defer os.RemoveAll(tmp)
	u, err := unpackArchive(ctx, &zr.Reader, tmp, true)
	if err != nil {
		return fail(fmt.Errorf("tệp sao lưu %s không dùng được (thư viện hiện có không bị thay đổi): %w", archive, err))
	}
	if err := os.MkdirAll(filepath.Join(tmp, originalsName), 0o755); err != nil {
		return fail(vnerr.Explain(err))
	}

	if err := swapIn(dir, tmp); err != nil {
		return fail(fmt.Errorf("không thay được thư viện bằng bản khôi phục (đã giữ nguyên thư viện cũ): %w", vnerr.Explain(err)))
	}
	if err := lib.open(ctx, Options{}); err != nil {
		lib.closeData()
		if rerr := rollbackRestore(dir, true); rerr != nil {
			return fail(fmt.Errorf("bản khôi phục không mở được (%w) và chưa trả lại được thư viện cũ: %v; "+
				"thư viện cũ nằm ở các tệp *%s trong %s", err, vnerr.Explain(rerr), beforeRestore, dir))
		}
		return fail(fmt.Errorf("bản khôi phục không mở được, đã trả lại thư viện cũ: %w", err))
	}
	for _, name := range swapNames {
		if err := os.RemoveAll(filepath.Join(dir, name+beforeRestore)); err != nil {
			lib.notices = append(lib.notices, fmt.Sprintf("không xóa được %s của thư viện cũ: %v", name+beforeRestore, vnerr.Explain(err)))
		}
	}
	for _, m := range u.missing {
		lib.notices = append(lib.notices, m.String())
	}
	return lib, nil
}

// swapIn moves the library's current parts aside and the unpacked ones
// from tmp in; on failure it puts everything back.
func swapIn(dir, tmp string) error {
	for _, name := range swapNames {
		p := filepath.Join(dir, name)
		if !exists(p) {
			continue
		}
		if err := os.Rename(p, p+beforeRestore); err != nil {
			return errors.Join(err, rollbackRestore(dir, true))
		}
	}
	for _, name := range []string{originalsName, dbName} {
		if err := os.Rename(filepath.Join(tmp, name), filepath.Join(dir, name)); err != nil {
			return errors.Join(err, rollbackRestore(dir, true))
		}
	}
	return nil
}

// rollbackRestore undoes a swap: the restored parts are removed and the
// parts kept as *.before-restore renamed back. all removes the restored
// parts even where nothing was set aside (the folder was empty before).
func rollbackRestore(dir string, all bool) error {
	var errs []error
	for _, name := range swapNames {
		p := filepath.Join(dir, name)
		aside := p + beforeRestore
		if !exists(aside) {
			if all {
				errs = append(errs, os.RemoveAll(p))
			}
			continue
		}
		if err := os.RemoveAll(p); err != nil {
			errs = append(errs, err)
			continue
		}
		errs = append(errs, os.Rename(aside, p))
	}
	return errors.Join(errs...)
}

// finishInterruptedRestore runs when a library is opened: a restore cut
// off between moving the old library aside and placing the database is
// undone, so the clerk finds the library as it was.
func (l *Library) finishInterruptedRestore() error {
	var aside []string
	for _, name := range swapNames {
		if exists(filepath.Join(l.dir, name+beforeRestore)) {
			aside = append(aside, name+beforeRestore)
		}
	}
	if len(aside) == 0 || l.restoring {
		return nil
	}
	if exists(filepath.Join(l.dir, dbName)) {
		l.notices = append(l.notices, fmt.Sprintf(
			"trong thư viện còn thư viện cũ từ lần khôi phục trước (%v); có thể xóa khi không còn cần", aside))
		return nil
	}
	if err := rollbackRestore(l.dir, false); err != nil {
		return fmt.Errorf("một lần khôi phục trước bị ngắt giữa chừng và chưa trả lại được thư viện cũ (các tệp *%s trong %s): %w",
			beforeRestore, l.dir, vnerr.Explain(err))
	}
	l.notices = append(l.notices, "một lần khôi phục trước bị ngắt giữa chừng; đã trả lại thư viện như trước khi khôi phục")
	return nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}
