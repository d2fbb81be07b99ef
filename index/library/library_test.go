package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/search"
	"vanthu/index/settings"
	"vanthu/index/store"
)

const letterA = `ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 12/KH-UBND
Kon Tum, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2021
Sở Nội vụ chủ trì, phối hợp với các sở, ban ngành báo cáo kết quả trước ngày 30/6/2021.
`

const letterB = `BỘ Y TẾ
Số: 345/BYT-KCB
Hà Nội, ngày 10 tháng 4 năm 2021
V/v thực hiện Kế hoạch số 12/KH-UBND ngày 05/3/2021
Kính gửi: Sở Y tế các tỉnh
Bộ Y tế đề nghị các đơn vị thực hiện khám chữa bệnh bảo hiểm y tế theo quy định.
`

// writeFiles creates files (name → content) under a new folder.
func writeFiles(t testing.TB, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func openLib(t *testing.T, dir string) *Library {
	t.Helper()
	lib, err := Open(context.Background(), dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

func statuses(rs []FileResult) map[string]FileResult {
	m := map[string]FileResult{}
	for _, r := range rs {
		m[filepath.Base(r.Path)] = r
	}
	return m
}

func TestImportFolderWithBadFiles(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{
		"a.txt":          letterA,
		"sub/b.txt":      letterB,
		"empty.txt":      "",
		"photo.docx":     "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01",
		".hidden/x.txt":  letterA + "x",
		"sub/copy-a.txt": letterA, // same content as a.txt
		"notes.json":     `{"a": 1}`,
		"~$a.docx":       "owner file of an open Word document",
	})
	lib := openLib(t, t.TempDir())
	var progress []Progress
	rs, err := lib.Import(ctx, []string{src, filepath.Join(src, "missing.txt")},
		ImportOptions{Progress: func(p Progress) { progress = append(progress, p) }})
	if err != nil {
		t.Fatal(err)
	}
	got := statuses(rs)
	tests := []struct {
		file    string
		want    Status
		message string // a fragment of the Vietnamese message
	}{
		{"a.txt", Imported, ""},
		{"b.txt", Imported, ""},
		{"copy-a.txt", Duplicate, "đã có trong thư viện"},
		{"empty.txt", Failed, "rỗng"},
		{"photo.docx", Failed, "ảnh"},
		{"missing.txt", Failed, "không tìm thấy"},
	}
	for _, tt := range tests {
		r, ok := got[tt.file]
		if !ok {
			t.Errorf("%s: no result", tt.file)
			continue
		}
		if r.Status != tt.want || !strings.Contains(r.Message, tt.message) {
			t.Errorf("%s: %s %q, want %s with %q", tt.file, r.Status, r.Message, tt.want, tt.message)
		}
	}
	for _, skipped := range []string{"x.txt", "notes.json", "~$a.docx"} {
		if _, ok := got[skipped]; ok {
			t.Errorf("%s was imported from a folder walk", skipped)
		}
	}
	if len(progress) != len(rs) || progress[len(progress)-1].Done != progress[len(progress)-1].Total {
		t.Errorf("progress = %+v for %d results", progress, len(rs))
	}
	if n, _ := lib.Store().Count(ctx); n != 2 {
		t.Errorf("%d documents stored, want 2", n)
	}
	if got["copy-a.txt"].DocID != got["a.txt"].DocID {
		t.Errorf("duplicate points at %d, want %d", got["copy-a.txt"].DocID, got["a.txt"].DocID)
	}
	if r, _ := lib.Check(ctx); !r.OK() || r.Pending != 0 || r.Indexed != 2 {
		t.Errorf("check after import: %+v", r)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	dir := t.TempDir()
	openLib(t, dir)
	_, err := Open(context.Background(), dir, Options{})
	var busy *BusyError
	if !errors.As(err, &busy) || !strings.Contains(err.Error(), "đang được một cửa sổ/lệnh vanthu khác sử dụng") {
		t.Fatalf("second Open = %v, want a BusyError in Vietnamese", err)
	}
}

func TestCheckFindsProblems(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	tests := []struct {
		name    string
		damage  func(t *testing.T, lib *Library)
		problem string
	}{
		{"tampered original", func(t *testing.T, lib *Library) {
			d, _ := lib.Store().Get(ctx, 1)
			os.WriteFile(lib.OriginalPath(d), []byte("sửa trộm"), 0o644)
		}, "đã bị thay đổi"},
		{"missing original", func(t *testing.T, lib *Library) {
			d, _ := lib.Store().Get(ctx, 2)
			os.Remove(lib.OriginalPath(d))
		}, "thiếu bản gốc"},
		{"missing index entry", func(t *testing.T, lib *Library) {
			lib.index.Delete("1")
		}, "thiếu trong chỉ mục"},
		{"extra index entry", func(t *testing.T, lib *Library) {
			lib.index.Put(search.Doc{ID: "99", Text: "ma"})
		}, "không có trong dữ liệu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib := openLib(t, t.TempDir())
			if _, err := lib.Import(ctx, []string{src}, ImportOptions{}); err != nil {
				t.Fatal(err)
			}
			tt.damage(t, lib)
			r, err := lib.Check(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Problems) != 1 || !strings.Contains(r.Problems[0], tt.problem) {
				t.Errorf("problems = %q, want one with %q", r.Problems, tt.problem)
			}
		})
	}
}

func TestCrashLeftoversAreRepaired(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	dir := t.TempDir()
	lib, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Import(ctx, []string{src}, ImportOptions{})
	// As after a kill between the insert and the indexing: the store says
	// pending, the index lacks the documents.
	lib.index.Delete("1", "2")
	lib.Store().MarkAllPending(ctx)
	lib.Close()

	tests := []struct {
		name        string
		opts        Options
		wantPending int
	}{
		{"check sees pending, not problems", Options{SkipCatchUp: true}, 2},
		{"open catches up", Options{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lib, err := Open(ctx, dir, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer lib.Close()
			r, err := lib.Check(ctx)
			if err != nil || !r.OK() || r.Pending != tt.wantPending {
				t.Errorf("check = %+v, %v; want OK with %d pending", r, err, tt.wantPending)
			}
		})
	}
}

func TestBrokenIndexIsRebuilt(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	dir := t.TempDir()
	lib, err := Open(ctx, dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.Import(ctx, []string{src}, ImportOptions{})
	lib.Close()
	os.RemoveAll(filepath.Join(dir, indexName))
	os.MkdirAll(filepath.Join(dir, indexName), 0o755)
	os.WriteFile(filepath.Join(dir, indexName, "index_meta.json"), []byte("{rác"), 0o644)

	lib = openLib(t, dir)
	if len(lib.Notices()) == 0 || !strings.Contains(strings.Join(lib.Notices(), "\n"), "bị hỏng") {
		t.Errorf("notices = %q, want one about the broken index", lib.Notices())
	}
	aside, _ := filepath.Glob(filepath.Join(dir, indexName+".broken-*"))
	if len(aside) != 1 {
		t.Errorf("broken index moved to %v", aside)
	}
	if r, _ := lib.Check(ctx); !r.OK() || r.Indexed != 2 {
		t.Errorf("check after rebuild: %+v", r)
	}
}

func TestBackupRestoreRoundTrip(t *testing.T) {
	ctx := context.Background()
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	lib := openLib(t, t.TempDir())
	lib.Import(ctx, []string{src}, ImportOptions{})
	if err := lib.UpdateField(ctx, 1, "subject", "Trích yếu đã sửa"); err != nil {
		t.Fatal(err)
	}
	archive := filepath.Join(t.TempDir(), "sao-luu.zip")
	if _, err := lib.Backup(ctx, archive); err != nil {
		t.Fatal(err)
	}

	target := t.TempDir()
	restored, err := Restore(ctx, archive, target, false)
	if err != nil {
		t.Fatal(err)
	}
	for id := int64(1); id <= 2; id++ {
		a, _ := lib.Document(ctx, id)
		b, err := restored.Document(ctx, id)
		if err != nil || a.SHA256 != b.SHA256 || a.Subject != b.Subject || a.Text != b.Text || len(a.Cites) != len(b.Cites) {
			t.Errorf("document %d differs after restore (%v)", id, err)
		}
	}
	if h, _ := restored.Store().History(ctx, 1); len(h) != 1 {
		t.Errorf("audit trail not restored: %+v", h)
	}
	if r, _ := restored.Check(ctx); !r.OK() || r.Indexed != 2 {
		t.Errorf("check after restore: %+v", r)
	}
	res, err := restored.Search(search.Query{Text: "Trích yếu đã sửa"})
	if err != nil || res.Total == 0 || res.Hits[0].ID != "1" {
		t.Errorf("search after restore = %+v, %v", res, err)
	}
	restored.Close()

	tests := []struct {
		name    string
		force   bool
		wantErr error
	}{
		{"non-empty refused", false, ErrNotEmpty},
		{"non-empty forced", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Restore(ctx, archive, target, tt.force)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Restore = %v, want %v", err, tt.wantErr)
			}
			if l != nil {
				l.Close()
			}
		})
	}
}

func TestRestoreRejectsBadArchive(t *testing.T) {
	ctx := context.Background()
	notZip := filepath.Join(t.TempDir(), "x.zip")
	os.WriteFile(notZip, []byte("không phải zip"), 0o644)
	if _, err := Restore(ctx, notZip, t.TempDir(), false); err == nil {
		t.Error("restored from a file that is not an archive")
	}
}

func TestImportDevCorpus(t *testing.T) {
	dev := filepath.Join(moduleRoot(t), "..", "shared", "corpus", "dev")
	files, _ := filepath.Glob(filepath.Join(dev, "*.txt"))
	if len(files) == 0 {
		t.Skip("no ../shared/corpus/dev")
	}
	ctx := context.Background()
	lib := openLib(t, t.TempDir())
	rs, err := lib.Import(ctx, files, ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if r.Status != Imported {
			t.Errorf("%s: %s %s", r.Path, r.Status, r.Message)
		}
	}
	if r, _ := lib.Check(ctx); !r.OK() || r.Documents != len(files) {
		t.Errorf("check: %+v", r)
	}
}

func moduleRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Dir(file)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found")
		}
		dir = parent
	}
}

func TestDocumentLinksAndTaskFollowUp(t *testing.T) {
	ctx := context.Background()
	lib := openLib(t, t.TempDir())
	lib.today = func() vndate.Date { return vndate.Date{Year: 2021, Month: 7, Day: 1} }
	st := lib.Store()
	plan, err := st.Insert(ctx, &store.Document{SHA256: strings.Repeat("a", 64), FileName: "kh.txt", Format: "txt",
		Text: "kế hoạch", Meta: store.Meta{Type: "KH", Number: "12/KH-UBND", Date: vndate.Date{Year: 2021, Month: 3, Day: 5}}},
		[]store.Task{
			{Assignee: "Sở Nội vụ", Action: "báo cáo", Deadline: vndate.Date{Year: 2021, Month: 6, Day: 30}},
			{Assignee: "Sở Tài chính", Action: "bố trí kinh phí", Deadline: vndate.Date{Year: 2021, Month: 7, Day: 5}},
		}, nil, "kh.txt")
	if err != nil {
		t.Fatal(err)
	}
	letter, err := st.Insert(ctx, &store.Document{SHA256: strings.Repeat("b", 64), FileName: "cv.txt", Format: "txt",
		Text: "công văn", Meta: store.Meta{Type: "CV", Number: "345/BYT-KCB"}}, nil,
		[]store.Ref{{Type: "Kế hoạch", Number: "12/KH-UBND", Date: vndate.Date{Year: 2021, Month: 3, Day: 5}},
			{Type: "Luật", Number: "40/2009/QH12"}}, "cv.txt")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.CatchUp(ctx); err != nil {
		t.Fatal(err)
	}

	v, err := lib.Document(ctx, letter)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Cites) != 2 || v.Cites[0].Other == nil || v.Cites[0].Other.ID != plan || v.Cites[1].Other != nil {
		t.Errorf("cites = %+v", v.Cites)
	}
	p, _ := lib.Document(ctx, plan)
	if len(p.CitedBy) != 1 || p.CitedBy[0].Other.ID != letter || len(p.Tasks) != 2 {
		t.Errorf("plan: cited by %+v, %d tasks", p.CitedBy, len(p.Tasks))
	}
	if _, err := lib.Document(ctx, 99); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(99) = %v", err)
	}

	// Follow-up started before the plan, so its late task is overdue.
	set := settings.Defaults()
	set.FollowUpStart = "2021-01-01"
	if err := settings.Save(ctx, st, set, "test"); err != nil {
		t.Fatal(err)
	}
	list, err := lib.List(ctx, store.Filter{HasOverdue: true})
	if err != nil || len(list) != 1 || list[0].ID != plan || list[0].OpenTasks != 2 || list[0].OverdueTasks != 1 {
		t.Fatalf("documents with overdue tasks: %+v, %v", list, err)
	}
	overdueHits := func() uint64 {
		res, err := lib.SearchWithStatus(ctx, search.Query{}, StatusFilter{Overdue: true})
		if err != nil {
			t.Fatal(err)
		}
		return res.Total
	}
	if n := overdueHits(); n != 1 {
		t.Errorf("search finds %d documents with overdue tasks, want 1", n)
	}
	if err := lib.SetTaskDone(ctx, p.Tasks[0].ID, true); err != nil {
		t.Fatal(err)
	}
	if n := overdueHits(); n != 0 {
		t.Errorf("after the task is done search still finds %d documents with overdue tasks", n)
	}
	if err := lib.UpdateField(ctx, letter, "subject", "V/v khám chữa bệnh"); err != nil {
		t.Fatal(err)
	}
	if res, _ := lib.Search(search.Query{Text: "khám chữa bệnh"}); res == nil || res.Total != 1 {
		t.Errorf("edited subject not searchable: %+v", res)
	}
	if r, _ := lib.Check(ctx); r.Pending != 0 || r.Indexed != 2 { // no originals here: only the index counts
		t.Errorf("check after edits: %+v", r)
	}
}

func TestCancelledImportStoresNothing(t *testing.T) {
	src := writeFiles(t, map[string]string{"a.txt": letterA, "b.txt": letterB})
	lib := openLib(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := lib.Import(ctx, []string{src}, ImportOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Import = %v, want context.Canceled", err)
	}
	if n, _ := lib.Store().Count(context.Background()); n != 0 {
		t.Errorf("%d documents stored by a cancelled import", n)
	}
}

func TestScannedPDFIsKept(t *testing.T) {
	scan := filepath.Join(moduleRoot(t), "..", "shared", "samples", "scan-quy-trinh-kcb-bhyt.pdf")
	if _, err := os.Stat(scan); err != nil {
		t.Skip("no ../shared/samples")
	}
	ctx := context.Background()
	lib := openLib(t, t.TempDir())
	rs, err := lib.Import(ctx, []string{scan}, ImportOptions{NoOCR: true})
	if err != nil || len(rs) != 1 {
		t.Fatalf("Import = %+v, %v", rs, err)
	}
	if r := rs[0]; r.Status != Imported || !r.Scanned || !strings.Contains(r.Message, "bản quét") {
		t.Fatalf("result = %+v, want imported and flagged as a scan", r)
	}
	d, err := lib.Store().Get(ctx, rs[0].DocID)
	if err != nil || !d.Scanned || d.Format != "pdf" || len(d.Warnings) == 0 {
		t.Errorf("stored = %+v, %v", d, err)
	}
	if r, _ := lib.Check(ctx); !r.OK() {
		t.Errorf("check: %+v", r)
	}
}
