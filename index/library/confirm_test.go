package library

import (
	"context"
	"os"
	"strings"
	"testing"

	"vanthu/index/search"
	"vanthu/index/store"
)

func TestToConfirmUntilChecked(t *testing.T) {
	ctx := context.Background()
	// Its date line is blank and it has no signer: the extractor marks the
	// date and the signer unsure, and the window asks the clerk.
	draft, err := os.ReadFile("testdata/undated-letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	src := writeFiles(t, map[string]string{"draft.txt": string(draft), "a.txt": letterA})
	lib := openLib(t, t.TempDir())
	if _, err := lib.Import(ctx, []string{src}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	id := findByNumber(t, lib, "15/UBND-VX")
	fields := func() string {
		v, err := lib.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var fs []string
		for _, c := range v.ToConfirm {
			if c.Label == "" || c.Reason == "" {
				t.Errorf("%+v: a field to confirm needs a label and a reason", c)
			}
			fs = append(fs, c.Field)
		}
		return strings.Join(fs, " ")
	}
	steps := []struct {
		name string
		do   func() error
		want string
	}{
		{"as imported", func() error { return nil }, "date signer_name"},
		{"the date corrected", func() error { return lib.UpdateField(ctx, id, "date", "12/3/2024") }, "signer_name"},
		{"the rest confirmed", func() error { return lib.Confirm(ctx, id) }, ""},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if got := fields(); got != s.want {
			t.Errorf("%s: to confirm %q, want %q", s.name, got, s.want)
		}
		// The library's filter «Cần kiểm tra» lists the document while a
		// field is left, in the listing and in a search.
		list, err := lib.List(ctx, store.Filter{ToConfirm: true})
		if err != nil {
			t.Fatal(err)
		}
		res, err := lib.SearchWithStatus(ctx, search.Query{Text: "tiêm chủng"}, StatusFilter{ToConfirm: true})
		if err != nil {
			t.Fatal(err)
		}
		listed := false
		for _, d := range list {
			listed = listed || d.ID == id
		}
		// letterA, with no Quốc hiệu, has its issuer and signer to check
		// all along: it stays listed.
		if listed != (s.want != "") || len(list) != 1+btoi(listed) || int(res.Total) != btoi(s.want != "") {
			t.Errorf("%s: the filter lists %d documents (the draft: %v), search finds %d", s.name, len(list), listed, res.Total)
		}
	}
	hist, err := lib.Store().History(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	last := hist[len(hist)-1]
	if last.Field != "signer_name" || last.Old != last.New {
		t.Errorf("a confirmation is audited as the field with its value unchanged, got %+v", last)
	}
	if err := lib.Confirm(ctx, id, "text"); err == nil {
		t.Error("confirming a field that cannot be edited succeeded")
	}
}

func findByNumber(t *testing.T, lib *Library, number string) int64 {
	t.Helper()
	list, err := lib.List(context.Background(), store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Number == number {
			return s.ID
		}
	}
	t.Fatalf("no document %s in the library", number)
	return 0
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
