package library

import (
	"context"
	"testing"

	"vanthu/index/settings"
)

// TestTypedDateAndClerkName: a date typed the Vietnamese way is stored, a
// bad one is refused in Vietnamese, and the audit trail names the clerk of
// the settings rather than the computer's user.
func TestTypedDateAndClerkName(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA})
	lib := openLib(t, t.TempDir())
	if _, err := lib.Import(ctx, []string{src}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	s := settings.Defaults()
	s.ClerkName = "Nguyễn Thị Lan"
	if err := settings.Save(ctx, lib.Store(), s, "test"); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ typed, stored string }{
		{"28/09/2013", "2013-09-28"},
		{"5/1/2021", "2021-01-05"},
		{"2014-10-02", "2014-10-02"},
	}
	for _, c := range cases {
		if err := lib.UpdateField(ctx, 1, "date", c.typed); err != nil {
			t.Fatalf("UpdateField(date, %q): %v", c.typed, err)
		}
		v, err := lib.Document(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if got := v.Document.Date.String(); got != c.stored {
			t.Errorf("typed %q, stored %q, want %q", c.typed, got, c.stored)
		}
	}
	if err := lib.UpdateField(ctx, 1, "date", "31/02/2020"); err == nil {
		t.Error("31/02/2020 accepted")
	}
	hist, err := lib.Store().History(ctx, 1)
	if err != nil || len(hist) == 0 {
		t.Fatalf("history: %v, %v", hist, err)
	}
	if who := hist[len(hist)-1].Who; who != "Nguyễn Thị Lan" {
		t.Errorf("audit trail records %q, want the clerk's name", who)
	}
}
