package library

import (
	"archive/zip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"time"

	"vanthu/index/library/originals"
	"vanthu/index/store"
	"vanthu/internal/vnerr"
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
	// Originals counts the originals in the archive; Missing names those
	// the library could not give (missing or damaged on disk). Archives
	// made before these fields existed have neither.
	Originals int               `json:"originals"`
	Missing   []MissingOriginal `json:"missing,omitempty"`
	// DatabaseSHA256 is the hash of the database entry: SQLite's own check
	// sees a broken structure, not a changed byte inside a text.
	DatabaseSHA256 string `json:"database_sha256,omitempty"`
}

const backupFormat = "vanthu-backup-1"

// MissingOriginal is a document whose original a backup could not include.
type MissingOriginal struct {
	ID       int64  `json:"id"`
	SHA256   string `json:"sha256"`
	FileName string `json:"file_name"`
	Damaged  bool   `json:"damaged"` // on disk but changed; else missing
}

// String names the document and what to do, in Vietnamese.
func (m MissingOriginal) String() string {
	what := "thiếu bản gốc"
	if m.Damaged {
		what = "bản gốc bị hỏng (mã băm không khớp)"
	}
	return fmt.Sprintf("văn bản mã %d (%s): %s; hãy nhập lại đúng tệp %s (vanthu import) để khôi phục bản gốc",
		m.ID, m.FileName, what, m.FileName)
}

// BackupReport is what a finished, verified backup holds.
type BackupReport struct {
	Documents int               `json:"documents"`
	Originals int               `json:"originals"`
	Missing   []MissingOriginal `json:"missing"`
	Bytes     int64             `json:"bytes"`
}

// Backup writes the whole library to the archive at dest. The archive is
// written beside dest, read back and verified (every entry's checksum,
// every original's hash, the database's integrity and counts), and only
// then renamed over dest. Originals that are missing or damaged on disk
// are left out and named in the report and the manifest; the backup is
// still made, since everything else in it is sound.
func (l *Library) Backup(ctx context.Context, dest string) (*BackupReport, error) {
	tmpDir, err := os.MkdirTemp(filepath.Dir(dest), ".vanthu-backup-*")
	if err != nil {
		return nil, fmt.Errorf("không tạo được tệp tạm bên cạnh %s: %w", dest, vnerr.Explain(err))
	}
	defer os.RemoveAll(tmpDir)
	snapshot := filepath.Join(tmpDir, dbName)
	if err := l.store.VacuumInto(ctx, snapshot); err != nil {
		return nil, fmt.Errorf("không chụp được cơ sở dữ liệu: %w", vnerr.Explain(err))
	}
	// The snapshot's own list, not the live store's: an import running
	// meanwhile must not add originals the snapshot does not know.
	in, err := store.Inspect(ctx, snapshot)
	if err != nil {
		return nil, fmt.Errorf("bản chụp cơ sở dữ liệu không đọc được: %w", vnerr.Explain(err))
	}
	if len(in.Problems) > 0 {
		return nil, fmt.Errorf("cơ sở dữ liệu của thư viện bị hỏng (%s); hãy chạy \"vanthu check\" trước khi sao lưu", in.Problems[0])
	}

	partial := filepath.Join(tmpDir, "backup.zip")
	rep, err := l.writeArchive(ctx, partial, snapshot, in)
	if err != nil {
		return nil, fmt.Errorf("không ghi được tệp sao lưu: %w", vnerr.Explain(err))
	}
	if err := verifyBackup(ctx, partial, tmpDir); err != nil {
		return nil, fmt.Errorf("tệp sao lưu vừa ghi đọc lại không đúng, nên chưa thay %s: %w", dest, err)
	}
	if err := os.Rename(partial, dest); err != nil {
		return nil, fmt.Errorf("không ghi được %s: %w", dest, vnerr.Explain(err))
	}
	if fi, err := os.Stat(dest); err == nil {
		rep.Bytes = fi.Size()
	}
	return rep, nil
}

// writeArchive writes the zip at partial and syncs it.
func (l *Library) writeArchive(ctx context.Context, partial, snapshot string, in *store.Inspection) (*BackupReport, error) {
	f, err := os.Create(partial)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	dbHash, err := hashFile(snapshot)
	if err != nil {
		return nil, err
	}
	if err := copyEntry(zw, dbName, snapshot, zip.Deflate); err != nil {
		return nil, err
	}
	rep := &BackupReport{Documents: len(in.Documents), Missing: []MissingOriginal{}}
	for _, d := range in.Documents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		// Verified before it is copied: a damaged original in the archive
		// would make the whole archive refuse to restore.
		p, err := l.originals.Verify(d.SHA256, d.Format)
		if err != nil || p != originals.OK {
			rep.Missing = append(rep.Missing, MissingOriginal{ID: d.ID, SHA256: d.SHA256, FileName: d.FileName,
				Damaged: err != nil || p == originals.WrongHash})
			continue
		}
		src := l.originals.Path(d.SHA256, d.Format)
		name := path.Join(originalsName, d.SHA256[:2], filepath.Base(src))
		if err := copyEntry(zw, name, src, compressionFor(d.Format)); err != nil {
			return nil, fmt.Errorf("văn bản mã %d: %w", d.ID, err)
		}
		rep.Originals++
	}
	m := manifest{Format: backupFormat, Created: time.Now().UTC().Format(time.RFC3339), SchemaVersion: in.Version,
		Documents: rep.Documents, Originals: rep.Originals, Missing: rep.Missing, DatabaseSHA256: dbHash}
	mb, _ := json.MarshalIndent(m, "", "  ") // a plain struct always marshals
	if err := writeEntry(zw, manifestName, mb); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	if err := f.Sync(); err != nil {
		return nil, err
	}
	return rep, f.Close()
}

// verifyBackup reads the archive back as a restore would, unpacking its
// database into scratch.
func verifyBackup(ctx context.Context, archive, scratch string) error {
	zr, err := zip.OpenReader(archive)
	if err != nil {
		return vnerr.Explain(err)
	}
	defer zr.Close()
	dir, err := os.MkdirTemp(scratch, "verify-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	_, err = unpackArchive(ctx, &zr.Reader, dir, false)
	return err
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

func hashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return originals.HashReader(f)
}
