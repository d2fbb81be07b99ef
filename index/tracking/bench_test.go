package tracking

import (
	"context"
	"fmt"
	"testing"

	"vanthu/index/store"
)

// BenchmarkList measures the tasks tab's query on a library of 500
// documents with 10 tasks each (a third recurring): sync, occurrences and
// statuses of 5000 tasks.
func BenchmarkList(b *testing.B) {
	ctx := context.Background()
	st, err := store.Open(b.TempDir() + "/vanthu.db")
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for d := 0; d < 500; d++ {
		var tasks []store.Task
		for i := 0; i < 10; i++ {
			t := store.Task{Assignee: "Sở Y tế, Sở Tài chính", Action: fmt.Sprintf("việc %d", i),
				Quote: fmt.Sprintf("văn bản %d việc %d", d, i), Deadline: date("2026-12-20")}
			if i%3 == 0 {
				t.Deadline, t.Recurrence, t.RecurrenceDue = date("2021-01-01"), Quarterly, "---15"
			}
			tasks = append(tasks, t)
		}
		if _, err := st.Insert(ctx, &store.Document{SHA256: fmt.Sprint(d), FileName: "x", Format: "txt",
			ImportedAt: "2026-11-01T00:00:00Z", Meta: store.Meta{Date: date("2026-10-01")}}, tasks, nil, "x"); err != nil {
			b.Fatal(err)
		}
	}
	tr, err := New(ctx, st, "b", date("2026-12-03"))
	if err != nil {
		b.Fatal(err)
	}
	if _, err := tr.List(ctx, Query{}); err != nil { // the first sync creates the proposals
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) {
		for b.Loop() {
			if _, err := tr.List(ctx, Query{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unit", func(b *testing.B) {
		for b.Loop() {
			if _, err := tr.List(ctx, Query{Unit: "so tai chinh"}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
