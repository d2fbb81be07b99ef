package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEditCommand corrects a blank date as a clerk types it, refuses a day
// that does not exist, and confirms the rest; `show --json` lists what is
// still to check.
func TestEditCommand(t *testing.T) {
	lib := t.TempDir()
	src := filepath.Join(t.TempDir(), "cv.txt")
	letter, err := os.ReadFile("../index/library/testdata/undated-letter.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(src, letter, 0o644)
	vt(t, ExitOK, "import", "--library", lib, src)

	out, _ := vt(t, ExitOK, "edit", "--library", lib, "1")
	if !strings.Contains(out, "Ngày (date): dòng ngày tháng để trống") || !strings.Contains(out, "Người ký (signer_name)") {
		t.Errorf("edit with no change lists what to check:\n%s", out)
	}
	_, errs := vt(t, ExitUsage, "edit", "--library", lib, "1", "subject=Sửa", "date=31/02/2024")
	if !strings.Contains(errs, "date:") {
		t.Errorf("stderr %q", errs)
	}
	vt(t, ExitUsage, "edit", "--library", lib, "1", "text=x")
	vt(t, ExitBadInput, "edit", "--library", lib, "9")
	show, _ := vt(t, ExitOK, "show", "--library", lib, "--json", "1")
	if strings.Contains(show, "Sửa") {
		t.Error("a refused edit wrote the subject")
	}
	if !strings.Contains(show, `"to_confirm"`) || !strings.Contains(show, `"field": "date"`) {
		t.Errorf("show --json lacks to_confirm:\n%s", show)
	}

	out, _ = vt(t, ExitOK, "edit", "--library", lib, "1", "date=12/3/2024")
	if strings.Contains(out, "(date)") || !strings.Contains(out, "(signer_name)") {
		t.Errorf("after the date is corrected:\n%s", out)
	}
	out, _ = vt(t, ExitOK, "edit", "--library", lib, "--confirm", "1")
	if !strings.Contains(out, "Không còn thông tin nào cần kiểm tra.") {
		t.Errorf("after --confirm:\n%s", out)
	}
	show, _ = vt(t, ExitOK, "show", "--library", lib, "--json", "1")
	if !strings.Contains(show, `"date": "2024-03-12"`) {
		t.Errorf("the corrected date is not stored:\n%s", show)
	}
}
