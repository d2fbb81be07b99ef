package library

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/index/search"
	"vanthu/index/store"
)

func TestOpenOnlyWhereALibraryIs(t *testing.T) {
	ctx := context.Background()
	file := filepath.Join(t.TempDir(), "tep.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	tests := []struct {
		name string
		dir  string
		want string
	}{
		{"mistyped folder", filepath.Join(t.TempDir(), "thu-vien-go-sai"), "thư mục không tồn tại"},
		{"empty folder", t.TempDir(), "không có tệp vanthu.db"},
		{"a file", file, "không phải thư mục"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, _ := os.ReadDir(tt.dir)
			_, err := Open(ctx, tt.dir, Options{MustExist: true})
			var nl *NotLibraryError
			if !errors.As(err, &nl) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "vanthu import") {
				t.Fatalf("Open = %v, want a NotLibraryError with %q", err, tt.want)
			}
			after, _ := os.ReadDir(tt.dir)
			if len(after) != len(before) {
				t.Errorf("Open left %d entries, had %d", len(after), len(before))
			}
		})
	}
	// Without MustExist (import, the window's first start) a library is made.
	dir := filepath.Join(t.TempDir(), "moi")
	lib, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Close()
	if lib, err = Open(ctx, dir, Options{MustExist: true}); err != nil {
		t.Fatalf("reopen of a new library: %v", err)
	}
	lib.Close()
}

// TestLostDatabase: a deleted or emptied vanthu.db beside originals is
// never silently replaced by an empty one; reindex --from-originals
// rebuilds the documents from the originals.
func TestLostDatabase(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name     string
		damage   func(dir string)
		wantAway bool // the old database file is moved aside by the rebuild
	}{
		{"deleted", func(dir string) { os.Remove(filepath.Join(dir, dbName)) }, false},
		{"emptied", func(dir string) { os.Truncate(filepath.Join(dir, dbName), 0) }, true},
		{"replaced by a database without the schema", func(dir string) {
			p := filepath.Join(dir, dbName)
			os.Remove(p)
			db, _ := sql.Open("sqlite", p)
			db.Exec(`CREATE TABLE x(a); DROP TABLE x;`)
			db.Close()
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir, _, _ := backedUp(t)
			tt.damage(dir)
			for _, opts := range []Options{{}, {MustExist: true}} {
				_, err := Open(ctx, dir, opts)
				var nd *NoDatabaseError
				if !errors.As(err, &nd) || nd.Originals != 2 || !strings.Contains(err.Error(), "vanthu reindex --from-originals") {
					t.Fatalf("Open(%+v) = %v, want a NoDatabaseError naming the way out", opts, err)
				}
			}
			if v, err := store.PeekVersion(filepath.Join(dir, dbName)); err == nil && v > 0 {
				t.Error("a new database was made in place of the lost one")
			}

			lib, rep, err := RebuildFromOriginals(ctx, dir, ImportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer lib.Close()
			if len(rep.Results) != 2 || len(rep.Damaged) != 0 || (rep.Aside != "") != tt.wantAway {
				t.Errorf("report %+v", rep)
			}
			if r, err := lib.Check(ctx); err != nil || !r.OK() || r.Documents != 2 || r.Indexed != 2 {
				t.Errorf("check after rebuild: %+v, %v", r, err)
			}
			res, err := lib.Search(search.Query{Text: "345/BYT-KCB"})
			if err != nil || res.Total == 0 {
				t.Errorf("search after rebuild: %+v, %v", res, err)
			}
		})
	}
}

func TestRebuildSkipsDamagedOriginals(t *testing.T) {
	ctx := context.Background()
	dir, _, _ := backedUp(t)
	var first string
	filepath.WalkDir(filepath.Join(dir, originalsName), func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && first == "" {
			first = p
		}
		return nil
	})
	os.WriteFile(first, []byte("đã bị sửa"), 0o644)
	lib, rep, err := RebuildFromOriginals(ctx, dir, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if len(rep.Damaged) != 1 || rep.Damaged[0] != first || len(rep.Results) != 1 || rep.Aside == "" {
		t.Errorf("report %+v", rep)
	}
	if _, err := os.Stat(filepath.Join(dir, rep.Aside)); err != nil {
		t.Errorf("old database not kept: %v", err)
	}
	if data, _ := os.ReadFile(first); string(data) != "đã bị sửa" {
		t.Error("a damaged original was changed")
	}
}

// TestOrphanIndexIsDropped: a lost database with no originals left beside
// it starts afresh, and the old index does not show documents the new
// store does not have.
func TestOrphanIndexIsDropped(t *testing.T) {
	ctx := context.Background()
	dir, _, _ := backedUp(t)
	os.Remove(filepath.Join(dir, dbName))
	os.RemoveAll(filepath.Join(dir, originalsName))
	lib := openLib(t, dir)
	res, err := lib.Search(search.Query{Text: "cai cach"})
	if err != nil || res.Total != 0 {
		t.Errorf("search of a new store = %+v, %v; want nothing", res, err)
	}
	if r, err := lib.Check(ctx); err != nil || !r.OK() || r.Documents != 0 {
		t.Errorf("check = %+v, %v", r, err)
	}
}
