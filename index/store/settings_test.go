package store

import (
	"context"
	"path/filepath"
	"testing"
)

func TestSetSettingsAuditsChangesOnly(t *testing.T) {
	ctx := context.Background()
	s, err := Open(filepath.Join(t.TempDir(), "vanthu.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, v := range []string{`"Sở Y tế"`, `"Sở Y tế"`, `"Sở Tài chính"`} {
		if err := s.SetSettings(ctx, map[string]string{"unit": v}, "Lan"); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM audit WHERE tbl = 'settings' AND field = 'unit' AND who = 'Lan'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Fatalf("%d audit rows, want 2 (the repeated value is not a change)", n)
	}
	got, err := s.Settings(ctx)
	if err != nil || got["unit"] != `"Sở Tài chính"` {
		t.Fatalf("settings %v, %v", got, err)
	}
}
