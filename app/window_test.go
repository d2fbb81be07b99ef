package app

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"vanthu/index/library"
)

// TestFyneSpeaksVietnamese: Fyne's own strings are Vietnamese whatever the
// locale of the machine.
func TestFyneSpeaksVietnamese(t *testing.T) {
	for _, loc := range []string{"C", "en_US.UTF-8", "fr_FR.UTF-8", "vi_VN.UTF-8", "zh_CN.UTF-8"} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", "")
		t.Setenv("LANG", loc)
		useVietnamese()
		want := map[string]string{"Cancel": "Hủy", "Quit": "Thoát", "Error": "Lỗi", "Open": "Mở", "Yes": "Có"}
		for id, w := range want {
			if got := lang.L(id); got != w {
				t.Errorf("LANG=%s: %q → %q, want %q", loc, id, got, w)
			}
		}
		if got := lang.X("file.parent", "Parent"); got != "Thư mục cha" {
			t.Errorf("LANG=%s: file.parent → %q", loc, got)
		}
	}
}

func TestOpenFailureIsVietnamese(t *testing.T) {
	_, err := exec.LookPath("khong-co-chuong-trinh-nay")
	msg := openFailure("/thu-vien/a.pdf", &exec.Error{Name: "xdg-open", Err: err}).Error()
	if !strings.HasPrefix(msg, "Không mở được tệp") || !strings.Contains(msg, "xdg-utils") || !strings.Contains(msg, "/thu-vien/a.pdf") {
		t.Errorf("message = %q", msg)
	}
}

// openTestLibrary imports letters (file name → text) into a new library.
func openTestLibrary(t *testing.T, letters map[string]string) (*library.Library, string) {
	t.Helper()
	src := t.TempDir()
	for name, text := range letters {
		if err := os.WriteFile(filepath.Join(src, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	lib, err := library.Open(context.Background(), dir, library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(letters) > 0 {
		if _, err := lib.Import(context.Background(), []string{src}, library.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
	}
	return lib, dir
}

// TestEditFormSavesTypedDate: «Sửa thông tin…» takes 28/09/2013 and 5/1/2021
// and refuses a day that does not exist before saving.
func TestEditFormSavesTypedDate(t *testing.T) {
	newTestApp(t)
	lib, _ := openTestLibrary(t, map[string]string{"kh.txt": sampleLetter})
	defer lib.Close()
	ctx := context.Background()
	w := test.NewWindow(nil)
	defer w.Close()
	for _, c := range []struct{ typed, stored string }{{"28/09/2013", "2013-09-28"}, {"5/1/2021", "2021-01-05"}} {
		v, err := lib.Document(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		f := newMetadataForm(w, v.Document)
		date := f.entries[3]
		if date.Text != v.Document.Date.Short() {
			t.Errorf("date shown as %q, want dd/mm/yyyy %q", date.Text, v.Document.Date.Short())
		}
		date.SetText("")
		test.Type(date, c.typed)
		if err := date.Validate(); err != nil {
			t.Errorf("%q refused: %v", c.typed, err)
		}
		if errs := f.save(ctx, lib); len(errs) > 0 {
			t.Fatalf("save: %v", errs)
		}
		v, _ = lib.Document(ctx, 1)
		if got := v.Document.Date.String(); got != c.stored {
			t.Errorf("typed %q, stored %q, want %q", c.typed, got, c.stored)
		}
	}
	v, _ := lib.Document(ctx, 1)
	f := newMetadataForm(w, v.Document)
	f.entries[3].SetText("31/02/2020")
	if err := f.entries[3].Validate(); err == nil || !strings.Contains(err.Error(), "không có ngày") {
		t.Errorf("31/02/2020: validation error %v", err)
	}
}

// TestFileDialogIsVietnamese opens the import dialog and reads every text it
// draws: no English word of Fyne's is left.
func TestFileDialogIsVietnamese(t *testing.T) {
	newTestApp(t)
	t.Setenv("LANG", "C")
	useVietnamese()
	w := test.NewWindow(nil)
	defer w.Close()
	w.Resize(fyne.NewSize(1000, 700))
	showFileDialog(dialog.NewFolderOpen(func(fyne.ListableURI, error) {}, w), w)
	var texts []string
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		switch v := o.(type) {
		case *widget.Label:
			texts = append(texts, v.Text)
		case *widget.Button:
			texts = append(texts, v.Text)
		case *canvas.Text:
			texts = append(texts, v.Text)
		}
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"Mở thư mục", "Hủy", "Thư mục riêng", "Máy tính"} {
		if !strings.Contains(all, want) {
			t.Errorf("dialog lacks %q: %s", want, all)
		}
	}
	for _, english := range []string{"Open", "Cancel", "Home", "Computer", "Folder"} {
		for _, s := range texts {
			if s == english || strings.HasPrefix(s, english+" ") {
				t.Errorf("English %q in the dialog: %s", s, all)
			}
		}
	}
}
