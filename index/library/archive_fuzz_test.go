package library

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"testing"
)

// FuzzUnpackArchive feeds arbitrary bytes to the archive checks a restore
// runs: never a panic, never a file outside the folder it unpacks into,
// and an accepted archive agrees with its manifest.
func FuzzUnpackArchive(f *testing.F) {
	// testdata/fuzz holds a real backup of two letters as a seed: making
	// one here would run an import in every fuzzing process.
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create(manifestName)
	w.Write([]byte(`{"format":"vanthu-backup-1","documents":0}`))
	zw.Create("../evil")
	zw.Close()
	f.Add(buf.Bytes())
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
	f.Fuzz(func(t *testing.T, data []byte) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return
		}
		parent := t.TempDir()
		dir := parent + "/x"
		os.Mkdir(dir, 0o755)
		u, err := unpackArchive(context.Background(), zr, dir, true)
		if entries, _ := os.ReadDir(parent); len(entries) != 1 {
			t.Fatalf("wrote beside the folder: %v", entries)
		}
		if err == nil && u.docs != u.manifest.Documents {
			t.Fatalf("accepted %d documents, manifest says %d", u.docs, u.manifest.Documents)
		}
	})
}
