package search

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// builtIndex writes testDocs into a new index, closes it and returns its
// folder and its biggest segment file.
func builtIndex(t *testing.T) (dir, biggest string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Put(testDocs...); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	zaps, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	var size int64
	for _, z := range zaps {
		if fi, err := os.Stat(z); err == nil && fi.Size() > size {
			biggest, size = z, fi.Size()
		}
	}
	if biggest == "" {
		t.Fatal("no segment file")
	}
	return dir, biggest
}

func TestHealthySegmentsPass(t *testing.T) {
	dir, _ := builtIndex(t)
	ix, err := Open(dir)
	if err != nil {
		t.Fatalf("reopen of a sound index: %v", err)
	}
	defer ix.Close()
	if p, err := ix.VerifyFiles(false); err != nil || len(p) != 0 {
		t.Errorf("VerifyFiles = %q, %v", p, err)
	}
	n, err := ix.ReadBack(context.Background())
	if err != nil || n != uint64(len(testDocs)) {
		t.Errorf("ReadBack = %d, %v; want %d", n, err, len(testDocs))
	}
	tests := []struct {
		id, word string
		want     bool
	}{
		{"a", "kiểm", true},
		{"a", "KIEM", true},
		{"b", "kiểm", false},
		{"g", "Hạ", true},
		{"zz", "hạ", false},
	}
	for _, tt := range tests {
		if got, err := ix.HasWord(tt.id, tt.word); err != nil || got != tt.want {
			t.Errorf("HasWord(%s, %s) = %v, %v", tt.id, tt.word, got, err)
		}
	}
}

// damage overwrites n bytes in the middle of a file.
func damage(t *testing.T, path string, n int) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	start := max(0, len(data)/2-n/2)
	for i := start; i < min(len(data)-4, start+n); i++ {
		data[i] ^= 0xa5
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDamagedSegmentIsFound(t *testing.T) {
	for _, n := range []int{1, 64, 2048} {
		dir, zap := builtIndex(t)
		ix, err := Open(dir) // records the sound files as checked
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		fi, _ := os.Stat(zap)
		damage(t, zap, n)

		// Damage that kept the modification time (bit rot) passes the quick
		// check at open, but not the full one.
		os.Chtimes(zap, fi.ModTime(), fi.ModTime())
		ix, err = Open(dir)
		if errors.Is(err, ErrCorrupt) {
			continue // bleve itself could not load it: found at open
		}
		if err != nil {
			t.Fatalf("%d bytes: Open with the old time = %v", n, err)
		}
		p, err := ix.VerifyFiles(false)
		if err != nil || len(p) != 1 || !strings.Contains(p[0], "bị hỏng") {
			t.Errorf("%d bytes: VerifyFiles = %q, %v", n, p, err)
		}
		// Searching damaged data never panics: an answer or an error.
		for _, q := range []string{"cải cách", "kiem~1", "tuyên*", `"quan hệ lao động"`} {
			ix.SearchSafely(Query{Text: q})
		}
		ix.ReadBack(context.Background())
		ix.Close()

		// Once found damaged (or changed since checked) it is checked at open.
		if ix, err := Open(dir); !errors.Is(err, ErrCorrupt) {
			if ix != nil {
				ix.Close()
			}
			t.Fatalf("%d bytes damaged: Open = %v, want ErrCorrupt", n, err)
		}
		os.Chtimes(zap, fi.ModTime(), fi.ModTime())
		if ix, err := Open(dir); !errors.Is(err, ErrCorrupt) {
			if ix != nil {
				ix.Close()
			}
			t.Fatalf("%d bytes damaged, reopened: Open = %v, want ErrCorrupt", n, err)
		}
	}
}

func TestMiddleWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a b c", ""},
		{"Số: 12/KH-UBND về cải cách", "cải"},
		{"hành chính", "chính"},
		{"Kế hoạch, !!", "hoạch"},
	}
	for _, tt := range tests {
		if got := MiddleWord(tt.in); got != tt.want {
			t.Errorf("MiddleWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
