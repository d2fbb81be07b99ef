package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"vanthu/docs/vndate"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "vanthu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func sha(c byte) string {
	b := make([]byte, 64)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

func doc(c byte, number string, date vndate.Date) *Document {
	return &Document{SHA256: sha(c), FileName: number + ".txt", Size: 10, Format: "txt", Text: "nội dung " + number,
		Meta: Meta{Type: "CV", Number: number, Date: date, Subject: "V/v " + number}}
}

func TestMigrateFromEmptyAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Thư viện #1 100%", "vanthu.db")
	os.MkdirAll(filepath.Dir(path), 0o755)
	for round := range 2 {
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		v, err := s.Version()
		if err != nil || v != SchemaVersion {
			t.Fatalf("round %d: version %d, %v; want %d", round, v, err, SchemaVersion)
		}
		for _, table := range []string{"documents", "tasks", "refs", "import_log", "audit"} {
			var n int
			if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil {
				t.Errorf("table %s: %v", table, err)
			}
		}
		s.Close()
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at %s: %v", path, err)
	}
}

func TestRefuseNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vanthu.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.db.Exec(`PRAGMA user_version = 999`)
	s.Close()
	if _, err := Open(path); !errors.Is(err, ErrTooNew) {
		t.Fatalf("Open = %v, want ErrTooNew", err)
	}
}

func TestInsertDeduplicates(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id, err := s.Insert(ctx, doc('a', "12/KH-UBND", vndate.Date{}), nil, nil, "/in/a.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		d       *Document
		wantDup bool
	}{
		{"same content", doc('a', "other", vndate.Date{}), true},
		{"new content", doc('b', "13/KH-UBND", vndate.Date{}), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Insert(ctx, tt.d, nil, nil, "/in/x.txt")
			if err != nil {
				s.LogImport(ctx, "/in/x.txt", tt.d.SHA256, LogDuplicate, "đã có", id)
			}
			var dup *DuplicateError
			if got := errors.As(err, &dup); got != tt.wantDup {
				t.Fatalf("duplicate = %v (%v), want %v", got, err, tt.wantDup)
			}
			if tt.wantDup && (dup.Existing.ID != id || dup.Existing.Number != "12/KH-UBND") {
				t.Errorf("existing = %+v, want id %d", dup.Existing, id)
			}
		})
	}
	log, err := s.ImportLog(ctx, 10)
	if err != nil || len(log) != 3 || log[0].Result != LogImported || log[1].Result != LogDuplicate || log[2].Path != "/in/a.txt" {
		t.Errorf("import log = %+v, %v", log, err)
	}
}

func TestInsertIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	failAfterDocumentRow = func() error { return errors.New("injected") }
	tasks := []Task{{Assignee: "Sở Nội vụ", Action: "báo cáo"}}
	refs := []Ref{{Number: "1/QĐ-UBND"}}
	_, err := s.Insert(ctx, doc('a', "1/KH-UBND", vndate.Date{}), tasks, refs, "/in/a.txt")
	failAfterDocumentRow = nil
	if err == nil {
		t.Fatal("insert succeeded despite the injected failure")
	}
	for _, table := range []string{"documents", "tasks", "refs", "import_log"} {
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM ` + table).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s has %d rows (%v), want 0", table, n, err)
		}
	}
	// The same document goes in cleanly afterwards.
	if _, err := s.Insert(ctx, doc('a', "1/KH-UBND", vndate.Date{}), tasks, refs, "/in/a.txt"); err != nil {
		t.Fatal(err)
	}
}

func TestReferencesLinkBothWays(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	d2020 := vndate.Date{Year: 2020, Month: 3, Day: 5}
	// A cites B before B is imported; C is imported after B and cites it.
	a, err := s.Insert(ctx, doc('a', "5/CV-UBND", vndate.Date{}), nil,
		[]Ref{{Number: "01/KH-UBND", Date: d2020}, {Number: "/UBND-VP"}}, "a")
	if err != nil {
		t.Fatal(err)
	}
	s.Insert(ctx, doc('x', "01/KH-UBND", vndate.Date{Year: 2019, Month: 1, Day: 2}), nil, nil, "x") // same number, other year
	b, err := s.Insert(ctx, doc('b', "01/KH-UBND", d2020), nil, nil, "b")
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.Insert(ctx, doc('c', "9/CV-UBND", vndate.Date{}), nil, []Ref{{Number: "01/kh - ubnd", Date: d2020}}, "c")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		doc  int64
		want []int64 // CitedID of each reference
	}{
		{"cited before import", a, []int64{b, 0}},
		{"cited after import", c, []int64{b}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refs, err := s.Refs(ctx, tt.doc)
			if err != nil || len(refs) != len(tt.want) {
				t.Fatalf("refs = %+v, %v", refs, err)
			}
			for i, r := range refs {
				if r.CitedID != tt.want[i] {
					t.Errorf("ref %d (%s) cites %d, want %d", i, r.Number, r.CitedID, tt.want[i])
				}
			}
		})
	}
	citing, err := s.CitedBy(ctx, b)
	if err != nil || len(citing) != 2 {
		t.Fatalf("CitedBy = %+v, %v; want 2", citing, err)
	}
}

func TestUpdateFieldAudits(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	id, _ := s.Insert(ctx, doc('a', "1/KH-UBND", vndate.Date{}), nil, nil, "a")
	s.MarkIndexed(ctx, []IndexDoc{{ID: id}})
	tests := []struct {
		field, value string
		wantErr      error
	}{
		{"subject", "V/v sửa đổi", nil},
		{"date", "2021-02-30", ErrBadField},
		{"date", "2021-02-03", nil},
		{"text", "x", ErrBadField},
		{"sha256; DROP TABLE documents", "x", ErrBadField},
	}
	for _, tt := range tests {
		err := s.UpdateField(ctx, id, tt.field, tt.value, "vanthu1")
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("UpdateField(%s, %s) = %v, want %v", tt.field, tt.value, err, tt.wantErr)
		}
	}
	d, err := s.Get(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Subject != "V/v sửa đổi" || d.Date.String() != "2021-02-03" || d.Indexed {
		t.Errorf("document = subject %q date %s indexed %v", d.Subject, d.Date, d.Indexed)
	}
	h, err := s.History(ctx, id)
	if err != nil || len(h) != 2 || h[0].Old != "V/v 1/KH-UBND" || h[0].Who != "vanthu1" {
		t.Errorf("history = %+v, %v", h, err)
	}
}

// TestDocStatusAndFilters: the list shows the counts follow-up stored,
// its filters read them, and a write to any input or a new day makes the
// stamp stale so that the next reader counts again.
func TestDocStatusAndFilters(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	today := vndate.Date{Year: 2024, Month: 6, Day: 10}
	tasks := []Task{
		{Assignee: "A", Deadline: vndate.Date{Year: 2024, Month: 6, Day: 1}},
		{Assignee: "B", Deadline: vndate.Date{Year: 2024, Month: 6, Day: 12}},
	}
	a, err := s.Insert(ctx, doc('a', "1/KH-UBND", vndate.Date{Year: 2024, Month: 5, Day: 1}), tasks, nil, "a")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Insert(ctx, doc('b', "2/KH-UBND", vndate.Date{Year: 2023, Month: 5, Day: 1}), []Task{{Assignee: "C"}}, nil, "b")

	stamp, err := s.StatusStamp(ctx, today)
	if err != nil || stamp.Fresh {
		t.Fatalf("a new store's counts are fresh: %+v, %v", stamp, err)
	}
	// Follow-up counts a's first task overdue and b's task archive.
	if err := s.SetDocStatus(ctx, stamp.Version, today, map[int64]DocStatus{a: {Open: 2, Late: 1, LateTasks: []int64{1}}, b: {}, 99: {Open: 1}}); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.StatusStamp(ctx, today); !st.Fresh {
		t.Errorf("stamp not fresh right after SetDocStatus: %+v", st)
	}
	if st, _ := s.StatusStamp(ctx, today.AddDays(1)); st.Fresh {
		t.Error("the counts of one day are fresh the next day")
	}
	lists := []struct {
		name string
		f    Filter
		want []int64
	}{
		{"all", Filter{}, []int64{a, b}},
		{"year", Filter{Year: 2023}, []int64{b}},
		{"type", Filter{Type: "QĐ"}, nil},
		{"open", Filter{HasOpen: true}, []int64{a}},
		{"overdue", Filter{HasOverdue: true}, []int64{a}},
	}
	for _, tt := range lists {
		got, err := s.List(ctx, tt.f)
		var ids []int64
		for _, g := range got {
			ids = append(ids, g.ID)
			if g.ID == a && (g.OpenTasks != 2 || g.OverdueTasks != 1) {
				t.Errorf("List %s: a has %d open, %d overdue", tt.name, g.OpenTasks, g.OverdueTasks)
			}
		}
		if err != nil || !slices.Equal(ids, tt.want) {
			t.Errorf("List %s = %v (%v), want %v", tt.name, ids, err, tt.want)
		}
	}
	if late, _ := s.DocsWithStatus(ctx, true); !slices.Equal(late, []int64{a}) {
		t.Errorf("DocsWithStatus(late) = %v", late)
	}
	if st, _ := s.DocStatuses(ctx, []int64{a, b}); st[a].Open != 2 || st[a].Late != 1 || !slices.Equal(st[a].LateTasks, []int64{1}) || st[b].Open != 0 {
		t.Errorf("DocStatuses = %v", st)
	}
	// Writes to the inputs of follow-up make the counts stale.
	writes := []string{
		`UPDATE tasks SET status = 'done' WHERE document_id = 1 AND seq = 0`,
		`INSERT INTO settings (key, value) VALUES ('x', '1')`,
		`UPDATE documents SET date = '2024-05-02' WHERE id = 1`,
	}
	for _, w := range writes {
		st, _ := s.StatusStamp(ctx, today)
		s.SetDocStatus(ctx, st.Version, today, nil)
		if _, err := s.DB().ExecContext(ctx, w); err != nil {
			t.Fatal(err)
		}
		if st, _ := s.StatusStamp(ctx, today); st.Fresh {
			t.Errorf("counts still fresh after %s", w)
		}
	}
	// The index flag is not an input: marking indexed keeps them fresh.
	st, _ := s.StatusStamp(ctx, today)
	s.SetDocStatus(ctx, st.Version, today, nil)
	s.DB().ExecContext(ctx, `UPDATE documents SET indexed = 1`)
	if st, _ := s.StatusStamp(ctx, today); !st.Fresh {
		t.Error("marking documents indexed made the counts stale")
	}
}

func TestPending(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	day := func(d int) vndate.Date { return vndate.Date{Year: 2024, Month: 6, Day: d} }
	id, _ := s.Insert(ctx, doc('a', "1/KH-UBND", day(1)), []Task{{Deadline: day(10)}}, nil, "a")
	if p, _ := s.Pending(ctx); len(p) != 1 {
		t.Fatalf("pending = %v", p)
	}
	docs, err := s.IndexDocs(ctx, []int64{id})
	if err != nil || len(docs) != 1 || docs[0].Number != "1/KH-UBND" {
		t.Fatalf("IndexDocs = %+v, %v", docs, err)
	}
	s.MarkIndexed(ctx, docs)
	if p, _ := s.Pending(ctx); len(p) != 0 {
		t.Fatalf("pending after MarkIndexed = %v", p)
	}
}

func TestNumberKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1585/KH-UBND", "1585/KH-UBND"},
		{"1585/kh - ubnd", "1585/KH-UBND"},
		{"12/QĐ-UBND", "12/QD-UBND"},
	}
	for _, tt := range tests {
		if got := NumberKey(tt.in); got != tt.want {
			t.Errorf("NumberKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
