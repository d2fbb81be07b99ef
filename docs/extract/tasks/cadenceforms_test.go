package tasks

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"vanthu/docs/vndate"
)

// The rhythms of recurring duties offices write, counted in real documents
// by cadenceforms (testdata/cadence-forms.tsv: the legal corpus, dev,
// tuning and half the crawl): every form is read in a duty sentence, after the duty and, where a clause can open on it, before
// it, and must give the rhythm, due day and weekday its row names.

type cadenceRow struct {
	form, example string
	n             int
	rec, due, wd  string
}

func readCadenceForms(t *testing.T) []cadenceRow {
	t.Helper()
	f, err := os.Open("testdata/cadence-forms.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []cadenceRow
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) != 4 || strings.HasPrefix(cols[0], "#") || cols[0] == "form" {
			continue
		}
		n, err := strconv.Atoi(cols[1])
		if err != nil {
			t.Fatalf("bad count in %q", sc.Text())
		}
		r := cadenceRow{form: cols[0], example: cols[2], n: n}
		if give := strings.Fields(cols[3]); len(give) > 0 && give[0] != "—" {
			r.rec = give[0]
			for _, g := range give[1:] {
				if strings.HasPrefix(g, "--") {
					r.due = g
				} else {
					r.wd = g
				}
			}
		}
		rows = append(rows, r)
	}
	if len(rows) < 50 {
		t.Fatalf("only %d forms read", len(rows))
	}
	return rows
}

// opensClause reports a form a sentence can open on: "Định kỳ 6 tháng,
// …", "Trước ngày 20 hằng tháng, …"; "lần/năm" cannot.
func opensClause(form string) bool {
	for _, w := range []string{"định kỳ", "hằng", "mỗi", "trước", "chậm nhất", "vào"} {
		if strings.HasPrefix(form, w) {
			return true
		}
	}
	return false
}

// notRead are the forms seen once that the rules leave as they are: a
// day and month written with a dot after "vào" ("mỗi năm vào ngày 29.6")
// and a garbled "định kỳ tháng trong 15".
var notRead = map[string]bool{"mỗi năm vào ngày DD/MM": true, "định kỳ tháng trong 15": true}

func TestCadenceForms(t *testing.T) {
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 3, Day: 10}}
	for _, r := range readCadenceForms(t) {
		if r.n < 2 && notRead[r.form] {
			continue // every form seen twice or more must be read
		}
		texts := []string{"Sở Tài chính gửi báo cáo về Ủy ban nhân dân tỉnh " + r.example + "."}
		if opensClause(r.form) {
			texts = append(texts, capFirst(r.example)+", Sở Tài chính gửi báo cáo về Ủy ban nhân dân tỉnh.")
		}
		for _, text := range texts {
			t.Run(r.form, func(t *testing.T) { checkCadence(t, text, ctx, r.rec, r.due, r.wd) })
		}
	}
}

// TestCadenceIssueForms holds the shapes issue 10 names, each a batch's
// miss, seen once or more.
func TestCadenceIssueForms(t *testing.T) {
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 3, Day: 10}}
	cases := []struct{ text, rec, due, wd string }{
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện 06 tháng/lần.", "semiannual", "", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh mỗi quý.", "quarterly", "", ""},
		{"Định kỳ 06 (sáu) tháng, Sở Y tế báo cáo Ủy ban nhân dân tỉnh.", "semiannual", "", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh trước ngày 15 của tháng cuối quý.", "quarterly", "---15", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý, 6 tháng, năm.", "quarterly", "", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh vào ngày 25 hằng tháng.", "monthly", "---25", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh tuần một lần.", "weekly", "", ""},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh vào thứ Sáu hằng tuần.", "weekly", "", "FR"},
		{"Sở Y tế báo cáo Ủy ban nhân dân tỉnh hằng năm (trước ngày 15/12).", "yearly", "--12-15", ""},
		// the noun count's "06 tháng và hằng năm" (14): the first rhythm named
		{"Sở Y tế gửi báo cáo hoạt động 06 tháng và hằng năm về Ủy ban nhân dân tỉnh.", "semiannual", "", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) { checkCadence(t, c.text, ctx, c.rec, c.due, c.wd) })
	}
}

func checkCadence(t *testing.T, text string, ctx Context, rec, due, wd string) {
	t.Helper()
	found := Find(text, ctx)
	if len(found) != 1 {
		t.Fatalf("%q: found %d tasks, want 1: %+v", text, len(found), found)
	}
	f := found[0]
	if f.Recurrence != rec || f.RecurrenceDue != due || f.RecurrenceWeekday != wd || !f.Deadline.IsZero() {
		t.Errorf("%q: got %q %q %q deadline %q, want %q %q %q", text, f.Recurrence, f.RecurrenceDue, f.RecurrenceWeekday, f.Deadline, rec, due, wd)
	}
}

func capFirst(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}

// TestCadenceNotDuty: a rhythm that qualifies a noun (a yearly plan, a
// yearly budget, the yearly rating, a report named "báo cáo định kỳ")
// does not make the duty recurring, and a council's own meeting rhythm is
// no task.
func TestCadenceNotDuty(t *testing.T) {
	ctx := Context{DocDate: vndate.Date{Year: 2025, Month: 3, Day: 10}}
	cases := []ruleCase{
		{"a duty within the yearly plan", "Sở Tài chính bố trí kinh phí thực hiện Đề án trong kế hoạch hằng năm.\n",
			[]ruleGot{{who: "Sở Tài chính", quote: "bố trí kinh phí"}}},
		{"the yearly budget", "Sở Tài chính bố trí từ nguồn kinh phí chi thường xuyên hằng năm để thực hiện Đề án.\n",
			[]ruleGot{{who: "Sở Tài chính", quote: "bố trí từ nguồn"}}},
		{"the yearly rating as a noun", "Sở Nội vụ hướng dẫn các cơ quan thực hiện việc đánh giá, xếp loại chất lượng cán bộ, công chức hằng năm.\n",
			[]ruleGot{{who: "Sở Nội vụ", quote: "hướng dẫn các cơ quan"}}},
		{"annual crops", "Ủy ban nhân dân cấp xã hướng dẫn chuyển đổi đất trồng cây hằng năm sang trồng cây lâu năm.\n",
			[]ruleGot{{who: "Ủy ban nhân dân cấp xã", quote: "hướng dẫn chuyển đổi"}}},
		{"land rent paid yearly", "Sở Tài nguyên và Môi trường trình Ủy ban nhân dân tỉnh cho thuê đất trả tiền thuê đất hàng năm.\n",
			[]ruleGot{{who: "Sở Tài nguyên và Môi trường", quote: "trình Ủy ban"}}},
		{"a yearly average", "Sở Công Thương phấn đấu đưa tốc độ tăng trưởng bình quân hằng năm đạt 8%.\n",
			[]ruleGot{{who: "Sở Công Thương", quote: "phấn đấu"}}},
		{"annual leave", "Sở Nội vụ hướng dẫn số ngày nghỉ hằng năm của công chức.\n",
			[]ruleGot{{who: "Sở Nội vụ", quote: "hướng dẫn số ngày"}}},
		{"a monthly allowance", "Sở Lao động - Thương binh và Xã hội rà soát đối tượng hưởng trợ cấp xã hội hằng tháng.\n",
			[]ruleGot{{who: "Sở Lao động - Thương binh và Xã hội", quote: "rà soát"}}},
		{"a report named by its kind", "Sở Y tế thực hiện chế độ báo cáo định kỳ theo quy định.\n",
			[]ruleGot{{who: "Sở Y tế", quote: "thực hiện chế độ"}}},
		{"a council's own meeting rhythm", "Điều 4. Chế độ làm việc\nHội đồng họp định kỳ 06 tháng một lần; họp đột xuất khi cần thiết.\nBan Chỉ đạo họp định kỳ mỗi quý một lần, do Trưởng ban triệu tập.\nỦy ban nhân dân họp thường kỳ mỗi tháng 01 lần.\nHội đồng quản trị phải tổ chức họp ít nhất mỗi quý 01 lần.\nTổ công tác họp định kỳ hằng tuần vào thứ Hai.\nSở Nội vụ báo cáo Chủ tịch Ủy ban nhân dân tỉnh hằng quý.\n",
			[]ruleGot{{who: "Sở Nội vụ", rec: "quarterly", quote: "báo cáo Chủ tịch"}}},
	}
	runRules(t, cases, ctx)
}
