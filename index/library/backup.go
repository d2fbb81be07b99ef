package library

import (
	"archive/zip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"time"

	"vanthu/index/library/lock"
	"vanthu/index/library/originals"
	"vanthu/index/store"
)

// A backup is one zip archive: a manifest, a consistent snapshot of the
// database and every original. The search index is left out: it is
// rebuilt on restore.
const manifestName = "vanthu-backup.json"

type manifest struct {
	Format        string `json:"format"` // always "vanthu-backup-1"
	Created       string `json:"created"`
	SchemaVersion int    `json:"schema_version"`
	Documents     int    `json:"documents"`
}

const backupFormat = "vanthu-backup-1"

// Backup writes the whole library to the archive at dest, replacing it
// only once the new archive is complete.
func (l *Library) Backup(ctx context.Context, dest string) (err error) {
	tmpDir, err := os.MkdirTemp(filepath.Dir(dest), ".vanthu-backup-*")
	if err != nil {
		return fmt.Errorf("không tạo được tệp tạm bên cạnh %s: %w", dest, err)
	}
	defer os.RemoveAll(tmpDir)
	snapshot := filepath.Join(tmpDir, dbName)
	if err := l.store.VacuumInto(ctx, snapshot); err != nil {
		return fmt.Errorf("không chụp được cơ sở dữ liệu: %w", err)
	}
	docs, err := l.store.Originals(ctx)
	if err != nil {
		return err
	}
	v, err := l.store.Version()
	if err != nil {
		return err
	}

	partial := filepath.Join(tmpDir, "backup.zip")
	f, err := os.Create(partial)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	m := manifest{Format: backupFormat, Created: time.Now().UTC().Format(time.RFC3339), SchemaVersion: v, Documents: len(docs)}
	mb, _ := json.MarshalIndent(m, "", "  ") // a plain struct always marshals
	if err := writeEntry(zw, manifestName, mb); err != nil {
		return err
	}
	if err := copyEntry(zw, dbName, snapshot, zip.Deflate); err != nil {
		return err
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		src := l.originals.Path(d.SHA256, d.Format)
		name := path.Join(originalsName, d.SHA256[:2], filepath.Base(src))
		if err := copyEntry(zw, name, src, compressionFor(d.Format)); err != nil {
			return fmt.Errorf("văn bản mã %d: %w", d.ID, err)
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(partial, dest)
}

// compressionFor stores formats that are zip archives already.
func compressionFor(format string) uint16 {
	switch format {
	case "docx", "odt", "pdf":
		return zip.Store
	}
	return zip.Deflate
}

func writeEntry(zw *zip.Writer, name string, data []byte) error {
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()})
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

func copyEntry(zw *zip.Writer, name, src string, method uint16) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	fi, err := in.Stat()
	if err != nil {
		return err
	}
	w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: fi.ModTime()})
	if err != nil {
		return err
	}
	_, err = io.Copy(w, in)
	return err
}

// ErrNotEmpty is returned by Restore for a folder that already holds a
// library, unless forced.
var ErrNotEmpty = errors.New("thư mục thư viện đã có dữ liệu; dùng --force để ghi đè (dữ liệu hiện có sẽ bị xóa)")

// originalEntry is the only shape of path an archive may put under
// originals/, so an archive cannot write outside the library.
var originalEntry = regexp.MustCompile(`^originals/([0-9a-f]{2})/([0-9a-f]{64})(\.[a-z0-9]{1,8})?$`)

// Restore fills the library folder dir from a backup archive and opens it,
// rebuilding the search index. A folder that already holds a library is
// refused unless force is set, in which case its database, originals and
// index are replaced. The archive is verified (every original against its
// hash) before anything in dir is removed.
func Restore(ctx context.Context, archive, dir string, force bool) (*Library, error) {
	zr, err := zip.OpenReader(archive)
	if errors.Is(err, zip.ErrFormat) {
		return nil, fmt.Errorf("tệp %s không phải tệp sao lưu (.zip) của vanthu", archive)
	}
	if err != nil {
		return nil, fmt.Errorf("không mở được tệp sao lưu %s: %w", archive, err)
	}
	defer zr.Close()
	if err := verifyArchive(&zr.Reader); err != nil {
		return nil, fmt.Errorf("tệp sao lưu %s không dùng được: %w", archive, err)
	}

	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	lk, err := lock.Acquire(filepath.Join(dir, lockName))
	if errors.Is(err, lock.ErrHeld) {
		return nil, &BusyError{Dir: dir}
	}
	if err != nil {
		return nil, err
	}
	lib := &Library{dir: dir, lock: lk, today: todayFunc}
	fail := func(err error) (*Library, error) {
		lib.Close()
		return nil, err
	}
	empty, err := isEmptyDir(dir)
	if err != nil {
		return fail(err)
	}
	if !empty {
		if !force {
			return fail(ErrNotEmpty)
		}
		for _, name := range []string{dbName, dbName + "-wal", dbName + "-shm", originalsName, indexName} {
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				return fail(fmt.Errorf("không xóa được %s: %w", name, err))
			}
		}
	}
	if err := extractArchive(ctx, &zr.Reader, dir); err != nil {
		return fail(err)
	}
	if err := lib.open(ctx, Options{}); err != nil {
		return fail(err)
	}
	return lib, nil
}

// verifyArchive checks the manifest, the entry names and every original's
// hash without writing anything.
func verifyArchive(zr *zip.Reader) error {
	var m manifest
	hasDB := false
	for _, f := range zr.File {
		switch {
		case f.Name == manifestName:
			if err := readJSON(f, &m); err != nil {
				return fmt.Errorf("bản kê hỏng: %w", err)
			}
		case f.Name == dbName:
			hasDB = true
		case originalEntry.MatchString(f.Name):
			sha := originalEntry.FindStringSubmatch(f.Name)[2]
			got, err := hashEntry(f)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			if got != sha {
				return fmt.Errorf("bản gốc %s bị hỏng (mã băm không khớp)", f.Name)
			}
		case f.FileInfo().IsDir():
		default:
			return fmt.Errorf("có mục lạ %q", f.Name)
		}
	}
	if m.Format != backupFormat {
		return errors.New("không phải tệp sao lưu của vanthu")
	}
	if !hasDB {
		return errors.New("thiếu cơ sở dữ liệu")
	}
	if m.SchemaVersion > store.SchemaVersion {
		return errors.New("được tạo bởi phiên bản vanthu mới hơn; hãy cập nhật vanthu")
	}
	return nil
}

func readJSON(f *zip.File, v any) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return json.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(v)
}

func hashEntry(f *zip.File) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	return originals.HashReader(rc)
}

func extractArchive(ctx context.Context, zr *zip.Reader, dir string) error {
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return err
		}
		var dest string
		switch {
		case f.Name == dbName:
			dest = filepath.Join(dir, dbName)
		case originalEntry.MatchString(f.Name):
			dest = filepath.Join(dir, filepath.FromSlash(f.Name))
		default:
			continue
		}
		if err := extractFile(f, dest); err != nil {
			return fmt.Errorf("không chép được %s: %w", f.Name, err)
		}
	}
	return nil
}

func extractFile(f *zip.File, dest string) error {
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dest), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := io.Copy(tmp, rc); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), dest)
}
