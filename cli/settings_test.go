package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSettingsCommand sets the clerk's unit and follow-up from the command
// line; a bad value writes nothing; the window's tab reads the same store.
func TestSettingsCommand(t *testing.T) {
	lib := t.TempDir()
	src := filepath.Join(t.TempDir(), "cv.txt")
	os.WriteFile(src, []byte(trackedLetter), 0o644)
	vt(t, ExitOK, "import", "--library", lib, src)

	vt(t, ExitOK, "settings", "--library", lib, "unit=Sở Y tế", "handling_days=10", "holidays=1/1/2027; 30/4/2027")
	// One bad value: nothing of the command is written.
	_, errs := vt(t, ExitUsage, "settings", "--library", lib, "place=Kon Tum", "reminder_days=ba")
	if !strings.Contains(errs, "reminder_days: hãy gõ một số ngày") {
		t.Errorf("stderr %q", errs)
	}
	vt(t, ExitUsage, "settings", "--library", lib, "khong_co=1")

	out, _ := vt(t, ExitOK, "settings", "--library", lib, "--json")
	var got map[string]string
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"unit": "Sở Y tế", "handling_days": "10", "holidays": "01/01/2027\n30/04/2027", "place": "", "reminder_days": "3"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	// The unit is the one «Đơn vị của tôi» filters on.
	out, _ = vt(t, ExitOK, "tasks", "--library", lib, "--json", "--mine", "--today", "2021-10-20")
	if !strings.Contains(out, "Sở Y tế") {
		t.Errorf("tasks --mine after setting the unit: %s", out)
	}
}
