package library

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

// backedUp makes a library with two letters and backs it up; it returns
// the closed library's folder, the source folder and the archive.
func backedUp(t testing.TB) (dir, src, archive string) {
	t.Helper()
	ctx := context.Background()
	src = writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	dir = t.TempDir()
	lib, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Import(ctx, []string{src}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	archive = filepath.Join(t.TempDir(), "sao-luu.zip")
	rep, err := lib.Backup(ctx, archive)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 2 || rep.Originals != 2 || len(rep.Missing) != 0 {
		t.Fatalf("backup report %+v", rep)
	}
	lib.Close()
	return dir, src, archive
}

// rewriteArchive copies a zip, letting edit change (or, returning nil,
// drop) each entry's bytes.
func rewriteArchive(t *testing.T, src, dst string, edit func(name string, data []byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if data = edit(f.Name, data); data == nil {
			continue
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// editManifest changes the manifest of an archive being rewritten.
func editManifest(edit func(m *manifest)) func(string, []byte) []byte {
	return func(name string, data []byte) []byte {
		if name != manifestName {
			return data
		}
		var m manifest
		json.Unmarshal(data, &m)
		edit(&m)
		out, _ := json.Marshal(m)
		return out
	}
}

// flipInFile flips n bytes of the file at path, starting at the middle of
// the named zip entry's stored data.
func flipInEntry(t *testing.T, path, entry string, n int) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	var off int64 = -1
	for _, f := range zr.File {
		if f.Name == entry {
			o, err := f.DataOffset()
			if err != nil {
				t.Fatal(err)
			}
			off = o + int64(f.CompressedSize64)/2
		}
	}
	zr.Close()
	if off < 0 {
		t.Fatalf("no entry %s", entry)
	}
	data, _ := os.ReadFile(path)
	for i := range n {
		data[off+int64(i)] ^= 0x5a
	}
	os.WriteFile(path, data, 0o644)
}

// libraryState summarises a library folder to compare before and after.
func libraryState(t *testing.T, dir string) string {
	t.Helper()
	var sb strings.Builder
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if strings.HasPrefix(rel, indexName) || e.Name() == lockName || strings.HasSuffix(rel, "-shm") || strings.HasSuffix(rel, "-wal") {
			return nil // the index and SQLite's shared memory change by opening
		}
		fi, _ := e.Info()
		sb.WriteString(rel + " ")
		if strings.HasPrefix(rel, originalsName) {
			data, _ := os.ReadFile(p)
			sb.Write(data[:min(len(data), 40)])
		} else {
			sb.WriteString(fi.Mode().String())
		}
		sb.WriteString("\n")
		return nil
	})
	return sb.String()
}

func TestRestoreNeverDestroys(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		make func(t *testing.T, good, bad string)
		want string // in the error
	}{
		{"64 flipped bytes in the database entry", func(t *testing.T, good, bad string) {
			data, _ := os.ReadFile(good)
			os.WriteFile(bad, data, 0o644)
			flipInEntry(t, bad, dbName, 64)
		}, "không đọc được cơ sở dữ liệu trong tệp sao lưu"},
		{"garbage database", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == dbName {
					return bytes.Repeat([]byte("rác "), 4096)
				}
				return data
			})
		}, "cơ sở dữ liệu trong tệp sao lưu bị hỏng"},
		{"empty database", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == dbName {
					return []byte{}
				}
				return data
			})
		}, "bị hỏng"},
		{"empty database, manifest without its hash", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == dbName {
					return []byte{}
				}
				return editManifest(func(m *manifest) { m.DatabaseSHA256 = "" })(name, data)
			})
		}, "rỗng"},
		{"a byte changed inside a text of the database", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == dbName {
					data = bytes.Replace(data, []byte("Sở Nội vụ"), []byte("Sở Nội VỤ"), 1)
				}
				return data
			})
		}, "mã băm không khớp với bản kê"},
		{"database missing", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == dbName {
					return nil
				}
				return data
			})
		}, "thiếu cơ sở dữ liệu"},
		{"an original missing and not listed", func(t *testing.T, good, bad string) {
			dropped := false
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if strings.HasPrefix(name, originalsName+"/") && !dropped {
					dropped = true
					return nil
				}
				return editManifest(func(m *manifest) { m.Originals = 0 })(name, data)
			})
		}, "thiếu bản gốc của văn bản mã"},
		{"a damaged original", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if strings.HasPrefix(name, originalsName+"/") {
					return append(data, '!')
				}
				return data
			})
		}, "mã băm không khớp"},
		{"document count differs from the manifest", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, editManifest(func(m *manifest) { m.Documents = 3 }))
		}, "bản kê ghi 3 văn bản"},
		{"truncated archive", func(t *testing.T, good, bad string) {
			data, _ := os.ReadFile(good)
			os.WriteFile(bad, data[:len(data)*2/3], 0o644)
		}, "hoặc đã bị cắt cụt"},
		{"empty file", func(t *testing.T, good, bad string) {
			os.WriteFile(bad, nil, 0o644)
		}, "không phải tệp sao lưu .zip"},
		{"a stranger's zip", func(t *testing.T, good, bad string) {
			rewriteArchive(t, good, bad, func(name string, data []byte) []byte {
				if name == manifestName {
					return nil
				}
				return data
			})
		}, "không phải tệp sao lưu của vanthu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The library restored over is a different one, so a swap
			// that happened would show.
			victim, _, good := backedUp(t)
			other := writeFiles(t, map[string]string{"c.txt": letterA + "\nThêm một dòng.\n"})
			lib, err := Open(ctx, victim, Options{})
			if err != nil {
				t.Fatal(err)
			}
			lib.Import(ctx, []string{other}, ImportOptions{})
			lib.Close()
			before := libraryState(t, victim)

			bad := filepath.Join(t.TempDir(), "hong.zip")
			tt.make(t, good, bad)
			l, err := Restore(ctx, bad, victim, true)
			if err == nil {
				l.Close()
				t.Fatal("a bad archive was restored")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error %q, want %q", msg, tt.want)
			}
			if strings.Contains(msg, "mimetype") || !strings.ContainsFunc(msg, func(r rune) bool { return r > unicode.MaxASCII }) {
				t.Errorf("error is not a Vietnamese message: %q", msg)
			}
			if after := libraryState(t, victim); after != before {
				t.Errorf("library changed by a refused restore:\nbefore:\n%s\nafter:\n%s", before, after)
			}
			lib, err = Open(ctx, victim, Options{MustExist: true})
			if err != nil {
				t.Fatal(err)
			}
			defer lib.Close()
			if r, err := lib.Check(ctx); err != nil || !r.OK() || r.Documents != 3 {
				t.Errorf("library after a refused restore: %+v, %v", r, err)
			}
		})
	}
}

func TestRestoreReplacesOnlyOnceVerified(t *testing.T) {
	ctx := context.Background()
	_, _, archive := backedUp(t)
	victim := t.TempDir()
	lib := openLib(t, victim)
	lib.Import(ctx, []string{writeFiles(t, map[string]string{"c.txt": letterB + "\nkhác\n"})}, ImportOptions{})
	lib.Close()

	restored, err := Restore(ctx, archive, victim, true)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	if r, err := restored.Check(ctx); err != nil || !r.OK() || r.Documents != 2 || r.Indexed != 2 {
		t.Errorf("check after a forced restore: %+v, %v", r, err)
	}
	left, _ := filepath.Glob(filepath.Join(victim, "*"+beforeRestore))
	tmp, _ := filepath.Glob(filepath.Join(victim, ".restore-*"))
	if len(left)+len(tmp) > 0 {
		t.Errorf("left behind: %v %v", left, tmp)
	}
}

// TestInterruptedRestoreIsUndone plays a restore cut off after the old
// library was moved aside: the next open puts it back.
func TestInterruptedRestoreIsUndone(t *testing.T) {
	ctx := context.Background()
	dir, _, _ := backedUp(t)
	before := libraryState(t, dir)
	for _, name := range []string{dbName, originalsName, indexName} {
		if err := os.Rename(filepath.Join(dir, name), filepath.Join(dir, name+beforeRestore)); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Join(dir, originalsName, "ab"), 0o755) // half the new one
	lib, err := Open(ctx, dir, Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if !strings.Contains(strings.Join(lib.Notices(), "\n"), "đã trả lại thư viện như trước khi khôi phục") {
		t.Errorf("notices %q", lib.Notices())
	}
	if after := libraryState(t, dir); after != before {
		t.Errorf("library not put back:\nbefore:\n%s\nafter:\n%s", before, after)
	}
	if r, err := lib.Check(ctx); err != nil || !r.OK() || r.Documents != 2 {
		t.Errorf("check: %+v, %v", r, err)
	}
}

// TestBackupNamesLostOriginals: a backup of a library with one original
// missing and one damaged is made, verified and restorable; it names both,
// and importing the same files again repairs them.
func TestBackupNamesLostOriginals(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB, "c.txt": letterA + "\nba\n"})
	lib := openLib(t, t.TempDir())
	if _, err := lib.Import(ctx, []string{src}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	a, _ := lib.Store().Get(ctx, 1)
	b, _ := lib.Store().Get(ctx, 2)
	os.Remove(lib.OriginalPath(a))
	os.WriteFile(lib.OriginalPath(b), []byte("hỏng"), 0o644)

	archive := filepath.Join(t.TempDir(), "sao-luu.zip")
	rep, err := lib.Backup(ctx, archive)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 3 || rep.Originals != 1 || len(rep.Missing) != 2 {
		t.Fatalf("report %+v", rep)
	}
	if m := rep.Missing[0]; m.ID != 1 || m.Damaged || !strings.Contains(m.String(), "thiếu bản gốc") || !strings.Contains(m.String(), "a.txt") {
		t.Errorf("missing[0] = %+v %q", m, m)
	}
	if m := rep.Missing[1]; m.ID != 2 || !m.Damaged || !strings.Contains(m.String(), "bị hỏng") {
		t.Errorf("missing[1] = %+v %q", m, m)
	}

	restored, err := Restore(ctx, archive, t.TempDir(), false)
	if err != nil {
		t.Fatalf("a backup with named gaps must restore: %v", err)
	}
	defer restored.Close()
	if n := strings.Join(restored.Notices(), "\n"); !strings.Contains(n, "văn bản mã 1 (a.txt)") || !strings.Contains(n, "văn bản mã 2 (b.txt)") {
		t.Errorf("restore notices %q", restored.Notices())
	}
	if r, _ := restored.Check(ctx); len(r.Problems) != 2 {
		t.Errorf("check of the restored library: %q, want the two lost originals", r.Problems)
	}

	// The repair: the same bytes again, in both libraries.
	for _, l := range []*Library{lib, restored} {
		rs, err := l.Import(ctx, []string{filepath.Join(src, "a.txt"), filepath.Join(src, "b.txt")}, ImportOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			if r.Status != Duplicate || !strings.Contains(r.Message, "đã khôi phục từ tệp này") {
				t.Errorf("re-import of %s: %+v", r.Path, r)
			}
		}
		if r, _ := l.Check(ctx); !r.OK() {
			t.Errorf("check after re-import: %q", r.Problems)
		}
	}
	rep, err = lib.Backup(ctx, archive)
	if err != nil || len(rep.Missing) != 0 || rep.Originals != 3 {
		t.Errorf("backup after repair: %+v, %v", rep, err)
	}
}

// TestCancelled: Ctrl-C during a backup or a restore leaves no archive and
// the library as it was, and says so in Vietnamese.
func TestCancelled(t *testing.T) {
	dir, _, archive := backedUp(t)
	before := libraryState(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if l, err := Restore(ctx, archive, dir, true); err == nil || !strings.Contains(err.Error(), "đã dừng theo yêu cầu (context canceled)") {
		if l != nil {
			l.Close()
		}
		t.Errorf("cancelled restore: %v", err)
	}
	if after := libraryState(t, dir); after != before {
		t.Errorf("a cancelled restore changed the library:\n%s\n%s", before, after)
	}
	lib := openLib(t, dir)
	dest := filepath.Join(t.TempDir(), "b.zip")
	if _, err := lib.Backup(ctx, dest); err == nil || !strings.Contains(err.Error(), "đã dừng theo yêu cầu") {
		t.Errorf("cancelled backup: %v", err)
	}
	if left, _ := os.ReadDir(filepath.Dir(dest)); len(left) != 0 {
		t.Errorf("a cancelled backup left %v", left)
	}
}
