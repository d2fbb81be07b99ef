package library

import (
	"context"
	"fmt"
	"testing"

	"vanthu/docs/vndate"
	"vanthu/index/search"
	"vanthu/index/settings"
	"vanthu/index/store"
	"vanthu/index/tracking"
)

// Letters of every case the tasks tab tells apart, for the list to agree.
var followUpLetters = map[string]string{
	// older than the start of follow-up: archive, not late
	"old.txt": `ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/KH-UBND
Kon Tum, ngày 05 tháng 3 năm 2021
KẾ HOẠCH
Cải cách hành chính năm 2021
Sở Nội vụ chủ trì, phối hợp với các sở, ban ngành báo cáo kết quả trước ngày 30/6/2021.
`,
	// late this year
	"late.txt": `ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 301/UBND-VX
Kon Tum, ngày 01 tháng 10 năm 2026
V/v báo cáo công tác tiêm chủng
Kính gửi: Sở Y tế
Ủy ban nhân dân tỉnh đề nghị Sở Y tế báo cáo kết quả tiêm chủng trước ngày 15/11/2026.
`,
	// a decree: its duties are rules, nobody's work to follow up
	"decree.txt": `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 12/2026/NĐ-CP
Hà Nội, ngày 01 tháng 9 năm 2026
NGHỊ ĐỊNH
Quy định về công tác văn thư
Điều 5. Trách nhiệm của Ủy ban nhân dân cấp tỉnh
Ủy ban nhân dân cấp tỉnh báo cáo Bộ Nội vụ kết quả thực hiện trước ngày 01 tháng 11 năm 2026.
`,
	// a monthly duty: its November occurrence was missed
	"monthly.txt": `ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 250/KH-UBND
Kon Tum, ngày 01 tháng 9 năm 2026
KẾ HOẠCH
Chuyển đổi số năm 2026
1. Sở Khoa học và Công nghệ có trách nhiệm:
- Định kỳ hằng tháng, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 20 hằng tháng.
`,
	// late, then rejected by the clerk
	"rejected.txt": `ỦY BAN NHÂN DÂN TỈNH KON TUM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 302/UBND-KT
Kon Tum, ngày 02 tháng 10 năm 2026
V/v rà soát đất công
Kính gửi: Sở Tài chính
Ủy ban nhân dân tỉnh đề nghị Sở Tài chính rà soát quỹ đất công trước ngày 10/11/2026.
`,
}

// TestListAgreesWithFollowUp: the library's counts of open and overdue
// tasks, its filters and its search say what the tasks tab says, for an
// old letter, a late one, a decree, a monthly duty, a rejected proposal,
// a task done, and again the next day.
func TestListAgreesWithFollowUp(t *testing.T) {
	ctx := context.Background()
	today := vndate.Date{Year: 2026, Month: 12, Day: 3}
	lib := openLib(t, t.TempDir())
	lib.today = func() vndate.Date { return today }
	if _, err := lib.Import(ctx, []string{writeFiles(t, followUpLetters)}, ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	set := settings.Defaults()
	set.FollowUpStart = "2026-01-01"
	if err := settings.Save(ctx, lib.Store(), set, "test"); err != nil {
		t.Fatal(err)
	}
	byNumber := map[string]int64{}
	list, _ := lib.List(ctx, store.Filter{})
	for _, s := range list {
		byNumber[s.Number] = s.ID
	}
	agree := func(step string, wantLate map[string]bool) {
		t.Helper()
		tr, err := tracking.New(ctx, lib.Store(), "test", today)
		if err != nil {
			t.Fatal(err)
		}
		items, err := tr.List(ctx, tracking.Query{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[int64]store.DocStatus{}
		for _, it := range items {
			c := want[it.DocumentID]
			switch it.Status {
			case tracking.StatusOverdue:
				c.Open++
				c.Late++
			case tracking.StatusDue, tracking.StatusUpcoming, tracking.StatusUndated:
				c.Open++
			}
			want[it.DocumentID] = c
		}
		list, err := lib.List(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		lateDocs := 0
		for _, s := range list {
			w := want[s.ID]
			if s.OpenTasks != w.Open || s.OverdueTasks != w.Late {
				t.Errorf("%s: %s listed with %d open, %d overdue; the tasks tab has %d, %d",
					step, s.Number, s.OpenTasks, s.OverdueTasks, w.Open, w.Late)
			}
			if late, ok := wantLate[s.Number]; ok && late != (s.OverdueTasks > 0) {
				t.Errorf("%s: %s overdue = %v, want %v", step, s.Number, s.OverdueTasks > 0, late)
			}
			if s.OverdueTasks > 0 {
				lateDocs++
			}
		}
		filtered, _ := lib.List(ctx, store.Filter{HasOverdue: true})
		res, err := lib.SearchWithStatus(ctx, search.Query{}, StatusFilter{Overdue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(filtered) != lateDocs || int(res.Total) != lateDocs {
			t.Errorf("%s: %d documents late, the filter lists %d, search finds %d", step, lateDocs, len(filtered), res.Total)
		}
	}
	agree("as imported", map[string]bool{"12/KH-UBND": false, "301/UBND-VX": true, "12/2026/NĐ-CP": false,
		"250/KH-UBND": true, "302/UBND-KT": true})

	tr, _ := tracking.New(ctx, lib.Store(), "test", today)
	items, _ := tr.List(ctx, tracking.Query{DocumentID: byNumber["302/UBND-KT"]})
	for _, it := range items {
		if err := tr.Reject(ctx, it.ID); err != nil {
			t.Fatal(err)
		}
	}
	agree("a proposal rejected", map[string]bool{"302/UBND-KT": false})

	v, err := lib.Document(ctx, byNumber["301/UBND-VX"])
	if err != nil || len(v.Tasks) == 0 || v.FollowUp.Late != 1 || len(v.FollowUp.LateTasks) != 1 || v.FollowUp.LateTasks[0] != v.Tasks[0].ID {
		t.Fatalf("document view of the late letter: follow-up %+v, tasks %d, %v", v.FollowUp, len(v.Tasks), err)
	}
	if err := lib.SetTaskDone(ctx, v.Tasks[0].ID, true); err != nil {
		t.Fatal(err)
	}
	agree("a task done", map[string]bool{"301/UBND-VX": false})

	today = today.AddDays(30)
	agree(fmt.Sprintf("on %s", today), map[string]bool{"250/KH-UBND": true})
}
