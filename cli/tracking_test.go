package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"
	"github.com/xuri/excelize/v2"
)

const trackedLetter = `ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 2158/UBND-KTTH
Kon Tum, ngày 28 tháng 6 năm 2021
V/v khắc phục hạn chế Chỉ số PAPI
Kính gửi: Các sở, ban, ngành thuộc tỉnh.
1. Đề nghị Sở Y tế, Sở Tài chính xây dựng kế hoạch khắc phục, báo cáo về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021.
2. Sở Nội vụ theo dõi, tổng hợp, định kỳ hằng quý báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện.
`

type item struct {
	ID       int64  `json:"id"`
	State    string `json:"state"`
	Status   string `json:"status"`
	Due      string `json:"due"`
	Assignee string `json:"assignee"`
}

func vt(t *testing.T, want int, args ...string) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if got := Run(args, &out, &errb); got != want {
		t.Fatalf("vanthu %s: exit %d, want %d\n%s%s", strings.Join(args, " "), got, want, out.String(), errb.String())
	}
	return out.String(), errb.String()
}

// TestFollowUpCommands runs the follow-up as a clerk would from the
// command line, with the clock set to 20/10/2021.
func TestFollowUpCommands(t *testing.T) {
	lib := t.TempDir()
	src := filepath.Join(t.TempDir(), "cv.txt")
	os.WriteFile(src, []byte(trackedLetter), 0o644)
	vt(t, ExitOK, "import", "--library", lib, src)
	day := []string{"--library", lib, "--today", "2021-10-20"}

	out, _ := vt(t, ExitOK, append([]string{"tasks", "--json", "--unit", "so y te"}, day...)...)
	var items []item
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatal(err)
	}
	// The import happened today (after 2021), so 2021 is archive; as of
	// 20/10/2021 with follow-up from the import day, still archive.
	if len(items) != 1 || items[0].Due != "2021-10-30" || items[0].Status != "archive" {
		t.Fatalf("items %+v", items)
	}
	id := itoa(items[0].ID)
	vt(t, ExitOK, append([]string{"task", "confirm", id}, day...)...)
	vt(t, ExitOK, append([]string{"task", "set", id, "--deadline", "15/11/2021", "--note", "gọi điện nhắc"}, day...)...)
	out, _ = vt(t, ExitOK, append([]string{"tasks", "--unit", "Sở Tài chính", "--all"}, day...)...)
	if !strings.Contains(out, "15/11/2021") || !strings.Contains(out, "nhập tay") || !strings.Contains(out, "gọi điện nhắc") {
		t.Errorf("corrected task not shown:\n%s", out)
	}
	_, errs := vt(t, ExitBadInput, append([]string{"task", "done", "999"}, day...)...)
	if !strings.Contains(errs, "không có trong thư viện") {
		t.Errorf("missing task message: %q", errs)
	}
	vt(t, ExitUsage, "task", "bogus")
	vt(t, ExitUsage, append([]string{"tasks", "--due-within", "x"}, day...)...)

	// Registers.
	out, _ = vt(t, ExitOK, "register", "next", "den", "--year", "2021", "--library", lib)
	if strings.TrimSpace(out) != "1" {
		t.Errorf("next number %q", out)
	}
	out, _ = vt(t, ExitOK, "register", "add", "1", "--arrival", "02/07/2021", "--to", "Sở Y tế", "--library", lib)
	if !strings.Contains(out, "số đến 1") {
		t.Errorf("register add: %q", out)
	}
	_, errs = vt(t, ExitBadInput, "register", "add", "1", "--library", lib)
	if !strings.Contains(errs, "đã vào sổ văn bản đến năm 2021, số 1") {
		t.Errorf("second registration: %q", errs)
	}
	out, _ = vt(t, ExitOK, "register", "out", "--symbol", "SYT-VP", "--date", "2021-10-25", "--answers", "1",
		"--subject", "V/v báo cáo khắc phục", "--library", lib)
	if !strings.Contains(out, "Số: 01/SYT-VP") || !strings.Contains(out, "đã được trả lời") {
		t.Errorf("register out: %q", out)
	}
	out, _ = vt(t, ExitOK, append([]string{"register", "theodoi", "--year", "2021"}, day...)...)
	if !strings.Contains(out, "trả lời: 01/SYT-VP") {
		t.Errorf("follow-up register:\n%s", out)
	}
	xlsx := filepath.Join(t.TempDir(), "den.xlsx")
	vt(t, ExitOK, "register", "den", "--year", "2021", "--xlsx", xlsx, "--library", lib)
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := f.GetCellValue("Sổ đến 2021", "D8"); v != "2158/UBND-KTTH" {
		t.Errorf("xlsx cell D8 = %q", v)
	}
	f.Close()
	rep := filepath.Join(t.TempDir(), "thang.xlsx")
	vt(t, ExitOK, append([]string{"report", "month", "2021-07", "--xlsx", rep}, day...)...)
	out, _ = vt(t, ExitOK, append([]string{"report", "month", "2021-07"}, day...)...)
	if !strings.Contains(out, "Sở Y tế") {
		t.Errorf("report:\n%s", out)
	}
	vt(t, ExitUsage, "report", "month", "2021-13", "--library", lib)

	// Exports read back.
	icsPath := filepath.Join(t.TempDir(), "han.ics")
	vt(t, ExitOK, append([]string{"export", "ics", icsPath}, day...)...)
	raw, _ := os.ReadFile(icsPath)
	cal, err := ics.ParseCalendar(bytes.NewReader(raw))
	if err != nil || len(cal.Events()) == 0 {
		t.Errorf("ics: %v, %d events", err, len(cal.Events()))
	}
	jsonPath := filepath.Join(t.TempDir(), "vb.json")
	vt(t, ExitOK, append([]string{"export", "json", jsonPath}, day...)...)
	raw, _ = os.ReadFile(jsonPath)
	var recs []map[string]any
	if err := json.Unmarshal(raw, &recs); err != nil || len(recs) != 1 || recs[0]["CodeNumber"] != "2158" ||
		recs[0]["ArrivalNumber"] != float64(1) || recs[0]["ReplyCodeNumber"] != "01/SYT-VP" {
		t.Errorf("json: %v %s", err, raw)
	}

	// A bad register to import names the row and the column.
	bad := excelize.NewFile()
	bad.SetSheetRow("Sheet1", "A1", &[]any{"Ngày đến", "Số đến", "Trích yếu"})
	bad.SetSheetRow("Sheet1", "A2", &[]any{"32/01/2020", 1, "x"})
	badPath := filepath.Join(t.TempDir(), "so-cu.xlsx")
	bad.SaveAs(badPath)
	out, _ = vt(t, ExitBadInput, "register", "import", badPath, "--library", lib)
	if !strings.Contains(out, "dòng 2, cột A (Ngày đến): «32/01/2020» không phải ngày") {
		t.Errorf("bad import:\n%s", out)
	}
}

func itoa(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
