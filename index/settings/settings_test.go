package settings

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"vanthu/index/store"
)

func TestLoadSave(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "vanthu.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	got, err := Load(ctx, st)
	if err != nil || !reflect.DeepEqual(got, Defaults()) {
		t.Fatalf("new library: %+v, %v; want the defaults", got, err)
	}

	want := Defaults()
	want.Unit = "So\u031b\u0309 Y te\u0302\u0301" // decomposed: saved as NFC
	want.Holidays = []string{"2025-01-01", "2025-04-30"}
	want.HandlingDays = 10
	if err := Save(ctx, st, want, "Lan"); err != nil {
		t.Fatal(err)
	}
	got, err = Load(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	want.Unit = "Sở Y tế"
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %+v, want %+v", got, want)
	}

	raw, _ := st.Settings(ctx)
	if raw["unit"] != `"Sở Y tế"` {
		t.Fatalf("stored unit %q", raw["unit"])
	}
}
