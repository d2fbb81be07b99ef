package tracking

import (
	"context"
	"path/filepath"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/settings"
	"vanthu/index/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "vanthu.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// seedLetter is the Kon Tum letter of the dev corpus, cut to three of its
// tasks: blank number and date, a task for a list of Sở with a deadline, a
// quarterly duty.
func seedLetter() (*store.Document, []store.Task) {
	d := &store.Document{SHA256: "aaa1", FileName: "cv-ubnd-kontum-cchc-2021.txt", Format: "txt",
		ImportedAt: "2021-09-01T08:00:00Z", Meta: store.Meta{Type: "CV", Number: "/UBND-KTTH",
			Issuer: "Ủy ban nhân dân tỉnh Kon Tum", Subject: "Về việc tăng cường công tác cải cách hành chính"}}
	return d, []store.Task{
		{Assignee: "Sở Y tế, Sở Giáo dục và Đào tạo, Sở Ngoại vụ, Sở Tài chính", Action: "xây dựng kế hoạch khắc phục",
			Deadline: date("2021-10-30"), DeadlineText: "chậm nhất ngày 30 tháng 10 năm 2021",
			Quote: "kế hoạch khắc phục, báo cáo tình hình thực hiện về Sở Nội vụ chậm nhất ngày 30 tháng 10 năm 2021"},
		{Assignee: "Sở Nội vụ", Action: "theo dõi, tổng hợp, báo cáo hằng quý", Recurrence: "quarterly",
			DeadlineText: "định kỳ hàng quý", Quote: "Theo dõi, tổng hợp, định kỳ hàng quý báo cáo Ủy ban nhân dân tỉnh"},
		{Assignee: "Các cơ quan chuyên môn", Action: "niêm yết thủ tục hành chính",
			Quote: "Thực hiện việc niêm yết thủ tục hành chính"},
	}
}

func newTracker(t *testing.T, st *store.Store, today string) *Tracker {
	t.Helper()
	tr, err := New(context.Background(), st, "tester", date(today))
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func setSettings(t *testing.T, st *store.Store, f func(*settings.Settings)) {
	t.Helper()
	s, err := settings.Load(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	f(&s)
	if err := settings.Save(context.Background(), st, s, "tester"); err != nil {
		t.Fatal(err)
	}
}

func find(items []Item, action string) []Item {
	var out []Item
	for _, it := range items {
		if it.Action == action {
			out = append(out, it)
		}
	}
	return out
}

func TestSeedLetterFollowUp(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	if _, err := st.Insert(ctx, d, tasks, nil, "x"); err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2021-10-25")
	if tr.FollowUpStart() != date("2021-09-01") {
		t.Fatalf("follow-up start %s, want the first import", tr.FollowUpStart())
	}
	items, err := tr.List(ctx, Query{Unit: "so y te", Window: 7})
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || items[0].Due.String() != "2021-10-30" || items[0].Status != StatusDue ||
		items[0].State != Proposed || items[0].DaysLeft != 5 {
		t.Fatalf("Sở Y tế sees %+v", items)
	}
	all, _ := tr.List(ctx, Query{})
	// The quarter that ended after follow-up started was missed; the next
	// one is at the end of the year.
	q := find(all, "theo dõi, tổng hợp, báo cáo hằng quý")
	if len(q) != 2 || q[0].Due.String() != "2021-09-30" || q[0].Status != StatusOverdue ||
		q[1].Due.String() != "2021-12-31" || !q[1].Occurrence {
		t.Fatalf("quarterly duty: %+v", q)
	}
	// The document has dated tasks, so its untimed task gets no default.
	if u := find(all, "niêm yết thủ tục hành chính"); len(u) != 1 || u[0].Status != StatusUndated {
		t.Fatalf("untimed task: %+v", u)
	}

	// Five years on: the one-off task is overdue, the quarterly duty shows
	// this quarter's occurrence and the missed one just before it — not
	// every quarter since 2021.
	tr = newTracker(t, st, "2026-12-03")
	all, _ = tr.List(ctx, Query{})
	q = find(all, "theo dõi, tổng hợp, báo cáo hằng quý")
	if len(q) != 2 || q[0].Due.String() != "2026-09-30" || q[0].Status != StatusOverdue ||
		q[1].Due.String() != "2026-12-31" {
		t.Fatalf("quarterly duty in 2026: %+v", q)
	}
	// Each occurrence is done on its own; the next appears.
	closed, err := tr.Done(ctx, q[0].ID, vndate.Date{})
	if err != nil || closed.String() != "2026-09-30" {
		t.Fatalf("done: %v %v", closed, err)
	}
	if _, err := tr.Done(ctx, q[0].ID, vndate.Date{}); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	q = find(all, "theo dõi, tổng hợp, báo cáo hằng quý")
	if len(q) != 1 || q[0].Due.String() != "2027-03-31" {
		t.Fatalf("after two occurrences done: %+v", q)
	}
	if err := tr.Undo(ctx, q[0].ID, date("2026-12-31")); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	if q = find(all, "theo dõi, tổng hợp, báo cáo hằng quý"); len(q) != 1 || q[0].Due.String() != "2026-12-31" {
		t.Fatalf("after undo: %+v", q)
	}
}

func TestArchiveAndDefaultHandling(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	old := &store.Document{SHA256: "old", FileName: "a.txt", Format: "txt", ImportedAt: "2026-11-02T08:00:00Z",
		Meta: store.Meta{Type: "KH", Number: "12/KH-UBND", Date: date("2020-05-04")}}
	if _, err := st.Insert(ctx, old, []store.Task{
		{Assignee: "Sở Y tế", Action: "báo cáo", Deadline: date("2020-06-30"), Quote: "báo cáo trước 30/6/2020"},
		{Assignee: "Sở Y tế", Action: "lập kế hoạch", Deadline: date("2019-12-31"), Quote: "hạn sai"},
		{Assignee: "Sở Y tế", Action: "báo cáo năm", Recurrence: "yearly", RecurrenceDue: "--11-15", Quote: "hằng năm trước 15/11"},
	}, nil, "a"); err != nil {
		t.Fatal(err)
	}
	fresh := &store.Document{SHA256: "new", FileName: "b.txt", Format: "txt", ImportedAt: "2026-11-27T08:00:00Z",
		Meta: store.Meta{Type: "CV", Number: "45/UBND-VX", Date: date("2026-11-26")}}
	if _, err := st.Insert(ctx, fresh, []store.Task{{Assignee: "Sở Y tế", Action: "tham mưu trả lời", Quote: "đề nghị Sở Y tế tham mưu"}}, nil, "b"); err != nil {
		t.Fatal(err)
	}
	law := &store.Document{SHA256: "law", FileName: "luat.txt", Format: "txt", ImportedAt: "2026-11-27T08:00:00Z",
		Meta: store.Meta{Type: "Luật", Number: "45/2019/QH14", Date: date("2026-11-20")}}
	if _, err := st.Insert(ctx, law, []store.Task{{Assignee: "Người sử dụng lao động", Action: "trả lương", Deadline: date("2026-11-21"), Quote: "phải trả lương"}}, nil, "c"); err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2026-12-03")
	all, err := tr.List(ctx, Query{States: []string{Proposed, Confirmed, Excluded}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct{ status, due, state string }{
		"báo cáo":      {StatusArchive, "2020-06-30", Proposed},
		"lập kế hoạch": {StatusArchive, "2019-12-31", Proposed},
		"trả lương":    {StatusOverdue, "2026-11-21", Excluded},
	}
	// 7 working days from arrival (Friday 27/11/2026): 30/11, 1, 2, 3, 4, 7, 8/12.
	want["tham mưu trả lời"] = struct{ status, due, state string }{StatusUpcoming, "2026-12-08", Proposed}
	for action, w := range want {
		got := find(all, action)
		if len(got) != 1 || got[0].Status != w.status || got[0].Due.String() != w.due || got[0].State != w.state {
			t.Errorf("%s: got %+v, want %+v", action, got, w)
		}
	}
	// A yearly duty of an old plan: this year's occurrence (after follow-up
	// started) and the next, not every year since 2020.
	if y := find(all, "báo cáo năm"); len(y) != 2 || y[0].Due.String() != "2026-11-15" || y[0].Status != StatusOverdue ||
		y[1].Due.String() != "2027-11-15" {
		t.Errorf("yearly duty: %+v", y)
	}
	if got := find(all, "tham mưu trả lời"); len(got) == 1 && got[0].DeadlineFrom != FromDefault {
		t.Errorf("default handling time not marked: %q", got[0].DeadlineFrom)
	}
	// The default list leaves out the law's rules.
	def, _ := tr.List(ctx, Query{})
	if len(find(def, "trả lương")) != 0 {
		t.Error("a law's rule is followed up without a clerk adding it")
	}
}

func TestCorrectionsSurviveReextractionAndReimport(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	id, err := st.Insert(ctx, d, tasks, nil, "x")
	if err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2021-10-01")
	all, _ := tr.List(ctx, Query{})
	first := find(all, "xây dựng kế hoạch khắc phục")[0]
	newDue := date("2021-11-15")
	if err := tr.Correct(ctx, first.ID, Change{Deadline: &newDue}); err != nil {
		t.Fatal(err)
	}
	rej := find(all, "niêm yết thủ tục hành chính")[0]
	if err := tr.Reject(ctx, rej.ID); err != nil {
		t.Fatal(err)
	}

	// Re-extraction: the tasks rows are replaced, the assignee now better read.
	if _, err := st.DB().Exec(`DELETE FROM tasks WHERE document_id = ?`, id); err != nil {
		t.Fatal(err)
	}
	tasks[0].Assignee = "Sở Y tế, Sở Giáo dục và Đào tạo, Sở Ngoại vụ, Sở Tài chính, Ban Quản lý Khu kinh tế tỉnh"
	tasks[0].Deadline = date("2021-10-30")
	for i, tk := range tasks {
		if _, err := st.DB().Exec(`INSERT INTO tasks (document_id, seq, assignee, action, deadline, recurrence, quote)
			VALUES (?,?,?,?,?,?,?)`, id, i, tk.Assignee, tk.Action, tk.Deadline.String(), tk.Recurrence, tk.Quote); err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		t.Helper()
		all, err := tr.List(ctx, Query{States: []string{Proposed, Confirmed, Rejected}})
		if err != nil {
			t.Fatal(err)
		}
		got := find(all, "xây dựng kế hoạch khắc phục")
		if len(got) != 1 || got[0].Due != newDue || got[0].State != Confirmed || got[0].DeadlineFrom != FromClerk ||
			got[0].Assignee != tasks[0].Assignee {
			t.Fatalf("%s: corrected task %+v", when, got)
		}
		if r := find(all, "niêm yết thủ tục hành chính"); len(r) != 1 || r[0].State != Rejected {
			t.Fatalf("%s: rejected task %+v", when, r)
		}
	}
	check("after re-extraction")

	// Re-import: the document row goes and comes back with a new id.
	if _, err := st.DB().Exec(`DELETE FROM documents WHERE id = ?`, id); err != nil {
		t.Fatal(err)
	}
	d2, tasks2 := seedLetter()
	tasks2[0].Assignee = tasks[0].Assignee
	if _, err := st.Insert(ctx, d2, tasks2, nil, "x"); err != nil {
		t.Fatal(err)
	}
	check("after re-import")

	changes, err := st.DB().Query(`SELECT count(*) FROM audit WHERE tbl = 'tracked'`)
	if err != nil {
		t.Fatal(err)
	}
	defer changes.Close()
	var n int
	for changes.Next() {
		changes.Scan(&n)
	}
	if n < 3 {
		t.Errorf("audit trail has %d tracked changes", n)
	}
}

func TestButPheReplyAndManualTask(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	id, err := st.Insert(ctx, d, tasks, nil, "x")
	if err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2021-10-01")
	bp, err := tr.SetButPhe(ctx, id, "Sở Y tế chủ trì, Sở Tài chính phối hợp, trước 15/10")
	if err != nil {
		t.Fatal(err)
	}
	if bp.Deadline.String() != "2021-10-15" {
		t.Fatalf("bút phê deadline %s", bp.Deadline)
	}
	all, _ := tr.List(ctx, Query{})
	if got := find(all, "xây dựng kế hoạch khắc phục"); got[0].Due.String() != "2021-10-15" || got[0].DeadlineFrom != FromButPhe {
		t.Fatalf("bút phê does not override: %+v", got[0])
	}
	own, _ := tr.List(ctx, Query{Unit: "Sở Tài chính"})
	found := false
	for _, it := range own {
		found = found || (it.Manual && it.Assignee == "Sở Y tế" && it.State == Confirmed)
	}
	if !found {
		t.Fatalf("the bút phê task is not shown to the helper: %+v", own)
	}
	if _, err := tr.SetButPhe(ctx, id, "xem"); err == nil {
		t.Error("a note with no unit and no date is accepted")
	}
	mid, err := tr.Add(ctx, id, NewTask{Assignee: "Văn phòng", Action: "gửi báo cáo", Deadline: date("2021-10-05")})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tr.Add(ctx, 999, NewTask{Action: "x"}); err == nil {
		t.Error("a task on a missing document is accepted")
	}
	if err := tr.LinkReply(ctx, id, "123/SYT-VP", date("2021-10-10"), ""); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	for _, it := range all {
		if it.Recurrence == "" && it.Status != StatusDone {
			t.Errorf("still open after the reply: %+v", it)
		}
		if it.ReplyNumber != "123/SYT-VP" {
			t.Errorf("reply number not shown: %+v", it)
		}
	}
	if err := tr.Undo(ctx, mid, vndate.Date{}); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	if got := find(all, "gửi báo cáo"); len(got) != 1 || got[0].Status == StatusDone || got[0].DoneAt != "" {
		t.Fatalf("undo: %+v", got)
	}
}

func TestReminder(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	if _, err := st.Insert(ctx, d, tasks, nil, "x"); err != nil {
		t.Fatal(err)
	}
	r, err := newTracker(t, st, "2021-10-28").Remind(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 30/9 quarterly occurrence missed; 30/10 due in 2 days (window 3).
	if r.Overdue != 1 || r.Due != 1 || r.Count() != 2 || r.Text() != "1 việc quá hạn, 1 việc đến hạn trong 3 ngày tới." {
		t.Errorf("reminder %+v %q", r, r.Text())
	}
	if (Reminder{}).Text() != "" {
		t.Error("an empty reminder says something")
	}
}

// TestConcurrentSync: two views refreshing at once (the tasks tab, the
// registers tab, the reminder) must not trip over each other's proposals.
func TestConcurrentSync(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	if _, err := st.Insert(ctx, d, tasks, nil, "x"); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		go func() {
			tr, err := New(ctx, st, "t", date("2021-10-01"))
			if err == nil {
				_, err = tr.List(ctx, Query{})
			}
			errs <- err
		}()
	}
	for i := 0; i < 8; i++ {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	var n int
	st.DB().QueryRow(`SELECT count(*) FROM tracked`).Scan(&n)
	if n != len(tasks) {
		t.Errorf("%d tracked rows, want %d", n, len(tasks))
	}
}

// TestFollowedDespiteAge: a clerk's own task, a bút phê and a registered
// arrival keep an old document's tasks out of the archive.
func TestFollowedDespiteAge(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	old := &store.Document{SHA256: "old2", FileName: "a.txt", Format: "txt", ImportedAt: "2026-11-02T08:00:00Z",
		Meta: store.Meta{Type: "CV", Number: "3397/BKHĐT-QLKTTW", Date: date("2019-05-23")}}
	id, err := st.Insert(ctx, old, []store.Task{{Assignee: "Sở Y tế", Action: "áp dụng", Quote: "áp dụng quy định"}}, nil, "a")
	if err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2026-12-03")
	if _, err := tr.Add(ctx, id, NewTask{Assignee: "Sở Y tế", Action: "góp ý", Deadline: date("2026-11-28")}); err != nil {
		t.Fatal(err)
	}
	all, _ := tr.List(ctx, Query{})
	if g := find(all, "góp ý"); len(g) != 1 || g[0].Status != StatusOverdue {
		t.Errorf("a task added by hand is archived: %+v", g)
	}
	if g := find(all, "áp dụng"); len(g) != 1 || g[0].Status != StatusArchive {
		t.Errorf("an old document's extracted task: %+v", g)
	}
	// Registered as arriving after follow-up started: handling time runs
	// from the arrival (7 working days from 01/12/2026 = 10/12/2026).
	if _, err := st.DB().Exec(`INSERT INTO register_entries (book, year, number, doc_sha, entry_date, created_at)
		VALUES ('den', 2026, 1, 'old2', '2026-12-01', 'x')`); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	if g := find(all, "áp dụng"); len(g) != 1 || g[0].Status != StatusUpcoming || g[0].Due.String() != "2026-12-10" {
		t.Errorf("a registered old document: %+v", g)
	}
}

// TestLibraryTabDone: «Đã xong» ticked in the library tab shows here and in
// the task's own status, and survives a re-extraction (row ids reused).
func TestLibraryTabDone(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	d, tasks := seedLetter()
	id, err := st.Insert(ctx, d, tasks, nil, "x")
	if err != nil {
		t.Fatal(err)
	}
	tr := newTracker(t, st, "2021-10-01")
	all, _ := tr.List(ctx, Query{})
	stored, _ := st.Tasks(ctx, id)
	if err := tr.SetTaskDone(ctx, stored[0].ID, true); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	if g := find(all, tasks[0].Action); len(g) != 1 || g[0].Status != StatusDone {
		t.Fatalf("done in the library tab: %+v", g)
	}
	// Re-extraction: new rows, open; the decision stands and is pushed back.
	st.DB().Exec(`DELETE FROM tasks WHERE document_id = ?`, id)
	for i, tk := range tasks {
		st.DB().Exec(`INSERT INTO tasks (document_id, seq, assignee, action, deadline, recurrence, quote)
			VALUES (?,?,?,?,?,?,?)`, id, i, tk.Assignee, tk.Action, tk.Deadline.String(), tk.Recurrence, tk.Quote)
	}
	all, _ = tr.List(ctx, Query{})
	if g := find(all, tasks[0].Action); len(g) != 1 || g[0].Status != StatusDone {
		t.Fatalf("after re-extraction: %+v", g)
	}
	stored, _ = st.Tasks(ctx, id)
	if stored[0].Status != store.StatusDone {
		t.Errorf("the new task row is %s", stored[0].Status)
	}
	// Reopened in the library tab.
	if err := tr.SetTaskDone(ctx, stored[0].ID, false); err != nil {
		t.Fatal(err)
	}
	all, _ = tr.List(ctx, Query{})
	if g := find(all, tasks[0].Action); len(g) != 1 || g[0].Status == StatusDone {
		t.Fatalf("reopened: %+v", g)
	}
}
