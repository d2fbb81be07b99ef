package originals

import (
	"os"
	"testing"
)

func TestPutAndVerify(t *testing.T) {
	d, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("Số: 12/KH-UBND")
	sha := Hash(data)
	path, err := d.Put(sha, "txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := d.Put(sha, "txt", data); err != nil || again != path {
		t.Fatalf("second Put = %s, %v; want the same path", again, err)
	}
	if _, err := d.Put("../../etc/passwd", "txt", data); err == nil {
		t.Error("Put accepted a path as a hash")
	}
	tests := []struct {
		name   string
		damage func()
		want   Problem
	}{
		{"intact", func() {}, OK},
		{"tampered", func() { os.WriteFile(path, []byte("khác"), 0o644) }, WrongHash},
		{"missing", func() { os.Remove(path) }, Missing},
	}
	for _, tt := range tests {
		tt.damage()
		if got, err := d.Verify(sha, "txt"); err != nil || got != tt.want {
			t.Errorf("%s: Verify = %v, %v; want %v", tt.name, got, err, tt.want)
		}
	}
	for _, damaged := range [][]byte{nil, []byte("Số: 99/KH-UBND")} { // missing, then same size but altered
		if damaged != nil {
			os.WriteFile(path, damaged, 0o644)
		}
		if _, err := d.Put(sha, "txt", data); err != nil {
			t.Fatal(err)
		}
		if got, _ := d.Verify(sha, "txt"); got != OK {
			t.Errorf("Put did not replace a damaged original: %v", got)
		}
	}
	var walked int
	os.WriteFile(d.Path(sha, "txt")+".x", nil, 0o644)
	os.WriteFile(d.root+"/"+sha[:2]+"/.tmp-123", nil, 0o644) // a crash leftover
	d.Walk(func(string, string) error { walked++; return nil })
	if walked != 2 {
		t.Errorf("Walk saw %d files, want 2 (temporary files skipped)", walked)
	}
}
