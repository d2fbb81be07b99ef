package registers

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

func date(s string) vndate.Date {
	d, err := vndate.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func addDoc(t *testing.T, st *store.Store, sha, number, issuer, secrecy string, tasks ...store.Task) int64 {
	t.Helper()
	id, err := st.Insert(context.Background(), &store.Document{SHA256: sha, FileName: sha + ".txt", Format: "txt",
		ImportedAt: "2024-12-01T08:00:00Z",
		Meta: store.Meta{Type: "CV", Number: number, Issuer: issuer, Subject: "V/v " + sha, Secrecy: secrecy,
			Date: date("2024-11-28")}}, tasks, nil, sha)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func TestIncomingNumbering(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "vanthu.db"))
	r := New(st, "văn thư")
	a := addDoc(t, st, "a", "10/UBND-VX", "UBND tỉnh Kon Tum", "")
	b := addDoc(t, st, "b", "11/UBND-VX", "UBND tỉnh Kon Tum", "")
	m := addDoc(t, st, "m", "12/UBND-NC", "UBND tỉnh Kon Tum", "Mật")
	c := addDoc(t, st, "c", "01/SYT-VP", "Sở Y tế", "")
	dup := addDoc(t, st, "dup", "10/UBND-VX", "UBND tỉnh Kon Tum", "")

	if n, _ := r.NextNumber(ctx, Incoming, 2024, ""); n != 1 {
		t.Fatalf("first number of the year %d", n)
	}
	steps := []struct {
		doc     int64
		arrival string
		series  string
		want    int
	}{
		{a, "2024-12-30", "", 1},
		{b, "2024-12-31", "", 2},
		{m, "2024-12-31", SecretSeries, 1}, // secret documents have their own series
		{c, "2025-01-02", "", 1},           // a new year starts from 1
	}
	for _, s := range steps {
		e, err := r.RegisterIncoming(ctx, s.doc, In{Arrival: date(s.arrival), Recipient: "Phòng Tổng hợp"}, date("2025-01-02"))
		if err != nil {
			t.Fatal(err)
		}
		if e.Number != s.want || e.Series != s.series || e.Year != date(s.arrival).Year {
			t.Errorf("doc %d: got %d %q %d, want %d %q", s.doc, e.Number, e.Series, e.Year, s.want, s.series)
		}
	}
	if n, _ := r.NextNumber(ctx, Incoming, 2024, ""); n != 3 {
		t.Errorf("next 2024 number %d", n)
	}
	var already *AlreadyError
	if _, err := r.RegisterIncoming(ctx, a, In{}, date("2025-01-03")); !errors.As(err, &already) || already.Existing.Number != 1 {
		t.Errorf("registering twice: %v", err)
	}
	var dupErr *DuplicateError
	_, err := r.RegisterIncoming(ctx, dup, In{}, date("2025-01-03"))
	if !errors.As(err, &dupErr) || dupErr.Existing.DocumentID != a {
		t.Fatalf("duplicate number + symbol + issuer not warned: %v", err)
	}
	if e, err := r.RegisterIncoming(ctx, dup, In{AllowDuplicate: true}, date("2025-01-03")); err != nil || e.Number != 2 {
		t.Errorf("registering a duplicate on purpose: %v %v", e, err)
	}
	if _, err := r.RegisterIncoming(ctx, 999, In{}, date("2025-01-03")); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}
	list, _ := r.List(ctx, Incoming, 2024)
	if len(list) != 3 || list[0].Number != 1 || list[0].DocNumber != "10/UBND-VX" || list[0].Recipient != "Phòng Tổng hợp" {
		t.Errorf("list 2024: %+v", list)
	}
}

func TestOutgoingAnswersIncoming(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "vanthu.db"))
	r := New(st, "văn thư")
	in := addDoc(t, st, "in", "45/UBND-VX", "UBND tỉnh", "",
		store.Task{Assignee: "Sở Y tế", Action: "báo cáo", Deadline: date("2024-12-20"), Quote: "báo cáo trước 20/12"})
	if _, err := r.RegisterIncoming(ctx, in, In{Arrival: date("2024-12-02"), Recipient: "Sở Y tế"}, date("2024-12-02")); err != nil {
		t.Fatal(err)
	}
	tr, err := tracking.New(ctx, st, "t", date("2024-12-10"))
	if err != nil {
		t.Fatal(err)
	}
	items, _ := tr.List(ctx, tracking.Query{})
	if err := tr.Confirm(ctx, items[0].ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := r.NextNumber(ctx, Outgoing, 2024, OutgoingSeries("", "")); n != 1 {
		t.Fatalf("next outgoing %d", n)
	}
	e, err := r.RegisterOutgoing(ctx, Out{Symbol: "SYT-VP", Date: date("2024-12-12"), Subject: "V/v báo cáo",
		Signer: "Nguyễn Văn A", AnswersDocID: in}, date("2024-12-12"))
	if err != nil {
		t.Fatal(err)
	}
	if e.DocNumber != "01/SYT-VP" || e.Series != "CV" {
		t.Errorf("outgoing %+v", e)
	}
	qd, err := r.RegisterOutgoing(ctx, Out{Type: "QĐ", Symbol: "QĐ-SYT", Date: date("2024-12-13")}, date("2024-12-13"))
	if err != nil || qd.DocNumber != "01/QĐ-SYT" {
		t.Errorf("a decision has its own series: %+v %v", qd, err)
	}
	if _, err := r.RegisterOutgoing(ctx, Out{Symbol: ""}, date("2024-12-13")); err == nil {
		t.Error("an outgoing document without a symbol is accepted")
	}
	fus, err := r.FollowUps(ctx, 2024, tr)
	if err != nil {
		t.Fatal(err)
	}
	if len(fus) != 1 || fus[0].ReplyNumber != "01/SYT-VP" || !fus[0].OnTime || fus[0].Finished != date("2024-12-12") ||
		fus[0].Deadline != date("2024-12-20") {
		t.Fatalf("follow-up: %+v", fus)
	}
	items, _ = tr.List(ctx, tracking.Query{})
	if items[0].Status != tracking.StatusDone {
		t.Errorf("the answered task is still %s", items[0].Status)
	}
}

func TestMonthReport(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "vanthu.db"))
	r := New(st, "văn thư")
	tr, _ := tracking.New(ctx, st, "t", date("2024-12-20"))
	docs := []struct {
		sha, arrival, unit string
		reply              string // reply date, "" = open
	}{
		{"r1", "2024-12-02", "Sở Y tế", "2024-12-05"}, // 7 working days → 11/12: on time
		{"r2", "2024-12-02", "Sở Y tế", "2024-12-16"}, // late
		{"r3", "2024-12-03", "Sở Tài chính", ""},      // due 12/12, open: overdue
		{"r4", "2024-12-18", "Sở Tài chính", ""},      // open in time
		{"r5", "2024-11-29", "Sở Tài chính", ""},      // another month
	}
	for i, d := range docs {
		id := addDoc(t, st, d.sha, fmt.Sprintf("%d/UBND-VX", i+1), "UBND", "")
		if _, err := r.RegisterIncoming(ctx, id, In{Arrival: date(d.arrival), Recipient: d.unit}, date(d.arrival)); err != nil {
			t.Fatal(err)
		}
		if d.reply != "" {
			if err := tr.LinkReply(ctx, id, fmt.Sprintf("%d/SYT", i+1), date(d.reply), ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	rep, err := r.Month(ctx, 2024, 12, tr)
	if err != nil {
		t.Fatal(err)
	}
	want := []UnitCount{
		{Unit: "Sở Tài chính", Received: 2, OpenInTime: 1, OpenOverdue: 1},
		{Unit: "Sở Y tế", Received: 2, OnTime: 1, Late: 1},
	}
	if len(rep.Units) != 2 || rep.Units[0] != want[0] || rep.Units[1] != want[1] || rep.Total.Received != 4 {
		t.Fatalf("report: %+v", rep.Units)
	}
}

// TestConcurrentNumbers registers from many goroutines over two
// connections pools (as two windows would) and from two processes: every
// number is given once, with no gap.
func TestConcurrentNumbers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "vanthu.db")
	st1 := openStore(t, path)
	st2 := openStore(t, path)
	const perWorker = 15
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := 0; w < 4; w++ {
		st := st1
		if w%2 == 1 {
			st = st2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := New(st, "g")
			for i := 0; i < perWorker; i++ {
				if _, err := r.RegisterOutgoing(context.Background(), Out{Symbol: "SYT-VP", Date: date("2024-05-05")},
					date("2024-05-05")); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	// Two more processes on the same file.
	var procs []*exec.Cmd
	for p := 0; p < 2; p++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRegister$")
		cmd.Env = append(os.Environ(), "VANTHU_REGISTER_HELPER="+path, "VANTHU_REGISTER_COUNT="+strconv.Itoa(perWorker))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	wg.Wait()
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("helper process: %v", err)
		}
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	list, err := New(st1, "x").List(context.Background(), Outgoing, 2024)
	if err != nil {
		t.Fatal(err)
	}
	total := 6 * perWorker
	if len(list) != total {
		t.Fatalf("%d entries, want %d", len(list), total)
	}
	for i, e := range list {
		if e.Number != i+1 {
			t.Fatalf("entry %d has number %d: a gap or a repeat", i, e.Number)
		}
	}
}

// TestHelperRegister is the second process of TestConcurrentNumbers.
func TestHelperRegister(t *testing.T) {
	path := os.Getenv("VANTHU_REGISTER_HELPER")
	if path == "" {
		t.Skip("helper process only")
	}
	n, _ := strconv.Atoi(os.Getenv("VANTHU_REGISTER_COUNT"))
	st := openStore(t, path)
	r := New(st, "p")
	for i := 0; i < n; i++ {
		if _, err := r.RegisterOutgoing(context.Background(), Out{Symbol: "SYT-VP", Date: date("2024-05-05")},
			date("2024-05-05")); err != nil {
			t.Fatal(err)
		}
	}
}
