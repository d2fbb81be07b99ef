package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"vanthu/index/search"
)

// biggestSegment is the largest segment file of a library's index.
func biggestSegment(t *testing.T, dir string) string {
	t.Helper()
	zaps, _ := filepath.Glob(filepath.Join(dir, indexName, "store", "*.zap"))
	best, size := "", int64(0)
	for _, z := range zaps {
		if fi, err := os.Stat(z); err == nil && fi.Size() > size {
			best, size = z, fi.Size()
		}
	}
	if best == "" {
		t.Fatal("no segment file")
	}
	return best
}

// damageFile flips n bytes in the middle of a file; with keepTime its
// modification time is put back, as bit rot would leave it.
func damageFile(t *testing.T, path string, n int, keepTime bool) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	start := max(0, len(data)/2-n/2)
	for i := start; i < min(len(data)-4, start+n); i++ {
		data[i] ^= 0xa5
	}
	os.WriteFile(path, data, 0o644)
	if keepTime {
		os.Chtimes(path, fi.ModTime(), fi.ModTime())
	}
}

// TestIndexDamage: 2 KB damaged in an index segment is found by check
// (exit 1), never panics a search, and the documented repair (reindex, or
// simply opening the library when the file changed) gives a sound index.
func TestIndexDamage(t *testing.T) {
	ctx := context.Background()
	for _, keepTime := range []bool{false, true} {
		name := map[bool]string{false: "file changed", true: "bit rot"}[keepTime]
		t.Run(name, func(t *testing.T) {
			dir, _, _ := backedUp(t)
			damageFile(t, biggestSegment(t, dir), 2048, keepTime)

			lib, err := Open(ctx, dir, Options{SkipCatchUp: true, MustExist: true}) // as check opens it
			if err != nil {
				t.Fatal(err)
			}
			r, err := lib.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || !strings.Contains(strings.Join(r.Problems, "\n"), "chỉ mục tìm kiếm") {
				t.Errorf("check = %+v, want the damaged index reported", r)
			}
			lib.Close()

			lib = openLib(t, dir)
			// Whatever the damage does to bleve, a search answers.
			for _, q := range []string{"cai cach", "12/KH-UBND", "kham~1", "bảo hi*"} {
				if _, err := lib.Search(search.Query{Text: q}); err != nil {
					t.Errorf("search %q: %v", q, err)
				}
			}
			if keepTime {
				if err := lib.Reindex(ctx, nil); err != nil {
					t.Fatal(err)
				}
			}
			r, err = lib.CheckDeep(ctx)
			if err != nil || !r.OK() || r.IndexDocuments != 2 || r.SampledWords != 2 {
				t.Errorf("deep check after the repair: %+v, %v", r, err)
			}
			res, err := lib.Search(search.Query{Text: "cai cach hanh chinh"})
			if err != nil || res.Total != 1 || res.Hits[0].ID != "1" {
				t.Errorf("search after the repair: %+v, %v", res, err)
			}
		})
	}
}

// TestSearchRebuildsABrokenIndex: an index whose segment is damaged under
// a running library (after it was opened and checked) makes a search move
// it aside and rebuild instead of panicking or failing.
func TestSearchRebuildsABrokenIndex(t *testing.T) {
	ctx := context.Background()
	dir, _, _ := backedUp(t)
	lib := openLib(t, dir)
	// Cut short under the open index: reading the mapped file faults.
	seg := biggestSegment(t, dir)
	os.WriteFile(seg, []byte("hỏng"), 0o644)
	res, err := lib.Search(search.Query{Text: "cai cach"})
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	if res.Total != 1 || !strings.Contains(strings.Join(lib.Notices(), "\n"), "chỉ mục tìm kiếm bị hỏng") {
		t.Errorf("search found %d, notices %q", res.Total, lib.Notices())
	}
	if r, err := lib.Check(ctx); err != nil || r.Indexed != 2 || !r.OK() {
		t.Errorf("check after the rebuild: %+v, %v", r, err)
	}
}
