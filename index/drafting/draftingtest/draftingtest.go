// Package draftingtest makes the library the drafting tests of several
// packages share: the office of Sở Y tế in Cài đặt and the seed letter.
package draftingtest

import (
	"context"
	"testing"

	"vanthu/index/library"
	"vanthu/index/settings"
)

// Library creates a library in dir with the office settings and imports
// the files (document ids 1, 2, … in order).
func Library(t testing.TB, dir string, files ...string) {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := settings.Defaults()
	s.Unit, s.ParentBody, s.UnitSymbol, s.Place = "Sở Y tế", "Ủy ban nhân dân tỉnh Kon Tum", "SYT-VP", "Kon Tum"
	s.SignerAuthority, s.SignerTitle, s.SignerName = "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị B"
	if err := settings.Save(ctx, lib.Store(), s, "test"); err != nil {
		t.Fatal(err)
	}
	if _, err := lib.Import(ctx, files, library.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
}
