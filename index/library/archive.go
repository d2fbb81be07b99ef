package library

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"

	"vanthu/index/store"
	"vanthu/internal/vnerr"
)

// originalEntry is the only shape of path an archive may put under
// originals/, so an archive cannot write outside the library.
var originalEntry = regexp.MustCompile(`^originals/([0-9a-f]{2})/([0-9a-f]{64})(\.[a-z0-9]{1,8})?$`)

// unpacked is a backup archive that passed every check.
type unpacked struct {
	manifest manifest
	docs     int
	missing  []MissingOriginal // documents restored without their original
}

// unpackArchive reads every entry of a backup archive, checking each
// checksum and each original's hash, unpacks the database (and, with
// withOriginals, the originals) into dir, and verifies the database
// against the manifest: SQLite's integrity check, the schema, the number
// of documents, and an original (or a named gap) for each of them. dir
// must be empty; on error its content means nothing.
func unpackArchive(ctx context.Context, zr *zip.Reader, dir string, withOriginals bool) (*unpacked, error) {
	var m manifest
	seen := map[string]bool{}
	inArchive := map[string]bool{} // sha256 of the originals present
	dbHash := ""
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return nil, vnerr.Explain(err)
		}
		if seen[f.Name] {
			return nil, fmt.Errorf("mục %q có hai lần (tệp không phải do vanthu tạo, hoặc đã bị sửa)", f.Name)
		}
		seen[f.Name] = true
		switch {
		case f.Name == manifestName:
			if err := readJSON(f, &m); err != nil {
				return nil, fmt.Errorf("bản kê %s hỏng: %w", manifestName, vnerr.Explain(err))
			}
		case f.Name == dbName:
			h, err := unpackEntry(f, filepath.Join(dir, dbName))
			if err != nil {
				return nil, fmt.Errorf("không đọc được cơ sở dữ liệu trong tệp sao lưu: %w", vnerr.Explain(err))
			}
			dbHash = h
		case originalEntry.MatchString(f.Name):
			sha := originalEntry.FindStringSubmatch(f.Name)[2]
			dest := ""
			if withOriginals {
				dest = filepath.Join(dir, filepath.FromSlash(f.Name))
			}
			got, err := unpackEntry(f, dest)
			if err != nil {
				return nil, fmt.Errorf("không đọc được bản gốc %s: %w", f.Name, vnerr.Explain(err))
			}
			if got != sha {
				return nil, fmt.Errorf("bản gốc %s bị hỏng (mã băm không khớp)", f.Name)
			}
			inArchive[sha] = true
		case f.FileInfo().IsDir():
		default:
			return nil, fmt.Errorf("có mục lạ %q (tệp không phải do vanthu tạo, hoặc đã bị sửa)", f.Name)
		}
	}
	if m.Format != backupFormat {
		return nil, errors.New("không phải tệp sao lưu của vanthu (thiếu bản kê " + manifestName + ")")
	}
	if m.SchemaVersion > store.SchemaVersion {
		return nil, errors.New("tệp được tạo bởi phiên bản vanthu mới hơn; hãy cập nhật vanthu")
	}
	if !seen[dbName] {
		return nil, errors.New("thiếu cơ sở dữ liệu " + dbName)
	}
	if m.DatabaseSHA256 != "" && m.DatabaseSHA256 != dbHash {
		return nil, errors.New("cơ sở dữ liệu trong tệp sao lưu bị hỏng (mã băm không khớp với bản kê)")
	}
	in, err := store.Inspect(ctx, filepath.Join(dir, dbName))
	switch {
	case errors.Is(err, store.ErrEmptyDatabase):
		return nil, errors.New("cơ sở dữ liệu trong tệp sao lưu rỗng, không có văn bản nào của vanthu")
	case errors.Is(err, store.ErrTooNew):
		return nil, errors.New("cơ sở dữ liệu được tạo bởi phiên bản vanthu mới hơn; hãy cập nhật vanthu")
	case err != nil:
		return nil, fmt.Errorf("cơ sở dữ liệu trong tệp sao lưu bị hỏng: %w", vnerr.Explain(err))
	case len(in.Problems) > 0:
		return nil, fmt.Errorf("cơ sở dữ liệu trong tệp sao lưu bị hỏng (%s)", in.Problems[0])
	}
	if len(in.Documents) != m.Documents {
		return nil, fmt.Errorf("bản kê ghi %d văn bản nhưng cơ sở dữ liệu có %d", m.Documents, len(in.Documents))
	}
	if m.Originals > 0 && m.Originals != len(inArchive) {
		return nil, fmt.Errorf("bản kê ghi %d bản gốc nhưng tệp chỉ có %d", m.Originals, len(inArchive))
	}
	listed := map[string]bool{}
	for _, mo := range m.Missing {
		listed[mo.SHA256] = true
	}
	u := &unpacked{manifest: m, docs: len(in.Documents)}
	for _, d := range in.Documents {
		switch {
		case inArchive[d.SHA256]:
		case listed[d.SHA256]:
			u.missing = append(u.missing, MissingOriginal{ID: d.ID, SHA256: d.SHA256, FileName: d.FileName})
		default:
			return nil, fmt.Errorf("thiếu bản gốc của văn bản mã %d (%s)", d.ID, d.FileName)
		}
	}
	return u, nil
}

func readJSON(f *zip.File, v any) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	defer rc.Close()
	return json.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(v)
}

// unpackEntry reads an entry to its end (so the zip checksum is checked),
// writing it to dest when dest is not "", and returns its SHA-256.
func unpackEntry(f *zip.File, dest string) (string, error) {
	rc, err := f.Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	h := sha256.New()
	var w io.Writer = h
	var out *os.File
	if dest != "" {
		if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
			return "", err
		}
		if out, err = os.Create(dest); err != nil {
			return "", err
		}
		defer out.Close()
		w = io.MultiWriter(h, out)
	}
	if _, err := io.Copy(w, rc); err != nil {
		return "", err
	}
	if out != nil {
		if err := out.Sync(); err != nil {
			return "", err
		}
		if err := out.Close(); err != nil {
			return "", err
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
