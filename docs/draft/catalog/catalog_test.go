package catalog

import (
	"os"
	"path/filepath"
	"testing"

	"vanthu/docs/draft/builtin"
)

func TestListAndOpen(t *testing.T) {
	dir := t.TempDir()
	good, _ := builtin.Data("cong-van-tra-loi")
	os.WriteFile(filepath.Join(dir, "thu-moi.docx"), good, 0o644)
	os.WriteFile(filepath.Join(dir, "hong.docx"), []byte("not a zip"), 0o644)
	os.WriteFile(filepath.Join(dir, "~$thu-moi.docx"), good, 0o644) // Word's owner file
	os.WriteFile(filepath.Join(dir, "ghi-chu.txt"), []byte("x"), 0o644)

	list, err := List(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range list {
		names = append(names, e.Name)
		if e.Name == "hong" && e.Problem == "" {
			t.Error("a broken template is listed without its problem")
		}
		if e.Name == "thu-moi" && len(e.Fields) == 0 {
			t.Error("the clerk's template has no fields")
		}
	}
	want := "cong-van-tra-loi ke-hoach-khac-phuc bao-cao-thuc-hien hong thu-moi"
	if got := join(names); got != want {
		t.Errorf("listed %q, want %q", got, want)
	}
	if _, e, err := Open(dir, "thu-moi"); err != nil || e.Path == "" {
		t.Errorf("open by name in the folder: %v %+v", err, e)
	}
	if _, e, err := Open("", "ke-hoach-khac-phuc"); err != nil || e.Type != "KH" {
		t.Errorf("open built-in: %v %+v", err, e)
	}
	if _, _, err := Open(dir, "khong-co"); err == nil {
		t.Error("unknown template opened")
	}
	if _, _, err := Open(dir, "hong"); err == nil {
		t.Error("broken template opened")
	}
	if l, err := List(filepath.Join(dir, "missing")); err != nil || len(l) != 3 {
		t.Errorf("missing folder: %v, %d", err, len(l))
	}
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += " "
		}
		out += x
	}
	return out
}
